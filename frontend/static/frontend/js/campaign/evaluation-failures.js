/** A round's failures back to reviewers: validation failures as writing tasks with the model's draft, test
 * failures retired from the sealed split into the next dataset version's train split. Used by evaluations.js. */
import { get, post } from "../api.js";
import { h, say } from "../dom.js";

const ACTIONS = {
  validation: ["Send validation failures to reviewers", "sent back to reviewers as writing tasks with the model's draft"],
  test: ["Retire failed test items", "retired: in the next dataset version they are train items"],
};

export function failuresView(round, message) {
  const box = h("div", { id: "evaluation-failures", class: "failures" }, h("h4", {}, "Failures back to reviewers"));
  async function send(split) {
    try {
      const counts = await post(`evaluations/${round.id}/failures/`, { split });
      say(message, `${counts[split]} ${split} items ${ACTIONS[split][1]}.`, "ok");
      render(counts);
    } catch (error) {
      say(message, error.message, "error");
    }
  }
  function render(counts) {
    const buttons = Object.entries(ACTIONS).map(([split, [label]]) => {
      const done = counts.sent.includes(split);
      return h("button", { type: "button", disabled: done || !counts[split], onclick: () => send(split) },
        done ? `${label}: done` : `${label} (${counts[split]})`);
    });
    box.replaceChildren(box.firstChild,
      h("p", { class: "muted small" },
        `The candidate failed ${counts.validation} validation and ${counts.test} test items (format, label, a field below F1 0.5, or a safety check). `,
        "Test items never go back as writing tasks: they leave the sealed test split only by retirement."),
      h("p", { class: "actions" }, buttons));
  }
  if (round.status === "succeeded") get(`evaluations/${round.id}/failures/`).then(render).catch((error) => say(message, error.message, "error"));
  return round.status === "succeeded" ? box : null;
}
