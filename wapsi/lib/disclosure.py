"""Statistical disclosure control: every figure that leaves a centre goes through here.

Framework-free (no Django). A table is a set of *leaf* counts of people keyed by one
value per dimension; each dimension may carry a hierarchy (district within province
within country, month within quarter within year). ``protect`` publishes the leaves
and every aggregate (each hierarchy level and the grand total, along every dimension
and their combinations) with small cells suppressed:

- primary: any cell (leaf or aggregate) counting fewer than ``threshold`` people,
  zero included, is hidden;
- secondary: further cells are hidden so that nothing hidden can be recovered or
  narrowed to an interval narrower than ``protection`` by arithmetic on what is
  published.

``audit`` checks a published table the way tau-ARGUS does: for each hidden cell it
computes, with linear programming over the published cells and the table's additive
structure alone, the tightest interval consistent with what is published.

THE SIGNATURES AND TYPES BELOW ARE STABLE (new optional arguments and functions only).

How ``protect`` chooses secondary cells: the table's structure is a set of equations, one
per aggregate cell and dimension along which it has children (aggregate = sum of the
children). A fast pass makes sure that in every equation no hidden cell is the only hidden
one, and that the hidden children of a published aggregate hold at least ``protection``
people between them when one of them is primary. Then the linear-programming audit runs,
and while it finds a cell too narrowly bounded, the cheapest published cell in one of that
cell's equations is hidden as well. Hiding a cell only removes information, so a cell the
audit once passed stays protected: each round re-audits only the failing and newly hidden
cells, and the loop ends (at worst with everything hidden) with an audit that finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import linprog

_RANDOM_ROUNDS = 3  # programs with random objectives whose optima certify many cells at once
_HIGHS = {"presolve": False}  # measured: presolve costs more than it saves on these sparse sums

TOTAL = "*"  # the value of a dimension in a key that stands for "all of this dimension"

Key = tuple[str, ...]


@dataclass(frozen=True)
class Dimension:
    """One breakdown of a table.

    ``parents`` maps each value to the value one level up (``None`` or absent: top
    level, directly under the total). Leaves are the values nobody names as parent.
    """

    name: str
    parents: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    dimensions: Sequence[Dimension]
    leaves: Mapping[Key, int]  # one key per combination of leaf values; absent = 0


@dataclass(frozen=True)
class Protected:
    """A table ready to publish: ``cells[key]`` is the count, or ``None`` when hidden."""

    cells: dict[Key, int | None]
    primary: frozenset[Key]
    secondary: frozenset[Key]
    threshold: int
    protection: int = 0  # the interval width every primary cell keeps (audit's ``protection``)

    def shown(self, key: Key) -> int | None:
        return self.cells.get(key)


@dataclass(frozen=True)
class Finding:
    """A hidden cell whose audited interval is too narrow.

    ``required`` is the width the cell needed: ``protection`` for a primary cell, 0 for a
    secondary one (which must merely not be determined exactly).
    """

    key: Key
    low: float
    high: float
    required: float


def dimension_values(dimension: Dimension, leaves: set[str]) -> dict[str, list[str]]:
    """Each value of a dimension with its chain of ancestors up to (and including) TOTAL."""
    values = set(dimension.parents) | {p for p in dimension.parents.values() if p} | leaves
    chains: dict[str, list[str]] = {}
    for value in values:
        chain = [value]
        seen = {value}
        parent = dimension.parents.get(value)
        while parent:
            if parent in seen:
                raise ValueError(f"cycle in the hierarchy of {dimension.name!r} at {parent!r}")
            chain.append(parent)
            seen.add(parent)
            parent = dimension.parents.get(parent)
        chain.append(TOTAL)
        chains[value] = chain
    chains[TOTAL] = [TOTAL]
    return chains


def _chains(table: Table) -> list[dict[str, list[str]]]:
    """The chains of every dimension, after checking that each leaf key names leaf values."""
    width = len(table.dimensions)
    for key in table.leaves:
        if len(key) != width:
            raise ValueError(f"the key {key!r} does not have one value per dimension")
    chains = [
        dimension_values(dim, {key[i] for key in table.leaves})
        for i, dim in enumerate(table.dimensions)
    ]
    for i, dim in enumerate(table.dimensions):
        aggregates = {p for p in dim.parents.values() if p} | {TOTAL}
        for key in table.leaves:
            if key[i] in aggregates:
                raise ValueError(f"{key[i]!r} of {dim.name!r} is an aggregate, not a leaf value")
    return chains


def table_cells(table: Table) -> dict[Key, int]:
    """Every cell of the table, leaves and all aggregates, with its count (zeros included)."""
    chains = _chains(table)
    cells: dict[Key, int] = dict.fromkeys(product(*(sorted(c) for c in chains)), 0)
    for key, count in table.leaves.items():
        if count < 0:
            raise ValueError(f"a negative count at {key!r}")
        for agg in product(*(chains[i][v] for i, v in enumerate(key))):
            cells[agg] += count
    return cells


# --- the table's additive structure ---------------------------------------------------------


@dataclass(frozen=True)
class _Structure:
    keys: list[Key]  # every cell, sorted: the index of a cell is its position here
    index: dict[Key, int]
    equations: list[tuple[int, ...]]  # (aggregate, *children) along one dimension
    of_cell: list[list[int]]  # the equations each cell takes part in
    matrix: Any  # scipy CSR, one row per equation: +1 for the aggregate, -1 for each child
    grand_total: int


def _structure(table: Table) -> _Structure:
    chains = _chains(table)
    children: list[dict[str, list[str]]] = []
    for chain in chains:
        kids: dict[str, list[str]] = {}
        for value, ancestors in chain.items():
            if value != TOTAL:
                kids.setdefault(ancestors[1], []).append(value)
        children.append({parent: sorted(values) for parent, values in kids.items()})
    keys = list(product(*(sorted(c) for c in chains)))
    index = {key: i for i, key in enumerate(keys)}
    equations: list[tuple[int, ...]] = []
    for d, kids in enumerate(children):
        for key in keys:
            below = kids.get(key[d])
            if below:
                equations.append(
                    (index[key], *(index[(*key[:d], c, *key[d + 1 :])] for c in below))
                )
    of_cell: list[list[int]] = [[] for _ in keys]
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for e, members in enumerate(equations):
        for position, cell in enumerate(members):
            of_cell[cell].append(e)
            rows.append(e)
            cols.append(cell)
            data.append(1.0 if position == 0 else -1.0)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(equations), len(keys)))
    grand = index[(TOTAL,) * len(chains)]
    return _Structure(keys, index, equations, of_cell, matrix, grand)


# --- the audit by linear programming --------------------------------------------------------


class _Auditor:
    """Intervals of hidden cells of one published state of a table.

    ``values`` holds the published counts (entries of hidden cells are ignored); ``truth``,
    when given, is a point known to satisfy every constraint (``protect`` knows the real
    counts), used only to skip linear programs, never to narrow an interval.

    Connected components of hidden cells (linked by sharing an equation) are independent, so
    one linear program over all of them with a separable objective answers one question per
    component at once: each call of the solver maximises (or minimises) one cell of every
    component that still has an open question. Every optimal point is also a feasible point:
    the range of values seen across them certifies most cells without a program of their own.
    """

    def __init__(
        self,
        structure: _Structure,
        values: np.ndarray,
        hidden: np.ndarray,
        truth: np.ndarray | None = None,
    ) -> None:
        self.st = structure
        self.hidden = hidden
        self.truth = truth
        published = np.where(hidden, 0.0, values)
        self.rhs = -(structure.matrix @ published)  # A_hidden x = rhs, per equation
        scale = float(published.max()) if len(published) else 0.0
        self.tol = 1e-6 * max(1.0, scale)
        settled = (abs(structure.matrix) @ hidden.astype(float)) == 0
        if np.any(np.abs(self.rhs[settled]) > self.tol):
            raise ValueError("the published cells contradict the table's sums")
        # Upper bound of the maximising programs, so that several can share one solve: a
        # cell reaching it counts as unbounded (it is at least that large, far beyond any
        # protection width); ``intervals`` and audit findings re-check such cells without it.
        self.box = 1e3 * (1.0 + scale) + 1e3
        self.component = self._components()

    def _components(self) -> np.ndarray:
        parent = list(range(len(self.st.keys)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for members in self.st.equations:
            inside = [m for m in members if self.hidden[m]]
            for other in inside[1:]:
                a, b = find(inside[0]), find(other)
                if a != b:
                    parent[b] = a
        return np.array([find(i) for i in range(len(parent))])

    def check(
        self,
        targets: Iterable[int],
        required: Mapping[int, float],
        *,
        exact: bool = False,
        confirm: bool = True,
    ) -> dict[int, tuple[float, float]]:
        """The interval of every target whose width falls short of ``required`` (of every
        target when ``exact``: no program is skipped then). Without ``confirm`` a reported
        interval may be narrower than the exact one (never wider)."""
        wanted = sorted(set(targets))
        free = [t for t in wanted if not self.st.of_cell[t]]  # in no equation: unbounded
        wanted = [t for t in wanted if self.st.of_cell[t]]
        out = {t: (0.0, float("inf")) for t in free} if exact else {}
        if not wanted:
            return out
        roots = sorted(set(self.component[wanted].tolist()))
        cols = np.flatnonzero(np.isin(self.component, roots) & self.hidden)
        rows = sorted({e for c in cols for e in self.st.of_cell[c]})
        lp = _Program(self.st.matrix[rows][:, cols], self.rhs[rows], self.component[cols])
        local = {int(c): j for j, c in enumerate(cols)}
        seen = _Seen(len(cols))
        if not exact and self.truth is not None:
            seen.add(np.arange(len(cols)), self.truth[cols])
        need = {local[t]: max(required.get(t, 0.0), 2 * self.tol) for t in wanted}

        def open_(j: int) -> bool:
            return exact or seen.width(j) < need[j] - self.tol

        if not exact and len(wanted) > 2:
            rng = np.random.default_rng(len(cols))
            for _ in range(_RANDOM_ROUNDS):
                groups = {lp.group[j] for j in need if open_(j)}
                if not groups:
                    break
                signs = rng.choice([-1.0, 1.0], lp.n) * rng.uniform(0.5, 1.5, lp.n)
                at, x = lp.solve(groups, signs, box=self.box)
                seen.add(at, x)
        high = self._batches(lp, seen, need, open_, maximise=True)
        low = self._batches(lp, seen, need, lambda j: j in high and open_(j), maximise=False)
        for t in wanted:
            j = local[t]
            if j in low and (exact or high[j] - low[j] < need[j] - self.tol):
                out[t] = (low[j], high[j])
        if confirm:  # the maximising programs were boxed: check those results without the box
            for t, (lo, hi) in list(out.items()):
                if hi >= self.box - self.tol or not exact:
                    out[t] = (lo, lp.maximum(local[t]))
        if not exact:
            out = {t: iv for t, iv in out.items() if iv[1] - iv[0] < need[local[t]] - self.tol}
        return out

    def binding(self, cell: int) -> set[int]:
        """Published cells whose values bound ``cell``'s interval (nonzero sensitivity of
        its maximum or minimum to them, read off the programs' dual values)."""
        cols = np.flatnonzero((self.component == self.component[cell]) & self.hidden)
        rows = sorted({e for c in cols for e in self.st.of_cell[c]})
        a = self.st.matrix[rows]
        c = np.zeros(len(cols))
        c[int(np.flatnonzero(cols == cell)[0])] = 1.0
        found: set[int] = set()
        for sign in (1.0, -1.0):
            res = linprog(
                sign * c,
                A_eq=a[:, cols],
                b_eq=self.rhs[rows],
                bounds=(0, self.box),
                method="highs",
                options=_HIGHS,
            )
            if res.status != 0:
                continue
            sensitivity = -(a.T @ np.asarray(res.eqlin.marginals))
            found |= {
                int(i) for i in np.flatnonzero(np.abs(sensitivity) > 1e-9) if not self.hidden[i]
            }
        return found

    def _batches(
        self,
        lp: _Program,
        seen: _Seen,
        cells: Iterable[int],
        open_: Callable[[int], bool],
        *,
        maximise: bool,
    ) -> dict[int, float]:
        """The optimum of every open cell, one cell per component in each solve."""
        found: dict[int, float] = {}
        cells = sorted(cells)
        while True:
            picked: dict[int, int] = {}
            for j in cells:
                g = lp.group[j]
                if j not in found and g not in picked and open_(j):
                    picked[g] = j
            if not picked:
                return found
            c = np.zeros(lp.n)
            c[list(picked.values())] = -1.0 if maximise else 1.0
            at, x = lp.solve(set(picked), c, box=self.box if maximise else None)
            if x is None:
                raise RuntimeError("a bounded linear program reported no optimum")
            seen.add(at, x)
            full = dict(zip(at.tolist(), x.tolist(), strict=True))
            for j in picked.values():
                found[j] = max(0.0, full[j])


class _Seen:
    """The range of each cell over feasible points met so far (within its true interval)."""

    def __init__(self, n: int) -> None:
        self.lo = np.full(n, np.inf)
        self.hi = np.full(n, -np.inf)

    def add(self, at: np.ndarray, x: np.ndarray | None) -> None:
        if x is not None:
            self.lo[at] = np.minimum(self.lo[at], x)
            self.hi[at] = np.maximum(self.hi[at], x)

    def width(self, j: int) -> float:
        return float(self.hi[j] - self.lo[j])


class _Program:
    """The equality system of some components of hidden cells, with x >= 0. Components
    share no equation, so any of them can be solved apart from the others."""

    def __init__(self, a: Any, b: np.ndarray, group: np.ndarray) -> None:
        self.a = a.tocsc()
        self.b = b
        self.n = a.shape[1]
        self.group = group.tolist()
        self.members: dict[int, list[int]] = {}
        for j, g in enumerate(self.group):
            self.members.setdefault(g, []).append(j)

    def solve(
        self, groups: Iterable[int], c: np.ndarray, *, box: float | None = None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """The columns of ``groups`` and an optimal point on them (None when unbounded)."""
        at = np.array(sorted(j for g in groups for j in self.members[g]), dtype=int)
        a = self.a[:, at]
        rows = np.unique(a.nonzero()[0])
        res = linprog(
            c[at], A_eq=a[rows], b_eq=self.b[rows], bounds=(0, box), method="highs", options=_HIGHS
        )
        if res.status == 2:
            raise ValueError("the published cells contradict the table's sums")
        if res.status == 0:
            return at, np.asarray(res.x)
        if res.status == 3:
            return at, None
        raise RuntimeError(f"linear program failed: {res.message}")

    def maximum(self, j: int) -> float:
        """The exact maximum of one cell, infinity when unbounded."""
        c = np.zeros(self.n)
        c[j] = -1.0
        at, x = self.solve([self.group[j]], c)
        return float("inf") if x is None else max(0.0, float(x[list(at).index(j)]))


def _required(primary: np.ndarray, protection: float) -> dict[int, float]:
    return {int(i): float(protection) for i in np.flatnonzero(primary)}


def audit(
    table: Table, cells: Mapping[Key, int | None], *, primary: frozenset[Key], protection: int
) -> list[Finding]:
    """Intervals of hidden cells from what is published; findings where too narrow.

    Uses only ``table``'s structure (dimensions, hierarchies), never its counts.
    A primary cell needs an interval at least ``protection`` wide; any other hidden
    cell must merely not be determined exactly. A cell absent from ``cells`` counts as
    hidden. Raises ``ValueError`` when the published cells do not add up.
    """
    st, values, hidden = _published(table, cells)
    is_primary = np.array([k in primary for k in st.keys], dtype=bool) & hidden
    required = _required(is_primary, protection)
    failing = _Auditor(st, values, hidden).check(np.flatnonzero(hidden), required)
    return [
        Finding(st.keys[i], low, high, required.get(i, 0.0))
        for i, (low, high) in sorted(failing.items())
    ]


def intervals(table: Table, cells: Mapping[Key, int | None]) -> dict[Key, tuple[float, float]]:
    """The tightest interval of every hidden cell (two linear programs each, none skipped)."""
    st, values, hidden = _published(table, cells)
    found = _Auditor(st, values, hidden).check(np.flatnonzero(hidden), {}, exact=True)
    return {st.keys[i]: interval for i, interval in sorted(found.items())}


def _published(
    table: Table, cells: Mapping[Key, int | None]
) -> tuple[_Structure, np.ndarray, np.ndarray]:
    st = _structure(table)
    shown = [cells.get(k) for k in st.keys]
    hidden = np.array([v is None for v in shown], dtype=bool)
    values = np.array([0.0 if v is None else float(v) for v in shown])
    return st, values, hidden


# --- secondary suppression -------------------------------------------------------------------


def protect(table: Table, *, threshold: int, protection: int | None = None) -> Protected:
    """Suppress small cells and protect them against recovery (see module docstring)."""
    if threshold < 0:
        raise ValueError("the threshold cannot be negative")
    protection = threshold if protection is None else protection
    if protection < 0:
        raise ValueError("the protection width cannot be negative")
    counts = table_cells(table)
    st = _structure(table)
    values = np.array([float(counts[k]) for k in st.keys])
    primary = values < threshold
    hidden = primary.copy()
    cost = 1.0 + values
    cost[st.grand_total] = np.inf  # hidden only when itself small, or nothing else is left
    _Suppressor(st, values, hidden, primary, cost, protection).run()
    cells: dict[Key, int | None] = {
        k: (None if hidden[i] else counts[k]) for i, k in enumerate(st.keys)
    }
    return Protected(
        cells=cells,
        primary=frozenset(k for i, k in enumerate(st.keys) if primary[i]),
        secondary=frozenset(k for i, k in enumerate(st.keys) if hidden[i] and not primary[i]),
        threshold=threshold,
        protection=protection,
    )


class _Suppressor:
    def __init__(
        self,
        st: _Structure,
        values: np.ndarray,
        hidden: np.ndarray,
        primary: np.ndarray,
        cost: np.ndarray,
        protection: int,
    ) -> None:
        self.st, self.values, self.hidden, self.primary = st, values, hidden, primary
        self.cost, self.protection = cost, protection
        self.rounds = 0
        self.required: dict[int, float] = {}

    def run(self) -> None:
        targets = set(np.flatnonzero(self.hidden).tolist())
        targets |= self._local_pass(range(len(self.st.equations)))
        required = self.required = _required(self.primary, self.protection)
        while targets:
            self.rounds += 1
            auditor = _Auditor(self.st, self.values, self.hidden, truth=self.values)
            failing = auditor.check(targets, required)
            added = self._widen(failing, auditor)
            added |= self._local_pass({e for c in added for e in self.st.of_cell[c]})
            targets = set(failing) | added

    def _hide_cheapest(self, members: Iterable[int], room: float = 0.0) -> int | None:
        """Hide the cheapest published cell holding at least ``room`` people (failing that,
        the largest: the most room for the least cells); the grand total last."""

        def rank(m: int) -> tuple[bool, bool, float, int]:
            enough = self.values[m] >= room
            return (
                self.cost[m] == np.inf,
                not enough,
                self.cost[m] if enough else -self.values[m],
                m,
            )

        best = min((m for m in members if not self.hidden[m]), key=rank, default=None)
        if best is not None:
            self.hidden[best] = True
        return best

    def _local_pass(self, equations: Iterable[int]) -> set[int]:
        """Hide cells until no equation betrays a hidden cell on its own (see module doc)."""
        added: set[int] = set()
        queue = list(equations)
        queued = set(queue)
        while queue:
            e = queue.pop()
            queued.discard(e)
            members = self.st.equations[e]
            inside = [m for m in members if self.hidden[m]]
            if not inside or len(inside) == len(members):
                continue
            lonely = len(inside) == 1
            cramped = (
                not self.hidden[members[0]]
                and any(self.primary[m] for m in inside)
                and sum(self.values[m] for m in inside) < self.protection
            )
            if not (lonely or cramped):
                continue
            cell = self._hide_cheapest(members)
            if cell is None:
                continue
            added.add(cell)
            for other in (*self.st.of_cell[cell], e):
                if other not in queued:
                    queued.add(other)
                    queue.append(other)
        return added

    def _widen(self, failing: Mapping[int, tuple[float, float]], auditor: _Auditor) -> set[int]:
        """For each failing cell, hide the cheapest published cell of one of its equations."""
        added: set[int] = set()
        touched: set[int] = set()  # equations that gained a hidden cell in this round
        for cell in sorted(failing):
            own = self.st.of_cell[cell]
            if touched.intersection(own):
                continue  # give this round's new suppression a chance to free it first
            low, high = failing[cell]
            room = self.required.get(cell, 0.0) - (high - low)
            near = auditor.binding(cell) or {m for e in own for m in self.st.equations[e]}
            chosen = self._hide_cheapest(near, room)
            if chosen is None:
                same = np.flatnonzero((auditor.component == auditor.component[cell]) & self.hidden)
                around = {m for c in same for e in self.st.of_cell[c] for m in self.st.equations[e]}
                chosen = self._hide_cheapest(around)
            if chosen is None:
                chosen = self._hide_cheapest(range(len(self.st.keys)))
            if chosen is not None:
                added.add(chosen)
                touched.update(self.st.of_cell[chosen])
        return added


# --- output ----------------------------------------------------------------------------------


def small(value: int | None, threshold: int) -> bool:
    """Whether a single figure (a count of people behind a mean, median or rate) must be hidden."""
    return value is None or value < threshold


def shown_text(
    value: int | None,
    threshold: int,
    *,
    format_number: Callable[[int], str],
    template: str = "<{threshold}",
    hidden_text: str | None = None,
) -> str:
    """A cell as readers see it: the number, or "<10" for a hidden one.

    ``format_number`` is the caller's locale-aware formatter (digits of the reader's
    language); ``template`` may be a translated pattern with a ``{threshold}`` placeholder,
    and ``hidden_text`` replaces it altogether (a secondary cell is not under the threshold:
    a caller may mark it differently). A value under the threshold is hidden even when the
    caller forgot to suppress it.
    """
    if small(value, threshold):
        if hidden_text is not None:
            return hidden_text
        return template.format(threshold=format_number(threshold))
    assert value is not None  # noqa: S101 -- small() is true for None
    return format_number(value)
