"""Server-rendered HTML: dashboard, events list, one event, actors, errors.

Pages in UTF-8 (Devanagari renders with the reader's system fonts) with inline CSS and SVG
charts; the only scripts are the map's, served by ghatna itself from ``/static/`` (nothing is
fetched from elsewhere). Every value from the store goes through :func:`esc`; document URLs
become links only when :func:`ghatna.web.security.safe_link` allows them.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

from .api import PLOVER_TYPES, QUAD_NAMES, TYPE_QUAD, Filters
from .charts import LIGHT_QUADS, QUAD_COLORS, sparkbars, stacked_bars
from .pages_map import MAP_HEAD, map_block
from .security import safe_link


def plural(n: int | None, word: str) -> str:
    """``1 mention``, ``3 mentions``."""
    n = n or 0
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def esc(value: Any) -> str:
    """Text for HTML (element content and quoted attributes); None is empty."""
    return "" if value is None else escape(str(value), quote=True)


def url(path: str, params: dict[str, Any] | None = None) -> str:
    """A link with a query string (empty values left out)."""
    params = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    return path + ("?" + urlencode(params) if params else "")


@lru_cache(maxsize=1)
def _css() -> str:
    return resources.files("ghatna.web").joinpath("static/style.css").read_text("utf-8")


def layout(title: str, body: str, *, active: str = "", json_href: str | None = None,
           db_name: str = "", head: str = "") -> str:
    """A whole page around ``body``; ``head``: more of the page's head (the map's assets)."""
    nav = "".join(
        f'<a href="{href}"{" class=on" if key == active else ""}>{label}</a>'
        for key, href, label in (("dash", "/", "Dashboard"), ("events", "/events", "Events"),
                                 ("map", "/map", "Map"), ("dyads", "/dyads", "Dyads"),
                                 ("actors", "/actors", "Actors")))
    if json_href:
        nav += f'<a href="{esc(json_href)}">JSON</a>'
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · ghatna</title><style>{_css()}</style>{head}</head><body>"
        f'<header><a class="brand" href="/">ghatna <small>घटना · events</small></a>'
        f"<nav>{nav}</nav>"
        f'<span class="muted small" style="margin-left:auto;color:#cfe3f7">{esc(db_name)}'
        "</span></header>"
        f"<main>{body}</main>"
        '<footer>ghatna · PLOVER events from Hindi, English and mixed news · read-only view '
        'of the store · <a href="/api">API</a> · <a href="/docs">API docs</a></footer></body></html>')


# --------------------------------------------------------------------------- pieces


def type_badge(etype: str | None, quad: int | None = None, link: bool = True) -> str:
    quad = quad or TYPE_QUAD.get(etype or "", 0)
    color = QUAD_COLORS.get(str(quad), QUAD_COLORS["0"])
    text_color = "#1f2328" if str(quad) in LIGHT_QUADS else "#fff"
    style = f'style="background:{color};color:{text_color}"'
    tip = esc(QUAD_NAMES.get(quad or 0, ""))
    if link and etype:
        return (f'<a class="badge" {style} title="{tip}" '
                f'href="{esc(url("/events", {"type": etype}))}">{esc(etype)}</a>')
    return f'<span class="badge" {style} title="{tip}">{esc(etype or "?")}</span>'


def actor_link(actor: dict[str, Any] | None) -> str:
    if not actor:
        return '<span class="muted">—</span>'
    label = actor.get("name") or actor.get("id") or "?"
    target = actor.get("id") or actor.get("name") or ""
    country = f' <span class="muted">({esc(actor["country"])})</span>' if actor.get("country") \
        else ""
    return f'<a href="{esc(url("/events", {"actor": target}))}">{esc(label)}</a>{country}'


def evidence_html(ev: dict[str, Any]) -> str:
    """The sentence with its trigger and actors marked."""
    sentence = ev.get("sentence") or ""
    out, pos = [], 0
    for h in ev.get("highlights") or []:
        out.append(esc(sentence[pos:h["start"]]))
        out.append(f'<mark class="{esc(h["kind"])}">{esc(sentence[h["start"]:h["end"]])}</mark>')
        pos = h["end"]
    out.append(esc(sentence[pos:]))
    return "".join(out).strip() or '<span class="muted">(no sentence)</span>'


def flags(ev: dict[str, Any]) -> str:
    return "".join(f'<span class="flag">{name}</span>' for name in
                   ("planned", "negated", "hypothetical") if ev.get(name))


def place_text(loc: dict[str, Any] | None) -> str:
    if not loc:
        return ""
    bits = [loc.get("name"), loc.get("admin1"), loc.get("country")]
    return " @ " + esc(", ".join(dict.fromkeys(b for b in bits if b)))


def filter_form(f: Filters, action: str = "/events") -> str:
    p = f.params()
    options = "".join(f'<option value="{t}"{" selected" if p.get("type") == t else ""}>{t}'
                      "</option>" for t in PLOVER_TYPES)
    quads = "".join(f'<option value="{q}"{" selected" if p.get("quad") == str(q) else ""}>'
                    f"{esc(QUAD_NAMES[q])}</option>" for q in (1, 2, 3, 4))

    def box(name: str, label: str, placeholder: str = "") -> str:
        return (f'<label>{label}<input name="{name}" value="{esc(p.get(name))}" '
                f'placeholder="{esc(placeholder)}"></label>')

    return (f'<form class="filters" method="get" action="{esc(action)}">'
            + box("actor", "Actor (any spelling)", "पुतिन, Jaishankar, person:…")
            + f'<label>Type<select name="type"><option value="">any</option>{options}'
              "</select></label>"
            + f'<label>Class<select name="quad"><option value="">any</option>{quads}'
              "</select></label>"
            + box("country", "Country", "IND") + box("place", "Place", "Moscow")
            + box("since", "Since", "YYYY-MM-DD") + box("until", "Until", "YYYY-MM-DD")
            + box("lang", "Language", "hi, en, hi-en")
            + '<button type="submit">Show events</button>'
            + f'<a class="small" href="{esc(action)}">clear</a></form>')


QUAD_SERIES = [(str(q), QUAD_NAMES[q], QUAD_COLORS[str(q)]) for q in (1, 2, 3, 4, 0)]


def legend(base: dict[str, str], present: set[str], hatched: bool = False,
           path: str = "/events") -> str:
    items = []
    for key, label, color in QUAD_SERIES:
        if key not in present:
            continue
        inner = f'<i style="background:{color}"></i>{esc(label)}'
        if key != "0":
            inner = f'<a href="{esc(url(path, {**base, "quad": key}))}">{inner}</a>'
        items.append(f"<span>{inner}</span>")
    if hatched:
        items.append('<span><i class="hatch"></i>striped: planned or denied, not (yet) '
                     "happened</span>")
    return f'<div class="legend">{"".join(items)}</div>'


def timeline_chart(tl: dict[str, Any], base: dict[str, str], height: int = 260) -> str:
    """Events per period stacked by quad class; each column links to its events."""
    buckets = tl["buckets"]
    if not buckets:
        return '<p class="muted">No dated events.</p>'
    params = {k: v for k, v in base.items() if k not in ("since", "until")}
    unrealised = [b.get("unrealised", {}) for b in buckets]
    chart = stacked_bars(
        [b["period"] for b in buckets], [b["by_quad"] for b in buckets], QUAD_SERIES,
        height=height, href=lambda period: url("/events", {**params, "since": period,
                                                           "until": period}),
        title=f"Events per {tl['by']} by quad class", hatched=unrealised, chart_id="tl")
    present = {k for b in buckets for k, v in b["by_quad"].items() if v}
    any_hatched = any(v for u in unrealised for v in u.values())
    note = (f'<p class="muted small">{tl["undated"]} undated events not shown.</p>'
            if tl["undated"] else "")
    return chart + legend(base, present, any_hatched) + note


def type_facets(tl: dict[str, Any], base: dict[str, str]) -> str:
    """One row per PLOVER type: its total and a sparkline over the same periods."""
    buckets = tl["buckets"]
    if not buckets:
        return ""
    periods = [b["period"] for b in buckets]
    series = {t: [b["by_type"].get(t, 0) for b in buckets] for t in tl["types"]}
    vmax = max((v for vals in series.values() for v in vals), default=1)
    rows = []
    for etype, values in series.items():
        color = QUAD_COLORS.get(str(TYPE_QUAD.get(etype, 0)), QUAD_COLORS["0"])
        rows.append(
            f"<tr><td>{type_badge(etype)}</td><td class=num>"
            f'<a href="{esc(url("/events", {**base, "type": etype}))}">{sum(values)}</a></td>'
            f"<td>{sparkbars(values, color, vmax=vmax, labels=periods)}</td></tr>")
    return (f'<table class="facets"><tr><th>Type</th><th class=num>Events</th>'
            f"<th>{esc(periods[0])} … {esc(periods[-1])}</th></tr>{''.join(rows)}</table>")


def pager_links(path: str, params: dict[str, Any], limit: int, offset: int, total: int,
                labels: tuple[str, str]) -> str:
    """Links to the previous and next page (those that exist)."""
    links = []
    if offset > 0:
        links.append(f'<a href="{esc(url(path, {**params, "offset": max(0, offset - limit)}))}">'
                     f"{labels[0]}</a>")
    if offset + limit < total:
        links.append(f'<a href="{esc(url(path, {**params, "offset": offset + limit}))}">'
                     f"{labels[1]}</a>")
    return "".join(links)


def count_bars(rows: list[tuple[str, int]], color: str = "var(--accent)") -> str:
    """Label / count / proportional bar rows; labels are already HTML."""
    top = max((n for _, n in rows), default=1) or 1
    return "<table>" + "".join(
        f"<tr><td>{label}</td><td class=num>{n:,}</td><td style=width:45%>"
        f'<span class="bar" style="width:{100 * n / top:.1f}%;background:{color}"></span></td>'
        "</tr>" for label, n in rows) + "</table>"


# --------------------------------------------------------------------------- pages


def dashboard(data: dict[str, Any], tl: dict[str, Any], db_name: str) -> str:
    totals = "".join(
        f'<div class="total"><b>{data[key]:,}</b><span>{label}</span></div>'
        for key, label in (("events", "events"), ("mentions", "mentions"),
                           ("documents", "documents"), ("actors", "actors"),
                           ("events_reported_more_than_once", "events reported twice or more"),
                           ("rejects", "rejected documents")))
    if not data["events"]:
        body = (f'<h1>Dashboard</h1><div class="totals">{totals}</div><div class="card">'
                "<p>No events in this store yet. Add some with "
                "<code>ghatna ingest CORPUS --db …</code>.</p></div>")
        return layout("Dashboard", body, active="dash", json_href="/api/stats", db_name=db_name)
    span = ""
    if data.get("first_day"):
        span = (f'<span class="muted small"> {esc(data["first_day"])} – '
                f'{esc(data["last_day"])}</span>')
    types = [(type_badge(t), n) for t, n in data["events_by_type"].items()]
    actors = [(f'<a href="{esc(url("/events", {"actor": a["filter"]}))}">'
               f'{esc(a["name"] or a["id"] or "?")}</a>'
               + (f' <span class="muted">({esc(a["country"])})</span>' if a["country"] else ""),
               a["events"]) for a in data["top_actors"]]
    langs = [(esc(lang), n) for lang, n in data["events_by_lang"].items()]
    body = (
        f"<h1>Dashboard{span}</h1>"
        f'<div class="totals">{totals}</div>'
        f'<div class="card">{filter_form(Filters())}</div>'
        f'<div class="card"><h2>Events per {esc(tl["by"])}</h2>{timeline_chart(tl, {})}</div>'
        f'<div class="card"><h2>Where</h2>{map_block(Filters(), height="360px")}</div>'
        f'<div class="grid2"><div class="card"><h2>Top actors</h2>{count_bars(actors)}'
        f'<p class="small"><a href="/actors">all actors →</a></p></div>'
        f'<div class="card"><h2>Event types over time</h2>{type_facets(tl, {})}</div></div>'
        f'<div class="grid2"><div class="card"><h2>Events by type</h2>{count_bars(types)}</div>'
        f'<div class="card"><h2>Languages of the reports</h2>{count_bars(langs, "#6e7781")}'
        '<p class="muted small">An event counts once for each language it was reported in.'
        "</p></div></div>")
    return layout("Dashboard", body, active="dash", json_href="/api/stats", db_name=db_name,
                  head=MAP_HEAD)


def event_summary(ev: dict[str, Any]) -> str:
    """One event in a list: head line, evidence, counts."""
    langs = "/".join(ev.get("languages") or [])
    seen = ev.get("first_seen") or ""
    return (
        '<div class="event"><div class="head">'
        f'<span class="date">{esc(ev.get("date") or "undated")}</span>'
        f'{type_badge(ev.get("type"), ev.get("quad_class"))}'
        f'<span>{actor_link(ev.get("actor1"))} → {actor_link(ev.get("actor2"))}'
        f'{place_text(ev.get("location"))}</span>{flags(ev)}</div>'
        f'<div class="evidence">{evidence_html(ev["evidence"])}</div>'
        f'<div class="meta">{plural(ev.get("n_mentions"), "mention")} · '
        f'{plural(ev.get("n_articles"), "article")} · {plural(ev.get("n_sources"), "source")} · '
        f'{esc(langs)} · first reported {esc(seen)} · '
        f'<a href="/events/{esc(quote(ev["event_id"]))}">details →</a></div></div>')


def events_page(result: dict[str, Any], tl: dict[str, Any], f: Filters, db_name: str) -> str:
    base = f.params()
    total, limit, offset = result["total"], result["limit"], result["offset"]
    shown = (f"{offset + 1:,}–{offset + len(result['events']):,} of {total:,}" if total
             else "none")
    listing = "".join(event_summary(ev) for ev in result["events"]) or \
        '<p class="muted">No events match these filters.</p>'
    pager = pager_links("/events", {**base, "limit": limit}, limit, offset, total,
                        ("← newer", "older →"))
    chart = (f'<div class="card"><h2>Matching events per {esc(tl["by"])}</h2>'
             f"{timeline_chart(tl, base, height=180)}</div>" if total else "")
    body = (
        f'<h1>Events <span class="muted small">{shown}</span></h1>'
        f'<div class="card">{filter_form(f)}</div>{chart}'
        f'<div class="card">{listing}<div class="pager">{pager}</div></div>')
    json_href = url("/api/events", {**base, "limit": limit, "offset": offset})
    return layout("Events", body, active="events", json_href=json_href, db_name=db_name)


def event_page(ev: dict[str, Any], db_name: str) -> str:
    loc = ev.get("location") or {}
    rows = [
        ("Type", type_badge(ev.get("type"), ev.get("quad_class"))
         + f' <span class="muted">{esc(QUAD_NAMES.get(ev.get("quad_class") or 0, ""))}'
           f'{" · mode " + esc(ev["mode"]) if ev.get("mode") else ""}'
           f'{" · CAMEO " + esc(ev["cameo"]) if ev.get("cameo") else ""}</span>' + flags(ev)),
        ("Actor 1", actor_link(ev.get("actor1"))),
        ("Actor 2", actor_link(ev.get("actor2"))),
        ("Date", esc(ev.get("date") or "undated")
         + (f' <span class="muted">({esc(ev["date_precision"])})</span>'
            if ev.get("date_precision") else "")),
        ("Place", esc(", ".join(dict.fromkeys(
            str(b) for b in (loc.get("name"), loc.get("admin1"), loc.get("country")) if b)))
         or '<span class="muted">—</span>'),
        ("Reported", f'{plural(ev.get("n_mentions"), "mention")} in '
                     f'{plural(ev.get("n_articles"), "article")} from '
                     f'{plural(ev.get("n_sources"), "source")}, {esc(ev.get("first_seen"))} – '
                     f'{esc(ev.get("last_seen"))}'),
        ("Languages", esc(", ".join(ev.get("languages") or []))),
        ("Confidence", esc(f'{ev["confidence"]:.2f}' if ev.get("confidence") is not None
                           else "")),
        ("Ids", f'<code>{esc(ev["event_id"])}</code> · GDELT <code>{esc(ev.get("global_id"))}'
                "</code>"),
    ]
    kv = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    mentions = []
    for m in ev["mentions"]:
        doc = m["document"]
        title = esc(doc.get("title") or doc.get("id") or m.get("doc_id"))
        link = safe_link(doc.get("url"))
        if link:
            title = f'<a href="{esc(link)}" rel="noreferrer noopener">{title}</a>'
        details = [esc(doc.get("outlet") or doc.get("source")), esc(doc.get("published")),
                   f'language <b>{esc(m.get("lang"))}</b>',
                   f'document <code>{esc(m.get("doc_id"))}</code>']
        if m.get("date_text"):
            details.append(f'date from “{esc(m["date_text"])}”')
        if m.get("confidence") is not None:
            details.append(f'confidence {m["confidence"]:.2f}')
        mentions.append(
            f'<div class="event"><div class="head"><b>{title}</b>'
            f'{type_badge(m.get("type"), m.get("quad_class"))}{flags(m)}</div>'
            f'<div class="evidence" lang="{esc(m.get("lang") or "")}">'
            f'{evidence_html(m["evidence"])}</div>'
            f'<div class="meta">{" · ".join(d for d in details if d)}</div></div>')
    body = (
        f'<h1>{esc(ev.get("type"))}: {esc((ev.get("actor1") or {}).get("name") or "?")}'
        f' → {esc((ev.get("actor2") or {}).get("name") or "—")}</h1>'
        f'<div class="card"><dl class="kv">{kv}</dl></div>'
        f'<div class="card"><h2>{plural(len(ev["mentions"]), "mention")}</h2>'
        '<p class="muted small">Marked in each sentence: <mark class="actor1">actor 1</mark> '
        '<mark class="actor2">actor 2</mark> <mark class="trigger">predicate</mark></p>'
        f'{"".join(mentions)}</div>')
    return layout(f"Event {ev['event_id']}", body, active="events",
                  json_href=f"/api/events/{quote(ev['event_id'])}", db_name=db_name)


def actors_page(result: dict[str, Any], q: str | None, db_name: str) -> str:
    rows = []
    for a in result["actors"]:
        aliases = ", ".join(x for x in a["aliases"] if x != a["name"])
        rows.append(
            f'<tr><td><a href="{esc(url("/events", {"actor": a["filter"]}))}">'
            f'{esc(a["name"] or a["id"] or "?")}</a><div class="muted small">{esc(aliases)}'
            f'</div></td><td>{esc(a["country"])}</td><td>{esc(a["sector"])}</td>'
            f'<td class="num">{a["n_events"]:,}</td><td class="num">{a["n_mentions"]:,}</td>'
            f'<td class="small"><code>{esc(a["id"] or a["actor_key"])}</code></td></tr>')
    table = ("<table><tr><th>Actor and the spellings seen</th><th>Country</th><th>Sector</th>"
             "<th class=num>Events</th><th class=num>Mentions</th><th>Id</th></tr>"
             + "".join(rows) + "</table>") if rows else '<p class="muted">No actors match.</p>'
    form = (f'<form class="filters" method="get" action="/actors"><label>Name or any spelling'
            f'<input name="q" value="{esc(q)}" placeholder="पुतिन"></label>'
            '<button type="submit">Find</button><a class="small" href="/actors">clear</a></form>')
    limit, offset, total = result["limit"], result["offset"], result["total"]
    pager = pager_links("/actors", {"q": q, "limit": limit}, limit, offset, total, ("← previous", "next →"))
    body = (f'<h1>Actors <span class="muted small">{total:,}</span></h1>'
            f'<div class="card">{form}</div><div class="card">{table}'
            f'<div class="pager">{pager}</div></div>')
    return layout("Actors", body, active="actors",
                  json_href=url("/api/actors", {"q": q, "offset": offset}), db_name=db_name)


def error_page(status: int, title: str, message: str, db_name: str = "") -> str:
    body = (f'<h1>{status} {esc(title)}</h1><div class="card error"><p>{esc(message)}</p>'
            '<p><a href="/">Back to the dashboard</a></p></div>')
    return layout(title, body, db_name=db_name)
