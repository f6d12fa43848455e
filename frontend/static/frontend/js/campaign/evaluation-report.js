/** An evaluation report: contenders side by side, the candidate's differences with 95% intervals, the
 * confusion matrix of a label set as a heatmap, per-field F1, and what the outputs did (answer, decline,
 * clarify, escalate) against the references' kinds. Used by evaluations.js. */
import { h, percent } from "../dom.js";

export const CONTENDERS = { base: "Base", prompt_baseline: "Prompt baseline", candidate: "Candidate", incumbent: "Incumbent", tuned: "Tuned" };
const SCALAR = [
  "format_validity", "accuracy", "subset_accuracy", "macro_f1", "micro_f1", "field_f1_mean", "completeness",
  "escalation_accuracy", "unsupported_rate", "dropped_detail_rate", "policy_violation_rate",
];
/** Rates of failures: a negative difference is the better one. */
const LOWER_IS_BETTER = new Set(["unsupported_rate", "dropped_detail_rate", "policy_violation_rate"]);

/** The report's contenders in the order CONTENDERS gives (PostgreSQL's jsonb keeps no key order), older
 * rounds ({models: {base, tuned}}) included. */
export function contenders(report) {
  const all = report?.contenders
    || Object.fromEntries(Object.entries(report?.models || {}).map(([name, metrics]) => [name, { metrics }]));
  const rank = (name) => (name in CONTENDERS ? Object.keys(CONTENDERS).indexOf(name) : 99);
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The figure a round is judged by first: accuracy for labels, field F1 for templates and JSON. */
export function primary(report, name) {
  const metrics = contenders(report)[name]?.metrics || {};
  for (const metric of ["accuracy", "subset_accuracy", "field_f1_mean", "format_validity"]) {
    if (typeof metrics[metric] === "number") return { metric, value: metrics[metric] };
  }
  return { metric: null, value: null };
}

export const label = (metric) => metric.replaceAll("_", " ");
const value = (metric, number) =>
  typeof number !== "number" ? "–" : /(validity|accuracy|completeness|rate)$/.test(metric) ? percent(number) : number.toFixed(3);
const signed = (number) => (number >= 0 ? "+" : "") + number.toFixed(3);

function metricsTable(report) {
  const all = contenders(report);
  const names = Object.keys(all);
  const present = SCALAR.filter((metric) => names.some((name) => typeof all[name].metrics?.[metric] === "number"));
  const head = h("tr", {}, h("th", {}, "Metric"), names.map((name) => h("th", { class: "num" }, CONTENDERS[name] || name)));
  const rows = present.map((metric) =>
    h("tr", {}, h("td", {}, label(metric)),
      names.map((name) => h("td", { class: "num" }, value(metric, all[name].metrics[metric])))));
  return h("table", { class: "data report", id: "evaluation-metrics" }, h("thead", {}, head), h("tbody", {}, rows));
}

function differencesTable(report) {
  const entries = Object.entries(report.differences || {});
  if (!entries.length) return null;
  const rows = entries.flatMap(([pair, metrics]) =>
    Object.entries(metrics).map(([metric, d]) => {
      const [low, high] = d.ci95 || [null, null];
      const sign = LOWER_IS_BETTER.has(metric) ? -1 : 1;
      const better = sign > 0 ? low > 0 : high < 0;
      const worse = sign > 0 ? high < 0 : low > 0;
      const verdict = low === null ? "" : better ? "ok" : worse ? "bad" : "";
      return h("tr", {},
        h("td", {}, pair.replace("candidate_vs_", "vs ").replaceAll("_", " ")),
        h("td", {}, label(metric)),
        h("td", { class: `num ${verdict}` }, signed(d.delta)),
        h("td", { class: "num" }, low === null ? "–" : `[${signed(low)}, ${signed(high)}]`),
        h("td", { class: "num" }, d.n));
    }));
  const head = h("tr", {}, ["Candidate", "Metric", "Difference", "95% interval", "Items"].map((t) => h("th", {}, t)));
  return h("table", { class: "data report", id: "evaluation-differences" }, h("thead", {}, head), h("tbody", {}, rows));
}

/** Rows are the reference labels, columns what the contender answered (with `invalid`); darker is more. */
function confusion(name, matrix, caption = "confusion matrix") {
  const top = Math.max(1, ...matrix.matrix.flat());
  const head = h("tr", {}, h("th", {}, "reference \\ output"), matrix.columns.map((column) => h("th", { class: "num" }, column)));
  const rows = matrix.labels.map((row, i) =>
    h("tr", {}, h("th", {}, row),
      matrix.matrix[i].map((count, j) =>
        h("td", {
          class: `num heat${matrix.columns[j] === row ? " diagonal" : ""}`,
          style: `--heat: ${(count / top).toFixed(2)}`,
        }, count))));
  return h("figure", { class: "confusion" },
    h("figcaption", {}, `${CONTENDERS[name] || name}: ${caption}`),
    h("table", { class: "data heatmap" }, h("thead", {}, head), h("tbody", {}, rows)));
}

function fieldTable(report) {
  const all = contenders(report);
  const names = Object.keys(all).filter((name) => all[name].metrics?.field_f1);
  if (!names.length) return null;
  const fields = [...new Set(names.flatMap((name) => Object.keys(all[name].metrics.field_f1)))];
  const bar = (number) => h("span", { class: "bar", style: `--share: ${number ?? 0}` }, value("f1", number));
  const head = h("tr", {}, h("th", {}, "Field F1"), names.map((name) => h("th", {}, CONTENDERS[name] || name)));
  const rows = fields.map((field) =>
    h("tr", {}, h("td", {}, field), names.map((name) => h("td", {}, bar(all[name].metrics.field_f1[field])))));
  return h("table", { class: "data report", id: "evaluation-fields" }, h("thead", {}, head), h("tbody", {}, rows));
}

/** Whether any reference declines, clarifies or escalates: only then is the behaviour matrix worth showing. */
const hasBehaviours = (matrix) =>
  Boolean(matrix) && matrix.labels.some((kind, i) => kind !== "answer" && matrix.matrix[i].some((n) => n > 0));
const share = (found) => (found ? `${found.count} of ${found.n}` : "–");

/** Per contender, rows the reference's kind and columns what the output did (answer, decline, clarify,
 * escalate, invalid), drawn like the label confusion; captions count missed and needless escalations. */
function behaviourMatrices(report) {
  const shown = Object.entries(contenders(report)).filter(([, c]) => hasBehaviours(c.metrics?.behaviour_confusion));
  if (!shown.length) return null;
  return h("div", { class: "confusions", id: "evaluation-behaviours" }, shown.map(([name, { metrics }]) => {
    const caption = `behaviour (missed escalations ${share(metrics.missed_escalations)}, `
      + `needless ${share(metrics.needless_escalations)})`;
    const figure = confusion(name, metrics.behaviour_confusion, caption);
    figure.classList.add("behaviour");
    return figure;
  }));
}

/** "unsupported number, must never: promise" for a sample's failed checks. */
export const checksText = (checks) =>
  (checks || []).map((c) => (c.check === "must_never" ? `must never: ${c.kind}` : `${c.check} ${c.kind}`)).join(", ");

export function reportView(report) {
  const all = contenders(report);
  const matrices = Object.entries(all).filter(([, c]) => c.metrics?.confusion).map(([name, c]) => confusion(name, c.metrics.confusion));
  const behaviours = behaviourMatrices(report);
  const differences = differencesTable(report);
  const fields = fieldTable(report);
  return [
    metricsTable(report),
    differences ? [h("h4", {}, "Candidate minus each other contender, paired over the test items"), differences] : null,
    fields ? [h("h4", {}, "Per field"), fields] : null,
    matrices.length ? h("div", { class: "confusions" }, matrices) : null,
    behaviours ? [h("h4", {}, "Answer, decline, clarify or escalate: what each output did, by the reference's kind"), behaviours] : null,
  ].flat();
}
