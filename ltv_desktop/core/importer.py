"""Importing a client workbook in the user's own layout: look, guess the columns, read.

Three steps, so the window can show a mapping dialog between them and the
command line can run them in one go:

* ``inspect(path)`` returns a ``WorkbookPreview``: every sheet, its first rows
  as the spreadsheet shows them, the row that looks like the headers (a title
  row above it, merged title cells and blank rows are passed over) and what
  each column's values look like (dates, money, text).
* ``guess_mapping(preview)`` returns a ``ColumnMapping``: which sheet holds
  the transactions, which (if any) the clients, and for every field the app
  needs the column it guessed, from header words in English, Welsh, Italian,
  Hebrew and Afrikaans, then from the values. The user can change any of it
  (``ColumnMapping.with_column`` and friends).
* ``import_workbook(path, mapping)`` returns an ``ImportResult``: a new Book,
  the default scenario, and every cell that could not be used, by sheet, row,
  column letter and header. Without a client sheet the clients are derived
  from the transactions' client column.

Values are read as the spreadsheet shows them (python-calamine gives real
dates for date-formatted cells, 1904-dated workbooks included, and the cached
values of formulas). A number in a date column is not taken for a date: the
spreadsheet shows a number there. Text dates are read when they can mean one
day only (``2024-03-05``, ``5 Mawrth 2024``, ``25/03/2024``), or when the
column's other dates settle the day/month order, or once the user has chosen
it (``day_first``). Money typed as text (``£1,234.50``, ``R 1 234,50``,
``(120.00)``) is understood.

``open_any(path)`` is what File ▸ Open and ``ltv-desktop compute`` use: the
app's own format goes to ``workbook.read_workbook`` unchanged, anything else
is imported with the guesses.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import itertools
import math
import operator
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .book import (
    CLIENT_FIELDS,
    NAT,
    TRANSACTION_FIELDS,
    Array,
    Book,
    Kind,
    Table,
)
from .cells import (
    CellValue,
    bulk_allocations,
    bulk_days,
    bulk_numbers,
    cell_text,
    filled_rows,
    is_filled,
    plain_texts,
)
from .errors import SkippedCell, WorkbookError
from .filecheck import check_workbook_file
from .scenario import Scenario
from .workbook import LATER_VERSION, LoadedWorkbook, column_letter, read_workbook

PREVIEW_ROWS = 25  # rows of each sheet shown in the mapping step, from row 1
SAMPLE_ROWS = 200  # rows below the header looked at to guess what a column holds
HEADER_SEARCH_ROWS = 30  # the header row is looked for among the first this many rows
MAX_FILLED_MERGE_CELLS = 1_000_000  # merged cells copied into (a hostile file may merge A:XFD)


# -- the fields a mapping fills --------------------------------------------------


class Role(enum.Enum):
    """Which sheet a field is read from."""

    TRANSACTIONS = "transactions"
    CLIENTS = "clients"


@dataclass(frozen=True)
class ImportField:
    """One thing the app reads from a foreign workbook, and the Book field it fills.

    ``name`` is unique across both sheets (``client`` is the transactions'
    client column, ``client_id`` the client sheet's own ID column); it is what
    ``ColumnMapping.columns`` and ``ltv-desktop import --map`` use.
    """

    name: str
    label: str
    role: Role
    key: str
    kind: Kind
    required: bool = False


_TX, _CL = Role.TRANSACTIONS, Role.CLIENTS
IMPORT_FIELDS: tuple[ImportField, ...] = (
    ImportField("date", "Date", _TX, "date", Kind.DATE, required=True),
    ImportField("client", "Client", _TX, "client_id", Kind.CLIENT, required=True),
    ImportField("amount", "Amount", _TX, "amount", Kind.MONEY, required=True),
    ImportField("kind", "Kind", _TX, "kind", Kind.TEXT),
    ImportField("description", "Description", _TX, "description", Kind.TEXT),
    *(ImportField(f.key, f.header, _CL, f.key, f.kind) for f in CLIENT_FIELDS),
)
FIELD_BY_NAME: dict[str, ImportField] = {f.name: f for f in IMPORT_FIELDS}


# -- words -----------------------------------------------------------------------


def normalize(text: str) -> str:
    """Return ``text`` as header words are compared: no accents, case, points or punctuation.

    ``Kliënt`` → ``klient``, ``E-bost`` → ``e bost``, ``סה"כ`` → ``סהכ``, ``Ffôn`` → ``ffon``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category.startswith("M"):  # accents, Hebrew points
            continue
        if ch in "\"'״׳`´’":  # quotes inside words: סה"כ, ע"י, Client's
            continue
        kept.append(ch if category[0] in "LN" else " ")
    return " ".join("".join(kept).casefold().split())


# Header words for each field, in English, Welsh, Italian, Hebrew and Afrikaans (and the
# shapes bookkeeping exports use). Compared after ``normalize``; a header that equals one
# scores highest, one that contains one as whole words scores less.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "date": (
        "date", "day", "transaction date", "sale date", "invoice date", "order date",
        "payment date", "date paid", "paid on", "booking date", "session date",
        "dyddiad", "dyddiad talu", "dyddiad gwerthu",
        "data", "data vendita", "data fattura", "data pagamento", "data ordine", "giorno",
        "תאריך", "תאריך עסקה", "תאריך תשלום", "תאריך חשבונית", "יום",
        "datum", "transaksiedatum", "betaaldatum", "faktuurdatum", "dag",
    ),
    "client": (
        "client", "client id", "client no", "client number", "client code", "customer",
        "customer id", "customer no", "customer number", "account", "account no", "member",
        "member id", "client ref", "customer ref", "bill to", "sold to",
        "cleient", "cwsmer", "rhif cleient", "cod cleient", "id cleient",
        "cliente", "id cliente", "codice cliente", "cod cliente", "n cliente",
        "לקוח", "מספר לקוח", "קוד לקוח", "מזהה לקוח", "מס לקוח",
        "klient", "klient id", "klientnommer", "kliente", "klantnommer", "klant",
    ),
    "amount": (
        "amount", "amount paid", "total", "price", "paid", "value", "revenue", "sale", "sales",
        "fee", "charge", "invoice total", "invoice amount", "net amount", "gross amount",
        "payment", "income", "sum",
        "swm", "cyfanswm", "pris", "tal", "gwerth", "incwm", "taliad",
        "importo", "prezzo", "totale", "pagato", "valore", "ricavo", "incasso", "somma",
        "pagamento", "imponibile",
        "סכום", "מחיר", "סהכ", "תשלום", "שווי", "הכנסה", "סך הכל", "סכום לתשלום",
        "bedrag", "prys", "totaal", "betaal", "betaling", "waarde", "inkomste", "som",
    ),
    "kind": (
        "kind", "type", "category", "item type", "product type", "sale type",
        "math", "categori", "tipo", "categoria", "סוג", "קטגוריה", "soort", "tipe", "kategorie",
    ),
    "description": (
        "description", "item", "details", "product", "service", "memo", "what", "line item",
        "disgrifiad", "manylion", "eitem", "gwasanaeth",
        "descrizione", "dettagli", "articolo", "servizio", "causale",
        "תיאור", "פירוט", "פריט", "שירות",
        "beskrywing", "besonderhede", "diens", "produk",
    ),
    "client_id": (
        "client id", "client no", "client number", "client code", "customer id",
        "customer no", "customer number", "id", "account no", "member id", "client ref",
        "rhif cleient", "cod cleient", "id cleient", "id cliente", "codice cliente",
        "cod cliente", "n cliente", "מספר לקוח", "קוד לקוח", "מזהה לקוח", "מס לקוח", "מזהה",
        "klient id", "klientnommer", "klantnommer", "nommer",
    ),
    "name": (
        "name", "client name", "customer name", "full name", "contact", "contact name",
        "client", "customer",
        "enw", "enw cleient", "enw llawn", "cleient",
        "nome", "nome cliente", "nominativo", "cognome e nome", "nome e cognome", "cliente",
        "שם", "שם לקוח", "שם מלא", "לקוח",
        "naam", "klientnaam", "volle naam", "naam en van", "klient",
    ),
    "email": (
        "email", "e mail", "mail", "email address", "e mail address",
        "e bost", "ebost", "cyfeiriad e bost", "posta elettronica", "indirizzo email",
        "אימייל", "דואל", "מייל", "דואר אלקטרוני", "e pos", "epos", "e posadres",
    ),
    "phone": (
        "phone", "telephone", "tel", "mobile", "cell", "phone number", "contact number",
        "ffon", "rhif ffon", "symudol", "telefono", "cellulare", "numero di telefono",
        "טלפון", "נייד", "פלאפון", "מספר טלפון",
        "telefoon", "selfoon", "sel", "foon", "telefoonnommer",
    ),
    "source": (
        "source", "channel", "lead source", "how found", "came from", "found us via",
        "referral source", "ffynhonnell", "sianel", "fonte", "canale", "provenienza",
        "מקור", "ערוץ", "bron", "kanaal",
    ),
    "referred_by": (
        "referred by", "referrer", "referral", "referred", "introduced by", "recommended by",
        "cyfeiriwyd gan", "atgyfeiriwyd gan", "argymhellwyd gan",
        "segnalato da", "presentato da", "referente", "consigliato da",
        "הופנה על ידי", "הופנה עי", "ממליץ", "מפנה", "הופנה", "הומלץ על ידי",
        "verwys deur", "verwyser", "aanbeveel deur",
    ),
    "first_contact": (
        "first contact", "first seen", "since", "customer since", "client since", "joined",
        "created", "signup date", "sign up date", "first visit", "date added",
        "cyswllt cyntaf", "cleient ers", "primo contatto", "cliente dal", "data iscrizione",
        "קשר ראשון", "לקוח מאז", "תאריך הצטרפות", "eerste kontak", "klient sedert",
        "kliënt sedert", "aangesluit",
    ),
    "tags": ("tags", "tag", "labels", "tagiau", "labeli", "etichette", "תגיות", "etikette"),
    "notes": (
        "notes", "note", "comments", "comment", "remarks",
        "nodiadau", "nodyn", "sylwadau", "commenti", "osservazioni", "annotazioni",
        "הערות", "הערה", "notas", "aantekeninge", "opmerkings", "nota",
    ),
    "purchases_per_year": (
        "purchases per year", "visits per year", "sessions per year", "frequency",
        "pryniannau y flwyddyn", "acquisti all anno", "frequenza", "רכישות בשנה",
        "aankope per jaar",
    ),
    "years_retained": (
        "years retained", "tenure", "retention years", "expected years",
        "blynyddoedd", "anni", "anni di fidelizzazione", "שנים", "jare",
    ),
    "referrals": (
        "referrals", "number of referrals", "referrals made", "atgyfeiriadau",
        "segnalazioni", "הפניות", "verwysings",
    ),
    "acquisition_cost": (
        "acquisition cost", "cac", "cost to acquire", "cost caffael", "costo di acquisizione",
        "עלות רכישה", "עלות גיוס", "verkrygingskoste",
    ),
}  # fmt: skip

# A cell holding one of these (alone, or first) marks a totals row, never a client.
TOTAL_WORDS: tuple[str, ...] = (
    "total", "totals", "grand total", "subtotal", "sub total", "sum", "overall",
    "cyfanswm", "is gyfanswm", "cyfanswm terfynol",
    "totale", "totali", "totale generale", "subtotale", "somma",
    "סהכ", "סך הכל", "סך הכול", "סיכום", "total general",
    "totaal", "groottotaal", "subtotaal", "som",
)  # fmt: skip

SHEET_WORDS: dict[Role, tuple[str, ...]] = {
    Role.TRANSACTIONS: (
        "transactions", "sales", "payments", "invoices", "orders", "bookings", "income",
        "ledger", "trafodion", "gwerthiant", "taliadau", "anfonebau", "transazioni", "vendite",
        "pagamenti", "fatture", "ordini", "incassi", "עסקאות", "מכירות", "תשלומים", "חשבוניות",
        "הזמנות", "transaksies", "verkope", "betalings", "fakture", "bestellings",
    ),
    Role.CLIENTS: (
        "clients", "customers", "contacts", "members", "cleientiaid", "cwsmeriaid",
        "cysylltiadau", "clienti", "contatti", "anagrafica", "anagrafica clienti", "לקוחות",
        "אנשי קשר", "kliente", "klante", "kontakte", "lede",
    ),
}  # fmt: skip

# Values of a Kind column: the app's four kinds in the five languages.
KIND_WORDS: frozenset[str] = frozenset(
    normalize(w)
    for w in (
        "session", "product", "add-on", "addon", "package", "print", "prints", "album",
        "sesiwn", "cynnyrch", "ychwanegiad", "pecyn",
        "sessione", "prodotto", "extra", "aggiunta", "pacchetto",
        "מפגש", "סשן", "מוצר", "תוספת", "חבילה",
        "sessie", "produk", "byvoeging", "pakket",
    )
)  # fmt: skip

_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    name: tuple(tuple(normalize(w).split()) for w in words) for name, words in HEADER_WORDS.items()
}
_TOTALS = frozenset(normalize(w) for w in TOTAL_WORDS)
_SHEET_PHRASES = {
    role: frozenset(normalize(w) for w in words) for role, words in SHEET_WORDS.items()
}


def header_score(header: str, field_name: str) -> float:
    """Return how well a header names a field: 1 for an exact word, less for a part, else 0."""
    return _header_match(header, field_name)[0]


def _header_match(header: str, field_name: str) -> tuple[float, int]:
    """Return the score and the place in the word list of the phrase that matched best.

    The place breaks ties: with both "Amount" and "Price" on a sheet, the
    word listed first (amount) wins.
    """
    words = tuple(normalize(header).split())
    if not words:
        return 0.0, 0
    best, place = 0.0, 0
    for k, phrase in enumerate(_PHRASES.get(field_name, ())):
        if words == phrase:
            return 1.0, k
        n = len(phrase)
        score = 0.0
        if n <= len(words) and any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
            score = 0.5 + 0.4 * n / len(words)
        elif (
            # Hebrew joins articles and prefixes to words: התאריך, ללקוח.
            len(words) == 1
            and len(phrase) == 1
            and len(words[0]) > 3
            and words[0].endswith(phrase[0])
            and len(words[0]) - len(phrase[0]) <= 2
        ):
            score = 0.6
        if score > best:
            best, place = score, k
    return best, place


# A cheap first look for the totals words (their first letters), before normalizing.
_TOTAL_HINT = re.compile(r"(?i)\b(?:tot|sum|sub|cyf|is g|somm|gro|som|overall)|ס[הך]")


def is_total_label(text: str) -> bool:
    """Return whether a cell's text says "total" in one of the five languages."""
    words = normalize(text)
    if not words:
        return False
    if words in _TOTALS:
        return True
    first = words.split()
    return any(" ".join(first[:k]) in _TOTALS for k in (1, 2, 3) if k < len(first))


# -- text dates and money typed as text ------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan ionawr gennaio gen januarie ינואר",
        "february feb chwefror febbraio februarie פברואר",
        "march mar mawrth marzo maart mrt מרץ מרס",
        "april apr ebrill aprile אפריל",
        "may mai maggio mag mei מאי",
        "june jun mehefin giugno giu junie יוני",
        "july jul gorffennaf luglio lug julie יולי",
        "august aug awst agosto ago augustus אוגוסט",
        "september sep sept medi settembre set ספטמבר",
        "october oct hydref ottobre ott oktober okt אוקטובר",
        "november nov tachwedd novembre נובמבר",
        "december dec rhagfyr dicembre dic desember des דצמבר",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[normalize(_name)] = _number

_ISO_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$"
)
_NUMERIC_DATE = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


class DateOrder(enum.Enum):
    """How a text date like 05/03/2024 was, or could be, read."""

    ANY = "any"  # unambiguous: ISO, a month name, or the same either way
    DAY_FIRST = "day first"
    MONTH_FIRST = "month first"
    EITHER = "either"  # 05/03/2024: a real day both ways


@dataclass(frozen=True)
class TextDate:
    """A text cell read as a date: the day for each order it can be read in."""

    day_first: dt.date | None
    month_first: dt.date | None

    @property
    def order(self) -> DateOrder:
        if self.day_first is not None and self.month_first is not None:
            return DateOrder.ANY if self.day_first == self.month_first else DateOrder.EITHER
        return DateOrder.DAY_FIRST if self.day_first is not None else DateOrder.MONTH_FIRST


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:  # the spreadsheet convention: 00-29 → 2000s, 30-99 → 1900s
        year += 2000 if year < 30 else 1900
    return year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DateTextError(ValueError):
    """A text cell that cannot be read as a date; the message is the reason, in words."""


def parse_text_date(text: str) -> TextDate:
    """Return the day(s) a text date can mean, or raise DateTextError saying why not.

    ``2024-03-05`` and ``5 March 2024`` (month names in the five languages)
    mean one day; ``25/03/2024`` too (there is no month 25); ``05/03/2024``
    can be read day first or month first, and the caller decides.
    """
    t = text.strip()
    m = _ISO_DATE.match(t)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day = _day(y, mo, d)
        if day is None:
            raise DateTextError(f"'{t}' is not a real date")
        return TextDate(day, day)
    m = _NUMERIC_DATE.match(t)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        first, second = _day(y, b, a), _day(y, a, b)
        if first is None and second is None:
            raise DateTextError(f"'{t}' is not a real date")
        return TextDate(first, second)
    tokens = _TOKENS.findall(normalize(t))
    month = None
    numbers: list[str] = []
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            continue
        found = MONTHS.get(token)
        if found is None and len(token) > 3 and token[0] in "בל":  # Hebrew "in/to March"
            found = MONTHS.get(token[1:])
        if found is not None:
            if month is not None and month != found:
                raise DateTextError(f"'{t}' is not a date")
            month = found
    if month is None or len(numbers) != 2:
        raise DateTextError(f"'{t}' is not a date")
    if len(numbers[0]) == 4:  # 2024 March 5
        year_text, day_text = numbers
    elif len(numbers[1]) in (2, 4) and int(numbers[0]) <= 31:  # 5 March 2024, March 5 24
        day_text, year_text = numbers
    else:
        raise DateTextError(f"'{t}' is not a date")
    day = _day(_year(year_text), month, int(day_text))
    if day is None:
        raise DateTextError(f"'{t}' is not a real date")
    return TextDate(day, day)


_CURRENCY = re.compile(
    r"(?:[$£€₪¥]|(?<![A-Za-z])R(?=\s*[-\d.,(])|\b(?:ZAR|GBP|EUR|USD|ILS|NIS|CHF|AUD|CAD)\b"
    r"|ש\"ח|ש״ח|שח)",
    re.IGNORECASE,
)
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'’")
_PLAIN_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[.,]\d{3})+$")


def parse_money(text: str) -> float | None:
    """Return money typed as text as a number (``£1,234.50``, ``1.234,50 €``, ``(12)``), or None.

    With both separators the last one is the decimal point. With one kind
    only, ``1,234`` / ``1.234.567`` (groups of three) are thousands, and
    anything else (``12,50``, ``0.125``) is the decimal point.
    """
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    t = _CURRENCY.sub("", t).translate(_SPACES)
    for minus in ("-", "−", "–"):
        if t.startswith(minus):
            negative, t = not negative, t[1:]
        elif t.endswith(minus):
            negative, t = not negative, t[:-1]
    t = t.removeprefix("+")
    if "," in t and "." in t:
        point = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if point == "," else ",", "").replace(point, ".")
    elif "," in t or "." in t:
        t = t.replace(",", "").replace(".", "") if _GROUPED.match(t) else t.replace(",", ".")
    if not _PLAIN_NUMBER.match(t):
        return None
    number = float(t)
    return -number if negative else number


# -- reading sheets --------------------------------------------------------------------


def display_text(value: CellValue) -> str:
    """Return a cell as the mapping step shows it: dates as YYYY-MM-DD, numbers without noise."""
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        return format(value, ".15g")
    if isinstance(value, dt.timedelta):
        return str(value)
    return cell_text(value)


class _Reader:
    """An open workbook: calamine's reader, its worksheets, and the sheets parsed so far.

    calamine parses a whole sheet at once (in Rust, fast) and hands rows over
    on request; a parsed sheet is kept so the preview and the import do not
    parse the same sheet twice.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self.name = os.path.basename(self.path) or self.path
        check_workbook_file(path, allow_strict=True)  # calamine reads Strict Open XML too
        from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

        self.workbook = self._call(lambda: CalamineWorkbook.from_path(self.path), None)
        metadata = self._call(lambda: self.workbook.sheets_metadata, None)
        self.sheet_names = [m.name for m in metadata if m.typ == SheetTypeEnum.WorkSheet]
        self.hidden = {m.name for m in metadata if m.visible != SheetVisibleEnum.Visible}
        self._sheets: dict[str, Any] = {}

    def close(self) -> None:
        self._sheets.clear()
        with contextlib.suppress(Exception):  # already closed: nothing to do
            self.workbook.close()

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, action: Any, sheet: str | None) -> Any:
        """Run a calamine call; turn whatever it raises into a WorkbookError in words."""
        from python_calamine import CalamineError, PasswordError, XmlError, ZipError

        where = "" if sheet is None else f" (the '{sheet}' sheet)"
        try:
            return action()
        except PasswordError:
            raise WorkbookError(
                f"'{self.name}' is a password-protected workbook; open it in Excel, "
                "remove the password, and try again."
            ) from None
        except ZipError as e:
            raise WorkbookError(
                f"'{self.name}' is damaged: its zip container cannot be unpacked ({e}). Try a "
                "backup copy, or open it in Excel, which can sometimes repair it."
            ) from None
        except XmlError as e:
            raise WorkbookError(
                f"'{self.name}' is damaged: the XML inside it{where} is malformed ({e}). Open it "
                "in Excel or LibreOffice and save it again as .xlsx."
            ) from None
        except CalamineError as e:
            raise WorkbookError(
                f"'{self.name}'{where} cannot be read: {e}. Open it in Excel or LibreOffice and "
                "save it again as .xlsx."
            ) from None
        except MemoryError:
            raise WorkbookError(
                f"'{self.name}'{where} is too large to open in the memory this computer has."
            ) from None
        except BaseException as e:
            # A panic inside the Rust reader arrives as pyo3's PanicException (a BaseException).
            if type(e).__name__ != "PanicException":
                raise
            raise WorkbookError(
                f"'{self.name}'{where} is damaged in a way the reader cannot get past ({e}). "
                "Open it in Excel or LibreOffice and save it again as .xlsx."
            ) from None

    def sheet(self, name: str) -> Any:
        found = self._sheets.get(name)
        if found is None:
            found = self._call(lambda: self.workbook.get_sheet_by_name(name), name)
            self._sheets[name] = found
        return found

    def rows(self, name: str, nrows: int | None = None) -> list[list[CellValue]]:
        """Return the sheet's rows from cell A1 on, so list index + 1 = the row's number."""
        sheet = self.sheet(name)
        rows: list[list[CellValue]] = self._call(
            lambda: sheet.to_python(skip_empty_area=False, nrows=nrows), name
        )
        return rows

    def row_count(self, name: str) -> int:
        end = self._call(lambda: self.sheet(name).end, name)
        return 0 if end is None else int(end[0]) + 1

    def merged(self, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        ranges = self._call(lambda: self.sheet(name).merged_cell_ranges, name)
        return list(ranges or [])


# -- looking at a sheet ----------------------------------------------------------------


@dataclass(frozen=True)
class ColumnProfile:
    """What the values below a column's header look like, from the first rows."""

    filled: int = 0
    dates: int = 0  # date cells, and text that reads as a date
    numbers: int = 0  # number cells, and text that reads as money
    texts: int = 0  # text that is neither
    decimals: bool = False  # some number has cents
    sequential: bool = False  # 1, 2, 3, … (a row number, not money)
    distinct: int = 0
    emails: int = 0
    phones: int = 0
    kind_words: int = 0  # session, product, pecyn, pacchetto, חבילה, …

    @property
    def kind(self) -> str:
        """Return one word for the mapping step: empty, date, money, number, email, phone, text."""
        if self.filled == 0:
            return "empty"
        share = 0.8 * self.filled
        if self.dates >= share:
            return "date"
        if self.emails >= share:
            return "email"
        if self.phones >= share and self.numbers < share:
            return "phone"
        if self.numbers >= share:
            return "money" if self.decimals else "number"
        if self.texts + self.phones + self.emails >= share:
            return "text"
        return "mixed"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,20}$")
_TIME_TEXT = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)


def _profile(values: Sequence[CellValue]) -> ColumnProfile:
    filled = [v for v in values if is_filled(v)]
    dates = numbers = texts = emails = phones = kinds = 0
    decimals = False
    whole: list[float] = []
    distinct: set[str] = set()
    for v in filled:
        if isinstance(v, dt.date):  # datetime is a date too
            dates += 1
        elif isinstance(v, bool | dt.time | dt.timedelta):
            continue  # neither a date, nor money, nor a name
        elif isinstance(v, int | float):
            numbers += 1
            if math.isfinite(v) and not float(v).is_integer():
                decimals = True
            else:
                whole.append(float(v))
        elif isinstance(v, str):
            t = v.strip()
            distinct.add(t)
            if _EMAIL.match(t):
                emails += 1
            elif _looks_like_phone(t):
                phones += 1
            elif _reads_as_date(t):
                dates += 1
            elif _TIME_TEXT.match(t):
                continue
            elif (money := parse_money(t)) is not None:
                numbers += 1
                decimals = decimals or not money.is_integer()
            else:
                texts += 1
                if normalize(t) in KIND_WORDS:
                    kinds += 1
    sequential = (
        len(whole) >= 3
        and len(whole) == numbers
        and all(b - a == 1 for a, b in itertools.pairwise(whole))
    )
    return ColumnProfile(
        filled=len(filled), dates=dates, numbers=numbers, texts=texts, decimals=decimals,
        sequential=sequential, distinct=len(distinct), emails=emails, phones=phones,
        kind_words=kinds,
    )  # fmt: skip


def _looks_like_phone(text: str) -> bool:
    """Return whether text looks like a phone number (digits with a +, a leading 0 or spacing)."""
    return (
        _PHONE.match(text) is not None
        and sum(c.isdigit() for c in text) >= 7
        and (text[0] in "+0(" or any(c in text for c in " -.()/"))
        and not _reads_as_date(text)
    )


def _reads_as_date(text: str) -> bool:
    if not text or not (text[0].isdigit() or text[0].isalpha()):
        return False
    try:
        parse_text_date(text)
    except DateTextError:
        return False
    return True


def _is_header_text(value: CellValue) -> bool:
    return (
        isinstance(value, str)
        and bool(value.strip())
        and not _reads_as_date(value.strip())
        and parse_money(value) is None
    )


def guess_header_row(rows: Sequence[Sequence[CellValue]]) -> int | None:
    """Return the index of the row that looks like the headers, or None when none does.

    A header row has at least two text cells, ideally words the app knows, and
    rows of values below it. A title above it (one cell, or one merged cell)
    and blank rows are passed over.
    """
    best: tuple[float, int] | None = None
    limit = min(len(rows), HEADER_SEARCH_ROWS)
    all_fields = [f.name for f in IMPORT_FIELDS]
    for i in range(limit):
        filled = [v for v in rows[i] if is_filled(v)]
        texts = [v for v in filled if _is_header_text(v)]
        if len(filled) < 2 or len(texts) < 2:
            continue
        known = sum(1 for v in texts if max(header_score(v, f) for f in all_fields) >= 0.6)
        others = len(filled) - len(texts)
        below = [v for row in rows[i + 1 : i + 6] for v in row if is_filled(v)]
        valued_below = sum(1 for v in below if not _is_header_text(v))
        score = 3 * known + len(texts) - 2 * others + (2 if valued_below else 0)
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < 2:
        return None
    return best[1]


@dataclass(frozen=True)
class SheetPreview:
    """One sheet as the mapping step shows it.

    ``rows`` are the first ``PREVIEW_ROWS`` rows from row 1, as text;
    ``header_row`` is the 0-based index of the guessed header row (spreadsheet
    row − 1), None when no row looks like headers; ``profiles`` say what each
    column's values look like below that row. ``sample`` keeps the raw values
    of the first rows so a new header row can be tried without reading again.
    """

    name: str
    rows: tuple[tuple[str, ...], ...]
    header_row: int | None
    row_count: int  # from row 1 to the last row holding anything
    width: int
    profiles: tuple[ColumnProfile, ...]
    hidden: bool = False
    sample: tuple[tuple[CellValue, ...], ...] = field(default=(), repr=False, compare=False)

    @property
    def headers(self) -> tuple[str, ...]:
        """Return the header text of every column ("" where the header cell is empty)."""
        return self.headers_at(self.header_row)

    def headers_at(self, header_row: int | None) -> tuple[str, ...]:
        if header_row is None or header_row >= len(self.sample):
            return ("",) * self.width
        row = self.sample[header_row]
        return tuple(cell_text(row[j]).strip() if j < len(row) else "" for j in range(self.width))

    def column_label(self, column: int, header_row: int | None = None) -> str:
        """Return "C (Amount)" — the letter and, when there is one, the header."""
        header_row = self.header_row if header_row is None else header_row
        headers = self.headers_at(header_row)
        header = headers[column] if column < len(headers) else ""
        letter = column_letter(column)
        return f"{letter} ({header})" if header else letter

    @property
    def data_rows(self) -> int:
        """Return how many rows lie below the header row (blank and totals rows included)."""
        return max(0, self.row_count - (0 if self.header_row is None else self.header_row + 1))

    def with_header_row(self, header_row: int | None) -> SheetPreview:
        """Return this preview with another header row (the user's choice) and fresh profiles."""
        return dataclasses.replace(
            self,
            header_row=header_row,
            profiles=_profiles(self.sample, header_row, self.width),
        )


@dataclass(frozen=True)
class WorkbookPreview:
    """Every worksheet of a workbook, looked at; what ``inspect`` returns."""

    path: str
    name: str
    sheets: tuple[SheetPreview, ...]
    app_format: bool  # it has Clients and Transactions sheets: File ▸ Open reads it as it is

    def sheet(self, name: str) -> SheetPreview:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        listed = ", ".join(f"'{s.name}'" for s in self.sheets) or "none"
        raise WorkbookError(f"'{self.name}' has no sheet called '{name}' (its sheets: {listed}).")


def _data_start(header_row: int | None, rows: Sequence[Sequence[CellValue]]) -> int:
    if header_row is not None:
        return header_row + 1
    return next((i for i, row in enumerate(rows) if any(map(is_filled, row))), len(rows))


def _profiles(
    sample: Sequence[Sequence[CellValue]], header_row: int | None, width: int
) -> tuple[ColumnProfile, ...]:
    body = sample[_data_start(header_row, sample) :][:SAMPLE_ROWS]
    return tuple(_profile([row[j] for row in body if j < len(row)]) for j in range(width))


def _preview_sheet(reader: _Reader, name: str) -> SheetPreview:
    sample = reader.rows(name, nrows=HEADER_SEARCH_ROWS + SAMPLE_ROWS)
    width = max((len(row) for row in sample), default=0)
    header_row = guess_header_row(sample)
    return SheetPreview(
        name=name,
        rows=tuple(tuple(display_text(v) for v in row) for row in sample[:PREVIEW_ROWS]),
        header_row=header_row,
        row_count=reader.row_count(name),
        width=width,
        profiles=_profiles(sample, header_row, width),
        hidden=name in reader.hidden,
        sample=tuple(tuple(row) for row in sample),
    )


def _is_app_layout(sheet_names: Iterable[str]) -> bool:
    names = {s.strip().casefold() for s in sheet_names}
    return {"clients", "transactions"} <= names


def _inspect(reader: _Reader) -> WorkbookPreview:
    sheets = tuple(_preview_sheet(reader, name) for name in reader.sheet_names)
    return WorkbookPreview(
        path=reader.path,
        name=reader.name,
        sheets=sheets,
        app_format=_is_app_layout(reader.sheet_names),
    )


def inspect(path: str | os.PathLike[str]) -> WorkbookPreview:
    """Return every worksheet's first rows, guessed header row and column profiles.

    Raises WorkbookError, naming the file, for anything that is not a readable
    .xlsx workbook (see ``filecheck``).
    """
    with _Reader(path) as reader:
        return _inspect(reader)


def is_app_format(path: str | os.PathLike[str]) -> bool:
    """Return whether File ▸ Open should read ``path`` as the app's own document.

    True for a workbook with Clients and Transactions sheets (any case), which
    ``workbook.read_workbook`` reads; anything else goes to the mapping step.
    """
    with _Reader(path) as reader:
        return _is_app_layout(reader.sheet_names)


# -- guessing the mapping ----------------------------------------------------------------


class _Guess(enum.Enum):
    GUESS = "guess"


GUESS = _Guess.GUESS  # "work it out", as opposed to None ("there is none")

_TX_FIELDS = tuple(f for f in IMPORT_FIELDS if f.role is Role.TRANSACTIONS)
_CLIENT_FIELDS = tuple(f for f in IMPORT_FIELDS if f.role is Role.CLIENTS)
# Fields a value sniff may fill when no header names them, with the confidence it earns.
_SNIFFED = ("date", "amount", "client", "email", "phone", "kind")
_MIN_HEADER_SCORE = 0.6
# Below this a guess is shown in the mapping step but not acted on by itself: a column of
# names each different (0.4) may be anything; a header whose values do not fit scores 0.38.
_MIN_GUESS_CONFIDENCE = 0.45


@dataclass(frozen=True)
class ColumnChoice:
    """The column chosen for a field, how sure the guess is (0-1), and why, in words."""

    column: int  # 0-based
    confidence: float
    why: str


@dataclass(frozen=True)
class ColumnMapping:
    """Which sheets hold what, and the column of every field the app reads.

    ``clients_sheet`` None means the clients are derived from the transactions
    sheet: the ``client`` column gives each client's ID, and client fields
    (``name``, ``email``, …) are looked for on the transactions sheet too.
    ``transactions_sheet`` None means a client list only (everyone a lead).
    ``header_rows`` holds each sheet's header row (0-based; None = no headers,
    the data start at the first non-blank row). Change it with the ``with_…``
    methods, which return a new mapping.
    """

    transactions_sheet: str | None
    clients_sheet: str | None
    choices: dict[str, ColumnChoice] = field(default_factory=dict)
    header_rows: dict[str, int | None] = field(default_factory=dict)

    @property
    def derived_clients(self) -> bool:
        return self.clients_sheet is None

    def sheet_of(self, field_name: str) -> str | None:
        """Return the sheet a field is read from under this mapping."""
        f = FIELD_BY_NAME[field_name]
        if f.role is Role.TRANSACTIONS:
            return self.transactions_sheet
        return self.transactions_sheet if self.clients_sheet is None else self.clients_sheet

    def column(self, field_name: str) -> int | None:
        choice = self.choices.get(field_name)
        return None if choice is None else choice.column

    def header_row(self, sheet: str) -> int | None:
        return self.header_rows.get(sheet)

    def applicable(self) -> tuple[ImportField, ...]:
        """Return the fields that apply (no Client ID column when clients are derived)."""
        out = []
        for f in IMPORT_FIELDS:
            if f.role is Role.TRANSACTIONS and self.transactions_sheet is None:
                continue
            if f.name == "client_id" and self.clients_sheet is None:
                continue
            if f.role is Role.CLIENTS and self.sheet_of(f.name) is None:
                continue
            out.append(f)
        return tuple(out)

    def missing(self) -> tuple[ImportField, ...]:
        """Return the required fields without a column (the import cannot start without them)."""
        out = [f for f in self.applicable() if f.required and f.name not in self.choices]
        if self.clients_sheet is not None and not {"client_id", "name"} & set(self.choices):
            out.append(FIELD_BY_NAME["client_id"])
        return tuple(out)

    def with_column(self, field_name: str, column: int | None) -> ColumnMapping:
        """Return a mapping with ``field_name`` read from ``column`` (None: not read at all)."""
        if field_name not in FIELD_BY_NAME:
            known = ", ".join(FIELD_BY_NAME)
            raise WorkbookError(f"There is no field called '{field_name}'. Fields: {known}.")
        choices = dict(self.choices)
        if column is None:
            choices.pop(field_name, None)
        else:
            sheet = self.sheet_of(field_name)
            # A column feeds one field: the field that had it gives it up.
            for other, choice in list(choices.items()):
                if choice.column == column and self.sheet_of(other) == sheet:
                    del choices[other]
            choices[field_name] = ColumnChoice(column, 1.0, "chosen")
        return dataclasses.replace(self, choices=choices)

    def with_header_row(self, sheet: str, header_row: int | None) -> ColumnMapping:
        rows = dict(self.header_rows)
        rows[sheet] = header_row
        return dataclasses.replace(self, header_rows=rows)

    def describe(self, preview: WorkbookPreview | None = None) -> dict[str, dict[str, Any]]:
        """Return field name → sheet, column letter, header, confidence, why (for JSON)."""
        out: dict[str, dict[str, Any]] = {}
        for f in IMPORT_FIELDS:
            choice = self.choices.get(f.name)
            sheet = self.sheet_of(f.name)
            if choice is None or sheet is None:
                continue
            header = ""
            if preview is not None:
                headers = preview.sheet(sheet).headers_at(self.header_row(sheet))
                header = headers[choice.column] if choice.column < len(headers) else ""
            out[f.name] = {
                "sheet": sheet,
                "column": column_letter(choice.column),
                "header": header,
                "confidence": round(choice.confidence, 2),
                "why": choice.why,
            }
        return out


def _agreement(field_name: str, profile: ColumnProfile) -> float:
    """Return how well a column's values fit a field (1 = fine, less = doubtful)."""
    if profile.filled == 0:
        return 0.5
    share = {
        "date": profile.dates,
        "first_contact": profile.dates,
        "amount": profile.numbers,
        "email": profile.emails,
    }.get(field_name)
    if share is None:
        return 1.0
    return 1.0 if share >= 0.5 * profile.filled else 0.4


def _sniff_score(field_name: str, p: ColumnProfile) -> float:
    """Return how much a column's values alone suggest a field (0: not at all)."""
    if p.filled == 0:
        return 0.0
    share = 0.8 * p.filled
    if field_name == "date":
        return 0.6 if p.dates >= share else 0.0
    if field_name == "amount":
        if p.numbers < share or p.sequential:
            return 0.0
        return 0.55 if p.decimals else 0.45
    if field_name == "email":
        return 0.8 if p.emails >= share else 0.0
    if field_name == "phone":
        return 0.6 if p.phones >= share else 0.0
    if field_name == "kind":
        return 0.6 if p.kind_words >= 0.5 * p.filled and p.distinct <= 12 else 0.0
    if field_name == "client":
        if p.texts < share or p.kind_words >= 0.5 * p.filled:
            return 0.0
        return 0.5 if p.distinct < p.texts else 0.4  # repeated names: one client, many sales
    return 0.0


def _assign(
    sheet: SheetPreview, header_row: int | None, fields: Sequence[ImportField]
) -> dict[str, ColumnChoice]:
    """Return the best column for each field: header words first, then the values."""
    headers = sheet.headers_at(header_row)
    profiles = (
        sheet.profiles
        if header_row == sheet.header_row
        else sheet.with_header_row(header_row).profiles
    )
    order = {f.name: k for k, f in enumerate(fields)}
    pairs: list[tuple[float, int, int, int, str]] = []
    for f in fields:
        for j, header in enumerate(headers):
            score, place = _header_match(header, f.name)
            if score >= _MIN_HEADER_SCORE:
                score *= _agreement(f.name, profiles[j]) if j < len(profiles) else 1.0
                pairs.append((score, -place, -order[f.name], -j, f.name))
    choices: dict[str, ColumnChoice] = {}
    used: set[int] = set()
    for score, _, _, neg_j, name in sorted(pairs, reverse=True):
        j = -neg_j
        if name in choices or j in used:
            continue
        choices[name] = ColumnChoice(j, round(score * 0.95, 2), f"header '{headers[j]}'")
        used.add(j)
    wanted = {f.name for f in fields}
    if "client" in wanted and "client" not in choices and "name" in choices:
        # On a sheet of sales, a "Name" or "Client name" column is who bought: the client.
        choices["client"] = choices.pop("name")
    for name in _SNIFFED:
        if name not in wanted or name in choices:
            continue
        scored = [(_sniff_score(name, p), -j) for j, p in enumerate(profiles) if j not in used]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            score, neg_j = max(scored)
            j = -neg_j
            kind = profiles[j].kind
            choices[name] = ColumnChoice(j, score, f"a column of {_KIND_WORDS.get(kind, kind)}")
            used.add(j)
    return choices


_KIND_WORDS = {
    "date": "dates", "money": "money", "number": "numbers", "email": "email addresses",
    "phone": "phone numbers", "text": "names or words", "mixed": "mixed values", "empty": "nothing",
}  # fmt: skip


def _sheet_name_bonus(name: str, role: Role) -> float:
    words = normalize(name)
    if words in _SHEET_PHRASES[role]:
        return 1.0
    return 0.5 if any(w in _SHEET_PHRASES[role] for w in words.split()) else 0.0


def _confidence(choices: dict[str, ColumnChoice], *names: str) -> float:
    return sum(choices[n].confidence for n in names if n in choices)


def _sample_texts(sheet: SheetPreview, header_row: int | None, column: int | None) -> set[str]:
    if column is None:
        return set()
    body = sheet.sample[_data_start(header_row, sheet.sample) :]
    return {cell_text(row[column]).strip() for row in body if column < len(row)} - {""}


def guess_mapping(
    preview: WorkbookPreview,
    *,
    transactions_sheet: str | _Guess | None = GUESS,
    clients_sheet: str | _Guess | None = GUESS,
    header_rows: dict[str, int | None] | None = None,
) -> ColumnMapping:
    """Return the best guess of which sheet and column holds each field.

    Pass a sheet (or None for "there is none") to fix it and guess the rest;
    ``header_rows`` overrides the guessed header row of a sheet. The result
    may be incomplete (``ColumnMapping.missing()``): the mapping step shows
    what is missing, and ``import_workbook`` refuses, saying which.
    """
    rows = {s.name: s.header_row for s in preview.sheets}
    rows.update(header_rows or {})
    sheets = [s for s in preview.sheets if s.row_count > 0]
    tx_like = [*_TX_FIELDS, *(f for f in _CLIENT_FIELDS if f.name != "client_id")]
    as_tx = {s.name: _assign(s, rows[s.name], tx_like) for s in sheets}
    as_clients = {s.name: _assign(s, rows[s.name], _CLIENT_FIELDS) for s in sheets}

    def tx_score(s: SheetPreview) -> tuple[float, int]:
        c = as_tx[s.name]
        complete = "date" in c and "amount" in c
        score = _confidence(c, "date", "amount", "client") + _sheet_name_bonus(s.name, _TX)
        return (score + (10 if complete else 0) - (0.5 if s.hidden else 0), s.row_count)

    if transactions_sheet is GUESS:
        ranked = sorted(sheets, key=tx_score, reverse=True)
        tx = ranked[0] if ranked else None
        if tx is not None and "date" not in as_tx[tx.name] and "amount" not in as_tx[tx.name]:
            tx = None if _clients_only(tx, as_clients[tx.name]) else tx
        tx_name = None if tx is None else tx.name
    else:
        tx_name = transactions_sheet
        if tx_name is not None:
            preview.sheet(tx_name)  # raises, naming the sheets, if there is no such sheet

    tx_choices = as_tx.get(tx_name, {}) if tx_name is not None else {}
    if clients_sheet is GUESS:
        client_choice = tx_choices.get("client")
        client_values = (
            set()
            if tx_name is None or client_choice is None
            else _sample_texts(preview.sheet(tx_name), rows[tx_name], client_choice.column)
        )
        # Another sheet of sales (dates and amounts) is not a client list, unless named so.
        candidates = [
            s
            for s in sheets
            if s.name != tx_name
            and (_sheet_name_bonus(s.name, _CL) > 0 or not {"date", "amount"} <= set(as_tx[s.name]))
        ]
        cl_name = _guess_clients_sheet(
            candidates, as_clients, rows, client_values, clients_only=tx_name is None
        )
    else:
        cl_name = clients_sheet
        if cl_name is not None:
            preview.sheet(cl_name)

    choices: dict[str, ColumnChoice] = {}
    if tx_name is not None:
        for name, choice in tx_choices.items():
            if FIELD_BY_NAME[name].role is Role.TRANSACTIONS or cl_name is None:
                choices[name] = choice
    if cl_name is not None:
        if cl_name not in as_clients:
            as_clients[cl_name] = _assign(preview.sheet(cl_name), rows[cl_name], _CLIENT_FIELDS)
        for name, choice in as_clients[cl_name].items():
            choices[name] = choice
    return ColumnMapping(
        transactions_sheet=tx_name,
        clients_sheet=cl_name,
        choices=choices,
        header_rows={k: v for k, v in rows.items() if k in (tx_name, cl_name)},
    )


def _clients_only(sheet: SheetPreview, choices: dict[str, ColumnChoice]) -> bool:
    """Return whether a sheet is plainly a client list (no sales): named IDs or names and more."""
    who = max(_confidence(choices, "client_id"), _confidence(choices, "name"))
    others = sum(1 for n in choices if n not in ("client_id", "name"))
    return who >= 0.9 and (others >= 1 or _sheet_name_bonus(sheet.name, _CL) > 0)


def _guess_clients_sheet(
    candidates: Sequence[SheetPreview],
    as_clients: dict[str, dict[str, ColumnChoice]],
    rows: dict[str, int | None],
    client_values: set[str],
    *,
    clients_only: bool,
) -> str | None:
    best: tuple[float, str] | None = None
    for s in candidates:
        c = as_clients[s.name]
        who = max(_confidence(c, "client_id"), _confidence(c, "name"))
        if who < _MIN_HEADER_SCORE * 0.95:
            continue
        overlap = 0.0
        if client_values:
            ids = _sample_texts(
                s, rows[s.name], c["client_id"].column if "client_id" in c else None
            )
            names = _sample_texts(s, rows[s.name], c["name"].column if "name" in c else None)
            overlap = 2.0 if client_values & (ids | names) else 0.0
        named = _sheet_name_bonus(s.name, _CL)
        others = sum(1 for n in c if n not in ("client_id", "name"))
        if not (overlap or named or (clients_only and _clients_only(s, c))):
            continue
        score = who + overlap + named + 0.2 * others
        if best is None or score > best[0]:
            best = (score, s.name)
    return None if best is None else best[1]


# -- reading with a mapping ----------------------------------------------------------------


@dataclass
class ImportResult(LoadedWorkbook):
    """A foreign workbook read into a new document, and what happened on the way.

    ``skipped`` lists every cell that could not be used (its row left out, or
    for an optional client detail, the detail left empty; the reason says
    which). ``ambiguous_dates`` is True when some text dates could be read
    day first or month first and nothing settled it: those cells are in
    ``skipped``, and importing again with ``day_first`` set reads them.
    ``notes`` are plain sentences for the user (a totals row passed over,
    the day/month order a column's dates settled, clients derived…).
    """

    mapping: ColumnMapping = field(default_factory=lambda: ColumnMapping(None, None))
    preview: WorkbookPreview | None = None
    counts: dict[str, int] = field(default_factory=dict)
    ambiguous_dates: bool = False
    notes: list[str] = field(default_factory=list)


class AmbiguousDates(WorkbookError):  # noqa: N818 -- named for what the user sees
    """Raised when no row can be read until the user chooses the day/month order."""


class UnusableCells(WorkbookError):  # noqa: N818 -- named for what the user sees
    """Raised when cells cannot be used and the caller asked not to skip their rows."""

    def __init__(self, message: str, skipped: list[SkippedCell]):
        super().__init__(message)
        self.skipped = skipped


@dataclass
class _Layout:
    """Where one sheet's data starts and which column each field comes from."""

    sheet: str
    start: int  # list index of the first data row
    headers: tuple[str, ...]
    columns: dict[str, int]

    def header(self, field_name: str) -> str:
        j = self.columns[field_name]
        text = self.headers[j] if j < len(self.headers) else ""
        return text or FIELD_BY_NAME[field_name].label

    def row_number(self, i: int) -> int:
        """Return the spreadsheet's row number of data row ``i``."""
        return self.start + i + 1


class _Problems:
    """Cells that cannot be used, and the data rows of each sheet they leave out."""

    def __init__(self) -> None:
        self.cells: list[tuple[str, int, int, SkippedCell]] = []
        self.bad_rows: dict[str, set[int]] = {}
        self.sheet_order: list[str] = []

    def add(
        self, layout: _Layout, i: int, field_name: str, reason: str, *, leave_out: bool = True
    ) -> None:
        if layout.sheet not in self.sheet_order:
            self.sheet_order.append(layout.sheet)
        j = layout.columns[field_name]
        cell = SkippedCell(
            layout.sheet, layout.row_number(i), column_letter(j), layout.header(field_name), reason
        )
        self.cells.append((layout.sheet, i, j, cell))
        if leave_out:
            self.bad_rows.setdefault(layout.sheet, set()).add(i)

    def bad(self, sheet: str) -> set[int]:
        return self.bad_rows.get(sheet, set())

    def skipped(self) -> list[SkippedCell]:
        order = {sheet: k for k, sheet in enumerate(self.sheet_order)}
        return [c[3] for c in sorted(self.cells, key=lambda c: (order[c[0]], c[1], c[2]))]


_EMPTY = "\0empty"  # a bad-cell marker: the cell is empty (the caller knows if that matters)


def _not_a_date(value: CellValue) -> str:
    if isinstance(value, bool):
        return f"{cell_text(value)} is not a date"
    if isinstance(value, int | float):
        shown = display_text(value)
        hint = ""
        if math.isfinite(value) and 1 <= value < 2958466:
            serial_day = dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
            hint = f" (as a date it would be {serial_day.isoformat()})"
        return (
            f"{shown} is a number, not a date; format the column as dates in the spreadsheet{hint}"
        )
    if isinstance(value, dt.time):
        return f"{value.isoformat()} is a time of day, not a date"
    if isinstance(value, dt.timedelta):
        return f"{value} is a length of time, not a date"
    return f"'{cell_text(value)}' is not a date"


@dataclass
class _DateColumn:
    days: Array  # datetime64[D]; NaT where there is no usable date
    bad: dict[int, str]  # data row → reason (or _EMPTY)
    ambiguous: bool = False
    note: str = ""


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


def _month_name(day: dt.date) -> str:
    """Return "5 March 2024" whatever the locale (strftime's %B follows it)."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _convert_dates(
    values: list[CellValue], rows: Array, day_first: bool | None, label: str
) -> _DateColumn:
    """Return a date column; text dates are read when unambiguous or once the order is known."""
    days, odd = bulk_days(values)
    bad: dict[int, str] = {}
    texts: dict[int, TextDate] = {}
    for i in odd:
        days[i] = NAT
        if not rows[i]:
            continue
        value = values[i]
        if not is_filled(value):
            bad[i] = _EMPTY
        elif isinstance(value, str):
            try:
                texts[i] = parse_text_date(value)
            except DateTextError as e:
                bad[i] = str(e)
        else:
            bad[i] = _not_a_date(value)
    column = _DateColumn(days, bad)
    if not texts:
        return column
    orders = {t.order for t in texts.values()}
    settled: bool | None = day_first
    if settled is None and DateOrder.EITHER in orders:
        if DateOrder.DAY_FIRST in orders and DateOrder.MONTH_FIRST not in orders:
            settled = True
        elif DateOrder.MONTH_FIRST in orders and DateOrder.DAY_FIRST not in orders:
            settled = False
        if settled is not None:
            one_way = DateOrder.DAY_FIRST if settled else DateOrder.MONTH_FIRST
            proof = next(values[i].strip() for i, t in texts.items() if t.order is one_way)
            column.note = (
                f"Text dates in {label} were read {'day' if settled else 'month'} first, "
                f"as '{proof}' can only be read that way."
            )
    for i, t in texts.items():
        text = values[i].strip()
        if settled is True:
            day = t.day_first
            if day is None:
                bad[i] = f"'{text}' is not a date in day/month/year order"
                continue
        elif settled is False:
            day = t.month_first
            if day is None:
                bad[i] = f"'{text}' is not a date in month/day/year order"
                continue
        elif t.order is DateOrder.EITHER:
            assert t.day_first is not None and t.month_first is not None
            bad[i] = (
                f"'{text}' could be {_month_name(t.day_first)} or {_month_name(t.month_first)}; "
                "choose the day/month order"
            )
            column.ambiguous = True
            continue
        else:
            day = t.day_first or t.month_first
        assert day is not None
        days[i] = np.datetime64(day, "D")
    return column


def _not_a_number(value: CellValue, what: str) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return f"{display_text(value)} is a date, not {what}"
    if isinstance(value, dt.time | dt.timedelta):
        return f"{display_text(value)} is a time, not {what}"
    if isinstance(value, float) and math.isnan(value):
        return f"the cell holds 'NaN' (not a number), not {what}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isinf(value):
            return f"the cell holds an infinite number, not {what}"
        return f"{display_text(value)} is too large to be {what}"
    return f"'{cell_text(value).strip()}' is not {what}"


def _convert_numbers(
    values: list[CellValue], rows: Array, what: str
) -> tuple[Array, dict[int, str]]:
    """Return a float column (money typed as text understood) and the cells that are not numbers."""
    out, odd = bulk_numbers(values)  # odd: not numbers, then infinities and absurd sizes
    bad: dict[int, str] = {}
    for i in odd:
        out[i] = math.nan
        if not rows[i]:
            continue
        value = values[i]
        if not is_filled(value):
            bad[i] = _EMPTY
            continue
        number = parse_money(value) if isinstance(value, str) else None
        if number is None or not abs(number) < 1e15:
            bad[i] = _not_a_number(value, what)
        else:
            out[i] = number
    # NaN cells (a hostile file can hold them) are odd only after the conversion.
    for i in np.flatnonzero(np.isnan(out) & rows).tolist():
        if i not in bad and is_filled(values[i]):
            bad[i] = _not_a_number(values[i], what)
    return out, bad


def _texts(values: list[CellValue]) -> list[str]:
    if set(map(type, values)) <= {str}:
        return [v.strip() for v in values]
    return [cell_text(v).strip() for v in values]


def _column(data: list[list[CellValue]], j: int) -> list[CellValue]:
    try:
        return list(map(operator.itemgetter(j), data))  # calamine's rows are all full width
    except IndexError:
        return [row[j] if j < len(row) else "" for row in data]


def _fill_merged(
    rows: list[list[CellValue]],
    merged: Sequence[tuple[tuple[int, int], tuple[int, int]]],
    start: int,
) -> None:
    """Copy each merged cell's value into every cell it covers below the headers (as shown)."""
    budget = MAX_FILLED_MERGE_CELLS
    for (r0, c0), (r1, c1) in merged:
        if r1 < start or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(max(r0, start), min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if (r, c) != (r0, c0):
                    row[c] = value
                    budget -= 1
            if budget <= 0:
                return


def _repeated_headers(data: list[list[CellValue]], layout: _Layout, rows: Array) -> Array:
    """Return rows that repeat the header row (printed reports repeat it on every page)."""
    wanted = {
        j: layout.headers[j]
        for j in layout.columns.values()
        if j < len(layout.headers) and layout.headers[j]
    }
    out = np.zeros(len(data), dtype=bool)
    if len(wanted) < 2:
        return out
    # Only rows whose first mapped cell is text naming that column can be a header row.
    first, header = next(iter(wanted.items()))
    for i, value in enumerate(map(operator.itemgetter(first), data)):
        if value.__class__ is str and value.strip() == header and rows[i]:
            row = data[i]
            out[i] = all(isinstance(row[j], str) and row[j].strip() == h for j, h in wanted.items())
    return out


def _totals_row(row: Sequence[CellValue]) -> bool:
    return any(isinstance(v, str) and _may_be_total(v) and is_total_label(v) for v in row)


def _may_be_total(text: str) -> bool:
    """Return False, fast, for text that cannot be a totals label (most client names)."""
    return _TOTAL_HINT.search(text) is not None


@dataclass
class _Context:
    """What one import collects on its way: problems, notes and counts."""

    name: str
    day_first: bool | None
    problems: _Problems = field(default_factory=_Problems)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    ambiguous: bool = False

    def count(self, key: str, k: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + k


def _layout(
    preview: SheetPreview, mapping: ColumnMapping, fields: Iterable[ImportField]
) -> _Layout:
    header_row = mapping.header_row(preview.name)
    return _Layout(
        sheet=preview.name,
        start=_data_start(header_row, preview.sample) if header_row is None else header_row + 1,
        headers=preview.headers_at(header_row),
        columns={f.name: c for f in fields if (c := mapping.column(f.name)) is not None},
    )


def _passed_over(
    data: list[list[CellValue]], layout: _Layout, filled: Array, no_date: Array, ctx: _Context
) -> Array:
    """Return the rows to pass over silently: repeated headers and totals rows (with a note)."""
    skip = _repeated_headers(data, layout, filled)
    for i in np.flatnonzero(filled & no_date & ~skip).tolist():
        if _totals_row(data[i]):
            skip[i] = True
            ctx.count("totals_rows")
            ctx.notes.append(
                f"Row {layout.row_number(i)} of '{layout.sheet}' is a totals row and was left out."
            )
    ctx.count("repeated_header_rows", int(skip.sum()) - ctx.counts.get("totals_rows", 0))
    return skip


def _client_detail(
    layout: _Layout, f: ImportField, values: list[CellValue], rows: Array, ctx: _Context
) -> tuple[list[Any], Array]:
    """Return a client field's values (None where unusable) and which rows hold a value.

    An unusable optional detail is listed and left empty; it never costs the client.
    """
    n = len(values)
    if f.kind is Kind.DATE:
        column = _convert_dates(values, rows, ctx.day_first, f"'{layout.header(f.name)}'")
        ctx.ambiguous |= column.ambiguous
        if column.note:
            ctx.notes.append(column.note)
        for i, reason in column.bad.items():
            if reason != _EMPTY:
                ctx.problems.add(layout, i, f.name, f"{reason}; left empty", leave_out=False)
        has = ~np.isnat(column.days)
        return list(column.days), has
    if f.kind is Kind.NUMBER:
        numbers, bad = _convert_numbers(values, rows, "a number")
        for i, reason in bad.items():
            if reason != _EMPTY:
                ctx.problems.add(layout, i, f.name, f"{reason}; left empty", leave_out=False)
        for i in np.flatnonzero(rows & (numbers < 0)).tolist():
            reason = f"{f.label} cannot be negative (it is {display_text(values[i])}); left empty"
            ctx.problems.add(layout, i, f.name, reason, leave_out=False)
            numbers[i] = math.nan
        return numbers.tolist(), ~np.isnan(numbers)
    texts = _texts(values) if f.kind is Kind.REFERRER else [cell_text(v) for v in values]
    has = np.fromiter((bool(t.strip()) for t in texts), dtype=bool, count=n)
    return list(texts), has


class _Names:
    """Clients by name (for names that are unique), worked out only if something asks."""

    def __init__(self, names: list[str]):
        self.names = names
        self._rows: dict[str, int] | None = None

    def get(self, text: str) -> int | None:
        if self._rows is None:
            self._rows = _unique_names(self.names)
        return self._rows.get(normalize(text))


@dataclass
class _Clients:
    columns: dict[str, Array]
    id_row: dict[str, int]
    by_name: _Names
    left_out: dict[str, int]  # ID of a client row left out → its spreadsheet row
    sheet: str


def _client_columns(n: int, given: dict[str, list[Any]]) -> dict[str, Array]:
    out: dict[str, Array] = {}
    for f in CLIENT_FIELDS:
        values = given.get(f.key)
        if f.kind is Kind.DATE:
            column = np.full(n, NAT, dtype="datetime64[D]")
            if values is not None:
                column[:] = np.array(values, dtype="datetime64[D]")
        elif f.kind is Kind.NUMBER:
            column = np.full(n, math.nan)
            if values is not None:
                column[:] = np.array([math.nan if v is None else v for v in values], dtype=float)
        else:
            column = np.empty(n, dtype=object)
            column[:] = "" if values is None else [("" if v is None else str(v)) for v in values]
        out[f.key] = column
    return out


def _read_clients_sheet(
    rows: list[list[CellValue]], preview: SheetPreview, mapping: ColumnMapping, ctx: _Context
) -> _Clients:
    layout = _layout(preview, mapping, _CLIENT_FIELDS)
    data = rows[layout.start :]
    n = len(data)
    raw = {name: _column(data, j) for name, j in layout.columns.items()}
    filled = filled_rows(raw.values(), n)
    id_field = "client_id" if "client_id" in raw else "name"
    ids = _texts(raw[id_field])
    names = _texts(raw["name"]) if "name" in raw else ids
    not_a_client = np.fromiter(
        (not (_may_be_total(t) and is_total_label(t)) for t in ids), dtype=bool, count=n
    )
    skip = _passed_over(data, layout, filled, ~not_a_client, ctx)
    rows_in = filled & ~skip
    ctx.count("client_rows", int(rows_in.sum()))

    first_row_of: dict[str, int] = {}
    for i in np.flatnonzero(rows_in).tolist():
        cid = ids[i]
        if not cid:
            what = "a Client ID" if id_field == "client_id" else "a name"
            ctx.problems.add(layout, i, id_field, f"a client needs {what}")
        elif cid in first_row_of:
            first = layout.row_number(first_row_of[cid])
            ctx.problems.add(
                layout, i, id_field, f"Client ID '{cid}' is already used on row {first}"
            )
        else:
            first_row_of[cid] = i
    details: dict[str, list[Any]] = {}
    for name in raw:
        f = FIELD_BY_NAME[name]
        if name in ("client_id", "name"):
            continue
        details[f.key], _ = _client_detail(layout, f, raw[name], rows_in, ctx)

    bad = ctx.problems.bad(layout.sheet)
    kept = [i for i in np.flatnonzero(rows_in).tolist() if i not in bad]
    id_row = {ids[i]: k for k, i in enumerate(kept)}
    left_out = {
        ids[i]: layout.row_number(i) for i in sorted(bad) if ids[i] and ids[i] not in id_row
    }
    given = {key: [values[i] for i in kept] for key, values in details.items()}
    given["client_id"] = [ids[i] for i in kept]
    given["name"] = [names[i] or ids[i] for i in kept]
    by_name = _Names(given["name"])
    if "referred_by" in raw:
        given["referred_by"] = _resolve_referrers(
            layout, kept, given["referred_by"], given["client_id"], id_row, by_name, left_out, ctx
        )
    return _Clients(_client_columns(len(kept), given), id_row, by_name, left_out, layout.sheet)


def _unique_names(names: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    twice: set[str] = set()
    for row, name in enumerate(names):
        key = normalize(name)
        if key in seen:
            twice.add(key)
        seen.setdefault(key, row)
    return {k: v for k, v in seen.items() if k not in twice and k}


def _resolve_referrers(
    layout: _Layout,
    kept: list[int],
    refs: list[Any],
    ids: list[str],
    id_row: dict[str, int],
    by_name: _Names,
    left_out: dict[str, int],
    ctx: _Context,
) -> list[str]:
    """Return each client's Referred by as a Client ID; a name is turned into the client's ID."""
    out: list[str] = []
    for k, ref in enumerate(refs):
        text = str(ref or "").strip()
        own = ids[k]
        if not text or (text in id_row and text != own):
            out.append(text)
            continue
        row = by_name.get(text)
        if row is not None and ids[row] != own and text not in id_row:
            out.append(ids[row])
            continue
        i = kept[k]
        if text == own or (row is not None and ids[row] == own):
            reason = "a client cannot refer themselves; the referral is not counted"
            text = ""
        elif text in left_out:
            reason = (
                f"client '{text}' was left out (row {left_out[text]}); the referral is not counted"
            )
        else:
            reason = "no client with this ID or name; the referral is not counted"
        ctx.problems.add(layout, i, "referred_by", reason, leave_out=False)
        out.append(text)
    return out


@dataclass
class _Transactions:
    layout: _Layout
    kept: list[int]  # the data rows kept
    columns: dict[str, Array]
    client_text: list[str]  # the client cell of each kept row
    details: dict[str, tuple[list[Any], Array]]  # client fields on this sheet, per kept row


def _read_transactions_sheet(
    rows: list[list[CellValue]], preview: SheetPreview, mapping: ColumnMapping, ctx: _Context
) -> _Transactions:
    fields = [
        FIELD_BY_NAME[name] for name in mapping.choices if mapping.sheet_of(name) == preview.name
    ]
    layout = _layout(preview, mapping, fields)
    data = rows[layout.start :]
    n = len(data)
    raw = {name: _column(data, j) for name, j in layout.columns.items()}
    filled = filled_rows(raw.values(), n)
    dates = _convert_dates(raw["date"], filled, ctx.day_first, f"'{layout.header('date')}'")
    skip = _passed_over(data, layout, filled, np.isnat(dates.days), ctx)
    rows_in = filled & ~skip
    ctx.count("transaction_rows", int(rows_in.sum()))
    ctx.ambiguous |= dates.ambiguous
    if dates.note:
        ctx.notes.append(dates.note)
    for i, reason in dates.bad.items():
        if rows_in[i]:
            ctx.problems.add(
                layout, i, "date", "a transaction needs a date" if reason == _EMPTY else reason
            )
    amounts, bad_amounts = _convert_numbers(raw["amount"], rows_in, "an amount")
    for i, reason in bad_amounts.items():
        ctx.problems.add(
            layout, i, "amount", "a transaction needs an amount" if reason == _EMPTY else reason
        )
    clients = _texts(raw["client"])
    for i in np.flatnonzero(rows_in).tolist():
        if not clients[i]:
            ctx.problems.add(layout, i, "client", "a transaction needs a client")
    details: dict[str, tuple[list[Any], Array]] = {}
    for name in raw:
        f = FIELD_BY_NAME[name]
        if f.role is Role.CLIENTS:
            details[f.key] = _client_detail(layout, f, raw[name], rows_in, ctx)

    bad = ctx.problems.bad(layout.sheet)
    keep = rows_in.copy()
    keep[list(bad)] = False
    kept = np.flatnonzero(keep)
    kept_list = kept.tolist()
    columns: dict[str, Array] = {"date": dates.days[kept], "amount": amounts[kept]}
    for key, name in (("kind", "kind"), ("description", "description")):
        values = plain_texts(raw[name]) if name in raw else None
        column = np.empty(len(kept_list), dtype=object)
        column[:] = "" if values is None else [values[i] for i in kept_list]
        columns[key] = column
    return _Transactions(
        layout=layout,
        kept=kept_list,
        columns=columns,
        client_text=[clients[i] for i in kept_list],
        details={k: ([v[i] for i in kept_list], has[kept]) for k, (v, has) in details.items()},
    )


def _derive_clients(tx: _Transactions) -> tuple[dict[str, Array], Array]:
    """Return clients made from the transactions' client column, and each row's client."""
    id_row: dict[str, int] = {}
    for text in tx.client_text:
        if text not in id_row:
            id_row[text] = len(id_row)
    owners = list(map(id_row.__getitem__, tx.client_text))
    client_of = np.array(owners, dtype=np.int64)
    n = len(id_row)
    given: dict[str, list[Any]] = {"client_id": list(id_row)}
    for key, (values, has) in tx.details.items():
        first: list[Any] = [None] * n
        found = np.zeros(n, dtype=bool)
        for i in np.flatnonzero(has).tolist():
            c = owners[i]
            if not found[c]:
                found[c] = True
                first[c] = values[i]
        given[key] = first
    names = given.get("name")
    given["name"] = [
        (names[k] if names is not None and names[k] else cid)
        for k, cid in enumerate(given["client_id"])
    ]
    return _client_columns(n, given), client_of


def _match_clients(tx: _Transactions, clients: _Clients, ctx: _Context) -> Array:
    """Return each transaction's client row; unknown clients are listed (row left out: -1)."""
    n = len(tx.client_text)
    rows = map(clients.id_row.get, tx.client_text, itertools.repeat(-1, n))
    out = np.fromiter(rows, dtype=np.int64, count=n)
    for k in np.flatnonzero(out < 0).tolist():
        text = tx.client_text[k]
        row = clients.by_name.get(text)
        if row is not None:
            out[k] = row
            continue
        if text in clients.left_out:
            reason = (
                f"client '{text}' was left out ('{clients.sheet}' row {clients.left_out[text]}), "
                "so this transaction is too"
            )
        else:
            reason = f"there is no client '{text}' on the '{clients.sheet}' sheet (by ID or name)"
        ctx.problems.add(tx.layout, tx.kept[k], "client", reason)
    return out


def _columns_listed(preview: SheetPreview, header_row: int | None) -> str:
    headers = preview.headers_at(header_row)
    shown = [preview.column_label(j, header_row) for j in range(min(len(headers), 8))]
    more = ", …" if len(headers) > 8 else ""
    return ", ".join(shown) + more


_WHAT = {
    "date": "dates",
    "client": "clients (names or IDs)",
    "amount": "amounts",
    "client_id": "Client IDs or names",
}
_CHOOSE = "Choose the columns yourself: in the import window, or with --map FIELD=COLUMN."


def _check_mapping(preview: WorkbookPreview, mapping: ColumnMapping, *, guessed: bool) -> None:
    """Raise a WorkbookError saying exactly what is missing before any row is read."""
    name = preview.name
    if not preview.sheets:
        raise WorkbookError(
            f"'{name}' has no worksheets (only charts or macros), so nothing to import."
        )
    if all(s.row_count == 0 for s in preview.sheets):
        listed = ", ".join(f"'{s.name}'" for s in preview.sheets)
        raise WorkbookError(f"'{name}' is empty: its sheets ({listed}) hold no cells at all.")
    if mapping.transactions_sheet is None and mapping.clients_sheet is None:
        raise WorkbookError(
            f"'{name}': no sheet looks like sales (a column of dates and one of amounts) or a "
            f"client list. {_CHOOSE}"
        )
    for sheet_name in filter(None, (mapping.transactions_sheet, mapping.clients_sheet)):
        sheet = preview.sheet(sheet_name)
        for f in IMPORT_FIELDS:
            column = mapping.column(f.name)
            if (
                column is not None
                and mapping.sheet_of(f.name) == sheet_name
                and column >= sheet.width
            ):
                last = column_letter(sheet.width - 1) if sheet.width else "none"
                raise WorkbookError(
                    f"'{name}': column {column_letter(column)} chosen for {f.label} is empty on "
                    f"the '{sheet_name}' sheet (its last column is {last})."
                )
    missing = mapping.missing()
    if missing:
        sheet_name = mapping.sheet_of(missing[0].name) or ""
        sheet = preview.sheet(sheet_name)
        header_row = mapping.header_row(sheet_name)
        words = [_WHAT.get(f.name, f.label) for f in missing]
        what = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
        raise WorkbookError(
            f"'{name}': no column of {what} was found on the '{sheet_name}' sheet (its columns: "
            f"{_columns_listed(sheet, header_row)}). {_CHOOSE}"
        )
    if not guessed:
        return
    for f in mapping.applicable():
        choice = mapping.choices.get(f.name)
        if not f.required or choice is None or choice.confidence >= _MIN_GUESS_CONFIDENCE:
            continue
        sheet_name = mapping.sheet_of(f.name) or ""
        sheet = preview.sheet(sheet_name)
        kind = (
            sheet.profiles[choice.column].kind if choice.column < len(sheet.profiles) else "empty"
        )
        raise WorkbookError(
            f"'{name}': could not tell which column of the '{sheet_name}' sheet holds the "
            f"{_WHAT.get(f.name, f.label)}: the best guess, "
            f"{sheet.column_label(choice.column, mapping.header_row(sheet_name))}, holds "
            f"{_KIND_WORDS.get(kind, kind)}, which is not enough to go on. {_CHOOSE}"
        )


def _no_rows(name: str, sheet: str, layout_start: int, ctx: _Context, what: str) -> WorkbookError:
    bad = ctx.problems.skipped()
    if ctx.counts.get(f"{what}_rows", 0) == 0:
        below = f"below its headers (row {layout_start})" if layout_start > 0 else "at all"
        return WorkbookError(
            f"'{name}': no rows found on the '{sheet}' sheet {below}; nothing to import."
        )
    first = f" The first: {bad[0]}." if bad else ""
    return WorkbookError(
        f"'{name}': no usable rows found on the '{sheet}' sheet: every one of its "
        f"{ctx.counts[f'{what}_rows']:,} rows has a cell that cannot be used.{first}"
    )


class ImportSession:
    """A workbook held open from the mapping step to the import, so it is parsed only once.

    ``preview`` is what ``inspect`` returns; ``guess`` and ``read`` are
    ``guess_mapping`` and ``import_workbook`` on the sheets already parsed.
    Close it (or use ``with``) to let go of the parsed sheets.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self._reader = _Reader(path)
        try:
            self.preview = _inspect(self._reader)
        except BaseException:
            self._reader.close()
            raise

    def __enter__(self) -> ImportSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._reader.close()

    def guess(
        self,
        *,
        transactions_sheet: str | _Guess | None = GUESS,
        clients_sheet: str | _Guess | None = GUESS,
        header_rows: dict[str, int | None] | None = None,
    ) -> ColumnMapping:
        return guess_mapping(
            self.preview,
            transactions_sheet=transactions_sheet,
            clients_sheet=clients_sheet,
            header_rows=header_rows,
        )

    def read(
        self,
        mapping: ColumnMapping | None = None,
        *,
        day_first: bool | None = None,
        skip_bad_rows: bool = True,
    ) -> ImportResult:
        """Return the document under ``mapping`` (None: the guesses); see ``import_workbook``."""
        preview, reader = self.preview, self._reader
        guessed = mapping is None
        if mapping is None:
            mapping = guess_mapping(preview)
        _check_mapping(preview, mapping, guessed=guessed)
        ctx = _Context(preview.name, day_first)
        clients: _Clients | None = None
        tx: _Transactions | None = None
        with bulk_allocations():
            if mapping.clients_sheet is not None:
                sheet = preview.sheet(mapping.clients_sheet)
                rows = reader.rows(sheet.name)
                start = _layout(sheet, mapping, ()).start
                _fill_merged(rows, reader.merged(sheet.name), start)
                clients = _read_clients_sheet(rows, sheet, mapping, ctx)
                del rows
                if not clients.id_row and mapping.transactions_sheet is None:
                    raise _no_rows(preview.name, sheet.name, start, ctx, "client")
            if mapping.transactions_sheet is not None:
                sheet = preview.sheet(mapping.transactions_sheet)
                rows = reader.rows(sheet.name)
                start = _layout(sheet, mapping, ()).start
                _fill_merged(rows, reader.merged(sheet.name), start)
                tx = _read_transactions_sheet(rows, sheet, mapping, ctx)
                del rows
            book = _build_book(tx, clients, ctx)
        return _result(preview, mapping, book, tx, clients, ctx, skip_bad_rows=skip_bad_rows)


def _result(
    preview: WorkbookPreview,
    mapping: ColumnMapping,
    book: Book,
    tx: _Transactions | None,
    clients: _Clients | None,
    ctx: _Context,
    *,
    skip_bad_rows: bool,
) -> ImportResult:
    if tx is not None and book.transaction_count() == 0:
        if ctx.ambiguous:
            example = next(c for c in ctx.problems.skipped() if "day/month" in c.reason)
            raise AmbiguousDates(
                f"'{preview.name}': the dates on the '{tx.layout.sheet}' sheet (such as "
                f"{example.reason.split(' could be ')[0]} in {example.column}{example.row}) could "
                "be read day first or month first. Choose the day/month order: in the import "
                "window, or with --day-first or --month-first."
            )
        raise _no_rows(preview.name, tx.layout.sheet, tx.layout.start, ctx, "transaction")
    skipped = ctx.problems.skipped()
    if skipped and not skip_bad_rows:
        raise UnusableCells(
            f"'{preview.name}': {len(skipped):,} cells cannot be used; the first: {skipped[0]}.",
            skipped,
        )
    if clients is None and tx is not None:
        ctx.notes.insert(
            0,
            f"There is no client sheet: {book.client_count():,} clients were made from the "
            f"'{tx.layout.header('client')}' column of '{tx.layout.sheet}'.",
        )
    for key in ("totals_rows", "repeated_header_rows"):
        ctx.counts.setdefault(key, 0)
    ctx.counts.update(
        clients=book.client_count(),
        transactions=book.transaction_count(),
        skipped_cells=len(skipped),
        skipped_rows=sum(len(rows) for rows in ctx.problems.bad_rows.values()),
    )
    return ImportResult(
        book=book,
        scenario=Scenario(),
        baseline=Scenario(),
        skipped=skipped,
        written_by_app=False,
        mapping=mapping,
        preview=preview,
        counts=ctx.counts,
        ambiguous_dates=ctx.ambiguous,
        notes=ctx.notes,
    )


def import_workbook(
    path: str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    day_first: bool | None = None,
    skip_bad_rows: bool = True,
) -> ImportResult:
    """Return a new document read from a workbook in any layout.

    Without a ``mapping`` the guesses are used (``guess_mapping``), and a
    guess too unsure to act on is refused, saying which column to choose.
    ``day_first`` settles text dates such as 05/03/2024 (None: only dates that
    can mean one day are read; the others are listed and ``ambiguous_dates``
    is set, or ``AmbiguousDates`` is raised when no row is left). With
    ``skip_bad_rows=False`` any unusable cell raises ``UnusableCells``
    (carrying the list) instead of leaving its row out. A workbook with no
    usable rows raises WorkbookError saying so.
    """
    with ImportSession(path) as session:
        return session.read(mapping, day_first=day_first, skip_bad_rows=skip_bad_rows)


def _build_book(tx: _Transactions | None, clients: _Clients | None, ctx: _Context) -> Book:
    if clients is None:
        assert tx is not None
        client_columns, client_of = _derive_clients(tx)
        book = Book(client_columns)
        keep = np.ones(len(client_of), dtype=bool)
    else:
        book = Book(clients.columns)
        if tx is None:
            return book
        client_of = _match_clients(tx, clients, ctx)
        keep = client_of >= 0
    columns = {key: column[keep] for key, column in tx.columns.items()}
    columns["client_id"] = client_of[keep]
    book.transactions = Table(TRANSACTION_FIELDS, columns)
    return book


def open_any(path: str | os.PathLike[str], *, day_first: bool | None = None) -> LoadedWorkbook:
    """Return the document in ``path``: read as it is in the app's format, else imported.

    An imported workbook comes back as an ``ImportResult`` (check with
    ``isinstance``), so the window can show the mapping step and the
    skipped cells, and knows not to save over the original without asking.
    """
    if is_app_format(path):
        try:
            return read_workbook(path)
        except WorkbookError as e:
            if LATER_VERSION not in str(e):  # the layout is the app's but a column is missing
                raise
    return import_workbook(path, day_first=day_first)
