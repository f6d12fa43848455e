/** A round's human side-by-side: ask reviewers to judge the candidate against another contender, blind, in
 * the judging queue (Compare tab); then the win rate with its 95% interval, the rubric and agreement. */
import { post } from "../api.js";
import { h, percent, say } from "../dom.js";

const OPPONENTS = { incumbent: "Incumbent", prompt_baseline: "Prompt baseline", base: "Base model" };

/** The result so far, or a form to start the human round; `onChange` re-shows the round after starting. */
export function humanView(round, message, onChange) {
  const human = round.report?.human;
  if (human) return resultView(human);
  const names = Object.keys(round.report?.contenders || {}).filter((name) => name in OPPONENTS);
  if (round.status !== "succeeded" || !names.length) return null;
  const opponent = h("select", { name: "opponent", "aria-label": "Judge the candidate against" },
    names.sort((a, b) => Object.keys(OPPONENTS).indexOf(a) - Object.keys(OPPONENTS).indexOf(b))
      .map((name) => h("option", { value: name }, OPPONENTS[name])));
  const perPair = h("input", { type: "number", name: "judgements_per_pair", min: 1, max: 10, value: 2, "aria-label": "Reviewers per item" });
  async function start(event) {
    event.preventDefault();
    try {
      const body = { opponent: opponent.value, judgements_per_pair: Number(perPair.value) };
      const created = await post(`evaluations/${round.id}/human/`, body);
      say(message, `Human round started: ${created.summary?.pairs ?? 0} blind pairs are in reviewers' Compare tab.`, "ok");
      onChange();
    } catch (error) {
      say(message, error.message, "error");
    }
  }
  return h("form", { class: "inline human-start", id: "human-start", onsubmit: start },
    h("h4", {}, "Human review"),
    h("label", {}, "Candidate against ", opponent),
    h("label", {}, " reviewers per item ", perPair),
    h("button", { type: "submit" }, "Ask reviewers (blind side-by-side)"));
}

function resultView(human) {
  const [low, high] = human.win_rate_ci95 || [null, null];
  const against = OPPONENTS[human.opponent] || human.opponent;
  const counts = human.counts || {};
  const criteria = Object.entries(human.criteria || {}).map(([name, figures]) =>
    h("tr", {}, h("td", {}, name), h("td", { class: "num" }, percent(figures.win_rate)), h("td", { class: "num" }, figures.rated)));
  const agreement = human.agreement || {};
  return h("div", { id: "human-result", class: "human-result" },
    h("h4", {}, `Human review: candidate vs ${against.toLowerCase()}`),
    h("p", { class: "lead" },
      h("strong", { id: "human-win-rate" }, `Win rate ${percent(human.win_rate)}`),
      low === null ? " (no judgement yet)" : ` 95% interval [${percent(low)}, ${percent(high)}]`,
      ` over ${human.judged_items} of ${human.pairs} items (${human.judgements} judgements)`),
    h("p", { class: "muted small" },
      `Wins ${counts.win ?? 0}, losses ${counts.loss ?? 0}, ties ${counts.tie ?? 0}, both bad ${counts.both_bad ?? 0}; `,
      `${human.identical} items with identical outputs were not asked. Agreement: `,
      agreement.items ? `${percent(agreement.percent)} of judgement pairs agree, Krippendorff’s α ${agreement.alpha === null ? "undefined (every outcome alike)" : agreement.alpha.toFixed(2)} on ${agreement.items} items` : "no item judged twice yet"),
    criteria.length ? h("table", { class: "data report", id: "human-criteria" },
      h("thead", {}, h("tr", {}, h("th", {}, "Rubric"), h("th", { class: "num" }, "Candidate wins"), h("th", { class: "num" }, "Rated"))),
      h("tbody", {}, criteria)) : null);
}
