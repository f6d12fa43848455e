/** Items section: the campaign's items a page at a time, with their answers, approvals, gold flag and named reviewers. */
import { get } from "../api.js";
import { $, h, say } from "../dom.js";

const PAGE_SIZE = 50;
const SHOWN_TEXT = 120;

const number = (n) => n.toLocaleString("en-US");
const excerpt = (text) => (text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT).trimEnd()}…` : text);

function itemRow(item, k) {
  const complete = item.answers >= k;
  return h("tr", {},
    h("td", { class: "num" }, item.id),
    h("td", {}, h("code", {}, item.external_id)),
    h("td", { class: "small" }, item.group_key),
    h("td", { class: "item-excerpt", title: item.text }, excerpt(item.text)),
    h("td", { class: `num${complete ? "" : " muted"}`, title: complete ? "all answers in" : "waiting for answers" },
      `${item.answers} / ${k}`),
    h("td", { class: "num" }, item.approved),
    h("td", { class: "gold" }, item.is_gold ? h("span", { title: "gold item", "aria-label": "gold" }, "✓") : ""),
    h("td", { class: "small" }, item.named_reviewers.length ? item.named_reviewers.join(", ")
      : h("span", { class: "muted" }, "anyone")));
}

export function itemsSection(section, campaignId) {
  const message = $(".message", section);
  const status = $(".items-status", section);
  const tbody = $("#item-table tbody", section);
  const previous = $(".previous", section);
  const next = $(".next", section);
  let stack = []; // the `after` of each page before the one shown; its length is the page's index
  let after = null; // the `after` of the page shown (null: the first page)
  let nextAfter = null;
  let total = null; // the campaign's item count, asked on the first load and after imports only

  function render(body) {
    const rows = body.results.map((item) => itemRow(item, body.reviewers_per_item));
    const none = h("tr", {}, h("td", { colspan: 8, class: "muted" }, "No items yet: import some records above."));
    tbody.replaceChildren(...(rows.length ? rows : [none]));
    nextAfter = body.next_after;
    previous.disabled = stack.length === 0;
    next.disabled = nextAfter === null;
    const first = stack.length * PAGE_SIZE + 1;
    const of = total === null ? "" : ` of ${number(total)}`;
    status.textContent = rows.length ? `Items ${number(first)}–${number(first + rows.length - 1)}${of}` : "No items";
  }

  /** Show the page after `pageAfter`; the pager moves only once it has arrived. */
  async function show(pageAfter, pageStack, { count = false } = {}) {
    const query = new URLSearchParams({ limit: PAGE_SIZE });
    if (pageAfter !== null) query.set("after", pageAfter);
    if (count) query.set("count", "true");
    previous.disabled = next.disabled = true; // one page request at a time
    try {
      const body = await get(`campaigns/${campaignId}/items/?${query}`);
      if (count) total = body.count;
      [after, stack] = [pageAfter, pageStack];
      say(message, "");
      render(body);
    } catch (error) {
      say(message, error.message, "error");
      previous.disabled = stack.length === 0;
      next.disabled = nextAfter === null;
    }
  }

  next.addEventListener("click", () => show(nextAfter, [...stack, after]));
  previous.addEventListener("click", () => show(stack.at(-1), stack.slice(0, -1)));

  /** Reload the page shown, with a fresh count (new items, answers or reviewers may have come in). */
  const refresh = () => show(after, stack, { count: true });

  return { refresh };
}
