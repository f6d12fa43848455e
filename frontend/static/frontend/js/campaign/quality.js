/** Reviewers section: agreement figures for the campaign, one row per reviewer, and the gold items. */
import { api, get } from "../api.js";
import { $, h, percent, say } from "../dom.js";

const fixed = (value) => (typeof value === "number" ? value.toFixed(2) : "–");

/** Landis & Koch's reading of a kappa, the usual shorthand (not a test of significance). */
function kappaWords(value) {
  if (typeof value !== "number") return "";
  if (value < 0) return "worse than chance";
  if (value <= 0.2) return "slight";
  if (value <= 0.4) return "fair";
  if (value <= 0.6) return "moderate";
  if (value <= 0.8) return "substantial";
  return "almost perfect";
}

/** Krippendorff's own thresholds: 0.8 to rely on the data, 0.667 for tentative conclusions. */
function alphaWords(value) {
  if (typeof value !== "number") return "";
  if (value >= 0.8) return "reliable";
  if (value >= 0.667) return "tentative";
  return "unreliable";
}

const items = (n) => `${n} item${n === 1 ? "" : "s"}`;

function figureRows(c) {
  const undefinedWhy = "not enough items answered by two or more reviewers, or one answer throughout";
  const row = (name, value, words, behind, explain) =>
    h("tr", {},
      h("th", { scope: "row" }, name),
      h("td", { class: "num" }, fixed(value)),
      h("td", {}, typeof value === "number" ? words : h("span", { class: "muted", title: undefinedWhy }, "undefined")),
      h("td", { class: "num" }, behind),
      h("td", { class: "muted small" }, explain));
  return [
    row("Fleiss' kappa", c.fleiss_kappa, kappaWords(c.fleiss_kappa),
      c.fleiss_raters ? h("span", { title: `${items(c.fleiss_items)}, ${c.fleiss_raters} answers each` },
        `${c.fleiss_items} × ${c.fleiss_raters}`) : items(0),
      "Agreement among all reviewers beyond what chance would give: 1 is perfect, 0 is chance. "
      + "Uses the items with the most common number of answers."),
    row("Krippendorff's alpha", c.krippendorff_alpha, alphaWords(c.krippendorff_alpha), items(c.krippendorff_items),
      "Like kappa, but takes every item with two or more answers, however many reviewers answered. "
      + "0.8 and above: rely on the labels; below 0.667: revisit the guidelines."),
  ];
}

function cohenCell(pairs, minShared) {
  const entries = Object.entries(pairs);
  if (!entries.length) return h("td", { class: "muted" }, "no shared items");
  return h("td", { class: "small" }, entries.map(([other, { kappa, items: n }], i) => [
    i ? ", " : "",
    h("span", {
      title: typeof kappa === "number"
        ? `${kappaWords(kappa)} agreement over ${items(n)}`
        : `only ${items(n)} in common; ${minShared} needed`,
      class: typeof kappa === "number" ? "" : "muted",
    }, `${other} ${fixed(kappa)}`),
  ]));
}

function reviewerRow(r, minShared) {
  const gold = r.gold_answers
    ? h("span", { class: r.gold_accuracy < 0.8 ? "bad" : "" }, `${percent(r.gold_accuracy)} `,
      h("span", { class: "muted small" }, `(${r.gold_correct}/${r.gold_answers})`))
    : h("span", { class: "muted" }, "–");
  const majority = r.majority_items
    ? h("span", { class: r.agreement_with_majority < 0.6 ? "bad" : "" }, `${percent(r.agreement_with_majority)} `,
      h("span", { class: "muted small" }, `(${items(r.majority_items)})`))
    : h("span", { class: "muted" }, "–");
  return h("tr", {},
    h("td", {}, r.username),
    h("td", { class: "num" }, r.answers),
    h("td", { class: "num" }, gold),
    h("td", { class: "num" }, majority),
    cohenCell(r.cohen_kappa, minShared));
}

export function qualitySection(section, campaignId) {
  const message = $(".message", section);
  const summary = $(".quality-summary", section);
  const figures = $("#quality-figures tbody", section);
  const reviewers = $("#quality-reviewers tbody", section);
  const goldTable = $("#gold-table tbody", section);
  const form = $("#gold-form", section);

  function render(body) {
    const c = body.campaign;
    summary.textContent = `${c.answers} answers on ${items(c.items)} (gold items left out) · `
      + `${c.reviewers_per_item} answer${c.reviewers_per_item === 1 ? "" : "s"} wanted per item · `
      + `${c.gold_items} gold item${c.gold_items === 1 ? "" : "s"}, served at ${percent(c.gold_rate)} of tasks`;
    figures.replaceChildren(...figureRows(c));
    const rows = body.reviewers.map((r) => reviewerRow(r, c.min_shared_items));
    const none = h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No reviewers yet: add some under Members."));
    reviewers.replaceChildren(...(rows.length ? rows : [none]));
    const golds = body.gold.map((g) =>
      h("tr", {},
        h("td", {}, h("code", {}, g.external_id), h("span", { class: "muted small" }, ` #${g.item}`)),
        h("td", {}, h("span", { style: "white-space: pre-wrap" }, g.answer)),
        h("td", { class: "num" }, g.answers ? `${g.correct}/${g.answers}` : "–"),
        h("td", {}, h("button", { type: "button", class: "link", onclick: () => unmark(g) }, "Unmark"))));
    const noGold = h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No gold items yet."));
    goldTable.replaceChildren(...(golds.length ? golds : [noGold]));
  }

  async function refresh() {
    try {
      render(await get(`campaigns/${campaignId}/quality/`));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function unmark(gold) {
    try {
      await api(`items/${gold.item}/gold/`, { method: "DELETE" });
      say(message, `${gold.external_id} is an ordinary item again.`, "ok");
      await refresh();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { item_id: itemId, answer } = form.elements; // not "item": form.elements.item() is a method
    try {
      const marked = await api(`items/${itemId.value}/gold/`, { method: "PUT", body: { answer: answer.value } });
      say(message, `${marked.external_id} is now a gold item; its answer was stored as shown below.`, "ok");
      form.reset();
      await refresh();
    } catch (error) {
      say(message, error.message, "error");
    }
  });
  $(".refresh", section).addEventListener("click", refresh);

  return { refresh };
}
