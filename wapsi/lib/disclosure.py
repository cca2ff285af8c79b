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

THE SIGNATURES AND TYPES BELOW ARE STABLE. Secondary suppression and the audit are
being written; until then ``protect`` does primary suppression only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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

    def shown(self, key: Key) -> int | None:
        return self.cells.get(key)


@dataclass(frozen=True)
class Finding:
    """A hidden cell whose audited interval is too narrow."""

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


def table_cells(table: Table) -> dict[Key, int]:
    """Every cell of the table, leaves and all aggregates, with its count (zeros included)."""
    from itertools import product

    chains = [
        dimension_values(dim, {key[i] for key in table.leaves})
        for i, dim in enumerate(table.dimensions)
    ]
    cells: dict[Key, int] = dict.fromkeys(product(*(list(c) for c in chains)), 0)
    for key, count in table.leaves.items():
        if count < 0:
            raise ValueError(f"a negative count at {key!r}")
        for agg in product(*(chains[i][v] for i, v in enumerate(key))):
            cells[agg] += count
    return cells


def protect(table: Table, *, threshold: int, protection: int | None = None) -> Protected:
    """Suppress small cells and protect them against recovery (see module docstring)."""
    counts = table_cells(table)
    primary = frozenset(k for k, v in counts.items() if v < threshold)
    cells: dict[Key, int | None] = {k: (None if k in primary else v) for k, v in counts.items()}
    return Protected(cells=cells, primary=primary, secondary=frozenset(), threshold=threshold)


def audit(
    table: Table, cells: Mapping[Key, int | None], *, primary: frozenset[Key], protection: int
) -> list[Finding]:
    """Intervals of hidden cells from what is published; findings where too narrow.

    Uses only ``table``'s structure (dimensions, hierarchies), never its counts.
    A primary cell needs an interval at least ``protection`` wide; any other hidden
    cell must merely not be determined exactly.
    """
    raise NotImplementedError


def small(value: int | None, threshold: int) -> bool:
    """Whether a single figure (a count of people behind a mean, median or rate) must be hidden."""
    return value is None or value < threshold
