"""Simulated client bases from known model parameters, for parameter recovery and the bench.

Not used by the app: tests and ``bench/forecast.py`` draw studios whose true parameters
are known and check that the fits find them again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .summary import DAYS_PER_UNIT

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Behaviour:
    """True parameters, rates in purchases per year: (M)BG/CNBD-k purchases, Gamma-Gamma spend."""

    r: float
    alpha: float  # years
    a: float
    b: float
    k: int = 1
    dropout_at_zero: bool = False
    p: float = 6.0
    q: float = 4.0
    gamma: float = 300.0


@dataclass(frozen=True)
class SimulatedPurchases:
    """Purchases as the forecast takes them, with the kind of each client's first purchase."""

    client: IntArray
    day: npt.NDArray[np.datetime64]
    value: FloatArray
    n_clients: int
    segment: npt.NDArray[np.object_]


def simulate(
    rng: np.random.Generator,
    n_clients: int,
    behaviour: Behaviour,
    *,
    first_from: str = "2016-01-01",
    first_to: str = "2020-12-31",
    end: str = "2021-12-31",
    kind: str = "",
) -> SimulatedPurchases:
    """Draw clients whose first purchase falls uniformly in [first_from, first_to], up to end.

    λ ~ Gamma(r, α); the Poisson process of rate λ runs from the first purchase and every
    k-th event is a purchase; after each repeat purchase (and after the first too, with
    drop-out at zero) the client leaves with probability p ~ Beta(a, b). Each client's
    purchase values are Gamma(p, ν) with ν ~ Gamma(q, γ).
    """
    bh = behaviour
    year = DAYS_PER_UNIT["years"]
    lo = np.datetime64(first_from, "D").astype(np.int64)
    hi = np.datetime64(first_to, "D").astype(np.int64)
    stop = np.datetime64(end, "D").astype(np.int64)
    first = rng.integers(lo, hi + 1, n_clients)
    span = (stop - first) / year
    rate = rng.gamma(bh.r, 1.0 / bh.alpha, n_clients)
    churn = rng.beta(bh.a, bh.b, n_clients)
    # Repeat purchases a client lives to make: leaves right after the G-th repeat purchase
    # (BG/NBD, G ≥ 1) or after purchase G counted from the first (drop-out at zero, G ≥ 0).
    lives = rng.geometric(churn) - (1 if bh.dropout_at_zero else 0)
    events = rng.poisson(rate * span)
    owner = np.repeat(np.arange(n_clients), events)
    times = rng.random(owner.size) * span[owner]
    order = np.lexsort((times, owner))
    owner, times = owner[order], times[order]
    starts = np.cumsum(events) - events
    rank = np.arange(owner.size) - starts[owner] + 1
    is_purchase = rank % bh.k == 0
    owner, times, rank = owner[is_purchase], times[is_purchase], rank[is_purchase] // bh.k
    alive = rank <= lives[owner]
    owner, times = owner[alive], times[alive]

    client = np.r_[np.arange(n_clients), owner].astype(np.int64)
    days = np.r_[first, first[owner] + np.floor(times * year).astype(np.int64)]
    nu = rng.gamma(bh.q, 1.0 / bh.gamma, n_clients)
    value = rng.gamma(bh.p, 1.0 / nu[client])
    return SimulatedPurchases(
        client=client,
        day=days.astype("datetime64[D]"),
        value=value,
        n_clients=n_clients,
        segment=np.full(n_clients, kind, dtype=object),
    )


def combine(*parts: SimulatedPurchases) -> SimulatedPurchases:
    """Return one studio from several simulated groups (client rows numbered on)."""
    offsets = np.cumsum([0] + [p.n_clients for p in parts])
    return SimulatedPurchases(
        client=np.concatenate([p.client + o for p, o in zip(parts, offsets, strict=False)]),
        day=np.concatenate([p.day for p in parts]),
        value=np.concatenate([p.value for p in parts]),
        n_clients=int(offsets[-1]),
        segment=np.concatenate([p.segment for p in parts]),
    )
