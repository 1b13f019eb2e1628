"""Seeded generator of large studio workbooks in the app's format, for benchmarks.

Written with xlsxwriter (not the app's own writer) so that opening it also
measures reading a file some other program made.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from ltv_desktop.core.book import CLIENT_FIELDS, TRANSACTION_FIELDS, TRANSACTION_KINDS

FIRST_DAY = dt.date(2016, 1, 1)
DAYS = (dt.date(2026, 10, 31) - FIRST_DAY).days
SYLLABLES = ["an", "bel", "ca", "dov", "el", "fi", "gwen", "ha", "io", "ja", "ka", "li", "mo",
             "ni", "or", "pi", "ra", "si", "ta", "u", "vi", "wyn", "ze"]  # fmt: skip


def generate(path: Path, clients: int, transactions: int, seed: int = 7) -> Path:
    """Write a workbook of ``clients`` and ``transactions`` to ``path`` and return it."""
    import xlsxwriter  # a bench-only dependency: a different writer from the app's

    rng = np.random.default_rng(seed)
    ids = [f"C{i:07d}" for i in range(clients)]
    first = rng.integers(0, len(SYLLABLES), size=(clients, 3))
    names = [
        (SYLLABLES[a] + SYLLABLES[b]).title() + " " + (SYLLABLES[c] + SYLLABLES[a]).title()
        for a, b, c in first
    ]
    referrer = np.where(rng.random(clients) < 0.2, rng.integers(0, clients, clients), -1)
    # Skewed: a few loyal clients buy a lot, most buy once or twice.
    weights = rng.pareto(1.5, clients) + 0.2
    owner = rng.choice(clients, size=transactions, p=weights / weights.sum())
    day = rng.integers(0, DAYS, transactions)
    amount = np.round(rng.lognormal(5.0, 0.8, transactions), 2)
    kind_draw = rng.random(transactions)
    amount[kind_draw < 0.02] *= -1  # refunds
    amount[(kind_draw >= 0.02) & (kind_draw < 0.025)] = 0.0  # free reshoots
    kind = rng.integers(0, len(TRANSACTION_KINDS), transactions)
    # A fifth of the rows carry an Order shared with a few of the same client's other rows,
    # so purchases are grouped across days as a studio's bookings are (drawn last, so the
    # columns above stay what they were).
    booked = rng.random(transactions) < 0.2
    booking = rng.integers(0, 3, transactions)
    order_column = [f.key for f in TRANSACTION_FIELDS].index("order")

    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False}
    )
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet = workbook.add_worksheet("Clients")
    sheet.write_row(0, 0, [f.header for f in CLIENT_FIELDS])
    for row in range(clients):
        sheet.write_string(row + 1, 0, ids[row])
        sheet.write_string(row + 1, 1, names[row])
        if referrer[row] >= 0 and referrer[row] != row:
            sheet.write_string(row + 1, 5, ids[referrer[row]])
    sheet = workbook.add_worksheet("Transactions")
    sheet.write_row(0, 0, [f.header for f in TRANSACTION_FIELDS])
    dates = [FIRST_DAY + dt.timedelta(days=int(d)) for d in range(DAYS + 1)]
    for row in range(transactions):
        sheet.write_datetime(row + 1, 0, dates[day[row]], date_format)
        sheet.write_string(row + 1, 1, ids[owner[row]])
        sheet.write_number(row + 1, 2, float(amount[row]))
        sheet.write_string(row + 1, 3, TRANSACTION_KINDS[kind[row]])
        if booked[row]:  # constant_memory: a row's cells are written before the next row's
            sheet.write_string(row + 1, order_column, f"B{owner[row]}-{booking[row]}")
    sheet = workbook.add_worksheet("Scenario")
    sheet.write_row(0, 0, ["Setting", "Value"])
    workbook.close()
    return path
