"""Gamma-Gamma: recovery, the maximum, q ≤ 1, and the conditional expected average sale."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, optimize

from ltv_desktop.core.forecast import Status, fit_gamma_gamma, summarize
from ltv_desktop.core.forecast.simulate import Behaviour, simulate
from ltv_desktop.core.forecast.spend import log_likelihood, spend_data

END = np.datetime64("2021-12-31")


def summary_of(behaviour: Behaviour, n: int, seed: int):
    base = simulate(np.random.default_rng(seed), n, behaviour, end=str(END))
    return summarize(
        base.client, base.day, base.value, n_clients=base.n_clients, calibration_end=END
    )


FREQUENT = Behaviour(r=3.0, alpha=1.0, a=0.5, b=5.0, p=6.0, q=4.0, gamma=250.0)


@pytest.mark.parametrize("seed", [1, 2])
def test_recovers_the_spend_parameters(seed):
    result = fit_gamma_gamma(summary_of(FREQUENT, 3000, seed))
    assert result.verdict.ok
    assert result.q == pytest.approx(FREQUENT.q, rel=0.25)
    # p and γ trade off along a ridge; the mean sale pγ/(q − 1) is what the forecast uses.
    truth = FREQUENT.p * FREQUENT.gamma / (FREQUENT.q - 1)
    assert result.mean_sale == pytest.approx(truth, rel=0.1)
    assert result.p == pytest.approx(FREQUENT.p, rel=0.35)


def test_no_other_optimizer_finds_a_higher_likelihood():
    summary = summary_of(FREQUENT, 2000, 3)
    result = fit_gamma_gamma(summary)
    x, m = spend_data(summary)
    other = optimize.differential_evolution(
        lambda theta: -log_likelihood(np.exp(theta), x, m).sum(),
        [(-3, 5), (-3, 5), (0, 10)],
        seed=1,
        tol=1e-10,
        polish=True,
    )
    assert -other.fun <= result.log_likelihood + 1e-6


def test_the_likelihood_is_the_integral_over_the_clients_spend_rate():
    p, q, g = 4.0, 3.0, 200.0
    x, m = 3.0, 120.0

    def mean_density(nu):  # the mean of x Gamma(p, ν) sales is Gamma(px, xν); ν ~ Gamma(q, γ)
        shape, rate = p * x, x * nu
        log_mean = (
            shape * math.log(rate) + (shape - 1) * math.log(m) - rate * m - math.lgamma(shape)
        )
        log_nu = q * math.log(g) + (q - 1) * math.log(nu) - g * nu - math.lgamma(q)
        return math.exp(log_mean + log_nu)

    expected, _ = integrate.quad(mean_density, 0, np.inf, epsabs=0, epsrel=1e-10)
    got = log_likelihood(np.array([p, q, g]), np.array([x]), np.array([m]))[0]
    assert got == pytest.approx(math.log(expected), abs=1e-7)


def test_a_spend_without_a_mean_is_reported_and_not_used():
    heavy = Behaviour(r=3.0, alpha=1.0, a=0.5, b=5.0, p=2.0, q=0.7, gamma=50.0)
    result = fit_gamma_gamma(summary_of(heavy, 3000, 4))
    assert result.q <= 1
    assert result.verdict.status is Status.NO_MEAN_SPEND
    assert math.isnan(result.mean_sale)


def test_expected_average_sale_moves_from_the_mean_toward_the_clients_own():
    result = fit_gamma_gamma(summary_of(FREQUENT, 2000, 5))
    sale = result.expected_average_sale(np.array([0.0, 1.0, 20.0]), np.array([0.0, 900.0, 900.0]))
    assert sale[0] == pytest.approx(result.mean_sale)
    assert result.mean_sale < sale[1] < sale[2] < 900.0
