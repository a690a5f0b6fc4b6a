"""The analysts' pages: the map of the filtered events (``/map``) and a dyad over time
(``/dyads``: two actors or countries, events per week by quad class with planned events
striped apart, and the Goldstein sum)."""

from __future__ import annotations

from typing import Any

from .api import Filters
from .charts import signed_bars, stacked_bars
from .pages import QUAD_SERIES, esc, event_summary, filter_form, layout, legend, plural, url
from .pages_map import MAP_HEAD, map_block


def map_page(f: Filters, db_name: str) -> str:
    body = (f"<h1>Map</h1>"
            f'<div class="card">{filter_form(f, action="/map")}</div>'
            f'<div class="card">{map_block(f)}</div>')
    return layout("Map", body, active="map", json_href=url("/api/events.geojson", f.params()),
                  db_name=db_name, head=MAP_HEAD)


def dyad_form(params: dict[str, Any]) -> str:
    def box(name: str, label: str, placeholder: str) -> str:
        return (f'<label>{label}<input name="{name}" value="{esc(params.get(name))}" '
                f'placeholder="{esc(placeholder)}"></label>')

    checked = " checked" if params.get("directed") else ""
    return ('<form class="filters" method="get" action="/dyads">'
            + box("a", "Side A (country or actor)", "IND, मोदी")
            + box("b", "Side B", "PAK, Sharif")
            + box("since", "Since", "YYYY-MM-DD") + box("until", "Until", "YYYY-MM-DD")
            + box("lang", "Language", "hi, en, hi-en")
            + f'<label class="check"><input type="checkbox" name="directed" value="true"'
              f"{checked}>only A → B</label>"
            + '<button type="submit">Show</button></form>')


def dyad_page(data: dict[str, Any] | None, params: dict[str, Any], db_name: str) -> str:
    """The page; ``data`` is None until both sides are given."""
    form = f'<div class="card">{dyad_form(params)}</div>'
    if data is None:
        body = (f"<h1>Dyads</h1>{form}<div class='card'><p>Choose two sides: a country "
                "(ISO alpha-3, e.g. <code>IND</code>) or an actor in any spelling "
                "(<code>पुतिन</code>). Every event between them is counted per week.</p></div>")
        return layout("Dyads", body, active="dyads", db_name=db_name)
    weeks = data["weeks"]
    t = data["totals"]
    arrow = "→" if data["directed"] else "↔"
    totals = "".join(
        f'<div class="total"><b>{value}</b><span>{label}</span></div>'
        for value, label in ((f'{t["realised"]:,}', "realised events"),
                             (f'{t["planned"]:,}', "planned (not yet)"),
                             (f'{t["negated"]:,}', "denied or negated"),
                             (f'{t["goldstein"]:+g}', "Goldstein sum (realised)")))
    charts = '<p class="muted">No dated events between them.</p>'
    if weeks:
        periods = [w["week"] for w in weeks]
        stacks = [{k: w["realised"].get(k, 0) + w["planned"].get(k, 0) for k in "12340"}
                  for w in weeks]
        bars = stacked_bars(periods, stacks, QUAD_SERIES, height=240, hatched=[
            w["planned"] for w in weeks], chart_id="dy", title="Events per week by quad class")
        present = {k for s in stacks for k, v in s.items() if v}
        gold = signed_bars(periods, [w["goldstein"] for w in weeks],
                           title="Goldstein sum per week (realised events)")
        striped = any(w["planned"] for w in weeks)
        charts = (f"<h2>Events per week</h2>{bars}{legend({}, present, striped)}"
                  f"<h2>Goldstein sum per week</h2>{gold}"
                  '<p class="muted small">Weeks start on Monday. Planned events are striped '
                  "and left out of the Goldstein sum; negated ones are only counted above."
                  "</p>")
    recent = "".join(event_summary({**ev, "evidence": {"sentence": ev.get("sentence"),
                                                       "highlights": []}})
                     for ev in data["recent"]) or '<p class="muted">No events.</p>'
    title = f"{data['a']} {arrow} {data['b']}"
    body = (f"<h1>Dyad: {esc(title)}</h1>{form}"
            f'<div class="totals">{totals}</div><div class="card">{charts}</div>'
            f'<div class="card"><h2>Latest {plural(len(data["recent"]), "event")}</h2>'
            f"{recent}</div>")
    json_href = url("/api/dyads", {k: v for k, v in params.items() if v})
    return layout(f"Dyad {title}", body, active="dyads", json_href=json_href, db_name=db_name)
