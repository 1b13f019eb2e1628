"""The forecast: fits, per-segment choice of model, per-client expectations and value.

``forecast()`` ties the pieces together: summarize purchases up to the calibration end,
fit the whole-studio BG/NBD, MBG/CNBD-k (k = 1 … 4) and Gamma-Gamma models, fit each
kind of first purchase with enough clients apart (shrunk toward the studio), choose each
group's purchase model, and compute every client's expectations and predicted value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from . import holdout as holdout_check
from .holdout import Holdout
from .purchases import (
    History,
    Prior,
    PurchaseFit,
    conditional_expected_purchases,
    fit,
    p_alive,
)
from .spend import SpendFit, fit_gamma_gamma
from .summary import DAYS_PER_UNIT, Summary, days_per_unit, summarize
from .verdict import (
    MIN_BUYERS,
    MIN_REPEAT_BUYERS,
    MIN_SEGMENT_BUYERS,
    MIN_SEGMENT_REPEAT_BUYERS,
    OK,
    Shortfall,
    Status,
    Verdict,
    shortfall_verdict,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
ObjectArray = npt.NDArray[np.object_]

STUDIO = "studio"
REGULAR_KS = (1, 2, 3, 4)
# Prior sd on each log-parameter of a segment's fit: one segment's parameter may differ
# from the studio's by a factor e^0.5 ≈ 1.65 at one standard deviation before its own
# data must pay for it. A 10-client segment stays near the studio, a 1,000-client
# segment follows its own data (tests/core/test_forecast_segments.py).
SHRINKAGE_SD = 0.5
# The holdout decides between a segment's candidate models when they bought at least
# this many times in the window; with fewer, Akaike's criterion does.
MIN_HOLDOUT_PURCHASES = 30


@dataclass(frozen=True)
class GroupFit:
    """The purchase model used for one group of clients and why it was chosen.

    ``kind`` is the kind of first purchase, or "studio" for the clients who use the
    whole-studio fit. ``candidates`` holds the BG/NBD fit and the best MBG/CNBD-k fit.
    """

    kind: str
    clients: int
    repeat_buyers: int
    purchase: PurchaseFit
    candidates: tuple[PurchaseFit, ...]
    chosen_by: str  # "aic" | "holdout" | "only"
    holdout_errors: tuple[float, ...] = ()  # (expected − actual) per candidate, when judged


@dataclass(frozen=True)
class Forecast:
    """Per-client forecast columns (one entry per client row) and the fits behind them.

    Clients without a purchase up to the calibration end, and every client when
    ``verdict`` is not ok, have NaN forecasts and an empty segment and model.
    """

    calibration_end: np.datetime64
    time_unit: str
    horizon: float  # in the time unit
    discount_rate: float
    price_change: float
    has_purchase: npt.NDArray[np.bool_]
    frequency: FloatArray
    recency: FloatArray
    age: FloatArray
    average_repeat_sale: FloatArray
    p_alive: FloatArray
    expected_purchases: FloatArray  # over the horizon
    expected_purchases_next_year: FloatArray
    expected_average_sale: FloatArray  # price change included
    predicted_value: FloatArray
    segment: ObjectArray  # the kind whose fit is used, or "studio"
    model: ObjectArray  # 'BG/NBD', 'MBG/CNBD-2', …
    purchase_model: PurchaseFit | None  # whole-studio BG/NBD, always reported
    spend_model: SpendFit | None  # whole-studio Gamma-Gamma, always reported
    regular_models: tuple[PurchaseFit, ...]  # whole-studio MBG/CNBD-k, best first
    groups: tuple[GroupFit, ...]  # "studio" first, then each kind fitted apart
    kinds_on_studio: tuple[tuple[str, Verdict], ...]  # kinds not fitted apart, and why
    verdict: Verdict  # of the forecast as a whole: thin history, or no usable studio model
    spend_verdict: Verdict  # not ok: expected average sale is the client's own average sale
    holdout: Holdout | None

    def __post_init__(self) -> None:
        # Results handed out are immutable: a view cannot change a number another shows.
        for value in vars(self).values():
            if isinstance(value, np.ndarray):
                value.setflags(write=False)

    @property
    def usable(self) -> bool:
        return self.verdict.ok

    @property
    def uses_own_average_sale(self) -> bool:
        return not self.spend_verdict.ok

    @property
    def segment_fits(self) -> tuple[GroupFit, ...]:
        return tuple(g for g in self.groups if g.kind != STUDIO)


def predicted_lifetime_value(forecast: Forecast, revenue_so_far: FloatArray) -> FloatArray:
    """Return net revenue so far + predicted value (NaN where there is no forecast)."""
    result: FloatArray = np.asarray(revenue_so_far, dtype=np.float64) + forecast.predicted_value
    return result


def expected_by_year(
    model: PurchaseFit, summary_rows: Summary, horizon_years: float, years_per_unit: float
) -> FloatArray:
    """Return E[purchases by the end of year y] for y = 1 … ⌈horizon⌉ (rows × years).

    The last column is at the horizon itself, so a partial last year is counted once.
    """
    n_years = max(math.ceil(horizon_years - 1e-9), 1)
    cut = [min(y, horizon_years) for y in range(1, n_years + 1)]
    x, t_x, age = summary_rows.frequency, summary_rows.recency, summary_rows.age
    return np.stack(
        [conditional_expected_purchases(model, c / years_per_unit, x, t_x, age) for c in cut],
        axis=1,
    )


def discounted(cumulative: FloatArray, discount_rate: float) -> FloatArray:
    """Return Σ_y (E[by y] − E[by y−1]) ÷ (1 + discount)^(y−1) from cumulative columns."""
    steps = np.diff(cumulative, axis=1, prepend=0.0)
    weights = (1.0 + discount_rate) ** -np.arange(cumulative.shape[1], dtype=np.float64)
    result: FloatArray = np.einsum("ij,j->i", steps, weights)
    return result


def _prior(fit_: PurchaseFit) -> Prior:
    return Prior(np.log(fit_.params), SHRINKAGE_SD)


def _regular_prior(best: PurchaseFit, k: int) -> Prior:
    """Return the prior for a segment's MBG/CNBD-k: the studio's best regular fit, its α
    rescaled so that the purchase rate λ/k stays the studio's (the studio's own fit at
    this k may sit at a boundary when k does not suit the studio as a whole)."""
    center = np.log([best.r, best.alpha * best.k / k, best.a, best.b])
    return Prior(center, SHRINKAGE_SD)


def _choose(
    candidates: list[PurchaseFit],
    rows: IntArray,
    summary: Summary,
    actual: IntArray | None,
    window_units: float,
) -> tuple[PurchaseFit, str, tuple[float, ...]]:
    usable = [c for c in candidates if c.verdict.ok]
    if len(usable) == 1:
        return usable[0], "only", ()
    if actual is not None and int(actual[rows].sum()) >= MIN_HOLDOUT_PURCHASES:
        sub = summary.select(rows)
        total = float(actual[rows].sum())
        errors = tuple(
            float(
                conditional_expected_purchases(
                    c, window_units, sub.frequency, sub.recency, sub.age
                ).sum()
                - total
            )
            for c in usable
        )
        best = int(np.argmin(np.abs(errors)))
        return usable[best], "holdout", errors
    return min(usable, key=lambda c: c.aic), "aic", ()


def forecast(
    client: IntArray,
    day: npt.NDArray[np.datetime64],
    value: FloatArray,
    *,
    n_clients: int,
    calibration_end: np.datetime64,
    time_unit: str = "years",
    horizon: float = 10.0,
    discount_rate: float = 0.0,
    price_change: float = 0.0,
    first_kind: ObjectArray | None = None,
    regular: bool = True,
) -> Forecast:
    """Return every client's forecast from purchases (any order; rows after calibration end
    are the holdout). ``horizon`` is in ``time_unit``; ``first_kind`` is the kind of each
    client's first purchase ('' = none); ``regular`` False skips MBG/CNBD-k."""
    unit_days = days_per_unit(time_unit)
    years_per_unit = unit_days / DAYS_PER_UNIT["years"]
    horizon_years = horizon * years_per_unit
    summary = summarize(
        client,
        day,
        value,
        n_clients=n_clients,
        calibration_end=calibration_end,
        time_unit=time_unit,
    )
    end = np.datetime64(str(np.asarray(calibration_end, dtype="datetime64[D]")), "D")
    nan = np.full(n_clients, np.nan)
    empty = np.full(n_clients, "", dtype=object)

    thin = shortfall_verdict(
        Shortfall("buyers", summary.buyers, MIN_BUYERS),
        Shortfall("repeat_buyers", summary.repeat_buyers, MIN_REPEAT_BUYERS),
    )
    studio_bgnbd = fit_bgnbd_or_none(summary)
    spend = fit_gamma_gamma(summary) if summary.repeat_buyers > 0 else None
    spend_verdict = (
        spend.verdict
        if spend is not None
        else Verdict(Status.TOO_LITTLE_DATA, (Shortfall("spend_clients", 0, 1),))
    )
    if studio_bgnbd is not None and thin is not None:
        studio_bgnbd = replace(studio_bgnbd, verdict=thin)

    def unusable(v: Verdict, regular_fits: tuple[PurchaseFit, ...] = ()) -> Forecast:
        return Forecast(
            end,
            time_unit,
            horizon,
            discount_rate,
            price_change,
            summary.has_purchase,
            summary.frequency,
            summary.recency,
            summary.age,
            summary.average_repeat_sale,
            nan,
            nan,
            nan,
            nan,
            nan,
            empty,
            empty,
            studio_bgnbd,
            spend,
            regular_fits,
            (),
            (),
            v,
            spend_verdict,
            None,
        )

    if thin is not None or studio_bgnbd is None:
        return unusable(thin or Verdict(Status.TOO_LITTLE_DATA))

    history = History.of(summary)
    regular_fits: list[PurchaseFit] = []
    if regular:
        regular_fits = [fit(history, k=k, dropout_at_zero=True) for k in REGULAR_KS]
        regular_fits.sort(key=lambda f: (not f.verdict.ok, -f.log_likelihood))
    # The studio's BG/NBD may run to a boundary on a mix of kinds (families who never leave,
    # couples who never return) where MBG/CNBD-k, or the kinds' own fits, do not: the
    # forecast needs one usable whole-studio model, and says which failed otherwise.
    studio_candidates = [f for f in (studio_bgnbd, *regular_fits[:1]) if f.verdict.ok]
    if not studio_candidates:
        return unusable(studio_bgnbd.verdict, tuple(regular_fits))

    held = holdout_check.holdout_purchases(
        client,
        day,
        value,
        has_purchase=summary.has_purchase,
        calibration_end=end,
        horizon_days=horizon * unit_days,
    )
    actual = np.bincount(held.client, minlength=n_clients).astype(np.int64) if held else None
    window_units = (held.window_end - held.calibration_end) / unit_days if held else 0.0

    # Groups: each kind with enough clients apart, the rest on the studio's fits.
    kinds = first_kind if first_kind is not None else empty
    group_of = np.full(n_clients, STUDIO, dtype=object)
    groups: list[GroupFit] = []
    on_studio: list[tuple[str, Verdict]] = []
    buyer = summary.has_purchase
    repeat = summary.frequency > 0
    for kind in sorted({str(k) for k in kinds[buyer]} - {""}):
        rows = np.flatnonzero(buyer & (kinds == kind)).astype(np.int64)
        n_repeat = int(repeat[rows].sum())
        thin_kind = shortfall_verdict(
            Shortfall("buyers", int(rows.size), MIN_SEGMENT_BUYERS),
            Shortfall("repeat_buyers", n_repeat, MIN_SEGMENT_REPEAT_BUYERS),
        )
        if thin_kind is not None:
            on_studio.append((kind, thin_kind))
            continue
        own = History.of(summary.select(rows))
        candidates = [fit(own, prior=_prior(studio_bgnbd))] if studio_bgnbd.verdict.ok else []
        if regular_fits and regular_fits[0].verdict.ok:
            best = regular_fits[0]
            by_k = [
                fit(own, k=k, dropout_at_zero=True, prior=_regular_prior(best, k))
                for k in REGULAR_KS
            ]
            by_k.sort(key=lambda f: (not f.verdict.ok, -f.log_likelihood))
            candidates += by_k[:1]
        if not any(c.verdict.ok for c in candidates):
            failed = candidates[0].verdict if candidates else Verdict(Status.NOT_CONVERGED)
            on_studio.append((kind, failed))
            continue
        chosen, how, errors = _choose(candidates, rows, summary, actual, window_units)
        groups.append(
            GroupFit(kind, int(rows.size), n_repeat, chosen, tuple(candidates), how, errors)
        )
        group_of[rows] = kind
    studio_rows = np.flatnonzero(buyer & (group_of == STUDIO)).astype(np.int64)
    chosen, how, errors = _choose(studio_candidates, studio_rows, summary, actual, window_units)
    groups.insert(
        0,
        GroupFit(
            STUDIO,
            int(studio_rows.size),
            int(repeat[studio_rows].sum()),
            chosen,
            tuple(studio_candidates),
            how,
            errors,
        ),
    )

    # Per-client expectations, group by group.
    alive, by_horizon, next_year = nan.copy(), nan.copy(), nan.copy()
    model_of = empty.copy()
    discounted_purchases = nan.copy()
    for g in groups:
        rows = studio_rows if g.kind == STUDIO else np.flatnonzero(buyer & (group_of == g.kind))
        if rows.size == 0:
            continue
        sub = summary.select(rows)
        m = g.purchase
        alive[rows] = p_alive(m, sub.frequency, sub.recency, sub.age)
        cumulative = expected_by_year(m, sub, horizon_years, years_per_unit)
        by_horizon[rows] = cumulative[:, -1]
        discounted_purchases[rows] = discounted(cumulative, discount_rate)
        next_year[rows] = conditional_expected_purchases(
            m, 1.0 / years_per_unit, sub.frequency, sub.recency, sub.age
        )
        model_of[rows] = m.model

    if spend is not None and spend.verdict.ok:
        sale = spend.expected_average_sale(summary.frequency, summary.average_repeat_sale)
    else:
        sale = summary.average_sale.copy()
    sale = np.where(buyer, sale * (1.0 + price_change), np.nan)

    holdout_result: Holdout | None = None
    if held is not None:
        holdout_result = holdout_check.check(
            held, _expected_total(groups, studio_rows, group_of, buyer, summary), unit_days
        )

    segment = np.where(buyer, group_of, "").astype(object)
    return Forecast(
        calibration_end=end,
        time_unit=time_unit,
        horizon=horizon,
        discount_rate=discount_rate,
        price_change=price_change,
        has_purchase=buyer,
        frequency=summary.frequency,
        recency=summary.recency,
        age=summary.age,
        average_repeat_sale=summary.average_repeat_sale,
        p_alive=alive,
        expected_purchases=by_horizon,
        expected_purchases_next_year=next_year,
        expected_average_sale=sale,
        predicted_value=sale * discounted_purchases,
        segment=segment,
        model=model_of,
        purchase_model=studio_bgnbd,
        spend_model=spend,
        regular_models=tuple(regular_fits),
        groups=tuple(groups),
        kinds_on_studio=tuple(on_studio),
        verdict=OK,
        spend_verdict=spend_verdict,
        holdout=holdout_result,
    )


def _expected_total(
    groups: list[GroupFit],
    studio_rows: IntArray,
    group_of: ObjectArray,
    buyer: npt.NDArray[np.bool_],
    summary: Summary,
) -> holdout_check.ExpectedBy:
    subsets = []
    for g in groups:
        rows = studio_rows if g.kind == STUDIO else np.flatnonzero(buyer & (group_of == g.kind))
        subsets.append((g.purchase, summary.select(rows)))

    def expected_by(t: float) -> float:
        return float(
            sum(
                conditional_expected_purchases(m, t, s.frequency, s.recency, s.age).sum()
                for m, s in subsets
            )
        )

    return expected_by


def fit_bgnbd_or_none(summary: Summary) -> PurchaseFit | None:
    """Return the whole-studio BG/NBD fit, or None without a single client with a purchase."""
    if summary.buyers == 0:
        return None
    return fit(History.of(summary))
