// The basemap's shapes, prepared once here instead of in every page load: Natural Earth 1:50m countries
// (world-atlas TopoJSON, public domain) turned into rings and projected into Web Mercator's unit square, as the
// binary file the page reads straight into typed arrays (src/basemap.js reads it; nothing to parse).
//
// Layout, little-endian: uint32 number of countries; for each, uint32 number of rings and each ring's uint32
// number of vertices; then every vertex as two float32 (x, y in [0, 1], y down), in the same order.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const MAX_LATITUDE = 85.0511287798; // where Leaflet's Web Mercator (EPSG:3857) stops

/** [0, 1] x [0, 1] coordinates of EPSG:3857 as Leaflet computes them: times 256 * 2^zoom, they are its pixels. */
function project([lon, lat]) {
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return [0.5 + lon / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * A ring that crosses the antimeridian and back (Chukotka, Fiji) continues east past 180° instead, so that no edge
 * runs across the whole world; the page draws what lies past 180° again at the world's west edge. A ring crossing
 * it once (Antarctica) goes round the pole and stays as it is.
 */
function unwrap(ring) {
  let crossings = 0;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) crossings++;
  return crossings === 2 ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

export function writeBasemap(topojsonPath, outPath) {
  const topology = JSON.parse(readFileSync(topojsonPath, "utf8"));
  const countries = feature(topology, topology.objects.countries).features
    .filter((f) => f.geometry && /Polygon$/.test(f.geometry.type))
    .map((f) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat()
      .map(unwrap));
  const header = [countries.length];
  const points = [];
  for (const rings of countries) {
    header.push(rings.length);
    for (const ring of rings) {
      header.push(ring.length);
      for (const vertex of ring) points.push(...project(vertex));
    }
  }
  const bytes = Buffer.alloc(4 * (header.length + points.length));
  header.forEach((n, i) => bytes.writeUInt32LE(n, 4 * i));
  points.forEach((v, i) => bytes.writeFloatLE(v, 4 * (header.length + i)));
  writeFileSync(outPath, bytes);
}
