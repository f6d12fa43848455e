/** Write tab: the next item without a response; the reviewer answers in the campaign's output template. */
import { get, post } from "../api.js";
import { $, say } from "../dom.js";

/** {"PERSON": 1, "PHONE_NUMBER": 2} → "1 PERSON, 2 PHONE_NUMBER". */
const replacedCounts = (counts) =>
  Object.entries(counts || {}).map(([kind, n]) => `${n} ${kind}`).join(", ");

export function writePanel(panel, campaignId) {
  const task = $(".task", panel);
  const empty = $(".empty", panel);
  const message = $(".message", panel);
  const form = $("form", panel);
  const textarea = $("textarea", panel);
  const stored = $(".stored", panel);
  let item = null;
  let prefilled = false;
  let loaded = false;
  let busy = false;

  async function load() {
    try {
      const next = await get(`campaigns/${campaignId}/authoring/next/`);
      item = next.item;
      empty.hidden = Boolean(item);
      task.hidden = !item;
      if (!item) return;
      $(".item-title", panel).textContent = `Item ${item.external_id}`;
      $(".item-text", panel).textContent = item.text;
      $(".fields", panel).textContent = next.output_fields.join(" · ");
      prefilled = Boolean(next.prefill);
      textarea.value = next.prefill || next.output_fields.map((field) => `${field}: `).join("\n");
      textarea.focus();
      // Start typing after "First Field: " (or at the top of a model draft).
      const caret = prefilled ? 0 : textarea.value.split("\n")[0].length;
      textarea.setSelectionRange(caret, caret);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** Say what anonymization replaced and show the text as stored, so the reviewer sees what was kept. */
  function reportStored(example, title) {
    const replaced = replacedCounts(example.entity_counts);
    say(message, replaced ? `Submitted. Replaced before saving: ${replaced}.` : "Submitted.", "ok");
    stored.hidden = !replaced;
    if (!replaced) return;
    $(".stored-title", stored).textContent = `Stored response for ${title}`;
    $("pre", stored).textContent = example.response;
  }

  async function submit() {
    if (!item || busy) return;
    busy = true;
    try {
      const title = `item ${item.external_id}`;
      reportStored(await post(`items/${item.id}/examples/`, { response: textarea.value, prefilled }), title);
      await load();
    } catch (error) {
      stored.hidden = true;
      say(message, error.message, "error");
      if (error.status === 409) await load(); // someone else answered this item first
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  $(".reload", panel).addEventListener("click", load);

  return {
    show() {
      if (!loaded) load();
      else if (!task.hidden) textarea.focus();
      loaded = true;
    },
    onKey: () => false,
  };
}
