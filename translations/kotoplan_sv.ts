<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AppointmentSlipDocument</name>
    <message>
        <source>Remember:</source>
        <translation>Kom ihåg:</translation>
    </message>
    <message>
        <source>If you cannot come, call %1 in good time.</source>
        <translation>Om du inte kan komma, ring %1 i god tid.</translation>
    </message>
    <message>
        <source>Your next meeting</source>
        <translation>Ditt nästa möte</translation>
    </message>
    <message>
        <source>Appointment on %1</source>
        <translation>Möte den %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Viewed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
</context>
<context>
    <name>AuditLogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1 was written but could not be made private.</source>
        <translation>%1 skrevs men kunde inte göras privat.</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Logguppgifter</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>&amp;Client number</source>
        <translation>&amp;Kundnummer</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportera som CSV…</translation>
    </message>
</context>
<context>
    <name>BackupScrub</name>
    <message numerus="yes">
        <source>%n backup copy(ies) were rewritten without the client.</source>
        <translation>
            <numerusform>%n säkerhetskopia skrevs om utan klienten.</numerusform>
            <numerusform>%n säkerhetskopior skrevs om utan klienten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) that could not be rewritten (an older version&apos;s, a damaged one) were deleted.</source>
        <translation>
            <numerusform>%n kopia som inte kunde skrivas om (från en äldre version eller skadad) raderades.</numerusform>
            <numerusform>%n kopior som inte kunde skrivas om (från en äldre version eller skadade) raderades.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies still hold the client and could not be deleted; delete them by hand: %1</source>
        <translation>Dessa kopior innehåller fortfarande klienten och kunde inte raderas; radera dem för hand: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1.</source>
        <translation>Säkerhetskopian kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept in %1.</source>
        <translation>En kopia av den skadade filen kunde inte sparas i %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. Nothing was changed.</source>
        <translation>Säkerhetskopian %1 kan inte läsas. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Kotoplan. Nothing was changed.</source>
        <translation>Säkerhetskopian %1 har skrivits av en nyare version av Kotoplan. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database is read-only: it cannot be replaced.</source>
        <translation>Databasen är skrivskyddad: den kan inte ersättas.</translation>
    </message>
    <message>
        <source>A copy of the current database could not be kept, so nothing was changed.</source>
        <translation>Ingen kopia av den nuvarande databasen kunde sparas, så ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database is open in another Kotoplan window. Close it there and restore again. Nothing was changed.</source>
        <translation>Databasen är öppen i ett annat Kotoplan-fönster. Stäng den där och återställ igen. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: the folder is not writable or the disk is full. Nothing was changed.</source>
        <translation>%1 kunde inte ersättas: mappen är skrivskyddad eller disken är full. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>Den kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is not restored from: %2 Nothing was changed.</source>
        <translation>%1 återställs inte: %2 Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup was restored, but the audit lines written since it could not be carried over.</source>
        <translation>Säkerhetskopian återställdes, men loggraderna som skrivits sedan dess kunde inte föras över.</translation>
    </message>
    <message>
        <source>The restore could not be completed: the audit lines written since the backup could not be carried into it, or a client erased since could not be erased again. The database is as it was before.</source>
        <translation>Återställningen kunde inte slutföras: loggraderna som skrivits efter säkerhetskopian kunde inte föras över, eller en klient som raderats sedan dess kunde inte raderas på nytt. Databasen är som den var.</translation>
    </message>
    <message>
        <source>The restore could not be completed, and the database could not be put back. Restore the copy %1 to have it as it was.</source>
        <translation>Återställningen kunde inte slutföras, och databasen kunde inte läggas tillbaka. Återställ kopian %1 för att få den som den var.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased since the backup was made were erased again.</source>
        <translation>
            <numerusform>%n klient som raderats efter säkerhetskopian raderades på nytt.</numerusform>
            <numerusform>%n klienter som raderats efter säkerhetskopian raderades på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>gjord för hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>damaged file kept</source>
        <translation>sparad skadad fil</translation>
    </message>
    <message>
        <source>before the upgrade to version %1</source>
        <translation>före uppgraderingen till version %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n daglig</numerusform>
            <numerusform>%n dagliga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by hand</source>
        <translation>
            <numerusform>%n gjord för hand</numerusform>
            <numerusform>%n gjorda för hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a restore</source>
        <translation>
            <numerusform>%n före en återställning</numerusform>
            <numerusform>%n före en återställning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before an upgrade</source>
        <translation>
            <numerusform>%n före en uppgradering</numerusform>
            <numerusform>%n före en uppgradering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s) kept</source>
        <translation>
            <numerusform>%n sparad skadad fil</numerusform>
            <numerusform>%n sparade skadade filer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sö&amp;k</translation>
    </message>
    <message>
        <source>Name or date of birth</source>
        <translation>Namn eller födelsedatum</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>V&amp;isa</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>Vilka kunder som visas</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
</context>
<context>
    <name>ClientCodes</name>
    <message>
        <source>mother tongue: %1</source>
        <translation>modersmål: %1</translation>
    </message>
    <message>
        <source>citizenship: %1</source>
        <translation>medborgarskap: %1</translation>
    </message>
    <message>
        <source>contact language: %1</source>
        <translation>kontaktspråk: %1</translation>
    </message>
</context>
<context>
    <name>ClientCopyDocument</name>
    <message>
        <source>You want to find work or start a business.</source>
        <translation>Du vill hitta ett arbete eller starta ett företag.</translation>
    </message>
    <message>
        <source>You want to learn a vocation.</source>
        <translation>Du vill lära dig ett yrke.</translation>
    </message>
    <message>
        <source>You want to learn to read and write.</source>
        <translation>Du vill lära dig att läsa och skriva.</translation>
    </message>
    <message>
        <source>You want to finish basic education.</source>
        <translation>Du vill gå klart den grundläggande utbildningen.</translation>
    </message>
    <message>
        <source>You want to learn basic Finnish or Swedish for everyday life.</source>
        <translation>Du vill lära dig finska eller svenska så att du klarar dig i vardagen.</translation>
    </message>
    <message>
        <source>You want to learn Finnish or Swedish to this level:</source>
        <translation>Du vill lära dig finska eller svenska till den här nivån:</translation>
    </message>
    <message>
        <source>You want to get rehabilitation for your ability to work and function.</source>
        <translation>Du vill få rehabilitering för din arbets- och funktionsförmåga.</translation>
    </message>
    <message>
        <source>You want to manage your everyday life on your own.</source>
        <translation>Du vill klara din vardag själv.</translation>
    </message>
    <message>
        <source>Your goal:</source>
        <translation>Ditt mål:</translation>
    </message>
    <message>
        <source>This is your own copy. It tells in short what we agreed together on %1.</source>
        <translation>Det här är din egen kopia. Den berättar kort vad vi kom överens om den %1.</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Ditt mål</translation>
    </message>
    <message>
        <source>Your wish for the future:</source>
        <translation>Din önskan för framtiden:</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Det här gör du</translation>
    </message>
    <message>
        <source>You take part in the services below.</source>
        <translation>Du deltar i tjänsterna nedan.</translation>
    </message>
    <message>
        <source>You come to the meetings. If you cannot come, you tell us early.</source>
        <translation>Du kommer till mötena. Om du inte kan komma, säger du till i god tid.</translation>
    </message>
    <message>
        <source>What the municipality and others will do</source>
        <translation>Det här gör kommunen och andra</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>Vad: %1.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Vem: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>När: %1.</translation>
    </message>
    <message>
        <source>Your next meeting</source>
        <translation>Ditt nästa möte</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Vem kan du kontakta</translation>
    </message>
    <message>
        <source>Your rights and duties</source>
        <translation>Dina rättigheter och skyldigheter</translation>
    </message>
    <message>
        <source>You have the right to an interpreter at your meetings with us. Tell us if you need one.</source>
        <translation>Du har rätt till tolk när du träffar oss. Säg till om du behöver tolk.</translation>
    </message>
    <message>
        <source>You have the right to see the information we keep about you.</source>
        <translation>Du har rätt att se de uppgifter som vi har om dig.</translation>
    </message>
    <message>
        <source>We look at your plan together again at least every six months. You can ask to change it earlier.</source>
        <translation>Vi går igenom din plan tillsammans minst var sjätte månad. Du kan be att få ändra den tidigare.</translation>
    </message>
    <message>
        <source>Your duty is to take part in the services agreed in your plan.</source>
        <translation>Din skyldighet är att delta i de tjänster som vi kom överens om i planen.</translation>
    </message>
    <message>
        <source>Tell us if your address, phone number or life changes.</source>
        <translation>Säg till om din adress, ditt telefonnummer eller din livssituation ändras.</translation>
    </message>
    <message>
        <source>Your integration plan</source>
        <translation>Din integrationsplan</translation>
    </message>
    <message>
        <source>The client&apos;s copy of the plan of %1</source>
        <translation>Kundens kopia av planen från %1</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan från %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
    <message>
        <source>your-plan</source>
        <translation>din-plan</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message>
        <source>The client could not be erased.</source>
        <translation>Kundens uppgifter kunde inte raderas.</translation>
    </message>
    <message>
        <source>The client could not be erased. Nothing was removed.</source>
        <translation>Kundens uppgifter kunde inte raderas. Ingenting raderades.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <source>The client has signed plans: they are records and are erased only together with all of the client&apos;s data.</source>
        <translation>Kunden har undertecknade planer: de är handlingar och raderas endast tillsammans med alla kundens uppgifter.</translation>
    </message>
    <message>
        <source>The client was erased. The database file could not yet be compacted, because another window or program is using it; the erased data is overwritten, and the file is compacted at the next erasure.</source>
        <translation>Kundens uppgifter raderades. Databasfilen kunde ännu inte komprimeras eftersom ett annat fönster eller program använder den; de raderade uppgifterna är överskrivna, och filen komprimeras vid nästa radering.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Samtliga modersmål</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Arrival in Finland</source>
        <translation>Ankomst till Finland</translation>
    </message>
    <message>
        <source>Date of first residence permit</source>
        <translation>Datum för första uppehållstillstånd</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Full name as in the residence permit</source>
        <translation>Fullständigt namn som i uppehållstillståndet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Födelsedatum</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>All mother ton&amp;gues</source>
        <translation>Samtliga &amp;modersmål</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ar, ku</source>
        <translation>Åtskilda med kommatecken, t.ex. ar, ku</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Samtliga modersmål</translation>
    </message>
    <message>
        <source>Citi&amp;zenship</source>
        <translation>Med&amp;borgarskap</translation>
    </message>
    <message>
        <source>Comma-separated country codes, e.g. SY; XX stateless</source>
        <translation>Landskoder åtskilda med kommatecken, t.ex. SY; XX statslös</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Con&amp;tact language</source>
        <translation>&amp;Kontaktspråk</translation>
    </message>
    <message>
        <source>e.g. fi, sv, ar</source>
        <translation>t.ex. fi, sv, ar</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>P&amp;ostnummer</translation>
    </message>
    <message>
        <source>00100</source>
        <translation>00100</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post off&amp;ice</source>
        <translation>Postansta&amp;lt</translation>
    </message>
    <message>
        <source>HELSINKI</source>
        <translation>HELSINGFORS</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefonnummer</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-postadress</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>namn@exempel.fi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Arrival in Finland (month/&amp;year)</source>
        <translation>Ankomst till Finland (månad/&amp;år)</translation>
    </message>
    <message>
        <source>m/yyyy</source>
        <translation>m/åååå</translation>
    </message>
    <message>
        <source>Arrival in Finland</source>
        <translation>Ankomst till Finland</translation>
    </message>
    <message>
        <source>First resi&amp;dence permit</source>
        <translation>Första uppehållst&amp;illstånd</translation>
    </message>
    <message>
        <source>Date of first residence permit</source>
        <translation>Datum för första uppehållstillstånd</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>The client&apos;s details have errors.</source>
        <translation>Kundens uppgifter innehåller fel.</translation>
    </message>
    <message>
        <source>The client could not be saved.</source>
        <translation>Kunden kunde inte sparas.</translation>
    </message>
    <message>
        <source>Someone else changed this client in the meantime.</source>
        <translation>Någon annan har ändrat kundens uppgifter under tiden.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <source>The clients could not be read.</source>
        <translation>Kunderna kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;kotoplan --help&apos; for the commands and options.</source>
        <translation>Kommandon och flaggor: &apos;kotoplan --help&apos;.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to 1000000.</source>
        <translation>--clients kräver ett tal mellan 1 och 1000000.</translation>
    </message>
    <message>
        <source>Added %1 demo clients with %2 plans.</source>
        <translation>Lade till %1 demokunder med %2 planer.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Kunder: %1</translation>
    </message>
    <message>
        <source>Plans: %1</source>
        <translation>Planer: %1</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sökväg</translation>
    </message>
    <message>
        <source>demo: how many clients (50 if not given).</source>
        <translation>demo: antal kunder (50 om inget anges).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>list: only plans whose client matches the text.</source>
        <translation>list: endast planer vars kund motsvarar texten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Give one command: %1.</source>
        <translation>Ange ett kommando: %1.</translation>
    </message>
    <message>
        <source>The command %1 needs --database PATH.</source>
        <translation>Kommandot %1 kräver --database SÖKVÄG.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Newest backup: none</source>
        <translation>Nyaste säkerhetskopia: ingen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>för %1 dagar sedan</translation>
    </message>
    <message>
        <source>Newest backup: %1, made %2 (%3)</source>
        <translation>Nyaste säkerhetskopia: %1, gjord %2 (%3)</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 clients, %3 plans)</source>
        <translation>Säkerhetskopia skriven: %1 (%2 klienter, %3 planer)</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 clients, %4 plans).</source>
        <translation>%1 återställd från %2 (%3 klienter, %4 planer).</translation>
    </message>
    <message>
        <source>--%1 takes a year from %2 to %3.</source>
        <translation>--%1 tar ett år mellan %2 och %3.</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 kommer efter --to %2.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang tar ett av: %1.</translation>
    </message>
    <message>
        <source>pdf needs --plan ID, the number that list shows.</source>
        <translation>pdf behöver --plan ID, numret som list visar.</translation>
    </message>
    <message>
        <source>pdf needs --out FILE.pdf.</source>
        <translation>pdf behöver --out FIL.pdf.</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>Det finns ingen plan med id %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n sida).</numerusform>
            <numerusform>Skrev %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --plan ID, the number that list shows.</source>
        <translation>export kräver --plan ID, numret som list visar.</translation>
    </message>
    <message>
        <source>export needs --out DIR, the folder to write to.</source>
        <translation>export kräver --out MAPP, mappen som filerna skrivs till.</translation>
    </message>
    <message>
        <source>import takes one file: kotoplan import --database PATH FILE.json</source>
        <translation>import tar en fil: kotoplan import --database SÖKVÄG FIL.json</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>sign needs --plan ID, the number that list shows.</source>
        <translation>sign behöver --plan ID, numret som list visar.</translation>
    </message>
    <message>
        <source>--date takes a date such as 2026-11-23.</source>
        <translation>--date tar ett datum, till exempel 2026-11-23.</translation>
    </message>
    <message>
        <source>Plan %1 signed on %2.</source>
        <translation>Plan %1 undertecknad %2.</translation>
    </message>
    <message>
        <source>restore: the backup file to restore.</source>
        <translation>restore: säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>stats: the first year (this year if not given).</source>
        <translation>stats: det första året (i år om inget anges).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>stats: the last year (this year if not given).</source>
        <translation>stats: det sista året (i år om inget anges).</translation>
    </message>
    <message>
        <source>stats, audit: print CSV (RFC 4180).</source>
        <translation>stats, audit: skriv ut CSV (RFC 4180).</translation>
    </message>
    <message>
        <source>pdf, export, sign: the plan&apos;s id, as list shows it.</source>
        <translation>pdf, export, sign: planens id, som list visar det.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>export: who receives the plan.</source>
        <translation>export: vem som tar emot planen.</translation>
    </message>
    <message>
        <source>export: include the life-situation summary (it may hold health data).</source>
        <translation>export: ta med sammanfattningen av livssituationen (den kan innehålla hälsouppgifter).</translation>
    </message>
    <message>
        <source>sign: the signing date (today if not given).</source>
        <translation>sign: underteckningsdatum (i dag om inget anges).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>ett av: %1</translation>
    </message>
    <message>
        <source>--%1 goes with %2 only.</source>
        <translation>--%1 hör endast till %2.</translation>
    </message>
    <message>
        <source>restore needs --backup FILE.</source>
        <translation>restore kräver --backup FIL.</translation>
    </message>
    <message>
        <source>stats: write the statistics as a PDF/A file instead.</source>
        <translation>stats: skriv statistiken som en PDF/A-fil i stället.</translation>
    </message>
    <message>
        <source>pdf, export, programme: the language of the printed document: fi, sv or en.</source>
        <translation>pdf, export, programme: språket i det utskrivna dokumentet: fi, sv eller en.</translation>
    </message>
    <message>
        <source>pdf, programme: the PDF file to write; export: the folder.</source>
        <translation>pdf, programme: PDF-filen som skrivs; export: mappen.</translation>
    </message>
    <message>
        <source>--pdf needs the PDF file to write.</source>
        <translation>--pdf behöver PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Give --csv or --pdf, not both.</source>
        <translation>Ange --csv eller --pdf, inte båda.</translation>
    </message>
    <message>
        <source>programme needs --out FILE.pdf.</source>
        <translation>programme behöver --out FIL.pdf.</translation>
    </message>
    <message>
        <source>Backups: made on the database server by its administrator</source>
        <translation>Säkerhetskopior: görs på databasservern av dess administratör</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up and restored on the server by its administrator (pg_dump), not by Kotoplan.</source>
        <translation>En gemensam PostgreSQL-databas säkerhetskopieras och återställs på servern av dess administratör (pg_dump), inte av Kotoplan.</translation>
    </message>
    <message>
        <source>The database file or a postgresql:// address.</source>
        <translation>Databasfilen eller en postgresql://-adress.</translation>
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
        <translation>Kotoplan: integrationsplaner för invandrare utanför arbetskraften.

Kommandon:
  (inget)  starta programmet
  init     skapa eller uppgradera en databas; på en server, som dess ägare, bevilja
           också handläggarnas grupp dess rättigheter: [--officers ROLL]
  demo     fyll databasen med påhittade demokunder
  list     lista planerna, en per rad: id, namn, födelsedatum, datum, typ, status
  check    visa schemaversion, integritet, antal och den nyaste säkerhetskopian
  backup   skriv en säkerhetskopia nu i mappen backups bredvid databasen
  restore  ersätt databasen med --backup FIL och spara först en kopia av den
  stats    skriv ut anonym uppföljningsstatistik för ett intervall av år:
           [--from ÅR] [--to ÅR] [--csv | --pdf FIL.pdf]
  pdf      skriv en plan som PDF/A: --plan ID --out FIL.pdf [--lang fi|sv|en]
           [--client-copy: kundens egen kopia på lättläst språk]
  export   skriv en plan för arbetskraftsmyndigheten, PDF/A och JSON: --plan ID
           --out MAPP [--receiver TEXT] [--with-life-situation]
  import   importera en planfil (JSON) från en annan kommun som utkast
  sign     underteckna ett utkast: --plan ID [--date DATUM] [--officer NAMN]
  audit    skriv ut granskningsloggen, nyaste först (--csv för CSV)
  programme  skriv dokumentet om integrationsprogrammet som PDF/A:
           --out FIL.pdf [--lang fi|sv|en]
  ics      skriv planens nästa möte som en iCalendar-fil för kundens telefon:
           --plan ID --out FIL.ics [--lang fi|sv|en]</translation>
    </message>
    <message>
        <source>init: the officers&apos; group on the server (kotoplan_officers if not given).</source>
        <translation>init: handläggarnas grupp på servern (kotoplan_officers om inget annat anges).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>--officers is for a shared PostgreSQL database: a database file has no roles.</source>
        <translation>--officers gäller en delad PostgreSQL-databas: en databasfil har inga roller.</translation>
    </message>
    <message>
        <source>%1 is ready: database version %2.</source>
        <translation>%1 är klar: databasversion %2.</translation>
    </message>
    <message>
        <source>The members of the role %1 may now work in it as officers.</source>
        <translation>Medlemmarna i rollen %1 kan nu arbeta i den som handläggare.</translation>
    </message>
    <message>
        <source>pdf: the client&apos;s own copy in plain language instead of the form.</source>
        <translation>pdf: kundens egen kopia på lättläst språk i stället för blanketten.</translation>
    </message>
    <message>
        <source>ics needs --plan ID, the number that list shows.</source>
        <translation>ics behöver --plan ID, numret som list visar.</translation>
    </message>
    <message>
        <source>ics needs --out FILE.ics.</source>
        <translation>ics behöver --out FIL.ics.</translation>
    </message>
    <message>
        <source>Plan %1 has no next meeting planned.</source>
        <translation>Plan %1 har inget planerat nästa möte.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Protecting triggers: all present</source>
        <translation>Skyddande triggrar: alla finns</translation>
    </message>
    <message>
        <source>Protecting triggers: %1</source>
        <translation>Skyddande triggrar: %1</translation>
    </message>
    <message>
        <source>Client %1, not a code: %2</source>
        <translation>Klient %1, inte en kod: %2</translation>
    </message>
    <message>
        <source>sign, export, pdf, import: the officer (else the settings&apos; name, else the computer&apos;s account).</source>
        <translation>sign, export, pdf, import: handläggaren (annars namnet i inställningarna, annars datorns användarkonto).</translation>
    </message>
    <message>
        <source>import: the client&apos;s fields (address,phone,… or all) whose values in the file replace the stored ones of a known client.</source>
        <translation>import: klientens fält (address,phone,… eller all) vars värden i filen ersätter de sparade för en känd klient.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>stored &quot;%1&quot;, in the file &quot;%2&quot;</source>
        <translation>sparat &quot;%1&quot;, i filen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Nothing of these was changed. To take the file&apos;s values, import again with --take-from-file and the fields, separated by commas, or all.</source>
        <translation>Inget av detta ändrades. För att ta filens värden, importera igen med --take-from-file och fälten åtskilda med kommatecken, eller all.</translation>
    </message>
    <message>
        <source>Copies kept: %1</source>
        <translation>Sparade kopior: %1</translation>
    </message>
    <message>
        <source>Note: the database classifies characters as the locale %1 does, so its search index holds only the Latin letters of names: a search for a name in another script reads every client. A database created with LOCALE &apos;C.UTF-8&apos; indexes every script (see the README).</source>
        <translation>Obs: databasen klassificerar tecken som lokalen %1 gör, så dess sökindex innehåller bara namnens latinska bokstäver: en sökning efter ett namn i en annan skrift läser varje klient. En databas som skapats med LOCALE &apos;C.UTF-8&apos; indexerar alla skrifter (se README).</translation>
    </message>
</context>
<context>
    <name>CommitmentsSection</name>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Expected of the client</source>
        <translation>Av kunden förväntas följande</translation>
    </message>
    <message>
        <source>The municipality commits to</source>
        <translation>Kommunen förbinder sig till följande</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Sparat av någon annan under tiden</translation>
    </message>
    <message>
        <source>Your version and the version saved meanwhile</source>
        <translation>Din version och versionen som sparats under tiden</translation>
    </message>
    <message>
        <source>Keep &amp;all of mine</source>
        <translation>Behåll &amp;allt mitt</translation>
    </message>
    <message>
        <source>Take all of &amp;theirs</source>
        <translation>Ta allt &amp;deras</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Rights and understanding</source>
        <translation>Rättigheter och förståelse</translation>
    </message>
    <message>
        <source>The rights and obligations of the plan and what follows were discussed with the client</source>
        <translation>Man har med kunden diskuterat de rättigheter och skyldigheter som gäller integrationsplanen och fortsättningen</translation>
    </message>
    <message>
        <source>The agreed matters were gone through with the client so that they understand them</source>
        <translation>De överenskomna frågorna har gåtts igenom med kunden så att hen förstår dem</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är ingen fil.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Mappen för %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is not writable or the disk is full.</source>
        <translation>%1 kan inte skapas: mappen är skrivskyddad eller disken är full.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kan inte läsas: kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The file was left unchanged.</source>
        <translation>%1 har skrivits av en nyare version av Kotoplan (databasversion %2; detta program känner till version %3). Uppdatera Kotoplan för att öppna den. Filen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 kan inte öppnas för skrivning.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The program&apos;s upgrade step %1 is missing.</source>
        <translation>Programmets uppgraderingssteg %1 saknas.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to database version %2. Nothing was changed.</source>
        <translation>%1 kunde inte uppgraderas till databasversion %2. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 är skrivskyddad.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only.</source>
        <translation>Mappen för %1 är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is nothing to show.</source>
        <translation>%1 är tom och skrivskyddad: det finns inget att visa.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Try again in a moment.</source>
        <translation>%1 är låst av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it. The file was not changed.</source>
        <translation>%1 är skadad: SQLite kan inte läsa den. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its contents is unreadable. The file was not changed.</source>
        <translation>%1 är skadad: en del av innehållet går inte att läsa. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, but it is read-only.</source>
        <translation>%1 behöver uppgraderas till den här versionen av Kotoplan, men den är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is not a Kotoplan database: it does not start like one. It was left unchanged.</source>
        <translation>%1 är ingen Kotoplan-databas: den börjar inte som en sådan. Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it should be, its end is missing. It was left unchanged.</source>
        <translation>%1 är skadad: filen är kortare än den borde vara, slutet saknas. Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>This installation of Kotoplan cannot connect to PostgreSQL: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Den här installationen av Kotoplan kan inte ansluta till PostgreSQL: Qt-drivrutinen QPSQL (Debianpaketet libqt6sql6-psql) saknas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kotoplan (database version %2; this program knows up to %3). Update Kotoplan to open it. The database was left unchanged.</source>
        <translation>%1 har skrivits av en nyare version av Kotoplan (databasversion %2; det här programmet känner till version %3). Uppdatera Kotoplan för att öppna den. Databasen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 is not a Kotoplan database: it holds other tables. It was left unchanged.</source>
        <translation>%1 är inte en Kotoplan-databas: den innehåller andra tabeller. Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, but it is open read-only.</source>
        <translation>%1 behöver uppgraderas till den här versionen av Kotoplan, men den är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 has no Kotoplan tables yet. The database&apos;s owner sets it up with kotoplan init (see the README).</source>
        <translation>%1 har ännu inga tabeller för Kotoplan. Databasens ägare tar den i bruk med kommandot kotoplan init (se README).</translation>
    </message>
    <message>
        <source>%1 has no Kotoplan tables yet, and the role %2 may not create them. The database&apos;s owner sets it up with kotoplan init (see the README).</source>
        <translation>%1 har ännu inga Kotoplan-tabeller, och rollen %2 får inte skapa dem. Databasens ägare tar den i bruk med kommandot kotoplan init (se README).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Kotoplan, and the role %2 may not make it. The database&apos;s owner upgrades it with kotoplan init of this version.</source>
        <translation>%1 behöver uppgraderas till den här versionen av Kotoplan, och rollen %2 får inte göra det. Databasens ägare uppgraderar den med kommandot kotoplan init i den här versionen.</translation>
    </message>
    <message>
        <source>%1 could not be made readable by its owner alone (mode 0600): check who owns it.</source>
        <translation>%1 kunde inte göras läsbar för ägaren enbart (läge 0600): kontrollera vem som äger den.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is neither a file path nor a postgresql:// address.</source>
        <translation>Databasens plats är varken en sökväg till en fil eller en postgresql://-adress.</translation>
    </message>
    <message>
        <source>Give the database file&apos;s full path, such as %1.</source>
        <translation>Ange databasfilens fullständiga sökväg, till exempel %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the path of a database file in it, such as %2.</source>
        <translation>%1 är en mapp. Ange sökvägen till en databasfil i den, till exempel %2.</translation>
    </message>
    <message>
        <source>%1 does not exist, and Kotoplan cannot create it: the folder %2 is not writable.</source>
        <translation>%1 finns inte, och Kotoplan kan inte skapa den: det går inte att skriva i mappen %2.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: Kotoplan creates a new, empty database there when you switch to it.</source>
        <translation>%1 finns inte ännu: Kotoplan skapar en ny, tom databas där när du byter till den.</translation>
    </message>
    <message>
        <source>%1 is a Kotoplan database of version %2. Kotoplan upgrades it to version %3 when you switch to it, after a backup copy.</source>
        <translation>%1 är en Kotoplan-databas av version %2. Kotoplan uppgraderar den till version %3 när du byter till den, efter en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 opens: a Kotoplan database of version %2.</source>
        <translation>%1 kan öppnas: en Kotoplan-databas av version %2.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>The demo data could not be saved.</source>
        <translation>Demodata kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>EligibilitySection</name>
    <message>
        <source>Eligibility</source>
        <translation>Rätt till integrationsplan</translation>
    </message>
    <message>
        <source>A plan can be drawn up when less than 3 years have passed since the first residence permit, residence card or registration of the right of residence (entered under Client).</source>
        <translation>En integrationsplan kan utarbetas när det har gått mindre än 3 år sedan datumet för utfärdande av första uppehållstillstånd eller uppehållskort eller registrering av uppehållsrätt (anges under Kund).</translation>
    </message>
    <message>
        <source>This is</source>
        <translation>Det här är</translation>
    </message>
    <message>
        <source>The first integration plan</source>
        <translation>Den första integrationsplanen</translation>
    </message>
    <message>
        <source>A review of the integration plan</source>
        <translation>En översyn av integrationsplanen</translation>
    </message>
    <message>
        <source>Date of the first integration plan</source>
        <translation>Datum för den första integrationsplanen</translation>
    </message>
    <message>
        <source>Filled in from the client&apos;s first plan.</source>
        <translation>Fylls i från kundens första plan.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the TE office</source>
        <translation>Exportera till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>Mottaga&amp;re:</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>PDF-filens &amp;språk:</translation>
    </message>
    <message>
        <source>Include the summary of the client&apos;s life &amp;situation (it may hold health data)</source>
        <translation>Ta med sammanfattningen av klientens &amp;livssituation (den kan innehålla hälsouppgifter)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Officer&apos;s name (Edit &gt; Settings)</source>
        <translation>Tjänsteinnehavarens namn (Redigera &gt; Inställningar)</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Meetings in the next 14 days, missed meetings with no new one planned, reviews due or overdue, plan periods ending, signed plans whose services have not started in time, and clients without a plan whose 3-year window closes within 90 days. Press Enter or double-click to open the case.</source>
        <translation>Möten inom de närmaste 14 dagarna, uteblivna möten utan nytt planerat möte, översyner som ska göras eller är försenade, planperioder som tar slut, undertecknade planer vars tjänster inte inleddes i tid samt kunder utan plan vars treårsperiod går ut inom 90 dagar. Tryck på Enter eller dubbelklicka för att öppna ärendet.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals of integration</source>
        <translation>Mål för integration</translation>
    </message>
    <message>
        <source>The future wish in the client&apos;s own words</source>
        <translation>Framtidens önskan med kundens egna ord</translation>
    </message>
    <message>
        <source>What kind of everyday life would the client like to live in, for example, five years?</source>
        <translation>En hurdan vardag vill kunden leva om till exempel fem år?</translation>
    </message>
    <message>
        <source>Main goal of the plan (choose one)</source>
        <translation>Huvudmålet för integrationsplanen (välj en)</translation>
    </message>
    <message>
        <source>Work or entrepreneurship</source>
        <translation>Arbete eller företagande</translation>
    </message>
    <message>
        <source>A vocation</source>
        <translation>Ett yrke</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation>Grundläggande utbildning</translation>
    </message>
    <message>
        <source>Working basic skills in Finnish or Swedish</source>
        <translation>Fungerande grundläggande kunskaper i finska/svenska</translation>
    </message>
    <message>
        <source>Another level of Finnish or Swedish</source>
        <translation>Annan kunskapsnivå i finska/svenska</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <source>Which level of Finnish or Swedish</source>
        <translation>Vilken kunskapsnivå i finska eller svenska</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Managing everyday life independently</source>
        <translation>Självständig vardagshantering</translation>
    </message>
    <message>
        <source>Another main goal</source>
        <translation>Annat huvudmål</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Which other main goal</source>
        <translation>Vilket annat huvudmål</translation>
    </message>
    <message>
        <source>More about the main goal</source>
        <translation>Mer information om huvudmålet</translation>
    </message>
    <message>
        <source>Primary occupational goal</source>
        <translation>Primärt yrkesmål</translation>
    </message>
    <message>
        <source>Only when the main goal is work or entrepreneurship.</source>
        <translation>Endast när huvudmålet är arbete eller företagande.</translation>
    </message>
    <message>
        <source>Alternative occupational goals</source>
        <translation>Alternativa yrkesmål</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
</context>
<context>
    <name>ImportRules</name>
    <message>
        <source>Should be of the type %1 (the schema&apos;s rule).</source>
        <translation>Ska vara av typen %1 (schemats regel).</translation>
    </message>
    <message>
        <source>Should be one of: %1 (the schema&apos;s rule).</source>
        <translation>Ska vara ett av: %1 (schemats regel).</translation>
    </message>
    <message>
        <source>Does not match the format the schema states (%1).</source>
        <translation>Motsvarar inte formatet som schemat anger (%1).</translation>
    </message>
    <message>
        <source>Is %1 characters long; at most %2 are accepted.</source>
        <translation>Är %1 tecken lång; högst %2 godtas.</translation>
    </message>
    <message>
        <source>Should not be empty (the schema&apos;s rule).</source>
        <translation>Får inte vara tom (schemats regel).</translation>
    </message>
    <message>
        <source>Missing: the schema requires this key.</source>
        <translation>Saknas: schemat kräver den här nyckeln.</translation>
    </message>
    <message>
        <source>Holds %1 items; at most %2 are accepted.</source>
        <translation>Innehåller %1 poster; högst %2 godtas.</translation>
    </message>
    <message>
        <source>Holds the control character U+%1; a text may hold line breaks but no other control characters.</source>
        <translation>Innehåller styrtecknet U+%1; en text får innehålla radbrytningar men inga andra styrtecken.</translation>
    </message>
    <message>
        <source>Holds the control character U+%1; this field holds one line without control characters.</source>
        <translation>Innehåller styrtecknet U+%1; det här fältet är en rad utan styrtecken.</translation>
    </message>
    <message>
        <source>Holds the bidirectional control U+%1, which can make a text read differently than it is stored.</source>
        <translation>Innehåller riktningsstyrtecknet U+%1, som kan få en text att läsas annorlunda än den är sparad.</translation>
    </message>
    <message>
        <source>Appears twice in the same object; a key may appear once.</source>
        <translation>Förekommer två gånger i samma objekt; en nyckel får förekomma en gång.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>a date such as 2026-11-23</source>
        <translation>ett datum som 2026-11-23</translation>
    </message>
    <message>
        <source>Should be a month such as 2025-03.</source>
        <translation>Ska vara en månad som 2025-03.</translation>
    </message>
    <message>
        <source>a date and time such as 2026-11-23T09:30</source>
        <translation>datum och tid som 2026-11-23T09:30</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>en lista med texter</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>Not known to this version of Kotoplan: left out.</source>
        <translation>Okänt för den här versionen av Kotoplan: utelämnat.</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>Okänd nyckel.</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>Saknas.</translation>
    </message>
    <message>
        <source>Should be %1.</source>
        <translation>Ska vara %1.</translation>
    </message>
</context>
<context>
    <name>LifeSituationSection</name>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Summary of the client&apos;s life situation and competence</source>
        <translation>Sammanfattning av kundens livssituation och kompetens</translation>
    </message>
    <message>
        <source>This text may hold health data: write only what the plan needs.</source>
        <translation>Texten kan innehålla hälsouppgifter: skriv bara det som planen behöver.</translation>
    </message>
    <message>
        <source>Where relevant: reason for entry, family situation, social challenges, state of health, language skills, education, work experience, wishes and goals.</source>
        <translation>I tillämpliga delar: inreseskäl, familjesituation, sociala utmaningar, hälsotillstånd, språkkunskaper, utbildning, arbetserfarenhet, önskemål och mål.</translation>
    </message>
</context>
<context>
    <name>LocaleNames</name>
    <message>
        <source>stateless</source>
        <translation>statslös</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>MainGoal</name>
    <message>
        <source>Not chosen</source>
        <translation>Inte valt</translation>
    </message>
    <message>
        <source>Work or entrepreneurship</source>
        <translation>Arbete eller företagande</translation>
    </message>
    <message>
        <source>A vocation</source>
        <translation>Ett yrke</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation>Grundläggande utbildning</translation>
    </message>
    <message>
        <source>Working basic skills in Finnish or Swedish</source>
        <translation>Fungerande grundläggande kunskaper i finska/svenska</translation>
    </message>
    <message>
        <source>Another level of Finnish or Swedish, which</source>
        <translation>Annan kunskapsnivå i finska/svenska, vilken</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Managing everyday life independently</source>
        <translation>Självständig vardagshantering</translation>
    </message>
    <message>
        <source>Another main goal, which</source>
        <translation>Annat huvudmål, vilket</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>You meet: %1</source>
        <translation>Du träffar: %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Tolk: %1</translation>
    </message>
    <message>
        <source>If you cannot come, call %1.</source>
        <translation>Om du inte kan komma, ring %1.</translation>
    </message>
    <message>
        <source>Meeting about your integration plan</source>
        <translation>Möte om din integrationsplan</translation>
    </message>
    <message>
        <source>There is no next meeting with a time to write to %1.</source>
        <translation>Nästa möte har ingen tid, så %1 skrevs inte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. 2.10.2025</source>
        <translation>t.ex. 2.10.2025</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>t.ex. 9.30</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <source>What the meeting is for</source>
        <translation>Mötets syfte</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>&amp;Interpreter booked</source>
        <translation>T&amp;olk bokad</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tolk bokad</translation>
    </message>
    <message>
        <source>Interpreting &amp;language:</source>
        <translation>Tolk&amp;ningsspråk:</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <source>e.g. Arabic</source>
        <translation>t.ex. arabiska</translation>
    </message>
    <message>
        <source>Type any part of the language&apos;s name, in Finnish, Swedish or English, or its code.</source>
        <translation>Skriv en del av språkets namn på finska, svenska eller engelska, eller dess kod.</translation>
    </message>
    <message>
        <source>Interpreting &amp;mode:</source>
        <translation>Tolknings&amp;form:</translation>
    </message>
    <message>
        <source>Interpreting mode</source>
        <translation>Tolkningsform</translation>
    </message>
    <message>
        <source>Interpreting a&amp;gency:</source>
        <translation>Tolk&amp;byrå:</translation>
    </message>
    <message>
        <source>Interpreting agency</source>
        <translation>Tolkbyrå</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>frivillig</translation>
    </message>
    <message>
        <source>Length in mi&amp;nutes:</source>
        <translation>&amp;Längd i minuter:</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Did the client &amp;come:</source>
        <translation>&amp;Kom kunden:</translation>
    </message>
    <message>
        <source>Did the client come</source>
        <translation>Kom kunden</translation>
    </message>
    <message>
        <source>&amp;Reminder for the slip:</source>
        <translation>På&amp;minnelse på tidslappen:</translation>
    </message>
    <message>
        <source>Reminder for the appointment slip</source>
        <translation>Påminnelse på tidslappen</translation>
    </message>
    <message>
        <source>e.g. Bring your residence permit card.</source>
        <translation>t.ex. Ta med ditt uppehållstillståndskort.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MeetingRecordView</name>
    <message>
        <source>Meetings of the case</source>
        <translation>Ärendets möten</translation>
    </message>
    <message>
        <source>C&amp;ame</source>
        <translation>&amp;Kom</translation>
    </message>
    <message>
        <source>The client came to the meeting</source>
        <translation>Kunden kom till mötet</translation>
    </message>
    <message>
        <source>&amp;Did not come</source>
        <translation>K&amp;om inte</translation>
    </message>
    <message>
        <source>The client did not come and did not cancel in time</source>
        <translation>Kunden kom inte och avbokade inte i tid</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled in time</source>
        <translation>Avbokat i &amp;tid</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the meeting to edit it</source>
        <translation>Enter eller ett dubbelklick öppnar mötet för redigering</translation>
    </message>
    <message>
        <source>Add meet&amp;ing…</source>
        <translation>Lägg t&amp;ill möte…</translation>
    </message>
    <message>
        <source>Record another meeting of the case: past or planned, with its interpreter</source>
        <translation>Registrera ett annat möte i ärendet, tidigare eller planerat, med tolk</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <source>Meeting and participants</source>
        <translation>Möte och deltagare</translation>
    </message>
    <message>
        <source>Taking part in drawing up this plan besides the client: name and organisation</source>
        <translation>I utarbetandet av denna integrationsplan deltar förutom kunden: namn och organisation</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tolk på plats</translation>
    </message>
    <message>
        <source>The form asks whether an interpreter is present. Language and mode are kept for the municipality&apos;s interpreting costs.</source>
        <translation>Blanketten frågar om tolk är på plats. Språk och sätt sparas för kommunens tolkningskostnader.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <source>The language interpreted into, for example Arabic or Dari.</source>
        <translation>Språket som tolkas till, till exempel arabiska eller dari.</translation>
    </message>
    <message>
        <source>e.g. Arabic</source>
        <translation>t.ex. arabiska</translation>
    </message>
    <message>
        <source>Interpreting mode</source>
        <translation>Tolkningssätt</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Per video</translation>
    </message>
    <message>
        <source>Date the plan was drawn up or reviewed</source>
        <translation>Datum för utarbetande/översyn av integrationsplan</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>MeetingStatistics</name>
    <message>
        <source>Meetings held</source>
        <translation>Hållna möten</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Tolkade</translation>
    </message>
    <message>
        <source>Interpreting hours</source>
        <translation>Tolkningstimmar</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Uteblivna</translation>
    </message>
    <message>
        <source>Missed, interpreter booked</source>
        <translation>Uteblivna, tolk bokad</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Möten per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Möten per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Interpreted meetings by language and mode</source>
        <translation>Tolkade möten efter språk och sätt</translation>
    </message>
    <message>
        <source>Language and mode</source>
        <translation>Språk och sätt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>på plats</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>mode not given</source>
        <translation>sätt inte angivet</translation>
    </message>
    <message>
        <source>Language not given</source>
        <translation>Språk inte angivet</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Enter the meeting&apos;s date and time.</source>
        <translation>Ange mötets datum och tid.</translation>
    </message>
    <message>
        <source>The meeting&apos;s length is given in minutes, from 0 to 1440.</source>
        <translation>Mötets längd anges i minuter, från 0 till 1440.</translation>
    </message>
    <message>
        <source>The meeting belongs to no client.</source>
        <translation>Mötet hör inte till någon kund.</translation>
    </message>
    <message>
        <source>The meeting has errors.</source>
        <translation>Mötet har fel.</translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation>Mötet kunde inte sparas.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
    <message>
        <source>The meeting could not be removed.</source>
        <translation>Mötet kunde inte tas bort.</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>No interpreter booked</source>
        <translation>Ingen tolk är bokad</translation>
    </message>
    <message>
        <source>the interpreter comes to the meeting</source>
        <translation>tolken kommer till mötet</translation>
    </message>
    <message>
        <source>the interpreter is on the phone</source>
        <translation>tolken är med per telefon</translation>
    </message>
    <message>
        <source>the interpreter is on video</source>
        <translation>tolken är med på video</translation>
    </message>
    <message>
        <source>An interpreter is booked</source>
        <translation>En tolk är bokad</translation>
    </message>
    <message>
        <source>The time of your next meeting is not agreed yet. We will contact you.</source>
        <translation>Tiden för ditt nästa möte är inte bestämd ännu. Vi kontaktar dig.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>You meet:</source>
        <translation>Du träffar:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>Your contact person:</source>
        <translation>Din kontaktperson:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Öppet:</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Municipality &amp;name:</source>
        <translation>Kommunens &amp;namn:</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunens namn</translation>
    </message>
    <message>
        <source>Shown in the title of the integration programme document and at the top of the printed statistics.</source>
        <translation>Visas i rubriken på dokumentet om integrationsprogrammet och överst i den utskrivna statistiken.</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Service point phone</source>
        <translation>Servicepunktens telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Service point e-mail</source>
        <translation>Servicepunktens e-post</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Service point address</source>
        <translation>Servicepunktens adress</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Ö&amp;ppettider:</translation>
    </message>
    <message>
        <source>Service point opening hours</source>
        <translation>Servicepunktens öppettider</translation>
    </message>
    <message>
        <source>Printed under &quot;Who to contact&quot; on the client&apos;s copy and the appointment slip.</source>
        <translation>Skrivs ut under ”Vem kan du kontakta” på kundens kopia och tidslappen.</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Datum för nästa möte</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Hours and minutes, for example 14.30.</source>
        <translation>Timmar och minuter, till exempel 14.30.</translation>
    </message>
    <message>
        <source>hh.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
</context>
<context>
    <name>NoPlanView</name>
    <message>
        <source>No plan yet.</source>
        <translation>Ingen plan ännu.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Start this client&apos;s first integration plan (Ctrl+Shift+N)</source>
        <translation>Inled klientens första integrationsplan (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>OfficerPrompt</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Vem sitter vid den här arbetsplatsen?</translation>
    </message>
    <message>
        <source>Your name, for the audit log and the plans you hand over. Until you give it, the log names the computer&apos;s account, %1.</source>
        <translation>Ditt namn, för loggen och planerna du lämnar över. Tills du anger det nämner loggen datorns användarkonto, %1.</translation>
    </message>
</context>
<context>
    <name>OfficerRights</name>
    <message>
        <source>The role %1 does not exist. The administrator creates it first: CREATE ROLE %1 NOLOGIN;</source>
        <translation>Rollen %1 finns inte. Administratören skapar den först: CREATE ROLE %1 NOLOGIN;</translation>
    </message>
    <message>
        <source>The officers&apos; group cannot be the database&apos;s owner %1.</source>
        <translation>Handläggarnas grupp kan inte vara databasens ägare %1.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner may set it up, not the role %1. Run the command with the owner&apos;s role in the address.</source>
        <translation>Endast databasens ägare får ta den i bruk, inte rollen %1. Kör kommandot med ägarens roll i adressen.</translation>
    </message>
    <message>
        <source>The officers&apos; rights could not be granted. Nothing was changed.</source>
        <translation>Handläggarnas rättigheter kunde inte beviljas. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Översyn av den föregående integrationsplanens delmål</translation>
    </message>
    <message>
        <source>&amp;How each sub-goal of the previous plan went</source>
        <translation>&amp;Hur delmålen i den föregående planen har uppnåtts</translation>
    </message>
    <message>
        <source>Outcomes of the previous plan&apos;s sub-goals</source>
        <translation>Utfall av delmålen i den föregående planen</translation>
    </message>
    <message>
        <source>For each sub-goal: achieved, partly achieved, not achieved, or changed. When a sub-goal was changed, say how in the note. The review can be signed once every sub-goal has its outcome.</source>
        <translation>För varje delmål: uppnått, delvis uppnått, inte uppnått eller ändrat. Om ett delmål ändrades, berätta hur i anmärkningen. Översynen kan undertecknas när varje delmål har sitt utfall.</translation>
    </message>
    <message>
        <source>Choose the outcome of each sub-goal and write a note. Type or press F2 to edit a cell, Enter to finish it, Tab and Shift+Tab to go from cell to cell.</source>
        <translation>Välj utfallet för varje delmål och skriv en anteckning. Skriv eller tryck F2 för att redigera en cell, Enter för att avsluta den, Tabb och Skift+Tabb för att gå från cell till cell.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområdet</translation>
    </message>
    <message>
        <source>Third sector (civic organisations)</source>
        <translation>Tredje sektorn (organisationer)</translation>
    </message>
    <message>
        <source>Education providers</source>
        <translation>Utbildningsanordnare</translation>
    </message>
    <message>
        <source>Parish</source>
        <translation>Församlingen</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>The document could not be made into a PDF for %1.</source>
        <translation>Dokumentet kunde inte göras till en PDF-fil för %1.</translation>
    </message>
</context>
<context>
    <name>PlanComparison</name>
    <message>
        <source>Sub-goal %1: added</source>
        <translation>Delmål %1: tillagt</translation>
    </message>
    <message>
        <source>Sub-goal %1: removed</source>
        <translation>Delmål %1: borttaget</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Började %1</translation>
    </message>
</context>
<context>
    <name>PlanComparisonDialog</name>
    <message>
        <source>Compare with the previous version</source>
        <translation>Jämför med den föregående versionen</translation>
    </message>
    <message>
        <source>Show only the &amp;changed fields</source>
        <translation>Visa endast de &amp;ändrade fälten</translation>
    </message>
    <message>
        <source>Comparison of two versions</source>
        <translation>Jämförelse av två versioner</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Taking part besides the client:</source>
        <translation>I utarbetandet av denna integrationsplan deltar förutom kunden:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>på plats</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tolk på plats</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Date the plan was drawn up / reviewed</source>
        <translation>Datum för utarbetande/översyn av integrationsplan</translation>
    </message>
    <message>
        <source>The client&apos;s personal data</source>
        <translation>Kundens personuppgifter</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>All mother tongues</source>
        <translation>Samtliga modersmål</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code and post office</source>
        <translation>Postnummer och postanstalt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Arrival in Finland (month/year)</source>
        <translation>När kom kunden till Finland (månad/år)?</translation>
    </message>
    <message>
        <source>Date of first residence permit, residence card or registration of right of residence</source>
        <translation>Datum för utfärdande av första uppehållstillstånd eller uppehållskort eller registrering av uppehållsrätt</translation>
    </message>
    <message>
        <source>Less than 3 years have passed since that date, so a plan can be drawn up</source>
        <translation>Det har gått mindre än 3 år sedan ovan nämnda tidpunkt och därmed kan en integrationsplan utarbetas för kunden.</translation>
    </message>
    <message>
        <source>This is:</source>
        <translation>Det här är:</translation>
    </message>
    <message>
        <source>the first plan</source>
        <translation>den första integrationsplanen</translation>
    </message>
    <message>
        <source>a review. Date of the first plan:</source>
        <translation>en översyn av integrationsplanen. Datum för den första integrationsplanen</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Summary of the client&apos;s life situation and competence (reason for entry, family, social challenges, health, language skills, education, work experience, wishes and goals)</source>
        <translation>Sammanfattning av kundens livssituation och kompetens (i tillämpliga delar inreseskäl, familjesituation, sociala utmaningar, hälsotillstånd, språkkunskaper, utbildning, arbetserfarenhet, önskemål och mål)</translation>
    </message>
    <message>
        <source>Goals of integration</source>
        <translation>Mål för integration</translation>
    </message>
    <message>
        <source>The future wish in the client&apos;s own words: what everyday life in about five years</source>
        <translation>Framtidens önskan med egna ord. En hurdan vardag vill kunden leva om till exempel fem år</translation>
    </message>
    <message>
        <source>Main goal (choose one):</source>
        <translation>Huvudmålet för kundens integrationsplan är (välj en)</translation>
    </message>
    <message>
        <source>work or entrepreneurship</source>
        <translation>arbete eller företagande</translation>
    </message>
    <message>
        <source>a vocation</source>
        <translation>ett yrke</translation>
    </message>
    <message>
        <source>literacy</source>
        <translation>läs- och skrivkunnighet</translation>
    </message>
    <message>
        <source>basic education</source>
        <translation>grundläggande utbildning</translation>
    </message>
    <message>
        <source>working basic Finnish/Swedish</source>
        <translation>fungerande grundläggande kunskaper i finska/svenska</translation>
    </message>
    <message>
        <source>another level of Finnish/Swedish (which)</source>
        <translation>annan kunskapsnivå i finska/svenska, vilken</translation>
    </message>
    <message>
        <source>rehabilitation</source>
        <translation>rehabilitering</translation>
    </message>
    <message>
        <source>managing everyday life independently</source>
        <translation>självständig vardagshantering</translation>
    </message>
    <message>
        <source>another main goal (which)</source>
        <translation>Annat huvudmål, vilket?</translation>
    </message>
    <message>
        <source>More about the main goal</source>
        <translation>Mer information om huvudmålet</translation>
    </message>
    <message>
        <source>If the main goal is work or entrepreneurship: primary and alternative occupational goals</source>
        <translation>Om det huvudsakliga målet är sysselsättning eller företagande: primära och alternativa yrkesmål</translation>
    </message>
    <message>
        <source>Primary occupational goal</source>
        <translation>Primärt yrkesmål</translation>
    </message>
    <message>
        <source>Alternative occupational goals</source>
        <translation>Alternativa yrkesmål</translation>
    </message>
    <message>
        <source>Language study plan</source>
        <translation>Studieplan för språk</translation>
    </message>
    <message>
        <source>Other study plan</source>
        <translation>Annan studieplan</translation>
    </message>
    <message>
        <source>Other long-term measures (civic organisations, applying for rehabilitation, family integration plan, family reunification, referral to social and health services)</source>
        <translation>Andra långsiktiga integrationsfrämjande åtgärder (organisationsverksamhet, ansökan om rehabilitering, familjeintegrationsplan, familjeåterförening, hänvisning till social- och hälsovårdstjänster)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Sub-goals for the next 12 months with their measures:</source>
        <translation>Delmålen för de följande 12 månaderna och de tillhörande åtgärder:</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig instans</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Rights and obligations of the plan discussed with the client</source>
        <translation>Har man med kunden diskuterat de rättigheter och skyldigheter som gäller integrationsplanen och fortsättningen?</translation>
    </message>
    <message>
        <source>The agreed matters were gone through so that the client understands them</source>
        <translation>De överenskomna frågorna har gåtts igenom med kunden så att hen förstår dem.</translation>
    </message>
    <message>
        <source>Expected of the client</source>
        <translation>Av kunden förväntas följande</translation>
    </message>
    <message>
        <source>The municipality commits to</source>
        <translation>Kommunen förbinder sig till följande</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Kundens underskrift</translation>
    </message>
    <message>
        <source>Officer&apos;s signature</source>
        <translation>Tjänsteinnehavarens underskrift</translation>
    </message>
    <message>
        <source>Interpreter&apos;s signature</source>
        <translation>Tolkens underskrift</translation>
    </message>
    <message>
        <source>Integration plan for immigrants outside the labour force</source>
        <translation>Integrationsplan för invandrare utanför arbetskraften</translation>
    </message>
    <message>
        <source>Integration plan of %1, %2</source>
        <translation>Integrationsplan för %1, %2</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
    <message>
        <source>integration-plan</source>
        <translation>integrationsplan</translation>
    </message>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Översyn av den föregående integrationsplanens delmål</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Sub-goal of the previous plan</source>
        <translation>Delmål i den föregående planen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Delvis uppnått</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Inte uppnått</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>Not included in this copy: the summary may hold health data and was left out of this hand-over.</source>
        <translation>Ingår inte i detta exemplar: sammanfattningen kan innehålla hälsouppgifter och lämnades bort vid denna överlämning.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2</source>
        <translation>Undertecknad %1, registrerad av %2</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>UTKAST — inte undertecknad</translation>
    </message>
    <message>
        <source>integration-plan-review</source>
        <translation>oversyn-av-integrationsplan</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Use the form as support when drawing up an integration plan for an immigrant who is not a jobseeker. The most important thing is a relationship of trust with the client: reserve enough time for the meeting. The plan builds on the initial interview; see integration.fi for detailed instructions.</source>
        <translation>Använd blanketten som stöd vid utarbetandet av en integrationsplan för invandrare när det är fråga om någon annan person än en arbetssökande. Det viktigaste är att skapa ett förtroendefullt förhållande till kunden: reservera tillräckligt med tid för mötet. Planen utgår från den inledande intervjun; se närmare anvisningar i webbtjänsten integration.fi.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Meeting and participants</source>
        <translation>Möte och deltagare</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Rätt till integrationsplan</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Goals of integration</source>
        <translation>Mål för integration</translation>
    </message>
    <message>
        <source>Study plans and other measures</source>
        <translation>Studieplaner och andra åtgärder</translation>
    </message>
    <message>
        <source>Sub-goals and measures for the next 12 months</source>
        <translation>Delmål och åtgärder för de följande 12 månaderna</translation>
    </message>
    <message>
        <source>Rights and understanding</source>
        <translation>Rättigheter och förståelse</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Inled &amp;översyn</translation>
    </message>
    <message>
        <source>A new draft that continues the signed plan: a copy of it, marked as a review (Ctrl+Shift+R)</source>
        <translation>Ett nytt utkast som fortsätter den undertecknade planen: en kopia av den, markerad som översyn (Ctrl+Skift+R)</translation>
    </message>
    <message>
        <source>Compare &amp;with previous version</source>
        <translation>&amp;Jämför med föregående version</translation>
    </message>
    <message>
        <source>This version and the plan it continues side by side, the changed fields marked</source>
        <translation>Den här versionen och planen den fortsätter sida vid sida, de ändrade fälten markerade</translation>
    </message>
    <message>
        <source>Review of the previous plan&apos;s sub-goals</source>
        <translation>Översyn av den föregående integrationsplanens delmål</translation>
    </message>
    <message>
        <source>Compare and &amp;choose…</source>
        <translation>J&amp;ämför och välj…</translation>
    </message>
    <message>
        <source>Your version beside the one saved meanwhile, field by field: choose which to keep</source>
        <translation>Din version bredvid den som sparats under tiden, fält för fält: välj vilken som ska behållas</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <source>Record that the client and you signed the printed plan: it is then kept as it is (Ctrl+Shift+S)</source>
        <translation>Registrera att klienten och du undertecknade den utskrivna planen: den hålls sedan som den är (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>There is no plan %1 in the database.</source>
        <translation>Det finns ingen plan %1 i databasen.</translation>
    </message>
    <message>
        <source>The plan&apos;s client is missing from the database.</source>
        <translation>Planens kund saknas i databasen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to.</source>
        <translation>Mappen %1 finns inte eller är skrivskyddad.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-filen kunde inte skapas.</translation>
    </message>
    <message>
        <source>The files could not be written to %1: the disk may be full.</source>
        <translation>Filerna kunde inte skrivas till %1: disken kan vara full.</translation>
    </message>
    <message>
        <source>The plan was exported, but the hand-over could not be recorded in the database.</source>
        <translation>Planen exporterades, men överlämnandet kunde inte registreras i databasen.</translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation>Exporterade %1 och %2.</translation>
    </message>
    <message>
        <source>%1 exists already in the folder; nothing was replaced. Move it away or choose another folder.</source>
        <translation>%1 finns redan i mappen; ingenting ersattes. Flytta bort den eller välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>på plats</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>Taking part besides the client</source>
        <translation>Deltagare förutom kunden</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tolk på plats</translation>
    </message>
    <message>
        <source>Date the plan was drawn up or reviewed</source>
        <translation>Datum för utarbetande/översyn av integrationsplan</translation>
    </message>
    <message>
        <source>First plan or review</source>
        <translation>Första integrationsplanen eller översyn</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation>Den första integrationsplanen</translation>
    </message>
    <message>
        <source>Date of the first plan</source>
        <translation>Datum för den första integrationsplanen</translation>
    </message>
    <message>
        <source>Life situation and competence</source>
        <translation>Livssituation och kompetens</translation>
    </message>
    <message>
        <source>Future wish</source>
        <translation>Framtidens önskan</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Huvudmål</translation>
    </message>
    <message>
        <source>Which goal</source>
        <translation>Vilket mål</translation>
    </message>
    <message>
        <source>More about the main goal</source>
        <translation>Mer information om huvudmålet</translation>
    </message>
    <message>
        <source>Primary occupational goal</source>
        <translation>Primärt yrkesmål</translation>
    </message>
    <message>
        <source>Alternative occupational goals</source>
        <translation>Alternativa yrkesmål</translation>
    </message>
    <message>
        <source>Language study plan</source>
        <translation>Studieplan för språk</translation>
    </message>
    <message>
        <source>Other study plan</source>
        <translation>Annan studieplan</translation>
    </message>
    <message>
        <source>Other long-term measures</source>
        <translation>Andra långsiktiga integrationsfrämjande åtgärder</translation>
    </message>
    <message>
        <source>Sub-goals and measures</source>
        <translation>Delmål och åtgärder</translation>
    </message>
    <message>
        <source>Outcomes of the previous sub-goals</source>
        <translation>Utfall av de tidigare delmålen</translation>
    </message>
    <message>
        <source>Rights and obligations discussed</source>
        <translation>Rättigheter och skyldigheter diskuterade</translation>
    </message>
    <message>
        <source>The client understood the agreed matters</source>
        <translation>Kunden förstod de överenskomna frågorna</translation>
    </message>
    <message>
        <source>Expected of the client</source>
        <translation>Av kunden förväntas följande</translation>
    </message>
    <message>
        <source>The municipality commits to</source>
        <translation>Kommunen förbinder sig till följande</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>PlanHistoryView</name>
    <message>
        <source>Plan history</source>
        <translation>Planens historik</translation>
    </message>
    <message>
        <source>&amp;Versions (select one to compare it with the version before it, or two to compare them)</source>
        <translation>&amp;Versioner (välj en för att jämföra den med versionen före, eller två för att jämföra dem)</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planens versioner</translation>
    </message>
    <message>
        <source>Comparison of two versions</source>
        <translation>Jämförelse av två versioner</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>The file is larger than 1 MiB; a plan file is much smaller.</source>
        <translation>Filen är större än 1 MiB; en planfil är mycket mindre.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Filen är inte UTF-8-text.</translation>
    </message>
    <message>
        <source>The file is nested deeper than a plan file can be.</source>
        <translation>Filen är djupare nästlad än en planfil kan vara.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2); it may be cut short.</source>
        <translation>Filen är inte giltig JSON (%1 vid tecken %2); den kan vara avkortad.</translation>
    </message>
    <message>
        <source>This is not a Kotoplan plan file.</source>
        <translation>Detta är ingen planfil från Kotoplan.</translation>
    </message>
    <message>
        <source>The plan file has errors; nothing was imported.</source>
        <translation>Planfilen innehåller fel; ingenting importerades.</translation>
    </message>
    <message>
        <source>The plan in the file has errors; nothing was imported.</source>
        <translation>Planen i filen innehåller fel; ingenting importerades.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>This plan is already in the database; it was not imported again.</source>
        <translation>Planen finns redan i databasen; den importerades inte igen.</translation>
    </message>
    <message>
        <source>The plan could not be imported.</source>
        <translation>Planen kunde inte importeras.</translation>
    </message>
    <message>
        <source>The plan was imported as a draft.</source>
        <translation>Planen importerades som utkast.</translation>
    </message>
    <message>
        <source>The file was written by a newer Kotoplan (format %1); what this version does not know was left out: %2.</source>
        <translation>Filen skrevs av en nyare Kotoplan (format %1); det som den här versionen inte känner till utelämnades: %2.</translation>
    </message>
    <message>
        <source>The plan file has errors: it breaks the rules of its format. Nothing was imported.</source>
        <translation>Planfilen har fel: den bryter mot formatets regler. Ingenting importerades.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder); a plan file is a regular file.</source>
        <translation>%1 är ingen vanlig fil (en enhet, en pipe eller en mapp); en planfil är en vanlig fil.</translation>
    </message>
    <message numerus="yes">
        <source>The client was known already; %n of the file&apos;s details differ from the stored ones and were not taken.</source>
        <translation>
            <numerusform>Klienten var redan känd; %n uppgift i filen skiljer sig från den sparade och togs inte.</numerusform>
            <numerusform>Klienten var redan känd; %n uppgifter i filen skiljer sig från de sparade och togs inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the client&apos;s details were taken from the file.</source>
        <translation>
            <numerusform>%n av klientens uppgifter togs från filen.</numerusform>
            <numerusform>%n av klientens uppgifter togs från filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>This is not a Kotoplan plan file.</source>
        <translation>Detta är ingen planfil från Kotoplan.</translation>
    </message>
    <message>
        <source>The file is of a newer format version (%1) than this program reads (%2). Update Kotoplan to import it.</source>
        <translation>Filen har en nyare formatversion (%1) än detta program läser (%2). Uppdatera Kotoplan för att importera den.</translation>
    </message>
    <message>
        <source>The file is of an unknown format version.</source>
        <translation>Filens formatversion är okänd.</translation>
    </message>
    <message>
        <source>Should be first or review.</source>
        <translation>Ska vara first eller review.</translation>
    </message>
    <message>
        <source>Should be draft or signed.</source>
        <translation>Ska vara draft eller signed.</translation>
    </message>
    <message>
        <source>Should be a list of objects.</source>
        <translation>Ska vara en lista med objekt.</translation>
    </message>
    <message>
        <source>Should be yes, no or null.</source>
        <translation>Ska vara yes, no eller null.</translation>
    </message>
    <message>
        <source>Should be on-site, phone or video.</source>
        <translation>Ska vara on-site, phone eller video.</translation>
    </message>
    <message>
        <source>Should be one of the nine main goals or null.</source>
        <translation>Ska vara ett av de nio huvudmålen eller null.</translation>
    </message>
    <message>
        <source>Should be a positive number.</source>
        <translation>Ska vara ett positivt tal.</translation>
    </message>
    <message>
        <source>Should be a number from 0 up.</source>
        <translation>Borde vara ett tal från 0 uppåt.</translation>
    </message>
    <message>
        <source>Should be achieved, partly, not_achieved or changed.</source>
        <translation>Borde vara achieved, partly, not_achieved eller changed.</translation>
    </message>
</context>
<context>
    <name>PlanReviews</name>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>A review starts from a signed plan, and only when the client has no draft.</source>
        <translation>En översyn inleds från en undertecknad plan och endast när kunden inte har något utkast.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>Översynen kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>PlanSchedule</name>
    <message>
        <source>The review was due on %1 (act %2: at least every %3 months).</source>
        <translation>Översynen skulle ha gjorts senast %1 (lagen %2: minst var %3:e månad).</translation>
    </message>
    <message>
        <source>The plans have run together for longer than the %1 months the act %2 sets as a rule (since %3).</source>
        <translation>Planerna har sammanlagt gällt längre än de %1 månader som lagen %2 anger som regel (sedan %3).</translation>
    </message>
    <message>
        <source>The first plan runs at most %1 months under the act %2: it ended on %3.</source>
        <translation>Enligt lagen %2 gäller den första integrationsplanen högst %1 månader: den upphörde %3.</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan&apos;s client does not exist.</source>
        <translation>Planens kund finns inte.</translation>
    </message>
    <message>
        <source>The plan has errors.</source>
        <translation>Planen innehåller fel.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation>Planen kunde inte sparas.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Planen finns inte längre.</translation>
    </message>
    <message>
        <source>The plan is signed and cannot be changed. Start a review instead.</source>
        <translation>Planen är undertecknad och kan inte ändras. Påbörja en översyn i stället.</translation>
    </message>
    <message>
        <source>Someone else changed this plan in the meantime.</source>
        <translation>Någon annan har ändrat planen under tiden.</translation>
    </message>
    <message>
        <source>The plan is already signed.</source>
        <translation>Planen är redan undertecknad.</translation>
    </message>
    <message>
        <source>Enter the name of the officer who records the signing.</source>
        <translation>Ange namnet på tjänsteinnehavaren som registrerar underteckningen.</translation>
    </message>
    <message>
        <source>The plan cannot be signed yet.</source>
        <translation>Planen kan inte undertecknas ännu.</translation>
    </message>
    <message>
        <source>The plan could not be signed.</source>
        <translation>Planen kunde inte undertecknas.</translation>
    </message>
    <message>
        <source>The plan is signed and cannot be deleted. Start a review instead.</source>
        <translation>Planen är undertecknad och kan inte raderas. Påbörja en översyn i stället.</translation>
    </message>
    <message>
        <source>The plan could not be deleted.</source>
        <translation>Planen kunde inte raderas.</translation>
    </message>
    <message>
        <source>The plans could not be read.</source>
        <translation>Planerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>Sökningen kunde inte göras.</translation>
    </message>
</context>
<context>
    <name>PlansSection</name>
    <message>
        <source>Study plans and other measures</source>
        <translation>Studieplaner och andra åtgärder</translation>
    </message>
    <message>
        <source>Language study plan</source>
        <translation>Studieplan för språk</translation>
    </message>
    <message>
        <source>Other study plan</source>
        <translation>Annan studieplan</translation>
    </message>
    <message>
        <source>Other long-term measures that promote integration</source>
        <translation>Andra långsiktiga integrationsfrämjande åtgärder</translation>
    </message>
    <message>
        <source>For example: civic organisations, applying for rehabilitation, family integration plan, family reunification, referral to social and health services.</source>
        <translation>Till exempel deltagande i organisationsverksamhet, ansökan om rehabilitering, familjeintegrationsplan, familjeåterföreningsprocess, hänvisning till social- och hälsovårdstjänster.</translation>
    </message>
</context>
<context>
    <name>PostgresLogin</name>
    <message>
        <source>The database server of %1 cannot be reached. Check the address and the network, or ask the administrator whether the server is running.</source>
        <translation>Databasservern för %1 kan inte nås. Kontrollera adressen och nätverket, eller fråga administratören om servern är i gång.</translation>
    </message>
    <message>
        <source>The database server of %1 refused the login of the role %2. Check the role and its password in the PostgreSQL password file (.pgpass) or PGPASSWORD.</source>
        <translation>Databasservern för %1 avvisade inloggningen för rollen %2. Kontrollera rollen och dess lösenord i PostgreSQL:s lösenordsfil (.pgpass) eller PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database server has no database %1. Check the address, or ask the administrator to create it.</source>
        <translation>Databasservern har ingen databas %1. Kontrollera adressen eller be administratören skapa den.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check sslmode and the certificates in the address.</source>
        <translation>Det gick inte att skapa en säker anslutning till %1. Kontrollera sslmode och certifikaten i adressen.</translation>
    </message>
    <message>
        <source>Kotoplan cannot connect to the database %1.</source>
        <translation>Kotoplan kan inte ansluta till databasen %1.</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>The database address is not a valid postgresql:// address.</source>
        <translation>Databasadressen är inte en giltig postgresql://-adress.</translation>
    </message>
    <message>
        <source>The database address contains a password. Remove it and put the password in the PostgreSQL password file (.pgpass) instead.</source>
        <translation>Databasadressen innehåller ett lösenord. Ta bort det och skriv lösenordet i PostgreSQL:s lösenordsfil (.pgpass) i stället.</translation>
    </message>
    <message>
        <source>The database address names no database: add it after the server, as in postgresql://officer@server/kotoplan.</source>
        <translation>Databasadressen anger ingen databas: lägg till den efter servern, till exempel postgresql://handlaggare@server/kotoplan.</translation>
    </message>
    <message>
        <source>The database address has an unknown option: %1.</source>
        <translation>Databasadressen har ett okänt alternativ: %1.</translation>
    </message>
    <message>
        <source>The option %1 of the database address cannot contain a semicolon.</source>
        <translation>Alternativet %1 i databasadressen får inte innehålla semikolon.</translation>
    </message>
    <message>
        <source>The option host of the database address names another server than the address itself. Give the server once, after postgresql://; the option host may only name the socket folder of a server on this machine, in an address without a server.</source>
        <translation>Alternativet host i databasadressen anger en annan server än adressen själv. Ange servern en gång, efter postgresql://; alternativet host får bara ange socketmappen för en server på den här datorn, i en adress utan server.</translation>
    </message>
    <message>
        <source>The server %1 is on another machine, so Kotoplan connects to it only over an encrypted connection (TLS), which the address does not require. Add ?sslmode=verify-full to the address (with sslrootcert= naming the certificate of the server&apos;s authority), or at least ?sslmode=require.</source>
        <translation>Servern %1 finns på en annan dator, så Kotoplan ansluter till den bara över en krypterad förbindelse (TLS), som adressen inte kräver. Lägg till ?sslmode=verify-full i adressen (med sslrootcert= som anger certifikatet för serverns certifikatutfärdare), eller åtminstone ?sslmode=require.</translation>
    </message>
</context>
<context>
    <name>PrintLanguage</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Statslös</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>ProgrammeDocument</name>
    <message>
        <source>The integration programme</source>
        <translation>Integrationsprogrammet</translation>
    </message>
    <message>
        <source>The integration programme of %1</source>
        <translation>Integrationsprogrammet i %1</translation>
    </message>
    <message>
        <source>The services of the initial stage of integration, who is responsible for them, and the cooperation with other parties in arranging them (Act on the Promotion of Integration 681/2023). The services are agreed with each client in the integration plan.</source>
        <translation>Tjänsterna i inledningsskedet av integrationen, vem som ansvarar för dem och samarbetet med andra aktörer när tjänsterna ordnas (lagen om främjande av integration 681/2023). Tjänsterna avtalas med varje kund i integrationsplanen.</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig instans</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>The catalogue has no active services.</source>
        <translation>Tjänstekatalogen har inga aktiva tjänster.</translation>
    </message>
    <message>
        <source>The services of the initial stage of integration, their responsible parties and cooperation partners</source>
        <translation>Tjänsterna i integrationens inledande skede, de ansvariga och samarbetsparterna</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
    <message>
        <source>integration-programme</source>
        <translation>integrationsprogram</translation>
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
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention and erasure</source>
        <translation>Förvaringstid och radering</translation>
    </message>
    <message>
        <source>&amp;Retention period of the municipality:</source>
        <translation>Kommunens &amp;förvaringstid:</translation>
    </message>
    <message>
        <source>The period runs from the later of the case&apos;s last change (to the client or any of their plans) and the end of the client&apos;s last signed plan under its act. Viewing or printing a case does not extend it. The cases below have passed their period: erase them unless the municipality must keep them for another reason.</source>
        <translation>Förvaringstiden räknas från det senare av följande: den senaste ändringen av kunden eller någon av kundens planer, eller slutet på kundens senaste undertecknade plan enligt lagen. Att visa eller skriva ut ett ärende förlänger den inte. Förvaringstiden för ärendena nedan har löpt ut: radera dem om inte kommunen måste bevara dem av något annat skäl.</translation>
    </message>
    <message>
        <source>Cases whose retention period has ended</source>
        <translation>Ärenden vars förvaringstid har löpt ut</translation>
    </message>
    <message>
        <source>&amp;Erase client…</source>
        <translation>&amp;Radera kundens uppgifter…</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>It is not a Kotoplan database: it has no Kotoplan schema version.</source>
        <translation>Den är ingen Kotoplan-databas: den har ingen Kotoplan-schemaversion.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Kotoplan (database version %1; this program knows up to %2).</source>
        <translation>Den skrevs av en nyare version av Kotoplan (databasversion %1; det här programmet känner till upp till %2).</translation>
    </message>
    <message>
        <source>Its triggers cannot be read.</source>
        <translation>Dess triggrar kan inte läsas.</translation>
    </message>
    <message>
        <source>Triggers that protect signed plans and the audit log are missing: %1.</source>
        <translation>Triggrar som skyddar undertecknade planer och loggen saknas: %1.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Give the service a name in at least one language.</source>
        <translation>Ge tjänsten ett namn på minst ett språk.</translation>
    </message>
    <message>
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>The service could not be saved.</source>
        <translation>Tjänsten kunde inte sparas.</translation>
    </message>
    <message>
        <source>Someone else changed this service in the meantime.</source>
        <translation>Någon annan ändrade tjänsten under tiden.</translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation>Tjänsten finns inte längre.</translation>
    </message>
    <message>
        <source>The service could not be deleted.</source>
        <translation>Tjänsten kunde inte tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>The service is used in %n plan row(s) and cannot be deleted. Make it inactive instead: it is then no longer offered, and the plans keep it.</source>
        <translation>
            <numerusform>Tjänsten används på %n planrad och kan inte tas bort. Inaktivera den i stället: den erbjuds då inte längre, och planerna behåller den.</numerusform>
            <numerusform>Tjänsten används på %n planrader och kan inte tas bort. Inaktivera den i stället: den erbjuds då inte längre, och planerna behåller den.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program&apos;s default service catalogue cannot be read.</source>
        <translation>Programmets standardkatalog över tjänster kan inte läsas.</translation>
    </message>
    <message>
        <source>The service catalogue cannot be read.</source>
        <translation>Tjänstekatalogen kan inte läsas.</translation>
    </message>
    <message>
        <source>The default service catalogue is empty.</source>
        <translation>Standardkatalogen över tjänster är tom.</translation>
    </message>
    <message>
        <source>The default service catalogue could not be saved.</source>
        <translation>Standardkatalogen över tjänster kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogueEditor</name>
    <message>
        <source>Service catalogue</source>
        <translation>Tjänstekatalog</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Sök en tjänst</translation>
    </message>
    <message>
        <source>Part of a name in any language</source>
        <translation>Del av ett namn på vilket språk som helst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Name in Finnis&amp;h:</source>
        <translation>Namn på &amp;finska:</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Namn på s&amp;venska:</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Namn på &amp;engelska:</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Description in Finnish:</source>
        <translation>Beskrivning på finska:</translation>
    </message>
    <message>
        <source>Description in Finnish</source>
        <translation>Beskrivning på finska</translation>
    </message>
    <message>
        <source>Description in Swedish:</source>
        <translation>Beskrivning på svenska:</translation>
    </message>
    <message>
        <source>Description in Swedish</source>
        <translation>Beskrivning på svenska</translation>
    </message>
    <message>
        <source>Description in English:</source>
        <translation>Beskrivning på engelska:</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Beskrivning på engelska</translation>
    </message>
    <message>
        <source>&amp;Responsible party:</source>
        <translation>Ansvarig &amp;instans:</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig instans</translation>
    </message>
    <message>
        <source>&amp;Cooperation partners:</source>
        <translation>Sa&amp;marbetspartner:</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Separate with semicolons</source>
        <translation>Skilj åt med semikolon</translation>
    </message>
    <message>
        <source>&amp;Active: offered in the sub-goal table</source>
        <translation>&amp;Aktiv: erbjuds i tabellen över delmål</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Ny tjänst</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Make inactive</source>
        <translation>Ina&amp;ktivera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>F&amp;ollow-up in Finnish:</source>
        <translation>&amp;Uppföljning på finska:</translation>
    </message>
    <message>
        <source>Follow-up in Finnish</source>
        <translation>Uppföljning på finska</translation>
    </message>
    <message>
        <source>Follow-up in Swedish:</source>
        <translation>Uppföljning på svenska:</translation>
    </message>
    <message>
        <source>Follow-up in Swedish</source>
        <translation>Uppföljning på svenska</translation>
    </message>
    <message>
        <source>Follow-up in English:</source>
        <translation>Uppföljning på engelska:</translation>
    </message>
    <message>
        <source>Follow-up in English</source>
        <translation>Uppföljning på engelska</translation>
    </message>
</context>
<context>
    <name>ServiceStartDialog</name>
    <message>
        <source>Record service starts</source>
        <translation>Tjänsternas startdagar</translation>
    </message>
    <message>
        <source>The plan is signed and is kept as it is. Only the day each agreed service began is recorded here, as day.month.year; leave a row empty while its service has not begun.</source>
        <translation>Planen är undertecknad och bevaras som den är. Här antecknas bara den dag då varje överenskommen tjänst började, som dag.månad.år. Lämna raden tom så länge tjänsten inte har börjat.</translation>
    </message>
</context>
<context>
    <name>ServiceStarts</name>
    <message>
        <source>Row %1: a service cannot have started after today (%2).</source>
        <translation>Rad %1: en tjänst kan inte ha börjat efter i dag (%2).</translation>
    </message>
    <message>
        <source>The start dates could not be saved.</source>
        <translation>Startdagarna kunde inte sparas.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Planen finns inte längre.</translation>
    </message>
    <message>
        <source>Another desk changed the start dates of this plan meanwhile. Nothing was saved: the dates stored now are shown.</source>
        <translation>En annan arbetsplats ändrade under tiden den här planens startdagar. Ingenting sparades: de dagar som nu är sparade visas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your name goes into the audit log and, with your organisation, into the plans you export for the employment authority. On a shared PostgreSQL database the audit log names your database role instead.</source>
        <translation>Ditt namn skrivs i logguppgifterna och, med din organisation, i planerna du exporterar till arbetskraftsmyndigheten. I en delad PostgreSQL-databas anger logguppgifterna i stället din databasroll.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>En &amp;fil på den här datorn</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>En delad &amp;PostgreSQL-server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <source>Your role, the server and the database, as your administrator gives them. Passwords go in the PostgreSQL password file ~/.pgpass, never here.</source>
        <translation>Din roll, servern och databasen, så som administratören ger dem. Lösenord skrivs i PostgreSQL:s lösenordsfil ~/.pgpass, aldrig här.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
</context>
<context>
    <name>SigningCheck</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Planen finns inte längre.</translation>
    </message>
    <message>
        <source>The plan is already signed.</source>
        <translation>Planen är redan undertecknad.</translation>
    </message>
    <message>
        <source>Choose the main goal.</source>
        <translation>Välj huvudmålet.</translation>
    </message>
    <message>
        <source>Agree on at least one sub-goal.</source>
        <translation>Kom överens om minst ett delmål.</translation>
    </message>
    <message>
        <source>Go through the client&apos;s rights and obligations, and tick the box.</source>
        <translation>Gå igenom klientens rättigheter och skyldigheter och kryssa i rutan.</translation>
    </message>
    <message>
        <source>Make sure the client understands the plan, and tick the box.</source>
        <translation>Försäkra dig om att klienten förstår planen och kryssa i rutan.</translation>
    </message>
</context>
<context>
    <name>SqlFailure</name>
    <message>
        <source>The disk is full. Free some space and save again.</source>
        <translation>Disken är full. Frigör utrymme och spara igen.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Databasen är skrivskyddad.</translation>
    </message>
    <message>
        <source>The database is busy in another Kotoplan window. Try again in a moment.</source>
        <translation>Databasen är upptagen i ett annat Kotoplan-fönster. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The disk could not be written.</source>
        <translation>Det gick inte att skriva till disken.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasfilen är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Check the network and try again.</source>
        <translation>Anslutningen till databasservern bröts. Kontrollera nätverket och försök igen.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>The years must run from %1 to %2, the first not after the last.</source>
        <translation>Åren ska ligga mellan %1 och %2, och det första får inte komma efter det sista.</translation>
    </message>
    <message>
        <source>The statistics could not be read from the database.</source>
        <translation>Statistiken kunde inte läsas från databasen.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>First plans</source>
        <translation>Första planer</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Översyner</translation>
    </message>
    <message>
        <source>Plans per year</source>
        <translation>Planer per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Plans per month</source>
        <translation>Planer per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Plans by main goal</source>
        <translation>Planer enligt huvudmål</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Huvudmål</translation>
    </message>
    <message>
        <source>Clients by contact language</source>
        <translation>Kunder enligt kontaktspråk</translation>
    </message>
    <message>
        <source>Clients by mother tongue</source>
        <translation>Kunder enligt modersmål</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Reviews done within six months of the plan before</source>
        <translation>Översyner inom sex månader från föregående plan</translation>
    </message>
    <message>
        <source>Within six months</source>
        <translation>Inom sex månader</translation>
    </message>
    <message>
        <source>Services agreed in plans</source>
        <translation>Tjänster som avtalats i planerna</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Times agreed</source>
        <translation>Antal gånger avtalad</translation>
    </message>
    <message>
        <source>Other (free text)</source>
        <translation>Annat (fritext)</translation>
    </message>
    <message>
        <source>Clients without a plan whose 3-year window closes within 90 days of %1</source>
        <translation>Kunder utan plan vars treårsperiod går ut inom 90 dagar från %1</translation>
    </message>
    <message>
        <source>Window closes in</source>
        <translation>Perioden går ut om</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dagar</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dagar</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dagar</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <source>%1 cannot be written: check the folder and its permissions.</source>
        <translation>%1 kan inte skrivas: kontrollera mappen och dess behörigheter.</translation>
    </message>
    <message>
        <source>%1 could not be written completely; the disk may be full.</source>
        <translation>%1 kunde inte skrivas helt; disken kan vara full.</translation>
    </message>
</context>
<context>
    <name>StatisticsDocument</name>
    <message>
        <source>Computed on %1. Plans count by the day they were drawn up. The figures are anonymous: no client is named.</source>
        <translation>Beräknad %1. Planerna räknas enligt den dag de utarbetades. Siffrorna är anonyma: ingen kund nämns.</translation>
    </message>
    <message>
        <source>Follow-up statistics %1–%2</source>
        <translation>Uppföljningsstatistik %1–%2</translation>
    </message>
    <message>
        <source>%1: follow-up statistics %2–%3</source>
        <translation>%1: uppföljningsstatistik %2–%3</translation>
    </message>
    <message>
        <source>The follow-up figures of the integration programme, %1–%2</source>
        <translation>Integrationsprogrammets uppföljningssiffror %1–%2</translation>
    </message>
    <message>
        <source>%1, computed on %2</source>
        <translation>%1, beräknad %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Follow-up statistics %1–%2</source>
        <translation>Uppföljningsstatistik %1–%2</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Follow-up statistics</source>
        <translation>Uppföljningsstatistik</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;Från år:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Från år</translation>
    </message>
    <message>
        <source>&amp;To year:</source>
        <translation>&amp;Till år:</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Till år</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;bell:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportera som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save every table as a PDF/A file to print or archive</source>
        <translation>Spara alla tabeller som en PDF/A-fil för utskrift eller arkivering</translation>
    </message>
</context>
<context>
    <name>SubGoalOutcome</name>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Delvis uppnått</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Inte uppnått</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>Only a review assesses the sub-goals of the previous plan.</source>
        <translation>Endast vid en översyn bedöms delmålen i den föregående planen.</translation>
    </message>
    <message>
        <source>An outcome refers to sub-goal %1, which the previous plan does not have.</source>
        <translation>En bedömning gäller delmål %1, som den föregående planen inte har.</translation>
    </message>
    <message>
        <source>Sub-goal %1 has more than one outcome.</source>
        <translation>Delmål %1 har mer än en bedömning.</translation>
    </message>
    <message>
        <source>Say in the note how sub-goal %1 was changed.</source>
        <translation>Ange i anteckningen hur delmål %1 ändrades.</translation>
    </message>
    <message>
        <source>The note on sub-goal %1 is longer than %2 characters.</source>
        <translation>Anteckningen om delmål %1 är längre än %2 tecken.</translation>
    </message>
    <message>
        <source>Give the outcome of every sub-goal of the previous plan before signing.</source>
        <translation>Bedöm utfallet av varje delmål i den föregående planen före underteckningen.</translation>
    </message>
</context>
<context>
    <name>SubGoalsSection</name>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Sub-goals for the next 12 months and the measures agreed for them</source>
        <translation>Delmålen för de följande 12 månaderna och de tillhörande åtgärder som det ska kommas överens om</translation>
    </message>
    <message>
        <source>The sub-goals support reaching the main goal. They are pursued through practical action, for example registering as an unemployed jobseeker, applying to a course for entrepreneurs or for a study place, seeking social and health services, taking part in training, volunteering, starting family reunification, joining hobby groups, visiting the library regularly, attending the municipality&apos;s information events, an open day-care centre, workshops or an organisation&apos;s activities.</source>
        <translation>Delmålen stödjer uppnåendet av huvudmålet. Delmål eftersträvas genom praktisk verksamhet, till exempel genom att anmäla sig som arbetslös arbetssökande, genom att söka till en företagarkurs, genom att söka en studieplats, genom att söka sig till social- och hälsovårdstjänster, genom att delta i olika utbildningar, genom frivilligarbete, genom att inleda en familjeåterföreningsprocess, genom att delta i hobbygrupper, genom att regelbundet besöka bibliotek, genom att delta i kommunens informationstillfällen, genom att delta i ett öppet daghems verksamhet, i workshopverksamhet eller i någon organisations verksamhet.</translation>
    </message>
    <message>
        <source>Record service starts…</source>
        <translation>Anteckna tjänsternas start…</translation>
    </message>
    <message>
        <source>The day each agreed service began. A signed plan takes this one change.</source>
        <translation>Den dag då varje överenskommen tjänst började. I en undertecknad plan kan bara detta ändras.</translation>
    </message>
    <message>
        <source>Record service starts</source>
        <translation>Tjänsternas startdagar</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Flytta raden uppåt (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Flytta raden nedåt (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Type to edit a cell, Enter to finish it, Tab and Shift+Tab to go from cell to cell. Ctrl+Enter or Insert adds a row, Ctrl+Delete removes the row, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Skriv för att redigera en cell, Enter för att avsluta den, Tabb och Skift+Tabb för att gå från cell till cell. Ctrl+Enter eller Insert lägger till en rad, Ctrl+Delete tar bort raden, Ctrl+Upp och Ctrl+Ned flyttar den.</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Enter or Insert)</source>
        <translation>Lägg till en rad (Ctrl+Enter eller Insert)</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Ta bort den valda raden (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <source>Typing in %1</source>
        <translation>Skrivning: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedTextDialog</name>
    <message>
        <source>Your text that was not saved</source>
        <translation>Din text som inte sparades</translation>
    </message>
    <message>
        <source>The plan was signed elsewhere while you were writing, so these changes could not be saved into it. Copy what you need, for example into a review of the plan.</source>
        <translation>Planen undertecknades på annat håll medan du skrev, så dessa ändringar kunde inte sparas i den. Kopiera det du behöver, till exempel till en översyn av planen.</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Kopiera allt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Namnet är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Ange födelsedatum.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Födelsedatumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation>Födelsedatumet kan inte vara före år 1900.</translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be before the date of birth.</source>
        <translation>Datumet för det första uppehållstillståndet kan inte vara före födelsedatumet.</translation>
    </message>
    <message>
        <source>The date of the first residence permit cannot be in the future.</source>
        <translation>Datumet för det första uppehållstillståndet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>Enter the month of arrival as month and year.</source>
        <translation>Ange ankomsten som månad och år.</translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be before the date of birth.</source>
        <translation>Ankomsten till Finland kan inte vara före födelsedatumet.</translation>
    </message>
    <message>
        <source>The arrival in Finland cannot be in the future.</source>
        <translation>Ankomsten till Finland kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>A Finnish postal code has exactly 5 digits.</source>
        <translation>Ett finskt postnummer har exakt 5 siffror.</translation>
    </message>
    <message>
        <source>The phone number should have 7 to 15 digits, for example 040 123 4567 or +358 40 123 4567.</source>
        <translation>Telefonnumret ska ha 7–15 siffror, till exempel 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>E-postadressen ska ha formen namn@exempel.fi.</translation>
    </message>
    <message>
        <source>Enter the date the plan was drawn up.</source>
        <translation>Ange datum för utarbetandet av planen.</translation>
    </message>
    <message>
        <source>The plan&apos;s date cannot be before the client&apos;s date of birth.</source>
        <translation>Planens datum kan inte vara före kundens födelsedatum.</translation>
    </message>
    <message>
        <source>The first plan&apos;s date cannot be after this review&apos;s date.</source>
        <translation>Datumet för den första planen kan inte vara efter denna översyns datum.</translation>
    </message>
    <message>
        <source>Say which goal is meant for the chosen main goal.</source>
        <translation>Ange vilket mål som avses med det valda huvudmålet.</translation>
    </message>
    <message>
        <source>A text goes with the main goal only for another language level or another main goal.</source>
        <translation>En text hör till huvudmålet endast vid annan kunskapsnivå i språket eller annat huvudmål.</translation>
    </message>
    <message>
        <source>Occupational goals belong to the main goal work or entrepreneurship.</source>
        <translation>Yrkesmål hör till huvudmålet arbete eller företagande.</translation>
    </message>
    <message>
        <source>An interpreting language or mode is given, but no interpreter is marked present.</source>
        <translation>Tolkspråk eller tolkningssätt har angetts, men ingen tolk har markerats som närvarande.</translation>
    </message>
    <message>
        <source>The next meeting cannot be before the plan&apos;s date.</source>
        <translation>Nästa möte kan inte vara före planens datum.</translation>
    </message>
    <message>
        <source>Enter the date the plan was signed.</source>
        <translation>Ange datum för undertecknandet av planen.</translation>
    </message>
    <message>
        <source>The signing date cannot be in the future.</source>
        <translation>Datumet för undertecknandet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The signing date cannot be before the plan&apos;s date.</source>
        <translation>Datumet för undertecknandet kan inte vara före planens datum.</translation>
    </message>
</context>
<context>
    <name>kotoplan::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Tjänsteinnehavare</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Datoranvändare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>kotoplan::AuditLogView</name>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>The from date is not a date: type it as 23.11.2026.</source>
        <translation>Från-datumet är inget datum: skriv det som 23.11.2026.</translation>
    </message>
    <message>
        <source>The to date is not a date: type it as 23.11.2026.</source>
        <translation>Till-datumet är inget datum: skriv det som 23.11.2026.</translation>
    </message>
    <message>
        <source>The from date is after the to date.</source>
        <translation>Från-datumet är efter till-datumet.</translation>
    </message>
    <message>
        <source>The client number is a whole number, such as 42.</source>
        <translation>Kundnumret är ett heltal, till exempel 42.</translation>
    </message>
    <message>
        <source>Lines shown: %1</source>
        <translation>Visade rader: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::BackupActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>S&amp;äkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore from &amp;backup</source>
        <translation>&amp;Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>%1 – %2 clients, %3 plans</source>
        <translation>%1 – %2 klienter, %3 planer</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Inga säkerhetskopior ännu</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>A backup was written: %1</source>
        <translation>En säkerhetskopia skrevs: %1</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? It holds %2 clients and %3 plans.

Everything saved after %1 is replaced. The current database is kept as a backup first, so this can be undone.</source>
        <translation>Ersätta databasen med säkerhetskopian från %1? Den innehåller %2 klienter och %3 planer.

Allt som sparats efter %1 ersätts. Den nuvarande databasen sparas först som säkerhetskopia, så detta kan ångras.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The latest backup is from %1 and holds %2 clients and %3 plans. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Den senaste säkerhetskopian är från %1 och innehåller %2 klienter och %3 planer. Återställa den? Den skadade filen sparas i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Läser säkerhetskopiorna…</translation>
    </message>
    <message>
        <source>%1, %2 – %3 clients, %4 plans</source>
        <translation>%1, %2 – %3 klienter, %4 planer</translation>
    </message>
    <message>
        <source>%1, %2 (not restorable)</source>
        <translation>%1, %2 (kan inte återställas)</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation>Ingen plan ännu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation>Första planen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Signed, review overdue</source>
        <translation>Undertecknad, översynen försenad</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>I dag %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseListView</name>
    <message>
        <source>All cases</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Next meeting within 14 days</source>
        <translation>Nästa möte inom 14 dagar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Räknar kunder…</translation>
    </message>
</context>
<context>
    <name>kotoplan::CaseWorkspace</name>
    <message>
        <source>Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case.</source>
        <translation>Mötesläge: ingen plan är öppen. Lämna mötesläget (Ctrl+M) för att välja en kund.</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Välj först en kund i listan.</translation>
    </message>
    <message>
        <source>The database is read-only: no plan can be started.</source>
        <translation>Databasen är skrivskyddad: ingen ny plan kan påbörjas.</translation>
    </message>
    <message>
        <source>The plan that was open is not in the restored database.</source>
        <translation>Planen som var öppen finns inte i den återställda databasen.</translation>
    </message>
    <message>
        <source>Review started: give each sub-goal of the previous plan its outcome.</source>
        <translation>Översynen har inletts: ange utfallet för varje delmål i den föregående planen.</translation>
    </message>
    <message>
        <source>The previous version could not be found.</source>
        <translation>Den föregående versionen hittades inte.</translation>
    </message>
    <message>
        <source>This client already has a draft plan, of %1: it is opened instead of a second one.</source>
        <translation>Klienten har redan ett utkast till plan, daterat %1: det öppnas i stället för ett andra.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>The three-year window of %1 closed on %2: a first integration plan may no longer be due. Make one anyway?</source>
        <translation>Treårsfristen för %1 gick ut %2: en första integrationsplan behövs kanske inte längre. Gör en ändå?</translation>
    </message>
    <message>
        <source>The start dates of the services were saved.</source>
        <translation>Tjänsternas startdagar sparades.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ClientCopyActions</name>
    <message>
        <source>Print client&apos;s c&amp;opy…</source>
        <translation>Skriv ut kundens k&amp;opia…</translation>
    </message>
    <message>
        <source>The plan in plain language and large type, for the client to keep</source>
        <translation>Planen på lättläst språk och med stor text, för kunden att behålla</translation>
    </message>
    <message>
        <source>Print &amp;appointment slip…</source>
        <translation>Skriv ut tids&amp;lapp…</translation>
    </message>
    <message>
        <source>Save next &amp;meeting for the phone…</source>
        <translation>Spara nästa &amp;möte för telefonen…</translation>
    </message>
    <message>
        <source>The next meeting as a calendar file (.ics), without the client&apos;s name or the plan</source>
        <translation>Nästa möte som kalenderfil (.ics), utan kundens namn och planen</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Tidslapp</translation>
    </message>
    <message>
        <source>The plan has no next meeting planned yet.</source>
        <translation>Planen har inget nästa möte inplanerat ännu.</translation>
    </message>
    <message>
        <source>The client&apos;s copy</source>
        <translation>Kundens kopia</translation>
    </message>
    <message>
        <source>Save the next meeting</source>
        <translation>Spara nästa möte</translation>
    </message>
    <message>
        <source>next-meeting</source>
        <translation>nasta-mote</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Which language is the client&apos;s copy printed in?</source>
        <translation>På vilket språk skrivs kundens kopia ut?</translation>
    </message>
    <message>
        <source>&amp;Finnish</source>
        <translation>&amp;Finska</translation>
    </message>
    <message>
        <source>&amp;Swedish</source>
        <translation>&amp;Svenska</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Engelska</translation>
    </message>
</context>
<context>
    <name>kotoplan::ClientSection</name>
    <message>
        <source>Type the date as day.month.year, for example 23.11.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 23.11.2026.</translation>
    </message>
    <message>
        <source>Type the month and year as month/year, for example 5/2024.</source>
        <translation>Skriv månad och år som månad/år, till exempel 5/2024.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ConflictDialog</name>
    <message>
        <source>Someone else saved this case while you were writing. Nothing has been overwritten. Below are the fields where your version and theirs differ; tick the one to keep in each row. Each row starts on the side that changed it; rows you both changed are marked and start on yours.</source>
        <translation>Någon annan sparade ärendet medan du skrev. Ingenting har skrivits över. Nedan finns de fält där din version och den andras skiljer sig; kryssa för den som ska behållas på varje rad. Varje rad är förvald på den sida som ändrade fältet; rader som ni båda ändrade är markerade och förvalda på din sida.</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Spara mina val</translation>
    </message>
    <message>
        <source>The client&apos;s details in the file differ</source>
        <translation>Klientens uppgifter i filen skiljer sig</translation>
    </message>
    <message>
        <source>This client is in the database already, and the plan file holds other details. Tick in each row whether to keep the stored value or take the file&apos;s; the stored values are kept unless you choose otherwise. Cancel imports nothing.</source>
        <translation>Klienten finns redan i databasen, och planfilen har andra uppgifter. Kryssa i varje rad för om det sparade värdet ska behållas eller filens tas; de sparade värdena behålls om du inte väljer annat. Avbryt importerar ingenting.</translation>
    </message>
    <message>
        <source>The stored details and those in the file</source>
        <translation>De sparade uppgifterna och uppgifterna i filen</translation>
    </message>
    <message>
        <source>Keep &amp;all stored</source>
        <translation>Behåll &amp;alla sparade</translation>
    </message>
    <message>
        <source>Take all from the &amp;file</source>
        <translation>Ta allt från &amp;filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>kotoplan::EditRecorder</name>
    <message>
        <source>Choose %1</source>
        <translation>Val: %1</translation>
    </message>
    <message>
        <source>Edit table cell</source>
        <translation>Ändring i tabellcell</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Ny rad i tabellen</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Borttagning av tabellrad</translation>
    </message>
    <message>
        <source>Move table row</source>
        <translation>Flyttning av tabellrad</translation>
    </message>
</context>
<context>
    <name>kotoplan::EligibilitySection</name>
    <message>
        <source>The date of the first residence permit is not entered yet (see Client).</source>
        <translation>Datum för första uppehållstillstånd är inte ifyllt ännu (se Kund).</translation>
    </message>
    <message>
        <source>First residence permit: %1</source>
        <translation>Första uppehållstillstånd: %1</translation>
    </message>
    <message>
        <source>Less than 3 years have passed, so a plan can be drawn up. Deadline %1, days left: %2.</source>
        <translation>Det har gått mindre än 3 år, så en integrationsplan kan utarbetas. Sista dag %1, dagar kvar: %2.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Sista dag: %1</translation>
    </message>
    <message>
        <source>⚠ The deadline has passed (days over: %1): 3 years or more have passed since the first residence permit. Check that a plan can still be drawn up.</source>
        <translation>⚠ Sista dagen har passerat (dagar över: %1): det har gått 3 år eller mer sedan det första uppehållstillståndet. Kontrollera att en integrationsplan ännu kan utarbetas.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ErasureActions</name>
    <message>
        <source>&amp;Erase client…</source>
        <translation>&amp;Radera kundens uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Retention and erasure…</source>
        <translation>&amp;Förvaringstid och radering…</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Välj först en kund i listan.</translation>
    </message>
    <message>
        <source>Erase all personal data of %1 (born %2)?</source>
        <translation>Radera alla personuppgifter om %1 (född %2)?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the client&apos;s details and %n plan(s), of which %1 signed, with %2 sub-goals, %3 participants, %4 sub-goal outcomes and %5 lines of the hand-over register.</source>
        <translation>
            <numerusform>Detta raderar kundens uppgifter och %n plan, varav %1 undertecknade, med %2 delmål, %3 deltagare, %4 bedömningar av delmål och %5 rader i överlämningsregistret.</numerusform>
            <numerusform>Detta raderar kundens uppgifter och %n planer, varav %1 undertecknade, med %2 delmål, %3 deltagare, %4 bedömningar av delmål och %5 rader i överlämningsregistret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed plans are records: erase them only at the client&apos;s request or when the retention period has ended.</source>
        <translation>Undertecknade planer är handlingar: radera dem endast på kundens begäran eller när förvaringstiden har löpt ut.</translation>
    </message>
    <message>
        <source>The audit log keeps its lines, which hold no personal data, and records the erasure.</source>
        <translation>Logguppgifterna behåller sina rader, som inte innehåller personuppgifter, och registrerar raderingen.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Radera kundens uppgifter</translation>
    </message>
    <message>
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation>Radera uppgifterna om %1 för gott? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The client&apos;s personal data was erased.</source>
        <translation>Kundens personuppgifter raderades.</translation>
    </message>
    <message numerus="yes">
        <source>The %n backup copy(ies) in %1 are rewritten without the client; a copy that cannot be rewritten is deleted.</source>
        <translation>
            <numerusform>Den %n säkerhetskopian i %1 skrivs om utan klienten; en kopia som inte kan skrivas om raderas.</numerusform>
            <numerusform>De %n säkerhetskopiorna i %1 skrivs om utan klienten; en kopia som inte kan skrivas om raderas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotoplan::ExchangeActions</name>
    <message>
        <source>E&amp;xport for the TE office…</source>
        <translation>&amp;Exportera till arbetskraftsmyndigheten…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importera plan…</translation>
    </message>
    <message>
        <source>Write the plan as PDF/A and JSON for the employment authority</source>
        <translation>Skriv planen som PDF/A och JSON för arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Export for the TE office</source>
        <translation>Exportera till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importera en plan</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Planfiler (*.json)</translation>
    </message>
    <message>
        <source>%1: stored &quot;%2&quot;, in the file &quot;%3&quot;</source>
        <translation>%1: sparat &quot;%2&quot;, i filen &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported or changed.</source>
        <translation>Importen avbröts; ingenting importerades eller ändrades.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ExportDialog</name>
    <message>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Export for the TE office: choose a folder</source>
        <translation>Exportera till arbetskraftsmyndigheten: välj en mapp</translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Logguppgifter</translation>
    </message>
    <message>
        <source>Plan &amp;history…</source>
        <translation>Planens &amp;historik…</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Planens historik</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Välj först ett ärende.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logguppgifter</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera logguppgifterna</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpModel</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Översyn ska göras</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Översyn försenad</translation>
    </message>
    <message>
        <source>Plan period ends</source>
        <translation>Planperioden tar slut</translation>
    </message>
    <message>
        <source>3-year window closes, no plan</source>
        <translation>Treårsperioden går ut, ingen plan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Missed meeting, no new one planned</source>
        <translation>Uteblivet möte, inget nytt planerat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag försenad</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagar försenad</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>Services not started in time</source>
        <translation>Tjänsterna inleddes inte i tid</translation>
    </message>
</context>
<context>
    <name>kotoplan::FollowUpView</name>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Inget att följa upp.</translation>
    </message>
    <message>
        <source>Things to follow up: %1</source>
        <translation>Att följa upp: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <source>&amp;About Kotoplan</source>
        <translation>&amp;Om Kotoplan</translation>
    </message>
    <message>
        <source>Kotoplan %1

Integration plans for municipal integration officers.

Licence: EUPL-1.2 (European Union Public Licence)

Database in use:
%2</source>
        <translation>Kotoplan %1

Integrationsplaner för kommunernas integrationshandläggare.

Licens: EUPL-1.2 (Europeiska unionens allmänna licens)

Databas som används:
%2</translation>
    </message>
    <message>
        <source>About Kotoplan</source>
        <translation>Om Kotoplan</translation>
    </message>
</context>
<context>
    <name>kotoplan::LanguageActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
</context>
<context>
    <name>kotoplan::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Kotoplan – %1</source>
        <translation>Kotoplan – %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>New &amp;plan</source>
        <translation>Ny &amp;plan</translation>
    </message>
    <message>
        <source>New plan for this client: the first plan or a review (Ctrl+Shift+N)</source>
        <translation>Ny plan för den här kunden: den första planen eller en översyn (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>&amp;Klientlista</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Kotoplan – meeting</source>
        <translation>Kotoplan – möte</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringarna är inte sparade</translation>
    </message>
    <message>
        <source>Your latest changes are not saved.
%1

If you close now, they are lost. Keep the window open to correct them, or to let Kotoplan save them once it can?</source>
        <translation>Dina senaste ändringar är inte sparade.
%1

Om du stänger nu går de förlorade. Vill du hålla fönstret öppet för att rätta dem eller låta Kotoplan spara dem så snart det går?</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Inled &amp;översyn</translation>
    </message>
    <message>
        <source>A new draft that continues the signed plan: a copy of it, marked as a review (Ctrl+Shift+R)</source>
        <translation>Ett nytt utkast som fortsätter den undertecknade planen: en kopia av den, markerad som översyn (Ctrl+Skift+R)</translation>
    </message>
    <message>
        <source>Com&amp;pare with previous version</source>
        <translation>&amp;Jämför med föregående version</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingDialog</name>
    <message>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Redigera möte</translation>
    </message>
    <message>
        <source>Drawing up the plan</source>
        <translation>Utarbetande av planen</translation>
    </message>
    <message>
        <source>Review of the plan</source>
        <translation>Översyn av planen</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Annat möte</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Per video</translation>
    </message>
    <message>
        <source>This is the plan&apos;s next meeting: its date, time and place are changed in the plan&apos;s Next meeting field.</source>
        <translation>Detta är planens nästa möte: datum, tid och plats ändras i planens fält Nästa möte.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s date as day.month.year, for example 2.10.2025.</source>
        <translation>Skriv mötets datum som dag.månad.år, till exempel 2.10.2025.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s time as hours.minutes, for example 9.30.</source>
        <translation>Skriv mötets tid som timmar.minuter, till exempel 9.30.</translation>
    </message>
    <message>
        <source>Enter the language the interpreter was booked for.</source>
        <translation>Ange språket som tolken bokades för.</translation>
    </message>
    <message>
        <source>A meeting that has not begun yet cannot be marked held or missed: check the date, or leave it planned.</source>
        <translation>Ett möte som inte har börjat kan inte markeras som hållet eller uteblivet: kontrollera datumet eller låt det vara planerat.</translation>
    </message>
    <message>
        <source>Enter how many minutes the held meeting took.</source>
        <translation>Ange hur många minuter det hållna mötet tog.</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingMode</name>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Mötesläge</translation>
    </message>
    <message>
        <source>Meeting mode (Ctrl+M): hides the case list, the search and every other client, so the screen can be turned to the client</source>
        <translation>Mötesläge (Ctrl+M): döljer klientlistan, sökningen och alla andra kunder, så att skärmen kan vändas mot kunden</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingRecordView</name>
    <message>
        <source>No meeting to mark yet.</source>
        <translation>Inget möte att markera ännu.</translation>
    </message>
    <message>
        <source>Meeting of %1:</source>
        <translation>Mötet %1:</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingSection</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>kotoplan::MeetingTableModel</name>
    <message>
        <source>Came</source>
        <translation>Kom</translation>
    </message>
    <message>
        <source>Cancelled in time</source>
        <translation>Avbokat i tid</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Drawing up the plan</source>
        <translation>Utarbetande av planen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>på plats</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
</context>
<context>
    <name>kotoplan::NextMeetingSection</name>
    <message>
        <source>Type the time as hours.minutes, for example 14.30.</source>
        <translation>Skriv tiden som timmar.minuter, till exempel 14.30.</translation>
    </message>
    <message>
        <source>Enter the date of the next meeting.</source>
        <translation>Ange datum för nästa möte.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanComparisonDialog</name>
    <message>
        <source>The version of %1 beside the version of %2.</source>
        <translation>Versionen från %1 bredvid versionen från %2.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Versionerna är likadana.</translation>
    </message>
    <message>
        <source>Fields changed: %1 (marked in bold).</source>
        <translation>Ändrade fält: %1 (i fetstil).</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanComparisonModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (ändrad)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Före (%1)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Efter (%1)</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanEditor</name>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>This plan is signed and is kept as it is. Start a review to change it.</source>
        <translation>Den här planen är undertecknad och bevaras som den är. Påbörja en översyn för att ändra den.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Meetings of the case</source>
        <translation>Ärendets möten</translation>
    </message>
    <message>
        <source>Signed %1 by %2</source>
        <translation>Undertecknad %1, registrerad av %2</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanHistoryModel</name>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation>Den första integrationsplanen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Registrerad av</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanHistoryView</name>
    <message>
        <source>This is the first version: nothing to compare.</source>
        <translation>Det här är den första versionen: inget att jämföra.</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>Välj en eller två versioner att jämföra.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Versionerna är likadana.</translation>
    </message>
    <message>
        <source>Fields changed: %1</source>
        <translation>Ändrade fält: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanSection</name>
    <message>
        <source>Type the date as day.month.year, for example 23.11.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 23.11.2026.</translation>
    </message>
</context>
<context>
    <name>kotoplan::PlanSession</name>
    <message>
        <source>Kotoplan tries again by itself; your text stays here.</source>
        <translation>Kotoplan försöker igen av sig själv; din text finns kvar här.</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this case while you were writing. Nothing was overwritten and your text is still here. Compare the two versions and choose what to keep.</source>
        <translation>Inte sparat: någon annan sparade ärendet medan du skrev. Ingenting skrevs över och din text finns kvar här. Jämför versionerna och välj vad som ska behållas.</translation>
    </message>
    <message>
        <source>Not saved: this plan is no longer in the database. Your text is still here; copy what you need.</source>
        <translation>Inte sparat: planen finns inte längre i databasen. Din text finns kvar här; kopiera det du behöver.</translation>
    </message>
    <message>
        <source>Not saved: the plan was signed in the meantime and is kept as it is. Your text is still here; start a review to carry it on.</source>
        <translation>Inte sparat: planen undertecknades under tiden och bevaras som den är. Din text finns kvar här; påbörja en översyn för att föra den vidare.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Inte sparat: %1 Din text finns kvar.</translation>
    </message>
    <message>
        <source>This plan was signed on %1 by %2 elsewhere (another desk or the command line) and is kept as it is now. Start a review to change it.</source>
        <translation>Planen undertecknades %1 på annat håll (vid en annan arbetsstation eller från kommandoraden), registrerad av %2, och hålls nu som den är. Inled en översyn för att ändra den.</translation>
    </message>
    <message>
        <source>This plan was signed on %1 by %2 elsewhere (another desk or the command line) and is kept as it is now. Your latest changes could not go into it: they are shown in a window of their own for copying, for example into a review.</source>
        <translation>Planen undertecknades %1 på annat håll (vid en annan arbetsstation eller från kommandoraden), registrerad av %2, och hålls nu som den är. Dina senaste ändringar kunde inte komma med: de visas i ett eget fönster så att du kan kopiera dem, till exempel till en översyn.</translation>
    </message>
</context>
<context>
    <name>kotoplan::PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Show the printed plan before printing</source>
        <translation>Visa den utskrivna planen före utskrift</translation>
    </message>
    <message>
        <source>Save the plan as a PDF/A file to archive or send</source>
        <translation>Spara planen som en PDF/A-fil för arkivering eller för att skicka</translation>
    </message>
    <message>
        <source>The language of the printed plan</source>
        <translation>Den utskrivna planens språk</translation>
    </message>
    <message>
        <source>Print &amp;language: %1</source>
        <translation>Utskri&amp;ftsspråk: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>Planen kunde inte skrivas ut.</translation>
    </message>
    <message>
        <source>Print language: %1</source>
        <translation>Utskriftsspråk: %1</translation>
    </message>
</context>
<context>
    <name>kotoplan::ProgrammeActions</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Service catalogue…</source>
        <translation>&amp;Tjänstekatalog…</translation>
    </message>
    <message>
        <source>&amp;Follow-up statistics…</source>
        <translation>Uppföljnings&amp;statistik…</translation>
    </message>
    <message>
        <source>Integration &amp;programme document…</source>
        <translation>Dokument om &amp;integrationsprogrammet…</translation>
    </message>
    <message>
        <source>P&amp;rint the integration programme…</source>
        <translation>Skriv &amp;ut integrationsprogrammet…</translation>
    </message>
    <message>
        <source>Save the integration programme as P&amp;DF…</source>
        <translation>Spara integrationsprogrammet som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the integration programme as a PDF/A file to archive or publish</source>
        <translation>Spara integrationsprogrammet som PDF/A-fil för arkivering eller publicering</translation>
    </message>
    <message>
        <source>&amp;Municipality and service point…</source>
        <translation>&amp;Kommun och servicepunkt…</translation>
    </message>
    <message>
        <source>The integration programme</source>
        <translation>Integrationsprogrammet</translation>
    </message>
    <message>
        <source>Print the integration programme</source>
        <translation>Skriv ut integrationsprogrammet</translation>
    </message>
    <message>
        <source>Save the integration programme as PDF</source>
        <translation>Spara integrationsprogrammet som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read the plans, but nothing can be changed or saved.</source>
        <translation>&lt;b&gt;Skrivskyddad.&lt;/b&gt; %1 Du kan läsa planerna, men ingenting kan ändras eller sparas.</translation>
    </message>
</context>
<context>
    <name>kotoplan::RetentionModel</name>
    <message numerus="yes">
        <source>%n plan(s), %1 signed</source>
        <translation>
            <numerusform>%n plan, %1 undertecknade</numerusform>
            <numerusform>%n planer, %1 undertecknade</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Period runs from</source>
        <translation>Förvaringstiden börjar</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Förvaringstiden slutade</translation>
    </message>
</context>
<context>
    <name>kotoplan::RetentionView</name>
    <message numerus="yes">
        <source>%n case(s) past the retention period</source>
        <translation>
            <numerusform>%n ärende vars förvaringstid har löpt ut</numerusform>
            <numerusform>%n ärenden vars förvaringstid har löpt ut</numerusform>
        </translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
</context>
<context>
    <name>kotoplan::SaveConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (ändrat av båda)</translation>
    </message>
    <message>
        <source>%1 (changed by you)</source>
        <translation>%1 (ändrat av dig)</translation>
    </message>
    <message>
        <source>%1 (changed by the other)</source>
        <translation>%1 (ändrat av den andra)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Sparat under tiden</translation>
    </message>
    <message>
        <source>Keep stored</source>
        <translation>Behåll sparat</translation>
    </message>
    <message>
        <source>Take from the file</source>
        <translation>Ta från filen</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceCatalogueEditor</name>
    <message>
        <source>&amp;Make inactive</source>
        <translation>Ina&amp;ktivera</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>A&amp;ktivera</translation>
    </message>
    <message>
        <source>Plans use this service: make it inactive instead.</source>
        <translation>Planer använder tjänsten: inaktivera den i stället.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparad.</translation>
    </message>
    <message>
        <source>Delete the service &quot;%1&quot; from the catalogue?</source>
        <translation>Ta bort tjänsten ”%1” ur katalogen?</translation>
    </message>
    <message>
        <source>The service was deleted.</source>
        <translation>Tjänsten togs bort.</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceCatalogueModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig instans</translation>
    </message>
    <message>
        <source>Cooperation partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan rows</source>
        <translation>Planrader</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceStartDialog</name>
    <message>
        <source>Row %1: type the date as day.month.year, for example 2.10.2025.</source>
        <translation>Rad %1: skriv datumet som dag.månad.år, till exempel 2.10.2025.</translation>
    </message>
    <message>
        <source>Started on: %1</source>
        <translation>Började: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceSuggestionModel</name>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Ansvarig: %2</translation>
    </message>
</context>
<context>
    <name>kotoplan::SettingsActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Your name and organisation, and the database Kotoplan works on</source>
        <translation>Ditt namn och din organisation samt databasen som Kotoplan använder</translation>
    </message>
</context>
<context>
    <name>kotoplan::SettingsDialog</name>
    <message>
        <source>Empty: Kotoplan&apos;s own file, %1</source>
        <translation>Tomt: Kotoplans egen fil, %1</translation>
    </message>
    <message>
        <source>This window uses the database given on the command line (--database): %1. What you choose here is stored for the next start without --database.</source>
        <translation>Det här fönstret använder databasen som angavs på kommandoraden (--database): %1. Det du väljer här sparas till nästa start utan --database.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, or choose a file on this computer.</source>
        <translation>Skriv serverns adress eller välj en fil på den här datorn.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Kotoplan databases (*.sqlite)</source>
        <translation>Kotoplan-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Test passed. %1</source>
        <translation>Testet lyckades. %1</translation>
    </message>
    <message>
        <source>Test failed. %1</source>
        <translation>Testet misslyckades. %1</translation>
    </message>
    <message>
        <source>The database was not switched: your latest changes in the open plan are not saved yet.</source>
        <translation>Databasen byttes inte: dina senaste ändringar i den öppna planen är inte sparade ännu.</translation>
    </message>
</context>
<context>
    <name>kotoplan::SignActions</name>
    <message>
        <source>&amp;Sign plan…</source>
        <translation>Under&amp;teckna planen…</translation>
    </message>
    <message>
        <source>Record that the client and you signed the printed plan: it is then kept as it is (Ctrl+Shift+S)</source>
        <translation>Registrera att klienten och du undertecknade den utskrivna planen: den hålls sedan som den är (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Välj först en klient i listan.</translation>
    </message>
    <message>
        <source>The database is read-only: no plan can be signed.</source>
        <translation>Databasen är skrivskyddad: ingen plan kan undertecknas.</translation>
    </message>
    <message>
        <source>Sign plan</source>
        <translation>Underteckna planen</translation>
    </message>
    <message>
        <source>The plan cannot be signed before your latest changes are saved:
%1</source>
        <translation>Planen kan inte undertecknas innan dina senaste ändringar har sparats:
%1</translation>
    </message>
    <message>
        <source>The plan cannot be signed yet. Still missing:

%1</source>
        <translation>Planen kan inte undertecknas ännu. Fortfarande saknas:

%1</translation>
    </message>
    <message>
        <source>Record that %1 and you signed the printed plan?

Date: %2
Officer: %3
Organisation: %4

A signed plan is kept as it is: later changes go into a review.</source>
        <translation>Registrera att %1 och du undertecknade den utskrivna planen?

Datum: %2
Tjänsteinnehavare: %3
Organisation: %4

En undertecknad plan hålls som den är: senare ändringar görs i en översyn.</translation>
    </message>
    <message>
        <source>(not set: Edit &gt; Settings)</source>
        <translation>(inte inställt: Redigera &gt; Inställningar)</translation>
    </message>
    <message>
        <source>The plan is signed and kept as it is.</source>
        <translation>Planen är undertecknad och hålls som den är.</translation>
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
        <translation>Statistiken sparades i %1.</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exportera statistiken</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save the statistics as PDF</source>
        <translation>Spara statistiken som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalModel</name>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig instans</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>A service of the integration programme&apos;s catalogue</source>
        <translation>En tjänst i integrationsprogrammets tjänstekatalog</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>The day the service began, for example 2.10.2025</source>
        <translation>Dagen då tjänsten började, till exempel 2.10.2025</translation>
    </message>
    <message>
        <source>Type the start date as day.month.year, for example 2.10.2025.</source>
        <translation>Skriv startdatumet som dag.månad.år, till exempel 2.10.2025.</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalOutcomeModel</name>
    <message>
        <source>Sub-goal of the previous plan</source>
        <translation>Delmål i den föregående planen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>kotoplan::SubGoalsSection</name>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
</context>
<context>
    <name>kotoplan::TableEditor</name>
    <message>
        <source>Add row to %1</source>
        <translation>Lägg till rad: %1</translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation>Ta bort rad: %1</translation>
    </message>
    <message>
        <source>Move row up in %1</source>
        <translation>Flytta raden uppåt: %1</translation>
    </message>
    <message>
        <source>Move row down in %1</source>
        <translation>Flytta raden nedåt: %1</translation>
    </message>
</context>
</TS>
