/** Deployments: create one, move a challenger through the stages (each change with a note, audited), fall back,
 * roll back, keys, thresholds and drift, and live monitoring that follows `deployment.alert` and
 * `deployment.changed` and reloads every 10 s while the page is visible. */
import { get, getPage, patch, post } from "../api.js";
import { $, fieldErrors, h, say, throttle } from "../dom.js";
import { artifact, changeRow, noteDialog, share } from "./deployment-changes.js";
import { keysView, showHowto } from "./deployment-keys.js";
import { alertText, monitoringView } from "./deployment-monitoring.js";
import { settingsView } from "./deployment-settings.js";

const RELOAD_MS = 10000; // the figures' reload while the page is visible; events reload them at once
const LIVE_EVERY_MS = 2000; // at most one reload per 2 s, however fast events arrive
const FALLBACKS = { people: "people (no model)", previous: "the previous incumbent" };

export function deploymentsSection(section, campaignId) {
  const message = $(":scope > .message", section);
  const updated = $(".deployments-updated", section);
  const tbody = $("#deployment-table tbody", section);
  const createForm = $("#deployment-create", section);
  const createMessage = $(".message", createForm);
  const createErrors = fieldErrors(createForm, createMessage);
  const detail = $("#deployment-detail", section);
  const state = $("#deployment-state", detail);
  const changesBody = $("#change-table tbody", detail);
  const changeMessage = $(".change-message", detail);
  const ask = noteDialog($("#deployment-confirm", section));
  const monitoring = monitoringView(detail, message);
  const keys = keysView(detail, { ask, onChange: () => refreshChanges() });
  const settings = settingsView(detail, {
    ask,
    onSaved(changed) {
      showDeployment(changed);
      refreshChanges();
    },
  });
  let deployments = [];
  let promoted = []; // artifact ids the campaign's gate promoted, newest first
  let selected = null;
  let current = null; // the selected deployment, as last read

  function listRow(d) {
    const open = h("button", { type: "button", class: "link", "aria-pressed": String(d.id === selected), onclick: () => select(d.id) }, "Open");
    return h("tr", { "aria-selected": d.id === selected ? "true" : null },
      h("td", {}, h("code", {}, d.name)),
      h("td", {}, h("span", { class: `badge stage-${d.stage}` }, d.stage)),
      h("td", { class: "num" }, d.stage === "limited" ? share(d.traffic_share) : "–"),
      h("td", {}, artifact(d.incumbent)),
      h("td", {}, artifact(d.challenger)),
      h("td", {}, d.falling_back ? h("span", { class: "badge failed" }, `fallback: ${d.fallback}`) : "models"),
      h("td", { class: "actions" }, open));
  }

  function renderList() {
    const none = h("tr", {}, h("td", { colspan: 7, class: "muted" }, "No deployments yet."));
    tbody.replaceChildren(...(deployments.length ? deployments.map(listRow) : [none]));
  }

  async function refreshList() {
    try {
      deployments = await getPage(`campaigns/${campaignId}/deployments/`);
      renderList();
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
      if (selected !== null && !deployments.some((d) => d.id === selected)) selected = null;
      if (selected === null && deployments.length) await select(deployments[0].id);
      detail.hidden = selected === null;
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** The artifacts the gate promoted: the choices for incumbent and challenger. */
  async function refreshPromoted() {
    try {
      const trail = await getPage(`campaigns/${campaignId}/promotions/`);
      promoted = [...new Set(trail.filter((entry) => entry.action === "promote").map((entry) => entry.artifact))];
      const incumbent = trail[0]?.artifact;
      const choices = promoted.filter((id) => id !== incumbent).map((id) => h("option", { value: id }, `#${id}`));
      const select = createForm.elements.incumbent;
      const chosen = select.value;
      select.replaceChildren(h("option", { value: "" }, incumbent ? `the campaign's: #${incumbent}` : "none yet (people answer)"), ...choices);
      if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
      if (current) showControls(current);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  function stateItem(name, value) {
    return h("div", {}, h("dt", {}, name), h("dd", {}, value));
  }

  function showState(d) {
    const serving = d.falling_back
      ? h("strong", { class: "bad" }, `the fallback: ${FALLBACKS[d.fallback]}`)
      : h("span", { class: "ok" }, "the models");
    state.replaceChildren(
      stateItem("Stage", h("span", { class: `badge stage-${d.stage}` }, d.stage)),
      stateItem("Traffic share", d.stage === "limited" ? share(d.traffic_share) : `${share(d.traffic_share)} (used in the limited stage)`),
      stateItem("Incumbent", artifact(d.incumbent)),
      stateItem("Challenger", artifact(d.challenger)),
      stateItem("Previous", artifact(d.previous)),
      stateItem("Fallback", FALLBACKS[d.fallback]),
      stateItem("Serving", serving),
      stateItem("Backend", d.backend === "external" ? `external engine ${d.engine_url}` : "built-in"));
    const badges = [h("span", { class: `badge stage-${d.stage}` }, d.stage)];
    if (d.falling_back) badges.push(" ", h("span", { class: "badge failed" }, "falling back"));
    $(".deployment-badges", detail).replaceChildren(...badges);
  }

  /** Each control shows the deployment's value, unless that value is the one it showed last: then a reload
   * leaves alone what the admin has picked but not sent yet. */
  let controlled = {};
  function showControls(d) {
    const values = {
      challenger: String(d.challenger ?? ""),
      stage: d.stage,
      share: String(Math.round(d.traffic_share * 100)),
      fallback: d.fallback,
    };
    const other = controlled.id !== d.id;
    const challenger = $("#set-challenger", detail).elements.challenger;
    const picked = challenger.value;
    const choices = promoted.filter((id) => id !== d.incumbent).map((id) => h("option", { value: id }, `#${id}`));
    challenger.replaceChildren(h("option", { value: "" }, "none"), ...choices);
    challenger.value = picked;
    for (const [name, value] of Object.entries(values)) {
      const control = $(`#set-${name}`, detail).elements[name];
      if (other || controlled[name] !== value || control.value === "") control.value = value;
    }
    controlled = { id: d.id, ...values };
    $(".fall-back", detail).hidden = d.falling_back;
    $(".resume", detail).hidden = !d.falling_back;
  }

  function showDeployment(d) {
    current = d;
    $("#deployment-title", detail).replaceChildren("Deployment ", h("code", {}, d.name));
    showState(d);
    showControls(d);
    showHowto(detail, d.name);
    settings.show(d);
    const index = deployments.findIndex((other) => other.id === d.id);
    if (index !== -1) {
      deployments[index] = d;
      renderList();
    }
  }

  async function refreshChanges() {
    if (selected === null) return;
    try {
      const changes = await getPage(`deployments/${selected}/changes/`, 50);
      changesBody.replaceChildren(...changes.map(changeRow));
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function refreshDetail() {
    if (selected === null) return;
    try {
      showDeployment(await get(`deployments/${selected}/`));
    } catch (error) {
      say(message, error.message, "error");
    }
    await Promise.all([refreshChanges(), monitoring.refresh()]);
  }

  async function select(id) {
    if (id !== selected) say(changeMessage, "");
    selected = id;
    renderList();
    detail.hidden = false;
    monitoring.show(id);
    await Promise.all([refreshDetail(), keys.show(id)]);
  }

  /** Ask for the note, then PATCH `body`; `what` says what changes. */
  async function change(body, title, what) {
    const note = await ask({ title, what });
    if (note === null) return;
    try {
      showDeployment(await patch(`deployments/${selected}/`, { ...body, note }));
      say(changeMessage, `${title.replace(/\?$/, "")}: done.`, "ok");
      await refreshChanges();
    } catch (error) {
      say(changeMessage, `Not changed: ${error.message}`, "error");
    }
  }

  function onSubmit(id, handler) {
    $(id, detail).addEventListener("submit", (event) => {
      event.preventDefault();
      handler(event.target.elements);
    });
  }

  onSubmit("#set-challenger", ({ challenger }) => {
    const id = challenger.value ? Number(challenger.value) : null;
    const what = `Challenger ${artifact(current.challenger)} → ${artifact(id)}.`;
    change({ challenger: id }, id ? `Make #${id} the challenger?` : "Remove the challenger?", what);
  });
  onSubmit("#set-stage", ({ stage }) => {
    const promote = stage.value === "production" && current.challenger
      ? ` The challenger #${current.challenger} becomes the incumbent, and #${current.incumbent} the previous one.` : "";
    change({ stage: stage.value }, `Move to the ${stage.value} stage?`, `Stage ${current.stage} → ${stage.value}.${promote}`);
  });
  onSubmit("#set-share", ({ share: input }) => {
    const value = Number(input.value);
    if (input.value === "" || !(value >= 0 && value <= 100)) {
      say(changeMessage, "The traffic share is a percentage from 0 to 100.", "error");
      input.focus();
      return;
    }
    const what = `The challenger answers ${value}% of callers in the limited stage (each caller keeps one model).`;
    change({ traffic_share: value / 100 }, `Set the traffic share to ${value}%?`, what);
  });
  onSubmit("#set-fallback", ({ fallback }) => {
    change({ fallback: fallback.value }, "Change the fallback?", `When it falls back, ${FALLBACKS[fallback.value]} answers.`);
  });
  $(".fall-back", detail).addEventListener("click", () =>
    change({ falling_back: true }, "Fall back now?", `Every request goes to ${FALLBACKS[current.fallback]} until you resume.`));
  $(".resume", detail).addEventListener("click", () =>
    change({ falling_back: false }, "Resume serving the models?", "Requests go to the incumbent and the challenger again, by stage."));
  $(".rollback", detail).addEventListener("click", async () => {
    const note = await ask({
      title: "Roll back the last change?",
      what: "The state before the newest change not undone yet comes back, from the next request on.",
      confirm: "Roll back",
    });
    if (note === null) return;
    try {
      showDeployment(await post(`deployments/${selected}/rollback/`, { note }));
      say(changeMessage, "Rolled back.", "ok");
      await refreshChanges();
    } catch (error) {
      say(changeMessage, `Not rolled back: ${error.message}`, "error");
    }
  });

  createForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { name, fallback, incumbent } = createForm.elements;
    const body = { name: name.value.trim(), fallback: fallback.value };
    if (incumbent.value) body.incumbent = Number(incumbent.value);
    try {
      const created = await post(`campaigns/${campaignId}/deployments/`, body);
      createErrors.clear();
      createForm.reset();
      say(createMessage, `Deployment ${created.name} created in the internal stage: create a key to call it.`, "ok");
      if (!deployments.some((d) => d.id === created.id)) deployments.unshift(created);
      await select(created.id);
    } catch (error) {
      createErrors.show(error, "Not created:");
    }
  });

  const refreshListSoon = throttle(refreshList, LIVE_EVERY_MS);
  const refreshDetailSoon = throttle(refreshDetail, LIVE_EVERY_MS);
  const refreshPromotedSoon = throttle(refreshPromoted, LIVE_EVERY_MS);

  setInterval(() => {
    if (document.visibilityState === "visible" && selected !== null) monitoring.refresh();
  }, RELOAD_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && selected !== null) monitoring.refresh();
  });

  return {
    /** First load and socket reconnects. */
    refresh() {
      refreshPromoted();
      refreshList();
      if (selected !== null) {
        refreshDetail();
        keys.refresh();
        settings.refreshDrift();
      }
    },
    /** The promotions view was redrawn: a promotion or rollback may have changed the choices. */
    promotionsChanged: refreshPromotedSoon,
    onChanged(payload) {
      refreshListSoon();
      if (payload.deployment === selected) refreshDetailSoon();
    },
    onAlert(payload) {
      const d = deployments.find((other) => other.id === payload.deployment);
      if (payload.deployment === selected) monitoring.onAlert(payload, FALLBACKS[current?.fallback] || "its fallback");
      else if (d) say(message, `Alert on ${d.name}: ${alertText(payload)}.`, "error");
    },
  };
}
