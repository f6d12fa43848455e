/** Privacy section: edit the anonymization policy, preview it unsaved, its audit trail; the PII dashboard is pii.js. */
import { api, get, getPage, post } from "../api.js";
import { $, entities, h, say, when } from "../dom.js";
import { piiDashboard } from "./pii.js";

const OPERATORS = ["placeholder", "mask", "hash", "redact"];
const VALIDATIONS = ["none", "luhn", "mod97"];
const LIST_KEYS = ["entities", "allow_list", "deny_list"];
// Fields with no control of their own: their errors show on the control that sets them.
const FIELD_ALIASES = { "policy.operators": "policy.entities" };

const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
const words = (text) => text.split(",").map((word) => word.trim()).filter(Boolean);
let uid = 0; // ids that tie a hidden <label> to its control in the generated tables
const nextId = (prefix) => `${prefix}-${++uid}`;

/** A control with a <label> that only screen readers see (the column heading says it to sighted users). */
function labelled(control, text) {
  control.id = nextId("privacy");
  return [h("label", { for: control.id, class: "visually-hidden" }, text), control];
}

/** The keys that differ between two policy documents, as short readable lines. */
function policyChanges(before = {}, after = {}) {
  const changes = [];
  for (const key of LIST_KEYS) {
    const old = new Set(before[key] || []);
    const now = new Set(after[key] || []);
    const added = [...now].filter((term) => !old.has(term)).map((term) => `+${term}`);
    const removed = [...old].filter((term) => !now.has(term)).map((term) => `−${term}`);
    if (added.length || removed.length) changes.push([key, [...added, ...removed].join(", ")]);
  }
  const operators = [];
  const oldOps = before.operators || {};
  const newOps = after.operators || {};
  for (const type of new Set([...Object.keys(oldOps), ...Object.keys(newOps)])) {
    const from = oldOps[type] || "placeholder";
    const to = newOps[type] || "placeholder";
    if (from !== to) operators.push(`${type} ${from} → ${to}`);
  }
  if (operators.length) changes.push(["operators", operators.join(", ")]);
  if ((before.preset || "default") !== (after.preset || "default")) {
    changes.push(["preset", `${before.preset || "default"} → ${after.preset || "default"}`]);
  }
  if (before.score_threshold !== after.score_threshold) {
    changes.push(["score_threshold", `${before.score_threshold ?? "–"} → ${after.score_threshold ?? "–"}`]);
  }
  const oldRecs = new Map((before.recognizers || []).map((spec) => [spec.name, spec]));
  const newRecs = new Map((after.recognizers || []).map((spec) => [spec.name, spec]));
  const recognizers = [];
  for (const [name, spec] of newRecs) {
    const old = oldRecs.get(name);
    if (!old) recognizers.push(`+${name}`);
    else {
      const fields = Object.keys({ ...old, ...spec }).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(spec[k]));
      if (fields.length) recognizers.push(`${name} (${fields.join(", ")})`);
    }
  }
  for (const name of oldRecs.keys()) if (!newRecs.has(name)) recognizers.push(`−${name}`);
  if (recognizers.length) changes.push(["recognizers", recognizers.join(", ")]);
  return changes;
}

export function privacySection(section, campaignId) {
  const form = $("#policy-form", section);
  const message = $(".message", form);
  const versionLabel = $("#policy-version", section);
  const entityGrid = $(".entity-grid", form);
  const recognizerBody = $(".recognizer-table tbody", form);
  const preview = $(".policy-preview", section);
  const previewMessage = $(".message", preview);
  const sample = $('textarea[name="sample"]', preview);
  const result = $(".preview-result", preview);
  const refreshPii = piiDashboard(section, campaignId, message);
  let saved = null; // the policy as the server last returned it
  let dirty = false; // the editor holds changes not saved yet: a refresh must not overwrite them

  // --- entity types and their operators ---------------------------------------------------------

  const recognizerTypes = () =>
    new Set([...recognizerBody.querySelectorAll('input[name="entity_type"]')]
      .map((input) => input.value.trim())
      .filter(Boolean));

  /** The types the editor lists: the defaults, the policy's own, then those only custom recognizers find. */
  function knownTypes() {
    return [...new Set([...(saved?.default_entities || []), ...(saved?.entities || [])])];
  }

  function readEntities() {
    const checked = new Set();
    const operators = {};
    for (const row of entityGrid.children) {
      const type = row.dataset.type;
      if ($('input[type="checkbox"]', row).checked) checked.add(type);
      operators[type] = $("select", row).value;
    }
    return { checked, operators };
  }

  function renderEntities({ checked, operators }) {
    const known = knownTypes();
    const custom = recognizerTypes();
    const types = [...known, ...[...custom].filter((type) => !known.includes(type)).sort()];
    entityGrid.replaceChildren(...types.map((type) => {
      const forced = custom.has(type); // a custom recognizer always looks for its own type
      const box = h("input", { type: "checkbox", name: "entity", value: type, checked: checked.has(type) || forced,
        disabled: forced, title: forced ? "Found by a custom recognizer" : null });
      const select = h("select", { name: "operator", "data-field": `policy.operators.${type}` },
        OPERATORS.map((op) => h("option", { value: op, selected: operators[type] === op }, op)));
      select.disabled = !box.checked;
      box.addEventListener("change", () => (select.disabled = !box.checked));
      return h("div", { class: "entity", "data-type": type },
        h("label", { class: "check" }, box, h("code", {}, type),
          forced ? h("span", { class: "muted small" }, "custom") : null),
        labelled(select, `Replace ${type} with`));
    }));
  }

  // --- custom recognizers -------------------------------------------------------------------------

  function recognizerRow(spec = {}) {
    const input = (name, attrs = {}) => h("input", { name, autocomplete: "off", spellcheck: "false", ...attrs });
    const controls = {
      name: input("name", { value: spec.name ?? "", placeholder: "badge_id" }),
      entity_type: input("entity_type", { value: spec.entity_type ?? "", placeholder: "BADGE_ID" }),
      regex: input("regex", { value: spec.regex ?? "", placeholder: "BDG-\\d{5}" }),
      score: input("score", { type: "number", min: 0, max: 1, step: 0.05, value: spec.score ?? 0.6 }),
      context: input("context", { value: (spec.context || []).join(", "), placeholder: "badge, employee" }),
      validation: h("select", { name: "validation" },
        VALIDATIONS.map((check) =>
          h("option", { value: check, selected: (spec.validation || "none") === check }, check))),
    };
    const remove = h("button", { type: "button", class: "link remove" }, "Remove");
    const row = h("tr", {}, Object.values(controls).map((control) => h("td", {}, control)), h("td", {}, remove));
    remove.addEventListener("click", () => {
      const state = readEntities();
      const index = row.sectionRowIndex;
      row.remove();
      reindex();
      renderEntities(state);
      dirty = true;
      // Keep the keyboard in the table: the row that took this one's place, else "Add recognizer".
      const next = recognizerBody.rows[Math.min(index, recognizerBody.rows.length - 1)];
      (next ? $("input", next) : $(".add-recognizer", form)).focus();
    });
    controls.entity_type.addEventListener("change", () => {
      controls.entity_type.value = controls.entity_type.value.trim().toUpperCase(); // types are upper case
      renderEntities(readEntities());
    });
    return row;
  }

  /** After a row is added or removed: each control's field name and label follow its position. */
  function reindex() {
    [...recognizerBody.rows].forEach((row, index) => {
      row.dataset.field = `policy.recognizers[${index}]`;
      row.querySelectorAll("input, select").forEach((control) => {
        control.dataset.field = `policy.recognizers[${index}].${control.name}`;
        const label = control.previousElementSibling;
        const text = `Recognizer ${index + 1} ${control.name.replace("_", " ")}`;
        if (label?.tagName === "LABEL") label.textContent = text;
        else control.before(...labelled(control, text).slice(0, 1));
      });
      $(".remove", row).setAttribute("aria-label", `Remove recognizer ${index + 1}`);
    });
  }

  function readRecognizers() {
    return [...recognizerBody.rows].map((row) => {
      const value = (name) => $(`[name="${name}"]`, row).value.trim();
      const spec = { name: value("name"), entity_type: value("entity_type"), regex: $('[name="regex"]', row).value };
      if (value("score") !== "") spec.score = Number(value("score"));
      spec.context = words(value("context"));
      spec.validation = value("validation");
      return spec;
    });
  }

  // --- the whole policy ---------------------------------------------------------------------------

  function render(policy) {
    saved = policy;
    dirty = false;
    versionLabel.textContent = policy.version ? `Policy version ${policy.version}` : "Default policy (version 0)";
    form.elements.score_threshold.value = policy.score_threshold;
    form.elements.preset.value = policy.preset || "default";
    form.elements.allow_list.value = policy.allow_list.join("\n");
    form.elements.deny_list.value = policy.deny_list.join("\n");
    recognizerBody.replaceChildren(...policy.recognizers.map(recognizerRow));
    reindex();
    renderEntities({ checked: new Set(policy.entities), operators: policy.operators });
    clearErrors();
  }

  /** The editor's state as a policy document, whether saved or not. */
  function read() {
    const { checked, operators } = readEntities();
    const known = new Set(knownTypes());
    const active = [...checked];
    const policy = {
      entities: active.filter((type) => known.has(type)),
      // Placeholder is the default: only the others are written down.
      operators: Object.fromEntries(
        active.filter((type) => operators[type] !== "placeholder").map((type) => [type, operators[type]])),
      allow_list: lines(form.elements.allow_list.value),
      deny_list: lines(form.elements.deny_list.value),
      recognizers: readRecognizers(),
      preset: form.elements.preset.value,
    };
    const threshold = form.elements.score_threshold.value.trim();
    if (threshold !== "") policy.score_threshold = Number(threshold);
    return policy;
  }

  // --- errors next to the field they name ----------------------------------------------------------

  function clearErrors() {
    section.querySelectorAll(".field-error").forEach((node) => node.remove());
    section.querySelectorAll("[aria-invalid]").forEach((node) => {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("aria-describedby");
    });
  }

  /** The element for `policy.recognizers[0].regex`, else for `policy.recognizers[0]`, and so on up. */
  function fieldElement(field) {
    let name = FIELD_ALIASES[field] || field;
    for (;;) {
      const found = section.querySelector(`[data-field="${CSS.escape(name)}"]`);
      if (found) return found;
      const parent = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (parent === name) return null;
      name = FIELD_ALIASES[parent] || parent;
    }
  }

  /** Show an API error: next to the field it names when there is one, and in `box` in any case. */
  function showError(error, box, prefix) {
    clearErrors();
    const field = error.body?.field;
    const detail = error.body?.detail || error.message;
    let target = field ? fieldElement(field) : null;
    if (target?.tagName === "TR") target = $("input", target);
    if (!target) {
      say(box, `${prefix} ${error.message}`, "error");
      return;
    }
    const note = h("p", { class: "field-error", id: nextId("error") }, detail);
    if (target.tagName === "FIELDSET") target.append(note);
    else {
      target.after(note);
      target.setAttribute("aria-invalid", "true");
      target.setAttribute("aria-describedby", note.id);
    }
    say(box, `${prefix} ${detail}`, "error");
    target.scrollIntoView({ block: "center" });
    if (target.tagName !== "FIELDSET") target.focus({ preventScroll: true });
  }

  // --- actions ------------------------------------------------------------------------------------

  async function save() {
    try {
      const before = saved?.version;
      const policy = await api(`campaigns/${campaignId}/policy/`, { method: "PUT", body: read() });
      render(policy);
      const { version } = policy;
      const text = version === before ? `Nothing changed: still version ${version}.` : `Saved as version ${version}.`;
      say(message, text, "ok");
      refreshHistory();
    } catch (error) {
      showError(error, message, "Not saved:"); // the editor keeps what was typed
    }
  }

  async function runPreview() {
    say(previewMessage, "");
    try {
      const preview = await post(`campaigns/${campaignId}/policy/preview/`, { text: sample.value, policy: read() });
      clearErrors();
      result.hidden = false;
      $("pre", result).textContent = preview.text;
      const counts = entities(preview.entities);
      $(".preview-counts", result).textContent = counts ? `Replaced: ${counts}.` : "Nothing would be replaced.";
    } catch (error) {
      result.hidden = true;
      showError(error, previewMessage, "No preview:");
    }
  }

  async function refreshPolicy() {
    if (dirty) return;
    try {
      render(await get(`campaigns/${campaignId}/policy/`));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function refreshHistory() {
    const tbody = $("#audit-table tbody", section);
    try {
      const history = await getPage(`campaigns/${campaignId}/policy/history/`);
      const rows = history.map((change) => {
        const items = policyChanges(change.before, change.after).map(([key, text]) =>
          h("li", {}, h("code", {}, key), " ", text));
        return h("tr", {},
          h("td", {}, `v${change.version}`),
          h("td", {}, change.user),
          h("td", {}, when(change.created_at)),
          h("td", {}, items.length ? h("ul", { class: "changes" }, items) : h("span", { class: "muted" }, "–")));
      });
      const none = h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No changes yet: the default policy applies."));
      tbody.replaceChildren(...(rows.length ? rows : [none]));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  form.addEventListener("input", () => (dirty = true));
  form.addEventListener("change", () => (dirty = true));
  $(".add-recognizer", form).addEventListener("click", () => {
    const row = recognizerRow();
    recognizerBody.append(row);
    reindex();
    dirty = true;
    $("input", row).focus();
  });
  $(".revert", form).addEventListener("click", () => {
    if (saved) render(saved);
    say(message, "");
  });
  $(".preview", preview).addEventListener("click", runPreview);
  sample.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runPreview();
    }
  });

  return {
    refresh() {
      return Promise.all([refreshPolicy(), refreshHistory(), refreshPii()]);
    },
    refreshPii,
  };
}
