<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Only the clients the Clients sheet shows</source>
            <translation>Solo i clienti mostrati nel foglio Clienti</translation>
        </message>
        <message>
            <source>When the client sheet is filtered, analyse just those clients.</source>
            <translation>Quando il foglio dei clienti è filtrato, analizza solo quei clienti.</translation>
        </message>
    </context>
    <context>
        <name>AsOfEditor</name>
        <message>
            <source>Latest transaction</source>
            <translation>Ultima transazione</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Print client summaries</source>
            <translation>Stampa i riepiloghi dei clienti</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected client(s)</source>
            <translation>
                <numerusform>Il cliente selezionato</numerusform>
                <numerusform>I %n clienti selezionati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s) the filter shows</source>
            <translation>
                <numerusform>L'unico cliente mostrato dal filtro</numerusform>
                <numerusform>Tutti i %n clienti mostrati dal filtro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s)</source>
            <translation>
                <numerusform>L'unico cliente</numerusform>
                <numerusform>Tutti i %n clienti</numerusform>
            </translation>
        </message>
        <message>
            <source>One PDF file, one page per client</source>
            <translation>Un solo file PDF, una pagina per cliente</translation>
        </message>
        <message>
            <source>One PDF file per client, into a folder</source>
            <translation>Un file PDF per cliente, in una cartella</translation>
        </message>
        <message>
            <source>Print, with a preview first</source>
            <translation>Stampa, con un'anteprima prima</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versione</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>One page per client.</source>
            <translation>Una pagina per cliente.</translation>
        </message>
    </context>
    <context>
        <name>CallListModel</name>
        <message>
            <source>What they have spent so far plus what the forecast expects of them if they are still a client.</source>
            <translation>Quanto ha speso finora, più quanto la previsione si aspetta da lui se è ancora un cliente.</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Valuable clients whose chance of still being a client is falling: worth a call before they are gone.</source>
            <translation>Clienti di valore la cui probabilità di essere ancora clienti sta calando: vale la pena chiamarli prima che se ne vadano.</translation>
        </message>
        <message>
            <source>Chance still a client below</source>
            <translation>Probabilità di essere ancora cliente sotto il</translation>
        </message>
        <message>
            <source>Worth at least, if they come back</source>
            <translation>Vale almeno, se torna</translation>
        </message>
        <message>
            <source>the top quarter</source>
            <translation>il quarto migliore</translation>
        </message>
        <message>
            <source>Valuable means among the top quarter of clients by what they are worth if they come back. Untick to set the amount yourself.</source>
            <translation>Di valore significa nel quarto migliore dei clienti per quanto valgono se tornano. Togli la spunta per impostare tu l'importo.</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>Filtra per nome o ID…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Stampa…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Salva come P&amp;DF…</translation>
        </message>
        <message>
            <source>E&amp;xport as a sheet…</source>
            <translation>&amp;Esporta come foglio…</translation>
        </message>
        <message>
            <source>and worth, if they come back, at least</source>
            <translation>e che valgono, se tornano, almeno</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history… the list follows.</source>
            <translation>Aggiornamento della previsione dalla storia dei clienti… l'elenco seguirà.</translation>
        </message>
        <message>
            <source>Working out the forecast from the clients' history…</source>
            <translation>Calcolo della previsione dalla storia dei clienti…</translation>
        </message>
        <message>
            <source>No forecast yet: %1</source>
            <translation>Ancora nessuna previsione: %1</translation>
        </message>
        <message>
            <source>there are no purchases to learn from.</source>
            <translation>non ci sono acquisti da cui imparare.</translation>
        </message>
        <message>
            <source>%1 clients with a purchase (it needs %2)</source>
            <translation>%1 clienti con un acquisto (ne servono %2)</translation>
        </message>
        <message>
            <source>%1 clients who bought more than once (it needs %2)</source>
            <translation>%1 clienti che hanno acquistato più di una volta (ne servono %2)</translation>
        </message>
        <message>
            <source>%1 of %2 needed</source>
            <translation>%1 su %2 necessari</translation>
        </message>
        <message>
            <source>Too little history to forecast who may be slipping away: this file has %1. Until then, the formula's values stand.</source>
            <translation>Troppa poca storia per prevedere chi si sta allontanando: questo file ha %1. Fino ad allora valgono i valori della formula.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The forecast could not be fitted to this history, so there is no list; the formula's values stand.</source>
            <translation>Non è stato possibile adattare la previsione a questa storia, quindi non c'è un elenco; valgono i valori della formula.</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back, the top quarter)</source>
            <translation>%1 clienti su %2 sono di valore (valgono almeno %3 se tornano, il quarto migliore)</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back)</source>
            <translation>%1 clienti su %2 sono di valore (valgono almeno %3 se tornano)</translation>
        </message>
        <message>
            <source>%1; %2 of them have a chance below %3 of still being a client. Forecast as of %4.</source>
            <translation>%1; %2 di loro hanno una probabilità inferiore al %3 di essere ancora clienti. Previsione al %4.</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Salva l'elenco come PDF</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Impossibile salvare il PDF</translation>
        </message>
        <message>
            <source>Saved the list to %1</source>
            <translation>Elenco salvato in %1</translation>
        </message>
        <message>
            <source>Export the list as a sheet</source>
            <translation>Esporta l'elenco come foglio</translation>
        </message>
        <message>
            <source>Could not export the list</source>
            <translation>Impossibile esportare l'elenco</translation>
        </message>
        <message>
            <source>Exported the list to %1</source>
            <translation>Elenco esportato in %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
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
            <translation>La fase del ciclo di vita di ogni cliente, ricavata dai suoi acquisti; cambia quando cambiano i dati o una leva.</translation>
        </message>
        <message>
            <source>When more than one fits, the first in this order counts: %1.</source>
            <translation>Quando ne vale più di una, conta la prima in quest'ordine: %1.</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history…</source>
            <translation>Aggiornamento della previsione dalla storia dei clienti…</translation>
        </message>
        <message>
            <source>Forecast from this client's own purchases (BG/NBD and Gamma-Gamma); see Why this number.</source>
            <translation>Previsione dagli acquisti di questo cliente (BG/NBD e Gamma-Gamma); vedi Perché questo numero.</translation>
        </message>
        <message>
            <source>No client has this ID, so this referral counts for no one.</source>
            <translation>Nessun cliente ha questo ID, quindi questa segnalazione non conta per nessuno.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Client ID</source>
            <translation>ID cliente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Formula lifetime value</source>
            <translation>Valore nel tempo (formula)</translation>
        </message>
        <message>
            <source>Predicted lifetime value</source>
            <translation>Valore nel tempo previsto</translation>
        </message>
        <message>
            <source>Chance still a client</source>
            <translation>Probabilità ancora cliente</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Ultimo acquisto</translation>
        </message>
        <message>
            <source>Usual gap (days)</source>
            <translation>Intervallo abituale (giorni)</translation>
        </message>
        <message>
            <source>Purchases next year (expected)</source>
            <translation>Acquisti nel prossimo anno (attesi)</translation>
        </message>
        <message>
            <source>Worth if they come back</source>
            <translation>Valore se torna</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Valore delle segnalazioni</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Valore totale</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Acquisti</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Ricavi</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Vendita media</translation>
        </message>
        <message>
            <source>Purchases / yr</source>
            <translation>Acquisti / anno</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Anni di permanenza</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Segnalazioni</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Valore degli extra</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Compensi dai partner</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Utile (con il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Netto (con il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Provenienza</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Segnalato da</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primo contatto</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Purchases / yr (set)</source>
            <translation>Acquisti / anno (impostato)</translation>
        </message>
        <message>
            <source>Years retained (set)</source>
            <translation>Anni di permanenza (impostato)</translation>
        </message>
        <message>
            <source>Referrals (set)</source>
            <translation>Segnalazioni (impostato)</translation>
        </message>
        <message>
            <source>Acquisition cost (set)</source>
            <translation>Costo di acquisizione (impostato)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Acquisti all'anno</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Costo di acquisizione</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Cheap</source>
            <translation>Economici</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Intermedi</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Migliori</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Vendita media</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Acquisti all'anno</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Hanno riacquistato</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Anni da cliente finora</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Segnalazioni per cliente</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Hanno segnalato qualcuno</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Valore nel tempo medio</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Valore totale medio</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Quota del totale della clientela</translation>
        </message>
        <message>
            <source>Average sale (quarters)</source>
            <translation>Vendita media (quarti)</translation>
        </message>
        <message>
            <source>Lifetime value (quarters)</source>
            <translation>Valore nel tempo (quarti)</translation>
        </message>
        <message>
            <source>A money threshold</source>
            <translation>Una soglia in denaro</translation>
        </message>
        <message>
            <source>Clients whose average sale is below this are cheap; at or above, top.</source>
            <translation>I clienti con una vendita media inferiore a questa sono economici; pari o superiore, migliori.</translation>
        </message>
        <message>
            <source>Click a group's heading to list its clients.</source>
            <translation>Fai clic sull'intestazione di un gruppo per elencarne i clienti.</translation>
        </message>
        <message>
            <source>Share of clients and of value, by group</source>
            <translation>Quota di clienti e di valore, per gruppo</translation>
        </message>
        <message>
            <source>Split by</source>
            <translation>Dividi per</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Soglia</translation>
        </message>
        <message>
            <source>1 lead without a purchase, counted apart</source>
            <translation>1 potenziale senza acquisti, contato a parte</translation>
        </message>
        <message numerus="yes">
            <source>%n leads without a purchase, counted apart</source>
            <translation>
                <numerusform>%n potenziale senza acquisti, contato a parte</numerusform>
                <numerusform>%n potenziali senza acquisti, contati a parte</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Quota dei clienti acquirenti</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Percentuale</translation>
        </message>
        <message>
            <source>%1 group</source>
            <translation>Gruppo %1</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Clients row %1, %2: %3</source>
            <translation>Clienti, riga %1, %2: %3</translation>
        </message>
        <message>
            <source>Transactions row %1, %2: %3</source>
            <translation>Transazioni, riga %1, %2: %3</translation>
        </message>
        <message>
            <source>Untitled (from %1)</source>
            <translation>Senza titolo (da %1)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Senza titolo</translation>
        </message>
        <message>
            <source>Edit cell</source>
            <translation>Modifica cella</translation>
        </message>
        <message>
            <source>Edit cells</source>
            <translation>Modifica celle</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>Inserisci %n riga</numerusform>
                <numerusform>Inserisci %n righe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Elimina %n riga</numerusform>
                <numerusform>Elimina %n righe</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Incolla</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nuovo cliente</translation>
        </message>
        <message>
            <source>Add a client first: every transaction belongs to a client.</source>
            <translation>Aggiungi prima un cliente: ogni transazione appartiene a un cliente.</translation>
        </message>
        <message>
            <source>Reset levers</source>
            <translation>Ripristina le leve</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Modifica %1</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Usa come riferimento</translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message>
            <source>Select a client to see how their numbers are worked out.</source>
            <translation>Seleziona un cliente per vedere come sono calcolati i suoi numeri.</translation>
        </message>
        <message>
            <source>Formula:</source>
            <translation>Formula:</translation>
        </message>
        <message>
            <source>Predicted from history:</source>
            <translation>Previsto dalla storia:</translation>
        </message>
        <message>
            <source>Predicted from history (updating…):</source>
            <translation>Previsto dalla storia (aggiornamento…):</translation>
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
            <translation>Salvataggio in corso: riprova tra un attimo.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing it?</source>
            <translation>Salvare le modifiche a %1 prima di chiuderlo?</translation>
        </message>
        <message>
            <source>Open workbook</source>
            <translation>Apri cartella di lavoro</translation>
        </message>
        <message>
            <source>Could not open the workbook</source>
            <translation>Impossibile aprire la cartella di lavoro</translation>
        </message>
        <message>
            <source>'%1' could not be read: %2</source>
            <translation>Impossibile leggere '%1': %2</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>L'apertura di %1 è stata annullata.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Aperto %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Apertura di %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</source>
            <translation>
                <numerusform>Non è stato possibile usare %n cella in %1, quindi la sua riga è stata esclusa. Vedi File ▸ Problemi in questo file.</numerusform>
                <numerusform>Non è stato possibile usare %n celle in %1, quindi le loro righe sono state escluse. Vedi File ▸ Problemi in questo file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in this file</source>
            <translation>Problemi in questo file</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>Salva cartella di lavoro</translation>
        </message>
        <message>
            <source>Replace a workbook LTV Desktop did not write?</source>
            <translation>Sostituire una cartella di lavoro non scritta da LTV Desktop?</translation>
        </message>
        <message>
            <source>%1 was made by another program. Saving over it keeps only the Clients, Transactions and Scenario sheets: pictures, charts, formatting, macros, pivot tables and other sheets would be lost.

Replace it anyway?</source>
            <translation>%1 è stato creato da un altro programma. Salvandoci sopra si conservano solo i fogli Clienti, Transazioni e Scenario: immagini, grafici, formattazione, macro, tabelle pivot e altri fogli andrebbero persi.

Sostituirlo comunque?</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importa un foglio di calcolo</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Could not import</source>
            <translation>Impossibile importare</translation>
        </message>
        <message>
            <source>Importing %1 was cancelled.</source>
            <translation>L'importazione di %1 è stata annullata.</translation>
        </message>
        <message>
            <source>Imported %1 clients and %2 transactions from %3.</source>
            <translation>Importati %1 clienti e %2 transazioni da %3.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lettura di %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importazione di %1…</translation>
        </message>
        <message>
            <source>Export with formulas</source>
            <translation>Esporta con formule</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Impossibile esportare</translation>
        </message>
        <message>
            <source>Export to a new file: this one is the document you are working on.</source>
            <translation>Esporta in un nuovo file: questo è il documento su cui stai lavorando.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Esportato %1</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Salvataggio di %1…</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Impossibile salvare</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>Non è stato scritto nulla: %1</translation>
        </message>
        <message>
            <source>%1 was not changed: %2</source>
            <translation>%1 non è stato modificato: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Salvato %1</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Nessun file recente</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Svuota l'elenco</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>Trova e sostituisci</translation>
        </message>
        <message>
            <source>Only in the selected cells</source>
            <translation>Solo nelle celle selezionate</translation>
        </message>
        <message>
            <source>Without a selection, every text column of the rows shown is searched; select cells to replace in numbers or dates too.</source>
            <translation>Senza una selezione si cerca in ogni colonna di testo delle righe mostrate; seleziona le celle per sostituire anche numeri o date.</translation>
        </message>
        <message>
            <source>Match upper and lower case</source>
            <translation>Distingui maiuscole e minuscole</translation>
        </message>
        <message>
            <source>Replace &amp;all</source>
            <translation>Sostituisci &amp;tutto</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Trova:</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Sostituisci &amp;con:</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>There are no buying clients yet, so there is nothing to compare.</source>
            <translation>Non ci sono ancora clienti acquirenti, quindi non c'è nulla da confrontare.</translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are at or above %1.</source>
            <translation>
                <numerusform>L'unico cliente acquirente è pari o superiore a %1.</numerusform>
                <numerusform>Tutti i %n clienti acquirenti sono pari o superiori a %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are below %1.</source>
            <translation>
                <numerusform>L'unico cliente acquirente è al di sotto di %1.</numerusform>
                <numerusform>Tutti i %n clienti acquirenti sono al di sotto di %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</source>
            <translation>
                <numerusform>Ci sono troppo pochi clienti acquirenti (%n cliente) per dividerli in quarti; è nel gruppo intermedio.</numerusform>
                <numerusform>Ci sono troppo pochi clienti acquirenti (%n clienti) per dividerli in quarti; sono tutti nel gruppo intermedio.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring %4 of the value</source>
            <translation>I clienti a partire da %1 (%2 su %3) portano il %4 del valore</translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring no share of the value yet (the client-base total is 0)</source>
            <translation>I clienti a partire da %1 (%2 su %3) non portano ancora alcuna quota del valore (il totale della clientela è 0)</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings %1 of the value</source>
            <translation>Il tuo quarto migliore per valore nel tempo porta il %1 del valore</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings no share of the value yet (the client-base total is 0)</source>
            <translation>Il tuo quarto migliore per valore nel tempo non porta ancora alcuna quota del valore (il totale della clientela è 0)</translation>
        </message>
        <message>
            <source>Your top quarter brings %1 of the value</source>
            <translation>Il tuo quarto migliore porta il %1 del valore</translation>
        </message>
        <message>
            <source>Your top quarter brings no share of the value yet (the client-base total is 0)</source>
            <translation>Il tuo quarto migliore non porta ancora alcuna quota del valore (il totale della clientela è 0)</translation>
        </message>
        <message>
            <source>%1; neither group has referred anyone.</source>
            <translation>%1; nessuno dei due gruppi ha segnalato qualcuno.</translation>
        </message>
        <message>
            <source>refer %1 per client, those below none</source>
            <translation>segnalano %1 per cliente, quelli al di sotto nessuno</translation>
        </message>
        <message>
            <source>refers %1 per client, the cheap quarter none</source>
            <translation>segnala %1 per cliente, il quarto economico nessuno</translation>
        </message>
        <message>
            <source>refer no one, those below %1 per client</source>
            <translation>non segnalano nessuno, quelli al di sotto %1 per cliente</translation>
        </message>
        <message>
            <source>refers no one, the cheap quarter %1 per client</source>
            <translation>non segnala nessuno, il quarto economico %1 per cliente</translation>
        </message>
        <message>
            <source>refer about as often as those below</source>
            <translation>segnalano all'incirca quanto quelli al di sotto</translation>
        </message>
        <message>
            <source>refers about as often as the cheap quarter</source>
            <translation>segnala all'incirca quanto il quarto economico</translation>
        </message>
        <message>
            <source>refer %1× as often as those below</source>
            <translation>segnalano %1 volte più spesso di quelli al di sotto</translation>
        </message>
        <message>
            <source>refers %1× as often as the cheap quarter</source>
            <translation>segnala %1 volte più spesso del quarto economico</translation>
        </message>
        <message>
            <source>refer less often than those below (%1 per client against %2)</source>
            <translation>segnalano meno spesso di quelli al di sotto (%1 per cliente contro %2)</translation>
        </message>
        <message>
            <source>refers less often than the cheap quarter (%1 per client against %2)</source>
            <translation>segnala meno spesso del quarto economico (%1 per cliente contro %2)</translation>
        </message>
        <message>
            <source>%1 and %2.</source>
            <translation>%1 e %2.</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>Updating the forecast…</source>
            <translation>Aggiornamento della previsione…</translation>
        </message>
        <message>
            <source>&amp;Check the forecast fitted on purchases up to</source>
            <translation>V&amp;erifica la previsione adattata sugli acquisti fino al</translation>
        </message>
        <message>
            <source>&amp;Default date</source>
            <translation>Data &amp;predefinita</translation>
        </message>
        <message>
            <source>Hold out the last year of history (its last quarter if under four years)</source>
            <translation>Tiene da parte l'ultimo anno di storia (l'ultimo quarto se la storia è più breve di quattro anni)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica in corso…</translation>
        </message>
        <message>
            <source>Purchases after the date: expected and actual, cumulative</source>
            <translation>Acquisti dopo la data: attesi ed effettivi, cumulativi</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, there is too little history for a forecast, so it cannot be checked.</source>
            <translation>Con gli acquisti fino al %1 la storia è troppo poca per una previsione, quindi non si può verificare.</translation>
        </message>
        <message>
            <source>There are no purchases after %1 to check the forecast against.</source>
            <translation>Non ci sono acquisti dopo il %1 con cui verificare la previsione.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attesi</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Effettivi</translation>
        </message>
        <message>
            <source>Purchases so far</source>
            <translation>Acquisti finora</translation>
        </message>
    </context>
    <context>
        <name>ForecastRunner</name>
        <message>
            <source>The forecast could not be made: %1</source>
            <translation>Impossibile fare la previsione: %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastStory</name>
        <message>
            <source>none has come back yet</source>
            <translation>nessuno è ancora tornato</translation>
        </message>
        <message>
            <source>about 1 in %1 has come back</source>
            <translation>è tornato circa 1 su %1</translation>
        </message>
        <message>
            <source>%1 have come back</source>
            <translation>è tornato il %1</translation>
        </message>
        <message>
            <source>buy about every %1 years</source>
            <translation>comprano circa ogni %1 anni</translation>
        </message>
        <message>
            <source>buy about once a year</source>
            <translation>comprano circa una volta all'anno</translation>
        </message>
        <message>
            <source>buy about %1 times a year</source>
            <translation>comprano circa %1 volte all'anno</translation>
        </message>
        <message>
            <source>stay many years (more than %1)</source>
            <translation>restano molti anni (più di %1)</translation>
        </message>
        <message>
            <source>stay less than a year</source>
            <translation>restano meno di un anno</translation>
        </message>
        <message>
            <source>stay about %1 years</source>
            <translation>restano circa %1 anni</translation>
        </message>
        <message>
            <source>Of the %1 clients whose first purchase was “%2”, %3; they %4 and %5.</source>
            <translation>Dei %1 clienti il cui primo acquisto è stato «%2», %3; %4 e %5.</translation>
        </message>
        <message>
            <source>Of the other %1 clients, %3; they %4 and %5.</source>
            <translation>Degli altri %1 clienti, %3; %4 e %5.</translation>
        </message>
        <message>
            <source>Of all %1 clients, %3; they %4 and %5.</source>
            <translation>Di tutti i %1 clienti, %3; %4 e %5.</translation>
        </message>
        <message>
            <source>regular gaps between purchases</source>
            <translation>intervalli regolari tra gli acquisti</translation>
        </message>
        <message>
            <source>purchases at random times; may leave after the first</source>
            <translation>acquisti in momenti casuali; il cliente può andarsene dopo il primo</translation>
        </message>
        <message>
            <source>purchases at random times</source>
            <translation>acquisti in momenti casuali</translation>
        </message>
        <message>
            <source>closer than %1 on the holdout check</source>
            <translation>più vicino di %1 nella verifica sugli acquisti tenuti da parte</translation>
        </message>
        <message>
            <source>fits better than %1</source>
            <translation>si adatta meglio di %1</translation>
        </message>
        <message>
            <source>the only model that settled</source>
            <translation>l'unico modello che si è stabilizzato</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3; drawn toward the studio's fit.</source>
            <translation>Modello: %1 — %2; %3; avvicinato all'adattamento dell'intero studio.</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3.</source>
            <translation>Modello: %1 — %2; %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 clients, %3 came back)</source>
            <translation>«%1» (%2 clienti, %3 tornati)</translation>
        </message>
        <message>
            <source>Too few to fit apart, so they use the studio's figures (a kind needs %1 clients, %2 of whom came back): %3.</source>
            <translation>Troppo pochi per un adattamento a parte, quindi usano i dati dello studio (un tipo richiede %1 clienti, di cui %2 tornati): %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“%1”: %2 clients; its own fit did not settle, so it uses the studio's figures.</source>
            <translation>«%1»: %2 clienti; il suo adattamento non si è stabilizzato, quindi usa i dati dello studio.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</source>
            <translation>
                <numerusform>Solo %n cliente ha acquistato due volte e %1 hanno acquistato almeno una volta; la previsione ne richiede almeno %2 e %3. Valgono i valori della formula.</numerusform>
                <numerusform>Solo %n clienti hanno acquistato due volte e %1 hanno acquistato almeno una volta; la previsione ne richiede almeno %2 e %3. Valgono i valori della formula.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Solo %n cliente ha acquistato due volte; la previsione ne richiede almeno %1. Valgono i valori della formula.</numerusform>
                <numerusform>Solo %n clienti hanno acquistato due volte; la previsione ne richiede almeno %1. Valgono i valori della formula.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Solo %n cliente ha fatto un acquisto; la previsione ne richiede almeno %1. Valgono i valori della formula.</numerusform>
                <numerusform>Solo %n clienti hanno fatto un acquisto; la previsione ne richiede almeno %1. Valgono i valori della formula.</numerusform>
            </translation>
        </message>
        <message>
            <source>The purchase model could not settle on this history (its parameters ran to a limit), so it shows no figures. The formula's values stand.</source>
            <translation>Il modello degli acquisti non è riuscito a stabilizzarsi su questa storia (i suoi parametri sono arrivati a un limite), quindi non mostra cifre. Valgono i valori della formula.</translation>
        </message>
        <message>
            <source>The purchase model did not converge on this history, so it shows no figures. The formula's values stand.</source>
            <translation>Il modello degli acquisti non è arrivato a una soluzione su questa storia, quindi non mostra cifre. Valgono i valori della formula.</translation>
        </message>
        <message>
            <source>Spend: each client's average sale is forecast from their own sales, drawn toward the studio's typical %1 (Gamma-Gamma, fitted to %2 clients).</source>
            <translation>Spesa: la vendita media di ogni cliente è prevista dalle sue vendite, avvicinata al valore tipico dello studio, %1 (Gamma-Gamma, adattato su %2 clienti).</translation>
        </message>
        <message>
            <source>Spend: the spend model has no average on this history (q ≤ 1: a few very large sales dominate), so each client's own average sale is used.</source>
            <translation>Spesa: il modello della spesa non ha una media su questa storia (q ≤ 1: poche vendite molto grandi dominano), quindi si usa la vendita media di ogni cliente.</translation>
        </message>
        <message>
            <source>Spend: only %1 clients have bought again; the spend model needs %2, so each client's own average sale is used.</source>
            <translation>Spesa: solo %1 clienti hanno riacquistato; il modello della spesa ne richiede %2, quindi si usa la vendita media di ogni cliente.</translation>
        </message>
        <message>
            <source>Spend: the spend model did not settle on this history, so each client's own average sale is used.</source>
            <translation>Spesa: il modello della spesa non si è stabilizzato su questa storia, quindi si usa la vendita media di ogni cliente.</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases in %3; there were %4 (%5).</source>
            <translation>Adattata sugli acquisti fino al %1, si aspettava %2 acquisti nel %3; ce ne sono stati %4 (%5).</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases from %3 to %6; there were %4 (%5).</source>
            <translation>Adattata sugli acquisti fino al %1, si aspettava %2 acquisti dal %3 al %6; ce ne sono stati %4 (%5).</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>'%1' is not a date; type it like %2 or 2025-03-31.</source>
            <translation>'%1' non è una data; scrivila come %2 o 2025-03-31.</translation>
        </message>
    </context>
    <context>
        <name>Formula</name>
        <message>
            <source>No purchases yet, so lifetime value is %1 (a lead).</source>
            <translation>Ancora nessun acquisto, quindi il valore nel tempo è %1 (un potenziale).</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 anni</translation>
        </message>
        <message>
            <source>(discounted at %1: %2 yr)</source>
            <translation>(scontati al %1: %2 anni)</translation>
        </message>
        <message>
            <source>Lapsed, so lifetime value is what they spent: %1</source>
            <translation>Perso, quindi il valore nel tempo è quanto ha speso: %1</translation>
        </message>
        <message>
            <source>%1 × %2/yr × %3 = %4</source>
            <translation>%1 × %2/anno × %3 = %4</translation>
        </message>
        <message>
            <source>from history instead: %1</source>
            <translation>dalla storia invece: %1</translation>
        </message>
        <message numerus="yes">
            <source>+ %n referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>
                <numerusform>+ %n segnalazione × %2 × %3 (fattore cliente segnalato) = %4</numerusform>
                <numerusform>+ %n segnalazioni × %2 × %3 (fattore cliente segnalato) = %4</numerusform>
            </translation>
        </message>
        <message>
            <source>+ add-on %1 (take rate) × %2 (add-on price) = %3</source>
            <translation>+ extra %1 (tasso di adesione) × %2 (prezzo dell'extra) = %3</translation>
        </message>
        <message>
            <source>+ partner fees %1 (partner referral rate) × %2 (finder's fee) = %3</source>
            <translation>+ compensi dai partner %1 (tasso di segnalazione ai partner) × %2 (provvigione di segnalazione) = %3</translation>
        </message>
        <message>
            <source>+ %1 referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>+ %1 segnalazioni × %2 × %3 (fattore cliente segnalato) = %4</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>totale %1</translation>
        </message>
    </context>
    <context>
        <name>HowItWorksDialog</name>
        <message>
            <source>&lt;h2&gt;How lifetime value is computed&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Come si calcola il valore nel tempo&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Lifetime value&lt;/b&gt; = average sale × purchases per year × years retained&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Valore nel tempo&lt;/b&gt; = vendita media × acquisti all'anno × anni di permanenza&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Average sale&lt;/b&gt;: a client's revenue (refunds taken off) ÷ their purchases.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vendita media&lt;/b&gt;: i ricavi di un cliente (al netto dei rimborsi) ÷ i suoi acquisti.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Purchases per year&lt;/b&gt;: purchases ÷ the years since their first purchase (at least one year), unless their row says otherwise.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Acquisti all'anno&lt;/b&gt;: acquisti ÷ gli anni trascorsi dal primo acquisto (almeno un anno), salvo diversa indicazione nella sua riga.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Years retained&lt;/b&gt;: how long a client stays — 10 years unless you change it in the Scenario panel or on the client's row.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Anni di permanenza&lt;/b&gt;: quanto a lungo resta un cliente — 10 anni, a meno che non lo cambi nel pannello Scenario o nella riga del cliente.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Referrals&lt;/b&gt; add the value of the clients a client brings: referral value = referrals × lifetime value × referred-client factor.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le &lt;b&gt;segnalazioni&lt;/b&gt; aggiungono il valore dei clienti che un cliente porta: valore delle segnalazioni = segnalazioni × valore nel tempo × fattore cliente segnalato.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Total value&lt;/b&gt; = lifetime value + referral value + add-on value + partner fees. The client-base total adds lifetime value, add-ons and partner fees over all clients, and shows referral value beside it (referred clients are already rows of their own).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Valore totale&lt;/b&gt; = valore nel tempo + valore delle segnalazioni + valore degli extra + compensi dai partner. Il totale della clientela somma valore nel tempo, extra e compensi dai partner di tutti i clienti, e mostra accanto il valore delle segnalazioni (i clienti segnalati hanno già una riga propria).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Worked cases&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Esempi svolti&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A gym member paying 20 a month for 5 years: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Un iscritto in palestra che paga 20 al mese per 5 anni: 20 × 12 × 5 = &lt;b&gt;1.200&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A photography client: 400 × once a year × 10 years = &lt;b&gt;4,000&lt;/b&gt;; four referrals of the same average add 4 × 4,000 = 16,000, total &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Un cliente di fotografia: 400 × una volta all'anno × 10 anni = &lt;b&gt;4.000&lt;/b&gt;; quattro segnalazioni con la stessa media aggiungono 4 × 4.000 = 16.000, totale &lt;b&gt;20.000&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A painter sells 10 % of 200 past clients a 500 add-on: &lt;b&gt;+10,000&lt;/b&gt; to the base.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Un pittore vende un extra da 500 al 10 % di 200 clienti passati: &lt;b&gt;+10.000&lt;/b&gt; alla clientela.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Profit&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Utile&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Profit = total value × gross margin − yearly retention cost × years retained; net = profit − acquisition cost; LTV:CAC = profit ÷ acquisition cost. Winning a new client usually costs about five times what keeping one costs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Utile = valore totale × margine lordo − costo annuo di fidelizzazione × anni di permanenza; netto = utile − costo di acquisizione; LTV:CAC = utile ÷ costo di acquisizione. Conquistare un nuovo cliente costa di solito circa cinque volte quanto mantenerne uno.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select any client and look at &lt;b&gt;Why this number&lt;/b&gt; to see the formula with their own figures.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Seleziona un cliente qualsiasi e guarda &lt;b&gt;Perché questo numero&lt;/b&gt; per vedere la formula con i suoi dati.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>How lifetime value is computed</source>
            <translation>Come si calcola il valore nel tempo</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Importa %1</translation>
        </message>
        <message>
            <source>None: make the clients from the sales</source>
            <translation>Nessuno: ricava i clienti dalle vendite</translation>
        </message>
        <message>
            <source>Work it out from the dates</source>
            <translation>Deducilo dalle date</translation>
        </message>
        <message>
            <source>Day first (31/12/2024)</source>
            <translation>Prima il giorno (31/12/2024)</translation>
        </message>
        <message>
            <source>Month first (12/31/2024)</source>
            <translation>Prima il mese (12/31/2024)</translation>
        </message>
        <message>
            <source>Only matters for dates typed as text that could be read either way.</source>
            <translation>Conta solo per le date scritte come testo che si possono leggere in entrambi i modi.</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Vendite</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Dates typed as text</source>
            <translation>Date scritte come testo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Check which column holds what. The guesses come from the headings and the values; * marks what the app needs. Nothing is written to %1.</source>
            <translation>Controlla quale colonna contiene cosa. Le ipotesi vengono dalle intestazioni e dai valori; * indica ciò che serve all'app. In %1 non viene scritto nulla.</translation>
        </message>
        <message>
            <source>— not in this workbook —</source>
            <translation>— non in questa cartella di lavoro —</translation>
        </message>
        <message>
            <source>Not found; choose a column if there is one.</source>
            <translation>Non trovata; scegli una colonna se c'è.</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Scegli una colonna per: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>ID cliente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Provenienza</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Segnalato da</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primo contatto</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Acquisti all'anno</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Anni di permanenza</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Segnalazioni</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Costo di acquisizione</translation>
        </message>
    </context>
    <context>
        <name>LeverSpinBox</name>
        <message>
            <source> yr</source>
            <translation> anni</translation>
        </message>
    </context>
    <context>
        <name>Levers</name>
        <message>
            <source>As-of date</source>
            <translation>Data di riferimento</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Ipotesi</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Anni di permanenza</translation>
        </message>
        <message>
            <source>How many years a client usually stays with you, unless their row says otherwise.</source>
            <translation>Quanti anni un cliente di solito resta con te, salvo diversa indicazione nella sua riga.</translation>
        </message>
        <message>
            <source>Referred-client factor</source>
            <translation>Fattore cliente segnalato</translation>
        </message>
        <message>
            <source>Add-on take rate</source>
            <translation>Tasso di adesione agli extra</translation>
        </message>
        <message>
            <source>Add-ons and partners</source>
            <translation>Extra e partner</translation>
        </message>
        <message>
            <source>Add-on price</source>
            <translation>Prezzo dell'extra</translation>
        </message>
        <message>
            <source>Partner referral rate</source>
            <translation>Tasso di segnalazione ai partner</translation>
        </message>
        <message>
            <source>Finder's fee</source>
            <translation>Provvigione di segnalazione</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Margine lordo</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costi</translation>
        </message>
        <message>
            <source>Retention cost per year</source>
            <translation>Costo di fidelizzazione annuo</translation>
        </message>
        <message>
            <source>What keeping one client costs you each year (cards, calls, small favours).</source>
            <translation>Quanto ti costa ogni anno mantenere un cliente (biglietti, telefonate, piccole cortesie).</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Costo di acquisizione</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>Tasso di sconto</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>Variazione di prezzo</translation>
        </message>
        <message>
            <source>The day the figures are worked out for; empty means the date of the latest sale.</source>
            <translation>Il giorno a cui si riferiscono i calcoli; vuoto significa la data dell'ultima vendita.</translation>
        </message>
        <message>
            <source>What a client sent to you by another client is worth, compared with the client who sent them: 1 = the same, 0.5 = half.</source>
            <translation>Quanto vale un cliente mandato da un altro cliente, rispetto a chi lo ha mandato: 1 = uguale, 0,5 = la metà.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many also buy an extra, such as an album or prints.</source>
            <translation>Su 100 clienti paganti, quanti comprano anche un extra, come un album o delle stampe.</translation>
        </message>
        <message>
            <source>What one extra (an album, a set of prints) sells for.</source>
            <translation>Il prezzo di vendita di un extra (un album, una serie di stampe).</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many you send on to a partner business (a florist, a venue) that pays you for each one.</source>
            <translation>Su 100 clienti paganti, quanti ne mandi a un'attività partner (un fiorista, una location) che ti paga per ognuno.</translation>
        </message>
        <message>
            <source>What a partner business pays you for each client you send them.</source>
            <translation>Quanto ti paga un'attività partner per ogni cliente che le mandi.</translation>
        </message>
        <message>
            <source>How much of each sale you keep after paying for the job itself (prints, travel, an assistant); 100 % keeps all of it.</source>
            <translation>Quanto di ogni vendita ti resta dopo aver pagato il lavoro stesso (stampe, viaggi, un assistente); 100 % vuol dire che resta tutto.</translation>
        </message>
        <message>
            <source>What winning one new client costs (ads, fairs, free sessions), unless their row says otherwise.</source>
            <translation>Quanto costa conquistare un nuovo cliente (pubblicità, fiere, sessioni gratuite), salvo diversa indicazione nella sua riga.</translation>
        </message>
        <message>
            <source>Money in later years counts for less than money now: how much less each year, in percent. 0 % counts every year the same.</source>
            <translation>I soldi degli anni futuri valgono meno di quelli di oggi: quanto meno ogni anno, in percentuale. 0 % conta ogni anno allo stesso modo.</translation>
        </message>
        <message>
            <source>Try every price this much higher (or lower).</source>
            <translation>Prova ogni prezzo più alto (o più basso) di tanto.</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>E se…</translation>
        </message>
        <message>
            <source>Purchases per year change</source>
            <translation>Variazione degli acquisti all'anno</translation>
        </message>
        <message>
            <source>Clients buy this much more (or less) often.</source>
            <translation>I clienti acquistano tanto più (o meno) spesso.</translation>
        </message>
        <message>
            <source>Years retained change</source>
            <translation>Variazione degli anni di permanenza</translation>
        </message>
        <message>
            <source>Clients stay this many years longer (or shorter).</source>
            <translation>I clienti restano questi anni in più (o in meno).</translation>
        </message>
        <message>
            <source>Referral rate change</source>
            <translation>Variazione del tasso di segnalazione</translation>
        </message>
        <message>
            <source>Clients recommend you this much more (or less) often.</source>
            <translation>I clienti ti consigliano tanto più (o meno) spesso.</translation>
        </message>
        <message>
            <source>How long without a purchase before a client counts as lapsed (gone); for a client who usually buys less often, twice their usual gap instead.</source>
            <translation>Quanto tempo senza acquisti prima che un cliente sia considerato perso; per un cliente che di solito compra più di rado, invece, il doppio del suo intervallo abituale.</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Periodo di inattività</translation>
        </message>
        <message>
            <source>Value from</source>
            <translation>Valore basato su</translation>
        </message>
        <message>
            <source>Where each client's lifetime value comes from: the rule of thumb (average sale × purchases per year × years retained) or the forecast from their own history.</source>
            <translation>Da dove viene il valore nel tempo di ogni cliente: la regola pratica (vendita media × acquisti all'anno × anni di permanenza) o la previsione dalla sua storia.</translation>
        </message>
        <message>
            <source>Rule of thumb (formula)</source>
            <translation>Regola pratica (formula)</translation>
        </message>
        <message>
            <source>Forecast from each client's history</source>
            <translation>Previsione dalla storia di ogni cliente</translation>
        </message>
    </context>
    <context>
        <name>LifeCycleView</name>
        <message>
            <source>Clients by life-cycle stage</source>
            <translation>Clienti per fase del ciclo di vita</translation>
        </message>
        <message>
            <source>Click a stage to list its clients.</source>
            <translation>Fai clic su una fase per elencarne i clienti.</translation>
        </message>
        <message>
            <source>Click to list these clients.</source>
            <translation>Fai clic per elencare questi clienti.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Valore totale</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Quota di clienti</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Che cosa significa</translation>
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
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <source>the reader stopped unexpectedly</source>
            <translation>il lettore si è fermato inaspettatamente</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter clients: name, ID, e-mail, tag, stage…</source>
            <translation>Filtra i clienti: nome, ID, e-mail, etichetta, fase…</translation>
        </message>
        <message>
            <source>Filter transactions: client, kind, description…</source>
            <translation>Filtra le transazioni: cliente, tipo, descrizione…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transazioni</translation>
        </message>
        <message>
            <source>Cheap versus top</source>
            <translation>Economici contro migliori</translation>
        </message>
        <message>
            <source>Where the value sits</source>
            <translation>Dove sta il valore</translation>
        </message>
        <message>
            <source>New versus returning</source>
            <translation>Nuovi contro abituali</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Ciclo di vita</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analisi</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Why this number</source>
            <translation>Perché questo numero</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Previsione</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Chi chiamare</translation>
        </message>
        <message>
            <source>What's &amp;This?</source>
            <translation>&amp;Che cos'è?</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>Ann&amp;ulla</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clienti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln transazione</numerusform>
                <numerusform>%Ln transazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln client(s)</source>
            <translation>
                <numerusform>%1 / %Ln cliente</numerusform>
                <numerusform>%1 / %Ln clienti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln transaction(s)</source>
            <translation>
                <numerusform>%1 / %Ln transazione</numerusform>
                <numerusform>%1 / %Ln transazioni</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 clients (%2 buying)</source>
            <translation>%1 clienti (%2 acquirenti)</translation>
        </message>
        <message>
            <source>Lifetime value %1</source>
            <translation>Valore nel tempo %1</translation>
        </message>
        <message>
            <source>Referral value %1 (not added)</source>
            <translation>Valore delle segnalazioni %1 (non sommato)</translation>
        </message>
        <message>
            <source>Client-base total %1 (referral value left out)</source>
            <translation>Totale della clientela %1 (senza il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Client-base profit %1</source>
            <translation>Utile della clientela %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>al %1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>About LTV Desktop</source>
            <translation>Informazioni su LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;What your clients are worth over the whole relationship.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (PySide6), NumPy, python-calamine and XlsxWriter.&lt;/p&gt;</source>
            <translation>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;Quanto valgono i tuoi clienti nell'arco dell'intero rapporto.&lt;/p&gt;&lt;p&gt;Licenza MIT. Realizzato con Qt for Python (PySide6), NumPy, python-calamine e XlsxWriter.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuovo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Salva &amp;con nome…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taglia</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Incolla</translation>
        </message>
        <message>
            <source>C&amp;lear cells</source>
            <translation>Cance&amp;lla celle</translation>
        </message>
        <message>
            <source>Fill &amp;down</source>
            <translation>Riempi in &amp;basso</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>Trova e &amp;sostituisci…</translation>
        </message>
        <message>
            <source>Fill &amp;right</source>
            <translation>Riempi a &amp;destra</translation>
        </message>
        <message>
            <source>&amp;Insert row</source>
            <translation>Inserisci ri&amp;ga</translation>
        </message>
        <message>
            <source>&amp;Delete rows</source>
            <translation>&amp;Elimina righe</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;Filtra…</translation>
        </message>
        <message>
            <source>&amp;About LTV Desktop</source>
            <translation>&amp;Informazioni su LTV Desktop</translation>
        </message>
        <message>
            <source>&amp;Problems in this file…</source>
            <translation>&amp;Problemi in questo file…</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Importa un foglio di calcolo…</translation>
        </message>
        <message>
            <source>&amp;Export with formulas…</source>
            <translation>Esporta con &amp;formule…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Imp&amp;ostazioni…</translation>
        </message>
        <message>
            <source>Who to &amp;call</source>
            <translation>Chi &amp;chiamare</translation>
        </message>
        <message>
            <source>&amp;How lifetime value is computed</source>
            <translation>&amp;Come si calcola il valore nel tempo</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Clients can be split by %1; not by '%2'.</source>
            <translation>I clienti si possono dividere per %1; non per '%2'.</translation>
        </message>
        <message>
            <source>Splitting at a threshold needs a money amount.</source>
            <translation>Per dividere a una soglia serve un importo in denaro.</translation>
        </message>
        <message>
            <source>There is no stage called '%1'. Known: %2.</source>
            <translation>Non esiste una fase chiamata '%1'. Quelle note: %2.</translation>
        </message>
        <message>
            <source>'%1' is not a date.</source>
            <translation>'%1' non è una data.</translation>
        </message>
        <message>
            <source>'%1' is not a number.</source>
            <translation>'%1' non è un numero.</translation>
        </message>
        <message>
            <source>%1 is too large to be a number.</source>
            <translation>%1 è troppo grande per essere un numero.</translation>
        </message>
        <message>
            <source>'%1' is not an amount.</source>
            <translation>'%1' non è un importo.</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount.</source>
            <translation>%1 è troppo grande per essere un importo.</translation>
        </message>
        <message>
            <source>'%1' is not a money amount.</source>
            <translation>'%1' non è un importo in denaro.</translation>
        </message>
        <message>
            <source>%1 is too large to be a money amount.</source>
            <translation>%1 è troppo grande per essere un importo in denaro.</translation>
        </message>
        <message>
            <source>Two clients share a Client ID.</source>
            <translation>Due clienti hanno lo stesso ID cliente.</translation>
        </message>
        <message>
            <source>New clients need Client IDs that are not used yet.</source>
            <translation>I nuovi clienti hanno bisogno di ID cliente non ancora usati.</translation>
        </message>
        <message>
            <source>%1 of these clients still have transactions (%2). Delete or move their transactions first.</source>
            <translation>%1 di questi clienti hanno ancora transazioni (%2). Elimina o sposta prima le loro transazioni.</translation>
        </message>
        <message>
            <source>A new transaction names a client that does not exist.</source>
            <translation>Una nuova transazione indica un cliente che non esiste.</translation>
        </message>
        <message>
            <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'%1' non è una data; scrivila come AAAA-MM-GG.</translation>
        </message>
        <message>
            <source>A client needs a Client ID.</source>
            <translation>Un cliente ha bisogno di un ID cliente.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used by another client.</source>
            <translation>L'ID cliente '%1' è già usato da un altro cliente.</translation>
        </message>
        <message>
            <source>A client cannot refer themselves.</source>
            <translation>Un cliente non può segnalare sé stesso.</translation>
        </message>
        <message>
            <source>A client needs a name.</source>
            <translation>Un cliente ha bisogno di un nome.</translation>
        </message>
        <message>
            <source>There is no client with ID '%1'.</source>
            <translation>Non c'è nessun cliente con ID '%1'.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 non può essere negativo.</translation>
        </message>
        <message>
            <source>A transaction needs a Client ID.</source>
            <translation>Una transazione ha bisogno di un ID cliente.</translation>
        </message>
        <message>
            <source>A transaction needs a date.</source>
            <translation>Una transazione ha bisogno di una data.</translation>
        </message>
        <message>
            <source>A transaction needs an amount.</source>
            <translation>Una transazione ha bisogno di un importo.</translation>
        </message>
        <message>
            <source>'%1' already exists and is not a call list written by LTV Desktop; choose another name, so that nothing in it is lost.</source>
            <translation>'%1' esiste già e non è un elenco di chiamate scritto da LTV Desktop; scegli un altro nome, così non si perde nulla di quello che contiene.</translation>
        </message>
        <message>
            <source>'%1' could not be written (%2).</source>
            <translation>Impossibile scrivere '%1' (%2).</translation>
        </message>
        <message>
            <source>lapsed, so the years from their first to their last purchase</source>
            <translation>perso, quindi gli anni dal primo all'ultimo acquisto</translation>
        </message>
        <message>
            <source>set on the client's row</source>
            <translation>impostato nella riga del cliente</translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.</source>
            <translation>
                <numerusform>Vendita media %1 = ricavi %2 ÷ %n acquisto, poi variazione di prezzo %3.</numerusform>
                <numerusform>Vendita media %1 = ricavi %2 ÷ %n acquisti, poi variazione di prezzo %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s).</source>
            <translation>
                <numerusform>Vendita media %1 = ricavi %2 ÷ %n acquisto.</numerusform>
                <numerusform>Vendita media %1 = ricavi %2 ÷ %n acquisti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Years retained %1: %2, %3 yr.</source>
            <translation>Anni di permanenza %1: %2, %3 anni.</translation>
        </message>
        <message>
            <source>Years retained %1: %2.</source>
            <translation>Anni di permanenza %1: %2.</translation>
        </message>
        <message>
            <source>Profit %1 = %2 × %3 margin − %4/yr × %5 yr; net %6 after %7 to win them.</source>
            <translation>Utile %1 = %2 × margine %3 − %4/anno × %5 anni; netto %6 dopo %7 per conquistarlo.</translation>
        </message>
        <message>
            <source>1 client names them as referrer</source>
            <translation>1 cliente è stato segnalato da questa persona</translation>
        </message>
        <message numerus="yes">
            <source>%n clients name them as referrer</source>
            <translation>
                <numerusform>%n cliente è stato segnalato da questa persona</numerusform>
                <numerusform>%n clienti sono stati segnalati da questa persona</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals %1: %2, then %3.</source>
            <translation>Segnalazioni %1: %2, poi %3.</translation>
        </message>
        <message>
            <source>Referrals %1: %2.</source>
            <translation>Segnalazioni %1: %2.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2), then %3.</source>
            <translation>Acquisti all'anno %1: impostato nella riga del cliente (%2), poi %3.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2).</source>
            <translation>Acquisti all'anno %1: impostato nella riga del cliente (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1), then %2.</source>
            <translation>
                <numerusform>Acquisti all'anno %1 = %n acquisto ÷ anni dal primo acquisto (almeno 1), poi %2.</numerusform>
                <numerusform>Acquisti all'anno %1 = %n acquisti ÷ anni dal primo acquisto (almeno 1), poi %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1).</source>
            <translation>
                <numerusform>Acquisti all'anno %1 = %n acquisto ÷ anni dal primo acquisto (almeno 1).</numerusform>
                <numerusform>Acquisti all'anno %1 = %n acquisti ÷ anni dal primo acquisto (almeno 1).</numerusform>
            </translation>
        </message>
        <message>
            <source>the %1 years they have already stayed</source>
            <translation>i %1 anni in cui è già rimasto</translation>
        </message>
        <message>
            <source>the scenario's default</source>
            <translation>il valore predefinito dello scenario</translation>
        </message>
        <message>
            <source>'%1' could not be exported (%2).</source>
            <translation>Impossibile esportare '%1' (%2).</translation>
        </message>
        <message>
            <source>a stray value far from the table (more than %1 empty rows or %2 empty columns away) was left out</source>
            <translation>un valore isolato lontano dalla tabella (a più di %1 righe vuote o %2 colonne vuote) è stato escluso</translation>
        </message>
        <message>
            <source>you do not have permission to open it</source>
            <translation>non hai il permesso di aprirlo</translation>
        </message>
        <message>
            <source>'%1' is damaged (%2). It may not have finished downloading or copying; try a backup copy, or open it in Excel, which can sometimes repair it.</source>
            <translation>'%1' è danneggiato (%2). Forse il download o la copia non sono terminati; prova una copia di riserva, oppure aprilo in Excel, che a volte riesce a ripararlo.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed (it would unpack to %2 GB); it was not opened.</source>
            <translation>'%1' è troppo grande o malformato (si decomprimerebbe in %2 GB); non è stato aperto.</translation>
        </message>
        <message>
            <source>'%1' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx (Excel Workbook) in Excel or LibreOffice and open that.</source>
            <translation>'%1' è una vecchia cartella di lavoro di Excel 97–2003 (.xls). Salvala come .xlsx (Cartella di lavoro di Excel) in Excel o LibreOffice e apri quella.</translation>
        </message>
        <message>
            <source>'%1' is not an Excel workbook (.xlsx).</source>
            <translation>'%1' non è una cartella di lavoro di Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' is a folder, not a workbook.</source>
            <translation>'%1' è una cartella, non una cartella di lavoro.</translation>
        </message>
        <message>
            <source>'%1' is not a workbook file.</source>
            <translation>'%1' non è un file di cartella di lavoro.</translation>
        </message>
        <message>
            <source>'%1' is empty (0 bytes). It may not have finished downloading or copying.</source>
            <translation>'%1' è vuoto (0 byte). Forse il download o la copia non sono terminati.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed; it was not opened.</source>
            <translation>'%1' è troppo grande o malformato; non è stato aperto.</translation>
        </message>
        <message>
            <source>'%1' is an Excel binary workbook (.xlsb). Please save it as .xlsx (Excel Workbook) in Excel and open that.</source>
            <translation>'%1' è una cartella di lavoro binaria di Excel (.xlsb). Salvala come .xlsx (Cartella di lavoro di Excel) in Excel e apri quella.</translation>
        </message>
        <message>
            <source>'%1' is saved in the Strict Open XML format, which LTV Desktop cannot open here. Please save it in Excel as a normal "Excel Workbook (.xlsx)" and open that.</source>
            <translation>'%1' è salvato nel formato Strict Open XML, che LTV Desktop qui non può aprire. Salvalo in Excel come normale "Cartella di lavoro di Excel (.xlsx)" e apri quella.</translation>
        </message>
        <message>
            <source>'%1' is a password-protected workbook; open it in Excel, remove the password, and try again.</source>
            <translation>'%1' è una cartella di lavoro protetta da password; aprila in Excel, togli la password e riprova.</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: part of it cannot be unpacked</source>
            <translation>il file è incompleto o danneggiato: una sua parte non si può decomprimere</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: %1</source>
            <translation>il file è incompleto o danneggiato: %1</translation>
        </message>
        <message>
            <source>'%1' cannot be read (%2).</source>
            <translation>Impossibile leggere '%1' (%2).</translation>
        </message>
        <message>
            <source>'%1' was not found. It may have been moved, renamed or deleted.</source>
            <translation>'%1' non è stato trovato. Forse è stato spostato, rinominato o eliminato.</translation>
        </message>
        <message>
            <source>the file is shorter than its own table of contents says</source>
            <translation>il file è più corto di quanto dica il suo stesso indice</translation>
        </message>
        <message>
            <source>'%1' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx (Excel Workbook) in LibreOffice or Excel and open that.</source>
            <translation>'%1' è un foglio di calcolo OpenDocument (.ods). Salvalo come .xlsx (Cartella di lavoro di Excel) in LibreOffice o Excel e apri quello.</translation>
        </message>
        <message>
            <source>'%1' is a Word document, not an Excel workbook (.xlsx).</source>
            <translation>'%1' è un documento Word, non una cartella di lavoro di Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' contains XML entity declarations (in %2), which spreadsheets never use and which can be used to attack programs that read XML; it was not opened.</source>
            <translation>'%1' contiene dichiarazioni di entità XML (in %2), che i fogli di calcolo non usano mai e che si possono usare per attaccare i programmi che leggono XML; non è stato aperto.</translation>
        </message>
        <message>
            <source>'%1': the '%2' sheet has a value in cell %3, so opening it would lay out %4 rows × %5 columns (%6 cells), far more than a client list needs. If that cell is a stray entry, delete it (in Excel, Ctrl+End jumps to it), save, and try again.</source>
            <translation>'%1': il foglio '%2' ha un valore nella cella %3, quindi aprirlo creerebbe %4 righe × %5 colonne (%6 celle), molto più di quanto serva a un elenco di clienti. Se quella cella è un dato isolato, cancellalo (in Excel, Ctrl+Fine ci salta sopra), salva e riprova.</translation>
        </message>
        <message>
            <source>the '%1' sheet is missing from it: %2 is not in the file</source>
            <translation>manca il foglio '%1': %2 non è nel file</translation>
        </message>
        <message>
            <source>permission denied: is it open in Excel, or is the folder read-only?</source>
            <translation>permesso negato: è aperto in Excel, o la cartella è di sola lettura?</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>il disco è pieno</translation>
        </message>
        <message>
            <source>a column of dates</source>
            <translation>una colonna di date</translation>
        </message>
        <message>
            <source>a column of money</source>
            <translation>una colonna di importi</translation>
        </message>
        <message>
            <source>a column of numbers</source>
            <translation>una colonna di numeri</translation>
        </message>
        <message>
            <source>a column of email addresses</source>
            <translation>una colonna di indirizzi email</translation>
        </message>
        <message>
            <source>a column of phone numbers</source>
            <translation>una colonna di numeri di telefono</translation>
        </message>
        <message>
            <source>a column of names or words</source>
            <translation>una colonna di nomi o parole</translation>
        </message>
        <message>
            <source>a column of mixed values</source>
            <translation>una colonna di valori misti</translation>
        </message>
        <message>
            <source>a column of nothing</source>
            <translation>una colonna vuota</translation>
        </message>
        <message>
            <source>header '%1'</source>
            <translation>intestazione '%1'</translation>
        </message>
        <message>
            <source>There is no field called '%1'. Fields: %2.</source>
            <translation>Non esiste un campo chiamato '%1'. Campi: %2.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>scelta da te</translation>
        </message>
        <message>
            <source>a column of %1</source>
            <translation>una colonna di %1</translation>
        </message>
        <message>
            <source>'%1' is not a date</source>
            <translation>'%1' non è una data</translation>
        </message>
        <message>
            <source>%1 is not a date</source>
            <translation>%1 non è una data</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet</source>
            <translation>%1 è un numero, non una data; formatta la colonna come date nel foglio di calcolo</translation>
        </message>
        <message>
            <source>%1 is a time of day, not a date</source>
            <translation>%1 è un'ora del giorno, non una data</translation>
        </message>
        <message>
            <source>%1 is a length of time, not a date</source>
            <translation>%1 è una durata, non una data</translation>
        </message>
        <message>
            <source>%1 is a date, not a number</source>
            <translation>%1 è una data, non un numero</translation>
        </message>
        <message>
            <source>%1 is a time, not a number</source>
            <translation>%1 è un'ora, non un numero</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not a number</source>
            <translation>la cella contiene 'NaN' (non un numero), non un numero</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not a number</source>
            <translation>la cella contiene un numero infinito, non un numero</translation>
        </message>
        <message>
            <source>%1 is too large to be a number</source>
            <translation>%1 è troppo grande per essere un numero</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' non è un numero</translation>
        </message>
        <message>
            <source>%1 is a date, not an amount</source>
            <translation>%1 è una data, non un importo</translation>
        </message>
        <message>
            <source>%1 is a time, not an amount</source>
            <translation>%1 è un'ora, non un importo</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not an amount</source>
            <translation>la cella contiene 'NaN' (non un numero), non un importo</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not an amount</source>
            <translation>la cella contiene un numero infinito, non un importo</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount</source>
            <translation>%1 è troppo grande per essere un importo</translation>
        </message>
        <message>
            <source>'%1' is not an amount</source>
            <translation>'%1' non è un importo</translation>
        </message>
        <message>
            <source>'%1' is not a real date</source>
            <translation>'%1' non è una data reale</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet (as a date it would be %2)</source>
            <translation>%1 è un numero, non una data; formatta la colonna come date nel foglio di calcolo (come data sarebbe %2)</translation>
        </message>
        <message>
            <source>Text dates in %1 were read day first, as '%2' can only be read that way.</source>
            <translation>Le date in forma di testo in %1 sono state lette con il giorno prima, perché '%2' si può leggere solo così.</translation>
        </message>
        <message>
            <source>Text dates in %1 were read month first, as '%2' can only be read that way.</source>
            <translation>Le date in forma di testo in %1 sono state lette con il mese prima, perché '%2' si può leggere solo così.</translation>
        </message>
        <message>
            <source>'%1' is not a date in day/month/year order</source>
            <translation>'%1' non è una data nell'ordine giorno/mese/anno</translation>
        </message>
        <message>
            <source>'%1' is not a date in month/day/year order</source>
            <translation>'%1' non è una data nell'ordine mese/giorno/anno</translation>
        </message>
        <message>
            <source>'%1' could be %2 or %3; choose the day/month order</source>
            <translation>'%1' potrebbe essere %2 o %3; scegli l'ordine giorno/mese</translation>
        </message>
        <message>
            <source>Choose the columns yourself: in the import window, or with --map FIELD=COLUMN.</source>
            <translation>Scegli tu le colonne: nella finestra di importazione, o con --map FIELD=COLUMN.</translation>
        </message>
        <message>
            <source>%1; left empty</source>
            <translation>%1; lasciato vuoto</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>date</translation>
        </message>
        <message>
            <source>clients (names or IDs)</source>
            <translation>clienti (nomi o ID)</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>importi</translation>
        </message>
        <message>
            <source>Client IDs or names</source>
            <translation>ID cliente o nomi</translation>
        </message>
        <message>
            <source>money</source>
            <translation>importi in denaro</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>numeri</translation>
        </message>
        <message>
            <source>email addresses</source>
            <translation>indirizzi email</translation>
        </message>
        <message>
            <source>phone numbers</source>
            <translation>numeri di telefono</translation>
        </message>
        <message>
            <source>names or words</source>
            <translation>nomi o parole</translation>
        </message>
        <message>
            <source>mixed values</source>
            <translation>valori misti</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niente</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used.</source>
            <translation>'%1': nessuna riga utilizzabile nel foglio '%2': ognuna delle sue %3 righe ha una cella che non si può usare.</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2); left empty</source>
            <translation>%1 non può essere negativo (è %2); lasciato vuoto</translation>
        </message>
        <message>
            <source>a client cannot refer themselves; the referral is not counted</source>
            <translation>un cliente non può segnalare sé stesso; la segnalazione non conta</translation>
        </message>
        <message>
            <source>client '%1' was left out ('%2' row %3), so this transaction is too</source>
            <translation>il cliente '%1' è stato escluso ('%2' riga %3), quindi anche questa transazione</translation>
        </message>
        <message>
            <source>there is no client '%1' on the '%2' sheet (by ID or name)</source>
            <translation>non c'è nessun cliente '%1' nel foglio '%2' (né per ID né per nome)</translation>
        </message>
        <message>
            <source>'%1' has no worksheets (only charts or macros), so nothing to import.</source>
            <translation>'%1' non ha fogli di lavoro (solo grafici o macro), quindi non c'è niente da importare.</translation>
        </message>
        <message>
            <source>'%1' is empty: its sheets (%2) hold no cells at all.</source>
            <translation>'%1' è vuoto: i suoi fogli (%2) non contengono nessuna cella.</translation>
        </message>
        <message>
            <source>'%1': no sheet looks like sales (a column of dates and one of amounts) or a client list. %2</source>
            <translation>'%1': nessun foglio sembra di vendite (una colonna di date e una di importi) o un elenco di clienti. %2</translation>
        </message>
        <message>
            <source>'%1': no column of %2 was found on the '%3' sheet (its columns: %4). %5</source>
            <translation>'%1': nessuna colonna di %2 trovata nel foglio '%3' (le sue colonne: %4). %5</translation>
        </message>
        <message>
            <source>'%1': could not tell which column of the '%2' sheet holds the %3: the best guess, %4, holds %5, which is not enough to go on. %6</source>
            <translation>'%1': impossibile capire quale colonna del foglio '%2' contiene %3: l'ipotesi migliore, %4, contiene %5, che non basta. %6</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet at all; nothing to import.</source>
            <translation>'%1': nessuna riga trovata nel foglio '%2'; non c'è niente da importare.</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used. The first: %4.</source>
            <translation>'%1': nessuna riga utilizzabile nel foglio '%2': ognuna delle sue %3 righe ha una cella che non si può usare. La prima: %4.</translation>
        </message>
        <message>
            <source>Row %1 of '%2' is a totals row and was left out.</source>
            <translation>La riga %1 di '%2' è una riga di totali ed è stata esclusa.</translation>
        </message>
        <message>
            <source>a client needs a Client ID</source>
            <translation>un cliente ha bisogno di un ID cliente</translation>
        </message>
        <message>
            <source>a client needs a name</source>
            <translation>un cliente ha bisogno di un nome</translation>
        </message>
        <message>
            <source>client '%1' was left out (row %2); the referral is not counted</source>
            <translation>il cliente '%1' è stato escluso (riga %2); la segnalazione non conta</translation>
        </message>
        <message>
            <source>no client with this ID or name; the referral is not counted</source>
            <translation>nessun cliente con questo ID o nome; la segnalazione non conta</translation>
        </message>
        <message>
            <source>a transaction needs an amount</source>
            <translation>una transazione ha bisogno di un importo</translation>
        </message>
        <message>
            <source>a transaction needs a client</source>
            <translation>una transazione ha bisogno di un cliente</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet below its headers (row %3); nothing to import.</source>
            <translation>'%1': nessuna riga trovata nel foglio '%2' sotto le intestazioni (riga %3); non c'è niente da importare.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used on row %2</source>
            <translation>l'ID cliente '%1' è già usato alla riga %2</translation>
        </message>
        <message>
            <source>a transaction needs a date</source>
            <translation>una transazione ha bisogno di una data</translation>
        </message>
        <message>
            <source>'%1': column %2 chosen for %3 is empty on the '%4' sheet (its last column is %5).</source>
            <translation>'%1': la colonna %2 scelta per %3 è vuota nel foglio '%4' (la sua ultima colonna è %5).</translation>
        </message>
        <message>
            <source>'%1': %2 cells cannot be used; the first: %3.</source>
            <translation>'%1': %2 celle non si possono usare; la prima: %3.</translation>
        </message>
        <message>
            <source>There is no client sheet: %1 clients were made from the '%2' column of '%3'.</source>
            <translation>Non c'è un foglio dei clienti: %1 clienti sono stati creati dalla colonna '%2' di '%3'.</translation>
        </message>
        <message>
            <source>'%1': the dates on the '%2' sheet (such as %3 in %4) could be read day first or month first. Choose the day/month order: in the import window, or with --day-first or --month-first.</source>
            <translation>'%1': le date nel foglio '%2' (come %3 in %4) si potrebbero leggere con il giorno o con il mese prima. Scegli l'ordine giorno/mese: nella finestra di importazione, o con --day-first o --month-first.</translation>
        </message>
        <message>
            <source>'%1' (the '%2' sheet)</source>
            <translation>'%1' (il foglio '%2')</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>'%1' has no sheet called '%2' (its sheets: %3).</source>
            <translation>'%1' non ha un foglio chiamato '%2' (i suoi fogli: %3).</translation>
        </message>
        <message>
            <source>its zip container cannot be unpacked: %1</source>
            <translation>il suo contenitore zip non si può decomprimere: %1</translation>
        </message>
        <message>
            <source> (the '%1' sheet)</source>
            <translation> (il foglio '%1')</translation>
        </message>
        <message>
            <source>'%1' is damaged: the XML inside it%2 is malformed (%3). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>'%1' è danneggiato: l'XML al suo interno%2 è malformato (%3). Aprilo in Excel o LibreOffice e salvalo di nuovo come .xlsx.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>%1 non si può leggere: %2. Aprilo in Excel o LibreOffice e salvalo di nuovo come .xlsx.</translation>
        </message>
        <message>
            <source>%1 is too large to open in the memory this computer has.</source>
            <translation>%1 è troppo grande per essere aperto con la memoria di questo computer.</translation>
        </message>
        <message>
            <source>%1 is damaged in a way the reader cannot get past (%2). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>%1 è danneggiato in un modo che il lettore non riesce a superare (%2). Aprilo in Excel o LibreOffice e salvalo di nuovo come .xlsx.</translation>
        </message>
        <message>
            <source>the file needs more memory than a workbook should</source>
            <translation>il file richiede più memoria di quanta dovrebbe una cartella di lavoro</translation>
        </message>
        <message>
            <source>The workbook has no transactions yet.</source>
            <translation>La cartella di lavoro non ha ancora transazioni.</translation>
        </message>
        <message>
            <source>There is no scenario setting called '%1'. Known: %2.</source>
            <translation>Non esiste un'impostazione dello scenario chiamata '%1'. Quelle note: %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 deve essere un numero.</translation>
        </message>
        <message>
            <source>%1 must be a finite number.</source>
            <translation>%1 deve essere un numero finito.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3; got %4.</source>
            <translation>%1 deve essere tra %2 e %3; è %4.</translation>
        </message>
        <message>
            <source>%1 must be a date or empty.</source>
            <translation>%1 deve essere una data o vuoto.</translation>
        </message>
        <message>
            <source>%1 must be one of %2.</source>
            <translation>%1 deve essere uno tra %2.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number.</source>
            <translation>%1: '%2' non è un numero.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1: '%2' non è una data; scrivila come AAAA-MM-GG.</translation>
        </message>
        <message>
            <source>Importing workbooks with other layouts comes in a later version.</source>
            <translation>L'importazione di cartelle di lavoro con altre disposizioni arriverà in una versione successiva.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and save again.</source>
            <translation>%1 alla riga %2 del foglio %3 è lungo %4 caratteri; una cella di un foglio di calcolo ne contiene al massimo %5. Accorcialo e salva di nuovo.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and export again.</source>
            <translation>%1 alla riga %2 del foglio %3 è lungo %4 caratteri; una cella di un foglio di calcolo ne contiene al massimo %5. Accorcialo ed esporta di nuovo.</translation>
        </message>
        <message>
            <source>no 'Setting' and 'Value' columns here; the default scenario is used</source>
            <translation>qui non ci sono colonne 'Setting' e 'Value'; si usa lo scenario predefinito</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' non è un numero</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vuoto</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: it has no '%2' sheet (its sheets: %3). %4</source>
            <translation>'%1' non sembra una cartella di lavoro di LTV Desktop: non ha un foglio '%2' (i suoi fogli: %3). %4</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date</source>
            <translation>%1: '%2' non è una data</translation>
        </message>
        <message>
            <source>the reader stopped at: %1</source>
            <translation>il lettore si è fermato a: %1</translation>
        </message>
        <message>
            <source>the '%1' sheet cannot be read: %2</source>
            <translation>il foglio '%1' non si può leggere: %2</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: the '%2' sheet has no '%3' column. %4</source>
            <translation>'%1' non sembra una cartella di lavoro di LTV Desktop: il foglio '%2' non ha una colonna '%3'. %4</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2)</source>
            <translation>%1 non può essere negativo (è %2)</translation>
        </message>
        <message>
            <source>no client with this ID; the referral is not counted</source>
            <translation>nessun cliente con questo ID; la segnalazione non conta</translation>
        </message>
        <message>
            <source>'%1' is not a scenario setting; the row is ignored</source>
            <translation>'%1' non è un'impostazione dello scenario; la riga è ignorata</translation>
        </message>
        <message>
            <source>'%1' is listed twice; the first one is used</source>
            <translation>'%1' compare due volte; si usa la prima</translation>
        </message>
        <message>
            <source>'%1' could not be saved (%2). The previous version is untouched.</source>
            <translation>Impossibile salvare '%1' (%2). La versione precedente non è stata toccata.</translation>
        </message>
        <message>
            <source>a transaction needs a Client ID</source>
            <translation>una transazione ha bisogno di un ID cliente</translation>
        </message>
        <message>
            <source>no setting name; the row is ignored</source>
            <translation>nessun nome di impostazione; la riga è ignorata</translation>
        </message>
        <message>
            <source>%1; the default (%2) is used</source>
            <translation>%1; si usa il valore predefinito (%2)</translation>
        </message>
        <message>
            <source>client '%1' was left out (Clients row %2), so this transaction is too</source>
            <translation>il cliente '%1' è stato escluso (Clienti riga %2), quindi anche questa transazione</translation>
        </message>
        <message>
            <source>there is no client with ID '%1' in the Clients sheet</source>
            <translation>non c'è nessun cliente con ID '%1' nel foglio Clienti</translation>
        </message>
        <message>
            <source>%1; the Value column's setting is used</source>
            <translation>%1; si usa l'impostazione della colonna Value</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>The page size must be A4 or Letter, not '%1'.</source>
            <translation>Il formato della pagina deve essere A4 o Letter, non '%1'.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Stampato il %1</translation>
        </message>
        <message>
            <source>Rank %1 of %2 clients by total value</source>
            <translation>Posizione %1 su %2 clienti per valore totale</translation>
        </message>
        <message>
            <source>The only client so far.</source>
            <translation>L'unico cliente finora.</translation>
        </message>
        <message>
            <source>Worth more than any other client.</source>
            <translation>Vale più di qualsiasi altro cliente.</translation>
        </message>
        <message>
            <source>Worth more than %1 of your other clients.</source>
            <translation>Vale più del %1 degli altri tuoi clienti.</translation>
        </message>
        <message>
            <source>A lead: not in the cheap, middle or top group until a first purchase.</source>
            <translation>Un potenziale: non è nel gruppo economico, intermedio o migliore fino al primo acquisto.</translation>
        </message>
        <message>
            <source>Top group: average sale at or above %1.</source>
            <translation>Gruppo migliore: vendita media pari o superiore a %1.</translation>
        </message>
        <message>
            <source>Cheap group: average sale below %1.</source>
            <translation>Gruppo economico: vendita media inferiore a %1.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by average sale.</source>
            <translation>Nel quarto economico dei clienti acquirenti per vendita media.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by average sale.</source>
            <translation>Nel quarto migliore dei clienti acquirenti per vendita media.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by average sale.</source>
            <translation>Nel gruppo intermedio dei clienti acquirenti per vendita media.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by lifetime value.</source>
            <translation>Nel quarto economico dei clienti acquirenti per valore nel tempo.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by lifetime value.</source>
            <translation>Nel quarto migliore dei clienti acquirenti per valore nel tempo.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by lifetime value.</source>
            <translation>Nel gruppo intermedio dei clienti acquirenti per valore nel tempo.</translation>
        </message>
        <message>
            <source>least value</source>
            <translation>valore minimo</translation>
        </message>
        <message>
            <source>most value</source>
            <translation>valore massimo</translation>
        </message>
        <message>
            <source>Your purchases</source>
            <translation>I tuoi acquisti</translation>
        </message>
        <message>
            <source>Thank you for choosing %1. Here is what you have bought from us so far; we look forward to seeing you again.</source>
            <translation>Grazie per aver scelto %1. Ecco che cosa hai acquistato da noi finora; speriamo di rivederti presto.</translation>
        </message>
        <message>
            <source>Thank you for getting in touch with %1. We look forward to working with you.</source>
            <translation>Grazie per aver contattato %1. Non vediamo l'ora di lavorare con te.</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Che cosa hai acquistato</translation>
        </message>
        <message>
            <source>With thanks from %1</source>
            <translation>Con i ringraziamenti di %1</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>Riepilogo cliente</translation>
        </message>
        <message>
            <source>Client ID %1  ·  %2: %3  ·  as of %4</source>
            <translation>ID cliente %1  ·  %2: %3  ·  al %4</translation>
        </message>
        <message>
            <source>Referred (%1)</source>
            <translation>Segnalati (%1)</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Segnalati</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Provenienza</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Segnalato da</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primo contatto</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Primo acquisto</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Ultimo acquisto</translation>
        </message>
        <message>
            <source>Lifetime value (predicted from history)</source>
            <translation>Valore nel tempo (previsto dalla storia)</translation>
        </message>
        <message>
            <source>Lifetime value (formula)</source>
            <translation>Valore nel tempo (formula)</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>Utile (con il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Costo di acquisizione</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>Netto (con il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Acquisti</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>How they buy</source>
            <translation>Come acquista</translation>
        </message>
        <message>
            <source>What they are worth</source>
            <translation>Quanto vale</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Ricavi finora</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>Vendita media</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>Acquisti all'anno</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Anni di permanenza</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Segnalazioni</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valore nel tempo</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Valore delle segnalazioni</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Valore degli extra</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Compensi dai partner</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Valore totale</translation>
        </message>
        <message>
            <source>Profit ÷ acquisition cost</source>
            <translation>Utile ÷ costo di acquisizione</translation>
        </message>
        <message>
            <source>A lead: the acquisition cost is set against profit from the first purchase, so net is 0 until then.</source>
            <translation>Un potenziale: il costo di acquisizione si sconta dall'utile del primo acquisto, quindi il netto è 0 fino ad allora.</translation>
        </message>
        <message>
            <source>How the total is worked out:  %1</source>
            <translation>Come si calcola il totale:  %1</translation>
        </message>
        <message>
            <source>Where they stand</source>
            <translation>Dove si colloca</translation>
        </message>
        <message>
            <source>Spending per year</source>
            <translation>Spesa per anno</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Speso</translation>
        </message>
        <message>
            <source>No purchases yet.</source>
            <translation>Ancora nessun acquisto.</translation>
        </message>
        <message>
            <source>%1  ·  printed %2</source>
            <translation>%1  ·  stampato il %2</translation>
        </message>
        <message>
            <source>Prepared by %1 with LTV Desktop</source>
            <translation>Preparato da %1 con LTV Desktop</translation>
        </message>
        <message>
            <source>1 refund</source>
            <translation>1 rimborso</translation>
        </message>
        <message numerus="yes">
            <source>%1 refunds</source>
            <translation>
                <numerusform>%1 rimborso</numerusform>
                <numerusform>%1 rimborsi</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 after the as-of date, not counted</source>
            <translation>%1 dopo la data di riferimento, non conteggiati</translation>
        </message>
        <message>
            <source>1 row, most recent first</source>
            <translation>1 riga, le più recenti prima</translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, most recent first</source>
            <translation>
                <numerusform>%1 riga, le più recenti prima</numerusform>
                <numerusform>%1 righe, le più recenti prima</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchases up to the as-of date.</source>
            <translation>Nessun acquisto fino alla data di riferimento.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>… and %1 earlier, back to %2, together %3</source>
            <translation>… e altri %1 precedenti, fino al %2, in tutto %3</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continua)</translation>
        </message>
        <message>
            <source>latest transaction</source>
            <translation>ultima transazione</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 anni</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>spostato</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 punti</translation>
        </message>
        <message>
            <source>no transactions yet</source>
            <translation>ancora nessuna transazione</translation>
        </message>
        <message>
            <source>%1 clients, %2 with purchases  ·  figures as of %3</source>
            <translation>%1 clienti, %2 con acquisti  ·  dati al %3</translation>
        </message>
        <message>
            <source>lifetime value predicted from history</source>
            <translation>valore nel tempo previsto dalla storia</translation>
        </message>
        <message>
            <source>lifetime value from the formula</source>
            <translation>valore nel tempo dalla formula</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Totale della clientela (senza il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>riferimento %1</translation>
        </message>
        <message>
            <source>all clients</source>
            <translation>tutti i clienti</translation>
        </message>
        <message>
            <source>beside the total, not added</source>
            <translation>accanto al totale, non sommato</translation>
        </message>
        <message>
            <source>up to the as-of date</source>
            <translation>fino alla data di riferimento</translation>
        </message>
        <message>
            <source>Totals: baseline and current levers</source>
            <translation>Totali: riferimento e leve attuali</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Riferimento</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Attuale</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenza</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variazione</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totali</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>1 setting moved from the baseline</source>
            <translation>1 impostazione spostata rispetto al riferimento</translation>
        </message>
        <message numerus="yes">
            <source>%1 settings moved from the baseline</source>
            <translation>
                <numerusform>%1 impostazione spostata rispetto al riferimento</numerusform>
                <numerusform>%1 impostazioni spostate rispetto al riferimento</numerusform>
            </translation>
        </message>
        <message>
            <source>the current levers are the baseline</source>
            <translation>le leve attuali sono il riferimento</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Impostazione</translation>
        </message>
        <message>
            <source>Cheap versus top clients</source>
            <translation>Clienti economici contro migliori</translation>
        </message>
        <message>
            <source>Below</source>
            <translation>Sotto</translation>
        </message>
        <message>
            <source>At or above</source>
            <translation>Pari o sopra</translation>
        </message>
        <message>
            <source>Cheap</source>
            <translation>Economici</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Intermedi</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Migliori</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Hanno riacquistato</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>Anni da cliente finora</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>Segnalazioni per cliente</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>Hanno segnalato qualcuno</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>Valore nel tempo medio</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>Valore totale medio</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>Quota del totale della clientela</translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>Quota dei clienti acquirenti</translation>
        </message>
        <message>
            <source>Share of the value</source>
            <translation>Quota del valore</translation>
        </message>
        <message>
            <source>Each group's share (%)</source>
            <translation>Quota di ogni gruppo (%)</translation>
        </message>
        <message>
            <source>New versus returning clients</source>
            <translation>Clienti nuovi contro abituali</translation>
        </message>
        <message>
            <source>orders and revenue per year</source>
            <translation>ordini e ricavi per anno</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Ordini nuovi</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Ricavi nuovi</translation>
        </message>
        <message>
            <source>Per order</source>
            <translation>Per ordine</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Ordini abituali</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Ricavi abituali</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Quota abituale</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Spesa di acquisizione</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Clienti nuovi</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Clienti abituali</translation>
        </message>
        <message>
            <source>Revenue per year from new and from returning clients</source>
            <translation>Ricavi per anno dai clienti nuovi e da quelli abituali</translation>
        </message>
        <message>
            <source>No orders yet.</source>
            <translation>Ancora nessun ordine.</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>Ciclo di vita</translation>
        </message>
        <message>
            <source>each client's stage, derived from the data</source>
            <translation>la fase di ogni cliente, ricavata dai dati</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significato</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>Quota di clienti</translation>
        </message>
        <message>
            <source>Top %1 clients by total value</source>
            <translation>I %1 clienti migliori per valore totale</translation>
        </message>
        <message>
            <source>the top 20 % of clients hold %1 of the client-base total</source>
            <translation>il 20 % migliore dei clienti detiene il %1 del totale della clientela</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>ID cliente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Share of total value</source>
            <translation>Quota del valore totale</translation>
        </message>
        <message>
            <source>Top clients by total value</source>
            <translation>Clienti migliori per valore totale</translation>
        </message>
        <message>
            <source>No clients yet.</source>
            <translation>Ancora nessun cliente.</translation>
        </message>
        <message>
            <source>1 lead counted apart</source>
            <translation>1 potenziale contato a parte</translation>
        </message>
        <message numerus="yes">
            <source>%1 leads counted apart</source>
            <translation>
                <numerusform>%1 potenziale contato a parte</numerusform>
                <numerusform>%1 potenziali contati a parte</numerusform>
            </translation>
        </message>
        <message>
            <source>split at an average sale of %1; %2</source>
            <translation>divisi a una vendita media di %1; %2</translation>
        </message>
        <message>
            <source>buying clients ranked by average sale, bottom and top quarters; %1</source>
            <translation>clienti acquirenti ordinati per vendita media, quarto inferiore e superiore; %1</translation>
        </message>
        <message>
            <source>buying clients ranked by lifetime value, bottom and top quarters; %1</source>
            <translation>clienti acquirenti ordinati per valore nel tempo, quarto inferiore e superiore; %1</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>Chi chiamare</translation>
        </message>
        <message>
            <source>No client matches these rules.</source>
            <translation>Nessun cliente corrisponde a queste regole.</translation>
        </message>
        <message>
            <source>The printer or file could not be opened for painting.</source>
            <translation>Impossibile aprire la stampante o il file per disegnare.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>La stampante ha rifiutato una nuova pagina.</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Report della clientela</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>al %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Pagina %1 di %2</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Impossibile scrivere %1: la cartella %2 non esiste.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Impossibile scrivere %1: %2.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Riepiloghi dei clienti</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Riepilogo cliente: %1</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>Il mio studio</translation>
        </message>
        <message>
            <source>lifetime value = average sale × purchases per year × years retained</source>
            <translation>valore nel tempo = vendita media × acquisti all'anno × anni di permanenza</translation>
        </message>
    </context>
    <context>
        <name>ParetoView</name>
        <message>
            <source>Where the value sits</source>
            <translation>Dove sta il valore</translation>
        </message>
        <message>
            <source>The top 20 % of your clients hold %1 of the client-base value.</source>
            <translation>Il 20 % migliore dei tuoi clienti detiene il %1 del valore della clientela.</translation>
        </message>
        <message>
            <source>Cumulative share of value</source>
            <translation>Quota cumulativa del valore</translation>
        </message>
        <message>
            <source>If every client were worth the same</source>
            <translation>Se ogni cliente valesse lo stesso</translation>
        </message>
        <message>
            <source>20 % mark</source>
            <translation>Soglia del 20 %</translation>
        </message>
        <message>
            <source>top 20 %: %1 of value</source>
            <translation>20 % migliore: %1 del valore</translation>
        </message>
        <message>
            <source>Share of clients, most valuable first (%)</source>
            <translation>Quota di clienti, prima i più preziosi (%)</translation>
        </message>
        <message>
            <source>Cumulative share of client-base value (%)</source>
            <translation>Quota cumulativa del valore della clientela (%)</translation>
        </message>
    </context>
    <context>
        <name>Predicted</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n giorno fa</numerusform>
                <numerusform>%n giorni fa</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 yr ago</source>
            <translation>%1 anni fa</translation>
        </message>
        <message>
            <source>Purchases after the first: %1, over %2 yr; last purchase %3</source>
            <translation>Acquisti dopo il primo: %1, in %2 anni; ultimo acquisto %3</translation>
        </message>
        <message>
            <source>One purchase so far, %1</source>
            <translation>Un acquisto finora, %1</translation>
        </message>
        <message>
            <source>own repeat average %1, pulled toward the studio's %2 by the spend model</source>
            <translation>media dei propri riacquisti %1, avvicinata alla media dello studio (%2) dal modello della spesa</translation>
        </message>
        <message>
            <source>their own average sale: the studio's spend model gives no usable average</source>
            <translation>la sua vendita media: il modello della spesa dello studio non dà una media utilizzabile</translation>
        </message>
        <message>
            <source>no repeat purchase yet, so the studio's average %1</source>
            <translation>ancora nessun riacquisto, quindi la media dello studio, %1</translation>
        </message>
        <message>
            <source>, then %1 price change</source>
            <translation>, poi variazione di prezzo del %1</translation>
        </message>
        <message>
            <source>expected %1 purchases in the next %2 yr × expected average sale %3 (%4)</source>
            <translation>%1 acquisti attesi nei prossimi %2 anni × vendita media attesa %3 (%4)</translation>
        </message>
        <message>
            <source>, discounted at %1</source>
            <translation>, scontato al %1</translation>
        </message>
        <message>
            <source>model %1, fitted on the whole studio</source>
            <translation>modello %1, adattato su tutto lo studio</translation>
        </message>
        <message>
            <source>model %1, fitted on the '%2' clients</source>
            <translation>modello %1, adattato sui clienti «%2»</translation>
        </message>
        <message>
            <source>+ %1 spent so far = %2 (%3)</source>
            <translation>+ %1 spesi finora = %2 (%3)</translation>
        </message>
        <message>
            <source>chance still a client %1</source>
            <translation>probabilità che sia ancora cliente %1</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>For the studio: rank, notes and value</source>
            <translation>Per lo studio: posizione, note e valore</translation>
        </message>
        <message>
            <source>For the client: what they bought, with thanks</source>
            <translation>Per il cliente: che cosa ha acquistato, con un ringraziamento</translation>
        </message>
        <message>
            <source>&amp;Print client summary…</source>
            <translation>Stampa riepi&amp;logo cliente…</translation>
        </message>
        <message>
            <source>Print summaries of &amp;selected clients…</source>
            <translation>S&amp;tampa riepiloghi dei clienti selezionati…</translation>
        </message>
        <message>
            <source>Print client-base &amp;report…</source>
            <translation>Sta&amp;mpa report della clientela…</translation>
        </message>
        <message>
            <source>&amp;Client summary…</source>
            <translation>Riepilogo &amp;cliente…</translation>
        </message>
        <message>
            <source>&amp;Summaries of selected clients…</source>
            <translation>Riepiloghi dei clienti &amp;selezionati…</translation>
        </message>
        <message>
            <source>Client-base &amp;report…</source>
            <translation>&amp;Report della clientela…</translation>
        </message>
        <message>
            <source>&amp;Export PDF</source>
            <translation>Esporta P&amp;DF</translation>
        </message>
        <message>
            <source>Select a client to print their summary.</source>
            <translation>Seleziona un cliente per stamparne il riepilogo.</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>Riepilogo cliente: %1</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>Report della clientela</translation>
        </message>
        <message>
            <source>There are no clients to print.</source>
            <translation>Non ci sono clienti da stampare.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>Riepiloghi dei clienti</translation>
        </message>
        <message>
            <source>Save summaries as PDF</source>
            <translation>Salva i riepiloghi come PDF</translation>
        </message>
        <message>
            <source>Folder for the client PDFs</source>
            <translation>Cartella per i PDF dei clienti</translation>
        </message>
        <message>
            <source>Select a client to save their summary.</source>
            <translation>Seleziona un cliente per salvarne il riepilogo.</translation>
        </message>
        <message>
            <source>Save client summary as PDF</source>
            <translation>Salva il riepilogo cliente come PDF</translation>
        </message>
        <message>
            <source>Save client-base report as PDF</source>
            <translation>Salva il report della clientela come PDF</translation>
        </message>
        <message>
            <source>Writing client summaries…</source>
            <translation>Scrittura dei riepiloghi dei clienti…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Writing client summaries… %1 of %2</source>
            <translation>Scrittura dei riepiloghi dei clienti… %1 di %2</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>Impossibile salvare il PDF</translation>
        </message>
        <message>
            <source>Cancelled: %1 of %2 client PDFs were written to %3.</source>
            <translation>Annullato: %1 di %2 PDF dei clienti sono stati scritti in %3.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Annullato: non è stato scritto nulla.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1</source>
            <translation>
                <numerusform>Salvata %n pagina in %1</numerusform>
                <numerusform>Salvate %n pagine in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Laying out client summaries…</source>
            <translation>Impaginazione dei riepiloghi dei clienti…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Anteprima di stampa — %1</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>Impossibile stampare</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Salva come PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Salva come PDF…</translation>
        </message>
        <message>
            <source>Which version of the summary to print</source>
            <translation>Quale versione del riepilogo stampare</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Seleziona tutto</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Aumenta</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Diminuisci</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>Fluttua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Cerca in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nome del file:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>File di tipo:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>S&amp;cegli</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salva come</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vai avanti</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Cartella superiore</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Crea nuova cartella</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vista a elenco</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vista dettagliata</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Barra laterale</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nuova cartella</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nuova cartella</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rinomina</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostra i &amp;file nascosti</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Risorse recenti</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Il mio computer</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Cartella:</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Vai indietro</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Vai alla cartella superiore</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Crea una nuova cartella</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Passa alla modalità vista a elenco</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Passa alla modalità vista dettagliata</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 esiste già.
Vuoi sostituirlo?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Data di modifica</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
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
            <translation>Ann&amp;ulla</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rifai</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taglia</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Incolla</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleziona tutto</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Mostra dettagli...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Nascondi dettagli...</translation>
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
            <translation>Salva</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salva tutti</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sì</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sì &amp;a tutti</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o a tutti</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Interrompi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignora</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aiuto</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Applica</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Ripristina valori predefiniti</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Anteprima di stampa</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Pagina successiva</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Pagina precedente</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Prima pagina</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Ultima pagina</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Adatta alla larghezza</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Adatta alla pagina</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Ingrandisci</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Rimpicciolisci</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Verticale</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Orizzontale</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Mostra pagina singola</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Mostra pagine affiancate</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Mostra anteprima di tutte le pagine</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Stampa</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Impostazione pagina</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Esporta come PDF</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Impostazione pagina</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Scorri a sinistra</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Scorri a destra</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copia il co&amp;llegamento</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleziona tutto</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the disk did not take all of it</source>
            <translation>il disco non l'ha accolto tutto</translation>
        </message>
        <message>
            <source>the new file could not replace the old one</source>
            <translation>il nuovo file non ha potuto sostituire quello vecchio</translation>
        </message>
        <message>
            <source>an untitled workbook (autosaved %1)</source>
            <translation>una cartella di lavoro senza titolo (salvata automaticamente %1)</translation>
        </message>
        <message>
            <source>%1 (autosaved %2)</source>
            <translation>%1 (salvato automaticamente %2)</translation>
        </message>
    </context>
    <context>
        <name>SafetyNet</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Salvataggio automatico non riuscito: %1</translation>
        </message>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Recuperare il lavoro non salvato?</translation>
        </message>
        <message>
            <source>LTV Desktop closed without saving %1. Recover it?</source>
            <translation>LTV Desktop si è chiuso senza salvare %1. Recuperarlo?</translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>Impossibile recuperare</translation>
        </message>
        <message>
            <source>Recovered %1</source>
            <translation>Recuperato %1</translation>
        </message>
        <message>
            <source>%1 is already open in another LTV Desktop window. Changes saved in one will overwrite the other's.</source>
            <translation>%1 è già aperto in un'altra finestra di LTV Desktop. Le modifiche salvate in una sovrascriveranno quelle dell'altra.</translation>
        </message>
        <message>
            <source>%1 seems to be open in %2. Close it there first, or save here under a new name: otherwise one program's changes overwrite the other's.</source>
            <translation>%1 sembra aperto in %2. Chiudilo lì prima, oppure salva qui con un nuovo nome: altrimenti le modifiche di un programma sovrascrivono quelle dell'altro.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Updating…</source>
            <translation>Aggiornamento…</translation>
        </message>
        <message>
            <source>Reset to baseline</source>
            <translation>Torna al riferimento</translation>
        </message>
        <message>
            <source>Put every lever back where the baseline has it.</source>
            <translation>Riporta ogni leva dove la mette il riferimento.</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>Usa come riferimento</translation>
        </message>
        <message>
            <source>Compare future changes against the levers as they are now.</source>
            <translation>Confronta le modifiche future con le leve come sono ora.</translation>
        </message>
        <message>
            <source>Client-base total</source>
            <translation>Totale della clientela</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Riferimento</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variazione</translation>
        </message>
        <message>
            <source>On the rule of thumb</source>
            <translation>Con la regola pratica</translation>
        </message>
        <message>
            <source>Forecast from history</source>
            <translation>Previsione dalla storia</translation>
        </message>
        <message>
            <source>No forecast: too little history yet, or it is still being worked out.</source>
            <translation>Nessuna previsione: ancora troppa poca storia, oppure è ancora in calcolo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Lingua del sistema</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglese</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>Gallese</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Ebraico</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Afrikaans</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettera (USA)</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>Il mio studio</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Printed at the top of every summary</source>
            <translation>Stampato in cima a ogni riepilogo</translation>
        </message>
        <message>
            <source>e.g. £, €, R, ₪, $</source>
            <translation>es. €, £, R, ₪, $</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> yr</source>
            <translation> anni</translation>
        </message>
        <message>
            <source>Language changes take effect the next time LTV Desktop starts. The lapse window and years retained are the starting values of new documents.</source>
            <translation>Il cambio di lingua ha effetto al prossimo avvio di LTV Desktop. Il periodo di inattività e gli anni di permanenza sono i valori iniziali dei nuovi documenti.</translation>
        </message>
        <message>
            <source>Studio name</source>
            <translation>Nome dello studio</translation>
        </message>
        <message>
            <source>Currency symbol</source>
            <translation>Simbolo della valuta</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Formato della carta</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>Salvataggio automatico ogni</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>Periodo di inattività</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>Anni di permanenza</translation>
        </message>
    </context>
    <context>
        <name>SheetModel</name>
        <message>
            <source>Set this to override what the data says for this client.</source>
            <translation>Impostalo per sostituire ciò che dicono i dati per questo cliente.</translation>
        </message>
        <message>
            <source>Set this to override the scenario's years retained for this client.</source>
            <translation>Impostalo per sostituire gli anni di permanenza dello scenario per questo cliente.</translation>
        </message>
        <message>
            <source>Set this to override the number of clients naming this one as referrer.</source>
            <translation>Impostalo per sostituire il numero di clienti che indicano questo come chi li ha segnalati.</translation>
        </message>
        <message>
            <source>What winning this client cost; empty uses the scenario's figure.</source>
            <translation>Quanto è costato conquistare questo cliente; vuoto usa il dato dello scenario.</translation>
        </message>
        <message>
            <source>Booking or invoice reference: this client's rows of one Order are one purchase.</source>
            <translation>Riferimento di prenotazione o fattura: le righe di questo cliente con lo stesso Ordine sono un solo acquisto.</translation>
        </message>
        <message>
            <source>Computed; changes when the data or a lever changes.</source>
            <translation>Calcolato; cambia quando cambiano i dati o una leva.</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Show every row again</source>
            <translation>Mostra di nuovo tutte le righe</translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Riga %1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n cell(s).</source>
            <translation>
                <numerusform>Copiata %n cella.</numerusform>
                <numerusform>Copiate %n celle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear cells</source>
            <translation>Cancella celle</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>Riempi in basso</translation>
        </message>
        <message>
            <source>Fill right</source>
            <translation>Riempi a destra</translation>
        </message>
        <message>
            <source>Nothing was filled. %1</source>
            <translation>Non è stato riempito nulla. %1</translation>
        </message>
        <message numerus="yes">
            <source>Filled %n cell(s).</source>
            <translation>
                <numerusform>Riempita %n cella.</numerusform>
                <numerusform>Riempite %n celle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Sostituisci</translation>
        </message>
        <message>
            <source>Nothing was replaced. %1</source>
            <translation>Non è stato sostituito nulla. %1</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n cell(s).</source>
            <translation>
                <numerusform>Sostituita %n cella.</numerusform>
                <numerusform>Sostituite %n celle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted. %1</source>
            <translation>Non è stato incollato nulla. %1</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s).</source>
            <translation>
                <numerusform>Incollata %n riga.</numerusform>
                <numerusform>Incollate %n righe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) past the last column were left out.</source>
            <translation>
                <numerusform>%n cella oltre l'ultima colonna è stata esclusa.</numerusform>
                <numerusform>%n celle oltre l'ultima colonna sono state escluse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client ID '%1' is pasted twice.</source>
            <translation>L'ID cliente '%1' è incollato due volte.</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Cells that cannot be used</source>
            <translation>Celle che non si possono usare</translation>
        </message>
        <message>
            <source>%1 cells in %2 cannot be used. Import the other %3 rows and leave these out, or cancel and fix them in the spreadsheet first.</source>
            <translation>%1 celle in %2 non si possono usare. Importa le altre %3 righe escludendo queste, oppure annulla e correggile prima nel foglio di calcolo.</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Salta queste righe</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>lead</source>
            <translation>potenziale</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuovo</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>ricorrente</translation>
        </message>
        <message>
            <source>loyal</source>
            <translation>fedele</translation>
        </message>
        <message>
            <source>advocate</source>
            <translation>promotore</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>perso</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>nessun acquisto finora</translation>
        </message>
        <message>
            <source>one purchase so far</source>
            <translation>un acquisto finora</translation>
        </message>
        <message>
            <source>two or more purchases</source>
            <translation>due o più acquisti</translation>
        </message>
        <message>
            <source>buying for three years or more, from first to last purchase</source>
            <translation>compra da tre anni o più, dal primo all'ultimo acquisto</translation>
        </message>
        <message>
            <source>has referred at least one other client</source>
            <translation>ha segnalato almeno un altro cliente</translation>
        </message>
        <message>
            <source>no purchase within the lapse window or twice their usual gap</source>
            <translation>nessun acquisto entro il periodo di inattività o il doppio del suo intervallo abituale</translation>
        </message>
        <message>
            <source>Buying for %1 yr from first to last purchase; loyal from %2 yr.</source>
            <translation>Compra da %1 anni dal primo all'ultimo acquisto; fedele da %2 anni.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (the lapse window) they count as lapsed.</source>
            <translation>Ultimo acquisto %1 anni fa; dopo più di %2 anni senza acquisti (il periodo di inattività) è considerato perso.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (twice their usual gap, longer than the %3 yr lapse window) they count as lapsed.</source>
            <translation>Ultimo acquisto %1 anni fa; dopo più di %2 anni senza acquisti (il doppio del suo intervallo abituale, più del periodo di inattività di %3 anni) è considerato perso.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than the %2 yr lapse window.</source>
            <translation>Ultimo acquisto %1 anni fa: più del periodo di inattività di %2 anni.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than %2 yr, twice their usual gap (longer than the %3 yr lapse window).</source>
            <translation>Ultimo acquisto %1 anni fa: più di %2 anni, il doppio del suo intervallo abituale (più del periodo di inattività di %3 anni).</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Buying clients</source>
            <translation>Clienti acquirenti</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>Ricavi finora</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valore nel tempo</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>Valore degli extra</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>Compensi dai partner</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>Totale della clientela (senza il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Client-base profit (referral value left out)</source>
            <translation>Utile della clientela (senza il valore delle segnalazioni)</translation>
        </message>
        <message>
            <source>Client-base net after acquisition cost</source>
            <translation>Netto della clientela dopo il costo di acquisizione</translation>
        </message>
        <message>
            <source>Referral value (beside the total)</source>
            <translation>Valore delle segnalazioni (accanto al totale)</translation>
        </message>
    </context>
    <context>
        <name>TransactionsModel</name>
        <message>
            <source>Dated after the as-of date: shown, but left out of every figure.</source>
            <translation>Con data successiva alla data di riferimento: mostrata, ma esclusa da ogni calcolo.</translation>
        </message>
        <message>
            <source>Zero amount: kept, but not a purchase.</source>
            <translation>Importo zero: conservato, ma non è un acquisto.</translation>
        </message>
        <message>
            <source>A refund: lowers revenue, but is not a purchase.</source>
            <translation>Un rimborso: riduce i ricavi, ma non è un acquisto.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to LTV Desktop</source>
            <translation>Benvenuto in LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What is each client really worth?&lt;/h3&gt;&lt;p&gt;LTV Desktop works out every client's lifetime value from your sales, and shows what changes when you change your prices, your follow-ups or your referrals.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Quanto vale davvero ogni cliente?&lt;/h3&gt;&lt;p&gt;LTV Desktop calcola il valore nel tempo di ogni cliente a partire dalle tue vendite, e mostra cosa cambia quando cambi i prezzi, i contatti successivi o le segnalazioni.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Look around the demo studio</source>
            <translation>Dai un'occhiata allo studio di prova</translation>
        </message>
        <message>
            <source>A photography studio with ten years of clients, to try everything on.</source>
            <translation>Uno studio fotografico con dieci anni di clienti, per provare tutto.</translation>
        </message>
        <message>
            <source>Open a workbook…</source>
            <translation>Apri una cartella di lavoro…</translation>
        </message>
        <message>
            <source>An LTV Desktop workbook, or your own client spreadsheet.</source>
            <translation>Una cartella di lavoro di LTV Desktop o il tuo foglio di calcolo dei clienti.</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Inizia da zero</translation>
        </message>
        <message>
            <source>Type your clients in yourself.</source>
            <translation>Inserisci tu i tuoi clienti.</translation>
        </message>
    </context>
    <context>
        <name>YearlyView</name>
        <message>
            <source>Revenue from new and returning clients</source>
            <translation>Ricavi dai clienti nuovi e abituali</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>Ordini nuovi</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>Ordini abituali</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>Ricavi nuovi</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>Ricavi abituali</translation>
        </message>
        <message>
            <source>New per order</source>
            <translation>Nuovi per ordine</translation>
        </message>
        <message>
            <source>Returning per order</source>
            <translation>Abituali per ordine</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>Quota abituale</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>Spesa di acquisizione</translation>
        </message>
        <message>
            <source>New revenue ÷ acquisition spend</source>
            <translation>Ricavi nuovi ÷ spesa di acquisizione</translation>
        </message>
        <message>
            <source>Returning revenue ÷ acquisition spend</source>
            <translation>Ricavi ricorrenti ÷ spesa di acquisizione</translation>
        </message>
        <message>
            <source>What winning the clients whose first purchase was in this year cost (each client's acquisition cost).</source>
            <translation>Quanto è costato conquistare i clienti il cui primo acquisto è stato in quest'anno (il costo di acquisizione di ogni cliente).</translation>
        </message>
        <message>
            <source>Revenue from new clients in this year for every 1 spent winning clients that year: 2.5 means each 100 spent brought 250 from first purchases.</source>
            <translation>Ricavi dai nuovi clienti in quest'anno per ogni 1 speso per conquistare clienti quell'anno: 2,5 significa che ogni 100 spesi hanno portato 250 dai primi acquisti.</translation>
        </message>
        <message>
            <source>Revenue from returning clients in this year for every 1 spent winning clients that year.</source>
            <translation>Ricavi dai clienti che tornano in quest'anno per ogni 1 speso per conquistare clienti quell'anno.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Clienti nuovi</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>Clienti abituali</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Ricavi</translation>
        </message>
    </context>
</TS>
