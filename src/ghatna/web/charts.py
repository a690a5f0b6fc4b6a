"""Inline SVG charts (no JavaScript, no external library): stacked bars and sparklines.

Every text that reaches the SVG is escaped; every bar carries a ``<title>`` (the browser's
tooltip) and may link somewhere (an events list for its period).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

#: Colours of GDELT's quad classes: cooperation greens, conflict oranges and reds.
QUAD_COLORS = {"1": "#7cc68d", "2": "#2e8b57", "3": "#f0a848", "4": "#c8413b", "0": "#9aa0a6"}


def nice_max(value: int) -> tuple[int, int]:
    """A round axis maximum at or above ``value`` and its tick step (1-2-5 steps)."""
    if value <= 0:
        return 1, 1
    raw = value / 4
    mag = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(s * mag for s in (1, 2, 5, 10) if s * mag >= raw)
    step = max(1, int(step))
    return step * math.ceil(value / step), step


def stacked_bars(periods: Sequence[str], stacks: Sequence[dict[str, int]],
                 series: Sequence[tuple[str, str, str]], *, width: int = 900,
                 height: int = 260, href: Callable[[str], str] | None = None,
                 title: str = "") -> str:
    """Bars per period, each stacked from the series ``(key, label, colour)`` in order.

    ``stacks[i][key]`` is the count of series ``key`` in ``periods[i]``; ``href(period)``
    (optional) makes each bar a link.
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
    for tick in range(0, ymax + 1, step):
        y = top + plot_h - plot_h * tick / ymax
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/><text class="ylab" x="{left - 6}" y="{y + 4:.1f}">{tick}</text>')
    label_every = max(1, math.ceil(n / (plot_w / 62)))  # ~62 px per readable label
    for i, (period, stack) in enumerate(zip(periods, stacks)):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        parts = []
        for key, label, color in series:
            count = stack.get(key, 0)
            if not count:
                continue
            h = plot_h * count / ymax
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{color}"><title>{escape(period)} · {escape(label)}: {count}'
                         f'</title></rect>')
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
            out.append(f'<text class="xlab" x="{left + (i + 0.5) * slot:.1f}" '
                       f'y="{top + plot_h + 16}">{escape(period)}</text>')
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
