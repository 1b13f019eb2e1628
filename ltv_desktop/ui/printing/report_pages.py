"""The client-base report: its content as flowing blocks, painted over as many pages
as it needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
)

from ltv_desktop.core.analysis import GroupMetrics
from ltv_desktop.core.report import (
    BaseReport,
    LeverLine,
)
from ltv_desktop.core.scenario import LEVER_BY_NAME

from ..formatting import Formats, minus_sign
from ..i18n import finding, lever_choice, lever_label, stage_name, total_label
from .canvas import (
    ACCENT,
    INK,
    LEFT,
    MUTED,
    NEW_COLOUR,
    STAGE_COLOURS,
    Canvas,
    _counted,
    _meaning,
    _stage,
)
from .charts import Series
from .flow import (
    Bar,
    Block,
    Cell,
    Chart,
    Gap,
    Heading,
    KeyFigures,
    Paragraph,
    PrintedColumn,
    PrintedTable,
    SideBySide,
    flow_pages,
    running_line,
)
from .options import Paper, PrintOptions


def _lever_text(line: LeverLine, value: Any, fmt: Formats) -> str:
    if line.kind == "date":
        return Paper.tr("latest transaction") if value is None else fmt.date(value)
    if line.kind == "rate":
        return fmt.percent(float(value), 1)
    if line.kind == "money":
        return fmt.money(float(value))
    if line.kind == "years":
        return Paper.tr("%1 yr").replace("%1", fmt.short(float(value)))
    if line.kind == "choice":
        return lever_choice(LEVER_BY_NAME[line.name], str(value))
    return fmt.short(float(value))


def _lever_difference(line: LeverLine, fmt: Formats) -> str:
    if not line.moved:
        return ""
    d = line.difference
    if d is None:
        return Paper.tr("moved")
    if line.kind == "rate":
        text = fmt.locale.toString(d * 100, "f", 1)
    elif line.kind == "money":
        text = fmt.money(d)
    else:
        text = fmt.short(d)
    text = minus_sign(text)
    text = text if text.startswith("−") else "+" + text
    if line.kind == "rate":
        return Paper.tr("%1 pts").replace("%1", text)  # percentage points
    return Paper.tr("%1 yr").replace("%1", text) if line.kind == "years" else text


def report_blocks(report: BaseReport, options: PrintOptions) -> list[Block]:
    """Return the report's content as blocks, in reading order."""
    fmt = options.fmt
    totals = {line.key: line for line in report.totals}
    blocks: list[Block] = []
    as_of = fmt.date(report.as_of) if report.as_of else Paper.tr("no transactions yet")
    blocks.append(
        Paragraph(
            Paper.tr("%1 clients, %2 with purchases  ·  figures as of %3")
            .replace("%1", fmt.count(report.clients))
            .replace("%2", fmt.count(report.clients_with_purchases))
            .replace("%3", as_of)
            + "  ·  "
            + (
                Paper.tr("lifetime value predicted from history")
                if report.value_basis == "history"
                else Paper.tr("lifetime value from the formula")
            )
            + (f"  ·  {options.source}" if options.source else ""),
            8.5,
            MUTED,
        )
    )
    blocks.append(Gap(4))
    base_total = totals["client_base_total"]
    blocks.append(
        KeyFigures(
            [
                (Paper.tr("Client-base total (referral value left out)"),
                 fmt.amount(base_total.current),
                 Paper.tr("baseline %1").replace("%1", fmt.amount(base_total.baseline))),
                (Paper.tr("Lifetime value"), fmt.amount(totals["lifetime_value"].current),
                 Paper.tr("all clients")),
                (Paper.tr("Referral value"), fmt.amount(totals["referral_value"].current),
                 Paper.tr("beside the total, not added")),
                (Paper.tr("Revenue so far"), fmt.amount(totals["revenue"].current),
                 Paper.tr("up to the as-of date")),
            ]
        )
    )  # fmt: skip
    blocks.append(Gap(10))

    # Totals and scenario.
    moved = report.levers_moved
    blocks.append(Heading(Paper.tr("Totals: baseline and current levers")))
    rows: list[list[Cell]] = []
    for line in report.totals:
        show = fmt.count if line.count else fmt.money
        diff = line.difference
        rows.append(
            [
                total_label(line.label),
                show(int(line.baseline)) if line.count else show(line.baseline),  # type: ignore[arg-type]
                show(int(line.current)) if line.count else show(line.current),  # type: ignore[arg-type]
                (fmt.count(int(diff)) if line.count else fmt.signed_money(diff)) if diff else "",
                fmt.signed_share(line.change) if diff else "",  # as the scenario panel
            ]
        )
    bold = [k for k, line in enumerate(report.totals) if line.key == "client_base_total"]
    blocks.append(
        PrintedTable(
            [
                PrintedColumn(Paper.tr("Figure"), LEFT, flex=True),
                PrintedColumn(Paper.tr("Baseline")),
                PrintedColumn(Paper.tr("Current")),
                PrintedColumn(Paper.tr("Difference")),
                PrintedColumn(Paper.tr("Change")),
            ],
            rows,
            (),
            Paper.tr("Totals"),
            total_rows=bold,
        )
    )
    blocks.append(Gap(8))
    blocks.append(
        Heading(
            Paper.tr("Scenario"),
            _counted(
                fmt,
                len(moved),
                Paper.tr("1 setting moved from the baseline"),
                Paper.tr("%1 settings moved from the baseline", "", len(moved)),
            )
            if moved
            else Paper.tr("the current levers are the baseline"),
        )
    )
    lever_rows: list[list[Cell]] = [
        [_lever_label(line), _lever_text(line, line.baseline, fmt),
         _lever_text(line, line.current, fmt), _lever_difference(line, fmt)]
        for line in report.levers
    ]  # fmt: skip
    moved_rows = [k for k, line in enumerate(report.levers) if line.moved]
    blocks.append(
        PrintedTable(
            [
                PrintedColumn(Paper.tr("Setting"), LEFT, flex=True),
                PrintedColumn(Paper.tr("Baseline")),
                PrintedColumn(Paper.tr("Current")),
                PrintedColumn(Paper.tr("Difference")),
            ],
            lever_rows,
            moved_rows,
            Paper.tr("Scenario"),
        )
    )
    blocks.append(Gap(10))

    # Cheap versus top.
    comparison = report.comparison
    blocks.append(Heading(Paper.tr("Cheap versus top clients"), _split_words(report, fmt)))
    groups: list[tuple[str, GroupMetrics]] = (
        [(Paper.tr("Below"), comparison.cheap), (Paper.tr("At or above"), comparison.top)]
        if comparison.by == "threshold"
        else [(Paper.tr("Cheap"), comparison.cheap), (Paper.tr("Middle"), comparison.middle),
              (Paper.tr("Top"), comparison.top)]
    )  # fmt: skip
    # Each kind of figure shown as the window's Cheap-versus-top table shows it.
    metric_rows: list[tuple[str, Callable[[GroupMetrics], str]]] = [
        (Paper.tr("Clients"), lambda g: fmt.shown("count", g.clients)),
        (Paper.tr("Average sale"), lambda g: fmt.shown("money", g.average_sale)),
        (Paper.tr("Purchases per year"), lambda g: fmt.shown("figure", g.purchases_per_year)),
        (Paper.tr("Bought again"), lambda g: fmt.shown("share", g.repeat_share)),
        (Paper.tr("Years as a client so far"), lambda g: fmt.shown("figure", g.years_as_client)),
        (Paper.tr("Referrals per client"),
         lambda g: fmt.shown("figure", g.referrals_per_client)),
        (Paper.tr("Referred anyone"), lambda g: fmt.shown("share", g.referrer_share)),
        (Paper.tr("Average lifetime value"),
         lambda g: fmt.shown("money", g.average_lifetime_value)),
        (Paper.tr("Average total value"), lambda g: fmt.shown("money", g.average_total_value)),
        (Paper.tr("Share of client-base total"), lambda g: fmt.shown("share", g.value_share)),
    ]  # fmt: skip
    compare_rows: list[list[Cell]] = [
        [label, *(shown(g) for _name, g in groups)] for label, shown in metric_rows
    ]
    buyers = max(1, comparison.cheap.clients + comparison.middle.clients + comparison.top.clients)
    table = PrintedTable(
        [PrintedColumn("", LEFT, flex=True)] + [PrintedColumn(name) for name, _g in groups],
        compare_rows, (), Paper.tr("Cheap versus top clients"),
        total_rows=[len(metric_rows) - 1],
    )  # fmt: skip
    chart = Chart(
        [name for name, _g in groups],
        [
            Series(Paper.tr("Share of buying clients"), QColor("#c9ced6"),
                   tuple(g.clients / buyers * 100 for _n, g in groups)),
            Series(Paper.tr("Share of the value"), ACCENT,
                   tuple(g.value_share * 100 for _n, g in groups)),
        ],
        lambda v: fmt.whole(v) + fmt.percent_sign(),
        points=table.height_estimate(),
        title=Paper.tr("Each group's share (%)"),
    )  # fmt: skip
    blocks.append(SideBySide(table, chart, 0.6))
    blocks.append(Gap(4))
    blocks.append(Paragraph(finding(comparison, options.fmt), 8.5, INK, bold=True))
    blocks.append(Gap(10))

    # New versus returning.
    blocks.append(
        Heading(Paper.tr("New versus returning clients"), Paper.tr("orders and revenue per year"))
    )
    if report.yearly:
        spent = any(row.acquisition_spend for row in report.yearly)
        columns = [
            PrintedColumn(Paper.tr("Year"), LEFT),
            PrintedColumn(Paper.tr("New orders")),
            PrintedColumn(fmt.money_heading(Paper.tr("New revenue"))),
            PrintedColumn(Paper.tr("Per order")),
            PrintedColumn(Paper.tr("Returning orders")),
            PrintedColumn(fmt.money_heading(Paper.tr("Returning revenue"))),
            PrintedColumn(Paper.tr("Per order")),
            PrintedColumn(Paper.tr("Returning share")),
        ]
        if spent:
            columns.append(PrintedColumn(fmt.money_heading(Paper.tr("Acquisition spend"))))
        year_rows: list[list[Cell]] = []
        for row in report.yearly:
            cells: list[Cell] = [
                str(row.year), fmt.count(row.new_orders), fmt.money(row.new_revenue),
                fmt.money(row.new_revenue_per_order), fmt.count(row.returning_orders),
                fmt.money(row.returning_revenue), fmt.money(row.returning_revenue_per_order),
                fmt.share(row.returning_revenue_share),
            ]  # fmt: skip
            if spent:
                cells.append(fmt.money(row.acquisition_spend))
            year_rows.append(cells)
        blocks.append(
            PrintedTable(columns, year_rows, (), Paper.tr("New versus returning clients"), size=7.5)
        )
        blocks.append(Gap(4))
        blocks.append(
            Chart(
                [str(row.year) for row in report.yearly],
                [
                    Series(Paper.tr("New clients"), NEW_COLOUR,
                           tuple(row.new_revenue for row in report.yearly)),
                    Series(Paper.tr("Returning clients"), ACCENT,
                           tuple(row.returning_revenue for row in report.yearly)),
                ],
                fmt.axis,
                points=150,
                stacked=True,
                title=Paper.tr("Revenue per year from new and from returning clients"),
            )
        )  # fmt: skip
    else:
        blocks.append(Paragraph(Paper.tr("No orders yet."), 8.5, MUTED))
    blocks.append(Gap(10))

    # Life cycle.
    blocks.append(
        Heading(Paper.tr("Life cycle"), Paper.tr("each client's stage, derived from the data"))
    )
    everyone = max(1, report.clients)
    most = max([row.clients for row in report.stages] + [1])
    stage_rows: list[list[Cell]] = [
        [_stage(row.stage), _meaning(row.stage), fmt.count(row.clients),
         fmt.share(row.clients / everyone), fmt.money(row.total_value),
         Bar(row.clients / most, STAGE_COLOURS.get(row.stage, ACCENT))]
        for row in report.stages
    ]  # fmt: skip
    blocks.append(
        PrintedTable(
            [
                PrintedColumn(Paper.tr("Stage"), LEFT),
                PrintedColumn(Paper.tr("Meaning"), LEFT, flex=True),
                PrintedColumn(Paper.tr("Clients")),
                PrintedColumn(Paper.tr("Share of clients")),
                PrintedColumn(fmt.money_heading(Paper.tr("Total value"))),
                PrintedColumn("", LEFT),
            ],
            stage_rows,
            (),
            Paper.tr("Life cycle"),
        )
    )
    blocks.append(Gap(10))

    # Where the value sits, then the top clients.
    blocks.append(
        Heading(
            Paper.tr("Top %1 clients by total value").replace(
                "%1", fmt.count(len(report.top_clients))
            ),
            Paper.tr("the top 20 % of clients hold %1 of the client-base total").replace(
                "%1", fmt.share(report.top_share)
            ),
        )
    )
    top_rows: list[list[Cell]] = [
        [fmt.count(t.rank), t.client_id, t.name, stage_name(t.stage), fmt.count(t.purchases),
         fmt.money(t.average_sale), fmt.money(t.lifetime_value), fmt.money(t.referral_value),
         fmt.money(t.total_value), fmt.share(t.value_share)]
        for t in report.top_clients
    ]  # fmt: skip
    if top_rows:
        blocks.append(
            PrintedTable(
                [
                    PrintedColumn("#"),
                    PrintedColumn(Paper.tr("Client ID"), LEFT),
                    PrintedColumn(Paper.tr("Name"), LEFT, flex=True),
                    PrintedColumn(Paper.tr("Stage"), LEFT),
                    PrintedColumn(Paper.tr("Purchases")),
                    PrintedColumn(fmt.money_heading(Paper.tr("Average sale"))),
                    PrintedColumn(Paper.tr("Lifetime value")),
                    PrintedColumn(Paper.tr("Referral value")),
                    PrintedColumn(Paper.tr("Total value")),
                    PrintedColumn(Paper.tr("Share of total value")),
                ],
                top_rows,
                (),
                Paper.tr("Top clients by total value"),
                size=7.5,
            )
        )
    else:
        blocks.append(Paragraph(Paper.tr("No clients yet."), 8.5, MUTED))
    return blocks


def _split_words(report: BaseReport, fmt: Formats) -> str:
    c = report.comparison
    leads = _counted(
        fmt,
        c.leads,
        Paper.tr("1 lead counted apart"),
        Paper.tr("%1 leads counted apart", "", c.leads),
    )
    if c.by == "threshold" and c.threshold is not None:
        return (
            Paper.tr("split at an average sale of %1; %2")
            .replace("%2", leads)
            .replace("%1", fmt.amount(c.threshold))
        )
    if c.by == "average_sale":
        split = Paper.tr("buying clients ranked by average sale, bottom and top quarters; %1")
    else:
        split = Paper.tr("buying clients ranked by lifetime value, bottom and top quarters; %1")
    return split.replace("%1", leads)


def _lever_label(line: LeverLine) -> str:
    lever = LEVER_BY_NAME.get(line.name)
    return lever_label(lever) if lever is not None else line.label


def paint_report(device: QPagedPaintDevice, report: BaseReport, options: PrintOptions) -> int:
    """Paint the client-base report on ``device``; return its page count."""
    title = Paper.tr("Client-base report")
    as_of = options.fmt.date(report.as_of) if report.as_of else "—"

    def running(c: Canvas, width: float) -> None:
        running_line(c, width, f"{options.studio}  ·  {title}",
                     Paper.tr("as of %1").replace("%1", as_of))  # fmt: skip

    return flow_pages(device, options, title, report_blocks(report, options), running)
