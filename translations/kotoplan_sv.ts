<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
        <translation type="unfinished">Kund</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts
  sign     sign a draft plan: --plan ID [--date DATE] [--officer NAME]
  audit    print the audit log, newest first (--csv for CSV)</source>
        <translation>Kotoplan: integrationsplaner för invandrare utanför arbetskraften.

Kommandon:
  (inget)  starta programmet
  demo     fyll databasen med påhittade demokunder
  list     lista planerna, en per rad: id, namn, födelsedatum, datum, typ, status
  check    visa databasversionen, integriteten och antalen
  sign     underteckna ett planutkast: --plan ID [--date DATUM] [--officer NAMN]
  audit    skriv ut logguppgifterna, nyaste först (--csv för CSV)</translation>
    </message>
    <message>
        <source>sign: the plan&apos;s number.</source>
        <translation>sign: planens nummer.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
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
        <source>sign: the officer who records the signing (the settings&apos; name if not given).</source>
        <translation>sign: tjänsteinnehavaren som registrerar underteckningen (namnet i inställningarna om inget anges).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>audit: print CSV (RFC 4180).</source>
        <translation>audit: skriv ut som CSV (RFC 4180).</translation>
    </message>
    <message>
        <source>demo, list, check, sign or audit</source>
        <translation>demo, list, check, sign eller audit</translation>
    </message>
    <message>
        <source>--%1 goes with sign only.</source>
        <translation>--%1 hör bara till sign.</translation>
    </message>
    <message>
        <source>--csv goes with audit only.</source>
        <translation>--csv hör bara till audit.</translation>
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
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Meetings in the next 14 days, reviews due or overdue, plan periods ending, and clients without a plan whose 3-year window closes within 90 days. Press Enter or double-click to open the case.</source>
        <translation>Möten inom de närmaste 14 dagarna, översyner som ska göras eller är försenade, planperioder som tar slut samt kunder utan plan vars treårsperiod går ut inom 90 dagar. Tryck på Enter eller dubbelklicka för att öppna ärendet.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
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
    <name>kotoplan::CaseListModel</name>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Översyn</translation>
    </message>
    <message>
        <source>First plan</source>
        <translation type="unfinished">Den första integrationsplanen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Undertecknad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Utkast</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished">Planens datum</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
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
</TS>
