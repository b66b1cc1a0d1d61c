// The timeline: events per day as bars, with a brush to choose the date range the map shows.
// The date inputs beside the filters do the same from the keyboard.
import { brushX } from "d3-brush";
import { scaleTime, scaleLinear } from "d3-scale";
import { axisBottom } from "d3-axis";
import { select } from "d3-selection";

const DAY = 86400000;

/** "2025-07-01", "2025-07" or "2025" → the first day it can mean (UTC); null for no date. */
export function dayOf(date) {
  if (!date) return null;
  const [y, m = "01", d = "01"] = String(date).split("-");
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isNaN(t) ? null : t;
}

export const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

export function createTimeline(svgElement, onRange) {
  const svg = select(svgElement);
  const margin = { top: 6, right: 12, bottom: 20, left: 12 };
  let x = scaleTime();
  let brush = null;
  let quiet = false; // set while the brush is moved from code, so that it does not report back

  function draw(features) {
    const width = svgElement.clientWidth || 800;
    const height = svgElement.clientHeight || 80;
    svg.selectAll("*").remove();
    const days = features.map((f) => dayOf(f.date)).filter((t) => t !== null);
    if (!days.length) return;
    let [lo, hi] = [Infinity, -Infinity]; // not Math.min(...days): 100,000 arguments are more than a call takes
    for (const t of days) {
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    hi += DAY;
    if (hi - lo < 7 * DAY) { lo -= 3 * DAY; hi += 3 * DAY; }
    x = scaleTime().domain([lo, hi]).range([margin.left, width - margin.right]);
    const counts = new Map();
    for (const t of days) counts.set(t, (counts.get(t) || 0) + 1);
    const y = scaleLinear().domain([0, Math.max(...counts.values())]).range([height - margin.bottom, margin.top]);
    const barWidth = Math.max(1, x(lo + DAY) - x(lo) - 1);
    // All the days' bars as one path: years of days made as many <rect>s, the slowest part of drawing the timeline.
    const bars = [...counts].map(([t, n]) => `M${x(t).toFixed(1)},${y(0)}V${y(n).toFixed(1)}h${barWidth.toFixed(2)}V${y(0)}Z`);
    svg.append("path").attr("class", "bars").attr("d", bars.join(""));
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    brush = brushX()
      .extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
      .on("end", (event) => {
        if (quiet) return;
        if (!event.selection) return onRange(null, null);
        const [a, b] = event.selection.map((px) => x.invert(px).getTime());
        onRange(isoDay(Math.floor(a / DAY) * DAY), isoDay(Math.ceil(b / DAY) * DAY - DAY));
      });
    svg.append("g").attr("class", "brush").call(brush);
  }

  return {
    draw,
    /** Move the brush to [since, until] (ISO days, either may be null) without reporting it back. */
    set(since, until) {
      if (!brush) return;
      quiet = true;
      const g = svg.select("g.brush");
      if (!since && !until) brush.move(g, null);
      else {
        const [lo, hi] = x.domain().map((d) => d.getTime());
        const a = since ? dayOf(since) : lo;
        const b = until ? dayOf(until) + DAY : hi;
        brush.move(g, [x(Math.max(lo, a)), x(Math.min(hi, b))]);
      }
      quiet = false;
    },
  };
}
