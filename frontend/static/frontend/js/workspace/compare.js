/** Compare tab: blind A/B judgements, or rankings of k responses, over the review WebSocket, keyboard first.
 * Pairs: 1–4 answer at once, R rates the acceptance criteria (criteria.js). Rankings (rank.js): the numbers
 * pick best first, Backspace takes a pick back, Enter submits, 0 finds them all bad. Both: W writes a better
 * response, D and G toggle the differences and the guidelines, U takes back the last answer while the server
 * allows (docs/realtime.md, "The comparison queue"). */
import { wordDiff } from "../diff.js";
import { $, h, say } from "../dom.js";
import { openSocket, showState } from "../ws.js";
import { criteriaView } from "./criteria.js";
import { guidelineLoader, rewriteStart, showGuideline } from "./guidelines.js";
import { rankingView } from "./rank.js";

const KEYS = { 1: "a", 2: "b", 3: "tie", 4: "both_bad" };
const LABELS = { a: "A is better", b: "B is better", tie: "Tie", both_bad: "Both bad" };

/** A v4 UUID: crypto.randomUUID exists only in secure contexts (https, localhost). */
function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A response as text nodes, the words the other response lacks in <mark class="diff"> when `highlight`. */
function showText(element, segments, highlight) {
  const node = ({ text, changed }) => (changed && highlight ? h("mark", { class: "diff" }, text) : text);
  element.replaceChildren(...segments.map(node));
}

export function comparePanel(panel, campaignId) {
  const task = $(".task", panel);
  const empty = $(".empty", panel);
  const message = $(".message", panel);
  const rationale = $('input[name="rationale"]', panel);
  const buttons = [...panel.querySelectorAll("[data-choice], .open-rewrite, .send-rewrite, .rank-choices button")];
  const responseA = $(".response-a", panel);
  const responseB = $(".response-b", panel);
  const diffToggle = $(".toggle-diff", panel);
  const guideline = $(".guideline", panel);
  const guidelineToggle = $(".toggle-guideline", panel);
  const criteria = criteriaView(panel);
  const rewriteBox = $(".rewrite", panel);
  const rewriteText = $('textarea[name="rewrite"]', panel);
  const rewriteError = $(".rewrite .field-error", panel);
  const rewriteOpen = $(".open-rewrite", panel);
  const undoButton = $(".undo", panel);
  const loadGuideline = guidelineLoader(campaignId);
  const sendRanking = $(".send-ranking", panel);
  const ranking = rankingView(panel, {
    onChange: () => (sendRanking.disabled = Boolean(pending) || !ranking.complete()),
  });
  const keys = new Map(); // "kind:task id" -> idempotency key, so a resent judgement is stored once
  let current = null; // the task on screen
  let pending = null; // {message, undoSeconds}: a judgement sent but not yet confirmed; resent after a reconnect
  let diff = null; // wordDiff of the task on screen
  let highlight = true;
  let rewriteFor = null; // the task whose rewrite the textarea holds
  let undoable = null; // {kind, id, timer}: the last judgement or ranking, while it can be taken back
  let undoing = false;

  const ranks = () => current?.kind === "ranking";
  const taskKey = (next) => `${next.kind}:${next.id}`;

  function setBusy(busy) {
    buttons.forEach((button) => (button.disabled = busy));
    sendRanking.disabled = busy || !ranking.complete();
  }

  /** Pairs show A and B with their answers; rankings show the numbered responses and the order picked. */
  function showKind(isRanking) {
    // An evaluation pair judges a sealed test item for a human evaluation round: rubric, no rewrite.
    const evaluation = Boolean(current?.evaluation);
    $(".task-title", panel).textContent = isRanking
      ? "Rank the responses: which summarizes the record best?"
      : evaluation ? "Evaluation: which response does the task better?" : "Which response summarizes the record better?";
    $(".task-title", panel).dataset.evaluation = String(evaluation);
    rewriteOpen.hidden = evaluation;
    for (const selector of [".pair", ".pair-choices", ".pair-help"]) $(selector, panel).hidden = isRanking;
    for (const selector of [".candidates", ".rank-choices", ".rank-order", ".rank-help"]) {
      $(selector, panel).hidden = !isRanking;
    }
  }

  function showResponses() {
    showText(responseA, diff.a, highlight);
    showText(responseB, diff.b, highlight);
    $(".diff-note", panel).hidden = diff.compared || !highlight;
  }

  function toggleDiff() {
    highlight = !highlight;
    diffToggle.setAttribute("aria-pressed", String(highlight));
    if (ranks()) ranking.toggleDiff(highlight);
    else if (diff) showResponses();
  }

  async function toggleGuideline() {
    guideline.hidden = !guideline.hidden;
    guidelineToggle.setAttribute("aria-expanded", String(!guideline.hidden));
    if (guideline.hidden || guideline.dataset.loaded) return;
    try {
      showGuideline(guideline, await loadGuideline());
      guideline.dataset.loaded = "yes";
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  function showRewriteError(text) {
    say(rewriteError, text);
    rewriteText.setAttribute("aria-invalid", String(Boolean(text)));
  }

  function closeRewrite() {
    rewriteBox.hidden = true;
    rewriteOpen.setAttribute("aria-expanded", "false");
  }

  /** Show the textarea; a new task's rewrite starts from the output template's "Field: " lines. */
  async function openRewrite() {
    if (!current || pending || current.evaluation) return;
    rewriteBox.hidden = false;
    rewriteOpen.setAttribute("aria-expanded", "true");
    rewriteText.focus();
    if (rewriteFor === taskKey(current)) return; // what was typed before Esc is still there
    rewriteFor = taskKey(current);
    const start = rewriteStart(await loadGuideline().catch(() => null));
    if (!current || rewriteFor !== taskKey(current) || rewriteText.value) return; // moved on, or typing already
    rewriteText.value = start;
    const caret = start.split("\n")[0].length; // after "First Field: "
    rewriteText.setSelectionRange(caret, caret);
  }

  function resetRewrite() {
    closeRewrite();
    rewriteText.value = "";
    rewriteFor = null;
    showRewriteError("");
  }

  function render(next, { fresh = false } = {}) {
    empty.hidden = true;
    task.hidden = false;
    setBusy(Boolean(pending));
    if (!fresh && current && taskKey(current) === taskKey(next)) return; // after a reconnect: keep what was typed
    current = next;
    $(".item-text", panel).textContent = next.item.text;
    showKind(ranks());
    if (ranks()) {
      diff = null;
      ranking.toggleDiff(highlight);
      ranking.show(next);
    } else {
      diff = wordDiff(next.a.text, next.b.text);
      showResponses();
    }
    $(".diff-note", panel).hidden = ranks() || diff.compared || !highlight;
    rationale.value = "";
    criteria.show(next.criteria || []);
    resetRewrite();
  }

  /** Send `fields` for the task on screen, with its idempotency key and rationale; resent after a reconnect. */
  function send(fields, label, sending = "") {
    if (!current || pending) return;
    if (!keys.has(taskKey(current))) keys.set(taskKey(current), uuid());
    pending = {
      message: { task: current.id, idempotency_key: keys.get(taskKey(current)), rationale: rationale.value, ...fields },
      label,
      undoSeconds: current.undo_seconds || 0,
    };
    clearUndo(); // only the latest judgement can be taken back
    setBusy(true);
    say(message, sending || `Sending “${label}”…`);
    socket.send(pending.message); // when offline, onOpen sends it after the reconnect
  }

  function choose(choice, { rewrite = "" } = {}) {
    if (ranks()) return;
    const rated = criteria.rated();
    const fields = {
      type: "judgement",
      choice,
      ...(Object.keys(rated).length && { criteria: rated }),
      ...(rewrite && { rewrite }),
    };
    send(fields, LABELS[choice], rewrite && "Sending “Both bad” with your response…");
  }

  /** A ranking: the order picked (positions, best first), or "all bad" with an optional better response. */
  function submitRanking({ allBad = false, rewrite = "" } = {}) {
    if (!ranks() || (!allBad && !ranking.complete())) return;
    const fields = allBad
      ? { type: "ranking", order: [], all_bad: true, ...(rewrite && { rewrite }) }
      : { type: "ranking", order: ranking.order() };
    const label = allBad ? "All bad" : `Ranking ${ranking.order().join(" > ")}`;
    send(fields, label, rewrite && "Sending “All bad” with your response…");
  }

  function sendRewrite() {
    if (!rewriteText.value.trim()) {
      const without = ranks() ? "press 0 for “All bad”" : "press 4 for “Both bad”";
      showRewriteError(`Write the better response first, or ${without} without one.`);
      return;
    }
    showRewriteError("");
    if (ranks()) submitRanking({ allBad: true, rewrite: rewriteText.value });
    else choose("both_bad", { rewrite: rewriteText.value });
  }

  function offerUndo(kind, id, seconds) {
    clearUndo();
    if (!id || !seconds) return;
    const until = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0) clearUndo();
      else $(".undo-seconds", undoButton).textContent = `(${left} s)`;
    };
    undoable = { kind, id, timer: setInterval(tick, 500) };
    tick();
    undoButton.hidden = false;
  }

  function clearUndo() {
    if (undoable) clearInterval(undoable.timer);
    undoable = null;
    undoing = false;
    undoButton.hidden = true;
    undoButton.disabled = false;
  }

  function undo() {
    if (!undoable || undoing || pending) return;
    if (!socket.send({ type: "undo", [undoable.kind]: undoable.id })) {
      say(message, "Offline: undo once the connection is back.", "error");
      return;
    }
    undoing = true;
    undoButton.disabled = true;
    say(message, "Undoing…");
  }

  /** An error answers the judgement in flight (`task`), an undo (`judgement` / `ranking`), or a bad message. */
  function failed(event) {
    if (("judgement" in event || "ranking" in event) && !("task" in event)) {
      clearUndo();
      say(message, event.detail, "error");
      return;
    }
    pending = null;
    setBusy(false);
    if (event.field === "rewrite") {
      say(message, "");
      rewriteBox.hidden = false;
      showRewriteError(event.detail);
      rewriteText.focus();
    } else if (event.field) {
      say(message, event.detail, "error"); // fix and answer again: the task is still leased
    } else {
      say(message, `${event.detail} Fetching the next comparison…`, "error");
      socket.reconnect(); // lease lost or judged by someone else: ask for a fresh task
    }
  }

  function receive(event) {
    if (event.type === "task") render(event.task);
    else if (event.type === "queue.empty") {
      current = null;
      diff = null;
      task.hidden = true;
      empty.hidden = false;
    } else if (event.type === "judgement.stored" || event.type === "ranking.stored") {
      const kind = event.type === "ranking.stored" ? "ranking" : "judgement";
      const sent = pending?.message;
      if (sent?.task === event.task && sent.type === kind) {
        say(message, `Saved: ${pending.label}.`, "ok");
        offerUndo(kind, event[kind], pending.undoSeconds);
        pending = null;
      }
      keys.delete(`${kind === "ranking" ? "ranking" : "pair"}:${event.task}`);
      setBusy(false);
    } else if (event.type === "judgement.undone" || event.type === "ranking.undone") {
      // The task comes back leased to this reviewer; the one pushed after it stays leased to them too,
      // and the server serves it again once this one is judged.
      clearUndo();
      render(event.task, { fresh: true });
      say(message, ranks() ? "Undone: rank it again." : "Undone: judge it again.", "ok");
    } else if (event.type === "error") failed(event);
  }

  const socket = openSocket(`/ws/campaigns/${campaignId}/review/`, {
    onMessage: receive,
    onOpen: () => {
      if (undoing) clearUndo(); // its answer may be lost with the old connection
      if (pending) socket.send(pending.message);
    },
    onState: (state) => showState($(".live", panel), state),
  });

  panel.querySelectorAll("[data-choice]").forEach((button) =>
    button.addEventListener("click", () => choose(button.dataset.choice)),
  );
  rewriteOpen.addEventListener("click", openRewrite);
  $(".send-rewrite", panel).addEventListener("click", sendRewrite);
  sendRanking.addEventListener("click", () => submitRanking());
  $(".unpick", panel).addEventListener("click", () => ranking.unpick());
  $(".all-bad", panel).addEventListener("click", () => submitRanking({ allBad: true }));
  $(".close-rewrite", panel).addEventListener("click", () => {
    closeRewrite();
    rewriteOpen.focus();
  });
  undoButton.addEventListener("click", undo);
  diffToggle.addEventListener("click", toggleDiff);
  guidelineToggle.addEventListener("click", toggleGuideline);
  $(".reload", panel).addEventListener("click", () => socket.reconnect());

  panel.addEventListener("keydown", (event) => {
    const modifier = event.ctrlKey || event.metaKey || event.altKey;
    if (event.target === rewriteText && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      sendRewrite();
    } else if (event.target === rewriteText && event.key === "Escape") {
      closeRewrite(); // the workspace then leaves the field, so single keys work again
    } else if (event.target === rationale && event.key === "Enter" && !modifier) {
      event.preventDefault();
      rationale.blur(); // back to the keys: 1–4 answer with this rationale
    }
  });

  /** Number keys pick, Backspace takes back, Enter submits, 0 all bad; the keys both kinds share follow. */
  function rankKey(key) {
    if (/^[1-9]$/.test(key)) {
      if (!pending) ranking.pick(Number(key));
    } else if (key === "backspace") {
      if (!pending) ranking.unpick();
    } else if (key === "enter") submitRanking();
    else if (key === "0") submitRanking({ allBad: true });
    else return sharedKey(key);
    return true;
  }

  function sharedKey(key) {
    if (key === "c") rationale.focus();
    else if (key === "w") openRewrite();
    else if (key === "d") toggleDiff();
    else if (key === "g") toggleGuideline();
    else return false;
    return true;
  }

  return {
    show() {},
    onKey(key) {
      if (key === "u" && undoable) undo(); // also from "All done": the last one can still be taken back
      else if (task.hidden) return false;
      else if (ranks()) return rankKey(key);
      else if (KEYS[key]) choose(KEYS[key]);
      else if (key === "r" && criteria.shown()) criteria.focusFirst();
      else return sharedKey(key);
      return true;
    },
  };
}
