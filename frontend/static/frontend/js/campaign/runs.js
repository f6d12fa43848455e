/** Training runs: start one, follow status and step live, chart the selected run's loss and list its events. */
import { get, getPage, post } from "../api.js";
import { $, h, say } from "../dom.js";
import { lossChart } from "../loss-chart.js";

const basename = (path) => path.split(/[\\/]/).filter(Boolean).pop() || path;

export function runsSection(section, campaignId, { onEvaluate }) {
  const form = $("#run-form", section);
  const message = $(".message", section);
  const tbody = $("#run-table tbody", section);
  const title = $("#chart-title", section);
  const chart = lossChart($("#loss-chart", section));
  const eventList = $(".run-events", section);
  const versions = new Map(); // dataset id -> version number
  let runs = [];
  let selected = null;

  function row(run) {
    const actions = [h("button", { type: "button", class: "link", "aria-pressed": String(run.id === selected),
      onclick: () => select(run.id) }, "Loss")];
    if (run.status === "queued" || run.status === "running") {
      actions.push(h("button", { type: "button", onclick: () => cancel(run.id) }, "Cancel"));
    }
    if (run.status === "succeeded" && run.artifact) {
      actions.push(h("button", { type: "button", onclick: () => onEvaluate(run.artifact.id) }, "Evaluate"));
      actions.push(h("a", { href: `/api/artifacts/${run.artifact.id}/download/`, download: "" }, "Download"));
    }
    const flags = (run.regressions || []).length
      ? [" ", h("span", { class: "badge failed", title: run.regressions.join("\n") }, "regression")] : [];
    const main = h("tr", { "aria-selected": run.id === selected ? "true" : null },
      h("td", {}, `#${run.id}`),
      h("td", {}, versions.has(run.dataset) ? `v${versions.get(run.dataset)}` : `#${run.dataset}`),
      h("td", { title: run.base_model_path }, basename(run.base_model_path)),
      h("td", {}, h("span", { class: `badge ${run.status}` }, run.status), ...flags),
      h("td", {}, run.stage || "–"),
      h("td", { class: "num" }, run.step),
      h("td", { class: "actions" }, actions));
    if (!run.error) return [main];
    return [main, h("tr", { class: "error-row" }, h("td", { colspan: 7 }, run.error))];
  }

  function render() {
    const none = h("tr", {}, h("td", { colspan: 7, class: "muted" }, "No runs yet."));
    tbody.replaceChildren(...(runs.length ? runs.flatMap(row) : [none]));
  }

  async function cancel(id) {
    try {
      await post(`runs/${id}/cancel/`);
      await refresh();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  async function select(id) {
    selected = id;
    render();
    title.textContent = `Loss · run #${id}`;
    $(".chart-empty", section).hidden = true;
    $(".chart-box", section).hidden = false;
    try {
      const detail = await get(`runs/${id}/`);
      chart.reset(detail.metrics);
      showEvents(detail.events);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  const eventItem = (event) => h("li", { class: `event-${event.kind}` }, event.message);

  function showEvents(events) {
    eventList.replaceChildren(...events.map(eventItem));
    eventList.hidden = !events.length;
  }

  async function refresh() {
    try {
      runs = await getPage(`campaigns/${campaignId}/runs/`);
      render();
      const current = selected ?? runs[0]?.id;
      if (current) await select(current); // also reloads points missed while offline
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  /** Training needs a frozen dataset version and a registered base model. */
  function updateStartButton() {
    const ready = form.elements.dataset.value && form.elements.base_model.value;
    form.querySelector('button[type="submit"]').disabled = !ready;
  }

  async function loadBaseModels() {
    const select = form.elements.base_model;
    try {
      const models = await getPage("base-models/");
      const options = models.map((model) => h("option", { value: model.id, title: model.path }, model.name));
      select.replaceChildren(...options);
      if (!models.length) select.replaceChildren(h("option", { value: "" }, "No base models registered"));
      updateStartButton();
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let recipe;
    try {
      recipe = JSON.parse(form.elements.recipe.value || "{}");
    } catch {
      say(message, "The recipe is not valid JSON.", "error");
      return;
    }
    recipe.stages = form.elements.stages.value.split(",");
    if (form.elements.adapter.value) recipe.adapter = form.elements.adapter.value;
    try {
      const run = await post(`campaigns/${campaignId}/runs/`, {
        dataset: Number(form.elements.dataset.value), base_model: Number(form.elements.base_model.value), recipe,
      });
      say(message, [`Run #${run.id} queued.`, ...(run.warnings || [])].join(" "), run.warnings?.length ? "error" : "ok");
      // An event may have brought the run (in a later state) before this reply.
      if (!runs.some((other) => other.id === run.id)) runs = [run, ...runs];
      await select(run.id);
    } catch (error) {
      say(message, error.message, "error");
    }
  });

  loadBaseModels();

  return {
    refresh,
    setDatasets(datasets) {
      versions.clear();
      datasets.forEach((dataset) => versions.set(dataset.id, dataset.version));
      const options = datasets.map((dataset) => h("option", { value: dataset.id }, `v${dataset.version}`));
      const none = h("option", { value: "" }, "Freeze a version first");
      form.elements.dataset.replaceChildren(...(options.length ? options : [none]));
      updateStartButton();
      render();
    },
    onMetric(metric) {
      const run = runs.find((candidate) => candidate.id === metric.run);
      if (run) Object.assign(run, { stage: metric.stage, step: metric.step, status: "running" });
      render();
      if (metric.run === selected) chart.add(metric);
    },
    onEvent(event) {
      if (event.run !== selected) return;
      eventList.append(eventItem(event));
      eventList.hidden = false;
    },
    onStatus(update) {
      const run = runs.find((candidate) => candidate.id === update.run);
      if (!run || update.status === "succeeded") refresh(); // a new run, or its artifact to fetch
      else {
        Object.assign(run, update);
        render();
      }
    },
  };
}
