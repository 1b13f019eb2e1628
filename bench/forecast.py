"""Forecast timings at 100,000 clients / about 1,000,000 purchases.

Called by ``python -m bench`` with its ``report`` and ``median_ms``; runnable alone too:
``python -m bench.forecast``. Its own generator: a seeded simulated studio (regular
family clients, one-off-leaning wedding clients, frequent print-club members) drawn from
known parameters with ``ltv_desktop.core.forecast.simulate``. Goal (issue 9): both
whole-studio models, BG/NBD and Gamma-Gamma, fitted in at most 1 s together.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import numpy as np

from ltv_desktop.core.forecast import (
    History,
    Summary,
    fit,
    fit_gamma_gamma,
    forecast,
    summarize,
)
from ltv_desktop.core.forecast.purchases import conditional_expected_purchases, p_alive
from ltv_desktop.core.forecast.simulate import Behaviour, SimulatedPurchases, combine, simulate

from .timing import median_ms as default_median_ms
from .timing import report as default_report

Report = Callable[[str, float, str], None]
MedianMs = Callable[[Callable[[int], object], int], float]
CALIBRATION_END = np.datetime64("2024-12-31")


def studio(clients: int, seed: int = 9) -> SimulatedPurchases:
    """Return a seeded studio of about ten purchases per client."""
    rng = np.random.default_rng(seed)
    share = [("family portrait", 0.5), ("wedding", 0.2), ("print club", 0.3)]
    behaviours = {
        "family portrait": Behaviour(r=6.0, alpha=6.0, a=1.0, b=8.0, k=3, dropout_at_zero=True),
        "wedding": Behaviour(r=0.8, alpha=1.0, a=1.0, b=1.5, p=3.0, q=5.0, gamma=2000.0),
        "print club": Behaviour(r=4.0, alpha=0.5, a=0.6, b=8.0, p=4.0, q=6.0, gamma=200.0),
    }
    parts = [
        simulate(
            rng,
            int(clients * s),
            behaviours[kind],
            first_from="2012-01-01",
            first_to="2024-12-31",
            end="2025-12-31",
            kind=kind,
        )
        for kind, s in share
    ]
    return combine(*parts)


def run(report: Report, median_ms: MedianMs, clients: int = 100_000) -> None:
    """Time summarize, the two studio fits, the per-client expectations and forecast()."""
    data = studio(clients)
    n, end = data.n_clients, CALIBRATION_END
    report(f"forecast: purchases simulated for {clients:,} clients", data.client.size, "")

    def summary_of(_i: int) -> Summary:
        return summarize(data.client, data.day, data.value, n_clients=n, calibration_end=end)

    report("forecast: summarize purchases (median of 5)", median_ms(summary_of, 5), "ms")
    summary = summary_of(0)
    history = History.of(summary)
    report(
        "forecast: fit BG/NBD, whole studio (median of 5)",
        median_ms(lambda _i: fit(history), 5),
        "ms",
    )
    report(
        "forecast: fit Gamma-Gamma, whole studio (median of 5)",
        median_ms(lambda _i: fit_gamma_gamma(summary), 5),
        "ms",
    )

    def both(_i: int) -> None:
        fit(history)
        fit_gamma_gamma(summary)

    report("forecast: both studio models (goal ≤ 1,000; median of 5)", median_ms(both, 5), "ms")
    bgnbd, spend = fit(history), fit_gamma_gamma(summary)

    def expectations(_i: int) -> None:
        p_alive(bgnbd, history.x, history.t_x, history.age)
        conditional_expected_purchases(bgnbd, 1.0, history.x, history.t_x, history.age)
        spend.expected_average_sale(summary.frequency, summary.average_repeat_sale)

    report(
        "forecast: P(alive), next year, average sale (median of 5)",
        median_ms(expectations, 5),
        "ms",
    )
    for k in (1, 3):
        report(
            f"forecast: fit MBG/CNBD-{k}, whole studio",
            median_ms(lambda _i, k=k: fit(history, k=k, dropout_at_zero=True), 1),
            "ms",
        )

    def everything(_i: int) -> None:
        forecast(
            data.client,
            data.day,
            data.value,
            n_clients=n,
            calibration_end=end,
            horizon=10.0,
            first_kind=data.segment,
        )

    report(
        "forecast: forecast(), kinds, MBG/CNBD-1…4, holdout, 10 years",
        median_ms(everything, 1),
        "ms",
    )


PROFILES = {
    # a typical studio: about one purchase every 1.7 years, one client in five leaves per purchase
    "typical": Behaviour(r=1.2, alpha=2.0, a=0.9, b=3.5),
    # mostly one-off clients (weddings): few come back
    "one-off": Behaviour(r=0.5, alpha=2.0, a=2.0, b=1.5),
}


def recovery(sizes: tuple[int, ...] = (25, 50, 100, 200, 400, 800), seeds: int = 20) -> None:
    """Print how well the BG/NBD fit recovers next year's purchases, by number of buyers.

    For each studio profile and size, ``seeds`` studios (first purchases over five years)
    are fitted; the error is the fitted model's expected purchases next year over the true
    parameters' expectation on the same clients. These runs set verdict.py's thresholds.
    """
    from ltv_desktop.core.forecast.purchases import PurchaseFit
    from ltv_desktop.core.forecast.verdict import OK

    end = np.datetime64("2021-12-31")
    print("profile   buyers  repeat(median)  not ok  |error| median  80th pct", flush=True)
    for name, truth in PROFILES.items():
        true_model = PurchaseFit(
            "BG/NBD", 1, False, truth.r, truth.alpha, truth.a, truth.b, 0.0, 0, True, OK
        )
        for n in sizes:
            errors, repeat, failed = [], [], 0
            for seed in range(seeds):
                data = simulate(np.random.default_rng(seed), n, truth, end=str(end))
                summary = summarize(
                    data.client, data.day, data.value, n_clients=n, calibration_end=end
                )
                history = History.of(summary)
                repeat.append(summary.repeat_buyers)
                fitted = fit(history)
                if not fitted.verdict.ok:
                    failed += 1
                    continue
                args = (1.0, history.x, history.t_x, history.age)
                got = conditional_expected_purchases(fitted, *args).sum()
                want = conditional_expected_purchases(true_model, *args).sum()
                errors.append(abs(got / want - 1))
            e = np.array(errors) if errors else np.array([np.nan])
            print(
                f"{name:<9} {n:>6}  {int(np.median(repeat)):>14}  {failed:>3}/{seeds}"
                f"  {np.median(e):>14.1%}  {np.quantile(e, 0.8):>8.1%}",
                flush=True,
            )


def segment_recovery(sizes: tuple[int, ...] = (10, 20, 30, 50, 100, 200), seeds: int = 20) -> None:
    """Print a kind's forecast error from the studio's fit against its own shrunk fit.

    A studio of 1,000 typical clients plus n clients of the one-off profile: next year's
    purchases of those n, from the whole-studio BG/NBD and from their own fit shrunk toward
    it, each over the truth. These runs set the segment thresholds in verdict.py.
    """
    from ltv_desktop.core.forecast.model import _prior
    from ltv_desktop.core.forecast.purchases import PurchaseFit
    from ltv_desktop.core.forecast.verdict import OK

    end = np.datetime64("2021-12-31")
    kind = PROFILES["one-off"]
    true_kind = PurchaseFit("BG/NBD", 1, False, kind.r, kind.alpha, kind.a, kind.b, 0, 0, True, OK)
    print("kind size  repeat(median)  |error| studio fit  shrunk fit  (medians)  shrunk better")
    for n in sizes:
        studio_errors, shrunk_errors, repeat = [], [], []
        for seed in range(seeds):
            rng = np.random.default_rng(seed)
            whole = combine(
                simulate(rng, 1000, PROFILES["typical"], end=str(end)),
                simulate(rng, n, kind, end=str(end), kind="k"),
            )
            summary = summarize(
                whole.client, whole.day, whole.value, n_clients=whole.n_clients, calibration_end=end
            )
            studio_fit = fit(History.of(summary))
            rows = np.flatnonzero(whole.segment == "k").astype(np.int64)
            own = History.of(summary.select(rows))
            repeat.append(int((own.x > 0).sum()))
            shrunk = fit(own, prior=_prior(studio_fit))
            args = (1.0, own.x, own.t_x, own.age)
            want = conditional_expected_purchases(true_kind, *args).sum()
            studio_errors.append(
                abs(conditional_expected_purchases(studio_fit, *args).sum() / want - 1)
            )
            shrunk_errors.append(
                abs(conditional_expected_purchases(shrunk, *args).sum() / want - 1)
                if shrunk.verdict.ok
                else np.nan
            )
        s, k = np.array(studio_errors), np.array(shrunk_errors)
        print(
            f"{n:>9}  {int(np.median(repeat)):>14}  {np.median(s):>18.1%}  {np.nanmedian(k):>10.1%}"
            f"  {' ' * 11}{int(np.sum(k < s)):>3}/{seeds}",
            flush=True,
        )


def main() -> int:
    if "--recovery" in sys.argv:
        recovery()
        segment_recovery()
        return 0
    clients = int(os.environ.get("BENCH_CLIENTS", 100_000))
    print(f"LTV Desktop forecast benchmark: {clients:,} clients", flush=True)
    run(default_report, default_median_ms, clients)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
