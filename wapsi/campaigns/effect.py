"""Effect statistics for campaign surveys: plain numbers in, `Interval` out.

Every function returns one `Interval` with the point estimate, the 95% limits, the sample
sizes it rests on, a `too_small` warning and `detectable` (the interval excludes zero). The
methods are the ones the evaluation literature recommends, taken from statsmodels and SciPy
wherever they have them:

- one proportion: Wilson score interval (statsmodels `proportion_confint(method="wilson")`;
  Newcombe 1998a, "Two-sided confidence intervals for the single proportion", Stat Med 17:857);
- one mean: Student's t interval (statsmodels `DescrStatsW.tconfint_mean`);
- difference of independent proportions: Newcombe's hybrid score interval, his method 10
  (statsmodels `confint_proportions_2indep(method="newcomb")`; Newcombe 1998b, "Interval
  estimation for the difference between independent proportions", Stat Med 17:873);
- difference of independent means: Welch's t with Satterthwaite's degrees of freedom
  (statsmodels `CompareMeans.tconfint_diff(usevar="unequal")`);
- matched respondents, means: paired t (SciPy `ttest_rel(...).confidence_interval`);
- matched respondents, proportions: Newcombe's square-and-add score interval for paired data
  (Newcombe 1998c, "Improved confidence intervals for the difference between binomial
  proportions based on paired data", Stat Med 17:2635, method 10). Neither statsmodels nor
  SciPy has it, so it is written out below from the paper: Wilson limits of the two margins,
  combined with the phi correlation of the 2x2 table (corrected as in the paper: zero for
  0 <= AD-BC <= n/2, AD-BC-n/2 above it);
- difference-in-differences with a comparison area, proportions and means: (E1 - E0) -
  (C1 - C0) with a Wald interval whose variance is the sum of the four independent variances
  (p(1-p)/n for a proportion, s²/n for a mean). It equals the interaction coefficient of an OLS
  on the four cell indicators with heteroskedasticity-robust errors (HC0 for proportions, HC2
  for means), which the tests check with statsmodels.

`too_small` (the "too small to say anything" warning) is raised when any group has fewer
than `MIN_N` (30) answers or pairs, or, for proportions, when there are fewer than
`MIN_EVENTS` (5) "yes" or 5 "no" answers: in all groups together for the score methods
(Wilson, Newcombe), which stay valid with few events, and in each group for the Wald-based
difference-in-differences, whose normal approximation needs them in every cell. With fewer
than two answers in a group a mean has no interval at all (`low` and `high` are None); with
no answer at all there is no estimate either. When every answer in the data is the same, a
mean's interval shrinks to the point itself: the data show no spread to estimate from, and
the sample-size warning still applies.

Estimates of change are endline minus baseline (and treated minus comparison).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

CONFIDENCE = 0.95
MIN_N = 30
MIN_EVENTS = 5

#: (successes, answers), e.g. (56, 70): 56 of 70 respondents said "yes".
Count = tuple[int, int]


@dataclass(frozen=True)
class Interval:
    method: str
    estimate: float | None
    low: float | None
    high: float | None
    n: tuple[int, ...]
    too_small: bool

    @property
    def detectable(self) -> bool:
        """The interval excludes zero; otherwise say "no detectable change"."""
        if self.low is None or self.high is None:
            return False
        return self.low > 0 or self.high < 0


def _z(confidence: float) -> float:
    return float(stats.norm.ppf(1 - (1 - confidence) / 2))


def _check_count(count: Count) -> None:
    successes, n = count
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"a count needs 0 <= successes <= n, got {successes} of {n}")


def _few_events(counts: Sequence[Count]) -> bool:
    yes = sum(x for x, _ in counts)
    no = sum(n - x for x, n in counts)
    return yes < MIN_EVENTS or no < MIN_EVENTS


def _clip(value: float, low: float = -1.0, high: float = 1.0) -> float:
    return min(max(value, low), high)


def proportion_interval(successes: int, n: int, *, confidence: float = CONFIDENCE) -> Interval:
    """One proportion with its Wilson score interval."""
    _check_count((successes, n))
    if n == 0:
        return Interval("wilson", None, None, None, (0,), True)
    low, high = proportion_confint(successes, n, alpha=1 - confidence, method="wilson")
    too_small = n < MIN_N or _few_events([(successes, n)])
    return Interval("wilson", successes / n, float(low), float(high), (n,), too_small)


def mean_interval(values: Sequence[float], *, confidence: float = CONFIDENCE) -> Interval:
    """One mean with its Student's t interval."""
    data = np.asarray(values, dtype=float)
    n = len(data)
    if n == 0:
        return Interval("t", None, None, None, (0,), True)
    estimate = float(data.mean())
    if n < 2:
        return Interval("t", estimate, None, None, (n,), True)
    if float(data.std()) == 0.0:
        return Interval("t", estimate, estimate, estimate, (n,), n < MIN_N)
    low, high = DescrStatsW(data).tconfint_mean(alpha=1 - confidence)
    return Interval("t", estimate, float(low), float(high), (n,), n < MIN_N)


def proportion_difference(
    *, endline: Count, baseline: Count, confidence: float = CONFIDENCE
) -> Interval:
    """Difference of two independent proportions, Newcombe's hybrid score interval."""
    _check_count(endline)
    _check_count(baseline)
    (x1, n1), (x0, n0) = endline, baseline
    if n1 == 0 or n0 == 0:
        return Interval("newcombe", None, None, None, (n1, n0), True)
    low, high = confint_proportions_2indep(
        x1, n1, x0, n0, method="newcomb", compare="diff", alpha=1 - confidence
    )
    too_small = min(n1, n0) < MIN_N or _few_events([endline, baseline])
    estimate = x1 / n1 - x0 / n0
    return Interval(
        "newcombe", estimate, _clip(float(low)), _clip(float(high)), (n1, n0), too_small
    )


def mean_difference(
    *, endline: Sequence[float], baseline: Sequence[float], confidence: float = CONFIDENCE
) -> Interval:
    """Difference of two independent means, Welch's t interval."""
    e, b = np.asarray(endline, dtype=float), np.asarray(baseline, dtype=float)
    sizes = (len(e), len(b))
    if min(sizes) == 0:
        return Interval("welch", None, None, None, sizes, True)
    estimate = float(e.mean() - b.mean())
    if min(sizes) < 2:
        return Interval("welch", estimate, None, None, sizes, True)
    too_small = min(sizes) < MIN_N
    if float(e.std()) == 0.0 and float(b.std()) == 0.0:
        return Interval("welch", estimate, estimate, estimate, sizes, too_small)
    compare = CompareMeans(DescrStatsW(e), DescrStatsW(b))
    low, high = compare.tconfint_diff(alpha=1 - confidence, usevar="unequal")
    return Interval("welch", estimate, float(low), float(high), sizes, too_small)


def paired_mean_difference(
    *, pairs: Sequence[tuple[float, float]], confidence: float = CONFIDENCE
) -> Interval:
    """Mean change of matched respondents, given (baseline, endline) pairs: paired t."""
    data = np.asarray(pairs, dtype=float).reshape(-1, 2)
    n = len(data)
    if n == 0:
        return Interval("paired_t", None, None, None, (0,), True)
    differences = data[:, 1] - data[:, 0]
    estimate = float(differences.mean())
    if n < 2:
        return Interval("paired_t", estimate, None, None, (n,), True)
    if float(differences.std()) == 0.0:
        return Interval("paired_t", estimate, estimate, estimate, (n,), n < MIN_N)
    result = stats.ttest_rel(data[:, 1], data[:, 0])
    ci = result.confidence_interval(confidence_level=confidence)
    return Interval("paired_t", estimate, float(ci.low), float(ci.high), (n,), n < MIN_N)


def paired_table(pairs: Sequence[tuple[bool, bool]]) -> tuple[int, int, int, int]:
    """(both, baseline only, endline only, neither) from (baseline, endline) answers."""
    both = sum(1 for b, e in pairs if b and e)
    baseline_only = sum(1 for b, e in pairs if b and not e)
    endline_only = sum(1 for b, e in pairs if e and not b)
    return both, baseline_only, endline_only, len(pairs) - both - baseline_only - endline_only


def _paired_phi(both: int, baseline_only: int, endline_only: int, neither: int) -> float:
    n = both + baseline_only + endline_only + neither
    margins = (
        (both + baseline_only)
        * (endline_only + neither)
        * (both + endline_only)
        * (baseline_only + neither)
    )
    if margins == 0:
        return 0.0
    cross = both * neither - baseline_only * endline_only
    # Newcombe (1998c) shrinks a positive association by n/2 (a continuity correction of phi).
    if cross > n / 2:
        corrected = cross - n / 2
    elif cross >= 0:
        corrected = 0.0
    else:
        corrected = float(cross)
    return corrected / math.sqrt(margins)


def paired_proportion_difference(
    *,
    both: int,
    baseline_only: int,
    endline_only: int,
    neither: int,
    confidence: float = CONFIDENCE,
) -> Interval:
    """Change in a proportion among matched respondents: Newcombe's paired score interval.

    The four counts are the 2x2 table of (baseline, endline) answers: "yes" both times,
    "yes" only at baseline, "yes" only at endline, "yes" neither time.
    """
    cells = (both, baseline_only, endline_only, neither)
    if min(cells) < 0:
        raise ValueError("counts cannot be negative")
    n = sum(cells)
    if n == 0:
        return Interval("newcombe_paired", None, None, None, (0,), True)
    p1, p0 = (both + endline_only) / n, (both + baseline_only) / n
    l1, u1 = proportion_confint(both + endline_only, n, alpha=1 - confidence, method="wilson")
    l0, u0 = proportion_confint(both + baseline_only, n, alpha=1 - confidence, method="wilson")
    phi = _paired_phi(*cells)
    estimate = p1 - p0
    below = math.sqrt(max((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u0 - p0) + (u0 - p0) ** 2, 0))
    above = math.sqrt(max((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p0 - l0) + (p0 - l0) ** 2, 0))
    too_small = n < MIN_N or _few_events([(both + endline_only, n), (both + baseline_only, n)])
    return Interval(
        "newcombe_paired",
        estimate,
        _clip(estimate - below),
        _clip(estimate + above),
        (n,),
        too_small,
    )


def _wald(
    method: str,
    estimate: float,
    variance: float,
    sizes: tuple[int, ...],
    confidence: float,
    too_small: bool,
) -> Interval:
    half = _z(confidence) * math.sqrt(variance)
    return Interval(method, estimate, estimate - half, estimate + half, sizes, too_small)


def did_proportion(
    *,
    treated_baseline: Count,
    treated_endline: Count,
    comparison_baseline: Count,
    comparison_endline: Count,
    confidence: float = CONFIDENCE,
) -> Interval:
    """Difference-in-differences of proportions with a comparison area (Wald interval)."""
    counts = (treated_endline, treated_baseline, comparison_endline, comparison_baseline)
    for count in counts:
        _check_count(count)
    sizes = tuple(n for _, n in counts)
    if min(sizes) == 0:
        return Interval("did_wald", None, None, None, sizes, True)
    p = [x / n for x, n in counts]
    estimate = (p[0] - p[1]) - (p[2] - p[3])
    variance = sum(pi * (1 - pi) / n for pi, n in zip(p, sizes, strict=True))
    too_small = min(sizes) < MIN_N or any(_few_events([c]) for c in counts)
    return _wald("did_wald", estimate, variance, sizes, confidence, too_small)


def did_mean(
    *,
    treated_baseline: Sequence[float],
    treated_endline: Sequence[float],
    comparison_baseline: Sequence[float],
    comparison_endline: Sequence[float],
    confidence: float = CONFIDENCE,
) -> Interval:
    """Difference-in-differences of means with a comparison area (Wald interval)."""
    groups = [
        np.asarray(g, dtype=float)
        for g in (treated_endline, treated_baseline, comparison_endline, comparison_baseline)
    ]
    sizes = tuple(len(g) for g in groups)
    if min(sizes) == 0:
        return Interval("did_wald", None, None, None, sizes, True)
    m = [float(g.mean()) for g in groups]
    estimate = (m[0] - m[1]) - (m[2] - m[3])
    if min(sizes) < 2:
        return Interval("did_wald", estimate, None, None, sizes, True)
    variance = sum(float(g.var(ddof=1)) / len(g) for g in groups)
    return _wald("did_wald", estimate, variance, sizes, confidence, min(sizes) < MIN_N)
