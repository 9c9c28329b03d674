<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
        <source>The database cannot be written to.</source>
        <translation type="unfinished">Det går inte att skriva till databasen.</translation>
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
        <source>--%1 takes a year from %2 to %3.</source>
        <translation>--%1 tar ett år mellan %2 och %3.</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 kommer efter --to %2.</translation>
    </message>
    <message>
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts
  stats    print the anonymous follow-up statistics for a range of years</source>
        <translation>Kotoplan: integrationsplaner för invandrare utanför arbetskraften.

Kommandon:
  (inget)  starta programmet
  demo     fyll databasen med påhittade demokunder
  list     lista planerna, en per rad: id, namn, födelsedatum, datum, typ, status
  check    visa databasversionen, integriteten och antalen
  stats    skriv ut den anonyma uppföljningsstatistiken för en period av år</translation>
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
        <source>stats: print CSV (RFC 4180) instead of tables.</source>
        <translation>stats: skriv ut CSV (RFC 4180) i stället för tabeller.</translation>
    </message>
    <message>
        <source>demo, list, check or stats</source>
        <translation>demo, list, check eller stats</translation>
    </message>
    <message>
        <source>--%1 goes with stats only.</source>
        <translation>--%1 hör bara till stats.</translation>
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
        <translation type="unfinished">Det går inte att skriva till databasen.</translation>
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
        <source>The catalogue has no active services.</source>
        <translation>Tjänstekatalogen har inga aktiva tjänster.</translation>
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
        <source>F&amp;ollow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
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
        <source>Make &amp;inactive</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
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
        <translation type="unfinished">Status</translation>
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
        <source>Follow-up &amp;statistics…</source>
        <translation>Uppföljnings&amp;statistik…</translation>
    </message>
    <message>
        <source>Integration &amp;programme document…</source>
        <translation>Dokument om &amp;integrationsprogrammet…</translation>
    </message>
</context>
<context>
    <name>kotoplan::ServiceCatalogueEditor</name>
    <message>
        <source>Make &amp;inactive</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Aktivera</translation>
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
    <name>kotoplan::ServiceSuggestionModel</name>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Ansvarig: %2</translation>
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
</context>
</TS>
