// citygraph explorer: search, an entity's neighbourhood as a graph, its contacts over
// time, the partner cities on a map, an event series' attendance by year, and the
// evidence sentence behind every relationship. Uses only the citygraph JSON API and the
// libraries served from /explore/vendor (cytoscape, leaflet, topojson-client).
"use strict";

const COLOURS = {
  City: "#4C8EDA", Country: "#8DCC93", Person: "#F79767", Organization: "#C990C0",
  Event: "#FFC454", EventSeries: "#DA7194", Source: "#A5ABB6",
};
const STATUS_COLOURS = { signed: "#1f7a3a", planned: "#d08a00", negotiating: "#c2410c", revoked: "#777" };
const $ = (selector) => document.querySelector(selector);
const state = { center: null, nodes: new Map(), edges: new Map(), map: null, mapLayer: null };

// -- helpers -----------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "class") node.className = value;
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function bilingual(item) {
  const zh = item.name_zh || "", en = item.name_en || "";
  return zh && en && zh !== en ? `${zh} ${en}` : zh || en || item.id;
}

function tag(label) {
  return el("span", { class: "tag", style: `background:${COLOURS[label] || "#999"}` }, label);
}

// Replace an element's children; arrays are flattened, null and undefined left out.
function fill(box, ...children) {
  box.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined));
}

function status(message) { $("#status").textContent = message || ""; }

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const near = (body.closest || []).map(bilingual).join(", ");
    throw new Error(`${body.detail || response.statusText}${near ? ` — did you mean ${near}?` : ""}`);
  }
  return body;
}

function props(object) {
  const dl = el("dl", { class: "props" });
  for (const [key, value] of Object.entries(object || {})) {
    if (value === null || value === "" || (Array.isArray(value) && !value.length)) continue;
    dl.append(el("dt", {}, key), el("dd", {}, Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : value));
  }
  return dl;
}

// -- the graph -------------------------------------------------------------------------
const cy = cytoscape({
  container: $("#graph"),
  wheelSensitivity: 0.3,
  style: [
    { selector: "node", style: {
      "background-color": (n) => COLOURS[n.data("label")] || "#999",
      label: "data(caption)", "text-wrap": "wrap", "text-max-width": 120, "font-size": 10,
      "text-valign": "bottom", "text-margin-y": 3, width: 26, height: 26,
      "border-width": 1, "border-color": "#fff" } },
    { selector: "node.center", style: { width: 40, height: 40, "border-width": 3, "border-color": "#1f3a5f", "font-weight": "bold" } },
    { selector: "edge", style: {
      width: 1.6, "line-color": "#b8bcc4", "target-arrow-color": "#b8bcc4", "target-arrow-shape": "triangle",
      "curve-style": "bezier", label: "data(type)", "font-size": 7, color: "#555",
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
    { selector: "edge.inferred", style: { "line-style": "dashed" } },
    { selector: "edge:selected", style: { "line-color": "#e0b000", "target-arrow-color": "#e0b000", width: 3 } },
    { selector: "edge.path", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b", width: 3.5 } },
    { selector: "node.path", style: { "border-color": "#c0392b", "border-width": 3 } },
    { selector: "node:selected", style: { "border-color": "#e0b000", "border-width": 3 } },
  ],
});

function addNeighbourhood(found, ring = 0) {
  const added = [];
  for (const node of found.nodes) {
    if (state.nodes.has(node.id)) continue;
    state.nodes.set(node.id, node);
    added.push({ group: "nodes", data: { id: node.id, label: node.label, ring: ring + node.hops, caption: [node.name_zh, node.name_en].filter(Boolean).join("\n") || node.id } });
  }
  for (const edge of found.edges) {
    if (state.edges.has(edge.id)) continue;
    state.edges.set(edge.id, edge);
    added.push({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type }, classes: edge.inferred ? "inferred" : "" });
  }
  cy.add(added);
  // rings around the centre: its neighbours, then what expanding them added
  cy.layout({ name: "concentric", animate: false, concentric: (n) => 10 - n.data("ring"), levelWidth: () => 1, minNodeSpacing: 55, padding: 30 }).run();
  renderEdgeList();
  renderLegend();
  return added.length;
}

function renderLegend() {
  const labels = [...new Set([...state.nodes.values()].map((n) => n.label))].sort();
  fill($("#legend"), ...labels.map(tag));
}

function nodeName(id) { const node = state.nodes.get(id); return node ? bilingual(node) : id; }

function renderEdgeList() {
  const rows = [...state.edges.values()].map((edge) =>
    el("tr", { class: "edge-row", "data-edge": edge.id, onclick: () => selectEdge(edge.id) },
      el("td", {}, edge.date || ""), el("td", {}, nodeName(edge.source)), el("td", {}, edge.type),
      el("td", {}, nodeName(edge.target)), el("td", {}, edge.evidence.length ? "❝" : "")));
  fill($("#edges"), el("table", {}, el("tr", {}, ["date", "from", "relationship", "to", ""].map((h) => el("th", {}, h))), rows));
}

function showEvidence(title, fact) {
  const box = $("#evidence");
  const quotes = (fact.evidence || []).map((q) => el("div", {},
    el("blockquote", { class: "quote" }, q.text),
    el("div", { class: "source" }, `${q.source || ""}${q.span ? ` · chars ${q.span}` : ""}`)));
  fill(box,
    el("h2", {}, "Evidence"),
    el("div", {}, title),
    fact.inferred ? el("div", { class: "muted" }, "inferred (derived, not stated directly)") : null,
    props({ date: fact.date, end: fact.end, ...(fact.properties || {}) }),
    quotes.length ? quotes : el("p", { class: "muted" }, "No sentence recorded for this relationship."),
  );
  box.hidden = false;
  box.scrollIntoView({ block: "nearest" });
}

function selectEdge(edgeId) {
  const edge = state.edges.get(edgeId);
  if (!edge) return;
  cy.elements().unselect();
  cy.getElementById(edgeId).select();
  showEvidence(el("strong", {}, `${nodeName(edge.source)} —${edge.type}→ ${nodeName(edge.target)}`), edge);
}

cy.on("tap", "edge", (event) => selectEdge(event.target.id()));
cy.on("tap", "node", (event) => expand(event.target.id()));

// -- one entity ----------------------------------------------------------------------------
function showDetails(node) {
  const box = $("#details");
  fill(box,
    el("h2", {}, tag(node.label), bilingual(node)),
    el("div", { class: "muted" }, node.id),
    node.aliases && node.aliases.length ? el("div", {}, "also: ", node.aliases.join("、")) : null,
    props(node.properties),
    el("div", {},
      el("a", { href: `/entities/${node.id}` }, "JSON"), " · ",
      el("a", { href: `/export?format=graphml&id=${encodeURIComponent(node.id)}` }, "GraphML"), " · ",
      el("a", { href: `/export?format=csv.zip&id=${encodeURIComponent(node.id)}` }, "CSV")),
    pathForm(node),
  );
  box.hidden = false;
}

// -- shortest paths -------------------------------------------------------------------------
function pathForm(node) {
  const input = el("input", { type: "search", placeholder: "馬列, Malé …", "aria-label": "path to", id: "path-to" });
  const form = el("form", { id: "path-form", class: "path-form" }, "Shortest path to ", input, el("button", { type: "submit" }, "Go"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) showPaths(node.id, input.value.trim());
  });
  return form;
}

function edgeIdOf(step) {
  const known = [...state.edges.values()].find((e) => e.type === step.type && e.source === step.source && e.target === step.target);
  return known ? known.id : `${step.type}:${step.source}->${step.target}`;
}

async function showPaths(fromId, q) {
  try {
    const hits = (await api(`/search?q=${encodeURIComponent(q)}&limit=1`)).hits;
    if (!hits.length) { status(`nothing matches “${q}”`); return; }
    const found = await api(`/paths?from=${encodeURIComponent(fromId)}&to=${encodeURIComponent(hits[0].id)}&max_hops=6&limit=5`);
    if (!found.paths.length) { status(`no path of at most 6 steps to ${bilingual(hits[0])}`); return; }
    const nodes = found.paths.flatMap((p) => p.nodes).map((n) => ({ aliases: [], properties: {}, hops: 1, ...n }));
    const edges = found.paths.flatMap((p) => p.relationships).map((r) => ({ ...r, id: edgeIdOf(r), date: null, inferred: false }));
    addNeighbourhood({ nodes, edges }, cy.getElementById(fromId).data("ring") || 0);
    cy.elements().removeClass("path");
    for (const edge of edges) cy.getElementById(edge.id).addClass("path").connectedNodes().addClass("path");
    status(`${found.paths.length} shortest path(s) of ${found.paths[0].length} step(s) to ${bilingual(hits[0])}`);
  } catch (error) {
    status(error.message);
  }
}

async function select(entityId) {
  status("loading …");
  try {
    const found = await api(`/entities/${entityId}/neighbourhood`);
    cy.elements().remove();
    state.nodes.clear();
    state.edges.clear();
    state.center = entityId;
    addNeighbourhood(found);
    cy.getElementById(entityId).addClass("center");
    focusOn(state.nodes.get(entityId));
    status(`${found.nodes.length} nodes, ${found.edges.length} relationships${found.truncated ? " (truncated)" : ""}`);
  } catch (error) {
    status(error.message);
  }
}

async function expand(entityId) {
  const node = state.nodes.get(entityId);
  if (node) focusOn(node);
  try {
    const ring = cy.getElementById(entityId).data("ring") || 0;
    const added = addNeighbourhood(await api(`/entities/${entityId}/neighbourhood`), ring);
    status(added ? `expanded ${nodeName(entityId)}: ${added} new elements` : `${nodeName(entityId)} has nothing more to show`);
  } catch (error) {
    status(error.message);
  }
}

function focusOn(node) {
  if (!node) return;
  showDetails(node);
  loadTimeline(node);
  loadAttendance(node);
  highlightOnMap(node);
}

// -- contacts timeline ---------------------------------------------------------------------
async function loadTimeline(node) {
  const box = $("#timeline");
  fill(box, el("p", { class: "empty" }, "loading contacts …"));
  try {
    const found = await api(`/entities/${node.id}/contacts`);
    if (!found.contacts.length) {
      fill(box, el("p", { class: "empty" }, `No dated contacts of ${bilingual(node)}.`));
      return;
    }
    const list = el("ul", { class: "timeline" });
    let year = undefined;
    for (const contact of found.contacts) {
      if (contact.year !== year) {
        year = contact.year;
        list.append(el("li", { class: "year" }, el("span", {}, year ?? "undated")));
      }
      const others = contact.counterparts.map(bilingual).join("、");
      const via = contact.via ? ` (via ${bilingual(contact.via)}${contact.via.title_zh ? ` ${contact.via.title_zh}` : ""})` : "";
      list.append(el("li", {
        class: "contact",
        onclick: () => showEvidence(el("strong", {}, `${contact.kind} · ${others}${via}`), contact),
      }, el("span", { class: "date" }, contact.end ? `${contact.date}–${contact.end}` : contact.date || ""),
        el("strong", {}, contact.kind), " ", others, via, contact.inferred ? el("em", { class: "muted" }, " inferred") : null));
    }
    fill(box, el("p", {}, `${found.count} contacts of ${bilingual(found.entity)}, in time order:`), list);
  } catch (error) {
    fill(box, el("p", { class: "empty" }, error.message));
  }
}

// -- series attendance -----------------------------------------------------------------------
function seriesOf(node) {
  if (node.label === "EventSeries") return node.id;
  if (node.label !== "Event") return null;
  const edition = [...state.edges.values()].find((e) => e.type === "EDITION_OF" && e.source === node.id);
  return edition ? edition.target : node.properties.series || null;
}

function parties(rows) {
  return rows.map((row) => el("span", {
    class: `party${row.inferred ? " inferred" : ""}`,
    title: row.inferred ? "inferred" : row.status,
    onclick: () => showEvidence(el("strong", {}, `${bilingual(row.party)} · ${row.status}`), row),
  }, bilingual(row.party), row.via.length ? ` (${row.via.map(bilingual).join(", ")})` : ""));
}

async function loadAttendance(node) {
  const seriesId = seriesOf(node);
  if (!seriesId) return;
  const box = $("#attendance");
  try {
    const found = await api(`/series/${seriesId}/attendance`);
    const rows = found.years.map((year) => el("tr", {},
      el("td", {}, year.year ?? "?"), el("td", {}, parties(year.attended)), el("td", {}, parties(year.invited))));
    fill(box,
      el("p", {}, el("strong", {}, bilingual(found.series)), " — who came each year (italic: inferred from 「每年」-style statements)"),
      el("table", { id: "attendance-table" }, el("tr", {}, el("th", {}, "year"), el("th", {}, "attended"), el("th", {}, "invited or planned only")), rows));
  } catch (error) {
    fill(box, el("p", { class: "empty" }, error.message));
  }
}

// -- partner map ---------------------------------------------------------------------------
async function loadMap() {
  if (state.map) return;
  state.map = L.map("map", { worldCopyJump: true, minZoom: 1, attributionControl: false }).setView([25, 135], 2);
  try {
    const world = await (await fetch("/explore/vendor/countries-110m.json")).json();
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: "#9a9a8f", weight: 0.6, fillColor: "#f1efe6", fillOpacity: 1 },
      interactive: false,
    }).addTo(state.map);
  } catch (error) {
    status(`coastlines unavailable: ${error.message}`);
  }
  state.mapLayer = L.layerGroup().addTo(state.map);
  try {
    const found = await api("/sister-cities/places");
    const home = found.home;
    const homePoint = home.lat !== null && home.lon !== null ? [home.lat, home.lon] : null;
    const points = homePoint ? [homePoint] : [];
    for (const tie of found.ties) {
      const partner = tie.partner;
      if (partner.lat === null || partner.lon === null) continue;
      points.push([partner.lat, partner.lon]);
      const colour = STATUS_COLOURS[tie.status] || "#4C8EDA";
      if (homePoint) L.polyline([homePoint, [partner.lat, partner.lon]], { color: colour, weight: 1, opacity: 0.5 }).addTo(state.mapLayer);
      L.circleMarker([partner.lat, partner.lon], { radius: 6, color: "#fff", weight: 1, fillColor: colour, fillOpacity: 0.95 })
        .bindTooltip(`${bilingual(partner)} · ${tie.type === "SISTER_CITY_OF" ? "sister city" : "friendship city"} · ${tie.status || ""}${tie.since ? ` since ${tie.since}` : ""}`)
        .on("click", () => select(partner.id))
        .addTo(state.mapLayer);
    }
    if (homePoint) {
      L.circleMarker(homePoint, { radius: 8, color: "#fff", weight: 2, fillColor: "#c0392b", fillOpacity: 1 })
        .bindTooltip(bilingual(home), { permanent: true, direction: "right" }).addTo(state.mapLayer);
    }
    if (points.length > 1) state.map.fitBounds(points, { padding: [20, 20] });
  } catch (error) {
    status(error.message);
  }
}

function highlightOnMap(node) {
  const lat = node.properties && node.properties.lat, lon = node.properties && node.properties.lon;
  if (!state.map || lat === undefined || lon === undefined || lat === null) return;
  L.popup().setLatLng([lat, lon]).setContent(bilingual(node)).openOn(state.map);
}

// -- tabs, search, start ------------------------------------------------------------------------
for (const button of document.querySelectorAll("[role=tab]")) {
  button.addEventListener("click", async () => {
    for (const other of document.querySelectorAll("[role=tab]")) {
      other.setAttribute("aria-selected", String(other === button));
      $(`#${other.dataset.panel}`).hidden = other !== button;
    }
    if (button.dataset.panel === "map") {
      await loadMap();
      state.map.invalidateSize();
      const node = state.nodes.get(state.center);
      if (node) highlightOnMap(node);
    }
  });
}

async function search(q) {
  const box = $("#results");
  status("searching …");
  try {
    const found = await api(`/search?q=${encodeURIComponent(q)}&limit=20`);
    fill(box, ...found.hits.map((hit) =>
      el("li", { "data-id": hit.id, onclick: () => select(hit.id) }, tag(hit.label), bilingual(hit))));
    $("#results-box").hidden = false;
    if (!found.hits.length) status(`nothing matches “${q}”`);
    else await select(found.hits[0].id);
  } catch (error) {
    status(error.message);
  }
}

$("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = $("#q").value.trim();
  if (q) search(q);
});

window.explorer = { cy, state, select, search };
const initial = new URLSearchParams(location.search);
if (initial.get("id")) select(initial.get("id"));
else if (initial.get("q")) { $("#q").value = initial.get("q"); search(initial.get("q")); }
