"""The SVG charts: structure for screen readers, escaping, suppressed cells, right-to-left, size."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from wapsi.stats.charts import PLOT_HEIGHT, Series, bar_chart, line_chart, nice_ticks

NS = "{http://www.w3.org/2000/svg}"
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic(n: int) -> str:
    return f"{n:,}".translate(ARABIC_DIGITS)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def bars(**overrides: object) -> str:
    args: dict[str, object] = {
        "title": "People counselled by centre",
        "description": "Women and men counselled in 2026, by centre.",
        "categories": ["Islamabad", "Lahore", "Peshawar"],
        "series": [Series("Women", [12, None, 40]), Series("Men", [20, 25, 60])],
        "number_format": str,
        "hidden_label": "<10",
        "rtl": False,
    }
    args.update(overrides)
    return bar_chart(**args)  # type: ignore[arg-type]


def texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{NS}text"))


def plain(element: ET.Element) -> str:
    return (element.text or "").strip("\u2067\u2069")


def series_rects(root: ET.Element) -> list[ET.Element]:
    """Bars drawn with a series pattern (legend swatches excluded: 12 units square)."""
    return [
        r
        for r in root.iter(f"{NS}rect")
        if re.fullmatch(r"url\(#c\w+-p\d+\)", r.get("fill", "")) and r.get("width") != "12"
    ]


def hidden_rects(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{NS}rect") if r.get("class") == "hidden"]


@pytest.mark.parametrize("kind", ["bar", "stacked", "line"])
def test_chart_is_an_image_named_by_its_title_and_description(kind: str) -> None:
    common = {
        "title": "Sessions",
        "description": "Sessions per month",
        "categories": ["2026-01", "2026-02"],
        "series": [Series("Sessions", [30, 40])],
        "number_format": str,
        "hidden_label": "<10",
        "rtl": False,
    }
    stacked = kind == "stacked"
    svg = line_chart(**common) if kind == "line" else bar_chart(**common, stacked=stacked)  # type: ignore[arg-type]
    root = parse(svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert re.fullmatch(r"0 0 400 \d+(\.\d)?", root.get("viewBox", ""))
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title is not None and desc is not None
    assert title.text == "Sessions" and desc.text == "Sessions per month"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    # Nothing to fetch or run: no script, no web font, no link out.
    assert "<script" not in svg and "@font-face" not in svg and "href" not in svg
    assert root.get("font-family") == "sans-serif"


def test_text_from_the_data_is_escaped() -> None:
    svg = bars(
        title='Centres <b>"bold"</b>',
        description="a & b",
        categories=["<script>", "Lahore", "O'Neil"],
        series=[Series("<img src=x onerror=alert(1)>", [12, 13, 14])],
    )
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg and "O&#x27;Neil" in svg
    root = parse(svg)  # still well-formed XML
    assert root.find(f"{NS}title").text == 'Centres <b>"bold"</b>'  # type: ignore[union-attr]
    labels = {plain(t) for t in texts(root)}
    assert "<script>" in labels
    assert "<img src=x onerror=alert(1)>" in labels


def test_values_are_written_with_the_readers_number_format() -> None:
    root = parse(bars(number_format=arabic, series=[Series("Women", [1200, 25, 40])]))
    labels = {plain(t) for t in texts(root)}
    assert {"١,٢٠٠", "٢٥", "٤٠"} <= labels
    assert not any(re.search(r"[0-9]", label) for label in labels if label not in {"<10"})


def test_suppressed_values_are_placeholders_never_heights() -> None:
    root = parse(
        bars(
            series=[Series("Women", [12, None, 40]), Series("Men", [None, 25, 60])],
            hidden_label="<10",
        )
    )
    drawn = series_rects(root)
    assert len(drawn) == 4  # the four known values only
    placeholders = hidden_rects(root)
    assert len(placeholders) == 2
    # Every placeholder is the whole height of the plot: the same whatever was hidden.
    assert {p.get("height") for p in placeholders} == {str(PLOT_HEIGHT)}
    assert all(p.get("fill", "").endswith("-h)") for p in placeholders)
    assert [plain(t) for t in texts(root)].count("<10") == 2


def test_a_stacked_column_with_a_hidden_part_is_open_ended() -> None:
    svg = bars(
        stacked=True,
        series=[Series("Women", [12, None, 40]), Series("Men", [20, 25, 60])],
    )
    root = parse(svg)
    assert len(series_rects(root)) == 5
    (placeholder,) = hidden_rects(root)
    labels = [plain(t) for t in texts(root)]
    # Complete columns carry their total; the one with a hidden part does not.
    assert "32" in labels and "100" in labels
    assert "25" in labels and "<10" in labels
    # The placeholder reaches from the known part to the top of the plot, so its height follows
    # from published figures alone: the same chart with another known value moves it.
    other = parse(
        bars(stacked=True, series=[Series("Women", [12, None, 40]), Series("Men", [20, 50, 60])])
    )
    assert hidden_rects(other)[0].get("height") != placeholder.get("height")


def test_series_are_told_apart_without_colour() -> None:
    names = ["A", "B", "C", "D", "E", "F"]
    root = parse(bars(series=[Series(name, [10, 11, 12]) for name in names]))
    patterns = {
        p.get("id"): ET.tostring(p, encoding="unicode").split(">", 1)[1]
        for p in root.iter(f"{NS}pattern")
    }
    fills = [r.get("fill") for r in series_rects(root)]
    used = {f[5:-1] for f in fills if f}
    assert len(used) == 6
    # Each series' pattern differs in its shapes, not only in its colour.
    shapes = {re.sub(r'fill="#[0-9a-f]+"', "", patterns[u]) for u in used}
    assert len(shapes) == 6


def test_lines_differ_by_dash_and_marker() -> None:
    root = parse(
        line_chart(
            title="t",
            description="d",
            categories=["Jan", "Feb", "Mar"],
            series=[Series("Sessions", [30, 40, 50]), Series("Referrals", [10, 20, 30])],
            number_format=str,
            hidden_label="<10",
            rtl=False,
        )
    )
    dashes = [p.get("stroke-dasharray") for p in root.iter(f"{NS}polyline")]
    assert dashes[0] is None and dashes[1]
    # Markers: circles for the first series, squares for the second.
    assert len(list(root.iter(f"{NS}circle"))) == 3 + 1  # three points and the legend
    assert len([r for r in root.iter(f"{NS}rect") if r.get("width") == "7"]) == 3 + 1


def test_a_suppressed_point_breaks_the_line() -> None:
    root = parse(
        line_chart(
            title="t",
            description="d",
            categories=["Jan", "Feb", "Mar", "Apr", "May"],
            series=[Series("Sessions", [30, 40, None, 50, 60])],
            number_format=str,
            hidden_label="<10",
            rtl=False,
        )
    )
    lines = list(root.iter(f"{NS}polyline"))
    assert len(lines) == 2
    assert all(len(line.get("points", "").split()) == 2 for line in lines)
    assert len(hidden_rects(root)) == 1
    assert "<10" in [plain(t) for t in texts(root)]


def label_positions(root: ET.Element, names: list[str]) -> list[float]:
    by_text = {plain(t): t for t in texts(root)}
    return [float(by_text[name].get("x", "nan")) for name in names]


@pytest.mark.parametrize("chart", [bar_chart, line_chart])
def test_right_to_left_mirrors_the_categories_and_the_anchors(chart: object) -> None:
    names = ["Islamabad", "Lahore", "Peshawar"]
    args = {
        "title": "t",
        "description": "d",
        "categories": names,
        "series": [Series("Women", [12, 30, 40])],
        "number_format": str,
        "hidden_label": "<10",
    }
    ltr = parse(chart(**args, rtl=False))  # type: ignore[operator]
    rtl = parse(chart(**args, rtl=True))  # type: ignore[operator]
    ltr_x, rtl_x = label_positions(ltr, names), label_positions(rtl, names)
    assert ltr_x == sorted(ltr_x) and rtl_x == sorted(rtl_x, reverse=True)
    assert [round(400 - x, 1) for x in ltr_x] == rtl_x
    # The value axis: its labels end at the axis on the left, start at it on the right.
    ltr_axis = next(t for t in texts(ltr) if plain(t) == "0")
    rtl_axis = next(t for t in texts(rtl) if plain(t) == "0")
    assert ltr_axis.get("text-anchor") == "end" and rtl_axis.get("text-anchor") == "start"
    assert float(ltr_axis.get("x", "0")) < 200 < float(rtl_axis.get("x", "0"))
    assert rtl.get("data-dir") == "rtl"
    # Right-to-left text is isolated so that its own punctuation stays in place.
    assert all(t.text and t.text.startswith("\u2067") for t in texts(rtl))


def test_rtl_rects_are_mirrored() -> None:
    series = [Series("Women", [12, 30, 40])]
    ltr = parse(bars(series=series, rtl=False))
    rtl = parse(bars(series=series, rtl=True))
    for a, b in zip(series_rects(ltr), series_rects(rtl), strict=True):
        left, width = float(a.get("x", "0")), float(a.get("width", "0"))
        assert float(b.get("x", "0")) == pytest.approx(400 - left - width, abs=0.11)


def test_long_category_names_are_turned_and_shortened() -> None:
    long = "Khyber Pakhtunkhwa and the former tribal districts"
    names = [long, "Punjab", "Sindh", "Balochistan", "Islamabad", "Gilgit-Baltistan"]
    root = parse(bars(categories=names, series=[Series("Women", [12, 13, 14, 15, 16, 17])]))
    turned = [t for t in texts(root) if "rotate(-45" in (t.get("transform") or "")]
    assert len(turned) == 6
    assert plain(turned[0]).endswith("…") and len(plain(turned[0])) == 18


def test_charts_stay_small() -> None:
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    svg = bar_chart(
        title="Sessions by month and channel",
        description="Sessions per month, by channel, 2026.",
        categories=months,
        series=[
            Series(name, [100 + i * 7 if i % 5 else None for i in range(12)])
            for name in ("In person", "Hotline", "WhatsApp")
        ],
        number_format=arabic,
        hidden_label="<10",
        rtl=True,
    )
    assert len(svg.encode()) < 12_000
    line = line_chart(
        title="Sessions by month",
        description="Two years of sessions.",
        categories=[f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)],
        series=[Series("Sessions", list(range(100, 124))), Series("Referrals", list(range(24)))],
        number_format=str,
        hidden_label="<10",
        rtl=False,
    )
    assert len(line.encode()) < 10_000


def test_several_charts_on_one_page_keep_their_own_ids() -> None:
    a = parse(bars(title="One"))
    b = parse(bars(title="Two"))
    ids = lambda root: {e.get("id") for e in root.iter() if e.get("id")}  # noqa: E731
    assert not ids(a) & ids(b)


def test_every_series_needs_one_value_per_category() -> None:
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        bars(series=[Series("Women", [1, 2])])
    with pytest.raises(ValueError):
        bars(series=[])


def test_all_hidden_still_draws_a_chart() -> None:
    root = parse(bars(series=[Series("Women", [None, None, None])]))
    assert len(hidden_rects(root)) == 3 and not series_rects(root)


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0, [0, 1]), (3, [0, 1, 2, 3]), (40, [0, 10, 20, 30, 40]), (1234, [0, 500, 1000, 1500])],
)
def test_gridlines_fall_on_round_values(top: int, ticks: list[int]) -> None:
    assert nice_ticks(top) == ticks
