/** The Privacy section's "Replaced so far": a Chart.js bar per entity type and a table by kind of text. */
import { get } from "../api.js";
import { $, entities, h, say } from "../dom.js";

const SOURCES = {
  items: "Records",
  responses: "Responses",
  comments: "Review comments",
  candidates: "Candidates",
  judgements: "Judgements",
  evaluations: "Evaluation outputs",
};

const sum = (counts) => Object.values(counts || {}).reduce((total, n) => total + n, 0);

function piiChart(box) {
  let chart = null;
  return function show(total) {
    const types = Object.keys(total);
    box.style.height = `${40 + 26 * types.length}px`;
    if (!chart) {
      chart = new window.Chart($("canvas", box), {
        type: "bar",
        data: { labels: [], datasets: [{ label: "mentions replaced", data: [], backgroundColor: "#2563eb" }] },
        options: {
          indexAxis: "y",
          animation: false,
          maintainAspectRatio: false,
          scales: { x: { ticks: { precision: 0 }, title: { display: true, text: "mentions replaced" } } },
          plugins: { legend: { display: false } },
        },
      });
    }
    chart.data.labels = types;
    chart.data.datasets[0].data = types.map((type) => total[type]);
    chart.update();
  };
}

/** The dashboard in `section`; returns its refresh, which shows a failure in the `message` element. */
export function piiDashboard(section, campaignId, message) {
  const chartBox = $(".pii-chart", section);
  const showChart = piiChart(chartBox);

  return async function refreshPii() {
    try {
      const pii = await get(`campaigns/${campaignId}/pii/`);
      const empty = !Object.keys(pii.total).length;
      $(".pii-empty", section).hidden = !empty;
      chartBox.hidden = empty || !window.Chart; // without Chart.js (failed to load) the table says it all
      if (!empty) showChart(pii.total);
      const rows = Object.entries(SOURCES).map(([source, name]) => {
        const counts = pii.by_source[source] || {};
        return h("tr", {},
          h("td", {}, name),
          h("td", { class: "num" }, pii.texts_with_pii[source] ?? 0),
          h("td", { class: "num" }, sum(counts)),
          h("td", { class: "small" }, entities(counts) || "–"));
      });
      $("#pii-table tbody", section).replaceChildren(...rows);
    } catch (error) {
      say(message, error.message, "error");
    }
  };
}
