"""Spend model: Gamma-Gamma (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value").

A client's purchase values are Gamma(p, ν) around their own mean p/ν, and ν ~ Gamma(q, γ)
across clients. Fitted on clients with at least one repeat purchase and a positive
average repeat sale (the first purchase is left out, as in the note's CDNOW analysis).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import optimize, special

from .purchases import stationary
from .summary import Summary
from .verdict import (
    BOUNDARY_HIGH,
    MIN_SPEND_CLIENTS,
    OK,
    Shortfall,
    Status,
    Verdict,
    shortfall_verdict,
)

FloatArray = npt.NDArray[np.float64]
LOG_BOUND = math.log(1e6)


@dataclass(frozen=True)
class SpendFit:
    """Fitted Gamma-Gamma parameters (γ in money), plain log-likelihood and verdict."""

    p: float
    q: float
    gamma: float
    log_likelihood: float
    clients: int
    converged: bool
    verdict: Verdict

    @property
    def mean_exists(self) -> bool:
        return self.converged and self.q > 1.0

    @property
    def mean_sale(self) -> float:
        """Return the population mean of clients' average sale, pγ/(q − 1); NaN if q ≤ 1."""
        return self.p * self.gamma / (self.q - 1.0) if self.mean_exists else math.nan

    def expected_average_sale(
        self, frequency: FloatArray, average_repeat_sale: FloatArray
    ) -> FloatArray:
        """Return E[average sale | x, m_x] = p(γ + x m_x)/(px + q − 1); at x = 0 the mean."""
        x = np.asarray(frequency, dtype=np.float64)
        m = np.nan_to_num(np.asarray(average_repeat_sale, dtype=np.float64))
        result: FloatArray = self.p * (self.gamma + x * m) / (self.p * x + self.q - 1.0)
        return result


def log_likelihood(params: FloatArray, x: FloatArray, m: FloatArray) -> FloatArray:
    """Return each client's log density of the average repeat sale m over x repeat purchases."""
    return _LogLikelihood(x, m)(params, gradient=False)[0]


class _LogLikelihood:
    """The Gamma-Gamma log-likelihood with what does not depend on p, q, γ computed once.

    Repeat counts take few distinct values: the special functions of px are evaluated on
    those and gathered per client.
    """

    def __init__(self, x: FloatArray, m: FloatArray) -> None:
        self.x, self.m = x, m
        self.ux, inverse = np.unique(x, return_inverse=True)
        self.xi = inverse.ravel()
        self.log_m = np.log(m)
        self.log_x = np.log(x)

    def __call__(self, params: FloatArray, gradient: bool) -> tuple[FloatArray, FloatArray | None]:
        p, q, g = (float(v) for v in params)
        px = p * self.x
        upx = p * self.ux
        log_gmx = np.log(g + self.m * self.x)
        u_const = special.gammaln(upx + q) - special.gammaln(upx)
        ll: FloatArray = (
            u_const[self.xi]
            - math.lgamma(q)
            + q * math.log(g)
            + (px - 1.0) * self.log_m
            + px * self.log_x
            - (px + q) * log_gmx
        )
        if not gradient:
            return ll, None
        u_dig = special.digamma(upx + q)
        dig = u_dig[self.xi]
        grad = np.empty((self.x.size, 3))
        grad[:, 0] = self.x * (
            (u_dig - special.digamma(upx))[self.xi] + self.log_m + self.log_x - log_gmx
        )
        grad[:, 1] = dig - special.digamma(q) + math.log(g) - log_gmx
        grad[:, 2] = q / g - (px + q) / (g + self.m * self.x)
        return ll, grad


def spend_data(summary: Summary) -> tuple[FloatArray, FloatArray]:
    """Return (x, average repeat sale) of the clients the spend model is fitted to."""
    rows = (summary.frequency > 0) & (np.nan_to_num(summary.average_repeat_sale) > 0)
    return summary.frequency[rows], summary.average_repeat_sale[rows]


def fit_gamma_gamma(summary: Summary) -> SpendFit:
    """Fit p, q, γ by maximum likelihood (L-BFGS-B on log-parameters, analytic gradient)."""
    x, m = spend_data(summary)
    n = int(x.size)
    thin = shortfall_verdict(Shortfall("spend_clients", n, MIN_SPEND_CLIENTS))
    if n == 0:
        return SpendFit(math.nan, math.nan, math.nan, math.nan, 0, False, thin or OK)
    scale = float(np.mean(m))  # γ is optimised relative to the mean sale: unit-free start

    likelihood = _LogLikelihood(x, m)

    def objective(theta: FloatArray) -> tuple[float, FloatArray]:
        params = np.exp(theta) * np.array([1.0, 1.0, scale])
        ll, gradient = likelihood(params, gradient=True)
        value = -float(ll.sum())
        if not math.isfinite(value) or gradient is None:
            return 1e300, np.zeros(3)
        grad = -gradient.sum(axis=0) * params
        return value / n, grad / n

    result = optimize.minimize(
        objective,
        np.log([1.0, 2.0, 1.0]),
        jac=True,
        method="L-BFGS-B",
        bounds=[(-LOG_BOUND, LOG_BOUND)] * 3,
        options={"maxiter": 1000, "ftol": 1e-12, "gtol": 1e-7},
    )
    params = np.exp(result.x) * np.array([1.0, 1.0, scale])
    ll = float(likelihood(params, gradient=False)[0].sum())
    converged = stationary(result, objective(result.x)[1], LOG_BOUND) and math.isfinite(ll)
    verdict: Verdict
    if not converged:
        verdict = Verdict(Status.NOT_CONVERGED)
    elif thin is not None:
        verdict = thin
    elif params[1] <= 1.0:
        verdict = Verdict(Status.NO_MEAN_SPEND, boundary=("q",))
    elif params[0] > BOUNDARY_HIGH or params[1] > BOUNDARY_HIGH * 10:
        verdict = Verdict(Status.BOUNDARY, boundary=("p" if params[0] > BOUNDARY_HIGH else "q",))
    else:
        verdict = OK
    return SpendFit(
        p=float(params[0]),
        q=float(params[1]),
        gamma=float(params[2]),
        log_likelihood=ll,
        clients=n,
        converged=converged,
        verdict=verdict,
    )
