/** Task specification and assignment sections: the versioned guidelines, k / gold rate / lease, named reviewers. */
import { api, ApiError, get, post } from "../api.js";
import { $, h, say, when } from "../dom.js";

const TEXT_KEYS = ["user", "input_description", "expected_output"];
const LIST_KEYS = ["acceptance_criteria", "must_never"];
const SETTINGS = [
  "reviewers_per_item",
  "gold_rate",
  "lease_minutes",
  "judgements_per_pair",
  "max_judgements_per_minute",
  "ranking_k",
];

const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
const words = (text) => text.split(",").map((word) => word.trim()).filter(Boolean);
let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

/** An error found before anything is sent, shaped like the API's: {detail, field}. */
const localError = (field, detail) => new ApiError(detail, 0, { detail, field });

/** The field an API error names: `field`, else the first key of a serializer's `errors` ("usernames[1]"). */
function errorField(body) {
  if (body?.field) return [body.field, body.detail];
  const [name, value] = Object.entries(body?.errors || {})[0] || [];
  if (!name) return [null, null];
  if (Array.isArray(value) || typeof value !== "object") return [name, [].concat(value).join(" ")];
  const [index, messages] = Object.entries(value)[0]; // a list field: {"0": ["..."]}
  return [`${name}[${index}]`, [].concat(messages).join(" ")];
}

/** Errors shown next to the `data-field` control they name (or its nearest named parent) within `root`. */
function fieldErrors(root) {
  function clear() {
    root.querySelectorAll(".field-error").forEach((node) => node.remove());
    root.querySelectorAll("[aria-invalid]").forEach((node) => {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("aria-describedby");
    });
  }

  /** The element for `spec.output_format.labels[0]`, else for `spec.output_format.labels`, and so on up. */
  function element(field) {
    for (let name = field; ;) {
      const found = root.querySelector(`[data-field="${CSS.escape(name)}"]`);
      if (found) return found;
      const parent = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (parent === name) return null;
      name = parent;
    }
  }

  /** Show `error` in the `box` message in any case, and next to its field when it names one shown here. */
  function show(error, box, prefix) {
    clear();
    const [field, detail] = errorField(error.body);
    const target = field ? element(field) : null;
    if (!target || target.closest("[hidden]")) {
      say(box, `${prefix} ${error.message}`, "error");
      return;
    }
    const note = h("p", { class: "field-error", id: nextId("spec-error") }, detail);
    if (target.tagName === "FIELDSET") target.append(note);
    else {
      (target.type === "checkbox" ? target.parentElement : target).after(note);
      target.setAttribute("aria-invalid", "true");
      target.setAttribute("aria-describedby", note.id);
    }
    say(box, `${prefix} ${detail}`, "error");
    target.scrollIntoView({ block: "center" });
    if (target.tagName !== "FIELDSET") target.focus({ preventScroll: true });
  }

  return { clear, show };
}

function formatSummary(format) {
  if (format.kind === "template") return `Template: ${format.fields.join(", ")}`;
  if (format.kind === "json_schema") return "JSON schema";
  return `Labels${format.multi_label ? " (multi-label)" : ""}: ${format.labels.join(", ")}`;
}

export function specSection(section, campaignId) {
  const form = $("#spec-form", section);
  const fields = form.elements;
  const message = $(".message", form);
  const versionLabel = $("#spec-version", section);
  const history = $("#spec-history tbody", section);
  const errors = fieldErrors(form);
  let dirty = false; // the editor holds changes not saved yet: a refresh must not overwrite them

  function showKind() {
    form.querySelectorAll("[data-kind]").forEach((box) => (box.hidden = box.dataset.kind !== fields.kind.value));
  }

  function fill(spec) {
    for (const key of TEXT_KEYS) fields[key].value = spec[key] || "";
    for (const key of LIST_KEYS) fields[key].value = (spec[key] || []).join("\n");
    const format = spec.output_format;
    fields.kind.value = format.kind;
    fields.fields.value = (format.fields || []).join("\n");
    fields.schema.value = format.schema ? JSON.stringify(format.schema, null, 2) : "";
    fields.labels.value = (format.labels || []).join("\n");
    fields.multi_label.checked = Boolean(format.multi_label);
    showKind();
    errors.clear();
  }

  function readFormat() {
    const kind = fields.kind.value;
    if (kind === "template") return { kind, fields: lines(fields.fields.value) };
    if (kind === "labels") return { kind, labels: lines(fields.labels.value), multi_label: fields.multi_label.checked };
    const text = fields.schema.value.trim();
    if (!text) throw localError("spec.output_format.schema", 'Write the schema, e.g. {"type": "object"}.');
    try {
      return { kind, schema: JSON.parse(text) };
    } catch (error) {
      throw localError("spec.output_format.schema", `Not valid JSON: ${error.message}.`);
    }
  }

  /** The editor's state as a spec document, whether saved or not. */
  function read() {
    const spec = {};
    for (const key of TEXT_KEYS) spec[key] = fields[key].value.trim();
    for (const key of LIST_KEYS) spec[key] = lines(fields[key].value);
    spec.output_format = readFormat();
    return spec;
  }

  function historyRow(version) {
    const label = `Load version ${version.version} into the editor`;
    const load = h("button", { type: "button", class: "link", "aria-label": label }, "Load into editor");
    load.addEventListener("click", () => {
      fill(version.spec);
      dirty = true;
      say(message, `Version ${version.version} is in the editor: save it to make it current again.`);
    });
    return h("tr", {},
      h("td", {}, `v${version.version}`),
      h("td", {}, version.created_by),
      h("td", {}, when(version.created_at)),
      h("td", { class: "small" }, formatSummary(version.spec.output_format)),
      h("td", {}, load));
  }

  async function render({ current, versions }) {
    versionLabel.textContent = current
      ? `Version ${current.version} · saved by ${current.created_by}, ${when(current.created_at)}`
      : "No specification yet (version 0)";
    const earlier = versions.slice(1).map(historyRow);
    const none = h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No earlier versions."));
    history.replaceChildren(...(earlier.length ? earlier : [none]));
    // A campaign without guidelines starts from its output fields as a template.
    const start = current?.spec
      ?? { output_format: { kind: "template", fields: (await get(`campaigns/${campaignId}/`)).output_fields } };
    if (!dirty) fill(start); // checked after the fetch: the admin may have started typing meanwhile
  }

  async function refresh() {
    try {
      await render(await get(`campaigns/${campaignId}/guidelines/`));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function save() {
    try {
      const body = await api(`campaigns/${campaignId}/guidelines/`, { method: "PUT", body: { spec: read() } });
      dirty = false;
      await refresh();
      const text = body.created ? `Saved as version ${body.version}.` : `No change: still version ${body.version}.`;
      say(message, text, "ok");
    } catch (error) {
      errors.show(error, message, "Not saved:"); // the editor keeps what was typed
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  form.addEventListener("input", () => (dirty = true));
  form.addEventListener("change", () => (dirty = true));
  fields.kind.addEventListener("change", showKind);
  $(".revert", form).addEventListener("click", () => {
    dirty = false;
    say(message, "");
    refresh(); // the current version, or the campaign's template when there is none yet
  });

  return { refresh };
}

export function assignmentSection(section, campaignId) {
  const settings = $("#settings-form", section);
  const settingsMessage = $(".message", settings);
  const settingsErrors = fieldErrors(settings);
  const named = $("#named-form", section);
  const namedMessage = $(".message", named);
  const namedErrors = fieldErrors(named);
  let dirty = false;

  function render(campaign) {
    for (const name of SETTINGS) settings.elements[name].value = campaign[name];
    settingsErrors.clear();
    dirty = false;
  }

  function readSettings() {
    const values = {};
    for (const name of SETTINGS) {
      const text = settings.elements[name].value.trim();
      if (text !== "") values[name] = Number(text);
    }
    return values;
  }

  async function refresh() {
    if (dirty) return;
    try {
      render(await get(`campaigns/${campaignId}/`));
    } catch (error) {
      say(settingsMessage, error.message, "error");
    }
  }

  async function saveSettings() {
    try {
      const campaign = await api(`campaigns/${campaignId}/`, { method: "PATCH", body: readSettings() });
      render(campaign);
      const { reviewers_per_item: k, gold_rate: rate, lease_minutes: minutes } = campaign;
      say(settingsMessage, `Saved: ${k} answer${k === 1 ? "" : "s"} per item, gold rate ${rate}, `
        + `leases of ${minutes} minute${minutes === 1 ? "" : "s"}.`, "ok");
    } catch (error) {
      settingsErrors.show(error, settingsMessage, "Not saved:");
    }
  }

  async function setReviewers() {
    const itemId = named.elements.item_id.value.trim();
    try {
      if (!itemId) throw localError("item", "Give the item's id.");
      const body = await post(`items/${itemId}/reviewers/`, { usernames: words(named.elements.usernames.value) });
      namedErrors.clear();
      const text = body.usernames.length
        ? `Item ${body.item} now goes only to ${body.usernames.join(", ")}.`
        : `Item ${body.item} is open to every member again.`;
      say(namedMessage, text, "ok");
    } catch (error) {
      if (error.status === 404) error.body = { field: "item", detail: `No item ${itemId} in your campaigns.` };
      namedErrors.show(error, namedMessage, "Not set:");
    }
  }

  settings.addEventListener("submit", (event) => {
    event.preventDefault();
    saveSettings();
  });
  settings.addEventListener("input", () => (dirty = true));
  named.addEventListener("submit", (event) => {
    event.preventDefault();
    setReviewers();
  });

  return { refresh };
}
