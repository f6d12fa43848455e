/** Loop overview: where the campaign stands, one step per stage of the loop with its figures and a link to its section. */
import { get } from "../api.js";
import { $, h, say } from "../dom.js";

const LIVE_EVERY_MS = 2000; // at most one request per 2 s, however fast events arrive
const STATES = { waiting: "not yet", active: "in progress", done: "done" };
const JOB_STATUSES = ["running", "queued", "succeeded", "failed", "cancelled"];

const number = (n) => n.toLocaleString("en-US");
const plural = (n, word) => `${number(n)} ${word}${n === 1 ? "" : "s"}`;
const words = (name) => (name || "").replaceAll("_", " ");
const day = (iso) => new Date(iso).toLocaleDateString();

/** Answered and approved shares of the items as one bar; the text beside it says the same. */
function itemsBar({ total, answered, approved }) {
  const share = (n) => `${total ? (100 * n) / total : 0}%`;
  return h("span", { class: "loop-bar", "aria-hidden": "true" },
    h("span", { class: "approved", style: `width: ${share(approved)}` }),
    h("span", { class: "answered", style: `width: ${share(Math.max(0, answered - approved))}` }));
}

function itemsStep({ items }) {
  const state = !items.total ? "waiting" : items.approved >= items.total ? "done" : "active";
  return {
    state,
    figure: number(items.total),
    detail: [
      `${number(items.answered)} answered · ${number(items.approved)} approved`,
      items.awaiting_review ? `${plural(items.awaiting_review, "answer")} to review` : null,
    ],
    extra: items.total ? itemsBar(items) : null,
  };
}

function judgementsStep({ judgements }) {
  return {
    state: judgements ? "done" : "waiting",
    figure: number(judgements),
    detail: [judgements ? "pairwise preferences" : "none yet (optional: DPO)"],
  };
}

function datasetsStep({ datasets }) {
  const latest = datasets.latest;
  if (!latest) return { state: "waiting", figure: "–", detail: ["nothing frozen yet"] };
  const sft = ["train", "validation", "test"].map((split) => `${number(latest[split].sft)} ${split}`).join(" · ");
  const pairs = ["train", "validation", "test"].reduce((sum, split) => sum + latest[split].dpo, 0);
  return {
    state: "done",
    figure: `v${latest.version}`,
    detail: [sft, pairs ? plural(pairs, "preference pair") : null, `frozen ${day(latest.created_at)}`],
  };
}

function jobDetail(jobs) {
  return JOB_STATUSES.filter((status) => jobs.by_status[status]).map((status) => `${number(jobs.by_status[status])} ${status}`).join(" · ");
}

function runsStep({ runs }) {
  const state = runs.busy ? "active" : runs.by_status.succeeded ? "done" : "waiting";
  return { state, figure: number(runs.total), detail: [runs.total ? jobDetail(runs) : "no run yet"] };
}

function evaluationStep({ evaluations, last_verdict: verdict }) {
  const state = evaluations.busy ? "active" : verdict ? "done" : "waiting";
  const running = evaluations.busy ? `${number(evaluations.busy)} more under way` : null;
  if (!verdict) return { state, figure: "–", detail: [running || "no round finished yet"] };
  const recommendation = verdict.recommendation;
  const badge = recommendation
    ? h("span", { class: `badge ${recommendation === "promote" ? "succeeded" : "failed"}` }, recommendation)
    : h("span", { class: "muted" }, "no gate");
  const against = verdict.against ? ` against ${words(verdict.against)}` : "";
  return { state, figure: badge, detail: [`round #${verdict.round} (artifact #${verdict.artifact})${against}`, running] };
}

function incumbentStep({ incumbent }) {
  if (!incumbent) return { state: "waiting", figure: "none", detail: ["no model promoted yet"] };
  const how = incumbent.action === "rollback" ? "rolled back" : "promoted";
  return {
    state: incumbent.artifact ? "done" : "waiting",
    figure: incumbent.artifact ? `artifact #${incumbent.artifact}` : "none",
    detail: [incumbent.artifact ? `${how} ${day(incumbent.since)}` : `${how} to none ${day(incumbent.since)}`],
  };
}

const STEPS = { items: itemsStep, judgements: judgementsStep, datasets: datasetsStep, runs: runsStep, evaluation: evaluationStep, incumbent: incumbentStep };

/** Fill a step's `<li data-step>`; its heading and link come with the page. */
function show(step, { state, figure, detail, extra = null }) {
  step.dataset.state = state;
  $(".state", step).textContent = STATES[state];
  $(".figure", step).replaceChildren(figure);
  $(".detail", step).replaceChildren(...detail.filter(Boolean).flatMap((line, i) => (i ? [h("br"), line] : [line])));
  $(".extra", step).replaceChildren(...(extra ? [extra] : []));
}

export function overviewSection(section, campaignId) {
  const message = $(".message", section);
  const steps = [...section.querySelectorAll("[data-step]")];
  let latest = 0; // requests may overtake each other: only the newest answer is shown
  let askedAt = -Infinity;
  let due = null;

  async function refresh() {
    const mine = ++latest;
    askedAt = Date.now();
    try {
      const overview = await get(`campaigns/${campaignId}/overview/`);
      if (mine !== latest) return;
      say(message, "");
      steps.forEach((step) => show(step, STEPS[step.dataset.step](overview)));
      // The furthest stage reached is where the campaign stands.
      const current = steps.findLast((step) => step.dataset.state !== "waiting");
      steps.forEach((step) => step.toggleAttribute("aria-current", false));
      current?.setAttribute("aria-current", "step");
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** Refresh at most once per LIVE_EVERY_MS: now if the last request is old enough, else once, when it is. */
  function soon() {
    if (due) return; // a request is already due, and it will see everything that happened until then
    due = setTimeout(() => {
      due = null;
      refresh();
    }, Math.max(0, askedAt + LIVE_EVERY_MS - Date.now()));
  }

  return { refresh, soon };
}
