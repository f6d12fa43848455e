/** Write tab: the reviewer's next task (an answer sent back, a resumed lease with its draft, or a new
 * lease); they answer in the guideline's output format, or decline / ask / escalate in free text. */
import { api, get, post } from "../api.js";
import { $, h, say } from "../dom.js";

/** {"PERSON": 1, "PHONE_NUMBER": 2} → "1 PERSON, 2 PHONE_NUMBER". */
const replacedCounts = (counts) =>
  Object.entries(counts || {}).map(([kind, n]) => `${n} ${kind}`).join(", ");

/** One line on what an answer looks like under the guideline's output format. */
function formatSummary(format, fields) {
  if (!format || format.kind === "template") return ["Output template: ", (format?.fields || fields).join(" · ")];
  if (format.kind === "labels") {
    const how = format.multi_label ? "one or more, comma-separated" : "exactly one";
    return [`Labels (${how}): `, format.labels.join(" · ")];
  }
  return ["Output: ", "a JSON document matching the schema (G shows it)"];
}

/** The text an answer starts from when there is no draft and no model pre-fill. */
function startingText(format, fields) {
  if (!format || format.kind === "template") return (format?.fields || fields).map((field) => `${field}: `).join("\n");
  if (format.kind === "json_schema") return "{\n  \n}";
  return "";
}

function fillList(list, entries) {
  const items = entries?.length ? entries : ["—"];
  list.replaceChildren(...items.map((entry) => h("li", {}, entry)));
}

export function writePanel(panel, campaignId) {
  const task = $(".task", panel);
  const empty = $(".empty", panel);
  const message = $(".message", panel);
  const form = $("form", panel);
  const textarea = $("textarea", panel);
  const kindSelect = $('select[name="kind"]', panel);
  const skipReason = $('input[name="skip_reason"]', panel);
  const skipBox = $(".skip", panel);
  const sentBack = $(".sent-back", panel);
  const guideline = $(".guideline", panel);
  const toggle = $(".toggle-guideline", panel);
  const stored = $(".stored", panel);
  let next = null; // the task: {item, assignment, example, prefill, output_fields, guideline}
  let prefilled = false;
  let loaded = false;
  let busy = false;

  function showGuideline(current, fields) {
    const spec = current?.spec || { output_format: { kind: "template", fields } };
    $(".guideline-version", guideline).textContent = current ? `Guidelines, version ${current.version}` : "Guidelines";
    $(".g-user", guideline).textContent = spec.user || "—";
    $(".g-input", guideline).textContent = spec.input_description || "—";
    $(".g-expected", guideline).textContent = spec.expected_output || "—";
    const format = spec.output_format;
    $(".g-format", guideline).textContent =
      format.kind === "json_schema" ? JSON.stringify(format.schema, null, 2) : formatSummary(format, fields).join("");
    fillList($(".g-criteria", guideline), spec.acceptance_criteria);
    fillList($(".g-never", guideline), spec.must_never);
    const [label, value] = formatSummary(format, fields);
    $(".format", panel).replaceChildren(label, h("span", { class: "fields" }, value));
  }

  function toggleGuideline() {
    guideline.hidden = !guideline.hidden;
    toggle.setAttribute("aria-expanded", String(!guideline.hidden));
  }

  /** [{check: "field", field: "Cause", f1: 0.4}, {check: "format"}] → "field Cause (F1 0.4), format". */
  const reasonsText = (reasons) => (reasons || []).map((reason) =>
    [reason.check.replaceAll("_", " "), reason.field || reason.kind || reason.metric, reason.f1 !== undefined ? `(F1 ${reason.f1})` : ""]
      .filter(Boolean).join(" ")).join(", ") || "no reason given";

  async function load() {
    try {
      next = await get(`campaigns/${campaignId}/authoring/next/`);
      const item = next.item;
      empty.hidden = Boolean(item);
      task.hidden = !item;
      if (!item) return;
      $(".item-title", panel).textContent = `Item ${item.external_id}`;
      $(".item-text", panel).textContent = item.text;
      showGuideline(next.guideline, next.output_fields);
      const example = next.example;
      const revising = example?.status === "changes_requested";
      const rework = !revising && !example ? next.rework : null;
      sentBack.hidden = !revising && !rework;
      sentBack.textContent = revising ? `Changes requested: ${example.review_comment}`
        : rework ? `Sent back from ${rework.source}: the model's draft below failed (${reasonsText(rework.reasons)}). Correct it.` : "";
      skipBox.hidden = revising;
      skipReason.value = "";
      kindSelect.value = example?.kind || "answer";
      prefilled = !example && Boolean(next.prefill);
      const format = next.guideline?.spec.output_format;
      textarea.value = example ? example.response : next.prefill || startingText(format, next.output_fields);
      textarea.focus();
      // Start typing after "First Field: " (or at the top of a model draft or a saved draft).
      const caret = prefilled || example ? 0 : textarea.value.split("\n")[0].length;
      textarea.setSelectionRange(caret, caret);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** Say what anonymization replaced and show the text as stored, so the reviewer sees what was kept. */
  function reportStored(example, title, done) {
    const replaced = replacedCounts(example.entity_counts);
    say(message, replaced ? `${done} Replaced before saving: ${replaced}.` : done, "ok");
    stored.hidden = !replaced;
    if (!replaced) return;
    $(".stored-title", stored).textContent = `Stored response for ${title}`;
    $("pre", stored).textContent = example.response;
  }

  /** Submit (or, with `draft`, save for later) the answer: a new one, or the draft / sent-back one. */
  async function save({ draft }) {
    if (!next?.item || busy) return;
    busy = true;
    const body = {
      response: textarea.value,
      kind: kindSelect.value,
      guideline_version: next.guideline?.version ?? null,
    };
    try {
      const title = `item ${next.item.external_id}`;
      const example = next.example
        ? await api(`examples/${next.example.id}/`, { method: "PUT", body: { ...body, submit: !draft } })
        : await post(`items/${next.item.id}/examples/`, { ...body, prefilled, draft });
      reportStored(example, title, draft ? "Draft saved." : "Submitted.");
      if (draft) next.example = example;
      else await load();
    } catch (error) {
      stored.hidden = true;
      say(message, error.message, "error");
      if (error.status === 409) await load(); // the lease expired or the item filled up meanwhile
    } finally {
      busy = false;
    }
  }

  async function skip() {
    if (!next?.assignment || busy) return;
    if (!skipReason.value.trim()) {
      say(message, "Say why you skip this item.", "error");
      skipReason.focus();
      return;
    }
    busy = true;
    try {
      await post(`assignments/${next.assignment.id}/skip/`, { reason: skipReason.value });
      say(message, "Skipped.", "ok");
      stored.hidden = true;
      await load();
    } catch (error) {
      say(message, error.message, "error");
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save({ draft: false });
  });
  function onKey(key) {
    if (task.hidden) return false;
    if (key === "g") toggleGuideline();
    else if (key === "k") kindSelect.focus();
    else if (key === "x" && !skipBox.hidden) skipReason.focus();
    else return false;
    return true;
  }

  panel.addEventListener("keydown", (event) => {
    const modifier = event.ctrlKey || event.metaKey;
    // Alt+G / Alt+K / Alt+X work from inside the response too (by key position: Option+G types "©" on macOS).
    const altKey = event.altKey && !modifier && { KeyG: "g", KeyK: "k", KeyX: "x" }[event.code];
    if (altKey) {
      if (onKey(altKey)) event.preventDefault();
    } else if (modifier && event.key === "Enter" && event.target === textarea) {
      event.preventDefault();
      save({ draft: false });
    } else if (modifier && event.key.toLowerCase() === "s") {
      event.preventDefault();
      save({ draft: true });
    } else if (event.key === "Enter" && event.target === skipReason) {
      event.preventDefault();
      skip();
    }
  });
  $(".save-draft", panel).addEventListener("click", () => save({ draft: true }));
  $(".skip-item", panel).addEventListener("click", skip);
  toggle.addEventListener("click", toggleGuideline);
  $(".reload", panel).addEventListener("click", load);

  return {
    show() {
      if (!loaded) load();
      else if (!task.hidden) textarea.focus();
      loaded = true;
    },
    onKey,
  };
}
