/** The audit trail's rows and the note dialog every change of a deployment goes through. Used by deployments.js. */
import { $, fieldErrors, h, when } from "../dom.js";

const STATE_NAMES = { incumbent_id: "incumbent", challenger_id: "challenger", previous_id: "previous", traffic_share: "share", falling_back: "falling back" };

export const artifact = (id) => (id ? `#${id}` : "none");
export const share = (value) => `${Math.round(value * 100)}%`;
const shown = (key, value) =>
  value === null || value === undefined ? "none"
    : key.endsWith("_id") ? `#${value}`
      : key === "traffic_share" ? share(value)
        : typeof value === "object" ? JSON.stringify(value)
          : String(value);

/** A change's before and after as lines: "stage internal → shadow", "max_p99_ms none → 1". */
function changeLines(change) {
  const { before, after } = change;
  if (change.action === "key_create" || change.action === "key_revoke") {
    return [`key “${after.name}”${after.internal ? " (internal)" : ""}`];
  }
  if (change.action === "create") {
    return [`stage ${after.stage}`, `incumbent ${shown("incumbent_id", after.incumbent_id)}`, `fallback ${after.fallback}`];
  }
  return Object.keys({ ...before, ...after }).flatMap((key) => {
    if (key === "monitoring") {
      const was = before.monitoring || {};
      const now = after.monitoring || {};
      return Object.keys({ ...was, ...now }).filter((name) => was[name] !== now[name])
        .map((name) => `${name} ${shown(name, was[name])} → ${shown(name, now[name])}`);
    }
    return [`${STATE_NAMES[key] || key} ${shown(key, before[key])} → ${shown(key, after[key])}`];
  });
}

const actionName = (action) => (action.startsWith("change:") ? "change" : action.replaceAll("_", " "));

/** One row of the audit trail: when, action, what changed, who (or "automatic"), why. */
export function changeRow(change) {
  return h("tr", {},
    h("td", { class: "small" }, when(change.created_at)),
    h("td", {}, actionName(change.action), change.undoes ? h("div", { class: "muted small" }, `undoes #${change.undoes}`) : null),
    h("td", {}, h("ul", { class: "changes" }, changeLines(change).map((line) => h("li", {}, h("code", {}, line))))),
    h("td", {}, change.user || h("em", {}, "automatic")),
    h("td", {}, change.note));
}

/** The note dialog: ask({title, what, confirm, note}) resolves to the note ("" when none is asked), or null when
 * cancelled (the button, or Esc). */
export function noteDialog(dialog) {
  const form = $("form", dialog);
  const note = form.elements.note;
  const noteLabel = $(".confirm-note", dialog);
  const errors = fieldErrors(form, h("p"));
  let settle = null;
  let asked = false;
  let opener = null;

  function close(value) {
    if (!settle) return;
    const done = settle;
    settle = null;
    dialog.close();
    opener?.focus();
    done(value);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (asked && !note.value.trim()) {
      const detail = "Write why: the note goes into the audit trail.";
      errors.show({ body: { field: "note", detail }, message: detail }, "");
      return;
    }
    close(asked ? note.value.trim() : "");
  });
  note.dataset.field = "note";
  note.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  $(".cancel", dialog).addEventListener("click", () => close(null));
  dialog.addEventListener("close", () => close(null)); // Esc

  return function ask({ title, what = "", confirm = "Confirm", note: withNote = true }) {
    asked = withNote;
    opener = document.activeElement;
    errors.clear();
    note.value = "";
    noteLabel.hidden = !withNote;
    $("h3", dialog).textContent = title;
    $(".confirm-what", dialog).textContent = what;
    $(".confirm", dialog).textContent = confirm;
    dialog.showModal();
    (withNote ? note : $(".confirm", dialog)).focus();
    return new Promise((resolve) => {
      settle = resolve;
    });
  };
}
