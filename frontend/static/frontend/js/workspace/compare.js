/** Compare tab: blind A/B judgements over the review WebSocket; keys 1–4 answer, C focuses the rationale. */
import { $, say } from "../dom.js";
import { openSocket, showState } from "../ws.js";

const KEYS = { 1: "a", 2: "b", 3: "tie", 4: "both_bad" };
const LABELS = { a: "A is better", b: "B is better", tie: "Tie", both_bad: "Both bad" };

/** A v4 UUID: crypto.randomUUID exists only in secure contexts (https, localhost). */
function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function comparePanel(panel, campaignId) {
  const task = $(".task", panel);
  const empty = $(".empty", panel);
  const message = $(".message", panel);
  const rationale = $('input[name="rationale"]', panel);
  const buttons = [...panel.querySelectorAll("[data-choice]")];
  const keys = new Map(); // task id -> idempotency key, so a resent judgement is stored once
  let current = null; // the task on screen
  let pending = null; // a judgement sent but not yet confirmed; resent after a reconnect

  const setBusy = (busy) => buttons.forEach((button) => (button.disabled = busy));

  function render(next) {
    empty.hidden = true;
    task.hidden = false;
    setBusy(Boolean(pending));
    if (current?.id === next.id) return; // the same task again after a reconnect: keep the rationale
    current = next;
    $(".item-text", panel).textContent = next.item.text;
    $(".response-a", panel).textContent = next.a.text;
    $(".response-b", panel).textContent = next.b.text;
    rationale.value = "";
  }

  function choose(choice) {
    if (!current || pending) return;
    if (!keys.has(current.id)) keys.set(current.id, uuid());
    const key = keys.get(current.id);
    pending = { type: "judgement", task: current.id, choice, idempotency_key: key, rationale: rationale.value };
    setBusy(true);
    say(message, `Sending “${LABELS[choice]}”…`);
    socket.send(pending); // when offline, onOpen sends it after the reconnect
  }

  function receive(event) {
    if (event.type === "task") render(event.task);
    else if (event.type === "queue.empty") {
      current = null;
      task.hidden = true;
      empty.hidden = false;
    } else if (event.type === "judgement.stored") {
      if (pending?.task === event.task) {
        say(message, `Saved: ${LABELS[pending.choice]}.`, "ok");
        pending = null;
      }
      keys.delete(event.task);
      setBusy(false);
    } else if (event.type === "error") {
      pending = null;
      setBusy(false);
      say(message, `${event.detail} Fetching the next comparison…`, "error");
      socket.reconnect(); // lease lost or judged by someone else: ask for a fresh task
    }
  }

  const socket = openSocket(`/ws/campaigns/${campaignId}/review/`, {
    onMessage: receive,
    onOpen: () => pending && socket.send(pending),
    onState: (state) => showState($(".live", panel), state),
  });

  buttons.forEach((button) => button.addEventListener("click", () => choose(button.dataset.choice)));
  $(".reload", panel).addEventListener("click", () => socket.reconnect());

  return {
    show() {},
    onKey(key) {
      if (task.hidden) return false;
      if (KEYS[key]) choose(KEYS[key]);
      else if (key === "c") rationale.focus();
      else return false;
      return true;
    },
  };
}
