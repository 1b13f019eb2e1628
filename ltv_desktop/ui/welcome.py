"""First run: what to open; and Help's page on how lifetime value is computed."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class Start(Enum):
    DEMO = "demo"
    OPEN = "open"
    EMPTY = "empty"


class WelcomeDialog(QDialog):
    """Offered when the app starts with no file: the demo studio, a workbook, or empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to LTV Desktop"))
        self.choice = Start.EMPTY
        intro = QLabel(
            self.tr("<h3>What is each client really worth?</h3>"
                    "<p>LTV Desktop works out every client's lifetime value from your sales, "
                    "and shows what changes when you change your prices, your follow-ups or "
                    "your referrals.</p>")
        )  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice, text, tip in (
            (Start.DEMO, self.tr("Look around the demo studio",
    ),
             self.tr("A photography studio with ten years of clients, to try everything on.")),
            (Start.OPEN, self.tr("Open a workbook…",
    ),
             self.tr("An LTV Desktop workbook, or your own client spreadsheet.")),
            (Start.EMPTY, self.tr("Start empty"), self.tr("Type your clients in yourself.")),
        ):  # fmt: skip
            button = QPushButton(text, objectName=f"start_{choice.value}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            layout.addWidget(button)

    def _choose(self, choice: Start) -> None:
        self.choice = choice
        self.accept()


# One message per heading, paragraph or list item, so each is translated on its own.
HOW_IT_WORKS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<h2>How lifetime value is computed</h2>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<p><b>Lifetime value</b> = average sale × purchases per year × "
        "years retained</p>",
    ),
    "<ul>",
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li><b>Average sale</b>: a client's revenue (refunds taken off) ÷ "
        "their purchases.</li>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li><b>Purchases per year</b>: purchases ÷ the years since their "
        "first purchase (at least one year), unless their row says "
        "otherwise.</li>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li><b>Years retained</b>: how long a client stays — 10 years unless "
        "you change it in the Scenario panel or on the client's row.</li>",
    ),
    "</ul>",
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<p><b>Referrals</b> add the value of the clients a client brings: "
        "referral value = referrals × lifetime value × referred-client "
        "factor.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<p><b>Total value</b> = lifetime value + referral value + add-on "
        "value + partner fees. The client-base total adds lifetime value, "
        "add-ons and partner fees over all clients, and shows referral value "
        "beside it (referred clients are already rows of their own).</p>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<h3>Worked cases</h3>",
    ),
    "<ul>",
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li>A gym member paying 20 a month for 5 years: 20 × 12 × 5 = "
        "<b>1,200</b>.</li>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li>A photography client: 400 × once a year × 10 years = "
        "<b>4,000</b>; four referrals of the same average add 4 × 4,000 = "
        "16,000, total <b>20,000</b>.</li>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<li>A painter sells 10 % of 200 past clients a 500 add-on: "
        "<b>+10,000</b> to the base.</li>",
    ),
    "</ul>",
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<h3>Profit</h3>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<p>Profit = total value × gross margin − yearly retention cost × "
        "years retained; net = profit − acquisition cost; LTV:CAC = profit ÷ "
        "acquisition cost. Winning a new client usually costs about five "
        "times what keeping one costs.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "HowItWorksDialog",
        "<p>Select any client and look at <b>Why this number</b> to see the "
        "formula with their own figures.</p>",
    ),
)  # fmt: skip


class HowItWorksDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How lifetime value is computed"))
        text = QTextBrowser(objectName="how_it_works")
        text.setHtml("\n".join(self.tr(part) for part in HOW_IT_WORKS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(620, 560)
