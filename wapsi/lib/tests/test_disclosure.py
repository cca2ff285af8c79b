"""The disclosure-control core on hand-made tables whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from wapsi.lib.disclosure import (
    TOTAL,
    Dimension,
    Finding,
    Table,
    audit,
    intervals,
    protect,
    shown_text,
    table_cells,
)

T = TOTAL

# A 2 x 2 table of people by row (a, b) and column (x, y), with its margins:
#          x    y  | total
#   a      3   20  |  23
#   b     15   25  |  40
#   total 18   45  |  63
TWO_BY_TWO = Table(
    [Dimension("row"), Dimension("column")],
    {("a", "x"): 3, ("a", "y"): 20, ("b", "x"): 15, ("b", "y"): 25},
)


def published(table: Table, *hidden: tuple[str, ...]) -> dict[tuple[str, ...], int | None]:
    cells: dict[tuple[str, ...], int | None] = dict(table_cells(table))
    for key in hidden:
        cells[key] = None
    return cells


def test_a_lone_suppressed_cell_in_a_row_with_its_total_is_recovered() -> None:
    cells = published(TWO_BY_TWO, ("a", "x"))
    findings = audit(TWO_BY_TWO, cells, primary=frozenset({("a", "x")}), protection=10)
    assert findings == [Finding(("a", "x"), pytest.approx(3.0), pytest.approx(3.0), 10.0)]
    assert intervals(TWO_BY_TWO, cells) == {("a", "x"): pytest.approx((3.0, 3.0))}


def test_two_hidden_cells_of_a_row_are_pinned_by_their_column_totals() -> None:
    cells = published(TWO_BY_TWO, ("a", "x"), ("a", "y"))
    findings = audit(TWO_BY_TWO, cells, primary=frozenset({("a", "x")}), protection=10)
    # (a, x) = 18 - 15 and (a, y) = 45 - 25: the primary cell is too narrow, and the
    # secondary one is determined exactly (its required width is 0: merely not exact).
    assert [(f.key, f.low, f.high, f.required) for f in findings] == [
        (("a", "x"), pytest.approx(3.0), pytest.approx(3.0), 10.0),
        (("a", "y"), pytest.approx(20.0), pytest.approx(20.0), 0.0),
    ]


def test_a_hidden_cycle_with_published_margins_is_protected() -> None:
    interior = [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y")]
    cells = published(TWO_BY_TWO, *interior)
    assert audit(TWO_BY_TWO, cells, primary=frozenset({("a", "x")}), protection=10) == []
    # With (a, x) = t: (a, y) = 23 - t, (b, x) = 18 - t, (b, y) = 22 + t, all >= 0, so
    # t runs over [0, 18]; and the interval is what the audit would need more than 18 for.
    assert intervals(TWO_BY_TWO, cells) == {
        ("a", "x"): pytest.approx((0.0, 18.0)),
        ("a", "y"): pytest.approx((5.0, 23.0)),
        ("b", "x"): pytest.approx((0.0, 18.0)),
        ("b", "y"): pytest.approx((22.0, 40.0)),
    }
    assert audit(TWO_BY_TWO, cells, primary=frozenset({("a", "x")}), protection=19) == [
        Finding(("a", "x"), pytest.approx(0.0), pytest.approx(18.0), 19.0)
    ]


def test_the_audit_refuses_published_cells_that_do_not_add_up() -> None:
    cells = published(TWO_BY_TWO, ("a", "x"), ("b", "x"))
    cells[(T, T)] = 64
    with pytest.raises(ValueError, match="contradict"):
        audit(TWO_BY_TWO, cells, primary=frozenset({("a", "x")}), protection=10)


def test_a_hidden_grand_total_with_everything_hidden_is_unbounded() -> None:
    cells = dict.fromkeys(table_cells(TWO_BY_TWO))
    found = intervals(TWO_BY_TWO, cells)
    assert found[(T, T)] == (0.0, float("inf"))
    assert audit(TWO_BY_TWO, cells, primary=frozenset(cells), protection=10) == []


GEOGRAPHY = Dimension(
    "district",
    {"PK": None, "P1": "PK", "P2": "PK", "D1": "P1", "D2": "P1", "D3": "P2", "D4": "P2"},
)


def test_a_district_is_protected_within_its_province() -> None:
    table = Table([GEOGRAPHY], {("D1",): 3, ("D2",): 30, ("D3",): 40, ("D4",): 12})
    result = protect(table, threshold=10)
    # D1 = P1 - D2 would give it away: the cheapest partner in that sum is D2 (30 < 33).
    assert result.primary == {("D1",)}
    assert result.secondary == {("D2",)}
    assert result.cells[("P1",)] == 33
    assert result.cells[(T,)] == 85
    assert audit(table, result.cells, primary=result.primary, protection=10) == []
    assert intervals(table, result.cells) == {
        ("D1",): pytest.approx((0.0, 33.0)),
        ("D2",): pytest.approx((0.0, 33.0)),
    }


def test_a_province_whose_districts_cannot_cover_it_hides_more() -> None:
    # D1 + D2 = 8 < 10: hiding D2 alone would leave D1 in [0, 8], too narrow, so the province
    # goes too, and then its sibling P2, since PK = P1 + P2 is published.
    table = Table([GEOGRAPHY], {("D1",): 3, ("D2",): 5, ("D3",): 40, ("D4",): 12})
    result = protect(table, threshold=10)
    assert result.primary == {("D1",), ("D2",), ("P1",)}
    assert audit(table, result.cells, primary=result.primary, protection=10) == []
    assert result.cells[(T,)] == 60
    assert all(v is None or v >= 10 for v in result.cells.values())


def test_protect_on_a_two_way_table_with_margins() -> None:
    leaves = {
        ("Lahore", "f"): 4,
        ("Lahore", "m"): 31,
        ("Multan", "f"): 12,
        ("Multan", "m"): 18,
        ("Sialkot", "f"): 25,
        ("Sialkot", "m"): 7,
    }
    table = Table([Dimension("district"), Dimension("gender")], leaves)
    result = protect(table, threshold=10)
    assert result.primary == {("Lahore", "f"), ("Sialkot", "m")}
    assert result.secondary  # each primary cell needs a partner in its row and its column
    assert result.cells[(T, T)] == 97
    assert audit(table, result.cells, primary=result.primary, protection=10) == []
    assert all(v is None or v >= 10 for v in result.cells.values())
    assert not result.primary & result.secondary


def test_protection_may_be_set_apart_from_the_threshold() -> None:
    table = Table([GEOGRAPHY], {("D1",): 3, ("D2",): 12, ("D3",): 40, ("D4",): 12})
    assert (
        protect(table, threshold=10).secondary
        != protect(table, threshold=10, protection=30).secondary
    )
    wide = protect(table, threshold=10, protection=30)
    assert wide.protection == 30
    assert audit(table, wide.cells, primary=wide.primary, protection=30) == []


def test_everything_small_hides_everything() -> None:
    table = Table(
        TWO_BY_TWO.dimensions, {("a", "x"): 1, ("a", "y"): 2, ("b", "x"): 0, ("b", "y"): 3}
    )
    result = protect(table, threshold=10)
    assert set(result.cells.values()) == {None}
    assert result.primary == set(result.cells)
    assert result.secondary == frozenset()


def test_a_small_grand_total_is_hidden_with_what_would_give_it_away() -> None:
    table = Table(
        TWO_BY_TWO.dimensions, {("a", "x"): 0, ("a", "y"): 9, ("b", "x"): 0, ("b", "y"): 0}
    )
    result = protect(table, threshold=10)
    assert result.cells[(T, T)] is None
    assert audit(table, result.cells, primary=result.primary, protection=10) == []


def test_the_grand_total_is_not_hidden_when_smaller_cells_will_do() -> None:
    result = protect(TWO_BY_TWO, threshold=10)
    assert result.cells[(T, T)] == 63
    assert audit(TWO_BY_TWO, result.cells, primary=result.primary, protection=10) == []


@pytest.mark.parametrize(("count", "shown"), [(4, None), (40, 40)])
def test_a_single_cell(count: int, shown: int | None) -> None:
    table = Table([Dimension("district")], {("D1",): count})
    result = protect(table, threshold=10)
    assert result.cells == {("D1",): shown, (T,): shown}
    assert audit(table, result.cells, primary=result.primary, protection=10) == []


def test_an_empty_table() -> None:
    assert protect(Table([], {}), threshold=10).cells == {(): None}
    assert protect(Table([Dimension("district")], {}), threshold=10).cells == {(T,): None}
    assert audit(Table([], {}), {(): None}, primary=frozenset({()}), protection=10) == []


def test_a_dimension_with_one_value_hides_its_total_with_its_value() -> None:
    # (district, f) always equals (district, *): a hidden one would be read off the other.
    table = Table(
        [Dimension("district"), Dimension("gender")],
        {("D1", "f"): 4, ("D2", "f"): 30, ("D3", "f"): 25},
    )
    result = protect(table, threshold=10)
    assert result.cells[("D1", "f")] is None
    assert result.cells[("D1", T)] is None
    assert audit(table, result.cells, primary=result.primary, protection=10) == []


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        protect(Table([Dimension("district")], {("D1",): -1}), threshold=10)


def test_a_leaf_key_naming_an_aggregate_is_refused() -> None:
    with pytest.raises(ValueError, match="aggregate"):
        protect(Table([GEOGRAPHY], {("P1",): 12}), threshold=10)
    with pytest.raises(ValueError, match="one value per dimension"):
        protect(Table([GEOGRAPHY], {("D1", "f"): 12}), threshold=10)


def test_bad_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        protect(TWO_BY_TWO, threshold=-1)
    with pytest.raises(ValueError, match="protection"):
        protect(TWO_BY_TWO, threshold=10, protection=-1)


def eastern_arabic(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def test_shown_text_uses_the_callers_digits() -> None:
    assert shown_text(None, 10, format_number=eastern_arabic) == "<١٠"
    assert shown_text(1234, 10, format_number=eastern_arabic) == "١٢٣٤"
    assert shown_text(None, 10, format_number=str, template="fewer than {threshold}") == (
        "fewer than 10"
    )
    assert shown_text(None, 10, format_number=str, hidden_text="x") == "x"


def test_shown_text_never_shows_a_small_figure_that_slipped_through() -> None:
    assert shown_text(3, 10, format_number=str) == "<10"
    assert shown_text(10, 10, format_number=str) == "10"
