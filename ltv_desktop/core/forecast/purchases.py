"""Purchase models: BG/NBD and MBG/CNBD-k, their likelihoods, fits and expectations.

One likelihood covers the family, as in BTYDplus's ``xbgcnbd.LL``: purchases are
every k-th event of a Poisson process with rate λ ~ Gamma(r, α) (k = 1: Poisson
purchases; k > 1: Erlang-k gaps, i.e. regular buyers), and after each purchase a
client leaves for good with probability p ~ Beta(a, b). BG/NBD (Fader, Hardie &
Lee 2005) is k = 1 with no drop-out after the first purchase; MBG/CNBD-k
(Platzer & Reutterer 2016) lets a client leave right after the first purchase too.

Times are in the caller's time unit; the optimizer works on log-parameters with α
measured against the mean age, so its start and bounds do not depend on the unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from scipy import optimize, special
from scipy.special._ufuncs import _nbinom_ppf  # what scipy.stats.nbinom.ppf calls

from .summary import Summary
from .verdict import BOUNDARY_HIGH, BOUNDARY_LOW, OK, Status, Verdict

FloatArray = npt.NDArray[np.float64]

BG_NBD = "BG/NBD"
PARAMETER_NAMES = ("r", "alpha", "a", "b")
# Log-parameter box for the optimizer (α relative to the mean age): wide enough that an
# estimate stopping at it has run away, i.e. is at a boundary.
LOG_BOUND = math.log(1e6)
START = np.log([1.0, 1.0, 1.0, 3.0])  # r, α/scale, a, b (BTYDplus starts at 1, 3, 1, 3)


def model_name(k: int, dropout_at_zero: bool) -> str:
    """Return the label shown for a purchase model ('BG/NBD', 'MBG/NBD', 'MBG/CNBD-3', …)."""
    if not dropout_at_zero:
        return BG_NBD if k == 1 else f"BG/CNBD-{k}"
    return "MBG/NBD" if k == 1 else f"MBG/CNBD-{k}"


@dataclass(frozen=True)
class History:
    """Frequency x, recency t_x, age T and log gaps of the clients a model is fitted to."""

    x: FloatArray
    t_x: FloatArray
    age: FloatArray
    litt: FloatArray
    weight: FloatArray = field(default_factory=lambda: np.empty(0))

    @classmethod
    def of(cls, summary: Summary) -> History:
        rows = summary.has_purchase
        return cls(
            summary.frequency[rows],
            summary.recency[rows],
            summary.age[rows],
            summary.log_gaps[rows],
            np.ones(int(rows.sum())),
        )

    def compressed(self) -> History:
        """Return one row per distinct (x, t_x, T) with its count as weight.

        Studios have many one-off clients first seen on the same day: their rows are equal
        and the likelihood need only be evaluated once for each. The log gaps enter the
        likelihood only as a term free of parameters, so a row keeps their weighted mean.
        """
        codes = [np.unique(c, return_inverse=True) for c in (self.x, self.t_x, self.age)]
        key = np.zeros(self.x.size, dtype=np.int64)
        for values, inverse in codes:
            key = key * values.size + inverse.ravel()
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
        weight = np.bincount(inverse, weights=self.weight).astype(np.float64)
        litt = np.bincount(inverse, weights=self.weight * self.litt) / weight
        return History(self.x[first], self.t_x[first], self.age[first], litt, weight)

    @property
    def clients(self) -> int:
        return round(float(self.weight.sum()))


# ---------------------------------------------------------------- likelihood


@dataclass(frozen=True)
class _Terms:
    ll: FloatArray  # per-row log-likelihood
    log_s1: FloatArray  # log of the "left right after the last purchase" term
    log_s2: FloatArray  # log of the "still alive, or between events" term
    log_l: FloatArray  # log(S1 + S2)


@dataclass(frozen=True)
class _Indexed:
    """A history's distinct x, t_x and T with each row's index into them.

    Purchase counts take a few hundred values and ages a few thousand days, so the special
    functions of x and the logs of α + T are evaluated on those and gathered per row.
    """

    h: History
    ux: FloatArray
    xi: npt.NDArray[np.intp]
    u_age: FloatArray
    age_i: npt.NDArray[np.intp]
    u_tx: FloatArray
    tx_i: npt.NDArray[np.intp]
    has_gap: npt.NDArray[np.bool_]
    log_gap: FloatArray

    @classmethod
    def of(cls, h: History) -> _Indexed:
        ux, xi = np.unique(h.x, return_inverse=True)
        u_age, age_i = np.unique(h.age, return_inverse=True)
        u_tx, tx_i = np.unique(h.t_x, return_inverse=True)
        gap = h.age - h.t_x
        has_gap = gap > 0
        log_gap = np.log(np.where(has_gap, gap, 1.0))
        return cls(h, ux, xi.ravel(), u_age, age_i.ravel(), u_tx, tx_i.ravel(), has_gap, log_gap)


def _terms(
    params: FloatArray, k: int, dropout_at_zero: bool, h: History | _Indexed, gradient: bool
) -> tuple[_Terms, FloatArray | None]:
    """Return BTYDplus's xbgcnbd.LL per row in log space, and d ll / d params (rows × 4)."""
    ix = h if isinstance(h, _Indexed) else _Indexed.of(h)
    r, alpha, a, b = (float(v) for v in params)
    d = 1.0 if dropout_at_zero else 0.0
    x, xi = ix.h.x, ix.xi
    ux = ix.ux
    us = ux + d
    um = r + k * ux
    m = um[xi]
    log_apt = np.log(alpha + ix.u_age)[ix.age_i]
    log_aptx = np.log(alpha + ix.u_tx)[ix.tx_i]
    # Everything that depends on x alone, on the distinct x.
    u_const = special.gammaln(b + us) - special.gammaln(a + b + us) + special.gammaln(um)
    u_const += math.lgamma(a + b) - math.lgamma(b) - math.lgamma(r) + r * math.log(alpha)
    if k > 1:
        u_const -= ux * math.lgamma(k)
    u_has_s1 = (ux > 0) | dropout_at_zero
    u_bs1 = np.where(u_has_s1, b + us - 1.0, 1.0)
    u_log_s1 = np.where(u_has_s1, math.log(a) - np.log(u_bs1), -np.inf)
    ll = u_const[xi] - m * log_apt
    if k > 1:
        ll = ll + (k - 1) * ix.h.litt
    log_s1 = u_log_s1[xi] + m * (log_apt - log_aptx)
    # S2 = 1 + Σ_{j<k} (m)_j (T − t_x)^j / (j! (α + T)^j): the chance that a live client
    # simply has not completed the k events of the next purchase yet.
    log_terms = []
    dm_terms = []  # d log term_j / d m
    u_rising = np.zeros_like(ux)
    u_dm = np.zeros_like(ux)
    for j in range(1, k):
        u_rising = u_rising + np.log(um + j - 1)
        u_dm = u_dm + 1.0 / (um + j - 1)
        log_terms.append(
            np.where(
                ix.has_gap,
                u_rising[xi] + j * (ix.log_gap - log_apt) - math.lgamma(j + 1),
                -np.inf,
            )
        )
        dm_terms.append(u_dm[xi])
    log_s2 = np.zeros_like(x)
    for term in log_terms:
        log_s2 = np.logaddexp(log_s2, term)
    log_l = np.logaddexp(log_s1, log_s2) if k > 1 else np.logaddexp(log_s1, 0.0)
    terms = _Terms(ll + log_l, log_s1, log_s2, log_l)
    if not gradient:
        return terms, None
    w1 = np.exp(log_s1 - log_l)
    inv_apt = (1.0 / (alpha + ix.u_age))[ix.age_i]
    inv_aptx = (1.0 / (alpha + ix.u_tx))[ix.tx_i]
    g = np.empty((x.size, 4))
    g_r = (special.digamma(um) - special.digamma(r) + math.log(alpha))[xi] - log_apt
    g_r += w1 * (log_apt - log_aptx)
    g_alpha = r / alpha - m * inv_apt + w1 * m * (inv_apt - inv_aptx)
    for j, (term, dmj) in enumerate(zip(log_terms, dm_terms, strict=True), start=1):
        wj = np.exp(term - log_l)
        g_r += wj * dmj
        g_alpha -= wj * j * inv_apt
    u_dig_ab_s = special.digamma(a + b + us)
    g_a = (special.digamma(a + b) - u_dig_ab_s)[xi] + w1 / a
    u_g_b = special.digamma(b + us) - u_dig_ab_s - special.digamma(b) + special.digamma(a + b)
    g_b = u_g_b[xi] - w1 * np.where(u_has_s1, 1.0 / u_bs1, 0.0)[xi]
    g[:, 0], g[:, 1], g[:, 2], g[:, 3] = g_r, g_alpha, g_a, g_b
    return terms, g


def log_likelihood(
    params: FloatArray, h: History, *, k: int = 1, dropout_at_zero: bool = False
) -> FloatArray:
    """Return each row's log-likelihood (params r, α, a, b); BG/NBD by default."""
    return _terms(np.asarray(params, dtype=np.float64), k, dropout_at_zero, h, False)[0].ll


# ---------------------------------------------------------------- fit


@dataclass(frozen=True)
class Prior:
    """Gaussian prior on the log-parameters: pulls a small segment toward the studio."""

    center: FloatArray  # log r, log α, log a, log b
    sd: float


@dataclass(frozen=True)
class PurchaseFit:
    """A fitted purchase model: parameters in the time unit, plain log-likelihood, verdict."""

    model: str
    k: int
    dropout_at_zero: bool
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float  # plain, without the prior's penalty
    clients: int
    converged: bool
    verdict: Verdict
    shrunk: bool = False

    @property
    def params(self) -> FloatArray:
        return np.array([self.r, self.alpha, self.a, self.b])

    @property
    def purchases_per_unit(self) -> float:
        """Return the mean purchase rate of a live client, r / (kα), per time unit."""
        return self.r / (self.k * self.alpha)

    @property
    def leave_chance(self) -> float:
        """Return the mean chance of leaving right after a purchase, a / (a + b)."""
        return self.a / (self.a + self.b)

    @property
    def aic(self) -> float:
        """Akaike's criterion; k counts as a fifth parameter where it was chosen from a grid."""
        n_params = 4 if self.model == BG_NBD else 5
        return 2.0 * n_params - 2.0 * self.log_likelihood

    def p_alive(self, x: FloatArray, t_x: FloatArray, age: FloatArray) -> FloatArray:
        return p_alive(self, x, t_x, age)

    def expected_purchases(
        self, t: float, x: FloatArray, t_x: FloatArray, age: FloatArray
    ) -> FloatArray:
        return conditional_expected_purchases(self, t, x, t_x, age)


def fit(
    history: History,
    *,
    k: int = 1,
    dropout_at_zero: bool = False,
    prior: Prior | None = None,
) -> PurchaseFit:
    """Fit r, α, a, b by maximum (penalised, if a prior is given) likelihood.

    L-BFGS-B on log-parameters with the analytic gradient; α is optimised relative to
    the mean age so that the start and box do not depend on the time unit.
    """
    h = history.compressed()
    n = max(h.weight.sum(), 1.0)
    scale = float(np.average(h.age, weights=h.weight)) if h.weight.sum() > 0 else 1.0
    scale = scale if scale > 0 else 1.0
    shift = np.array([0.0, math.log(scale), 0.0, 0.0])

    indexed = _Indexed.of(h)

    def objective(theta: FloatArray) -> tuple[float, FloatArray]:
        params = np.exp(theta + shift)
        terms, g = _terms(params, k, dropout_at_zero, indexed, True)
        assert g is not None
        # Weighted sums without BLAS: OpenBLAS's threads, woken by a matrix-vector product,
        # spin against the optimizer on a busy machine and made the fit ten times slower.
        value = -float(np.einsum("i,i->", h.weight, terms.ll))
        grad = -np.einsum("i,ij->j", h.weight, g) * params
        if prior is not None:
            diff = theta + shift - prior.center
            value += float(diff @ diff) / (2 * prior.sd**2)
            grad = grad + diff / prior.sd**2
        if not math.isfinite(value):
            return 1e300, np.zeros(4)
        return value / n, grad / n

    start = START if prior is None else prior.center - shift
    bounds = [(-LOG_BOUND, LOG_BOUND)] * 4
    result = optimize.minimize(
        objective,
        np.clip(start, -LOG_BOUND + 1, LOG_BOUND - 1),
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={"maxiter": 1000, "ftol": 1e-13, "gtol": 1e-7},
    )
    params = np.exp(result.x + shift)
    ll = float(
        np.einsum("i,i->", h.weight, _terms(params, k, dropout_at_zero, indexed, False)[0].ll)
    )
    converged = stationary(result, objective(result.x)[1], LOG_BOUND) and math.isfinite(ll)
    return PurchaseFit(
        model=model_name(k, dropout_at_zero),
        k=k,
        dropout_at_zero=dropout_at_zero,
        r=float(params[0]),
        alpha=float(params[1]),
        a=float(params[2]),
        b=float(params[3]),
        log_likelihood=ll,
        clients=h.clients,
        converged=converged,
        verdict=_verdict(converged, params, result.x),
        shrunk=prior is not None,
    )


def stationary(result: optimize.OptimizeResult, gradient: FloatArray, bounds: float) -> bool:
    """Return whether L-BFGS-B stopped at a stationary point of the (per-client) objective.

    Its line search reports failure when the objective is flat to rounding at the optimum,
    as along the ridge where a and b grow together; a projected gradient of about zero
    is a maximum all the same.
    """
    if bool(result.success):
        return True
    theta = np.asarray(result.x)
    projected = np.where(
        ((theta <= -bounds + 1e-9) & (gradient > 0)) | ((theta >= bounds - 1e-9) & (gradient < 0)),
        0.0,
        gradient,
    )
    return bool(np.all(np.isfinite(projected)) and np.max(np.abs(projected)) < 1e-5)


def _verdict(converged: bool, params: FloatArray, theta: FloatArray) -> Verdict:
    """Return OK, or which parameters ran to a boundary.

    a and b growing together (their ratio fixed) is the limit where every client has the
    same drop-out probability, and r and α growing together the one where every client has
    the same purchase rate: both are proper models and pass. a or b running to 0 (clients
    split into those who never leave and those who leave at once), or one of them alone
    growing, or purchase rates running to 0 (a base of one-off clients), do not.
    """
    if not converged:
        return Verdict(Status.NOT_CONVERGED)
    r, _, a, b = params
    high = theta >= LOG_BOUND * 0.999
    at_bound = []
    if r < BOUNDARY_LOW or high[0] != high[1] or theta[1] <= -LOG_BOUND * 0.999:
        at_bound += ["r", "alpha"]
    a_high, b_high = a > BOUNDARY_HIGH, b > BOUNDARY_HIGH
    if a < BOUNDARY_LOW or (a_high and not b_high):
        at_bound.append("a")
    if b < BOUNDARY_LOW or (b_high and not a_high):
        at_bound.append("b")
    return Verdict(Status.BOUNDARY, boundary=tuple(at_bound)) if at_bound else OK


def fit_bgnbd(summary: Summary, prior: Prior | None = None) -> PurchaseFit:
    """Fit BG/NBD to every client with a purchase in the summary."""
    return fit(History.of(summary), prior=prior)


def fit_mbgcnbd(
    summary: Summary, ks: tuple[int, ...] = (1, 2, 3, 4), priors: dict[int, Prior] | None = None
) -> list[PurchaseFit]:
    """Fit MBG/CNBD-k for each k (BTYDplus's grid, cut at 4); the best by likelihood first."""
    history = History.of(summary)
    fits = [fit(history, k=k, dropout_at_zero=True, prior=(priors or {}).get(k)) for k in ks]
    return sorted(fits, key=lambda f: (not f.converged, -f.log_likelihood))


# ---------------------------------------------------------------- expectations


def p_alive(model: PurchaseFit, x: FloatArray, t_x: FloatArray, age: FloatArray) -> FloatArray:
    """Return P(alive at T | x, t_x, T); BG/NBD gives 1 to one-off clients."""
    h = History(x, t_x, age, np.zeros_like(x))
    terms, _ = _terms(model.params, model.k, model.dropout_at_zero, h, False)
    return np.exp(terms.log_s2 - terms.log_l)


def _tail(
    r: FloatArray,
    alpha: FloatArray | float,
    a: float,
    bb: FloatArray | float,
    t: FloatArray | float,
) -> FloatArray:
    """Return 1 − (α/(α+t))^r · ₂F₁(r, bb+1; a+bb; t/(α+t)), the bracket of FHL eq. (10).

    scipy's hyp2f1 loses accuracy as z → 1 (long horizons) and overflows for large r;
    there Euler's transformation ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z)
    turns the product into (1−z)^(a−1) · ₂F₁(a+bb−r, a−1; a+bb; z), whose second
    parameter a − 1 is small and whose first no longer grows with the client's purchases.
    tests/core/test_forecast_bgnbd.py checks both against numerical integration.
    """
    z = t / (alpha + t)
    c = a + bb
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        direct = np.exp(r * np.log1p(-z)) * special.hyp2f1(r, bb + 1.0, c, z)
        euler = np.exp((a - 1.0) * np.log1p(-z)) * special.hyp2f1(c - r, a - 1.0, c, z)
    use_euler = (z > 0.5) | ~np.isfinite(direct)
    product = np.where(use_euler, euler, direct)
    if not np.all(np.isfinite(product)):
        # r and α both very large (every client buys at the same rate λ = r/α): the limit
        # is e^{−λt} ₁F₁(bb+1; a+bb; λt) = ₁F₁(a−1; a+bb; −λt) (Kummer), where scipy's
        # hyp2f1 of a huge first parameter gives NaN.
        confluent = special.hyp1f1(a - 1.0, c, -r * t / alpha)
        product = np.where(np.isfinite(product), product, confluent)
    result: FloatArray = 1.0 - product
    return result


def _nudged_a(a: float) -> float:
    # (a+b+x−1)/(a−1) · bracket is 0/0 at a = 1; BTYDplus moves a by 0.01 there, as here.
    return a + 0.01 if abs(a - 1.0) < 0.005 else a


def conditional_expected_purchases(
    model: PurchaseFit, t: float, x: FloatArray, t_x: FloatArray, age: FloatArray
) -> FloatArray:
    """Return E[purchases in (T, T+t] | x, t_x, T].

    BG/NBD: FHL (2005) eq. (10), exact. MBG/CNBD-k: BTYDplus's
    ``xbgcnbd.ConditionalExpectedTransactions``, which approximates with the
    BG/NBD-form expression at scale kα (exact for k = 1) and, for k > 1 and at least
    100 clients, rescales the total so that it equals the exact unconditional
    expectation Σ E[X(T+t)] − E[X(T)] (itself a sum over the model's pmf).
    """
    if t <= 0:
        return np.zeros_like(x)
    k, d = model.k, 1.0 if model.dropout_at_zero else 0.0
    a = _nudged_a(model.a)
    bb = model.b + x - 1.0 + d
    first = (a + bb) / (a - 1.0)
    bracket = _tail(model.r + x, k * model.alpha + age, a, bb, t)
    expected = first * bracket * p_alive(model, x, t_x, age)
    if k > 1 and x.size >= 100:
        total_after = unconditional_expected_purchases(model, age + t).sum()
        total_before = unconditional_expected_purchases(model, age).sum()
        approx = expected.sum()
        if approx > 0:
            expected = expected * ((total_after - total_before) / approx)
    return expected


def unconditional_expected_purchases(model: PurchaseFit, t: FloatArray) -> FloatArray:
    """Return E[X(t)], repeat purchases by age t of a client just acquired.

    BG/NBD: FHL eq. (7) in closed form. Otherwise Σ x·P(X(t) = x) over BTYDplus's pmf
    (``xbgcnbd_pmf_cpp``), summed over the Poisson event count up to its 99.99 %
    quantile (at least 100 events), vectorized over the distinct t.
    """
    t = np.asarray(t, dtype=np.float64)
    r, alpha, b = model.r, model.alpha, model.b
    a = _nudged_a(model.a)
    if model.k == 1 and not model.dropout_at_zero:
        out = np.zeros_like(t)
        pos = t > 0
        bracket = _tail(np.full(int(pos.sum()), r), alpha, a, b - 1.0, t[pos])
        out[pos] = (a + b - 1.0) / (a - 1.0) * bracket
        return out
    return _unconditional_pmf(model, t)


def nbinom_ppf(q: float, n: float, p: FloatArray) -> FloatArray:
    """Return the negative binomial's q-quantile: scipy.stats.nbinom.ppf's own ufunc.

    Called straight from scipy.special so the program does not load scipy.stats (and the
    interpolate, integrate and ndimage packages it pulls into the bundle) for one call;
    a test holds it to scipy.stats.nbinom.ppf.
    """
    with np.errstate(over="ignore"):  # as scipy.stats does (scipy gh-17432)
        result: FloatArray = np.asarray(_nbinom_ppf(q, n, p), dtype=np.float64)
    return result


def _unconditional_pmf(model: PurchaseFit, t: FloatArray) -> FloatArray:
    k, r, alpha, b = model.k, model.r, model.alpha, model.b
    a = _nudged_a(model.a)
    d = 1.0 if model.dropout_at_zero else 0.0
    times, inverse = np.unique(t, return_inverse=True)
    out = np.zeros(times.size)
    pos = times > 0
    if not pos.any():
        return out[inverse.ravel()]
    tp = times[pos]
    q = float(np.max(nbinom_ppf(0.9999, r, alpha / (alpha + tp))))
    n_purchases = max(math.ceil(q) // k + 2, 100 // k + 1)
    j = np.arange(n_purchases * k, dtype=np.float64)
    log_p = alpha / (alpha + tp)
    log_nb = (
        special.gammaln(r + j)[None, :]
        - math.lgamma(r)
        - special.gammaln(j + 1)[None, :]
        + r * np.log(log_p)[:, None]
        + j[None, :] * np.log1p(-log_p)[:, None]
    )
    nb = np.exp(log_nb)
    # P(exactly x purchases' worth of events) and P(at least kx events), x = 0 … n−1
    exact = nb.reshape(tp.size, n_purchases, k).sum(axis=2)
    at_least = np.cumsum(exact[:, ::-1], axis=1)[:, ::-1]
    xs = np.arange(n_purchases, dtype=np.float64)
    s = xs - 1.0 + d
    survive = np.exp(
        special.gammaln(b + s + 1)
        + math.lgamma(a + b)
        - math.lgamma(b)
        - special.gammaln(a + b + s + 1)
    )
    left = np.where(xs > 0, a / (b + s), 0.0)
    pmf = survive[None, :] * (exact + left[None, :] * np.where(xs > 0, at_least, 0.0))
    out[pos] = np.einsum("ij,j->i", pmf, xs)
    return out[inverse.ravel()]
