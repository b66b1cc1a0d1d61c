// The eventledger map page: loads the events once, filters them in the page (dates, kinds, country, background),
// asks the server only for text search, and keeps the map, the list and the timeline showing the same events.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import "./style.css";
import * as api from "./api.js";
import { addBasemap, loadBasemap } from "./basemap.js";
import { el, fill } from "./dom.js";
import { KINDS, createMap, describe, hasPlace } from "./map.js";
import { showEvent } from "./panel.js";
import { createTimeline, dayOf } from "./timeline.js";

const LIST_MAX = 300;
const $ = (id) => document.getElementById(id);

const state = {
  all: [], // every event of the ledger, as api.events() gives them
  matching: null, // ids the server found for the search, or null without a search
  since: null,
  until: null,
  kinds: new Set(Object.keys(KINDS)),
  country: "",
  background: false,
  selected: null,
  returnFocus: null,
};

function status(text) {
  $("status").textContent = text;
}

function passesFilters(f, withDates = true) {
  if (state.matching && !state.matching.has(f.id)) return false;
  if (!state.kinds.has(KINDS[f.kind] ? f.kind : "other")) return false;
  if (state.country && f.country !== state.country) return false;
  if (f.background && !state.background) return false;
  if (withDates && (state.since || state.until)) {
    const t = dayOf(f.date);
    if (t === null) return false;
    if (state.since && t < dayOf(state.since)) return false;
    if (state.until && t > dayOf(state.until)) return false;
  }
  return true;
}

let view;
let timeline;

function refresh({ redrawTimeline = false } = {}) {
  const shown = state.all.filter((f) => passesFilters(f));
  view.show(shown);
  if (redrawTimeline) drawTimeline();
  state.shown = shown;
  document.body.dataset.shown = String(shown.length);
  const placed = shown.filter(hasPlace).length;
  status(`${shown.length} of ${state.all.length} events${placed < shown.length ? ` (${shown.length - placed} without a place)` : ""}`
    + `${state.since || state.until ? `, ${state.since ?? "…"} to ${state.until ?? "…"}` : ""}`);
  renderList();
}

/** The timeline shows every event the other filters let through, so that the brush can widen the range again. */
function drawTimeline() {
  timeline.draw(state.all.filter((f) => passesFilters(f, false)));
  timeline.set(state.since, state.until);
}

function renderList() {
  const bounds = view.bounds();
  const inView = (state.shown || []).filter((f) => !hasPlace(f) || bounds.contains([f.lat, f.lon]));
  const dateOf = (f) => f.date ?? "";
  inView.sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0)); // ISO dates: newest first
  $("count").textContent = `(${inView.length} in view)`;
  fill($("event-list"), inView.slice(0, LIST_MAX).map((f) => el("li", {},
    el("button", {
      type: "button", class: `item ev-${KINDS[f.kind] ? f.kind : "other"}`,
      "data-id": f.id, onclick: (e) => select(f.id, e.currentTarget),
    }, el("span", { class: "swatch", "aria-hidden": "true" }), describe(f)))),
  inView.length > LIST_MAX ? el("li", { class: "muted" }, `${inView.length - LIST_MAX} more: zoom in or filter`) : null);
}

async function select(id, from) {
  state.selected = id;
  state.returnFocus = from ?? document.activeElement;
  document.body.classList.add("panel-open");
  view.map.invalidateSize();
  view.reveal(id);
  await showEvent($("panel"), id, { onSelect: (other) => select(other, state.returnFocus), onChanged: reload, onClose: close });
}

function close() {
  if ($("panel").hidden) return;
  $("panel").hidden = true;
  document.body.classList.remove("panel-open");
  view.map.invalidateSize();
  // The list is redrawn when the map moves: fall back to the row of the same event, then to the list itself.
  const back = state.returnFocus && document.contains(state.returnFocus) ? state.returnFocus
    : document.querySelector(`#event-list button[data-id="${CSS.escape(state.selected ?? "")}"]`) ?? $("list");
  state.selected = null;
  back.focus();
}

async function reload() {
  state.all = await api.events();
  refresh({ redrawTimeline: true });
}

let searchSeq = 0;
async function search(q) {
  const seq = ++searchSeq;
  if (!q) {
    state.matching = null;
  } else {
    status(`Searching “${q}”…`);
    try {
      const found = await api.events({ q });
      if (seq !== searchSeq) return;
      state.matching = new Set(found.map((f) => f.id));
    } catch (err) {
      status(err.message);
      return;
    }
  }
  refresh({ redrawTimeline: true });
}

function buildFilters() {
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("kinds").append(...Object.entries(KINDS).map(([kind, { label }]) => el("label", { class: `check ev-${kind}` },
    el("input", {
      type: "checkbox", value: kind, checked: true,
      onchange: (e) => { e.target.checked ? state.kinds.add(kind) : state.kinds.delete(kind); refresh({ redrawTimeline: true }); },
    }), el("span", { class: "swatch", "aria-hidden": "true" }), ` ${label}`)));
  $("country").addEventListener("change", (e) => { state.country = e.target.value; refresh({ redrawTimeline: true }); });
  $("background").addEventListener("change", (e) => { state.background = e.target.checked; refresh({ redrawTimeline: true }); });
  let timer;
  $("q").addEventListener("input", (e) => { clearTimeout(timer); timer = setTimeout(() => search(e.target.value.trim()), 300); });
  $("q").addEventListener("keydown", (e) => { if (e.key === "Enter") { clearTimeout(timer); search(e.target.value.trim()); } });
  const setDates = () => {
    state.since = $("since").value || null;
    state.until = $("until").value || null;
    timeline.set(state.since, state.until);
    refresh();
  };
  $("since").addEventListener("change", setDates);
  $("until").addEventListener("change", setDates);
  $("clear-dates").addEventListener("click", () => { $("since").value = ""; $("until").value = ""; setDates(); });
}

function fillCountries() {
  const countries = [...new Set(state.all.map((f) => f.country).filter(Boolean))].sort();
  $("country").append(...countries.map((c) => el("option", { value: c }, c)));
}

async function start() {
  performance.mark("eventledger:start");
  view = createMap($("map"), (id) => select(id));
  timeline = createTimeline($("timeline"), (since, until) => {
    state.since = since;
    state.until = until;
    $("since").value = since ?? "";
    $("until").value = until ?? "";
    refresh();
  });
  buildFilters();
  if (window.matchMedia("(max-width: 760px)").matches) document.querySelector(".filters").open = false;
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") close(); });
  view.map.on("moveend", renderList);
  window.addEventListener("resize", () => refresh({ redrawTimeline: true }));

  const basemap = loadBasemap(); // fetched meanwhile, drawn once the view is set and the markers are on it
  let data;
  try {
    data = await api.events();
  } catch (err) {
    status(`Could not load the events: ${err.message}`);
    document.body.dataset.state = "error";
    addBasemap(view.map, await basemap);
    return;
  }
  performance.mark("eventledger:data");
  state.all = data;
  fillCountries();
  view.fit(state.all);
  refresh();
  performance.mark("eventledger:markers");
  drawTimeline();
  try {
    addBasemap(view.map, await basemap);
  } catch (err) {
    status(`Basemap: ${err.message}`);
  }
  requestAnimationFrame(() => {
    performance.mark("eventledger:painted");
    performance.measure("eventledger:load-to-markers", "eventledger:start", "eventledger:markers");
    document.body.dataset.state = "ready";
  });
}

start();
