/** Reviewer workspace: Write, Review and Compare tabs; single-key shortcuts go to the visible tab. */
import { typing } from "../dom.js";
import { comparePanel } from "./compare.js";
import { reviewPanel } from "./review.js";
import { writePanel } from "./write.js";

const campaignId = Number(document.querySelector("main").dataset.campaign);
const factories = { write: writePanel, review: reviewPanel, compare: comparePanel };
const panels = {}; // made on first view, so Compare leases a comparison only once it is opened
const tabs = [...document.querySelectorAll('[role="tab"]')];
let active = null;

function activate(name, { focus = false } = {}) {
  for (const tab of tabs) {
    const selected = tab.dataset.tab === name;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  panels[name] ??= factories[name](document.getElementById(`panel-${name}`), campaignId);
  active = panels[name];
  active.show();
  history.replaceState(null, "", `#${name}`);
}

tabs.forEach((tab, index) => {
  tab.addEventListener("click", (event) => {
    event.preventDefault();
    activate(tab.dataset.tab);
  });
  tab.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    activate(tabs[(index + step + tabs.length) % tabs.length].dataset.tab, { focus: true });
  });
});

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  if (typing(event)) {
    if (event.key === "Escape") event.target.blur();
    return;
  }
  if (active?.onKey(event.key.toLowerCase())) event.preventDefault();
});

// The tabs are #links, so a tab chosen before this module ran is still honoured.
const requested = location.hash.slice(1);
activate(requested in factories ? requested : "write");
