/** A deployment's live monitoring: the window's figures, a table by model, Chart.js charts over time, and the
 * alerts. Used by deployments.js, which says when to reload. */
import { get } from "../api.js";
import { $, h, percent, say, when } from "../dom.js";

const ms = (value) => (typeof value === "number" ? `${Math.round(value).toLocaleString()} ms` : "–");
const count = (value) => (typeof value === "number" ? value.toLocaleString() : "–");

/** The window's figures, for callers' requests (served, not shadow): [key, name, format, explanation]. */
const FIGURES = [
  ["requests", "Requests", count, "requests answered to callers in the window"],
  ["latency_p50_ms", "Latency p50", ms, "half of the requests were answered faster"],
  ["latency_p99_ms", "Latency p99", ms, "99% of the requests were answered faster"],
  ["error_rate", "Errors", percent, "the model's backend failed"],
  ["format_failure_rate", "Format failures", percent, "the answer broke the output format, after the retry"],
  ["violation_rate", "Violations", percent, "the answer broke a must-never rule"],
  ["routed_to_people_rate", "To people", percent, "no model answered: the request went to people"],
  ["correction_rate", "Corrections", percent, "of the answers people gave feedback on, the share they changed"],
  ["draft_correction_rate", "Drafts changed", percent, "of the answers reviewers wrote from the deployed models' drafts, the share that changed the draft"],
  ["draft_edit_share", "Draft edited", percent, "the mean share of a draft's characters reviewers changed (0 kept as drafted, 100% rewritten)"],
  ["shadow_agreement", "Shadow agreement", percent, "how often the challenger's background answer matched the people's decision"],
  ["minutes_saved", "Minutes saved", count, "answers accepted unchanged × minutes a task takes a person"],
];

/** What an alert's metric is called, and how its value reads. */
export const METRICS = {
  error_rate: ["error rate", percent],
  format_failure_rate: ["format failure rate", percent],
  violation_rate: ["violation rate", percent],
  correction_rate: ["correction rate", percent],
  latency_p99_ms: ["latency p99", ms],
};

/** "Latency p99 812 ms is above 500 ms", from an alert or a `deployment.alert` payload. */
export function alertText({ metric, value, threshold }) {
  const [name, format] = METRICS[metric] || [metric.replaceAll("_", " "), String];
  return `${name[0].toUpperCase()}${name.slice(1)} ${format(value)} is above ${format(threshold)}`;
}

const ROLES = { incumbent: "Incumbent", challenger: "Challenger", fallback: "Fallback", people: "People (no model)" };

/** "serve:incumbent:12" → "Incumbent · #12"; "shadow:challenger:13" → "Challenger in shadow · #13". */
function modelName(key) {
  const [kind, role, artifact] = key.split(":");
  const name = `${ROLES[role] || role}${kind === "shadow" ? " in shadow" : ""}`;
  return artifact === "people" ? name : `${name} · #${artifact}`;
}

const COLORS = { blue: "#2563eb", amber: "#d97706", red: "#b91c1c", green: "#059669", violet: "#7c3aed" };

/** The four charts' lines: [chart, [figure, label, color, dashed?]...]. Rates are drawn in percent. */
const CHARTS = {
  requests: { type: "bar", lines: [["requests", "requests", COLORS.blue]], y: { beginAtZero: true, ticks: { precision: 0 } } },
  latency: { lines: [["latency_p50_ms", "p50", COLORS.blue], ["latency_p99_ms", "p99", COLORS.amber]], y: { beginAtZero: true, title: { display: true, text: "ms" } } },
  failures: {
    lines: [["error_rate", "errors", COLORS.red], ["format_failure_rate", "format failures", COLORS.amber], ["violation_rate", "violations", COLORS.violet]],
    rate: true,
  },
  corrections: {
    lines: [["correction_rate", "corrected by people", COLORS.green], ["draft_correction_rate", "drafts changed by reviewers", COLORS.violet, true]],
    rate: true,
  },
};

/** A point's start: with seconds when the points are under a minute apart, with the day past a day. */
function timeLabel(iso, minutes, buckets) {
  const at = new Date(iso);
  const seconds = minutes / buckets < 1 ? { second: "2-digit" } : {};
  const clock = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", ...seconds });
  return minutes > 24 * 60 ? `${at.toLocaleDateString([], { weekday: "short" })} ${clock}` : clock;
}

function charts(root) {
  const drawn = {};
  function make(canvas) {
    const spec = CHARTS[canvas.dataset.chart];
    const rateAxis = { min: 0, suggestedMax: 10, title: { display: true, text: "%" } };
    return new window.Chart(canvas, {
      type: spec.type || "line",
      data: {
        labels: [],
        datasets: spec.lines.map(([, label, color, dashed]) => ({
          label, data: [], borderColor: color, backgroundColor: color, borderDash: dashed ? [6, 4] : [], spanGaps: false,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        // Points stay visible: a window with one busy interval would otherwise draw nothing.
        elements: { point: { radius: 3 }, line: { borderWidth: 2 } },
        // offset: the newest point sits inside the chart, not half cut off at its edge
        scales: { x: { offset: true, ticks: { maxTicksLimit: 6, maxRotation: 0 } }, y: spec.rate ? rateAxis : spec.y },
        plugins: { legend: { display: spec.lines.length > 1, position: "bottom", labels: { boxWidth: 12 } } },
      },
    });
  }
  return function show(series, minutes) {
    if (!window.Chart) return; // the vendored script failed to load: the figures and the table say it all
    root.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const name = canvas.dataset.chart;
      drawn[name] ??= make(canvas);
      const chart = drawn[name];
      chart.data.labels = series.map((point) => timeLabel(point.start, minutes, series.length));
      CHARTS[name].lines.forEach(([figure], index) => {
        chart.data.datasets[index].data = series.map((point) => {
          const value = point[figure];
          if (typeof value !== "number") return null; // no requests then: a gap, not a zero
          return CHARTS[name].rate ? Math.round(value * 1000) / 10 : value;
        });
      });
      chart.update();
    });
  };
}

/** One row of the by-model table; `drafts` is the report's reviewers' edits of each model's drafts, by model id. */
function modelRow([key, f], drafts) {
  const edited = drafts[key.split(":")[2]] || {};
  return h("tr", {},
    h("th", { scope: "row" }, modelName(key)),
    h("td", { class: "num" }, count(f.requests)),
    h("td", { class: "num" }, ms(f.latency_p50_ms)),
    h("td", { class: "num" }, ms(f.latency_p99_ms)),
    ["error_rate", "format_failure_rate", "violation_rate", "routed_to_people_rate", "correction_rate", "shadow_agreement"]
      .map((name) => h("td", { class: "num" }, percent(f[name]))),
    h("td", { class: "num" }, percent(edited.draft_correction_rate)));
}

function alertItem(alert) {
  return h("li", { class: "bad" },
    h("time", { datetime: alert.created_at, class: "muted small" }, when(alert.created_at)), " ",
    alertText(alert),
    alert.fell_back ? [" ", h("span", { class: "badge failed" }, "fell back")] : null);
}

/** The monitoring part of `root` (the deployment detail); `message` shows failures. */
export function monitoringView(root, message) {
  const status = $(".monitoring-status", root);
  const windowSelect = $(".monitoring-window", root);
  const figureList = $("#deployment-figures", root);
  const byModel = $("#model-figures tbody", root);
  const alerts = $("#deployment-alerts", root);
  const live = $(".alert-live", root);
  const showCharts = charts(root);
  $(".deployment-charts", root).hidden = !window.Chart;
  let deploymentId = null;
  let latest = 0; // answers may overtake each other: only the newest one is shown

  async function refresh() {
    if (deploymentId === null) return;
    const mine = ++latest;
    const minutes = Number(windowSelect.value);
    try {
      const body = await get(`deployments/${deploymentId}/monitoring/?minutes=${minutes}&buckets=24`);
      if (mine !== latest) return;
      figureList.replaceChildren(...FIGURES.map(([key, name, format, explain]) =>
        h("div", { class: "figure", title: explain },
          h("dt", {}, name),
          h("dd", { "data-figure": key }, format(body.all[key])))));
      const rows = Object.entries(body.by_model).map((entry) => modelRow(entry, body.drafts || {}));
      const none = h("tr", {}, h("td", { colspan: 10, class: "muted" }, "No requests in this window."));
      byModel.replaceChildren(...(rows.length ? rows : [none]));
      showCharts(body.series, minutes);
      const items = body.alerts.map(alertItem);
      alerts.replaceChildren(...(items.length ? items : [h("li", { class: "muted" }, "No alerts in this window.")]));
      status.textContent = `Updated ${new Date().toLocaleTimeString()}; it reloads every 10 s while this page is visible, and on every alert or change.`;
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  windowSelect.addEventListener("change", refresh);

  return {
    refresh,
    /** Follow deployment `id` from the next refresh on. */
    show(id) {
      if (id !== deploymentId) say(live, "");
      deploymentId = id;
    },
    /** A `deployment.alert` for the deployment shown: say it at once, then reload the figures. */
    onAlert(payload, fellBackTo) {
      const fell = payload.fell_back ? ` It fell back to ${fellBackTo}.` : "";
      say(live, `Alert: ${alertText(payload)}.${fell}`, "error");
      return refresh();
    },
  };
}
