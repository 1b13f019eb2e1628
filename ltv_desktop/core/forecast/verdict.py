"""Plain verdicts on a fit: usable, or what is wrong and how much more data it needs.

Structured, not sentences: the UI words them in the user's language; ``describe()``
is a plain English fallback for logs and the command line.

The thresholds come from parameter-recovery runs (``python -m bench.forecast --recovery``,
20 simulated studios per size, first purchases over five years, error = the fitted BG/NBD's
expected purchases next year over the true parameters' on the same clients):

  buyers  repeat   fits not ok   |error| 80th percentile
  typical studio (a purchase every ~1.7 years, 1 in 5 leaves per purchase)
      50      32         8/20       21 %
     100      66         1/20       11 %
     200     131         0/20       16 %
  mostly one-off clients (weddings)
     100      38         3/20       29 %
     200      74         1/20       13 %

Below about 50 repeat buyers one studio in five is off by more than a quarter and fits
run to boundaries often; hence 100 buyers and 50 repeat buyers. For a kind of first
purchase inside a 1,000-client studio, its own fit shrunk toward the studio cut the error
on a one-off kind from ~140 % (the studio's fit) to ~50 % at 30 clients (11 repeat
buyers) and ~22 % at 100; on a kind like the studio it added about 5 points at 30 clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Whole-studio purchase model: clients with a purchase, and of them, clients who bought twice.
MIN_BUYERS = 100
MIN_REPEAT_BUYERS = 50
# Whole-studio spend model: clients with at least one repeat purchase of positive value.
# Gamma-Gamma recovery (30 runs each, p = 6, q = 4, γ = 250): at 30 clients 3 runs lost
# the mean (q ≤ 1), at 50 3 runs, at 100 none; the expected average sale was within 2 %
# (80th percentile) from 50 clients on.
MIN_SPEND_CLIENTS = 50
# A segment (kind of first purchase) is fitted apart, shrunk toward the studio, from this many
# clients with a purchase, of whom this many bought again; otherwise it uses the studio's fit.
# The repeat-buyer floor is low on purpose: a kind whose clients rarely come back (weddings)
# is exactly the one the studio's fit over-predicts, and the prior keeps its fit near the
# studio's where its own few repeats say little. On the demo studio the wedding clients'
# expected purchases over ten years fall from 2.3 (studio fit) to 0.6 (their own, 4 of 47
# came back).
MIN_SEGMENT_BUYERS = 30
MIN_SEGMENT_REPEAT_BUYERS = 3
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
