-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The follow-up of each service in Finnish, Swedish and English, so that the integration
-- programme prints it in the programme's language (issue 18).
-- The same as ../007_service_follow_up_languages.sql. The one follow-up text so far was
-- seeded in the officer's language of the day or typed by the municipality: a text of the
-- default catalogue gets its three languages back; any other text is kept in all three, to be
-- translated in the catalogue editor, and never lost.

ALTER TABLE service ADD COLUMN follow_up_fi TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN follow_up_sv TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN follow_up_en TEXT NOT NULL DEFAULT '';

UPDATE service SET follow_up_fi = follow_up, follow_up_sv = follow_up, follow_up_en = follow_up;

UPDATE service SET follow_up_fi = 'Arviointien määrä vuodessa', follow_up_sv = 'Antalet bedömningar per år',
    follow_up_en = 'Number of assessments per year'
    WHERE follow_up IN ('Arviointien määrä vuodessa', 'Antalet bedömningar per år', 'Number of assessments per year');
UPDATE service SET follow_up_fi = 'Kotoutumissuunnitelmien määrä vuodessa', follow_up_sv = 'Antalet integrationsplaner per år',
    follow_up_en = 'Number of integration plans per year'
    WHERE follow_up IN ('Kotoutumissuunnitelmien määrä vuodessa', 'Antalet integrationsplaner per år', 'Number of integration plans per year');
UPDATE service SET follow_up_fi = 'Osallistujien määrä ja kielet vuodessa', follow_up_sv = 'Antal deltagare och språk per år',
    follow_up_en = 'Participants and languages per year'
    WHERE follow_up IN ('Osallistujien määrä ja kielet vuodessa', 'Antal deltagare och språk per år', 'Participants and languages per year');
UPDATE service SET follow_up_fi = 'Koulutuksen aloittaneet ja suorittaneet vuodessa', follow_up_sv = 'Antal som inlett och slutfört utbildningen per år',
    follow_up_en = 'Started and completed per year'
    WHERE follow_up IN ('Koulutuksen aloittaneet ja suorittaneet vuodessa', 'Antal som inlett och slutfört utbildningen per år', 'Started and completed per year');
UPDATE service SET follow_up_fi = 'Opintoja suorittaneiden määrä vuodessa', follow_up_sv = 'Antal som genomfört studier per år',
    follow_up_en = 'Number who completed studies per year'
    WHERE follow_up IN ('Opintoja suorittaneiden määrä vuodessa', 'Antal som genomfört studier per år', 'Number who completed studies per year');
UPDATE service SET follow_up_fi = 'Osallistujien määrä vuodessa', follow_up_sv = 'Antal deltagare per år',
    follow_up_en = 'Participants per year'
    WHERE follow_up IN ('Osallistujien määrä vuodessa', 'Antal deltagare per år', 'Participants per year');
UPDATE service SET follow_up_fi = 'Opiskelijoiden määrä vuodessa', follow_up_sv = 'Antal studerande per år',
    follow_up_en = 'Students per year'
    WHERE follow_up IN ('Opiskelijoiden määrä vuodessa', 'Antal studerande per år', 'Students per year');
UPDATE service SET follow_up_fi = 'Opetusryhmien ja oppilaiden määrä', follow_up_sv = 'Antal undervisningsgrupper och elever',
    follow_up_en = 'Number of groups and pupils'
    WHERE follow_up IN ('Opetusryhmien ja oppilaiden määrä', 'Antal undervisningsgrupper och elever', 'Number of groups and pupils');
UPDATE service SET follow_up_fi = 'Järjestettyjen kurssien ja osallistujien määrä', follow_up_sv = 'Antal ordnade kurser och deltagare',
    follow_up_en = 'Number of courses and participants'
    WHERE follow_up IN ('Järjestettyjen kurssien ja osallistujien määrä', 'Antal ordnade kurser och deltagare', 'Number of courses and participants');
UPDATE service SET follow_up_fi = 'Vuosittainen kysely maahanmuuttajille', follow_up_sv = 'Årlig enkät för invandrare',
    follow_up_en = 'Yearly survey of immigrants'
    WHERE follow_up IN ('Vuosittainen kysely maahanmuuttajille', 'Årlig enkät för invandrare', 'Yearly survey of immigrants');
UPDATE service SET follow_up_fi = 'Säännölliset tapaamiset hyvinvointialueen kanssa', follow_up_sv = 'Regelbundna möten med välfärdsområdet',
    follow_up_en = 'Regular meetings with the wellbeing services county'
    WHERE follow_up IN ('Säännölliset tapaamiset hyvinvointialueen kanssa', 'Regelbundna möten med välfärdsområdet', 'Regular meetings with the wellbeing services county');
UPDATE service SET follow_up_fi = 'Ystävien määrä vuodessa', follow_up_sv = 'Antal vänpersoner per år',
    follow_up_en = 'Number of volunteer friends per year'
    WHERE follow_up IN ('Ystävien määrä vuodessa', 'Antal vänpersoner per år', 'Number of volunteer friends per year');
UPDATE service SET follow_up_fi = 'Kohtaamispaikkojen määrä vuodessa', follow_up_sv = 'Antal mötesplatser per år',
    follow_up_en = 'Number of meeting places per year'
    WHERE follow_up IN ('Kohtaamispaikkojen määrä vuodessa', 'Antal mötesplatser per år', 'Number of meeting places per year');
UPDATE service SET follow_up_fi = 'Yhteiset tapahtumat 1–3 kertaa vuodessa', follow_up_sv = 'Gemensamma evenemang 1–3 gånger per år',
    follow_up_en = 'Joint events 1–3 times a year'
    WHERE follow_up IN ('Yhteiset tapahtumat 1–3 kertaa vuodessa', 'Gemensamma evenemang 1–3 gånger per år', 'Joint events 1–3 times a year');
UPDATE service SET follow_up_fi = 'Järjestettyjen toimintojen ja osallistujien määrä', follow_up_sv = 'Antal ordnade aktiviteter och deltagare',
    follow_up_en = 'Number of activities and participants'
    WHERE follow_up IN ('Järjestettyjen toimintojen ja osallistujien määrä', 'Antal ordnade aktiviteter och deltagare', 'Number of activities and participants');
UPDATE service SET follow_up_fi = 'Tilastot', follow_up_sv = 'Statistik',
    follow_up_en = 'Statistics'
    WHERE follow_up IN ('Tilastot', 'Statistik', 'Statistics');
UPDATE service SET follow_up_fi = 'Yksiköissä työllistyneiden määrä', follow_up_sv = 'Antalet sysselsatta inom enheterna',
    follow_up_en = 'Number employed in the units'
    WHERE follow_up IN ('Yksiköissä työllistyneiden määrä', 'Antalet sysselsatta inom enheterna', 'Number employed in the units');
UPDATE service SET follow_up_fi = 'Päivitetty asukasopas kunnan kielillä', follow_up_sv = 'Uppdaterad invånarguide på relevanta språk',
    follow_up_en = 'Residents'' guide kept up to date in the relevant languages'
    WHERE follow_up IN ('Päivitetty asukasopas kunnan kielillä', 'Uppdaterad invånarguide på relevanta språk', 'Residents'' guide kept up to date in the relevant languages');

ALTER TABLE service DROP COLUMN follow_up;
