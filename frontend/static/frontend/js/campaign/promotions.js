/** The promotion gate's verdict on a round, the admin's sign-off (with a note; against a failed gate only
 * with a reason), and the campaign's incumbent with its audit trail and rollback. Used by evaluations.js. */
import { getPage, post } from "../api.js";
import { h, say, when } from "../dom.js";

const CHECKS = {
  primary_metric_beats: "Primary metric beats it (interval above zero)",
  no_field_or_label_regression: "No field or label regresses",
  no_must_never_violations: "No must-never violations",
  unsupported_not_above: "Unsupported content not above it",
  human_win_rate: "Human win rate",
  missed_escalations_not_above: "Missed escalations not above it",
  report: "A report with a candidate",
  comparison: "Another contender to compare with",
};

const number = (value) => (typeof value === "number" && !Number.isInteger(value) ? value.toFixed(3) : value);
const shown = (value) =>
  Array.isArray(value) ? `[${value.map(number).join(", ")}]`
    : value && typeof value === "object" ? Object.entries(value).map(([k, v]) => `${k} ${number(v)}`).join(", ") || "none"
      : number(value);
const figures = (values) =>
  Object.entries(values || {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name.replaceAll("_", " ")}: ${shown(value)}`)
    .join("; ");

/** The gate's checks and a sign-off form; `onDone` runs after a promotion. */
export function gateView(round, message, onDone) {
  const verdict = round.gate;
  if (!verdict) return null;
  const against = (verdict.against || "").replaceAll("_", " ");
  const rows = verdict.checks.map((check) =>
    h("li", { class: check.passed ? "ok" : "bad" },
      `${check.passed ? "✓" : "✗"} ${CHECKS[check.name] || check.name}`,
      h("span", { class: "muted small" }, ` (${figures(check.figures)})`)));
  const note = h("textarea", { name: "note", rows: 2, placeholder: "Why this model goes out (required)", "aria-label": "Note" });
  const reason = h("textarea", {
    name: "override_reason", rows: 2, "aria-label": "Override reason",
    placeholder: "The gate says reject: why promote anyway (required to override)",
    hidden: verdict.recommendation !== "reject",
  });
  const promote = h("button", { type: "button", class: "primary" }, "Promote to incumbent");
  promote.addEventListener("click", async () => {
    try {
      await post(`evaluations/${round.id}/promote/`, { note: note.value, override_reason: reason.value });
      say(message, `Artifact #${round.artifact} is now the campaign's incumbent.`, "ok");
      onDone();
    } catch (error) {
      say(message, error.message, "error");
    }
  });
  return h("div", { class: "gate", id: "evaluation-gate" },
    h("h4", {}, "Promotion gate: ",
      h("span", { class: `badge ${verdict.recommendation === "promote" ? "succeeded" : "failed"}` }, verdict.recommendation),
      ` against ${against}`),
    h("ul", { class: "checks" }, rows),
    note, reason, promote);
}

/** The incumbent, the audit trail and a rollback button, rendered into `target`. */
export async function promotionsView(target, campaignId, message) {
  const trail = await getPage(`campaigns/${campaignId}/promotions/`);
  const current = trail[0];
  const note = h("input", { type: "text", name: "note", placeholder: "Why roll back (required)", "aria-label": "Rollback note" });
  const rollback = h("button", { type: "button", disabled: !current?.artifact }, "Roll back");
  rollback.addEventListener("click", async () => {
    try {
      await post(`campaigns/${campaignId}/incumbent/rollback/`, { note: note.value });
      say(message, "Rolled back to the previous incumbent.", "ok");
      await promotionsView(target, campaignId, message);
    } catch (error) {
      say(message, error.message, "error");
    }
  });
  const rows = trail.map((entry) =>
    h("tr", {},
      h("td", {}, when(entry.created_at)),
      h("td", {}, entry.action),
      h("td", {}, entry.artifact ? `#${entry.artifact}` : "none"),
      h("td", {}, entry.user),
      h("td", {}, entry.note, entry.override_reason ? h("div", { class: "bad small" }, `Override: ${entry.override_reason}`) : null)));
  target.replaceChildren(
    h("h3", {}, "Incumbent: ", current?.artifact ? `artifact #${current.artifact}` : "none"),
    trail.length
      ? h("table", { class: "data", id: "promotion-trail" },
        h("thead", {}, h("tr", {}, ["When", "Action", "Artifact", "By", "Note"].map((t) => h("th", {}, t)))),
        h("tbody", {}, rows))
      : h("p", { class: "muted small" }, "No model promoted yet."),
    h("div", { class: "row" }, note, rollback));
}
