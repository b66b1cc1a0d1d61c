// The map: events as markers (clustered when dense) and events whose place is only known as a region, a country or
// a sea as circles of that size, never as a pin at a centre. The basemap under them is basemap.js's.
import L from "./leaflet-global.js";
import "leaflet.markercluster";

export const KINDS = {
  strike: { label: "strike", color: "#c0392b" },
  interception: { label: "interception", color: "#1f78b4" },
  explosion: { label: "explosion", color: "#e67e22" },
  airspace_restriction: { label: "airspace restriction", color: "#6a3d9a" },
  shelling: { label: "shelling", color: "#8c510a" },
  other: { label: "other (clashes)", color: "#555555" },
};

// Precisions too coarse for a pin: drawn as an area of radius_km (or this many km when the API gives none).
const AREA_KM = { admin1: 150, region: 400, country: 500, sea: 250 };

export function isArea(ev) {
  return ev.precision in AREA_KM;
}

export const hasPlace = (ev) => ev.lat !== null && ev.lon !== null;

function radiusKm(ev) {
  return ev.radius_km > 0 ? ev.radius_km : AREA_KM[ev.precision] ?? 25;
}

function casualties(ev) {
  return (ev.killed || 0) + (ev.injured || 0);
}

/** Marker size grows with the logarithm of killed + injured, so one large event does not cover a region. */
export function markerSize(ev) {
  return Math.min(40, 14 + 5 * Math.log2(1 + casualties(ev)));
}

/** One line for an event (as api.events() gives them): the marker's title and the list's row. */
export function describe(ev) {
  const kind = KINDS[ev.kind]?.label ?? ev.kind ?? "event";
  const named = ev.place_en && ev.place && ev.place_en !== ev.place ? `${ev.place} / ${ev.place_en}` : ev.place;
  const place = named || ev.country || "unknown place";
  const figures = [ev.killed ? `${ev.killed} killed` : "", ev.injured ? `${ev.injured} injured` : ""]
    .filter(Boolean).join(", ");
  return `${kind}, ${place}, ${ev.date ?? "no date"}${figures ? `, ${figures}` : ""}`;
}

export function createMap(container, onSelect) {
  const map = L.map(container, {
    worldCopyJump: true,
    // Natural Earth 1:50m holds no detail past zoom 10; each zoom level kept also costs markercluster a pass.
    minZoom: 3,
    maxZoom: 10,
    zoomControl: true,
    fadeAnimation: false, // the basemap's tiles are drawn in the page: there is nothing to wait for
    attributionControl: true,
  }).setView([48.5, 35], 5);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth (public domain) via world-atlas");

  const areas = L.layerGroup().addTo(map);
  const clusters = L.markerClusterGroup({
    chunkedLoading: false,
    showCoverageOnHover: false,
    maxClusterRadius: 50,
    spiderfyOnMaxZoom: true,
  }).addTo(map);
  clusters.on("click", (e) => onSelect(e.layer.eventId));
  areas.on("click", (e) => onSelect(e.layer.eventId));

  const icons = new Map();
  function iconFor(ev) {
    const size = Math.round(markerSize(ev));
    const key = `${ev.kind}|${size}|${ev.background ? 1 : 0}`;
    if (!icons.has(key)) {
      icons.set(key, L.divIcon({
        className: `ev ev-${KINDS[ev.kind] ? ev.kind : "other"}${ev.background ? " ev-bg" : ""}`,
        iconSize: [size, size],
      }));
    }
    return icons.get(key);
  }

  const markers = new Map(); // event id -> marker, made once and reused when filters change
  function markerFor(f) {
    let marker = markers.get(f.id);
    if (!marker) {
      marker = L.marker([f.lat, f.lon], { icon: iconFor(f), title: describe(f), keyboard: true, riseOnHover: true });
      marker.eventId = f.id;
      markers.set(f.id, marker);
    }
    return marker;
  }

  // Events of one kind known only as the same area (an oblast, a sea) share one circle, drawn where the newest
  // is: a hundred circles stacked on one oblast look like one (and only the top one could be clicked), and each
  // cost the page an SVG path. The circle opens the newest of them; the list beside the map shows them all.
  let areaOf = new Map(); // event id -> the circle it is drawn in
  function areaLayer(group) {
    const [newest] = group;
    const color = (KINDS[newest.kind] ?? KINDS.other).color;
    const more = group.length > 1 ? `, and ${group.length - 1} more ${KINDS[newest.kind]?.label ?? "event"} events here` : "";
    const layer = L.circle([newest.lat, newest.lon], {
      radius: radiusKm(newest) * 1000,
      color,
      weight: 1.5,
      dashArray: "4 4",
      fillColor: color,
      fillOpacity: 0.08,
      className: "ev-area",
    });
    layer.bindTooltip(`${describe(newest)} (somewhere in this area)${more}`);
    layer.on("add", () => {
      const path = layer.getElement();
      path.setAttribute("tabindex", "0");
      path.setAttribute("role", "button");
      path.setAttribute("aria-label", `${describe(newest)} (area)${more}`);
      path.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          onSelect(newest.id);
        }
      });
    });
    layer.eventId = newest.id;
    return layer;
  }

  return {
    map,
    /** Show exactly these events (as api.events() gives them, newest first); those without a place are not drawn. */
    show(features) {
      const shown = [];
      const groups = new Map(); // "country place precision kind" -> events of that area, newest first
      for (const f of features) {
        if (!hasPlace(f)) continue;
        if (!isArea(f)) {
          shown.push(markerFor(f));
          continue;
        }
        const where = f.place ? `${f.country} ${f.place}` : `${f.lat} ${f.lon}`;
        const key = `${where} ${f.precision} ${KINDS[f.kind] ? f.kind : "other"}`;
        if (groups.has(key)) groups.get(key).push(f);
        else groups.set(key, [f]);
      }
      areas.clearLayers();
      areaOf = new Map();
      for (const group of groups.values()) {
        const layer = areaLayer(group);
        for (const f of group) areaOf.set(f.id, layer);
        areas.addLayer(layer);
      }
      clusters.clearLayers();
      clusters.addLayers(shown);
    },
    fit(features) {
      const points = features.filter(hasPlace).map((f) => [f.lat, f.lon]);
      if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom: 7, animate: false });
    },
    /** Open the cluster holding this event (or centre its area) so that the selected event is on screen. */
    reveal(id) {
      const area = areaOf.get(id);
      const marker = markers.get(id);
      if (area) map.panTo(area.getLatLng());
      else if (marker && clusters.hasLayer(marker)) clusters.zoomToShowLayer(marker);
    },
    bounds: () => map.getBounds(),
  };
}
