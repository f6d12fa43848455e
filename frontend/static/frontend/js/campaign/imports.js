/** Imports section: upload JSONL, chat JSONL or CSV, follow its anonymization live, and list the lines it rejected. */
import { get, getPage, upload } from "../api.js";
import { $, entities, h, say } from "../dom.js";

const FINISHED = new Set(["done", "failed"]);
const RANK = { pending: 0, running: 1, done: 2, failed: 2 };
const SHOWN_ERRORS = 200;

/** A batch from the API ({errors: [...]}) or an import.progress payload ({rejected: n}), with `rejected` set. */
const normalize = (batch) => ({
  ...batch,
  rejected: batch.rejected ?? (Array.isArray(batch.errors) ? batch.errors.length : 0),  // the list is capped
  duplicates: batch.duplicates ?? 0,
});

/** Lines handled so far: stored, already imported, or rejected. */
const handled = (batch) => batch.accepted + batch.duplicates + batch.rejected;

/** Replies and events can cross (a quick import finishes before its upload's reply): keep the later state. */
function later(known, update) {
  if (!known) return true;
  const byStatus = RANK[update.status] - RANK[known.status];
  return byStatus > 0 || (byStatus === 0 && handled(update) >= handled(known));
}

export function importsSection(section, campaignId, { onFinished }) {
  const form = $("#import-form", section);
  const mapping = form.elements.mapping;
  const message = $(".message", section);
  const progress = $("#import-progress", section);
  const errors = $("#import-errors", section);
  const tbody = $("#import-table tbody", section);
  const batches = new Map(); // id -> the latest we know of each batch
  const watching = new Map(); // unfinished batch id -> items it had accepted when this page first saw it
  let shown = null; // the batch in the progress area

  function renderTable() {
    const rows = [...batches.values()].sort((x, y) => y.id - x.id).map((batch) =>
      h("tr", { "aria-selected": batch.id === shown ? "true" : null },
        h("td", {}, h("button", { type: "button", class: "link", onclick: () => showBatch(batch.id) },
          batch.filename || `batch ${batch.id}`)),
        h("td", {}, h("span", { class: `badge ${batch.status}` }, batch.status)),
        h("td", { class: "num" }, batch.total_lines),
        h("td", { class: "num" }, batch.accepted),
        h("td", { class: "num" }, batch.duplicates),
        h("td", { class: "num" }, batch.rejected)));
    const none = h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No imports yet."));
    tbody.replaceChildren(...(rows.length ? rows : [none]));
  }

  function renderProgress(batch) {
    progress.hidden = false;
    const done = handled(batch);
    const bar = $("progress", progress);
    bar.max = Math.max(batch.total_lines, 1);
    bar.value = FINISHED.has(batch.status) ? bar.max : done;
    const repeated = batch.duplicates ? `, ${batch.duplicates} already imported` : "";
    const counts = `${batch.accepted} accepted, ${batch.rejected} rejected${repeated}`;
    const text = {
      pending: `Queued: ${batch.total_lines} lines.`,
      running: `Anonymizing… ${done} of ${batch.total_lines} lines (${counts}).`,
      done: `Done: ${counts} of ${batch.total_lines} lines.`,
      failed: `Failed after ${done} of ${batch.total_lines} lines (${counts}).${batch.failure ? ` ${batch.failure}` : ""}`,
    }[batch.status];
    const replaced = entities(batch.entity_counts);
    $(".progress-text", progress).textContent = replaced ? `${text} Replaced: ${replaced}.` : text;
  }

  function renderErrors(batch) {
    const list = batch.errors || [];
    if (!list.length) {
      errors.replaceChildren();
      return;
    }
    const head = h("tr", {}, h("th", { class: "num" }, "Line"), h("th", {}, "Why"));
    const rows = list
      .slice(0, SHOWN_ERRORS)
      .map((error) => h("tr", {}, h("td", { class: "num" }, error.line), h("td", {}, error.message)));
    const hidden = Math.max(list.length, batch.rejected ?? 0) - Math.min(list.length, SHOWN_ERRORS);
    const more = hidden > 0 ? h("p", { class: "muted small" }, `…and ${hidden} more.`) : "";
    errors.replaceChildren(
      h("h3", {}, `Rejected lines (${Math.max(list.length, batch.rejected ?? 0)})`),
      h("table", { class: "data errors" }, h("thead", {}, head), h("tbody", {}, rows)),
      more);
  }

  function track(received) {
    const update = normalize(received);
    const known = batches.get(update.id);
    const batch = later(known, update) ? { ...known, ...update } : { ...update, ...known };
    batches.set(batch.id, batch);
    if (!FINISHED.has(batch.status) && !watching.has(batch.id)) watching.set(batch.id, batch.accepted);
    renderTable();
    if (batch.id === shown) renderProgress(batch);
    if (FINISHED.has(batch.status) && watching.has(batch.id)) {
      onFinished(batch.accepted - watching.get(batch.id));
      watching.delete(batch.id);
      if (batch.id === shown) showBatch(batch.id); // fetch the full list of rejected lines
    }
  }

  async function showBatch(id) {
    shown = id;
    try {
      const batch = normalize(await get(`imports/${id}/`));
      batches.set(id, batch);
      renderTable();
      renderProgress(batch);
      renderErrors(batch);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  // Only a CSV needs a column mapping.
  const showMapping = () => {
    const csv = form.elements.format.value === "csv";
    mapping.hidden = !csv;
    mapping.required = csv;
  };
  form.elements.format.addEventListener("change", showMapping);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(message, "");
    try {
      const batch = await upload(`campaigns/${campaignId}/imports/`, new FormData(form));
      form.reset();
      showMapping();
      shown = batch.id;
      watching.set(batch.id, 0);
      errors.replaceChildren();
      track(batch);
    } catch (error) {
      say(message, error.message, "error");
    }
  });

  return {
    onProgress: track,
    async refresh() {
      try {
        (await getPage(`campaigns/${campaignId}/imports/`, 50)).forEach(track);
        renderTable();
      } catch (error) {
        say(message, error.message, "error");
      }
    },
  };
}
