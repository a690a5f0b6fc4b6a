"""Inline SVG charts (no JavaScript, no external library): stacked bars and sparklines.

Every text that reaches the SVG is escaped; every bar carries a ``<title>`` (the browser's
tooltip) and may link somewhere (an events list for its period).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

#: Colours of GDELT's quad classes from the Okabe-Ito palette (distinct for colour-blind
#: readers): cooperation blues (sky blue verbal, blue material), conflict oranges (orange
#: verbal, vermillion material), grey unknown.
QUAD_COLORS = {"1": "#56B4E9", "2": "#0072B2", "3": "#E69F00", "4": "#D55E00", "0": "#999999"}
#: Quad classes whose colour needs dark text on it.
LIGHT_QUADS = ("1", "3", "0")


def hatch_defs(prefix: str, series: Sequence[tuple[str, str, str]]) -> str:
    """SVG patterns (one per series colour): diagonal stripes for events not realised."""
    return "<defs>" + "".join(
        f'<pattern id="{prefix}-{key}" patternUnits="userSpaceOnUse" width="6" height="6" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
        f'<rect width="3" height="6" fill="{color}"/></pattern>'
        for key, _, color in series) + "</defs>"


def _label(x: float, y: float, text: str, i: int, every: int) -> str:
    # Every third shown label stays on a phone (the others are "minor", hidden by the CSS).
    minor = " minor" if (i // every) % 3 else ""
    return f'<text class="xlab{minor}" x="{x:.1f}" y="{y}">{escape(text)}</text>'


def nice_max(value: int) -> tuple[int, int]:
    """A round axis maximum at or above ``value`` and its tick step (1-2-5 steps)."""
    if value <= 0:
        return 1, 1
    raw = value / 4
    mag = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(s * mag for s in (1, 2, 5, 10) if s * mag >= raw)
    step = max(1, int(step))
    return step * math.ceil(value / step), step


def _segments(period: str, stack: dict[str, int], striped: dict[str, int],
              series: Sequence[tuple[str, str, str]], box: tuple[float, float, float],
              scale: float, chart_id: str) -> list[str]:
    """One column's rectangles from ``box`` = (x, baseline y, width) up: each series solid,
    then its ``striped`` part (events not realised) hatched."""
    x, y, bar_w = box
    parts = []
    for key, label, color in series:
        count = stack.get(key, 0)
        planned = min(striped.get(key, 0), count)
        for n, fill, note in ((count - planned, color, ""),
                              (planned, f"url(#{chart_id}-{key})", " planned or denied")):
            if not n:
                continue
            h = scale * n
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                         f'height="{h:.1f}" fill="{fill}"><title>{escape(period)} · '
                         f"{escape(label)}{note}: {n}</title></rect>")
    return parts


def stacked_bars(periods: Sequence[str], stacks: Sequence[dict[str, int]],
                 series: Sequence[tuple[str, str, str]], *, width: int = 900,
                 height: int = 260, href: Callable[[str], str] | None = None,
                 title: str = "", hatched: Sequence[dict[str, int]] | None = None,
                 chart_id: str = "c") -> str:
    """Bars per period, each stacked from the series ``(key, label, colour)`` in order.

    ``stacks[i][key]`` is the count of series ``key`` in ``periods[i]``, of which
    ``hatched[i][key]`` (optional: planned events) are drawn striped; ``href(period)``
    (optional) makes each bar a link; ``chart_id`` keeps pattern ids unique on a page.
    """
    left, right, top, bottom = 40, 10, 10, 42
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s.values()) for s in stacks]
    ymax, step = nice_max(max(totals, default=0))
    n = max(len(periods), 1)
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.78)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    if title:
        out.append(f"<title>{escape(title)}</title>")
    if hatched is not None:
        out.append(hatch_defs(chart_id, series))
    for tick in range(0, ymax + 1, step):
        y = top + plot_h - plot_h * tick / ymax
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/><text class="ylab" x="{left - 6}" y="{y + 4:.1f}">{tick}</text>')
    label_every = max(1, math.ceil(n / (plot_w / 62)))  # ~62 px per readable label
    for i, (period, stack) in enumerate(zip(periods, stacks)):
        x = left + i * slot + (slot - bar_w) / 2
        striped = hatched[i] if hatched is not None else {}
        parts = _segments(period, stack, striped, series, (x, top + plot_h, bar_w),
                          plot_h / ymax, chart_id)
        if totals[i]:
            # A transparent full-height target: the whole column is clickable, even thin bars.
            parts.insert(0, f'<rect class="hit" x="{left + i * slot:.1f}" y="{top}" '
                            f'width="{slot:.1f}" height="{plot_h}"><title>{escape(period)}: '
                            f'{totals[i]} events</title></rect>')
            group = "".join(parts)
            if href:
                group = f'<a href="{escape(href(period))}">{group}</a>'
            out.append(group)
        if i % label_every == 0:
            out.append(_label(left + (i + 0.5) * slot, top + plot_h + 16, period, i,
                              label_every))
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
               f'y2="{top + plot_h}"/>')
    out.append("</svg>")
    return "".join(out)


def sparkbars(values: Sequence[int], color: str, *, vmax: int | None = None, width: int = 260,
              height: int = 28, labels: Sequence[str] | None = None) -> str:
    """A small bar strip (one bar per period) sharing ``vmax`` with its neighbours."""
    n = max(len(values), 1)
    top = max(vmax if vmax is not None else max(values, default=0), 1)
    slot = width / n
    bar_w = max(1.0, slot * 0.8)
    out = [f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
           f'<line class="axis" x1="0" x2="{width}" y1="{height - 0.5}" y2="{height - 0.5}"/>']
    for i, v in enumerate(values):
        if not v:
            continue
        h = max(1.5, (height - 2) * v / top)
        tip = f"{labels[i]}: {v}" if labels else str(v)
        out.append(f'<rect x="{i * slot + (slot - bar_w) / 2:.1f}" y="{height - 1 - h:.1f}" '
                   f'width="{bar_w:.1f}" height="{h:.1f}" fill="{color}">'
                   f'<title>{escape(tip)}</title></rect>')
    out.append("</svg>")
    return "".join(out)


def signed_bars(periods: Sequence[str], values: Sequence[float], *, width: int = 900,
                height: int = 200, title: str = "") -> str:
    """Bars up (positive, cooperation blue) or down (negative, conflict vermillion) from a
    zero line: a Goldstein sum per period."""
    left, right, top, bottom = 40, 10, 10, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    vmax = max((abs(v) for v in values), default=0.0) or 1.0
    top_val, step = nice_max(math.ceil(vmax))
    zero = top + plot_h / 2
    n = max(len(periods), 1)
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.78)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
           f"<title>{escape(title)}</title>"]
    for tick in (-top_val, 0, top_val):
        y = zero - (plot_h / 2) * tick / top_val
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/><text class="ylab" x="{left - 6}" y="{y + 4:.1f}">{tick}</text>')
    label_every = max(1, math.ceil(n / (plot_w / 62)))
    for i, (period, value) in enumerate(zip(periods, values)):
        h = (plot_h / 2) * abs(value) / top_val
        y = zero - h if value >= 0 else zero
        color = QUAD_COLORS["2"] if value >= 0 else QUAD_COLORS["4"]
        if value:
            out.append(f'<rect x="{left + i * slot + (slot - bar_w) / 2:.1f}" y="{y:.1f}" '
                       f'width="{bar_w:.1f}" height="{max(h, 1):.1f}" fill="{color}">'
                       f"<title>{escape(period)}: {value:+g}</title></rect>")
        if i % label_every == 0:
            out.append(_label(left + (i + 0.5) * slot, height - 8, period, i, label_every))
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{zero:.1f}" '
               f'y2="{zero:.1f}"/></svg>')
    return "".join(out)
