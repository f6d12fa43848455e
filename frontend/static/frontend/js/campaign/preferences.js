/** Preferences section: live judging figures, reviewers' reliability, ratings of the sources, candidate rounds. */
import { ApiError, get, getPage, post } from "../api.js";
import { $, fieldErrors, h, percent, say, throttle } from "../dom.js";

const LIVE_EVERY_MS = 2000; // at most one figures request per 2 s, however fast judgements arrive
const SAMPLING = ["n", "temperature", "top_p", "max_new_tokens", "seed"];
const INTEGERS = new Set(["n", "max_new_tokens", "seed"]);

const FIGURES = [
  ["judgements", "Judgements", (v) => v.toLocaleString()],
  ["judgements_per_minute", "A minute", (v) => v.toLocaleString(), "judgements a minute over the last five minutes"],
  ["queue_depth", "Queue", (v) => v.toLocaleString(), "open pairs waiting for a judgement (gold pairs left out)"],
  ["in_progress", "In progress", (v) => v.toLocaleString(), "pairs leased to a reviewer right now"],
  ["active_reviewers", "Active reviewers", (v) => v.toLocaleString(), "judged in the last five minutes, or holding a pair"],
  ["agreement", "Agreement", percent, "votes matching the other reviewers' most common outcome, over shared votes"],
  ["flagged_reviewers", "Flagged", (v) => v.toLocaleString(), "reviewers flagged below"],
];

const basename = (path) => path.split(/[\\/]/).filter(Boolean).pop() || path;
const rating = (value) => (typeof value === "number" ? value.toFixed(0) : "–");
const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
/** An error found before anything is sent, shaped like the API's: {detail, field}. */
const localError = (field, detail) => new ApiError(detail, 0, { detail, field });

function figures(list, stats) {
  list.replaceChildren(...FIGURES.map(([key, name, format, explain]) =>
    h("div", { class: "figure", title: explain || null },
      h("dt", {}, name),
      h("dd", { "data-stat": key }, stats[key] === null || stats[key] === undefined ? "–" : format(stats[key])))));
}

function reliabilityRow(r) {
  const gold = r.gold_votes
    ? [percent(r.gold_accuracy), " ", h("span", { class: "muted small" }, `(${r.gold_votes})`)]
    : h("span", { class: "muted" }, "–");
  const flag = r.flagged
    ? h("span", { class: "bad" }, `⚑ flagged: ${r.reasons.join("; ")}`)
    : h("span", { class: "muted" }, "–");
  return h("tr", { class: r.flagged ? "flagged" : null },
    h("td", {}, r.username),
    h("td", { class: "num" }, r.votes),
    h("td", { class: "num" }, r.shared),
    h("td", { class: "num" }, r.shared ? percent(r.agreement) : h("span", { class: "muted" }, "–")),
    h("td", { class: "num" }, gold),
    h("td", {}, flag));
}

/** A horizontal chart: each source's 95% interval as a floating bar, its rating as a point on it. */
function ratingsChart(canvas) {
  let chart = null;
  return function show(sources) {
    canvas.parentElement.style.height = `${70 + 34 * sources.length}px`;
    if (!chart) {
      chart = new window.Chart(canvas, {
        type: "bar",
        data: {
          labels: [],
          datasets: [
            { type: "bar", label: "95% interval", data: [], backgroundColor: "rgba(37, 99, 235, 0.25)",
              borderColor: "#2563eb", borderWidth: 1, barPercentage: 0.5, pointStyle: "rect", order: 2 },
            { type: "line", label: "Rating", data: [], showLine: false, pointRadius: 6, pointHoverRadius: 7,
              pointStyle: "rectRot", backgroundColor: "#1e3a8a", borderColor: "#1e3a8a", order: 1 },
          ],
        },
        options: {
          indexAxis: "y",
          animation: false,
          maintainAspectRatio: false,
          scales: {
            x: { beginAtZero: false, grace: "5%", title: { display: true, text: "Rating (Elo scale, mean 1000)" } },
          },
          plugins: {
            legend: { position: "bottom", labels: { usePointStyle: true } },
            tooltip: {
              callbacks: {
                label: (context) => {
                  const source = context.chart.$sources[context.dataIndex];
                  return `rating ${rating(source.rating)}, 95% interval ${rating(source.low)}–${rating(source.high)}`
                    + `, ${plural(source.judgements, "judgement")}`;
                },
              },
            },
          },
        },
      });
    }
    chart.$sources = sources;
    chart.data.labels = sources.map((s) => s.label);
    chart.data.datasets[0].data = sources.map((s) => [s.low, s.high]);
    chart.data.datasets[1].data = sources.map((s) => s.rating);
    chart.update();
  };
}

function matrixTable(table, { labels, win_share: share, counts }) {
  const head = h("tr", {}, h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Row beat column")),
    labels.map((label) => h("th", { scope: "col", class: "num" }, label)));
  const rows = labels.map((label, i) =>
    h("tr", {},
      h("th", { scope: "row" }, label),
      labels.map((other, j) => {
        const value = share[i]?.[j];
        const n = counts[i]?.[j] ?? 0;
        if (value === null || value === undefined) {
          return h("td", { class: "num muted", title: i === j ? null : `${label} and ${other} were never compared` }, "–");
        }
        return h("td", { class: "num", title: `${label} beat ${other} in ${percent(value)} of ${plural(n, "judgement")}` },
          percent(value));
      })));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...rows);
}

export function preferencesSection(section, campaignId) {
  const message = $(":scope > .message", section);
  const updated = $(".preferences-updated", section);
  const figureList = $("#preference-figures", section);
  const reliability = $("#reliability-table tbody", section);
  const ratingsStatus = $(".ratings-status", section);
  const ratingsBody = $("#ratings-table tbody", section);
  const chartBox = $(".ratings-chart", section);
  const showChart = ratingsChart($("#ratings-chart", section));
  const matrix = $("#win-matrix", section);
  const form = $("#round-form", section);
  const formMessage = $(".message", form);
  const errors = fieldErrors(form, formMessage, (field) => field.replace(/^sampling\./, ""));
  const roundsBody = $("#round-table tbody", section);
  const models = new Map(); // artifact id -> "model 7 (base model)", as ratings name it
  let rounds = [];
  let latest = 0; // figures requests may overtake each other: only the newest one is shown

  async function refreshLive() {
    const mine = ++latest;
    try {
      const body = await get(`campaigns/${campaignId}/preferences/`);
      if (mine !== latest) return;
      figures(figureList, body.stats);
      const rows = body.reviewers.map(reliabilityRow);
      const none = h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No judgements yet."));
      reliability.replaceChildren(...(rows.length ? rows : [none]));
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    } catch (error) {
      say(message, error.message, "error");
    }
  }
  const refreshLiveSoon = throttle(refreshLive, LIVE_EVERY_MS);

  async function refreshRatings() {
    const button = $(".refresh-ratings", section);
    button.disabled = true;
    ratingsStatus.textContent = "Computing ratings…";
    try {
      const body = await get(`campaigns/${campaignId}/preferences/ratings/`);
      const { sources } = body;
      ratingsStatus.textContent = sources.length
        ? `Bradley-Terry ratings from ${plural(body.judgements, "judgement")} between sources, `
          + `95% intervals from ${body.rounds} bootstrap rounds · ${new Date().toLocaleTimeString()}`
        : "No ratings yet: they need A / B or tie judgements between responses of two different sources.";
      chartBox.hidden = !sources.length || !window.Chart; // without Chart.js the table says it all
      if (!chartBox.hidden) showChart(sources);
      ratingsBody.replaceChildren(...sources.map((s) =>
        h("tr", {},
          h("td", {}, s.label),
          h("td", { class: "num" }, rating(s.rating)),
          h("td", { class: "num" }, `${rating(s.low)}–${rating(s.high)}`),
          h("td", { class: "num" }, s.judgements.toLocaleString()))));
      matrix.hidden = !sources.length;
      if (sources.length) matrixTable(matrix, body.matrix);
    } catch (error) {
      ratingsStatus.textContent = "";
      say(message, error.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  // --- candidate rounds ---------------------------------------------------------------------------

  function roundRow(round) {
    return h("tr", { "data-round": round.id },
      h("td", {}, `#${round.id}`),
      h("td", {}, models.get(round.artifact) || `model ${round.artifact}`),
      h("td", { class: "num" }, round.sampling?.n ?? "–"),
      h("td", { class: "num" }, round.sampling?.temperature ?? "–"),
      h("td", {}, h("span", { class: `badge ${round.status}` }, round.status)),
      h("td", { class: "num" }, round.items),
      h("td", { class: "num" }, round.candidates),
      h("td", { class: "small bad" }, round.error || ""));
  }

  function renderRounds() {
    const none = h("tr", {}, h("td", { colspan: 8, class: "muted" }, "No rounds yet."));
    roundsBody.replaceChildren(...(rounds.length ? rounds.map(roundRow) : [none]));
  }

  /** The artifacts of the campaign's succeeded runs, newest first, for the Model select. */
  async function refreshModels() {
    const runs = await getPage(`campaigns/${campaignId}/runs/`);
    const select = form.elements.artifact;
    const chosen = select.value;
    models.clear();
    const options = runs.filter((run) => run.artifact).map((run) => {
      const name = `model ${run.artifact.id} (${basename(run.base_model_path)})`;
      models.set(run.artifact.id, name);
      return h("option", { value: run.artifact.id }, `${name} · run #${run.id}`);
    });
    select.replaceChildren(...(options.length ? options : [h("option", { value: "" }, "No trained model yet")]));
    if (chosen && models.has(Number(chosen))) select.value = chosen;
  }

  async function refreshRounds() {
    try {
      await refreshModels();
      rounds = await getPage(`campaigns/${campaignId}/candidate-rounds/`);
      renderRounds();
    } catch (error) {
      say(formMessage, error.message, "error");
    }
  }

  /** The form as the API takes it; a setting left empty takes the server's default. */
  function readRound() {
    const artifact = Number(form.elements.artifact.value);
    if (!artifact) throw localError("artifact", "Train a model in this campaign first.");
    const sampling = {};
    for (const name of SAMPLING) {
      const text = form.elements[name].value.trim();
      if (text === "") continue;
      const value = Number(text);
      if (!Number.isFinite(value) || (INTEGERS.has(name) && !Number.isInteger(value))) {
        throw localError(name, `${name} must be ${INTEGERS.has(name) ? "a whole number" : "a number"}.`);
      }
      sampling[name] = value;
    }
    return { artifact, sampling };
  }

  async function startRound() {
    const button = $('button[type="submit"]', form);
    button.disabled = true; // one round per click, however long the server takes to check the settings
    say(formMessage, "Starting…");
    try {
      const round = await post(`campaigns/${campaignId}/candidate-rounds/`, readRound());
      errors.clear();
      if (!rounds.some((r) => r.id === round.id)) rounds.unshift(round);
      renderRounds();
      say(formMessage, `Round #${round.id} is queued: ${plural(round.sampling.n, "answer")} per item.`, "ok");
    } catch (error) {
      errors.show(error, "Not started:");
    } finally {
      button.disabled = false;
    }
  }

  function onRound(update) {
    const round = rounds.find((r) => r.id === update.round);
    if (!round) {
      refreshRounds(); // started elsewhere: the list has it
    } else {
      Object.assign(round, { status: update.status, items: update.items, candidates: update.candidates });
      renderRounds();
    }
    refreshLiveSoon(); // new candidates mean new pairs in the queue
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    startRound();
  });
  $(".refresh-ratings", section).addEventListener("click", refreshRatings);

  let loaded = false;
  return {
    /** First load and socket reconnects. Ratings are heavier: first load and the button only. */
    refresh() {
      refreshLive();
      refreshRounds();
      if (!loaded) refreshRatings();
      loaded = true;
    },
    onJudgement: refreshLiveSoon,
    onRound,
    onRunStatus(update) {
      if (update.status === "succeeded") refreshModels().catch((error) => say(formMessage, error.message, "error"));
    },
  };
}
