/** Webhooks section: add (the secret shown once), turn on or off, ping, delete; the recent deliveries. */
import { api, getPage, patch, post } from "../api.js";
import { $, fieldErrors, h, say, when } from "../dom.js";

const RECENT = 10; // deliveries shown per webhook
const FOLLOW_MS = 2000; // while a delivery is pending, the log is read again this often

export function webhooksSection(section, campaignId) {
  const form = $("#webhook-form", section);
  const message = $(".message", section);
  const errors = fieldErrors(form, message);
  const secretBox = $(".secret", section);
  const hooks = $("#webhook-table tbody", section);
  const deliveries = $("#delivery-table tbody", section);
  let following = null;

  async function act(work, done) {
    try {
      await work();
      say(message, done, "ok");
      await refresh();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  function hookRow(hook) {
    const toggle = () => act(() => patch(`webhooks/${hook.id}/`, { active: !hook.active }), hook.active ? "Turned off." : "Turned on.");
    const ping = () => act(() => post(`webhooks/${hook.id}/ping/`), "A ping is on its way.");
    const remove = () => act(() => api(`webhooks/${hook.id}/`, { method: "DELETE" }), "Webhook deleted, with its log.");
    return h("tr", {},
      h("td", {}, h("code", {}, hook.url)),
      h("td", { class: "small" }, hook.events.join(", ")),
      h("td", {}, hook.active ? "on" : h("span", { class: "muted" }, "off")),
      h("td", { class: "actions" },
        h("button", { type: "button", onclick: toggle }, hook.active ? "Turn off" : "Turn on"),
        h("button", { type: "button", onclick: ping, disabled: !hook.active }, "Send test"),
        h("button", { type: "button", class: "bad", onclick: remove }, "Delete")));
  }

  function deliveryRow(hook, delivery) {
    const answer = delivery.response_status ? `HTTP ${delivery.response_status}` : delivery.last_error || "–";
    const again = () => act(() => post(`deliveries/${delivery.id}/redeliver/`), "Sent again.");
    return h("tr", { "data-status": delivery.status },
      h("td", { class: "small" }, `#${hook.id}`),
      h("td", {}, delivery.event),
      h("td", {}, h("span", { class: "badge" }, delivery.status)),
      h("td", { class: "num" }, String(delivery.attempts)),
      h("td", { class: "small", title: delivery.last_error }, answer),
      h("td", { class: "small" }, when(delivery.delivered_at || delivery.created_at)),
      h("td", { class: "actions" }, delivery.status === "pending" ? null : h("button", { type: "button", onclick: again }, "Redeliver")));
  }

  async function refresh() {
    try {
      const list = await getPage(`campaigns/${campaignId}/webhooks/`);
      const none = h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No webhooks yet."));
      hooks.replaceChildren(...(list.length ? list.map(hookRow) : [none]));
      const logs = await Promise.all(list.map(async (hook) => (await getPage(`webhooks/${hook.id}/deliveries/`, RECENT)).map((d) => [hook, d])));
      const rows = logs.flat().sort((a, b) => b[1].id - a[1].id).slice(0, RECENT * 2);
      const empty = h("tr", {}, h("td", { colspan: 7, class: "muted" }, "Nothing delivered yet."));
      deliveries.replaceChildren(...(rows.length ? rows.map(([hook, d]) => deliveryRow(hook, d)) : [empty]));
      follow(rows.some(([, d]) => d.status === "pending" && d.attempts === 0));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** Read the log again shortly while a first attempt is under way (a retry waits longer: Refresh shows it). */
  function follow(pending) {
    clearTimeout(following);
    following = pending ? setTimeout(refresh, FOLLOW_MS) : null;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const events = [...form.querySelectorAll("input[name=events]:checked")].map((box) => box.value);
    try {
      const hook = await post(`campaigns/${campaignId}/webhooks/`, { url: form.elements.url.value, events });
      errors.clear();
      say(message, "Webhook added.", "ok");
      form.reset();
      $(".secret-value", secretBox).value = hook.secret;
      secretBox.hidden = false;
      $(".secret-value", secretBox).select();
      await refresh();
    } catch (error) {
      errors.show(error, "Not added:");
    }
  });
  $(".hide-secret", secretBox).addEventListener("click", () => {
    $(".secret-value", secretBox).value = ""; // gone from the page: it cannot be shown again
    secretBox.hidden = true;
  });
  $(".refresh", section).addEventListener("click", refresh);

  return { refresh };
}
