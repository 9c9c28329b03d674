<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <source>S&amp;how</source>
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
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
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
        <translation>&amp;Nimi</translation>
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
        <translation>&amp;Syntymäaika</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>All &amp;mother tongues</source>
        <translation>Kaikki ä&amp;idinkielet</translation>
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
        <source>&amp;Citizenship</source>
        <translation>&amp;Kansalaisuus</translation>
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
        <translation>&amp;Asiointikieli</translation>
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
        <translation>&amp;Osoite</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
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
        <source>Post o&amp;ffice</source>
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
        <source>P&amp;hone</source>
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
        <source>&amp;E-mail</source>
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
        <source>Arri&amp;val in Finland (month/year)</source>
        <translation>&amp;Maahantulo (kk/vvvv)</translation>
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
        <source>First &amp;residence permit</source>
        <translation>Ensimmäinen &amp;oleskelulupa</translation>
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
        <source>The database cannot be written to.</source>
        <translation>Tietokantaan ei voi kirjoittaa.</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts</source>
        <translation>Kotoplan: työvoiman ulkopuolella olevien maahanmuuttajien kotoutumissuunnitelmat.

Komennot:
  (ei mitään) käynnistä ohjelma
  demo     täytä tietokanta keksityillä esimerkkiasiakkailla
  list     luettele suunnitelmat riveittäin: tunnus, nimi, syntymäaika, päivämäärä, laji, tila
  check    näytä skeeman versio, eheys ja lukumäärät</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Tietokantatiedosto.</translation>
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
        <source>demo, list or check</source>
        <translation>demo, list tai check</translation>
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
        <source>--clients goes with demo only.</source>
        <translation>--clients kuuluu vain komentoon demo.</translation>
    </message>
    <message>
        <source>--search goes with list only.</source>
        <translation>--search kuuluu vain komentoon list.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
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
        <source>%1 is not a Kotoplan database. It was left unchanged.</source>
        <translation>%1 ei ole Kotoplan-tietokanta. Tiedostoa ei muutettu.</translation>
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
        <source>%1 is damaged and was not changed. Restore it from a backup.</source>
        <translation>%1 on vioittunut, eikä sitä muutettu. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>Tiedostoa %1 ei voida avata kirjoittamista varten.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Varmuuskopiokansiota %1 ei voida luoda.</translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa kohteeseen %1.</translation>
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
        <translation>Ensimmäisen suunnitelman päivämäärä ei voi olla tämän tarkistuksen päivämäärän jälkeen.</translation>
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
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation>Ei vielä suunnitelmaa</translation>
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
</context>
</TS>
