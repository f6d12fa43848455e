/** Chart.js glue: one run's loss by step, a line per stage (and one per stage's validation loss, dashed),
 * growing as run.metric events arrive. */

const COLORS = ["#2563eb", "#d97706", "#059669", "#db2777"];

export function lossChart(canvas) {
  if (!window.Chart) return { reset() {}, add() {} }; // the vendored script failed to load: no chart
  const chart = new window.Chart(canvas, {
    type: "line",
    data: { datasets: [] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: "nearest", axis: "x", intersect: false },
      // Points only while a line is short: a one-step stage would otherwise be invisible.
      elements: {
        point: { radius: (context) => (context.dataset.data.length <= 30 ? 2.5 : 0) },
        line: { borderWidth: 2 },
      },
      scales: {
        x: { type: "linear", title: { display: true, text: "step" }, ticks: { precision: 0 } },
        y: { title: { display: true, text: "loss" } },
      },
      plugins: { legend: { position: "bottom" } },
    },
  });

  function series(stage) {
    let dataset = chart.data.datasets.find((candidate) => candidate.label === stage);
    if (!dataset) {
      const color = COLORS[chart.data.datasets.length % COLORS.length];
      dataset = { label: stage, data: [], borderColor: color, backgroundColor: color };
      chart.data.datasets.push(dataset);
    }
    return dataset;
  }

  /** The training loss and, when the step was evaluated, the validation loss. */
  function put({ stage, step, loss, values = {} }) {
    if (typeof loss === "number") putPoint(series(stage), step, loss);
    if (typeof values.eval_loss === "number") {
      const line = series(`${stage} validation`);
      line.borderDash = [6, 4];
      putPoint(line, step, values.eval_loss);
    }
  }

  /** Insert or replace the point at `step`, keeping the line sorted by step. */
  function putPoint(line, step, loss) {
    const points = line.data;
    const at = points.findIndex((point) => point.x >= step);
    if (at === -1) points.push({ x: step, y: loss });
    else if (points[at].x === step) points[at].y = loss;
    else points.splice(at, 0, { x: step, y: loss });
  }

  return {
    reset(metrics) {
      chart.data.datasets = [];
      metrics.forEach(put);
      chart.update();
    },
    add(metric) {
      put(metric);
      chart.update();
    },
  };
}
