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
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Insert adds a row, Delete removes the row, Ctrl+Up and Ctrl+Down move it. Type or press F2 to edit a cell.</source>
        <translation>Insert lägger till en rad, Delete tar bort raden, Ctrl+Upp och Ctrl+Ned flyttar den. Skriv eller tryck F2 för att redigera en cell.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Lägg till en rad (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Ta bort den valda raden (Delete)</translation>
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
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <source>Typing in %1</source>
        <translation>Skrivning: %1</translation>
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
    <name>kotoplan::CaseWorkspace</name>
    <message>
        <source>Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Planen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Välj först en kund i listan.</translation>
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
    <name>kotoplan::MeetingSection</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
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
        <source>Not saved: someone else changed this client&apos;s details in the meantime. Your text is kept here; copy what you need, then open the case again.</source>
        <translation>Inte sparad: någon annan ändrade kundens uppgifter under tiden. Din text finns kvar här; kopiera det du behöver och öppna kunden på nytt.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this plan in the meantime. Your text is kept here and nothing was overwritten; copy what you need, then open the plan again.</source>
        <translation>Inte sparad: någon annan ändrade planen under tiden. Din text finns kvar här och ingenting skrevs över; kopiera det du behöver och öppna planen på nytt.</translation>
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
