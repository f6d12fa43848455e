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
