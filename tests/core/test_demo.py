"""The bundled demo studio: believable, showing PRODUCT.md's worked cases, and rebuildable."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from ltv_desktop.core.book import Book
from ltv_desktop.core.compute import STAGE_NAMES, compute
from ltv_desktop.core.serialize import results_json
from ltv_desktop.core.workbook import LoadedWorkbook, read_workbook, workbook_bytes

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo.xlsx"


@pytest.fixture(scope="module")
def make_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "resources" / "make_demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo() -> LoadedWorkbook:
    return read_workbook(DEMO)


@pytest.fixture(scope="module")
def figures(demo: LoadedWorkbook) -> dict[str, dict[str, object]]:
    data = results_json(demo.book, compute(demo.book, demo.scenario), demo.skipped)
    return {c["client_id"]: c for c in data["clients"]}


def test_the_demo_opens_cleanly_as_our_own_document(demo):
    assert demo.skipped == []
    assert demo.written_by_app is True


def test_the_demo_is_a_studio_of_several_years(demo):
    book = demo.book
    assert book.client_count() >= 300
    assert book.transaction_count() >= 2000
    dates = book.transactions["date"]
    years = (dates.max() - dates.min()).astype(int) / 365.25
    assert years >= 8
    assert str(dates.min()) >= "2017-01-01"
    assert str(dates.max()) <= "2026-10-31"
    # The Kind column names what was bought, so a client's first purchase tells its kind.
    assert set(book.transactions["kind"].tolist()) >= {
        "wedding", "family portrait", "mini session", "print club", "newborn", "headshots",
        "prints", "album", "add-on",
    }  # fmt: skip
    amounts = book.transactions["amount"]
    assert (amounts < 0).sum() >= 5  # refunds
    assert (amounts == 0).sum() >= 3  # free reshoots
    descriptions = set(book.transactions["description"].tolist())
    for text in ("Family portrait session", "A3 print", "Wedding album", "Retouching add-on",
                 "Refund – damaged print", "Free reshoot", "Mini session"):  # fmt: skip
        assert text in descriptions
    assert set(book.clients["source"].tolist()) >= {
        "Instagram", "Referral", "Wedding fair", "Google", "Walk-in",
    }  # fmt: skip
    assert (book.referrer >= 0).sum() >= 30  # word of mouth
    assert (book.clients["notes"] != "").sum() >= 5


def test_every_life_cycle_stage_appears(demo):
    results = compute(demo.book, demo.scenario)
    counts = np.bincount(results.stage, minlength=len(STAGE_NAMES))
    assert all(counts > 0), dict(zip(STAGE_NAMES, counts.tolist(), strict=True))
    assert counts[STAGE_NAMES.index("lapsed")] < results.totals.clients_with_purchases / 3


def test_weddings_are_one_order_and_clients_buy_as_their_kind_does(demo):
    """Deposit, engagement shoot, balance and album of a wedding share one Order, so a
    wedding is one purchase; families come back about yearly, couples rarely."""
    book = demo.book
    tx = book.transactions
    results = compute(book, demo.scenario)
    weddings = (tx["kind"] == "wedding") & (tx["amount"] > 0)
    assert (tx["order"][weddings] != "").all()
    couples = results.stats.first_kind == "wedding"
    families = results.stats.first_kind == "family portrait"
    assert couples.sum() >= 20 and families.sum() >= 40
    # The first purchase of a couple is the whole wedding: thousands, not a deposit.
    first_value = {int(c): v for c, v in zip(*first_purchase_values(book, results), strict=True)}
    assert np.median([first_value[c] for c in np.flatnonzero(couples)]) > 2000
    repeat = results.purchases >= 2
    assert repeat[couples].mean() < 0.3
    assert repeat[families].mean() > 0.6
    gaps = results.stats.median_gap_days[families & repeat]
    assert 300 < np.median(gaps) < 430


def first_purchase_values(book: Book, results: object) -> tuple[np.ndarray, np.ndarray]:
    from ltv_desktop.core.compute import purchases_of

    bought = purchases_of(results.stats)  # type: ignore[attr-defined]
    starts = bought.starts()
    return bought.client[starts], bought.value[starts]


def test_the_print_club_member_is_worth_1200(demo, figures):
    gym = figures["C0001"]
    assert gym["name"] == "Gwenllian Pritchard"
    assert gym["purchases"] == 60
    assert gym["average_sale"] == 20.0
    assert gym["lifetime_value"] == 1200.0
    assert gym["total_value"] == 1200.0


def test_the_portrait_client_with_four_referrals_is_worth_20000(demo, figures):
    portrait = figures["C0002"]
    assert portrait["name"] == "Annelie van der Merwe"
    assert portrait["average_sale"] == 400.0
    assert portrait["lifetime_value"] == 4000.0
    assert portrait["referrals"] == 4.0
    assert portrait["referral_value"] == 16000.0
    assert portrait["total_value"] == 20000.0
    referred_by = demo.book.clients["referred_by"]
    assert sorted(demo.book.clients["client_id"][referred_by == "C0002"].tolist()) == [
        "C0003", "C0004", "C0005", "C0006",
    ]  # fmt: skip
    amounts = demo.book.transactions["amount"][demo.book.transactions["client_row"] == 1]
    assert amounts.tolist() == [400.0] * len(amounts)


def test_names_come_from_five_languages(demo):
    names = demo.book.clients["name"].tolist()
    assert "Siân Llywelyn" in names
    assert "Dafydd ap Rhys" in names
    assert "נועה כהן" in names
    assert sum(bool(re.search("[\u0590-\u05ff]", n)) for n in names) >= 10  # Hebrew script
    assert any("van der Merwe" in n for n in names)  # Afrikaans
    assert any(n.split()[-1] in {"Rossi", "Bianchi", "Esposito"} for n in names)  # Italian
    assert len(set(names)) == len(names)


def test_the_committed_demo_is_what_the_script_builds(demo, make_demo):
    book, scenario = make_demo.build_demo()
    assert scenario == demo.scenario == demo.baseline
    assert_same_book(book, demo.book)


def test_the_script_is_deterministic(make_demo):
    first = workbook_bytes(*make_demo.build_demo())
    second = workbook_bytes(*make_demo.build_demo())
    assert first == second  # no clock, no randomness left unseeded: rebuilding changes nothing


def test_the_script_writes_the_file(make_demo, tmp_path, capsys):
    out = tmp_path / "demo.xlsx"
    assert make_demo.main([str(out)]) == 0
    assert f"{make_demo.CLIENT_COUNT} clients" in capsys.readouterr().out
    assert_same_book(read_workbook(out).book, read_workbook(DEMO).book)


def assert_same_book(expected: Book, actual: Book) -> None:
    for table in ("clients", "transactions"):
        want, got = getattr(expected, table), getattr(actual, table)
        assert len(want) == len(got), table
        for key in want.columns:
            a, b = want[key], got[key]
            assert a.dtype == b.dtype, f"{table}.{key}"
            if a.dtype.kind == "f":
                assert np.array_equal(a, b, equal_nan=True), f"{table}.{key}"
            elif a.dtype.kind == "M":
                assert np.array_equal(a.astype("int64"), b.astype("int64")), f"{table}.{key}"
            else:
                assert a.tolist() == b.tolist(), f"{table}.{key}"
