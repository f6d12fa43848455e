/** A deployment's monitoring thresholds (saved as one audited change, with a note) and its drift checks.
 * Used by deployments.js. */
import { ApiError, getPage, patch, post } from "../api.js";
import { $, fieldErrors, h, percent, say, when } from "../dom.js";

/** The thresholds form: [key, label, placeholder (the server's default), step, help]. */
const THRESHOLDS = [
  ["window_minutes", "Window (minutes)", "60", "1", "the span the figures and thresholds look at"],
  ["min_requests", "Min. requests", "20", "1", "fewer requests in the window: no alert"],
  ["max_error_rate", "Max. error rate", "none", "0.01", "a share, 0 to 1"],
  ["max_format_failure_rate", "Max. format failure rate", "none", "0.01", "a share, 0 to 1"],
  ["max_violation_rate", "Max. violation rate", "none", "0.01", "a share, 0 to 1"],
  ["max_correction_rate", "Max. correction rate", "none", "0.01", "a share, 0 to 1"],
  ["max_p99_ms", "Max. latency p99 (ms)", "none", "1", "milliseconds"],
  ["minutes_per_task", "Minutes a task takes a person", "none", "0.5", "for the minutes saved"],
  ["drift_every_hours", "Check drift every (hours)", "never", "1", "also samples requests to reviewers"],
  ["drift_sample", "Requests sampled on drift", "20", "1", "how many become items"],
];

const TESTS = {
  novelty_ks: "inputs",
  labels_chi2: "labels",
  format_failures_fisher: "format failures",
};

/** One drift test as a line: "inputs: no drift (KS 0.12, p 0.41)" or "labels: no verdict (too few outputs)". */
function testLine(test) {
  const name = TESTS[test.test] || test.test;
  if (test.verdict === null || test.verdict === undefined) return `${name}: no verdict (${test.reason || "not enough data"})`;
  const figures = [
    typeof test.statistic === "number" ? `statistic ${test.statistic}` : null,
    typeof test.recent === "number" && typeof test.baseline === "number" ? `${percent(test.recent)} now, ${percent(test.baseline)} before` : null,
    typeof test.p_value === "number" ? `p ${test.p_value.toPrecision(2)}` : null,
  ].filter(Boolean);
  return `${name}: ${test.verdict ? "drifted" : "no drift"} (${figures.join(", ")})`;
}

function driftRow(check) {
  const tests = Object.values(check.report || {});
  const decided = tests.some((test) => typeof test.verdict === "boolean");
  const verdict = check.drifted ? h("span", { class: "badge failed" }, "drifted")
    : decided ? h("span", { class: "badge succeeded" }, "no drift")
      : h("span", { class: "badge" }, "no verdict");
  return h("tr", {},
    h("td", { class: "small" }, when(check.created_at), h("div", { class: "muted small" }, check.reason)),
    h("td", {}, verdict),
    h("td", { class: "small" }, h("ul", { class: "changes" }, tests.map((test) => h("li", {}, testLine(test))))),
    h("td", { class: "num" }, check.sampled));
}

/** The thresholds form and the drift table in `root`; `ask` asks for the note, `onSaved(deployment)` follows a save. */
export function settingsView(root, { ask, onSaved }) {
  const form = $("#threshold-form", root);
  const formMessage = $(".message", form);
  const errors = fieldErrors(form, formMessage);
  const driftBody = $("#drift-table tbody", root);
  const driftButton = $(".check-drift", root);
  const driftMessage = h("p", { class: "message", role: "alert", hidden: true });
  driftButton.closest(".section-head").after(driftMessage);
  let deployment = null;

  $(".threshold-grid", form).replaceChildren(...THRESHOLDS.map(([key, label, placeholder, step, help]) =>
    h("label", { title: help }, label,
      h("input", { type: "number", name: key, min: 0, step, placeholder, "data-field": `monitoring.${key}` }))));

  function fill(settings) {
    for (const [key] of THRESHOLDS) form.elements[key].value = settings[key] ?? "";
    form.elements.auto_fallback.checked = Boolean(settings.auto_fallback);
  }

  /** The form as `monitoring`: an empty field is left out (no threshold, or the server's default). */
  function read() {
    const monitoring = { auto_fallback: form.elements.auto_fallback.checked };
    for (const [key] of THRESHOLDS) {
      const text = form.elements[key].value.trim();
      if (text === "") continue;
      const value = Number(text);
      if (!Number.isFinite(value)) {
        const detail = `${key} is a number.`;
        throw new ApiError(detail, 0, { detail, field: `monitoring.${key}` });
      }
      monitoring[key] = value;
    }
    return monitoring;
  }

  async function refreshDrift() {
    if (!deployment) return;
    try {
      const checks = await getPage(`deployments/${deployment.id}/drift/`, 20);
      const none = h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No drift checks yet."));
      driftBody.replaceChildren(...(checks.length ? checks.map(driftRow) : [none]));
    } catch (error) {
      say(driftMessage, error.message, "error");
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let monitoring;
    try {
      monitoring = read();
    } catch (error) {
      errors.show(error, "Not saved:");
      return;
    }
    const note = await ask({ title: "Save the thresholds?", what: "They apply from the next request on." });
    if (note === null) return;
    try {
      const changed = await patch(`deployments/${deployment.id}/`, { monitoring, note });
      errors.clear();
      say(formMessage, "Thresholds saved.", "ok");
      onSaved(changed);
    } catch (error) {
      errors.show(error, "Not saved:");
    }
  });

  driftButton.addEventListener("click", async () => {
    driftButton.disabled = true;
    say(driftMessage, "Checking…");
    try {
      const check = await post(`deployments/${deployment.id}/drift/`);
      const sampled = check.sampled ? ` ${check.sampled} recent requests went to reviewers as new items.` : "";
      say(driftMessage, `${check.drifted ? "Drifted." : "No drift found."}${sampled}`, check.drifted ? "error" : "ok");
      await refreshDrift();
    } catch (error) {
      say(driftMessage, error.message, "error");
    } finally {
      driftButton.disabled = false;
    }
  });

  return {
    /** Show `next`'s settings; the form is refilled only for another deployment or a changed setting, so
     * that a reload never overwrites what is being typed. */
    show(next) {
      const other = deployment?.id !== next.id;
      const changed = JSON.stringify(deployment?.monitoring) !== JSON.stringify(next.monitoring);
      if (other) {
        errors.clear();
        say(formMessage, "");
        say(driftMessage, "");
      }
      deployment = next;
      if (other || changed) fill(next.monitoring || {});
      if (other) refreshDrift();
    },
    refreshDrift,
  };
}
