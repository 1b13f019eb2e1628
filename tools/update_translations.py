"""Regenerate resources/i18n/ltv_*.ts from the code, keeping every translation already made.

    .venv/bin/python tools/update_translations.py      (``make translations-update``)

Then translate what is new (Qt Linguist: ``.venv/bin/pyside6-linguist resources/i18n/ltv_cy.ts``,
or any editor) and run ``make translations`` to compile the .qm files the app loads.

1. ``pyside6-lupdate`` reads the literal ``tr()``, ``QCoreApplication.translate()`` and
   ``QT_TRANSLATE_NOOP()`` calls of ``ltv_desktop/ui``.
2. What lupdate cannot see is written as literal ``translate()`` calls into a generated
   Python file that lupdate reads too:

   - words that come from data (lever labels and help, stage names, column headings,
     report lines, import field labels) and the templates of the sentences the core
     builds (a client's formula, the cheap-versus-top finding): :func:`data_strings`
     (a template with ``%n`` is written with a count, so it stays a plural message);
   - what the core says (``core.message.Message``: refused cells, file problems, the
     reasons under a client's formula): every literal template of a ``Message(…)`` or
     ``template(…)`` call in ``ltv_desktop/core``, under the context ``Messages``
     (:func:`core_messages`); a template with ``%n`` is a plural message;
   - literals passed to a method that translates its argument (``self._action("&New", …)``
     where ``_action`` calls ``self.tr(text)``) — a message of that class;
   - ``self.tr(NAME)`` / ``Class.tr(NAME)`` of a string constant, defined in the module or
     imported into it;
   - ``doc.tr("…")`` where ``doc`` is annotated with a class (``doc: Document``): Qt looks
     the message up under the object's class, lupdate files it under the variable's name;
   - Qt's own words the app shows (``i18n.QT_OWN``) and ``QT_LAYOUT_DIRECTION``, which tells
     Qt to lay Hebrew out right to left.

3. lupdate merges into the existing files: known translations stay, new messages are
   marked unfinished, messages gone from the code are dropped. No source locations are
   stored, so the files change only when messages do.
4. Contexts lupdate made up from variable names (``doc``) are dropped, and Qt's own words
   still untranslated are filled from Qt's ``qtbase_<language>.qm`` where Qt ships one.
5. ``ltv_en.ts`` holds only the plural messages: English's "1 page" / "3 pages" for the
   code's "%n page(s)".
"""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ltv_desktop.core.analysis import FINDING_TEMPLATES, REFERRAL_TEMPLATES  # noqa: E402
from ltv_desktop.core.book import CLIENT_FIELDS, TRANSACTION_FIELDS  # noqa: E402
from ltv_desktop.core.compute import STAGE_MEANINGS, STAGE_NAMES  # noqa: E402
from ltv_desktop.core.explain import FORMULA_TEMPLATES, STAGE_TEMPLATES  # noqa: E402
from ltv_desktop.core.importing import IMPORT_FIELDS  # noqa: E402
from ltv_desktop.core.message import CONTEXT as CORE_CONTEXT  # noqa: E402
from ltv_desktop.core.report import TOTAL_LINES  # noqa: E402
from ltv_desktop.core.scenario import LEVERS  # noqa: E402
from ltv_desktop.ui import i18n  # noqa: E402
from ltv_desktop.ui.models import CLIENT_COLUMNS, TRANSACTION_COLUMNS  # noqa: E402

SOURCES = ROOT / "ltv_desktop" / "ui"
CORE = ROOT / "ltv_desktop" / "core"
TS_DIR = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
Message = tuple[str, str, str]  # context, source text, disambiguation comment


def ts_path(language: str) -> Path:
    return TS_DIR / f"{i18n.CATALOG}_{language}.ts"


# -- what lupdate cannot see -------------------------------------------------------------


def data_strings() -> dict[str, list[str]]:
    """Return the source strings the UI translates from data at display time, by context.

    They are handed to lupdate with the literal ``tr()`` calls of the code, so they are
    translated like any other message.
    """
    levers: list[str] = []
    for lever in LEVERS:
        levers += [lever.label, lever.help, lever.group, *lever.choice_labels]
    strings = {
        i18n.LEVERS: levers,
        # Each stage's name, what it means, and the figures that decide it (core).
        i18n.STAGES: [*STAGE_NAMES, *STAGE_MEANINGS, *STAGE_TEMPLATES],
        # The sheets' headings, and the core's names for its fields (named in its messages).
        i18n.COLUMNS: [c.header for c in (*CLIENT_COLUMNS, *TRANSACTION_COLUMNS)]
        + [f.header for f in (*CLIENT_FIELDS, *TRANSACTION_FIELDS)],
        i18n.TOTALS: [label for _key, label, _count in TOTAL_LINES],
        # A client's formula: its step templates live in the core (core.explain).
        i18n.FORMULA: list(FORMULA_TEMPLATES),
        # The cheap-versus-top finding: its templates live in the core (core.analysis).
        i18n.FINDING: [*FINDING_TEMPLATES, *(t for pair in REFERRAL_TEMPLATES for t in pair)],
        # The import dialog shows each field's label through its own self.tr().
        "ImportDialog": [field.label for field in IMPORT_FIELDS],
    }
    return {context: list(dict.fromkeys(texts)) for context, texts in strings.items()}


def core_messages() -> list[str]:
    """Return the templates of what the core says, as written in its source.

    A ``Message("…", …)`` or ``template("…")`` call with a literal first argument and no
    ``context=`` of its own (those name a heading, a lever or a stage, listed above).
    """
    found: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            text = _string(node.args[0])
            if name not in ("Message", "template") or text is None:
                continue
            if any(k.arg == "context" for k in node.keywords):
                continue
            if text.strip("%0123456789'!() :;.,") == "":
                continue  # "%1", "'%1'", "%1 (%2): %3": nothing to translate
            found.append(text)
    return list(dict.fromkeys(found))


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class Constants:
    """A module's string constants: its own, and those it imports by name (looked up lazily)."""

    def __init__(self, tree: ast.Module, module: str):
        self.own: dict[str, str] = {}
        self.imported: dict[str, tuple[str, str]] = {}  # local name → (module, name)
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], _string(node.value)
                if isinstance(target, ast.Name) and value is not None:
                    self.own[target.id] = value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                value = _string(node.value)
                if value is not None:
                    self.own[node.target.id] = value
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                if node.level:
                    base = ".".join([*module.split(".")[: -node.level], node.module])
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = (base, alias.name)

    def get(self, name: str) -> str | None:
        if name in self.own:
            return self.own[name]
        if name not in self.imported:
            return None
        module, attribute = self.imported[name]
        value = getattr(importlib.import_module(module), attribute, None)
        return value if isinstance(value, str) else None


def _is_tr(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == "tr"


def _wrappers(cls: ast.ClassDef) -> dict[str, int]:
    """Return the class's methods that pass an argument to ``self.tr``: name → its position."""
    found: dict[str, int] = {}
    for fn in cls.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in fn.args.args][1:]  # without self
        for call in ast.walk(fn):
            if isinstance(call, ast.Call) and _is_tr(call) and call.args:
                first = call.args[0]
                if isinstance(first, ast.Name) and first.id in params:
                    found[fn.name] = params.index(first.id)
    return found


def indirect_messages(path: Path, classes: set[str]) -> Iterator[Message]:
    """Yield the messages of one source file that lupdate misses or files under a wrong name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    constants = Constants(tree, module)
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        wrappers = _wrappers(cls)
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
                continue
            owner = func.value.id
            if owner == "self" and func.attr in wrappers:
                at = wrappers[func.attr]
                text = _string(call.args[at]) if at < len(call.args) else None
                if text:
                    yield cls.name, text, ""
            elif (
                func.attr == "tr"
                and owner == "self"
                and call.args
                and isinstance(call.args[0], ast.Name)
                and (text := constants.get(call.args[0].id))
            ):
                yield cls.name, text, ""
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        func = call.func  # Paper.tr(FORMULA), anywhere in the module
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id in classes
            and call.args
            and isinstance(call.args[0], ast.Name)
            and (text := constants.get(call.args[0].id))
        ):
            yield func.value.id, text, ""
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        typed = {
            a.arg: a.annotation.id
            for a in fn.args.args
            if isinstance(a.annotation, ast.Name) and a.annotation.id in classes
        }
        for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
            func = call.func
            if (
                _is_tr(call)
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in typed
                and call.args
                and (text := _string(call.args[0]))
            ):
                yield typed[func.value.id], text, ""


def class_names(files: list[Path]) -> set[str]:
    names: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    return names


def literal_contexts() -> set[str]:
    """Return the contexts named in literal translate() and QT_TRANSLATE_NOOP() calls."""
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = node.func.id if isinstance(node.func, ast.Name) else name
            context = _string(node.args[0])
            if name in ("translate", "QT_TRANSLATE_NOOP") and context:
                found.add(context)
    return found


def extra_messages(files: list[Path]) -> list[Message]:
    classes = class_names(files)
    messages: list[Message] = []
    for path in files:
        messages += indirect_messages(path, classes)
    for context, texts in data_strings().items():
        messages += [(context, text, "") for text in texts]
    messages += [(CORE_CONTEXT, text, "") for text in core_messages()]
    for context, texts in i18n.QT_OWN.items():
        messages += [(context, text, "") for text in texts]
    messages.append(i18n.LAYOUT_DIRECTION)
    return list(dict.fromkeys(messages))


def write_extra_source(messages: list[Message], path: Path) -> None:
    lines = [
        "# Generated by tools/update_translations.py for lupdate; never imported.",
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    for context, text, comment in messages:
        args = [repr(context), repr(text)] + ([repr(comment)] if comment else [])
        if "%n" in text:  # a count picks the wording: a plural message (Qt's numerus)
            args = [repr(context), repr(text), repr(comment or None), "1"]
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- lupdate and after -------------------------------------------------------------------


def lupdate(sources: list[Path], ts: Path, plural_only: bool = False) -> None:
    command = [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", ts.stem.split("_", 1)[1]]
    if plural_only:
        command.append("-pluralonly")
    command += [str(s) for s in sources] + ["-ts", str(ts)]
    subprocess.run(command, check=True)


def qt_translation(language: str, context: str, text: str, comment: str) -> str:
    """Return Qt's own translation of one of its messages ('' where Qt has none)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        return ""
    return translator.translate(context, text, comment or None) or ""


def tidy(ts: Path, classes: set[str]) -> None:
    """Drop contexts that are no class or known context; fill Qt's words from Qt."""
    tree = ET.parse(ts)
    root = tree.getroot()
    language = ts.stem.split("_", 1)[1]
    known = classes | literal_contexts() | set(data_strings()) | set(i18n.QT_OWN)
    known.add(CORE_CONTEXT)
    known.add(i18n.LAYOUT_DIRECTION[0])
    qt_contexts = set(i18n.QT_OWN) | {i18n.LAYOUT_DIRECTION[0]}
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        if name not in known:
            root.remove(context)
            continue
        if name not in qt_contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = qt_translation(
                language, name, message.findtext("source") or "", message.findtext("comment") or ""
            )
            if found:
                translation.text = found
                del translation.attrib["type"]
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main() -> int:
    files = sorted(SOURCES.rglob("*.py"))
    classes = class_names(files)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "data_strings.py"
        write_extra_source(extra_messages(files), extra)
        for language in i18n.LANGUAGES:
            lupdate([*files, extra], ts_path(language))
            tidy(ts_path(language), classes)
        lupdate([*files, extra], ts_path(i18n.SOURCE_LANGUAGE), plural_only=True)
        tidy(ts_path(i18n.SOURCE_LANGUAGE), classes)
    for language in (i18n.SOURCE_LANGUAGE, *i18n.LANGUAGES):
        print(
            f"{ts_path(language).relative_to(ROOT)}: {unfinished(ts_path(language))} to translate"
        )
    return 0


def unfinished(ts: Path) -> int:
    root = ET.parse(ts).getroot()
    return sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")


if __name__ == "__main__":
    raise SystemExit(main())
