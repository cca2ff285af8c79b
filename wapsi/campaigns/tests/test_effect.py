"""The effect statistics, checked against values computed independently of the module.

Independent means: published worked examples (Newcombe 1998a Table I for the Wilson interval,
Newcombe 1998b Table II for the hybrid score interval), or the formula computed here from
SciPy's distributions, with Wilson limits found by root-finding on the score equation rather
than by the closed form, or statsmodels' OLS with robust errors for difference-in-differences.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import optimize, stats
from statsmodels.regression.linear_model import OLS

from wapsi.campaigns import effect

Z = float(stats.norm.ppf(0.975))


def wilson_by_root(x: int, n: int) -> tuple[float, float]:
    """Wilson limits as the roots of |p̂ - p| = z sqrt(p(1-p)/n), found numerically."""
    p_hat = x / n

    def score(p: float) -> float:
        return (p_hat - p) ** 2 - Z**2 * p * (1 - p) / n

    # p̂ itself is a root when it is 0 or 1; step off it to bracket the other one.
    low = 0.0 if x == 0 else optimize.brentq(score, 0.0, min(p_hat, 1 - 1e-15), xtol=1e-15)
    high = 1.0 if x == n else optimize.brentq(score, max(p_hat, 1e-15), 1.0, xtol=1e-15)
    return low, high


def approx(value: float, tol: float = 1e-9) -> object:
    return pytest.approx(value, abs=tol)


# Newcombe (1998a), Stat Med 17:857, Table I, Wilson score interval without correction.
@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_newcombes_published_examples(
    x: int, n: int, low: float, high: float
) -> None:
    result = effect.proportion_interval(x, n)
    assert result.low == approx(low, 5e-5)
    assert result.high == approx(high, 5e-5)


@pytest.mark.parametrize(("x", "n"), [(0, 1), (1, 1), (1, 2), (0, 40), (40, 40), (17, 53)])
def test_wilson_matches_the_score_equation_including_edges(x: int, n: int) -> None:
    result = effect.proportion_interval(x, n)
    low, high = wilson_by_root(x, n)
    assert result.estimate == approx(x / n)
    assert result.low == approx(low, 1e-9)
    assert result.high == approx(high, 1e-9)
    assert result.n == (n,)


def test_proportion_of_no_answers_has_no_estimate() -> None:
    result = effect.proportion_interval(0, 0)
    assert (result.estimate, result.low, result.high) == (None, None, None)
    assert result.too_small and not result.detectable


def test_too_small_rule_for_one_proportion() -> None:
    assert effect.proportion_interval(10, 29).too_small  # fewer than 30 answers
    assert not effect.proportion_interval(10, 30).too_small
    assert effect.proportion_interval(4, 100).too_small  # fewer than 5 "yes"
    assert effect.proportion_interval(96, 100).too_small  # fewer than 5 "no"
    assert not effect.proportion_interval(5, 100).too_small


# Newcombe (1998b), Stat Med 17:873, Table II, method 10 (hybrid score, no correction).
@pytest.mark.parametrize(
    ("x1", "n1", "x0", "n0", "low", "high"),
    [
        (56, 70, 48, 80, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.1705, 0.8090),
        (6, 7, 2, 7, 0.0582, 0.8062),
        (5, 56, 0, 29, -0.0381, 0.1926),
        (0, 10, 0, 20, -0.1611, 0.2775),
        (0, 10, 0, 10, -0.2775, 0.2775),
        (10, 10, 0, 20, 0.6791, 1.0),
        (10, 10, 0, 10, 0.6075, 1.0),
    ],
)
def test_newcombe_difference_matches_the_published_table(
    x1: int, n1: int, x0: int, n0: int, low: float, high: float
) -> None:
    result = effect.proportion_difference(endline=(x1, n1), baseline=(x0, n0))
    assert result.estimate == approx(x1 / n1 - x0 / n0)
    assert result.low == approx(low, 5e-5)
    assert result.high == approx(high, 5e-5)
    assert result.n == (n1, n0)


@pytest.mark.parametrize(
    ("x1", "n1", "x0", "n0"),
    [(56, 70, 48, 80), (1, 1, 0, 1), (1, 2, 2, 2), (0, 50, 50, 50), (33, 120, 30, 110)],
)
def test_newcombe_difference_matches_square_and_add_of_wilson_roots(
    x1: int, n1: int, x0: int, n0: int
) -> None:
    l1, u1 = wilson_by_root(x1, n1)
    l0, u0 = wilson_by_root(x0, n0)
    p1, p0 = x1 / n1, x0 / n0
    result = effect.proportion_difference(endline=(x1, n1), baseline=(x0, n0))
    assert result.low == approx(p1 - p0 - math.hypot(p1 - l1, u0 - p0), 1e-8)
    assert result.high == approx(p1 - p0 + math.hypot(u1 - p1, p0 - l0), 1e-8)


def test_the_worked_example_is_detectable_and_large_enough() -> None:
    result = effect.proportion_difference(endline=(56, 70), baseline=(48, 80))
    # 0.8 - 0.6 (the brief guessed 0.1750; the paper and the arithmetic say 0.2000)
    assert result.estimate == approx(0.2)
    assert result.detectable
    assert not result.too_small


def test_an_interval_that_includes_zero_is_no_detectable_change() -> None:
    result = effect.proportion_difference(endline=(33, 120), baseline=(30, 110))
    assert result.low is not None and result.low < 0 < (result.high or 0)
    assert not result.detectable


def test_difference_with_an_empty_group_has_no_estimate() -> None:
    result = effect.proportion_difference(endline=(3, 10), baseline=(0, 0))
    assert result.estimate is None and result.too_small


def test_counts_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="successes"):
        effect.proportion_interval(5, 4)
    with pytest.raises(ValueError, match="successes"):
        effect.proportion_difference(endline=(-1, 4), baseline=(1, 4))


def _t_interval(values: np.ndarray) -> tuple[float, float]:
    n = len(values)
    half = stats.t.ppf(0.975, n - 1) * values.std(ddof=1) / math.sqrt(n)
    return values.mean() - half, values.mean() + half


def test_mean_interval_matches_the_t_formula() -> None:
    values = np.array([1, 2, 2, 3, 5, 4, 4, 3, 2, 5, 1, 1], dtype=float)
    result = effect.mean_interval(values.tolist())
    low, high = _t_interval(values)
    assert result.estimate == approx(values.mean())
    assert (result.low, result.high) == (approx(low), approx(high))
    assert result.too_small


def test_mean_edges_none_one_and_no_spread() -> None:
    assert effect.mean_interval([]).estimate is None
    one = effect.mean_interval([4.0])
    assert one.estimate == 4.0 and one.low is None and one.high is None and one.too_small
    flat = effect.mean_interval([3.0] * 40)
    assert (flat.estimate, flat.low, flat.high, flat.too_small) == (3.0, 3.0, 3.0, False)


def _welch(e: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    ve, vb = e.var(ddof=1) / len(e), b.var(ddof=1) / len(b)
    df = (ve + vb) ** 2 / (ve**2 / (len(e) - 1) + vb**2 / (len(b) - 1))
    half = stats.t.ppf(0.975, df) * math.sqrt(ve + vb)
    d = e.mean() - b.mean()
    return d - half, d + half


@pytest.mark.parametrize("sizes", [(40, 35), (2, 2), (2, 30), (31, 90)])
def test_welch_matches_the_satterthwaite_formula(sizes: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(sizes))
    e = rng.integers(1, 6, sizes[0]).astype(float)
    b = rng.normal(2.5, 1.7, sizes[1])
    if e.std() == 0:
        e[0] += 1
    result = effect.mean_difference(endline=e.tolist(), baseline=b.tolist())
    low, high = _welch(e, b)
    assert result.estimate == approx(e.mean() - b.mean())
    assert (result.low, result.high) == (approx(low, 1e-8), approx(high, 1e-8))
    assert result.n == sizes
    assert result.too_small == (min(sizes) < 30)


def test_welch_with_one_flat_group_uses_the_other_groups_spread() -> None:
    e = np.array([5.0] * 30)
    b = np.array([1, 2, 3, 4, 5] * 6, dtype=float)
    result = effect.mean_difference(endline=e.tolist(), baseline=b.tolist())
    half = stats.t.ppf(0.975, len(b) - 1) * b.std(ddof=1) / math.sqrt(len(b))
    assert (result.low, result.high) == (approx(2 - half, 1e-8), approx(2 + half, 1e-8))
    assert result.detectable


def test_welch_edges() -> None:
    flat = effect.mean_difference(endline=[4.0] * 30, baseline=[2.0] * 30)
    assert (flat.estimate, flat.low, flat.high) == (2.0, 2.0, 2.0)
    tiny = effect.mean_difference(endline=[4.0], baseline=[1.0, 2.0])
    assert tiny.estimate == approx(2.5) and tiny.low is None and tiny.too_small
    assert effect.mean_difference(endline=[], baseline=[1.0]).estimate is None


def test_paired_t_matches_the_formula_on_differences() -> None:
    rng = np.random.default_rng(7)
    before = rng.integers(1, 6, 45).astype(float)
    after = np.clip(before + rng.integers(-1, 3, 45), 1, 5)
    result = effect.paired_mean_difference(pairs=list(zip(before, after, strict=True)))
    low, high = _t_interval(after - before)
    assert result.estimate == approx((after - before).mean())
    assert (result.low, result.high) == (approx(low, 1e-9), approx(high, 1e-9))
    assert result.n == (45,) and not result.too_small


def test_paired_t_edges() -> None:
    two = effect.paired_mean_difference(pairs=[(1.0, 2.0), (3.0, 5.0)])
    low, high = _t_interval(np.array([1.0, 2.0]))
    assert (two.low, two.high) == (approx(low), approx(high)) and two.too_small
    same_change = effect.paired_mean_difference(pairs=[(1.0, 2.0)] * 30)
    assert (same_change.low, same_change.high) == (1.0, 1.0) and same_change.detectable
    one = effect.paired_mean_difference(pairs=[(1.0, 2.0)])
    assert one.estimate == 1.0 and one.low is None
    assert effect.paired_mean_difference(pairs=[]).estimate is None


def _newcombe_paired(a: int, b: int, c: int, d: int) -> tuple[float, float]:
    """Newcombe 1998c method 10, from the paper's formulas; b = yes at baseline only."""
    n = a + b + c + d
    p1, p0 = (a + c) / n, (a + b) / n
    l1, u1 = wilson_by_root(a + c, n)
    l0, u0 = wilson_by_root(a + b, n)
    denominator = (a + b) * (c + d) * (a + c) * (b + d)
    cross = a * d - b * c
    phi = 0.0
    if denominator:
        phi = (max(cross - n / 2, 0) if cross >= 0 else cross) / math.sqrt(denominator)
    dl = math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u0 - p0) + (u0 - p0) ** 2)
    du = math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p0 - l0) + (p0 - l0) ** 2)
    return p1 - p0 - dl, p1 - p0 + du


@pytest.mark.parametrize(
    "table",
    [
        (12, 3, 14, 21),
        (1, 7, 1, 12),
        (59, 16, 6, 80),
        (0, 0, 0, 30),
        (30, 0, 0, 0),
        (0, 1, 0, 0),
        (0, 0, 2, 0),
        (5, 5, 5, 5),
    ],
)
def test_paired_proportions_match_newcombes_method_10(table: tuple[int, int, int, int]) -> None:
    a, b, c, d = table
    result = effect.paired_proportion_difference(both=a, baseline_only=b, endline_only=c, neither=d)
    low, high = _newcombe_paired(*table)
    n = sum(table)
    assert result.estimate == approx((c - b) / n)
    assert (result.low, result.high) == (approx(low, 1e-8), approx(high, 1e-8))
    assert -1 <= (result.low or 0) <= (result.high or 0) <= 1


def test_paired_table_counts_the_pairs() -> None:
    pairs = [(True, True), (True, False), (False, True), (False, True), (False, False)]
    assert effect.paired_table(pairs) == (1, 1, 2, 1)


def test_paired_proportions_without_pairs() -> None:
    empty = effect.paired_proportion_difference(both=0, baseline_only=0, endline_only=0, neither=0)
    assert empty.estimate is None and empty.too_small


def _ols_did(groups: list[np.ndarray], cov_type: str) -> tuple[float, float]:
    """Interaction coefficient and its robust SE from y ~ treated + post + treated:post."""
    y = np.concatenate(groups)
    rows = []
    for g, (treated, post) in zip(groups, [(1, 1), (1, 0), (0, 1), (0, 0)], strict=True):
        rows += [[1, treated, post, treated * post]] * len(g)
    fit = OLS(y, np.array(rows, dtype=float)).fit(cov_type=cov_type)
    return float(fit.params[3]), float(fit.bse[3])


def test_did_proportion_matches_ols_with_hc0_errors() -> None:
    counts = [(45, 100), (30, 100), (33, 90), (28, 95)]
    groups = [np.array([1.0] * x + [0.0] * (n - x)) for x, n in counts]
    coefficient, se = _ols_did(groups, "HC0")
    result = effect.did_proportion(
        treated_endline=counts[0],
        treated_baseline=counts[1],
        comparison_endline=counts[2],
        comparison_baseline=counts[3],
    )
    assert result.estimate == approx(coefficient, 1e-9)
    assert result.low == approx(coefficient - Z * se, 1e-9)
    assert result.high == approx(coefficient + Z * se, 1e-9)
    assert result.n == (100, 100, 90, 95) and not result.too_small


def test_did_mean_matches_ols_with_hc2_errors() -> None:
    rng = np.random.default_rng(3)
    groups = [rng.integers(1, 6, size).astype(float) for size in (60, 55, 40, 45)]
    coefficient, se = _ols_did(groups, "HC2")
    result = effect.did_mean(
        treated_endline=groups[0].tolist(),
        treated_baseline=groups[1].tolist(),
        comparison_endline=groups[2].tolist(),
        comparison_baseline=groups[3].tolist(),
    )
    assert result.estimate == approx(coefficient, 1e-9)
    assert result.low == approx(coefficient - Z * se, 1e-9)
    assert result.high == approx(coefficient + Z * se, 1e-9)


def test_did_edges() -> None:
    all_or_nothing = effect.did_proportion(
        treated_endline=(40, 40),
        treated_baseline=(0, 40),
        comparison_endline=(0, 40),
        comparison_baseline=(0, 40),
    )
    # No spread in any cell: the Wald variance is zero, and the warning says why not to trust it.
    assert (all_or_nothing.estimate, all_or_nothing.low, all_or_nothing.high) == (1.0, 1.0, 1.0)
    assert all_or_nothing.too_small
    tiny = effect.did_mean(
        treated_endline=[3.0],
        treated_baseline=[1.0, 2.0],
        comparison_endline=[1.0, 1.0],
        comparison_baseline=[1.0, 1.0],
    )
    assert tiny.estimate == approx(1.5) and tiny.low is None and tiny.too_small
    empty = effect.did_proportion(
        treated_endline=(0, 0),
        treated_baseline=(1, 2),
        comparison_endline=(1, 2),
        comparison_baseline=(1, 2),
    )
    assert empty.estimate is None


counts = st.integers(min_value=1, max_value=400).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)


@settings(max_examples=200, deadline=None)
@given(endline=counts, baseline=counts)
def test_every_proportion_interval_holds_its_estimate_and_stays_in_range(
    endline: tuple[int, int], baseline: tuple[int, int]
) -> None:
    one = effect.proportion_interval(*endline)
    assert 0 <= (one.low or 0) <= (one.estimate or 0) + 1e-12
    assert (one.estimate or 0) <= (one.high or 0) + 1e-12 <= 1 + 1e-12
    two = effect.proportion_difference(endline=endline, baseline=baseline)
    assert two.low is not None and two.high is not None and two.estimate is not None
    assert -1 <= two.low <= two.estimate + 1e-12 and two.estimate <= two.high + 1e-12 <= 1 + 1e-12
    assert two.detectable == (two.low > 0 or two.high < 0)


@settings(max_examples=200, deadline=None)
@given(table=st.tuples(*[st.integers(min_value=0, max_value=60)] * 4).filter(lambda t: sum(t) > 0))
def test_every_paired_interval_holds_its_estimate_and_stays_in_range(
    table: tuple[int, int, int, int],
) -> None:
    a, b, c, d = table
    result = effect.paired_proportion_difference(both=a, baseline_only=b, endline_only=c, neither=d)
    assert result.low is not None and result.high is not None and result.estimate is not None
    assert -1 <= result.low <= result.estimate + 1e-12
    assert result.estimate <= result.high + 1e-12 <= 1 + 1e-12
