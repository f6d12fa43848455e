/** Home page: the staff-only form that creates a campaign, then opens its admin page. */
import { post } from "./api.js";
import { $, say } from "./dom.js";

const form = $("#create-campaign");
const message = $(".message", form);

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const fields = String(data.get("output_fields")).split("\n").map((line) => line.trim()).filter(Boolean);
  say(message, "Creating…");
  try {
    const campaign = await post("campaigns/", {
      name: String(data.get("name")).trim(),
      system_prompt: String(data.get("system_prompt")),
      output_fields: fields,
    });
    location.assign(`/campaigns/${campaign.id}/`);
  } catch (error) {
    say(message, error.message, "error");
  }
});
