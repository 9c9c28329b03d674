<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AppointmentSlipDocument</name>
    <message>
        <source>Remember:</source>
        <translation>Muista:</translation>
    </message>
    <message>
        <source>If you cannot come, call %1 in good time.</source>
        <translation>Jos et pääse tulemaan, soita ajoissa numeroon %1.</translation>
    </message>
    <message>
        <source>Your next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Appointment on %1</source>
        <translation>Tapaaminen %1</translation>
    </message>
</context>
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
    <message>
        <source>Restored</source>
        <translation>Palautettu</translation>
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
        <translation>p.k.vvvv</translation>
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
    <name>BackupScrub</name>
    <message numerus="yes">
        <source>%n backup copy(ies) were rewritten without the client.</source>
        <translation>
            <numerusform>%n varmuuskopio kirjoitettiin uudelleen ilman asiakasta.</numerusform>
            <numerusform>%n varmuuskopiota kirjoitettiin uudelleen ilman asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) that could not be rewritten (an older version&apos;s, a damaged one) were deleted.</source>
        <translation>
            <numerusform>%n kopio, jota ei voitu kirjoittaa uudelleen (vanhemman version tai vioittunut), poistettiin.</numerusform>
            <numerusform>%n kopiota, joita ei voitu kirjoittaa uudelleen (vanhemman version tai vioittuneita), poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies still hold the client and could not be deleted; delete them by hand: %1</source>
        <translation>Nämä kopiot sisältävät yhä asiakkaan eikä niitä voitu poistaa; poista ne käsin: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa kohteeseen %1.</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept in %1.</source>
        <translation>Vioittuneesta tiedostosta ei voitu tallentaa kopiota kansioon %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. Nothing was changed.</source>
        <translation>Varmuuskopiota %1 ei voi lukea. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Kotoplan. Nothing was changed.</source>
        <translation>Varmuuskopio %1 on tehty Kotoplanin uudemmalla versiolla. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database is read-only: it cannot be replaced.</source>
        <translation>Tietokanta on vain luku -tilassa: sitä ei voi korvata.</translation>
    </message>
    <message>
        <source>A copy of the current database could not be kept, so nothing was changed.</source>
        <translation>Nykyisestä tietokannasta ei voitu ottaa kopiota, joten mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database is open in another Kotoplan window. Close it there and restore again. Nothing was changed.</source>
        <translation>Tietokanta on auki toisessa Kotoplan-ikkunassa. Sulje se siellä ja palauta uudelleen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: the folder is not writable or the disk is full. Nothing was changed.</source>
        <translation>Tiedostoa %1 ei voitu korvata: kansioon ei voi kirjoittaa tai levy on täynnä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>Sitä ei voi lukea.</translation>
    </message>
    <message>
        <source>%1 is not restored from: %2 Nothing was changed.</source>
        <translation>Tiedostosta %1 ei palauteta: %2 Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup was restored, but the audit lines written since it could not be carried over.</source>
        <translation>Varmuuskopio palautettiin, mutta sen jälkeen kirjoitettuja lokirivejä ei voitu siirtää.</translation>
    </message>
    <message>
        <source>The restore could not be completed: the audit lines written since the backup could not be carried into it, or a client erased since could not be erased again. The database is as it was before.</source>
        <translation>Palautusta ei voitu viedä loppuun: varmuuskopion jälkeen kirjoitettuja lokirivejä ei voitu siirtää siihen, tai sen jälkeen poistettua asiakasta ei voitu poistaa uudelleen. Tietokanta on ennallaan.</translation>
    </message>
    <message>
        <source>The restore could not be completed, and the database could not be put back. Restore the copy %1 to have it as it was.</source>
        <translation>Palautusta ei voitu viedä loppuun, eikä tietokantaa voitu palauttaa ennalleen. Palauta kopio %1, niin tietokanta on sellainen kuin ennen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased since the backup was made were erased again.</source>
        <translation>
            <numerusform>%n varmuuskopion jälkeen poistettu asiakas poistettiin uudelleen.</numerusform>
            <numerusform>%n varmuuskopion jälkeen poistettua asiakasta poistettiin uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>päivittäinen</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin tehty</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>damaged file kept</source>
        <translation>säilytetty vioittunut tiedosto</translation>
    </message>
    <message>
        <source>before the upgrade to version %1</source>
        <translation>ennen päivitystä versioon %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n päivittäinen</numerusform>
            <numerusform>%n päivittäistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by hand</source>
        <translation>
            <numerusform>%n käsin tehty</numerusform>
            <numerusform>%n käsin tehtyä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a restore</source>
        <translation>
            <numerusform>%n ennen palautusta</numerusform>
            <numerusform>%n ennen palautusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before an upgrade</source>
        <translation>
            <numerusform>%n ennen päivitystä</numerusform>
            <numerusform>%n ennen päivitystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s) kept</source>
        <translation>
            <numerusform>%n säilytetty vioittunut tiedosto</numerusform>
            <numerusform>%n säilytettyä vioittunutta tiedostoa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Haku</translation>
    </message>
    <message>
        <source>Name or date of birth</source>
        <translation>Nimi tai syntymäaika</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>Näytettävät asiakkaat</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
</context>
<context>
    <name>ClientCodes</name>
    <message>
        <source>mother tongue: %1</source>
        <translation>äidinkieli: %1</translation>
    </message>
    <message>
        <source>citizenship: %1</source>
        <translation>kansalaisuus: %1</translation>
    </message>
    <message>
        <source>contact language: %1</source>
        <translation>asiointikieli: %1</translation>
    </message>
</context>
<context>
    <name>ClientCopyDocument</name>
    <message>
        <source>You want to find work or start a business.</source>
        <translation>Haluat löytää työtä tai perustaa yrityksen.</translation>
    </message>
    <message>
        <source>You want to learn a vocation.</source>
        <translation>Haluat oppia ammatin.</translation>
    </message>
    <message>
        <source>You want to learn to read and write.</source>
        <translation>Haluat oppia lukemaan ja kirjoittamaan.</translation>
    </message>
    <message>
        <source>You want to finish basic education.</source>
        <translation>Haluat suorittaa perusopetuksen.</translation>
    </message>
    <message>
        <source>You want to learn basic Finnish or Swedish for everyday life.</source>
        <translation>Haluat oppia suomea tai ruotsia niin, että pärjäät arjessa.</translation>
    </message>
    <message>
        <source>You want to learn Finnish or Swedish to this level:</source>
        <translation>Haluat oppia suomea tai ruotsia tälle tasolle:</translation>
    </message>
    <message>
        <source>You want to get rehabilitation for your ability to work and function.</source>
        <translation>Haluat saada kuntoutusta, jotta voit paremmin tehdä työtä ja toimia arjessa.</translation>
    </message>
    <message>
        <source>You want to manage your everyday life on your own.</source>
        <translation>Haluat pärjätä arjessa itse.</translation>
    </message>
    <message>
        <source>Your goal:</source>
        <translation>Tavoitteesi:</translation>
    </message>
    <message>
        <source>This is your own copy. It tells in short what we agreed together on %1.</source>
        <translation>Tämä on sinun oma kopiosi. Siinä kerrotaan lyhyesti, mitä sovimme yhdessä %1.</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Sinun tavoitteesi</translation>
    </message>
    <message>
        <source>Your wish for the future:</source>
        <translation>Toiveesi tulevaisuudesta:</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Mitä sinä teet</translation>
    </message>
    <message>
        <source>You take part in the services below.</source>
        <translation>Osallistut alla oleviin palveluihin.</translation>
    </message>
    <message>
        <source>You come to the meetings. If you cannot come, you tell us early.</source>
        <translation>Tulet tapaamisiin. Jos et pääse, kerrot meille ajoissa.</translation>
    </message>
    <message>
        <source>What the municipality and others will do</source>
        <translation>Mitä kunta ja muut tekevät</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>Mitä: %1.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Kuka: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Milloin: %1.</translation>
    </message>
    <message>
        <source>Your next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Keneen voit ottaa yhteyttä</translation>
    </message>
    <message>
        <source>Your rights and duties</source>
        <translation>Sinun oikeutesi ja velvollisuutesi</translation>
    </message>
    <message>
        <source>You have the right to an interpreter at your meetings with us. Tell us if you need one.</source>
        <translation>Sinulla on oikeus tulkkiin tapaamisissa kanssamme. Kerro, jos tarvitset tulkin.</translation>
    </message>
    <message>
        <source>You have the right to see the information we keep about you.</source>
        <translation>Sinulla on oikeus nähdä tiedot, joita meillä on sinusta.</translation>
    </message>
    <message>
        <source>We look at your plan together again at least every six months. You can ask to change it earlier.</source>
        <translation>Katsomme suunnitelmasi yhdessä uudelleen vähintään puolen vuoden välein. Voit pyytää muutosta aiemminkin.</translation>
    </message>
    <message>
        <source>Your duty is to take part in the services agreed in your plan.</source>
        <translation>Sinun velvollisuutesi on osallistua palveluihin, joista sovimme suunnitelmassa.</translation>
    </message>
    <message>
        <source>Tell us if your address, phone number or life changes.</source>
        <translation>Kerro meille, jos osoitteesi, puhelinnumerosi tai elämäntilanteesi muuttuu.</translation>
    </message>
    <message>
        <source>Your integration plan</source>
        <translation>Sinun kotoutumissuunnitelmasi</translation>
    </message>
    <message>
        <source>The client&apos;s copy of the plan of %1</source>
        <translation>Asiakkaan kopio suunnitelmasta %1</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Suunnitelma %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>your-plan</source>
        <translation>oma-suunnitelma</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message>
        <source>The client could not be erased.</source>
        <translation>Asiakkaan tietoja ei voitu poistaa.</translation>
    </message>
    <message>
        <source>The client could not be erased. Nothing was removed.</source>
        <translation>Asiakkaan tietoja ei voitu poistaa. Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Asiakasta ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The client has signed plans: they are records and are erased only together with all of the client&apos;s data.</source>
        <translation>Asiakkaalla on allekirjoitettuja suunnitelmia: ne ovat asiakirjoja, ja ne poistetaan vain yhdessä kaikkien asiakkaan tietojen kanssa.</translation>
    </message>
    <message>
        <source>The client was erased. The database file could not yet be compacted, because another window or program is using it; the erased data is overwritten, and the file is compacted at the next erasure.</source>
        <translation>Asiakkaan tiedot poistettiin. Tietokantatiedostoa ei vielä voitu tiivistää, koska toinen ikkuna tai ohjelma käyttää sitä; poistetut tiedot on ylikirjoitettu, ja tiedosto tiivistetään seuraavan poiston yhteydessä.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Kaikki äidinkielet</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Kansalaisuus</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Arrival in Finland</source>
        <translation>Maahantulo</translation>
    </message>
    <message>
        <source>Date of first residence permit</source>
        <translation>Ensimmäisen oleskeluluvan päivämäärä</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;imi</translation>
    </message>
    <message>
        <source>Full name as in the residence permit</source>
        <translation>Koko nimi kuten oleskeluluvassa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>S&amp;yntymäaika</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>All mother ton&amp;gues</source>
        <translation>Kaikki äi&amp;dinkielet</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ar, ku</source>
        <translation>Pilkuin erotettuina, esim. ar, ku</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Kaikki äidinkielet</translation>
    </message>
    <message>
        <source>Citi&amp;zenship</source>
        <translation>Kansa&amp;laisuus</translation>
    </message>
    <message>
        <source>Comma-separated country codes, e.g. SY; XX stateless</source>
        <translation>Maakoodit pilkuin erotettuina, esim. SY; XX kansalaisuudeton</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Kansalaisuus</translation>
    </message>
    <message>
        <source>Con&amp;tact language</source>
        <translation>Asiointiki&amp;eli</translation>
    </message>
    <message>
        <source>e.g. fi, sv, ar</source>
        <translation>esim. fi, sv, ar</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>O&amp;soite</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Postinume&amp;ro</translation>
    </message>
    <message>
        <source>00100</source>
        <translation>00100</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post off&amp;ice</source>
        <translation>Postitoimi&amp;paikka</translation>
    </message>
    <message>
        <source>HELSINKI</source>
        <translation>HELSINKI</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>P&amp;uhelinnumero</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Arrival in Finland (month/&amp;year)</source>
        <translation>Maahantulo (kk/&amp;vvvv)</translation>
    </message>
    <message>
        <source>m/yyyy</source>
        <translation>kk/vvvv</translation>
    </message>
    <message>
        <source>Arrival in Finland</source>
        <translation>Maahantulo</translation>
    </message>
    <message>
        <source>First resi&amp;dence permit</source>
        <translation>Ensimm&amp;äinen oleskelulupa</translation>
    </message>
    <message>
        <source>Date of first residence permit</source>
        <translation>Ensimmäisen oleskeluluvan päivämäärä</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>The client&apos;s details have errors.</source>
        <translation>Asiakkaan tiedoissa on virheitä.</translation>
    </message>
    <message>
        <source>The client could not be saved.</source>
        <translation>Asiakasta ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Someone else changed this client in the meantime.</source>
        <translation>Joku muu on muuttanut tämän asiakkaan tietoja sillä välin.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Asiakasta ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The clients could not be read.</source>
        <translation>Asiakkaita ei voitu lukea.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;kotoplan --help&apos; for the commands and options.</source>
        <translation>Komennot ja valitsimet: &apos;kotoplan --help&apos;.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Tietokantaa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to 1000000.</source>
        <translation>--clients vaatii luvun väliltä 1–1000000.</translation>
    </message>
    <message>
        <source>Added %1 demo clients with %2 plans.</source>
        <translation>Lisättiin %1 esimerkkiasiakasta ja %2 suunnitelmaa.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Skeeman versio: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Eheys: %1</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Asiakkaita: %1</translation>
    </message>
    <message>
        <source>Plans: %1</source>
        <translation>Suunnitelmia: %1</translation>
    </message>
    <message>
        <source>path</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>demo: how many clients (50 if not given).</source>
        <translation>demo: asiakkaiden määrä (oletus 50).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>list: only plans whose client matches the text.</source>
        <translation>list: vain suunnitelmat, joiden asiakas vastaa tekstiä.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>Give one command: %1.</source>
        <translation>Anna yksi komento: %1.</translation>
    </message>
    <message>
        <source>The command %1 needs --database PATH.</source>
        <translation>Komento %1 tarvitsee valitsimen --database POLKU.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <source>Newest backup: none</source>
        <translation>Uusin varmuuskopio: ei yhtään</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eilen</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 päivää sitten</translation>
    </message>
    <message>
        <source>Newest backup: %1, made %2 (%3)</source>
        <translation>Uusin varmuuskopio: %1, tehty %2 (%3)</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 clients, %3 plans)</source>
        <translation>Varmuuskopio kirjoitettu: %1 (%2 asiakasta, %3 suunnitelmaa)</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Varmuuskopiota %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 clients, %4 plans).</source>
        <translation>%1 palautettu varmuuskopiosta %2 (%3 asiakasta, %4 suunnitelmaa).</translation>
    </message>
    <message>
        <source>--%1 takes a year from %2 to %3.</source>
        <translation>--%1 ottaa vuoden väliltä %2–%3.</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 on myöhemmin kuin --to %2.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang hyväksyy yhden näistä: %1.</translation>
    </message>
    <message>
        <source>pdf needs --plan ID, the number that list shows.</source>
        <translation>pdf tarvitsee valitsimen --plan ID, numeron jonka list näyttää.</translation>
    </message>
    <message>
        <source>pdf needs --out FILE.pdf.</source>
        <translation>pdf tarvitsee valitsimen --out TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>Suunnitelmaa, jonka tunnus on %1, ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Kirjoitettu %1 (%n sivu).</numerusform>
            <numerusform>Kirjoitettu %1 (%n sivua).</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --plan ID, the number that list shows.</source>
        <translation>export tarvitsee valitsimen --plan TUNNUS, jonka list näyttää.</translation>
    </message>
    <message>
        <source>export needs --out DIR, the folder to write to.</source>
        <translation>export tarvitsee valitsimen --out KANSIO, johon tiedostot kirjoitetaan.</translation>
    </message>
    <message>
        <source>import takes one file: kotoplan import --database PATH FILE.json</source>
        <translation>import ottaa yhden tiedoston: kotoplan import --database POLKU TIEDOSTO.json</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>suunnitelma %1</translation>
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
        <source>restore: the backup file to restore.</source>
        <translation>restore: palautettava varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>stats: the first year (this year if not given).</source>
        <translation>stats: ensimmäinen vuosi (oletuksena kuluva vuosi).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <source>stats: the last year (this year if not given).</source>
        <translation>stats: viimeinen vuosi (oletuksena kuluva vuosi).</translation>
    </message>
    <message>
        <source>stats, audit: print CSV (RFC 4180).</source>
        <translation>stats, audit: tulosta CSV (RFC 4180).</translation>
    </message>
    <message>
        <source>pdf, export, sign: the plan&apos;s id, as list shows it.</source>
        <translation>pdf, export, sign: suunnitelman tunnus, kuten list sen näyttää.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunnus</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>export: who receives the plan.</source>
        <translation>export: suunnitelman vastaanottaja.</translation>
    </message>
    <message>
        <source>export: include the life-situation summary (it may hold health data).</source>
        <translation>export: sisällytä elämäntilanteen yhteenveto (se voi sisältää terveystietoja).</translation>
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
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>yksi seuraavista: %1</translation>
    </message>
    <message>
        <source>--%1 goes with %2 only.</source>
        <translation>--%1 kuuluu vain komentoon %2.</translation>
    </message>
    <message>
        <source>restore needs --backup FILE.</source>
        <translation>restore tarvitsee valitsimen --backup TIEDOSTO.</translation>
    </message>
    <message>
        <source>stats: write the statistics as a PDF/A file instead.</source>
        <translation>stats: kirjoita tilastot sen sijaan PDF/A-tiedostoksi.</translation>
    </message>
    <message>
        <source>pdf, export, programme: the language of the printed document: fi, sv or en.</source>
        <translation>pdf, export, programme: tulostetun asiakirjan kieli: fi, sv tai en.</translation>
    </message>
    <message>
        <source>pdf, programme: the PDF file to write; export: the folder.</source>
        <translation>pdf, programme: kirjoitettava PDF-tiedosto; export: kansio.</translation>
    </message>
    <message>
        <source>--pdf needs the PDF file to write.</source>
        <translation>--pdf tarvitsee kirjoitettavan PDF-tiedoston.</translation>
    </message>
    <message>
        <source>Give --csv or --pdf, not both.</source>
        <translation>Anna --csv tai --pdf, ei molempia.</translation>
    </message>
    <message>
        <source>programme needs --out FILE.pdf.</source>
        <translation>programme tarvitsee valitsimen --out TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>Backups: made on the database server by its administrator</source>
        <translation>Varmuuskopiot: tietokantapalvelimen ylläpitäjä tekee ne palvelimella</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up and restored on the server by its administrator (pg_dump), not by Kotoplan.</source>
        <translation>Yhteisen PostgreSQL-tietokannan varmuuskopioi ja palauttaa palvelimen ylläpitäjä (pg_dump), ei Kotoplan.</translation>
    </message>
    <message>
        <source>The database file or a postgresql:// address.</source>
        <translation>Tietokantatiedosto tai postgresql://-osoite.</translation>
    </message>
    <message>
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  init     create or upgrade a database; on a server, as its owner, also grant
           the officers&apos; group its rights: [--officers ROLE]
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity, the counts and the newest backup
  backup   write a backup copy now into the backups folder beside the database
  restore  replace the database with --backup FILE, keeping a copy of it first
  stats    print the anonymous follow-up statistics for a range of years:
           [--from YEAR] [--to YEAR] [--csv | --pdf FILE.pdf]
  pdf      write a plan as PDF/A: --plan ID --out FILE.pdf [--lang fi|sv|en]
           [--client-copy: the client&apos;s own copy in plain language]
  export   write a plan for the employment authority, PDF/A and JSON: --plan ID
           --out DIR [--receiver TEXT] [--with-life-situation]
  import   import a plan file (JSON) from another municipality as a draft
  sign     sign a draft plan: --plan ID [--date DATE] [--officer NAME]
  audit    print the audit log, newest first (--csv for CSV)
  programme  write the integration programme document as PDF/A:
           --out FILE.pdf [--lang fi|sv|en]
  ics      write a plan&apos;s next meeting as an iCalendar file for the client&apos;s phone:
           --plan ID --out FILE.ics [--lang fi|sv|en]</source>
        <translation>Kotoplan: työvoiman ulkopuolella olevien maahanmuuttajien kotoutumissuunnitelmat.

Komennot:
  (ei mitään) käynnistä ohjelma
  init     luo tai päivitä tietokanta; palvelimella omistajana myös myönnä
           virkailijoiden ryhmälle sen oikeudet: [--officers ROOLI]
  demo     täytä tietokanta keksityillä esimerkkiasiakkailla
  list     luettele suunnitelmat riveittäin: tunnus, nimi, syntymäaika, päivämäärä, laji, tila
  check    näytä skeeman versio, eheys, lukumäärät ja uusin varmuuskopio
  backup   kirjoita varmuuskopio nyt tietokannan viereiseen backups-kansioon
  restore  korvaa tietokanta tiedostolla --backup TIEDOSTO, säilyttäen siitä ensin kopion
  stats    tulosta nimettömät seurantatilastot vuosiväliltä:
           [--from VUOSI] [--to VUOSI] [--csv | --pdf TIEDOSTO.pdf]
  pdf      kirjoita suunnitelma PDF/A-muodossa: --plan TUNNUS --out TIEDOSTO.pdf [--lang fi|sv|en]
           [--client-copy: asiakkaan oma selkokielinen kopio]
  export   kirjoita suunnitelma työvoimaviranomaiselle, PDF/A ja JSON: --plan TUNNUS
           --out KANSIO [--receiver TEKSTI] [--with-life-situation]
  import   tuo toisen kunnan suunnitelmatiedosto (JSON) luonnoksena
  sign     allekirjoita luonnos: --plan TUNNUS [--date PÄIVÄ] [--officer NIMI]
  audit    tulosta lokitiedot, uusin ensin (--csv CSV-muodossa)
  programme  kirjoita kotoutumisohjelma-asiakirja PDF/A-muodossa:
           --out TIEDOSTO.pdf [--lang fi|sv|en]
  ics      kirjoita suunnitelman seuraava tapaaminen iCalendar-tiedostoksi asiakkaan puhelimeen:
           --plan TUNNUS --out TIEDOSTO.ics [--lang fi|sv|en]</translation>
    </message>
    <message>
        <source>init: the officers&apos; group on the server (kotoplan_officers if not given).</source>
        <translation>init: virkailijoiden ryhmä palvelimella (kotoplan_officers, ellei toista anneta).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>--officers is for a shared PostgreSQL database: a database file has no roles.</source>
        <translation>--officers koskee jaettua PostgreSQL-tietokantaa: tietokantatiedostolla ei ole rooleja.</translation>
    </message>
    <message>
        <source>%1 is ready: database version %2.</source>
        <translation>%1 on valmis: tietokannan versio %2.</translation>
    </message>
    <message>
        <source>The members of the role %1 may now work in it as officers.</source>
        <translation>Roolin %1 jäsenet voivat nyt työskennellä siinä virkailijoina.</translation>
    </message>
    <message>
        <source>pdf: the client&apos;s own copy in plain language instead of the form.</source>
        <translation>pdf: asiakkaan oma selkokielinen kopio lomakkeen sijaan.</translation>
    </message>
    <message>
        <source>ics needs --plan ID, the number that list shows.</source>
        <translation>ics tarvitsee valitsimen --plan ID, numeron jonka list näyttää.</translation>
    </message>
    <message>
        <source>ics needs --out FILE.ics.</source>
        <translation>ics tarvitsee valitsimen --out TIEDOSTO.ics.</translation>
    </message>
    <message>
        <source>Plan %1 has no next meeting planned.</source>
        <translation>Suunnitelmalla %1 ei ole suunniteltua seuraavaa tapaamista.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Kirjoitettu %1.</translation>
    </message>
    <message>
        <source>Protecting triggers: all present</source>
        <translation>Suojaavat liipaisimet: kaikki paikallaan</translation>
    </message>
    <message>
        <source>Protecting triggers: %1</source>
        <translation>Suojaavat liipaisimet: %1</translation>
    </message>
    <message>
        <source>Client %1, not a code: %2</source>
        <translation>Asiakas %1, ei koodi: %2</translation>
    </message>
    <message>
        <source>sign, export, pdf, import: the officer (else the settings&apos; name, else the computer&apos;s account).</source>
        <translation>sign, export, pdf, import: viranhaltija (muuten asetusten nimi, muuten tietokoneen käyttäjätili).</translation>
    </message>
    <message>
        <source>import: the client&apos;s fields (address,phone,… or all) whose values in the file replace the stored ones of a known client.</source>
        <translation>import: asiakkaan kentät (address,phone,… tai all), joiden tiedostossa olevat arvot korvaavat tunnetun asiakkaan tallennetut arvot.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>kentät</translation>
    </message>
    <message>
        <source>stored &quot;%1&quot;, in the file &quot;%2&quot;</source>
        <translation>tallennettu &quot;%1&quot;, tiedostossa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Nothing of these was changed. To take the file&apos;s values, import again with --take-from-file and the fields, separated by commas, or all.</source>
        <translation>Näistä mitään ei muutettu. Ottaaksesi tiedoston arvot tuo uudelleen valitsimella --take-from-file ja kentät pilkuin eroteltuina, tai all.</translation>
    </message>
    <message>
        <source>Copies kept: %1</source>
        <translation>Säilytetyt kopiot: %1</translation>
    </message>
    <message>
        <source>Note: the database classifies characters as the locale %1 does, so its search index holds only the Latin letters of names: a search for a name in another script reads every client. A database created with LOCALE &apos;C.UTF-8&apos; indexes every script (see the README).</source>
        <translation>Huom.: tietokanta luokittelee merkit kuten lokaali %1, joten sen hakuindeksissä on nimistä vain latinalaiset kirjaimet: muilla kirjaimilla kirjoitetun nimen haku lukee jokaisen asiakkaan. Tietokanta, joka on luotu asetuksella LOCALE &apos;C.UTF-8&apos;, indeksoi kaikki kirjoitusjärjestelmät (katso README).</translation>
    </message>
</context>
<context>
    <name>CommitmentsSection</name>
    <message>
        <source>Commitments</source>
        <translation>Sitoumukset</translation>
    </message>
    <message>
        <source>Expected of the client</source>
        <translation>Asiakkaalta odotetaan</translation>
    </message>
    <message>
        <source>The municipality commits to</source>
        <translation>Kunta sitoutuu</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Joku muu tallensi välillä</translation>
    </message>
    <message>
        <source>Your version and the version saved meanwhile</source>
        <translation>Sinun versiosi ja välillä tallennettu versio</translation>
    </message>
    <message>
        <source>Keep &amp;all of mine</source>
        <translation>Pidä k&amp;aikki omani</translation>
    </message>
    <message>
        <source>Take all of &amp;theirs</source>
        <translation>Ota kaikki &amp;toisen</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Rights and understanding</source>
        <translation>Oikeudet ja ymmärtäminen</translation>
    </message>
    <message>
        <source>The rights and obligations of the plan and what follows were discussed with the client</source>
        <translation>Suunnitelmaan ja jatkoon liittyvät oikeudet ja velvollisuudet on käyty asiakkaan kanssa läpi</translation>
    </message>
    <message>
        <source>The agreed matters were gone through with the client so that they understand them</source>
        <translation>Sovitut asiat on käyty asiakkaan kanssa läpi niin, että hän ymmärtää ne</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ei ole tiedosto.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Kansiota tiedostolle %1 ei voida luoda.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is not writable or the disk is full.</source>
        <translation>Tiedostoa %1 ei voida luoda: kansioon ei voi kirjoittaa tai levy on täynnä.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>Tiedostoa %1 ei voida lukea: tarkista sen käyttöoikeudet.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The file was left unchanged.</source>
        <translation>%1 on tallennettu Kotoplanin uudemmalla versiolla (tietokannan versio %2; tämä ohjelma tuntee versioon %3 asti). Päivitä Kotoplan avataksesi sen. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Tiedostoa %1 ei voida avata.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>Tiedostoa %1 ei voida avata kirjoittamista varten.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voida lukea.</translation>
    </message>
    <message>
        <source>The program&apos;s upgrade step %1 is missing.</source>
        <translation>Ohjelman päivitysvaihe %1 puuttuu.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to database version %2. Nothing was changed.</source>
        <translation>Tiedostoa %1 ei voitu päivittää tietokannan versioon %2. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Tietokantaa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 on avattu vain luku -tilassa.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 on vain luku -tiedosto.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only.</source>
        <translation>Tiedoston %1 kansio on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is nothing to show.</source>
        <translation>%1 on tyhjä ja vain luku -tilassa: näytettävää ei ole.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Try again in a moment.</source>
        <translation>%1 on toisen ohjelman lukitsema. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it. The file was not changed.</source>
        <translation>%1 on vioittunut: SQLite ei pysty lukemaan sitä. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its contents is unreadable. The file was not changed.</source>
        <translation>%1 on vioittunut: osaa sen sisällöstä ei voi lukea. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, but it is read-only.</source>
        <translation>%1 pitää päivittää tälle Kotoplanin versiolle, mutta se on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>%1 is not a Kotoplan database: it does not start like one. It was left unchanged.</source>
        <translation>%1 ei ole Kotoplan-tietokanta: se ei ala kuten tietokanta. Se jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it should be, its end is missing. It was left unchanged.</source>
        <translation>%1 on vioittunut: tiedosto on lyhyempi kuin sen pitäisi olla, sen loppu puuttuu. Se jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>This installation of Kotoplan cannot connect to PostgreSQL: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Tämä Kotoplan-asennus ei voi muodostaa yhteyttä PostgreSQL:ään: Qt-ajuri QPSQL (Debian-paketti libqt6sql6-psql) puuttuu.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The database was left unchanged.</source>
        <translation>%1 on tallennettu Kotoplanin uudemmalla versiolla (tietokannan versio %2; tämä ohjelma tuntee version %3 asti). Päivitä Kotoplan avataksesi sen. Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 is not a Kotoplan database: it holds other tables. It was left unchanged.</source>
        <translation>%1 ei ole Kotoplan-tietokanta: siinä on muita tauluja. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, but it is open read-only.</source>
        <translation>%1 on päivitettävä tälle Kotoplanin versiolle, mutta se on avattu vain luku -tilassa.</translation>
    </message>
    <message>
        <source>%1 has no Kotoplan tables yet. The database&apos;s owner sets it up with kotoplan init (see the README).</source>
        <translation>Tietokannassa %1 ei ole vielä Kotoplanin tauluja. Tietokannan omistaja ottaa sen käyttöön komennolla kotoplan init (katso README).</translation>
    </message>
    <message>
        <source>%1 has no Kotoplan tables yet, and the role %2 may not create them. The database&apos;s owner sets it up with kotoplan init (see the README).</source>
        <translation>Tietokannassa %1 ei vielä ole Kotoplanin tauluja, eikä roolilla %2 ole oikeutta luoda niitä. Tietokannan omistaja ottaa sen käyttöön komennolla kotoplan init (katso README).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, and the role %2 may not make it. The database&apos;s owner upgrades it with kotoplan init of this version.</source>
        <translation>Tietokanta %1 on päivitettävä tähän Kotoplanin versioon, eikä roolilla %2 ole oikeutta päivittää sitä. Tietokannan omistaja päivittää sen tämän version komennolla kotoplan init.</translation>
    </message>
    <message>
        <source>%1 could not be made readable by its owner alone (mode 0600): check who owns it.</source>
        <translation>Tiedostoa %1 ei voitu rajata vain omistajansa luettavaksi (tila 0600): tarkista, kuka sen omistaa.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is neither a file path nor a postgresql:// address.</source>
        <translation>Tietokannan sijainti ei ole tiedostopolku eikä postgresql://-osoite.</translation>
    </message>
    <message>
        <source>Give the database file&apos;s full path, such as %1.</source>
        <translation>Anna tietokantatiedoston koko polku, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the path of a database file in it, such as %2.</source>
        <translation>%1 on kansio. Anna siinä olevan tietokantatiedoston polku, esimerkiksi %2.</translation>
    </message>
    <message>
        <source>%1 does not exist, and Kotoplan cannot create it: the folder %2 is not writable.</source>
        <translation>Tiedostoa %1 ei ole, eikä Kotoplan voi luoda sitä: kansioon %2 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: Kotoplan creates a new, empty database there when you switch to it.</source>
        <translation>Tiedostoa %1 ei ole vielä: Kotoplan luo siihen uuden, tyhjän tietokannan, kun vaihdat siihen.</translation>
    </message>
    <message>
        <source>%1 is a Kotoplan database of version %2. Kotoplan upgrades it to version %3 when you switch to it, after a backup copy.</source>
        <translation>%1 on Kotoplanin tietokanta, versio %2. Kotoplan päivittää sen versioon %3, kun vaihdat siihen, otettuaan ensin varmuuskopion.</translation>
    </message>
    <message>
        <source>%1 opens: a Kotoplan database of version %2.</source>
        <translation>%1 aukeaa: Kotoplanin tietokanta, versio %2.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The demo data could not be saved.</source>
        <translation>Esimerkkitietoja ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>EligibilitySection</name>
    <message>
        <source>Eligibility</source>
        <translation>Oikeus suunnitelmaan</translation>
    </message>
    <message>
        <source>A plan can be drawn up when less than 3 years have passed since the first residence permit, residence card or registration of the right of residence (entered under Client).</source>
        <translation>Suunnitelma voidaan laatia, kun ensimmäisen oleskeluluvan, oleskelukortin tai oleskeluoikeuden rekisteröinnin päivämäärästä on alle 3 vuotta (merkitään kohtaan Asiakas).</translation>
    </message>
    <message>
        <source>This is</source>
        <translation>Tämä on</translation>
    </message>
    <message>
        <source>The first integration plan</source>
        <translation>Ensimmäinen kotoutumissuunnitelma</translation>
    </message>
    <message>
        <source>A review of the integration plan</source>
        <translation>Kotoutumissuunnitelman tarkistaminen</translation>
    </message>
    <message>
        <source>Date of the first integration plan</source>
        <translation>Ensimmäisen kotoutumissuunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Filled in from the client&apos;s first plan.</source>
        <translation>Täytetään asiakkaan ensimmäisestä suunnitelmasta.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the TE office</source>
        <translation>Vie työvoimaviranomaiselle</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;PDF:n kieli:</translation>
    </message>
    <message>
        <source>Include the summary of the client&apos;s life &amp;situation (it may hold health data)</source>
        <translation>Liitä mukaan tiivistelmä asiakkaan &amp;elämäntilanteesta (se voi sisältää terveystietoja)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Officer&apos;s name (Edit &gt; Settings)</source>
        <translation>Viranhaltijan nimi (Muokkaa &gt; Asetukset)</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Meetings in the next 14 days, missed meetings with no new one planned, reviews due or overdue, plan periods ending, signed plans whose services have not started in time, and clients without a plan whose 3-year window closes within 90 days. Press Enter or double-click to open the case.</source>
        <translation>Tapaamiset seuraavan 14 päivän aikana, väliin jääneet tapaamiset, joiden tilalle ei ole sovittu uutta, erääntyvät tai myöhässä olevat tarkistamiset, päättyvät suunnitelmakaudet, allekirjoitetut suunnitelmat, joiden palvelut eivät alkaneet ajoissa, sekä asiakkaat ilman suunnitelmaa, joiden 3 vuoden aika päättyy 90 päivän kuluessa. Avaa asia painamalla Enter tai kaksoisnapsauttamalla.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals of integration</source>
        <translation>Kotoutumisen tavoitteet</translation>
    </message>
    <message>
        <source>The future wish in the client&apos;s own words</source>
        <translation>Tulevaisuuden toive asiakkaan omin sanoin</translation>
    </message>
    <message>
        <source>What kind of everyday life would the client like to live in, for example, five years?</source>
        <translation>Millaista arkea asiakas haluaisi elää esimerkiksi viiden vuoden kuluttua?</translation>
    </message>
    <message>
        <source>Main goal of the plan (choose one)</source>
        <translation>Suunnitelman päätavoite (valitse yksi)</translation>
    </message>
    <message>
        <source>Work or entrepreneurship</source>
        <translation>Työ tai yrittäjyys</translation>
    </message>
    <message>
        <source>A vocation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation>Perusopetus</translation>
    </message>
    <message>
        <source>Working basic skills in Finnish or Swedish</source>
        <translation>Toimiva suomen/ruotsin peruskielitaito</translation>
    </message>
    <message>
        <source>Another level of Finnish or Swedish</source>
        <translation>Muu suomen/ruotsin kielitaidon taso</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Taso:</translation>
    </message>
    <message>
        <source>Which level of Finnish or Swedish</source>
        <translation>Mikä suomen tai ruotsin kielitaidon taso</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Managing everyday life independently</source>
        <translation>Itsenäinen arjenhallinta</translation>
    </message>
    <message>
        <source>Another main goal</source>
        <translation>Muu päätavoite</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Tavoite:</translation>
    </message>
    <message>
        <source>Which other main goal</source>
        <translation>Mikä muu päätavoite</translation>
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
        <source>Only when the main goal is work or entrepreneurship.</source>
        <translation>Vain kun päätavoite on työ tai yrittäjyys.</translation>
    </message>
    <message>
        <source>Alternative occupational goals</source>
        <translation>Vaihtoehtoiset ammattitavoitteet</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Käyttöohje</translation>
    </message>
</context>
<context>
    <name>ImportRules</name>
    <message>
        <source>Should be of the type %1 (the schema&apos;s rule).</source>
        <translation>Pitäisi olla tyyppiä %1 (skeeman sääntö).</translation>
    </message>
    <message>
        <source>Should be one of: %1 (the schema&apos;s rule).</source>
        <translation>Pitäisi olla jokin näistä: %1 (skeeman sääntö).</translation>
    </message>
    <message>
        <source>Does not match the format the schema states (%1).</source>
        <translation>Ei vastaa skeeman määräämää muotoa (%1).</translation>
    </message>
    <message>
        <source>Is %1 characters long; at most %2 are accepted.</source>
        <translation>On %1 merkkiä pitkä; enintään %2 hyväksytään.</translation>
    </message>
    <message>
        <source>Should not be empty (the schema&apos;s rule).</source>
        <translation>Ei saa olla tyhjä (skeeman sääntö).</translation>
    </message>
    <message>
        <source>Missing: the schema requires this key.</source>
        <translation>Puuttuu: skeema vaatii tämän avaimen.</translation>
    </message>
    <message>
        <source>Holds %1 items; at most %2 are accepted.</source>
        <translation>Sisältää %1 kohdetta; enintään %2 hyväksytään.</translation>
    </message>
    <message>
        <source>Holds the control character U+%1; a text may hold line breaks but no other control characters.</source>
        <translation>Sisältää ohjausmerkin U+%1; tekstissä saa olla rivinvaihtoja mutta ei muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>Holds the control character U+%1; this field holds one line without control characters.</source>
        <translation>Sisältää ohjausmerkin U+%1; tässä kentässä on yksi rivi ilman ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>Holds the bidirectional control U+%1, which can make a text read differently than it is stored.</source>
        <translation>Sisältää kirjoitussuunnan ohjausmerkin U+%1, jonka vuoksi teksti voi näyttää toiselta kuin se on tallennettu.</translation>
    </message>
    <message>
        <source>Appears twice in the same object; a key may appear once.</source>
        <translation>Esiintyy kahdesti samassa objektissa; avain saa esiintyä vain kerran.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi</translation>
    </message>
    <message>
        <source>a date such as 2026-11-23</source>
        <translation>päivämäärä kuten 2026-11-23</translation>
    </message>
    <message>
        <source>Should be a month such as 2025-03.</source>
        <translation>Pitäisi olla kuukausi kuten 2025-03.</translation>
    </message>
    <message>
        <source>a date and time such as 2026-11-23T09:30</source>
        <translation>päivämäärä ja aika kuten 2026-11-23T09:30</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>luettelo tekstejä</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>Not known to this version of Kotoplan: left out.</source>
        <translation>Tämä Kotoplanin versio ei tunne tätä: jätettiin pois.</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>Tuntematon avain.</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>Puuttuu.</translation>
    </message>
    <message>
        <source>Should be %1.</source>
        <translation>Pitäisi olla %1.</translation>
    </message>
</context>
<context>
    <name>LifeSituationSection</name>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Summary of the client&apos;s life situation and competence</source>
        <translation>Yhteenveto asiakkaan elämäntilanteesta ja osaamisesta</translation>
    </message>
    <message>
        <source>This text may hold health data: write only what the plan needs.</source>
        <translation>Tämä teksti voi sisältää terveystietoja: kirjoita vain se, mitä suunnitelma edellyttää.</translation>
    </message>
    <message>
        <source>Where relevant: reason for entry, family situation, social challenges, state of health, language skills, education, work experience, wishes and goals.</source>
        <translation>Soveltuvin osin: maahantulon syy, perhetilanne, sosiaaliset haasteet, terveydentila, kielitaito, koulutus, työkokemus, toiveet ja tavoitteet.</translation>
    </message>
</context>
<context>
    <name>LocaleNames</name>
    <message>
        <source>stateless</source>
        <translation>kansalaisuudeton</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
</context>
<context>
    <name>MainGoal</name>
    <message>
        <source>Not chosen</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>Work or entrepreneurship</source>
        <translation>Työ tai yrittäjyys</translation>
    </message>
    <message>
        <source>A vocation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation>Perusopetus</translation>
    </message>
    <message>
        <source>Working basic skills in Finnish or Swedish</source>
        <translation>Toimiva suomen tai ruotsin kielen perustaito</translation>
    </message>
    <message>
        <source>Another level of Finnish or Swedish, which</source>
        <translation>Muu suomen tai ruotsin kielitaidon taso, mikä</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Managing everyday life independently</source>
        <translation>Itsenäinen arjenhallinta</translation>
    </message>
    <message>
        <source>Another main goal, which</source>
        <translation>Muu päätavoite, mikä</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>You meet: %1</source>
        <translation>Tapaat: %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Tulkki: %1</translation>
    </message>
    <message>
        <source>If you cannot come, call %1.</source>
        <translation>Jos et pääse tulemaan, soita numeroon %1.</translation>
    </message>
    <message>
        <source>Meeting about your integration plan</source>
        <translation>Tapaaminen kotoutumissuunnitelmastasi</translation>
    </message>
    <message>
        <source>There is no next meeting with a time to write to %1.</source>
        <translation>Seuraavalla tapaamisella ei ole aikaa, joten tiedostoa %1 ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>e.g. 2.10.2025</source>
        <translation>esim. 2.10.2025</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Kellonaika:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>esim. 9.30</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Tarkoitus:</translation>
    </message>
    <message>
        <source>What the meeting is for</source>
        <translation>Tapaamisen tarkoitus</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>P&amp;aikka:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Viranhaltija:</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Viranhaltija</translation>
    </message>
    <message>
        <source>&amp;Interpreter booked</source>
        <translation>T&amp;ulkki varattu</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tulkki varattu</translation>
    </message>
    <message>
        <source>Interpreting &amp;language:</source>
        <translation>Tulkkauksen k&amp;ieli:</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Tulkkauskieli</translation>
    </message>
    <message>
        <source>e.g. Arabic</source>
        <translation>esim. arabia</translation>
    </message>
    <message>
        <source>Type any part of the language&apos;s name, in Finnish, Swedish or English, or its code.</source>
        <translation>Kirjoita osa kielen nimestä suomeksi, ruotsiksi tai englanniksi tai kielen koodi.</translation>
    </message>
    <message>
        <source>Interpreting &amp;mode:</source>
        <translation>Tu&amp;lkkaustapa:</translation>
    </message>
    <message>
        <source>Interpreting mode</source>
        <translation>Tulkkaustapa</translation>
    </message>
    <message>
        <source>Interpreting a&amp;gency:</source>
        <translation>Tulkkaus&amp;yritys:</translation>
    </message>
    <message>
        <source>Interpreting agency</source>
        <translation>Tulkkausyritys</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <source>Length in mi&amp;nutes:</source>
        <translation>Kesto mi&amp;nuutteina:</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>Did the client &amp;come:</source>
        <translation>&amp;Saapuiko asiakas:</translation>
    </message>
    <message>
        <source>Did the client come</source>
        <translation>Saapuiko asiakas</translation>
    </message>
    <message>
        <source>&amp;Reminder for the slip:</source>
        <translation>&amp;Muistutus ajanvarauslappuun:</translation>
    </message>
    <message>
        <source>Reminder for the appointment slip</source>
        <translation>Muistutus ajanvarauslappuun</translation>
    </message>
    <message>
        <source>e.g. Bring your residence permit card.</source>
        <translation>esim. Ota mukaan oleskelulupakorttisi.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
</context>
<context>
    <name>MeetingRecordView</name>
    <message>
        <source>Meetings of the case</source>
        <translation>Asiakkuuden tapaamiset</translation>
    </message>
    <message>
        <source>C&amp;ame</source>
        <translation>T&amp;uli</translation>
    </message>
    <message>
        <source>The client came to the meeting</source>
        <translation>Asiakas tuli tapaamiseen</translation>
    </message>
    <message>
        <source>&amp;Did not come</source>
        <translation>&amp;Ei tullut</translation>
    </message>
    <message>
        <source>The client did not come and did not cancel in time</source>
        <translation>Asiakas ei tullut eikä perunut ajoissa</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled in time</source>
        <translation>&amp;Peruttu ajoissa</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the meeting to edit it</source>
        <translation>Enter tai kaksoisnapsautus avaa tapaamisen muokattavaksi</translation>
    </message>
    <message>
        <source>Add meet&amp;ing…</source>
        <translation>&amp;Lisää tapaaminen…</translation>
    </message>
    <message>
        <source>Record another meeting of the case: past or planned, with its interpreter</source>
        <translation>Kirjaa asiakkaan muu tapaaminen, mennyt tai suunniteltu, tulkkeineen</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <source>Meeting and participants</source>
        <translation>Tapaaminen ja osallistujat</translation>
    </message>
    <message>
        <source>Taking part in drawing up this plan besides the client: name and organisation</source>
        <translation>Suunnitelman laatimiseen osallistuvat asiakkaan lisäksi: nimi ja organisaatio</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tulkki paikalla</translation>
    </message>
    <message>
        <source>The form asks whether an interpreter is present. Language and mode are kept for the municipality&apos;s interpreting costs.</source>
        <translation>Lomake kysyy, onko tulkki paikalla. Kieli ja tapa tallennetaan kunnan tulkkauskustannuksia varten.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Tulkkauskieli</translation>
    </message>
    <message>
        <source>The language interpreted into, for example Arabic or Dari.</source>
        <translation>Kieli, jolle tulkataan, esimerkiksi arabia tai dari.</translation>
    </message>
    <message>
        <source>e.g. Arabic</source>
        <translation>esim. arabia</translation>
    </message>
    <message>
        <source>Interpreting mode</source>
        <translation>Tulkkaustapa</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Puhelimitse</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Videolla</translation>
    </message>
    <message>
        <source>Date the plan was drawn up or reviewed</source>
        <translation>Suunnitelman laatimis- tai tarkistuspäivä</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
</context>
<context>
    <name>MeetingStatistics</name>
    <message>
        <source>Meetings held</source>
        <translation>Pidetyt tapaamiset</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Tulkatut</translation>
    </message>
    <message>
        <source>Interpreting hours</source>
        <translation>Tulkkaustunnit</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Käyttämättä jääneet</translation>
    </message>
    <message>
        <source>Missed, interpreter booked</source>
        <translation>Käyttämättä jääneet, tulkki tilattu</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Tapaamiset vuosittain</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Tapaamiset kuukausittain</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Interpreted meetings by language and mode</source>
        <translation>Tulkatut tapaamiset kielen ja tavan mukaan</translation>
    </message>
    <message>
        <source>Language and mode</source>
        <translation>Kieli ja tapa</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
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
        <translation>videoyhteydellä</translation>
    </message>
    <message>
        <source>mode not given</source>
        <translation>tapaa ei annettu</translation>
    </message>
    <message>
        <source>Language not given</source>
        <translation>Kieltä ei annettu</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Enter the meeting&apos;s date and time.</source>
        <translation>Anna tapaamisen päivä ja kellonaika.</translation>
    </message>
    <message>
        <source>The meeting&apos;s length is given in minutes, from 0 to 1440.</source>
        <translation>Tapaamisen kesto annetaan minuutteina, 0–1440.</translation>
    </message>
    <message>
        <source>The meeting belongs to no client.</source>
        <translation>Tapaaminen ei kuulu kenellekään asiakkaalle.</translation>
    </message>
    <message>
        <source>The meeting has errors.</source>
        <translation>Tapaamisen tiedoissa on virheitä.</translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation>Tapaamista ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Tapaamista ei enää ole.</translation>
    </message>
    <message>
        <source>The meeting could not be removed.</source>
        <translation>Tapaamista ei voitu poistaa.</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>No interpreter booked</source>
        <translation>Tulkkia ei ole tilattu</translation>
    </message>
    <message>
        <source>the interpreter comes to the meeting</source>
        <translation>tulkki tulee tapaamiseen</translation>
    </message>
    <message>
        <source>the interpreter is on the phone</source>
        <translation>tulkki on mukana puhelimessa</translation>
    </message>
    <message>
        <source>the interpreter is on video</source>
        <translation>tulkki on mukana videolla</translation>
    </message>
    <message>
        <source>An interpreter is booked</source>
        <translation>Tulkki on tilattu</translation>
    </message>
    <message>
        <source>The time of your next meeting is not agreed yet. We will contact you.</source>
        <translation>Seuraavan tapaamisen aikaa ei ole vielä sovittu. Otamme sinuun yhteyttä.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Kellonaika:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Paikka:</translation>
    </message>
    <message>
        <source>You meet:</source>
        <translation>Tapaat:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tulkki:</translation>
    </message>
    <message>
        <source>Your contact person:</source>
        <translation>Yhteyshenkilösi:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Osoite:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Aukioloajat:</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Municipality &amp;name:</source>
        <translation>Kunnan &amp;nimi:</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kunnan nimi</translation>
    </message>
    <message>
        <source>Shown in the title of the integration programme document and at the top of the printed statistics.</source>
        <translation>Näkyy kotoutumisohjelma-asiakirjan otsikossa ja tulostettujen tilastojen yläreunassa.</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Service point phone</source>
        <translation>Palvelupisteen puhelin</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Service point e-mail</source>
        <translation>Palvelupisteen sähköposti</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>Service point address</source>
        <translation>Palvelupisteen osoite</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>A&amp;ukioloajat:</translation>
    </message>
    <message>
        <source>Service point opening hours</source>
        <translation>Palvelupisteen aukioloajat</translation>
    </message>
    <message>
        <source>Printed under &quot;Who to contact&quot; on the client&apos;s copy and the appointment slip.</source>
        <translation>Tulostetaan asiakkaan kopioon ja aikalappuun kohtaan ”Keneen voit ottaa yhteyttä”.</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Seuraavan tapaamisen päivämäärä</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <source>Hours and minutes, for example 14.30.</source>
        <translation>Tunnit ja minuutit, esimerkiksi 14.30.</translation>
    </message>
    <message>
        <source>hh.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
</context>
<context>
    <name>NoPlanView</name>
    <message>
        <source>No plan yet.</source>
        <translation>Ei vielä suunnitelmaa.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>Uusi &amp;suunnitelma</translation>
    </message>
    <message>
        <source>Start this client&apos;s first integration plan (Ctrl+Shift+N)</source>
        <translation>Aloita asiakkaan ensimmäinen kotoutumissuunnitelma (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>OfficerPrompt</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Kuka on tämän työpisteen ääressä?</translation>
    </message>
    <message>
        <source>Your name, for the audit log and the plans you hand over. Until you give it, the log names the computer&apos;s account, %1.</source>
        <translation>Nimesi lokia ja luovuttamiasi suunnitelmia varten. Ennen kuin annat sen, lokiin merkitään tietokoneen käyttäjätili %1.</translation>
    </message>
</context>
<context>
    <name>OfficerRights</name>
    <message>
        <source>The role %1 does not exist. The administrator creates it first: CREATE ROLE %1 NOLOGIN;</source>
        <translation>Roolia %1 ei ole olemassa. Ylläpitäjä luo sen ensin: CREATE ROLE %1 NOLOGIN;</translation>
    </message>
    <message>
        <source>The officers&apos; group cannot be the database&apos;s owner %1.</source>
        <translation>Virkailijoiden ryhmä ei voi olla tietokannan omistaja %1.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner may set it up, not the role %1. Run the command with the owner&apos;s role in the address.</source>
        <translation>Vain tietokannan omistaja voi ottaa sen käyttöön, ei rooli %1. Suorita komento niin, että osoitteessa on omistajan rooli.</translation>
    </message>
    <message>
        <source>The officers&apos; rights could not be granted. Nothing was changed.</source>
        <translation>Virkailijoiden oikeuksia ei voitu myöntää. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Edellisen suunnitelman osatavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>&amp;How each sub-goal of the previous plan went</source>
        <translation>&amp;Miten edellisen suunnitelman osatavoitteet toteutuivat</translation>
    </message>
    <message>
        <source>Outcomes of the previous plan&apos;s sub-goals</source>
        <translation>Edellisen suunnitelman osatavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>For each sub-goal: achieved, partly achieved, not achieved, or changed. When a sub-goal was changed, say how in the note. The review can be signed once every sub-goal has its outcome.</source>
        <translation>Kustakin osatavoitteesta: toteutui, toteutui osittain, ei toteutunut tai muutettu. Jos osatavoitetta muutettiin, kerro huomautuksessa miten. Tarkistamisen voi allekirjoittaa, kun jokaisen osatavoitteen toteutuminen on arvioitu.</translation>
    </message>
    <message>
        <source>Choose the outcome of each sub-goal and write a note. Type or press F2 to edit a cell, Enter to finish it, Tab and Shift+Tab to go from cell to cell.</source>
        <translation>Valitse kunkin osatavoitteen tulos ja kirjoita huomautus. Muokkaa solua kirjoittamalla tai painamalla F2, lopeta Enterillä, siirry solusta toiseen Tabilla ja Vaihto+Tabilla.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Third sector (civic organisations)</source>
        <translation>Kolmas sektori (järjestöt)</translation>
    </message>
    <message>
        <source>Education providers</source>
        <translation>Koulutuksen järjestäjät</translation>
    </message>
    <message>
        <source>Parish</source>
        <translation>Seurakunta</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The document could not be made into a PDF for %1.</source>
        <translation>Asiakirjasta ei voitu tehdä PDF-tiedostoa %1.</translation>
    </message>
</context>
<context>
    <name>PlanComparison</name>
    <message>
        <source>Sub-goal %1: added</source>
        <translation>Osatavoite %1: lisätty</translation>
    </message>
    <message>
        <source>Sub-goal %1: removed</source>
        <translation>Osatavoite %1: poistettu</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Osatavoite %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Alkoi %1</translation>
    </message>
</context>
<context>
    <name>PlanComparisonDialog</name>
    <message>
        <source>Compare with the previous version</source>
        <translation>Vertaa edelliseen versioon</translation>
    </message>
    <message>
        <source>Show only the &amp;changed fields</source>
        <translation>Näytä vain &amp;muuttuneet kentät</translation>
    </message>
    <message>
        <source>Comparison of two versions</source>
        <translation>Kahden version vertailu</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Taking part besides the client:</source>
        <translation>Suunnitelman laatimiseen osallistuvat asiakkaan lisäksi:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
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
        <translation>videoyhteydellä</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tulkki paikalla</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Date the plan was drawn up / reviewed</source>
        <translation>Suunnitelman laatimis-/tarkistuspäivä</translation>
    </message>
    <message>
        <source>The client&apos;s personal data</source>
        <translation>Asiakkaan henkilötiedot</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Kaikki äidinkielet</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Kansalaisuus</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Postal code and post office</source>
        <translation>Postinumero ja -toimipaikka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Arrival in Finland (month/year)</source>
        <translation>Maahantulo (kk/vvvv)</translation>
    </message>
    <message>
        <source>Date of first residence permit, residence card or registration of right of residence</source>
        <translation>Ensimmäisen oleskeluluvan, oleskelukortin tai oleskeluoikeuden rekisteröinnin päivämäärä</translation>
    </message>
    <message>
        <source>Less than 3 years have passed since that date, so a plan can be drawn up</source>
        <translation>Päivämäärästä on alle 3 vuotta, joten suunnitelma voidaan laatia</translation>
    </message>
    <message>
        <source>This is:</source>
        <translation>Tämä on:</translation>
    </message>
    <message>
        <source>the first plan</source>
        <translation>ensimmäinen suunnitelma</translation>
    </message>
    <message>
        <source>a review. Date of the first plan:</source>
        <translation>suunnitelman tarkistus. Ensimmäisen suunnitelman päivämäärä:</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Summary of the client&apos;s life situation and competence (reason for entry, family, social challenges, health, language skills, education, work experience, wishes and goals)</source>
        <translation>Yhteenveto asiakkaan elämäntilanteesta ja osaamisesta (soveltuvin osin maahantulon syy, perhetilanne, sosiaaliset haasteet, terveydentila, kielitaito, koulutus, työkokemus, toiveet ja tavoitteet)</translation>
    </message>
    <message>
        <source>Goals of integration</source>
        <translation>Kotoutumisen tavoitteet</translation>
    </message>
    <message>
        <source>The future wish in the client&apos;s own words: what everyday life in about five years</source>
        <translation>Tulevaisuuden toive omin sanoin: millaista arkea asiakas haluaa elää esimerkiksi viiden vuoden kuluttua</translation>
    </message>
    <message>
        <source>Main goal (choose one):</source>
        <translation>Päätavoite (valitse yksi):</translation>
    </message>
    <message>
        <source>work or entrepreneurship</source>
        <translation>työ tai yrittäjyys</translation>
    </message>
    <message>
        <source>a vocation</source>
        <translation>ammatti</translation>
    </message>
    <message>
        <source>literacy</source>
        <translation>luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <source>basic education</source>
        <translation>perusopetus</translation>
    </message>
    <message>
        <source>working basic Finnish/Swedish</source>
        <translation>toimiva suomen/ruotsin peruskielitaito</translation>
    </message>
    <message>
        <source>another level of Finnish/Swedish (which)</source>
        <translation>muu suomen/ruotsin kielitaidon taso, mikä</translation>
    </message>
    <message>
        <source>rehabilitation</source>
        <translation>kuntoutus</translation>
    </message>
    <message>
        <source>managing everyday life independently</source>
        <translation>itsenäinen arjenhallinta</translation>
    </message>
    <message>
        <source>another main goal (which)</source>
        <translation>muu päätavoite, mikä</translation>
    </message>
    <message>
        <source>More about the main goal</source>
        <translation>Lisätietoa päätavoitteesta</translation>
    </message>
    <message>
        <source>If the main goal is work or entrepreneurship: primary and alternative occupational goals</source>
        <translation>Jos päätavoite on työllistyminen tai yrittäjyys: ensisijainen ja vaihtoehtoiset ammattitavoitteet</translation>
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
        <source>Other long-term measures (civic organisations, applying for rehabilitation, family integration plan, family reunification, referral to social and health services)</source>
        <translation>Muut pitkän aikavälin kotoutumista edistävät toimenpiteet (järjestötoiminta, kuntoutuksen hakeminen, perheen kotoutumissuunnitelma, perheenyhdistäminen, ohjaus sosiaali- ja terveyspalveluihin)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Sub-goals for the next 12 months with their measures:</source>
        <translation>Osatavoitteet seuraavalle 12 kuukaudelle ja niihin liittyvät toimenpiteet:</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Osatavoite</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Rights and obligations of the plan discussed with the client</source>
        <translation>Suunnitelmaan liittyvät oikeudet ja velvollisuudet on käyty läpi asiakkaan kanssa</translation>
    </message>
    <message>
        <source>The agreed matters were gone through so that the client understands them</source>
        <translation>Sovitut asiat on käyty läpi niin, että asiakas ymmärtää ne</translation>
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
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>Nimenselvennys</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Paikka ja aika</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Asiakkaan allekirjoitus</translation>
    </message>
    <message>
        <source>Officer&apos;s signature</source>
        <translation>Viranhaltijan allekirjoitus</translation>
    </message>
    <message>
        <source>Interpreter&apos;s signature</source>
        <translation>Tulkin allekirjoitus</translation>
    </message>
    <message>
        <source>Integration plan for immigrants outside the labour force</source>
        <translation>Kotoutumissuunnitelma työvoiman ulkopuolella oleville maahanmuuttajille</translation>
    </message>
    <message>
        <source>Integration plan of %1, %2</source>
        <translation>Kotoutumissuunnitelma: %1, %2</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>integration-plan</source>
        <translation>kotoutumissuunnitelma</translation>
    </message>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Edellisen suunnitelman osatavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Osatavoite %1</translation>
    </message>
    <message>
        <source>Sub-goal of the previous plan</source>
        <translation>Edellisen suunnitelman osatavoite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Toteutuminen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
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
        <source>Not included in this copy: the summary may hold health data and was left out of this hand-over.</source>
        <translation>Ei mukana tässä kappaleessa: yhteenveto voi sisältää terveystietoja, ja se jätettiin pois tästä luovutuksesta.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2</source>
        <translation>Allekirjoitettu %1, kirjannut %2</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>LUONNOS — ei allekirjoitettu</translation>
    </message>
    <message>
        <source>integration-plan-review</source>
        <translation>kotoutumissuunnitelman-tarkistus</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save state</source>
        <translation>Tallennustila</translation>
    </message>
    <message>
        <source>Use the form as support when drawing up an integration plan for an immigrant who is not a jobseeker. The most important thing is a relationship of trust with the client: reserve enough time for the meeting. The plan builds on the initial interview; see integration.fi for detailed instructions.</source>
        <translation>Käytä lomaketta tukena, kun laadit kotoutumissuunnitelmaa maahanmuuttajalle, joka ei ole työnhakija. Tärkeintä on luottamuksellinen suhde asiakkaaseen: varaa tapaamiselle riittävästi aikaa. Suunnitelma perustuu alkuhaastatteluun; tarkemmat ohjeet ovat kotoutuminen.fi-palvelussa.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Meeting and participants</source>
        <translation>Tapaaminen ja osallistujat</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Oikeus suunnitelmaan</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Goals of integration</source>
        <translation>Kotoutumisen tavoitteet</translation>
    </message>
    <message>
        <source>Study plans and other measures</source>
        <translation>Opiskelusuunnitelmat ja muut toimenpiteet</translation>
    </message>
    <message>
        <source>Sub-goals and measures for the next 12 months</source>
        <translation>Osatavoitteet ja toimenpiteet seuraavalle 12 kuukaudelle</translation>
    </message>
    <message>
        <source>Rights and understanding</source>
        <translation>Oikeudet ja ymmärtäminen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Sitoumukset</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Aloita ta&amp;rkistaminen</translation>
    </message>
    <message>
        <source>A new draft that continues the signed plan: a copy of it, marked as a review (Ctrl+Shift+R)</source>
        <translation>Uusi luonnos, joka jatkaa allekirjoitettua suunnitelmaa: sen kopio, joka merkitään tarkistamiseksi (Ctrl+Vaihto+R)</translation>
    </message>
    <message>
        <source>Compare &amp;with previous version</source>
        <translation>&amp;Vertaa edelliseen versioon</translation>
    </message>
    <message>
        <source>This version and the plan it continues side by side, the changed fields marked</source>
        <translation>Tämä versio ja suunnitelma, jota se jatkaa, rinnakkain; muuttuneet kentät merkittyinä</translation>
    </message>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Edellisen suunnitelman osatavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>Compare and &amp;choose…</source>
        <translation>Vertaa ja valit&amp;se…</translation>
    </message>
    <message>
        <source>Your version beside the one saved meanwhile, field by field: choose which to keep</source>
        <translation>Sinun versiosi välillä tallennetun rinnalla kenttä kentältä: valitse, kumpi säilyy</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Allekirjoita…</translation>
    </message>
    <message>
        <source>Record that the client and you signed the printed plan: it is then kept as it is (Ctrl+Shift+S)</source>
        <translation>Kirjaa, että asiakas ja sinä allekirjoititte tulostetun suunnitelman: sitä ei sen jälkeen enää muuteta (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>There is no plan %1 in the database.</source>
        <translation>Tietokannassa ei ole suunnitelmaa %1.</translation>
    </message>
    <message>
        <source>The plan&apos;s client is missing from the database.</source>
        <translation>Suunnitelman asiakas puuttuu tietokannasta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to.</source>
        <translation>Kansiota %1 ei ole tai siihen ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-tiedostoa ei voitu tehdä.</translation>
    </message>
    <message>
        <source>The files could not be written to %1: the disk may be full.</source>
        <translation>Tiedostoja ei voitu kirjoittaa kansioon %1: levy voi olla täynnä.</translation>
    </message>
    <message>
        <source>The plan was exported, but the hand-over could not be recorded in the database.</source>
        <translation>Suunnitelma vietiin, mutta luovutusta ei voitu kirjata tietokantaan.</translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation>Vietiin %1 ja %2.</translation>
    </message>
    <message>
        <source>%1 exists already in the folder; nothing was replaced. Move it away or choose another folder.</source>
        <translation>%1 on jo kansiossa; mitään ei korvattu. Siirrä se pois tai valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
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
        <translation>Ensimmäinen suunnitelma vai tarkistaminen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistaminen</translation>
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
    <name>PlanImport</name>
    <message>
        <source>The file is larger than 1 MiB; a plan file is much smaller.</source>
        <translation>Tiedosto on yli 1 MiB; suunnitelmatiedosto on paljon pienempi.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä.</translation>
    </message>
    <message>
        <source>The file is nested deeper than a plan file can be.</source>
        <translation>Tiedoston rakenne on syvempi kuin suunnitelmatiedostossa voi olla.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2); it may be cut short.</source>
        <translation>Tiedosto ei ole kelvollista JSONia (%1 merkin %2 kohdalla); se voi olla katkennut.</translation>
    </message>
    <message>
        <source>This is not a Kotoplan plan file.</source>
        <translation>Tämä ei ole Kotoplanin suunnitelmatiedosto.</translation>
    </message>
    <message>
        <source>The plan file has errors; nothing was imported.</source>
        <translation>Suunnitelmatiedostossa on virheitä; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The plan in the file has errors; nothing was imported.</source>
        <translation>Tiedoston suunnitelmassa on virheitä; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voida lukea.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>This plan is already in the database; it was not imported again.</source>
        <translation>Suunnitelma on jo tietokannassa; sitä ei tuotu uudelleen.</translation>
    </message>
    <message>
        <source>The plan could not be imported.</source>
        <translation>Suunnitelmaa ei voitu tuoda.</translation>
    </message>
    <message>
        <source>The plan was imported as a draft.</source>
        <translation>Suunnitelma tuotiin luonnoksena.</translation>
    </message>
    <message>
        <source>The file was written by a newer Kotoplan (format %1); what this version does not know was left out: %2.</source>
        <translation>Tiedosto on kirjoitettu uudemmalla Kotoplanilla (muoto %1); mitä tämä versio ei tunne, jätettiin pois: %2.</translation>
    </message>
    <message>
        <source>The plan file has errors: it breaks the rules of its format. Nothing was imported.</source>
        <translation>Suunnitelmatiedostossa on virheitä: se rikkoo muotonsa sääntöjä. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder); a plan file is a regular file.</source>
        <translation>%1 ei ole tavallinen tiedosto (laite, putki tai kansio); suunnitelmatiedosto on tavallinen tiedosto.</translation>
    </message>
    <message numerus="yes">
        <source>The client was known already; %n of the file&apos;s details differ from the stored ones and were not taken.</source>
        <translation>
            <numerusform>Asiakas oli jo tiedossa; %n tiedoston tiedoista poikkeaa tallennetusta, eikä sitä otettu.</numerusform>
            <numerusform>Asiakas oli jo tiedossa; %n tiedoston tiedoista poikkeaa tallennetuista, eikä niitä otettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the client&apos;s details were taken from the file.</source>
        <translation>
            <numerusform>%n asiakkaan tieto otettiin tiedostosta.</numerusform>
            <numerusform>%n asiakkaan tietoa otettiin tiedostosta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>This is not a Kotoplan plan file.</source>
        <translation>Tämä ei ole Kotoplanin suunnitelmatiedosto.</translation>
    </message>
    <message>
        <source>The file is of a newer format version (%1) than this program reads (%2). Update Kotoplan to import it.</source>
        <translation>Tiedosto on uudempaa muotoversiota (%1) kuin tämä ohjelma lukee (%2). Päivitä Kotoplan tuodaksesi sen.</translation>
    </message>
    <message>
        <source>The file is of an unknown format version.</source>
        <translation>Tiedoston muotoversio on tuntematon.</translation>
    </message>
    <message>
        <source>Should be first or review.</source>
        <translation>Pitäisi olla first tai review.</translation>
    </message>
    <message>
        <source>Should be draft or signed.</source>
        <translation>Pitäisi olla draft tai signed.</translation>
    </message>
    <message>
        <source>Should be a list of objects.</source>
        <translation>Pitäisi olla luettelo objekteja.</translation>
    </message>
    <message>
        <source>Should be yes, no or null.</source>
        <translation>Pitäisi olla yes, no tai null.</translation>
    </message>
    <message>
        <source>Should be on-site, phone or video.</source>
        <translation>Pitäisi olla on-site, phone tai video.</translation>
    </message>
    <message>
        <source>Should be one of the nine main goals or null.</source>
        <translation>Pitäisi olla yksi yhdeksästä päätavoitteesta tai null.</translation>
    </message>
    <message>
        <source>Should be a positive number.</source>
        <translation>Pitäisi olla positiivinen luku.</translation>
    </message>
    <message>
        <source>Should be a number from 0 up.</source>
        <translation>Pitäisi olla luku 0 tai suurempi.</translation>
    </message>
    <message>
        <source>Should be achieved, partly, not_achieved or changed.</source>
        <translation>Pitäisi olla achieved, partly, not_achieved tai changed.</translation>
    </message>
</context>
<context>
    <name>PlanReviews</name>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>A review starts from a signed plan, and only when the client has no draft.</source>
        <translation>Tarkistus aloitetaan allekirjoitetusta suunnitelmasta ja vain, kun asiakkaalla ei ole luonnosta.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>Tarkistusta ei voitu tallentaa.</translation>
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
        <translation>Suunnitelman asiakasta ei ole olemassa.</translation>
    </message>
    <message>
        <source>The plan has errors.</source>
        <translation>Suunnitelmassa on virheitä.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation>Suunnitelmaa ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Suunnitelmaa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The plan is signed and cannot be changed. Start a review instead.</source>
        <translation>Suunnitelma on allekirjoitettu, eikä sitä voi muuttaa. Aloita sen sijaan tarkistaminen.</translation>
    </message>
    <message>
        <source>Someone else changed this plan in the meantime.</source>
        <translation>Joku muu on muuttanut tätä suunnitelmaa sillä välin.</translation>
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
        <translation>Suunnitelma on allekirjoitettu, eikä sitä voi poistaa. Aloita sen sijaan tarkistaminen.</translation>
    </message>
    <message>
        <source>The plan could not be deleted.</source>
        <translation>Suunnitelmaa ei voitu poistaa.</translation>
    </message>
    <message>
        <source>The plans could not be read.</source>
        <translation>Suunnitelmia ei voitu lukea.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>Hakua ei voitu tehdä.</translation>
    </message>
</context>
<context>
    <name>PlansSection</name>
    <message>
        <source>Study plans and other measures</source>
        <translation>Opiskelusuunnitelmat ja muut toimenpiteet</translation>
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
        <source>Other long-term measures that promote integration</source>
        <translation>Muut pitkän aikavälin kotoutumista edistävät toimenpiteet</translation>
    </message>
    <message>
        <source>For example: civic organisations, applying for rehabilitation, family integration plan, family reunification, referral to social and health services.</source>
        <translation>Esimerkiksi järjestötoiminta, kuntoutukseen hakeutuminen, perheen kotoutumissuunnitelma, perheenyhdistäminen, ohjaus sosiaali- ja terveyspalveluihin.</translation>
    </message>
</context>
<context>
    <name>PostgresLogin</name>
    <message>
        <source>The database server of %1 cannot be reached. Check the address and the network, or ask the administrator whether the server is running.</source>
        <translation>Tietokannan %1 palvelimeen ei saada yhteyttä. Tarkista osoite ja verkkoyhteys tai kysy ylläpitäjältä, onko palvelin käynnissä.</translation>
    </message>
    <message>
        <source>The database server of %1 refused the login of the role %2. Check the role and its password in the PostgreSQL password file (.pgpass) or PGPASSWORD.</source>
        <translation>Tietokannan %1 palvelin hylkäsi roolin %2 kirjautumisen. Tarkista rooli ja sen salasana PostgreSQL:n salasanatiedostosta (.pgpass) tai PGPASSWORD-muuttujasta.</translation>
    </message>
    <message>
        <source>The database server has no database %1. Check the address, or ask the administrator to create it.</source>
        <translation>Tietokantapalvelimella ei ole tietokantaa %1. Tarkista osoite tai pyydä ylläpitäjää luomaan se.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check sslmode and the certificates in the address.</source>
        <translation>Suojattua yhteyttä tietokantaan %1 ei voitu muodostaa. Tarkista osoitteen sslmode ja varmenteet.</translation>
    </message>
    <message>
        <source>Kotoplan cannot connect to the database %1.</source>
        <translation>Kotoplan ei saa yhteyttä tietokantaan %1.</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>The database address is not a valid postgresql:// address.</source>
        <translation>Tietokannan osoite ei ole kelvollinen postgresql://-osoite.</translation>
    </message>
    <message>
        <source>The database address contains a password. Remove it and put the password in the PostgreSQL password file (.pgpass) instead.</source>
        <translation>Tietokannan osoitteessa on salasana. Poista se ja kirjoita salasana sen sijaan PostgreSQL:n salasanatiedostoon (.pgpass).</translation>
    </message>
    <message>
        <source>The database address names no database: add it after the server, as in postgresql://officer@server/kotoplan.</source>
        <translation>Tietokannan osoitteessa ei ole tietokannan nimeä: lisää se palvelimen perään, esimerkiksi postgresql://virkailija@palvelin/kotoplan.</translation>
    </message>
    <message>
        <source>The database address has an unknown option: %1.</source>
        <translation>Tietokannan osoitteessa on tuntematon asetus: %1.</translation>
    </message>
    <message>
        <source>The option %1 of the database address cannot contain a semicolon.</source>
        <translation>Tietokannan osoitteen asetuksessa %1 ei voi olla puolipistettä.</translation>
    </message>
    <message>
        <source>The option host of the database address names another server than the address itself. Give the server once, after postgresql://; the option host may only name the socket folder of a server on this machine, in an address without a server.</source>
        <translation>Tietokannan osoitteen valinta host nimeää eri palvelimen kuin osoite itse. Anna palvelin kerran, heti postgresql://:n jälkeen; valinta host voi nimetä vain tällä koneella toimivan palvelimen socket-kansion, ja vain osoitteessa, jossa ei ole palvelinta.</translation>
    </message>
    <message>
        <source>The server %1 is on another machine, so Kotoplan connects to it only over an encrypted connection (TLS), which the address does not require. Add ?sslmode=verify-full to the address (with sslrootcert= naming the certificate of the server&apos;s authority), or at least ?sslmode=require.</source>
        <translation>Palvelin %1 on toisella koneella, joten Kotoplan yhdistää siihen vain salattua yhteyttä (TLS) käyttäen, eikä osoite vaadi sitä. Lisää osoitteeseen ?sslmode=verify-full (ja sslrootcert=, joka nimeää palvelimen varmentajan varmenteen) tai vähintään ?sslmode=require.</translation>
    </message>
</context>
<context>
    <name>PrintLanguage</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Kansalaisuudeton</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
<context>
    <name>ProgrammeDocument</name>
    <message>
        <source>The integration programme</source>
        <translation>Kotoutumisohjelma</translation>
    </message>
    <message>
        <source>The integration programme of %1</source>
        <translation>Kotoutumisohjelma: %1</translation>
    </message>
    <message>
        <source>The services of the initial stage of integration, who is responsible for them, and the cooperation with other parties in arranging them (Act on the Promotion of Integration 681/2023). The services are agreed with each client in the integration plan.</source>
        <translation>Kotoutumisen alkuvaiheen palvelut, niiden vastuutahot ja yhteistyö muiden toimijoiden kanssa palvelujen järjestämisessä (laki kotoutumisen edistämisestä 681/2023). Palveluista sovitaan kunkin asiakkaan kanssa kotoutumissuunnitelmassa.</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Yhteistyötahot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>The catalogue has no active services.</source>
        <translation>Palveluluettelossa ei ole käytössä olevia palveluja.</translation>
    </message>
    <message>
        <source>The services of the initial stage of integration, their responsible parties and cooperation partners</source>
        <translation>Kotoutumisen alkuvaiheen palvelut, niiden vastuutahot ja yhteistyökumppanit</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>integration-programme</source>
        <translation>kotoutumisohjelma</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näytä yksityiskohdat…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Piilota yksityiskohdat…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention and erasure</source>
        <translation>Säilytysaika ja tietojen poistaminen</translation>
    </message>
    <message>
        <source>&amp;Retention period of the municipality:</source>
        <translation>Kunnan &amp;säilytysaika:</translation>
    </message>
    <message>
        <source>The period runs from the later of the case&apos;s last change (to the client or any of their plans) and the end of the client&apos;s last signed plan under its act. Viewing or printing a case does not extend it. The cases below have passed their period: erase them unless the municipality must keep them for another reason.</source>
        <translation>Säilytysaika lasketaan myöhemmästä seuraavista: asiakkaan tai jonkin hänen suunnitelmansa viimeisin muutos tai asiakkaan viimeisen allekirjoitetun suunnitelman päättyminen lain mukaan. Asiakkaan tietojen katselu tai tulostus ei pidennä sitä. Alla olevien asiakkaiden säilytysaika on päättynyt: poista heidän tietonsa, ellei kunnan ole säilytettävä niitä muusta syystä.</translation>
    </message>
    <message>
        <source>Cases whose retention period has ended</source>
        <translation>Asiakkaat, joiden säilytysaika on päättynyt</translation>
    </message>
    <message>
        <source>&amp;Erase client…</source>
        <translation>&amp;Poista asiakkaan tiedot…</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>It is not a Kotoplan database: it has no Kotoplan schema version.</source>
        <translation>Se ei ole Kotoplan-tietokanta: siinä ei ole Kotoplanin skeemaversiota.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Kotoplan (database version %1; this program knows up to %2).</source>
        <translation>Sen on kirjoittanut Kotoplanin uudempi versio (tietokantaversio %1; tämä ohjelma tuntee versioon %2 asti).</translation>
    </message>
    <message>
        <source>Its triggers cannot be read.</source>
        <translation>Sen liipaisimia ei voi lukea.</translation>
    </message>
    <message>
        <source>Triggers that protect signed plans and the audit log are missing: %1.</source>
        <translation>Allekirjoitettuja suunnitelmia ja lokia suojaavia liipaisimia puuttuu: %1.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Give the service a name in at least one language.</source>
        <translation>Anna palvelulle nimi vähintään yhdellä kielellä.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The service could not be saved.</source>
        <translation>Palvelua ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Someone else changed this service in the meantime.</source>
        <translation>Joku muu muutti palvelua sillä välin.</translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation>Palvelua ei enää ole.</translation>
    </message>
    <message>
        <source>The service could not be deleted.</source>
        <translation>Palvelua ei voitu poistaa.</translation>
    </message>
    <message numerus="yes">
        <source>The service is used in %n plan row(s) and cannot be deleted. Make it inactive instead: it is then no longer offered, and the plans keep it.</source>
        <translation>
            <numerusform>Palvelu on käytössä %n suunnitelmarivillä, eikä sitä voi poistaa. Poista se sen sijaan käytöstä: sitä ei silloin enää tarjota, ja suunnitelmat säilyttävät sen.</numerusform>
            <numerusform>Palvelu on käytössä %n suunnitelmarivillä, eikä sitä voi poistaa. Poista se sen sijaan käytöstä: sitä ei silloin enää tarjota, ja suunnitelmat säilyttävät sen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program&apos;s default service catalogue cannot be read.</source>
        <translation>Ohjelman oletuspalveluluetteloa ei voi lukea.</translation>
    </message>
    <message>
        <source>The service catalogue cannot be read.</source>
        <translation>Palveluluetteloa ei voi lukea.</translation>
    </message>
    <message>
        <source>The default service catalogue is empty.</source>
        <translation>Oletuspalveluluettelo on tyhjä.</translation>
    </message>
    <message>
        <source>The default service catalogue could not be saved.</source>
        <translation>Oletuspalveluluetteloa ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogueEditor</name>
    <message>
        <source>Service catalogue</source>
        <translation>Palveluluettelo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Etsi:</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Etsi palvelua</translation>
    </message>
    <message>
        <source>Part of a name in any language</source>
        <translation>Osa nimestä millä tahansa kielellä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Name in Finnis&amp;h:</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Nimi &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nimi e&amp;nglanniksi:</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <source>Description in Finnish:</source>
        <translation>Kuvaus suomeksi:</translation>
    </message>
    <message>
        <source>Description in Finnish</source>
        <translation>Kuvaus suomeksi</translation>
    </message>
    <message>
        <source>Description in Swedish:</source>
        <translation>Kuvaus ruotsiksi:</translation>
    </message>
    <message>
        <source>Description in Swedish</source>
        <translation>Kuvaus ruotsiksi</translation>
    </message>
    <message>
        <source>Description in English:</source>
        <translation>Kuvaus englanniksi:</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Kuvaus englanniksi</translation>
    </message>
    <message>
        <source>&amp;Responsible party:</source>
        <translation>&amp;Vastuutaho:</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>&amp;Cooperation partners:</source>
        <translation>&amp;Yhteistyötahot:</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Yhteistyötahot</translation>
    </message>
    <message>
        <source>Separate with semicolons</source>
        <translation>Erota puolipisteillä</translation>
    </message>
    <message>
        <source>&amp;Active: offered in the sub-goal table</source>
        <translation>&amp;Käytössä: tarjotaan osatavoitetaulukossa</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>Uusi &amp;palvelu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Make inactive</source>
        <translation>Poista k&amp;äytöstä</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>F&amp;ollow-up in Finnish:</source>
        <translation>Se&amp;uranta suomeksi:</translation>
    </message>
    <message>
        <source>Follow-up in Finnish</source>
        <translation>Seuranta suomeksi</translation>
    </message>
    <message>
        <source>Follow-up in Swedish:</source>
        <translation>Seuranta ruotsiksi:</translation>
    </message>
    <message>
        <source>Follow-up in Swedish</source>
        <translation>Seuranta ruotsiksi</translation>
    </message>
    <message>
        <source>Follow-up in English:</source>
        <translation>Seuranta englanniksi:</translation>
    </message>
    <message>
        <source>Follow-up in English</source>
        <translation>Seuranta englanniksi</translation>
    </message>
</context>
<context>
    <name>ServiceStartDialog</name>
    <message>
        <source>Record service starts</source>
        <translation>Palvelujen alkamispäivät</translation>
    </message>
    <message>
        <source>The plan is signed and is kept as it is. Only the day each agreed service began is recorded here, as day.month.year; leave a row empty while its service has not begun.</source>
        <translation>Suunnitelma on allekirjoitettu ja säilytetään sellaisenaan. Tähän kirjataan vain päivä, jona kukin sovittu palvelu alkoi, muodossa päivä.kuukausi.vuosi. Jätä rivi tyhjäksi, jos palvelu ei ole vielä alkanut.</translation>
    </message>
</context>
<context>
    <name>ServiceStarts</name>
    <message>
        <source>Row %1: a service cannot have started after today (%2).</source>
        <translation>Rivi %1: palvelu ei voi olla alkanut tämän päivän (%2) jälkeen.</translation>
    </message>
    <message>
        <source>The start dates could not be saved.</source>
        <translation>Alkamispäiviä ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Suunnitelmaa ei enää ole.</translation>
    </message>
    <message>
        <source>Another desk changed the start dates of this plan meanwhile. Nothing was saved: the dates stored now are shown.</source>
        <translation>Toisella työpisteellä muutettiin tämän suunnitelman alkamispäiviä sillä välin. Mitään ei tallennettu: nyt tallennetut päivät näkyvät.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Omat tiedot</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Your name goes into the audit log and, with your organisation, into the plans you export for the employment authority. On a shared PostgreSQL database the audit log names your database role instead.</source>
        <translation>Nimesi kirjataan lokitietoihin ja organisaatiosi kanssa suunnitelmiin, jotka viet työvoimaviranomaiselle. Jaetussa PostgreSQL-tietokannassa lokitiedoissa näkyy sen sijaan tietokantaroolisi.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Tiedosto tällä tietokoneella</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Jaettu &amp;PostgreSQL-palvelin</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>Your role, the server and the database, as your administrator gives them. Passwords go in the PostgreSQL password file ~/.pgpass, never here.</source>
        <translation>Roolisi, palvelin ja tietokanta niin kuin ylläpitäjä ne antaa. Salasana kirjoitetaan PostgreSQL:n salasanatiedostoon ~/.pgpass, ei koskaan tähän.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testaa &amp;yhteys</translation>
    </message>
</context>
<context>
    <name>SigningCheck</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Suunnitelmaa ei enää ole.</translation>
    </message>
    <message>
        <source>The plan is already signed.</source>
        <translation>Suunnitelma on jo allekirjoitettu.</translation>
    </message>
    <message>
        <source>Choose the main goal.</source>
        <translation>Valitse päätavoite.</translation>
    </message>
    <message>
        <source>Agree on at least one sub-goal.</source>
        <translation>Sopikaa vähintään yksi osatavoite.</translation>
    </message>
    <message>
        <source>Go through the client&apos;s rights and obligations, and tick the box.</source>
        <translation>Käy läpi asiakkaan oikeudet ja velvollisuudet ja rastita ruutu.</translation>
    </message>
    <message>
        <source>Make sure the client understands the plan, and tick the box.</source>
        <translation>Varmista, että asiakas ymmärtää suunnitelman, ja rastita ruutu.</translation>
    </message>
</context>
<context>
    <name>SqlFailure</name>
    <message>
        <source>The disk is full. Free some space and save again.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Tietokanta on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The database is busy in another Kotoplan window. Try again in a moment.</source>
        <translation>Tietokanta on varattuna toisessa Kotoplan-ikkunassa. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>The disk could not be written.</source>
        <translation>Levylle ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Tietokantatiedosto on vioittunut. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Check the network and try again.</source>
        <translation>Yhteys tietokantapalvelimeen katkesi. Tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>The years must run from %1 to %2, the first not after the last.</source>
        <translation>Vuosien on oltava väliltä %1–%2, eikä ensimmäinen saa olla viimeisen jälkeen.</translation>
    </message>
    <message>
        <source>The statistics could not be read from the database.</source>
        <translation>Tilastoja ei voitu lukea tietokannasta.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Suunnitelmat</translation>
    </message>
    <message>
        <source>First plans</source>
        <translation>Ensimmäiset suunnitelmat</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Tarkistamiset</translation>
    </message>
    <message>
        <source>Plans per year</source>
        <translation>Suunnitelmat vuosittain</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Plans per month</source>
        <translation>Suunnitelmat kuukausittain</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Plans by main goal</source>
        <translation>Suunnitelmat päätavoitteen mukaan</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Päätavoite</translation>
    </message>
    <message>
        <source>Clients by contact language</source>
        <translation>Asiakkaat asiointikielen mukaan</translation>
    </message>
    <message>
        <source>Clients by mother tongue</source>
        <translation>Asiakkaat äidinkielen mukaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Reviews done within six months of the plan before</source>
        <translation>Tarkistamiset kuuden kuukauden kuluessa edellisestä suunnitelmasta</translation>
    </message>
    <message>
        <source>Within six months</source>
        <translation>Kuudessa kuukaudessa</translation>
    </message>
    <message>
        <source>Services agreed in plans</source>
        <translation>Suunnitelmissa sovitut palvelut</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Times agreed</source>
        <translation>Sovittu kertaa</translation>
    </message>
    <message>
        <source>Other (free text)</source>
        <translation>Muu (vapaa teksti)</translation>
    </message>
    <message>
        <source>Clients without a plan whose 3-year window closes within 90 days of %1</source>
        <translation>Asiakkaat ilman suunnitelmaa, joiden 3 vuoden määräaika päättyy 90 päivän kuluessa %1 alkaen</translation>
    </message>
    <message>
        <source>Window closes in</source>
        <translation>Määräaika päättyy</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 päivää</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 päivää</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 päivää</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <source>%1 cannot be written: check the folder and its permissions.</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: tarkista kansio ja sen oikeudet.</translation>
    </message>
    <message>
        <source>%1 could not be written completely; the disk may be full.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa kokonaan; levy voi olla täynnä.</translation>
    </message>
</context>
<context>
    <name>StatisticsDocument</name>
    <message>
        <source>Computed on %1. Plans count by the day they were drawn up. The figures are anonymous: no client is named.</source>
        <translation>Laskettu %1. Suunnitelmat lasketaan laatimispäivän mukaan. Luvut ovat nimettömiä: yhtään asiakasta ei mainita.</translation>
    </message>
    <message>
        <source>Follow-up statistics %1–%2</source>
        <translation>Seurantatilastot %1–%2</translation>
    </message>
    <message>
        <source>%1: follow-up statistics %2–%3</source>
        <translation>%1: seurantatilastot %2–%3</translation>
    </message>
    <message>
        <source>The follow-up figures of the integration programme, %1–%2</source>
        <translation>Kotoutumisohjelman seurantaluvut %1–%2</translation>
    </message>
    <message>
        <source>%1, computed on %2</source>
        <translation>%1, laskettu %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Follow-up statistics %1–%2</source>
        <translation>Seurantatilastot %1–%2</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Share %</source>
        <translation>Osuus %</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Follow-up statistics</source>
        <translation>Seurantatilastot</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;Alkaen vuodesta:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Alkaen vuodesta</translation>
    </message>
    <message>
        <source>&amp;To year:</source>
        <translation>&amp;Vuoteen:</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Vuoteen</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>&amp;Taulukko:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Vie &amp;CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Save every table as a PDF/A file to print or archive</source>
        <translation>Tallenna kaikki taulukot PDF/A-tiedostoksi tulostettavaksi tai arkistoitavaksi</translation>
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
        <translation>Vain tarkistamisessa arvioidaan edellisen suunnitelman osatavoitteet.</translation>
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
    <name>SubGoalsSection</name>
    <message>
        <source>Sub-goals</source>
        <translation>Osatavoitteet</translation>
    </message>
    <message>
        <source>Sub-goals for the next 12 months and the measures agreed for them</source>
        <translation>Osatavoitteet seuraavalle 12 kuukaudelle ja niihin liittyvät sovittavat toimenpiteet</translation>
    </message>
    <message>
        <source>The sub-goals support reaching the main goal. They are pursued through practical action, for example registering as an unemployed jobseeker, applying to a course for entrepreneurs or for a study place, seeking social and health services, taking part in training, volunteering, starting family reunification, joining hobby groups, visiting the library regularly, attending the municipality&apos;s information events, an open day-care centre, workshops or an organisation&apos;s activities.</source>
        <translation>Osatavoitteet tukevat päätavoitteen saavuttamista. Niihin pyritään käytännön toimin, esimerkiksi ilmoittautumalla työttömäksi työnhakijaksi, hakeutumalla yrittäjäkurssille tai opiskelupaikkaan, hakeutumalla sosiaali- ja terveyspalveluihin, osallistumalla koulutuksiin, vapaaehtoistyöllä, käynnistämällä perheenyhdistämisen, osallistumalla harrastusryhmiin, käymällä säännöllisesti kirjastossa, osallistumalla kunnan infotilaisuuksiin, avoimen päiväkodin toimintaan, työpajatoimintaan tai järjestön toimintaan.</translation>
    </message>
    <message>
        <source>Record service starts…</source>
        <translation>Kirjaa palvelujen alkaminen…</translation>
    </message>
    <message>
        <source>The day each agreed service began. A signed plan takes this one change.</source>
        <translation>Päivä, jona kukin sovittu palvelu alkoi. Allekirjoitettuun suunnitelmaan voi tehdä vain tämän muutoksen.</translation>
    </message>
    <message>
        <source>Record service starts</source>
        <translation>Palvelujen alkamispäivät</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Siirrä riviä ylös (Ctrl+Ylös)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Siirrä riviä alas (Ctrl+Alas)</translation>
    </message>
    <message>
        <source>Type to edit a cell, Enter to finish it, Tab and Shift+Tab to go from cell to cell. Ctrl+Enter or Insert adds a row, Ctrl+Delete removes the row, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Muokkaa solua kirjoittamalla, lopeta Enterillä, siirry solusta toiseen Tabilla ja Vaihto+Tabilla. Ctrl+Enter tai Insert lisää rivin, Ctrl+Delete poistaa rivin, Ctrl+Ylös ja Ctrl+Alas siirtävät sitä.</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Enter or Insert)</source>
        <translation>Lisää rivi (Ctrl+Enter tai Insert)</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Poista valittu rivi (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <source>Typing in %1</source>
        <translation>Kirjoitus: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedTextDialog</name>
    <message>
        <source>Your text that was not saved</source>
        <translation>Tekstisi, jota ei tallennettu</translation>
    </message>
    <message>
        <source>The plan was signed elsewhere while you were writing, so these changes could not be saved into it. Copy what you need, for example into a review of the plan.</source>
        <translation>Suunnitelma allekirjoitettiin muualla kirjoittaessasi, joten näitä muutoksia ei voitu tallentaa siihen. Kopioi tarvitsemasi, esimerkiksi suunnitelman tarkistukseen.</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Kopioi kaikki</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Anna asiakkaan nimi.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Nimi on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Anna syntymäaika.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation>Syntymäaika ei voi olla ennen vuotta 1900.</translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be before the date of birth.</source>
        <translation>Ensimmäisen oleskeluluvan päivämäärä ei voi olla ennen syntymäaikaa.</translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be in the future.</source>
        <translation>Ensimmäisen oleskeluluvan päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Enter the month of arrival as month and year.</source>
        <translation>Anna maahantulo kuukautena ja vuotena.</translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be before the date of birth.</source>
        <translation>Maahantulo ei voi olla ennen syntymäaikaa.</translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be in the future.</source>
        <translation>Maahantulo ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>A Finnish postal code has exactly 5 digits.</source>
        <translation>Suomalaisessa postinumerossa on tasan 5 numeroa.</translation>
    </message>
    <message>
        <source>The phone number should have 7 to 15 digits, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Puhelinnumerossa tulee olla 7–15 numeroa, esimerkiksi 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>Sähköpostiosoitteen tulee olla muotoa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>Enter the date the plan was drawn up.</source>
        <translation>Anna suunnitelman laatimispäivä.</translation>
    </message>
    <message>
        <source>The plan&apos;s date cannot be before the client&apos;s date of birth.</source>
        <translation>Suunnitelman päivämäärä ei voi olla ennen asiakkaan syntymäaikaa.</translation>
    </message>
    <message>
        <source>The first plan&apos;s date cannot be after this review&apos;s date.</source>
        <translation>Ensimmäisen suunnitelman päivämäärä ei voi olla tämän tarkistamisen päivämäärän jälkeen.</translation>
    </message>
    <message>
        <source>Say which goal is meant for the chosen main goal.</source>
        <translation>Kerro, mikä tavoite valitulla päätavoitteella tarkoitetaan.</translation>
    </message>
    <message>
        <source>A text goes with the main goal only for another language level or another main goal.</source>
        <translation>Päätavoitteeseen liitetään teksti vain, kun kyseessä on muu kielitaidon taso tai muu päätavoite.</translation>
    </message>
    <message>
        <source>Occupational goals belong to the main goal work or entrepreneurship.</source>
        <translation>Ammattitavoitteet kuuluvat päätavoitteeseen työ tai yrittäjyys.</translation>
    </message>
    <message>
        <source>An interpreting language or mode is given, but no interpreter is marked present.</source>
        <translation>Tulkkauskieli tai -tapa on annettu, mutta tulkkia ei ole merkitty paikalle.</translation>
    </message>
    <message>
        <source>The next meeting cannot be before the plan&apos;s date.</source>
        <translation>Seuraava tapaaminen ei voi olla ennen suunnitelman päivämäärää.</translation>
    </message>
    <message>
        <source>Enter the date the plan was signed.</source>
        <translation>Anna suunnitelman allekirjoituspäivä.</translation>
    </message>
    <message>
        <source>The signing date cannot be in the future.</source>
        <translation>Allekirjoituspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The signing date cannot be before the plan&apos;s date.</source>
        <translation>Allekirjoituspäivä ei voi olla ennen suunnitelman päivämäärää.</translation>
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
    <name>kotoplan::BackupActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Varmuuskopioi n&amp;yt</translation>
    </message>
    <message>
        <source>Restore from &amp;backup</source>
        <translation>Palauta &amp;varmuuskopiosta</translation>
    </message>
    <message>
        <source>%1 – %2 clients, %3 plans</source>
        <translation>%1 – %2 asiakasta, %3 suunnitelmaa</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Ei vielä varmuuskopioita</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <source>A backup was written: %1</source>
        <translation>Varmuuskopio kirjoitettiin: %1</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? It holds %2 clients and %3 plans.

Everything saved after %1 is replaced. The current database is kept as a backup first, so this can be undone.</source>
        <translation>Korvataanko tietokanta varmuuskopiolla ajalta %1? Siinä on %2 asiakasta ja %3 suunnitelmaa.

Kaikki %1 jälkeen tallennettu korvataan. Nykyinen tietokanta säilytetään ensin varmuuskopiona, joten tämän voi perua.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>The latest backup is from %1 and holds %2 clients and %3 plans. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Uusin varmuuskopio on ajalta %1, ja siinä on %2 asiakasta ja %3 suunnitelmaa. Palautetaanko se? Vioittunut tiedosto säilytetään varmuuskopiokansiossa.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Luetaan varmuuskopioita…</translation>
    </message>
    <message>
        <source>%1, %2 – %3 clients, %4 plans</source>
        <translation>%1, %2 – %3 asiakasta, %4 suunnitelmaa</translation>
    </message>
    <message>
        <source>%1, %2 (not restorable)</source>
        <translation>%1, %2 (ei palautettavissa)</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation>Ei vielä suunnitelmaa</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistaminen</translation>
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
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
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
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Signed, review overdue</source>
        <translation>Allekirjoitettu, tarkistus myöhässä</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Tänään %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListView</name>
    <message>
        <source>All cases</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Next meeting within 14 days</source>
        <translation>Seuraava tapaaminen 14 päivän sisällä</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Lasketaan asiakkaita…</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseWorkspace</name>
    <message>
        <source>Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case.</source>
        <translation>Tapaamistila: yhtään suunnitelmaa ei ole auki. Poistu tapaamistilasta (Ctrl+M) valitaksesi asiakkaan.</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Valitse ensin asiakas listasta.</translation>
    </message>
    <message>
        <source>The database is read-only: no plan can be started.</source>
        <translation>Tietokanta on vain luku -tilassa: uutta suunnitelmaa ei voi aloittaa.</translation>
    </message>
    <message>
        <source>The plan that was open is not in the restored database.</source>
        <translation>Avoinna ollutta suunnitelmaa ei ole palautetussa tietokannassa.</translation>
    </message>
    <message>
        <source>Review started: give each sub-goal of the previous plan its outcome.</source>
        <translation>Tarkistus aloitettu: arvioi edellisen suunnitelman jokaisen osatavoitteen toteutuminen.</translation>
    </message>
    <message>
        <source>The previous version could not be found.</source>
        <translation>Edellistä versiota ei löytynyt.</translation>
    </message>
    <message>
        <source>This client already has a draft plan, of %1: it is opened instead of a second one.</source>
        <translation>Asiakkaalla on jo suunnitelmaluonnos, päivätty %1: se avataan toisen sijaan.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Uusi suunnitelma</translation>
    </message>
    <message>
        <source>The three-year window of %1 closed on %2: a first integration plan may no longer be due. Make one anyway?</source>
        <translation>Asiakkaan %1 kolmen vuoden määräaika päättyi %2: ensimmäistä kotoutumissuunnitelmaa ei ehkä enää tarvita. Tehdäänkö se silti?</translation>
    </message>
    <message>
        <source>The start dates of the services were saved.</source>
        <translation>Palvelujen alkamispäivät tallennettiin.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ClientCopyActions</name>
    <message>
        <source>Print client&apos;s c&amp;opy…</source>
        <translation>Tulosta asiakkaan k&amp;opio…</translation>
    </message>
    <message>
        <source>The plan in plain language and large type, for the client to keep</source>
        <translation>Suunnitelma selkokielellä ja isolla tekstillä asiakkaalle itselleen</translation>
    </message>
    <message>
        <source>Print &amp;appointment slip…</source>
        <translation>Tulosta aikala&amp;ppu…</translation>
    </message>
    <message>
        <source>Save next &amp;meeting for the phone…</source>
        <translation>Tallenna seuraava tapaaminen pu&amp;helimeen…</translation>
    </message>
    <message>
        <source>The next meeting as a calendar file (.ics), without the client&apos;s name or the plan</source>
        <translation>Seuraava tapaaminen kalenteritiedostona (.ics) ilman asiakkaan nimeä ja suunnitelmaa</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Aikalappu</translation>
    </message>
    <message>
        <source>The plan has no next meeting planned yet.</source>
        <translation>Suunnitelmalle ei ole vielä sovittu seuraavaa tapaamista.</translation>
    </message>
    <message>
        <source>The client&apos;s copy</source>
        <translation>Asiakkaan kopio</translation>
    </message>
    <message>
        <source>Save the next meeting</source>
        <translation>Tallenna seuraava tapaaminen</translation>
    </message>
    <message>
        <source>next-meeting</source>
        <translation>seuraava-tapaaminen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
    <message>
        <source>Which language is the client&apos;s copy printed in?</source>
        <translation>Millä kielellä asiakkaan kopio tulostetaan?</translation>
    </message>
    <message>
        <source>&amp;Finnish</source>
        <translation>&amp;Suomi</translation>
    </message>
    <message>
        <source>&amp;Swedish</source>
        <translation>&amp;Ruotsi</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Englanti</translation>
    </message>
</context>
<context>
    <name>kotoplan::ClientSection</name>
    <message>
        <source>Type the date as day.month.year, for example 23.11.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 23.11.2026.</translation>
    </message>
    <message>
        <source>Type the month and year as month/year, for example 5/2024.</source>
        <translation>Kirjoita kuukausi ja vuosi muodossa kuukausi/vuosi, esimerkiksi 5/2024.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ConflictDialog</name>
    <message>
        <source>Someone else saved this case while you were writing. Nothing has been overwritten. Below are the fields where your version and theirs differ; tick the one to keep in each row. Each row starts on the side that changed it; rows you both changed are marked and start on yours.</source>
        <translation>Joku muu tallensi tämän asian kirjoittaessasi. Mitään ei ole kirjoitettu yli. Alla ovat kentät, joissa sinun versiosi ja toisen versio eroavat; rastita kullakin rivillä se, joka säilyy. Kukin rivi on valmiiksi sen puolella, joka kenttää muutti; rivit, joita muutitte molemmat, on merkitty ja ovat valmiiksi sinun puolellasi.</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>Tallenna &amp;valintani</translation>
    </message>
    <message>
        <source>The client&apos;s details in the file differ</source>
        <translation>Tiedoston asiakastiedot poikkeavat</translation>
    </message>
    <message>
        <source>This client is in the database already, and the plan file holds other details. Tick in each row whether to keep the stored value or take the file&apos;s; the stored values are kept unless you choose otherwise. Cancel imports nothing.</source>
        <translation>Asiakas on jo tietokannassa, ja suunnitelmatiedostossa on toisenlaiset tiedot. Valitse joka riviltä, pidetäänkö tallennettu arvo vai otetaanko tiedoston arvo; tallennetut arvot pidetään, ellet valitse toisin. Peruuta ei tuo mitään.</translation>
    </message>
    <message>
        <source>The stored details and those in the file</source>
        <translation>Tallennetut tiedot ja tiedoston tiedot</translation>
    </message>
    <message>
        <source>Keep &amp;all stored</source>
        <translation>Pidä k&amp;aikki tallennetut</translation>
    </message>
    <message>
        <source>Take all from the &amp;file</source>
        <translation>Ota kaikki &amp;tiedostosta</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
</context>
<context>
    <name>kotoplan::EditRecorder</name>
    <message>
        <source>Choose %1</source>
        <translation>Valinta: %1</translation>
    </message>
    <message>
        <source>Edit table cell</source>
        <translation>Taulukon solun muokkaus</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Taulukon rivin lisäys</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Taulukon rivin poisto</translation>
    </message>
    <message>
        <source>Move table row</source>
        <translation>Taulukon rivin siirto</translation>
    </message>
</context>
<context>
    <name>kotoplan::EligibilitySection</name>
    <message>
        <source>The date of the first residence permit is not entered yet (see Client).</source>
        <translation>Ensimmäisen oleskeluluvan päivämäärää ei ole vielä merkitty (katso Asiakas).</translation>
    </message>
    <message>
        <source>First residence permit: %1</source>
        <translation>Ensimmäinen oleskelulupa: %1</translation>
    </message>
    <message>
        <source>Less than 3 years have passed, so a plan can be drawn up. Deadline %1, days left: %2.</source>
        <translation>Aikaa on kulunut alle 3 vuotta, joten suunnitelma voidaan laatia. Määräpäivä %1, päiviä jäljellä: %2.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Määräpäivä: %1</translation>
    </message>
    <message>
        <source>⚠ The deadline has passed (days over: %1): 3 years or more have passed since the first residence permit. Check that a plan can still be drawn up.</source>
        <translation>⚠ Määräpäivä on mennyt (päiviä yli: %1): ensimmäisestä oleskeluluvasta on kulunut 3 vuotta tai enemmän. Tarkista, voidaanko suunnitelma vielä laatia.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ErasureActions</name>
    <message>
        <source>&amp;Erase client…</source>
        <translation>Poista asiakkaan tie&amp;dot…</translation>
    </message>
    <message>
        <source>&amp;Retention and erasure…</source>
        <translation>Säilytysaika ja tietojen &amp;poistaminen…</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Valitse ensin asiakas luettelosta.</translation>
    </message>
    <message>
        <source>Erase all personal data of %1 (born %2)?</source>
        <translation>Poistetaanko kaikki asiakkaan %1 (syntynyt %2) henkilötiedot?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the client&apos;s details and %n plan(s), of which %1 signed, with %2 sub-goals, %3 participants, %4 sub-goal outcomes and %5 lines of the hand-over register.</source>
        <translation>
            <numerusform>Tämä poistaa asiakkaan tiedot ja %n suunnitelman, joista %1 allekirjoitettu, sekä %2 osatavoitetta, %3 osallistujaa, %4 osatavoitteen toteutumatietoa ja %5 luovutusrekisterin riviä.</numerusform>
            <numerusform>Tämä poistaa asiakkaan tiedot ja %n suunnitelmaa, joista %1 allekirjoitettu, sekä %2 osatavoitetta, %3 osallistujaa, %4 osatavoitteen toteutumatietoa ja %5 luovutusrekisterin riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed plans are records: erase them only at the client&apos;s request or when the retention period has ended.</source>
        <translation>Allekirjoitetut suunnitelmat ovat asiakirjoja: poista ne vain asiakkaan pyynnöstä tai säilytysajan päätyttyä.</translation>
    </message>
    <message>
        <source>The audit log keeps its lines, which hold no personal data, and records the erasure.</source>
        <translation>Tapahtumaloki säilyttää rivinsä, joissa ei ole henkilötietoja, ja kirjaa poiston.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Asiakasta ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Poista asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation>Poistetaanko asiakkaan %1 tiedot pysyvästi? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>The client&apos;s personal data was erased.</source>
        <translation>Asiakkaan henkilötiedot poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>The %n backup copy(ies) in %1 are rewritten without the client; a copy that cannot be rewritten is deleted.</source>
        <translation>
            <numerusform>Kansion %1 %n varmuuskopio kirjoitetaan uudelleen ilman asiakasta; kopio, jota ei voi kirjoittaa uudelleen, poistetaan.</numerusform>
            <numerusform>Kansion %1 %n varmuuskopiota kirjoitetaan uudelleen ilman asiakasta; kopio, jota ei voi kirjoittaa uudelleen, poistetaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotoplan::ExchangeActions</name>
    <message>
        <source>E&amp;xport for the TE office…</source>
        <translation>Vie ty&amp;övoimaviranomaiselle…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>Tuo suunnitel&amp;ma…</translation>
    </message>
    <message>
        <source>Write the plan as PDF/A and JSON for the employment authority</source>
        <translation>Kirjoita suunnitelma PDF/A- ja JSON-muodossa työvoimaviranomaiselle</translation>
    </message>
    <message>
        <source>Export for the TE office</source>
        <translation>Vie työvoimaviranomaiselle</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Tuo suunnitelma</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Suunnitelmatiedostot (*.json)</translation>
    </message>
    <message>
        <source>%1: stored &quot;%2&quot;, in the file &quot;%3&quot;</source>
        <translation>%1: tallennettu &quot;%2&quot;, tiedostossa &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported or changed.</source>
        <translation>Tuonti peruttiin; mitään ei tuotu eikä muutettu.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ExportDialog</name>
    <message>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Export for the TE office: choose a folder</source>
        <translation>Vie työvoimaviranomaiselle: valitse kansio</translation>
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
    <message>
        <source>Missed meeting, no new one planned</source>
        <translation>Tapaaminen jäi väliin, uutta ei sovittu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 päivä myöhässä</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 päivää myöhässä</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 päivää</translation>
    </message>
    <message>
        <source>Services not started in time</source>
        <translation>Palvelut eivät alkaneet ajoissa</translation>
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
    <name>kotoplan::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>Oh&amp;je</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöohje</translation>
    </message>
    <message>
        <source>&amp;About Kotoplan</source>
        <translation>&amp;Tietoja Kotoplanista</translation>
    </message>
    <message>
        <source>Kotoplan %1

Integration plans for municipal integration officers.

Licence: EUPL-1.2 (European Union Public Licence)

Database in use:
%2</source>
        <translation>Kotoplan %1

Kotoutumissuunnitelmat kuntien kotoutumistyön viranhaltijoille.

Lisenssi: EUPL-1.2 (Euroopan unionin yleinen lisenssi)

Käytössä oleva tietokanta:
%2</translation>
    </message>
    <message>
        <source>About Kotoplan</source>
        <translation>Tietoja Kotoplanista</translation>
    </message>
</context>
<context>
    <name>kotoplan::LanguageActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
</context>
<context>
    <name>kotoplan::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Kotoplan – %1</source>
        <translation>Kotoplan – %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>New &amp;plan</source>
        <translation>Uusi &amp;suunnitelma</translation>
    </message>
    <message>
        <source>New plan for this client: the first plan or a review (Ctrl+Shift+N)</source>
        <translation>Uusi suunnitelma tälle asiakkaalle: ensimmäinen suunnitelma tai tarkistaminen (Ctrl+Vaihto+N)</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>&amp;Asiakaslista</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Kotoplan – meeting</source>
        <translation>Kotoplan – tapaaminen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Muutoksia ei ole tallennettu</translation>
    </message>
    <message>
        <source>Your latest changes are not saved.
%1

If you close now, they are lost. Keep the window open to correct them, or to let Kotoplan save them once it can?</source>
        <translation>Viimeisimpiä muutoksiasi ei ole tallennettu.
%1

Jos suljet nyt, ne menetetään. Pidetäänkö ikkuna auki, jotta voit korjata ne tai Kotoplan voi tallentaa ne heti kun pystyy?</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Aloita ta&amp;rkistaminen</translation>
    </message>
    <message>
        <source>A new draft that continues the signed plan: a copy of it, marked as a review (Ctrl+Shift+R)</source>
        <translation>Uusi luonnos, joka jatkaa allekirjoitettua suunnitelmaa: sen kopio, joka merkitään tarkistamiseksi (Ctrl+Vaihto+R)</translation>
    </message>
    <message>
        <source>Com&amp;pare with previous version</source>
        <translation>&amp;Vertaa edelliseen versioon</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingDialog</name>
    <message>
        <source>Add meeting</source>
        <translation>Lisää tapaaminen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Muokkaa tapaamista</translation>
    </message>
    <message>
        <source>Drawing up the plan</source>
        <translation>Suunnitelman laatiminen</translation>
    </message>
    <message>
        <source>Review of the plan</source>
        <translation>Suunnitelman tarkistus</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Muu tapaaminen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Puhelimitse</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Videolla</translation>
    </message>
    <message>
        <source>This is the plan&apos;s next meeting: its date, time and place are changed in the plan&apos;s Next meeting field.</source>
        <translation>Tämä on suunnitelman seuraava tapaaminen: sen päivämäärää, aikaa ja paikkaa muutetaan suunnitelman Seuraava tapaaminen -kohdassa.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s date as day.month.year, for example 2.10.2025.</source>
        <translation>Kirjoita tapaamisen päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 2.10.2025.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s time as hours.minutes, for example 9.30.</source>
        <translation>Kirjoita tapaamisen kellonaika muodossa tunnit.minuutit, esimerkiksi 9.30.</translation>
    </message>
    <message>
        <source>Enter the language the interpreter was booked for.</source>
        <translation>Kirjoita kieli, jolle tulkki varattiin.</translation>
    </message>
    <message>
        <source>A meeting that has not begun yet cannot be marked held or missed: check the date, or leave it planned.</source>
        <translation>Tapaamista, joka ei ole vielä alkanut, ei voi merkitä pidetyksi tai väliin jääneeksi: tarkista päivämäärä tai jätä se suunnitelluksi.</translation>
    </message>
    <message>
        <source>Enter how many minutes the held meeting took.</source>
        <translation>Kirjoita, montako minuuttia pidetty tapaaminen kesti.</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingMode</name>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Tapaamistila</translation>
    </message>
    <message>
        <source>Meeting mode (Ctrl+M): hides the case list, the search and every other client, so the screen can be turned to the client</source>
        <translation>Tapaamistila (Ctrl+M): piilottaa asiakaslistan, haun ja kaikki muut asiakkaat, jotta näytön voi kääntää asiakasta kohti</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingRecordView</name>
    <message>
        <source>No meeting to mark yet.</source>
        <translation>Ei vielä merkittävää tapaamista.</translation>
    </message>
    <message>
        <source>Meeting of %1:</source>
        <translation>Tapaaminen %1:</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingSection</name>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingTableModel</name>
    <message>
        <source>Came</source>
        <translation>Tuli</translation>
    </message>
    <message>
        <source>Cancelled in time</source>
        <translation>Peruttu ajoissa</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei tullut</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Drawing up the plan</source>
        <translation>Suunnitelman laatiminen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistaminen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei tulkkia</translation>
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
        <translation>videoyhteydellä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
</context>
<context>
    <name>kotoplan::NextMeetingSection</name>
    <message>
        <source>Type the time as hours.minutes, for example 14.30.</source>
        <translation>Kirjoita kellonaika muodossa tunnit.minuutit, esimerkiksi 14.30.</translation>
    </message>
    <message>
        <source>Enter the date of the next meeting.</source>
        <translation>Anna seuraavan tapaamisen päivämäärä.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanComparisonDialog</name>
    <message>
        <source>The version of %1 beside the version of %2.</source>
        <translation>Versio %1 rinnakkain version %2 kanssa.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Versiot ovat samat.</translation>
    </message>
    <message>
        <source>Fields changed: %1 (marked in bold).</source>
        <translation>Muuttuneita kenttiä: %1 (lihavoitu).</translation>
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
    <name>kotoplan::PlanEditor</name>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>This plan is signed and is kept as it is. Start a review to change it.</source>
        <translation>Tämä suunnitelma on allekirjoitettu ja säilytetään sellaisenaan. Muutokset tehdään aloittamalla tarkistaminen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Meetings of the case</source>
        <translation>Asiakkuuden tapaamiset</translation>
    </message>
    <message>
        <source>Signed %1 by %2</source>
        <translation>Allekirjoitettu %1, kirjannut %2</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanHistoryModel</name>
    <message>
        <source>Review</source>
        <translation>Tarkistaminen</translation>
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
<context>
    <name>kotoplan::PlanSection</name>
    <message>
        <source>Type the date as day.month.year, for example 23.11.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 23.11.2026.</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanSession</name>
    <message>
        <source>Kotoplan tries again by itself; your text stays here.</source>
        <translation>Kotoplan yrittää uudelleen itsestään; tekstisi säilyy tässä.</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this case while you were writing. Nothing was overwritten and your text is still here. Compare the two versions and choose what to keep.</source>
        <translation>Ei tallennettu: joku muu tallensi tämän asian kirjoittaessasi. Mitään ei kirjoitettu yli, ja tekstisi on yhä tässä. Vertaa versioita ja valitse, mitä säilytetään.</translation>
    </message>
    <message>
        <source>Not saved: this plan is no longer in the database. Your text is still here; copy what you need.</source>
        <translation>Ei tallennettu: suunnitelmaa ei enää ole tietokannassa. Tekstisi on yhä tässä; kopioi tarvitsemasi.</translation>
    </message>
    <message>
        <source>Not saved: the plan was signed in the meantime and is kept as it is. Your text is still here; start a review to carry it on.</source>
        <translation>Ei tallennettu: suunnitelma allekirjoitettiin välillä, ja se säilytetään sellaisenaan. Tekstisi on yhä tässä; aloita tarkistaminen jatkaaksesi sitä.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Ei tallennettu: %1 Tekstisi on yhä tallessa.</translation>
    </message>
    <message>
        <source>This plan was signed on %1 by %2 elsewhere (another desk or the command line) and is kept as it is now. Start a review to change it.</source>
        <translation>Suunnitelma allekirjoitettiin %1 muualla (toisella työpisteellä tai komentoriviltä), kirjannut %2, eikä sitä enää muuteta. Aloita tarkistus muuttaaksesi sitä.</translation>
    </message>
    <message>
        <source>This plan was signed on %1 by %2 elsewhere (another desk or the command line) and is kept as it is now. Your latest changes could not go into it: they are shown in a window of their own for copying, for example into a review.</source>
        <translation>Suunnitelma allekirjoitettiin %1 muualla (toisella työpisteellä tai komentoriviltä), kirjannut %2, eikä sitä enää muuteta. Viimeisimmät muutoksesi eivät päässeet siihen: ne näkyvät omassa ikkunassaan kopioitaviksi, esimerkiksi tarkistukseen.</translation>
    </message>
</context>
<context>
    <name>kotoplan::PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Es&amp;ikatsele tuloste…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna PD&amp;F-tiedostoksi…</translation>
    </message>
    <message>
        <source>Show the printed plan before printing</source>
        <translation>Näytä tulostettava suunnitelma ennen tulostusta</translation>
    </message>
    <message>
        <source>Save the plan as a PDF/A file to archive or send</source>
        <translation>Tallenna suunnitelma PDF/A-tiedostoksi arkistoitavaksi tai lähetettäväksi</translation>
    </message>
    <message>
        <source>The language of the printed plan</source>
        <translation>Tulostetun suunnitelman kieli</translation>
    </message>
    <message>
        <source>Print &amp;language: %1</source>
        <translation>Tulostee&amp;n kieli: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Tulosteen esikatselu</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Tulosta suunnitelma</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Tallenna suunnitelma PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>Suunnitelmaa ei voitu tulostaa.</translation>
    </message>
    <message>
        <source>Print language: %1</source>
        <translation>Tulosteen kieli: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::ProgrammeActions</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Ohjelma</translation>
    </message>
    <message>
        <source>&amp;Service catalogue…</source>
        <translation>&amp;Palveluluettelo…</translation>
    </message>
    <message>
        <source>&amp;Follow-up statistics…</source>
        <translation>&amp;Seurantatilastot…</translation>
    </message>
    <message>
        <source>Integration &amp;programme document…</source>
        <translation>Kotoutumisohjelman &amp;asiakirja…</translation>
    </message>
    <message>
        <source>P&amp;rint the integration programme…</source>
        <translation>T&amp;ulosta kotoutumisohjelma…</translation>
    </message>
    <message>
        <source>Save the integration programme as P&amp;DF…</source>
        <translation>Tallenna kotoutumisohjelma P&amp;DF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Save the integration programme as a PDF/A file to archive or publish</source>
        <translation>Tallenna kotoutumisohjelma PDF/A-tiedostoksi arkistoitavaksi tai julkaistavaksi</translation>
    </message>
    <message>
        <source>&amp;Municipality and service point…</source>
        <translation>&amp;Kunta ja palvelupiste…</translation>
    </message>
    <message>
        <source>The integration programme</source>
        <translation>Kotoutumisohjelma</translation>
    </message>
    <message>
        <source>Print the integration programme</source>
        <translation>Tulosta kotoutumisohjelma</translation>
    </message>
    <message>
        <source>Save the integration programme as PDF</source>
        <translation>Tallenna kotoutumisohjelma PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read the plans, but nothing can be changed or saved.</source>
        <translation>&lt;b&gt;Vain luku.&lt;/b&gt; %1 Voit lukea suunnitelmia, mutta mitään ei voi muuttaa eikä tallentaa.</translation>
    </message>
</context>
<context>
    <name>kotoplan::RetentionModel</name>
    <message numerus="yes">
        <source>%n plan(s), %1 signed</source>
        <translation>
            <numerusform>%n suunnitelma, %1 allekirjoitettu</numerusform>
            <numerusform>%n suunnitelmaa, %1 allekirjoitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Suunnitelmat</translation>
    </message>
    <message>
        <source>Period runs from</source>
        <translation>Säilytysaika alkaa</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Säilytysaika päättyi</translation>
    </message>
</context>
<context>
    <name>kotoplan::RetentionView</name>
    <message numerus="yes">
        <source>%n case(s) past the retention period</source>
        <translation>
            <numerusform>%n asiakas, jonka säilytysaika on päättynyt</numerusform>
            <numerusform>%n asiakasta, joiden säilytysaika on päättynyt</numerusform>
        </translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
</context>
<context>
    <name>kotoplan::SaveConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (molemmat muuttivat)</translation>
    </message>
    <message>
        <source>%1 (changed by you)</source>
        <translation>%1 (sinä muutit)</translation>
    </message>
    <message>
        <source>%1 (changed by the other)</source>
        <translation>%1 (toinen muutti)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sinun versiosi</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Välillä tallennettu</translation>
    </message>
    <message>
        <source>Keep stored</source>
        <translation>Pidä tallennettu</translation>
    </message>
    <message>
        <source>Take from the file</source>
        <translation>Ota tiedostosta</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceCatalogueEditor</name>
    <message>
        <source>&amp;Make inactive</source>
        <translation>Poista k&amp;äytöstä</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>Ota k&amp;äyttöön</translation>
    </message>
    <message>
        <source>Plans use this service: make it inactive instead.</source>
        <translation>Suunnitelmat käyttävät tätä palvelua: poista se käytöstä poistamisen sijaan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Delete the service &quot;%1&quot; from the catalogue?</source>
        <translation>Poistetaanko palvelu ”%1” luettelosta?</translation>
    </message>
    <message>
        <source>The service was deleted.</source>
        <translation>Palvelu poistettiin.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceCatalogueModel</name>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Yhteistyötahot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Plan rows</source>
        <translation>Suunnitelmarivit</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceStartDialog</name>
    <message>
        <source>Row %1: type the date as day.month.year, for example 2.10.2025.</source>
        <translation>Rivi %1: kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 2.10.2025.</translation>
    </message>
    <message>
        <source>Started on: %1</source>
        <translation>Alkoi: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceSuggestionModel</name>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Vastuutaho: %2</translation>
    </message>
</context>
<context>
    <name>kotoplan::SettingsActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Your name and organisation, and the database Kotoplan works on</source>
        <translation>Nimesi ja organisaatiosi sekä tietokanta, jota Kotoplan käyttää</translation>
    </message>
</context>
<context>
    <name>kotoplan::SettingsDialog</name>
    <message>
        <source>Empty: Kotoplan&apos;s own file, %1</source>
        <translation>Tyhjä: Kotoplanin oma tiedosto, %1</translation>
    </message>
    <message>
        <source>This window uses the database given on the command line (--database): %1. What you choose here is stored for the next start without --database.</source>
        <translation>Tämä ikkuna käyttää komentorivillä (--database) annettua tietokantaa: %1. Tässä valitsemasi tallennetaan seuraavaa käynnistystä varten ilman --database-valitsinta.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, or choose a file on this computer.</source>
        <translation>Kirjoita palvelimen osoite tai valitse tiedosto tältä tietokoneelta.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <source>Kotoplan databases (*.sqlite)</source>
        <translation>Kotoplanin tietokannat (*.sqlite)</translation>
    </message>
    <message>
        <source>Test passed. %1</source>
        <translation>Testi onnistui. %1</translation>
    </message>
    <message>
        <source>Test failed. %1</source>
        <translation>Testi epäonnistui. %1</translation>
    </message>
    <message>
        <source>The database was not switched: your latest changes in the open plan are not saved yet.</source>
        <translation>Tietokantaa ei vaihdettu: avoimen suunnitelman viimeisimpiä muutoksia ei ole vielä tallennettu.</translation>
    </message>
</context>
<context>
    <name>kotoplan::SignActions</name>
    <message>
        <source>&amp;Sign plan…</source>
        <translation>Alle&amp;kirjoita suunnitelma…</translation>
    </message>
    <message>
        <source>Record that the client and you signed the printed plan: it is then kept as it is (Ctrl+Shift+S)</source>
        <translation>Kirjaa, että asiakas ja sinä allekirjoititte tulostetun suunnitelman: sitä ei sen jälkeen enää muuteta (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Valitse ensin asiakas listasta.</translation>
    </message>
    <message>
        <source>The database is read-only: no plan can be signed.</source>
        <translation>Tietokanta on vain luku -tilassa: suunnitelmaa ei voi allekirjoittaa.</translation>
    </message>
    <message>
        <source>Sign plan</source>
        <translation>Allekirjoita suunnitelma</translation>
    </message>
    <message>
        <source>The plan cannot be signed before your latest changes are saved:
%1</source>
        <translation>Suunnitelmaa ei voi allekirjoittaa ennen kuin viimeisimmät muutoksesi on tallennettu:
%1</translation>
    </message>
    <message>
        <source>The plan cannot be signed yet. Still missing:

%1</source>
        <translation>Suunnitelmaa ei voi vielä allekirjoittaa. Vielä puuttuu:

%1</translation>
    </message>
    <message>
        <source>Record that %1 and you signed the printed plan?

Date: %2
Officer: %3
Organisation: %4

A signed plan is kept as it is: later changes go into a review.</source>
        <translation>Kirjataanko, että %1 ja sinä allekirjoititte tulostetun suunnitelman?

Päivämäärä: %2
Viranhaltija: %3
Organisaatio: %4

Allekirjoitettua suunnitelmaa ei muuteta: myöhemmät muutokset tehdään tarkistukseen.</translation>
    </message>
    <message>
        <source>(not set: Edit &gt; Settings)</source>
        <translation>(ei asetettu: Muokkaa &gt; Asetukset)</translation>
    </message>
    <message>
        <source>The plan is signed and kept as it is.</source>
        <translation>Suunnitelma on allekirjoitettu, eikä sitä enää muuteta.</translation>
    </message>
</context>
<context>
    <name>kotoplan::StatisticsView</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>The statistics were saved to %1.</source>
        <translation>Tilastot tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Vie tilastot</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Save the statistics as PDF</source>
        <translation>Tallenna tilastot PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalModel</name>
    <message>
        <source>Sub-goal</source>
        <translation>Osatavoite</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>A service of the integration programme&apos;s catalogue</source>
        <translation>Kotoutumisohjelman palveluluettelon palvelu</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>The day the service began, for example 2.10.2025</source>
        <translation>Päivä, jona palvelu alkoi, esimerkiksi 2.10.2025</translation>
    </message>
    <message>
        <source>Type the start date as day.month.year, for example 2.10.2025.</source>
        <translation>Kirjoita alkamispäivä muodossa päivä.kuukausi.vuosi, esimerkiksi 2.10.2025.</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalOutcomeModel</name>
    <message>
        <source>Sub-goal of the previous plan</source>
        <translation>Edellisen suunnitelman osatavoite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Toteutuminen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalsSection</name>
    <message>
        <source>Sub-goals</source>
        <translation>Osatavoitteet</translation>
    </message>
</context>
<context>
    <name>kotoplan::TableEditor</name>
    <message>
        <source>Add row to %1</source>
        <translation>Lisää rivi: %1</translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation>Poista rivi: %1</translation>
    </message>
    <message>
        <source>Move row up in %1</source>
        <translation>Siirrä riviä ylös: %1</translation>
    </message>
    <message>
        <source>Move row down in %1</source>
        <translation>Siirrä riviä alas: %1</translation>
    </message>
</context>
</TS>
