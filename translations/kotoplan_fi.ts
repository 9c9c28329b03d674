<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AuditLog</name>
    <message>
        <source>Viewed</source>
        <translation>Katsottu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettu</translation>
    </message>
</context>
<context>
    <name>AuditLogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>%1 was written but could not be made private.</source>
        <translation>%1 kirjoitettiin, mutta sitä ei voitu rajata vain omistajan luettavaksi.</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Toiminto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>&amp;Client number</source>
        <translation>&amp;Asiakasnumero</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Vie CSV-tiedostoksi…</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>Client</source>
        <translation type="unfinished">Asiakas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as in the residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;mother tongues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ar, ku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated country codes, e.g. SY; XX stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fi, sv, ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post o&amp;ffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELSINKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arri&amp;val in Finland (month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first residence permit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>The client&apos;s details have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this client in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;kotoplan --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo clients with %2 plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many clients (50 if not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only plans whose client matches the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 needs --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clients goes with demo only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search goes with list only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign needs --plan ID, the number that list shows.</source>
        <translation>sign tarvitsee valitsimen --plan ID, jossa ID on list-komennon näyttämä numero.</translation>
    </message>
    <message>
        <source>--date takes a date such as 2026-11-23.</source>
        <translation>--date-valitsimelle annetaan päivämäärä, esimerkiksi 2026-11-23.</translation>
    </message>
    <message>
        <source>Plan %1 signed on %2.</source>
        <translation>Suunnitelma %1 allekirjoitettu %2.</translation>
    </message>
    <message>
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts
  sign     sign a draft plan: --plan ID [--date DATE] [--officer NAME]
  audit    print the audit log, newest first (--csv for CSV)</source>
        <translation>Kotoplan: kotoutumissuunnitelmat työvoiman ulkopuolella oleville maahanmuuttajille.

Komennot:
  (ei mitään) käynnistä ohjelma
  demo     täytä tietokanta keksityillä esimerkkiasiakkailla
  list     luettele suunnitelmat, yksi riviä kohden: tunnus, nimi, syntymäaika, päivämäärä, laji, tila
  check    näytä tietokannan versio, eheys ja määrät
  sign     allekirjoita suunnitelmaluonnos: --plan ID [--date PÄIVÄ] [--officer NIMI]
  audit    tulosta lokitiedot, uusin ensin (--csv CSV-muodossa)</translation>
    </message>
    <message>
        <source>sign: the plan&apos;s number.</source>
        <translation>sign: suunnitelman numero.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunnus</translation>
    </message>
    <message>
        <source>sign: the signing date (today if not given).</source>
        <translation>sign: allekirjoituspäivä (oletuksena tänään).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>sign: the officer who records the signing (the settings&apos; name if not given).</source>
        <translation>sign: allekirjoituksen kirjaava viranhaltija (oletuksena asetuksissa annettu nimi).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>audit: print CSV (RFC 4180).</source>
        <translation>audit: tulosta CSV-muodossa (RFC 4180).</translation>
    </message>
    <message>
        <source>demo, list, check, sign or audit</source>
        <translation>demo, list, check, sign tai audit</translation>
    </message>
    <message>
        <source>--%1 goes with sign only.</source>
        <translation>--%1 kuuluu vain komentoon sign.</translation>
    </message>
    <message>
        <source>--csv goes with audit only.</source>
        <translation>--csv kuuluu vain komentoon audit.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is not writable or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kotoplan database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s upgrade step %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded to database version %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Meetings in the next 14 days, reviews due or overdue, plan periods ending, and clients without a plan whose 3-year window closes within 90 days. Press Enter or double-click to open the case.</source>
        <translation>Tapaamiset seuraavan 14 päivän aikana, erääntyvät tai myöhässä olevat tarkistamiset, päättyvät suunnitelmakaudet sekä asiakkaat ilman suunnitelmaa, joiden 3 vuoden aika päättyy 90 päivän kuluessa. Avaa asia painamalla Enter tai kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
</context>
<context>
    <name>MainGoal</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or entrepreneurship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working basic skills in Finnish or Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another level of Finnish or Swedish, which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing everyday life independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another main goal, which</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanComparison</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>paikan päällä</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>videon välityksellä</translation>
    </message>
    <message>
        <source>Taking part besides the client</source>
        <translation>Osallistujat asiakkaan lisäksi</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tulkki paikalla</translation>
    </message>
    <message>
        <source>Date the plan was drawn up or reviewed</source>
        <translation>Suunnitelman laatimis-/tarkistuspäivä</translation>
    </message>
    <message>
        <source>First plan or review</source>
        <translation>Ensimmäinen suunnitelma vai tarkistus</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation>Ensimmäinen suunnitelma</translation>
    </message>
    <message>
        <source>Date of the first plan</source>
        <translation>Ensimmäisen suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Life situation and competence</source>
        <translation>Elämäntilanne ja osaaminen</translation>
    </message>
    <message>
        <source>Future wish</source>
        <translation>Tulevaisuuden toive</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Päätavoite</translation>
    </message>
    <message>
        <source>Which goal</source>
        <translation>Mikä tavoite</translation>
    </message>
    <message>
        <source>More about the main goal</source>
        <translation>Lisätietoa päätavoitteesta</translation>
    </message>
    <message>
        <source>Primary occupational goal</source>
        <translation>Ensisijainen ammattitavoite</translation>
    </message>
    <message>
        <source>Alternative occupational goals</source>
        <translation>Vaihtoehtoiset ammattitavoitteet</translation>
    </message>
    <message>
        <source>Language study plan</source>
        <translation>Kielen opiskelusuunnitelma</translation>
    </message>
    <message>
        <source>Other study plan</source>
        <translation>Muu opiskelusuunnitelma</translation>
    </message>
    <message>
        <source>Other long-term measures</source>
        <translation>Muut pitkän aikavälin kotoutumista edistävät toimenpiteet</translation>
    </message>
    <message>
        <source>Sub-goals and measures</source>
        <translation>Osatavoitteet ja toimenpiteet</translation>
    </message>
    <message>
        <source>Outcomes of the previous sub-goals</source>
        <translation>Edellisten osatavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>Rights and obligations discussed</source>
        <translation>Oikeudet ja velvollisuudet käyty läpi</translation>
    </message>
    <message>
        <source>The client understood the agreed matters</source>
        <translation>Asiakas ymmärsi sovitut asiat</translation>
    </message>
    <message>
        <source>Expected of the client</source>
        <translation>Asiakkaalta odotetaan</translation>
    </message>
    <message>
        <source>The municipality commits to</source>
        <translation>Kunta sitoutuu</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
</context>
<context>
    <name>PlanHistoryView</name>
    <message>
        <source>Plan history</source>
        <translation>Suunnitelman historia</translation>
    </message>
    <message>
        <source>&amp;Versions (select one to compare it with the version before it, or two to compare them)</source>
        <translation>&amp;Versiot (valitse yksi verrataksesi sitä edelliseen versioon tai kaksi verrataksesi niitä keskenään)</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Suunnitelman versiot</translation>
    </message>
    <message>
        <source>Comparison of two versions</source>
        <translation>Kahden version vertailu</translation>
    </message>
</context>
<context>
    <name>PlanSchedule</name>
    <message>
        <source>The review was due on %1 (act %2: at least every %3 months).</source>
        <translation>Tarkistaminen olisi pitänyt tehdä viimeistään %1 (laki %2: vähintään %3 kuukauden välein).</translation>
    </message>
    <message>
        <source>The plans have run together for longer than the %1 months the act %2 sets as a rule (since %3).</source>
        <translation>Suunnitelmat ovat olleet voimassa yhteensä pidempään kuin lain %2 pääsääntöinen %1 kuukautta (%3 alkaen).</translation>
    </message>
    <message>
        <source>The first plan runs at most %1 months under the act %2: it ended on %3.</source>
        <translation>Lain %2 mukaan ensimmäinen suunnitelma on voimassa enintään %1 kuukautta: se päättyi %3.</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan&apos;s client does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is signed and cannot be changed. Start a review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this plan in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is already signed.</source>
        <translation>Suunnitelma on jo allekirjoitettu.</translation>
    </message>
    <message>
        <source>Enter the name of the officer who records the signing.</source>
        <translation>Anna allekirjoituksen kirjaavan viranhaltijan nimi.</translation>
    </message>
    <message>
        <source>The plan cannot be signed yet.</source>
        <translation>Suunnitelmaa ei voi vielä allekirjoittaa.</translation>
    </message>
    <message>
        <source>The plan could not be signed.</source>
        <translation>Suunnitelmaa ei voitu allekirjoittaa.</translation>
    </message>
    <message>
        <source>The plan is signed and cannot be deleted. Start a review instead.</source>
        <translation>Suunnitelma on allekirjoitettu, eikä sitä voi poistaa. Aloita sen sijaan tarkistus.</translation>
    </message>
    <message>
        <source>The plan could not be deleted.</source>
        <translation>Suunnitelmaa ei voitu poistaa.</translation>
    </message>
</context>
<context>
    <name>SubGoalOutcome</name>
    <message>
        <source>Achieved</source>
        <translation>Toteutui</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Toteutui osittain</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Ei toteutunut</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>Only a review assesses the sub-goals of the previous plan.</source>
        <translation>Vain tarkistuksessa arvioidaan edellisen suunnitelman osatavoitteet.</translation>
    </message>
    <message>
        <source>An outcome refers to sub-goal %1, which the previous plan does not have.</source>
        <translation>Arvio koskee osatavoitetta %1, jota edellisessä suunnitelmassa ei ole.</translation>
    </message>
    <message>
        <source>Sub-goal %1 has more than one outcome.</source>
        <translation>Osatavoitteella %1 on useampi kuin yksi arvio.</translation>
    </message>
    <message>
        <source>Say in the note how sub-goal %1 was changed.</source>
        <translation>Kerro huomautuksessa, miten osatavoitetta %1 muutettiin.</translation>
    </message>
    <message>
        <source>The note on sub-goal %1 is longer than %2 characters.</source>
        <translation>Osatavoitteen %1 huomautus on yli %2 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Give the outcome of every sub-goal of the previous plan before signing.</source>
        <translation>Arvioi edellisen suunnitelman jokaisen osatavoitteen toteutuminen ennen allekirjoitusta.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the month of arrival as month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Finnish postal code has exactly 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number should have 7 to 15 digits, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the plan was drawn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s date cannot be before the client&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first plan&apos;s date cannot be after this review&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which goal is meant for the chosen main goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text goes with the main goal only for another language level or another main goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational goals belong to the main goal work or entrepreneurship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreting language or mode is given, but no interpreter is marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next meeting cannot be before the plan&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the plan was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date cannot be before the plan&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotoplan::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Viranhaltija</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Tietokoneen käyttäjä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
</context>
<context>
    <name>kotoplan::AuditLogView</name>
    <message>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <source>The from date is not a date: type it as 23.11.2026.</source>
        <translation>Alkupäivä ei ole päivämäärä: kirjoita se muodossa 23.11.2026.</translation>
    </message>
    <message>
        <source>The to date is not a date: type it as 23.11.2026.</source>
        <translation>Loppupäivä ei ole päivämäärä: kirjoita se muodossa 23.11.2026.</translation>
    </message>
    <message>
        <source>The from date is after the to date.</source>
        <translation>Alkupäivä on loppupäivän jälkeen.</translation>
    </message>
    <message>
        <source>The client number is a whole number, such as 42.</source>
        <translation>Asiakasnumero on kokonaisluku, esimerkiksi 42.</translation>
    </message>
    <message>
        <source>Lines shown: %1</source>
        <translation>Näytettäviä rivejä: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Tarkistus</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation type="unfinished">Ensimmäinen suunnitelma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Allekirjoitettu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Luonnos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished">Suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Suunnitelma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Tila</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished">Seuraava tapaaminen</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListView</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotoplan::ClientSection</name>
    <message>
        <source>Type the date as day.month.year, for example 23.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the month and year as month/year, for example 5/2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seuranta</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Lokitiedot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Vie lokitiedot</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Plan &amp;history…</source>
        <translation>Suunnitelman &amp;historia…</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Suunnitelman historia</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Valitse ensin asia.</translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpModel</name>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Tarkistaminen erääntyy</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Tarkistaminen myöhässä</translation>
    </message>
    <message>
        <source>Plan period ends</source>
        <translation>Suunnitelmakausi päättyy</translation>
    </message>
    <message>
        <source>3-year window closes, no plan</source>
        <translation>3 vuoden aika päättyy, ei suunnitelmaa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpView</name>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Ei seurattavaa.</translation>
    </message>
    <message>
        <source>Things to follow up: %1</source>
        <translation>Seurattavia asioita: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotoplan – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanComparisonModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (muuttunut)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Ennen (%1)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Jälkeen (%1)</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanHistoryModel</name>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation>Ensimmäinen suunnitelma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Allekirjoituksen kirjannut</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanHistoryView</name>
    <message>
        <source>This is the first version: nothing to compare.</source>
        <translation>Tämä on ensimmäinen versio: ei vertailtavaa.</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>Valitse vertailtavaksi yksi tai kaksi versiota.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Versiot ovat samat.</translation>
    </message>
    <message>
        <source>Fields changed: %1</source>
        <translation>Muuttuneita kohtia: %1</translation>
    </message>
</context>
</TS>
