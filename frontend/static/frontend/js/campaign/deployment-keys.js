/** A deployment's API keys (a new key's secret shown once, revoke) and the "How to call it" box. Used by
 * deployments.js. */
import { getPage, post } from "../api.js";
import { $, fieldErrors, h, say, when } from "../dom.js";

/** The base URL, an `openai` Python snippet and a curl line for the deployment `name`. */
export function showHowto(root, name) {
  const base = `${location.origin}/v1`;
  $(".howto-base", root).textContent = base;
  $(".howto-model", root).textContent = name;
  $(".howto-python", root).textContent = `import os
from openai import OpenAI

client = OpenAI(
    base_url="${base}",
    api_key=os.environ["TUNELOOP_KEY"],
)
reply = client.chat.completions.create(
    model="${name}",
    messages=[{"role": "user", "content": "…"}],
)
print(reply.choices[0].message.content)`;
  $(".howto-curl", root).textContent = `curl ${base}/chat/completions \\
  -H "Authorization: Bearer $TUNELOOP_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "${name}",
       "messages": [{"role": "user", "content": "…"}]}'`;
}

/** The keys part of `root`; `ask` is the confirmation dialog, `onChange` runs after a key is made or revoked. */
export function keysView(root, { ask, onChange }) {
  const form = $("#key-form", root);
  const message = $(".message", form.parentElement);
  const errors = fieldErrors(form, message);
  const secretBox = $(".secret", root);
  const secret = $(".secret-value", secretBox);
  const tbody = $("#key-table tbody", root);
  let deploymentId = null;

  function hideSecret() {
    secret.value = ""; // gone from the page: it cannot be shown again
    secretBox.hidden = true;
  }

  function row(key) {
    const revoke = key.revoked_at
      ? h("span", { class: "muted small" }, `revoked ${when(key.revoked_at)}`)
      : h("button", { type: "button", class: "bad", onclick: () => revokeKey(key) }, "Revoke");
    return h("tr", { class: key.revoked_at ? "revoked" : null },
      h("td", {}, key.name, key.internal ? [" ", h("span", { class: "badge" }, "internal")] : null),
      h("td", { class: "nowrap" }, h("code", {}, `${key.prefix}…`)),
      h("td", { class: "small" }, when(key.created_at)),
      h("td", { class: "small" }, key.last_used_at ? when(key.last_used_at) : h("span", { class: "muted" }, "never")),
      h("td", { class: "actions" }, revoke));
  }

  async function refresh() {
    if (deploymentId === null) return;
    try {
      const keys = await getPage(`deployments/${deploymentId}/keys/`);
      const none = h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No keys yet: create one for each caller."));
      tbody.replaceChildren(...(keys.length ? keys.map(row) : [none]));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function revokeKey(key) {
    const confirmed = await ask({
      title: `Revoke the key “${key.name}”?`,
      what: `Callers using ${key.prefix}… get 401 from their next request on. It cannot be undone.`,
      confirm: "Revoke",
      note: false,
    });
    if (confirmed === null) return;
    try {
      await post(`deployments/${deploymentId}/keys/${key.id}/revoke/`);
      say(message, `The key “${key.name}” is revoked.`, "ok");
      await refresh();
      onChange();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const key = await post(`deployments/${deploymentId}/keys/`, {
        name: form.elements.name.value, internal: form.elements.internal.checked,
      });
      errors.clear();
      say(message, "");
      form.reset();
      secret.value = key.key;
      secretBox.hidden = false;
      $(".copy-secret", secretBox).textContent = "Copy";
      secret.focus();
      secret.select();
      await refresh();
      onChange();
    } catch (error) {
      errors.show(error, "Not created:");
    }
  });

  $(".copy-secret", secretBox).addEventListener("click", async (event) => {
    secret.select();
    try {
      await navigator.clipboard.writeText(secret.value);
      event.target.textContent = "Copied";
    } catch {
      event.target.textContent = "Press Ctrl+C to copy"; // no clipboard access (an insecure origin): it is selected
    }
  });
  $(".hide-secret", secretBox).addEventListener("click", hideSecret);

  return {
    refresh,
    show(id) {
      if (id !== deploymentId) {
        hideSecret();
        errors.clear();
        say(message, "");
      }
      deploymentId = id;
      return refresh();
    },
  };
}
