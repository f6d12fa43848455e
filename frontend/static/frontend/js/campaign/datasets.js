/** Dataset versions: freeze a new immutable version and download each split as TRL JSONL. */
import { get, post } from "../api.js";
import { $, h, say, when } from "../dom.js";

const SPLITS = ["train", "validation", "test"];
const KINDS = ["sft", "dpo"];

function splitCell(dataset, split) {
  const counts = dataset.counts?.[split] || {};
  const links = KINDS.map((kind) =>
    h("a", {
      href: `/api/datasets/${dataset.id}/export/${kind}/${split}/`,
      download: true,
      title: `Download the ${split} split as ${kind.toUpperCase()} JSONL`,
    }, `${counts[kind] ?? 0} ${kind.toUpperCase()}`));
  return h("td", {}, links[0], " · ", links[1]);
}

export function datasetsSection(section, campaignId, { onChange }) {
  const message = $(".message", section);
  const tbody = $("tbody", section);
  const freeze = $("#freeze", section);

  function render(datasets) {
    const rows = datasets.map((dataset) =>
      h("tr", {},
        h("td", {}, `v${dataset.version}`),
        h("td", {}, when(dataset.created_at)),
        h("td", {}, h("code", { title: dataset.content_hash }, dataset.content_hash.slice(0, 12))),
        SPLITS.map((split) => splitCell(dataset, split))));
    const hint = "No versions yet: approve some responses, then freeze one.";
    const none = h("tr", {}, h("td", { colspan: 6, class: "muted" }, hint));
    tbody.replaceChildren(...(rows.length ? rows : [none]));
  }

  async function refresh() {
    try {
      const datasets = await get(`campaigns/${campaignId}/datasets/`);
      render(datasets);
      onChange(datasets);
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  freeze.addEventListener("click", async () => {
    freeze.disabled = true;
    try {
      const dataset = await post(`campaigns/${campaignId}/datasets/`);
      const total = (kind) => SPLITS.reduce((sum, split) => sum + (dataset.counts?.[split]?.[kind] ?? 0), 0);
      say(message, `Froze v${dataset.version}: ${total("sft")} SFT and ${total("dpo")} DPO rows.`, "ok");
      await refresh();
    } catch (error) {
      say(message, error.message, "error");
    } finally {
      freeze.disabled = false;
    }
  });

  return { refresh };
}
