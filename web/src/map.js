// The map: an offline basemap from Natural Earth shapes, events as markers (clustered when dense) and events whose
// place is only known as a region, a country or a sea as circles of that size, never as a pin at a centre.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import { feature } from "topojson-client";

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

export function isArea(props) {
  return props.precision in AREA_KM;
}

function radiusKm(props) {
  return props.radius_km > 0 ? props.radius_km : AREA_KM[props.precision] ?? 25;
}

function casualties(props) {
  return (props.killed || 0) + (props.injured || 0);
}

/** Marker size grows with the logarithm of killed + injured, so one large event does not cover a region. */
export function markerSize(props) {
  return Math.min(40, 14 + 5 * Math.log2(1 + casualties(props)));
}

export function describe(props) {
  const kind = KINDS[props.kind]?.label ?? props.kind ?? "event";
  const named = props.place_name_en && props.place_name_en !== props.place_name
    ? `${props.place_name} / ${props.place_name_en}` : props.place_name;
  const place = named || props.admin1 || props.country || "unknown place";
  const figures = [props.killed ? `${props.killed} killed` : "", props.injured ? `${props.injured} injured` : ""]
    .filter(Boolean).join(", ");
  return `${kind}, ${place}, ${props.date ?? "no date"}${figures ? `, ${figures}` : ""}`;
}

export function createMap(container, onSelect) {
  const map = L.map(container, {
    worldCopyJump: true,
    // Natural Earth 1:50m holds no detail past zoom 10; each zoom level kept also costs markercluster a pass.
    minZoom: 3,
    maxZoom: 10,
    zoomControl: true,
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
  function iconFor(props) {
    const size = Math.round(markerSize(props));
    const key = `${props.kind}|${size}|${props.background ? 1 : 0}`;
    if (!icons.has(key)) {
      icons.set(key, L.divIcon({
        className: `ev ev-${KINDS[props.kind] ? props.kind : "other"}${props.background ? " ev-bg" : ""}`,
        iconSize: [size, size],
      }));
    }
    return icons.get(key);
  }

  const layers = new Map(); // event id -> marker or circle, made once and reused when filters change
  function layerFor(f) {
    let layer = layers.get(f.id);
    if (layer) return layer;
    const [lon, lat] = f.geometry.coordinates;
    const props = f.properties;
    const color = (KINDS[props.kind] ?? KINDS.other).color;
    if (isArea(props)) {
      layer = L.circle([lat, lon], {
        radius: radiusKm(props) * 1000,
        color,
        weight: 1.5,
        dashArray: "4 4",
        fillColor: color,
        fillOpacity: 0.08,
        className: "ev-area",
      });
      layer.bindTooltip(`${describe(props)} (somewhere in this area)`);
      layer.on("add", () => {
        const path = layer.getElement();
        path.setAttribute("tabindex", "0");
        path.setAttribute("role", "button");
        path.setAttribute("aria-label", `${describe(props)} (area)`);
        path.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" || ev.key === " ") {
            ev.preventDefault();
            onSelect(f.id);
          }
        });
      });
    } else {
      layer = L.marker([lat, lon], { icon: iconFor(props), title: describe(props), keyboard: true, riseOnHover: true });
    }
    layer.eventId = f.id;
    layer.isArea = isArea(props);
    layers.set(f.id, layer);
    return layer;
  }

  return {
    map,
    /** Show exactly these features (GeoJSON Point features of events). */
    show(features) {
      const markers = [];
      areas.clearLayers();
      for (const f of features) {
        if (!f.geometry) continue;
        const layer = layerFor(f);
        if (layer.isArea) areas.addLayer(layer);
        else markers.push(layer);
      }
      clusters.clearLayers();
      clusters.addLayers(markers);
    },
    fit(features) {
      const points = features.filter((f) => f.geometry).map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
      if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom: 7 });
    },
    /** Open the cluster holding this event (or centre its area) so that the selected event is on screen. */
    reveal(id) {
      const layer = layers.get(id);
      if (!layer) return;
      if (layer.isArea) map.panTo(layer.getLatLng());
      else if (clusters.hasLayer(layer)) clusters.zoomToShowLayer(layer);
    },
    bounds: () => map.getBounds(),
  };
}

/** The basemap's shapes: Natural Earth countries (world-atlas TopoJSON, shipped beside the page) as GeoJSON. */
export async function loadBasemap() {
  const response = await fetch("static/countries-50m.json");
  const topology = await response.json();
  return feature(topology, topology.objects.countries);
}

/** Draw the basemap under everything else, on a canvas: one element for the world instead of a path per country. */
export function addBasemap(map, countries) {
  map.createPane("basemap");
  map.getPane("basemap").style.zIndex = 200;
  L.geoJSON(countries, {
    pane: "basemap",
    interactive: false,
    renderer: L.canvas({ pane: "basemap", padding: 0.3 }),
    style: { color: "#8a8f98", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
  }).addTo(map);
}
