// Building elements from data. Every string from the ledger (report text, quotes, names) goes in as a text node:
// nothing here parses data as HTML, so a report holding <script> or onerror= is shown as the characters it has.

/** el("li", {class: "x", onclick: f}, "text", child) — strings become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Replace a node's children, with the same rules as el(): strings as text, null and false left out. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only http(s) links are made clickable: a javascript: or data: URL in a report stays text. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The ledger counts offsets in Unicode code points (Python strings); JavaScript strings count UTF-16 units.
 * Returns the UTF-16 index of code point `cp` in `text` (the same number unless the text has astral characters).
 */
export function utf16Index(text, cp) {
  let units = 0;
  let points = 0;
  while (points < cp && units < text.length) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
    points += 1;
  }
  return units;
}

/** The text with [start, end) (code points) in a <mark>; `context` characters either side, or all of it. */
export function highlighted(text, start, end, context = Infinity) {
  const a = utf16Index(text, start);
  const b = utf16Index(text, end);
  const from = Number.isFinite(context) ? Math.max(0, a - context) : 0;
  const to = Number.isFinite(context) ? Math.min(text.length, b + context) : text.length;
  return [
    from > 0 ? "…" : "",
    text.slice(from, a),
    el("mark", {}, text.slice(a, b)),
    text.slice(b, to),
    to < text.length ? "…" : "",
  ];
}
