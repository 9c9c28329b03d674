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
        <translation type="unfinished">Namn</translation>
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
        <translation type="unfinished">Födelsedatum</translation>
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
        <translation type="unfinished">Samtliga modersmål</translation>
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
        <translation type="unfinished">Medborgarskap</translation>
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
        <translation type="unfinished">Kontaktspråk</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adress</translation>
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
        <translation type="unfinished">Telefonnummer</translation>
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
        <translation type="unfinished">E-postadress</translation>
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
        <source>pdf needs --plan ID, the number that list shows.</source>
        <translation>pdf behöver --plan ID, numret som list visar.</translation>
    </message>
    <message>
        <source>pdf needs --out FILE.pdf.</source>
        <translation>pdf behöver --out FIL.pdf.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang tar ett av: %1.</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts
  pdf      write a plan as PDF/A: --plan ID --out FILE.pdf [--lang fi|sv|en]</source>
        <translation>Kotoplan: integrationsplaner för invandrare utanför arbetskraften.

Kommandon:
  (inget)  starta programmet
  demo     fyll databasen med påhittade demokunder
  list     lista planerna, en per rad: id, namn, födelsedatum, datum, typ, status
  check    visa schemaversionen, integriteten och antalen
  pdf      skriv en plan som PDF/A: --plan ID --out FIL.pdf [--lang fi|sv|en]</translation>
    </message>
    <message>
        <source>pdf: the plan&apos;s id, as list shows it.</source>
        <translation>pdf: planens id, som list visar det.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>pdf: the language of the printed plan: fi, sv or en.</source>
        <translation>pdf: den utskrivna planens språk: fi, sv eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>pdf: the PDF file to write.</source>
        <translation>pdf: PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>demo, list, check or pdf</source>
        <translation>demo, list, check eller pdf</translation>
    </message>
    <message>
        <source>--%1 goes with pdf only.</source>
        <translation>--%1 hör bara till pdf.</translation>
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
    <name>PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>The plan could not be made into a PDF for %1.</source>
        <translation>Planen kunde inte göras till en PDF-fil för %1.</translation>
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
        <translation type="unfinished">Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Födelsedatum</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished">Planens datum</translation>
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
        <translation type="unfinished">Nästa möte</translation>
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
    <name>kotoplan::PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
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
        <source>Print &amp;language: %1</source>
        <translation>Utskrifts&amp;språk: %1</translation>
    </message>
</context>
</TS>
