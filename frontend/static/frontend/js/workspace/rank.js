/** A ranking task in the Compare tab: k numbered responses, picked best first with the number keys
 * (Backspace takes back the last pick; the last one is implied once k - 1 are picked). The socket, undo and
 * "all bad" stay with compare.js; this module shows the responses and keeps the order. */
import { $, h } from "../dom.js";

const ORDINALS = ["1st", "2nd", "3rd", "4th", "5th"];
const words = (text) => text.split(/(\s+)/).filter(Boolean);

/** Each response as text nodes; with `highlight`, words that no other response has are <mark class="diff">. */
function segments(texts) {
  const vocabularies = texts.map((text) => new Set(words(text)));
  return texts.map((text, index) =>
    words(text).map((word) => ({
      text: word,
      changed: !/^\s+$/.test(word) && vocabularies.every((other, at) => at === index || !other.has(word)),
    })),
  );
}

export function rankingView(panel, { onChange }) {
  const list = $(".candidates", panel);
  const summary = $(".rank-order", panel);
  let candidates = []; // [{position, text}] as shown
  let marks = []; // per response: [{text, changed}]
  let order = []; // positions picked, best first
  let highlight = true;

  function renderText(article, index) {
    const node = ({ text, changed }) => (changed && highlight ? h("mark", { class: "diff" }, text) : text);
    $(".prose", article).replaceChildren(...marks[index].map(node));
  }

  /** Number badges ("2nd") on the picked responses and the order so far, in words for screen readers too. */
  function renderOrder() {
    list.querySelectorAll(".candidate").forEach((article) => {
      const place = order.indexOf(Number(article.dataset.position));
      article.classList.toggle("picked", place >= 0);
      $(".rank-badge", article).textContent = place >= 0 ? ORDINALS[place] : "";
    });
    summary.textContent = order.length
      ? `Your order: ${order.join(" > ")}${complete() ? " (Enter submits)" : ""}`
      : `Press ${candidates.map((c) => c.position).join(", ")} in order of preference, best first.`;
    onChange?.();
  }

  function show(task) {
    candidates = task.candidates;
    marks = segments(candidates.map((c) => c.text));
    order = [];
    list.replaceChildren(
      ...candidates.map(({ position }) =>
        h(
          "li",
          { class: "pane candidate", "data-position": position },
          h("h3", {}, h("kbd", {}, String(position)), " ", h("span", { class: "rank-badge" })),
          h("pre", { class: "prose" }),
        ),
      ),
    );
    list.querySelectorAll(".candidate").forEach(renderText);
    renderOrder();
  }

  const complete = () => candidates.length > 0 && order.length === candidates.length;

  /** Pick `position` next; the last response left is implied once all others are picked. */
  function pick(position) {
    if (!candidates.some((c) => c.position === position) || order.includes(position)) return false;
    order.push(position);
    const left = candidates.filter((c) => !order.includes(c.position));
    if (left.length === 1) order.push(left[0].position);
    renderOrder();
    return true;
  }

  function unpick() {
    if (!order.length) return false;
    order.pop();
    if (order.length === candidates.length - 1) order.pop(); // the implied last one goes with its reason
    renderOrder();
    return true;
  }

  return {
    show,
    pick,
    unpick,
    complete,
    order: () => [...order],
    size: () => candidates.length,
    toggleDiff(on) {
      highlight = on;
      list.querySelectorAll(".candidate").forEach(renderText);
    },
  };
}
