<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <translation>Asiakas</translation>
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
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts</source>
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
        <source>demo, list or check</source>
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
        <translation>Kotoutumissuunnitelman tarkistus</translation>
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
    <name>MainGoal</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
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
        <source>Another level of Finnish or Swedish, which</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Insert adds a row, Delete removes the row, Ctrl+Up and Ctrl+Down move it. Type or press F2 to edit a cell.</source>
        <translation>Insert lisää rivin, Delete poistaa rivin, Ctrl+Ylös ja Ctrl+Alas siirtävät sitä. Muokkaa solua kirjoittamalla tai painamalla F2.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Lisää rivi (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Poista valittu rivi (Delete)</translation>
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
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <source>Typing in %1</source>
        <translation>Kirjoitus: %1</translation>
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
        <translation>Nimi</translation>
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
        <translation>Seuraava tapaaminen</translation>
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
    <name>kotoplan::CaseWorkspace</name>
    <message>
        <source>Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Suunnitelmaa ei voitu avata.</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Valitse ensin asiakas listasta.</translation>
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
        <translation type="unfinished"></translation>
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
        <translation>Uusi suunnitelma tälle asiakkaalle: ensimmäinen suunnitelma tai tarkistus (Ctrl+Vaihto+N)</translation>
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
    <name>kotoplan::MeetingSection</name>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
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
        <translation>Tämä suunnitelma on allekirjoitettu ja säilytetään sellaisenaan. Aloita tarkistus muuttaaksesi sitä.</translation>
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
        <source>Not saved: someone else changed this client&apos;s details in the meantime. Your text is kept here; copy what you need, then open the case again.</source>
        <translation>Ei tallennettu: joku muu muutti asiakkaan tietoja sillä välin. Tekstisi on tallessa tässä; kopioi tarvitsemasi ja avaa asiakas uudelleen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this plan in the meantime. Your text is kept here and nothing was overwritten; copy what you need, then open the plan again.</source>
        <translation>Ei tallennettu: joku muu muutti suunnitelmaa sillä välin. Tekstisi on tallessa tässä eikä mitään kirjoitettu yli; kopioi tarvitsemasi ja avaa suunnitelma uudelleen.</translation>
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
