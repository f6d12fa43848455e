"""Guideline versions, answer formats, authoring statuses and history, blind answers, and their API."""

from __future__ import annotations

import pytest

from labeling.models import Example, ExampleRevision, GuidelineVersion, Membership
from labeling.services.campaigns import campaign_create
from labeling.services.guidelines import guideline_update, response_validate
from labeling.services.review import example_decide, example_save, example_update
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden

pytestmark = pytest.mark.django_db

FIELDS = ["Claim Type", "Cause"]
ANSWER = "Claim Type: Auto\nCause: Hail"
SPEC = {
    "user": "Claims adjusters",
    "input_description": "A claim note",
    "expected_output": "A two-line summary",
    "acceptance_criteria": ["States only what the note supports"],
    "must_never": ["Guess a cause"],
    "output_format": {"kind": "template", "fields": FIELDS},
}


@pytest.fixture
def campaign():
    staff = StaffFactory()
    return campaign_create(user=staff, name="Claims", system_prompt="", output_fields=FIELDS)


def members(campaign, n: int) -> list:
    users = [UserFactory() for _ in range(n)]
    for user in users:
        MembershipFactory(campaign=campaign, user=user, role=Membership.Role.REVIEWER)
    return users


def labels_guideline(campaign, multi: bool) -> GuidelineVersion:
    spec = {"output_format": {"kind": "labels", "labels": ["Theft", "Fire", "Flood"], "multi_label": multi}}
    return guideline_update(campaign=campaign, user=campaign.created_by, spec=spec)[0]


# --- guidelines ---------------------------------------------------------------------------------


def test_a_new_campaign_starts_at_guideline_version_1_from_its_template(campaign) -> None:
    (first,) = GuidelineVersion.objects.filter(campaign=campaign)
    assert first.version == 1
    assert first.spec["output_format"] == {"kind": "template", "fields": FIELDS}


def test_editing_the_spec_adds_a_version_and_the_same_spec_adds_none(campaign) -> None:
    second, created = guideline_update(campaign=campaign, user=campaign.created_by, spec=SPEC)
    assert created and second.version == 2 and second.spec["must_never"] == ["Guess a cause"]
    again, created = guideline_update(campaign=campaign, user=campaign.created_by, spec=SPEC)
    assert not created and again == second
    wider = {**SPEC, "output_format": {"kind": "template", "fields": [*FIELDS, "Next Action"]}}
    third, _ = guideline_update(campaign=campaign, user=campaign.created_by, spec=wider)
    campaign.refresh_from_db()
    assert third.version == 3 and campaign.output_fields == [*FIELDS, "Next Action"]
    assert list(campaign.guidelines.values_list("version", flat=True)) == [3, 2, 1]


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        ({"output_format": {"kind": "labels", "labels": ["Only one"]}}, "spec.output_format.labels"),
        ({"output_format": {"kind": "labels", "labels": ["A,B", "C"]}}, "spec.output_format.labels[0]"),
        ({"output_format": {"kind": "template", "fields": []}}, "spec.output_format.fields"),
        ({"output_format": {"kind": "json_schema", "schema": {"type": "nope"}}}, "spec.output_format.schema.type"),
        ({"output_format": {"kind": "xml"}}, "spec.output_format.kind"),
        ({**SPEC, "acceptance_criteria": ["ok", 3]}, "spec.acceptance_criteria[1]"),
        ({"user": "x"}, "spec"),
    ],
)
def test_a_bad_spec_is_refused_naming_the_field(campaign, spec, field) -> None:
    with pytest.raises(ApplicationError) as error:
        guideline_update(campaign=campaign, user=campaign.created_by, spec=spec)
    assert error.value.field == field
    assert campaign.guidelines.count() == 1


def test_template_answers_need_every_field_line(campaign) -> None:
    guideline = campaign.guidelines.get()
    response_validate(guideline, ANSWER)
    with pytest.raises(ApplicationError, match="Claim Type: …; Cause: …"):
        response_validate(guideline, "Claim Type: Auto")


def test_json_answers_are_validated_naming_the_path(campaign) -> None:
    schema = {
        "type": "object",
        "required": ["claim"],
        "properties": {"claim": {"type": "object", "properties": {"amount": {"type": "number"}}}},
    }
    guideline, _ = guideline_update(
        campaign=campaign, user=campaign.created_by, spec={"output_format": {"kind": "json_schema", "schema": schema}}
    )
    response_validate(guideline, '{"claim": {"amount": 120.5}}')
    with pytest.raises(ApplicationError, match=r"\$\.claim\.amount") as error:
        response_validate(guideline, '{"claim": {"amount": "lots"}}')
    assert error.value.extra == {"path": "$.claim.amount"}
    with pytest.raises(ApplicationError, match="not valid JSON"):
        response_validate(guideline, "{claim")


def test_single_label_answers_take_one_label_from_the_set(campaign) -> None:
    guideline = labels_guideline(campaign, multi=False)
    response_validate(guideline, " Theft ")
    for bad in ("Burglary", "Theft, Fire", ""):
        with pytest.raises(ApplicationError):
            response_validate(guideline, bad)


def test_multi_label_answers_are_comma_separated_labels_from_the_set(campaign) -> None:
    guideline = labels_guideline(campaign, multi=True)
    response_validate(guideline, "Theft, Flood")
    with pytest.raises(ApplicationError, match="'Hail'"):
        response_validate(guideline, "Theft, Hail")
    with pytest.raises(ApplicationError, match="twice"):
        response_validate(guideline, "Fire, Fire")


# --- authoring ----------------------------------------------------------------------------------


def test_draft_submit_request_changes_resubmit_approve_with_full_history(campaign) -> None:
    author, reviewer = members(campaign, 2)
    item = ItemFactory(campaign=campaign)
    draft = example_save(item=item, author=author, response="Claim Type: Au", submit=False)  # no format check yet
    assert draft.status == "draft" and draft.assignment.status == "leased"
    example = example_save(item=item, author=author, response=ANSWER)
    assert example.id == draft.id and example.status == "submitted" and example.assignment.status == "submitted"
    assert example.guideline_version.version == 1

    with pytest.raises(ApplicationError) as missing:
        example_decide(example=example, reviewer=reviewer, decision="request_changes")
    assert missing.value.field == "comment"
    with pytest.raises(Forbidden):
        example_decide(example=example, reviewer=author, decision="approve")
    sent_back = example_decide(example=example, reviewer=reviewer, decision="request_changes", comment="Cause?")
    assert sent_back.status == "changes_requested" and sent_back.review_comment == "Cause?"

    with pytest.raises(Forbidden):
        example_update(example=sent_back, editor=reviewer, response=ANSWER, submit=True)
    guideline_update(campaign=campaign, user=campaign.created_by, spec=SPEC)
    resubmitted = example_update(
        example=sent_back, editor=author, response="Claim Type: Auto\nCause: Hail storm", submit=True
    )
    assert resubmitted.status == "submitted" and resubmitted.reviewer is None
    assert resubmitted.guideline_version.version == 2  # the version the author saw when resubmitting
    approved = example_decide(example=resubmitted, reviewer=reviewer, decision="approve")
    assert approved.status == "approved"
    with pytest.raises(Conflict):
        example_update(example=approved, editor=author, response=ANSWER, submit=True)

    history = list(ExampleRevision.objects.filter(example=example).values_list("status", "response", "comment"))
    assert history == [
        ("draft", "Claim Type: Au", ""),
        ("submitted", ANSWER, ""),
        ("changes_requested", ANSWER, "Cause?"),
        ("submitted", "Claim Type: Auto\nCause: Hail storm", ""),
        ("approved", "Claim Type: Auto\nCause: Hail storm", ""),
    ]


def test_a_submitted_answer_must_fit_the_format_but_decline_clarify_escalate_are_free_text(campaign) -> None:
    author, *_ = members(campaign, 1)
    items = ItemFactory.create_batch(4, campaign=campaign)
    with pytest.raises(ApplicationError) as error:
        example_save(item=items[0], author=author, response="Just hail.")
    assert error.value.field == "response"
    for item, kind in zip(items[1:], ("decline", "clarify", "escalate"), strict=True):
        example = example_save(item=item, author=author, response="This needs a human adjuster.", kind=kind)
        assert example.kind == kind and example.status == "submitted"
    assert Example.objects.filter(kind="answer").count() == 0


def test_answers_are_blind_until_the_item_has_k_answers(api, campaign) -> None:
    campaign.reviewers_per_item = 2
    campaign.save()
    ann, bob, cid = members(campaign, 3)
    item = ItemFactory(campaign=campaign)
    first = example_save(item=item, author=ann, response=ANSWER)
    client = api(bob)
    assert client.get(f"/api/campaigns/{campaign.id}/reviews/next/").json()["example"] is None
    assert client.get(f"/api/examples/{first.id}/").status_code == 404
    assert client.get(f"/api/examples/{first.id}/history/").status_code == 404
    assert client.post(f"/api/examples/{first.id}/review/", {"decision": "approve"}).status_code == 404
    assert api(ann).get(f"/api/examples/{first.id}/").status_code == 200  # the author sees their own

    example_save(item=item, author=bob, response="Claim Type: Property\nCause: Hail")
    assert client.get(f"/api/examples/{first.id}/").status_code == 200
    queued = api(cid).get(f"/api/campaigns/{campaign.id}/reviews/next/").json()
    assert queued["example"]["id"] == first.id and queued["guideline"]["version"] == 1


def test_judgements_record_the_guideline_version(campaign) -> None:
    from preferences.models import Candidate, ComparisonTask
    from preferences.services.comparisons import comparison_submit
    from preferences.services.queue import comparison_lease_next

    reviewer, *_ = members(campaign, 1)
    guideline_update(campaign=campaign, user=campaign.created_by, spec=SPEC)
    item = ItemFactory(campaign=campaign)
    left, right = (Candidate.objects.create(item=item, source="import", text=t) for t in ("A", "B"))
    task = ComparisonTask.objects.create(item=item, left=left, right=right)
    comparison_lease_next(campaign=campaign, user=reviewer)
    judgement, _ = comparison_submit(
        campaign=campaign, task_id=task.id, user=reviewer, choice="a", idempotency_key="k1"
    )
    assert judgement.guideline_version.version == 2


# --- API ----------------------------------------------------------------------------------------


def test_guidelines_api_reads_versions_and_admins_edit_them(api, campaign) -> None:
    (reviewer,) = members(campaign, 1)
    url = f"/api/campaigns/{campaign.id}/guidelines/"
    assert api(reviewer).put(url, {"spec": SPEC}, format="json").status_code == 403
    admin = api(campaign.created_by)
    created = admin.put(url, {"spec": SPEC}, format="json")
    assert created.status_code == 201 and created.json()["version"] == 2
    assert admin.put(url, {"spec": SPEC}, format="json").json()["created"] is False
    bad = admin.put(url, {"spec": {"output_format": {"kind": "labels", "labels": ["x"]}}}, format="json")
    assert bad.status_code == 400 and bad.json()["field"] == "spec.output_format.labels"
    body = api(reviewer).get(url).json()
    assert body["current"]["version"] == 2 and [v["version"] for v in body["versions"]] == [2, 1]


def test_campaign_settings_are_patched_by_admins(api, campaign) -> None:
    url = f"/api/campaigns/{campaign.id}/"
    admin = api(campaign.created_by)
    patched = admin.patch(url, {"reviewers_per_item": 3, "gold_rate": 0.1, "lease_minutes": 15}, format="json")
    assert patched.status_code == 200, patched.content
    assert (patched.json()["reviewers_per_item"], patched.json()["gold_rate"]) == (3, 0.1)
    bad = admin.patch(url, {"gold_rate": 2}, format="json")
    assert bad.status_code == 400 and bad.json()["field"] == "gold_rate"


def test_authoring_api_drafts_skips_and_shows_history(api, campaign) -> None:
    ann, bob = members(campaign, 2)
    first, second = ItemFactory(campaign=campaign), ItemFactory(campaign=campaign)
    client = api(ann)
    task = client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()
    assert task["item"]["id"] == first.id and task["assignment"]["slot"] == 0
    assert task["guideline"]["spec"]["output_format"]["fields"] == FIELDS and task["example"] is None

    draft = client.post(f"/api/items/{first.id}/examples/", {"response": "Claim Type:", "draft": True})
    assert draft.status_code == 201 and draft.json()["status"] == "draft"
    resumed = client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()
    assert resumed["assignment"] == task["assignment"] | {"lease_expires_at": resumed["assignment"]["lease_expires_at"]}
    assert resumed["example"]["response"] == "Claim Type:"

    example_url = f"/api/examples/{draft.json()['id']}/"
    assert api(bob).put(example_url, {"response": ANSWER}).status_code == 404  # blind to others
    bad = client.put(example_url, {"response": "Cause: only", "submit": True})
    assert bad.status_code == 400 and bad.json()["field"] == "response"
    done = client.put(example_url, {"response": ANSWER, "submit": True, "guideline_version": 1})
    assert done.json()["status"] == "submitted" and done.json()["guideline_version"] == 1
    history = client.get(f"{example_url}history/").json()["revisions"]
    assert [r["status"] for r in history] == ["draft", "submitted"]

    task = client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()
    assert task["item"]["id"] == second.id
    skip_url = f"/api/assignments/{task['assignment']['id']}/skip/"
    assert api(bob).post(skip_url, {"reason": "x"}).status_code == 404
    assert client.post(skip_url, {"reason": ""}).status_code == 400
    skipped = client.post(skip_url, {"reason": "Needs a medical reviewer"})
    assert skipped.json()["status"] == "skipped"
    assert client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()["item"] is None


def test_changes_requested_come_back_first_in_the_authoring_queue(api, campaign) -> None:
    ann, bob = members(campaign, 2)
    item = ItemFactory(campaign=campaign)
    ItemFactory(campaign=campaign)
    example = example_save(item=item, author=ann, response=ANSWER)
    review = api(bob).post(f"/api/examples/{example.id}/review/", {"decision": "request_changes", "comment": "Why?"})
    assert review.json()["status"] == "changes_requested"
    again = {"decision": "reject", "comment": "No."}
    assert api(bob).post(f"/api/examples/{example.id}/review/", again).status_code == 409
    task = api(ann).get(f"/api/campaigns/{campaign.id}/authoring/next/").json()
    assert task["example"]["id"] == example.id and task["example"]["review_comment"] == "Why?"


def test_named_reviewers_api_takes_members_only(api, campaign) -> None:
    ann, bob = members(campaign, 2)
    item = ItemFactory(campaign=campaign)
    url = f"/api/items/{item.id}/reviewers/"
    assert api(ann).post(url, {"usernames": [bob.username]}, format="json").status_code == 403
    admin = api(campaign.created_by)
    outsider = UserFactory()
    bad = admin.post(url, {"usernames": [bob.username, outsider.username]}, format="json")
    assert bad.status_code == 400 and bad.json()["field"] == "usernames[1]"
    assert admin.post(url, {"usernames": [bob.username]}, format="json").json()["usernames"] == [bob.username]
    assert api(ann).get(f"/api/campaigns/{campaign.id}/authoring/next/").json()["item"] is None
    assert api(bob).get(f"/api/campaigns/{campaign.id}/authoring/next/").json()["item"]["id"] == item.id


def test_a_campaign_without_guidelines_keeps_the_old_free_text_flow(api) -> None:
    campaign = CampaignFactory()
    (ann,) = members(campaign, 1)
    item = ItemFactory(campaign=campaign)
    assert api(ann).get(f"/api/campaigns/{campaign.id}/authoring/next/").json()["item"]["id"] == item.id  # leased
    created = api(ann).post(f"/api/items/{item.id}/examples/", {"response": "Anything goes."})
    assert created.status_code == 201 and created.json()["guideline_version"] is None
