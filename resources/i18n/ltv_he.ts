<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Only the clients the Clients sheet shows</source>
            <translation>רק הלקוחות שמוצגים בגיליון הלקוחות</translation>
        </message>
        <message>
            <source>When the client sheet is filtered, analyse just those clients.</source>
            <translation>כשגיליון הלקוחות מסונן, לנתח רק את הלקוחות האלה.</translation>
        </message>
    </context>
    <context>
        <name>AsOfEditor</name>
        <message>
            <source>Latest transaction</source>
            <translation>העסקה האחרונה</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Print client summaries</source>
            <translation>הדפסת סיכומי לקוחות</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected client(s)</source>
            <translation>
                <numerusform>הלקוח שנבחר</numerusform>
                <numerusform>%n הלקוחות שנבחרו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s) the filter shows</source>
            <translation>
                <numerusform>הלקוח היחיד שהמסנן מציג</numerusform>
                <numerusform>כל %n הלקוחות שהמסנן מציג</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s)</source>
            <translation>
                <numerusform>הלקוח היחיד</numerusform>
                <numerusform>כל %n הלקוחות</numerusform>
            </translation>
        </message>
        <message>
            <source>One PDF file, one page per client</source>
            <translation>קובץ PDF אחד, עמוד לכל לקוח</translation>
        </message>
        <message>
            <source>One PDF file per client, into a folder</source>
            <translation>קובץ PDF לכל לקוח, לתוך תיקייה</translation>
        </message>
        <message>
            <source>Print, with a preview first</source>
            <translation>הדפסה, עם תצוגה מקדימה תחילה</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>גרסה</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>פלט</translation>
        </message>
        <message>
            <source>One page per client.</source>
            <translation>עמוד אחד לכל לקוח.</translation>
        </message>
    </context>
    <context>
        <name>CallListModel</name>
        <message>
            <source>What they have spent so far plus what the forecast expects of them if they are still a client.</source>
            <translation>מה שהוציא עד כה, ועוד מה שהתחזית מצפה ממנו אם הוא עדיין לקוח.</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Valuable clients whose chance of still being a client is falling: worth a call before they are gone.</source>
            <translation>לקוחות בעלי ערך שהסיכוי שהם עדיין לקוחות הולך ויורד: כדאי להתקשר אליהם לפני שהם הולכים.</translation>
        </message>
        <message>
            <source>Chance still a client below</source>
            <translation>הסיכוי שעדיין לקוח נמוך מ־</translation>
        </message>
        <message>
            <source>Worth at least, if they come back</source>
            <translation>שווה לפחות, אם יחזור</translation>
        </message>
        <message>
            <source>the top quarter</source>
            <translation>הרבע המוביל</translation>
        </message>
        <message>
            <source>Valuable means among the top quarter of clients by what they are worth if they come back. Untick to set the amount yourself.</source>
            <translation>בעלי ערך פירושו ברבע המוביל של הלקוחות לפי כמה שהם שווים אם יחזרו. בטלו את הסימון כדי לקבוע את הסכום בעצמכם.</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>סינון לפי שם או מזהה…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;הדפסה…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>שמירה כ־&amp;PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport as a sheet…</source>
            <translation>&amp;ייצוא כגיליון…</translation>
        </message>
        <message>
            <source>and worth, if they come back, at least</source>
            <translation>ושווים, אם יחזרו, לפחות</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history… the list follows.</source>
            <translation>מעדכנים את התחזית מההיסטוריה של הלקוחות… הרשימה תגיע מיד אחר כך.</translation>
        </message>
        <message>
            <source>Working out the forecast from the clients' history…</source>
            <translation>מחשבים את התחזית מההיסטוריה של הלקוחות…</translation>
        </message>
        <message>
            <source>No forecast yet: %1</source>
            <translation>עדיין אין תחזית: %1</translation>
        </message>
        <message>
            <source>there are no purchases to learn from.</source>
            <translation>אין רכישות שאפשר ללמוד מהן.</translation>
        </message>
        <message>
            <source>%1 clients with a purchase (it needs %2)</source>
            <translation>%1 לקוחות עם רכישה (נדרשים %2)</translation>
        </message>
        <message>
            <source>%1 clients who bought more than once (it needs %2)</source>
            <translation>%1 לקוחות שקנו יותר מפעם אחת (נדרשים %2)</translation>
        </message>
        <message>
            <source>%1 of %2 needed</source>
            <translation>%1 מתוך %2 הנדרשים</translation>
        </message>
        <message>
            <source>Too little history to forecast who may be slipping away: this file has %1. Until then, the formula's values stand.</source>
            <translation>אין מספיק היסטוריה כדי לחזות מי עלול להתרחק: בקובץ הזה יש %1. עד אז, הערכים של הנוסחה נשארים בתוקף.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The forecast could not be fitted to this history, so there is no list; the formula's values stand.</source>
            <translation>לא ניתן היה להתאים את התחזית להיסטוריה הזו, ולכן אין רשימה; הערכים של הנוסחה נשארים בתוקף.</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back, the top quarter)</source>
            <translation>%1 מתוך %2 לקוחות הם בעלי ערך (שווים לפחות %3 אם יחזרו, הרבע המוביל)</translation>
        </message>
        <message>
            <source>%1 of %2 clients are valuable (worth at least %3 if they come back)</source>
            <translation>%1 מתוך %2 לקוחות הם בעלי ערך (שווים לפחות %3 אם יחזרו)</translation>
        </message>
        <message>
            <source>%1; %2 of them have a chance below %3 of still being a client. Forecast as of %4.</source>
            <translation>%1; ל־%2 מהם יש סיכוי של פחות מ־%3 שהם עדיין לקוחות. תחזית נכון ל־%4.</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>שמירת הרשימה כ־PDF</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>לא ניתן לשמור את קובץ ה־PDF</translation>
        </message>
        <message>
            <source>Saved the list to %1</source>
            <translation>הרשימה נשמרה אל %1</translation>
        </message>
        <message>
            <source>Export the list as a sheet</source>
            <translation>ייצוא הרשימה כגיליון</translation>
        </message>
        <message>
            <source>Could not export the list</source>
            <translation>לא ניתן לייצא את הרשימה</translation>
        </message>
        <message>
            <source>Exported the list to %1</source>
            <translation>הרשימה יוצאה אל %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>מסמכי PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>חוברות עבודה של Excel (*.xlsx)</translation>
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
            <translation>שלב מחזור החיים של כל לקוח, לפי הרכישות שלו; הוא משתנה כשהנתונים או מנוף משתנים.</translation>
        </message>
        <message>
            <source>When more than one fits, the first in this order counts: %1.</source>
            <translation>כשיותר משלב אחד מתאים, הראשון בסדר הזה קובע: %1.</translation>
        </message>
        <message>
            <source>Updating the forecast from the clients' history…</source>
            <translation>מעדכנים את התחזית מההיסטוריה של הלקוחות…</translation>
        </message>
        <message>
            <source>Forecast from this client's own purchases (BG/NBD and Gamma-Gamma); see Why this number.</source>
            <translation>תחזית מהרכישות של הלקוח הזה עצמו (BG/NBD ו־Gamma-Gamma); ראו למה המספר הזה.</translation>
        </message>
        <message>
            <source>No client has this ID, so this referral counts for no one.</source>
            <translation>לאף לקוח אין מזהה כזה, ולכן ההפניה הזו לא נזקפת לאף אחד.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Client ID</source>
            <translation>מזהה לקוח</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Formula lifetime value</source>
            <translation>ערך חיי לקוח (נוסחה)</translation>
        </message>
        <message>
            <source>Predicted lifetime value</source>
            <translation>ערך חיי לקוח חזוי</translation>
        </message>
        <message>
            <source>Chance still a client</source>
            <translation>סיכוי שעדיין לקוח</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>רכישה אחרונה</translation>
        </message>
        <message>
            <source>Usual gap (days)</source>
            <translation>פער רגיל (ימים)</translation>
        </message>
        <message>
            <source>Purchases next year (expected)</source>
            <translation>רכישות בשנה הבאה (צפוי)</translation>
        </message>
        <message>
            <source>Worth if they come back</source>
            <translation>ערך אם יחזור</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>ערך הפניות</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>ערך כולל</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>רכישות</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>הכנסות</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>מכירה ממוצעת</translation>
        </message>
        <message>
            <source>Purchases / yr</source>
            <translation>רכישות / שנה</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>שנות שימור</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>הפניות</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>ערך תוספות</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>עמלות שותפים</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>רווח (כולל ערך הפניות)</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>נטו (כולל ערך הפניות)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>הופנה על ידי</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>קשר ראשון</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>תגיות</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>Purchases / yr (set)</source>
            <translation>רכישות / שנה (קבוע)</translation>
        </message>
        <message>
            <source>Years retained (set)</source>
            <translation>שנות שימור (קבוע)</translation>
        </message>
        <message>
            <source>Referrals (set)</source>
            <translation>הפניות (קבוע)</translation>
        </message>
        <message>
            <source>Acquisition cost (set)</source>
            <translation>עלות גיוס (קבוע)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>סכום</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>רכישות בשנה</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>עלות גיוס</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Cheap</source>
            <translation>זולים</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>אמצע</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>מובילים</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>מכירה ממוצעת</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>רכישות בשנה</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>קנו שוב</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>שנים כלקוח עד כה</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>הפניות ללקוח</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>הפנו מישהו</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>ערך חיי לקוח ממוצע</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>ערך כולל ממוצע</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>נתח מסך בסיס הלקוחות</translation>
        </message>
        <message>
            <source>Average sale (quarters)</source>
            <translation>מכירה ממוצעת (רבעים)</translation>
        </message>
        <message>
            <source>Lifetime value (quarters)</source>
            <translation>ערך חיי לקוח (רבעים)</translation>
        </message>
        <message>
            <source>A money threshold</source>
            <translation>סף כספי</translation>
        </message>
        <message>
            <source>Clients whose average sale is below this are cheap; at or above, top.</source>
            <translation>לקוחות שהמכירה הממוצעת שלהם נמוכה מזה הם זולים; בסכום זה ומעליו, מובילים.</translation>
        </message>
        <message>
            <source>Click a group's heading to list its clients.</source>
            <translation>לחצו על כותרת של קבוצה כדי להציג את הלקוחות שלה.</translation>
        </message>
        <message>
            <source>Share of clients and of value, by group</source>
            <translation>נתח הלקוחות ונתח הערך, לפי קבוצה</translation>
        </message>
        <message>
            <source>Split by</source>
            <translation>חלוקה לפי</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>סף</translation>
        </message>
        <message>
            <source>1 lead without a purchase, counted apart</source>
            <translation>ליד אחד בלי רכישה, נספר בנפרד</translation>
        </message>
        <message numerus="yes">
            <source>%n leads without a purchase, counted apart</source>
            <translation>
                <numerusform>ליד אחד בלי רכישה, נספר בנפרד</numerusform>
                <numerusform>%n לידים בלי רכישה, נספרים בנפרד</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>נתח הלקוחות הקונים</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>אחוז</translation>
        </message>
        <message>
            <source>%1 group</source>
            <translation>קבוצת %1</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Clients row %1, %2: %3</source>
            <translation>לקוחות, שורה %1, %2: %3</translation>
        </message>
        <message>
            <source>Transactions row %1, %2: %3</source>
            <translation>עסקאות, שורה %1, %2: %3</translation>
        </message>
        <message>
            <source>Untitled (from %1)</source>
            <translation>ללא שם (מתוך %1)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>ללא שם</translation>
        </message>
        <message>
            <source>Edit cell</source>
            <translation>עריכת תא</translation>
        </message>
        <message>
            <source>Edit cells</source>
            <translation>עריכת תאים</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>הוספת שורה אחת</numerusform>
                <numerusform>הוספת %n שורות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>מחיקת שורה אחת</numerusform>
                <numerusform>מחיקת %n שורות</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>הדבקה</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>לקוח חדש</translation>
        </message>
        <message>
            <source>Add a client first: every transaction belongs to a client.</source>
            <translation>הוסיפו קודם לקוח: כל עסקה שייכת ללקוח.</translation>
        </message>
        <message>
            <source>Reset levers</source>
            <translation>איפוס המנופים</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>שינוי %1</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>קביעה כבסיס השוואה</translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message>
            <source>Select a client to see how their numbers are worked out.</source>
            <translation>בחרו לקוח כדי לראות איך מחושבים המספרים שלו.</translation>
        </message>
        <message>
            <source>Formula:</source>
            <translation>נוסחה:</translation>
        </message>
        <message>
            <source>Predicted from history:</source>
            <translation>חזוי מההיסטוריה:</translation>
        </message>
        <message>
            <source>Predicted from history (updating…):</source>
            <translation>חזוי מההיסטוריה (מתעדכן…):</translation>
        </message>
        <message>
            <source>Stage: %1 — %2.</source>
            <translation>שלב: %1 — %2.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Still saving: try again in a moment.</source>
            <translation>השמירה עדיין מתבצעת: נסו שוב בעוד רגע.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>שינויים שלא נשמרו</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing it?</source>
            <translation>לשמור את השינויים ב־%1 לפני הסגירה?</translation>
        </message>
        <message>
            <source>Open workbook</source>
            <translation>פתיחת חוברת עבודה</translation>
        </message>
        <message>
            <source>Could not open the workbook</source>
            <translation>לא ניתן לפתוח את חוברת העבודה</translation>
        </message>
        <message>
            <source>'%1' could not be read: %2</source>
            <translation>לא ניתן לקרוא את '%1': %2</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>הפתיחה של %1 בוטלה.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 נפתח</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>פותח את %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</source>
            <translation>
                <numerusform>לא ניתן היה להשתמש בתא אחד ב־%1, ולכן השורה שלו הושמטה. ראו קובץ ▸ בעיות בקובץ הזה.</numerusform>
                <numerusform>לא ניתן היה להשתמש ב־%n תאים ב־%1, ולכן השורות שלהם הושמטו. ראו קובץ ▸ בעיות בקובץ הזה.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in this file</source>
            <translation>בעיות בקובץ הזה</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>שמירת חוברת עבודה</translation>
        </message>
        <message>
            <source>Replace a workbook LTV Desktop did not write?</source>
            <translation>להחליף חוברת עבודה ש־LTV Desktop לא כתב?</translation>
        </message>
        <message>
            <source>%1 was made by another program. Saving over it keeps only the Clients, Transactions and Scenario sheets: pictures, charts, formatting, macros, pivot tables and other sheets would be lost.

Replace it anyway?</source>
            <translation>%1 נוצר בתוכנה אחרת. שמירה מעליו משאירה רק את הגיליונות לקוחות, עסקאות ותרחיש: תמונות, תרשימים, עיצוב, פקודות מאקרו, טבלאות ציר וגיליונות אחרים יאבדו.

להחליף בכל זאת?</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>ייבוא גיליון אלקטרוני</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>חוברות עבודה של Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Could not import</source>
            <translation>לא ניתן לייבא</translation>
        </message>
        <message>
            <source>Importing %1 was cancelled.</source>
            <translation>הייבוא של %1 בוטל.</translation>
        </message>
        <message>
            <source>Imported %1 clients and %2 transactions from %3.</source>
            <translation>יובאו %1 לקוחות ו־%2 עסקאות מתוך %3.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>קורא את %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>מייבא את %1…</translation>
        </message>
        <message>
            <source>Export with formulas</source>
            <translation>ייצוא עם נוסחאות</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>לא ניתן לייצא</translation>
        </message>
        <message>
            <source>Export to a new file: this one is the document you are working on.</source>
            <translation>יש לייצא לקובץ חדש: זה המסמך שאתם עובדים עליו.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 יוצא</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>שומר את %1…</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>לא ניתן לשמור</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>שום דבר לא נכתב: %1</translation>
        </message>
        <message>
            <source>%1 was not changed: %2</source>
            <translation>%1 לא שונה: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 נשמר</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>אין קבצים אחרונים</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>ניקוי הרשימה</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>חוברות עבודה של Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>חיפוש והחלפה</translation>
        </message>
        <message>
            <source>Only in the selected cells</source>
            <translation>רק בתאים שנבחרו</translation>
        </message>
        <message>
            <source>Without a selection, every text column of the rows shown is searched; select cells to replace in numbers or dates too.</source>
            <translation>ללא בחירה, החיפוש נעשה בכל עמודות הטקסט של השורות המוצגות; בחרו תאים כדי להחליף גם מספרים או תאריכים.</translation>
        </message>
        <message>
            <source>Match upper and lower case</source>
            <translation>התאמת אותיות גדולות וקטנות</translation>
        </message>
        <message>
            <source>Replace &amp;all</source>
            <translation>החלפת ה&amp;כול</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;חיפוש:</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>החלפה &amp;ב:</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>There are no buying clients yet, so there is nothing to compare.</source>
            <translation>עדיין אין לקוחות קונים, ולכן אין מה להשוות.</translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are at or above %1.</source>
            <translation>
                <numerusform>הלקוח הקונה היחיד נמצא ב־%1 ומעלה.</numerusform>
                <numerusform>כל %n הלקוחות הקונים נמצאים ב־%1 ומעלה.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are below %1.</source>
            <translation>
                <numerusform>הלקוח הקונה היחיד נמצא מתחת ל־%1.</numerusform>
                <numerusform>כל %n הלקוחות הקונים נמצאים מתחת ל־%1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</source>
            <translation>
                <numerusform>יש מעט מדי לקוחות קונים (לקוח אחד) כדי לחלק לרבעים; הוא בקבוצת האמצע.</numerusform>
                <numerusform>יש מעט מדי לקוחות קונים (%n לקוחות) כדי לחלק לרבעים; כולם בקבוצת האמצע.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring %4 of the value</source>
            <translation>לקוחות מ־%1 ומעלה (%2 מתוך %3) מביאים %4 מהערך</translation>
        </message>
        <message>
            <source>Clients at or above %1 (%2 of %3) bring no share of the value yet (the client-base total is 0)</source>
            <translation>לקוחות מ־%1 ומעלה (%2 מתוך %3) עדיין לא מביאים חלק מהערך (סך בסיס הלקוחות הוא 0)</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings %1 of the value</source>
            <translation>הרבע המוביל שלך לפי ערך חיי לקוח מביא %1 מהערך</translation>
        </message>
        <message>
            <source>Your top quarter by lifetime value brings no share of the value yet (the client-base total is 0)</source>
            <translation>הרבע המוביל שלך לפי ערך חיי לקוח עדיין לא מביא חלק מהערך (סך בסיס הלקוחות הוא 0)</translation>
        </message>
        <message>
            <source>Your top quarter brings %1 of the value</source>
            <translation>הרבע המוביל שלך מביא %1 מהערך</translation>
        </message>
        <message>
            <source>Your top quarter brings no share of the value yet (the client-base total is 0)</source>
            <translation>הרבע המוביל שלך עדיין לא מביא חלק מהערך (סך בסיס הלקוחות הוא 0)</translation>
        </message>
        <message>
            <source>%1; neither group has referred anyone.</source>
            <translation>%1; אף קבוצה לא הפנתה איש.</translation>
        </message>
        <message>
            <source>refer %1 per client, those below none</source>
            <translation>מפנים %1 ללקוח, ואלה שמתחת אף לא אחד</translation>
        </message>
        <message>
            <source>refers %1 per client, the cheap quarter none</source>
            <translation>מפנה %1 ללקוח, והרבע הזול אף לא אחד</translation>
        </message>
        <message>
            <source>refer no one, those below %1 per client</source>
            <translation>לא מפנים איש, ואלה שמתחת %1 ללקוח</translation>
        </message>
        <message>
            <source>refers no one, the cheap quarter %1 per client</source>
            <translation>לא מפנה איש, והרבע הזול %1 ללקוח</translation>
        </message>
        <message>
            <source>refer about as often as those below</source>
            <translation>מפנים בערך באותה תדירות כמו אלה שמתחת</translation>
        </message>
        <message>
            <source>refers about as often as the cheap quarter</source>
            <translation>מפנה בערך באותה תדירות כמו הרבע הזול</translation>
        </message>
        <message>
            <source>refer %1× as often as those below</source>
            <translation>מפנים פי %1 יותר מאלה שמתחת</translation>
        </message>
        <message>
            <source>refers %1× as often as the cheap quarter</source>
            <translation>מפנה פי %1 יותר מהרבע הזול</translation>
        </message>
        <message>
            <source>refer less often than those below (%1 per client against %2)</source>
            <translation>מפנים פחות מאלה שמתחת (%1 ללקוח לעומת %2)</translation>
        </message>
        <message>
            <source>refers less often than the cheap quarter (%1 per client against %2)</source>
            <translation>מפנה פחות מהרבע הזול (%1 ללקוח לעומת %2)</translation>
        </message>
        <message>
            <source>%1 and %2.</source>
            <translation>%1 ו%2.</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>Updating the forecast…</source>
            <translation>מעדכנים את התחזית…</translation>
        </message>
        <message>
            <source>&amp;Check the forecast fitted on purchases up to</source>
            <translation>&amp;בדיקת התחזית שהותאמה לרכישות עד</translation>
        </message>
        <message>
            <source>&amp;Default date</source>
            <translation>תאריך ברירת &amp;מחדל</translation>
        </message>
        <message>
            <source>Hold out the last year of history (its last quarter if under four years)</source>
            <translation>להשאיר בצד את השנה האחרונה של ההיסטוריה (את הרבע האחרון שלה אם היא קצרה מארבע שנים)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>בודקים…</translation>
        </message>
        <message>
            <source>Purchases after the date: expected and actual, cumulative</source>
            <translation>רכישות אחרי התאריך: צפויות ובפועל, במצטבר</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, there is too little history for a forecast, so it cannot be checked.</source>
            <translation>כשההתאמה נעשית על רכישות עד %1, אין מספיק היסטוריה לתחזית, ולכן אי אפשר לבדוק אותה.</translation>
        </message>
        <message>
            <source>There are no purchases after %1 to check the forecast against.</source>
            <translation>אין רכישות אחרי %1 שמולן אפשר לבדוק את התחזית.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>צפוי</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>בפועל</translation>
        </message>
        <message>
            <source>Purchases so far</source>
            <translation>רכישות עד כה</translation>
        </message>
    </context>
    <context>
        <name>ForecastRunner</name>
        <message>
            <source>The forecast could not be made: %1</source>
            <translation>לא ניתן היה לבנות את התחזית: %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastStory</name>
        <message>
            <source>none has come back yet</source>
            <translation>אף אחד עוד לא חזר</translation>
        </message>
        <message>
            <source>about 1 in %1 has come back</source>
            <translation>בערך 1 מכל %1 חזר</translation>
        </message>
        <message>
            <source>%1 have come back</source>
            <translation>%1 חזרו</translation>
        </message>
        <message>
            <source>buy about every %1 years</source>
            <translation>קונים בערך כל %1 שנים</translation>
        </message>
        <message>
            <source>buy about once a year</source>
            <translation>קונים בערך פעם בשנה</translation>
        </message>
        <message>
            <source>buy about %1 times a year</source>
            <translation>קונים בערך %1 פעמים בשנה</translation>
        </message>
        <message>
            <source>stay many years (more than %1)</source>
            <translation>נשארים שנים רבות (יותר מ־%1)</translation>
        </message>
        <message>
            <source>stay less than a year</source>
            <translation>נשארים פחות משנה</translation>
        </message>
        <message>
            <source>stay about %1 years</source>
            <translation>נשארים בערך %1 שנים</translation>
        </message>
        <message>
            <source>Of the %1 clients whose first purchase was “%2”, %3; they %4 and %5.</source>
            <translation>מתוך %1 הלקוחות שהרכישה הראשונה שלהם הייתה "%2", %3; הם %4 ו%5.</translation>
        </message>
        <message>
            <source>Of the other %1 clients, %3; they %4 and %5.</source>
            <translation>מתוך %1 הלקוחות האחרים, %3; הם %4 ו%5.</translation>
        </message>
        <message>
            <source>Of all %1 clients, %3; they %4 and %5.</source>
            <translation>מתוך כל %1 הלקוחות, %3; הם %4 ו%5.</translation>
        </message>
        <message>
            <source>regular gaps between purchases</source>
            <translation>פערים קבועים בין רכישות</translation>
        </message>
        <message>
            <source>purchases at random times; may leave after the first</source>
            <translation>רכישות בזמנים אקראיים; לקוח עשוי לעזוב אחרי הראשונה</translation>
        </message>
        <message>
            <source>purchases at random times</source>
            <translation>רכישות בזמנים אקראיים</translation>
        </message>
        <message>
            <source>closer than %1 on the holdout check</source>
            <translation>קרוב יותר מ־%1 בבדיקה מול הרכישות שהושארו בצד</translation>
        </message>
        <message>
            <source>fits better than %1</source>
            <translation>מתאים יותר מ־%1</translation>
        </message>
        <message>
            <source>the only model that settled</source>
            <translation>המודל היחיד שהתייצב</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3; drawn toward the studio's fit.</source>
            <translation>מודל: %1 — %2; %3; מקורב להתאמה של הסטודיו כולו.</translation>
        </message>
        <message>
            <source>Model: %1 — %2; %3.</source>
            <translation>מודל: %1 — %2; %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 clients, %3 came back)</source>
            <translation>"%1" (%2 לקוחות, %3 חזרו)</translation>
        </message>
        <message>
            <source>Too few to fit apart, so they use the studio's figures (a kind needs %1 clients, %2 of whom came back): %3.</source>
            <translation>מעטים מדי כדי להתאים אותם בנפרד, ולכן הם משתמשים בנתונים של הסטודיו (סוג צריך %1 לקוחות, ש־%2 מהם חזרו): %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“%1”: %2 clients; its own fit did not settle, so it uses the studio's figures.</source>
            <translation>"%1": %2 לקוחות; ההתאמה שלו עצמו לא התייצבה, ולכן הוא משתמש בנתונים של הסטודיו.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</source>
            <translation>
                <numerusform>רק לקוח אחד קנה פעמיים ו־%1 קנו בכלל; התחזית צריכה לפחות %2 ו־%3. הערכים של הנוסחה נשארים בתוקף.</numerusform>
                <numerusform>רק %n לקוחות קנו פעמיים ו־%1 קנו בכלל; התחזית צריכה לפחות %2 ו־%3. הערכים של הנוסחה נשארים בתוקף.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>רק לקוח אחד קנה פעמיים; התחזית צריכה לפחות %1. הערכים של הנוסחה נשארים בתוקף.</numerusform>
                <numerusform>רק %n לקוחות קנו פעמיים; התחזית צריכה לפחות %1. הערכים של הנוסחה נשארים בתוקף.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>רק לקוח אחד קנה בכלל; התחזית צריכה לפחות %1. הערכים של הנוסחה נשארים בתוקף.</numerusform>
                <numerusform>רק %n לקוחות קנו בכלל; התחזית צריכה לפחות %1. הערכים של הנוסחה נשארים בתוקף.</numerusform>
            </translation>
        </message>
        <message>
            <source>The purchase model could not settle on this history (its parameters ran to a limit), so it shows no figures. The formula's values stand.</source>
            <translation>מודל הרכישות לא הצליח להתייצב על ההיסטוריה הזו (הפרמטרים שלו הגיעו לגבול), ולכן הוא לא מציג נתונים. הערכים של הנוסחה נשארים בתוקף.</translation>
        </message>
        <message>
            <source>The purchase model did not converge on this history, so it shows no figures. The formula's values stand.</source>
            <translation>מודל הרכישות לא הגיע לפתרון על ההיסטוריה הזו, ולכן הוא לא מציג נתונים. הערכים של הנוסחה נשארים בתוקף.</translation>
        </message>
        <message>
            <source>Spend: each client's average sale is forecast from their own sales, drawn toward the studio's typical %1 (Gamma-Gamma, fitted to %2 clients).</source>
            <translation>הוצאה: המכירה הממוצעת של כל לקוח נחזית מהמכירות שלו עצמו, ומקורבת לסכום האופייני של הסטודיו, %1 (Gamma-Gamma, הותאם ל־%2 לקוחות).</translation>
        </message>
        <message>
            <source>Spend: the spend model has no average on this history (q ≤ 1: a few very large sales dominate), so each client's own average sale is used.</source>
            <translation>הוצאה: למודל ההוצאה אין ממוצע על ההיסטוריה הזו (q ≤ 1: כמה מכירות גדולות מאוד שולטות), ולכן משתמשים במכירה הממוצעת של כל לקוח עצמו.</translation>
        </message>
        <message>
            <source>Spend: only %1 clients have bought again; the spend model needs %2, so each client's own average sale is used.</source>
            <translation>הוצאה: רק %1 לקוחות קנו שוב; מודל ההוצאה צריך %2, ולכן משתמשים במכירה הממוצעת של כל לקוח עצמו.</translation>
        </message>
        <message>
            <source>Spend: the spend model did not settle on this history, so each client's own average sale is used.</source>
            <translation>הוצאה: מודל ההוצאה לא התייצב על ההיסטוריה הזו, ולכן משתמשים במכירה הממוצעת של כל לקוח עצמו.</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases in %3; there were %4 (%5).</source>
            <translation>כשהותאמה לרכישות עד %1, היא ציפתה ל־%2 רכישות ב־%3; בפועל היו %4 (%5).</translation>
        </message>
        <message>
            <source>Fitted on purchases to %1, it expected %2 purchases from %3 to %6; there were %4 (%5).</source>
            <translation>כשהותאמה לרכישות עד %1, היא ציפתה ל־%2 רכישות מ־%3 עד %6; בפועל היו %4 (%5).</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>'%1' is not a date; type it like %2 or 2025-03-31.</source>
            <translation>'%1' אינו תאריך; יש להקליד אותו כמו %2 או 2025-03-31.</translation>
        </message>
    </context>
    <context>
        <name>Formula</name>
        <message>
            <source>No purchases yet, so lifetime value is %1 (a lead).</source>
            <translation>עדיין אין רכישות, ולכן ערך חיי הלקוח הוא %1 (ליד).</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 שנים</translation>
        </message>
        <message>
            <source>(discounted at %1: %2 yr)</source>
            <translation>(בהיוון של %1: %2 שנים)</translation>
        </message>
        <message>
            <source>Lapsed, so lifetime value is what they spent: %1</source>
            <translation>רדום, ולכן ערך חיי הלקוח הוא מה שהוציא: %1</translation>
        </message>
        <message>
            <source>%1 × %2/yr × %3 = %4</source>
            <translation>%1 × %2 בשנה × %3 = %4</translation>
        </message>
        <message>
            <source>from history instead: %1</source>
            <translation>מההיסטוריה במקום זאת: %1</translation>
        </message>
        <message numerus="yes">
            <source>+ %n referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>
                <numerusform>+ הפניה אחת × %2 × %3 (מקדם לקוח מופנה) = %4</numerusform>
                <numerusform>+ %n הפניות × %2 × %3 (מקדם לקוח מופנה) = %4</numerusform>
            </translation>
        </message>
        <message>
            <source>+ add-on %1 (take rate) × %2 (add-on price) = %3</source>
            <translation>+ תוספות %1 (שיעור רכישה) × %2 (מחיר תוספת) = %3</translation>
        </message>
        <message>
            <source>+ partner fees %1 (partner referral rate) × %2 (finder's fee) = %3</source>
            <translation>+ עמלות שותפים %1 (שיעור הפניה לשותפים) × %2 (דמי תיווך) = %3</translation>
        </message>
        <message>
            <source>+ %1 referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>+ %1 הפניות × %2 × %3 (מקדם לקוח מופנה) = %4</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>סה״כ %1</translation>
        </message>
    </context>
    <context>
        <name>HowItWorksDialog</name>
        <message>
            <source>&lt;h2&gt;How lifetime value is computed&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;איך מחושב ערך חיי הלקוח&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Lifetime value&lt;/b&gt; = average sale × purchases per year × years retained&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;ערך חיי לקוח&lt;/b&gt; = מכירה ממוצעת × רכישות בשנה × שנות שימור&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Average sale&lt;/b&gt;: a client's revenue (refunds taken off) ÷ their purchases.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;מכירה ממוצעת&lt;/b&gt;: ההכנסות מלקוח (בניכוי החזרים) ÷ מספר הרכישות שלו.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Purchases per year&lt;/b&gt;: purchases ÷ the years since their first purchase (at least one year), unless their row says otherwise.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;רכישות בשנה&lt;/b&gt;: רכישות ÷ השנים מאז הרכישה הראשונה (שנה אחת לפחות), אלא אם בשורה שלו כתוב אחרת.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;&lt;b&gt;Years retained&lt;/b&gt;: how long a client stays — 10 years unless you change it in the Scenario panel or on the client's row.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;שנות שימור&lt;/b&gt;: כמה זמן לקוח נשאר — 10 שנים, אלא אם משנים זאת בחלונית התרחיש או בשורת הלקוח.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Referrals&lt;/b&gt; add the value of the clients a client brings: referral value = referrals × lifetime value × referred-client factor.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;הפניות&lt;/b&gt; מוסיפות את ערך הלקוחות שלקוח מביא: ערך הפניות = הפניות × ערך חיי לקוח × מקדם לקוח מופנה.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Total value&lt;/b&gt; = lifetime value + referral value + add-on value + partner fees. The client-base total adds lifetime value, add-ons and partner fees over all clients, and shows referral value beside it (referred clients are already rows of their own).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;ערך כולל&lt;/b&gt; = ערך חיי לקוח + ערך הפניות + ערך תוספות + עמלות שותפים. סך בסיס הלקוחות מחבר ערך חיי לקוח, תוספות ועמלות שותפים של כל הלקוחות, ומציג לצדו את ערך ההפניות (ללקוחות שהופנו כבר יש שורות משלהם).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Worked cases&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;דוגמאות מחושבות&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A gym member paying 20 a month for 5 years: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;מנוי בחדר כושר שמשלם 20 בחודש במשך 5 שנים: 20 × 12 × 5 = &lt;b&gt;1,200&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A photography client: 400 × once a year × 10 years = &lt;b&gt;4,000&lt;/b&gt;; four referrals of the same average add 4 × 4,000 = 16,000, total &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;לקוח צילום: 400 × פעם בשנה × 10 שנים = &lt;b&gt;4,000&lt;/b&gt;; ארבע הפניות עם אותו ממוצע מוסיפות 4 × 4,000 = 16,000, סה״כ &lt;b&gt;20,000&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;li&gt;A painter sells 10 % of 200 past clients a 500 add-on: &lt;b&gt;+10,000&lt;/b&gt; to the base.&lt;/li&gt;</source>
            <translation>&lt;li&gt;צייר מוכר תוספת של 500 ל־10% מתוך 200 לקוחות קודמים: &lt;b&gt;‎+10,000&lt;/b&gt; לבסיס.&lt;/li&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Profit&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;רווח&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Profit = total value × gross margin − yearly retention cost × years retained; net = profit − acquisition cost; LTV:CAC = profit ÷ acquisition cost. Winning a new client usually costs about five times what keeping one costs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;רווח = ערך כולל × שיעור רווח גולמי − עלות שימור שנתית × שנות שימור; נטו = רווח − עלות גיוס; LTV:CAC = רווח ÷ עלות גיוס. גיוס לקוח חדש עולה בדרך כלל בערך פי חמישה משימור לקוח קיים.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select any client and look at &lt;b&gt;Why this number&lt;/b&gt; to see the formula with their own figures.&lt;/p&gt;</source>
            <translation>&lt;p&gt;בחרו לקוח כלשהו והסתכלו ב&lt;b&gt;למה המספר הזה&lt;/b&gt; כדי לראות את הנוסחה עם הנתונים שלו.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>How lifetime value is computed</source>
            <translation>איך מחושב ערך חיי הלקוח</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>ייבוא %1</translation>
        </message>
        <message>
            <source>None: make the clients from the sales</source>
            <translation>אין: ליצור את הלקוחות מתוך המכירות</translation>
        </message>
        <message>
            <source>Work it out from the dates</source>
            <translation>להסיק מהתאריכים</translation>
        </message>
        <message>
            <source>Day first (31/12/2024)</source>
            <translation>יום קודם (31/12/2024)</translation>
        </message>
        <message>
            <source>Month first (12/31/2024)</source>
            <translation>חודש קודם (12/31/2024)</translation>
        </message>
        <message>
            <source>Only matters for dates typed as text that could be read either way.</source>
            <translation>רלוונטי רק לתאריכים שהוקלדו כטקסט ואפשר לקרוא אותם בשתי הדרכים.</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>מכירות</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>גיליון</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Dates typed as text</source>
            <translation>תאריכים שהוקלדו כטקסט</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ייבוא</translation>
        </message>
        <message>
            <source>Check which column holds what. The guesses come from the headings and the values; * marks what the app needs. Nothing is written to %1.</source>
            <translation>בדקו איזו עמודה מכילה מה. הניחושים מבוססים על הכותרות ועל הערכים; * מסמן את מה שהיישום צריך. שום דבר לא נכתב אל %1.</translation>
        </message>
        <message>
            <source>— not in this workbook —</source>
            <translation>— לא בחוברת העבודה הזו —</translation>
        </message>
        <message>
            <source>Not found; choose a column if there is one.</source>
            <translation>לא נמצא; בחרו עמודה אם יש כזו.</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>בחרו עמודה עבור: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>סכום</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>מזהה לקוח</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>הופנה על ידי</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>קשר ראשון</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>תגיות</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>רכישות בשנה</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>שנות שימור</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>הפניות</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>עלות גיוס</translation>
        </message>
    </context>
    <context>
        <name>LeverSpinBox</name>
        <message>
            <source> yr</source>
            <translation> שנים</translation>
        </message>
    </context>
    <context>
        <name>Levers</name>
        <message>
            <source>As-of date</source>
            <translation>תאריך החישוב</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>הנחות</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>שנות שימור</translation>
        </message>
        <message>
            <source>How many years a client usually stays with you, unless their row says otherwise.</source>
            <translation>כמה שנים לקוח נשאר איתך בדרך כלל, אלא אם בשורה שלו כתוב אחרת.</translation>
        </message>
        <message>
            <source>Referred-client factor</source>
            <translation>מקדם לקוח מופנה</translation>
        </message>
        <message>
            <source>Add-on take rate</source>
            <translation>שיעור רכישת תוספות</translation>
        </message>
        <message>
            <source>Add-ons and partners</source>
            <translation>תוספות ושותפים</translation>
        </message>
        <message>
            <source>Add-on price</source>
            <translation>מחיר תוספת</translation>
        </message>
        <message>
            <source>Partner referral rate</source>
            <translation>שיעור הפניה לשותפים</translation>
        </message>
        <message>
            <source>Finder's fee</source>
            <translation>דמי תיווך</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>שיעור רווח גולמי</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>עלויות</translation>
        </message>
        <message>
            <source>Retention cost per year</source>
            <translation>עלות שימור לשנה</translation>
        </message>
        <message>
            <source>What keeping one client costs you each year (cards, calls, small favours).</source>
            <translation>כמה עולה לכם לשמר לקוח אחד בכל שנה (כרטיסי ברכה, שיחות, מחוות קטנות).</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>עלות גיוס</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>שיעור היוון</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>שינוי מחיר</translation>
        </message>
        <message>
            <source>The day the figures are worked out for; empty means the date of the latest sale.</source>
            <translation>היום שלגביו מחושבים המספרים; ריק פירושו תאריך המכירה האחרונה.</translation>
        </message>
        <message>
            <source>What a client sent to you by another client is worth, compared with the client who sent them: 1 = the same, 0.5 = half.</source>
            <translation>כמה שווה לקוח שלקוח אחר שלח אליכם, בהשוואה ללקוח ששלח אותו: 1 = אותו דבר, 0.5 = חצי.</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many also buy an extra, such as an album or prints.</source>
            <translation>מתוך כל 100 לקוחות משלמים, כמה קונים גם תוספת, כמו אלבום או הדפסות.</translation>
        </message>
        <message>
            <source>What one extra (an album, a set of prints) sells for.</source>
            <translation>המחיר שבו נמכרת תוספת אחת (אלבום, סט הדפסות).</translation>
        </message>
        <message>
            <source>Out of every 100 paying clients, how many you send on to a partner business (a florist, a venue) that pays you for each one.</source>
            <translation>מתוך כל 100 לקוחות משלמים, כמה אתם שולחים לעסק שותף (חנות פרחים, אולם) שמשלם לכם על כל אחד.</translation>
        </message>
        <message>
            <source>What a partner business pays you for each client you send them.</source>
            <translation>כמה עסק שותף משלם לכם על כל לקוח שאתם שולחים אליו.</translation>
        </message>
        <message>
            <source>How much of each sale you keep after paying for the job itself (prints, travel, an assistant); 100 % keeps all of it.</source>
            <translation>כמה מכל מכירה נשאר לכם אחרי התשלום על העבודה עצמה (הדפסות, נסיעות, עוזר); 100 % פירושו שהכול נשאר.</translation>
        </message>
        <message>
            <source>What winning one new client costs (ads, fairs, free sessions), unless their row says otherwise.</source>
            <translation>כמה עולה להשיג לקוח חדש אחד (פרסום, ירידים, מפגשים בחינם), אלא אם כתוב אחרת בשורה שלו.</translation>
        </message>
        <message>
            <source>Money in later years counts for less than money now: how much less each year, in percent. 0 % counts every year the same.</source>
            <translation>כסף בשנים מאוחרות שווה פחות מכסף עכשיו: בכמה פחות בכל שנה, באחוזים. 0 % סופר כל שנה אותו דבר.</translation>
        </message>
        <message>
            <source>Try every price this much higher (or lower).</source>
            <translation>נסו כל מחיר גבוה (או נמוך) יותר בשיעור הזה.</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>מה אם</translation>
        </message>
        <message>
            <source>Purchases per year change</source>
            <translation>שינוי ברכישות בשנה</translation>
        </message>
        <message>
            <source>Clients buy this much more (or less) often.</source>
            <translation>הלקוחות קונים לעתים קרובות יותר (או פחות) בשיעור הזה.</translation>
        </message>
        <message>
            <source>Years retained change</source>
            <translation>שינוי בשנות השימור</translation>
        </message>
        <message>
            <source>Clients stay this many years longer (or shorter).</source>
            <translation>הלקוחות נשארים מספר שנים זה יותר (או פחות).</translation>
        </message>
        <message>
            <source>Referral rate change</source>
            <translation>שינוי בשיעור ההפניות</translation>
        </message>
        <message>
            <source>Clients recommend you this much more (or less) often.</source>
            <translation>הלקוחות ממליצים עליכם לעתים קרובות יותר (או פחות) בשיעור הזה.</translation>
        </message>
        <message>
            <source>How long without a purchase before a client counts as lapsed (gone); for a client who usually buys less often, twice their usual gap instead.</source>
            <translation>כמה זמן בלי רכישה עד שלקוח נחשב רדום (עזב); ללקוח שבדרך כלל קונה לעתים רחוקות יותר, פעמיים הפער הרגיל שלו במקום זה.</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>חלון רדימות</translation>
        </message>
        <message>
            <source>Value from</source>
            <translation>מקור הערך</translation>
        </message>
        <message>
            <source>Where each client's lifetime value comes from: the rule of thumb (average sale × purchases per year × years retained) or the forecast from their own history.</source>
            <translation>מאיפה מגיע ערך חיי הלקוח של כל לקוח: כלל האצבע (מכירה ממוצעת × רכישות בשנה × שנות שימור) או התחזית מההיסטוריה שלו עצמו.</translation>
        </message>
        <message>
            <source>Rule of thumb (formula)</source>
            <translation>כלל אצבע (נוסחה)</translation>
        </message>
        <message>
            <source>Forecast from each client's history</source>
            <translation>תחזית מההיסטוריה של כל לקוח</translation>
        </message>
    </context>
    <context>
        <name>LifeCycleView</name>
        <message>
            <source>Clients by life-cycle stage</source>
            <translation>לקוחות לפי שלב במחזור החיים</translation>
        </message>
        <message>
            <source>Click a stage to list its clients.</source>
            <translation>לחצו על שלב כדי להציג את הלקוחות שבו.</translation>
        </message>
        <message>
            <source>Click to list these clients.</source>
            <translation>לחצו כדי להציג את הלקוחות האלה.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>ערך כולל</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>נתח הלקוחות</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>מה זה אומר</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>שלב: %1</translation>
        </message>
    </context>
    <context>
        <name>LoadBar</name>
        <message>
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <source>the reader stopped unexpectedly</source>
            <translation>הקורא נעצר באופן בלתי צפוי</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter clients: name, ID, e-mail, tag, stage…</source>
            <translation>סינון לקוחות: שם, מזהה, דוא״ל, תגית, שלב…</translation>
        </message>
        <message>
            <source>Filter transactions: client, kind, description…</source>
            <translation>סינון עסקאות: לקוח, סוג, תיאור…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>עסקאות</translation>
        </message>
        <message>
            <source>Cheap versus top</source>
            <translation>זולים מול מובילים</translation>
        </message>
        <message>
            <source>Where the value sits</source>
            <translation>איפה נמצא הערך</translation>
        </message>
        <message>
            <source>New versus returning</source>
            <translation>חדשים מול חוזרים</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>מחזור חיים</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>ניתוח</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>תרחיש</translation>
        </message>
        <message>
            <source>Why this number</source>
            <translation>למה המספר הזה</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>תחזית</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>למי להתקשר</translation>
        </message>
        <message>
            <source>What's &amp;This?</source>
            <translation>&amp;מה זה?</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>פתיחת &amp;אחרונים</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;עריכה</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ע&amp;זרה</translation>
        </message>
        <message>
            <source>File</source>
            <translation>קובץ</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;ביטול</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ביצוע &amp;מחדש</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>לקוח אחד</numerusform>
                <numerusform>%Ln לקוחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>עסקה אחת</numerusform>
                <numerusform>%Ln עסקאות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln client(s)</source>
            <translation>
                <numerusform>%1 / לקוח אחד</numerusform>
                <numerusform>%1 / %Ln לקוחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln transaction(s)</source>
            <translation>
                <numerusform>%1 / עסקה אחת</numerusform>
                <numerusform>%1 / %Ln עסקאות</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 clients (%2 buying)</source>
            <translation>%1 לקוחות (%2 קונים)</translation>
        </message>
        <message>
            <source>Lifetime value %1</source>
            <translation>ערך חיי לקוח %1</translation>
        </message>
        <message>
            <source>Referral value %1 (not added)</source>
            <translation>ערך הפניות %1 (לא נוסף)</translation>
        </message>
        <message>
            <source>Client-base total %1 (referral value left out)</source>
            <translation>סך בסיס הלקוחות %1 (ללא ערך הפניות)</translation>
        </message>
        <message>
            <source>Client-base profit %1</source>
            <translation>רווח בסיס הלקוחות %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>נכון ל־%1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>About LTV Desktop</source>
            <translation>אודות LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;What your clients are worth over the whole relationship.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (PySide6), NumPy, python-calamine and XlsxWriter.&lt;/p&gt;</source>
            <translation>&lt;b&gt;LTV Desktop %1&lt;/b&gt;&lt;p&gt;כמה הלקוחות שלך שווים לאורך כל הקשר.&lt;/p&gt;&lt;p&gt;רישיון MIT. נבנה עם Qt for Python (PySide6), ‏NumPy, ‏python-calamine ו־XlsxWriter.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;חדש</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;פתיחה…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמירה</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>שמירה &amp;בשם…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>יציא&amp;ה</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ה&amp;עתקה</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;גזירה</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ה&amp;דבקה</translation>
        </message>
        <message>
            <source>C&amp;lear cells</source>
            <translation>&amp;ניקוי תאים</translation>
        </message>
        <message>
            <source>Fill &amp;down</source>
            <translation>מילוי &amp;למטה</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>חיפוש ו&amp;החלפה…</translation>
        </message>
        <message>
            <source>Fill &amp;right</source>
            <translation>מילוי &amp;ימינה</translation>
        </message>
        <message>
            <source>&amp;Insert row</source>
            <translation>הוספת &amp;שורה</translation>
        </message>
        <message>
            <source>&amp;Delete rows</source>
            <translation>מ&amp;חיקת שורות</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;סינון…</translation>
        </message>
        <message>
            <source>&amp;About LTV Desktop</source>
            <translation>או&amp;דות LTV Desktop</translation>
        </message>
        <message>
            <source>&amp;Problems in this file…</source>
            <translation>ב&amp;עיות בקובץ הזה…</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;ייבוא גיליון אלקטרוני…</translation>
        </message>
        <message>
            <source>&amp;Export with formulas…</source>
            <translation>יי&amp;צוא עם נוסחאות…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>הגדרו&amp;ת…</translation>
        </message>
        <message>
            <source>Who to &amp;call</source>
            <translation>&amp;למי להתקשר</translation>
        </message>
        <message>
            <source>&amp;How lifetime value is computed</source>
            <translation>&amp;איך מחושב ערך חיי הלקוח</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Clients can be split by %1; not by '%2'.</source>
            <translation>אפשר לחלק לקוחות לפי %1; לא לפי '%2'.</translation>
        </message>
        <message>
            <source>Splitting at a threshold needs a money amount.</source>
            <translation>חלוקה לפי סף דורשת סכום כסף.</translation>
        </message>
        <message>
            <source>There is no stage called '%1'. Known: %2.</source>
            <translation>אין שלב בשם '%1'. השלבים המוכרים: %2.</translation>
        </message>
        <message>
            <source>'%1' is not a date.</source>
            <translation>'%1' אינו תאריך.</translation>
        </message>
        <message>
            <source>'%1' is not a number.</source>
            <translation>'%1' אינו מספר.</translation>
        </message>
        <message>
            <source>%1 is too large to be a number.</source>
            <translation>%1 גדול מדי בשביל להיות מספר.</translation>
        </message>
        <message>
            <source>'%1' is not an amount.</source>
            <translation>'%1' אינו סכום.</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount.</source>
            <translation>%1 גדול מדי בשביל להיות סכום.</translation>
        </message>
        <message>
            <source>'%1' is not a money amount.</source>
            <translation>'%1' אינו סכום כסף.</translation>
        </message>
        <message>
            <source>%1 is too large to be a money amount.</source>
            <translation>%1 גדול מדי בשביל להיות סכום כסף.</translation>
        </message>
        <message>
            <source>Two clients share a Client ID.</source>
            <translation>לשני לקוחות יש אותו מזהה לקוח.</translation>
        </message>
        <message>
            <source>New clients need Client IDs that are not used yet.</source>
            <translation>לקוחות חדשים צריכים מזהי לקוח שעדיין לא בשימוש.</translation>
        </message>
        <message>
            <source>%1 of these clients still have transactions (%2). Delete or move their transactions first.</source>
            <translation>ל־%1 מהלקוחות האלה עדיין יש עסקאות (%2). מחקו או העבירו קודם את העסקאות שלהם.</translation>
        </message>
        <message>
            <source>A new transaction names a client that does not exist.</source>
            <translation>עסקה חדשה מציינת לקוח שלא קיים.</translation>
        </message>
        <message>
            <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'%1' אינו תאריך; כתבו אותו בצורה YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>A client needs a Client ID.</source>
            <translation>ללקוח נדרש מזהה לקוח.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used by another client.</source>
            <translation>מזהה הלקוח '%1' כבר בשימוש אצל לקוח אחר.</translation>
        </message>
        <message>
            <source>A client cannot refer themselves.</source>
            <translation>לקוח לא יכול להפנות את עצמו.</translation>
        </message>
        <message>
            <source>A client needs a name.</source>
            <translation>ללקוח נדרש שם.</translation>
        </message>
        <message>
            <source>There is no client with ID '%1'.</source>
            <translation>אין לקוח עם המזהה '%1'.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 לא יכול להיות שלילי.</translation>
        </message>
        <message>
            <source>A transaction needs a Client ID.</source>
            <translation>לעסקה נדרש מזהה לקוח.</translation>
        </message>
        <message>
            <source>A transaction needs a date.</source>
            <translation>לעסקה נדרש תאריך.</translation>
        </message>
        <message>
            <source>A transaction needs an amount.</source>
            <translation>לעסקה נדרש סכום.</translation>
        </message>
        <message>
            <source>'%1' already exists and is not a call list written by LTV Desktop; choose another name, so that nothing in it is lost.</source>
            <translation>'%1' כבר קיים ואינו רשימת שיחות ש־LTV Desktop כתב; בחרו שם אחר, כדי ששום דבר שבו לא יאבד.</translation>
        </message>
        <message>
            <source>'%1' could not be written (%2).</source>
            <translation>לא ניתן היה לכתוב את '%1' (%2).</translation>
        </message>
        <message>
            <source>lapsed, so the years from their first to their last purchase</source>
            <translation>רדום, ולכן השנים מהרכישה הראשונה ועד האחרונה</translation>
        </message>
        <message>
            <source>set on the client's row</source>
            <translation>נקבע בשורה של הלקוח</translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.</source>
            <translation>
                <numerusform>מכירה ממוצעת %1 = הכנסות %2 ÷ רכישה אחת, ואז שינוי מחיר %3.</numerusform>
                <numerusform>מכירה ממוצעת %1 = הכנסות %2 ÷ %n רכישות, ואז שינוי מחיר %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s).</source>
            <translation>
                <numerusform>מכירה ממוצעת %1 = הכנסות %2 ÷ רכישה אחת.</numerusform>
                <numerusform>מכירה ממוצעת %1 = הכנסות %2 ÷ %n רכישות.</numerusform>
            </translation>
        </message>
        <message>
            <source>Years retained %1: %2, %3 yr.</source>
            <translation>שנות שימור %1: %2, %3 שנים.</translation>
        </message>
        <message>
            <source>Years retained %1: %2.</source>
            <translation>שנות שימור %1: %2.</translation>
        </message>
        <message>
            <source>Profit %1 = %2 × %3 margin − %4/yr × %5 yr; net %6 after %7 to win them.</source>
            <translation>רווח %1 = %2 × שיעור רווח %3 − %4 לשנה × %5 שנים; נטו %6 אחרי %7 לגיוס.</translation>
        </message>
        <message>
            <source>1 client names them as referrer</source>
            <translation>לקוח אחד מציין אותו כמפנה</translation>
        </message>
        <message numerus="yes">
            <source>%n clients name them as referrer</source>
            <translation>
                <numerusform>לקוח אחד מציין אותו כמפנה</numerusform>
                <numerusform>%n לקוחות מציינים אותו כמפנה</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals %1: %2, then %3.</source>
            <translation>הפניות %1: %2, ואז %3.</translation>
        </message>
        <message>
            <source>Referrals %1: %2.</source>
            <translation>הפניות %1: %2.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2), then %3.</source>
            <translation>רכישות בשנה %1: נקבע בשורה של הלקוח (%2), ואז %3.</translation>
        </message>
        <message>
            <source>Purchases per year %1: set on the client's row (%2).</source>
            <translation>רכישות בשנה %1: נקבע בשורה של הלקוח (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1), then %2.</source>
            <translation>
                <numerusform>רכישות בשנה %1 = רכישה אחת ÷ שנים מאז הרכישה הראשונה (לפחות 1), ואז %2.</numerusform>
                <numerusform>רכישות בשנה %1 = %n רכישות ÷ שנים מאז הרכישה הראשונה (לפחות 1), ואז %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1).</source>
            <translation>
                <numerusform>רכישות בשנה %1 = רכישה אחת ÷ שנים מאז הרכישה הראשונה (לפחות 1).</numerusform>
                <numerusform>רכישות בשנה %1 = %n רכישות ÷ שנים מאז הרכישה הראשונה (לפחות 1).</numerusform>
            </translation>
        </message>
        <message>
            <source>the %1 years they have already stayed</source>
            <translation>%1 השנים שכבר נשאר</translation>
        </message>
        <message>
            <source>the scenario's default</source>
            <translation>ברירת המחדל של התרחיש</translation>
        </message>
        <message>
            <source>'%1' could not be exported (%2).</source>
            <translation>לא ניתן היה לייצא את '%1' (%2).</translation>
        </message>
        <message>
            <source>a stray value far from the table (more than %1 empty rows or %2 empty columns away) was left out</source>
            <translation>ערך תועה רחוק מהטבלה (יותר מ־%1 שורות ריקות או %2 עמודות ריקות ממנה) הושמט</translation>
        </message>
        <message>
            <source>you do not have permission to open it</source>
            <translation>אין לכם הרשאה לפתוח אותו</translation>
        </message>
        <message>
            <source>'%1' is damaged (%2). It may not have finished downloading or copying; try a backup copy, or open it in Excel, which can sometimes repair it.</source>
            <translation>'%1' פגום (%2). ייתכן שההורדה או ההעתקה שלו לא הסתיימו; נסו עותק גיבוי, או פתחו אותו ב־Excel, שלפעמים מצליח לתקן אותו.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed (it would unpack to %2 GB); it was not opened.</source>
            <translation>'%1' גדול מדי או פגום במבנהו (הוא היה נפרס ל־%2 GB); הוא לא נפתח.</translation>
        </message>
        <message>
            <source>'%1' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx (Excel Workbook) in Excel or LibreOffice and open that.</source>
            <translation>'%1' היא חוברת עבודה ישנה של Excel 97–2003 (.xls). שמרו אותה כ־.xlsx (חוברת עבודה של Excel) ב־Excel או ב־LibreOffice ופתחו אותה.</translation>
        </message>
        <message>
            <source>'%1' is not an Excel workbook (.xlsx).</source>
            <translation>'%1' אינו חוברת עבודה של Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' is a folder, not a workbook.</source>
            <translation>'%1' היא תיקייה, לא חוברת עבודה.</translation>
        </message>
        <message>
            <source>'%1' is not a workbook file.</source>
            <translation>'%1' אינו קובץ של חוברת עבודה.</translation>
        </message>
        <message>
            <source>'%1' is empty (0 bytes). It may not have finished downloading or copying.</source>
            <translation>'%1' ריק (0 בתים). ייתכן שההורדה או ההעתקה שלו לא הסתיימו.</translation>
        </message>
        <message>
            <source>'%1' is too large or malformed; it was not opened.</source>
            <translation>'%1' גדול מדי או פגום במבנהו; הוא לא נפתח.</translation>
        </message>
        <message>
            <source>'%1' is an Excel binary workbook (.xlsb). Please save it as .xlsx (Excel Workbook) in Excel and open that.</source>
            <translation>'%1' היא חוברת עבודה בינארית של Excel (.xlsb). שמרו אותה כ־.xlsx (חוברת עבודה של Excel) ב־Excel ופתחו אותה.</translation>
        </message>
        <message>
            <source>'%1' is saved in the Strict Open XML format, which LTV Desktop cannot open here. Please save it in Excel as a normal "Excel Workbook (.xlsx)" and open that.</source>
            <translation>'%1' נשמר בתבנית Strict Open XML, ש־LTV Desktop לא יכול לפתוח כאן. שמרו אותו ב־Excel כ"חוברת עבודה של Excel (.xlsx)" רגילה ופתחו אותה.</translation>
        </message>
        <message>
            <source>'%1' is a password-protected workbook; open it in Excel, remove the password, and try again.</source>
            <translation>'%1' היא חוברת עבודה מוגנת בסיסמה; פתחו אותה ב־Excel, הסירו את הסיסמה ונסו שוב.</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: part of it cannot be unpacked</source>
            <translation>הקובץ חלקי או פגום: לא ניתן לפרוס חלק ממנו</translation>
        </message>
        <message>
            <source>the file is incomplete or corrupt: %1</source>
            <translation>הקובץ חלקי או פגום: %1</translation>
        </message>
        <message>
            <source>'%1' cannot be read (%2).</source>
            <translation>לא ניתן לקרוא את '%1' (%2).</translation>
        </message>
        <message>
            <source>'%1' was not found. It may have been moved, renamed or deleted.</source>
            <translation>'%1' לא נמצא. ייתכן שהוא הועבר, ששמו שונה או שנמחק.</translation>
        </message>
        <message>
            <source>the file is shorter than its own table of contents says</source>
            <translation>הקובץ קצר ממה שתוכן העניינים שלו עצמו אומר</translation>
        </message>
        <message>
            <source>'%1' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx (Excel Workbook) in LibreOffice or Excel and open that.</source>
            <translation>'%1' הוא גיליון אלקטרוני של OpenDocument (.ods). שמרו אותו כ־.xlsx (חוברת עבודה של Excel) ב־LibreOffice או ב־Excel ופתחו אותו.</translation>
        </message>
        <message>
            <source>'%1' is a Word document, not an Excel workbook (.xlsx).</source>
            <translation>'%1' הוא מסמך Word, לא חוברת עבודה של Excel (.xlsx).</translation>
        </message>
        <message>
            <source>'%1' contains XML entity declarations (in %2), which spreadsheets never use and which can be used to attack programs that read XML; it was not opened.</source>
            <translation>'%1' מכיל הצהרות ישויות XML (ב־%2), שגיליונות אלקטרוניים אף פעם לא משתמשים בהן ושאפשר לנצל אותן לתקיפת תוכנות שקוראות XML; הוא לא נפתח.</translation>
        </message>
        <message>
            <source>'%1': the '%2' sheet has a value in cell %3, so opening it would lay out %4 rows × %5 columns (%6 cells), far more than a client list needs. If that cell is a stray entry, delete it (in Excel, Ctrl+End jumps to it), save, and try again.</source>
            <translation>'%1': בגיליון '%2' יש ערך בתא %3, ולכן פתיחתו הייתה פורסת %4 שורות × %5 עמודות (%6 תאים), הרבה יותר ממה שרשימת לקוחות צריכה. אם התא הזה הוא רישום תועה, מחקו אותו (ב־Excel, ‏Ctrl+End קופץ אליו), שמרו ונסו שוב.</translation>
        </message>
        <message>
            <source>the '%1' sheet is missing from it: %2 is not in the file</source>
            <translation>הגיליון '%1' חסר בו: %2 לא נמצא בקובץ</translation>
        </message>
        <message>
            <source>permission denied: is it open in Excel, or is the folder read-only?</source>
            <translation>ההרשאה נדחתה: האם הוא פתוח ב־Excel, או שהתיקייה לקריאה בלבד?</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>הדיסק מלא</translation>
        </message>
        <message>
            <source>a column of dates</source>
            <translation>עמודה של תאריכים</translation>
        </message>
        <message>
            <source>a column of money</source>
            <translation>עמודה של סכומי כסף</translation>
        </message>
        <message>
            <source>a column of numbers</source>
            <translation>עמודה של מספרים</translation>
        </message>
        <message>
            <source>a column of email addresses</source>
            <translation>עמודה של כתובות דוא"ל</translation>
        </message>
        <message>
            <source>a column of phone numbers</source>
            <translation>עמודה של מספרי טלפון</translation>
        </message>
        <message>
            <source>a column of names or words</source>
            <translation>עמודה של שמות או מילים</translation>
        </message>
        <message>
            <source>a column of mixed values</source>
            <translation>עמודה של ערכים מעורבים</translation>
        </message>
        <message>
            <source>a column of nothing</source>
            <translation>עמודה ריקה</translation>
        </message>
        <message>
            <source>header '%1'</source>
            <translation>הכותרת '%1'</translation>
        </message>
        <message>
            <source>There is no field called '%1'. Fields: %2.</source>
            <translation>אין שדה בשם '%1'. השדות: %2.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>נבחרה על ידיכם</translation>
        </message>
        <message>
            <source>a column of %1</source>
            <translation>עמודה של %1</translation>
        </message>
        <message>
            <source>'%1' is not a date</source>
            <translation>'%1' אינו תאריך</translation>
        </message>
        <message>
            <source>%1 is not a date</source>
            <translation>%1 אינו תאריך</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet</source>
            <translation>%1 הוא מספר, לא תאריך; עצבו את העמודה כתאריכים בגיליון האלקטרוני</translation>
        </message>
        <message>
            <source>%1 is a time of day, not a date</source>
            <translation>%1 הוא שעה ביום, לא תאריך</translation>
        </message>
        <message>
            <source>%1 is a length of time, not a date</source>
            <translation>%1 הוא משך זמן, לא תאריך</translation>
        </message>
        <message>
            <source>%1 is a date, not a number</source>
            <translation>%1 הוא תאריך, לא מספר</translation>
        </message>
        <message>
            <source>%1 is a time, not a number</source>
            <translation>%1 הוא שעה, לא מספר</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not a number</source>
            <translation>התא מכיל 'NaN' (לא מספר), לא מספר</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not a number</source>
            <translation>התא מכיל מספר אינסופי, לא מספר</translation>
        </message>
        <message>
            <source>%1 is too large to be a number</source>
            <translation>%1 גדול מדי בשביל להיות מספר</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' אינו מספר</translation>
        </message>
        <message>
            <source>%1 is a date, not an amount</source>
            <translation>%1 הוא תאריך, לא סכום</translation>
        </message>
        <message>
            <source>%1 is a time, not an amount</source>
            <translation>%1 הוא שעה, לא סכום</translation>
        </message>
        <message>
            <source>the cell holds 'NaN' (not a number), not an amount</source>
            <translation>התא מכיל 'NaN' (לא מספר), לא סכום</translation>
        </message>
        <message>
            <source>the cell holds an infinite number, not an amount</source>
            <translation>התא מכיל מספר אינסופי, לא סכום</translation>
        </message>
        <message>
            <source>%1 is too large to be an amount</source>
            <translation>%1 גדול מדי בשביל להיות סכום</translation>
        </message>
        <message>
            <source>'%1' is not an amount</source>
            <translation>'%1' אינו סכום</translation>
        </message>
        <message>
            <source>'%1' is not a real date</source>
            <translation>'%1' אינו תאריך אמיתי</translation>
        </message>
        <message>
            <source>%1 is a number, not a date; format the column as dates in the spreadsheet (as a date it would be %2)</source>
            <translation>%1 הוא מספר, לא תאריך; עצבו את העמודה כתאריכים בגיליון האלקטרוני (כתאריך הוא היה %2)</translation>
        </message>
        <message>
            <source>Text dates in %1 were read day first, as '%2' can only be read that way.</source>
            <translation>תאריכים כטקסט ב־%1 נקראו כשהיום ראשון, כי את '%2' אפשר לקרוא רק כך.</translation>
        </message>
        <message>
            <source>Text dates in %1 were read month first, as '%2' can only be read that way.</source>
            <translation>תאריכים כטקסט ב־%1 נקראו כשהחודש ראשון, כי את '%2' אפשר לקרוא רק כך.</translation>
        </message>
        <message>
            <source>'%1' is not a date in day/month/year order</source>
            <translation>'%1' אינו תאריך בסדר יום/חודש/שנה</translation>
        </message>
        <message>
            <source>'%1' is not a date in month/day/year order</source>
            <translation>'%1' אינו תאריך בסדר חודש/יום/שנה</translation>
        </message>
        <message>
            <source>'%1' could be %2 or %3; choose the day/month order</source>
            <translation>'%1' יכול להיות %2 או %3; בחרו את סדר היום/חודש</translation>
        </message>
        <message>
            <source>Choose the columns yourself: in the import window, or with --map FIELD=COLUMN.</source>
            <translation>בחרו את העמודות בעצמכם: בחלון הייבוא, או עם ‎--map FIELD=COLUMN.</translation>
        </message>
        <message>
            <source>%1; left empty</source>
            <translation>%1; נשאר ריק</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>תאריכים</translation>
        </message>
        <message>
            <source>clients (names or IDs)</source>
            <translation>לקוחות (שמות או מזהים)</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>סכומים</translation>
        </message>
        <message>
            <source>Client IDs or names</source>
            <translation>מזהי לקוח או שמות</translation>
        </message>
        <message>
            <source>money</source>
            <translation>סכומי כסף</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>מספרים</translation>
        </message>
        <message>
            <source>email addresses</source>
            <translation>כתובות דוא"ל</translation>
        </message>
        <message>
            <source>phone numbers</source>
            <translation>מספרי טלפון</translation>
        </message>
        <message>
            <source>names or words</source>
            <translation>שמות או מילים</translation>
        </message>
        <message>
            <source>mixed values</source>
            <translation>ערכים מעורבים</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>כלום</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 או %2</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used.</source>
            <translation>'%1': לא נמצאו שורות שמישות בגיליון '%2': בכל אחת מ־%3 השורות שלו יש תא שאי אפשר להשתמש בו.</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2); left empty</source>
            <translation>%1 לא יכול להיות שלילי (הוא %2); נשאר ריק</translation>
        </message>
        <message>
            <source>a client cannot refer themselves; the referral is not counted</source>
            <translation>לקוח לא יכול להפנות את עצמו; ההפניה לא נספרת</translation>
        </message>
        <message>
            <source>client '%1' was left out ('%2' row %3), so this transaction is too</source>
            <translation>הלקוח '%1' הושמט ('%2' שורה %3), ולכן גם העסקה הזו</translation>
        </message>
        <message>
            <source>there is no client '%1' on the '%2' sheet (by ID or name)</source>
            <translation>אין לקוח '%1' בגיליון '%2' (לא לפי מזהה ולא לפי שם)</translation>
        </message>
        <message>
            <source>'%1' has no worksheets (only charts or macros), so nothing to import.</source>
            <translation>ב־'%1' אין גיליונות עבודה (רק תרשימים או פקודות מאקרו), ולכן אין מה לייבא.</translation>
        </message>
        <message>
            <source>'%1' is empty: its sheets (%2) hold no cells at all.</source>
            <translation>'%1' ריק: בגיליונות שלו (%2) אין תאים בכלל.</translation>
        </message>
        <message>
            <source>'%1': no sheet looks like sales (a column of dates and one of amounts) or a client list. %2</source>
            <translation>'%1': אף גיליון לא נראה כמו מכירות (עמודה של תאריכים ועמודה של סכומים) או כמו רשימת לקוחות. %2</translation>
        </message>
        <message>
            <source>'%1': no column of %2 was found on the '%3' sheet (its columns: %4). %5</source>
            <translation>'%1': לא נמצאה עמודה של %2 בגיליון '%3' (העמודות שלו: %4). %5</translation>
        </message>
        <message>
            <source>'%1': could not tell which column of the '%2' sheet holds the %3: the best guess, %4, holds %5, which is not enough to go on. %6</source>
            <translation>'%1': לא ניתן לזהות איזו עמודה בגיליון '%2' מכילה את ה%3: הניחוש הטוב ביותר, %4, מכיל %5, וזה לא מספיק. %6</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet at all; nothing to import.</source>
            <translation>'%1': לא נמצאו שורות כלל בגיליון '%2'; אין מה לייבא.</translation>
        </message>
        <message>
            <source>'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a cell that cannot be used. The first: %4.</source>
            <translation>'%1': לא נמצאו שורות שמישות בגיליון '%2': בכל אחת מ־%3 השורות שלו יש תא שאי אפשר להשתמש בו. הראשון: %4.</translation>
        </message>
        <message>
            <source>Row %1 of '%2' is a totals row and was left out.</source>
            <translation>שורה %1 של '%2' היא שורת סיכום והושמטה.</translation>
        </message>
        <message>
            <source>a client needs a Client ID</source>
            <translation>ללקוח נדרש מזהה לקוח</translation>
        </message>
        <message>
            <source>a client needs a name</source>
            <translation>ללקוח נדרש שם</translation>
        </message>
        <message>
            <source>client '%1' was left out (row %2); the referral is not counted</source>
            <translation>הלקוח '%1' הושמט (שורה %2); ההפניה לא נספרת</translation>
        </message>
        <message>
            <source>no client with this ID or name; the referral is not counted</source>
            <translation>אין לקוח עם המזהה או השם הזה; ההפניה לא נספרת</translation>
        </message>
        <message>
            <source>a transaction needs an amount</source>
            <translation>לעסקה נדרש סכום</translation>
        </message>
        <message>
            <source>a transaction needs a client</source>
            <translation>לעסקה נדרש לקוח</translation>
        </message>
        <message>
            <source>'%1': no rows found on the '%2' sheet below its headers (row %3); nothing to import.</source>
            <translation>'%1': לא נמצאו שורות בגיליון '%2' מתחת לכותרות שלו (שורה %3); אין מה לייבא.</translation>
        </message>
        <message>
            <source>Client ID '%1' is already used on row %2</source>
            <translation>מזהה הלקוח '%1' כבר בשימוש בשורה %2</translation>
        </message>
        <message>
            <source>a transaction needs a date</source>
            <translation>לעסקה נדרש תאריך</translation>
        </message>
        <message>
            <source>'%1': column %2 chosen for %3 is empty on the '%4' sheet (its last column is %5).</source>
            <translation>'%1': עמודה %2 שנבחרה עבור %3 ריקה בגיליון '%4' (העמודה האחרונה שלו היא %5).</translation>
        </message>
        <message>
            <source>'%1': %2 cells cannot be used; the first: %3.</source>
            <translation>'%1': אי אפשר להשתמש ב־%2 תאים; הראשון: %3.</translation>
        </message>
        <message>
            <source>There is no client sheet: %1 clients were made from the '%2' column of '%3'.</source>
            <translation>אין גיליון לקוחות: %1 לקוחות נוצרו מהעמודה '%2' של '%3'.</translation>
        </message>
        <message>
            <source>'%1': the dates on the '%2' sheet (such as %3 in %4) could be read day first or month first. Choose the day/month order: in the import window, or with --day-first or --month-first.</source>
            <translation>'%1': את התאריכים בגיליון '%2' (כמו %3 ב־%4) אפשר לקרוא כשהיום ראשון או כשהחודש ראשון. בחרו את סדר היום/חודש: בחלון הייבוא, או עם ‎--day-first או ‎--month-first.</translation>
        </message>
        <message>
            <source>'%1' (the '%2' sheet)</source>
            <translation>'%1' (הגיליון '%2')</translation>
        </message>
        <message>
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <source>'%1' has no sheet called '%2' (its sheets: %3).</source>
            <translation>ב־'%1' אין גיליון בשם '%2' (הגיליונות שלו: %3).</translation>
        </message>
        <message>
            <source>its zip container cannot be unpacked: %1</source>
            <translation>לא ניתן לפרוס את מכל ה־zip שלו: %1</translation>
        </message>
        <message>
            <source> (the '%1' sheet)</source>
            <translation> (הגיליון '%1')</translation>
        </message>
        <message>
            <source>'%1' is damaged: the XML inside it%2 is malformed (%3). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>'%1' פגום: ה־XML שבתוכו%2 פגום במבנהו (%3). פתחו אותו ב־Excel או ב־LibreOffice ושמרו אותו שוב כ־.xlsx.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>לא ניתן לקרוא את %1: %2. פתחו אותו ב־Excel או ב־LibreOffice ושמרו אותו שוב כ־.xlsx.</translation>
        </message>
        <message>
            <source>%1 is too large to open in the memory this computer has.</source>
            <translation>%1 גדול מדי לפתיחה בזיכרון שיש למחשב הזה.</translation>
        </message>
        <message>
            <source>%1 is damaged in a way the reader cannot get past (%2). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
            <translation>%1 פגום באופן שהקורא לא מצליח לעבור (%2). פתחו אותו ב־Excel או ב־LibreOffice ושמרו אותו שוב כ־.xlsx.</translation>
        </message>
        <message>
            <source>the file needs more memory than a workbook should</source>
            <translation>הקובץ דורש יותר זיכרון ממה שחוברת עבודה אמורה לדרוש</translation>
        </message>
        <message>
            <source>The workbook has no transactions yet.</source>
            <translation>בחוברת העבודה עדיין אין עסקאות.</translation>
        </message>
        <message>
            <source>There is no scenario setting called '%1'. Known: %2.</source>
            <translation>אין הגדרת תרחיש בשם '%1'. ההגדרות המוכרות: %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 חייב להיות מספר.</translation>
        </message>
        <message>
            <source>%1 must be a finite number.</source>
            <translation>%1 חייב להיות מספר סופי.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3; got %4.</source>
            <translation>%1 חייב להיות בין %2 ל־%3; התקבל %4.</translation>
        </message>
        <message>
            <source>%1 must be a date or empty.</source>
            <translation>%1 חייב להיות תאריך או ריק.</translation>
        </message>
        <message>
            <source>%1 must be one of %2.</source>
            <translation>%1 חייב להיות אחד מ־%2.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number.</source>
            <translation>%1: '%2' אינו מספר.</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1: '%2' אינו תאריך; כתבו אותו בצורה YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Importing workbooks with other layouts comes in a later version.</source>
            <translation>ייבוא חוברות עבודה במבנים אחרים יגיע בגרסה מאוחרת יותר.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and save again.</source>
            <translation>%1 בשורה %2 של הגיליון %3 באורך %4 תווים; תא בגיליון אלקטרוני מכיל לכל היותר %5. קצרו אותו ושמרו שוב.</translation>
        </message>
        <message>
            <source>%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most %5. Shorten it and export again.</source>
            <translation>%1 בשורה %2 של הגיליון %3 באורך %4 תווים; תא בגיליון אלקטרוני מכיל לכל היותר %5. קצרו אותו וייצאו שוב.</translation>
        </message>
        <message>
            <source>no 'Setting' and 'Value' columns here; the default scenario is used</source>
            <translation>אין כאן עמודות 'Setting' ו־'Value'; נעשה שימוש בתרחיש ברירת המחדל</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' אינו מספר</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>ריק</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: it has no '%2' sheet (its sheets: %3). %4</source>
            <translation>'%1' לא נראה כמו חוברת עבודה של LTV Desktop: אין בו גיליון '%2' (הגיליונות שלו: %3). %4</translation>
        </message>
        <message>
            <source>%1: '%2' is not a date</source>
            <translation>%1: '%2' אינו תאריך</translation>
        </message>
        <message>
            <source>the reader stopped at: %1</source>
            <translation>הקורא נעצר ב: %1</translation>
        </message>
        <message>
            <source>the '%1' sheet cannot be read: %2</source>
            <translation>לא ניתן לקרוא את הגיליון '%1': %2</translation>
        </message>
        <message>
            <source>'%1' does not look like an LTV Desktop workbook: the '%2' sheet has no '%3' column. %4</source>
            <translation>'%1' לא נראה כמו חוברת עבודה של LTV Desktop: בגיליון '%2' אין עמודה '%3'. %4</translation>
        </message>
        <message>
            <source>%1 cannot be negative (it is %2)</source>
            <translation>%1 לא יכול להיות שלילי (הוא %2)</translation>
        </message>
        <message>
            <source>no client with this ID; the referral is not counted</source>
            <translation>אין לקוח עם המזהה הזה; ההפניה לא נספרת</translation>
        </message>
        <message>
            <source>'%1' is not a scenario setting; the row is ignored</source>
            <translation>'%1' אינו הגדרת תרחיש; השורה לא נלקחת בחשבון</translation>
        </message>
        <message>
            <source>'%1' is listed twice; the first one is used</source>
            <translation>'%1' מופיע פעמיים; נעשה שימוש בראשון</translation>
        </message>
        <message>
            <source>'%1' could not be saved (%2). The previous version is untouched.</source>
            <translation>לא ניתן היה לשמור את '%1' (%2). הגרסה הקודמת לא נפגעה.</translation>
        </message>
        <message>
            <source>a transaction needs a Client ID</source>
            <translation>לעסקה נדרש מזהה לקוח</translation>
        </message>
        <message>
            <source>no setting name; the row is ignored</source>
            <translation>אין שם הגדרה; השורה לא נלקחת בחשבון</translation>
        </message>
        <message>
            <source>%1; the default (%2) is used</source>
            <translation>%1; נעשה שימוש בברירת המחדל (%2)</translation>
        </message>
        <message>
            <source>client '%1' was left out (Clients row %2), so this transaction is too</source>
            <translation>הלקוח '%1' הושמט (לקוחות שורה %2), ולכן גם העסקה הזו</translation>
        </message>
        <message>
            <source>there is no client with ID '%1' in the Clients sheet</source>
            <translation>אין לקוח עם המזהה '%1' בגיליון הלקוחות</translation>
        </message>
        <message>
            <source>%1; the Value column's setting is used</source>
            <translation>%1; נעשה שימוש בהגדרה שבעמודה Value</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>The page size must be A4 or Letter, not '%1'.</source>
            <translation>גודל העמוד חייב להיות A4 או Letter, לא '%1'.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>הודפס ב־%1</translation>
        </message>
        <message>
            <source>Rank %1 of %2 clients by total value</source>
            <translation>מקום %1 מתוך %2 לקוחות לפי ערך כולל</translation>
        </message>
        <message>
            <source>The only client so far.</source>
            <translation>הלקוח היחיד עד כה.</translation>
        </message>
        <message>
            <source>Worth more than any other client.</source>
            <translation>שווה יותר מכל לקוח אחר.</translation>
        </message>
        <message>
            <source>Worth more than %1 of your other clients.</source>
            <translation>שווה יותר מ־%1 מהלקוחות האחרים שלך.</translation>
        </message>
        <message>
            <source>A lead: not in the cheap, middle or top group until a first purchase.</source>
            <translation>ליד: לא בקבוצה הזולה, האמצעית או המובילה עד הרכישה הראשונה.</translation>
        </message>
        <message>
            <source>Top group: average sale at or above %1.</source>
            <translation>קבוצה מובילה: מכירה ממוצעת של %1 ומעלה.</translation>
        </message>
        <message>
            <source>Cheap group: average sale below %1.</source>
            <translation>קבוצה זולה: מכירה ממוצעת מתחת ל־%1.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by average sale.</source>
            <translation>ברבע הזול של הלקוחות הקונים לפי מכירה ממוצעת.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by average sale.</source>
            <translation>ברבע המוביל של הלקוחות הקונים לפי מכירה ממוצעת.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by average sale.</source>
            <translation>בקבוצת האמצע של הלקוחות הקונים לפי מכירה ממוצעת.</translation>
        </message>
        <message>
            <source>In the cheap quarter of buying clients by lifetime value.</source>
            <translation>ברבע הזול של הלקוחות הקונים לפי ערך חיי לקוח.</translation>
        </message>
        <message>
            <source>In the top quarter of buying clients by lifetime value.</source>
            <translation>ברבע המוביל של הלקוחות הקונים לפי ערך חיי לקוח.</translation>
        </message>
        <message>
            <source>In the middle group of buying clients by lifetime value.</source>
            <translation>בקבוצת האמצע של הלקוחות הקונים לפי ערך חיי לקוח.</translation>
        </message>
        <message>
            <source>least value</source>
            <translation>הערך הנמוך ביותר</translation>
        </message>
        <message>
            <source>most value</source>
            <translation>הערך הגבוה ביותר</translation>
        </message>
        <message>
            <source>Your purchases</source>
            <translation>הרכישות שלכם</translation>
        </message>
        <message>
            <source>Thank you for choosing %1. Here is what you have bought from us so far; we look forward to seeing you again.</source>
            <translation>תודה שבחרתם ב־%1. הנה מה שרכשתם מאיתנו עד כה; נשמח לראות אתכם שוב.</translation>
        </message>
        <message>
            <source>Thank you for getting in touch with %1. We look forward to working with you.</source>
            <translation>תודה שפניתם אל %1. נשמח לעבוד איתכם.</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>מה רכשתם</translation>
        </message>
        <message>
            <source>With thanks from %1</source>
            <translation>בתודה, %1</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>סיכום לקוח</translation>
        </message>
        <message>
            <source>Client ID %1  ·  %2: %3  ·  as of %4</source>
            <translation>מזהה לקוח %1  ·  %2: %3  ·  נכון ל־%4</translation>
        </message>
        <message>
            <source>Referred (%1)</source>
            <translation>הפנה (%1)</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>הפנה</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>הופנה על ידי</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>קשר ראשון</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>רכישה ראשונה</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>רכישה אחרונה</translation>
        </message>
        <message>
            <source>Lifetime value (predicted from history)</source>
            <translation>ערך חיי לקוח (חזוי מההיסטוריה)</translation>
        </message>
        <message>
            <source>Lifetime value (formula)</source>
            <translation>ערך חיי לקוח (נוסחה)</translation>
        </message>
        <message>
            <source>Profit (with referral value)</source>
            <translation>רווח (כולל ערך הפניות)</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>עלות גיוס</translation>
        </message>
        <message>
            <source>Net (with referral value)</source>
            <translation>נטו (כולל ערך הפניות)</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>רכישות</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>תגיות</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>How they buy</source>
            <translation>איך הוא קונה</translation>
        </message>
        <message>
            <source>What they are worth</source>
            <translation>כמה הוא שווה</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>הכנסות עד כה</translation>
        </message>
        <message>
            <source>Average sale</source>
            <translation>מכירה ממוצעת</translation>
        </message>
        <message>
            <source>Purchases per year</source>
            <translation>רכישות בשנה</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>שנות שימור</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>הפניות</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>ערך חיי לקוח</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>ערך הפניות</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>ערך תוספות</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>עמלות שותפים</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>ערך כולל</translation>
        </message>
        <message>
            <source>Profit ÷ acquisition cost</source>
            <translation>רווח ÷ עלות גיוס</translation>
        </message>
        <message>
            <source>A lead: the acquisition cost is set against profit from the first purchase, so net is 0 until then.</source>
            <translation>ליד: עלות הגיוס מקוזזת מהרווח של הרכישה הראשונה, ולכן הנטו הוא 0 עד אז.</translation>
        </message>
        <message>
            <source>How the total is worked out:  %1</source>
            <translation>איך מחושב הסכום:  %1</translation>
        </message>
        <message>
            <source>Where they stand</source>
            <translation>איפה הוא עומד</translation>
        </message>
        <message>
            <source>Spending per year</source>
            <translation>הוצאה לפי שנה</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>הוצאה</translation>
        </message>
        <message>
            <source>No purchases yet.</source>
            <translation>עדיין אין רכישות.</translation>
        </message>
        <message>
            <source>%1  ·  printed %2</source>
            <translation>%1  ·  הודפס ב־%2</translation>
        </message>
        <message>
            <source>Prepared by %1 with LTV Desktop</source>
            <translation>הוכן על ידי %1 באמצעות LTV Desktop</translation>
        </message>
        <message>
            <source>1 refund</source>
            <translation>החזר אחד</translation>
        </message>
        <message numerus="yes">
            <source>%1 refunds</source>
            <translation>
                <numerusform>החזר %1</numerusform>
                <numerusform>%1 החזרים</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 after the as-of date, not counted</source>
            <translation>%1 אחרי תאריך החישוב, לא נספרו</translation>
        </message>
        <message>
            <source>1 row, most recent first</source>
            <translation>שורה אחת, האחרונות קודם</translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, most recent first</source>
            <translation>
                <numerusform>שורה %1, האחרונות קודם</numerusform>
                <numerusform>%1 שורות, האחרונות קודם</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchases up to the as-of date.</source>
            <translation>אין רכישות עד תאריך החישוב.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>סכום</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>… and %1 earlier, back to %2, together %3</source>
            <translation>… ועוד %1 קודמות, עד %2, ביחד %3</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (המשך)</translation>
        </message>
        <message>
            <source>latest transaction</source>
            <translation>העסקה האחרונה</translation>
        </message>
        <message>
            <source>%1 yr</source>
            <translation>%1 שנים</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>הוזז</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 נק׳</translation>
        </message>
        <message>
            <source>no transactions yet</source>
            <translation>עדיין אין עסקאות</translation>
        </message>
        <message>
            <source>%1 clients, %2 with purchases  ·  figures as of %3</source>
            <translation>%1 לקוחות, %2 עם רכישות  ·  נתונים נכון ל־%3</translation>
        </message>
        <message>
            <source>lifetime value predicted from history</source>
            <translation>ערך חיי לקוח חזוי מההיסטוריה</translation>
        </message>
        <message>
            <source>lifetime value from the formula</source>
            <translation>ערך חיי לקוח לפי הנוסחה</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>סך בסיס הלקוחות (ללא ערך הפניות)</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>בסיס השוואה %1</translation>
        </message>
        <message>
            <source>all clients</source>
            <translation>כל הלקוחות</translation>
        </message>
        <message>
            <source>beside the total, not added</source>
            <translation>לצד הסכום, לא נוסף</translation>
        </message>
        <message>
            <source>up to the as-of date</source>
            <translation>עד תאריך החישוב</translation>
        </message>
        <message>
            <source>Totals: baseline and current levers</source>
            <translation>סכומים: בסיס השוואה ומנופים נוכחיים</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>נתון</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>בסיס השוואה</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>נוכחי</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>הפרש</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>שינוי</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>סכומים</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>תרחיש</translation>
        </message>
        <message>
            <source>1 setting moved from the baseline</source>
            <translation>הגדרה אחת הוזזה מבסיס ההשוואה</translation>
        </message>
        <message numerus="yes">
            <source>%1 settings moved from the baseline</source>
            <translation>
                <numerusform>הגדרה %1 הוזזה מבסיס ההשוואה</numerusform>
                <numerusform>%1 הגדרות הוזזו מבסיס ההשוואה</numerusform>
            </translation>
        </message>
        <message>
            <source>the current levers are the baseline</source>
            <translation>המנופים הנוכחיים הם בסיס ההשוואה</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>הגדרה</translation>
        </message>
        <message>
            <source>Cheap versus top clients</source>
            <translation>לקוחות זולים מול מובילים</translation>
        </message>
        <message>
            <source>Below</source>
            <translation>מתחת</translation>
        </message>
        <message>
            <source>At or above</source>
            <translation>בסף ומעליו</translation>
        </message>
        <message>
            <source>Cheap</source>
            <translation>זולים</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>אמצע</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>מובילים</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>קנו שוב</translation>
        </message>
        <message>
            <source>Years as a client so far</source>
            <translation>שנים כלקוח עד כה</translation>
        </message>
        <message>
            <source>Referrals per client</source>
            <translation>הפניות ללקוח</translation>
        </message>
        <message>
            <source>Referred anyone</source>
            <translation>הפנו מישהו</translation>
        </message>
        <message>
            <source>Average lifetime value</source>
            <translation>ערך חיי לקוח ממוצע</translation>
        </message>
        <message>
            <source>Average total value</source>
            <translation>ערך כולל ממוצע</translation>
        </message>
        <message>
            <source>Share of client-base total</source>
            <translation>נתח מסך בסיס הלקוחות</translation>
        </message>
        <message>
            <source>Share of buying clients</source>
            <translation>נתח הלקוחות הקונים</translation>
        </message>
        <message>
            <source>Share of the value</source>
            <translation>נתח מהערך</translation>
        </message>
        <message>
            <source>Each group's share (%)</source>
            <translation>הנתח של כל קבוצה (%)</translation>
        </message>
        <message>
            <source>New versus returning clients</source>
            <translation>לקוחות חדשים מול חוזרים</translation>
        </message>
        <message>
            <source>orders and revenue per year</source>
            <translation>הזמנות והכנסות לפי שנה</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>שנה</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>הזמנות חדשות</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>הכנסות חדשות</translation>
        </message>
        <message>
            <source>Per order</source>
            <translation>להזמנה</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>הזמנות חוזרות</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>הכנסות חוזרות</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>נתח חוזרים</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>הוצאות גיוס</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>לקוחות חדשים</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>לקוחות חוזרים</translation>
        </message>
        <message>
            <source>Revenue per year from new and from returning clients</source>
            <translation>הכנסות לפי שנה מלקוחות חדשים ומלקוחות חוזרים</translation>
        </message>
        <message>
            <source>No orders yet.</source>
            <translation>עדיין אין הזמנות.</translation>
        </message>
        <message>
            <source>Life cycle</source>
            <translation>מחזור חיים</translation>
        </message>
        <message>
            <source>each client's stage, derived from the data</source>
            <translation>השלב של כל לקוח, כפי שעולה מהנתונים</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>משמעות</translation>
        </message>
        <message>
            <source>Share of clients</source>
            <translation>נתח הלקוחות</translation>
        </message>
        <message>
            <source>Top %1 clients by total value</source>
            <translation>%1 הלקוחות המובילים לפי ערך כולל</translation>
        </message>
        <message>
            <source>the top 20 % of clients hold %1 of the client-base total</source>
            <translation>20% הלקוחות המובילים מחזיקים %1 מסך בסיס הלקוחות</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>מזהה לקוח</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Share of total value</source>
            <translation>נתח מהערך הכולל</translation>
        </message>
        <message>
            <source>Top clients by total value</source>
            <translation>הלקוחות המובילים לפי ערך כולל</translation>
        </message>
        <message>
            <source>No clients yet.</source>
            <translation>עדיין אין לקוחות.</translation>
        </message>
        <message>
            <source>1 lead counted apart</source>
            <translation>ליד אחד נספר בנפרד</translation>
        </message>
        <message numerus="yes">
            <source>%1 leads counted apart</source>
            <translation>
                <numerusform>ליד %1 נספר בנפרד</numerusform>
                <numerusform>%1 לידים נספרים בנפרד</numerusform>
            </translation>
        </message>
        <message>
            <source>split at an average sale of %1; %2</source>
            <translation>חלוקה לפי מכירה ממוצעת של %1; %2</translation>
        </message>
        <message>
            <source>buying clients ranked by average sale, bottom and top quarters; %1</source>
            <translation>לקוחות קונים מדורגים לפי מכירה ממוצעת, הרבע התחתון והעליון; %1</translation>
        </message>
        <message>
            <source>buying clients ranked by lifetime value, bottom and top quarters; %1</source>
            <translation>לקוחות קונים מדורגים לפי ערך חיי לקוח, הרבע התחתון והעליון; %1</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>למי להתקשר</translation>
        </message>
        <message>
            <source>No client matches these rules.</source>
            <translation>אין לקוח שעונה על הכללים האלה.</translation>
        </message>
        <message>
            <source>The printer or file could not be opened for painting.</source>
            <translation>לא ניתן לפתוח את המדפסת או את הקובץ לציור.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>המדפסת סירבה לעמוד חדש.</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>דוח בסיס הלקוחות</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>נכון ל־%1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>עמוד %1 מתוך %2</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>לא ניתן לכתוב את %1: התיקייה %2 לא קיימת.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>לא ניתן לכתוב את %1: %2.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>סיכומי לקוחות</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>סיכום לקוח: %1</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>הסטודיו שלי</translation>
        </message>
        <message>
            <source>lifetime value = average sale × purchases per year × years retained</source>
            <translation>ערך חיי לקוח = מכירה ממוצעת × רכישות בשנה × שנות שימור</translation>
        </message>
    </context>
    <context>
        <name>ParetoView</name>
        <message>
            <source>Where the value sits</source>
            <translation>איפה נמצא הערך</translation>
        </message>
        <message>
            <source>The top 20 % of your clients hold %1 of the client-base value.</source>
            <translation>20% הלקוחות המובילים שלך מחזיקים %1 מהערך של בסיס הלקוחות.</translation>
        </message>
        <message>
            <source>Cumulative share of value</source>
            <translation>נתח מצטבר מהערך</translation>
        </message>
        <message>
            <source>If every client were worth the same</source>
            <translation>אילו כל הלקוחות היו שווים אותו דבר</translation>
        </message>
        <message>
            <source>20 % mark</source>
            <translation>סימון 20%</translation>
        </message>
        <message>
            <source>top 20 %: %1 of value</source>
            <translation>20% המובילים: %1 מהערך</translation>
        </message>
        <message>
            <source>Share of clients, most valuable first (%)</source>
            <translation>נתח הלקוחות, החשובים ביותר קודם (%)</translation>
        </message>
        <message>
            <source>Cumulative share of client-base value (%)</source>
            <translation>נתח מצטבר מערך בסיס הלקוחות (%)</translation>
        </message>
    </context>
    <context>
        <name>Predicted</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>לפני יום אחד</numerusform>
                <numerusform>לפני %n ימים</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 yr ago</source>
            <translation>לפני %1 שנים</translation>
        </message>
        <message>
            <source>Purchases after the first: %1, over %2 yr; last purchase %3</source>
            <translation>רכישות אחרי הראשונה: %1, במשך %2 שנים; רכישה אחרונה %3</translation>
        </message>
        <message>
            <source>One purchase so far, %1</source>
            <translation>רכישה אחת עד כה, %1</translation>
        </message>
        <message>
            <source>own repeat average %1, pulled toward the studio's %2 by the spend model</source>
            <translation>ממוצע הרכישות החוזרות שלו %1, מקורב לממוצע של הסטודיו (%2) על ידי מודל ההוצאה</translation>
        </message>
        <message>
            <source>their own average sale: the studio's spend model gives no usable average</source>
            <translation>המכירה הממוצעת שלו עצמו: מודל ההוצאה של הסטודיו לא נותן ממוצע שמיש</translation>
        </message>
        <message>
            <source>no repeat purchase yet, so the studio's average %1</source>
            <translation>עדיין אין רכישה חוזרת, ולכן הממוצע של הסטודיו, %1</translation>
        </message>
        <message>
            <source>, then %1 price change</source>
            <translation>, ואז שינוי מחיר של %1</translation>
        </message>
        <message>
            <source>expected %1 purchases in the next %2 yr × expected average sale %3 (%4)</source>
            <translation>%1 רכישות צפויות ב־%2 השנים הבאות × מכירה ממוצעת צפויה %3 (%4)</translation>
        </message>
        <message>
            <source>, discounted at %1</source>
            <translation>, בהיוון של %1</translation>
        </message>
        <message>
            <source>model %1, fitted on the whole studio</source>
            <translation>מודל %1, הותאם לכל הסטודיו</translation>
        </message>
        <message>
            <source>model %1, fitted on the '%2' clients</source>
            <translation>מודל %1, הותאם ללקוחות '%2'</translation>
        </message>
        <message>
            <source>+ %1 spent so far = %2 (%3)</source>
            <translation>+ %1 שהוצאו עד כה = %2 (%3)</translation>
        </message>
        <message>
            <source>chance still a client %1</source>
            <translation>סיכוי שעדיין לקוח %1</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>מסמכי PDF (*.pdf)</translation>
        </message>
        <message>
            <source>For the studio: rank, notes and value</source>
            <translation>לסטודיו: דירוג, הערות וערך</translation>
        </message>
        <message>
            <source>For the client: what they bought, with thanks</source>
            <translation>ללקוח: מה שרכש, עם תודה</translation>
        </message>
        <message>
            <source>&amp;Print client summary…</source>
            <translation>הדפסת &amp;סיכום לקוח…</translation>
        </message>
        <message>
            <source>Print summaries of &amp;selected clients…</source>
            <translation>הדפסת סיכומים של לקוחות &amp;נבחרים…</translation>
        </message>
        <message>
            <source>Print client-base &amp;report…</source>
            <translation>הדפסת &amp;דוח בסיס הלקוחות…</translation>
        </message>
        <message>
            <source>&amp;Client summary…</source>
            <translation>&amp;סיכום לקוח…</translation>
        </message>
        <message>
            <source>&amp;Summaries of selected clients…</source>
            <translation>סיכומים של לקוחות &amp;נבחרים…</translation>
        </message>
        <message>
            <source>Client-base &amp;report…</source>
            <translation>&amp;דוח בסיס הלקוחות…</translation>
        </message>
        <message>
            <source>&amp;Export PDF</source>
            <translation>ייצוא &amp;PDF</translation>
        </message>
        <message>
            <source>Select a client to print their summary.</source>
            <translation>בחרו לקוח כדי להדפיס את הסיכום שלו.</translation>
        </message>
        <message>
            <source>Client summary: %1</source>
            <translation>סיכום לקוח: %1</translation>
        </message>
        <message>
            <source>Client-base report</source>
            <translation>דוח בסיס הלקוחות</translation>
        </message>
        <message>
            <source>There are no clients to print.</source>
            <translation>אין לקוחות להדפסה.</translation>
        </message>
        <message>
            <source>Client summaries</source>
            <translation>סיכומי לקוחות</translation>
        </message>
        <message>
            <source>Save summaries as PDF</source>
            <translation>שמירת סיכומים כ־PDF</translation>
        </message>
        <message>
            <source>Folder for the client PDFs</source>
            <translation>תיקייה לקובצי ה־PDF של הלקוחות</translation>
        </message>
        <message>
            <source>Select a client to save their summary.</source>
            <translation>בחרו לקוח כדי לשמור את הסיכום שלו.</translation>
        </message>
        <message>
            <source>Save client summary as PDF</source>
            <translation>שמירת סיכום לקוח כ־PDF</translation>
        </message>
        <message>
            <source>Save client-base report as PDF</source>
            <translation>שמירת דוח בסיס הלקוחות כ־PDF</translation>
        </message>
        <message>
            <source>Writing client summaries…</source>
            <translation>כותב סיכומי לקוחות…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <source>Writing client summaries… %1 of %2</source>
            <translation>כותב סיכומי לקוחות… %1 מתוך %2</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>לא ניתן לשמור את קובץ ה־PDF</translation>
        </message>
        <message>
            <source>Cancelled: %1 of %2 client PDFs were written to %3.</source>
            <translation>בוטל: %1 מתוך %2 קובצי PDF של לקוחות נכתבו אל %3.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>בוטל: שום דבר לא נכתב.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1</source>
            <translation>
                <numerusform>נשמר עמוד אחד אל %1</numerusform>
                <numerusform>נשמרו %n עמודים אל %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Laying out client summaries…</source>
            <translation>מסדר את סיכומי הלקוחות בעמודים…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>תצוגה מקדימה — %1</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>לא ניתן להדפיס</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>שמירה כ־PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>שמירה כ־PDF…</translation>
        </message>
        <message>
            <source>Which version of the summary to print</source>
            <translation>איזו גרסה של הסיכום להדפיס</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;בחר הכל</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>הע&amp;לה</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>הו&amp;רד</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>הצף</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>סגור</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>חפש בתוך:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;שם קובץ:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>קבצים מסוג:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;פתח</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמור</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>בח&amp;ר</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>פתיחה</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>שמירה בשם</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>אחורה</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>קדימה</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ספרייה מעלה</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>צור תיקייה חדשה</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>תצוגת רשימה</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>תצוגת פרטים</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>סרגל צד</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>תיקייה חדשה</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>תיקייה &amp;חדשה</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;מחק</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>ש&amp;נה שם</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>ה&amp;צג קבצים מוסתרים</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>מיקומים אחרונים</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>המחשב שלי</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ספרייה:</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>לך אחורה</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>לך קדימה</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>לך אל ספרייה מעלה</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>צור תיקייה חדשה</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>החלף למצב תצוגת רשימה</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>החלף למצב תצוגת פרטים</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>‏%1 כבר קיים.
האם ברצונך להחליף אותו?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>גודל</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>תאריך שינוי</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>מחשב</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;בטל</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>בצע &amp;שוב</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;גזור</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>הע&amp;תק</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ה&amp;דבק</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחק</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>בחר הכל</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>הצג פרטים...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>הסתר פרטים...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>אישור</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>שמור</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>שמור הכל</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>פתיחה</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;כן</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>כן ל&amp;הכל</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;לא</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ל&amp;א להכל</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>בטל</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>נסה שוב</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>התעלם</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>סגור</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>שכח</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>עזרה</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>החל</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>אפס</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>שחזר ברירות מחדל</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>תצוגה מקדימה</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>עמוד הבא</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>עמוד קודם</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>עמוד ראשון</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>עמוד אחרון</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>התאם רוחב</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>התאם עמוד</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>זום פנימה</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>זום החוצה</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>לאורך</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>לרוחב</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>הצג עמוד בודד</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>הצג עמודים זה מול זה</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>הצג סקירה כללית של כל העמודים</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>הדפסה</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>הגדרת עמוד</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>יצא ל־PDF</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>הגדרת עמוד</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>גלול שמאלה</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>גלול ימינה</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>הע&amp;תק</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>העתק כתובת &amp;קישור</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>בחר הכל</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the disk did not take all of it</source>
            <translation>הדיסק לא קיבל את כולו</translation>
        </message>
        <message>
            <source>the new file could not replace the old one</source>
            <translation>הקובץ החדש לא הצליח להחליף את הישן</translation>
        </message>
        <message>
            <source>an untitled workbook (autosaved %1)</source>
            <translation>חוברת עבודה ללא שם (נשמרה אוטומטית %1)</translation>
        </message>
        <message>
            <source>%1 (autosaved %2)</source>
            <translation>%1 (נשמר אוטומטית %2)</translation>
        </message>
    </context>
    <context>
        <name>SafetyNet</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>השמירה האוטומטית נכשלה: %1</translation>
        </message>
        <message>
            <source>Recover unsaved work?</source>
            <translation>לשחזר עבודה שלא נשמרה?</translation>
        </message>
        <message>
            <source>LTV Desktop closed without saving %1. Recover it?</source>
            <translation>LTV Desktop נסגר בלי לשמור את %1. לשחזר?</translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>לא ניתן לשחזר</translation>
        </message>
        <message>
            <source>Recovered %1</source>
            <translation>%1 שוחזר</translation>
        </message>
        <message>
            <source>%1 is already open in another LTV Desktop window. Changes saved in one will overwrite the other's.</source>
            <translation>%1 כבר פתוח בחלון אחר של LTV Desktop. שינויים שיישמרו באחד ידרסו את אלה של השני.</translation>
        </message>
        <message>
            <source>%1 seems to be open in %2. Close it there first, or save here under a new name: otherwise one program's changes overwrite the other's.</source>
            <translation>נראה ש־%1 פתוח ב־%2. סגרו אותו שם קודם, או שמרו כאן בשם חדש: אחרת השינויים של תוכנה אחת ידרסו את אלה של השנייה.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Updating…</source>
            <translation>מעדכן…</translation>
        </message>
        <message>
            <source>Reset to baseline</source>
            <translation>חזרה לבסיס ההשוואה</translation>
        </message>
        <message>
            <source>Put every lever back where the baseline has it.</source>
            <translation>להחזיר כל מנוף למקום שבו הוא בבסיס ההשוואה.</translation>
        </message>
        <message>
            <source>Make baseline</source>
            <translation>קביעה כבסיס השוואה</translation>
        </message>
        <message>
            <source>Compare future changes against the levers as they are now.</source>
            <translation>להשוות שינויים עתידיים למנופים כפי שהם עכשיו.</translation>
        </message>
        <message>
            <source>Client-base total</source>
            <translation>סך בסיס הלקוחות</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>בסיס השוואה</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>שינוי</translation>
        </message>
        <message>
            <source>On the rule of thumb</source>
            <translation>לפי כלל האצבע</translation>
        </message>
        <message>
            <source>Forecast from history</source>
            <translation>תחזית מההיסטוריה</translation>
        </message>
        <message>
            <source>No forecast: too little history yet, or it is still being worked out.</source>
            <translation>אין תחזית: עדיין אין מספיק היסטוריה, או שהיא עדיין בחישוב.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>שפת המערכת</translation>
        </message>
        <message>
            <source>English</source>
            <translation>אנגלית</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>וולשית</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>איטלקית</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>עברית</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>אפריקאנס</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (ארה״ב)</translation>
        </message>
        <message>
            <source>My studio</source>
            <translation>הסטודיו שלי</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>הגדרות</translation>
        </message>
        <message>
            <source>Printed at the top of every summary</source>
            <translation>מודפס בראש כל סיכום</translation>
        </message>
        <message>
            <source>e.g. £, €, R, ₪, $</source>
            <translation>לדוגמה ₪, $, €, £, R</translation>
        </message>
        <message>
            <source> min</source>
            <translation> דק׳</translation>
        </message>
        <message>
            <source> yr</source>
            <translation> שנים</translation>
        </message>
        <message>
            <source>Language changes take effect the next time LTV Desktop starts. The lapse window and years retained are the starting values of new documents.</source>
            <translation>שינוי השפה ייכנס לתוקף בפעם הבאה ש־LTV Desktop יופעל. חלון הרדימות ושנות השימור הם ערכי ההתחלה של מסמכים חדשים.</translation>
        </message>
        <message>
            <source>Studio name</source>
            <translation>שם הסטודיו</translation>
        </message>
        <message>
            <source>Currency symbol</source>
            <translation>סמל המטבע</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>גודל הנייר</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>שמירה אוטומטית כל</translation>
        </message>
        <message>
            <source>Lapse window</source>
            <translation>חלון רדימות</translation>
        </message>
        <message>
            <source>Years retained</source>
            <translation>שנות שימור</translation>
        </message>
    </context>
    <context>
        <name>SheetModel</name>
        <message>
            <source>Set this to override what the data says for this client.</source>
            <translation>הגדירו ערך זה כדי לעקוף את מה שהנתונים אומרים על הלקוח הזה.</translation>
        </message>
        <message>
            <source>Set this to override the scenario's years retained for this client.</source>
            <translation>הגדירו ערך זה כדי לעקוף את שנות השימור של התרחיש עבור הלקוח הזה.</translation>
        </message>
        <message>
            <source>Set this to override the number of clients naming this one as referrer.</source>
            <translation>הגדירו ערך זה כדי לעקוף את מספר הלקוחות שמציינים את הלקוח הזה כמפנה.</translation>
        </message>
        <message>
            <source>What winning this client cost; empty uses the scenario's figure.</source>
            <translation>כמה עלה לגייס את הלקוח הזה; ריק משתמש בנתון של התרחיש.</translation>
        </message>
        <message>
            <source>Booking or invoice reference: this client's rows of one Order are one purchase.</source>
            <translation>מספר הזמנה או חשבונית: השורות של לקוח זה באותה הזמנה הן רכישה אחת.</translation>
        </message>
        <message>
            <source>Computed; changes when the data or a lever changes.</source>
            <translation>מחושב; משתנה כשהנתונים או מנוף משתנים.</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Show every row again</source>
            <translation>הצגת כל השורות שוב</translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>שורה %1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n cell(s).</source>
            <translation>
                <numerusform>הועתק תא אחד.</numerusform>
                <numerusform>הועתקו %n תאים.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear cells</source>
            <translation>ניקוי תאים</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>מילוי למטה</translation>
        </message>
        <message>
            <source>Fill right</source>
            <translation>מילוי ימינה</translation>
        </message>
        <message>
            <source>Nothing was filled. %1</source>
            <translation>לא מולא דבר. %1</translation>
        </message>
        <message numerus="yes">
            <source>Filled %n cell(s).</source>
            <translation>
                <numerusform>מולא תא אחד.</numerusform>
                <numerusform>מולאו %n תאים.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>החלפה</translation>
        </message>
        <message>
            <source>Nothing was replaced. %1</source>
            <translation>לא הוחלף דבר. %1</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n cell(s).</source>
            <translation>
                <numerusform>הוחלף תא אחד.</numerusform>
                <numerusform>הוחלפו %n תאים.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted. %1</source>
            <translation>שום דבר לא הודבק. %1</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s).</source>
            <translation>
                <numerusform>הודבקה שורה אחת.</numerusform>
                <numerusform>הודבקו %n שורות.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) past the last column were left out.</source>
            <translation>
                <numerusform>תא אחד שמעבר לעמודה האחרונה הושמט.</numerusform>
                <numerusform>%n תאים שמעבר לעמודה האחרונה הושמטו.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client ID '%1' is pasted twice.</source>
            <translation>מזהה הלקוח '%1' הודבק פעמיים.</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Cells that cannot be used</source>
            <translation>תאים שאי אפשר להשתמש בהם</translation>
        </message>
        <message>
            <source>%1 cells in %2 cannot be used. Import the other %3 rows and leave these out, or cancel and fix them in the spreadsheet first.</source>
            <translation>אי אפשר להשתמש ב־%1 תאים ב־%2. אפשר לייבא את %3 השורות האחרות ולהשמיט את אלה, או לבטל ולתקן אותם קודם בגיליון האלקטרוני.</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>דילוג על השורות האלה</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>lead</source>
            <translation>ליד</translation>
        </message>
        <message>
            <source>new</source>
            <translation>חדש</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>חוזר</translation>
        </message>
        <message>
            <source>loyal</source>
            <translation>נאמן</translation>
        </message>
        <message>
            <source>advocate</source>
            <translation>ממליץ</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>רדום</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>עדיין אין רכישה</translation>
        </message>
        <message>
            <source>one purchase so far</source>
            <translation>רכישה אחת עד כה</translation>
        </message>
        <message>
            <source>two or more purchases</source>
            <translation>שתי רכישות או יותר</translation>
        </message>
        <message>
            <source>buying for three years or more, from first to last purchase</source>
            <translation>קונה שלוש שנים או יותר, מהרכישה הראשונה ועד האחרונה</translation>
        </message>
        <message>
            <source>has referred at least one other client</source>
            <translation>הפנה לפחות לקוח אחד נוסף</translation>
        </message>
        <message>
            <source>no purchase within the lapse window or twice their usual gap</source>
            <translation>אין רכישה בתוך חלון הרדימות או פעמיים הפער הרגיל שלו</translation>
        </message>
        <message>
            <source>Buying for %1 yr from first to last purchase; loyal from %2 yr.</source>
            <translation>קונה %1 שנים מהרכישה הראשונה ועד האחרונה; נאמן מ־%2 שנים.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (the lapse window) they count as lapsed.</source>
            <translation>רכישה אחרונה לפני %1 שנים; אחרי יותר מ־%2 שנים בלי רכישה (חלון הרדימות) הלקוח נחשב רדום.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago; after more than %2 yr without a purchase (twice their usual gap, longer than the %3 yr lapse window) they count as lapsed.</source>
            <translation>רכישה אחרונה לפני %1 שנים; אחרי יותר מ־%2 שנים בלי רכישה (פעמיים הפער הרגיל שלו, יותר מחלון הרדימות של %3 שנים) הלקוח נחשב רדום.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than the %2 yr lapse window.</source>
            <translation>רכישה אחרונה לפני %1 שנים: יותר מחלון הרדימות של %2 שנים.</translation>
        </message>
        <message>
            <source>Last purchase %1 yr ago: more than %2 yr, twice their usual gap (longer than the %3 yr lapse window).</source>
            <translation>רכישה אחרונה לפני %1 שנים: יותר מ־%2 שנים, פעמיים הפער הרגיל שלו (יותר מחלון הרדימות של %3 שנים).</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <source>Clients</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <source>Buying clients</source>
            <translation>לקוחות קונים</translation>
        </message>
        <message>
            <source>Revenue so far</source>
            <translation>הכנסות עד כה</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>ערך חיי לקוח</translation>
        </message>
        <message>
            <source>Add-on value</source>
            <translation>ערך תוספות</translation>
        </message>
        <message>
            <source>Partner fees</source>
            <translation>עמלות שותפים</translation>
        </message>
        <message>
            <source>Client-base total (referral value left out)</source>
            <translation>סך בסיס הלקוחות (ללא ערך הפניות)</translation>
        </message>
        <message>
            <source>Client-base profit (referral value left out)</source>
            <translation>רווח בסיס הלקוחות (ללא ערך הפניות)</translation>
        </message>
        <message>
            <source>Client-base net after acquisition cost</source>
            <translation>נטו של בסיס הלקוחות אחרי עלות גיוס</translation>
        </message>
        <message>
            <source>Referral value (beside the total)</source>
            <translation>ערך הפניות (לצד הסכום)</translation>
        </message>
    </context>
    <context>
        <name>TransactionsModel</name>
        <message>
            <source>Dated after the as-of date: shown, but left out of every figure.</source>
            <translation>מתוארך אחרי תאריך החישוב: מוצג, אבל לא נכלל באף נתון.</translation>
        </message>
        <message>
            <source>Zero amount: kept, but not a purchase.</source>
            <translation>סכום אפס: נשמר, אבל אינו רכישה.</translation>
        </message>
        <message>
            <source>A refund: lowers revenue, but is not a purchase.</source>
            <translation>החזר: מקטין את ההכנסות, אבל אינו רכישה.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to LTV Desktop</source>
            <translation>ברוכים הבאים ל־LTV Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What is each client really worth?&lt;/h3&gt;&lt;p&gt;LTV Desktop works out every client's lifetime value from your sales, and shows what changes when you change your prices, your follow-ups or your referrals.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;כמה באמת שווה כל לקוח?&lt;/h3&gt;&lt;p&gt;LTV Desktop מחשב את ערך חיי הלקוח של כל לקוח מתוך המכירות שלך, ומראה מה משתנה כשמשנים את המחירים, את המעקב אחרי לקוחות או את ההפניות.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Look around the demo studio</source>
            <translation>סיור בסטודיו לדוגמה</translation>
        </message>
        <message>
            <source>A photography studio with ten years of clients, to try everything on.</source>
            <translation>סטודיו לצילום עם עשר שנים של לקוחות, כדי לנסות הכול.</translation>
        </message>
        <message>
            <source>Open a workbook…</source>
            <translation>פתיחת חוברת עבודה…</translation>
        </message>
        <message>
            <source>An LTV Desktop workbook, or your own client spreadsheet.</source>
            <translation>חוברת עבודה של LTV Desktop, או גיליון לקוחות משלך.</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>התחלה ריקה</translation>
        </message>
        <message>
            <source>Type your clients in yourself.</source>
            <translation>הקלידו את הלקוחות בעצמכם.</translation>
        </message>
    </context>
    <context>
        <name>YearlyView</name>
        <message>
            <source>Revenue from new and returning clients</source>
            <translation>הכנסות מלקוחות חדשים וחוזרים</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>שנה</translation>
        </message>
        <message>
            <source>New orders</source>
            <translation>הזמנות חדשות</translation>
        </message>
        <message>
            <source>Returning orders</source>
            <translation>הזמנות חוזרות</translation>
        </message>
        <message>
            <source>New revenue</source>
            <translation>הכנסות חדשות</translation>
        </message>
        <message>
            <source>Returning revenue</source>
            <translation>הכנסות חוזרות</translation>
        </message>
        <message>
            <source>New per order</source>
            <translation>חדשים להזמנה</translation>
        </message>
        <message>
            <source>Returning per order</source>
            <translation>חוזרים להזמנה</translation>
        </message>
        <message>
            <source>Returning share</source>
            <translation>נתח חוזרים</translation>
        </message>
        <message>
            <source>Acquisition spend</source>
            <translation>הוצאות גיוס</translation>
        </message>
        <message>
            <source>New revenue ÷ acquisition spend</source>
            <translation>הכנסות חדשות ÷ הוצאות גיוס</translation>
        </message>
        <message>
            <source>Returning revenue ÷ acquisition spend</source>
            <translation>הכנסות חוזרות ÷ הוצאות גיוס</translation>
        </message>
        <message>
            <source>What winning the clients whose first purchase was in this year cost (each client's acquisition cost).</source>
            <translation>כמה עלה להשיג את הלקוחות שהרכישה הראשונה שלהם הייתה בשנה הזו (עלות הגיוס של כל לקוח).</translation>
        </message>
        <message>
            <source>Revenue from new clients in this year for every 1 spent winning clients that year: 2.5 means each 100 spent brought 250 from first purchases.</source>
            <translation>הכנסות מלקוחות חדשים בשנה הזו על כל 1 שהוצא על השגת לקוחות באותה שנה: 2.5 פירושו שכל 100 שהוצאו הביאו 250 מרכישות ראשונות.</translation>
        </message>
        <message>
            <source>Revenue from returning clients in this year for every 1 spent winning clients that year.</source>
            <translation>הכנסות מלקוחות חוזרים בשנה הזו על כל 1 שהוצא על השגת לקוחות באותה שנה.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>לקוחות חדשים</translation>
        </message>
        <message>
            <source>Returning clients</source>
            <translation>לקוחות חוזרים</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>הכנסות</translation>
        </message>
    </context>
</TS>
