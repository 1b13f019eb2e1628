<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BatchDialog</name>
        <message numerus="yes">
            <source>The %n selected client(s)</source>
            <translation>
                <numerusform>The selected client</numerusform>
                <numerusform>The %n selected clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s) the filter shows</source>
            <translation>
                <numerusform>The %n client the filter shows</numerusform>
                <numerusform>All %n clients the filter shows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n client(s)</source>
            <translation>
                <numerusform>The %n client</numerusform>
                <numerusform>All %n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <source>%n leads without a purchase, counted apart</source>
            <translation>
                <numerusform>%n lead without a purchase, counted apart</numerusform>
                <numerusform>%n leads without a purchase, counted apart</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>Insert %n row</numerusform>
                <numerusform>Insert %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Delete %n row</numerusform>
                <numerusform>Delete %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message numerus="yes">
            <source>%n cell(s) in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</source>
            <translation>
                <numerusform>%n cell in %1 could not be used, so its row was left out. See File ▸ Problems in this file.</numerusform>
                <numerusform>%n cells in %1 could not be used, so their rows were left out. See File ▸ Problems in this file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message numerus="yes">
            <source>All %n buying clients are at or above %1.</source>
            <translation>
                <numerusform>The one buying client is at or above %1.</numerusform>
                <numerusform>All %n buying clients are at or above %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n buying clients are below %1.</source>
            <translation>
                <numerusform>The one buying client is below %1.</numerusform>
                <numerusform>All %n buying clients are below %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</source>
            <translation>
                <numerusform>There are too few buying clients (%n client) to split into quarters; all of them are in the middle group.</numerusform>
                <numerusform>There are too few buying clients (%n clients) to split into quarters; all of them are in the middle group.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForecastStory</name>
        <message numerus="yes">
            <source>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</source>
            <translation>
                <numerusform>Only %n client has bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</numerusform>
                <numerusform>Only %n clients have bought twice and %1 have bought at all; the forecast needs at least %2 and %3. The formula's values stand.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Only %n client has bought twice; the forecast needs at least %1. The formula's values stand.</numerusform>
                <numerusform>Only %n clients have bought twice; the forecast needs at least %1. The formula's values stand.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</source>
            <translation>
                <numerusform>Only %n client has bought at all; the forecast needs at least %1. The formula's values stand.</numerusform>
                <numerusform>Only %n clients have bought at all; the forecast needs at least %1. The formula's values stand.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formula</name>
        <message numerus="yes">
            <source>+ %n referrals × %2 × %3 (referred-client factor) = %4</source>
            <translation>
                <numerusform>+ %n referral × %2 × %3 (referred-client factor) = %4</numerusform>
                <numerusform>+ %n referrals × %2 × %3 (referred-client factor) = %4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln transaction</numerusform>
                <numerusform>%Ln transactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln client(s)</source>
            <translation>
                <numerusform>%1 / %Ln client</numerusform>
                <numerusform>%1 / %Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln transaction(s)</source>
            <translation>
                <numerusform>%1 / %Ln transaction</numerusform>
                <numerusform>%1 / %Ln transactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.</source>
            <translation>
                <numerusform>Average sale %1 = revenue %2 ÷ %n purchase, then %3 price change.</numerusform>
                <numerusform>Average sale %1 = revenue %2 ÷ %n purchases, then %3 price change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average sale %1 = revenue %2 ÷ %n purchase(s).</source>
            <translation>
                <numerusform>Average sale %1 = revenue %2 ÷ %n purchase.</numerusform>
                <numerusform>Average sale %1 = revenue %2 ÷ %n purchases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients name them as referrer</source>
            <translation>
                <numerusform>%n client names them as referrer</numerusform>
                <numerusform>%n clients name them as referrer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1), then %2.</source>
            <translation>
                <numerusform>Purchases per year %1 = %n purchase ÷ years since the first purchase (at least 1), then %2.</numerusform>
                <numerusform>Purchases per year %1 = %n purchases ÷ years since the first purchase (at least 1), then %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases per year %1 = %n purchase(s) ÷ years since the first purchase (at least 1).</source>
            <translation>
                <numerusform>Purchases per year %1 = %n purchase ÷ years since the first purchase (at least 1).</numerusform>
                <numerusform>Purchases per year %1 = %n purchases ÷ years since the first purchase (at least 1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message numerus="yes">
            <source>%1 refunds</source>
            <translation>
                <numerusform>%1 refund</numerusform>
                <numerusform>%1 refunds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, most recent first</source>
            <translation>
                <numerusform>%1 row, most recent first</numerusform>
                <numerusform>%1 rows, most recent first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 settings moved from the baseline</source>
            <translation>
                <numerusform>%1 setting moved from the baseline</numerusform>
                <numerusform>%1 settings moved from the baseline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 leads counted apart</source>
            <translation>
                <numerusform>%1 lead counted apart</numerusform>
                <numerusform>%1 leads counted apart</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Predicted</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message numerus="yes">
            <source>Saved %n page(s) to %1</source>
            <translation>
                <numerusform>Saved %n page to %1</numerusform>
                <numerusform>Saved %n pages to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SheetView</name>
        <message numerus="yes">
            <source>Copied %n cell(s).</source>
            <translation>
                <numerusform>Copied %n cell.</numerusform>
                <numerusform>Copied %n cells.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Filled %n cell(s).</source>
            <translation>
                <numerusform>Filled %n cell.</numerusform>
                <numerusform>Filled %n cells.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n cell(s).</source>
            <translation>
                <numerusform>Replaced %n cell.</numerusform>
                <numerusform>Replaced %n cells.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s).</source>
            <translation>
                <numerusform>Pasted %n row.</numerusform>
                <numerusform>Pasted %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) past the last column were left out.</source>
            <translation>
                <numerusform>%n cell past the last column was left out.</numerusform>
                <numerusform>%n cells past the last column were left out.</numerusform>
            </translation>
        </message>
    </context>
</TS>
