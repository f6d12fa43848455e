/** Dataset versions: freeze, verify, download exports (TRL, OpenAI, Hugging Face folder), manifest and diff. */
import { get, getPage, post } from "../api.js";
import { $, h, say, when } from "../dom.js";

const SPLITS = ["train", "validation", "test"];
const FORMATS = [
  { kind: "sft", label: "SFT", from: "sft", title: "TRL messages JSONL" },
  { kind: "dpo", label: "DPO", from: "dpo", title: "TRL conversational prompt/chosen/rejected JSONL" },
  { kind: "openai", label: "OpenAI", from: "sft", title: "OpenAI chat fine-tuning JSONL" },
];
const DIFF_SHOWN = 50;

function splitCell(dataset, split) {
  const counts = dataset.counts?.[split] || {};
  if (split === "test") {
    // Sealed: no download here; evaluation reads it through the API with a stated purpose, and is logged.
    const text = `${counts.sft ?? 0} SFT · ${counts.dpo ?? 0} DPO`;
    return h("td", { title: "Sealed: only evaluation reads the test split" }, text, " ", h("span", { class: "muted" }, "(sealed)"));
  }
  const links = FORMATS.map(({ kind, label, from, title }) =>
    h("a", {
      href: `/api/datasets/${dataset.id}/export/${kind}/${split}/`,
      download: true,
      title: `Download the ${split} split as ${title}`,
    }, `${counts[from] ?? 0} ${label}`));
  return h("td", {}, links.flatMap((link, i) => (i ? [" · ", link] : [link])));
}

/** "answer 12, decline 3": the approved examples of each kind in the version. */
const kindsTitle = (dataset) =>
  Object.entries(dataset.counts?.example_kinds || {}).filter(([, n]) => n).map(([kind, n]) => `${kind} ${n}`).join(", ");

function filesCell(dataset, verify) {
  const folder = (kind) => h("a", {
    href: `/api/datasets/${dataset.id}/export/hf/${kind}/`,
    download: true,
    title: `A zip of a folder that datasets.load_dataset opens (train and validation, ${kind.toUpperCase()} rows)`,
  }, `HF ${kind.toUpperCase()}`);
  const manifest = h("a", {
    href: `/api/datasets/${dataset.id}/manifest/`,
    title: "Lineage of every row: item, reviewers, guideline version, anonymization settings",
  }, "Manifest");
  const check = h("button", { type: "button", class: "link", onclick: () => verify(dataset) }, "Verify");
  return h("td", {}, folder("sft"), " · ", folder("dpo"), " · ", manifest, " · ", check);
}

function diffList(title, entries, describe) {
  if (!entries.length) return null;
  const shown = entries.slice(0, DIFF_SHOWN).map((entry) => h("li", {}, h("code", {}, entry.key), " ", describe(entry)));
  const more = entries.length > DIFF_SHOWN ? h("li", { class: "muted" }, `and ${entries.length - DIFF_SHOWN} more`) : null;
  return h("div", {}, h("h3", {}, `${title} (${entries.length})`), h("ul", {}, shown, more));
}

export function datasetsSection(section, campaignId, { onChange }) {
  const message = $(".message", section);
  const tbody = $("tbody", section);
  const freeze = $("#freeze", section);
  const diffForm = $("#dataset-diff", section);
  const diffOut = $("#dataset-diff-result", section);

  async function verify(dataset) {
    try {
      const result = await get(`datasets/${dataset.id}/verify/`);
      if (result.verified) say(message, `v${dataset.version} verified: its rows still hash to ${result.content_hash.slice(0, 12)}.`, "ok");
      else say(message, `v${dataset.version} has been altered: its rows hash to ${result.recomputed.slice(0, 12)}, not ${result.content_hash.slice(0, 12)}.`, "error");
    } catch (error) {
      say(message, error.message, "error");
    }
  }

  function renderDiffChoices(datasets) {
    if (!diffForm) return;
    diffForm.hidden = datasets.length < 2;
    for (const [name, index] of [["from", 1], ["to", 0]]) {
      const select = diffForm.elements[name];
      const current = select.value;
      select.replaceChildren(...datasets.map((d) => h("option", { value: d.id }, `v${d.version}`)));
      select.value = current && datasets.some((d) => String(d.id) === current) ? current : String(datasets[index]?.id ?? "");
    }
  }

  function render(datasets) {
    const rows = datasets.map((dataset) =>
      h("tr", {},
        h("td", { title: kindsTitle(dataset) }, `v${dataset.version}`),
        h("td", {}, when(dataset.created_at)),
        h("td", {}, h("code", { title: dataset.content_hash }, dataset.content_hash.slice(0, 12))),
        SPLITS.map((split) => splitCell(dataset, split)),
        filesCell(dataset, verify)));
    const hint = "No versions yet: approve some responses, then freeze one.";
    const none = h("tr", {}, h("td", { colspan: 7, class: "muted" }, hint));
    tbody.replaceChildren(...(rows.length ? rows : [none]));
    renderDiffChoices(datasets);
  }

  async function refresh() {
    try {
      const datasets = await getPage(`campaigns/${campaignId}/datasets/`);
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

  diffForm?.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { from, to } = diffForm.elements;
    try {
      const diff = await get(`datasets/${from.value}/diff/${to.value}/`);
      const { added, removed, changed } = diff.summary;
      diffOut.replaceChildren(
        h("p", {}, `v${diff.from.version} → v${diff.to.version}: ${added} added, ${removed} removed, ${changed} changed.`),
        diffList("Added", diff.added, (e) => `(${e.split})`),
        diffList("Removed", diff.removed, (e) => `(${e.split})`),
        diffList("Changed", diff.changed, (e) =>
          `${e.data_changed ? "content changed" : "same content"}${e.split[0] !== e.split[1] ? `, ${e.split[0]} → ${e.split[1]}` : ""}`));
    } catch (error) {
      say(message, error.message, "error");
    }
  });

  return { refresh };
}
