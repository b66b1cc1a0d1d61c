// The event panel: figures low/best/high with the reason for each best, and every claim side by side with its
// source, kind of source, hedging, outlet and time, the quote highlighted in its report's text.
import * as api from "./api.js";
import { el, fill, highlighted, safeUrl } from "./dom.js";
import { KINDS } from "./map.js";

const TOKEN_KEY = "eventledger.token";

function when(published) {
  if (!published) return "time unknown";
  const t = new Date(published);
  return Number.isNaN(t.getTime()) ? String(published) : t.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

function placeText(place) {
  if (!place) return "place unknown";
  // the name in the report's language with the English name beside it ("Калуга / Kaluga"); "near" for an offset place
  const name = place.name_en && place.name_en !== place.name ? `${place.name} / ${place.name_en}` : place.name;
  const near = place.offset ? (place.offset.km != null ? `${place.offset.km} km from ` : "near ") : "";
  const parts = [near + name, place.admin1 && place.admin1 !== place.name_en && place.admin1 !== place.name ? place.admin1 : null,
    place.country];
  return `${parts.filter(Boolean).join(", ")}${place.precision ? ` (${place.precision})` : ""}`;
}

function figuresTable(figures) {
  const names = Object.keys(figures || {});
  if (!names.length) return el("p", { class: "muted" }, "No figures claimed.");
  return el("table", { class: "figures" },
    el("caption", {}, "Figures"),
    el("thead", {}, el("tr", {}, ["figure", "low", "best", "high"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, names.map((name) => {
      const f = figures[name];
      return [
        el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, f.low ?? "–"), el("td", { class: "best" }, f.best ?? "–"),
          el("td", {}, f.high ?? "at least")),
        f.reason ? el("tr", { class: "reason" }, el("td", { colspan: 4 }, f.reason)) : null,
      ];
    })));
}

function claimCard(claim, reviewing) {
  const source = claim.source || {};
  const url = safeUrl(claim.url);
  const what = claim.figure ? `${claim.figure}: ${claim.value}` : claim.assertion ? `${claim.assertion}: ${claim.value}` : "";
  const text = el("div", { class: "report-text" }, el("p", { class: "muted" }, "Loading the report…"));
  const full = el("details", { class: "report-full" }, el("summary", {}, "Whole report"), el("div", { class: "report-body" }));
  api.report(claim.report_id).then((report) => {
    text.replaceChildren(el("p", {}, highlighted(report.text, claim.start, claim.end, 240)));
    fill(full.querySelector(".report-body"),
      report.title ? el("h4", {}, report.title) : null,
      el("p", { class: "whole" }, highlighted(report.text, claim.start, claim.end)),
    );
  }).catch((err) => text.replaceChildren(el("p", { class: "error" }, `Report ${claim.report_id}: ${err.message}`)));
  return el("li", { class: `claim${claim.hedged ? " hedged" : ""}`, "data-claim": claim.claim_id },
    el("dl", {},
      el("dt", {}, "source"), el("dd", {}, source.name || "unnamed"),
      el("dt", {}, "kind of source"), el("dd", {}, source.kind || "unknown"),
      el("dt", {}, "hedged"), el("dd", {}, claim.hedged ? "yes, the report distances itself" : "no"),
      el("dt", {}, "outlet"), el("dd", { class: "outlet" }, claim.outlet || "unknown"),
      el("dt", {}, "published"), el("dd", {}, when(claim.published)),
      what ? [el("dt", {}, "claims"), el("dd", {}, what)] : null),
    el("blockquote", { class: "quote" }, claim.quote ?? ""),
    text,
    full,
    url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "Open the report's page") : null,
    reviewing ? el("label", { class: "check" }, el("input", { type: "checkbox", class: "split-pick", value: claim.claim_id }),
      " move to a new event") : null);
}

function reviewForm(ev, onDone) {
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  const run = async (action, body) => {
    status.textContent = `${action}…`;
    try {
      const result = await api.act(ev.id, action, body, sessionStorage.getItem(TOKEN_KEY));
      status.textContent = `${action}: done`;
      await onDone(action, result);
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const other = el("input", { type: "text", name: "other", placeholder: "other event id", "aria-label": "Event to merge with" });
  return el("section", { class: "review", "aria-label": "Review" },
    el("h3", {}, "Review"),
    el("button", { type: "button", class: "act-review", onclick: () => run("review", {}) }, "Mark reviewed"),
    el("span", { class: "merge" }, other,
      el("button", { type: "button", class: "act-merge", onclick: () => other.value.trim() && run("merge", { other: other.value.trim() }) }, "Merge")),
    el("button", {
      type: "button", class: "act-split",
      onclick: (e) => {
        const picked = [...e.target.closest(".panel").querySelectorAll(".split-pick:checked")].map((c) => c.value);
        if (picked.length) run("split", { claims: picked });
        else status.textContent = "Pick the claims to move out first.";
      },
    }, "Split picked claims"),
    status);
}

function tokenForm(rerender) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    return el("p", { class: "token" }, "Reviewing with a token (kept for this tab only). ",
      el("button", { type: "button", onclick: () => { sessionStorage.removeItem(TOKEN_KEY); rerender(); } }, "Forget token"));
  }
  const input = el("input", { type: "password", autocomplete: "off", "aria-label": "Reviewer token" });
  return el("form", {
    class: "token",
    onsubmit: (e) => {
      e.preventDefault();
      if (input.value) { sessionStorage.setItem(TOKEN_KEY, input.value); rerender(); }
    },
  }, el("label", {}, "Reviewer token ", input), el("button", { type: "submit" }, "Use"));
}

/** Fill `panel` with event `id`; `onSelect(id)` opens another event, `onChanged()` reloads after a review. */
export async function showEvent(panel, id, { onSelect, onChanged, onClose, notice = "" }) {
  panel.hidden = false;
  panel.dataset.event = id;
  panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  let ev;
  try {
    ev = await api.event(id);
    if (panel.dataset.event !== id) return; // another event was opened meanwhile
  } catch (err) {
    panel.replaceChildren(el("button", { type: "button", class: "close", onclick: onClose, "aria-label": "Close" }, "×"),
      el("p", { class: "error" }, err.message));
    return;
  }
  const render = () => {
    const reviewing = Boolean(sessionStorage.getItem(TOKEN_KEY));
    const kind = KINDS[ev.kind]?.label ?? ev.kind;
    const earlier = ev.same_target_earlier || [];
    const history = ev.history || [];
    fill(panel,
      el("button", { type: "button", class: "close", onclick: onClose, "aria-label": "Close the event (Esc)" }, "×"),
      el("h2", { tabindex: "-1" }, `${kind} · ${ev.date ?? "no date"}`),
      notice ? el("p", { class: "note notice", role: "status" }, notice) : null,
      el("p", { class: "where" }, placeText(ev.place)),
      ev.target ? el("p", {}, `Target: ${ev.target.name ?? ""} (${ev.target.category ?? "unknown"})`) : null,
      ev.weapon ? el("p", {}, `Weapon: ${ev.weapon}`) : null,
      ev.background ? el("p", { class: "note" }, "Background: the reports recall this incident rather than report it.") : null,
      ev.reviewed ? el("p", { class: "note" }, "Reviewed.") : null,
      el("p", { class: "muted id" }, `id ${ev.id}`),
      figuresTable(ev.figures),
      el("h3", {}, `Claims (${(ev.claims || []).length})`),
      el("ol", { class: "claims" }, (ev.claims || []).map((c) => claimCard(c, reviewing))),
      earlier.length ? el("section", { class: "earlier" }, el("h3", {}, "Same target, earlier"),
        el("ul", {}, earlier.map((e) => el("li", {},
          el("button", { type: "button", class: "link", onclick: () => onSelect(e.id) }, `${e.date ?? "no date"} · ${e.id}`))))) : null,
      tokenForm(render),
      history.length ? el("details", { class: "history" }, el("summary", {}, `History (${history.length})`),
        el("ul", {}, history.map((h) => el("li", {}, `${when(h.at)}: ${typeof h.change === "string" ? h.change : JSON.stringify(h.change)}`)))) : null,
      reviewing ? reviewForm(ev, async (action, result) => {
        await onChanged();
        const next = action === "merge" ? result?.id ?? ev.id : action === "split" ? result?.kept ?? ev.id : ev.id;
        const told = action === "split" ? `split: the picked claims are now event ${result?.moved ?? "?"}` : `${action}: done`;
        await showEvent(panel, next, { onSelect, onChanged, onClose, notice: told });
      }) : null,
    );
    panel.querySelector("h2").focus();
  };
  render();
}
