// The basemap: Natural Earth 1:50m countries (world-atlas, public domain), drawn into canvas tiles. Leaflet's GeoJSON
// layer made objects for each of the 100,000 vertices and projected them all again at every zoom, and turning the
// TopoJSON into GeoJSON took as long again: a third of the page's work on load. Now the build projects the rings
// once (basemap-build.mjs), the page reads them straight into typed arrays, and a tile draws only the countries
// whose box meets it.
import L from "./leaflet-global.js";

const TILE = 512; // pixels a side: the fewer tiles, the fewer times a large country's rings are gone through
const FILL = "#f3f1ea";
const STROKE = "#8a8f98";

/** The countries' rings (flat x, y arrays in Web Mercator's unit square) with their boxes, from the build's file. */
export async function loadBasemap() {
  const response = await fetch("static/countries-50m.bin");
  if (!response.ok) throw new Error(`static/countries-50m.bin: HTTP ${response.status}`);
  const buffer = await response.arrayBuffer();
  const header = new Uint32Array(buffer);
  let at = 1;
  const sizes = [];
  for (let c = 0; c < header[0]; c++) {
    const rings = header[at++];
    sizes.push(Array.from(header.subarray(at, at + rings)));
    at += rings;
  }
  let offset = at * 4;
  return sizes.map((lengths) => {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = lengths.map((n) => {
      const ring = new Float32Array(buffer, offset, 2 * n);
      offset += 8 * n;
      for (let i = 0; i < ring.length; i += 2) {
        box[0] = Math.min(box[0], ring[i]); box[1] = Math.min(box[1], ring[i + 1]);
        box[2] = Math.max(box[2], ring[i]); box[3] = Math.max(box[3], ring[i + 1]);
      }
      return ring;
    });
    return { rings, box };
  });
}

/** Add a country's rings to the canvas's path, `left`/`top` being the tile's corner in pixels at this `scale`. */
function traceRings(ctx, rings, scale, left, top) {
  const outside = (px, py) => (px < -2 ? 1 : px > TILE + 2 ? 2 : 0) | (py < -2 ? 4 : py > TILE + 2 ? 8 : 0);
  for (const ring of rings) {
    const n = ring.length;
    let px = ring[0] * scale - left;
    let py = ring[1] * scale - top;
    ctx.moveTo(px, py);
    // A vertex is left out when it is within half a pixel of the last one drawn, or when it, the last one drawn
    // and the next one all lie beyond the same edge of the tile: the straight line that replaces them stays
    // beyond that edge too, so what the tile shows (and the fill's winding) is unchanged.
    let run = outside(px, py);
    let qx = ring[2] * scale - left;
    let qy = ring[3] * scale - top;
    let code = outside(qx, qy);
    for (let i = 2; i < n; i += 2) {
      const last = i === n - 2;
      const rx = last ? 0 : ring[i + 2] * scale - left;
      const ry = last ? 0 : ring[i + 3] * scale - top;
      const next = last ? 0 : outside(rx, ry);
      if (!last && ((run & code & next) !== 0 || Math.abs(qx - px) + Math.abs(qy - py) < 0.5)) {
        run &= code;
      } else {
        ctx.lineTo(qx, qy);
        px = qx;
        py = qy;
        run = code;
      }
      qx = rx;
      qy = ry;
      code = next;
    }
    ctx.closePath();
  }
}

function drawTile(canvas, countries, { x, y, z }) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.height = TILE * ratio;
  const ctx = canvas.getContext("2d");
  const scale = 256 * 2 ** z; // Leaflet's pixels at zoom z
  const [left, top] = [x * TILE, y * TILE];
  const margin = 2 / scale; // the stroke of a border just outside the tile still shows on it
  const [west, north, east, south] = [left / scale - margin, top / scale - margin, (left + TILE) / scale + margin,
    (top + TILE) / scale + margin];
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = FILL;
  ctx.strokeStyle = STROKE;
  ctx.lineWidth = 0.6;
  ctx.lineJoin = "round";
  for (const { rings, box } of countries) {
    // A country across the antimeridian runs past x = 1 (basemap-build.mjs): its east end is drawn again at x = 0.
    for (const shift of box[2] > 1 ? [0, 1] : [0]) {
      if (box[0] - shift > east || box[2] - shift < west || box[1] > south || box[3] < north) continue;
      ctx.beginPath();
      traceRings(ctx, rings, scale, left + shift * scale, top);
      ctx.fill("evenodd");
      ctx.stroke();
    }
  }
}

/** Draw the basemap under everything else, a canvas tile at a time as the map shows them. */
export function addBasemap(map, countries) {
  const Countries = L.GridLayer.extend({
    createTile(coords) {
      const canvas = L.DomUtil.create("canvas", "basemap-tile");
      drawTile(canvas, countries, coords);
      return canvas;
    },
  });
  new Countries({ tileSize: TILE, className: "basemap" }).addTo(map);
}
