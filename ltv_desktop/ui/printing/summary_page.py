"""The one-page client summary: what one client is worth, on one page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtGui import (
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
)

from ltv_desktop.core.report import (
    FORMULA,
    ClientRef,
    ClientSummaries,
    ClientSummary,
)

from ..formatting import Formats
from ..i18n import formula_line
from .canvas import (
    ACCENT,
    CENTER,
    FAINT,
    INK,
    LEFT,
    MUTED,
    NEGATIVE,
    RIGHT,
    RULE,
    SHADE,
    STAGE_COLOURS,
    WHITE,
    ZEBRA,
    Canvas,
    _counted,
    _direction,
    _footer,
    _header_band,
    _meaning,
    _one_line,
    _paint_area,
    _prepared_by,
    _section,
    _section_height,
    _stage,
)
from .charts import Series, bar_chart
from .options import Paper, PrintError, PrintOptions

# -- the one-page client summary ------------------------------------------------------------


def _stage_pill(c: Canvas, x_right: float, y: float, h: float, stage: str) -> float:
    """Draw the stage as a coloured pill ending at ``x_right``; return its width."""
    font = c.font(8, bold=True)
    text = _stage(stage)
    w = c.width(text, font) + 16
    fill = STAGE_COLOURS.get(stage, FAINT)
    ink = INK if fill.lightnessF() > 0.6 else WHITE
    c.box(x_right - w, y, w, h, fill, radius=h / 2)
    c.text(x_right - w, y, w, h, text, font, ink, CENTER, elide=False)
    return w


def _names(refs: Sequence[ClientRef]) -> str:
    """Return the clients' names, comma separated (a page handed to a client needs no IDs)."""
    return ", ".join(_one_line(r.name) for r in refs)


def _facts(c: Canvas, x: float, y: float, w: float, rows: Sequence[tuple[str, str, int]]) -> float:
    """Draw label/value rows (a value may wrap to the given lines); return the height used."""
    label_font = c.font(7.5)
    value_font = c.font(8.5)
    lh = c.line(value_font) + 2.2
    label_w = 74.0
    top = y
    for label, value, max_lines in rows:
        lines = c.wrap(value or "—", value_font, w - label_w, max_lines)
        direction = _direction(value)
        c.text(x, y, label_w - 6, lh, label, label_font, MUTED)
        for k, text in enumerate(lines):
            c.text(x + label_w, y + k * lh, w - label_w, lh, text, value_font, INK, elide=False,
                   direction=direction)  # fmt: skip
        y += lh * len(lines)
    return y - top


def _figures(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    rows: Sequence[tuple[str, str, str]],
) -> float:
    """Draw label … value rows; style "total" is bold over a rule, "muted" is grey."""
    top = y
    for label, value, style in rows:
        bold = style == "total"
        font = c.font(10 if bold else 8.5, bold=bold)
        lh = c.line(font) + (5 if bold else 2.2)
        if bold:
            c.rule(x, y + 1.5, x + w, y + 1.5, INK, 0.8)
            y += 3
        colour = MUTED if style == "muted" else INK
        value_w = c.width(value, font) + 1
        c.text(x, y, w - value_w - 6, lh, label, font, colour)
        c.text(x + w - value_w, y, value_w, lh, value, font, colour, RIGHT, elide=False)
        y += lh
    return y - top


def _standing_lines(s: ClientSummary, fmt: Formats) -> tuple[str, str, str]:
    st = s.standing
    rank = (
        Paper.tr("Rank %1 of %2 clients by total value")
        .replace("%1", fmt.count(st.rank))
        .replace("%2", fmt.count(st.clients))
    )
    if st.share_below is None:
        share = Paper.tr("The only client so far.")
    elif st.share_below >= 1:
        share = Paper.tr("Worth more than any other client.")
    else:
        share = Paper.tr("Worth more than %1 of your other clients.").replace(
            "%1", fmt.percent(st.share_below, 0)
        )
    if st.group == "lead":
        group = Paper.tr("A lead: not in the cheap, middle or top group until a first purchase.")
    elif st.by == "threshold" and st.threshold is not None:
        group = (
            Paper.tr("Top group: average sale at or above %1.")
            if st.group == "top"
            else Paper.tr("Cheap group: average sale below %1.")
        ).replace("%1", fmt.amount(st.threshold))
    elif st.by == "average_sale":
        group = {
            "cheap": Paper.tr("In the cheap quarter of buying clients by average sale."),
            "top": Paper.tr("In the top quarter of buying clients by average sale."),
        }.get(st.group) or Paper.tr("In the middle group of buying clients by average sale.")
    else:
        group = {
            "cheap": Paper.tr("In the cheap quarter of buying clients by lifetime value."),
            "top": Paper.tr("In the top quarter of buying clients by lifetime value."),
        }.get(st.group) or Paper.tr("In the middle group of buying clients by lifetime value.")
    return rank, share, group


def _draw_standing(c: Canvas, x: float, y: float, w: float, s: ClientSummary, fmt: Formats) -> None:
    rank, share, group = _standing_lines(s, fmt)
    font = c.font(8.5)
    bold = c.font(9.5, bold=True)
    lh = c.line(font) + 2
    c.text(x, y, w, c.line(bold) + 2, rank, bold, INK)
    y += c.line(bold) + 6
    # A track from the least to the most valuable client, with this client marked.
    track_y = y + 4
    c.box(x, track_y, w, 5, SHADE, RULE, radius=2.5)
    fraction = 1.0 if s.standing.share_below is None else s.standing.share_below
    filled = max(5.0, w * fraction)
    c.box(x, track_y, filled, 5, ACCENT, radius=2.5)
    marker = QPainterPath()
    mx = x + min(w, max(0.0, w * fraction))
    u = c.u
    marker.moveTo(mx * u, (track_y - 1.5) * u)
    marker.lineTo((mx - 4) * u, (track_y - 6.5) * u)
    marker.lineTo((mx + 4) * u, (track_y - 6.5) * u)
    marker.closeSubpath()
    c.path(marker, INK)
    small = c.font(6.5)
    sl = c.line(small)
    c.text(x, track_y + 7, w / 2, sl, Paper.tr("least value"), small, FAINT)
    c.text(x + w / 2, track_y + 7, w / 2, sl, Paper.tr("most value"), small, FAINT, RIGHT)
    y = track_y + 7 + sl + 4
    for line in c.wrap(share, font, w, 2) + c.wrap(group, font, w, 2):
        c.text(x, y, w, lh, line, font, INK, elide=False)
        y += lh


def _client_name(c: Canvas, name: str, y: float, width: float) -> float:
    """Draw the client's name large (smaller, then on two lines, if it must); return y below."""
    size = 20.0
    while size > 14 and c.width(_one_line(name), c.font(size, bold=True)) > width:
        size -= 1
    name_font = c.font(size, bold=True)
    names = c.wrap(name, name_font, width, 2)
    step = c.line(name_font) + 1
    line_h = max(26.0, step + 3)
    for k, line in enumerate(names):
        c.text(0, y + k * step, width, line_h, line, name_font, INK, direction=_direction(name))
    return y + line_h + (len(names) - 1) * step


def paint_client_copy(
    c: Canvas, s: ClientSummary, width: float, height: float, options: PrintOptions
) -> None:
    """Draw the page handed to the client: what they bought, and thanks.

    Nothing of the studio's own view of them: no stage, rank, group, notes, tags,
    source or any figure of their worth; only their details and their purchases.
    """
    opts, fmt = options, options.fmt
    gap = 11.0
    y = _header_band(c, width, opts.studio, Paper.tr("Your purchases"), opts) + 12
    y = _client_name(c, s.name, y, width) + 4

    thanks = (
        Paper.tr(
            "Thank you for choosing %1. Here is what you have bought from us so far; "
            "we look forward to seeing you again."
        ).replace("%1", opts.studio)
        if s.sales
        else Paper.tr(
            "Thank you for getting in touch with %1. We look forward to working with you."
        ).replace("%1", opts.studio)
    )
    font = c.font(10)
    lh = c.line(font) + 2.5
    for line in c.wrap(thanks, font, width, 4):
        c.text(0, y, width, lh, line, font, INK, elide=False, direction=_direction(thanks))
        y += lh
    y += gap

    column_w = (width - 18) / 2
    left = [
        (Paper.tr("Email"), s.email, 2),
        (Paper.tr("Phone"), s.phone, 1),
    ]
    right = [
        (Paper.tr("First purchase"), fmt.date(s.first_purchase) or "—", 1),
        (Paper.tr("Last purchase"), fmt.date(s.last_purchase) or "—", 1),
        (Paper.tr("Purchases"), fmt.count(s.purchases), 1),
    ]
    y += max(_facts(c, 0, y, column_w, left), _facts(c, column_w + 18, y, column_w, right)) + gap
    _purchases_table(c, s, 0, y, width, height - 16 - y, fmt, Paper.tr("What you bought"))
    _footer(
        c,
        width,
        height,
        Paper.tr("With thanks from %1").replace("%1", opts.studio),
        Paper.tr("Printed %1").replace("%1", fmt.date(opts.printed_on)),
    )


def paint_client_summary(
    c: Canvas, s: ClientSummary, width: float, height: float, options: PrintOptions
) -> None:
    """Draw one client's summary on the current page, filling ``width`` × ``height`` points.

    The studio's version (rank, notes, value), or with ``options.for_client`` the
    client's own (:func:`paint_client_copy`).
    """
    if options.for_client:
        paint_client_copy(c, s, width, height, options)
        return
    opts, fmt = options, options.fmt
    gap = 11.0
    y = _header_band(c, width, opts.studio, Paper.tr("Client summary"), opts) + 12

    # The client's name, large, with the stage beside it.
    pill_w = _stage_pill(c, width, y + 6, 15, s.stage)
    y = _client_name(c, s.name, y, width - pill_w - 14)
    subtitle = (
        Paper.tr("Client ID %1  ·  %2: %3  ·  as of %4")
        .replace("%2", _stage(s.stage))
        .replace("%3", _meaning(s.stage))
        .replace("%4", fmt.date(s.as_of) or "—")
        .replace("%1", s.client_id)
    )
    c.text(0, y, width, 12, subtitle, c.font(8), MUTED)
    y += 12 + gap

    # Two columns of facts.
    column_w = (width - 18) / 2
    referred_by = (
        _names([s.referred_by]) if s.referred_by is not None else s.referred_by_text or "—"
    )
    referred = _names(s.referred) if s.referred else "—"
    referred_label = (
        Paper.tr("Referred (%1)").replace("%1", str(len(s.referred)))
        if s.referred
        else Paper.tr("Referred")
    )
    left = [
        (Paper.tr("Email"), s.email, 2),
        (Paper.tr("Phone"), s.phone, 1),
        (Paper.tr("Source"), s.source, 2),
        (Paper.tr("Referred by"), referred_by, 2),
        (referred_label, referred, 2),
    ]
    right = [
        (Paper.tr("First contact"), fmt.date(s.first_contact) or "—", 1),
        (Paper.tr("First purchase"), fmt.date(s.first_purchase) or "—", 1),
        (Paper.tr("Last purchase"), fmt.date(s.last_purchase) or "—", 1),
        (Paper.tr("Purchases"), f"{fmt.count(s.purchases)}" + _rows_note(s, fmt), 1),
        (Paper.tr("Tags"), s.tags, 2),
    ]
    used = max(_facts(c, 0, y, column_w, left), _facts(c, column_w + 18, y, column_w, right))
    y += used
    if s.notes.strip():
        y += 3
        note_font = c.font(8.5, italic=True)
        lh = c.line(note_font) + 2
        lines = c.wrap(s.notes, note_font, width - 74, 3)
        c.text(0, y, 68, lh, Paper.tr("Notes"), c.font(7.5), MUTED)
        direction = _direction(s.notes)
        for k, line in enumerate(lines):
            c.text(74, y + k * lh, width - 74, lh, line, note_font, INK, elide=False,
                   direction=direction)  # fmt: skip
        y += lh * len(lines)
    y += gap

    # The figures: how they buy, what they are worth.
    _section(c, 0, y, column_w, Paper.tr("How they buy"))
    y_left = y + _section(c, column_w + 18, y, column_w, Paper.tr("What they are worth"))
    buying = [
        (Paper.tr("Revenue so far"), fmt.amount(s.revenue), ""),
        (Paper.tr("Average sale"), fmt.amount(s.average_sale), ""),
        (Paper.tr("Purchases per year"), fmt.number(s.purchases_per_year), ""),
        (Paper.tr("Years retained"), fmt.short(s.years_retained), ""),
        (Paper.tr("Referrals"), fmt.short(s.referrals), ""),
    ]
    lifetime_label = (
        Paper.tr("Lifetime value (predicted from history)")
        if s.lifetime_value_from == "history"
        else Paper.tr("Lifetime value (formula)")
    )
    worth = [
        (lifetime_label, fmt.amount(s.lifetime_value), ""),
        (Paper.tr("Referral value"), fmt.amount(s.referral_value), ""),
        (Paper.tr("Add-on value"), fmt.amount(s.addon_value), ""),
        (Paper.tr("Partner fees"), fmt.amount(s.partner_fees), ""),
        (Paper.tr("Total value"), fmt.amount(s.total_value), "total"),
    ]
    lead_note = ""
    if s.show_profit:
        worth += [
            (Paper.tr("Profit (with referral value)"), fmt.amount(s.profit), "muted"),
            (Paper.tr("Acquisition cost"), fmt.amount(s.acquisition_cost), "muted"),
            (Paper.tr("Net (with referral value)"), fmt.amount(s.net), "muted"),
            (Paper.tr("Profit ÷ acquisition cost"), _ratio(s, fmt), "muted"),
        ]
        if s.purchases == 0 and s.acquisition_cost:
            # The product's rule: a lead's values are all 0, net included; say why here,
            # beside an acquisition cost that is not 0.
            lead_note = Paper.tr(
                "A lead: the acquisition cost is set against profit from the first purchase, "
                "so net is 0 until then."
            )
    h_left = _figures(c, 0, y_left, column_w, buying)
    h_right = _figures(c, column_w + 18, y_left, column_w, worth)
    if lead_note:
        note_font = c.font(7.5, italic=True)
        nl = c.line(note_font) + 1.5
        for line in c.wrap(lead_note, note_font, column_w, 2):
            c.text(column_w + 18, y_left + h_right, column_w, nl, line, note_font, MUTED,
                   elide=False)  # fmt: skip
            h_right += nl
    y = y_left + max(h_left, h_right) + gap - 3

    # The formula, in the client's own figures.
    pad = 8.0
    head_font = c.font(7.5, italic=True)
    formula_font = c.font(9)
    fl = c.line(formula_font) + 2
    inner = width - 2 * pad - 4
    # One line per step of the sum (formula_line joins them with "; "), wrapped if long.
    parts = [line for part in s.formula.split("; ") for line in c.wrap(part, formula_font, inner)]
    if len(parts) > FORMULA_LINES:  # never in practice: at most five steps, one line each
        rest = c.elide(" ".join(parts[FORMULA_LINES - 1 :]), formula_font, inner)
        parts = [*parts[: FORMULA_LINES - 1], rest]
    box_h = pad + c.line(head_font) + 3 + fl * len(parts) + pad - 2
    c.box(0, y, width, box_h, SHADE, radius=3)
    c.box(0, y, 3, box_h, ACCENT)
    heading = Paper.tr("How the total is worked out:  %1").replace("%1", Paper.tr(FORMULA))
    c.text(pad + 4, y + pad - 2, inner, c.line(head_font), heading, head_font, MUTED)
    fy = y + pad - 2 + c.line(head_font) + 3
    for k, line in enumerate(parts):
        bold = k == len(parts) - 1 and s.purchases > 0  # the total, not a lead's one line
        font = c.font(9, bold=True) if bold else formula_font
        c.text(pad + 4, fy + k * fl, inner, fl, line, font, INK)
    y += box_h + gap

    # Where they stand, and what they spent each year.
    chart_h = 92.0
    _section(c, 0, y, column_w, Paper.tr("Where they stand"))
    top = y + _section(c, column_w + 18, y, column_w, Paper.tr("Spending per year"))
    _draw_standing(c, 0, top, column_w, s, fmt)
    if s.yearly:
        bar_chart(
            c,
            column_w + 18,
            top,
            column_w,
            chart_h - (top - y),
            [str(p.year) for p in s.yearly],
            [Series(Paper.tr("Spent"), ACCENT, tuple(p.amount for p in s.yearly))],
            fmt.axis,
            legend=False,
        )
    else:
        c.text(column_w + 18, top, column_w, 14, Paper.tr("No purchases yet."), c.font(8.5), MUTED)
    y += chart_h + gap

    _purchases_table(c, s, 0, y, width, height - 16 - y, fmt)
    _footer(
        c,
        width,
        height,
        _prepared_by(opts),
        Paper.tr("%1  ·  printed %2")
        .replace("%2", opts.fmt.date(opts.printed_on))
        .replace("%1", s.client_id),
    )


def _ratio(s: ClientSummary, fmt: Formats) -> str:
    """Return profit ÷ acquisition cost as a ratio ("2.50×"); "—" where it means nothing:
    no acquisition cost, or a lead (whose profit is 0 until a first purchase)."""
    if s.ltv_cac is None or s.purchases == 0:
        return "—"
    return Paper.tr("%1×").replace("%1", fmt.number(s.ltv_cac))


def _rows_note(s: ClientSummary, fmt: Formats) -> str:
    refunds = sum(1 for sale in s.sales if sale.amount < 0)
    notes = []
    if refunds:
        notes.append(
            _counted(fmt, refunds, Paper.tr("1 refund"), Paper.tr("%1 refunds", "", refunds))
        )
    if s.later_rows:
        notes.append(
            Paper.tr("%1 after the as-of date, not counted").replace("%1", fmt.count(s.later_rows))
        )
    return f" ({'; '.join(notes)})" if notes else ""


def _purchases_table(
    c: Canvas,
    s: ClientSummary,
    x: float,
    y: float,
    w: float,
    h: float,
    fmt: Formats,
    title: str = "",
) -> None:
    """Draw the client's rows, most recent first, cut with an "and N earlier" line to fit ``h``."""
    count = len(s.sales)
    aside = (
        _counted(
            fmt,
            count,
            Paper.tr("1 row, most recent first"),
            Paper.tr("%1 rows, most recent first", "", count),
        )
        if count
        else ""
    )
    y += _section(c, x, y, w, title or Paper.tr("Purchases"), aside)
    if not s.sales:
        c.text(x, y, w, 14, Paper.tr("No purchases up to the as-of date."), c.font(8.5), MUTED)
        return
    font = c.font(8)
    head = c.font(7, bold=True)
    row_h = c.line(font) + 3.2
    rows_fit = int((h - _section_height(c) - row_h) // row_h)  # below the header row
    shown = count if rows_fit >= count else max(0, rows_fit - 1)  # one line for "and N earlier"
    date_w = max(c.width(fmt.date(sale.date), font) for sale in s.sales[: max(shown, 1)]) + 10
    amount_w = max(
        [c.width(fmt.money_heading(Paper.tr("Amount")), head)]
        + [c.width(fmt.money(sale.amount), font) for sale in s.sales[: max(shown, 1)]]
    )
    amount_w += 6
    kind_w = max(
        [c.width(Paper.tr("Kind"), head)]
        + [c.width(sale.kind, font) for sale in s.sales[: max(shown, 1)]]
    )
    kind_w = min(kind_w + 12, 80.0)
    desc_w = w - date_w - kind_w - amount_w - 12
    cols = (
        (x + 4, date_w, Paper.tr("Date"), LEFT),
        (x + 4 + date_w, kind_w, Paper.tr("Kind"), LEFT),
        (x + 4 + date_w + kind_w, desc_w, Paper.tr("Description"), LEFT),
        (x + w - 4 - amount_w, amount_w, fmt.money_heading(Paper.tr("Amount")), RIGHT),
    )
    for cx, cw, title, align in cols:
        c.text(cx, y, cw, row_h, title, head, MUTED, align)
    y += row_h
    c.rule(x, y, x + w, y, RULE, 0.6)
    for k, sale in enumerate(s.sales[:shown]):
        if k % 2:
            c.box(x, y, w, row_h, ZEBRA)
        values = (fmt.date(sale.date), sale.kind, sale.description, fmt.money(sale.amount))
        for (cx, cw, _title, align), value in zip(cols, values, strict=True):
            colour = NEGATIVE if align == RIGHT and sale.amount < 0 else INK
            c.text(cx, y, cw, row_h, value, font, colour, align)
        y += row_h
    if shown < count:
        rest = s.sales[shown:]
        total = sum(sale.amount for sale in rest)
        earliest = fmt.date(rest[-1].date)
        text = (
            Paper.tr("… and %1 earlier, back to %2, together %3")
            .replace("%1", fmt.count(len(rest)))
            .replace("%2", earliest)
            .replace("%3", fmt.amount(total))
        )
        c.rule(x, y, x + w, y, RULE, 0.4)
        c.text(x + 4, y, w - 8, row_h, text, c.font(8, italic=True), MUTED)


Progress = Callable[[int], bool]  # called with pages done; returns False to stop


FORMULA_LINES = 6
SUMMARY_HEIGHT = 700.0  # points a summary needs at least: Letter with 15 mm margins has 707
SUMMARY_WIDTH = 480.0  # A4 with 15 mm margins has 510


def paint_summaries(
    device: QPagedPaintDevice,
    summaries: Iterable[ClientSummary],
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Paint one page per summary on ``device``; return the pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(Paper.tr("The printer or file could not be opened for painting."))
    pages = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = Canvas(painter, options.font_family)
        size = _paint_area(device, c)
        # Laid out for portrait A4 or Letter; on a page turned sideways or smaller (chosen in
        # Page setup), the whole summary is scaled down to fit rather than cut off.
        scale = min(1.0, size.height() / SUMMARY_HEIGHT, size.width() / SUMMARY_WIDTH)
        for summary in summaries:
            if pages and not device.newPage():
                raise PrintError(Paper.tr("The printer refused a new page."))
            painter.save()
            painter.scale(scale, scale)
            paint_client_summary(c, summary, size.width() / scale, size.height() / scale, options)
            painter.restore()
            pages += 1
            if progress is not None and not progress(pages):
                break
    finally:
        painter.end()
    return pages


def summaries_for(
    book: Any, results: Any, rows: Sequence[int], fmt: Formats
) -> Iterable[ClientSummary]:
    """Yield the summaries of book ``rows``, with money in ``fmt``'s locale."""
    build = ClientSummaries(book, results, money=fmt.money)
    for row in rows:
        summary = build.summary(int(row))
        # The formula in the interface's language (the core writes it in English).
        yield replace(summary, formula=formula_line(results, int(row), fmt))
