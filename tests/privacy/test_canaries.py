"""Canaries: kept only as keyed digests, found wherever they leak (texts, exports, logs, generations),
reported by place and never by value, and a dataset holding one cannot be frozen."""

from __future__ import annotations

import io
import json
import logging
import sys
import types
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import CommandError

from dataset_versions.models import DatasetRow, DatasetVersion
from dataset_versions.services.exports import dataset_export
from dataset_versions.services.freeze import dataset_freeze
from labeling.models import Example, ImportBatch, Item, Membership, StagedRecord
from labeling.selectors import prompt_messages
from labeling.services.imports import import_batch_create
from labeling.services.review import example_review, example_submit
from privacy.engine.canary_scan import digest
from privacy.engine.policy import Policy
from privacy.management.commands.pii_audit import Command as PiiAuditCommand
from privacy.models import AnonymizationPolicy, Canary, PolicyChange
from privacy.services.canaries import canaries_plant, canary_audit
from privacy.services.policy import policy_update
from tests.conftest import wait_for
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from tests.privacy.canary_values import EMAIL, FORBIDDEN, NAME, PHONE, VALUES
from training.models import ModelArtifact, TrainingRun
from tuneloop.exceptions import ApplicationError


def assert_no_canary_value(text: str, where: str) -> None:
    for value in FORBIDDEN:
        assert value not in text, f"canary value {value!r} found in {where}"


def database_text() -> str:
    """Every row of every model, serialized: the same sweep as tests/labeling/test_imports.py."""
    return "\n".join(serializers.serialize("json", model._default_manager.all()) for model in apps.get_models())


# --- planting ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_planting_stores_a_keyed_digest_and_length_never_the_value() -> None:
    campaign = CampaignFactory()
    canaries = canaries_plant(
        campaign=campaign, user=campaign.created_by, values=[NAME, PHONE], labels=["fake adjuster", " "]
    )
    secret = AnonymizationPolicy.objects.get(campaign=campaign).secret
    assert [(c.label, c.length) for c in canaries] == [("fake adjuster", 14), ("canary 2 (10 chars)", 10)]
    assert [c.digest for c in canaries] == [digest(secret, NAME), digest(secret, PHONE)]
    assert_no_canary_value(database_text(), "the database")


@pytest.mark.django_db
def test_planting_the_same_value_again_returns_the_existing_canary() -> None:
    campaign = CampaignFactory()
    first = canaries_plant(campaign=campaign, user=campaign.created_by, values=[NAME])
    again = canaries_plant(campaign=campaign, user=campaign.created_by, values=["harold FINCHLEY", EMAIL])
    assert again[0] == first[0]
    assert [c.label for c in Canary.objects.filter(campaign=campaign)] == ["canary 1 (14 chars)", "canary 2 (24 chars)"]
    other = CampaignFactory()  # another campaign has its own key: the same value is another digest
    assert canaries_plant(campaign=other, user=other.created_by, values=[NAME])[0].digest != first[0].digest


@pytest.mark.django_db
def test_planting_gives_a_campaign_without_a_policy_the_default_one_and_keeps_an_existing_one() -> None:
    campaign = CampaignFactory()
    canaries_plant(campaign=campaign, user=campaign.created_by, values=[NAME])
    row = AnonymizationPolicy.objects.get(campaign=campaign)
    assert (row.document, row.version) == (Policy().to_dict(), 1)
    assert not PolicyChange.objects.filter(campaign=campaign).exists()

    edited = CampaignFactory()
    policy_update(campaign=edited, user=edited.created_by, document={"deny_list": ["Bluefin"]})
    before = AnonymizationPolicy.objects.get(campaign=edited)
    canaries_plant(campaign=edited, user=edited.created_by, values=[NAME])
    after = AnonymizationPolicy.objects.get(campaign=edited)
    assert (after.document, after.version, after.secret) == (before.document, before.version, before.secret)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("values", "labels", "field"),
    [
        ([NAME, "A-1 b2"], None, "values[1]"),
        (["J. Doe"], None, "values[0]"),
        ([], None, "values"),
        ([NAME, PHONE], ["one"], "labels"),
        ([NAME], ["planted: harold finchley"], "labels[0]"),
        (["x" * 201], None, "values[0]"),
    ],
)
def test_bad_canaries_are_refused_naming_the_field_and_nothing_is_planted(values, labels, field) -> None:
    campaign = CampaignFactory()
    with pytest.raises(ApplicationError) as refused:
        canaries_plant(campaign=campaign, user=campaign.created_by, values=values, labels=labels)
    assert refused.value.field == field
    assert_no_canary_value(refused.value.message, "the error")
    assert not Canary.objects.exists()


# --- the audit ---------------------------------------------------------------------------------------


def _plant(campaign) -> dict[str, Canary]:
    labels = ["fake name", "fake email", "fake phone"]
    canaries = canaries_plant(campaign=campaign, user=campaign.created_by, values=list(VALUES), labels=labels)
    return dict(zip(labels, canaries, strict=True))


def _report_by_label(report: dict) -> dict[str, dict]:
    return {entry["label"]: entry for entry in report["canaries"]}


def _write_export(settings, campaign, lines: list[str]) -> Path:
    folder = Path(settings.EXPORTS_DIR) / f"campaign-{campaign.id}" / "v1-0123456789abcdef"
    folder.mkdir(parents=True)
    path = folder / "sft-train.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_audit_reports_each_canary_found_or_not_and_where_never_what(settings) -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    leaked = ItemFactory(campaign=campaign, text=f"Called {NAME} about the claim.")  # anonymization missed it
    clean = ItemFactory(campaign=campaign)
    example = Example.objects.create(item=clean, author=UserFactory(), response="Next Action: call (415)555-0199")
    batch = ImportBatch.objects.create(campaign=campaign, created_by=campaign.created_by)
    staged = StagedRecord.objects.create(batch=batch, line=3, payload=json.dumps({"text": f"mail {EMAIL}"}))
    export = json.dumps({"messages": [{"role": "assistant", "content": "Harold\nFinchley"}]}, ensure_ascii=False)
    _write_export(settings, campaign, ['{"messages": []}', export])
    ItemFactory(campaign=CampaignFactory(), text=f"{EMAIL} leaked in another campaign: not this audit's business")

    report = canary_audit(campaign=campaign, generate=False)

    found = _report_by_label(report)
    # Raw staged lines hold values by design until a worker anonymizes them: listed, but not "found".
    in_staging = {
        "source": "staged",
        "id": staged.id,
        "batch": batch.id,
        "line": 3,
        "note": "staged, not yet anonymized",
    }
    assert found["fake email"]["found"] is False
    assert found["fake email"]["where"] == [in_staging]
    assert found["fake name"]["found"] is True
    assert found["fake name"]["where"] == [  # the email holds the name too
        {"source": "item", "id": leaked.id},
        in_staging,
        {"source": "export", "path": "v1-0123456789abcdef/sft-train.jsonl", "line": 2},
    ]
    assert found["fake phone"]["found"] is True
    assert found["fake phone"]["where"] == [{"source": "example.response", "id": example.id}]
    assert report["campaign"] == campaign.id
    assert report["scanned"]["item"] == 2 and report["scanned"]["export"] == 1 and report["scanned"]["staged"] == 1
    assert "generation" not in report
    assert_no_canary_value(json.dumps(report), "the report")


@pytest.mark.django_db
def test_audit_of_clean_data_finds_nothing() -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    ItemFactory(campaign=campaign, text="Called <PERSON_1> at <PHONE_NUMBER_1> about the claim.")
    report = canary_audit(campaign=campaign, generate=False)
    assert [(entry["found"], entry["where"]) for entry in report["canaries"]] == [(False, [])] * 3
    assert report["scanned"]["item"] == 1


def _artifact(campaign, *, status: str, path: str) -> ModelArtifact:
    dataset = DatasetVersion.objects.get_or_create(
        campaign=campaign, version=1, defaults={"content_hash": "0" * 64, "created_by": campaign.created_by}
    )[0]
    run = TrainingRun.objects.create(
        campaign=campaign,
        dataset=dataset,
        base_model_path="/models/base",
        status=status,
        created_by=campaign.created_by,
    )
    return ModelArtifact.objects.create(run=run, path=path, sha256="0" * 64)


@pytest.fixture
def fake_generate(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace training.ml.generate (no model loads): each prompt whose note says 'leak' gets the name."""
    calls: list[dict] = []

    def load_for_generation(model_path: str, adapter_dir: str | None = None) -> tuple[str, str | None]:
        return model_path, adapter_dir

    def generate_candidates(loaded: tuple[str, str | None], prompts: list[list[dict]], sampling) -> list[list[str]]:
        calls.append({"base": loaded[0], "prompts": prompts, "adapter_dir": loaded[1]})
        return [[f"Sure: {NAME}" if "leak" in prompt[-1]["content"] else "Claim Type: Hail"] for prompt in prompts]

    module = types.ModuleType("training.ml.generate")
    module.load_for_generation = load_for_generation  # type: ignore[attr-defined]
    module.generate_candidates = generate_candidates  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "training.ml.generate", module)
    return calls


@pytest.mark.django_db
def test_audit_prompts_the_newest_succeeded_model_and_never_stores_its_generations(fake_generate) -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    items = [ItemFactory(campaign=campaign, text=text) for text in ("A clean note.", "A leak note.", "Third note.")]
    chosen = _artifact(campaign, status="succeeded", path="/artifacts/good")
    _artifact(campaign, status="failed", path="/artifacts/newer-but-failed")

    report = canary_audit(campaign=campaign, max_prompts=2)

    assert fake_generate == [
        {
            "base": "/models/base",
            "prompts": [prompt_messages(campaign, item) for item in items[:2]],
            "adapter_dir": "/artifacts/good",
        }
    ]
    assert report["generation"] == {"artifact": chosen.id, "prompts": 2}
    name = _report_by_label(report)["fake name"]
    assert name["found"] is True
    assert name["where"] == [{"source": "generation", "id": items[1].id, "artifact": chosen.id}]
    assert report["scanned"]["generation"] == 2
    assert_no_canary_value(database_text(), "the database")


@pytest.mark.django_db
def test_audit_generates_with_a_real_adapter(tiny_model_path, tmp_path) -> None:
    """The real `training.ml.generate` on a tiny local model and an untrained LoRA adapter: the call fits."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    adapter = tmp_path / "adapter"
    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_path))
    get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj", "v_proj"])).save_pretrained(str(adapter))
    campaign = CampaignFactory()
    _plant(campaign)
    for text in ("Hail damaged the roof.", "A tree fell on the car."):
        ItemFactory(campaign=campaign, text=text)
    artifact = _artifact(campaign, status="succeeded", path=str(adapter))
    TrainingRun.objects.filter(id=artifact.run_id).update(base_model_path=str(tiny_model_path))

    report = canary_audit(campaign=campaign, max_prompts=5)

    assert report["generation"] == {"artifact": artifact.id, "prompts": 2}
    assert report["scanned"]["generation"] == 2
    assert [entry["found"] for entry in report["canaries"]] == [False] * 3


@pytest.mark.django_db
def test_freeze_through_the_api_is_refused_naming_the_canary(api) -> None:
    campaign = CampaignFactory()
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    _plant(campaign)
    _approved(ItemFactory(campaign=campaign), f"Claim Type: Hail\nNext Action: write to {EMAIL}")
    refused = api(admin).post(f"/api/campaigns/{campaign.id}/datasets/")
    assert refused.status_code == 400
    assert "'fake email' in row(s) at position 0" in refused.json()["detail"]
    assert {c["label"] for c in refused.json()["canaries"]} == {"fake email", "fake name"}
    assert_no_canary_value(refused.content.decode(), "the API error")
    assert not DatasetVersion.objects.exists()


@pytest.mark.django_db
def test_audit_without_a_model_or_when_generation_fails_says_so(monkeypatch) -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    ItemFactory(campaign=campaign)
    assert canary_audit(campaign=campaign)["generation"] == {"artifact": None, "prompts": 0}

    artifact = _artifact(campaign, status="succeeded", path="/artifacts/missing")
    module = types.ModuleType("training.ml.generate")

    def broken(*args, **kwargs):
        raise FileNotFoundError(f"cannot read {args}")  # a library quoting its input

    module.load_for_generation = broken  # type: ignore[attr-defined]
    module.generate_candidates = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "training.ml.generate", module)
    report = canary_audit(campaign=campaign)
    assert report["generation"] == {
        "artifact": artifact.id,
        "prompts": 1,
        "error": "generation failed (FileNotFoundError)",
    }
    out = io.StringIO()
    with pytest.raises(CommandError, match="could not be audited"):
        call_command("pii_audit", "--campaign", str(campaign.id), stdout=out)
    assert "generation failed (FileNotFoundError)" in out.getvalue()


# --- freezing ----------------------------------------------------------------------------------------


def _approved(item: Item, response: str) -> Example:
    return Example.objects.create(
        item=item, author=UserFactory(), reviewer=UserFactory(), status=Example.Status.APPROVED, response=response
    )


@pytest.mark.django_db
def test_freeze_is_refused_while_a_canary_is_in_its_rows_naming_label_and_position() -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    _approved(ItemFactory(campaign=campaign), "Claim Type: Hail")
    leaked = _approved(ItemFactory(campaign=campaign), f"Claim Type: Hail\nNext Action: call {PHONE}")

    with pytest.raises(ApplicationError) as refused:
        dataset_freeze(campaign=campaign, user=campaign.created_by)

    assert "'fake phone' in row(s) at position 1" in refused.value.message
    assert refused.value.extra == {"canaries": [{"label": "fake phone", "positions": [1]}]}
    assert_no_canary_value(refused.value.message, "the error")
    assert not DatasetVersion.objects.exists() and not DatasetRow.objects.exists()

    Example.objects.filter(id=leaked.id).update(response="Claim Type: Hail\nNext Action: call <PHONE_NUMBER_1>")
    assert dataset_freeze(campaign=campaign, user=campaign.created_by).rows.count() == 2


@pytest.mark.django_db
def test_freeze_without_canaries_is_unchanged() -> None:
    campaign = CampaignFactory()
    _approved(ItemFactory(campaign=campaign), f"Claim Type: Hail\nNext Action: call {PHONE}")
    assert dataset_freeze(campaign=campaign, user=campaign.created_by).version == 1


# --- the API -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_api_plants_lists_and_audits_and_never_returns_a_value(api, settings) -> None:
    campaign = CampaignFactory()
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    url = f"/api/campaigns/{campaign.id}/canaries/"

    planted = api(admin).post(url, {"values": [NAME, PHONE], "labels": ["fake name", ""]}, format="json")
    assert planted.status_code == 201, planted.content
    assert [set(c) for c in planted.json()] == [{"id", "label", "length", "created_at"}] * 2
    assert [(c["label"], c["length"]) for c in planted.json()] == [("fake name", 14), ("canary 2 (10 chars)", 10)]
    listed = api(admin).get(url)
    assert [c["id"] for c in listed.json()["results"]] == [c["id"] for c in planted.json()]

    audit = api(admin).post(f"{url}audit/")
    assert audit.status_code == 200
    assert [c["found"] for c in audit.json()["canaries"]] == [False, False]
    leaked = ItemFactory(campaign=campaign, text=f"Call {PHONE}")
    audit = api(admin).post(f"{url}audit/").json()
    assert audit["canaries"][1]["where"] == [{"source": "item", "id": leaked.id}]
    assert "generation" not in audit  # the API never loads a model
    for response in (planted, listed):
        assert_no_canary_value(response.content.decode(), "an API response")
    assert_no_canary_value(json.dumps(audit), "the audit response")


@pytest.mark.django_db
def test_api_refuses_reviewers_and_bad_values(api) -> None:
    campaign = CampaignFactory()
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    reviewer = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    url = f"/api/campaigns/{campaign.id}/canaries/"
    assert api(reviewer).post(url, {"values": [NAME]}, format="json").status_code == 403
    assert api(reviewer).get(url).status_code == 403
    assert api(reviewer).post(f"{url}audit/").status_code == 403
    assert api(UserFactory()).get(url).status_code == 404

    short = api(admin).post(url, {"values": [NAME, "Al B"]}, format="json")
    assert short.status_code == 400
    assert short.json()["field"] == "values[1]" and "at least 6 letters or digits" in short.json()["detail"]
    assert api(admin).post(url, {"values": []}, format="json").status_code == 400
    assert api(admin).post(url, {"values": NAME}, format="json").status_code == 400
    assert not Canary.objects.exists()


# --- the command -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_pii_audit_prints_a_table_and_ends_with_the_json_report() -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    ItemFactory(campaign=campaign)
    out = io.StringIO()
    call_command("pii_audit", "--campaign", str(campaign.id), "--json", "--no-generate", stdout=out)
    lines = out.getvalue().strip().splitlines()
    report = json.loads(lines[-1])
    assert set(report) == {"campaign", "canaries", "scanned"}
    assert [(c["label"], c["found"], c["where"]) for c in report["canaries"]] == [
        ("fake name", False, []),
        ("fake email", False, []),
        ("fake phone", False, []),
    ]
    assert report["scanned"]["item"] == 1
    assert any(line.startswith("fake name") and "not found" in line for line in lines)


@pytest.mark.django_db
def test_pii_audit_scans_log_files_and_exits_with_status_1_when_a_canary_is_found(tmp_path, capsys) -> None:
    campaign = CampaignFactory()
    _plant(campaign)
    log = tmp_path / "web.log"
    log.write_text("INFO started\nWARNING payload was: Harold\nFinchley\n", encoding="utf-8")

    with pytest.raises(SystemExit) as exited:
        PiiAuditCommand().run_from_argv(
            ["manage.py", "pii_audit", "--campaign", str(campaign.id), "--json", "--no-generate", "--logs", str(log)]
        )

    assert exited.value.code == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out.strip().splitlines()[-1])
    name = _report_by_label(report)["fake name"]
    assert name["found"] is True and name["where"] == [{"source": "log", "path": str(log), "line": 2}]
    assert report["scanned"]["log"] == 1
    assert "FOUND" in captured.out and "fake name" in captured.err
    assert_no_canary_value(captured.out + captured.err, "the command's output")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--campaign", "999999"], "no campaign with id 999999"),
        (["--max-prompts", "0"], "--max-prompts"),
        (["--logs", "/no/such/file.log"], "/no/such/file.log is not a readable file"),
    ],
)
def test_pii_audit_explains_bad_arguments(args, message) -> None:
    campaign = CampaignFactory()
    argv = args if args[0] == "--campaign" else ["--campaign", str(campaign.id), *args]
    with pytest.raises(CommandError, match=message):
        call_command("pii_audit", *argv, stdout=io.StringIO())


@pytest.mark.django_db
def test_pii_audit_without_canaries_says_to_plant_some() -> None:
    campaign = CampaignFactory()
    out = io.StringIO()
    call_command("pii_audit", "--campaign", str(campaign.id), stdout=out)
    assert "No canaries planted" in out.getvalue()


# --- end to end: the canary's raw value is nowhere ---------------------------------------------------


NOTE = f"Policyholder {NAME} called from {PHONE} about the claim; hail damaged the roof. Email on file {EMAIL}."
IMPORTED_RESPONSE = f"Claim Type: Storm damage\nRisk Notes: policyholder {NAME} can be reached on {PHONE} or {EMAIL}."


@pytest.mark.django_db(transaction=True)
def test_planted_canaries_appear_in_no_table_log_export_or_report(api, worker, caplog, tmp_path) -> None:
    caplog.set_level(logging.DEBUG)
    campaign = CampaignFactory()
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    planted = api(admin).post(f"/api/campaigns/{campaign.id}/canaries/", {"values": list(VALUES)}, format="json")
    assert planted.status_code == 201
    line = json.dumps({"id": "canary-1", "text": NOTE, "responses": [IMPORTED_RESPONSE]})
    batch = import_batch_create(campaign=campaign, user=admin, file=io.BytesIO(line.encode()), filename="c.jsonl")
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done")
    item = Item.objects.get(campaign=campaign)
    example = example_submit(item=item, author=UserFactory(), response=f"Approved, but confirm with {NAME} on {PHONE}.")
    example_review(example=example, reviewer=UserFactory(), approve=True, comment=f"Checked {EMAIL} with {NAME}.")
    dataset = dataset_freeze(campaign=campaign, user=admin)  # not refused: every canary was anonymized
    exports = [
        dataset_export(dataset=dataset, kind=k, split=s, purpose="pii audit")  # the sealed test split too
        for k in ("sft", "dpo")
        for s in ("train", "test")
    ]
    log = tmp_path / "captured.log"
    log.write_text(caplog.text, encoding="utf-8")

    out = io.StringIO()
    call_command("pii_audit", "--campaign", str(campaign.id), "--json", "--logs", str(log), stdout=out)

    report = json.loads(out.getvalue().strip().splitlines()[-1])
    assert [(c["found"], c["where"]) for c in report["canaries"]] == [(False, [])] * 3
    assert report["scanned"]["item"] == 1 and report["scanned"]["dataset_row"] >= 1
    assert report["scanned"]["export"] == len(exports)
    assert "<PERSON_1>" in item.text
    places = {
        "the database": database_text(),
        "the logs": caplog.text,
        "the exports": "\n".join(Path(path).read_text(encoding="utf-8") for path in exports),
        "the command's output": out.getvalue(),
    }
    for where, text in places.items():
        assert_no_canary_value(text, where)
