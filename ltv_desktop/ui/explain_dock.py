"""'Why this number': how the selected client's figures are worked out, in the bottom dock."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTextBrowser, QWidget

from ltv_desktop.core.compute import STAGE_NAMES
from ltv_desktop.core.explain import predicted_steps, reasons
from ltv_desktop.core.prediction import Prediction

from .document import Document
from .formatting import Formats
from .i18n import (
    formula_line,
    message_text,
    predicted_line,
    stage_meaning_text,
    stage_name,
    stage_reasons,
)


class ExplainView(QTextBrowser):
    """One client's formula and the figures behind it; a few lines tall unless dragged taller."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self._fmt = formats
        self.setObjectName("explain")
        self.setOpenLinks(False)

    def sizeHint(self) -> QSize:
        return QSize(480, 7 * self.fontMetrics().height())

    def show_client(
        self,
        doc: Document | None,
        client_row: int,
        prediction: Prediction | None = None,
        updating: bool = False,
    ) -> None:
        """Explain the client at book row ``client_row`` of ``doc`` (-1: nobody is selected).

        With ``prediction`` (the document's forecast), the predicted lifetime value is
        explained beside the formula's; ``updating`` says the forecast is being refitted.
        """
        if doc is None or not 0 <= client_row < doc.book.client_count():
            self.setPlainText(self.tr("Select a client to see how their numbers are worked out."))
            return
        lines = reasons(doc.book, doc.results, client_row, self._fmt.money)
        title = f"{doc.book.clients['name'][client_row]} ({doc.book.client_id_of(client_row)})"
        label = self.tr("Formula:")
        # The formula in the interface's language (in English it reads as the core's line).
        formula = formula_line(doc.results, client_row, self._fmt)
        parts = [
            f"<b>{_escape(title)}</b>",
            f"<p style='font-size:large'>{_escape(label)} {_escape(formula)}</p>",
        ]
        fits = prediction is not None and len(prediction.revenue) == doc.book.client_count()
        steps = predicted_steps(prediction, client_row) if fits else None
        if steps is not None:
            heading = self.tr("Predicted from history:")
            if updating:
                heading = self.tr("Predicted from history (updating…):")
            parts.append(
                f"<p style='font-size:large'>{_escape(heading)}"
                f" {_escape(predicted_line(steps, self._fmt))}</p>"
            )
        parts.append("<ul>")
        # The stage, what it means and why, in the interface's language (the core's
        # explanation line 1 in English).
        stage = STAGE_NAMES[int(doc.results.stage[client_row])]
        said = (
            self.tr("Stage: %1 — %2.")
            .replace("%1", stage_name(stage))
            .replace("%2", stage_meaning_text(stage))
        )
        stage_text = " ".join([said, *stage_reasons(doc.results, client_row, self._fmt)])
        said_lines = [stage_text, *(message_text(line, self._fmt) for line in lines)]
        parts += [f"<li>{_escape(line)}</li>" for line in said_lines]
        self.setHtml("".join(parts) + "</ul>")


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
