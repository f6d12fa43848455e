/** Evaluations: the contenders (base, prompt baseline, candidate) on the held-out test split; the report
 * (evaluation-report.js) and every sample output. */
import { get, getPage, post } from "../api.js";
import { $, h, percent, say } from "../dom.js";
import { contenders, primary, reportView } from "./evaluation-report.js";
import { failuresView } from "./evaluation-failures.js";
import { humanView } from "./evaluation-human.js";
import { samplesView } from "./evaluation-samples.js";
import { gateView, promotionsView } from "./promotions.js";

export function evaluationsSection(section, campaignId) {
  const message = $(".message", section);
  const tbody = $("#evaluation-table tbody", section);
  const detail = $("#evaluation-detail", section);
  const promotions = $("#promotions", section);
  const showPromotions = () => promotionsView(promotions, campaignId, message).catch((error) => say(message, error.message, "error"));
  let rounds = [];
  let selected = null;

  function row(round) {
    const report = round.report || {};
    const candidate = primary(report, contenders(report).candidate ? "candidate" : "tuned");
    const others = ["base", "prompt_baseline"].map((name) => primary(report, name).value);
    const best = Math.max(...others.filter((other) => typeof other === "number"));
    const better = typeof candidate.value !== "number" || !Number.isFinite(best) ? "" : candidate.value > best ? "ok" : "bad";
    const main = h("tr", { "aria-selected": round.id === selected ? "true" : null },
      h("td", {}, `#${round.id}`),
      h("td", {}, `#${round.artifact}`),
      h("td", {}, h("span", { class: `badge ${round.status}` }, round.status)),
      h("td", { class: "num" }, report.n ?? "–"),
      h("td", {}, candidate.metric ? candidate.metric.replaceAll("_", " ") : "–"),
      others.map((other) => h("td", { class: "num" }, percent(other))),
      h("td", { class: `num ${better}` }, percent(candidate.value)),
      h("td", { class: "actions" }, round.status === "succeeded"
        ? h("button", { type: "button", class: "link", onclick: () => show(round.id) }, "Samples")
        : null));
    return round.error ? [main, h("tr", { class: "error-row" }, h("td", { colspan: 9 }, round.error))] : [main];
  }

  function render() {
    const none = h("tr", {}, h("td", { colspan: 9, class: "muted" }, "No evaluations yet."));
    tbody.replaceChildren(...(rounds.length ? rounds.flatMap(row) : [none]));
  }

  async function show(id) {
    selected = id;
    render();
    try {
      const round = await get(`evaluations/${id}/`);
      detail.replaceChildren(
        h("h3", {}, `Round #${id}: ${round.report?.n ?? 0} test items`),
        ...reportView(round.report || {}).filter(Boolean),
        humanView(round, message, () => show(id)),
        gateView(round, message, showPromotions),
        failuresView(round, message),
        samplesView(id, message));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function refresh() {
    try {
      rounds = await getPage(`campaigns/${campaignId}/evaluations/`);
      render();
      showPromotions();
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
