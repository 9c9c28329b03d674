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
        <translation type="unfinished">Nimi</translation>
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
        <translation type="unfinished">Syntymäaika</translation>
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
        <translation type="unfinished">Kaikki äidinkielet</translation>
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
        <translation type="unfinished">Kansalaisuus</translation>
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
        <translation type="unfinished">Asiointikieli</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Osoite</translation>
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
        <translation type="unfinished">Puhelinnumero</translation>
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
        <translation type="unfinished">Sähköposti</translation>
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
        <translation>pdf tarvitsee valitsimen --plan ID, numeron jonka list näyttää.</translation>
    </message>
    <message>
        <source>pdf needs --out FILE.pdf.</source>
        <translation>pdf tarvitsee valitsimen --out TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang hyväksyy yhden näistä: %1.</translation>
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
        <source>Kotoplan: integration plans for immigrants outside the labour force.

Commands:
  (none)   start the program
  demo     fill the database with invented demo clients
  list     list the plans, one a line: id, name, date of birth, date, kind, status
  check    show the schema version, the integrity and the counts
  pdf      write a plan as PDF/A: --plan ID --out FILE.pdf [--lang fi|sv|en]</source>
        <translation>Kotoplan: kotoutumissuunnitelmat työvoiman ulkopuolella oleville maahanmuuttajille.

Komennot:
  (ei mitään)  käynnistä ohjelma
  demo     täytä tietokanta keksityillä esimerkkiasiakkailla
  list     luettele suunnitelmat, yksi riviä kohden: tunnus, nimi, syntymäaika, päivämäärä, laji, tila
  check    näytä skeeman versio, eheys ja määrät
  pdf      kirjoita suunnitelma PDF/A-tiedostoksi: --plan ID --out TIEDOSTO.pdf [--lang fi|sv|en]</translation>
    </message>
    <message>
        <source>pdf: the plan&apos;s id, as list shows it.</source>
        <translation>pdf: suunnitelman tunnus, kuten list sen näyttää.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunnus</translation>
    </message>
    <message>
        <source>pdf: the language of the printed plan: fi, sv or en.</source>
        <translation>pdf: tulostetun suunnitelman kieli: fi, sv tai en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>pdf: the PDF file to write.</source>
        <translation>pdf: kirjoitettava PDF-tiedosto.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>demo, list, check or pdf</source>
        <translation>demo, list, check tai pdf</translation>
    </message>
    <message>
        <source>--%1 goes with pdf only.</source>
        <translation>--%1 käy vain komennon pdf kanssa.</translation>
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
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The plan could not be made into a PDF for %1.</source>
        <translation>Suunnitelmasta ei voitu tehdä PDF-tiedostoa %1.</translation>
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
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Syntymäaika</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation type="unfinished">Suunnitelman päivämäärä</translation>
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
        <translation type="unfinished">Seuraava tapaaminen</translation>
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
        <translation>&amp;Esikatsele tuloste…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF-tiedostoksi…</translation>
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
        <source>Print &amp;language: %1</source>
        <translation>Tulosteen &amp;kieli: %1</translation>
    </message>
</context>
</TS>
