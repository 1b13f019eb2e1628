"""The interface in Welsh, Italian, Hebrew and Afrikaans: menus, headings, paper, direction.

Each test that switches language compiles the .ts sources afresh (so it checks the
translations in the tree, not a stale build) and puts English back afterwards.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ltv_desktop.core.analysis import compare
from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import STAGE_MEANINGS, compute
from ltv_desktop.core.explain import FORMULA_TEMPLATES, STAGE_TEMPLATES
from ltv_desktop.core.explain import formula_line as core_formula_line
from ltv_desktop.core.report import client_base_report
from ltv_desktop.core.scenario import LEVERS, Scenario
from ltv_desktop.ui import i18n
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.models import ClientColumn, TransactionColumn
from ltv_desktop.ui.printing import summaries_for, write_report_pdf, write_summaries_pdf
from tools.update_translations import data_strings

from .conftest import discard_and_close
from .test_import import welsh_sales  # noqa: F401 -- a fixture
from .test_printing import options, pdf_text, print_book

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ltv_desktop" / "ui"
TS = ROOT / "resources" / "i18n"
ENGLISH_MENUS = ["&File", "&Edit", "&View", "&Help"]
MENUS = {
    "cy": ["&Ffeil", "&Golygu", "Gol&wg", "&Cymorth"],
    "it": ["&File", "&Modifica", "&Visualizza", "&Aiuto"],  # "File" is Italian too
    "he": ["&קובץ", "&עריכה", "&תצוגה", "ע&זרה"],
    "af": ["&Lêer", "&Redigeer", "&Aansig", "&Hulp"],
}
HEBREW_PAPER = ("סיכום לקוח", "איך הוא קונה", "כמה הוא שווה", "ערך חיי לקוח", "רכישות")


def ts_messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS / f"ltv_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def lrelease_program() -> str:
    """pyside6-lrelease, among this Python's scripts (bin/ on POSIX; Scripts\\ on Windows,
    which a Python installed without a virtualenv keeps beside python.exe, not with it)."""
    scripts = sysconfig.get_path("scripts")
    found = shutil.which("pyside6-lrelease", path=scripts)
    assert found, f"pyside6-lrelease is not in {scripts}: is PySide6 installed?"
    return found


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    """Compile every .ts into a folder of its own, as `make translations` does."""
    folder = tmp_path_factory.mktemp("i18n")
    lrelease = lrelease_program()
    for ts in sorted(TS.glob("ltv_*.ts")):
        qm = folder / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                       check=True)  # fmt: skip
    return folder


@pytest.fixture
def language(qapp, compiled, monkeypatch):
    """Return a function that switches the interface to a language; English comes back after."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    yield lambda code: i18n.install_translations(qapp, code)
    i18n.remove_translations(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def opened(qtbot, studio_file):
    """Return a function that opens the main window on the small studio, closed afterwards."""
    windows: list[MainWindow] = []

    def open_window() -> MainWindow:
        win = MainWindow()
        windows.append(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_path(studio_file, ask=False)
        return win

    yield open_window
    for win in windows:
        discard_and_close(win)


# -- the window in each language ----------------------------------------------------------


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_the_window_opens_in_each_language(language, opened, code):
    assert language(code) == code
    win = opened()
    menus = [action.text() for action in win.menuBar().actions()]
    assert menus == MENUS[code]
    assert menus != ENGLISH_MENUS
    heading = win.clients_model.headerData(
        ClientColumn.FORMULA_LIFETIME_VALUE, Qt.Orientation.Horizontal
    )
    assert heading and heading != "Lifetime value"
    stage = win.clients_model.data(win.clients_model.index(0, ClientColumn.STAGE))
    assert stage and stage not in ("lead", "new", "repeat", "loyal", "advocate", "lapsed")
    lever = win.scenario_panel._labels["gross_margin"].text()
    assert lever and lever != "Gross margin"
    tabs = [win.tabs.tabText(k) for k in range(win.tabs.count())]
    assert "Clients" not in tabs and "Transactions" not in tabs and all(tabs)
    # Qt's own buttons follow (Qt ships Italian and Hebrew; the app brings Welsh and Afrikaans).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel", "")
    # Numbers and dates follow the language.
    assert QLocale().language() == QLocale(code).language()


def test_hebrew_lays_the_whole_window_out_right_to_left(language, opened):
    language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win = opened()
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.isRightToLeft() and win.scenario_panel.isRightToLeft()
    # Menus start from the right, and so do the tabs and the sheet's columns (row numbers on
    # the right). (Qt keeps dock areas where they were: the scenario dock stays on the right.)
    first, last = win.menuBar().actions()[0], win.menuBar().actions()[-1]
    assert win.menuBar().actionGeometry(first).x() > win.menuBar().actionGeometry(last).x()
    bar = win.tabs.tabBar()
    assert bar.tabRect(0).x() > bar.tabRect(1).x()
    view = win.clients_page.view
    assert view.verticalHeader().geometry().x() > view.viewport().geometry().x()
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"


@pytest.mark.parametrize("code", [c for c in i18n.LANGUAGES if c != "he"])
def test_the_other_languages_stay_left_to_right(language, code):
    language(code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_hebrew_summary_and_report_print_hebrew_labels(language, tmp_path):
    language("he")
    book = print_book()
    results = compute(book, Scenario())
    fmt = Formats()
    out = tmp_path / "summary.pdf"
    rows = [book.id_row["P1"]]
    assert write_summaries_pdf(out, summaries_for(book, results, rows, fmt), options()) == 1
    text = pdf_text(out, layout=False)
    for label in HEBREW_PAPER:
        assert label in text, label
    assert "Client summary" not in text and "How they buy" not in text
    assert "average sale × purchases per year" not in text  # the formula's heading too
    report = tmp_path / "report.pdf"
    write_report_pdf(report, client_base_report(book, results), options())
    text = pdf_text(report, layout=False)
    assert "דוח בסיס הלקוחות" in text and "מחזור חיים" in text
    assert "Client-base report" not in text


def test_missing_translations_fall_back_to_english_never_to_empty(language, tmp_path):
    language("cy")
    # A message no catalog has comes back as it was written.
    assert QCoreApplication.translate("MainWindow", "Not a message anyone wrote") == (
        "Not a message anyone wrote"
    )
    # Every message of the catalog comes back non-empty.
    for context, message in ts_messages("cy"):
        source = message.findtext("source") or ""
        n = 3 if message.get("numerus") == "yes" else -1
        assert QCoreApplication.translate(context, source, message.findtext("comment"), n)
    # An unfinished message is left out when compiling: English shows, not "".
    ts = tmp_path / "ltv_cy.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy">'
        "<context><name>T</name>"
        "<message><source>Done</source><translation>Wedi gorffen</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Drafft</translation>'
        "</message>"
        '<message><source>Empty</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = lrelease_program()
    subprocess.run(
        [str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(tmp_path / "t.qm")],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    assert translator.translate("T", "Done") == "Wedi gorffen"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("T", "Draft") == "Draft"
        assert QCoreApplication.translate("T", "Empty") == "Empty"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_without_a_compiled_catalog_the_interface_is_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # no .qm here
    try:
        assert i18n.install_translations(qapp, "cy") == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.remove_translations(qapp)


def test_the_language_comes_from_the_setting_else_the_system():
    assert i18n.choose_language("he_IL") == "he"
    assert i18n.choose_language("iw") == "he"
    assert i18n.choose_language("cy-GB") == "cy"
    assert i18n.system_language(QLocale("af_ZA")) == "af"
    assert i18n.system_language(QLocale("it_CH")) == "it"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.choose_language("") == i18n.system_language()
    assert i18n.choose_language("xx") == i18n.system_language()


def test_qt_ships_italian_and_hebrew_and_the_app_brings_the_others():
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in ("it", "he"):
        assert QTranslator().load(f"qtbase_{code}", folder), code
    # Each of Qt's own words the app translates is a real Qt message (Qt's Italian has it).
    italian = QTranslator()
    assert italian.load("qtbase_it", folder)
    for context, texts in i18n.QT_OWN.items():
        for text in texts:
            assert italian.translate(context, text), (context, text)


# -- the sentences the core writes in English ---------------------------------------------


@pytest.mark.parametrize(
    "scenario",
    [
        Scenario(),
        Scenario(discount_rate=0.05, addon_take_rate=0.1, addon_price=500),
        Scenario(partner_rate=0.125, finders_fee=200, referred_client_factor=0.25),
        Scenario(referral_rate_change=0.1),  # 4 referrals become 4.4
    ],
)
def test_in_english_the_formula_reads_as_the_cores(scenario):
    book = print_book()
    results = compute(book, scenario)
    fmt = Formats()
    for row in range(book.client_count()):
        expected = core_formula_line(results, row, fmt.money)
        assert i18n.formula_line(results, row, fmt) == expected


@pytest.mark.parametrize(
    ("by", "threshold"),
    [("average_sale", None), ("lifetime_value", None), ("threshold", 150.0),
     ("threshold", 1.0), ("threshold", 1e6)],
)  # fmt: skip
def test_in_english_the_finding_has_the_cores_words_and_the_windows_figures(by, threshold):
    """The words are the core's (one source); the figures are the window's, so the top
    group's share reads as in the table beside it (56.5 %, where the command line says 57 %)."""
    book = print_book()
    results = compute(book, Scenario())
    comparison = compare(book, results, by=by, threshold=threshold)
    fmt = Formats()
    shown = i18n.finding(comparison, fmt)

    def words(text: str) -> str:
        return re.sub(r"\d[\d,]*(\.\d+)?( %)?", "#", text)

    assert words(shown) == words(comparison.finding())
    if "of the value" in shown:
        assert f"brings {fmt.share(comparison.top.value_share)} of the value" in shown.replace(
            "bring ", "brings "
        )


def test_the_translated_finding_takes_its_plural_form_from_the_count(language):
    """The count of buying clients picks the wording through Qt's %n plural forms."""
    one = make_book(
        [{"client_id": "A", "name": "A"}], [{"date": dt.date(2024, 1, 1), "client_id": "A",
                                             "amount": 100}],
    )  # fmt: skip
    two = make_book(
        [{"client_id": k, "name": k} for k in "AB"],
        [{"date": dt.date(2024, 1, 1), "client_id": k, "amount": 100} for k in "AB"],
    )
    fmt = Formats()

    def found(book, by="average_sale", threshold=None):
        return i18n.finding(compare(book, compute(book, Scenario()), by, threshold), fmt)

    # Without a catalog the English is the core's, by the count.
    assert found(one) == compare(one, compute(one, Scenario())).finding()
    assert "(1 client)" in found(one) and "(2 clients)" in found(two)
    language("it")
    assert found(one, "threshold", 50) == "L'unico cliente acquirente è pari o superiore a 50.00."
    assert found(two, "threshold", 50) == (
        "Tutti i 2 clienti acquirenti sono pari o superiori a 50.00."
    )
    assert "(1 cliente)" in found(one) and "è nel gruppo intermedio" in found(one)
    assert "(2 clienti)" in found(two) and "sono tutti nel gruppo intermedio" in found(two)
    language("en")  # English's own catalog words one client as the core does
    assert found(one, "threshold", 1000) == "The one buying client is below 1,000.00."


def test_the_formula_and_finding_are_translated(language):
    language("it")
    book = print_book()
    results = compute(book, Scenario())
    fmt = Formats()
    line = i18n.formula_line(results, book.id_row["P1"], fmt)
    assert "anni" in line and "totale" in line
    assert "segnala" in i18n.finding(compare(book, results), fmt)


# -- every string marked, every message translated --------------------------------------

# Calls that put text on screen or paper: the argument positions holding the text.
SINKS = {
    **dict.fromkeys(
        ("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
         "setPlaceholderText", "setTitle", "setTitleText", "setLabelText", "setSuffix",
         "setPrefix", "setSpecialValueText", "showMessage", "setHtml", "setPlainText", "addItem",
         "addItems", "setTabText", "setName", "setDocName", "addMenu", "addAction", "addRow",
         "addButton", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "emit",
         "show_problem", "_say", "setPointLabelsFormat", "QLabel", "QPushButton", "QCheckBox",
         "QRadioButton", "QGroupBox", "QMenu", "QToolButton", "QDockWidget", "QBarSet",
         "Heading", "Paragraph", "Column", "Series", "PrintError", "ValueProblem", "BookError"),
        (0,),
    ),
    "QAction": (0, 1),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
    "warn": (0, 1),
    "addTab": (1,),
    "insertTab": (2,),
    "insertItem": (1,),
    "text": (4,),  # printing's Canvas.text(x, y, w, h, text, …)
    "_section": (4, 5),
    **dict.fromkeys(("warning", "question", "information", "critical", "about"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName", "getExistingDirectory"), (1, 3)),
}  # fmt: skip
SINK_KEYWORDS = ("title", "text", "label")
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_WORDS = re.compile(r"<[^>]*>|%\d|%n|@value|LTV Desktop")  # tags, placeholders, the name
# Strings shown as they are in files the i18n work could not edit; each is listed for the
# file's owner. A string here that gets marked is simply no longer found.
KNOWN_UNMARKED: set[tuple[str, str]] = set()


def _words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", NOT_WORDS.sub("", text)) is not None


def _marked(node: ast.AST) -> bool:
    """Return whether ``node`` is a translation call, or a method called on one (.replace)."""
    while isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in MARKERS:
            return True
        if not isinstance(func, ast.Attribute):
            return False
        node = func.value
    return False


def _unmarked(node: ast.AST, registered: set[str]) -> list[str]:
    """Return the literal words in ``node`` that reach the screen untranslated."""
    if _marked(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _words(node.value) and node.value not in registered else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [text] if _words(str(text)) else []
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left, registered) + _unmarked(node.right, registered)
    if isinstance(node, ast.List | ast.Tuple):
        return [t for e in node.elts for t in _unmarked(e, registered)]
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body, registered) + _unmarked(node.orelse, registered)
    return []


def unmarked_strings(path: Path, registered: set[str]) -> list[tuple[int, str]]:
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SINKS:
            continue
        args = [call.args[k] for k in SINKS[name] if k < len(call.args)]
        args += [k.value for k in call.keywords if k.arg in SINK_KEYWORDS]
        for arg in args:
            found += [(call.lineno, text) for text in _unmarked(arg, registered)]
    return found


def test_every_user_visible_string_is_marked_for_translation():
    """Literal text handed to a widget, a dialog, a message or the printed page goes through
    tr()/translate() — or is a registered data string (lever labels, column headings…)."""
    registered = {text for texts in data_strings().values() for text in texts}
    problems = [
        f"{path.name}:{line}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in unmarked_strings(path, registered)
        if (path.name, text) not in KNOWN_UNMARKED
    ]
    assert not problems, "not marked for translation:\n" + "\n".join(problems)


def test_the_checker_finds_an_unmarked_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, label, box):\n"
        "    label.setText('Total value')\n"
        "    label.setText(self.tr('Total value'))\n"
        "    label.setText(self.tr('%1 clients').replace('%1', '3'))\n"
        "    label.setText(f'{3} clients')\n"
        "    label.setToolTip('×')\n"
        "    box.warning(self, 'Could not save', self.tr('Nothing was written'))\n"
    )
    assert unmarked_strings(sample, set()) == [
        (2, "Total value"), (5, " clients"), (7, "Could not save")
    ]  # fmt: skip


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d", text))


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-zA-Z][a-zA-Z0-9]*", text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_tags(code):
    messages = ts_messages(code)
    assert len(messages) > 400
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif _placeholders(form) != _placeholders(source.replace("%n", "")):
                problems.append(f"{context}: {source!r} → {form!r}: placeholders differ")
            elif _tags(form) != _tags(source):
                problems.append(f"{context}: {source!r} → {form!r}: HTML tags differ")
            elif _accelerators(form) != _accelerators(source):
                problems.append(f"{context}: {source!r} → {form!r}: & accelerator differs")
        if "%n" in source and "%n" not in forms[-1]:
            problems.append(f"{context}: {source!r}: the plural form lost %n")
    assert not problems, "\n".join(problems)


def test_english_has_its_plural_forms():
    for context, message in ts_messages("en"):
        assert message.get("numerus") == "yes", message.findtext("source")
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), (context, message.findtext("source"))
        assert "(s)" not in forms[0] + forms[1]


def test_every_data_string_and_indirect_message_is_in_the_catalogs():
    """Lever labels, stage names, column headings, report lines, menu items made through a
    helper (MainWindow._action) and Qt's own words all reach translators."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    wanted = update_translations.extra_messages(sorted(UI.rglob("*.py")))
    assert ("MainWindow", "&New", "") in wanted  # self._action("&New", …)
    assert ("Paper", "My studio", "") in wanted  # Paper.tr(DEFAULT_STUDIO)
    for code in i18n.LANGUAGES:
        found = {(c, m.findtext("source")) for c, m in ts_messages(code)}
        missing = [(c, t) for c, t, _comment in wanted if (c, t) not in found]
        assert not missing, f"{code}: run `make translations-update`: {missing}"


# Data strings that reach lupdate only through `data_strings()`: the stages' meanings and
# the figures behind a client's stage, the formula's named factors and "%n referral(s)",
# the levers' plain help. The test below checks that `make translations-update` hands
# them to the translators (the test above, that every catalog has them).
DATA_STRINGS: set[tuple[str, str]] = {
    *((i18n.STAGES, text) for text in (*STAGE_MEANINGS, *STAGE_TEMPLATES)),
    *((i18n.FORMULA, text) for text in FORMULA_TEMPLATES[6:]),
    *((i18n.LEVERS, lever.help) for lever in LEVERS),
}


def test_translations_update_hands_the_new_data_strings_to_translators(tmp_path):
    """Run the tool's extraction and lupdate into a scratch catalog: each new message is
    there to translate, and "%n referral(s)" is a plural message (Welsh has five forms)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    extra = tmp_path / "data_strings.py"
    update_translations.write_extra_source(
        update_translations.extra_messages(sorted(UI.rglob("*.py"))), extra
    )
    ts = tmp_path / "ltv_cy.ts"
    update_translations.lupdate([extra], ts)
    root = ET.parse(ts).getroot()
    messages = {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }
    for key in DATA_STRINGS:
        assert key in messages, key
    plural = messages[(i18n.FORMULA, "+ %n referrals × %2 × %3 (referred-client factor) = %4")]
    assert plural.get("numerus") == "yes"
    assert messages[(i18n.STAGES, STAGE_MEANINGS[0])].get("numerus") is None


CORE_ONLY_HEADINGS = ("Purchases per year", "Acquisition cost")  # the core's names of fields


def test_the_cores_messages_reach_lupdate(tmp_path):
    """What the core says (refusals, file problems, the reasons of Why this number) is handed
    to lupdate under "Messages", plurals as plurals: `make translations-update` lists it."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    templates = update_translations.core_messages()
    for expected in (
        "'%1' is not an amount.",
        "Years retained %1: %2.",
        "Average sale %1 = revenue %2 ÷ %n purchase(s).",
        "the file is incomplete or corrupt: part of it cannot be unpacked",
    ):
        assert expected in templates
    files = sorted(UI.rglob("*.py"))
    extra = tmp_path / "data_strings.py"
    update_translations.write_extra_source(update_translations.extra_messages(files), extra)
    ts = tmp_path / "ltv_cy.ts"
    shutil.copy(TS / "ltv_cy.ts", ts)
    update_translations.lupdate([*files, extra], ts)
    root = ET.parse(ts).getroot()
    listed = {
        (context.findtext("name"), message.findtext("source")): message.get("numerus") == "yes"
        for context in root.iter("context")
        for message in context.iter("message")
    }
    missing = [t for t in templates if (i18n.MESSAGES, t) not in listed]
    assert not missing, missing
    assert all(listed[(i18n.MESSAGES, t)] == ("%n" in t) for t in templates)
    assert all(("Columns", h) in listed for h in CORE_ONLY_HEADINGS)
    # The row counts are plural messages of their own.
    assert listed[("MainWindow", "%Ln client(s)")] and listed[("MainWindow", "%1 / %Ln client(s)")]


def test_a_report_in_each_language_has_no_english_headings(language, tmp_path):
    book = print_book()
    results = compute(book, Scenario())
    for code in i18n.LANGUAGES:
        language(code)
        report = tmp_path / f"report-{code}.pdf"
        write_report_pdf(report, client_base_report(book, results), options())
        text = pdf_text(report, layout=False)
        for english in ("Totals: baseline and current levers", "Cheap versus top clients",
                        "New versus returning clients", "Top clients by total value"):  # fmt: skip
            assert english not in text, (code, english)


# -- nothing on screen bypasses translation ----------------------------------------------
#
# The static check above sees literals handed to widgets; it cannot see a sentence the core
# writes, a heading taken from data, or an f-string built from words. So the window is also
# run under a pseudo-translator that wraps every message it is asked for in ⟦…⟧, and every
# text on screen is read back: whatever is left once the marked parts and the data (client
# names and IDs, file names, numbers, dates) are taken out is a string that bypassed tr().

OPEN, CLOSE = "⟦", "⟧"
DATA_WORDS = {"LTV", "Desktop", "xlsx", "BG", "NBD", "MBG", "CNBD", "Pareto"}


class PseudoTranslator(QTranslator):
    """Translates every message into itself, marked: "Open" → "⟦Open⟧"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or context == "QGuiApplication":  # keep QT_LAYOUT_DIRECTION real
            return None
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self):
        return False


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def unmarked_words(text: str, data: set[str]) -> list[str]:
    """Return the words of ``text`` that came through no translation and are not data."""
    text = re.sub(r"<[^>]*>|&#?\w+;", " ", text)  # rich text's tags and entities (&nbsp;)
    while True:  # a marked sentence may hold marked phrases: take out the innermost first
        stripped = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if stripped == text:
            break
        text = stripped
    words = re.findall(r"[^\W\d_]{2,}", text)
    folded = {d.casefold() for d in data}
    return [w for w in words if w.casefold() not in folded]


def screen_texts(root) -> list[tuple[str, str]]:
    """Return (where, text) for every text a person can see or hover in ``root``'s window."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDockWidget,
        QDoubleSpinBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QSpinBox,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    found: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            found.append((where, text))

    def actions(where: str, acts) -> None:
        for act in acts:
            add(f"{where}/{act.text()}", act.text())
            add(f"{where}/{act.text()}:statusTip", act.statusTip())
            add(f"{where}/{act.text()}:whatsThis", act.whatsThis())
            if act.menu() is not None:
                actions(f"{where}/{act.text()}", act.menu().actions())

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        add(f"{where}:toolTip", w.toolTip())
        add(f"{where}:whatsThis", w.whatsThis())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(f"{where}:title", w.windowTitle())
        if isinstance(w, QLabel):
            add(where, w.text())
        if isinstance(w, QAbstractButton):
            add(where, w.text())
        if isinstance(w, QGroupBox):
            add(where, w.title())
        if isinstance(w, QLineEdit):
            add(f"{where}:placeholder", w.placeholderText())
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            for part in (w.prefix(), w.suffix(), w.specialValueText()):
                add(f"{where}:affix", part)
        if isinstance(w, QComboBox):
            for k in range(w.count()):
                add(f"{where}:item", w.itemText(k))
        if isinstance(w, QTabBar):
            for k in range(w.count()):
                add(f"{where}:tab", w.tabText(k))
                add(f"{where}:tabToolTip", w.tabToolTip(k))
        if isinstance(w, QTextEdit):
            add(where, w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    add(f"{where}:header{c}", model.headerData(c, Qt.Orientation.Horizontal, role))
        if isinstance(w, QChartView):
            chart = w.chart()
            add(f"{where}:chart", chart.title())
            for axis in chart.axes():
                add(f"{where}:axis", axis.titleText())
            for series in chart.series():
                add(f"{where}:series", series.name())
        if isinstance(w, QMainWindow):
            actions(where, w.menuBar().actions())
            add(f"{where}:status", w.statusBar().currentMessage())
    return found


def study_data(win: MainWindow) -> set[str]:
    """Return the words that are the studio's own data: names, IDs, kinds, the file's name."""
    book = win.doc.book
    words: set[str] = set(DATA_WORDS)
    for table in (book.clients, book.transactions):
        for field in table.fields:
            column = table[field.key]
            if column.dtype == object:
                for value in set(map(str, column.tolist())):
                    words |= set(re.findall(r"[^\W\d_]{2,}", value))
    if win.doc.path is not None:
        words |= set(re.findall(r"[^\W\d_]{2,}", win.doc.path.name))
    return words


def assert_all_marked(texts: list[tuple[str, str]], data: set[str]) -> None:
    problems = [
        f"{where}: {text!r} → {words}"
        for where, text in texts
        if (words := unmarked_words(text, data))
    ]
    assert not problems, "shown without translation:\n" + "\n".join(problems)


def test_the_pseudo_check_finds_an_untranslated_string():
    assert unmarked_words("⟦Lifetime value %1⟧", set()) == []
    assert unmarked_words("⟦Stage: ⟦loyal⟧.⟧", set()) == []
    assert unmarked_words("⟦Why this number⟧ 4,000.00 31/10/2026", set()) == []
    assert unmarked_words("380 clients", set()) == ["clients"]
    assert unmarked_words("⟦%1 row⟧: is not an amount", {"Gym"}) == ["is", "not", "an", "amount"]
    assert unmarked_words("Gym member (GYM)", {"Gym", "member", "GYM"}) == []


def test_under_a_pseudo_translator_every_text_on_screen_is_translated(
    pseudo, window, studio_file, qtbot, monkeypatch, tmp_path
):
    """The whole window, each tab, the explanation of a client, a refused cell and a
    damaged file: nothing a person reads bypasses translation."""
    from PySide6.QtWidgets import QTableWidget

    from tests.core.test_filecheck import damaged_workbook, stray_workbook

    from .conftest import type_into
    from .test_main_window import transaction_view_row

    win = window
    assert win.open_path(studio_file, ask=False)
    data = study_data(win)
    # Each tab, as a person would click through them.
    for k in range(win.tabs.count()):
        win.tabs.setCurrentIndex(k)
        qtbot.wait(50)
        texts = screen_texts(win)
        assert len(texts) > 100 and any(OPEN in text for _where, text in texts)
        assert_all_marked(texts, data)
    # The explanation of a client with referrals and a history.
    win.tabs.setCurrentWidget(win.clients_page)
    view = win.clients_page.view
    view.go_to(win.clients_model.view_row(win.doc.book.id_row["P1"]), 0)
    explained = win.explain.toPlainText()
    assert "⟦Stage: " in explained and "⟦Average sale %1" not in explained  # filled in
    assert_all_marked(screen_texts(win), data)
    # A refused cell: the reason beside it, the banner and the status bar. (Once the
    # forecast is fitted: its columns arriving would close the editor.)
    qtbot.waitUntil(lambda: win.forecast is None or not win.forecast.busy, timeout=20000)
    win.tabs.setCurrentWidget(win.transactions_page)
    tx = win.transactions_page.view
    type_into(qtbot, tx, transaction_view_row(win, "P1"), TransactionColumn.AMOUNT, "four hundred")
    qtbot.waitUntil(tx.refusal.isVisible, timeout=2000)
    assert "four hundred" in tx.refusal.text()
    texts = [*screen_texts(win), ("refusal", tx.refusal.text())]
    assert_all_marked(texts, data | {"four", "hundred"})
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # A damaged file: the warning's title and words.
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(win, "warn", lambda title, text: warned.append((title, text)))
    damaged = damaged_workbook(tmp_path, "zlib")
    assert not win.open_path(damaged, ask=False)
    assert warned and all(CLOSE in text for _title, text in warned)
    assert_all_marked([(f"warning {t}", t) for pair in warned for t in pair], data | {"studio"})
    # A file with a cell the reader leaves out: the message, and File ▸ Problems in this file.
    folder = tmp_path / "stray"
    folder.mkdir()
    assert win.open_path(stray_workbook(folder), ask=False)
    data = study_data(win)
    assert_all_marked(screen_texts(win), data)
    win.files.show_skipped()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]
    table = dialog.findChild(QTableWidget, "skipped_cells")
    reasons = [("reason", table.item(r, 4).text()) for r in range(table.rowCount())]
    assert reasons and all(OPEN in text for _where, text in reasons)
    assert_all_marked(screen_texts(dialog) + reasons, data)
    dialog.close()


class DictTranslator(QTranslator):
    """A catalog made in the test: {context: {source: translation}}."""

    def __init__(self, messages: dict[str, dict[str, str]]):
        super().__init__()
        self.messages = messages

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.messages.get(context, {}).get(source)

    def isEmpty(self):
        return False


@pytest.fixture
def catalog(qapp):
    """Return a function that installs a test catalog; removed (and English back) after."""
    installed: list[QTranslator] = []

    def install(messages: dict[str, dict[str, str]]) -> None:
        translator = DictTranslator(messages)
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_refused_cell_says_why_in_the_interface_language(catalog, window, studio_file, qtbot):
    from .conftest import type_into
    from .test_main_window import transaction_view_row

    catalog({
        "Messages": {"'%1' is not an amount.": "Nid yw '%1' yn swm."},
        "Document": {"Transactions row %1, %2: %3": "Trafodion, rhes %1, %2: %3"},
        "Columns": {"Amount": "Swm"},
    })  # fmt: skip
    win = window
    assert win.open_path(studio_file, ask=False)
    win.tabs.setCurrentWidget(win.transactions_page)
    view = win.transactions_page.view
    row = transaction_view_row(win, "P1")
    type_into(qtbot, view, row, TransactionColumn.AMOUNT, "four hundred")
    assert view.refusal.isVisible()
    assert "Nid yw 'four hundred' yn swm." in view.refusal.text()
    assert "is not an amount" not in view.refusal.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # Pasted, the refusal names the row and the translated column heading.
    from ltv_desktop.ui.document import CellRefused, Edit

    with pytest.raises(CellRefused) as refused:
        win.doc.set_cells(
            win.transactions_model.sheet,
            [Edit(win.transactions_model.book_row(row), "amount", "four hundred")],
        )
    assert str(refused.value) == (
        f"Trafodion, rhes {win.transactions_model.book_row(row) + 1}, Swm: "
        "Nid yw 'four hundred' yn swm."
    )


def test_a_damaged_file_is_called_damaged_in_the_interface_language(
    catalog, window, tmp_path, monkeypatch
):
    from tests.core.test_filecheck import DAMAGES, damaged_workbook

    catalog({
        "Messages": {
            "'%1' is damaged (%2). It may not have finished downloading or copying; try a "
            "backup copy, or open it in Excel, which can sometimes repair it.":
                "Mae '%1' wedi'i difrodi (%2). Rhowch gynnig ar gopi wrth gefn.",
            "the file is incomplete or corrupt: part of it cannot be unpacked":
                "mae'r ffeil yn anghyflawn",
            "the file is incomplete or corrupt: %1": "mae'r ffeil yn anghyflawn: %1",
            "the file is shorter than its own table of contents says":
                "mae'r ffeil yn fyrrach na'i thabl cynnwys",
            "the reader stopped at: %1": "stopiodd y darllenydd: %1",
        }
    })  # fmt: skip
    warned: list[str] = []
    monkeypatch.setattr(window, "warn", lambda title, text: warned.append(text))
    for how in DAMAGES:
        path = damaged_workbook(tmp_path, how)
        assert not window.open_path(path, ask=False)
        said = warned[-1]
        assert said.startswith(f"Mae '{path.name}' wedi'i difrodi ("), said
        assert said.endswith("). Rhowch gynnig ar gopi wrth gefn."), said
        assert "is damaged" not in said and "backup copy" not in said
    assert "mae'r ffeil yn anghyflawn)" in " ".join(warned)  # the nested reason, translated


def test_why_this_number_gives_its_reasons_in_the_interface_language(catalog, opened):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    catalog({
        "Messages": {
            "Average sale %1 = revenue %2 ÷ %n purchase(s).":
                "Gwerthiant cyfartalog %1 = refeniw %2 ÷ %n pryniant.",
            "Referrals %1: %2.": "Atgyfeiriadau %1: %2.",
            "%n clients name them as referrer": "mae %n cleient yn eu henwi",
        },
        "Stages": {"loyal": "ffyddlon", "repeat": "dychwelyd", "advocate": "eiriolwr"},
        "ExplainView": {"Stage: %1 — %2.": "Cam: %1 — %2."},
    })  # fmt: skip
    win = opened()
    p1 = win.doc.book.id_row["P1"]
    win.clients_page.view.go_to(win.clients_model.view_row(p1), 0)
    text = win.explain.toPlainText()
    # Figures in the locale (German: 4.000,00), counts in place, the stage translated too.
    assert "Gwerthiant cyfartalog 400,00 = refeniw 4.000,00 ÷ 10 pryniant." in text, text
    assert "Atgyfeiriadau 4: mae 4 cleient yn eu henwi." in text, text
    stage = win.doc.results.stage[p1]
    from ltv_desktop.core.compute import STAGE_NAMES

    name = {"loyal": "ffyddlon", "repeat": "dychwelyd", "advocate": "eiriolwr"}
    assert f"Cam: {name[STAGE_NAMES[stage]]} — " in text, text
    assert "Average sale" not in text and "Stage:" not in text and "Referrals" not in text


# -- the core's words reach the window as messages ---------------------------------------

CORE = ROOT / "ltv_desktop" / "core"
USER_ERRORS = {"LtvError", "ValueProblem", "BookError", "WorkbookError", "OtherLayoutError",
               "AmbiguousDates", "UnusableCells", "NoHistory", "DateTextError"}  # fmt: skip


def core_sentences(path: Path) -> list[tuple[int, str]]:
    """Return the errors for a person that ``path`` raises with words instead of a Message."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call) or not call.args:
            continue
        name = getattr(call.func, "id", getattr(call.func, "attr", ""))
        if name in USER_ERRORS and isinstance(call.args[0], ast.Constant | ast.JoinedStr):
            found.append((call.lineno, ast.unparse(call.args[0])[:60]))
    return found


def shown_exceptions(path: Path) -> list[tuple[int, str]]:
    """Return where ``path`` shows an exception as str(e): the core's English, untranslated."""
    found = []
    for handler in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(handler, ast.ExceptHandler) or not handler.name:
            continue
        for node in ast.walk(handler):
            shown = (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "str"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == handler.name
            ) or (
                isinstance(node, ast.FormattedValue)
                and isinstance(node.value, ast.Name)
                and node.value.id == handler.name
            )
            if shown:
                found.append((node.lineno, handler.name))
    return found


def test_the_core_raises_messages_and_the_window_translates_them(tmp_path):
    """An error meant for a person is raised with a Message (so its template reaches
    translators), and the window shows an exception through problem_text(), never str()."""
    raised = [
        f"{path.relative_to(CORE)}:{line}: {text}"
        for path in sorted(CORE.rglob("*.py"))
        for line, text in core_sentences(path)
    ]
    assert not raised, "raise these with Message(…):\n" + "\n".join(raised)
    shown = [
        f"{path.relative_to(UI)}:{line}: str({name})"
        for path in sorted(UI.rglob("*.py"))
        for line, name in shown_exceptions(path)
    ]
    assert not shown, "show these with i18n.problem_text():\n" + "\n".join(shown)
    # The checks find what they look for.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(w):\n"
        "    try:\n"
        "        raise ValueProblem(f\"'{w}' is not a date.\")\n"
        "    except LtvError as problem:\n"
        "        w.warn(str(problem))\n"
        "        w.say(f'failed: {problem}')\n"
        "    raise ValueProblem(Message(\"'%1' is not a date.\", w))\n"
    )
    assert [line for line, _text in core_sentences(sample)] == [3]
    assert shown_exceptions(sample) == [(5, "problem"), (6, "problem")]


def test_under_a_pseudo_translator_every_dialog_is_translated(pseudo, studio, welsh_sales):  # noqa: F811
    """Settings, welcome, how it works, find and replace, printing, an import's mapping and
    its unusable cells: each dialog's every text is translated."""
    from PySide6.QtWidgets import QDialog, QTableWidget

    from ltv_desktop.core.importing.session import ImportSession
    from ltv_desktop.ui.find_replace import FindReplaceDialog
    from ltv_desktop.ui.import_dialog import ImportDialog, SkippedDialog
    from ltv_desktop.ui.printing.actions import BatchDialog
    from ltv_desktop.ui.settings import SettingsDialog
    from ltv_desktop.ui.welcome import HowItWorksDialog, WelcomeDialog

    # Each language is offered by its own name too ("Cymraeg (Welsh)"), as language menus do.
    names = {QLocale(code).nativeLanguageName() for code in ("en", *i18n.LANGUAGES)}
    data = study_data(studio) | {w for name in names for w in name.split()}
    path = welsh_sales
    with ImportSession(path) as session:
        result = session.read()
        skipped = result.skipped
        assert skipped and result.said
        notes = [("note", i18n.message_text(note)) for note in result.said]
        dialogs: list[QDialog] = [
            SettingsDialog(studio.settings, studio),
            WelcomeDialog(studio),
            HowItWorksDialog(studio),
            FindReplaceDialog(True, studio),
            BatchDialog(3, 7, True, "out.pdf", studio),
            ImportDialog(session, studio),
            SkippedDialog(path.name, skipped, 5, studio),
        ]
        # The file's own words are its data: its name, sheets, headings and cells.
        cells = " ".join(
            str(v) for sheet in session.preview.sheets for row in sheet.rows for v in row
        )
        file_words = set(re.findall(r"[^\W\d_]{2,}", f"{path.name} {cells}"))
        assert_all_marked(notes, data | file_words)
        for dialog in dialogs:
            dialog.show()
            texts = screen_texts(dialog)
            for table in dialog.findChildren(QTableWidget, "skipped_cells"):
                texts += [("reason", table.item(r, 4).text()) for r in range(table.rowCount())]
            assert texts, dialog
            assert_all_marked(texts, data | file_words | {"out", "pdf"})
            dialog.close()
