<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af" sourcelanguage="en">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Only the clients the Clients sheet shows</source>
            <translation>Net die kliënte wat die Kliënte-blad wys</translation>
        </message>
        <message>
            <source>When the client sheet is filtered, analyse just those clients.</source>
            <translation>As die kliëntblad gefiltreer is, ontleed net daardie kliënte.</translation>
        </message>
    </context>
    <context>
        <name>AsOfEditor</name>
        <message>
            <source>Latest transaction</source>
            <translation>Jongste transaksie</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Print client summaries</source>
            <translation>Druk kliëntopsommings</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected client(s)</source>
            <translation>
                <numerusform>Die %n gekose kliënt</numerusform>
                <numerusform>Die %n gekose kliënte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s) the filter shows</source>
            <translation>
                <numerusform>Die %n kliënt wat die filter wys</numerusform>
                <numerusform>Al %n kliënte wat die filter wys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s)</source>
            <translation>
                <numerusform>Die %n kliënt</numerusform>
                <numerusform>Al %n kliënte</numerusform>
            </translation>
        </message>
        <message>
            <source>One PDF file, one page per client</source>
            <translation>Een PDF-lêer, een bladsy per kliënt</translation>
        </message>
        <message>
            <source>One PDF file per client, into a folder</source>
            <translation>Een PDF-lêer per kliënt, in 'n vouer</translation>
        </message>
        <message>
            <source>Print, with a preview first</source>
            <translation>Druk, met 'n voorskou eers</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Weergawe</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Uitvoer</translation>
        </message>
        <message>
            <source>One page per client.</source>
            <translation>Een bladsy per kliënt.</translation>
        </message>
    </context>
    <context>
        <name>CallListModel</name>
        <message>
            <source>What they have spent so far plus what the forecast expects of them if they are still a client.</source>
            <translation>Wat hulle tot dusver bestee het, plus wat die voorspelling van hulle verwag as hulle nog 'n kliënt is.</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Valuable clients whose chance of still being a client is falling: worth a call before they are gone.</source>
            <translation>Waardevolle kliënte wie se kans om nog 'n kliënt te wees, daal: die moeite werd om hulle te bel voordat hulle weg is.</translation>
        </message>
        <message>
            <source>Chance still a client below</source>
            <translation>Kans nog 'n kliënt onder</translation>
        </message>
        <message>
            <source>Worth at least, if they come back</source>
            <translation>Ten minste werd, as hulle terugkom</translation>
        </message>
        <message>
            <source>the top quarter</source>
            <translation>die topkwart</translation>
        </message>
        <message>
            <source>Valuable means among the top quarter of clients by what they are worth if they come back. Untick to set the amount yourself.</source>
            <translation>Waardevol beteken in die topkwart van kliënte volgens wat hulle werd is as hulle terugkom. Ontmerk om self die bedrag te stel.</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>Filter volgens naam of ID…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Druk…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Stoor as &amp;PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport as a sheet…</source>
            <translation>&amp;Voer uit as 'n blad…</translation>
        </message>
        <message>
            <source>and worth, if they come back, at least</source>
            <translation>en werd, as hulle terugkom, ten minste</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history… the list follows.</source>
            <translation>Die voorspelling word uit die kliënte se geskiedenis bygewerk… die lys volg.</translation>
        </message>
        <message>
            <source>Working out the forecast from the clients' history…</source>
            <translation>Die voorspelling word uit die kliënte se geskiedenis uitgewerk…</translation>
        </message>
        <message>
            <source>No forecast yet: %1</source>
            <translation>Nog geen voorspelling nie: %1</translation>
        </message>
        <message>
            <source>there are no purchases to learn from.</source>
            <translation>daar is geen aankope om uit te leer nie.</translation>
        </message>
        <message>
            <source>%1 clients with a purchase (it needs %2)</source>
            <translation>%1 kliënte met 'n aankoop (dit het %2 nodig)</translation>
        </message>
        <message>
            <source>%1 clients who bought more than once (it needs %2)</source>
            <translation>%1 kliënte wat meer as een keer gekoop het (dit het %2 nodig)</translation>
        </message>
        <message>
            <source>%1 of %2 needed</source>
            <translation>%1 van %2 nodig</translation>
        </message>
        <message>
            <source>Too little history to forecast who may be slipping away: this file has %1. Until then, the formula's values stand.</source>
            <translation>Te min geskiedenis om te voorspel wie dalk wegglip: hierdie lêer het %1. Tot dan geld die formule se waardes.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The forecast could not be fitted to this history, so there is no list; the formula's values stand.</source>
            <translation>Die voorspelling kon nie op hierdie geskiedenis gepas word nie, dus is daar geen lys nie; die formule se waardes geld.</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back, the top quarter)</source>
            <translation>%1 van %2 kliënte is waardevol (ten minste %3 werd as hulle terugkom, die topkwart)</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back)</source>
            <translation>%1 van %2 kliënte is waardevol (ten minste %3 werd as hulle terugkom)</translation>
        </message>
        <message>
            <source>%1; %2 of them have a chance below %3 of still being a client. Forecast as of %4.</source>
            <translation>%1; %2 van hulle het 'n kans van minder as %3 dat hulle nog 'n kliënt is. Voorspelling op %4.</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Stoor die lys as PDF</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Kon nie die PDF stoor nie</translation>
        </message>
        <message>
            <source>Saved the list to %1</source>
            <translation>Die lys is na %1 gestoor</translation>
        </message>
        <message>
            <source>Export the list as a sheet</source>
            <translation>Voer die lys uit as 'n blad</translation>
        </message>
        <message>
            <source>Could not export the list</source>
            <translation>Kon nie die lys uitvoer nie</translation>
        </message>
        <message>
            <source>Exported the list to %1</source>
            <translation>Die lys is na %1 uitgevoer</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkboeke (*.xlsx)</translation>
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
            <translation>Elke kliënt se lewensiklusfase, uitgewerk uit hul aankope; dit verander wanneer die data of 'n hefboom verander.</translation>
        </message>
        <message>
            <source>When more than one fits, the first in this order counts: %1.</source>
            <translation>As meer as een pas, tel die eerste in hierdie volgorde: %1.</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history…</source>
            <translation>Die voorspelling word uit die kliënte se geskiedenis bygewerk…</translation>
        </message>
        <message>
            <source>Forecast from this client's own purchases (BG/NBD and Gamma-Gamma); see Why this number.</source>
            <translation>Voorspelling uit hierdie kliënt se eie aankope (BG/NBD en Gamma-Gamma); sien Hoekom hierdie getal.</translation>
        </message>
        <message>
            <source>No client has this ID, so this referral counts for no one.</source>
            <translation>Geen kliënt het hierdie ID nie, dus tel hierdie verwysing vir niemand nie.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Client ID</source>
            <translation>Kliënt-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Formula lifetime value</source>
            <translation>Leeftydwaarde (formule)</translation>
        </message>
        <message>
            <source>Predicted lifetime value</source>
            <translation>Voorspelde leeftydwaarde</translation>
        </message>
        <message>
            <source>Chance still a client</source>
            <translation>Kans nog 'n kliënt</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Laaste aankoop</translation>
        </message>
        <message>
            <source>Usual gap (days)</source>
            <translation>Gewone tussenpose (dae)</translation>
        </message>
        <message>
            <source>Purchases next year (expected)</source>
            <translation>Aankope volgende jaar (verwag)</translation>
        </message>
        <message>
            <source>Worth if they come back</source>
            <translation>Werd as hulle terugkom</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Verwysingswaarde</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Totale waarde</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Aankope</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Inkomste</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gemiddelde verkoop</translation>
        </message>
        <message>
            <source>Purchases / yr</source>
            <translation>Aankope / jr</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Jare behou</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Verwysings</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Byvoegingswaarde</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Vennootfooie</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Wins (met verwysingswaarde)</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Netto (met verwysingswaarde)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-pos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Verwys deur</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Eerste kontak</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etikette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Purchases / yr (set)</source>
            <translation>Aankope / jr (gestel)</translation>
        </message>
        <message>
            <source>Years retained (set)</source>
            <translation>Jare behou (gestel)</translation>
        </message>
        <message>
            <source>Referrals (set)</source>
            <translation>Verwysings (gestel)</translation>
        </message>
        <message>
            <source>Acquisition cost (set)</source>
            <translation>Verkrygingskoste (gestel)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kliënt</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrywing</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestelling</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Aankope per jaar</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Verkrygingskoste</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Cheap</source>
            <translation>Goedkoop</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gemiddelde verkoop</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Aankope per jaar</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Het weer gekoop</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Jare as kliënt tot dusver</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Verwysings per kliënt</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Het iemand verwys</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Gemiddelde leeftydwaarde</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Gemiddelde totale waarde</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Deel van die kliëntebasistotaal</translation>
        </message>
        <message>
            <source>Average sale (quarters)</source>
            <translation>Gemiddelde verkoop (kwarte)</translation>
        </message>
        <message>
            <source>Lifetime value (quarters)</source>
            <translation>Leeftydwaarde (kwarte)</translation>
        </message>
        <message>
            <source>A money threshold</source>
            <translation>'n Geldbedrag as drempel</translation>
        </message>
        <message>
            <source>Clients whose average sale is below this are cheap; at or above, top.</source>
            <translation>Kliënte wie se gemiddelde verkoop laer as dit is, is goedkoop; op of bo dit, top.</translation>
        </message>
        <message>
            <source>Click a group's heading to list its clients.</source>
            <translation>Klik op 'n groep se opskrif om sy kliënte te lys.</translation>
        </message>
        <message>
            <source>Share of clients and of value, by group</source>
            <translation>Deel van kliënte en van waarde, per groep</translation>
        </message>
        <message>
            <source>Split by</source>
            <translation>Verdeel volgens</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Drempel</translation>
        </message>
        <message>
            <source>1 lead without a purchase, counted apart</source>
            <translation>1 vooruitsig sonder 'n aankoop, apart getel</translation>
        </message>
        <message numerus="yes">
            <source>%n leads without a purchase, counted apart</source>
            <translation>
                <numerusform>%n vooruitsig sonder 'n aankoop, apart getel</numerusform>
                <numerusform>%n vooruitsigte sonder 'n aankoop, apart getel</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Deel van kopende kliënte</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Persent</translation>
        </message>
        <message>
            <source>%1 group</source>
            <translation>%1-groep</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Clients row %1, %2: %3</source>
            <translation>Kliënte, ry %1, %2: %3</translation>
        </message>
        <message>
            <source>Transactions row %1, %2: %3</source>
            <translation>Transaksies, ry %1, %2: %3</translation>
        </message>
        <message>
            <source>Untitled (from %1)</source>
            <translation>Titelloos (uit %1)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Titelloos</translation>
        </message>
        <message>
            <source>Edit cell</source>
            <translation>Redigeer sel</translation>
        </message>
        <message>
            <source>Edit cells</source>
            <translation>Redigeer selle</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>Voeg %n ry in</numerusform>
                <numerusform>Voeg %n rye in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Skrap %n ry</numerusform>
                <numerusform>Skrap %n rye</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Plak</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nuwe kliënt</translation>
        </message>
        <message>
            <source>Add a client first: every transaction belongs to a client.</source>
            <translation>Voeg eers 'n kliënt by: elke transaksie behoort aan 'n kliënt.</translation>
        </message>
        <message>
            <source>Reset levers</source>
            <translation>Stel hefbome terug</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Verander %1</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Maak basislyn</translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message>
            <source>Select a client to see how their numbers are worked out.</source>
            <translation>Kies 'n kliënt om te sien hoe hul getalle uitgewerk word.</translation>
        </message>
        <message>
            <source>Formula:</source>
            <translation>Formule:</translation>
        </message>
        <message>
            <source>Predicted from history:</source>
            <translation>Voorspel uit die geskiedenis:</translation>
        </message>
        <message>
            <source>Predicted from history (updating…):</source>
            <translation>Voorspel uit die geskiedenis (word bygewerk…):</translation>
        </message>
        <message>
            <source>Stage: %1 — %2.</source>
            <translation>Fase: %1 — %2.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Still saving: try again in a moment.</source>
            <translation>Stoor nog: probeer oor 'n oomblik weer.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ongestoorde veranderinge</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing it?</source>
            <translation>Stoor die veranderinge aan %1 voordat dit toegemaak word?</translation>
        </message>
        <message>
            <source>Open workbook</source>
            <translation>Maak werkboek oop</translation>
        </message>
        <message>
            <source>Could not open the workbook</source>
            <translation>Kon nie die werkboek oopmaak nie</translation>
        </message>
        <message>
            <source>'%1' could not be read: %2</source>
            <translation>'%1' kon nie gelees word nie: %2</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>Die oopmaak van %1 is gekanselleer.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 is oopgemaak</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Maak %1 oop…</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</source>
            <translation>
                <numerusform>%n sel in %1 kon nie gebruik word nie, dus is sy ry uitgelaat. Sien Lêer ▸ Probleme in hierdie lêer.</numerusform>
                <numerusform>%n selle in %1 kon nie gebruik word nie, dus is hul rye uitgelaat. Sien Lêer ▸ Probleme in hierdie lêer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in this file</source>
            <translation>Probleme in hierdie lêer</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>Stoor werkboek</translation>
        </message>
        <message>
            <source>Replace a workbook LTV Desktop did not write?</source>
            <translation>Vervang 'n werkboek wat LTV Desktop nie geskryf het nie?</translation>
        </message>
        <message>
            <source>%1 was made by another program. Saving over it keeps only the Clients, Transactions and Scenario sheets: pictures, charts, formatting, macros, pivot tables and other sheets would be lost.

Replace it anyway?</source>
            <translation>%1 is deur 'n ander program gemaak. Om daaroor te stoor, hou net die Kliënte-, Transaksies- en Scenario-blaaie: prente, grafieke, formatering, makro's, spilpunttabelle en ander blaaie sal verlore gaan.

Vervang dit in elk geval?</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Voer 'n sigblad in</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Excel-werkboeke (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Could not import</source>
            <translation>Kon nie invoer nie</translation>
        </message>
        <message>
            <source>Importing %1 was cancelled.</source>
            <translation>Die invoer van %1 is gekanselleer.</translation>
        </message>
        <message>
            <source>Imported %1 clients and %2 transactions from %3.</source>
            <translation>%1 kliënte en %2 transaksies is uit %3 ingevoer.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lees %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Voer %1 in…</translation>
        </message>
        <message>
            <source>Export with formulas</source>
            <translation>Voer uit met formules</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Kon nie uitvoer nie</translation>
        </message>
        <message>
            <source>Export to a new file: this one is the document you are working on.</source>
            <translation>Voer uit na 'n nuwe lêer: hierdie een is die dokument waaraan jy werk.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 is uitgevoer</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Stoor %1…</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Kon nie stoor nie</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>Niks is geskryf nie: %1</translation>
        </message>
        <message>
            <source>%1 was not changed: %2</source>
            <translation>%1 is nie verander nie: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 is gestoor</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Geen onlangse lêers nie</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Maak lys skoon</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkboeke (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>Soek en vervang</translation>
        </message>
        <message>
            <source>Only in the selected cells</source>
            <translation>Net in die gekose selle</translation>
        </message>
        <message>
            <source>Without a selection, every text column of the rows shown is searched; select cells to replace in numbers or dates too.</source>
            <translation>Sonder 'n keuse word elke tekskolom van die getoonde rye deursoek; kies selle om ook getalle of datums te vervang.</translation>
        </message>
        <message>
            <source>Match upper and lower case</source>
            <translation>Hoof- en kleinletters moet ooreenstem</translation>
        </message>
        <message>
            <source>Replace &amp;all</source>
            <translation>Vervang &amp;alles</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Soek:</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Vervang &amp;met:</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>There are no buying clients yet, so there is nothing to compare.</source>
            <translation>Daar is nog geen kopende kliënte nie, dus is daar niks om te vergelyk nie.</translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are at or above %1.</source>
            <translation>
                <numerusform>Die enigste kopende kliënt is op of bo %1.</numerusform>
                <numerusform>Al %n kopende kliënte is op of bo %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are below %1.</source>
            <translation>
                <numerusform>Die enigste kopende kliënt is onder %1.</numerusform>
                <numerusform>Al %n kopende kliënte is onder %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</source>
            <translation>
                <numerusform>Daar is te min kopende kliënte (%n kliënt) om in kwarte te verdeel; dié een is in die middelgroep.</numerusform>
                <numerusform>Daar is te min kopende kliënte (%n kliënte) om in kwarte te verdeel; almal is in die middelgroep.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring %4 of the value</source>
            <translation>Kliënte op of bo %1 (%2 van %3) bring %4 van die waarde in</translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring no share of the value yet (the client-base total is 0)</source>
            <translation>Kliënte op of bo %1 (%2 van %3) bring nog geen deel van die waarde in nie (die kliëntebasistotaal is 0)</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings %1 of the value</source>
            <translation>Jou topkwart volgens leeftydwaarde bring %1 van die waarde in</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings no share of the value yet (the client-base total is 0)</source>
            <translation>Jou topkwart volgens leeftydwaarde bring nog geen deel van die waarde in nie (die kliëntebasistotaal is 0)</translation>
        </message>
        <message>
            <source>Your top quarter brings %1 of the value</source>
            <translation>Jou topkwart bring %1 van die waarde in</translation>
        </message>
        <message>
            <source>Your top quarter brings no share of the value yet (the client-base total is 0)</source>
            <translation>Jou topkwart bring nog geen deel van die waarde in nie (die kliëntebasistotaal is 0)</translation>
        </message>
        <message>
            <source>%1; neither group has referred anyone.</source>
            <translation>%1; geen van die groepe het al iemand verwys nie.</translation>
        </message>
        <message>
            <source>refer %1 per client, those below none</source>
            <translation>verwys %1 per kliënt, dié daaronder niemand nie</translation>
        </message>
        <message>
            <source>refers %1 per client, the cheap quarter none</source>
            <translation>verwys %1 per kliënt, die goedkoop kwart niemand nie</translation>
        </message>
        <message>
            <source>refer no one, those below %1 per client</source>
            <translation>verwys niemand nie, dié daaronder %1 per kliënt</translation>
        </message>
        <message>
            <source>refers no one, the cheap quarter %1 per client</source>
            <translation>verwys niemand nie, die goedkoop kwart %1 per kliënt</translation>
        </message>
        <message>
            <source>refer about as often as those below</source>
            <translation>verwys omtrent ewe dikwels as dié daaronder</translation>
        </message>
        <message>
            <source>refers about as often as the cheap quarter</source>
            <translation>verwys omtrent ewe dikwels as die goedkoop kwart</translation>
        </message>
        <message>
            <source>refer %1× as often as those below</source>
            <translation>verwys %1 keer so dikwels as dié daaronder</translation>
        </message>
        <message>
            <source>refers %1× as often as the cheap quarter</source>
            <translation>verwys %1 keer so dikwels as die goedkoop kwart</translation>
        </message>
        <message>
            <source>refer less often than those below (%1 per client against %2)</source>
            <translation>verwys minder dikwels as dié daaronder (%1 per kliënt teenoor %2)</translation>
        </message>
        <message>
            <source>refers less often than the cheap quarter (%1 per client against %2)</source>
            <translation>verwys minder dikwels as die goedkoop kwart (%1 per kliënt teenoor %2)</translation>
        </message>
        <message>
            <source>%1 and %2.</source>
            <translation>%1 en %2.</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>Updating the forecast…</source>
            <translation>Die voorspelling word bygewerk…</translation>
        </message>
        <message>
            <source>&amp;Check the forecast fitted on purchases up to</source>
            <translation>&amp;Toets die voorspelling gepas op aankope tot</translation>
        </message>
        <message>
            <source>&amp;Default date</source>
            <translation>&amp;Verstekdatum</translation>
        </message>
        <message>
            <source>Hold out the last year of history (its last quarter if under four years)</source>
            <translation>Hou die laaste jaar van die geskiedenis terug (die laaste kwart daarvan as dit korter as vier jaar is)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Besig om te toets…</translation>
        </message>
        <message>
            <source>Purchases after the date: expected and actual, cumulative</source>
            <translation>Aankope ná die datum: verwag en werklik, kumulatief</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, there is too little history for a forecast, so it cannot be checked.</source>
            <translation>Gepas op aankope tot %1, is daar te min geskiedenis vir 'n voorspelling, dus kan dit nie getoets word nie.</translation>
        </message>
        <message>
            <source>There are no purchases after %1 to check the forecast against.</source>
            <translation>Daar is geen aankope ná %1 om die voorspelling teen te toets nie.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Verwag</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Werklik</translation>
        </message>
        <message>
            <source>Purchases so far</source>
            <translation>Aankope tot dusver</translation>
        </message>
    </context>
    <context>
        <name>ForecastRunner</name>
        <message>
            <source>The forecast could not be made: %1</source>
            <translation>Die voorspelling kon nie gemaak word nie: %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastStory</name>
        <message>
            <source>none has come back yet</source>
            <translation>nog niemand het teruggekom nie</translation>
        </message>
        <message>
            <source>about 1 in %1 has come back</source>
            <translation>omtrent 1 uit %1 het teruggekom</translation>
        </message>
        <message>
            <source>%1 have come back</source>
            <translation>%1 het teruggekom</translation>
        </message>
        <message>
            <source>buy about every %1 years</source>
            <translation>koop omtrent elke %1 jaar</translation>
        </message>
        <message>
            <source>buy about once a year</source>
            <translation>koop omtrent een keer per jaar</translation>
        </message>
        <message>
            <source>buy about %1 times a year</source>
            <translation>koop omtrent %1 keer per jaar</translation>
        </message>
        <message>
            <source>stay many years (more than %1)</source>
            <translation>bly baie jare (meer as %1)</translation>
        </message>
        <message>
            <source>stay less than a year</source>
            <translation>bly minder as 'n jaar</translation>
        </message>
        <message>
            <source>stay about %1 years</source>
            <translation>bly omtrent %1 jaar</translation>
        </message>
        <message>
            <source>Of the %1 clients whose first purchase was “%2”, %3; they %4 and %5.</source>
            <translation>Van die %1 kliënte wie se eerste aankoop “%2” was: %3; hulle %4 en %5.</translation>
        </message>
        <message>
            <source>Of the other %1 clients, %3; they %4 and %5.</source>
            <translation>Van die ander %1 kliënte: %3; hulle %4 en %5.</translation>
        </message>
        <message>
            <source>Of all %1 clients, %3; they %4 and %5.</source>
            <translation>Van al die %1 kliënte: %3; hulle %4 en %5.</translation>
        </message>
        <message>
            <source>regular gaps between purchases</source>
            <translation>gereelde tussenposes tussen aankope</translation>
        </message>
        <message>
            <source>purchases at random times; may leave after the first</source>
            <translation>aankope op lukrake tye; 'n kliënt kan ná die eerste een wegbly</translation>
        </message>
        <message>
            <source>purchases at random times</source>
            <translation>aankope op lukrake tye</translation>
        </message>
        <message>
            <source>closer than %1 on the holdout check</source>
            <translation>nader as %1 met die toets teen teruggehoue aankope</translation>
        </message>
        <message>
            <source>fits better than %1</source>
            <translation>pas beter as %1</translation>
        </message>
        <message>
            <source>the only model that settled</source>
            <translation>die enigste model wat gestabiliseer het</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3; drawn toward the studio's fit.</source>
            <translation>Model: %1 — %2; %3; na die hele ateljee se passing getrek.</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3.</source>
            <translation>Model: %1 — %2; %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 clients, %3 came back)</source>
            <translation>“%1” (%2 kliënte, %3 het teruggekom)</translation>
        </message>
        <message>
            <source>Too few to fit apart, so they use the studio's figures (a kind needs %1 clients, %2 of whom came back): %3.</source>
            <translation>Te min om apart te pas, dus gebruik hulle die ateljee se syfers ('n soort het %1 kliënte nodig, van wie %2 teruggekom het): %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“%1”: %2 clients; its own fit did not settle, so it uses the studio's figures.</source>
            <translation>“%1”: %2 kliënte; sy eie passing het nie gestabiliseer nie, dus gebruik dit die ateljee se syfers.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</source>
            <translation>
                <numerusform>Net %n kliënt het twee keer gekoop en %1 het ooit gekoop; die voorspelling het ten minste %2 en %3 nodig. Die formule se waardes geld.</numerusform>
                <numerusform>Net %n kliënte het twee keer gekoop en %1 het ooit gekoop; die voorspelling het ten minste %2 en %3 nodig. Die formule se waardes geld.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Net %n kliënt het twee keer gekoop; die voorspelling het ten minste %1 nodig. Die formule se waardes geld.</numerusform>
                <numerusform>Net %n kliënte het twee keer gekoop; die voorspelling het ten minste %1 nodig. Die formule se waardes geld.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Net %n kliënt het ooit gekoop; die voorspelling het ten minste %1 nodig. Die formule se waardes geld.</numerusform>
                <numerusform>Net %n kliënte het ooit gekoop; die voorspelling het ten minste %1 nodig. Die formule se waardes geld.</numerusform>
            </translation>
        </message>
        <message>
            <source>The purchase model could not settle on this history (its parameters ran to a limit), so it shows no figures. The formula's values stand.</source>
            <translation>Die aankoopmodel kon nie op hierdie geskiedenis stabiliseer nie (sy parameters het 'n grens bereik), dus wys dit geen syfers nie. Die formule se waardes geld.</translation>
        </message>
        <message>
            <source>The purchase model did not converge on this history, so it shows no figures. The formula's values stand.</source>
            <translation>Die aankoopmodel het nie op hierdie geskiedenis tot 'n oplossing gekom nie, dus wys dit geen syfers nie. Die formule se waardes geld.</translation>
        </message>
        <message>
            <source>Spend: each client's average sale is forecast from their own sales, drawn toward the studio's typical %1 (Gamma-Gamma, fitted to %2 clients).</source>
            <translation>Besteding: elke kliënt se gemiddelde verkoop word uit hul eie verkope voorspel, na die ateljee se tipiese %1 getrek (Gamma-Gamma, gepas op %2 kliënte).</translation>
        </message>
        <message>
            <source>Spend: the spend model has no average on this history (q ≤ 1: a few very large sales dominate), so each client's own average sale is used.</source>
            <translation>Besteding: die bestedingsmodel het geen gemiddelde op hierdie geskiedenis nie (q ≤ 1: 'n paar baie groot verkope oorheers), dus word elke kliënt se eie gemiddelde verkoop gebruik.</translation>
        </message>
        <message>
            <source>Spend: only %1 clients have bought again; the spend model needs %2, so each client's own average sale is used.</source>
            <translation>Besteding: net %1 kliënte het weer gekoop; die bestedingsmodel het %2 nodig, dus word elke kliënt se eie gemiddelde verkoop gebruik.</translation>
        </message>
        <message>
            <source>Spend: the spend model did not settle on this history, so each client's own average sale is used.</source>
            <translation>Besteding: die bestedingsmodel het nie op hierdie geskiedenis gestabiliseer nie, dus word elke kliënt se eie gemiddelde verkoop gebruik.</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases in %3; there were %4 (%5).</source>
            <translation>Gepas op aankope tot %1, het dit %2 aankope in %3 verwag; daar was %4 (%5).</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases from %3 to %6; there were %4 (%5).</source>
            <translation>Gepas op aankope tot %1, het dit %2 aankope van %3 tot %6 verwag; daar was %4 (%5).</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>'%1' is not a date; type it like %2 or 2025-03-31.</source>
            <translation>'%1' is nie 'n datum nie; tik dit soos %2 of 2025-03-31.</translation>
        </message>
    </context>
    <context>
        <name>Formula</name>
        <message>
            <source>No purchases yet, so lifetime value is %1 (a lead).</source>
            <translation>Nog geen aankope nie, dus is die leeftydwaarde %1 ('n vooruitsig).</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 jr</translation>
        </message>
        <message>
            <source>(discounted at %1: %2 yr)</source>
            <translation>(verdiskonteer teen %1: %2 jr)</translation>
        </message>
        <message>
            <source>Lapsed, so lifetime value is what they spent: %1</source>
            <translation>Verval, dus is die leeftydwaarde wat hulle bestee het: %1</translation>
        </message>
        <message>
            <source>%1 × %2/yr × %3 = %4</source>
            <translation>%1 × %2/jr × %3 = %4</translation>
        </message>
        <message>
            <source>from history instead: %1</source>
            <translation>uit die geskiedenis eerder: %1</translation>
        </message>
        <message numerus="yes">
            <source>+ %n referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>
                <numerusform>+ %n verwysing × %2 × %3 (verwysde-kliëntfaktor) = %4</numerusform>
                <numerusform>+ %n verwysings × %2 × %3 (verwysde-kliëntfaktor) = %4</numerusform>
            </translation>
        </message>
        <message>
            <source>+ add-on %1 (take rate) × %2 (add-on price) = %3</source>
            <translation>+ byvoeging %1 (byvoegingskoers) × %2 (byvoegingsprys) = %3</translation>
        </message>
        <message>
            <source>+ partner fees %1 (partner referral rate) × %2 (finder's fee) = %3</source>
            <translation>+ vennootfooie %1 (verwysingskoers vennote) × %2 (vindersfooi) = %3</translation>
        </message>
        <message>
            <source>+ %1 referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>+ %1 verwysings × %2 × %3 (verwysde-kliëntfaktor) = %4</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>totaal %1</translation>
        </message>
    </context>
    <context>
        <name>HowItWorksDialog</name>
        <message>
            <source>&lt;h2&gt;How lifetime value is computed&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Hoe leeftydwaarde bereken word&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Lifetime value&lt;/b&gt; = average sale × purchases per year × years retained&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Leeftydwaarde&lt;/b&gt; = gemiddelde verkoop × aankope per jaar × jare behou&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Average sale&lt;/b&gt;: a client's revenue (refunds taken off) ÷ their purchases.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Gemiddelde verkoop&lt;/b&gt;: 'n kliënt se inkomste (terugbetalings afgetrek) ÷ hul aankope.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Purchases per year&lt;/b&gt;: purchases ÷ the years since their first purchase (at least one year), unless their row says otherwise.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Aankope per jaar&lt;/b&gt;: aankope ÷ die jare sedert hul eerste aankoop (ten minste een jaar), tensy hul ry iets anders sê.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Years retained&lt;/b&gt;: how long a client stays — 10 years unless you change it in the Scenario panel or on the client's row.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Jare behou&lt;/b&gt;: hoe lank 'n kliënt bly — 10 jaar, tensy jy dit in die Scenario-paneel of op die kliënt se ry verander.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Referrals&lt;/b&gt; add the value of the clients a client brings: referral value = referrals × lifetime value × referred-client factor.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Verwysings&lt;/b&gt; voeg die waarde by van die kliënte wat 'n kliënt bring: verwysingswaarde = verwysings × leeftydwaarde × verwysde-kliëntfaktor.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Total value&lt;/b&gt; = lifetime value + referral value + add-on value + partner fees. The client-base total adds lifetime value, add-ons and partner fees over all clients, and shows referral value beside it (referred clients are already rows of their own).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Totale waarde&lt;/b&gt; = leeftydwaarde + verwysingswaarde + byvoegingswaarde + vennootfooie. Die kliëntebasistotaal tel leeftydwaarde, byvoegings en vennootfooie oor alle kliënte op, en wys verwysingswaarde daarlangs (verwysde kliënte het reeds hul eie rye).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Worked cases&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Uitgewerkte voorbeelde&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A gym member paying 20 a month for 5 years: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;'n Gimnasiumlid wat 20 per maand betaal vir 5 jaar: 20 × 12 × 5 = &lt;b&gt;1 200&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A photography client: 400 × once a year × 10 years = &lt;b&gt;4,000&lt;/b&gt;; four referrals of the same average add 4 × 4,000 = 16,000, total &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;'n Fotografiekliënt: 400 × een keer per jaar × 10 jaar = &lt;b&gt;4 000&lt;/b&gt;; vier verwysings met dieselfde gemiddelde voeg 4 × 4 000 = 16 000 by, totaal &lt;b&gt;20 000&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A painter sells 10 % of 200 past clients a 500 add-on: &lt;b&gt;+10,000&lt;/b&gt; to the base.&lt;/li&gt;</source>
            <translation>&lt;li&gt;'n Skilder verkoop 'n byvoeging van 500 aan 10 % van 200 vorige kliënte: &lt;b&gt;+10 000&lt;/b&gt; vir die basis.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Profit&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Wins&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Profit = total value × gross margin − yearly retention cost × years retained; net = profit − acquisition cost; LTV:CAC = profit ÷ acquisition cost. Winning a new client usually costs about five times what keeping one costs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wins = totale waarde × bruto marge − jaarlikse behoudkoste × jare behou; netto = wins − verkrygingskoste; LTV:CAC = wins ÷ verkrygingskoste. Om 'n nuwe kliënt te wen, kos gewoonlik omtrent vyf keer soveel as om een te behou.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select any client and look at &lt;b&gt;Why this number&lt;/b&gt; to see the formula with their own figures.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kies enige kliënt en kyk by &lt;b&gt;Hoekom hierdie getal&lt;/b&gt; om die formule met hul eie syfers te sien.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>How lifetime value is computed</source>
            <translation>Hoe leeftydwaarde bereken word</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Voer %1 in</translation>
        </message>
        <message>
            <source>None: make the clients from the sales</source>
            <translation>Geen: maak die kliënte uit die verkope</translation>
        </message>
        <message>
            <source>Work it out from the dates</source>
            <translation>Lei dit uit die datums af</translation>
        </message>
        <message>
            <source>Day first (31/12/2024)</source>
            <translation>Dag eerste (31/12/2024)</translation>
        </message>
        <message>
            <source>Month first (12/31/2024)</source>
            <translation>Maand eerste (12/31/2024)</translation>
        </message>
        <message>
            <source>Only matters for dates typed as text that could be read either way.</source>
            <translation>Maak net saak vir datums wat as teks getik is en op albei maniere gelees kan word.</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkope</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blad</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Dates typed as text</source>
            <translation>Datums as teks getik</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Voer in</translation>
        </message>
        <message>
            <source>Check which column holds what. The guesses come from the headings and the values; * marks what the app needs. Nothing is written to %1.</source>
            <translation>Kyk watter kolom wat bevat. Die raaiskote kom uit die opskrifte en die waardes; * merk wat die toep nodig het. Niks word na %1 geskryf nie.</translation>
        </message>
        <message>
            <source>— not in this workbook —</source>
            <translation>— nie in hierdie werkboek nie —</translation>
        </message>
        <message>
            <source>Not found; choose a column if there is one.</source>
            <translation>Nie gevind nie; kies 'n kolom as daar een is.</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Kies 'n kolom vir: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kliënt</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrywing</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestelling</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Kliënt-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-pos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Verwys deur</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Eerste kontak</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etikette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Aankope per jaar</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Jare behou</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Verwysings</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Verkrygingskoste</translation>
        </message>
    </context>
    <context>
        <name>LeverSpinBox</name>
        <message>
            <source> yr</source>
            <translation> jr</translation>
        </message>
    </context>
    <context>
        <name>Levers</name>
        <message>
            <source>As-of date</source>
            <translation>Peildatum</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Aannames</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Jare behou</translation>
        </message>
        <message>
            <source>How many years a client usually stays with you, unless their row says otherwise.</source>
            <translation>Hoeveel jaar 'n kliënt gewoonlik by jou bly, tensy hul ry iets anders sê.</translation>
        </message>
        <message>
            <source>Referred-client factor</source>
            <translation>Verwysde-kliëntfaktor</translation>
        </message>
        <message>
            <source>Add-on take rate</source>
            <translation>Byvoegingskoers</translation>
        </message>
        <message>
            <source>Add-ons and partners</source>
            <translation>Byvoegings en vennote</translation>
        </message>
        <message>
            <source>Add-on price</source>
            <translation>Byvoegingsprys</translation>
        </message>
        <message>
            <source>Partner referral rate</source>
            <translation>Verwysingskoers (vennote)</translation>
        </message>
        <message>
            <source>Finder's fee</source>
            <translation>Vindersfooi</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Bruto marge</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Koste</translation>
        </message>
        <message>
            <source>Retention cost per year</source>
            <translation>Behoudkoste per jaar</translation>
        </message>
        <message>
            <source>What keeping one client costs you each year (cards, calls, small favours).</source>
            <translation>Wat dit jou elke jaar kos om een kliënt te behou (kaartjies, oproepe, klein gunste).</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Verkrygingskoste</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>Diskontokoers</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>Prysverandering</translation>
        </message>
        <message>
            <source>The day the figures are worked out for; empty means the date of the latest sale.</source>
            <translation>Die dag waarvoor die syfers uitgewerk word; leeg beteken die datum van die jongste verkoop.</translation>
        </message>
        <message>
            <source>What a client sent to you by another client is worth, compared with the client who sent them: 1 = the same, 0.5 = half.</source>
            <translation>Wat 'n kliënt wat deur 'n ander kliënt na jou gestuur is, werd is, vergeleke met die kliënt wat hulle gestuur het: 1 = dieselfde, 0,5 = die helfte.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many also buy an extra, such as an album or prints.</source>
            <translation>Uit elke 100 betalende kliënte, hoeveel ook iets ekstra koop, soos 'n album of afdrukke.</translation>
        </message>
        <message>
            <source>What one extra (an album, a set of prints) sells for.</source>
            <translation>Waarvoor een ekstra ('n album, 'n stel afdrukke) verkoop.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many you send on to a partner business (a florist, a venue) that pays you for each one.</source>
            <translation>Uit elke 100 betalende kliënte, hoeveel jy na 'n vennootsaak ('n bloemis, 'n onthaalplek) stuur wat jou vir elkeen betaal.</translation>
        </message>
        <message>
            <source>What a partner business pays you for each client you send them.</source>
            <translation>Wat 'n vennootsaak jou betaal vir elke kliënt wat jy na hulle stuur.</translation>
        </message>
        <message>
            <source>How much of each sale you keep after paying for the job itself (prints, travel, an assistant); 100 % keeps all of it.</source>
            <translation>Hoeveel van elke verkoop jy hou nadat jy vir die werk self betaal het (afdrukke, reis, 'n assistent); 100 % hou alles.</translation>
        </message>
        <message>
            <source>What winning one new client costs (ads, fairs, free sessions), unless their row says otherwise.</source>
            <translation>Wat dit kos om een nuwe kliënt te wen (advertensies, skoue, gratis sessies), tensy hul ry iets anders sê.</translation>
        </message>
        <message>
            <source>Money in later years counts for less than money now: how much less each year, in percent. 0 % counts every year the same.</source>
            <translation>Geld in latere jare tel minder as geld nou: hoeveel minder elke jaar, in persent. 0 % tel elke jaar dieselfde.</translation>
        </message>
        <message>
            <source>Try every price this much higher (or lower).</source>
            <translation>Probeer elke prys soveel hoër (of laer).</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Wat as</translation>
        </message>
        <message>
            <source>Purchases per year change</source>
            <translation>Verandering in aankope per jaar</translation>
        </message>
        <message>
            <source>Clients buy this much more (or less) often.</source>
            <translation>Kliënte koop soveel meer (of minder) dikwels.</translation>
        </message>
        <message>
            <source>Years retained change</source>
            <translation>Verandering in jare behou</translation>
        </message>
        <message>
            <source>Clients stay this many years longer (or shorter).</source>
            <translation>Kliënte bly soveel jaar langer (of korter).</translation>
        </message>
        <message>
            <source>Referral rate change</source>
            <translation>Verandering in verwysingskoers</translation>
        </message>
        <message>
            <source>Clients recommend you this much more (or less) often.</source>
            <translation>Kliënte beveel jou soveel meer (of minder) dikwels aan.</translation>
        </message>
        <message>
            <source>How long without a purchase before a client counts as lapsed (gone); for a client who usually buys less often, twice their usual gap instead.</source>
            <translation>Hoe lank sonder 'n aankoop voordat 'n kliënt as verval (weg) tel; vir 'n kliënt wat gewoonlik minder dikwels koop, eerder twee keer hul gewone tussenpose.</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Vervaltydperk</translation>
        </message>
        <message>
            <source>Value from</source>
            <translation>Waarde volgens</translation>
        </message>
        <message>
            <source>Where each client's lifetime value comes from: the rule of thumb (average sale × purchases per year × years retained) or the forecast from their own history.</source>
            <translation>Waar elke kliënt se leeftydwaarde vandaan kom: die duimreël (gemiddelde verkoop × aankope per jaar × jare behou) of die voorspelling uit hul eie geskiedenis.</translation>
        </message>
        <message>
            <source>Rule of thumb (formula)</source>
            <translation>Duimreël (formule)</translation>
        </message>
        <message>
            <source>Forecast from each client's history</source>
            <translation>Voorspelling uit elke kliënt se geskiedenis</translation>
        </message>
    </context>
    <context>
        <name>LifeCycleView</name>
        <message>
            <source>Clients by life-cycle stage</source>
            <translation>Kliënte volgens lewensiklusfase</translation>
        </message>
        <message>
            <source>Click a stage to list its clients.</source>
            <translation>Klik op 'n fase om sy kliënte te lys.</translation>
        </message>
        <message>
            <source>Click to list these clients.</source>
            <translation>Klik om hierdie kliënte te lys.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Totale waarde</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Deel van kliënte</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Wat dit beteken</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Fase: %1</translation>
        </message>
    </context>
    <context>
        <name>LoadBar</name>
        <message>
            <source>Cancel</source>
            <translation>Kanselleer</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <source>the reader stopped unexpectedly</source>
            <translation>die leser het onverwags gestop</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter clients: name, ID, e-mail, tag, stage…</source>
            <translation>Filter kliënte: naam, ID, e-pos, etiket, fase…</translation>
        </message>
        <message>
            <source>Filter transactions: client, kind, description…</source>
            <translation>Filter transaksies: kliënt, soort, beskrywing…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaksies</translation>
        </message>
        <message>
            <source>Cheap versus top</source>
            <translation>Goedkoop teenoor top</translation>
        </message>
        <message>
            <source>Where the value sits</source>
            <translation>Waar die waarde lê</translation>
        </message>
        <message>
            <source>New versus returning</source>
            <translation>Nuut teenoor terugkerend</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Lewensiklus</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Ontleding</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Why this number</source>
            <translation>Hoekom hierdie getal</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Voorspelling</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Wie om te bel</translation>
        </message>
        <message>
            <source>What's &amp;This?</source>
            <translation>&amp;Wat is dit?</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Lêer</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Maak &amp;onlangse oop</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigeer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Aansig</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hulp</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Lêer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ontdoen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Herdoen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln kliënt</numerusform>
                <numerusform>%Ln kliënte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln transaksie</numerusform>
                <numerusform>%Ln transaksies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln client(s)</source>
            <translation>
                <numerusform>%1 / %Ln kliënt</numerusform>
                <numerusform>%1 / %Ln kliënte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln transaction(s)</source>
            <translation>
                <numerusform>%1 / %Ln transaksie</numerusform>
                <numerusform>%1 / %Ln transaksies</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 clients (%2 buying)</source>
            <translation>%1 kliënte (%2 kopend)</translation>
        </message>
        <message>
            <source>Lifetime value %1</source>
            <translation>Leeftydwaarde %1</translation>
        </message>
        <message>
            <source>Referral value %1 (not added)</source>
            <translation>Verwysingswaarde %1 (nie bygetel nie)</translation>
        </message>
        <message>
            <source>Client-base total %1 (referral value left out)</source>
            <translation>Kliëntebasistotaal %1 (verwysingswaarde uitgelaat)</translation>
        </message>
        <message>
            <source>Client-base profit %1</source>
            <translation>Kliëntebasiswins %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>op %1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>About LTV Desktop</source>
            <translation>Oor LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;What your clients are worth over the whole relationship.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (PySide6), NumPy, python-calamine and XlsxWriter.&lt;/p&gt;</source>
            <translation>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;Wat jou kliënte oor die hele verhouding werd is.&lt;/p&gt;&lt;p&gt;MIT-lisensie. Gebou met Qt for Python (PySide6), NumPy, python-calamine en XlsxWriter.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuut</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Maak oop…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Stoor</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Stoor &amp;as…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ver&amp;laat</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Ko&amp;pieer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Knip</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>P&amp;lak</translation>
        </message>
        <message>
            <source>C&amp;lear cells</source>
            <translation>&amp;Maak selle skoon</translation>
        </message>
        <message>
            <source>Fill &amp;down</source>
            <translation>Vul &amp;af</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>Soek en &amp;vervang…</translation>
        </message>
        <message>
            <source>Fill &amp;right</source>
            <translation>Vul &amp;regs</translation>
        </message>
        <message>
            <source>&amp;Insert row</source>
            <translation>Voeg &amp;ry in</translation>
        </message>
        <message>
            <source>&amp;Delete rows</source>
            <translation>Skr&amp;ap rye</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;Filter…</translation>
        </message>
        <message>
            <source>&amp;About LTV Desktop</source>
            <translation>&amp;Oor LTV Desktop</translation>
        </message>
        <message>
            <source>&amp;Problems in this file…</source>
            <translation>&amp;Probleme in hierdie lêer…</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Voer 'n sigblad in…</translation>
        </message>
        <message>
            <source>&amp;Export with formulas…</source>
            <translation>Voer uit met &amp;formules…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellings…</translation>
        </message>
        <message>
            <source>Who to &amp;call</source>
            <translation>Wie om te &amp;bel</translation>
        </message>
        <message>
            <source>&amp;How lifetime value is computed</source>
            <translation>&amp;Hoe leeftydwaarde bereken word</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Clients can be split by %1; not by '%2'.</source>
            <translation>Kliënte kan volgens %1 verdeel word; nie volgens '%2' nie.</translation>
        </message>
        <message>
            <source>Splitting at a threshold needs a money amount.</source>
            <translation>Om by 'n drempel te verdeel, is 'n geldbedrag nodig.</translation>
        </message>
        <message>
            <source>There is no stage called '%1'. Known: %2.</source>
            <translation>Daar is geen fase met die naam '%1' nie. Bekend: %2.</translation>
        </message>
        <message>
            <source>'%1' is not a date.</source>
            <translation>'%1' is nie 'n datum nie.</translation>
        </message>
        <message>
            <source>'%1' is not a number.</source>
            <translation>'%1' is nie 'n getal nie.</translation>
        </message>
        <message>
            <source>%1 is too large to be a number.</source>
            <translation>%1 is te groot om 'n getal te wees.</translation>
        </message>
        <message>
            <source>'%1' is not an amount.</source>
            <translation>'%1' is nie 'n bedrag nie.</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount.</source>
            <translation>%1 is te groot om 'n bedrag te wees.</translation>
        </message>
        <message>
            <source>'%1' is not a money amount.</source>
            <translation>'%1' is nie 'n geldbedrag nie.</translation>
        </message>
        <message>
            <source>%1 is too large to be a money amount.</source>
            <translation>%1 is te groot om 'n geldbedrag te wees.</translation>
        </message>
        <message>
            <source>Two clients share a Client ID.</source>
            <translation>Twee kliënte deel 'n Kliënt-ID.</translation>
        </message>
        <message>
            <source>New clients need Client IDs that are not used yet.</source>
            <translation>Nuwe kliënte het Kliënt-ID's nodig wat nog nie gebruik word nie.</translation>
        </message>
        <message>
            <source>%1 of these clients still have transactions (%2). Delete or move their transactions first.</source>
            <translation>%1 van hierdie kliënte het nog transaksies (%2). Vee eers hul transaksies uit of skuif dit.</translation>
        </message>
        <message>
            <source>A new transaction names a client that does not exist.</source>
            <translation>'n Nuwe transaksie noem 'n kliënt wat nie bestaan nie.</translation>
        </message>
        <message>
            <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'%1' is nie 'n datum nie; skryf dit as JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>A client needs a Client ID.</source>
            <translation>'n Kliënt het 'n Kliënt-ID nodig.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used by another client.</source>
            <translation>Kliënt-ID '%1' word reeds deur 'n ander kliënt gebruik.</translation>
        </message>
        <message>
            <source>A client cannot refer themselves.</source>
            <translation>'n Kliënt kan nie homself verwys nie.</translation>
        </message>
        <message>
            <source>A client needs a name.</source>
            <translation>'n Kliënt het 'n naam nodig.</translation>
        </message>
        <message>
            <source>There is no client with ID '%1'.</source>
            <translation>Daar is geen kliënt met ID '%1' nie.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 kan nie negatief wees nie.</translation>
        </message>
        <message>
            <source>A transaction needs a Client ID.</source>
            <translation>'n Transaksie het 'n Kliënt-ID nodig.</translation>
        </message>
        <message>
            <source>A transaction needs a date.</source>
            <translation>'n Transaksie het 'n datum nodig.</translation>
        </message>
        <message>
            <source>A transaction needs an amount.</source>
            <translation>'n Transaksie het 'n bedrag nodig.</translation>
        </message>
        <message>
            <source>'%1' already exists and is not a call list written by LTV Desktop; choose another name, so that nothing in it is lost.</source>
            <translation>'%1' bestaan reeds en is nie 'n oproeplys wat LTV Desktop geskryf het nie; kies 'n ander naam sodat niks daarin verlore gaan nie.</translation>
        </message>
        <message>
            <source>'%1' could not be written (%2).</source>
            <translation>'%1' kon nie geskryf word nie (%2).</translation>
        </message>
        <message>
            <source>lapsed, so the years from their first to their last purchase</source>
            <translation>verval, dus die jare van hul eerste tot hul laaste aankoop</translation>
        </message>
        <message>
            <source>set on the client's row</source>
            <translation>op die kliënt se ry gestel</translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.</source>
            <translation>
                <numerusform>Gemiddelde verkoop %1 = inkomste %2 ÷ %n aankoop, dan %3 prysverandering.</numerusform>
                <numerusform>Gemiddelde verkoop %1 = inkomste %2 ÷ %n aankope, dan %3 prysverandering.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s).</source>
            <translation>
                <numerusform>Gemiddelde verkoop %1 = inkomste %2 ÷ %n aankoop.</numerusform>
                <numerusform>Gemiddelde verkoop %1 = inkomste %2 ÷ %n aankope.</numerusform>
            </translation>
        </message>
        <message>
            <source>Years retained %1: %2, %3 yr.</source>
            <translation>Jare behou %1: %2, %3 jr.</translation>
        </message>
        <message>
            <source>Years retained %1: %2.</source>
            <translation>Jare behou %1: %2.</translation>
        </message>
        <message>
            <source>Profit %1 = %2 × %3 margin − %4/yr × %5 yr; net %6 after %7 to win them.</source>
            <translation>Wins %1 = %2 × %3 marge − %4/jr × %5 jr; netto %6 ná %7 om hulle te wen.</translation>
        </message>
        <message>
            <source>1 client names them as referrer</source>
            <translation>1 kliënt noem hulle as verwyser</translation>
        </message>
        <message numerus="yes">
            <source>%n clients name them as referrer</source>
            <translation>
                <numerusform>%n kliënt noem hulle as verwyser</numerusform>
                <numerusform>%n kliënte noem hulle as verwyser</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals %1: %2, then %3.</source>
            <translation>Verwysings %1: %2, dan %3.</translation>
        </message>
        <message>
            <source>Referrals %1: %2.</source>
            <translation>Verwysings %1: %2.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2), then %3.</source>
            <translation>Aankope per jaar %1: op die kliënt se ry gestel (%2), dan %3.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2).</source>
            <translation>Aankope per jaar %1: op die kliënt se ry gestel (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1), then %2.</source>
            <translation>
                <numerusform>Aankope per jaar %1 = %n aankoop ÷ jare sedert die eerste aankoop (minstens 1), dan %2.</numerusform>
                <numerusform>Aankope per jaar %1 = %n aankope ÷ jare sedert die eerste aankoop (minstens 1), dan %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1).</source>
            <translation>
                <numerusform>Aankope per jaar %1 = %n aankoop ÷ jare sedert die eerste aankoop (minstens 1).</numerusform>
                <numerusform>Aankope per jaar %1 = %n aankope ÷ jare sedert die eerste aankoop (minstens 1).</numerusform>
            </translation>
        </message>
        <message>
            <source>the %1 years they have already stayed</source>
            <translation>die %1 jaar wat hulle reeds gebly het</translation>
        </message>
        <message>
            <source>the scenario's default</source>
            <translation>die scenario se verstek</translation>
        </message>
        <message>
            <source>'%1' could not be exported (%2).</source>
            <translation>'%1' kon nie uitgevoer word nie (%2).</translation>
        </message>
        <message>
            <source>a stray value far from the table (more than %1 empty rows or %2 empty columns away) was left out</source>
            <translation>'n verdwaalde waarde ver van die tabel af (meer as %1 leë rye of %2 leë kolomme weg) is uitgelaat</translation>
        </message>
        <message>
            <source>you do not have permission to open it</source>
            <translation>jy het nie toestemming om dit oop te maak nie</translation>
        </message>
        <message>
            <source>'%1' is damaged (%2). It may not have finished downloading or copying; try a backup copy, or open it in Excel, which can sometimes repair it.</source>
            <translation>'%1' is beskadig (%2). Dit het dalk nie klaar afgelaai of gekopieer nie; probeer 'n rugsteunkopie, of maak dit in Excel oop, wat dit soms kan herstel.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed (it would unpack to %2 GB); it was not opened.</source>
            <translation>'%1' is te groot of misvorm (dit sou tot %2 GB uitpak); dit is nie oopgemaak nie.</translation>
        </message>
        <message>
            <source>'%1' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx (Excel Workbook) in Excel or LibreOffice and open that.</source>
            <translation>'%1' is 'n ou Excel 97–2003-werkboek (.xls). Stoor dit asseblief as .xlsx (Excel-werkboek) in Excel of LibreOffice en maak dié een oop.</translation>
        </message>
        <message>
            <source>'%1' is not an Excel workbook (.xlsx).</source>
            <translation>'%1' is nie 'n Excel-werkboek (.xlsx) nie.</translation>
        </message>
        <message>
            <source>'%1' is a folder, not a workbook.</source>
            <translation>'%1' is 'n vouer, nie 'n werkboek nie.</translation>
        </message>
        <message>
            <source>'%1' is not a workbook file.</source>
            <translation>'%1' is nie 'n werkboeklêer nie.</translation>
        </message>
        <message>
            <source>'%1' is empty (0 bytes). It may not have finished downloading or copying.</source>
            <translation>'%1' is leeg (0 grepe). Dit het dalk nie klaar afgelaai of gekopieer nie.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed; it was not opened.</source>
            <translation>'%1' is te groot of misvorm; dit is nie oopgemaak nie.</translation>
        </message>
        <message>
            <source>'%1' is an Excel binary workbook (.xlsb). Please save it as .xlsx (Excel Workbook) in Excel and open that.</source>
            <translation>'%1' is 'n binêre Excel-werkboek (.xlsb). Stoor dit asseblief as .xlsx (Excel-werkboek) in Excel en maak dié een oop.</translation>
        </message>
        <message>
            <source>'%1' is saved in the Strict Open XML format, which LTV Desktop cannot open here. Please save it in Excel as a normal "Excel Workbook (.xlsx)" and open that.</source>
            <translation>'%1' is in die Strict Open XML-formaat gestoor, wat LTV Desktop nie hier kan oopmaak nie. Stoor dit asseblief in Excel as 'n gewone "Excel-werkboek (.xlsx)" en maak dié een oop.</translation>
        </message>
        <message>
            <source>'%1' is a password-protected workbook; open it in Excel, remove the password, and try again.</source>
            <translation>'%1' is 'n werkboek met 'n wagwoord; maak dit in Excel oop, verwyder die wagwoord en probeer weer.</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: part of it cannot be unpacked</source>
            <translation>die lêer is onvolledig of korrup: 'n deel daarvan kan nie uitgepak word nie</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: %1</source>
            <translation>die lêer is onvolledig of korrup: %1</translation>
        </message>
        <message>
            <source>'%1' cannot be read (%2).</source>
            <translation>'%1' kan nie gelees word nie (%2).</translation>
        </message>
        <message>
            <source>'%1' was not found. It may have been moved, renamed or deleted.</source>
            <translation>'%1' is nie gevind nie. Dit is dalk geskuif, hernoem of uitgevee.</translation>
        </message>
        <message>
            <source>the file is shorter than its own table of contents says</source>
            <translation>die lêer is korter as wat sy eie inhoudsopgawe sê</translation>
        </message>
        <message>
            <source>'%1' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx (Excel Workbook) in LibreOffice or Excel and open that.</source>
            <translation>'%1' is 'n OpenDocument-sigblad (.ods). Stoor dit asseblief as .xlsx (Excel-werkboek) in LibreOffice of Excel en maak dié een oop.</translation>
        </message>
        <message>
            <source>'%1' is a Word document, not an Excel workbook (.xlsx).</source>
            <translation>'%1' is 'n Word-dokument, nie 'n Excel-werkboek (.xlsx) nie.</translation>
        </message>
        <message>
            <source>'%1' contains XML entity declarations (in %2), which spreadsheets never use and which can be used to attack programs that read XML; it was not opened.</source>
            <translation>'%1' bevat XML-entiteitverklarings (in %2), wat sigblaaie nooit gebruik nie en wat gebruik kan word om programme aan te val wat XML lees; dit is nie oopgemaak nie.</translation>
        </message>
        <message>
            <source>'%1': the '%2' sheet has a value in cell %3, so opening it would lay out %4 rows × %5 columns (%6 cells), far more than a client list needs. If that cell is a stray entry, delete it (in Excel, Ctrl+End jumps to it), save, and try again.</source>
            <translation>'%1': die '%2'-blad het 'n waarde in sel %3, dus sou dit %4 rye × %5 kolomme (%6 selle) uitlê as dit oopgemaak word, baie meer as wat 'n kliëntelys nodig het. As daardie sel 'n verdwaalde inskrywing is, vee dit uit (in Excel spring Ctrl+End daarheen), stoor en probeer weer.</translation>
        </message>
        <message>
            <source>the '%1' sheet is missing from it: %2 is not in the file</source>
            <translation>die '%1'-blad ontbreek daarin: %2 is nie in die lêer nie</translation>
        </message>
        <message>
            <source>permission denied: is it open in Excel, or is the folder read-only?</source>
            <translation>toestemming geweier: is dit in Excel oop, of is die vouer leesalleen?</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>die skyf is vol</translation>
        </message>
        <message>
            <source>a column of dates</source>
            <translation>'n kolom datums</translation>
        </message>
        <message>
            <source>a column of money</source>
            <translation>'n kolom geld</translation>
        </message>
        <message>
            <source>a column of numbers</source>
            <translation>'n kolom getalle</translation>
        </message>
        <message>
            <source>a column of email addresses</source>
            <translation>'n kolom e-posadresse</translation>
        </message>
        <message>
            <source>a column of phone numbers</source>
            <translation>'n kolom telefoonnommers</translation>
        </message>
        <message>
            <source>a column of names or words</source>
            <translation>'n kolom name of woorde</translation>
        </message>
        <message>
            <source>a column of mixed values</source>
            <translation>'n kolom gemengde waardes</translation>
        </message>
        <message>
            <source>a column of nothing</source>
            <translation>'n kolom met niks</translation>
        </message>
        <message>
            <source>header '%1'</source>
            <translation>opskrif '%1'</translation>
        </message>
        <message>
            <source>There is no field called '%1'. Fields: %2.</source>
            <translation>Daar is geen veld met die naam '%1' nie. Velde: %2.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>deur jou gekies</translation>
        </message>
        <message>
            <source>a column of %1</source>
            <translation>'n kolom %1</translation>
        </message>
        <message>
            <source>'%1' is not a date</source>
            <translation>'%1' is nie 'n datum nie</translation>
        </message>
        <message>
            <source>%1 is not a date</source>
            <translation>%1 is nie 'n datum nie</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet</source>
            <translation>%1 is 'n getal, nie 'n datum nie; formateer die kolom as datums in die sigblad</translation>
        </message>
        <message>
            <source>%1 is a time of day, not a date</source>
            <translation>%1 is 'n tyd van die dag, nie 'n datum nie</translation>
        </message>
        <message>
            <source>%1 is a length of time, not a date</source>
            <translation>%1 is 'n tydsduur, nie 'n datum nie</translation>
        </message>
        <message>
            <source>%1 is a date, not a number</source>
            <translation>%1 is 'n datum, nie 'n getal nie</translation>
        </message>
        <message>
            <source>%1 is a time, not a number</source>
            <translation>%1 is 'n tyd, nie 'n getal nie</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not a number</source>
            <translation>die sel bevat 'NaN' (nie 'n getal nie), nie 'n getal nie</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not a number</source>
            <translation>die sel bevat 'n oneindige getal, nie 'n getal nie</translation>
        </message>
        <message>
            <source>%1 is too large to be a number</source>
            <translation>%1 is te groot om 'n getal te wees</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' is nie 'n getal nie</translation>
        </message>
        <message>
            <source>%1 is a date, not an amount</source>
            <translation>%1 is 'n datum, nie 'n bedrag nie</translation>
        </message>
        <message>
            <source>%1 is a time, not an amount</source>
            <translation>%1 is 'n tyd, nie 'n bedrag nie</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not an amount</source>
            <translation>die sel bevat 'NaN' (nie 'n getal nie), nie 'n bedrag nie</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not an amount</source>
            <translation>die sel bevat 'n oneindige getal, nie 'n bedrag nie</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount</source>
            <translation>%1 is te groot om 'n bedrag te wees</translation>
        </message>
        <message>
            <source>'%1' is not an amount</source>
            <translation>'%1' is nie 'n bedrag nie</translation>
        </message>
        <message>
            <source>'%1' is not a real date</source>
            <translation>'%1' is nie 'n werklike datum nie</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet (as a date it would be %2)</source>
            <translation>%1 is 'n getal, nie 'n datum nie; formateer die kolom as datums in die sigblad (as 'n datum sou dit %2 wees)</translation>
        </message>
        <message>
            <source>Text dates in %1 were read day first, as '%2' can only be read that way.</source>
            <translation>Teksdatums in %1 is dag-eerste gelees, aangesien '%2' net so gelees kan word.</translation>
        </message>
        <message>
            <source>Text dates in %1 were read month first, as '%2' can only be read that way.</source>
            <translation>Teksdatums in %1 is maand-eerste gelees, aangesien '%2' net so gelees kan word.</translation>
        </message>
        <message>
            <source>'%1' is not a date in day/month/year order</source>
            <translation>'%1' is nie 'n datum in dag/maand/jaar-volgorde nie</translation>
        </message>
        <message>
            <source>'%1' is not a date in month/day/year order</source>
            <translation>'%1' is nie 'n datum in maand/dag/jaar-volgorde nie</translation>
        </message>
        <message>
            <source>'%1' could be %2 or %3; choose the day/month order</source>
            <translation>'%1' kan %2 of %3 wees; kies die dag/maand-volgorde</translation>
        </message>
        <message>
            <source>Choose the columns yourself: in the import window, or with --map FIELD=COLUMN.</source>
            <translation>Kies die kolomme self: in die invoervenster, of met --map FIELD=COLUMN.</translation>
        </message>
        <message>
            <source>%1; left empty</source>
            <translation>%1; leeg gelaat</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>datums</translation>
        </message>
        <message>
            <source>clients (names or IDs)</source>
            <translation>kliënte (name of ID's)</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>bedrae</translation>
        </message>
        <message>
            <source>Client IDs or names</source>
            <translation>Kliënt-ID's of name</translation>
        </message>
        <message>
            <source>money</source>
            <translation>geld</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>getalle</translation>
        </message>
        <message>
            <source>email addresses</source>
            <translation>e-posadresse</translation>
        </message>
        <message>
            <source>phone numbers</source>
            <translation>telefoonnommers</translation>
        </message>
        <message>
            <source>names or words</source>
            <translation>name of woorde</translation>
        </message>
        <message>
            <source>mixed values</source>
            <translation>gemengde waardes</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niks</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used.</source>
            <translation>'%1': geen bruikbare rye op die '%2'-blad gevind nie: elkeen van sy %3 rye het 'n sel wat nie gebruik kan word nie.</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2); left empty</source>
            <translation>%1 kan nie negatief wees nie (dit is %2); leeg gelaat</translation>
        </message>
        <message>
            <source>a client cannot refer themselves; the referral is not counted</source>
            <translation>'n kliënt kan nie homself verwys nie; die verwysing tel nie</translation>
        </message>
        <message>
            <source>client '%1' was left out ('%2' row %3), so this transaction is too</source>
            <translation>kliënt '%1' is uitgelaat ('%2' ry %3), dus ook hierdie transaksie</translation>
        </message>
        <message>
            <source>there is no client '%1' on the '%2' sheet (by ID or name)</source>
            <translation>daar is geen kliënt '%1' op die '%2'-blad nie (volgens ID of naam)</translation>
        </message>
        <message>
            <source>'%1' has no worksheets (only charts or macros), so nothing to import.</source>
            <translation>'%1' het geen werkblaaie nie (net grafieke of makro's), dus is daar niks om in te voer nie.</translation>
        </message>
        <message>
            <source>'%1' is empty: its sheets (%2) hold no cells at all.</source>
            <translation>'%1' is leeg: sy blaaie (%2) bevat glad nie selle nie.</translation>
        </message>
        <message>
            <source>'%1': no sheet looks like sales (a column of dates and one of amounts) or a client list. %2</source>
            <translation>'%1': geen blad lyk soos verkope ('n kolom datums en een met bedrae) of 'n kliëntelys nie. %2</translation>
        </message>
        <message>
            <source>'%1': no column of %2 was found on the '%3' sheet (its columns: %4). %5</source>
            <translation>'%1': geen kolom %2 is op die '%3'-blad gevind nie (sy kolomme: %4). %5</translation>
        </message>
        <message>
            <source>'%1': could not tell which column of the '%2' sheet holds the %3: the best guess, %4, holds %5, which is not enough to go on. %6</source>
            <translation>'%1': kon nie bepaal watter kolom van die '%2'-blad die %3 bevat nie: die beste raaiskoot, %4, bevat %5, wat nie genoeg is nie. %6</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet at all; nothing to import.</source>
            <translation>'%1': glad geen rye op die '%2'-blad gevind nie; niks om in te voer nie.</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used. The first: %4.</source>
            <translation>'%1': geen bruikbare rye op die '%2'-blad gevind nie: elkeen van sy %3 rye het 'n sel wat nie gebruik kan word nie. Die eerste: %4.</translation>
        </message>
        <message>
            <source>Row %1 of '%2' is a totals row and was left out.</source>
            <translation>Ry %1 van '%2' is 'n totaalry en is uitgelaat.</translation>
        </message>
        <message>
            <source>a client needs a Client ID</source>
            <translation>'n kliënt het 'n Kliënt-ID nodig</translation>
        </message>
        <message>
            <source>a client needs a name</source>
            <translation>'n kliënt het 'n naam nodig</translation>
        </message>
        <message>
            <source>client '%1' was left out (row %2); the referral is not counted</source>
            <translation>kliënt '%1' is uitgelaat (ry %2); die verwysing tel nie</translation>
        </message>
        <message>
            <source>no client with this ID or name; the referral is not counted</source>
            <translation>geen kliënt met hierdie ID of naam nie; die verwysing tel nie</translation>
        </message>
        <message>
            <source>a transaction needs an amount</source>
            <translation>'n transaksie het 'n bedrag nodig</translation>
        </message>
        <message>
            <source>a transaction needs a client</source>
            <translation>'n transaksie het 'n kliënt nodig</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet below its headers (row %3); nothing to import.</source>
            <translation>'%1': geen rye op die '%2'-blad onder sy opskrifte (ry %3) gevind nie; niks om in te voer nie.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used on row %2</source>
            <translation>Kliënt-ID '%1' word reeds op ry %2 gebruik</translation>
        </message>
        <message>
            <source>a transaction needs a date</source>
            <translation>'n transaksie het 'n datum nodig</translation>
        </message>
        <message>
            <source>'%1': column %2 chosen for %3 is empty on the '%4' sheet (its last column is %5).</source>
            <translation>'%1': kolom %2 wat vir %3 gekies is, is leeg op die '%4'-blad (sy laaste kolom is %5).</translation>
        </message>
        <message>
            <source>'%1': %2 cells cannot be used; the first: %3.</source>
            <translation>'%1': %2 selle kan nie gebruik word nie; die eerste: %3.</translation>
        </message>
        <message>
            <source>There is no client sheet: %1 clients were made from the '%2' column of '%3'.</source>
            <translation>Daar is geen kliëntblad nie: %1 kliënte is uit die '%2'-kolom van '%3' gemaak.</translation>
        </message>
        <message>
            <source>'%1': the dates on the '%2' sheet (such as %3 in %4) could be read day first or month first. Choose the day/month order: in the import window, or with --day-first or --month-first.</source>
            <translation>'%1': die datums op die '%2'-blad (soos %3 in %4) kan dag-eerste of maand-eerste gelees word. Kies die dag/maand-volgorde: in die invoervenster, of met --day-first of --month-first.</translation>
        </message>
        <message>
            <source>'%1' (the '%2' sheet)</source>
            <translation>'%1' (die '%2'-blad)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>'%1' has no sheet called '%2' (its sheets: %3).</source>
            <translation>'%1' het geen blad met die naam '%2' nie (sy blaaie: %3).</translation>
        </message>
        <message>
            <source>its zip container cannot be unpacked: %1</source>
            <translation>sy zip-houer kan nie uitgepak word nie: %1</translation>
        </message>
        <message>
            <source> (the '%1' sheet)</source>
            <translation> (die '%1'-blad)</translation>
        </message>
        <message>
            <source>'%1' is damaged: the XML inside it%2 is malformed (%3). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>'%1' is beskadig: die XML daarin%2 is misvorm (%3). Maak dit in Excel of LibreOffice oop en stoor dit weer as .xlsx.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>%1 kan nie gelees word nie: %2. Maak dit in Excel of LibreOffice oop en stoor dit weer as .xlsx.</translation>
        </message>
        <message>
            <source>%1 is too large to open in the memory this computer has.</source>
            <translation>%1 is te groot om oop te maak met die geheue wat hierdie rekenaar het.</translation>
        </message>
        <message>
            <source>%1 is damaged in a way the reader cannot get past (%2). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>%1 is beskadig op 'n manier waarby die leser nie kan verbykom nie (%2). Maak dit in Excel of LibreOffice oop en stoor dit weer as .xlsx.</translation>
        </message>
        <message>
            <source>the file needs more memory than a workbook should</source>
            <translation>die lêer het meer geheue nodig as wat 'n werkboek behoort te hê</translation>
        </message>
        <message>
            <source>The workbook has no transactions yet.</source>
            <translation>Die werkboek het nog geen transaksies nie.</translation>
        </message>
        <message>
            <source>There is no scenario setting called '%1'. Known: %2.</source>
            <translation>Daar is geen scenario-instelling met die naam '%1' nie. Bekend: %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 moet 'n getal wees.</translation>
        </message>
        <message>
            <source>%1 must be a finite number.</source>
            <translation>%1 moet 'n eindige getal wees.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3; got %4.</source>
            <translation>%1 moet tussen %2 en %3 wees; dit is %4.</translation>
        </message>
        <message>
            <source>%1 must be a date or empty.</source>
            <translation>%1 moet 'n datum of leeg wees.</translation>
        </message>
        <message>
            <source>%1 must be one of %2.</source>
            <translation>%1 moet een van %2 wees.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number.</source>
            <translation>%1: '%2' is nie 'n getal nie.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1: '%2' is nie 'n datum nie; skryf dit as JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>Importing workbooks with other layouts comes in a later version.</source>
            <translation>Die invoer van werkboeke met ander uitlegte kom in 'n latere weergawe.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and save again.</source>
            <translation>%1 op ry %2 van die %3-blad is %4 karakters lank; 'n sigbladsel hou hoogstens %5. Maak dit korter en stoor weer.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and export again.</source>
            <translation>%1 op ry %2 van die %3-blad is %4 karakters lank; 'n sigbladsel hou hoogstens %5. Maak dit korter en voer weer uit.</translation>
        </message>
        <message>
            <source>no 'Setting' and 'Value' columns here; the default scenario is used</source>
            <translation>geen 'Setting'- en 'Value'-kolomme hier nie; die verstekscenario word gebruik</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' is nie 'n getal nie</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leeg</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: it has no '%2' sheet (its sheets: %3). %4</source>
            <translation>'%1' lyk nie soos 'n LTV Desktop-werkboek nie: dit het geen '%2'-blad nie (sy blaaie: %3). %4</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date</source>
            <translation>%1: '%2' is nie 'n datum nie</translation>
        </message>
        <message>
            <source>the reader stopped at: %1</source>
            <translation>die leser het gestop by: %1</translation>
        </message>
        <message>
            <source>the '%1' sheet cannot be read: %2</source>
            <translation>die '%1'-blad kan nie gelees word nie: %2</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: the '%2' sheet has no '%3' column. %4</source>
            <translation>'%1' lyk nie soos 'n LTV Desktop-werkboek nie: die '%2'-blad het geen '%3'-kolom nie. %4</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2)</source>
            <translation>%1 kan nie negatief wees nie (dit is %2)</translation>
        </message>
        <message>
            <source>no client with this ID; the referral is not counted</source>
            <translation>geen kliënt met hierdie ID nie; die verwysing tel nie</translation>
        </message>
        <message>
            <source>'%1' is not a scenario setting; the row is ignored</source>
            <translation>'%1' is nie 'n scenario-instelling nie; die ry word geïgnoreer</translation>
        </message>
        <message>
            <source>'%1' is listed twice; the first one is used</source>
            <translation>'%1' word twee keer gelys; die eerste word gebruik</translation>
        </message>
        <message>
            <source>'%1' could not be saved (%2). The previous version is untouched.</source>
            <translation>'%1' kon nie gestoor word nie (%2). Die vorige weergawe is onaangeraak.</translation>
        </message>
        <message>
            <source>a transaction needs a Client ID</source>
            <translation>'n transaksie het 'n Kliënt-ID nodig</translation>
        </message>
        <message>
            <source>no setting name; the row is ignored</source>
            <translation>geen instellingnaam nie; die ry word geïgnoreer</translation>
        </message>
        <message>
            <source>%1; the default (%2) is used</source>
            <translation>%1; die verstek (%2) word gebruik</translation>
        </message>
        <message>
            <source>client '%1' was left out (Clients row %2), so this transaction is too</source>
            <translation>kliënt '%1' is uitgelaat (Kliënte ry %2), dus ook hierdie transaksie</translation>
        </message>
        <message>
            <source>there is no client with ID '%1' in the Clients sheet</source>
            <translation>daar is geen kliënt met ID '%1' in die Kliënte-blad nie</translation>
        </message>
        <message>
            <source>%1; the Value column's setting is used</source>
            <translation>%1; die Value-kolom se instelling word gebruik</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>The page size must be A4 or Letter, not '%1'.</source>
            <translation>Die bladsygrootte moet A4 of Letter wees, nie '%1' nie.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Gedruk %1</translation>
        </message>
        <message>
            <source>Rank %1 of %2 clients by total value</source>
            <translation>Posisie %1 van %2 kliënte volgens totale waarde</translation>
        </message>
        <message>
            <source>The only client so far.</source>
            <translation>Die enigste kliënt tot dusver.</translation>
        </message>
        <message>
            <source>Worth more than any other client.</source>
            <translation>Meer werd as enige ander kliënt.</translation>
        </message>
        <message>
            <source>Worth more than %1 of your other clients.</source>
            <translation>Meer werd as %1 van jou ander kliënte.</translation>
        </message>
        <message>
            <source>A lead: not in the cheap, middle or top group until a first purchase.</source>
            <translation>'n Vooruitsig: nie in die goedkoop, middel- of topgroep tot 'n eerste aankoop nie.</translation>
        </message>
        <message>
            <source>Top group: average sale at or above %1.</source>
            <translation>Topgroep: gemiddelde verkoop op of bo %1.</translation>
        </message>
        <message>
            <source>Cheap group: average sale below %1.</source>
            <translation>Goedkoop groep: gemiddelde verkoop onder %1.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by average sale.</source>
            <translation>In die goedkoop kwart van kopende kliënte volgens gemiddelde verkoop.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by average sale.</source>
            <translation>In die topkwart van kopende kliënte volgens gemiddelde verkoop.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by average sale.</source>
            <translation>In die middelgroep van kopende kliënte volgens gemiddelde verkoop.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by lifetime value.</source>
            <translation>In die goedkoop kwart van kopende kliënte volgens leeftydwaarde.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by lifetime value.</source>
            <translation>In die topkwart van kopende kliënte volgens leeftydwaarde.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by lifetime value.</source>
            <translation>In die middelgroep van kopende kliënte volgens leeftydwaarde.</translation>
        </message>
        <message>
            <source>least value</source>
            <translation>minste waarde</translation>
        </message>
        <message>
            <source>most value</source>
            <translation>meeste waarde</translation>
        </message>
        <message>
            <source>Your purchases</source>
            <translation>Jou aankope</translation>
        </message>
        <message>
            <source>Thank you for choosing %1. Here is what you have bought from us so far; we look forward to seeing you again.</source>
            <translation>Dankie dat jy %1 gekies het. Hier is wat jy tot dusver by ons gekoop het; ons sien uit daarna om jou weer te sien.</translation>
        </message>
        <message>
            <source>Thank you for getting in touch with %1. We look forward to working with you.</source>
            <translation>Dankie dat jy met %1 in verbinding getree het. Ons sien uit daarna om met jou te werk.</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Wat jy gekoop het</translation>
        </message>
        <message>
            <source>With thanks from %1</source>
            <translation>Met dank van %1</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>Kliëntopsomming</translation>
        </message>
        <message>
            <source>Client ID %1  ·  %2: %3  ·  as of %4</source>
            <translation>Kliënt-ID %1  ·  %2: %3  ·  op %4</translation>
        </message>
        <message>
            <source>Referred (%1)</source>
            <translation>Verwys (%1)</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Verwys</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-pos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Verwys deur</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Eerste kontak</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Eerste aankoop</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Laaste aankoop</translation>
        </message>
        <message>
            <source>Lifetime value (predicted from history)</source>
            <translation>Leeftydwaarde (voorspel uit die geskiedenis)</translation>
        </message>
        <message>
            <source>Lifetime value (formula)</source>
            <translation>Leeftydwaarde (formule)</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Wins (met verwysingswaarde)</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Verkrygingskoste</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Netto (met verwysingswaarde)</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Aankope</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etikette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>How they buy</source>
            <translation>Hoe hulle koop</translation>
        </message>
        <message>
            <source>What they are worth</source>
            <translation>Wat hulle werd is</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Inkomste tot dusver</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Gemiddelde verkoop</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Aankope per jaar</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Jare behou</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Verwysings</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Leeftydwaarde</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Verwysingswaarde</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Byvoegingswaarde</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Vennootfooie</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Totale waarde</translation>
        </message>
        <message>
            <source>Profit ÷ acquisition cost</source>
            <translation>Wins ÷ verkrygingskoste</translation>
        </message>
        <message>
            <source>A lead: the acquisition cost is set against profit from the first purchase, so net is 0 until then.</source>
            <translation>'n Vooruitsig: die verkrygingskoste word teen die wins uit die eerste aankoop gestel, dus is netto 0 tot dan.</translation>
        </message>
        <message>
            <source>How the total is worked out:  %1</source>
            <translation>Hoe die totaal uitgewerk word:  %1</translation>
        </message>
        <message>
            <source>Where they stand</source>
            <translation>Waar hulle staan</translation>
        </message>
        <message>
            <source>Spending per year</source>
            <translation>Besteding per jaar</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Bestee</translation>
        </message>
        <message>
            <source>No purchases yet.</source>
            <translation>Nog geen aankope nie.</translation>
        </message>
        <message>
            <source>%1  ·  printed %2</source>
            <translation>%1  ·  gedruk %2</translation>
        </message>
        <message>
            <source>Prepared by %1 with LTV Desktop</source>
            <translation>Voorberei deur %1 met LTV Desktop</translation>
        </message>
        <message>
            <source>1 refund</source>
            <translation>1 terugbetaling</translation>
        </message>
        <message numerus="yes">
            <source>%1 refunds</source>
            <translation>
                <numerusform>%1 terugbetaling</numerusform>
                <numerusform>%1 terugbetalings</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 after the as-of date, not counted</source>
            <translation>%1 ná die peildatum, nie getel nie</translation>
        </message>
        <message>
            <source>1 row, most recent first</source>
            <translation>1 ry, die jongste eerste</translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, most recent first</source>
            <translation>
                <numerusform>%1 ry, die jongste eerste</numerusform>
                <numerusform>%1 rye, die jongste eerste</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchases up to the as-of date.</source>
            <translation>Geen aankope tot die peildatum nie.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrywing</translation>
        </message>
        <message>
            <source>… and %1 earlier, back to %2, together %3</source>
            <translation>… en %1 vroeër, terug tot %2, saam %3</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (vervolg)</translation>
        </message>
        <message>
            <source>latest transaction</source>
            <translation>jongste transaksie</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 jr</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>geskuif</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 punte</translation>
        </message>
        <message>
            <source>no transactions yet</source>
            <translation>nog geen transaksies nie</translation>
        </message>
        <message>
            <source>%1 clients, %2 with purchases  ·  figures as of %3</source>
            <translation>%1 kliënte, %2 met aankope  ·  syfers op %3</translation>
        </message>
        <message>
            <source>lifetime value predicted from history</source>
            <translation>leeftydwaarde voorspel uit die geskiedenis</translation>
        </message>
        <message>
            <source>lifetime value from the formula</source>
            <translation>leeftydwaarde uit die formule</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Kliëntebasistotaal (verwysingswaarde uitgelaat)</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>basislyn %1</translation>
        </message>
        <message>
            <source>all clients</source>
            <translation>alle kliënte</translation>
        </message>
        <message>
            <source>beside the total, not added</source>
            <translation>langs die totaal, nie bygetel nie</translation>
        </message>
        <message>
            <source>up to the as-of date</source>
            <translation>tot die peildatum</translation>
        </message>
        <message>
            <source>Totals: baseline and current levers</source>
            <translation>Totale: basislyn en huidige hefbome</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Syfer</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Basislyn</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Huidig</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Verskil</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Verandering</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>1 setting moved from the baseline</source>
            <translation>1 instelling van die basislyn geskuif</translation>
        </message>
        <message numerus="yes">
            <source>%1 settings moved from the baseline</source>
            <translation>
                <numerusform>%1 instelling van die basislyn geskuif</numerusform>
                <numerusform>%1 instellings van die basislyn geskuif</numerusform>
            </translation>
        </message>
        <message>
            <source>the current levers are the baseline</source>
            <translation>die huidige hefbome is die basislyn</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Cheap versus top clients</source>
            <translation>Goedkoop teenoor topkliënte</translation>
        </message>
        <message>
            <source>Below</source>
            <translation>Onder</translation>
        </message>
        <message>
            <source>At or above</source>
            <translation>Op of bo</translation>
        </message>
        <message>
            <source>Cheap</source>
            <translation>Goedkoop</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Het weer gekoop</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Jare as kliënt tot dusver</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Verwysings per kliënt</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Het iemand verwys</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Gemiddelde leeftydwaarde</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Gemiddelde totale waarde</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Deel van die kliëntebasistotaal</translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Deel van kopende kliënte</translation>
        </message>
        <message>
            <source>Share of the value</source>
            <translation>Deel van die waarde</translation>
        </message>
        <message>
            <source>Each group's share (%)</source>
            <translation>Elke groep se deel (%)</translation>
        </message>
        <message>
            <source>New versus returning clients</source>
            <translation>Nuwe teenoor terugkerende kliënte</translation>
        </message>
        <message>
            <source>orders and revenue per year</source>
            <translation>bestellings en inkomste per jaar</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Nuwe bestellings</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Nuwe inkomste</translation>
        </message>
        <message>
            <source>Per order</source>
            <translation>Per bestelling</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Terugkerende bestellings</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Terugkerende inkomste</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Terugkerende deel</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Verkrygingsbesteding</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Nuwe kliënte</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Terugkerende kliënte</translation>
        </message>
        <message>
            <source>Revenue per year from new and from returning clients</source>
            <translation>Inkomste per jaar van nuwe en van terugkerende kliënte</translation>
        </message>
        <message>
            <source>No orders yet.</source>
            <translation>Nog geen bestellings nie.</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Lewensiklus</translation>
        </message>
        <message>
            <source>each client's stage, derived from the data</source>
            <translation>elke kliënt se fase, uit die data afgelei</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Betekenis</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Deel van kliënte</translation>
        </message>
        <message>
            <source>Top %1 clients by total value</source>
            <translation>Top %1 kliënte volgens totale waarde</translation>
        </message>
        <message>
            <source>the top 20 % of clients hold %1 of the client-base total</source>
            <translation>die top 20 % van kliënte hou %1 van die kliëntebasistotaal</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Kliënt-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Share of total value</source>
            <translation>Deel van totale waarde</translation>
        </message>
        <message>
            <source>Top clients by total value</source>
            <translation>Topkliënte volgens totale waarde</translation>
        </message>
        <message>
            <source>No clients yet.</source>
            <translation>Nog geen kliënte nie.</translation>
        </message>
        <message>
            <source>1 lead counted apart</source>
            <translation>1 vooruitsig apart getel</translation>
        </message>
        <message numerus="yes">
            <source>%1 leads counted apart</source>
            <translation>
                <numerusform>%1 vooruitsig apart getel</numerusform>
                <numerusform>%1 vooruitsigte apart getel</numerusform>
            </translation>
        </message>
        <message>
            <source>split at an average sale of %1; %2</source>
            <translation>verdeel by 'n gemiddelde verkoop van %1; %2</translation>
        </message>
        <message>
            <source>buying clients ranked by average sale, bottom and top quarters; %1</source>
            <translation>kopende kliënte gerangskik volgens gemiddelde verkoop, onderste en boonste kwart; %1</translation>
        </message>
        <message>
            <source>buying clients ranked by lifetime value, bottom and top quarters; %1</source>
            <translation>kopende kliënte gerangskik volgens leeftydwaarde, onderste en boonste kwart; %1</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Wie om te bel</translation>
        </message>
        <message>
            <source>No client matches these rules.</source>
            <translation>Geen kliënt pas by hierdie reëls nie.</translation>
        </message>
        <message>
            <source>The printer or file could not be opened for painting.</source>
            <translation>Die drukker of lêer kon nie oopgemaak word om op te teken nie.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>Die drukker het 'n nuwe bladsy geweier.</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Kliëntebasisverslag</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>op %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Bladsy %1 van %2</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Kan nie %1 skryf nie: die vouer %2 bestaan nie.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Kan nie %1 skryf nie: %2.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Kliëntopsommings</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Kliëntopsomming: %1</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>My ateljee</translation>
        </message>
        <message>
            <source>lifetime value = average sale × purchases per year × years retained</source>
            <translation>leeftydwaarde = gemiddelde verkoop × aankope per jaar × jare behou</translation>
        </message>
    </context>
    <context>
        <name>ParetoView</name>
        <message>
            <source>Where the value sits</source>
            <translation>Waar die waarde lê</translation>
        </message>
        <message>
            <source>The top 20 % of your clients hold %1 of the client-base value.</source>
            <translation>Die top 20 % van jou kliënte hou %1 van die kliëntebasis se waarde.</translation>
        </message>
        <message>
            <source>Cumulative share of value</source>
            <translation>Kumulatiewe deel van die waarde</translation>
        </message>
        <message>
            <source>If every client were worth the same</source>
            <translation>As elke kliënt ewe veel werd was</translation>
        </message>
        <message>
            <source>20 % mark</source>
            <translation>20 %-merk</translation>
        </message>
        <message>
            <source>top 20 %: %1 of value</source>
            <translation>top 20 %: %1 van die waarde</translation>
        </message>
        <message>
            <source>Share of clients, most valuable first (%)</source>
            <translation>Deel van kliënte, waardevolste eerste (%)</translation>
        </message>
        <message>
            <source>Cumulative share of client-base value (%)</source>
            <translation>Kumulatiewe deel van die kliëntebasiswaarde (%)</translation>
        </message>
    </context>
    <context>
        <name>Predicted</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag gelede</numerusform>
                <numerusform>%n dae gelede</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 yr ago</source>
            <translation>%1 jr gelede</translation>
        </message>
        <message>
            <source>Purchases after the first: %1, over %2 yr; last purchase %3</source>
            <translation>Aankope ná die eerste: %1, oor %2 jr; laaste aankoop %3</translation>
        </message>
        <message>
            <source>One purchase so far, %1</source>
            <translation>Een aankoop tot dusver, %1</translation>
        </message>
        <message>
            <source>own repeat average %1, pulled toward the studio's %2 by the spend model</source>
            <translation>eie herhaalgemiddelde %1, deur die bestedingsmodel na die ateljee se %2 getrek</translation>
        </message>
        <message>
            <source>their own average sale: the studio's spend model gives no usable average</source>
            <translation>hul eie gemiddelde verkoop: die ateljee se bestedingsmodel gee geen bruikbare gemiddelde nie</translation>
        </message>
        <message>
            <source>no repeat purchase yet, so the studio's average %1</source>
            <translation>nog geen herhaalaankoop nie, dus die ateljee se gemiddelde, %1</translation>
        </message>
        <message>
            <source>, then %1 price change</source>
            <translation>, dan 'n prysverandering van %1</translation>
        </message>
        <message>
            <source>expected %1 purchases in the next %2 yr × expected average sale %3 (%4)</source>
            <translation>verwagte %1 aankope in die volgende %2 jr × verwagte gemiddelde verkoop %3 (%4)</translation>
        </message>
        <message>
            <source>, discounted at %1</source>
            <translation>, verdiskonteer teen %1</translation>
        </message>
        <message>
            <source>model %1, fitted on the whole studio</source>
            <translation>model %1, gepas op die hele ateljee</translation>
        </message>
        <message>
            <source>model %1, fitted on the '%2' clients</source>
            <translation>model %1, gepas op die '%2'-kliënte</translation>
        </message>
        <message>
            <source>+ %1 spent so far = %2 (%3)</source>
            <translation>+ %1 tot dusver bestee = %2 (%3)</translation>
        </message>
        <message>
            <source>chance still a client %1</source>
            <translation>kans nog 'n kliënt %1</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>For the studio: rank, notes and value</source>
            <translation>Vir die ateljee: posisie, notas en waarde</translation>
        </message>
        <message>
            <source>For the client: what they bought, with thanks</source>
            <translation>Vir die kliënt: wat hulle gekoop het, met dank</translation>
        </message>
        <message>
            <source>&amp;Print client summary…</source>
            <translation>&amp;Druk kliëntopsomming…</translation>
        </message>
        <message>
            <source>Print summaries of &amp;selected clients…</source>
            <translation>Druk opsommings van &amp;gekose kliënte…</translation>
        </message>
        <message>
            <source>Print client-base &amp;report…</source>
            <translation>Druk &amp;kliëntebasisverslag…</translation>
        </message>
        <message>
            <source>&amp;Client summary…</source>
            <translation>&amp;Kliëntopsomming…</translation>
        </message>
        <message>
            <source>&amp;Summaries of selected clients…</source>
            <translation>Opsommings van &amp;gekose kliënte…</translation>
        </message>
        <message>
            <source>Client-base &amp;report…</source>
            <translation>Kliëntebasis&amp;verslag…</translation>
        </message>
        <message>
            <source>&amp;Export PDF</source>
            <translation>&amp;Eksporteer PDF</translation>
        </message>
        <message>
            <source>Select a client to print their summary.</source>
            <translation>Kies 'n kliënt om hul opsomming te druk.</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Kliëntopsomming: %1</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Kliëntebasisverslag</translation>
        </message>
        <message>
            <source>There are no clients to print.</source>
            <translation>Daar is geen kliënte om te druk nie.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Kliëntopsommings</translation>
        </message>
        <message>
            <source>Save summaries as PDF</source>
            <translation>Stoor opsommings as PDF</translation>
        </message>
        <message>
            <source>Folder for the client PDFs</source>
            <translation>Vouer vir die kliënte se PDF's</translation>
        </message>
        <message>
            <source>Select a client to save their summary.</source>
            <translation>Kies 'n kliënt om hul opsomming te stoor.</translation>
        </message>
        <message>
            <source>Save client summary as PDF</source>
            <translation>Stoor kliëntopsomming as PDF</translation>
        </message>
        <message>
            <source>Save client-base report as PDF</source>
            <translation>Stoor kliëntebasisverslag as PDF</translation>
        </message>
        <message>
            <source>Writing client summaries…</source>
            <translation>Skryf kliëntopsommings…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselleer</translation>
        </message>
        <message>
            <source>Writing client summaries… %1 of %2</source>
            <translation>Skryf kliëntopsommings… %1 van %2</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Kon nie die PDF stoor nie</translation>
        </message>
        <message>
            <source>Cancelled: %1 of %2 client PDFs were written to %3.</source>
            <translation>Gekanselleer: %1 van %2 kliënt-PDF's is na %3 geskryf.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Gekanselleer: niks is geskryf nie.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1</source>
            <translation>
                <numerusform>%n bladsy na %1 gestoor</numerusform>
                <numerusform>%n bladsye na %1 gestoor</numerusform>
            </translation>
        </message>
        <message>
            <source>Laying out client summaries…</source>
            <translation>Lê kliëntopsommings uit…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Drukvoorskou — %1</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>Kon nie druk nie</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Stoor as PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Stoor as PDF…</translation>
        </message>
        <message>
            <source>Which version of the summary to print</source>
            <translation>Watter weergawe van die opsomming om te druk</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Kies alles</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Een stap &amp;op</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Een stap &amp;af</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>Sweef</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluit</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Kyk in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Lêer&amp;naam:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Lêers van tipe:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Maak oop</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Stoor</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Kies</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Maak oop</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Stoor as</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Alle lêers (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorentoe</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ouervouer</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Skep nuwe vouer</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Lysaansig</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Besonderhede-aansig</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Kantbalk</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nuwe vouer</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nuwe vouer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>S&amp;krap</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Hernoem</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Wys &amp;versteekte lêers</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Onlangse plekke</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My rekenaar</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Vouer:</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Gaan terug</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Gaan vorentoe</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Gaan na die ouervouer</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Skep 'n nuwe vouer</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Skakel oor na lysaansig</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Skakel oor na besonderhede-aansig</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 bestaan reeds.
Wil jy dit vervang?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipe</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Datum gewysig</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Rekenaar</translation>
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
            <translation>&amp;Ontdoen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Herdoen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Knip</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Ko&amp;pieer</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>P&amp;lak</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Skrap</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Kies alles</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Wys besonderhede...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Versteek besonderhede...</translation>
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
            <translation>Stoor</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Stoor alles</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Maak oop</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja vir &amp;almal</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nee</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Nee vir a&amp;lmal</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Staak</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Probeer weer</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignoreer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselleer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gooi weg</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hulp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Pas toe</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Stel terug</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Herstel verstekwaardes</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Drukvoorskou</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Volgende bladsy</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige bladsy</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Eerste bladsy</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Laaste bladsy</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Pas breedte</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Pas bladsy</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoem in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoem uit</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portret</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landskap</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Wys enkel bladsy</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Wys teenoorstaande bladsye</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Wys oorsig van alle bladsye</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Druk</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Bladsyopstelling</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Voer uit na PDF</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Bladsyopstelling</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Rol links</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Rol regs</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>Ko&amp;pieer</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopieer &amp;skakelligging</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Kies alles</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the disk did not take all of it</source>
            <translation>die skyf het nie alles geneem nie</translation>
        </message>
        <message>
            <source>the new file could not replace the old one</source>
            <translation>die nuwe lêer kon nie die ou een vervang nie</translation>
        </message>
        <message>
            <source>an untitled workbook (autosaved %1)</source>
            <translation>'n werkboek sonder titel (outomaties gestoor %1)</translation>
        </message>
        <message>
            <source>%1 (autosaved %2)</source>
            <translation>%1 (outomaties gestoor %2)</translation>
        </message>
    </context>
    <context>
        <name>SafetyNet</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Outomatiese stoor het misluk: %1</translation>
        </message>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Herstel ongestoorde werk?</translation>
        </message>
        <message>
            <source>LTV Desktop closed without saving %1. Recover it?</source>
            <translation>LTV Desktop het gesluit sonder om %1 te stoor. Herstel dit?</translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>Kon nie herstel nie</translation>
        </message>
        <message>
            <source>Recovered %1</source>
            <translation>%1 is herstel</translation>
        </message>
        <message>
            <source>%1 is already open in another LTV Desktop window. Changes saved in one will overwrite the other's.</source>
            <translation>%1 is reeds oop in 'n ander LTV Desktop-venster. Veranderinge wat in een gestoor word, sal die ander s'n oorskryf.</translation>
        </message>
        <message>
            <source>%1 seems to be open in %2. Close it there first, or save here under a new name: otherwise one program's changes overwrite the other's.</source>
            <translation>%1 blyk oop te wees in %2. Maak dit eers daar toe, of stoor hier onder 'n nuwe naam: anders oorskryf die een program se veranderinge die ander s'n.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Updating…</source>
            <translation>Werk tans by…</translation>
        </message>
        <message>
            <source>Reset to baseline</source>
            <translation>Stel terug</translation>
        </message>
        <message>
            <source>Put every lever back where the baseline has it.</source>
            <translation>Sit elke hefboom terug waar die basislyn dit het.</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Maak basislyn</translation>
        </message>
        <message>
            <source>Compare future changes against the levers as they are now.</source>
            <translation>Vergelyk toekomstige veranderinge met die hefbome soos hulle nou is.</translation>
        </message>
        <message>
            <source>Client-base total</source>
            <translation>Kliëntebasis-totaal</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Basislyn</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Verandering</translation>
        </message>
        <message>
            <source>On the rule of thumb</source>
            <translation>Volgens die duimreël</translation>
        </message>
        <message>
            <source>Forecast from history</source>
            <translation>Voorspelling uit die geskiedenis</translation>
        </message>
        <message>
            <source>No forecast: too little history yet, or it is still being worked out.</source>
            <translation>Geen voorspelling nie: nog te min geskiedenis, of dit word nog uitgewerk.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Stelseltaal</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>Wallies</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiaans</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebreeus</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Afrikaans</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (VSA)</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>My ateljee</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellings</translation>
        </message>
        <message>
            <source>Printed at the top of every summary</source>
            <translation>Bo-aan elke opsomming gedruk</translation>
        </message>
        <message>
            <source>e.g. £, €, R, ₪, $</source>
            <translation>bv. R, £, €, ₪, $</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> yr</source>
            <translation> jr</translation>
        </message>
        <message>
            <source>Language changes take effect the next time LTV Desktop starts. The lapse window and years retained are the starting values of new documents.</source>
            <translation>Taalveranderinge neem effek die volgende keer wat LTV Desktop begin. Die vervaltydperk en jare behou is die beginwaardes van nuwe dokumente.</translation>
        </message>
        <message>
            <source>Studio name</source>
            <translation>Ateljeenaam</translation>
        </message>
        <message>
            <source>Currency symbol</source>
            <translation>Geldeenheidsimbool</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papiergrootte</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>Stoor outomaties elke</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Vervaltydperk</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Jare behou</translation>
        </message>
    </context>
    <context>
        <name>SheetModel</name>
        <message>
            <source>Set this to override what the data says for this client.</source>
            <translation>Stel dit om te oorheers wat die data oor hierdie kliënt sê.</translation>
        </message>
        <message>
            <source>Set this to override the scenario's years retained for this client.</source>
            <translation>Stel dit om die scenario se jare behou vir hierdie kliënt te oorheers.</translation>
        </message>
        <message>
            <source>Set this to override the number of clients naming this one as referrer.</source>
            <translation>Stel dit om die getal kliënte wat hierdie een as verwyser noem, te oorheers.</translation>
        </message>
        <message>
            <source>What winning this client cost; empty uses the scenario's figure.</source>
            <translation>Wat dit gekos het om hierdie kliënt te wen; leeg gebruik die scenario se syfer.</translation>
        </message>
        <message>
            <source>Booking or invoice reference: this client's rows of one Order are one purchase.</source>
            <translation>Bespreking- of faktuurverwysing: hierdie kliënt se rye van een Bestelling is een aankoop.</translation>
        </message>
        <message>
            <source>Computed; changes when the data or a lever changes.</source>
            <translation>Bereken; verander wanneer die data of 'n hefboom verander.</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Show every row again</source>
            <translation>Wys weer elke ry</translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Ry %1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n cell(s).</source>
            <translation>
                <numerusform>%n sel gekopieer.</numerusform>
                <numerusform>%n selle gekopieer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear cells</source>
            <translation>Maak selle skoon</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>Vul af</translation>
        </message>
        <message>
            <source>Fill right</source>
            <translation>Vul regs</translation>
        </message>
        <message>
            <source>Nothing was filled. %1</source>
            <translation>Niks is gevul nie. %1</translation>
        </message>
        <message numerus="yes">
            <source>Filled %n cell(s).</source>
            <translation>
                <numerusform>%n sel gevul.</numerusform>
                <numerusform>%n selle gevul.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Vervang</translation>
        </message>
        <message>
            <source>Nothing was replaced. %1</source>
            <translation>Niks is vervang nie. %1</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n cell(s).</source>
            <translation>
                <numerusform>%n sel vervang.</numerusform>
                <numerusform>%n selle vervang.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted. %1</source>
            <translation>Niks is geplak nie. %1</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s).</source>
            <translation>
                <numerusform>%n ry geplak.</numerusform>
                <numerusform>%n rye geplak.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) past the last column were left out.</source>
            <translation>
                <numerusform>%n sel ná die laaste kolom is uitgelaat.</numerusform>
                <numerusform>%n selle ná die laaste kolom is uitgelaat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client ID '%1' is pasted twice.</source>
            <translation>Kliënt-ID '%1' is twee keer geplak.</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Cells that cannot be used</source>
            <translation>Selle wat nie gebruik kan word nie</translation>
        </message>
        <message>
            <source>%1 cells in %2 cannot be used. Import the other %3 rows and leave these out, or cancel and fix them in the spreadsheet first.</source>
            <translation>%1 selle in %2 kan nie gebruik word nie. Voer die ander %3 rye in en laat dié uit, of kanselleer en maak hulle eers in die sigblad reg.</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Slaan hierdie rye oor</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>lead</source>
            <translation>vooruitsig</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuut</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>herhaal</translation>
        </message>
        <message>
            <source>loyal</source>
            <translation>lojaal</translation>
        </message>
        <message>
            <source>advocate</source>
            <translation>voorstander</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>verval</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>nog geen aankoop nie</translation>
        </message>
        <message>
            <source>one purchase so far</source>
            <translation>een aankoop tot dusver</translation>
        </message>
        <message>
            <source>two or more purchases</source>
            <translation>twee of meer aankope</translation>
        </message>
        <message>
            <source>buying for three years or more, from first to last purchase</source>
            <translation>koop al drie jaar of langer, van eerste tot laaste aankoop</translation>
        </message>
        <message>
            <source>has referred at least one other client</source>
            <translation>het minstens een ander kliënt verwys</translation>
        </message>
        <message>
            <source>no purchase within the lapse window or twice their usual gap</source>
            <translation>geen aankoop binne die vervaltydperk of twee keer hul gewone tussenpose nie</translation>
        </message>
        <message>
            <source>Buying for %1 yr from first to last purchase; loyal from %2 yr.</source>
            <translation>Koop al %1 jr van eerste tot laaste aankoop; lojaal vanaf %2 jr.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (the lapse window) they count as lapsed.</source>
            <translation>Laaste aankoop %1 jr gelede; ná meer as %2 jr sonder 'n aankoop (die vervaltydperk) tel hulle as verval.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (twice their usual gap, longer than the %3 yr lapse window) they count as lapsed.</source>
            <translation>Laaste aankoop %1 jr gelede; ná meer as %2 jr sonder 'n aankoop (twee keer hul gewone tussenpose, langer as die vervaltydperk van %3 jr) tel hulle as verval.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than the %2 yr lapse window.</source>
            <translation>Laaste aankoop %1 jr gelede: meer as die vervaltydperk van %2 jr.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than %2 yr, twice their usual gap (longer than the %3 yr lapse window).</source>
            <translation>Laaste aankoop %1 jr gelede: meer as %2 jr, twee keer hul gewone tussenpose (langer as die vervaltydperk van %3 jr).</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <source>Clients</source>
            <translation>Kliënte</translation>
        </message>
        <message>
            <source>Buying clients</source>
            <translation>Kopende kliënte</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Inkomste tot dusver</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Leeftydwaarde</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Byvoegingswaarde</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Vennootfooie</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Kliëntebasistotaal (verwysingswaarde uitgelaat)</translation>
        </message>
        <message>
            <source>Client-base profit (referral value left out)</source>
            <translation>Kliëntebasiswins (verwysingswaarde uitgelaat)</translation>
        </message>
        <message>
            <source>Client-base net after acquisition cost</source>
            <translation>Kliëntebasis-netto ná verkrygingskoste</translation>
        </message>
        <message>
            <source>Referral value (beside the total)</source>
            <translation>Verwysingswaarde (langs die totaal)</translation>
        </message>
    </context>
    <context>
        <name>TransactionsModel</name>
        <message>
            <source>Dated after the as-of date: shown, but left out of every figure.</source>
            <translation>Gedateer ná die peildatum: gewys, maar uit elke syfer gelaat.</translation>
        </message>
        <message>
            <source>Zero amount: kept, but not a purchase.</source>
            <translation>Nulbedrag: behou, maar nie 'n aankoop nie.</translation>
        </message>
        <message>
            <source>A refund: lowers revenue, but is not a purchase.</source>
            <translation>'n Terugbetaling: verlaag inkomste, maar is nie 'n aankoop nie.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to LTV Desktop</source>
            <translation>Welkom by LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What is each client really worth?&lt;/h3&gt;&lt;p&gt;LTV Desktop works out every client's lifetime value from your sales, and shows what changes when you change your prices, your follow-ups or your referrals.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Wat is elke kliënt werklik werd?&lt;/h3&gt;&lt;p&gt;LTV Desktop werk elke kliënt se leeftydwaarde uit jou verkope uit, en wys wat verander wanneer jy jou pryse, jou opvolgwerk of jou verwysings verander.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Look around the demo studio</source>
            <translation>Kyk rond in die demo-ateljee</translation>
        </message>
        <message>
            <source>A photography studio with ten years of clients, to try everything on.</source>
            <translation>'n Fotografie-ateljee met tien jaar se kliënte, om alles op te probeer.</translation>
        </message>
        <message>
            <source>Open a workbook…</source>
            <translation>Maak 'n werkboek oop…</translation>
        </message>
        <message>
            <source>An LTV Desktop workbook, or your own client spreadsheet.</source>
            <translation>'n LTV Desktop-werkboek, of jou eie kliëntsigblad.</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Begin leeg</translation>
        </message>
        <message>
            <source>Type your clients in yourself.</source>
            <translation>Tik self jou kliënte in.</translation>
        </message>
    </context>
    <context>
        <name>YearlyView</name>
        <message>
            <source>Revenue from new and returning clients</source>
            <translation>Inkomste van nuwe en terugkerende kliënte</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Nuwe bestellings</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Terugkerende bestellings</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Nuwe inkomste</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Terugkerende inkomste</translation>
        </message>
        <message>
            <source>New per order</source>
            <translation>Nuut per bestelling</translation>
        </message>
        <message>
            <source>Returning per order</source>
            <translation>Terugkerend per bestelling</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Terugkerende deel</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Verkrygingsbesteding</translation>
        </message>
        <message>
            <source>New revenue ÷ acquisition spend</source>
            <translation>Nuwe inkomste ÷ verkrygingsuitgawe</translation>
        </message>
        <message>
            <source>Returning revenue ÷ acquisition spend</source>
            <translation>Herhaalde inkomste ÷ verkrygingsuitgawe</translation>
        </message>
        <message>
            <source>What winning the clients whose first purchase was in this year cost (each client's acquisition cost).</source>
            <translation>Wat dit gekos het om die kliënte te wen wie se eerste aankoop in hierdie jaar was (elke kliënt se verkrygingskoste).</translation>
        </message>
        <message>
            <source>Revenue from new clients in this year for every 1 spent winning clients that year: 2.5 means each 100 spent brought 250 from first purchases.</source>
            <translation>Inkomste van nuwe kliënte in hierdie jaar vir elke 1 wat daardie jaar bestee is om kliënte te wen: 2,5 beteken elke 100 wat bestee is, het 250 uit eerste aankope ingebring.</translation>
        </message>
        <message>
            <source>Revenue from returning clients in this year for every 1 spent winning clients that year.</source>
            <translation>Inkomste van terugkerende kliënte in hierdie jaar vir elke 1 wat daardie jaar bestee is om kliënte te wen.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Nuwe kliënte</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Terugkerende kliënte</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Inkomste</translation>
        </message>
    </context>
</TS>
