"""Plain verdicts on a fit: usable, or what is wrong and how much more data it needs.

Structured, not sentences: the UI words them in the user's language; ``describe()``
is a plain English fallback for logs and the command line.

The thresholds come from parameter-recovery experiments (tests/core/test_forecast_recovery.py
and bench/forecast.py --recovery): below them the fitted parameters of simulated studios
scatter so widely that the forecast of next year's purchases is off by more than
about a quarter in one simulated studio out of five.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Whole-studio purchase model: clients with a purchase, and of them, clients who bought twice.
MIN_BUYERS = 100
MIN_REPEAT_BUYERS = 30
# Whole-studio spend model: clients with at least one repeat purchase of positive value.
MIN_SPEND_CLIENTS = 30
# A segment (kind of first purchase) is fitted apart, shrunk toward the studio, from this many
# clients with a purchase, of whom this many bought again; otherwise it uses the studio's fit.
MIN_SEGMENT_BUYERS = 30
MIN_SEGMENT_REPEAT_BUYERS = 10
# a or b (the drop-out mixing) outside these bounds, or r below the lower one (purchase rates
# running to zero, as on a base of one-off clients), has run to a boundary.
BOUNDARY_LOW = 1e-3
BOUNDARY_HIGH = 1e4


class Status(StrEnum):
    """What a fit's result may be used for."""

    OK = "ok"
    BOUNDARY = "boundary"  # a parameter ran to 0 or to very large values
    NOT_CONVERGED = "not_converged"
    TOO_LITTLE_DATA = "too_little_data"
    NO_MEAN_SPEND = "no_mean_spend"  # Gamma-Gamma with q ≤ 1: mean spend does not exist


@dataclass(frozen=True)
class Shortfall:
    """One missing quantity: what is counted, how many there are, how many are needed."""

    what: str  # "buyers" | "repeat_buyers" | "spend_clients"
    have: int
    need: int


@dataclass(frozen=True)
class Verdict:
    """A fit's status with its reasons (shortfalls, or the parameters at a boundary)."""

    status: Status
    shortfalls: tuple[Shortfall, ...] = ()
    boundary: tuple[str, ...] = ()  # names of parameters at a boundary

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def describe(self) -> str:
        """Return a plain English sentence; the UI translates the structured fields instead."""
        if self.status is Status.OK:
            return "The fit is usable."
        if self.status is Status.TOO_LITTLE_DATA:
            parts = [
                f"{s.have} {s.what.replace('_', ' ')} (needs {s.need})" for s in self.shortfalls
            ]
            return "Too little history: " + ", ".join(parts) + "."
        if self.status is Status.BOUNDARY:
            return "The fit ran to a boundary (" + ", ".join(self.boundary) + ")."
        if self.status is Status.NO_MEAN_SPEND:
            return "The spend model has no mean (q ≤ 1); clients' own average sales are used."
        return "The fit did not converge."


OK = Verdict(Status.OK)


def shortfall_verdict(*shortfalls: Shortfall) -> Verdict | None:
    """Return a too-little-data verdict for the shortfalls where have < need, or None."""
    missing = tuple(s for s in shortfalls if s.have < s.need)
    return Verdict(Status.TOO_LITTLE_DATA, missing) if missing else None
