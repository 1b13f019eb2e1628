"""What the core says: a template and its figures, English by str(), translatable as a whole."""

from __future__ import annotations

import pickle

from ltv_desktop.core.book import to_number
from ltv_desktop.core.errors import SkippedCell, ValueProblem, WorkbookError
from ltv_desktop.core.message import Message, fixed, money, number, render, signed_percent


def test_str_is_the_english_the_command_line_prints():
    assert str(Message("'%1' is not an amount.", "four hundred")) == (
        "'four hundred' is not an amount."
    )
    said = Message("Average sale %1 = revenue %2 ÷ %n purchase(s).",
                   money(400, "400.00"), money(4000, "4,000.00"), n=10)  # fmt: skip
    assert str(said) == "Average sale 400.00 = revenue 4,000.00 ÷ 10 purchases."
    assert str(Message("%n purchase(s)", n=1)) == "1 purchase"
    assert str(Message("%1 rows", number(1234567))) == "1,234,567 rows"
    assert str(Message("%1 then %2", fixed(1.5, 2), signed_percent(-0.1))) == "1.50 then -10%"


def test_nested_messages_and_clauses():
    inner = Message("'%1' is not a date.", "soon")
    assert str(Message("%1; left empty", inner.as_clause())) == "'soon' is not a date; left empty"
    # An argument's own text is never filled again ("%2" typed into a cell stays "%2").
    assert str(Message("'%1' is not %2.", "%2", "a number")) == "'%2' is not a number."


def test_the_window_translates_the_template_and_shows_each_figure_its_way():
    said = Message("Stage: %1 (%2 purchases, %3).", Message("loyal", context="Stages"), 3,
                   money(4000, "4,000.00"))  # fmt: skip
    words = {"Stage: %1 (%2 purchases, %3).": "Cam: %1 (%2 pryniant, %3).", "loyal": "ffyddlon"}
    shown = render(said, lambda m: words[m.template], lambda a: f"<{a}>")
    assert shown == "Cam: ffyddlon (<3> pryniant, <4,000.00>)."


def test_an_error_keeps_its_message_and_its_english():
    try:
        to_number("four hundred", what="an amount")
    except ValueProblem as e:
        problem = e
    assert str(problem) == "'four hundred' is not an amount."
    assert problem.args[0] == Message("'%1' is not an amount.", "four hundred")
    # Sent from the reading child process to the window, it is still a message.
    again = pickle.loads(pickle.dumps(WorkbookError(Message("'%1' is a folder.", "x"))))
    assert isinstance(again.args[0], Message) and str(again) == "'x' is a folder."


def test_a_skipped_cell_keeps_the_english_and_the_message():
    cell = SkippedCell.because("Sales", 4, "C", "Amount", Message("'%1' is not an amount", "x"))
    assert cell.reason == "'x' is not an amount"
    assert str(cell) == "Sales!C4 (Amount): 'x' is not an amount"
    assert cell.as_dict()["reason"] == "'x' is not an amount"
    assert cell == SkippedCell("Sales", 4, "C", "Amount", "'x' is not an amount")
