<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
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
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
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
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny kund</translation>
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
        <source>All &amp;mother tongues</source>
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
        <source>&amp;Citizenship</source>
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
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
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
        <source>Post o&amp;ffice</source>
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
        <source>P&amp;hone</source>
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
        <source>&amp;E-mail</source>
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
        <source>Arri&amp;val in Finland (month/year)</source>
        <translation>Ank&amp;omst till Finland (månad/år)</translation>
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
        <source>First &amp;residence permit</source>
        <translation>Första &amp;uppehållstillstånd</translation>
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
        <source>The database cannot be written to.</source>
        <translation>Det går inte att skriva till databasen.</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts</source>
        <translation>Kotoplan: integrationsplaner för invandrare utanför arbetskraften.

Kommandon:
  (inget)  starta programmet
  demo     fyll databasen med påhittade demokunder
  list     lista planerna, en per rad: id, namn, födelsedatum, datum, typ, status
  check    visa schemaversion, integritet och antal</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasfilen.</translation>
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
        <source>demo, list or check</source>
        <translation>demo, list eller check</translation>
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
        <source>--clients goes with demo only.</source>
        <translation>--clients hör endast till demo.</translation>
    </message>
    <message>
        <source>--search goes with list only.</source>
        <translation>--search hör endast till list.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
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
        <source>%1 is not a Kotoplan database. It was left unchanged.</source>
        <translation>%1 är ingen Kotoplan-databas. Filen lämnades oförändrad.</translation>
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
        <source>%1 is damaged and was not changed. Restore it from a backup.</source>
        <translation>%1 är skadad och ändrades inte. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 kan inte öppnas för skrivning.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1.</source>
        <translation>En säkerhetskopia kunde inte skrivas till %1.</translation>
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
</context>
</TS>
