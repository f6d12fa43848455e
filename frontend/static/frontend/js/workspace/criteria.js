/** A pair's acceptance criteria in the Compare tab: A / Tie / B per criterion, optional. R focuses the first row
 * (compare.js); on a focused row A, T and B rate it and move on to the next. */
import { $, h } from "../dom.js";

const RATINGS = [
  ["a", "A"],
  ["tie", "Tie"],
  ["b", "B"],
];
const RATING_KEYS = { a: "a", t: "tie", b: "b" }; // on a focused criterion row

/** One acceptance criterion: A / Tie / B radios, named for screen readers ("Names the next step: A"). */
function criterionRow(criterion, index) {
  const radio = (value, label) =>
    h("label", {}, h("input", { type: "radio", name: `criterion-${index}`, value, "aria-label": `${criterion}: ${label}` }), label);
  return h(
    "div",
    { class: "criterion", role: "radiogroup", "aria-label": criterion, "data-criterion": criterion },
    h("span", { class: "criterion-name" }, criterion),
    RATINGS.map(([value, label]) => radio(value, label)),
  );
}

export function criteriaView(panel) {
  const criteria = $(".criteria", panel);
  const criteriaRows = $(".criteria-rows", panel);

  /** Focus a criterion row on its checked radio (else its first), or leave the rows after the last one. */
  function focusCriterion(row) {
    if (!row) return document.activeElement?.blur();
    ($("input:checked", row) || $("input", row)).focus();
  }

  function rate(row, value) {
    $(`input[value="${value}"]`, row).checked = true;
    focusCriterion(row.nextElementSibling);
  }

  criteriaRows.addEventListener("keydown", (event) => {
    const modifier = event.ctrlKey || event.metaKey || event.altKey;
    const rating = !modifier && RATING_KEYS[event.key.toLowerCase()];
    if (rating && event.target.closest?.(".criterion")) {
      event.preventDefault();
      rate(event.target.closest(".criterion"), rating);
    }
  });

  return {
    /** The task's criteria, unrated; none hides the fieldset. */
    show(names) {
      criteria.hidden = !names.length;
      criteriaRows.replaceChildren(...names.map(criterionRow));
    },
    shown: () => !criteria.hidden,
    focusFirst: () => focusCriterion(criteriaRows.firstElementChild),
    /** {criterion: "a" | "tie" | "b"} for the rows rated. */
    rated: () =>
      Object.fromEntries(
        [...criteriaRows.querySelectorAll("input:checked")].map((input) => [
          input.closest(".criterion").dataset.criterion,
          input.value,
        ]),
      ),
  };
}
