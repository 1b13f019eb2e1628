"""Build the bundled demo studio: ``python resources/make_demo.py resources/demo.xlsx``.

Stiwdio Golau is a made-up portrait and wedding photography studio with
clients from 2017 to October 2026 whose names are Welsh, Italian, Hebrew,
Afrikaans and English. Everything comes from one seeded random
generator (``numpy.random.default_rng(2026)``) and no clock, so the file is the
same on every run.

PRODUCT.md's worked cases are real rows a first-time user can click on:

* **C0001 Gwenllian Pritchard**, print club member: 20 a month for 5 years
  (60 payments of exactly 20; her row sets Purchases per year = 12 and Years
  retained = 5), so her lifetime value is 20 × 12 × 5 = **1,200.00**.
* **C0002 Annelie van der Merwe**, portrait client: exactly 400 once a year
  since 2017 (Purchases per year = 1 on her row, the default 10 years retained),
  lifetime value 400 × 1 × 10 = **4,000.00**; exactly four clients name her in
  *Referred by* (C0003 Siân Llywelyn, C0004 Dafydd ap Rhys, C0005 Giulia Rossi,
  C0006 נועה כהן), adding 4 × 4,000 = 16,000.00, so her total value is
  **20,000.00**.

The painter's add-on case (10 % of 200 clients buy a 500 add-on: +10,000) is a
scenario, not a row: set the add-on take rate to 10 % and the price to 500.

The *Kind* column names what was bought (wedding, family portrait, mini
session, print club, newborn, headshots, prints, album, add-on, …), so the
kind of a client's first purchase says what kind of client they are. Each
wedding is one *Order* (a booking number): deposit at booking, engagement
shoot, balance on the day and the album weeks later are one purchase; so is
every other session with the prints ordered from it. Clients
behave as studio clients do: families come back about once a year, wedding
couples rarely come back, print-club members pay monthly, mini-session
clients mostly buy once.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, ROOT)

from ltv_desktop.core.book import Book, make_book  # noqa: E402
from ltv_desktop.core.scenario import Scenario  # noqa: E402
from ltv_desktop.core.workbook import workbook_bytes  # noqa: E402

T = TypeVar("T")
SEED = 2026
START = dt.date(2017, 1, 2)
END = dt.date(2026, 10, 31)
CLIENT_COUNT = 380
MINI_SESSIONS_FROM = dt.date(2023, 3, 1)

PRINT_CLUB_ID = "C0001"
PORTRAIT_ID = "C0002"
PORTRAIT_REFERRED = ("C0003", "C0004", "C0005", "C0006")
FRIENDS = {  # the four she referred, one per language besides her own Afrikaans
    "C0003": ("Siân Llywelyn", "sian.llywelyn@example.com", "07700 900003"),
    "C0004": ("Dafydd ap Rhys", "dafydd.aprhys@example.org", "07700 900004"),
    "C0005": ("Giulia Rossi", "giulia.rossi@example.net", "+39 347 555 0005"),
    "C0006": ("נועה כהן", "noa.cohen@example.com", "+972 50-555-0005"),
}

# (first names, surnames, phone pattern) per language; Hebrew names in Hebrew script,
# each with the Latin spelling its owner uses for e-mail.
WELSH = (
    ["Siân", "Dafydd", "Gwen", "Rhodri", "Eleri", "Iolo", "Ffion", "Cerys", "Owain",
     "Angharad", "Gethin", "Mali", "Bethan", "Llinos", "Tomos", "Elin", "Geraint", "Nia"],
    ["Llywelyn", "ap Rhys", "Morgan", "Evans", "Pritchard", "Jenkins", "Hughes", "Bowen",
     "Griffiths", "Price", "Powell", "Parry", "Lloyd", "Vaughan", "Prosser", "Gruffudd"],
    "07700 900{:03d}",
)  # fmt: skip
ITALIAN = (
    ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sofia", "Alessandro",
     "Martina", "Davide", "Elena", "Lorenzo", "Beatrice", "Federico"],
    ["Rossi", "Bianchi", "Esposito", "Romano", "Ricci", "Colombo", "Marino", "Greco",
     "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Fontana"],
    "+39 347 555 0{:03d}",
)  # fmt: skip
HEBREW = (
    [("נועה", "noa"), ("איתי", "itai"), ("תמר", "tamar"), ("יונתן", "yonatan"),
     ("מיכל", "michal"), ("אורי", "uri"), ("שירה", "shira"), ("דניאל", "daniel"),
     ("רוני", "roni"), ("יעל", "yael"), ("עומר", "omer"), ("הדס", "hadas")],
    [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"),
     ("ביטון", "biton"), ("אברהם", "avraham"), ("פרידמן", "friedman"), ("שפירא", "shapira"),
     ("אזולאי", "azulay"), ("דהן", "dahan")],
    "+972 50-555-0{:03d}",
)  # fmt: skip
AFRIKAANS = (
    ["Annelie", "Pieter", "Elmarie", "Johan", "Marelize", "Francois", "Riaan", "Liezl",
     "Jaco", "Anri", "Wouter", "Karlien", "Hendrik", "Sunette"],
    ["van der Merwe", "Botha", "du Toit", "Pretorius", "Steyn", "Joubert", "Venter", "Nel",
     "Coetzee", "Fourie", "Kruger", "Swanepoel", "Viljoen"],
    "+27 82 555 0{:03d}",
)  # fmt: skip
ENGLISH = (
    ["Emma", "Oliver", "Charlotte", "Harry", "Amelia", "George", "Isla", "Jack", "Poppy",
     "Thomas", "Grace", "William", "Ruby", "James", "Lily", "Samuel"],
    ["Clarke", "Bennett", "Taylor", "Walker", "Wright", "Robinson", "Thompson", "Hall",
     "Green", "Wood", "Harris", "Cooper", "King", "Baker", "Turner"],
    "07700 900{:03d}",
)  # fmt: skip
LANGUAGES: tuple[tuple[list[Any], list[Any], str], ...] = (
    WELSH, ITALIAN, HEBREW, AFRIKAANS, ENGLISH,
)  # fmt: skip
LANGUAGE_WEIGHTS = (0.3, 0.17, 0.15, 0.15, 0.23)
DOMAINS = ("example.com", "example.org", "example.net")

NOTES = (
    "Prefers weekend shoots.",
    "Allergic to lilies: no flowers in the studio.",
    "Album captions in Welsh and English, please.",
    "Bring the dog next time (golden retriever, Mabli).",
    "Pays by bank transfer; send the invoice to the office address.",
    "Wants black-and-white edits as well as colour.",
    "Grandparents' anniversary in June: ask about a family shoot.",
    "Met at the Cardiff wedding fair.",
)

ARCHETYPES = ("mini", "family", "wedding", "business", "print club", "lead")
ARCHETYPE_WEIGHTS = (0.27, 0.36, 0.12, 0.11, 0.04, 0.10)


@dataclass
class Client:
    client_id: str
    name: str
    email: str = ""
    phone: str = ""
    source: str = ""
    referred_by: str = ""
    first_contact: dt.date | None = None
    tags: str = ""
    notes: str = ""
    purchases_per_year: float = math.nan
    years_retained: float = math.nan
    referrals: float = math.nan
    acquisition_cost: float = math.nan
    archetype: str = "family"
    transactions: list[tuple[dt.date, float, str, str, str]] = field(default_factory=list)

    def buy(
        self, day: dt.date, amount: float, kind: str, description: str, order: str = ""
    ) -> None:
        if day <= END:
            self.transactions.append((day, float(amount), kind, description, order))

    def row(self) -> dict[str, object]:
        return {
            key: getattr(self, key)
            for key in (
                "client_id", "name", "email", "phone", "source", "referred_by",
                "first_contact", "tags", "notes", "purchases_per_year", "years_retained",
                "referrals", "acquisition_cost",
            )
        }  # fmt: skip


class Studio:
    """The random choices, in one fixed order, so the same seed gives the same studio."""

    def __init__(self, seed: int = SEED):
        self.rng = np.random.default_rng(seed)
        self.next_booking = 1001  # booking numbers, as an invoice book numbers them
        self.used_names: set[str] = {"Gwenllian Pritchard", "Annelie van der Merwe"}
        self.used_names.update(name for name, _, _ in FRIENDS.values())

    def booking(self) -> str:
        """Return a new booking number: a session and what is ordered from it are one Order."""
        number = self.next_booking
        self.next_booking += 1
        return str(number)

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.rng.integers(len(options)))]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def price(self, low: int, high: int, step: int = 5) -> float:
        return float(self.rng.integers(low // step, high // step + 1) * step)

    def days_later(self, day: dt.date, low: int, high: int) -> dt.date:
        return day + dt.timedelta(days=int(self.rng.integers(low, high + 1)))

    def person(self, number: int) -> tuple[str, str, str]:
        """Return a new (name, e-mail, phone) in one of the studio's five languages."""
        language = LANGUAGES[int(self.rng.choice(len(LANGUAGES), p=LANGUAGE_WEIGHTS))]
        firsts, lasts, phone = language
        while True:
            first, last = self.pick(firsts), self.pick(lasts)
            if isinstance(first, tuple) and isinstance(last, tuple):
                name, latin = f"{first[0]} {last[0]}", f"{first[1]}.{last[1]}"
            else:
                name, latin = f"{first} {last}", f"{first}.{last}"
            if name not in self.used_names:
                self.used_names.add(name)
                break
        email = f"{_ascii(latin)}@{self.pick(DOMAINS)}"
        return name, email, phone.format(number % 1000)


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]+", "", plain.lower().replace(" ", ""))


def _day(studio: Studio, low: dt.date, high: dt.date) -> dt.date:
    return low + dt.timedelta(days=int(studio.rng.integers(0, (high - low).days + 1)))


def _worked_cases() -> list[Client]:
    print_club = Client(
        PRINT_CLUB_ID, "Gwenllian Pritchard", "gwenllian.pritchard@example.com",
        "07700 900001", "Walk-in", first_contact=dt.date(2021, 10, 20),
        tags="print club", notes="Print club: one print a month, paid monthly.",
        purchases_per_year=12.0, years_retained=5.0, archetype="print club",
    )  # fmt: skip
    for month in range(60):  # November 2021 to October 2026
        year, index = divmod(10 + month, 12)
        day = dt.date(2021 + year, index + 1, 15)
        print_club.buy(day, 20.0, "print club", "Print club – monthly")
    portrait = Client(
        PORTRAIT_ID, "Annelie van der Merwe", "annelie.vandermerwe@example.org",
        "+27 82 555 0002", "Google", first_contact=dt.date(2017, 2, 20),
        tags="family, yearly portrait", notes="Family portrait every March; refers friends.",
        purchases_per_year=1.0, archetype="portrait",
    )  # fmt: skip
    for year in range(2017, 2027):
        portrait.buy(dt.date(year, 3, 10), 400.0, "family portrait", "Family portrait session")
    return [print_club, portrait]


def _history(studio: Studio, client: Client) -> None:
    """Fill in a client's transactions from their archetype, from first contact on."""
    assert client.first_contact is not None
    start = studio.days_later(client.first_contact, 3, 40)
    # How long they stay: most for years, some leave after a year or two ("lapsed").
    stay_years = float(studio.rng.exponential(14.0)) + 0.5
    stop = min(END, start + dt.timedelta(days=int(stay_years * 365.25)))
    kind = client.archetype
    if kind == "mini":
        _mini(studio, client, start, stop)
    elif kind == "family":
        _family(studio, client, start, stop)
    elif kind == "wedding":
        _wedding(studio, client, start, stop)
    elif kind == "business":
        _business(studio, client, start, stop)
    elif kind == "print club":
        _print_club(studio, client, start, stop)


def _prints(studio: Studio, client: Client, after: dt.date, how_many: int, order: str = "") -> None:
    for _ in range(how_many):
        day = studio.days_later(after, 7, 30)
        product = studio.pick(
            [
                "A3 print",
                "A4 print",
                "Canvas 60×40",
                "Framed A2 print",
                "Photo book",
                "Digital files",
            ]
        )
        prices = {
            "A3 print": (35, 45), "A4 print": (20, 30), "Canvas 60×40": (140, 190),
            "Framed A2 print": (120, 160), "Photo book": (180, 260), "Digital files": (60, 120),
        }  # fmt: skip
        amount = studio.price(*prices[product])
        client.buy(day, amount, "prints", product, order)
        if product != "Digital files" and studio.chance(0.05):
            refund_day = studio.days_later(day, 5, 20)
            client.buy(refund_day, -amount, "prints", "Refund – damaged print", order)


# What each session description sells, as the Kind column names it.
SESSION_KINDS = {
    "Mini session": "mini session", "Family portrait session": "family portrait",
    "Newborn session": "newborn", "Pet portrait session": "pet portrait",
    "Maternity session": "maternity", "Anniversary session": "family portrait",
    "Headshot session": "headshots", "Engagement shoot": "wedding",
}  # fmt: skip


def _session(
    studio: Studio, client: Client, day: dt.date, description: str, price: float, order: str = ""
) -> str:
    """Book a session (a new booking number unless ``order`` is given); return the number."""
    order = order or studio.booking()
    kind = SESSION_KINDS[description]
    client.buy(day, price, kind, description, order)
    if studio.chance(0.03):
        client.buy(studio.days_later(day, 7, 21), 0.0, kind, "Free reshoot")
    if studio.chance(0.25):
        client.buy(day, studio.price(40, 90), "add-on", "Retouching add-on", order)
    return order


def _mini(studio: Studio, client: Client, start: dt.date, stop: dt.date) -> None:
    booking = _session(studio, client, start, "Mini session", studio.price(65, 95))
    _prints(studio, client, start, int(studio.rng.integers(0, 2)), booking)
    if studio.chance(0.2):  # a few come back once
        again = studio.days_later(start, 200, 700)
        _session(studio, client, again, "Mini session", studio.price(65, 95))


def _family(studio: Studio, client: Client, start: dt.date, stop: dt.date) -> None:
    """About once a year, near the same time of year: the portrait every spring."""
    day = start
    gap_days = int(studio.rng.integers(330, 400))
    while day <= stop:
        description = studio.pick(
            ["Family portrait session", "Family portrait session", "Family portrait session",
             "Newborn session", "Pet portrait session", "Maternity session"]
        )  # fmt: skip
        booking = _session(studio, client, day, description, studio.price(160, 340))
        _prints(studio, client, day, int(studio.rng.integers(0, 4)), booking)
        day = studio.days_later(day, gap_days - 25, gap_days + 25)
        if studio.chance(0.12):  # a skipped year
            day = studio.days_later(day, gap_days - 25, gap_days + 25)


def _wedding(studio: Studio, client: Client, start: dt.date, stop: dt.date) -> None:
    """One booking (an Order): deposit, engagement shoot, balance on the day, album later."""
    booking = studio.booking()
    wedding = studio.days_later(start, 120, 400)
    package = studio.pick(["Wedding package – full day", "Wedding package – half day"])
    low, high = (2600, 3600) if "full" in package else (1600, 2200)
    price = studio.price(low, high, 50)
    deposit = round(price * 0.25 / 50) * 50
    client.buy(start, deposit, "wedding", f"{package}: deposit", booking)
    engagement = studio.days_later(start, 30, max(31, (wedding - start).days - 30))
    _session(studio, client, engagement, "Engagement shoot", studio.price(200, 280), booking)
    client.buy(wedding, price - deposit, "wedding", f"{package}: balance", booking)
    if studio.chance(0.6):
        client.buy(wedding, studio.price(250, 400), "add-on", "Second photographer", booking)
    album_day = studio.days_later(wedding, 30, 70)
    client.buy(album_day, studio.price(450, 900), "album", "Wedding album", booking)
    _prints(studio, client, album_day, int(studio.rng.integers(0, 3)), booking)
    if not studio.chance(0.15):  # most couples do not come back
        return
    day = studio.days_later(wedding, 300, 900)
    while day <= stop:
        description = studio.pick(
            ["Anniversary session", "Newborn session", "Family portrait session"]
        )
        booking = _session(studio, client, day, description, studio.price(250, 420))
        _prints(studio, client, day, int(studio.rng.integers(0, 3)), booking)
        day = studio.days_later(day, 350, 900)


def _business(studio: Studio, client: Client, start: dt.date, stop: dt.date) -> None:
    day = start
    while day <= stop:
        if studio.chance(0.5):
            client.buy(day, studio.price(600, 1200, 50), "headshots", "Team headshots package")
        else:
            _session(studio, client, day, "Headshot session", studio.price(150, 250))
        day = studio.days_later(day, 200, 420)


def _print_club(studio: Studio, client: Client, start: dt.date, stop: dt.date) -> None:
    """A monthly membership: the same fee on the same day of each month until they stop."""
    fee = studio.pick([20.0, 25.0, 30.0])
    day_of_month = min(start.day, 28)
    year, month = start.year, start.month
    stop = min(stop, studio.days_later(start, 120, 1800))
    while (day := dt.date(year, month, day_of_month)) <= stop:
        client.buy(day, fee, "print club", "Print club – monthly")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _everyone_else(studio: Studio, first_number: int) -> list[Client]:
    """Return the other clients, numbered in order of first contact like a real book."""
    count = CLIENT_COUNT - first_number + 1
    archetypes = [
        ARCHETYPES[int(studio.rng.choice(len(ARCHETYPES), p=ARCHETYPE_WEIGHTS))]
        for _ in range(count)
    ]
    firsts = []
    for k, archetype in enumerate(archetypes):
        if k < len(FRIENDS):  # her friends came early and stayed: ordinary families
            archetype = archetypes[k] = "family"
            firsts.append(_day(studio, dt.date(2017, 6, 1), dt.date(2020, 12, 31)))
        elif archetype == "mini":  # mini sessions began in 2023
            firsts.append(_day(studio, MINI_SESSIONS_FROM, END - dt.timedelta(days=45)))
        else:
            firsts.append(_day(studio, START, END - dt.timedelta(days=45)))
    order = sorted(range(count), key=lambda k: (k >= len(FRIENDS), firsts[k], k))
    clients = []
    for number, k in enumerate(order, start=first_number):
        cid = f"C{number:04d}"
        name, email, phone = FRIENDS.get(cid) or studio.person(number)
        client = Client(cid, name, email, phone, archetype=archetypes[k])
        client.first_contact = firsts[k]
        clients.append(client)
    return clients


def _describe(studio: Studio, client: Client) -> None:
    """Source, tags, notes, phone or e-mail gaps and the odd override, by archetype."""
    sources = {
        "mini": ["Instagram", "Instagram", "Google", "Walk-in"],
        "family": ["Instagram", "Google", "Walk-in", "Referral"],
        "wedding": ["Wedding fair", "Wedding fair", "Instagram", "Referral"],
        "business": ["Google", "Referral", "Walk-in"],
        "print club": ["Walk-in", "Instagram", "Referral"],
        "lead": ["Instagram", "Wedding fair", "Google"],
    }
    tags = {
        "mini": ["mini session", "mini session, pets", "mini session, christmas"],
        "family": ["family", "family, newborn", "family, pets", "family, VIP"],
        "wedding": ["wedding", "wedding, VIP", "wedding, album"],
        "business": ["business", "business, headshots"],
        "print club": ["print club"],
        "lead": ["lead", "lead, wedding enquiry", "lead, family enquiry"],
    }
    client.source = client.source or studio.pick(sources[client.archetype])
    client.tags = studio.pick(tags[client.archetype])
    if studio.chance(0.08):
        client.notes = studio.pick(NOTES)
    if studio.chance(0.1):
        client.phone = ""
    if studio.chance(0.05):
        client.email = ""
    if client.source == "Wedding fair":
        client.acquisition_cost = 180.0  # the stand costs money; the row says so
    if client.archetype == "lead":
        client.notes = client.notes or studio.pick(
            ["Asked for a wedding quote.", "Wants a price list.", "Call back in spring."]
        )


def _referrals(studio: Studio, clients: list[Client]) -> None:
    """Some clients came by word of mouth from an earlier client: chains form by themselves."""
    eligible: list[Client] = []
    for client in clients:
        if client.client_id in PORTRAIT_REFERRED:
            client.referred_by, client.source = PORTRAIT_ID, "Referral"
        elif eligible and (client.source == "Referral" or studio.chance(0.08)):
            client.referred_by = studio.pick([c.client_id for c in eligible[-120:]])
            client.source = "Referral"
        elif client.source == "Referral":
            client.source = "Instagram"
        if client.archetype != "lead" and client.client_id not in (PRINT_CLUB_ID, PORTRAIT_ID):
            eligible.append(client)


def build_demo() -> tuple[Book, Scenario]:
    """Return the demo studio's book and scenario (the defaults); same result on every call."""
    studio = Studio()
    clients = _worked_cases() + _everyone_else(studio, 3)
    for client in clients[2:]:
        _describe(studio, client)
    _referrals(studio, clients)
    for client in clients[2:]:
        _history(studio, client)
    rows = []
    for client in clients:
        for day, amount, kind, description, order in client.transactions:
            rows.append((day, client.client_id, amount, kind, description, order))
    rows.sort(key=lambda r: r[0])  # file order = date order; ties keep generation order
    transactions = [
        {"date": day, "client_id": cid, "amount": amount, "kind": kind, "description": text,
         "order": order}
        for day, cid, amount, kind, text, order in rows
    ]  # fmt: skip
    book = make_book([c.row() for c in clients], transactions)
    return book, Scenario()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python resources/make_demo.py OUTPUT.xlsx\n")
        return 2
    path = args[0]
    book, scenario = build_demo()
    data = workbook_bytes(book, scenario)  # no clock inside: the same bytes on every run
    temp = f"{path}.tmp"
    with open(temp, "wb") as f:
        f.write(data)
    os.replace(temp, path)
    span = f"{book.transactions['date'].min()} to {book.transactions['date'].max()}"
    print(f"{path}: {book.client_count()} clients, {book.transaction_count()} transactions, {span}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
