"""Accessible charts as server-rendered SVG: no JavaScript, no web font, a few KB each.

Each chart is an ``<svg role="img">`` whose ``<title>`` and ``<desc>`` name it for screen
readers (``aria-labelledby``); the figures themselves belong in a table beside it. Series are
told apart by pattern (bars) or by dash and marker shape (lines) as well as by colour, so they
survive greyscale printing and colour blindness, and every bar carries its value as text in the
reader's digits (``number_format``). A suppressed figure (``None``) is never drawn as a height:
it is a hatched placeholder that carries the hidden label ("<10"), the same for every hidden
cell whatever its true value. Right-to-left readers get the chart mirrored: categories (and
time) run from right to left, the value axis sits on the right and text anchors flip.

The SVG is built as a string, every reader-visible text through ``escape``; coordinates are
numbers made here. It scales to its container (``viewBox``, ``width="100%"``), so a 360-px
phone shows the whole chart; pages may cap its width with CSS on the ``wapsi-chart`` class.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 400  # viewBox units; at 360 px one unit is 0.9 px, so 12-unit text stays legible
PLOT_HEIGHT = 180
FONT = 12
SMALL = 11
CHAR = 0.6  # estimated advance of a character, in font sizes (system sans-serif)
AXIS_GAP = 4
LABEL_MAX = 18  # characters of a category label; the full text is in the table beside

# Colours whose lightness differs step by step (distinct in greyscale too), each with its own
# pattern on top: series are told apart without colour.
COLOURS = ("#1b4f72", "#e69f00", "#2e8b57", "#b03a2e", "#7d5ba6", "#5d6d7e")
INK = "#222"
GRID = "#ccc"
HIDDEN_INK = "#666"
HALO = ' stroke="#fff" stroke-width="3" paint-order="stroke"'  # legible on any pattern

RLI, PDI = "\u2067", "\u2069"  # isolate right-to-left text, whatever the anchor does


@dataclass(frozen=True)
class Series:
    name: str
    values: list[int | None]  # one per category; None: suppressed, never drawn as a height


class _Svg:
    """The parts every chart shares: the frame, the patterns, text in either direction."""

    def __init__(self, *, title: str, description: str, rtl: bool, key: str) -> None:
        self.rtl = rtl
        # Ids unique per chart, so that several charts on one page keep their own patterns.
        self.uid = "c" + hashlib.blake2s(key.encode(), digest_size=4).hexdigest()
        self.title = title
        self.description = description
        self.parts: list[str] = []

    def x(self, value: float) -> float:
        """Mirror a left-to-right x coordinate for right-to-left readers."""
        return WIDTH - value if self.rtl else value

    def anchor(self, ltr: str) -> str:
        if not self.rtl or ltr == "middle":
            return ltr
        return "end" if ltr == "start" else "start"

    def text(
        self,
        x: float,
        y: float,
        content: str,
        *,
        anchor: str = "start",
        size: int = FONT,
        fill: str = INK,
        extra: str = "",
        mirror: bool = True,
    ) -> None:
        """Text at a left-to-right position and anchor, mirrored for right-to-left readers
        (``mirror=False``: the anchor stays, for text turned upright)."""
        body = f"{RLI}{content}{PDI}" if self.rtl else content
        side = self.anchor(anchor) if mirror else anchor
        self.parts.append(
            f'<text x="{_n(self.x(x))}" y="{_n(y)}" text-anchor="{side}"'
            f' font-size="{size}" fill="{fill}"{extra}>{escape(body)}</text>'
        )

    def rect(
        self, left: float, top: float, width: float, height: float, fill: str, cls: str = ""
    ) -> None:
        """A rectangle given by its left-to-right left edge, mirrored for right-to-left."""
        x = self.x(left + width) if self.rtl else left
        klass = f' class="{cls}"' if cls else ""
        self.parts.append(
            f'<rect{klass} x="{_n(x)}" y="{_n(top)}" width="{_n(width)}" height="{_n(height)}"'
            f' fill="{fill}"/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str = GRID) -> None:
        self.parts.append(
            f'<line x1="{_n(self.x(x1))}" y1="{_n(y1)}" x2="{_n(self.x(x2))}" y2="{_n(y2)}"'
            f' stroke="{stroke}"/>'
        )

    def pattern_id(self, index: int) -> str:
        return f"{self.uid}-p{index}"

    @property
    def hidden_id(self) -> str:
        return f"{self.uid}-h"

    def defs(self, count: int) -> str:
        shapes = (
            "",  # solid
            '<path d="M0 6L6 0" stroke="#fff" stroke-width="1.5"/>',
            '<circle cx="3" cy="3" r="1.2" fill="#fff"/>',
            '<path d="M0 3H6M3 0V6" stroke="#fff"/>',
            '<path d="M0 0L6 6" stroke="#fff" stroke-width="1.5"/>',
            '<path d="M3 0V6" stroke="#fff" stroke-width="1.5"/>',
        )
        out = ["<defs>"]
        for index in range(count):
            colour = COLOURS[index % len(COLOURS)]
            out.append(
                f'<pattern id="{self.pattern_id(index)}" width="6" height="6"'
                f' patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="{colour}"/>'
                f"{shapes[index % len(shapes)]}</pattern>"
            )
        out.append(
            f'<pattern id="{self.hidden_id}" width="8" height="8" patternUnits="userSpaceOnUse"'
            ' patternTransform="rotate(45)"><rect width="8" height="8" fill="#f4f4f4"/>'
            f'<path d="M0 0V8" stroke="{HIDDEN_INK}" stroke-width="1"/></pattern></defs>'
        )
        return "".join(out)

    def render(self, *, height: float, defs: str, kind: str) -> SafeString:
        title_id, desc_id = f"{self.uid}-t", f"{self.uid}-d"
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="wapsi-chart wapsi-chart-{kind}"'
            f' viewBox="0 0 {WIDTH} {_n(height)}" width="100%" role="img"'
            f' aria-labelledby="{title_id} {desc_id}" font-family="sans-serif"'
            f' data-dir="{"rtl" if self.rtl else "ltr"}">'
            f'<title id="{title_id}">{escape(self.title)}</title>'
            f'<desc id="{desc_id}">{escape(self.description)}</desc>'
        )
        return mark_safe(head + defs + "".join(self.parts) + "</svg>")  # noqa: S308  # every text above went through escape()


def _n(value: float) -> str:
    """A coordinate with at most one decimal: small files, machine digits."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def _width(text: str, size: int = FONT) -> float:
    return len(text) * size * CHAR


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def nice_ticks(top: int) -> list[int]:
    """Round gridline values from 0 to at least ``top``: steps of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0, 1]
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    count = math.ceil(top / step)
    return [i * step for i in range(count + 1)]


def _legend(svg: _Svg, names: Sequence[str], swatch: Callable[[int, float, float], None]) -> float:
    """Series names with their swatch, wrapping into rows; returns the height used."""
    x, y = 0.0, 14.0
    for index, name in enumerate(names):
        need = 16 + _width(name, SMALL) + 12
        if x and x + need > WIDTH:
            x, y = 0.0, y + 18
        swatch(index, x, y)
        svg.text(x + 16, y, name, size=SMALL)
        x += need
    return y + 12


def _frame(
    svg: _Svg, *, ticks: list[int], left: float, top: float, fmt: Callable[[int], str]
) -> None:
    """Gridlines with their values on the value-axis side."""
    for tick in ticks:
        y = top + PLOT_HEIGHT - PLOT_HEIGHT * tick / ticks[-1]
        svg.line(left, y, WIDTH, y, GRID if tick else INK)
        svg.text(left - AXIS_GAP, y + 4, fmt(tick), anchor="end", size=SMALL)


def _category_labels(
    svg: _Svg, labels: list[str], *, centres: list[float], y: float, band: float
) -> float:
    """Category names under the axis, turned 45 degrees when they do not fit; returns the height."""
    short = [_short(label) for label in labels]
    turn = any(_width(label, SMALL) > band - 2 for label in short)
    for label, centre in zip(short, centres, strict=True):
        if not turn:
            svg.text(centre, y + 14, label, anchor="middle", size=SMALL)
            continue
        x = svg.x(centre)
        angle = 45 if svg.rtl else -45
        svg.text(
            centre,
            y + 12,
            label,
            anchor="end",
            size=SMALL,
            extra=f' transform="rotate({angle} {_n(x)} {_n(y + 12)})"',
        )
    if not turn:
        return 22.0
    return 16 + max(_width(label, SMALL) for label in short) * 0.71


def _axis_width(ticks: list[int], fmt: Callable[[int], str]) -> float:
    return max(_width(fmt(t), SMALL) for t in ticks) + AXIS_GAP * 2


def _placeholder(
    svg: _Svg, left: float, top: float, width: float, height: float, label: str
) -> None:
    """Where a suppressed figure would be: hatched, with the hidden label, never a height of its own."""
    svg.rect(left, top, width, height, f"url(#{svg.hidden_id})", cls="hidden")
    centre = left + width / 2
    if _width(label, SMALL) <= width:
        svg.text(centre, top + height - 4, label, anchor="middle", size=SMALL)
        return
    # Too narrow: the label runs upwards from the foot of the placeholder.
    x, y = svg.x(centre + 4), top + height - 4
    svg.text(
        centre + 4,
        y,
        label,
        size=SMALL,
        mirror=False,
        extra=f' transform="rotate(-90 {_n(x)} {_n(y)})"',
    )


def _check(categories: list[str], series: list[Series]) -> None:
    if not series:
        raise ValueError("a chart needs at least one series")
    for item in series:
        if len(item.values) != len(categories):
            raise ValueError(
                f"series {item.name!r} has {len(item.values)} values for {len(categories)} categories"
            )


def _key(kind: str, title: str, categories: list[str], series: list[Series]) -> str:
    return "\x1f".join([kind, title, *categories, *(s.name for s in series)])


def bar_chart(
    *,
    title: str,
    description: str,
    categories: list[str],
    series: list[Series],
    number_format: Callable[[int], str],
    hidden_label: str,
    rtl: bool,
    stacked: bool = False,
) -> SafeString:
    """Bars per category, one per series side by side (or stacked), each labelled with its value.

    Stacked: a category with a suppressed part shows its known parts, then a hatched, open-ended
    placeholder up to the top of the plot ("at least this much, the rest hidden").
    """
    _check(categories, series)
    svg = _Svg(
        title=title, description=description, rtl=rtl, key=_key("bar", title, categories, series)
    )

    def swatch(index: int, x: float, y: float) -> None:
        svg.rect(x, y - 10, 12, 12, f"url(#{svg.pattern_id(index)})")

    top = _legend(svg, [s.name for s in series], swatch) + 16
    known = [list(s.values) for s in series]
    if stacked:
        peak = max((sum(v or 0 for v in column) for column in zip(*known, strict=True)), default=0)
        if any(v is None for row in known for v in row):
            peak += max(peak // 5, 1)  # room at the top for the placeholder of a hidden part
    else:
        peak = max((v for row in known for v in row if v is not None), default=0)
    ticks = nice_ticks(peak)
    left = _axis_width(ticks, number_format)
    _frame(svg, ticks=ticks, left=left, top=top, fmt=number_format)
    band = (WIDTH - left) / max(len(categories), 1)
    scale = PLOT_HEIGHT / ticks[-1]
    base = top + PLOT_HEIGHT
    for c in range(len(categories)):
        start = left + c * band + band * 0.1
        inner = band * 0.8
        if stacked:
            _stack(
                svg,
                [s.values[c] for s in series],
                start,
                inner,
                base,
                scale,
                number_format,
                hidden_label,
            )
        else:
            width = inner / len(series)
            for i, item in enumerate(series):
                _bar(
                    svg,
                    item.values[c],
                    i,
                    start + i * width,
                    width,
                    base,
                    scale,
                    number_format,
                    hidden_label,
                )
    centres = [left + (c + 0.5) * band for c in range(len(categories))]
    labels_height = _category_labels(svg, categories, centres=centres, y=base, band=band)
    return svg.render(
        height=base + labels_height,
        defs=svg.defs(len(series)),
        kind="stacked" if stacked else "bar",
    )


def _bar(
    svg: _Svg,
    value: int | None,
    index: int,
    left: float,
    width: float,
    base: float,
    scale: float,
    fmt: Callable[[int], str],
    hidden: str,
) -> None:
    if value is None:
        _placeholder(svg, left, base - PLOT_HEIGHT, width, PLOT_HEIGHT, hidden)
        return
    height = value * scale
    svg.rect(left, base - height, width, height, f"url(#{svg.pattern_id(index)})")
    svg.text(left + width / 2, base - height - 3, fmt(value), anchor="middle", size=SMALL)


def _stack(
    svg: _Svg,
    values: list[int | None],
    left: float,
    width: float,
    base: float,
    scale: float,
    fmt: Callable[[int], str],
    hidden: str,
) -> None:
    y = base
    for index, value in enumerate(values):
        if value is None or value == 0:
            continue
        height = value * scale
        y -= height
        svg.rect(left, y, width, height, f"url(#{svg.pattern_id(index)})")
        if height >= SMALL + 2:
            svg.text(
                left + width / 2,
                y + height / 2 + 4,
                fmt(value),
                anchor="middle",
                size=SMALL,
                extra=HALO,
            )
    if any(v is None for v in values):
        _placeholder(svg, left, base - PLOT_HEIGHT, width, y - (base - PLOT_HEIGHT), hidden)
    else:
        svg.text(
            left + width / 2, y - 3, fmt(sum(v or 0 for v in values)), anchor="middle", size=SMALL
        )


DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4")


def _marker(svg: _Svg, index: int, x: float, y: float, colour: str) -> None:
    """A marker shape per series: circle, square, triangle, diamond, cross, bar."""
    cx = svg.x(x)
    shape = index % 6
    if shape == 0:
        svg.parts.append(f'<circle cx="{_n(cx)}" cy="{_n(y)}" r="3.5" fill="{colour}"/>')
    elif shape == 1:
        svg.parts.append(
            f'<rect x="{_n(cx - 3.5)}" y="{_n(y - 3.5)}" width="7" height="7" fill="{colour}"/>'
        )
    elif shape == 2:
        svg.parts.append(f'<path d="M{_n(cx)} {_n(y - 4)}l4 7h-8z" fill="{colour}"/>')
    elif shape == 3:
        svg.parts.append(
            f'<path d="M{_n(cx)} {_n(y - 4.5)}l4.5 4.5-4.5 4.5-4.5-4.5z" fill="{colour}"/>'
        )
    elif shape == 4:
        svg.parts.append(
            f'<path d="M{_n(cx - 4)} {_n(y - 4)}l8 8m0-8l-8 8" stroke="{colour}" stroke-width="2"/>'
        )
    else:
        svg.parts.append(
            f'<rect x="{_n(cx - 1.5)}" y="{_n(y - 5)}" width="3" height="10" fill="{colour}"/>'
        )


def line_chart(
    *,
    title: str,
    description: str,
    categories: list[str],
    series: list[Series],
    number_format: Callable[[int], str],
    hidden_label: str,
    rtl: bool,
) -> SafeString:
    """A time series: one line per series over ``categories`` (periods, oldest first).

    Each series has its own dash and marker shape, shown with its name in the legend. A
    suppressed value breaks the line and its period gets a hatched band with the hidden label.
    Values are written at each point while the chart stays readable (up to 24 points in all),
    else at the last point of each series.
    """
    _check(categories, series)
    svg = _Svg(
        title=title, description=description, rtl=rtl, key=_key("line", title, categories, series)
    )

    def swatch(index: int, x: float, y: float) -> None:
        colour = COLOURS[index % len(COLOURS)]
        svg.line(x, y - 4, x + 12, y - 4, colour)
        _marker(svg, index, x + 6, y - 4, colour)

    top = _legend(svg, [s.name for s in series], swatch) + 16
    peak = max((v for s in series for v in s.values if v is not None), default=0)
    ticks = nice_ticks(peak)
    left = _axis_width(ticks, number_format)
    _frame(svg, ticks=ticks, left=left, top=top, fmt=number_format)
    count = len(categories)
    band = (WIDTH - left - 8) / max(count, 1)
    centres = [left + (c + 0.5) * band for c in range(count)]
    base = top + PLOT_HEIGHT
    scale = PLOT_HEIGHT / ticks[-1]
    for c in range(count):
        if any(s.values[c] is None for s in series):
            _placeholder(svg, centres[c] - band * 0.4, top, band * 0.8, PLOT_HEIGHT, hidden_label)
    every = count * len(series) <= 24
    for index, item in enumerate(series):
        _line(svg, item, index, centres, base, scale, number_format, label_all=every)
    labels_height = _category_labels(svg, categories, centres=centres, y=base, band=band)
    return svg.render(height=base + labels_height, defs=svg.defs(0), kind="line")


def _line(
    svg: _Svg,
    item: Series,
    index: int,
    centres: list[float],
    base: float,
    scale: float,
    fmt: Callable[[int], str],
    *,
    label_all: bool,
) -> None:
    colour = COLOURS[index % len(COLOURS)]
    dash = DASHES[index % len(DASHES)]
    runs: list[list[tuple[float, float]]] = [[]]
    for x, value in zip(centres, item.values, strict=True):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((x, base - value * scale))
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    for run in runs:
        if len(run) > 1:
            points = " ".join(f"{_n(svg.x(x))},{_n(y)}" for x, y in run)
            svg.parts.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash_attr}/>'
            )
    shown = [
        (x, base - v * scale, v) for x, v in zip(centres, item.values, strict=True) if v is not None
    ]
    for x, y, _value in shown:
        _marker(svg, index, x, y, colour)
    for x, y, value in shown if label_all else shown[-1:]:
        svg.text(x, y - 7, fmt(value), anchor="middle", size=SMALL, extra=HALO)
