"""MBG/CNBD-k: BTYDplus's likelihood, its expectations, and recovery of regular buyers' k."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import optimize

from ltv_desktop.core.forecast import History, fit, fit_mbgcnbd, summarize
from ltv_desktop.core.forecast.purchases import (
    PurchaseFit,
    _unconditional_pmf,
    conditional_expected_purchases,
    log_likelihood,
    unconditional_expected_purchases,
)
from ltv_desktop.core.forecast.simulate import Behaviour, simulate
from ltv_desktop.core.forecast.verdict import OK

END = np.datetime64("2021-12-31")
YEARLY = Behaviour(r=8.0, alpha=8.0, a=1.0, b=6.0, k=3, dropout_at_zero=True)


def base(behaviour, n, seed, end=END, **kwargs):
    data = simulate(np.random.default_rng(seed), n, behaviour, end=str(end), **kwargs)
    return data, summarize(
        data.client, data.day, data.value, n_clients=data.n_clients, calibration_end=END
    )


def model(b: Behaviour) -> PurchaseFit:
    return PurchaseFit("", b.k, b.dropout_at_zero, b.r, b.alpha, b.a, b.b, 0.0, 0, True, OK)


def test_btydplus_reference_values():
    # BTYDplus src/bg-cnbd-k.cpp checks xbgcnbd_ll_cpp(c(3, 0.5, 2, 0.3, 0.6), x = c(3, 4),
    # t.x = c(12, 12), T.cal = c(14, 14), litt = c(3, 3)) = c(-10.42500, -12.22396) (BG/CNBD-3).
    h = History(
        np.array([3.0, 4.0]), np.array([12.0, 12.0]), np.array([14.0, 14.0]), np.array([3.0, 3.0])
    )
    got = log_likelihood(np.array([0.5, 2.0, 0.3, 0.6]), h, k=3, dropout_at_zero=False)
    assert got == pytest.approx([-10.42500, -12.22396], abs=5e-6)


def test_k1_without_dropout_at_zero_is_bg_nbd():
    h = History(
        np.array([0.0, 2.0, 7.0]), np.array([0.0, 1.0, 3.0]), np.array([2.0, 4.0, 3.5]), np.zeros(3)
    )
    params = np.array([1.1, 2.0, 0.7, 2.5])
    bg = log_likelihood(params, h)
    # FHL (2005) eq. (6) written out
    r, alpha, a, b = params
    x, t_x, age = h.x, h.t_x, h.age
    a1 = [math.lgamma(r + xi) - math.lgamma(r) + r * math.log(alpha) for xi in x]
    a2 = [
        math.lgamma(a + b) + math.lgamma(b + xi) - math.lgamma(b) - math.lgamma(a + b + xi)
        for xi in x
    ]
    a3 = -(r + x) * np.log(alpha + age)
    a4 = np.where(
        x > 0,
        np.log(a) - np.log(np.maximum(b + x - 1, 1e-9)) - (r + x) * np.log(alpha + t_x),
        -np.inf,
    )
    assert bg == pytest.approx(np.array(a1) + np.array(a2) + np.logaddexp(a3, a4))


def test_unconditional_expectation_from_the_pmf_matches_the_closed_form_and_monte_carlo():
    b = Behaviour(r=1.2, alpha=2.0, a=0.9, b=3.5)
    t = np.array([0.5, 2.0, 6.0])
    closed = unconditional_expected_purchases(model(b), t)
    as_cnbd = PurchaseFit("", 1, False, b.r, b.alpha, b.a, b.b, 0.0, 0, True, OK)
    assert _unconditional_pmf(as_cnbd, t) == pytest.approx(closed, rel=1e-6)
    # MBG/CNBD-2 against simulated clients all acquired on one day
    regular = Behaviour(r=3.0, alpha=2.0, a=1.5, b=5.0, k=2, dropout_at_zero=True)
    _, summary = base(regular, 20_000, 6, first_from="2019-01-01", first_to="2019-01-01")
    expected = unconditional_expected_purchases(model(regular), summary.age[:1])[0]
    assert abs(summary.frequency.mean() - expected) < 3 * summary.frequency.std() / math.sqrt(
        20_000
    )


@pytest.mark.parametrize(
    "behaviour", [YEARLY, Behaviour(r=1.5, alpha=2.0, a=0.8, b=3.0, dropout_at_zero=True)]
)
def test_conditional_expectation_with_true_parameters_matches_what_followed(behaviour):
    later = END + 365
    data, summary = base(behaviour, 12_000, 7, end=later)
    actual = int((data.day > END).sum())
    rows = summary.has_purchase
    expected = conditional_expected_purchases(
        model(behaviour), 1.0, summary.frequency[rows], summary.recency[rows], summary.age[rows]
    ).sum()
    assert expected == pytest.approx(actual, rel=3 / math.sqrt(actual))


def test_regular_buyers_are_read_as_k3():
    _, summary = base(YEARLY, 3000, 8)
    fits = fit_mbgcnbd(summary)
    best = fits[0]
    assert best.k == 3
    assert best.verdict.ok
    assert best.r / best.alpha == pytest.approx(YEARLY.r / YEARLY.alpha, rel=0.1)
    assert best.a / (best.a + best.b) == pytest.approx(YEARLY.a / (YEARLY.a + YEARLY.b), rel=0.3)
    # and the Poisson BG/NBD explains the same history worse
    assert fit(History.of(summary)).log_likelihood < best.log_likelihood - 50


def test_poisson_buyers_are_read_as_k1():
    poisson = Behaviour(r=1.5, alpha=2.0, a=0.8, b=3.0, dropout_at_zero=True)
    _, summary = base(poisson, 3000, 9)
    assert fit_mbgcnbd(summary)[0].k == 1


def test_no_other_optimizer_finds_a_higher_likelihood():
    _, summary = base(YEARLY, 1500, 10)
    history = History.of(summary)
    result = fit(history, k=3, dropout_at_zero=True)
    other = optimize.minimize(
        lambda theta: -log_likelihood(np.exp(theta), history, k=3, dropout_at_zero=True).sum(),
        np.log([2.0, 2.0, 2.0, 2.0]),
        method="Nelder-Mead",
        options={"xatol": 1e-8, "fatol": 1e-8, "maxiter": 20_000, "maxfev": 20_000},
    )
    assert -other.fun <= result.log_likelihood + 1e-6


@pytest.mark.parametrize("r", [0.3, 1.0, 2.5, 40.0])
def test_the_negative_binomial_quantile_is_scipy_stats_own(r):
    from scipy import stats

    from ltv_desktop.core.forecast.purchases import nbinom_ppf

    p = np.array([0.001, 0.05, 0.3, 0.5, 0.9, 0.999])
    for q in (0.5, 0.9, 0.9999):
        assert nbinom_ppf(q, r, p).tolist() == stats.nbinom.ppf(q, r, p).tolist()
