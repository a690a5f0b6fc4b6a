// The events map: country outlines (world-atlas TopoJSON) and one circle per place and quad
// class, sized by the number of events, from this server's /api/events.geojson. Everything
// is loaded from ghatna itself; no tiles. Text from the store is set with textContent only.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L || !window.topojson) { return; }
  var colors = JSON.parse(el.dataset.colors);
  var names = JSON.parse(el.dataset.names);
  var status = document.getElementById("map-status");
  var map = L.map(el, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 12 })
    .setView([22, 80], 4);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Outlines: Natural Earth");

  function say(text) { if (status) { status.textContent = text; } }

  // A polygon that crosses the antimeridian (eastern Russia, Fiji) has rings spanning
  // -180..180; drawn as they are they would streak across the whole map. Their western
  // longitudes are moved past 180 instead.
  function unwrap(polygon) {
    polygon.forEach(function (ring) {
      var lons = ring.map(function (p) { return p[0]; });
      if (Math.max.apply(null, lons) - Math.min.apply(null, lons) > 180) {
        ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } });
      }
    });
  }

  function unwrapAll(features) {
    features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      if (g.type === "Polygon") { unwrap(g.coordinates); }
      if (g.type === "MultiPolygon") { g.coordinates.forEach(unwrap); }
    });
  }

  fetch(el.dataset.outlines).then(function (r) { return r.json(); }).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries);
    // Antarctica (ISO 010) reaches the pole, which Web Mercator cannot draw: a band.
    countries.features = countries.features.filter(function (f) { return f.id !== "010"; });
    unwrapAll(countries.features);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#8c959f", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map).bringToBack();
    el.dataset.outlines_ready = "1";
  });

  function popup(group) {
    var box = document.createElement("div");
    var head = document.createElement("b");
    head.textContent = (group.place || "?") + " · " + (names[group.quad] || "") + " · " +
      group.events.length + (group.events.length === 1 ? " event" : " events") +
      (group.unrealised ? " (planned or denied)" : "");
    box.appendChild(head);
    var list = document.createElement("ul");
    group.events.slice(0, 10).forEach(function (p) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = p.url;  // a path on this server, built by it
      link.textContent = (p.date || "undated") + " " + p.type + ": " + (p.actor1 || "?") +
        " → " + (p.actor2 || "—");
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    if (group.events.length > 10) {
      var more = document.createElement("div");
      more.textContent = "and " + (group.events.length - 10) + " more";
      box.appendChild(more);
    }
    return box;
  }

  function groups(features) {
    var byKey = {};
    features.forEach(function (f) {
      var p = f.properties, c = f.geometry.coordinates;
      var unrealised = p.planned || p.negated;
      var key = c[1] + "," + c[0] + "," + p.quad_class + "," + unrealised;
      if (!byKey[key]) {
        byKey[key] = { lat: c[1], lon: c[0], quad: String(p.quad_class || 0),
                       unrealised: unrealised, place: p.place, events: [] };
      }
      byKey[key].events.push(p);
    });
    return Object.keys(byKey).map(function (k) { return byKey[k]; });
  }

  // Circles of one place fan out a little by class, so none hides another.
  var OFFSET = { "1": [0.12, -0.12], "2": [0.12, 0.12], "3": [-0.12, -0.12],
                 "4": [-0.12, 0.12], "0": [0, 0] };

  fetch(el.dataset.events).then(function (r) { return r.json(); }).then(function (fc) {
    var layer = L.featureGroup();
    var shown = groups(fc.features);
    shown.forEach(function (g) {
      var d = OFFSET[g.quad] || [0, 0];
      L.circleMarker([g.lat + d[0], g.lon + d[1]], {
        radius: 5 + 3 * Math.sqrt(g.events.length), weight: g.unrealised ? 2 : 1,
        color: g.unrealised ? colors[g.quad] : "#222222", dashArray: g.unrealised ? "4 3" : null,
        fillColor: colors[g.quad] || colors["0"], fillOpacity: g.unrealised ? 0.15 : 0.85
      }).bindPopup(popup(g)).addTo(layer);
    });
    layer.addTo(map);
    if (shown.length) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 }); }
    var p = fc.properties;
    say(p.shown + " of " + p.matching + " matching events on the map" +
        (p.unlocated ? " (" + p.unlocated + " have no place)" : "") +
        (p.located > p.shown ? "; the newest " + p.shown + " of " + p.located + " located" : ""));
    el.dataset.markers = String(shown.length);
  }).catch(function (err) { say("Could not load the events: " + err); });
})();
