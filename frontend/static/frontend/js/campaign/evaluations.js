/** Evaluations: base versus tuned on the held-out test split; the report and every sample output. */
import { get, post } from "../api.js";
import { $, h, percent, say } from "../dom.js";

const validity = (round, model) => round.report?.models?.[model]?.format_validity;
/** Rates (validity, accuracy…) as percentages, other numbers to three decimals. */
const metricValue = (metric, value) =>
  typeof value !== "number" ? "–" : /(validity|rate|accuracy)$/.test(metric) ? percent(value) : value.toFixed(3);
const mark = (ok) =>
  h("span", { class: ok ? "ok" : "bad", title: ok ? "follows the template" : "breaks the template" }, ok ? "✓" : "✗");

function reportTable(report) {
  const models = Object.keys(report.models || {});
  const metrics = [...new Set(models.flatMap((model) => Object.keys(report.models[model])))];
  const head = h("tr", {}, h("th", {}, "Metric"), models.map((model) => h("th", { class: "num" }, model)));
  const rows = metrics.map((metric) =>
    h("tr", {},
      h("td", {}, metric.replaceAll("_", " ")),
      models.map((model) => h("td", { class: "num" }, metricValue(metric, report.models[model][metric])))));
  return h("table", { class: "data report" }, h("thead", {}, head), h("tbody", {}, rows));
}

function samplesTable(samples) {
  const byItem = new Map();
  samples.forEach((sample) => byItem.set(sample.item, { ...byItem.get(sample.item), [sample.model]: sample }));
  const cell = (sample) =>
    h("td", {}, sample ? [mark(sample.format_valid), h("pre", { class: "prose" }, sample.output)] : "–");
  const head = h("tr", {}, h("th", {}, "Item"), h("th", {}, "Base model"), h("th", {}, "Tuned model"));
  const rows = [...byItem].map(([item, pair]) => {
    const name = (pair.base || pair.tuned).item_external_id || `#${item}`;
    return h("tr", {}, h("td", {}, name), cell(pair.base), cell(pair.tuned));
  });
  return h("table", { class: "data samples" }, h("thead", {}, head), h("tbody", {}, rows));
}

export function evaluationsSection(section, campaignId) {
  const message = $(".message", section);
  const tbody = $("#evaluation-table tbody", section);
  const detail = $("#evaluation-detail", section);
  let rounds = [];
  let selected = null;

  function row(round) {
    const base = validity(round, "base");
    const tuned = validity(round, "tuned");
    const change = typeof base === "number" && typeof tuned === "number" ? Math.sign(tuned - base) : 0;
    const better = { 1: "ok", 0: "", [-1]: "bad" }[change];
    const main = h("tr", { "aria-selected": round.id === selected ? "true" : null },
      h("td", {}, `#${round.id}`),
      h("td", {}, `#${round.artifact}`),
      h("td", {}, h("span", { class: `badge ${round.status}` }, round.status)),
      h("td", { class: "num" }, round.report?.n ?? "–"),
      h("td", { class: "num" }, percent(base)),
      h("td", { class: `num ${better}` }, percent(tuned)),
      h("td", { class: "actions" }, round.status === "succeeded"
        ? h("button", { type: "button", class: "link", onclick: () => show(round.id) }, "Samples")
        : null));
    return round.error ? [main, h("tr", { class: "error-row" }, h("td", { colspan: 7 }, round.error))] : [main];
  }

  function render() {
    const none = h("tr", {}, h("td", { colspan: 7, class: "muted" }, "No evaluations yet."));
    tbody.replaceChildren(...(rounds.length ? rounds.flatMap(row) : [none]));
  }

  async function show(id) {
    selected = id;
    render();
    try {
      const round = await get(`evaluations/${id}/`);
      detail.replaceChildren(
        h("h3", {}, `Round #${id}: ${round.report?.n ?? 0} test items`),
        reportTable(round.report || {}),
        h("h3", {}, "Sample outputs"),
        samplesTable(round.samples));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function refresh() {
    try {
      rounds = await get(`campaigns/${campaignId}/evaluations/`);
      render();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  return {
    refresh,
    async start(artifact) {
      try {
        const round = await post(`campaigns/${campaignId}/evaluations/`, { artifact });
        // An event may have brought the round (in a later state) before this reply.
        if (!rounds.some((other) => other.id === round.id)) rounds = [round, ...rounds];
        render();
        say(message, `Evaluation #${round.id} queued.`, "ok");
        section.scrollIntoView({ behavior: "smooth" });
      } catch (error) {
        say(message, error.message, "error");
      }
    },
    async onStatus(update) {
      await refresh();
      const firstResult = update.status === "succeeded" && selected === null;
      if (update.evaluation === selected || firstResult) show(update.evaluation);
    },
  };
}
