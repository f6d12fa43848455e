/** Campaign admin page: each section talks to the API; the campaign's event socket keeps them live. */
import { $ } from "../dom.js";
import { openSocket, showState } from "../ws.js";
import { datasetsSection } from "./datasets.js";
import { deploymentsSection } from "./deployments.js";
import { evaluationsSection } from "./evaluations.js";
import { importsSection } from "./imports.js";
import { itemsSection } from "./items.js";
import { membersSection } from "./members.js";
import { overviewSection } from "./overview.js";
import { preferencesSection } from "./preferences.js";
import { privacySection } from "./privacy.js";
import { qualitySection } from "./quality.js";
import { runsSection } from "./runs.js";
import { assignmentSection, specSection } from "./spec.js";
import { webhooksSection } from "./webhooks.js";

const campaignId = Number($("main").dataset.campaign);
const itemCount = $("#item-count");

const overview = overviewSection($("#overview"), campaignId);

const evaluations = evaluationsSection($("#evaluations"), campaignId);
const runs = runsSection($("#runs"), campaignId, { onEvaluate: evaluations.start });
const datasets = datasetsSection($("#datasets"), campaignId, {
  onChange(list) {
    runs.setDatasets(list);
    overview.soon(); // a version frozen here sends no event
  },
});
const spec = specSection($("#spec"), campaignId);
const assignment = assignmentSection($("#assignment"), campaignId);
const privacy = privacySection($("#privacy"), campaignId);
const items = itemsSection($("#items"), campaignId);
const imports = importsSection($("#imports"), campaignId, {
  onFinished(added) {
    itemCount.dataset.count = Number(itemCount.dataset.count) + added;
    itemCount.textContent = itemCount.dataset.count;
    privacy.refreshPii(); // the batch's replacements join the dashboard
    items.refresh(); // the new items, and their count
    overview.soon();
  },
});
membersSection($("#members"), campaignId);
const quality = qualitySection($("#quality"), campaignId);
const preferences = preferencesSection($("#preferences"), campaignId);
const deployments = deploymentsSection($("#deployments"), campaignId);
const webhooks = webhooksSection($("#webhooks"), campaignId);
// A promotion or rollback sends no event; the incumbent's view is redrawn after each, so follow that.
new MutationObserver(() => {
  overview.soon();
  deployments.promotionsChanged(); // the models a deployment may serve
}).observe($("#promotions"), { childList: true });

const handlers = {
  "import.progress": imports.onProgress,
  "run.metric": runs.onMetric,
  "run.event": runs.onEvent,
  "run.status": (update) => {
    runs.onStatus(update);
    preferences.onRunStatus(update); // a new trained model for candidate rounds
  },
  "evaluation.status": evaluations.onStatus,
  "judgement.stored": preferences.onJudgement,
  "judgement.undone": preferences.onJudgement,
  "candidates.round": preferences.onRound,
  "deployment.alert": deployments.onAlert,
  "deployment.changed": deployments.onChanged,
};
// Events that move a stage of the loop; the overview follows them, at most once every 2 s.
const loopEvents = new Set(["run.status", "evaluation.status", "judgement.stored", "judgement.undone", "example.submitted", "example.reviewed"]);
const refreshAll = () => [overview, imports, items, spec, assignment, privacy, quality, preferences, datasets, runs, evaluations, deployments, webhooks].forEach((section) => section.refresh());

let reconnected = false;
openSocket(`/ws/campaigns/${campaignId}/events/`, {
  onMessage: ({ type, payload }) => {
    handlers[type]?.(payload);
    if (loopEvents.has(type)) overview.soon();
  },
  onOpen() {
    if (reconnected) refreshAll(); // catch up on events missed while offline
    reconnected = true;
  },
  onState: (state) => showState($("#live"), state),
});
refreshAll();
