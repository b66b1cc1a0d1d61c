// The eventledger HTTP API (eventledger serve), same origin as the page.

const BASE = "api/v1";
// The page keeps every event of the ledger in memory and filters dates, kinds and countries without asking again.
// index.html preloads the first request: keep its URL there the same as this one.
export const EVENTS_URL = `${BASE}/map/events`;

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Every event as a flat object {id, lon, lat, kind, date, place, country, precision, radius_km, killed, injured,
 * background, place_en}, from the map's compact rows; `q` searches the reports' text and the claims' quotes on the server.
 * The panel asks for the full event (`event(id)`) when one is opened.
 */
export async function events({ q = "" } = {}) {
  const data = await getJson(q ? `${EVENTS_URL}?${new URLSearchParams({ q })}` : EVENTS_URL);
  const { columns, rows, radius_km: radius } = data;
  const at = Object.fromEntries(columns.map((name, i) => [name, i]));
  return rows.map((r) => ({
    id: r[at.id], lon: r[at.lon], lat: r[at.lat], kind: r[at.kind], date: r[at.date], place: r[at.place],
    country: r[at.country], precision: r[at.precision], radius_km: radius[r[at.precision]] ?? null,
    killed: r[at.killed], injured: r[at.injured], background: r[at.background], place_en: r[at.place_en] ?? null,
  }));
}

export const event = (id) => getJson(`${BASE}/events/${encodeURIComponent(id)}`);

const reports = new Map();
/** A report's stored text and publications; each report is fetched once per page. */
export function report(id) {
  if (!reports.has(id)) reports.set(id, getJson(`${BASE}/reports/${encodeURIComponent(id)}`));
  return reports.get(id);
}

/** A reviewer's action (merge, split, review); refused by the server without the right token. */
export async function act(id, action, body, token) {
  const response = await fetch(`${BASE}/events/${encodeURIComponent(id)}/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text };
  }
  if (!response.ok) {
    const detail = data && data.detail ? (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail)) : "";
    throw new Error(`${action}: HTTP ${response.status} ${detail}`.trim());
  }
  return data;
}
