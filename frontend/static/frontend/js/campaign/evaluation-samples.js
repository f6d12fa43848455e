/** A round's samples: each test item's reference next to every contender's output and the checks it failed,
 * a page at a time, optionally only the items the candidate failed. Used by evaluations.js. */
import { get } from "../api.js";
import { h, say } from "../dom.js";
import { CONTENDERS, checksText } from "./evaluation-report.js";

const mark = (ok) =>
  h("span", { class: ok ? "ok" : "bad", title: ok ? "fits the output format" : "breaks the output format" }, ok ? "✓" : "✗");

function cell(output, reference) {
  if (!output) return h("td", {}, "–");
  const differs = output.output.trim() !== reference.trim();
  return h("td", { class: differs ? "differs" : "" },
    mark(output.format_valid),
    h("pre", { class: "prose" }, output.output),
    output.checks?.length ? h("p", { class: "small bad checks" }, checksText(output.checks)) : null);
}

function rows(page, names) {
  return page.map((entry) =>
    h("tr", {},
      h("td", {}, entry.item_external_id || `#${entry.item}`),
      h("td", {}, h("pre", { class: "prose reference" }, entry.reference)),
      names.map((name) => cell(entry.outputs[name], entry.reference))));
}

/** The samples block of round `roundId`; it loads its first page itself. */
export function samplesView(roundId, message) {
  const failedOnly = h("input", { type: "checkbox", name: "failed" });
  const more = h("button", { type: "button", hidden: true }, "More");
  const table = h("table", { class: "data samples" });
  let names = [];
  let after = null;

  async function load(reset) {
    try {
      const query = new URLSearchParams({ limit: "50", failed: failedOnly.checked ? "true" : "false" });
      if (!reset && after !== null) query.set("after", String(after));
      const { results, next } = await get(`evaluations/${roundId}/samples/?${query}`);
      if (reset) {
        names = Object.keys(CONTENDERS).filter((name) => results.some((entry) => entry.outputs[name]));
        const head = h("tr", {}, h("th", {}, "Item"), h("th", {}, "Reference"), names.map((name) => h("th", {}, CONTENDERS[name])));
        table.replaceChildren(h("thead", {}, head), h("tbody", {}));
      }
      table.tBodies[0].append(...rows(results, names));
      after = next;
      more.hidden = next === null;
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  failedOnly.addEventListener("change", () => load(true));
  more.addEventListener("click", () => load(false));
  load(true);
  return h("div", { class: "samples-block" },
    h("h3", {}, "Sample outputs next to their references"),
    h("label", { class: "small" }, failedOnly, " Only items the candidate failed"),
    table, more);
}
