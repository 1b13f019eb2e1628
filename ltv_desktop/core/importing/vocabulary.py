"""The heading vocabulary: the fields a mapping fills and the words that name them.

Header words, totals words, sheet names and transaction kinds in English,
Welsh, Italian, Hebrew and Afrikaans, compared after ``normalize``.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from ..book import CLIENT_FIELDS, FieldType

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
    type: FieldType
    required: bool = False


_TX, _CL = Role.TRANSACTIONS, Role.CLIENTS
IMPORT_FIELDS: tuple[ImportField, ...] = (
    ImportField("date", "Date", _TX, "date", FieldType.DATE, required=True),
    ImportField("client", "Client", _TX, "client_row", FieldType.CLIENT, required=True),
    ImportField("amount", "Amount", _TX, "amount", FieldType.MONEY, required=True),
    ImportField("kind", "Kind", _TX, "kind", FieldType.TEXT),
    ImportField("description", "Description", _TX, "description", FieldType.TEXT),
    ImportField("order", "Order", _TX, "order", FieldType.TEXT),
    *(ImportField(f.key, f.header, _CL, f.key, f.type) for f in CLIENT_FIELDS),
)
FIELD_BY_NAME: dict[str, ImportField] = {f.name: f for f in IMPORT_FIELDS}
TRANSACTION_SHEET_FIELDS = tuple(f for f in IMPORT_FIELDS if f.role is Role.TRANSACTIONS)
CLIENT_SHEET_FIELDS = tuple(f for f in IMPORT_FIELDS if f.role is Role.CLIENTS)


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
    # A booking or invoice reference: a client's rows of one Order are one purchase.
    "order": (
        "order", "order no", "order number", "order id", "order ref", "invoice", "invoice no",
        "invoice number", "invoice ref", "booking", "booking no", "booking ref", "booking id",
        "job", "job no", "job number", "project", "project no", "reference", "ref",
        "archeb", "rhif archeb", "anfoneb", "rhif anfoneb", "archebu", "swydd", "prosiect",
        "ordine", "n ordine", "numero ordine", "fattura", "n fattura", "numero fattura",
        "prenotazione", "lavoro", "commessa", "progetto", "riferimento",
        "הזמנה", "מספר הזמנה", "חשבונית", "מספר חשבונית", "עבודה", "פרויקט", "אסמכתא",
        "bestelling", "bestelnommer", "faktuur", "faktuurnommer", "bespreking", "werk",
        "projek", "verwysing",
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
SHEET_PHRASES = {
    role: frozenset(normalize(w) for w in words) for role, words in SHEET_WORDS.items()
}


def header_score(header: str, field_name: str) -> float:
    """Return how well a header names a field: 1 for an exact word, less for a part, else 0."""
    return header_match(header, field_name)[0]


def header_match(header: str, field_name: str) -> tuple[float, int]:
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


def may_be_total(text: str) -> bool:
    """Return False, fast, for text that cannot be a totals label (most client names)."""
    return _TOTAL_HINT.search(text) is not None
