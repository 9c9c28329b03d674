<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity, the counts and the newest backup
  backup   write a backup copy now into the backups folder beside the database
  restore  replace the database with --backup FILE, keeping a copy of it first</source>
        <translation>Kotoplan: kotoutumissuunnitelmat työvoiman ulkopuolella oleville maahanmuuttajille.

Komennot:
  (ei mitään) käynnistä ohjelma
  demo     täytä tietokanta keksityillä esimerkkiasiakkailla
  list     luettele suunnitelmat, yksi riville: tunniste, nimi, syntymäaika, päivämäärä, laji, tila
  check    näytä skeeman versio, eheys, määrät ja uusin varmuuskopio
  backup   kirjoita varmuuskopio nyt tietokannan viereiseen backups-kansioon
  restore  korvaa tietokanta tiedostolla --backup TIEDOSTO, ja säilytä siitä ensin kopio</translation>
    </message>
    <message>
        <source>restore: the backup file to restore.</source>
        <translation>restore: palautettava varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>demo, list, check, backup or restore</source>
        <translation>demo, list, check, backup tai restore</translation>
    </message>
    <message>
        <source>restore needs --backup FILE, and --backup goes with restore only.</source>
        <translation>restore tarvitsee valitsimen --backup TIEDOSTO, ja --backup käy vain komennon restore kanssa.</translation>
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
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
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
    <name>kotoplan::BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore from backup</source>
        <translation>&amp;Palauta varmuuskopiosta</translation>
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
</context>
<context>
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
</context>
<context>
    <name>kotoplan::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read the plans, but nothing can be changed or saved.</source>
        <translation>&lt;b&gt;Vain luku.&lt;/b&gt; %1 Voit lukea suunnitelmia, mutta mitään ei voi muuttaa eikä tallentaa.</translation>
    </message>
</context>
</TS>
