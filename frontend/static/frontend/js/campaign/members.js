/** Members section: add a user to the campaign as reviewer or admin. */
import { post } from "../api.js";
import { $, say } from "../dom.js";

export function membersSection(section, campaignId) {
  const form = $("form", section);
  const message = $(".message", section);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    try {
      const member = await post(`campaigns/${campaignId}/members/`, data);
      say(message, `${member.username} is now a ${member.role} of this campaign.`, "ok");
      form.reset();
    } catch (error) {
      say(message, error.message, "error");
    }
  });
}
