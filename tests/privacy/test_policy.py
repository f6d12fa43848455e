"""Per-campaign anonymization policies: operators, lists, custom recognizers, validation, audit and preview."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.management import call_command

from labeling.models import ImportBatch, Item
from labeling.services.imports import import_batch_create
from labeling.services.review import example_submit
from privacy.engine.anonymizer import AnonymizedText, get_anonymizer
from privacy.engine.policy import CustomRecognizer, Policy
from privacy.models import PolicyChange
from tests.conftest import wait_for
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory

# "BDG 12345", not "BDG-12345": a code of that shape is an ID without any recognizer of its own (shapes.py).
BADGE = {"name": "badge", "entity_type": "BADGE_ID", "regex": r"BDG \d{5}", "score": 0.8}


def anonymize(policy: Policy, text: str, **kwargs) -> AnonymizedText:
    return get_anonymizer(policy=policy).anonymize(text, **kwargs)


# --- the engine, no database -------------------------------------------------------------------------


def test_mask_and_redact_operators_replace_only_their_types():
    policy = Policy(operators=(("EMAIL_ADDRESS", "redact"), ("US_SSN", "mask")))
    result = anonymize(policy, "Olga Rossi wrote from olga@example.com, SSN 512-44-8123.")
    assert result.text == "<PERSON_1> wrote from , SSN ***********."
    assert result.entities == {"PERSON": 1, "EMAIL_ADDRESS": 1, "US_SSN": 1}


def test_hash_operator_is_keyed_and_the_same_across_records():
    policy = Policy(operators=(("PERSON", "hash"),), hash_key="k1" * 16)
    first = anonymize(policy, "Olga Rossi called. Olga Rossi will send photos.").text
    second = anonymize(policy, "Later, Olga Rossi sent photos.").text
    token = re.fullmatch(r"<PERSON_([0-9a-f]{10})> called\. <PERSON_\1> will send photos\.", first)
    assert token, first
    assert second == f"Later, <PERSON_{token.group(1)}> sent photos."
    other_key = Policy(operators=(("PERSON", "hash"),), hash_key="k2" * 16)
    assert token.group(1) not in anonymize(other_key, "Later, Olga Rossi sent photos.").text


def test_hash_operator_without_a_key_is_refused():
    with pytest.raises(ValueError, match="key"):
        get_anonymizer(policy=Policy(operators=(("PERSON", "hash"),)))


def test_deny_list_terms_are_always_replaced_whatever_their_case():
    result = anonymize(Policy(deny_list=("Project Bluebird",)), "The project bluebird file was reopened.")
    assert result == AnonymizedText("The <DENY_LIST_1> file was reopened.", {"DENY_LIST": 1})


def test_custom_recognizer_uses_context_words_to_lift_a_weak_pattern():
    weak = CustomRecognizer(name="badge", entity_type="BADGE_ID", regex=r"\b\d{5}\b", score=0.1, context=("badge",))
    policy = Policy(entities=(), recognizers=(weak,))
    assert anonymize(policy, "Employee badge 48213 was scanned.").text == "Employee badge <BADGE_ID_1> was scanned."
    assert anonymize(policy, "The storm lasted 48213 seconds.").text == "The storm lasted 48213 seconds."


@pytest.mark.parametrize(
    ("validation", "good", "bad"),
    [
        ("luhn", "4539 1488 0343 6467", "4539 1488 0343 6468"),
        ("mod97", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    ],
)
def test_custom_recognizer_validation_drops_bad_check_digits(validation, good, bad):
    spec = CustomRecognizer(
        name="ref", entity_type="REF_NO", regex=r"[A-Z0-9]{4}(?: [A-Z0-9]{2,4}){3,6}", validation=validation
    )
    policy = Policy(entities=(), recognizers=(spec,))
    assert anonymize(policy, f"Ref {good} noted.").text == "Ref <REF_NO_1> noted."
    assert anonymize(policy, f"Ref {bad} noted.").text == f"Ref {bad} noted."


def test_placeholders_of_the_record_keep_their_numbers_and_new_ones_follow():
    note = "Called <PERSON_1> at <PHONE_NUMBER_1> about the claim."
    response = "Ask <PERSON_1> to call Kenji Tanaka at (415) 555-0177."
    result = anonymize(Policy(), response, context=[note])
    assert result.text == "Ask <PERSON_1> to call <PERSON_2> at <PHONE_NUMBER_2>."
    assert result.entities == {"PERSON": 1, "PHONE_NUMBER": 1}


# --- services and API --------------------------------------------------------------------------------


def admin_campaign():
    campaign = CampaignFactory()
    MembershipFactory(campaign=campaign, user=campaign.created_by, role="admin")
    return campaign


@pytest.fixture
def campaign(db):
    return admin_campaign()


def test_default_policy_is_shown_as_version_0_without_the_secret(api, campaign):
    body = api(campaign.created_by).get(f"/api/campaigns/{campaign.id}/policy/").json()
    assert body["version"] == 0
    assert body["entities"] == body["default_entities"]
    assert "secret" not in json.dumps(body)


def test_saving_a_policy_versions_it_and_records_who_changed_what(api, campaign):
    client = api(campaign.created_by)
    document = {"recognizers": [BADGE], "operators": {"US_SSN": "mask"}, "allow_list": ["Acme Mutual"]}
    saved = client.put(f"/api/campaigns/{campaign.id}/policy/", document, format="json")
    assert saved.status_code == 200, saved.json()
    assert saved.json()["version"] == 1
    assert saved.json()["recognizers"][0]["entity_type"] == "BADGE_ID"
    assert client.put(f"/api/campaigns/{campaign.id}/policy/", document, format="json").json()["version"] == 1
    client.put(f"/api/campaigns/{campaign.id}/policy/", {**document, "allow_list": []}, format="json")
    history = client.get(f"/api/campaigns/{campaign.id}/policy/history/").json()["results"]
    assert [entry["version"] for entry in history] == [2, 1]
    assert history[0]["user"] == campaign.created_by.username
    assert history[0]["before"]["allow_list"] == ["Acme Mutual"] and history[0]["after"]["allow_list"] == []
    assert history[1]["before"]["recognizers"] == []


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"recognizers": [{**BADGE, "regex": "BDG-(\\d{5}"}]}, "policy.recognizers[0].regex"),
        ({"recognizers": [{**BADGE, "regex": "\\d*"}]}, "policy.recognizers[0].regex"),
        ({"recognizers": [{**BADGE, "regex": "BDG-(a|aa)+$"}]}, "policy.recognizers[0].regex"),  # backtracks
        ({"recognizers": [BADGE, {**BADGE, "name": "other"}, BADGE]}, "policy.recognizers[2].name"),
        ({"recognizers": [{**BADGE, "validation": "crc"}]}, "policy.recognizers[0].validation"),
        ({"operators": {"PERSON": "shred"}}, "policy.operators.PERSON"),
        ({"score_threshold": 1.5}, "policy.score_threshold"),
        ({"entities": ["PERSON", "NOT_A_TYPE"]}, "policy.entities"),
        ({"colour": "red"}, "policy"),
        ({"operators": {"PERSON": "hash"}, "deny_list": [""]}, "policy.deny_list[0]"),
    ],
)
def test_a_bad_policy_is_refused_with_the_field_named_and_the_old_one_kept(api, campaign, document, field):
    client = api(campaign.created_by)
    client.put(f"/api/campaigns/{campaign.id}/policy/", {"allow_list": ["Acme"]}, format="json")
    response = client.put(f"/api/campaigns/{campaign.id}/policy/", document, format="json")
    assert response.status_code == 400
    assert response.json()["field"] == field, response.json()
    assert client.get(f"/api/campaigns/{campaign.id}/policy/").json()["allow_list"] == ["Acme"]
    assert PolicyChange.objects.filter(campaign=campaign).count() == 1


def test_only_campaign_admins_see_or_change_the_policy(api, campaign):
    reviewer = MembershipFactory(campaign=campaign).user
    client = api(reviewer)
    assert client.get(f"/api/campaigns/{campaign.id}/policy/").status_code == 403
    assert client.put(f"/api/campaigns/{campaign.id}/policy/", {}, format="json").status_code == 403
    assert client.post(f"/api/campaigns/{campaign.id}/policy/preview/", {"text": "x"}, format="json").status_code == 403
    assert api(UserFactory()).get(f"/api/campaigns/{campaign.id}/pii/").status_code == 404


def test_preview_tries_an_unsaved_policy_and_stores_nothing(api, campaign):
    client = api(campaign.created_by)
    url = f"/api/campaigns/{campaign.id}/policy/preview/"
    text = "Door BDG 12345 was opened by Olga Rossi."
    saved = client.post(url, {"text": text}, format="json").json()
    assert saved == {"text": "Door BDG 12345 was opened by <PERSON_1>.", "entities": {"PERSON": 1}}
    tried = client.post(url, {"text": text, "policy": {"recognizers": [BADGE]}}, format="json").json()
    assert tried["text"] == "Door <BADGE_ID_1> was opened by <PERSON_1>."
    assert client.get(f"/api/campaigns/{campaign.id}/policy/").json()["version"] == 0
    assert client.post(url, {"text": " "}, format="json").json()["field"] == "text"
    bad = client.post(url, {"text": text, "policy": {"operators": {"PERSON": "x"}}}, format="json")
    assert bad.json()["field"] == "policy.operators.PERSON"


def test_the_campaign_policy_applies_to_reviewer_responses(campaign):
    from privacy.services.policy import policy_update

    policy_update(campaign=campaign, user=campaign.created_by, document={"deny_list": ["Bluebird"]})
    item = ItemFactory(campaign=campaign)
    example = example_submit(item=item, author=UserFactory(), response="Escalate to the Bluebird team.")
    assert example.response == "Escalate to the <DENY_LIST_1> team."
    assert example.entity_counts == {"DENY_LIST": 1}


def test_pii_dashboard_sums_entity_counts_per_source(api, campaign):
    ItemFactory(campaign=campaign, entity_counts={"PERSON": 2, "US_SSN": 1})
    item = ItemFactory(campaign=campaign, entity_counts={"PERSON": 1})
    ItemFactory(campaign=campaign, entity_counts={})
    example_submit(item=item, author=UserFactory(), response="Olga Rossi called about photos.")
    body = api(campaign.created_by).get(f"/api/campaigns/{campaign.id}/pii/").json()
    assert body["by_source"]["items"] == {"PERSON": 3, "US_SSN": 1}
    assert body["by_source"]["responses"] == {"PERSON": 1}
    assert body["total"] == {"PERSON": 4, "US_SSN": 1}
    assert body["texts_with_pii"]["items"] == 2


@pytest.mark.django_db(transaction=True)
def test_a_recognizer_defined_through_the_api_changes_what_the_next_import_redacts(api, worker):
    campaign = admin_campaign()
    client = api(campaign.created_by)

    def import_text(text: str) -> str:
        batch = import_batch_create(
            campaign=campaign,
            user=campaign.created_by,
            file=io.BytesIO(json.dumps({"text": text}).encode()),
            filename="badge.jsonl",
        )
        wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done", describe="import done")
        return Item.objects.get(batch=batch).text

    assert import_text("Access was logged at door BDG 12345.") == "Access was logged at door BDG 12345."
    assert (
        client.put(f"/api/campaigns/{campaign.id}/policy/", {"recognizers": [BADGE]}, format="json").status_code == 200
    )
    assert import_text("Access was logged at door BDG 67890.") == "Access was logged at door <BADGE_ID_1>."


def test_pii_eval_scores_the_campaign_policy(campaign, tmp_path, capsys):
    from privacy.services.policy import policy_update

    text = "Reach Olga Rossi at olga@example.com today."
    line = {"text": text, "spans": [{"start": 20, "end": 36, "type": "EMAIL_ADDRESS"}]}
    path = tmp_path / "eval.jsonl"
    path.write_text(json.dumps(line) + "\n")
    call_command("pii_eval", file=path, json=True)
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["types"]["EMAIL_ADDRESS"]["recall"] == 1.0
    document = {"entities": ["PERSON"], "operators": {"PERSON": "redact"}}
    policy_update(campaign=campaign, user=campaign.created_by, document=document)
    call_command("pii_eval", file=path, json=True, campaign=campaign.id)
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert report["types"]["EMAIL_ADDRESS"]["recall"] == 0.0


def test_the_preset_is_one_choice_away_and_applies_to_what_is_stored(api, campaign):
    client = api(campaign.created_by)
    assert client.get(f"/api/campaigns/{campaign.id}/policy/").json()["preset"] == "default"
    text = "Seen on 12 March 2024, a 92-year-old man."
    preview = client.post(f"/api/campaigns/{campaign.id}/policy/preview/", {"text": text}, format="json").json()
    assert "12 March 2024" in preview["text"]
    saved = client.put(f"/api/campaigns/{campaign.id}/policy/", {"preset": "safe_harbor"}, format="json")
    assert saved.status_code == 200 and saved.json()["preset"] == "safe_harbor", saved.json()
    preview = client.post(f"/api/campaigns/{campaign.id}/policy/preview/", {"text": text}, format="json").json()
    assert "12 March 2024" not in preview["text"] and "92" not in preview["text"], preview
    refused = client.put(f"/api/campaigns/{campaign.id}/policy/", {"preset": "lenient"}, format="json")
    assert refused.status_code == 400 and refused.json()["field"] == "policy.preset", refused.json()
