"""The Deployments section of the campaign page: a deployment made, a key shown once, a challenger moved to shadow
with a note, real requests through /v1 followed in the live figures and charts, and a threshold alert that
arrives live and falls back."""

from __future__ import annotations

import random
import re

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from deployments.models import Deployment, DeploymentChange, ServedRequest
from deployments.services import monitoring, serving
from deployments.services.shadow import shadow_answer
from tests.deployments import conftest as deployments_fixtures
from tests.deployments.label_model import label_messages, loss_note

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The deployments tests' world: a label campaign with three promoted artifacts backed by real tiny models.
promoted = deployments_fixtures.promoted
label_model_path = deployments_fixtures.label_model_path
UNSTICK = ".section-nav { position: static; }"  # a section's screenshot without the sticky nav across it
LIVE = 30_000  # ms: the figures reload every 10 s; two shared cores and a model on them can be slow


@pytest.fixture
def stored_before_answering(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each request is stored (and the thresholds checked) before its answer returns, so the test knows what the
    page can show; the live server runs in this process and sees these settings."""
    monkeypatch.setattr(monitoring, "CHECK_SECONDS", 0.0)
    settings.DEPLOYMENTS_RECORD_INLINE = True
    serving.specs_forget()
    monitoring.checks_forget()


def chat(live_url: str, secret: str, seed: int, cause: str = "fire") -> httpx.Response:
    """A caller's request, as any OpenAI client sends it."""
    body = {"model": "triage", "messages": label_messages(loss_note(cause, random.Random(seed)))}
    return httpx.post(
        f"{live_url}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}, timeout=300
    )


def feedback(live_url: str, secret: str, request_id: str, decision: str) -> None:
    body = {"request_id": request_id, "decision": decision, "seconds_spent": 60}
    response = httpx.post(f"{live_url}/v1/feedback", json=body, headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 201, response.text


def answer_shadows() -> None:
    """What the `generate` worker does with each pending shadow row: the challenger answers in the background."""
    for row in ServedRequest.objects.filter(kind="shadow", status="pending").select_related("artifact__run"):
        shadow_answer(row=row)


def state(detail: Locator, name: str) -> Locator:
    """The value of one line of the deployment's state."""
    return detail.locator(f"#deployment-state div:has(> dt:text-is('{name}')) > dd")


def confirm(page: Page, note: str, button: str = "Confirm") -> None:
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Note").fill(note)
    dialog.get_by_role("button", name=button).click()
    expect(dialog).to_be_hidden()


def test_admin_rolls_out_a_challenger_and_follows_real_requests_live(
    page: Page, live_url, log_in, screenshot, promoted, stored_before_answering
):
    world = promoted
    good, good2 = world.good.id, world.good2.id
    errors: list[object] = []
    page.on("pageerror", lambda error: errors.append(error))
    log_in(world.admin)
    page.goto(f"{live_url}/campaigns/{world.campaign.id}/")
    expect(page.locator("#live")).to_have_text("live")
    section = page.get_by_role("region", name="Deployments")
    expect(section.locator("#deployment-table tbody")).to_have_text("No deployments yet.")

    # Create it, with a promoted model other than the campaign's incumbent (the last one promoted).
    create = section.locator("#deployment-create")
    incumbent = create.get_by_role("combobox", name="Incumbent", exact=True)
    expect(incumbent.locator("option").first).to_have_text(f"the campaign's: #{world.garbage.id}")
    create.get_by_label("Name").fill("triage")
    incumbent.select_option(str(good))
    create.get_by_role("button", name="Create deployment").click()
    detail = section.locator("#deployment-detail")
    expect(detail.locator("#deployment-title")).to_have_text("Deployment triage")
    expect(state(detail, "Stage")).to_have_text("internal")
    expect(state(detail, "Incumbent")).to_have_text(f"#{good}")
    expect(state(detail, "Serving")).to_have_text("the models")
    expect(detail.locator(".howto-base")).to_have_text(f"{live_url}/v1")
    expect(detail.locator(".howto-python")).to_contain_text('model="triage"')
    expect(detail.locator(".howto-curl")).to_contain_text(f"curl {live_url}/v1/chat/completions")

    # A key: its secret is shown once, then gone from the page.
    keys = detail.locator("#key-form")
    keys.get_by_label("Name").fill("claims system")
    keys.get_by_role("button", name="Create key").click()
    secret_box = detail.locator(".secret")
    expect(secret_box).to_be_visible()
    expect(secret_box).to_contain_text("Copy this key now: it is shown only once.")
    secret_field = secret_box.get_by_label("The new API key")
    expect(secret_field).to_have_value(re.compile(r"^tl-"))
    expect(secret_field).to_be_focused()  # selected, ready to copy
    secret = secret_field.input_value()
    key_rows = detail.locator("#key-table tbody tr")
    expect(key_rows).to_have_count(1)
    expect(key_rows.first).to_contain_text(f"claims system{secret[:10]}…")
    artifacts = screenshot("deployments").parent
    detail.locator("#keys-title").scroll_into_view_if_needed()
    detail.locator("#keys-title").locator("..").screenshot(path=str(artifacts / "deployments-key-once.png"))
    secret_box.get_by_role("button", name="Done").click()
    expect(secret_box).to_be_hidden()
    assert secret not in page.content() and secret not in detail.inner_text()

    # The challenger, with a note (refused without one), then the shadow stage by keyboard alone.
    detail.locator("#set-challenger").get_by_label("Challenger").select_option(str(good2))
    detail.get_by_role("button", name="Set challenger").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text(f"Make #{good2} the challenger?")
    dialog.get_by_role("button", name="Confirm").click()
    expect(dialog.locator(".field-error")).to_have_text("Write why: the note goes into the audit trail.")
    page.screenshot(path=str(artifacts / "deployments-note-dialog.png"))
    confirm(page, "Second candidate: as good as the incumbent on the held-out round.")
    expect(state(detail, "Challenger")).to_have_text(f"#{good2}")
    stage = detail.locator("#set-stage").get_by_label("Stage")
    stage.select_option("shadow")
    stage.focus()
    page.keyboard.press("Tab")
    expect(detail.get_by_role("button", name="Move")).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog.get_by_label("Note")).to_be_focused()
    page.keyboard.type("A day in shadow before any caller sees it.")
    page.keyboard.press("Control+Enter")
    expect(dialog).to_be_hidden()
    expect(state(detail, "Stage")).to_have_text("shadow")
    expect(detail.get_by_role("button", name="Move")).to_be_focused()  # back where the change started
    trail = detail.locator("#change-table tbody tr")
    expect(trail).to_have_count(4)
    expect(trail.first).to_contain_text("stage internal → shadow")
    expect(trail.first).to_contain_text("A day in shadow before any caller sees it.")
    expect(trail.nth(1)).to_contain_text(f"challenger none → #{good2}")
    expect(trail.nth(2)).to_contain_text("key create")
    expect(section.locator("#deployment-table tbody tr").first).to_contain_text("shadow")
    deployment = Deployment.objects.get(name="triage")
    notes = DeploymentChange.objects.filter(deployment=deployment).exclude(note="").values_list("note", flat=True)
    assert len(notes) == 2

    # Real requests: the incumbent answers, the challenger answers in the background, people give feedback.
    # The last 5 minutes in 24 intervals: about the span of this test.
    detail.get_by_role("combobox", name="Window", exact=True).select_option("5")
    answered = []
    for seed, cause in enumerate(("fire", "water", "theft")):
        response = chat(live_url, secret, seed, cause)
        assert response.status_code == 200, response.text
        assert response.json()["tuneloop"]["served_by"] == "incumbent"
        answered.append((response.json()["id"], response.json()["choices"][0]["message"]["content"], cause))
    answer_shadows()
    (first, output, _), (second, output2, _) = answered[:2]
    feedback(live_url, secret, first, output)  # accepted as answered
    feedback(live_url, secret, second, "fire" if output2 != "fire" else "water")  # corrected
    figures = detail.locator("#deployment-figures")
    expect(figures.locator('[data-figure="requests"]')).to_have_text("3", timeout=LIVE)
    expect(figures.locator('[data-figure="correction_rate"]')).to_have_text("50.0%", timeout=LIVE)
    expect(figures.locator('[data-figure="latency_p99_ms"]')).to_contain_text(" ms")
    models = detail.locator("#model-figures tbody tr")
    expect(models).to_have_count(2)
    expect(models.nth(0).locator("th")).to_have_text(f"Incumbent · #{good}")
    expect(models.nth(1).locator("th")).to_have_text(f"Challenger in shadow · #{good2}")
    expect(models.nth(1).locator("td").first).to_have_text("3")
    page.wait_for_function(
        """() => {
          const chart = window.Chart.getChart(document.querySelector('canvas[data-chart="requests"]'));
          return chart && chart.data.datasets[0].data.reduce((sum, n) => sum + (n || 0), 0) === 3;
        }""",
        timeout=LIVE,
    )
    expect(detail.locator("#deployment-alerts")).to_have_text("No alerts in this window.")

    # A threshold every real answer breaks: the next request raises an alert, pushed live, and falls back.
    thresholds = detail.locator("#threshold-form")
    thresholds.get_by_label("Min. requests").fill("3")
    thresholds.get_by_label("Max. latency p99 (ms)").fill("1")
    thresholds.get_by_label("Fall back at once on an alert").check()
    thresholds.get_by_role("button", name="Save thresholds").click()
    confirm(page, "Page on any slow answer while the shadow runs.")
    expect(thresholds.locator(".message")).to_have_text("Thresholds saved.")
    expect(trail.first).to_contain_text("max_p99_ms none → 1")
    assert chat(live_url, secret, 7).status_code == 200  # answered, then stored: the window now breaches
    live = detail.locator(".alert-live")
    expect(live).to_contain_text("Alert: Latency p99")
    expect(live).to_contain_text("is above 1 ms. It fell back to people (no model).")
    expect(detail.locator("#deployment-alerts li").first).to_contain_text("fell back")
    expect(state(detail, "Serving")).to_have_text("the fallback: people (no model)")
    expect(trail.first).to_contain_text("automatic")
    expect(section.locator("#deployment-table tbody tr").first).to_contain_text("fallback: people")
    section.scroll_into_view_if_needed()
    section.screenshot(path=str(artifacts / "deployments-section.png"), style=UNSTICK)
    detail.locator("#monitoring-title").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "deployments-monitoring.png"))
    detail.locator(".deployment-charts").screenshot(path=str(artifacts / "deployments-charts.png"))
    assert chat(live_url, secret, 8).status_code == 503  # routed to people

    detail.get_by_role("button", name="Resume serving the models").click()
    confirm(page, "A tiny model is slower than 1 ms; back to serving.")
    expect(state(detail, "Serving")).to_have_text("the models")
    detail.get_by_role("button", name="Roll back the last change").click()
    confirm(page, "Testing the way back.", button="Roll back")
    expect(state(detail, "Serving")).to_have_text("the fallback: people (no model)")
    expect(trail.first).to_contain_text("rollback")
    expect(trail.first).to_contain_text("falling back false → true")

    detail.get_by_role("button", name="Check drift now").click()
    drift = detail.locator("#drift-table tbody tr")
    expect(drift).to_have_count(1)
    expect(drift.first).to_contain_text("no verdict")
    expect(drift.first).to_contain_text("inputs: no verdict (too few inputs)")

    key_rows.first.get_by_role("button", name="Revoke").click()
    page.get_by_role("dialog").get_by_role("button", name="Revoke").click()
    expect(key_rows.first).to_contain_text("revoked")
    assert chat(live_url, secret, 9).status_code == 401
    # The request routed to people while falling back is counted too.
    expect(figures.locator('[data-figure="routed_to_people_rate"]')).to_have_text("20.0%", timeout=LIVE)
    detail.locator("#changes-title").scroll_into_view_if_needed()
    section.screenshot(path=str(artifacts / "deployments-after-rollback.png"), style=UNSTICK)
    assert not errors, errors  # no script failed on the way
