<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Only the clients the Clients sheet shows</source>
            <translation>Dim ond y cleientiaid mae'r ddalen Cleientiaid yn eu dangos</translation>
        </message>
        <message>
            <source>When the client sheet is filtered, analyse just those clients.</source>
            <translation>Pan fydd dalen y cleientiaid wedi'i hidlo, dadansoddi'r cleientiaid hynny yn unig.</translation>
        </message>
    </context>
    <context>
        <name>AsOfEditor</name>
        <message>
            <source>Latest transaction</source>
            <translation>Y trafodyn diweddaraf</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Print client summaries</source>
            <translation>Argraffu crynodebau cleientiaid</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected client(s)</source>
            <translation>
                <numerusform>Y %n cleient a ddewiswyd</numerusform>
                <numerusform>Yr %n cleient a ddewiswyd</numerusform>
                <numerusform>Y %n cleient a ddewiswyd</numerusform>
                <numerusform>Y %n cleient a ddewiswyd</numerusform>
                <numerusform>Y %n cleient a ddewiswyd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s) the filter shows</source>
            <translation>
                <numerusform>Pob un o'r %n cleient mae'r hidlydd yn eu dangos</numerusform>
                <numerusform>Yr %n cleient mae'r hidlydd yn ei ddangos</numerusform>
                <numerusform>Pob un o'r %n cleient mae'r hidlydd yn eu dangos</numerusform>
                <numerusform>Pob un o'r %n cleient mae'r hidlydd yn eu dangos</numerusform>
                <numerusform>Pob un o'r %n cleient mae'r hidlydd yn eu dangos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s)</source>
            <translation>
                <numerusform>Pob un o'r %n cleient</numerusform>
                <numerusform>Yr %n cleient</numerusform>
                <numerusform>Pob un o'r %n cleient</numerusform>
                <numerusform>Pob un o'r %n cleient</numerusform>
                <numerusform>Pob un o'r %n cleient</numerusform>
            </translation>
        </message>
        <message>
            <source>One PDF file, one page per client</source>
            <translation>Un ffeil PDF, un dudalen i bob cleient</translation>
        </message>
        <message>
            <source>One PDF file per client, into a folder</source>
            <translation>Un ffeil PDF i bob cleient, mewn ffolder</translation>
        </message>
        <message>
            <source>Print, with a preview first</source>
            <translation>Argraffu, gyda rhagolwg yn gyntaf</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Fersiwn</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Allbwn</translation>
        </message>
        <message>
            <source>One page per client.</source>
            <translation>Un dudalen i bob cleient.</translation>
        </message>
    </context>
    <context>
        <name>CallListModel</name>
        <message>
            <source>What they have spent so far plus what the forecast expects of them if they are still a client.</source>
            <translation>Yr hyn maen nhw wedi'i wario hyd yma, a'r hyn mae'r rhagolwg yn ei ddisgwyl ganddyn nhw os ydyn nhw'n dal yn gleientiaid.</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Valuable clients whose chance of still being a client is falling: worth a call before they are gone.</source>
            <translation>Cleientiaid gwerthfawr y mae'r siawns eu bod yn dal yn gleientiaid yn gostwng: mae'n werth eu ffonio cyn iddyn nhw fynd.</translation>
        </message>
        <message>
            <source>Chance still a client below</source>
            <translation>Siawns yn dal yn gleient yn is na</translation>
        </message>
        <message>
            <source>Worth at least, if they come back</source>
            <translation>Gwerth o leiaf, os dônt yn ôl</translation>
        </message>
        <message>
            <source>the top quarter</source>
            <translation>y chwarter uchaf</translation>
        </message>
        <message>
            <source>Valuable means among the top quarter of clients by what they are worth if they come back. Untick to set the amount yourself.</source>
            <translation>Mae gwerthfawr yn golygu ymhlith chwarter uchaf y cleientiaid yn ôl eu gwerth os dônt yn ôl. Dad-diciwch i osod y swm eich hun.</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>Hidlo yn ôl enw neu ID…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Cadw fel P&amp;DF…</translation>
        </message>
        <message>
            <source>E&amp;xport as a sheet…</source>
            <translation>A&amp;llforio fel dalen…</translation>
        </message>
        <message>
            <source>and worth, if they come back, at least</source>
            <translation>a gwerth, os dônt yn ôl, o leiaf</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history… the list follows.</source>
            <translation>Wrthi'n diweddaru'r rhagolwg o hanes y cleientiaid… bydd y rhestr yn dilyn.</translation>
        </message>
        <message>
            <source>Working out the forecast from the clients' history…</source>
            <translation>Wrthi'n cyfrifo'r rhagolwg o hanes y cleientiaid…</translation>
        </message>
        <message>
            <source>No forecast yet: %1</source>
            <translation>Dim rhagolwg eto: %1</translation>
        </message>
        <message>
            <source>there are no purchases to learn from.</source>
            <translation>does dim pryniannau i ddysgu ohonyn nhw.</translation>
        </message>
        <message>
            <source>%1 clients with a purchase (it needs %2)</source>
            <translation>%1 cleient â phryniant (mae angen %2)</translation>
        </message>
        <message>
            <source>%1 clients who bought more than once (it needs %2)</source>
            <translation>%1 cleient a brynodd fwy nag unwaith (mae angen %2)</translation>
        </message>
        <message>
            <source>%1 of %2 needed</source>
            <translation>%1 o'r %2 sydd eu hangen</translation>
        </message>
        <message>
            <source>Too little history to forecast who may be slipping away: this file has %1. Until then, the formula's values stand.</source>
            <translation>Rhy ychydig o hanes i ragweld pwy allai fod yn llithro i ffwrdd: mae gan y ffeil hon %1. Tan hynny, gwerthoedd y fformiwla sy'n cyfrif.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The forecast could not be fitted to this history, so there is no list; the formula's values stand.</source>
            <translation>Doedd dim modd llunio'r rhagolwg o'r hanes hwn, felly does dim rhestr; gwerthoedd y fformiwla sy'n cyfrif.</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back, the top quarter)</source>
            <translation>Mae %1 o %2 cleient yn werthfawr (gwerth o leiaf %3 os dônt yn ôl, y chwarter uchaf)</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back)</source>
            <translation>Mae %1 o %2 cleient yn werthfawr (gwerth o leiaf %3 os dônt yn ôl)</translation>
        </message>
        <message>
            <source>%1; %2 of them have a chance below %3 of still being a client. Forecast as of %4.</source>
            <translation>%1; mae gan %2 ohonyn nhw siawns o lai na %3 eu bod yn dal yn gleientiaid. Rhagolwg ar %4.</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Cadw'r rhestr fel PDF</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Methu cadw'r PDF</translation>
        </message>
        <message>
            <source>Saved the list to %1</source>
            <translation>Cadwyd y rhestr i %1</translation>
        </message>
        <message>
            <source>Export the list as a sheet</source>
            <translation>Allforio'r rhestr fel dalen</translation>
        </message>
        <message>
            <source>Could not export the list</source>
            <translation>Methu allforio'r rhestr</translation>
        </message>
        <message>
            <source>Exported the list to %1</source>
            <translation>Allforiwyd y rhestr i %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dogfennau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ClientsModel</name>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Each client's life-cycle stage, worked out from their purchases; it changes when the data or a lever changes.</source>
            <translation>Cam cylch bywyd pob cleient, wedi'i gyfrifo o'u pryniannau; mae'n newid pan fydd y data neu lifer yn newid.</translation>
        </message>
        <message>
            <source>When more than one fits, the first in this order counts: %1.</source>
            <translation>Pan fydd mwy nag un yn ffitio, yr un cyntaf yn y drefn hon sy'n cyfrif: %1.</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history…</source>
            <translation>Wrthi'n diweddaru'r rhagolwg o hanes y cleientiaid…</translation>
        </message>
        <message>
            <source>Forecast from this client's own purchases (BG/NBD and Gamma-Gamma); see Why this number.</source>
            <translation>Rhagolwg o bryniannau'r cleient hwn ei hun (BG/NBD a Gamma-Gamma); gweler Pam y rhif hwn.</translation>
        </message>
        <message>
            <source>No client has this ID, so this referral counts for no one.</source>
            <translation>Does gan yr un cleient yr ID hwn, felly nid yw'r atgyfeiriad hwn yn cyfrif i neb.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Client ID</source>
            <translation>ID cleient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Formula lifetime value</source>
            <translation>Gwerth oes (fformiwla)</translation>
        </message>
        <message>
            <source>Predicted lifetime value</source>
            <translation>Gwerth oes a ragwelir</translation>
        </message>
        <message>
            <source>Chance still a client</source>
            <translation>Siawns yn dal yn gleient</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Pryniant diwethaf</translation>
        </message>
        <message>
            <source>Usual gap (days)</source>
            <translation>Bwlch arferol (diwrnodau)</translation>
        </message>
        <message>
            <source>Purchases next year (expected)</source>
            <translation>Pryniannau'r flwyddyn nesaf (disgwyliedig)</translation>
        </message>
        <message>
            <source>Worth if they come back</source>
            <translation>Gwerth os dônt yn ôl</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Gwerth atgyfeiriadau</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Cyfanswm gwerth</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Pryniannau</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Refeniw</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gwerthiant cyfartalog</translation>
        </message>
        <message>
            <source>Purchases / yr</source>
            <translation>Pryniannau / bl.</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Blynyddoedd yn aros</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Atgyfeiriadau</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Gwerth ychwanegion</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Ffioedd partner</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Elw (gyda gwerth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Net (gyda gwerth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Atgyfeiriwyd gan</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Purchases / yr (set)</source>
            <translation>Pryniannau / bl. (wedi'i osod)</translation>
        </message>
        <message>
            <source>Years retained (set)</source>
            <translation>Blynyddoedd yn aros (wedi'i osod)</translation>
        </message>
        <message>
            <source>Referrals (set)</source>
            <translation>Atgyfeiriadau (wedi'i osod)</translation>
        </message>
        <message>
            <source>Acquisition cost (set)</source>
            <translation>Cost caffael (wedi'i osod)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cleient</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Swm</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Archeb</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Pryniannau y flwyddyn</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Cost caffael</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Cheap</source>
            <translation>Rhad</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Canol</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Uchaf</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gwerthiant cyfartalog</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Pryniannau y flwyddyn</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Wedi prynu eto</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Blynyddoedd fel cleient hyd yma</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Atgyfeiriadau fesul cleient</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Wedi atgyfeirio rhywun</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Gwerth oes cyfartalog</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Cyfanswm gwerth cyfartalog</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Cyfran o gyfanswm y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>Average sale (quarters)</source>
            <translation>Gwerthiant cyfartalog (chwarteri)</translation>
        </message>
        <message>
            <source>Lifetime value (quarters)</source>
            <translation>Gwerth oes (chwarteri)</translation>
        </message>
        <message>
            <source>A money threshold</source>
            <translation>Trothwy ariannol</translation>
        </message>
        <message>
            <source>Clients whose average sale is below this are cheap; at or above, top.</source>
            <translation>Mae cleientiaid y mae eu gwerthiant cyfartalog yn is na hyn yn rhad; ar hyn neu'n uwch, yn uchaf.</translation>
        </message>
        <message>
            <source>Click a group's heading to list its clients.</source>
            <translation>Cliciwch ar bennawd grŵp i restru ei gleientiaid.</translation>
        </message>
        <message>
            <source>Share of clients and of value, by group</source>
            <translation>Cyfran o'r cleientiaid ac o'r gwerth, fesul grŵp</translation>
        </message>
        <message>
            <source>Split by</source>
            <translation>Rhannu yn ôl</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Trothwy</translation>
        </message>
        <message>
            <source>1 lead without a purchase, counted apart</source>
            <translation>1 darpar gleient heb bryniant, wedi'i gyfrif ar wahân</translation>
        </message>
        <message numerus="yes">
            <source>%n leads without a purchase, counted apart</source>
            <translation>
                <numerusform>%n darpar gleient heb bryniant, wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%n darpar gleient heb bryniant, wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%n darpar gleient heb bryniant, wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%n darpar gleient heb bryniant, wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%n darpar gleient heb bryniant, wedi'u cyfrif ar wahân</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Cyfran o'r cleientiaid sy'n prynu</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Canran</translation>
        </message>
        <message>
            <source>%1 group</source>
            <translation>Grŵp %1</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Clients row %1, %2: %3</source>
            <translation>Cleientiaid, rhes %1, %2: %3</translation>
        </message>
        <message>
            <source>Transactions row %1, %2: %3</source>
            <translation>Trafodion, rhes %1, %2: %3</translation>
        </message>
        <message>
            <source>Untitled (from %1)</source>
            <translation>Dideitl (o %1)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Dideitl</translation>
        </message>
        <message>
            <source>Edit cell</source>
            <translation>Golygu cell</translation>
        </message>
        <message>
            <source>Edit cells</source>
            <translation>Golygu celloedd</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>Mewnosod %n rhes</numerusform>
                <numerusform>Mewnosod %n rhes</numerusform>
                <numerusform>Mewnosod %n rhes</numerusform>
                <numerusform>Mewnosod %n rhes</numerusform>
                <numerusform>Mewnosod %n rhes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Dileu %n rhes</numerusform>
                <numerusform>Dileu %n rhes</numerusform>
                <numerusform>Dileu %n rhes</numerusform>
                <numerusform>Dileu %n rhes</numerusform>
                <numerusform>Dileu %n rhes</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Gludo</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Cleient newydd</translation>
        </message>
        <message>
            <source>Add a client first: every transaction belongs to a client.</source>
            <translation>Ychwanegwch gleient yn gyntaf: mae pob trafodyn yn perthyn i gleient.</translation>
        </message>
        <message>
            <source>Reset levers</source>
            <translation>Ailosod y liferi</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Newid %1</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Gwneud yn waelodlin</translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message>
            <source>Select a client to see how their numbers are worked out.</source>
            <translation>Dewiswch gleient i weld sut mae eu rhifau'n cael eu cyfrifo.</translation>
        </message>
        <message>
            <source>Formula:</source>
            <translation>Fformiwla:</translation>
        </message>
        <message>
            <source>Predicted from history:</source>
            <translation>Wedi'i ragweld o'r hanes:</translation>
        </message>
        <message>
            <source>Predicted from history (updating…):</source>
            <translation>Wedi'i ragweld o'r hanes (wrthi'n diweddaru…):</translation>
        </message>
        <message>
            <source>Stage: %1 — %2.</source>
            <translation>Cam: %1 — %2.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Still saving: try again in a moment.</source>
            <translation>Yn dal i gadw: rhowch gynnig arall mewn eiliad.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Newidiadau heb eu cadw</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing it?</source>
            <translation>Cadw'r newidiadau i %1 cyn ei gau?</translation>
        </message>
        <message>
            <source>Open workbook</source>
            <translation>Agor llyfr gwaith</translation>
        </message>
        <message>
            <source>Could not open the workbook</source>
            <translation>Methu agor y llyfr gwaith</translation>
        </message>
        <message>
            <source>'%1' could not be read: %2</source>
            <translation>Methu darllen '%1': %2</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>Cafodd agor %1 ei ddiddymu.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Agorwyd %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Yn agor %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</source>
            <translation>
                <numerusform>Doedd dim modd defnyddio %n cell yn %1, felly cafodd eu rhesi eu gadael allan. Gweler Ffeil ▸ Problemau yn y ffeil hon.</numerusform>
                <numerusform>Doedd dim modd defnyddio %n cell yn %1, felly cafodd eu rhesi eu gadael allan. Gweler Ffeil ▸ Problemau yn y ffeil hon.</numerusform>
                <numerusform>Doedd dim modd defnyddio %n cell yn %1, felly cafodd eu rhesi eu gadael allan. Gweler Ffeil ▸ Problemau yn y ffeil hon.</numerusform>
                <numerusform>Doedd dim modd defnyddio %n cell yn %1, felly cafodd eu rhesi eu gadael allan. Gweler Ffeil ▸ Problemau yn y ffeil hon.</numerusform>
                <numerusform>Doedd dim modd defnyddio %n cell yn %1, felly cafodd eu rhesi eu gadael allan. Gweler Ffeil ▸ Problemau yn y ffeil hon.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in this file</source>
            <translation>Problemau yn y ffeil hon</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>Cadw llyfr gwaith</translation>
        </message>
        <message>
            <source>Replace a workbook LTV Desktop did not write?</source>
            <translation>Disodli llyfr gwaith na chafodd ei ysgrifennu gan LTV Desktop?</translation>
        </message>
        <message>
            <source>%1 was made by another program. Saving over it keeps only the Clients, Transactions and Scenario sheets: pictures, charts, formatting, macros, pivot tables and other sheets would be lost.

Replace it anyway?</source>
            <translation>Cafodd %1 ei greu gan raglen arall. Mae cadw drosto yn cadw'r dalennau Cleientiaid, Trafodion a Senario yn unig: byddai lluniau, siartiau, fformatio, macros, tablau colyn a dalennau eraill yn cael eu colli.

Ei ddisodli beth bynnag?</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Mewnforio taenlen</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Could not import</source>
            <translation>Methu mewnforio</translation>
        </message>
        <message>
            <source>Importing %1 was cancelled.</source>
            <translation>Cafodd mewnforio %1 ei ganslo.</translation>
        </message>
        <message>
            <source>Imported %1 clients and %2 transactions from %3.</source>
            <translation>Mewnforiwyd %1 cleient a %2 trafodyn o %3.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Yn darllen %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Yn mewnforio %1…</translation>
        </message>
        <message>
            <source>Export with formulas</source>
            <translation>Allforio gyda fformiwlâu</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Methu allforio</translation>
        </message>
        <message>
            <source>Export to a new file: this one is the document you are working on.</source>
            <translation>Allforiwch i ffeil newydd: hon yw'r ddogfen rydych yn gweithio arni.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Allforiwyd %1</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Yn cadw %1…</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Methu cadw</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>Ni ysgrifennwyd dim: %1</translation>
        </message>
        <message>
            <source>%1 was not changed: %2</source>
            <translation>Ni newidiwyd %1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Cadwyd %1</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Dim ffeiliau diweddar</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Clirio'r rhestr</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>Canfod a Newid</translation>
        </message>
        <message>
            <source>Only in the selected cells</source>
            <translation>Yn y celloedd a ddewiswyd yn unig</translation>
        </message>
        <message>
            <source>Without a selection, every text column of the rows shown is searched; select cells to replace in numbers or dates too.</source>
            <translation>Heb ddetholiad, chwilir pob colofn destun yn y rhesi a ddangosir; dewiswch gelloedd i newid rhifau neu ddyddiadau hefyd.</translation>
        </message>
        <message>
            <source>Match upper and lower case</source>
            <translation>Cyfateb priflythrennau a llythrennau bach</translation>
        </message>
        <message>
            <source>Replace &amp;all</source>
            <translation>Newid y &amp;cyfan</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Canfod:</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Newid &amp;gyda:</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>There are no buying clients yet, so there is nothing to compare.</source>
            <translation>Does dim cleientiaid sy'n prynu eto, felly does dim i'w gymharu.</translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are at or above %1.</source>
            <translation>
                <numerusform>Mae'r %n cleient sy'n prynu ar %1 neu uwch.</numerusform>
                <numerusform>Mae'r %n cleient sy'n prynu ar %1 neu uwch.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu ar %1 neu uwch.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu ar %1 neu uwch.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu ar %1 neu uwch.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are below %1.</source>
            <translation>
                <numerusform>Mae'r %n cleient sy'n prynu yn is na %1.</numerusform>
                <numerusform>Mae'r %n cleient sy'n prynu yn is na %1.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu yn is na %1.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu yn is na %1.</numerusform>
                <numerusform>Mae pob un o'r %n cleient sy'n prynu yn is na %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</source>
            <translation>
                <numerusform>Mae rhy ychydig o gleientiaid sy'n prynu (%n cleient) i'w rhannu'n chwarteri; maen nhw i gyd yn y grŵp canol.</numerusform>
                <numerusform>Mae rhy ychydig o gleientiaid sy'n prynu (%n cleient) i'w rhannu'n chwarteri; maen nhw i gyd yn y grŵp canol.</numerusform>
                <numerusform>Mae rhy ychydig o gleientiaid sy'n prynu (%n cleient) i'w rhannu'n chwarteri; maen nhw i gyd yn y grŵp canol.</numerusform>
                <numerusform>Mae rhy ychydig o gleientiaid sy'n prynu (%n cleient) i'w rhannu'n chwarteri; maen nhw i gyd yn y grŵp canol.</numerusform>
                <numerusform>Mae rhy ychydig o gleientiaid sy'n prynu (%n cleient) i'w rhannu'n chwarteri; maen nhw i gyd yn y grŵp canol.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring %4 of the value</source>
            <translation>Mae cleientiaid ar %1 neu uwch (%2 o %3) yn dod â %4 o'r gwerth</translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring no share of the value yet (the client-base total is 0)</source>
            <translation>Mae cleientiaid ar %1 neu uwch (%2 o %3) heb ddod â dim o'r gwerth eto (mae cyfanswm y sylfaen cleientiaid yn 0)</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings %1 of the value</source>
            <translation>Mae eich chwarter uchaf yn ôl gwerth oes yn dod â %1 o'r gwerth</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings no share of the value yet (the client-base total is 0)</source>
            <translation>Mae eich chwarter uchaf yn ôl gwerth oes heb ddod â dim o'r gwerth eto (mae cyfanswm y sylfaen cleientiaid yn 0)</translation>
        </message>
        <message>
            <source>Your top quarter brings %1 of the value</source>
            <translation>Mae eich chwarter uchaf yn dod â %1 o'r gwerth</translation>
        </message>
        <message>
            <source>Your top quarter brings no share of the value yet (the client-base total is 0)</source>
            <translation>Mae eich chwarter uchaf heb ddod â dim o'r gwerth eto (mae cyfanswm y sylfaen cleientiaid yn 0)</translation>
        </message>
        <message>
            <source>%1; neither group has referred anyone.</source>
            <translation>%1; nid yw'r naill grŵp na'r llall wedi atgyfeirio neb.</translation>
        </message>
        <message>
            <source>refer %1 per client, those below none</source>
            <translation>yn atgyfeirio %1 fesul cleient, a'r rhai islaw dim un</translation>
        </message>
        <message>
            <source>refers %1 per client, the cheap quarter none</source>
            <translation>yn atgyfeirio %1 fesul cleient, a'r chwarter rhad dim un</translation>
        </message>
        <message>
            <source>refer no one, those below %1 per client</source>
            <translation>yn atgyfeirio neb, a'r rhai islaw %1 fesul cleient</translation>
        </message>
        <message>
            <source>refers no one, the cheap quarter %1 per client</source>
            <translation>yn atgyfeirio neb, a'r chwarter rhad %1 fesul cleient</translation>
        </message>
        <message>
            <source>refer about as often as those below</source>
            <translation>yn atgyfeirio tua mor aml â'r rhai islaw</translation>
        </message>
        <message>
            <source>refers about as often as the cheap quarter</source>
            <translation>yn atgyfeirio tua mor aml â'r chwarter rhad</translation>
        </message>
        <message>
            <source>refer %1× as often as those below</source>
            <translation>yn atgyfeirio %1× mor aml â'r rhai islaw</translation>
        </message>
        <message>
            <source>refers %1× as often as the cheap quarter</source>
            <translation>yn atgyfeirio %1× mor aml â'r chwarter rhad</translation>
        </message>
        <message>
            <source>refer less often than those below (%1 per client against %2)</source>
            <translation>yn atgyfeirio'n llai aml na'r rhai islaw (%1 fesul cleient o'i gymharu â %2)</translation>
        </message>
        <message>
            <source>refers less often than the cheap quarter (%1 per client against %2)</source>
            <translation>yn atgyfeirio'n llai aml na'r chwarter rhad (%1 fesul cleient o'i gymharu â %2)</translation>
        </message>
        <message>
            <source>%1 and %2.</source>
            <translation>%1 ac %2.</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>Updating the forecast…</source>
            <translation>Wrthi'n diweddaru'r rhagolwg…</translation>
        </message>
        <message>
            <source>&amp;Check the forecast fitted on purchases up to</source>
            <translation>Gwi&amp;rio'r rhagolwg a luniwyd ar bryniannau hyd at</translation>
        </message>
        <message>
            <source>&amp;Default date</source>
            <translation>&amp;Dyddiad diofyn</translation>
        </message>
        <message>
            <source>Hold out the last year of history (its last quarter if under four years)</source>
            <translation>Cadw blwyddyn olaf yr hanes o'r neilltu (ei chwarter olaf os yw'n llai na phedair blynedd)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wrthi'n gwirio…</translation>
        </message>
        <message>
            <source>Purchases after the date: expected and actual, cumulative</source>
            <translation>Pryniannau ar ôl y dyddiad: disgwyliedig a gwirioneddol, cronnus</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, there is too little history for a forecast, so it cannot be checked.</source>
            <translation>O lunio ar bryniannau hyd at %1, mae rhy ychydig o hanes ar gyfer rhagolwg, felly does dim modd ei wirio.</translation>
        </message>
        <message>
            <source>There are no purchases after %1 to check the forecast against.</source>
            <translation>Does dim pryniannau ar ôl %1 i wirio'r rhagolwg yn eu herbyn.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Disgwyliedig</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Gwirioneddol</translation>
        </message>
        <message>
            <source>Purchases so far</source>
            <translation>Pryniannau hyd yma</translation>
        </message>
    </context>
    <context>
        <name>ForecastRunner</name>
        <message>
            <source>The forecast could not be made: %1</source>
            <translation>Methu gwneud y rhagolwg: %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastStory</name>
        <message>
            <source>none has come back yet</source>
            <translation>does neb wedi dod yn ôl eto</translation>
        </message>
        <message>
            <source>about 1 in %1 has come back</source>
            <translation>mae tua 1 o bob %1 wedi dod yn ôl</translation>
        </message>
        <message>
            <source>%1 have come back</source>
            <translation>mae %1 wedi dod yn ôl</translation>
        </message>
        <message>
            <source>buy about every %1 years</source>
            <translation>prynu tua unwaith bob %1 o flynyddoedd</translation>
        </message>
        <message>
            <source>buy about once a year</source>
            <translation>prynu tua unwaith y flwyddyn</translation>
        </message>
        <message>
            <source>buy about %1 times a year</source>
            <translation>prynu tua %1 gwaith y flwyddyn</translation>
        </message>
        <message>
            <source>stay many years (more than %1)</source>
            <translation>aros am flynyddoedd lawer (mwy na %1)</translation>
        </message>
        <message>
            <source>stay less than a year</source>
            <translation>aros llai na blwyddyn</translation>
        </message>
        <message>
            <source>stay about %1 years</source>
            <translation>aros tua %1 o flynyddoedd</translation>
        </message>
        <message>
            <source>Of the %1 clients whose first purchase was “%2”, %3; they %4 and %5.</source>
            <translation>O'r %1 cleient yr oedd eu pryniant cyntaf yn “%2”, %3; maen nhw'n %4 ac yn %5.</translation>
        </message>
        <message>
            <source>Of the other %1 clients, %3; they %4 and %5.</source>
            <translation>O'r %1 cleient arall, %3; maen nhw'n %4 ac yn %5.</translation>
        </message>
        <message>
            <source>Of all %1 clients, %3; they %4 and %5.</source>
            <translation>O'r holl %1 cleient, %3; maen nhw'n %4 ac yn %5.</translation>
        </message>
        <message>
            <source>regular gaps between purchases</source>
            <translation>bylchau rheolaidd rhwng pryniannau</translation>
        </message>
        <message>
            <source>purchases at random times; may leave after the first</source>
            <translation>pryniannau ar adegau ar hap; gall cleient adael ar ôl y cyntaf</translation>
        </message>
        <message>
            <source>purchases at random times</source>
            <translation>pryniannau ar adegau ar hap</translation>
        </message>
        <message>
            <source>closer than %1 on the holdout check</source>
            <translation>yn nes na %1 ar y prawf â'r pryniannau a gadwyd o'r neilltu</translation>
        </message>
        <message>
            <source>fits better than %1</source>
            <translation>yn ffitio'n well na %1</translation>
        </message>
        <message>
            <source>the only model that settled</source>
            <translation>yr unig fodel a setlodd</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3; drawn toward the studio's fit.</source>
            <translation>Model: %1 — %2; %3; wedi'i dynnu tuag at ffit y stiwdio gyfan.</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3.</source>
            <translation>Model: %1 — %2; %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 clients, %3 came back)</source>
            <translation>“%1” (%2 cleient, %3 wedi dod yn ôl)</translation>
        </message>
        <message>
            <source>Too few to fit apart, so they use the studio's figures (a kind needs %1 clients, %2 of whom came back): %3.</source>
            <translation>Rhy ychydig i'w llunio ar wahân, felly maen nhw'n defnyddio ffigurau'r stiwdio (mae angen %1 cleient ar bob math, gyda %2 ohonyn nhw wedi dod yn ôl): %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“%1”: %2 clients; its own fit did not settle, so it uses the studio's figures.</source>
            <translation>“%1”: %2 cleient; ni setlodd ei ffit ei hun, felly mae'n defnyddio ffigurau'r stiwdio.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</source>
            <translation>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith, a %1 sydd wedi prynu o gwbl; mae angen o leiaf %2 a %3 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith, a %1 sydd wedi prynu o gwbl; mae angen o leiaf %2 a %3 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith, a %1 sydd wedi prynu o gwbl; mae angen o leiaf %2 a %3 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith, a %1 sydd wedi prynu o gwbl; mae angen o leiaf %2 a %3 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith, a %1 sydd wedi prynu o gwbl; mae angen o leiaf %2 a %3 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu ddwywaith; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Dim ond %n cleient sydd wedi prynu o gwbl; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu o gwbl; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu o gwbl; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu o gwbl; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
                <numerusform>Dim ond %n cleient sydd wedi prynu o gwbl; mae angen o leiaf %1 ar y rhagolwg. Gwerthoedd y fformiwla sy'n cyfrif.</numerusform>
            </translation>
        </message>
        <message>
            <source>The purchase model could not settle on this history (its parameters ran to a limit), so it shows no figures. The formula's values stand.</source>
            <translation>Methodd model y pryniannau setlo ar yr hanes hwn (aeth ei baramedrau at derfyn), felly nid yw'n dangos ffigurau. Gwerthoedd y fformiwla sy'n cyfrif.</translation>
        </message>
        <message>
            <source>The purchase model did not converge on this history, so it shows no figures. The formula's values stand.</source>
            <translation>Ni ddaeth model y pryniannau i ateb ar yr hanes hwn, felly nid yw'n dangos ffigurau. Gwerthoedd y fformiwla sy'n cyfrif.</translation>
        </message>
        <message>
            <source>Spend: each client's average sale is forecast from their own sales, drawn toward the studio's typical %1 (Gamma-Gamma, fitted to %2 clients).</source>
            <translation>Gwariant: rhagwelir gwerthiant cyfartalog pob cleient o'u gwerthiannau eu hunain, wedi'i dynnu tuag at swm arferol y stiwdio, %1 (Gamma-Gamma, wedi'i lunio ar %2 cleient).</translation>
        </message>
        <message>
            <source>Spend: the spend model has no average on this history (q ≤ 1: a few very large sales dominate), so each client's own average sale is used.</source>
            <translation>Gwariant: does gan y model gwariant ddim cyfartaledd ar yr hanes hwn (q ≤ 1: mae ychydig o werthiannau mawr iawn yn tra-arglwyddiaethu), felly defnyddir gwerthiant cyfartalog pob cleient ei hun.</translation>
        </message>
        <message>
            <source>Spend: only %1 clients have bought again; the spend model needs %2, so each client's own average sale is used.</source>
            <translation>Gwariant: dim ond %1 cleient sydd wedi prynu eto; mae angen %2 ar y model gwariant, felly defnyddir gwerthiant cyfartalog pob cleient ei hun.</translation>
        </message>
        <message>
            <source>Spend: the spend model did not settle on this history, so each client's own average sale is used.</source>
            <translation>Gwariant: ni setlodd y model gwariant ar yr hanes hwn, felly defnyddir gwerthiant cyfartalog pob cleient ei hun.</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases in %3; there were %4 (%5).</source>
            <translation>O'i lunio ar bryniannau hyd at %1, roedd yn disgwyl %2 pryniant yn %3; cafwyd %4 (%5).</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases from %3 to %6; there were %4 (%5).</source>
            <translation>O'i lunio ar bryniannau hyd at %1, roedd yn disgwyl %2 pryniant rhwng %3 a %6; cafwyd %4 (%5).</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>'%1' is not a date; type it like %2 or 2025-03-31.</source>
            <translation>Nid yw '%1' yn ddyddiad; teipiwch ef fel %2 neu 2025-03-31.</translation>
        </message>
    </context>
    <context>
        <name>Formula</name>
        <message>
            <source>No purchases yet, so lifetime value is %1 (a lead).</source>
            <translation>Dim pryniannau eto, felly mae'r gwerth oes yn %1 (darpar gleient).</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 bl.</translation>
        </message>
        <message>
            <source>(discounted at %1: %2 yr)</source>
            <translation>(wedi'i ddisgowntio ar %1: %2 bl.)</translation>
        </message>
        <message>
            <source>Lapsed, so lifetime value is what they spent: %1</source>
            <translation>Wedi darfod, felly gwerth oes yw'r hyn a wariwyd: %1</translation>
        </message>
        <message>
            <source>%1 × %2/yr × %3 = %4</source>
            <translation>%1 × %2/bl. × %3 = %4</translation>
        </message>
        <message>
            <source>from history instead: %1</source>
            <translation>o'r hanes yn lle hynny: %1</translation>
        </message>
        <message numerus="yes">
            <source>+ %n referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>
                <numerusform>+ %n atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</numerusform>
                <numerusform>+ %n atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</numerusform>
                <numerusform>+ %n atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</numerusform>
                <numerusform>+ %n atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</numerusform>
                <numerusform>+ %n atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</numerusform>
            </translation>
        </message>
        <message>
            <source>+ add-on %1 (take rate) × %2 (add-on price) = %3</source>
            <translation>+ ychwanegion %1 (cyfradd cymryd) × %2 (pris ychwanegiad) = %3</translation>
        </message>
        <message>
            <source>+ partner fees %1 (partner referral rate) × %2 (finder's fee) = %3</source>
            <translation>+ ffioedd partner %1 (cyfradd atgyfeirio at bartneriaid) × %2 (ffi canfod) = %3</translation>
        </message>
        <message>
            <source>+ %1 referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>+ %1 atgyfeiriad × %2 × %3 (ffactor cleient a atgyfeiriwyd) = %4</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>cyfanswm %1</translation>
        </message>
    </context>
    <context>
        <name>HowItWorksDialog</name>
        <message>
            <source>&lt;h2&gt;How lifetime value is computed&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Sut mae'r gwerth oes yn cael ei gyfrifo&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Lifetime value&lt;/b&gt; = average sale × purchases per year × years retained&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Gwerth oes&lt;/b&gt; = gwerthiant cyfartalog × pryniannau y flwyddyn × blynyddoedd yn aros&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Average sale&lt;/b&gt;: a client's revenue (refunds taken off) ÷ their purchases.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Gwerthiant cyfartalog&lt;/b&gt;: refeniw cleient (ar ôl tynnu ad-daliadau) ÷ eu pryniannau.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Purchases per year&lt;/b&gt;: purchases ÷ the years since their first purchase (at least one year), unless their row says otherwise.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Pryniannau y flwyddyn&lt;/b&gt;: pryniannau ÷ y blynyddoedd ers eu pryniant cyntaf (o leiaf un flwyddyn), oni bai bod eu rhes yn dweud yn wahanol.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Years retained&lt;/b&gt;: how long a client stays — 10 years unless you change it in the Scenario panel or on the client's row.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Blynyddoedd yn aros&lt;/b&gt;: am ba hyd mae cleient yn aros — 10 mlynedd oni bai eich bod yn ei newid yn y panel Senario neu ar res y cleient.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Referrals&lt;/b&gt; add the value of the clients a client brings: referral value = referrals × lifetime value × referred-client factor.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mae &lt;b&gt;atgyfeiriadau&lt;/b&gt; yn ychwanegu gwerth y cleientiaid mae cleient yn eu denu: gwerth atgyfeiriadau = atgyfeiriadau × gwerth oes × ffactor cleient a atgyfeiriwyd.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Total value&lt;/b&gt; = lifetime value + referral value + add-on value + partner fees. The client-base total adds lifetime value, add-ons and partner fees over all clients, and shows referral value beside it (referred clients are already rows of their own).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Cyfanswm gwerth&lt;/b&gt; = gwerth oes + gwerth atgyfeiriadau + gwerth ychwanegion + ffioedd partner. Mae cyfanswm y sylfaen cleientiaid yn adio gwerth oes, ychwanegion a ffioedd partner dros yr holl gleientiaid, ac yn dangos gwerth atgyfeiriadau wrth ei ymyl (mae cleientiaid a atgyfeiriwyd eisoes yn rhesi eu hunain).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Worked cases&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Enghreifftiau wedi'u cyfrifo&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A gym member paying 20 a month for 5 years: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Aelod o gampfa sy'n talu 20 y mis am 5 mlynedd: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A photography client: 400 × once a year × 10 years = &lt;b&gt;4,000&lt;/b&gt;; four referrals of the same average add 4 × 4,000 = 16,000, total &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Cleient ffotograffiaeth: 400 × unwaith y flwyddyn × 10 mlynedd = &lt;b&gt;4,000&lt;/b&gt;; mae pedwar atgyfeiriad â'r un cyfartaledd yn ychwanegu 4 × 4,000 = 16,000, cyfanswm &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A painter sells 10 % of 200 past clients a 500 add-on: &lt;b&gt;+10,000&lt;/b&gt; to the base.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Mae peintiwr yn gwerthu ychwanegiad 500 i 10 % o 200 o gyn-gleientiaid: &lt;b&gt;+10,000&lt;/b&gt; i'r sylfaen.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Profit&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Elw&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Profit = total value × gross margin − yearly retention cost × years retained; net = profit − acquisition cost; LTV:CAC = profit ÷ acquisition cost. Winning a new client usually costs about five times what keeping one costs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Elw = cyfanswm gwerth × maint elw gros − cost cadw blynyddol × blynyddoedd yn aros; net = elw − cost caffael; LTV:CAC = elw ÷ cost caffael. Mae ennill cleient newydd fel arfer yn costio tua phum gwaith cymaint â chadw un.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select any client and look at &lt;b&gt;Why this number&lt;/b&gt; to see the formula with their own figures.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dewiswch unrhyw gleient ac edrych ar &lt;b&gt;Pam y rhif hwn&lt;/b&gt; i weld y fformiwla gyda'u ffigurau eu hunain.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>How lifetime value is computed</source>
            <translation>Sut mae'r gwerth oes yn cael ei gyfrifo</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Mewnforio %1</translation>
        </message>
        <message>
            <source>None: make the clients from the sales</source>
            <translation>Dim: creu'r cleientiaid o'r gwerthiannau</translation>
        </message>
        <message>
            <source>Work it out from the dates</source>
            <translation>Ei gyfrifo o'r dyddiadau</translation>
        </message>
        <message>
            <source>Day first (31/12/2024)</source>
            <translation>Diwrnod yn gyntaf (31/12/2024)</translation>
        </message>
        <message>
            <source>Month first (12/31/2024)</source>
            <translation>Mis yn gyntaf (12/31/2024)</translation>
        </message>
        <message>
            <source>Only matters for dates typed as text that could be read either way.</source>
            <translation>Dim ond yn bwysig ar gyfer dyddiadau a deipiwyd fel testun y gellid eu darllen y naill ffordd neu'r llall.</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Gwerthiannau</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Dalen</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Dates typed as text</source>
            <translation>Dyddiadau a deipiwyd fel testun</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <source>Check which column holds what. The guesses come from the headings and the values; * marks what the app needs. Nothing is written to %1.</source>
            <translation>Gwiriwch pa golofn sy'n dal beth. Daw'r dyfaliadau o'r penawdau a'r gwerthoedd; mae * yn dangos beth mae'r ap ei angen. Does dim yn cael ei ysgrifennu i %1.</translation>
        </message>
        <message>
            <source>— not in this workbook —</source>
            <translation>— nid yn y llyfr gwaith hwn —</translation>
        </message>
        <message>
            <source>Not found; choose a column if there is one.</source>
            <translation>Heb ei ganfod; dewiswch golofn os oes un.</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Dewiswch golofn ar gyfer: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cleient</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Swm</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Archeb</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>ID cleient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Atgyfeiriwyd gan</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Pryniannau y flwyddyn</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Blynyddoedd yn aros</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Atgyfeiriadau</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Cost caffael</translation>
        </message>
    </context>
    <context>
        <name>LeverSpinBox</name>
        <message>
            <source> yr</source>
            <translation> bl.</translation>
        </message>
    </context>
    <context>
        <name>Levers</name>
        <message>
            <source>As-of date</source>
            <translation>Dyddiad cyfrifo</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Rhagdybiaethau</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Blynyddoedd yn aros</translation>
        </message>
        <message>
            <source>How many years a client usually stays with you, unless their row says otherwise.</source>
            <translation>Sawl blwyddyn mae cleient fel arfer yn aros gyda chi, oni bai bod eu rhes yn dweud yn wahanol.</translation>
        </message>
        <message>
            <source>Referred-client factor</source>
            <translation>Ffactor cleient a atgyfeiriwyd</translation>
        </message>
        <message>
            <source>Add-on take rate</source>
            <translation>Cyfradd cymryd ychwanegion</translation>
        </message>
        <message>
            <source>Add-ons and partners</source>
            <translation>Ychwanegion a phartneriaid</translation>
        </message>
        <message>
            <source>Add-on price</source>
            <translation>Pris ychwanegiad</translation>
        </message>
        <message>
            <source>Partner referral rate</source>
            <translation>Cyfradd atgyfeirio at bartneriaid</translation>
        </message>
        <message>
            <source>Finder's fee</source>
            <translation>Ffi canfod</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Maint elw gros</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costau</translation>
        </message>
        <message>
            <source>Retention cost per year</source>
            <translation>Cost cadw y flwyddyn</translation>
        </message>
        <message>
            <source>What keeping one client costs you each year (cards, calls, small favours).</source>
            <translation>Faint mae cadw un cleient yn ei gostio i chi bob blwyddyn (cardiau, galwadau, cymwynasau bach).</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Cost caffael</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>Cyfradd ddisgowntio</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>Newid pris</translation>
        </message>
        <message>
            <source>The day the figures are worked out for; empty means the date of the latest sale.</source>
            <translation>Y diwrnod y cyfrifir y ffigurau ar ei gyfer; mae gwag yn golygu dyddiad y gwerthiant diweddaraf.</translation>
        </message>
        <message>
            <source>What a client sent to you by another client is worth, compared with the client who sent them: 1 = the same, 0.5 = half.</source>
            <translation>Gwerth cleient a anfonwyd atoch gan gleient arall, o'i gymharu â'r cleient a'i hanfonodd: 1 = yr un fath, 0.5 = hanner.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many also buy an extra, such as an album or prints.</source>
            <translation>O bob 100 cleient sy'n talu, faint sydd hefyd yn prynu rhywbeth ychwanegol, fel albwm neu brintiau.</translation>
        </message>
        <message>
            <source>What one extra (an album, a set of prints) sells for.</source>
            <translation>Am faint mae un peth ychwanegol (albwm, set o brintiau) yn gwerthu.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many you send on to a partner business (a florist, a venue) that pays you for each one.</source>
            <translation>O bob 100 cleient sy'n talu, faint rydych chi'n eu hanfon at fusnes partner (gwerthwr blodau, lleoliad) sy'n talu i chi am bob un.</translation>
        </message>
        <message>
            <source>What a partner business pays you for each client you send them.</source>
            <translation>Faint mae busnes partner yn ei dalu i chi am bob cleient rydych chi'n ei anfon atyn nhw.</translation>
        </message>
        <message>
            <source>How much of each sale you keep after paying for the job itself (prints, travel, an assistant); 100 % keeps all of it.</source>
            <translation>Faint o bob gwerthiant rydych chi'n ei gadw ar ôl talu am y gwaith ei hun (printiau, teithio, cynorthwyydd); mae 100 % yn cadw'r cyfan.</translation>
        </message>
        <message>
            <source>What winning one new client costs (ads, fairs, free sessions), unless their row says otherwise.</source>
            <translation>Beth mae ennill un cleient newydd yn ei gostio (hysbysebion, ffeiriau, sesiynau am ddim), oni bai bod eu rhes yn dweud fel arall.</translation>
        </message>
        <message>
            <source>Money in later years counts for less than money now: how much less each year, in percent. 0 % counts every year the same.</source>
            <translation>Mae arian mewn blynyddoedd diweddarach yn cyfrif am lai nag arian nawr: faint yn llai bob blwyddyn, mewn canran. Mae 0 % yn cyfrif pob blwyddyn yr un fath.</translation>
        </message>
        <message>
            <source>Try every price this much higher (or lower).</source>
            <translation>Rhowch gynnig ar bob pris hyn yn uwch (neu'n is).</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Beth os</translation>
        </message>
        <message>
            <source>Purchases per year change</source>
            <translation>Newid pryniannau y flwyddyn</translation>
        </message>
        <message>
            <source>Clients buy this much more (or less) often.</source>
            <translation>Mae cleientiaid yn prynu hyn yn amlach (neu'n llai aml).</translation>
        </message>
        <message>
            <source>Years retained change</source>
            <translation>Newid blynyddoedd yn aros</translation>
        </message>
        <message>
            <source>Clients stay this many years longer (or shorter).</source>
            <translation>Mae cleientiaid yn aros hyn o flynyddoedd yn hirach (neu'n fyrrach).</translation>
        </message>
        <message>
            <source>Referral rate change</source>
            <translation>Newid cyfradd atgyfeirio</translation>
        </message>
        <message>
            <source>Clients recommend you this much more (or less) often.</source>
            <translation>Mae cleientiaid yn eich argymell hyn yn amlach (neu'n llai aml).</translation>
        </message>
        <message>
            <source>How long without a purchase before a client counts as lapsed (gone); for a client who usually buys less often, twice their usual gap instead.</source>
            <translation>Pa mor hir heb bryniant cyn i gleient gyfrif fel wedi darfod (wedi mynd); i gleient sydd fel arfer yn prynu'n llai aml, dwywaith eu bwlch arferol yn lle hynny.</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Cyfnod darfod</translation>
        </message>
        <message>
            <source>Value from</source>
            <translation>Sail y gwerth</translation>
        </message>
        <message>
            <source>Where each client's lifetime value comes from: the rule of thumb (average sale × purchases per year × years retained) or the forecast from their own history.</source>
            <translation>O ble daw gwerth oes pob cleient: y rheol fawd (gwerthiant cyfartalog × pryniannau y flwyddyn × blynyddoedd yn aros) neu'r rhagolwg o'u hanes eu hunain.</translation>
        </message>
        <message>
            <source>Rule of thumb (formula)</source>
            <translation>Rheol fawd (fformiwla)</translation>
        </message>
        <message>
            <source>Forecast from each client's history</source>
            <translation>Rhagolwg o hanes pob cleient</translation>
        </message>
    </context>
    <context>
        <name>LifeCycleView</name>
        <message>
            <source>Clients by life-cycle stage</source>
            <translation>Cleientiaid fesul cam cylch bywyd</translation>
        </message>
        <message>
            <source>Click a stage to list its clients.</source>
            <translation>Cliciwch ar gam i restru ei gleientiaid.</translation>
        </message>
        <message>
            <source>Click to list these clients.</source>
            <translation>Cliciwch i restru'r cleientiaid hyn.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Cyfanswm gwerth</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Cyfran o'r cleientiaid</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Beth mae'n ei olygu</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Cam: %1</translation>
        </message>
    </context>
    <context>
        <name>LoadBar</name>
        <message>
            <source>Cancel</source>
            <translation>Diddymu</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <source>the reader stopped unexpectedly</source>
            <translation>stopiodd y darllenydd yn annisgwyl</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter clients: name, ID, e-mail, tag, stage…</source>
            <translation>Hidlo cleientiaid: enw, ID, e-bost, tag, cam…</translation>
        </message>
        <message>
            <source>Filter transactions: client, kind, description…</source>
            <translation>Hidlo trafodion: cleient, math, disgrifiad…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Trafodion</translation>
        </message>
        <message>
            <source>Cheap versus top</source>
            <translation>Rhad yn erbyn uchaf</translation>
        </message>
        <message>
            <source>Where the value sits</source>
            <translation>Ble mae'r gwerth</translation>
        </message>
        <message>
            <source>New versus returning</source>
            <translation>Newydd yn erbyn dychwelyd</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Cylch bywyd</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Dadansoddi</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Senario</translation>
        </message>
        <message>
            <source>Why this number</source>
            <translation>Pam y rhif hwn</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Rhagolwg</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Pwy i'w ffonio</translation>
        </message>
        <message>
            <source>What's &amp;This?</source>
            <translation>&amp;Beth yw Hwn?</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Agor &amp;Diweddar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Gol&amp;wg</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln cleient</numerusform>
                <numerusform>%Ln cleient</numerusform>
                <numerusform>%Ln cleient</numerusform>
                <numerusform>%Ln cleient</numerusform>
                <numerusform>%Ln cleient</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln trafodyn</numerusform>
                <numerusform>%Ln trafodyn</numerusform>
                <numerusform>%Ln trafodyn</numerusform>
                <numerusform>%Ln trafodyn</numerusform>
                <numerusform>%Ln trafodyn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln client(s)</source>
            <translation>
                <numerusform>%1 / %Ln cleient</numerusform>
                <numerusform>%1 / %Ln cleient</numerusform>
                <numerusform>%1 / %Ln cleient</numerusform>
                <numerusform>%1 / %Ln cleient</numerusform>
                <numerusform>%1 / %Ln cleient</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln transaction(s)</source>
            <translation>
                <numerusform>%1 / %Ln trafodyn</numerusform>
                <numerusform>%1 / %Ln trafodyn</numerusform>
                <numerusform>%1 / %Ln trafodyn</numerusform>
                <numerusform>%1 / %Ln trafodyn</numerusform>
                <numerusform>%1 / %Ln trafodyn</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 clients (%2 buying)</source>
            <translation>%1 cleient (%2 yn prynu)</translation>
        </message>
        <message>
            <source>Lifetime value %1</source>
            <translation>Gwerth oes %1</translation>
        </message>
        <message>
            <source>Referral value %1 (not added)</source>
            <translation>Gwerth atgyfeiriadau %1 (heb ei adio)</translation>
        </message>
        <message>
            <source>Client-base total %1 (referral value left out)</source>
            <translation>Cyfanswm y sylfaen cleientiaid %1 (heb werth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Client-base profit %1</source>
            <translation>Elw'r sylfaen cleientiaid %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>ar %1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>About LTV Desktop</source>
            <translation>Ynghylch LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;What your clients are worth over the whole relationship.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (PySide6), NumPy, python-calamine and XlsxWriter.&lt;/p&gt;</source>
            <translation>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;Gwerth eich cleientiaid dros y berthynas gyfan.&lt;/p&gt;&lt;p&gt;Trwydded MIT. Wedi'i adeiladu gyda Qt for Python (PySide6), NumPy, python-calamine ac XlsxWriter.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Newydd</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Agor…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Cadw &amp;Fel…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>C&amp;lear cells</source>
            <translation>C&amp;lirio celloedd</translation>
        </message>
        <message>
            <source>Fill &amp;down</source>
            <translation>Llenwi i &amp;lawr</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>Canfod a &amp;Newid…</translation>
        </message>
        <message>
            <source>Fill &amp;right</source>
            <translation>Llenwi i'r &amp;dde</translation>
        </message>
        <message>
            <source>&amp;Insert row</source>
            <translation>&amp;Mewnosod rhes</translation>
        </message>
        <message>
            <source>&amp;Delete rows</source>
            <translation>D&amp;ileu rhesi</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;Hidlo…</translation>
        </message>
        <message>
            <source>&amp;About LTV Desktop</source>
            <translation>&amp;Ynghylch LTV Desktop</translation>
        </message>
        <message>
            <source>&amp;Problems in this file…</source>
            <translation>&amp;Problemau yn y ffeil hon…</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Mewnforio taenlen…</translation>
        </message>
        <message>
            <source>&amp;Export with formulas…</source>
            <translation>Allf&amp;orio gyda fformiwlâu…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Go&amp;sodiadau…</translation>
        </message>
        <message>
            <source>Who to &amp;call</source>
            <translation>Pwy i'w &amp;ffonio</translation>
        </message>
        <message>
            <source>&amp;How lifetime value is computed</source>
            <translation>&amp;Sut mae'r gwerth oes yn cael ei gyfrifo</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Clients can be split by %1; not by '%2'.</source>
            <translation>Gellir rhannu cleientiaid yn ôl %1; nid yn ôl '%2'.</translation>
        </message>
        <message>
            <source>Splitting at a threshold needs a money amount.</source>
            <translation>Mae angen swm o arian i rannu ar drothwy.</translation>
        </message>
        <message>
            <source>There is no stage called '%1'. Known: %2.</source>
            <translation>Does dim cam o'r enw '%1'. Rhai hysbys: %2.</translation>
        </message>
        <message>
            <source>'%1' is not a date.</source>
            <translation>Nid yw '%1' yn ddyddiad.</translation>
        </message>
        <message>
            <source>'%1' is not a number.</source>
            <translation>Nid yw '%1' yn rhif.</translation>
        </message>
        <message>
            <source>%1 is too large to be a number.</source>
            <translation>Mae %1 yn rhy fawr i fod yn rhif.</translation>
        </message>
        <message>
            <source>'%1' is not an amount.</source>
            <translation>Nid yw '%1' yn swm.</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount.</source>
            <translation>Mae %1 yn rhy fawr i fod yn swm.</translation>
        </message>
        <message>
            <source>'%1' is not a money amount.</source>
            <translation>Nid yw '%1' yn swm o arian.</translation>
        </message>
        <message>
            <source>%1 is too large to be a money amount.</source>
            <translation>Mae %1 yn rhy fawr i fod yn swm o arian.</translation>
        </message>
        <message>
            <source>Two clients share a Client ID.</source>
            <translation>Mae dau gleient yn rhannu ID cleient.</translation>
        </message>
        <message>
            <source>New clients need Client IDs that are not used yet.</source>
            <translation>Mae angen IDs cleient nad ydyn nhw'n cael eu defnyddio eto ar gleientiaid newydd.</translation>
        </message>
        <message>
            <source>%1 of these clients still have transactions (%2). Delete or move their transactions first.</source>
            <translation>Mae gan %1 o'r cleientiaid hyn drafodion o hyd (%2). Dilëwch neu symudwch eu trafodion yn gyntaf.</translation>
        </message>
        <message>
            <source>A new transaction names a client that does not exist.</source>
            <translation>Mae trafodyn newydd yn enwi cleient nad yw'n bodoli.</translation>
        </message>
        <message>
            <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
            <translation>Nid yw '%1' yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD.</translation>
        </message>
        <message>
            <source>A client needs a Client ID.</source>
            <translation>Mae angen ID cleient ar gleient.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used by another client.</source>
            <translation>Mae cleient arall eisoes yn defnyddio ID cleient '%1'.</translation>
        </message>
        <message>
            <source>A client cannot refer themselves.</source>
            <translation>Ni all cleient ei atgyfeirio ei hun.</translation>
        </message>
        <message>
            <source>A client needs a name.</source>
            <translation>Mae angen enw ar gleient.</translation>
        </message>
        <message>
            <source>There is no client with ID '%1'.</source>
            <translation>Does dim cleient ag ID '%1'.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>Ni all %1 fod yn negatif.</translation>
        </message>
        <message>
            <source>A transaction needs a Client ID.</source>
            <translation>Mae angen ID cleient ar drafodyn.</translation>
        </message>
        <message>
            <source>A transaction needs a date.</source>
            <translation>Mae angen dyddiad ar drafodyn.</translation>
        </message>
        <message>
            <source>A transaction needs an amount.</source>
            <translation>Mae angen swm ar drafodyn.</translation>
        </message>
        <message>
            <source>'%1' already exists and is not a call list written by LTV Desktop; choose another name, so that nothing in it is lost.</source>
            <translation>Mae '%1' eisoes yn bodoli ac nid yw'n rhestr alwadau a ysgrifennwyd gan LTV Desktop; dewiswch enw arall, fel nad oes dim ynddo'n cael ei golli.</translation>
        </message>
        <message>
            <source>'%1' could not be written (%2).</source>
            <translation>Methu ysgrifennu '%1' (%2).</translation>
        </message>
        <message>
            <source>lapsed, so the years from their first to their last purchase</source>
            <translation>wedi darfod, felly'r blynyddoedd o'u pryniant cyntaf i'w pryniant olaf</translation>
        </message>
        <message>
            <source>set on the client's row</source>
            <translation>wedi'i osod ar res y cleient</translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.</source>
            <translation>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant, yna newid pris %3.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant, yna newid pris %3.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant, yna newid pris %3.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant, yna newid pris %3.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant, yna newid pris %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s).</source>
            <translation>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.</numerusform>
                <numerusform>Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Years retained %1: %2, %3 yr.</source>
            <translation>Blynyddoedd yn aros %1: %2, %3 bl.</translation>
        </message>
        <message>
            <source>Years retained %1: %2.</source>
            <translation>Blynyddoedd yn aros %1: %2.</translation>
        </message>
        <message>
            <source>Profit %1 = %2 × %3 margin − %4/yr × %5 yr; net %6 after %7 to win them.</source>
            <translation>Elw %1 = %2 × maint elw %3 − %4/bl. × %5 bl.; net %6 ar ôl %7 i'w hennill.</translation>
        </message>
        <message>
            <source>1 client names them as referrer</source>
            <translation>mae 1 cleient yn eu henwi fel atgyfeiriwr</translation>
        </message>
        <message numerus="yes">
            <source>%n clients name them as referrer</source>
            <translation>
                <numerusform>mae %n cleient yn eu henwi fel atgyfeiriwr</numerusform>
                <numerusform>mae %n cleient yn eu henwi fel atgyfeiriwr</numerusform>
                <numerusform>mae %n cleient yn eu henwi fel atgyfeiriwr</numerusform>
                <numerusform>mae %n cleient yn eu henwi fel atgyfeiriwr</numerusform>
                <numerusform>mae %n cleient yn eu henwi fel atgyfeiriwr</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals %1: %2, then %3.</source>
            <translation>Atgyfeiriadau %1: %2, yna %3.</translation>
        </message>
        <message>
            <source>Referrals %1: %2.</source>
            <translation>Atgyfeiriadau %1: %2.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2), then %3.</source>
            <translation>Pryniannau y flwyddyn %1: wedi'i osod ar res y cleient (%2), yna %3.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2).</source>
            <translation>Pryniannau y flwyddyn %1: wedi'i osod ar res y cleient (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1), then %2.</source>
            <translation>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1), yna %2.</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1), yna %2.</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1), yna %2.</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1), yna %2.</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1), yna %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1).</source>
            <translation>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1).</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1).</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1).</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1).</numerusform>
                <numerusform>Pryniannau y flwyddyn %1 = %n pryniant ÷ blynyddoedd ers y pryniant cyntaf (o leiaf 1).</numerusform>
            </translation>
        </message>
        <message>
            <source>the %1 years they have already stayed</source>
            <translation>y %1 blynedd maen nhw wedi aros eisoes</translation>
        </message>
        <message>
            <source>the scenario's default</source>
            <translation>rhagosodiad y senario</translation>
        </message>
        <message>
            <source>'%1' could not be exported (%2).</source>
            <translation>Methu allforio '%1' (%2).</translation>
        </message>
        <message>
            <source>a stray value far from the table (more than %1 empty rows or %2 empty columns away) was left out</source>
            <translation>gadawyd gwerth crwydr ymhell o'r tabl allan (mwy na %1 rhes wag neu %2 colofn wag i ffwrdd)</translation>
        </message>
        <message>
            <source>you do not have permission to open it</source>
            <translation>does gennych chi ddim caniatâd i'w agor</translation>
        </message>
        <message>
            <source>'%1' is damaged (%2). It may not have finished downloading or copying; try a backup copy, or open it in Excel, which can sometimes repair it.</source>
            <translation>Mae '%1' wedi'i ddifrodi (%2). Efallai nad yw wedi gorffen llwytho i lawr na chopïo; rhowch gynnig ar gopi wrth gefn, neu agorwch ef yn Excel, sy'n gallu ei drwsio weithiau.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed (it would unpack to %2 GB); it was not opened.</source>
            <translation>Mae '%1' yn rhy fawr neu wedi'i gamffurfio (byddai'n dadbacio i %2 GB); ni chafodd ei agor.</translation>
        </message>
        <message>
            <source>'%1' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx (Excel Workbook) in Excel or LibreOffice and open that.</source>
            <translation>Mae '%1' yn hen lyfr gwaith Excel 97–2003 (.xls). Cadwch ef fel .xlsx (Llyfr Gwaith Excel) yn Excel neu LibreOffice ac agorwch hwnnw.</translation>
        </message>
        <message>
            <source>'%1' is not an Excel workbook (.xlsx).</source>
            <translation>Nid yw '%1' yn llyfr gwaith Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' is a folder, not a workbook.</source>
            <translation>Ffolder yw '%1', nid llyfr gwaith.</translation>
        </message>
        <message>
            <source>'%1' is not a workbook file.</source>
            <translation>Nid yw '%1' yn ffeil llyfr gwaith.</translation>
        </message>
        <message>
            <source>'%1' is empty (0 bytes). It may not have finished downloading or copying.</source>
            <translation>Mae '%1' yn wag (0 beit). Efallai nad yw wedi gorffen llwytho i lawr na chopïo.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed; it was not opened.</source>
            <translation>Mae '%1' yn rhy fawr neu wedi'i gamffurfio; ni chafodd ei agor.</translation>
        </message>
        <message>
            <source>'%1' is an Excel binary workbook (.xlsb). Please save it as .xlsx (Excel Workbook) in Excel and open that.</source>
            <translation>Mae '%1' yn llyfr gwaith deuaidd Excel (.xlsb). Cadwch ef fel .xlsx (Llyfr Gwaith Excel) yn Excel ac agorwch hwnnw.</translation>
        </message>
        <message>
            <source>'%1' is saved in the Strict Open XML format, which LTV Desktop cannot open here. Please save it in Excel as a normal "Excel Workbook (.xlsx)" and open that.</source>
            <translation>Mae '%1' wedi'i gadw yn y fformat Strict Open XML, na all LTV Desktop ei agor yma. Cadwch ef yn Excel fel "Llyfr Gwaith Excel (.xlsx)" arferol ac agorwch hwnnw.</translation>
        </message>
        <message>
            <source>'%1' is a password-protected workbook; open it in Excel, remove the password, and try again.</source>
            <translation>Mae '%1' yn llyfr gwaith wedi'i ddiogelu â chyfrinair; agorwch ef yn Excel, tynnwch y cyfrinair, a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: part of it cannot be unpacked</source>
            <translation>mae'r ffeil yn anghyflawn neu'n llwgr: ni ellir dadbacio rhan ohoni</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: %1</source>
            <translation>mae'r ffeil yn anghyflawn neu'n llwgr: %1</translation>
        </message>
        <message>
            <source>'%1' cannot be read (%2).</source>
            <translation>Methu darllen '%1' (%2).</translation>
        </message>
        <message>
            <source>'%1' was not found. It may have been moved, renamed or deleted.</source>
            <translation>Ni chafwyd hyd i '%1'. Efallai ei fod wedi'i symud, ei ailenwi neu ei ddileu.</translation>
        </message>
        <message>
            <source>the file is shorter than its own table of contents says</source>
            <translation>mae'r ffeil yn fyrrach na'r hyn mae ei thabl cynnwys ei hun yn ei ddweud</translation>
        </message>
        <message>
            <source>'%1' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx (Excel Workbook) in LibreOffice or Excel and open that.</source>
            <translation>Mae '%1' yn daenlen OpenDocument (.ods). Cadwch hi fel .xlsx (Llyfr Gwaith Excel) yn LibreOffice neu Excel ac agorwch honno.</translation>
        </message>
        <message>
            <source>'%1' is a Word document, not an Excel workbook (.xlsx).</source>
            <translation>Dogfen Word yw '%1', nid llyfr gwaith Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' contains XML entity declarations (in %2), which spreadsheets never use and which can be used to attack programs that read XML; it was not opened.</source>
            <translation>Mae '%1' yn cynnwys datganiadau endid XML (yn %2), nad yw taenlenni byth yn eu defnyddio ac y gellir eu defnyddio i ymosod ar raglenni sy'n darllen XML; ni chafodd ei agor.</translation>
        </message>
        <message>
            <source>'%1': the '%2' sheet has a value in cell %3, so opening it would lay out %4 rows × %5 columns (%6 cells), far more than a client list needs. If that cell is a stray entry, delete it (in Excel, Ctrl+End jumps to it), save, and try again.</source>
            <translation>'%1': mae gan y ddalen '%2' werth yng nghell %3, felly byddai ei hagor yn gosod %4 rhes × %5 colofn (%6 cell), llawer mwy nag sydd ei angen ar restr cleientiaid. Os cofnod crwydr yw'r gell honno, dilëwch hi (yn Excel, mae Ctrl+End yn neidio ati), cadwch, a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>the '%1' sheet is missing from it: %2 is not in the file</source>
            <translation>mae'r ddalen '%1' ar goll ohono: nid yw %2 yn y ffeil</translation>
        </message>
        <message>
            <source>permission denied: is it open in Excel, or is the folder read-only?</source>
            <translation>gwrthodwyd caniatâd: ydy e ar agor yn Excel, neu ydy'r ffolder yn un darllen yn unig?</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>mae'r ddisg yn llawn</translation>
        </message>
        <message>
            <source>a column of dates</source>
            <translation>colofn o ddyddiadau</translation>
        </message>
        <message>
            <source>a column of money</source>
            <translation>colofn o arian</translation>
        </message>
        <message>
            <source>a column of numbers</source>
            <translation>colofn o rifau</translation>
        </message>
        <message>
            <source>a column of email addresses</source>
            <translation>colofn o gyfeiriadau e-bost</translation>
        </message>
        <message>
            <source>a column of phone numbers</source>
            <translation>colofn o rifau ffôn</translation>
        </message>
        <message>
            <source>a column of names or words</source>
            <translation>colofn o enwau neu eiriau</translation>
        </message>
        <message>
            <source>a column of mixed values</source>
            <translation>colofn o werthoedd cymysg</translation>
        </message>
        <message>
            <source>a column of nothing</source>
            <translation>colofn o ddim byd</translation>
        </message>
        <message>
            <source>header '%1'</source>
            <translation>pennawd '%1'</translation>
        </message>
        <message>
            <source>There is no field called '%1'. Fields: %2.</source>
            <translation>Does dim maes o'r enw '%1'. Meysydd: %2.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>wedi'i dewis gennych chi</translation>
        </message>
        <message>
            <source>a column of %1</source>
            <translation>colofn o %1</translation>
        </message>
        <message>
            <source>'%1' is not a date</source>
            <translation>nid yw '%1' yn ddyddiad</translation>
        </message>
        <message>
            <source>%1 is not a date</source>
            <translation>nid yw %1 yn ddyddiad</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet</source>
            <translation>rhif yw %1, nid dyddiad; fformatiwch y golofn fel dyddiadau yn y daenlen</translation>
        </message>
        <message>
            <source>%1 is a time of day, not a date</source>
            <translation>amser o'r dydd yw %1, nid dyddiad</translation>
        </message>
        <message>
            <source>%1 is a length of time, not a date</source>
            <translation>hyd o amser yw %1, nid dyddiad</translation>
        </message>
        <message>
            <source>%1 is a date, not a number</source>
            <translation>dyddiad yw %1, nid rhif</translation>
        </message>
        <message>
            <source>%1 is a time, not a number</source>
            <translation>amser yw %1, nid rhif</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not a number</source>
            <translation>mae'r gell yn dal 'NaN' (nid rhif), nid rhif</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not a number</source>
            <translation>mae'r gell yn dal rhif anfeidraidd, nid rhif</translation>
        </message>
        <message>
            <source>%1 is too large to be a number</source>
            <translation>mae %1 yn rhy fawr i fod yn rhif</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>nid yw '%1' yn rhif</translation>
        </message>
        <message>
            <source>%1 is a date, not an amount</source>
            <translation>dyddiad yw %1, nid swm</translation>
        </message>
        <message>
            <source>%1 is a time, not an amount</source>
            <translation>amser yw %1, nid swm</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not an amount</source>
            <translation>mae'r gell yn dal 'NaN' (nid rhif), nid swm</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not an amount</source>
            <translation>mae'r gell yn dal rhif anfeidraidd, nid swm</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount</source>
            <translation>mae %1 yn rhy fawr i fod yn swm</translation>
        </message>
        <message>
            <source>'%1' is not an amount</source>
            <translation>nid yw '%1' yn swm</translation>
        </message>
        <message>
            <source>'%1' is not a real date</source>
            <translation>nid yw '%1' yn ddyddiad go iawn</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet (as a date it would be %2)</source>
            <translation>rhif yw %1, nid dyddiad; fformatiwch y golofn fel dyddiadau yn y daenlen (fel dyddiad, %2 fyddai)</translation>
        </message>
        <message>
            <source>Text dates in %1 were read day first, as '%2' can only be read that way.</source>
            <translation>Darllenwyd dyddiadau testun yn %1 gyda'r diwrnod yn gyntaf, gan mai dim ond felly y gellir darllen '%2'.</translation>
        </message>
        <message>
            <source>Text dates in %1 were read month first, as '%2' can only be read that way.</source>
            <translation>Darllenwyd dyddiadau testun yn %1 gyda'r mis yn gyntaf, gan mai dim ond felly y gellir darllen '%2'.</translation>
        </message>
        <message>
            <source>'%1' is not a date in day/month/year order</source>
            <translation>nid yw '%1' yn ddyddiad yn y drefn diwrnod/mis/blwyddyn</translation>
        </message>
        <message>
            <source>'%1' is not a date in month/day/year order</source>
            <translation>nid yw '%1' yn ddyddiad yn y drefn mis/diwrnod/blwyddyn</translation>
        </message>
        <message>
            <source>'%1' could be %2 or %3; choose the day/month order</source>
            <translation>gallai '%1' fod yn %2 neu'n %3; dewiswch y drefn diwrnod/mis</translation>
        </message>
        <message>
            <source>Choose the columns yourself: in the import window, or with --map FIELD=COLUMN.</source>
            <translation>Dewiswch y colofnau eich hun: yn y ffenestr fewnforio, neu gyda --map MAES=COLOFN.</translation>
        </message>
        <message>
            <source>%1; left empty</source>
            <translation>%1; wedi'i adael yn wag</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>dyddiadau</translation>
        </message>
        <message>
            <source>clients (names or IDs)</source>
            <translation>cleientiaid (enwau neu IDs)</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>symiau</translation>
        </message>
        <message>
            <source>Client IDs or names</source>
            <translation>IDs cleient neu enwau</translation>
        </message>
        <message>
            <source>money</source>
            <translation>arian</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>rhifau</translation>
        </message>
        <message>
            <source>email addresses</source>
            <translation>cyfeiriadau e-bost</translation>
        </message>
        <message>
            <source>phone numbers</source>
            <translation>rhifau ffôn</translation>
        </message>
        <message>
            <source>names or words</source>
            <translation>enwau neu eiriau</translation>
        </message>
        <message>
            <source>mixed values</source>
            <translation>gwerthoedd cymysg</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>dim byd</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 neu %2</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used.</source>
            <translation>'%1': ni chafwyd hyd i resi y gellir eu defnyddio ar y ddalen '%2': mae gan bob un o'i %3 rhes gell na ellir ei defnyddio.</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2); left empty</source>
            <translation>ni all %1 fod yn negatif (mae'n %2); wedi'i adael yn wag</translation>
        </message>
        <message>
            <source>a client cannot refer themselves; the referral is not counted</source>
            <translation>ni all cleient ei atgyfeirio ei hun; nid yw'r atgyfeiriad yn cyfrif</translation>
        </message>
        <message>
            <source>client '%1' was left out ('%2' row %3), so this transaction is too</source>
            <translation>gadawyd cleient '%1' allan ('%2' rhes %3), felly mae'r trafodyn hwn hefyd</translation>
        </message>
        <message>
            <source>there is no client '%1' on the '%2' sheet (by ID or name)</source>
            <translation>does dim cleient '%1' ar y ddalen '%2' (yn ôl ID nac enw)</translation>
        </message>
        <message>
            <source>'%1' has no worksheets (only charts or macros), so nothing to import.</source>
            <translation>Does gan '%1' ddim taflenni gwaith (dim ond siartiau neu facros), felly does dim i'w fewnforio.</translation>
        </message>
        <message>
            <source>'%1' is empty: its sheets (%2) hold no cells at all.</source>
            <translation>Mae '%1' yn wag: does dim celloedd o gwbl yn ei ddalennau (%2).</translation>
        </message>
        <message>
            <source>'%1': no sheet looks like sales (a column of dates and one of amounts) or a client list. %2</source>
            <translation>'%1': does dim dalen yn edrych fel gwerthiannau (colofn o ddyddiadau ac un o symiau) na rhestr cleientiaid. %2</translation>
        </message>
        <message>
            <source>'%1': no column of %2 was found on the '%3' sheet (its columns: %4). %5</source>
            <translation>'%1': ni chafwyd hyd i golofn o %2 ar y ddalen '%3' (ei cholofnau: %4). %5</translation>
        </message>
        <message>
            <source>'%1': could not tell which column of the '%2' sheet holds the %3: the best guess, %4, holds %5, which is not enough to go on. %6</source>
            <translation>'%1': methu dweud pa golofn o'r ddalen '%2' sy'n dal y %3: mae'r dyfaliad gorau, %4, yn dal %5, sydd ddim yn ddigon i fynd ymlaen. %6</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet at all; nothing to import.</source>
            <translation>'%1': ni chafwyd hyd i resi o gwbl ar y ddalen '%2'; does dim i'w fewnforio.</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used. The first: %4.</source>
            <translation>'%1': ni chafwyd hyd i resi y gellir eu defnyddio ar y ddalen '%2': mae gan bob un o'i %3 rhes gell na ellir ei defnyddio. Y gyntaf: %4.</translation>
        </message>
        <message>
            <source>Row %1 of '%2' is a totals row and was left out.</source>
            <translation>Rhes cyfansymiau yw rhes %1 o '%2' ac fe'i gadawyd allan.</translation>
        </message>
        <message>
            <source>a client needs a Client ID</source>
            <translation>mae angen ID cleient ar gleient</translation>
        </message>
        <message>
            <source>a client needs a name</source>
            <translation>mae angen enw ar gleient</translation>
        </message>
        <message>
            <source>client '%1' was left out (row %2); the referral is not counted</source>
            <translation>gadawyd cleient '%1' allan (rhes %2); nid yw'r atgyfeiriad yn cyfrif</translation>
        </message>
        <message>
            <source>no client with this ID or name; the referral is not counted</source>
            <translation>dim cleient â'r ID neu'r enw hwn; nid yw'r atgyfeiriad yn cyfrif</translation>
        </message>
        <message>
            <source>a transaction needs an amount</source>
            <translation>mae angen swm ar drafodyn</translation>
        </message>
        <message>
            <source>a transaction needs a client</source>
            <translation>mae angen cleient ar drafodyn</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet below its headers (row %3); nothing to import.</source>
            <translation>'%1': ni chafwyd hyd i resi ar y ddalen '%2' o dan ei phenawdau (rhes %3); does dim i'w fewnforio.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used on row %2</source>
            <translation>mae ID cleient '%1' eisoes yn cael ei ddefnyddio ar res %2</translation>
        </message>
        <message>
            <source>a transaction needs a date</source>
            <translation>mae angen dyddiad ar drafodyn</translation>
        </message>
        <message>
            <source>'%1': column %2 chosen for %3 is empty on the '%4' sheet (its last column is %5).</source>
            <translation>'%1': mae colofn %2 a ddewiswyd ar gyfer %3 yn wag ar y ddalen '%4' (ei cholofn olaf yw %5).</translation>
        </message>
        <message>
            <source>'%1': %2 cells cannot be used; the first: %3.</source>
            <translation>'%1': ni ellir defnyddio %2 cell; y gyntaf: %3.</translation>
        </message>
        <message>
            <source>There is no client sheet: %1 clients were made from the '%2' column of '%3'.</source>
            <translation>Does dim dalen cleientiaid: gwnaed %1 cleient o'r golofn '%2' yn '%3'.</translation>
        </message>
        <message>
            <source>'%1': the dates on the '%2' sheet (such as %3 in %4) could be read day first or month first. Choose the day/month order: in the import window, or with --day-first or --month-first.</source>
            <translation>'%1': gellid darllen y dyddiadau ar y ddalen '%2' (fel %3 yn %4) gyda'r diwrnod neu'r mis yn gyntaf. Dewiswch y drefn diwrnod/mis: yn y ffenestr fewnforio, neu gyda --day-first neu --month-first.</translation>
        </message>
        <message>
            <source>'%1' (the '%2' sheet)</source>
            <translation>'%1' (y ddalen '%2')</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>'%1' has no sheet called '%2' (its sheets: %3).</source>
            <translation>Does gan '%1' ddim dalen o'r enw '%2' (ei ddalennau: %3).</translation>
        </message>
        <message>
            <source>its zip container cannot be unpacked: %1</source>
            <translation>ni ellir dadbacio ei gynhwysydd zip: %1</translation>
        </message>
        <message>
            <source> (the '%1' sheet)</source>
            <translation> (y ddalen '%1')</translation>
        </message>
        <message>
            <source>'%1' is damaged: the XML inside it%2 is malformed (%3). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>Mae '%1' wedi'i ddifrodi: mae'r XML y tu mewn iddo%2 wedi'i gamffurfio (%3). Agorwch ef yn Excel neu LibreOffice a'i gadw eto fel .xlsx.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>Ni ellir darllen %1: %2. Agorwch ef yn Excel neu LibreOffice a'i gadw eto fel .xlsx.</translation>
        </message>
        <message>
            <source>%1 is too large to open in the memory this computer has.</source>
            <translation>Mae %1 yn rhy fawr i'w agor yn y cof sydd gan y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>%1 is damaged in a way the reader cannot get past (%2). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>Mae %1 wedi'i ddifrodi mewn ffordd na all y darllenydd fynd heibio iddi (%2). Agorwch ef yn Excel neu LibreOffice a'i gadw eto fel .xlsx.</translation>
        </message>
        <message>
            <source>the file needs more memory than a workbook should</source>
            <translation>mae angen mwy o gof ar y ffeil nag y dylai llyfr gwaith ei gael</translation>
        </message>
        <message>
            <source>The workbook has no transactions yet.</source>
            <translation>Does dim trafodion yn y llyfr gwaith eto.</translation>
        </message>
        <message>
            <source>There is no scenario setting called '%1'. Known: %2.</source>
            <translation>Does dim gosodiad senario o'r enw '%1'. Rhai hysbys: %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>Rhaid i %1 fod yn rhif.</translation>
        </message>
        <message>
            <source>%1 must be a finite number.</source>
            <translation>Rhaid i %1 fod yn rhif meidraidd.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3; got %4.</source>
            <translation>Rhaid i %1 fod rhwng %2 a %3; cafwyd %4.</translation>
        </message>
        <message>
            <source>%1 must be a date or empty.</source>
            <translation>Rhaid i %1 fod yn ddyddiad neu'n wag.</translation>
        </message>
        <message>
            <source>%1 must be one of %2.</source>
            <translation>Rhaid i %1 fod yn un o %2.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number.</source>
            <translation>%1: nid yw '%2' yn rhif.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1: nid yw '%2' yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD.</translation>
        </message>
        <message>
            <source>Importing workbooks with other layouts comes in a later version.</source>
            <translation>Daw mewnforio llyfrau gwaith â chynlluniau eraill mewn fersiwn diweddarach.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and save again.</source>
            <translation>Mae %1 ar res %2 o'r ddalen %3 yn %4 nod o hyd; mae cell taenlen yn dal %5 ar y mwyaf. Byrhewch ef a'i gadw eto.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and export again.</source>
            <translation>Mae %1 ar res %2 o'r ddalen %3 yn %4 nod o hyd; mae cell taenlen yn dal %5 ar y mwyaf. Byrhewch ef a'i allforio eto.</translation>
        </message>
        <message>
            <source>no 'Setting' and 'Value' columns here; the default scenario is used</source>
            <translation>dim colofnau 'Setting' a 'Value' yma; defnyddir y senario rhagosodedig</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: nid yw '%2' yn rhif</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>gwag</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: it has no '%2' sheet (its sheets: %3). %4</source>
            <translation>Nid yw '%1' yn edrych fel llyfr gwaith LTV Desktop: does ganddo ddim dalen '%2' (ei ddalennau: %3). %4</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date</source>
            <translation>%1: nid yw '%2' yn ddyddiad</translation>
        </message>
        <message>
            <source>the reader stopped at: %1</source>
            <translation>stopiodd y darllenydd yn: %1</translation>
        </message>
        <message>
            <source>the '%1' sheet cannot be read: %2</source>
            <translation>ni ellir darllen y ddalen '%1': %2</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: the '%2' sheet has no '%3' column. %4</source>
            <translation>Nid yw '%1' yn edrych fel llyfr gwaith LTV Desktop: does gan y ddalen '%2' ddim colofn '%3'. %4</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2)</source>
            <translation>ni all %1 fod yn negatif (mae'n %2)</translation>
        </message>
        <message>
            <source>no client with this ID; the referral is not counted</source>
            <translation>dim cleient â'r ID hwn; nid yw'r atgyfeiriad yn cyfrif</translation>
        </message>
        <message>
            <source>'%1' is not a scenario setting; the row is ignored</source>
            <translation>nid yw '%1' yn osodiad senario; anwybyddir y rhes</translation>
        </message>
        <message>
            <source>'%1' is listed twice; the first one is used</source>
            <translation>mae '%1' wedi'i restru ddwywaith; defnyddir yr un cyntaf</translation>
        </message>
        <message>
            <source>'%1' could not be saved (%2). The previous version is untouched.</source>
            <translation>Methu cadw '%1' (%2). Nid yw'r fersiwn flaenorol wedi'i chyffwrdd.</translation>
        </message>
        <message>
            <source>a transaction needs a Client ID</source>
            <translation>mae angen ID cleient ar drafodyn</translation>
        </message>
        <message>
            <source>no setting name; the row is ignored</source>
            <translation>dim enw gosodiad; anwybyddir y rhes</translation>
        </message>
        <message>
            <source>%1; the default (%2) is used</source>
            <translation>%1; defnyddir y rhagosodiad (%2)</translation>
        </message>
        <message>
            <source>client '%1' was left out (Clients row %2), so this transaction is too</source>
            <translation>gadawyd cleient '%1' allan (Cleientiaid rhes %2), felly mae'r trafodyn hwn hefyd</translation>
        </message>
        <message>
            <source>there is no client with ID '%1' in the Clients sheet</source>
            <translation>does dim cleient ag ID '%1' yn y ddalen Cleientiaid</translation>
        </message>
        <message>
            <source>%1; the Value column's setting is used</source>
            <translation>%1; defnyddir gosodiad y golofn Value</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>The page size must be A4 or Letter, not '%1'.</source>
            <translation>Rhaid i faint y dudalen fod yn A4 neu Letter, nid '%1'.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Argraffwyd %1</translation>
        </message>
        <message>
            <source>Rank %1 of %2 clients by total value</source>
            <translation>Safle %1 o %2 cleient yn ôl cyfanswm gwerth</translation>
        </message>
        <message>
            <source>The only client so far.</source>
            <translation>Yr unig gleient hyd yma.</translation>
        </message>
        <message>
            <source>Worth more than any other client.</source>
            <translation>Werth mwy nag unrhyw gleient arall.</translation>
        </message>
        <message>
            <source>Worth more than %1 of your other clients.</source>
            <translation>Werth mwy na %1 o'ch cleientiaid eraill.</translation>
        </message>
        <message>
            <source>A lead: not in the cheap, middle or top group until a first purchase.</source>
            <translation>Darpar gleient: nid yn y grŵp rhad, canol nac uchaf tan y pryniant cyntaf.</translation>
        </message>
        <message>
            <source>Top group: average sale at or above %1.</source>
            <translation>Grŵp uchaf: gwerthiant cyfartalog ar %1 neu uwch.</translation>
        </message>
        <message>
            <source>Cheap group: average sale below %1.</source>
            <translation>Grŵp rhad: gwerthiant cyfartalog yn is na %1.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by average sale.</source>
            <translation>Yn chwarter rhad y cleientiaid sy'n prynu yn ôl gwerthiant cyfartalog.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by average sale.</source>
            <translation>Yn chwarter uchaf y cleientiaid sy'n prynu yn ôl gwerthiant cyfartalog.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by average sale.</source>
            <translation>Yng ngrŵp canol y cleientiaid sy'n prynu yn ôl gwerthiant cyfartalog.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by lifetime value.</source>
            <translation>Yn chwarter rhad y cleientiaid sy'n prynu yn ôl gwerth oes.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by lifetime value.</source>
            <translation>Yn chwarter uchaf y cleientiaid sy'n prynu yn ôl gwerth oes.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by lifetime value.</source>
            <translation>Yng ngrŵp canol y cleientiaid sy'n prynu yn ôl gwerth oes.</translation>
        </message>
        <message>
            <source>least value</source>
            <translation>lleiaf o werth</translation>
        </message>
        <message>
            <source>most value</source>
            <translation>mwyaf o werth</translation>
        </message>
        <message>
            <source>Your purchases</source>
            <translation>Eich pryniannau</translation>
        </message>
        <message>
            <source>Thank you for choosing %1. Here is what you have bought from us so far; we look forward to seeing you again.</source>
            <translation>Diolch am ddewis %1. Dyma'r hyn rydych chi wedi'i brynu gennym hyd yma; edrychwn ymlaen at eich gweld eto.</translation>
        </message>
        <message>
            <source>Thank you for getting in touch with %1. We look forward to working with you.</source>
            <translation>Diolch am gysylltu â %1. Edrychwn ymlaen at weithio gyda chi.</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Beth brynoch chi</translation>
        </message>
        <message>
            <source>With thanks from %1</source>
            <translation>Gyda diolch gan %1</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>Crynodeb cleient</translation>
        </message>
        <message>
            <source>Client ID %1  ·  %2: %3  ·  as of %4</source>
            <translation>ID cleient %1  ·  %2: %3  ·  ar %4</translation>
        </message>
        <message>
            <source>Referred (%1)</source>
            <translation>Wedi atgyfeirio (%1)</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Wedi atgyfeirio</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Atgyfeiriwyd gan</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Cyswllt cyntaf</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Pryniant cyntaf</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Pryniant olaf</translation>
        </message>
        <message>
            <source>Lifetime value (predicted from history)</source>
            <translation>Gwerth oes (wedi'i ragweld o'r hanes)</translation>
        </message>
        <message>
            <source>Lifetime value (formula)</source>
            <translation>Gwerth oes (fformiwla)</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Elw (gyda gwerth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Cost caffael</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Net (gyda gwerth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Pryniannau</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>How they buy</source>
            <translation>Sut maen nhw'n prynu</translation>
        </message>
        <message>
            <source>What they are worth</source>
            <translation>Beth yw eu gwerth</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Refeniw hyd yma</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gwerthiant cyfartalog</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Pryniannau y flwyddyn</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Blynyddoedd yn aros</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Atgyfeiriadau</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Gwerth oes</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Gwerth atgyfeiriadau</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Gwerth ychwanegion</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Ffioedd partner</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Cyfanswm gwerth</translation>
        </message>
        <message>
            <source>Profit ÷ acquisition cost</source>
            <translation>Elw ÷ cost caffael</translation>
        </message>
        <message>
            <source>A lead: the acquisition cost is set against profit from the first purchase, so net is 0 until then.</source>
            <translation>Darpar gleient: mae'r gost caffael yn cael ei gosod yn erbyn elw o'r pryniant cyntaf, felly mae'r net yn 0 tan hynny.</translation>
        </message>
        <message>
            <source>How the total is worked out:  %1</source>
            <translation>Sut mae'r cyfanswm yn cael ei gyfrifo:  %1</translation>
        </message>
        <message>
            <source>Where they stand</source>
            <translation>Ble maen nhw'n sefyll</translation>
        </message>
        <message>
            <source>Spending per year</source>
            <translation>Gwariant y flwyddyn</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Wedi'i wario</translation>
        </message>
        <message>
            <source>No purchases yet.</source>
            <translation>Dim pryniannau eto.</translation>
        </message>
        <message>
            <source>%1  ·  printed %2</source>
            <translation>%1  ·  argraffwyd %2</translation>
        </message>
        <message>
            <source>Prepared by %1 with LTV Desktop</source>
            <translation>Paratowyd gan %1 gydag LTV Desktop</translation>
        </message>
        <message>
            <source>1 refund</source>
            <translation>1 ad-daliad</translation>
        </message>
        <message numerus="yes">
            <source>%1 refunds</source>
            <translation>
                <numerusform>%1 ad-daliad</numerusform>
                <numerusform>%1 ad-daliad</numerusform>
                <numerusform>%1 ad-daliad</numerusform>
                <numerusform>%1 ad-daliad</numerusform>
                <numerusform>%1 ad-daliad</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 after the as-of date, not counted</source>
            <translation>%1 ar ôl y dyddiad cyfrifo, heb eu cyfrif</translation>
        </message>
        <message>
            <source>1 row, most recent first</source>
            <translation>1 rhes, y diweddaraf yn gyntaf</translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, most recent first</source>
            <translation>
                <numerusform>%1 rhes, y diweddaraf yn gyntaf</numerusform>
                <numerusform>%1 rhes, y diweddaraf yn gyntaf</numerusform>
                <numerusform>%1 rhes, y diweddaraf yn gyntaf</numerusform>
                <numerusform>%1 rhes, y diweddaraf yn gyntaf</numerusform>
                <numerusform>%1 rhes, y diweddaraf yn gyntaf</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchases up to the as-of date.</source>
            <translation>Dim pryniannau hyd at y dyddiad cyfrifo.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Swm</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>… and %1 earlier, back to %2, together %3</source>
            <translation>… a %1 cynharach, yn ôl i %2, gyda'i gilydd %3</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (parhad)</translation>
        </message>
        <message>
            <source>latest transaction</source>
            <translation>y trafodyn diweddaraf</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 bl.</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>wedi symud</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 pwynt</translation>
        </message>
        <message>
            <source>no transactions yet</source>
            <translation>dim trafodion eto</translation>
        </message>
        <message>
            <source>%1 clients, %2 with purchases  ·  figures as of %3</source>
            <translation>%1 cleient, %2 gyda phryniannau  ·  ffigurau ar %3</translation>
        </message>
        <message>
            <source>lifetime value predicted from history</source>
            <translation>gwerth oes wedi'i ragweld o'r hanes</translation>
        </message>
        <message>
            <source>lifetime value from the formula</source>
            <translation>gwerth oes o'r fformiwla</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Cyfanswm y sylfaen cleientiaid (heb werth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>gwaelodlin %1</translation>
        </message>
        <message>
            <source>all clients</source>
            <translation>pob cleient</translation>
        </message>
        <message>
            <source>beside the total, not added</source>
            <translation>wrth ymyl y cyfanswm, heb ei adio</translation>
        </message>
        <message>
            <source>up to the as-of date</source>
            <translation>hyd at y dyddiad cyfrifo</translation>
        </message>
        <message>
            <source>Totals: baseline and current levers</source>
            <translation>Cyfansymiau: y waelodlin a'r liferi presennol</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Ffigur</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Gwaelodlin</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Presennol</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Gwahaniaeth</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Cyfansymiau</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Senario</translation>
        </message>
        <message>
            <source>1 setting moved from the baseline</source>
            <translation>1 gosodiad wedi symud o'r waelodlin</translation>
        </message>
        <message numerus="yes">
            <source>%1 settings moved from the baseline</source>
            <translation>
                <numerusform>%1 gosodiad wedi symud o'r waelodlin</numerusform>
                <numerusform>%1 gosodiad wedi symud o'r waelodlin</numerusform>
                <numerusform>%1 gosodiad wedi symud o'r waelodlin</numerusform>
                <numerusform>%1 gosodiad wedi symud o'r waelodlin</numerusform>
                <numerusform>%1 gosodiad wedi symud o'r waelodlin</numerusform>
            </translation>
        </message>
        <message>
            <source>the current levers are the baseline</source>
            <translation>y liferi presennol yw'r waelodlin</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Gosodiad</translation>
        </message>
        <message>
            <source>Cheap versus top clients</source>
            <translation>Cleientiaid rhad yn erbyn y rhai uchaf</translation>
        </message>
        <message>
            <source>Below</source>
            <translation>Islaw</translation>
        </message>
        <message>
            <source>At or above</source>
            <translation>Ar hyn neu uwch</translation>
        </message>
        <message>
            <source>Cheap</source>
            <translation>Rhad</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Canol</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Uchaf</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Wedi prynu eto</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Blynyddoedd fel cleient hyd yma</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Atgyfeiriadau fesul cleient</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Wedi atgyfeirio rhywun</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Gwerth oes cyfartalog</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Cyfanswm gwerth cyfartalog</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Cyfran o gyfanswm y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Cyfran o'r cleientiaid sy'n prynu</translation>
        </message>
        <message>
            <source>Share of the value</source>
            <translation>Cyfran o'r gwerth</translation>
        </message>
        <message>
            <source>Each group's share (%)</source>
            <translation>Cyfran pob grŵp (%)</translation>
        </message>
        <message>
            <source>New versus returning clients</source>
            <translation>Cleientiaid newydd yn erbyn rhai sy'n dychwelyd</translation>
        </message>
        <message>
            <source>orders and revenue per year</source>
            <translation>archebion a refeniw y flwyddyn</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Archebion newydd</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Refeniw newydd</translation>
        </message>
        <message>
            <source>Per order</source>
            <translation>Fesul archeb</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Archebion dychwelyd</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Refeniw dychwelyd</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Cyfran dychwelyd</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Gwariant caffael</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Cleientiaid newydd</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Cleientiaid sy'n dychwelyd</translation>
        </message>
        <message>
            <source>Revenue per year from new and from returning clients</source>
            <translation>Refeniw y flwyddyn gan gleientiaid newydd a chan rai sy'n dychwelyd</translation>
        </message>
        <message>
            <source>No orders yet.</source>
            <translation>Dim archebion eto.</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Cylch bywyd</translation>
        </message>
        <message>
            <source>each client's stage, derived from the data</source>
            <translation>cam pob cleient, yn deillio o'r data</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Ystyr</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Cyfran o'r cleientiaid</translation>
        </message>
        <message>
            <source>Top %1 clients by total value</source>
            <translation>Y %1 cleient uchaf yn ôl cyfanswm gwerth</translation>
        </message>
        <message>
            <source>the top 20 % of clients hold %1 of the client-base total</source>
            <translation>mae'r 20 % uchaf o gleientiaid yn dal %1 o gyfanswm y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>ID cleient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Share of total value</source>
            <translation>Cyfran o'r cyfanswm gwerth</translation>
        </message>
        <message>
            <source>Top clients by total value</source>
            <translation>Y cleientiaid uchaf yn ôl cyfanswm gwerth</translation>
        </message>
        <message>
            <source>No clients yet.</source>
            <translation>Dim cleientiaid eto.</translation>
        </message>
        <message>
            <source>1 lead counted apart</source>
            <translation>1 darpar gleient wedi'i gyfrif ar wahân</translation>
        </message>
        <message numerus="yes">
            <source>%1 leads counted apart</source>
            <translation>
                <numerusform>%1 darpar gleient wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%1 darpar gleient wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%1 darpar gleient wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%1 darpar gleient wedi'u cyfrif ar wahân</numerusform>
                <numerusform>%1 darpar gleient wedi'u cyfrif ar wahân</numerusform>
            </translation>
        </message>
        <message>
            <source>split at an average sale of %1; %2</source>
            <translation>wedi'u rhannu ar werthiant cyfartalog o %1; %2</translation>
        </message>
        <message>
            <source>buying clients ranked by average sale, bottom and top quarters; %1</source>
            <translation>cleientiaid sy'n prynu wedi'u trefnu yn ôl gwerthiant cyfartalog, y chwarteri isaf ac uchaf; %1</translation>
        </message>
        <message>
            <source>buying clients ranked by lifetime value, bottom and top quarters; %1</source>
            <translation>cleientiaid sy'n prynu wedi'u trefnu yn ôl gwerth oes, y chwarteri isaf ac uchaf; %1</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Pwy i'w ffonio</translation>
        </message>
        <message>
            <source>No client matches these rules.</source>
            <translation>Does dim cleient yn cyfateb i'r rheolau hyn.</translation>
        </message>
        <message>
            <source>The printer or file could not be opened for painting.</source>
            <translation>Methu agor yr argraffydd neu'r ffeil i argraffu arni.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>Gwrthododd yr argraffydd dudalen newydd.</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Adroddiad y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>ar %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Tudalen %1 o %2</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Methu ysgrifennu %1: nid yw'r ffolder %2 yn bodoli.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Methu ysgrifennu %1: %2.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Crynodebau cleientiaid</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Crynodeb cleient: %1</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>Fy stiwdio</translation>
        </message>
        <message>
            <source>lifetime value = average sale × purchases per year × years retained</source>
            <translation>gwerth oes = gwerthiant cyfartalog × pryniannau y flwyddyn × blynyddoedd yn aros</translation>
        </message>
    </context>
    <context>
        <name>ParetoView</name>
        <message>
            <source>Where the value sits</source>
            <translation>Ble mae'r gwerth</translation>
        </message>
        <message>
            <source>The top 20 % of your clients hold %1 of the client-base value.</source>
            <translation>Mae'r 20 % uchaf o'ch cleientiaid yn dal %1 o werth y sylfaen cleientiaid.</translation>
        </message>
        <message>
            <source>Cumulative share of value</source>
            <translation>Cyfran gronnus o'r gwerth</translation>
        </message>
        <message>
            <source>If every client were worth the same</source>
            <translation>Pe bai pob cleient werth yr un faint</translation>
        </message>
        <message>
            <source>20 % mark</source>
            <translation>Marc 20 %</translation>
        </message>
        <message>
            <source>top 20 %: %1 of value</source>
            <translation>20 % uchaf: %1 o'r gwerth</translation>
        </message>
        <message>
            <source>Share of clients, most valuable first (%)</source>
            <translation>Cyfran o'r cleientiaid, y mwyaf gwerthfawr yn gyntaf (%)</translation>
        </message>
        <message>
            <source>Cumulative share of client-base value (%)</source>
            <translation>Cyfran gronnus o werth y sylfaen cleientiaid (%)</translation>
        </message>
    </context>
    <context>
        <name>Predicted</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n diwrnod yn ôl</numerusform>
                <numerusform>%n diwrnod yn ôl</numerusform>
                <numerusform>%n diwrnod yn ôl</numerusform>
                <numerusform>%n diwrnod yn ôl</numerusform>
                <numerusform>%n diwrnod yn ôl</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 yr ago</source>
            <translation>%1 bl. yn ôl</translation>
        </message>
        <message>
            <source>Purchases after the first: %1, over %2 yr; last purchase %3</source>
            <translation>Pryniannau ar ôl y cyntaf: %1, dros %2 bl.; y pryniant diwethaf %3</translation>
        </message>
        <message>
            <source>One purchase so far, %1</source>
            <translation>Un pryniant hyd yma, %1</translation>
        </message>
        <message>
            <source>own repeat average %1, pulled toward the studio's %2 by the spend model</source>
            <translation>cyfartaledd eu hailbryniannau %1, wedi'i dynnu tuag at %2 y stiwdio gan y model gwariant</translation>
        </message>
        <message>
            <source>their own average sale: the studio's spend model gives no usable average</source>
            <translation>eu gwerthiant cyfartalog eu hunain: does dim cyfartaledd defnyddiol gan fodel gwariant y stiwdio</translation>
        </message>
        <message>
            <source>no repeat purchase yet, so the studio's average %1</source>
            <translation>dim ailbryniant eto, felly cyfartaledd y stiwdio, %1</translation>
        </message>
        <message>
            <source>, then %1 price change</source>
            <translation>, yna newid pris o %1</translation>
        </message>
        <message>
            <source>expected %1 purchases in the next %2 yr × expected average sale %3 (%4)</source>
            <translation>%1 pryniant disgwyliedig yn y %2 bl. nesaf × gwerthiant cyfartalog disgwyliedig %3 (%4)</translation>
        </message>
        <message>
            <source>, discounted at %1</source>
            <translation>, wedi'i ddisgowntio ar %1</translation>
        </message>
        <message>
            <source>model %1, fitted on the whole studio</source>
            <translation>model %1, wedi'i lunio ar y stiwdio gyfan</translation>
        </message>
        <message>
            <source>model %1, fitted on the '%2' clients</source>
            <translation>model %1, wedi'i lunio ar y cleientiaid '%2'</translation>
        </message>
        <message>
            <source>+ %1 spent so far = %2 (%3)</source>
            <translation>+ %1 a wariwyd hyd yma = %2 (%3)</translation>
        </message>
        <message>
            <source>chance still a client %1</source>
            <translation>siawns yn dal yn gleient %1</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dogfennau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>For the studio: rank, notes and value</source>
            <translation>I'r stiwdio: safle, nodiadau a gwerth</translation>
        </message>
        <message>
            <source>For the client: what they bought, with thanks</source>
            <translation>I'r cleient: yr hyn a brynwyd, gyda diolch</translation>
        </message>
        <message>
            <source>&amp;Print client summary…</source>
            <translation>A&amp;rgraffu crynodeb cleient…</translation>
        </message>
        <message>
            <source>Print summaries of &amp;selected clients…</source>
            <translation>Argraffu crynodebau'r cleientiaid a dde&amp;wiswyd…</translation>
        </message>
        <message>
            <source>Print client-base &amp;report…</source>
            <translation>Argraffu adroddiad &amp;y sylfaen cleientiaid…</translation>
        </message>
        <message>
            <source>&amp;Client summary…</source>
            <translation>&amp;Crynodeb cleient…</translation>
        </message>
        <message>
            <source>&amp;Summaries of selected clients…</source>
            <translation>Crynodebau'r cleientiaid a &amp;ddewiswyd…</translation>
        </message>
        <message>
            <source>Client-base &amp;report…</source>
            <translation>&amp;Adroddiad y sylfaen cleientiaid…</translation>
        </message>
        <message>
            <source>&amp;Export PDF</source>
            <translation>A&amp;llforio PDF</translation>
        </message>
        <message>
            <source>Select a client to print their summary.</source>
            <translation>Dewiswch gleient i argraffu eu crynodeb.</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Crynodeb cleient: %1</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Adroddiad y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>There are no clients to print.</source>
            <translation>Does dim cleientiaid i'w hargraffu.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Crynodebau cleientiaid</translation>
        </message>
        <message>
            <source>Save summaries as PDF</source>
            <translation>Cadw crynodebau fel PDF</translation>
        </message>
        <message>
            <source>Folder for the client PDFs</source>
            <translation>Ffolder ar gyfer PDFs y cleientiaid</translation>
        </message>
        <message>
            <source>Select a client to save their summary.</source>
            <translation>Dewiswch gleient i gadw eu crynodeb.</translation>
        </message>
        <message>
            <source>Save client summary as PDF</source>
            <translation>Cadw crynodeb cleient fel PDF</translation>
        </message>
        <message>
            <source>Save client-base report as PDF</source>
            <translation>Cadw adroddiad y sylfaen cleientiaid fel PDF</translation>
        </message>
        <message>
            <source>Writing client summaries…</source>
            <translation>Yn ysgrifennu crynodebau cleientiaid…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Diddymu</translation>
        </message>
        <message>
            <source>Writing client summaries… %1 of %2</source>
            <translation>Yn ysgrifennu crynodebau cleientiaid… %1 o %2</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Methu cadw'r PDF</translation>
        </message>
        <message>
            <source>Cancelled: %1 of %2 client PDFs were written to %3.</source>
            <translation>Diddymwyd: ysgrifennwyd %1 o %2 PDF cleient i %3.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Diddymwyd: ni ysgrifennwyd dim.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1</source>
            <translation>
                <numerusform>Cadwyd %n tudalen i %1</numerusform>
                <numerusform>Cadwyd %n tudalen i %1</numerusform>
                <numerusform>Cadwyd %n tudalen i %1</numerusform>
                <numerusform>Cadwyd %n tudalen i %1</numerusform>
                <numerusform>Cadwyd %n tudalen i %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Laying out client summaries…</source>
            <translation>Yn gosod crynodebau cleientiaid…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Rhagolwg argraffu — %1</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>Methu argraffu</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Cadw fel PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Cadw fel PDF…</translation>
        </message>
        <message>
            <source>Which version of the summary to print</source>
            <translation>Pa fersiwn o'r crynodeb i'w hargraffu</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Dewis y Cyfan</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Cynyddu &amp;un cam</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Lleihau un ca&amp;m</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>Arnofio</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Edrych yn:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Enw'r ffeil:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Ffeiliau o'r math:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Dewis</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Cadw Fel</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Pob Ffeil (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ymlaen</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ffolder Rhiant</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creu Ffolder Newydd</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Golwg Rhestr</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Golwg Manylion</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bar ochr</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ffolder Newydd</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Ffolder &amp;Newydd</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ailenwi</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Dangos ffeiliau &amp;cudd</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Lleoedd Diweddar</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Fy Nghyfrifiadur</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ffolder:</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mynd yn ôl</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mynd ymlaen</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mynd i'r ffolder rhiant</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creu Ffolder Newydd</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Newid i olwg rhestr</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Newid i olwg manylion</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dyddiad Newid</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Cyfrifiadur</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos Manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio Manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r Cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Iawn</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Iawn i'r C&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r Cyf&amp;an</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Atal</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Diddymu</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Taflu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y Rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Rhagolwg Argraffu</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Tudalen nesaf</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Tudalen flaenorol</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Tudalen gyntaf</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Tudalen olaf</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ffitio'r lled</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Ffitio'r dudalen</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Chwyddo i mewn</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Chwyddo allan</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portread</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Tirwedd</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Dangos un dudalen</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Dangos tudalennau cyferbyn</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Dangos trosolwg o bob tudalen</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Gosod y dudalen</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Allforio i PDF</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Gosod y Dudalen</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Sgrolio i'r Chwith</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Sgrolio i'r Dde</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo Lleoliad y &amp;Ddolen</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the disk did not take all of it</source>
            <translation>ni chymerodd y ddisg y cyfan</translation>
        </message>
        <message>
            <source>the new file could not replace the old one</source>
            <translation>ni allai'r ffeil newydd gymryd lle'r hen un</translation>
        </message>
        <message>
            <source>an untitled workbook (autosaved %1)</source>
            <translation>llyfr gwaith heb deitl (cadwyd yn awtomatig %1)</translation>
        </message>
        <message>
            <source>%1 (autosaved %2)</source>
            <translation>%1 (cadwyd yn awtomatig %2)</translation>
        </message>
    </context>
    <context>
        <name>SafetyNet</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Methodd cadw'n awtomatig: %1</translation>
        </message>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Adfer gwaith heb ei gadw?</translation>
        </message>
        <message>
            <source>LTV Desktop closed without saving %1. Recover it?</source>
            <translation>Caeodd LTV Desktop heb gadw %1. Ei adfer?</translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>Methu adfer</translation>
        </message>
        <message>
            <source>Recovered %1</source>
            <translation>Adferwyd %1</translation>
        </message>
        <message>
            <source>%1 is already open in another LTV Desktop window. Changes saved in one will overwrite the other's.</source>
            <translation>Mae %1 eisoes ar agor mewn ffenestr LTV Desktop arall. Bydd newidiadau a gedwir yn un yn trosysgrifo rhai'r llall.</translation>
        </message>
        <message>
            <source>%1 seems to be open in %2. Close it there first, or save here under a new name: otherwise one program's changes overwrite the other's.</source>
            <translation>Mae'n ymddangos bod %1 ar agor yn %2. Caewch ef yno yn gyntaf, neu cadwch yma dan enw newydd: fel arall bydd newidiadau un rhaglen yn trosysgrifo rhai'r llall.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Updating…</source>
            <translation>Yn diweddaru…</translation>
        </message>
        <message>
            <source>Reset to baseline</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Put every lever back where the baseline has it.</source>
            <translation>Rhoi pob lifer yn ôl lle mae'r waelodlin yn ei osod.</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Gwneud yn waelodlin</translation>
        </message>
        <message>
            <source>Compare future changes against the levers as they are now.</source>
            <translation>Cymharu newidiadau yn y dyfodol â'r liferi fel y maen nhw nawr.</translation>
        </message>
        <message>
            <source>Client-base total</source>
            <translation>Cyfanswm y sylfaen cleientiaid</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Gwaelodlin</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <source>On the rule of thumb</source>
            <translation>Gyda'r rheol fawd</translation>
        </message>
        <message>
            <source>Forecast from history</source>
            <translation>Rhagolwg o'r hanes</translation>
        </message>
        <message>
            <source>No forecast: too little history yet, or it is still being worked out.</source>
            <translation>Dim rhagolwg: rhy ychydig o hanes eto, neu mae'n dal wrthi'n cael ei gyfrifo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Iaith y system</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Saesneg</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>Cymraeg</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Eidaleg</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebraeg</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Affricaneg</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (UDA)</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>Fy stiwdio</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Gosodiadau</translation>
        </message>
        <message>
            <source>Printed at the top of every summary</source>
            <translation>Wedi'i argraffu ar frig pob crynodeb</translation>
        </message>
        <message>
            <source>e.g. £, €, R, ₪, $</source>
            <translation>e.e. £, €, R, ₪, $</translation>
        </message>
        <message>
            <source> min</source>
            <translation> mun.</translation>
        </message>
        <message>
            <source> yr</source>
            <translation> bl.</translation>
        </message>
        <message>
            <source>Language changes take effect the next time LTV Desktop starts. The lapse window and years retained are the starting values of new documents.</source>
            <translation>Mae newid iaith yn dod i rym y tro nesaf y bydd LTV Desktop yn cychwyn. Y cyfnod darfod a'r blynyddoedd yn aros yw gwerthoedd cychwynnol dogfennau newydd.</translation>
        </message>
        <message>
            <source>Studio name</source>
            <translation>Enw'r stiwdio</translation>
        </message>
        <message>
            <source>Currency symbol</source>
            <translation>Symbol arian</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Maint papur</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>Cadw'n awtomatig bob</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Cyfnod darfod</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Blynyddoedd yn aros</translation>
        </message>
    </context>
    <context>
        <name>SheetModel</name>
        <message>
            <source>Set this to override what the data says for this client.</source>
            <translation>Gosodwch hwn i ddiystyru'r hyn mae'r data'n ei ddweud am y cleient hwn.</translation>
        </message>
        <message>
            <source>Set this to override the scenario's years retained for this client.</source>
            <translation>Gosodwch hwn i ddiystyru blynyddoedd yn aros y senario ar gyfer y cleient hwn.</translation>
        </message>
        <message>
            <source>Set this to override the number of clients naming this one as referrer.</source>
            <translation>Gosodwch hwn i ddiystyru nifer y cleientiaid sy'n enwi hwn fel atgyfeiriwr.</translation>
        </message>
        <message>
            <source>What winning this client cost; empty uses the scenario's figure.</source>
            <translation>Faint gostiodd ennill y cleient hwn; mae gwag yn defnyddio ffigur y senario.</translation>
        </message>
        <message>
            <source>Booking or invoice reference: this client's rows of one Order are one purchase.</source>
            <translation>Cyfeirnod archeb neu anfoneb: rhesi'r cleient hwn o un Archeb yw un pryniant.</translation>
        </message>
        <message>
            <source>Computed; changes when the data or a lever changes.</source>
            <translation>Wedi'i gyfrifo; yn newid pan fydd y data neu lifer yn newid.</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Show every row again</source>
            <translation>Dangos pob rhes eto</translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Rhes %1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n cell(s).</source>
            <translation>
                <numerusform>Copïwyd %n cell.</numerusform>
                <numerusform>Copïwyd %n cell.</numerusform>
                <numerusform>Copïwyd %n cell.</numerusform>
                <numerusform>Copïwyd %n cell.</numerusform>
                <numerusform>Copïwyd %n cell.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear cells</source>
            <translation>Clirio celloedd</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>Llenwi i lawr</translation>
        </message>
        <message>
            <source>Fill right</source>
            <translation>Llenwi i'r dde</translation>
        </message>
        <message>
            <source>Nothing was filled. %1</source>
            <translation>Ni lenwyd dim. %1</translation>
        </message>
        <message numerus="yes">
            <source>Filled %n cell(s).</source>
            <translation>
                <numerusform>Llenwyd %n cell.</numerusform>
                <numerusform>Llenwyd %n cell.</numerusform>
                <numerusform>Llenwyd %n cell.</numerusform>
                <numerusform>Llenwyd %n cell.</numerusform>
                <numerusform>Llenwyd %n cell.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Newid</translation>
        </message>
        <message>
            <source>Nothing was replaced. %1</source>
            <translation>Ni newidiwyd dim. %1</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n cell(s).</source>
            <translation>
                <numerusform>Newidiwyd %n cell.</numerusform>
                <numerusform>Newidiwyd %n cell.</numerusform>
                <numerusform>Newidiwyd %n cell.</numerusform>
                <numerusform>Newidiwyd %n cell.</numerusform>
                <numerusform>Newidiwyd %n cell.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted. %1</source>
            <translation>Ni ludwyd dim. %1</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s).</source>
            <translation>
                <numerusform>Gludwyd %n rhes.</numerusform>
                <numerusform>Gludwyd %n rhes.</numerusform>
                <numerusform>Gludwyd %n rhes.</numerusform>
                <numerusform>Gludwyd %n rhes.</numerusform>
                <numerusform>Gludwyd %n rhes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) past the last column were left out.</source>
            <translation>
                <numerusform>Gadawyd %n cell y tu hwnt i'r golofn olaf allan.</numerusform>
                <numerusform>Gadawyd %n cell y tu hwnt i'r golofn olaf allan.</numerusform>
                <numerusform>Gadawyd %n cell y tu hwnt i'r golofn olaf allan.</numerusform>
                <numerusform>Gadawyd %n cell y tu hwnt i'r golofn olaf allan.</numerusform>
                <numerusform>Gadawyd %n cell y tu hwnt i'r golofn olaf allan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client ID '%1' is pasted twice.</source>
            <translation>Mae ID cleient '%1' wedi'i ludo ddwywaith.</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Cells that cannot be used</source>
            <translation>Celloedd na ellir eu defnyddio</translation>
        </message>
        <message>
            <source>%1 cells in %2 cannot be used. Import the other %3 rows and leave these out, or cancel and fix them in the spreadsheet first.</source>
            <translation>Ni ellir defnyddio %1 cell yn %2. Mewnforiwch y %3 rhes arall a gadael y rhain allan, neu diddymwch a'u trwsio yn y daenlen yn gyntaf.</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Hepgor y rhesi hyn</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>lead</source>
            <translation>darpar</translation>
        </message>
        <message>
            <source>new</source>
            <translation>newydd</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>ailbrynu</translation>
        </message>
        <message>
            <source>loyal</source>
            <translation>ffyddlon</translation>
        </message>
        <message>
            <source>advocate</source>
            <translation>eiriolwr</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>wedi darfod</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>dim pryniant eto</translation>
        </message>
        <message>
            <source>one purchase so far</source>
            <translation>un pryniant hyd yma</translation>
        </message>
        <message>
            <source>two or more purchases</source>
            <translation>dau bryniant neu fwy</translation>
        </message>
        <message>
            <source>buying for three years or more, from first to last purchase</source>
            <translation>yn prynu ers tair blynedd neu fwy, o'r pryniant cyntaf i'r olaf</translation>
        </message>
        <message>
            <source>has referred at least one other client</source>
            <translation>wedi atgyfeirio o leiaf un cleient arall</translation>
        </message>
        <message>
            <source>no purchase within the lapse window or twice their usual gap</source>
            <translation>dim pryniant o fewn y cyfnod darfod na dwywaith eu bwlch arferol</translation>
        </message>
        <message>
            <source>Buying for %1 yr from first to last purchase; loyal from %2 yr.</source>
            <translation>Yn prynu ers %1 bl. o'r pryniant cyntaf i'r olaf; ffyddlon o %2 bl.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (the lapse window) they count as lapsed.</source>
            <translation>Pryniant diwethaf %1 bl. yn ôl; ar ôl mwy na %2 bl. heb bryniant (y cyfnod darfod) maen nhw'n cyfrif fel wedi darfod.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (twice their usual gap, longer than the %3 yr lapse window) they count as lapsed.</source>
            <translation>Pryniant diwethaf %1 bl. yn ôl; ar ôl mwy na %2 bl. heb bryniant (dwywaith eu bwlch arferol, yn hirach na'r cyfnod darfod o %3 bl.) maen nhw'n cyfrif fel wedi darfod.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than the %2 yr lapse window.</source>
            <translation>Pryniant diwethaf %1 bl. yn ôl: mwy na'r cyfnod darfod o %2 bl.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than %2 yr, twice their usual gap (longer than the %3 yr lapse window).</source>
            <translation>Pryniant diwethaf %1 bl. yn ôl: mwy na %2 bl., dwywaith eu bwlch arferol (yn hirach na'r cyfnod darfod o %3 bl.).</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <source>Clients</source>
            <translation>Cleientiaid</translation>
        </message>
        <message>
            <source>Buying clients</source>
            <translation>Cleientiaid sy'n prynu</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Refeniw hyd yma</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Gwerth oes</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Gwerth ychwanegion</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Ffioedd partner</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Cyfanswm y sylfaen cleientiaid (heb werth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Client-base profit (referral value left out)</source>
            <translation>Elw'r sylfaen cleientiaid (heb werth atgyfeiriadau)</translation>
        </message>
        <message>
            <source>Client-base net after acquisition cost</source>
            <translation>Net y sylfaen cleientiaid ar ôl cost caffael</translation>
        </message>
        <message>
            <source>Referral value (beside the total)</source>
            <translation>Gwerth atgyfeiriadau (wrth ymyl y cyfanswm)</translation>
        </message>
    </context>
    <context>
        <name>TransactionsModel</name>
        <message>
            <source>Dated after the as-of date: shown, but left out of every figure.</source>
            <translation>Wedi'i ddyddio ar ôl y dyddiad cyfrifo: yn cael ei ddangos, ond wedi'i adael allan o bob ffigur.</translation>
        </message>
        <message>
            <source>Zero amount: kept, but not a purchase.</source>
            <translation>Swm sero: wedi'i gadw, ond nid yw'n bryniant.</translation>
        </message>
        <message>
            <source>A refund: lowers revenue, but is not a purchase.</source>
            <translation>Ad-daliad: yn gostwng y refeniw, ond nid yw'n bryniant.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to LTV Desktop</source>
            <translation>Croeso i LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What is each client really worth?&lt;/h3&gt;&lt;p&gt;LTV Desktop works out every client's lifetime value from your sales, and shows what changes when you change your prices, your follow-ups or your referrals.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Beth yw gwir werth pob cleient?&lt;/h3&gt;&lt;p&gt;Mae LTV Desktop yn cyfrifo gwerth oes pob cleient o'ch gwerthiannau, ac yn dangos beth sy'n newid pan fyddwch yn newid eich prisiau, eich dilyniant neu eich atgyfeiriadau.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Look around the demo studio</source>
            <translation>Edrych o gwmpas y stiwdio enghreifftiol</translation>
        </message>
        <message>
            <source>A photography studio with ten years of clients, to try everything on.</source>
            <translation>Stiwdio ffotograffiaeth gyda deng mlynedd o gleientiaid, i roi cynnig ar bopeth.</translation>
        </message>
        <message>
            <source>Open a workbook…</source>
            <translation>Agor llyfr gwaith…</translation>
        </message>
        <message>
            <source>An LTV Desktop workbook, or your own client spreadsheet.</source>
            <translation>Llyfr gwaith LTV Desktop, neu eich taenlen cleientiaid eich hun.</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Dechrau'n wag</translation>
        </message>
        <message>
            <source>Type your clients in yourself.</source>
            <translation>Teipiwch eich cleientiaid eich hun.</translation>
        </message>
    </context>
    <context>
        <name>YearlyView</name>
        <message>
            <source>Revenue from new and returning clients</source>
            <translation>Refeniw gan gleientiaid newydd a rhai sy'n dychwelyd</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Archebion newydd</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Archebion dychwelyd</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Refeniw newydd</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Refeniw dychwelyd</translation>
        </message>
        <message>
            <source>New per order</source>
            <translation>Newydd fesul archeb</translation>
        </message>
        <message>
            <source>Returning per order</source>
            <translation>Dychwelyd fesul archeb</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Cyfran dychwelyd</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Gwariant caffael</translation>
        </message>
        <message>
            <source>New revenue ÷ acquisition spend</source>
            <translation>Refeniw newydd ÷ gwariant caffael</translation>
        </message>
        <message>
            <source>Returning revenue ÷ acquisition spend</source>
            <translation>Refeniw sy'n dychwelyd ÷ gwariant caffael</translation>
        </message>
        <message>
            <source>What winning the clients whose first purchase was in this year cost (each client's acquisition cost).</source>
            <translation>Beth gostiodd ennill y cleientiaid yr oedd eu pryniant cyntaf yn y flwyddyn hon (cost caffael pob cleient).</translation>
        </message>
        <message>
            <source>Revenue from new clients in this year for every 1 spent winning clients that year: 2.5 means each 100 spent brought 250 from first purchases.</source>
            <translation>Refeniw gan gleientiaid newydd yn y flwyddyn hon am bob 1 a wariwyd yn ennill cleientiaid y flwyddyn honno: mae 2.5 yn golygu bod pob 100 a wariwyd wedi dod â 250 o bryniannau cyntaf.</translation>
        </message>
        <message>
            <source>Revenue from returning clients in this year for every 1 spent winning clients that year.</source>
            <translation>Refeniw gan gleientiaid sy'n dychwelyd yn y flwyddyn hon am bob 1 a wariwyd yn ennill cleientiaid y flwyddyn honno.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Cleientiaid newydd</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Cleientiaid sy'n dychwelyd</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Refeniw</translation>
        </message>
    </context>
</TS>
