/** Review tab: approve (A), request changes (E) or reject (R) another reviewer's answer; the last two
 * need a comment. Only answers of items that have all their k answers are offered (answers are blind). */
import { get, post } from "../api.js";
import { $, h, say, when } from "../dom.js";

/** When anonymization changed the comment: what it replaced and the comment as stored. */
function commentNote(reviewed, typed) {
  const stored = reviewed.review_comment || "";
  if (!stored || stored === typed.trim() || stored === typed) return "";
  const counts = Object.entries(reviewed.comment_entity_counts || {}).map(([kind, n]) => `${n} ${kind}`).join(", ");
  return `${counts ? ` Replaced before saving: ${counts}.` : ""} Comment stored as: “${stored}”`;
}

const STATUS = {
  draft: "saved a draft",
  submitted: "submitted",
  approved: "approved",
  rejected: "rejected",
  changes_requested: "asked for changes",
};

/** One revision: who did what when, with the response as it then was and the comment, if any. */
function revisionItem(revision) {
  const did = `${STATUS[revision.status] || revision.status} · ${when(revision.created_at)}`;
  const head = h("p", {}, h("strong", {}, revision.editor), ` ${did}`);
  const comment = revision.comment ? h("p", { class: "muted" }, `Comment: ${revision.comment}`) : null;
  return h("li", {}, head, h("pre", { class: "prose" }, revision.response), comment);
}

async function showHistory(panel, exampleId) {
  const list = $(".history-list", panel);
  const { revisions } = await get(`examples/${exampleId}/history/`);
  list.replaceChildren(...revisions.map(revisionItem));
  $(".history-count", panel).textContent = `(${revisions.length} ${revisions.length === 1 ? "entry" : "entries"})`;
}

const DONE = { approve: "Approved.", reject: "Rejected.", request_changes: "Sent back for changes." };

export function reviewPanel(panel, campaignId) {
  const task = $(".task", panel);
  const empty = $(".empty", panel);
  const message = $(".message", panel);
  const comment = $('input[name="comment"]', panel);
  const buttons = [...panel.querySelectorAll("[data-decision]")];
  let example = null;
  let loaded = false;
  let busy = false;

  async function load() {
    try {
      const next = await get(`campaigns/${campaignId}/reviews/next/`);
      example = next.example;
      empty.hidden = Boolean(example);
      task.hidden = !example;
      if (!example) return;
      $(".item-title", panel).textContent = `Item ${next.item.external_id}`;
      $(".item-text", panel).textContent = next.item.text;
      $(".response", panel).textContent = example.response;
      comment.value = "";
      $(".history", panel).open = false;
      await showHistory(panel, example.id);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function decide(decision) {
    if (!example || busy) return;
    if (decision !== "approve" && !comment.value.trim()) {
      say(message, "Say what is wrong: a comment is required to reject or request changes.", "error");
      comment.focus();
      return;
    }
    busy = true;
    buttons.forEach((button) => (button.disabled = true));
    try {
      const typed = comment.value;
      const reviewed = await post(`examples/${example.id}/review/`, { decision, comment: typed });
      say(message, `${DONE[decision]}${commentNote(reviewed, typed)}`, "ok");
      await load();
    } catch (error) {
      say(message, error.message, "error");
      if (error.status === 409) await load(); // reviewed by someone else meanwhile
    } finally {
      busy = false;
      buttons.forEach((button) => (button.disabled = false));
    }
  }

  buttons.forEach((button) => button.addEventListener("click", () => decide(button.dataset.decision)));
  $(".reload", panel).addEventListener("click", load);

  return {
    show() {
      if (!loaded) load();
      loaded = true;
    },
    onKey(key) {
      if (task.hidden) return false;
      if (key === "a") decide("approve");
      else if (key === "r") decide("reject");
      else if (key === "e") decide("request_changes");
      else if (key === "c") comment.focus();
      else if (key === "h") $(".history", panel).open = !$(".history", panel).open;
      else return false;
      return true;
    },
  };
}
