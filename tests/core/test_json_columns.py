"""JSON lines made column by column in numpy are, byte for byte, those json.dumps makes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ltv_desktop.core import json_columns
from ltv_desktop.core.serialize import _rounded

ODD = [0.0, -0.0, 0.5, -0.5, 1e-06, 1e-05, 9.9e-05, 0.0001, 123456789.125, 1e15, 1e17, -3e20,
       float("nan"), float("inf"), float("-inf"), 2.0**50, 2.0**53, 0.1 + 0.2]  # fmt: skip


def expected(values: list[float | None]) -> list[str]:
    return [json.dumps(v, ensure_ascii=False) for v in values]


def made(texts: json_columns.Texts) -> list[str]:
    return json_columns.lines([texts], "\n").decode().split("\n")


@pytest.mark.parametrize("digits", [0, 2, 4, 6])
def test_decimals_are_written_as_json_writes_their_rounded_values(digits):
    rng = np.random.default_rng(digits)
    raw = np.concatenate(
        [
            rng.normal(0, 1000, 4000),
            rng.normal(0, 0.001, 2000),
            rng.integers(-(10**12), 10**12, 1000) / 10.0**digits,
            np.array(ODD),
        ]
    )
    rounded = _rounded(raw, digits)
    values = [v if np.isfinite(v) else None for v in rounded.tolist()]
    assert made(json_columns.decimals(rounded, digits)) == expected(values)


def test_integers_and_strings_are_written_as_json_writes_them():
    numbers = np.array([0, 7, -7, 10, 100, 99999, -123456789012, 2**62], dtype=np.int64)
    assert made(json_columns.integers(numbers)) == expected(numbers.tolist())
    texts = ["Siân", 'O\'Brien "Jo"', "tab\there", "back\\slash", "", "日本", "🎨 studio",
             "line\nbreak", "\u0000nul", "</script>"]  # fmt: skip
    assert made(json_columns.strings(texts)) == expected(texts)


def test_a_line_is_its_pieces_side_by_side():
    n = 3
    pieces = [
        json_columns.constant('{"id": ', n),
        json_columns.strings(["a", "bb", "ccc"]),
        json_columns.constant(', "x": ', n),
        json_columns.decimals(np.array([1.5, float("nan"), -20.25]), 2),
        json_columns.constant("}", n),
    ]
    text = json_columns.lines(pieces, ",\n").decode()
    assert text.split(",\n") == [
        '{"id": "a", "x": 1.5}', '{"id": "bb", "x": null}', '{"id": "ccc", "x": -20.25}',
    ]  # fmt: skip
    assert json_columns.lines([json_columns.strings([])], ",") == b""
