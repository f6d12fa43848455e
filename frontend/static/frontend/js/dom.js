/** Small DOM helpers shared by the page modules. */

/** h("td", {class: "num", onclick: fn}, "text", node) → an element; null/false children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "class") element.className = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  const present = (child) => child !== null && child !== undefined && child !== false;
  element.append(...children.flat(Infinity).filter(present));
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** Show `text` in a `.message` element (kind: "error" | "ok" | ""), or hide it when text is empty. */
export function say(element, text, kind = "") {
  element.hidden = !text;
  element.textContent = text || "";
  element.dataset.kind = kind;
}

export const percent = (value) => (typeof value === "number" ? `${(value * 100).toFixed(1)}%` : "–");

export const when = (iso) => (iso ? new Date(iso).toLocaleString() : "");

/** {"PERSON": 2, "DATE_TIME": 1} → "PERSON ×2, DATE_TIME ×1". */
export const entities = (counts) =>
  Object.entries(counts || {}).map(([kind, n]) => `${kind} ×${n}`).join(", ");

/** True when a keystroke belongs to a text field rather than to the page's shortcuts. */
export const typing = (event) =>
  event.target instanceof HTMLElement && event.target.matches("input, textarea, select, [contenteditable]");

/** Call `fn` at most once per `ms`: the first call at once, later ones folded into one trailing call. */
export function throttle(fn, ms) {
  let last = -Infinity;
  let timer = null;
  return () => {
    if (timer) return; // a call is already due, and it will see everything that happened until then
    timer = setTimeout(() => {
      timer = null;
      last = Date.now();
      fn();
    }, Math.max(0, last + ms - Date.now()));
  };
}

/** Errors next to the `data-field` control an API error names ({detail, field} or DRF's {errors}), else in
 * `box`. `alias` maps the API's field name to the control's `data-field` where the two differ. */
export function fieldErrors(form, box, alias = (field) => field) {
  function clear() {
    form.querySelectorAll(".field-error").forEach((node) => node.remove());
    form.querySelectorAll("[aria-invalid]").forEach((node) => {
      node.removeAttribute("aria-invalid");
      if (node.dataset.describedby) node.setAttribute("aria-describedby", node.dataset.describedby);
      else node.removeAttribute("aria-describedby");
    });
  }

  function show(error, prefix) {
    clear();
    const body = error.body || {};
    const [field, messages] = body.field ? [body.field, body.detail] : Object.entries(body.errors || {})[0] || [];
    const detail = messages ? [].concat(messages).join(" ") : error.message;
    const target = field ? form.querySelector(`[data-field="${CSS.escape(alias(field))}"]`) : null;
    say(box, `${prefix} ${target ? detail : error.message}`, "error");
    if (!target) return;
    const note = h("p", { class: "field-error", id: `${form.id || "form"}-${target.name}-error` }, detail);
    target.after(note);
    const described = target.getAttribute("aria-describedby");
    if (described) target.dataset.describedby = described; // its help text, given back on clear()
    target.setAttribute("aria-invalid", "true");
    target.setAttribute("aria-describedby", [note.id, described].filter(Boolean).join(" "));
    target.focus();
  }

  return { clear, show };
}
