/** The campaign's current guideline for the Compare tab: fetched once, shown in an `aside.guideline`
 * (the Write tab's markup), and the text a rewrite starts from. */
import { get } from "../api.js";
import { $, h } from "../dom.js";

function fillList(list, entries) {
  const items = entries?.length ? entries : ["—"];
  list.replaceChildren(...items.map((entry) => h("li", {}, entry)));
}

function formatText(format) {
  if (!format) return "—";
  if (format.kind === "template") return `Output template: ${format.fields.join(" · ")}`;
  if (format.kind === "labels") {
    const how = format.multi_label ? "one or more, comma-separated" : "exactly one";
    return `Labels (${how}): ${format.labels.join(" · ")}`;
  }
  return JSON.stringify(format.schema, null, 2);
}

/** The campaign's current guideline version ({version, spec}) or null; one request however often asked. */
export function guidelineLoader(campaignId) {
  let request = null;
  const fetchCurrent = () =>
    get(`campaigns/${campaignId}/guidelines/`).then(
      (body) => body.current,
      (error) => {
        request = null; // ask again next time
        throw error;
      },
    );
  return () => (request ??= fetchCurrent());
}

/** Fill an aside laid out like the Write tab's (.guideline-version, .g-user, … .g-never). */
export function showGuideline(aside, current) {
  const spec = current?.spec || {};
  $(".guideline-version", aside).textContent = current ? `Guidelines, version ${current.version}` : "No guidelines yet";
  $(".g-user", aside).textContent = spec.user || "—";
  $(".g-input", aside).textContent = spec.input_description || "—";
  $(".g-expected", aside).textContent = spec.expected_output || "—";
  $(".g-format", aside).textContent = formatText(spec.output_format);
  fillList($(".g-criteria", aside), spec.acceptance_criteria);
  fillList($(".g-never", aside), spec.must_never);
}

/** What a rewrite starts from: the template's "Field: " lines, else nothing. */
export function rewriteStart(current) {
  const format = current?.spec?.output_format;
  return format?.kind === "template" ? format.fields.map((field) => `${field}: `).join("\n") : "";
}
