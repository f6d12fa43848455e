/** Word-level differences between two texts (longest common subsequence of their words); pure, no DOM. */

/** Above this many word pairs (n × m) the texts are not compared: the table would cost too much. */
export const MAX_CELLS = 2_000_000;

/** "a  b\nc" → ["a", "  ", "b", "\n", "c"]: words at even indices, the whitespace between at odd ones. */
const split = (text) => text.split(/(\s+)/);

/** For each word of `x`, whether it is part of a longest common subsequence with `y`. */
function common(x, y) {
  const inX = new Array(x.length).fill(false);
  const inY = new Array(y.length).fill(false);
  // Equal words at both ends never need the table.
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) {
    inX[start] = inY[start] = true;
    start++;
  }
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    inX[--endX] = inY[--endY] = true;
  }
  const n = endX - start;
  const m = endY - start;
  if (n * m > MAX_CELLS) return null;
  // lengths[i * (m + 1) + j]: LCS length of x[start + i..] and y[start + j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        x[start + i] === y[start + j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (x[start + i] === y[start + j]) {
      inX[start + i] = inY[start + j] = true;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return [inX, inY];
}

/** Segments of one text: words not in `kept` are changed; whitespace between two changed words is too,
 * so a changed phrase reads as one mark. Neighbours with the same flag are merged. */
function segments(parts, kept) {
  const changed = (index) => parts[index] !== "" && !kept[index / 2];
  const out = [];
  parts.forEach((text, index) => {
    if (text === "") return;
    const flag = index % 2 === 0 ? changed(index) : changed(index - 1) && index + 1 < parts.length && changed(index + 1);
    const last = out[out.length - 1];
    if (last && last.changed === flag) last.text += text;
    else out.push({ text, changed: flag });
  });
  return out;
}

/**
 * wordDiff("Cause: Hail", "Cause: Rain") →
 * {compared: true, a: [{text: "Cause: ", changed: false}, {text: "Hail", changed: true}], b: [...]}.
 * Texts whose word counts multiply past MAX_CELLS come back whole and unmarked, with compared: false.
 */
export function wordDiff(a, b) {
  const partsA = split(a || "");
  const partsB = split(b || "");
  const words = (parts) => parts.filter((_, index) => index % 2 === 0);
  const kept = common(words(partsA), words(partsB));
  if (kept === null) {
    const whole = (text) => (text ? [{ text, changed: false }] : []);
    return { compared: false, a: whole(a || ""), b: whole(b || "") };
  }
  return { compared: true, a: segments(partsA, kept[0]), b: segments(partsB, kept[1]) };
}
