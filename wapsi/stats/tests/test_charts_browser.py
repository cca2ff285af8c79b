"""The charts in a real Chromium at 360 px: they fit the phone and no text falls outside them."""

from __future__ import annotations

from typing import Any

import pytest

from wapsi.stats.charts import Series, bar_chart, line_chart

EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def charts(rtl: bool) -> list[str]:
    fmt = (lambda n: f"{n:,}".translate(EASTERN)) if rtl else (lambda n: f"{n:,}")
    names = (
        ["اسلام آباد", "لاہور", "پشاور", "کراچی"] if rtl else ["Islamabad", "Lahore", "Peshawar"]
    )
    common: dict[str, Any] = {
        "title": "t",
        "description": "d",
        "number_format": fmt,
        "hidden_label": "<10",
        "rtl": rtl,
    }
    women = Series("Women", [1200, None, 40, 30][: len(names)])
    men = Series("Men", [2050, 25, None, 9000][: len(names)])
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    return [
        bar_chart(categories=names, series=[women, men], **common),
        bar_chart(categories=names, series=[women, men], stacked=True, **common),
        line_chart(
            categories=months,
            series=[Series("Sessions", [100 * m if m != 4 else None for m in range(1, 13)])],
            **common,
        ),
    ]


@pytest.mark.parametrize("rtl", [False, True])
def test_charts_fit_a_phone_and_keep_their_text_inside(browser: Any, rtl: bool) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 800})
    direction = "rtl" if rtl else "ltr"
    body = "".join(f"<figure style='margin:0'>{svg}</figure>" for svg in charts(rtl))
    page.set_content(
        f"<!doctype html><html dir='{direction}'><meta charset='utf-8'>"
        f"<body style='margin:0'>{body}</body></html>"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    widths = page.evaluate(
        "[...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().width)"
    )
    assert widths == [360, 360, 360]
    # Every label lies within the chart's own drawing area (viewBox units).
    outside = page.evaluate(
        """[...document.querySelectorAll('svg')].flatMap((svg, i) => {
            const box = svg.viewBox.baseVal;
            return [...svg.querySelectorAll('text')].filter(t => {
                if (t.getAttribute('transform')) return false;  // turned labels: rotated box
                const b = t.getBBox();
                return b.x < -0.5 || b.x + b.width > box.width + 0.5 || b.y < -0.5;
            }).map(t => i + ':' + t.textContent);
        })"""
    )
    assert outside == []
    page.close()
