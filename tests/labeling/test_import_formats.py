"""Import formats: Tuneloop JSONL, OpenAI chat JSONL, TRL `messages` and mapped CSV; streamed, idempotent, grouped."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from labeling.demo_data import demo_records
from labeling.import_formats import (
    CsvMapping,
    FormatError,
    RecordError,
    csv_rows,
    options_check,
    parse_chat,
    parse_jsonl,
)
from labeling.models import ImportBatch, Item, Membership, StagedRecord
from labeling.services import import_staging, imports
from labeling.services.imports import import_batch_create
from preferences.models import Candidate
from tests.conftest import wait_for
from tests.factories import CampaignFactory, MembershipFactory, StaffFactory

RECORDS = demo_records(4, seed=21)
SYSTEM = "You summarise claim notes."
MAPPING = {"text": "note", "id": "claim_no", "group": "case_id", "responses": ["answer", "alternate"]}


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _run(campaign, body: str, *, format: str = "jsonl", options: dict | None = None) -> ImportBatch:
    batch = import_batch_create(
        campaign=campaign,
        user=campaign.created_by,
        file=io.BytesIO(body.encode()),
        filename=f"records.{format}",
        format=format,
        options=options,
    )
    done = wait_for(lambda: (b := ImportBatch.objects.get(id=batch.id)).status in ("done", "failed") and b)
    assert isinstance(done, ImportBatch)
    return done


def _chat_line(record, *, system: bool, **extra) -> str:
    messages = [{"role": "system", "content": SYSTEM}] if system else []
    messages += [{"role": "user", "content": record.text}, {"role": "assistant", "content": record.reference}]
    return json.dumps({"messages": messages, **extra})


# --- the parsers, without a database -----------------------------------------------------------------------


def test_a_chat_line_is_its_user_turns_with_the_assistant_turns_as_responses() -> None:
    line = json.dumps(
        {
            "id": 7,
            "group": "case-1",
            "messages": [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": "First note."},
                {"role": "assistant", "content": "First answer."},
                {"role": "user", "content": "Second note."},
                {"role": "assistant", "content": "Second answer."},
            ],
        }
    )
    record = parse_chat(line)
    assert record.text == "First note.\n\nSecond note."
    assert record.responses == ["First answer.", "Second answer."]
    assert (record.external_id, record.group_key) == ("7", "case-1")


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"messages": [{"role": "assistant", "content": "Only an answer."}]}, "no user turn"),
        ({"messages": []}, "'messages'"),
        ({"messages": [{"role": "user", "content": "Note."}, {"role": "robot", "content": "Hi."}]}, "messages[1].role"),
        ({"messages": [{"role": "user", "content": ""}]}, "messages[0].content"),
        ({"messages": [{"role": "user", "content": "Note."}], "group": ["a"]}, "'group'"),
        ({"messages": [{"role": "user", "content": "Note SECRET-VALUE."}], "id": {"x": 1}}, "'id'"),
    ],
)
def test_a_bad_chat_line_names_the_field_and_never_quotes_the_content(data: dict, named: str) -> None:
    with pytest.raises(RecordError) as caught:
        parse_chat(json.dumps(data))
    message = str(caught.value)
    assert named in message
    assert "Note" not in message and "answer" not in message and "SECRET" not in message


def test_a_tuneloop_line_may_carry_a_group() -> None:
    record = parse_jsonl(json.dumps({"id": "c-1", "group": "case-9", "text": "Note.", "responses": ["A."]}))
    assert (record.external_id, record.group_key, record.responses) == ("c-1", "case-9", ["A."])
    with pytest.raises(RecordError, match="'group'"):
        parse_jsonl(json.dumps({"text": "Note.", "group": "x" * 201}))


@pytest.mark.parametrize(
    ("format", "options", "field", "named"),
    [
        ("xml", {}, "format", "xml"),
        ("csv", {}, "mapping", "mapping"),
        ("csv", {"mapping": {"id": "claim_no"}}, "mapping", "'text'"),
        ("csv", {"mapping": {"text": "note", "label": "x"}}, "mapping", "'label'"),
        ("csv", {"mapping": {"text": "note", "responses": [""]}}, "mapping", "'responses'"),
        ("csv", {"mapping": {"text": "note"}, "delimiter": ";;"}, "delimiter", "one character"),
    ],
)
def test_bad_options_name_their_field(format: str, options: dict, field: str, named: str) -> None:
    with pytest.raises(FormatError) as caught:
        options_check(format, options)
    assert caught.value.field == field and named in caught.value.message


def test_csv_rows_report_the_line_each_row_starts_on() -> None:
    body = _csv([["claim_no", "note"], ["c-1", "one line"], ["c-2", "two\nlines"], ["c-3", "x", "extra"]])
    body += "c-4,four\n\nc-5,five\n"
    rows = list(csv_rows(io.StringIO(body), CsvMapping(text="note", id="claim_no")))
    assert [(row.line, row.cells and row.cells["claim_no"]) for row in rows] == [
        (2, "c-1"),
        (3, "c-2"),
        (5, None),
        (6, "c-4"),
        (8, "c-5"),
    ]
    assert rows[2].error == "the row has 3 fields, the header has 2"
    with pytest.raises(RecordError, match="column 'case_id' \\(mapped to group\\) is not in the header"):
        list(csv_rows(io.StringIO(body), CsvMapping(text="note", group="case_id")))


def test_an_unreadable_csv_row_costs_that_row_only() -> None:
    body = 'id,note\nc-1,ok\nc-2,"SECRET"text\nc-3,' + "x" * 200_000 + "\nc-4,fine\n"
    rows = list(csv_rows(io.StringIO(body), CsvMapping(text="note", id="id")))
    assert [(row.line, row.cells and row.cells["id"]) for row in rows] == [(2, "c-1"), (3, None), (4, None), (5, "c-4")]
    assert rows[1].error is not None and rows[1].error.startswith("not valid CSV") and "SECRET" not in rows[1].error
    assert rows[2].error is not None and "field limit" in rows[2].error


# --- end to end through the worker ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("format", ["openai", "messages"])
def test_chat_jsonl_imports_user_turns_as_items_and_assistant_turns_as_responses(worker, format: str) -> None:
    campaign = CampaignFactory()
    lines = [
        _chat_line(RECORDS[0], system=True, id=RECORDS[0].external_id, group="case-A"),
        _chat_line(RECORDS[1], system=format == "openai"),
        json.dumps({"messages": [{"role": "system", "content": SYSTEM}]}),  # line 3: no user turn
    ]
    batch = _run(campaign, "\n".join(lines), format=format)

    assert (batch.accepted, batch.duplicates) == (2, 0)
    assert batch.errors == [{"line": 3, "message": "field 'messages' has no user turn"}]
    first, second = Item.objects.filter(campaign=campaign).order_by("id")
    assert first.external_id == RECORDS[0].external_id and first.group_key == "case-A"
    assert second.group_key == second.external_id == second.content_hash[:32]  # no id: keyed by content
    assert first.source == {"batch": batch.id, "line": 1, "format": format}
    assert first.text.startswith("Called <PERSON_1> at <PHONE_NUMBER_1>") and SYSTEM not in first.text
    assert Candidate.objects.filter(item=first).get().text.startswith("Claim Type:")


@pytest.mark.django_db(transaction=True)
def test_csv_with_a_column_mapping_imports_rows_and_reports_bad_ones_by_file_line(worker) -> None:
    campaign = CampaignFactory()
    header = ["claim_no", "case_id", "note", "answer", "alternate", "unmapped"]
    answer, alternate = (" ".join(text.splitlines()) for text in (RECORDS[0].reference, RECORDS[0].alternate))
    rows = [
        header,
        [RECORDS[0].external_id, "case-1", RECORDS[0].text, answer, alternate, "x"],
        [RECORDS[1].external_id, "case-1", RECORDS[1].text + "\nSecond line.", answer, "", "x"],
        ["bad-1", "case-2", "", "An answer.", "", "x"],  # line 5 (line 3 holds two): empty text
        ["bad-2", "case-2", "too", "few"],  # line 6
        [RECORDS[2].external_id, "", RECORDS[2].text, "", "", ""],
    ]
    batch = _run(campaign, "\ufeff" + _csv(rows), format="csv", options={"mapping": MAPPING})

    assert (batch.accepted, batch.duplicates, batch.total_lines) == (3, 0, 7)
    assert batch.errors == [
        {"line": 5, "message": "column 'note' (text) is empty"},
        {"line": 6, "message": "the row has 4 fields, the header has 6"},
    ]
    items = {item.external_id: item for item in Item.objects.filter(campaign=campaign)}
    assert set(items) == {record.external_id for record in RECORDS[:3]}
    assert [items[r.external_id].group_key for r in RECORDS[:3]] == ["case-1", "case-1", RECORDS[2].external_id]
    assert [items[r.external_id].source["line"] for r in RECORDS[:3]] == [2, 3, 7]
    assert items[RECORDS[1].external_id].text.endswith("\nSecond line.")
    assert [Candidate.objects.filter(item=items[r.external_id]).count() for r in RECORDS[:3]] == [2, 1, 0]
    assert not StagedRecord.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_csv_header_without_a_mapped_column_fails_the_batch_once_and_stores_nothing(worker) -> None:
    campaign = CampaignFactory()
    body = _csv([["claim_no", "text"], *[[r.external_id, r.text] for r in RECORDS]])
    batch = _run(campaign, body, format="csv", options={"mapping": {"text": "note", "id": "claim_no"}})

    assert batch.status == "failed"
    assert batch.errors == [{"line": 1, "message": "column 'note' (mapped to text) is not in the header"}]
    assert batch.accepted == 0 and not StagedRecord.objects.exists()
    assert not Item.objects.filter(campaign=campaign).exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("format", ["jsonl", "openai", "csv"])
def test_a_re_upload_adds_nothing(worker, capture_events, format: str) -> None:
    campaign = CampaignFactory()
    options = {"mapping": MAPPING} if format == "csv" else None
    if format == "jsonl":  # without ids: idempotent by the anonymized text's hash
        body = "\n".join(json.dumps({"text": r.text, "responses": [r.reference]}) for r in RECORDS)
    elif format == "openai":
        body = "\n".join(_chat_line(r, system=True, id=r.external_id) for r in RECORDS)
    else:
        rows = [[r.external_id, f"case-{i % 2}", r.text, r.reference, r.alternate] for i, r in enumerate(RECORDS)]
        body = _csv([["claim_no", "case_id", "note", "answer", "alternate"], *rows])
    first = _run(campaign, body, format=format, options=options)
    items, candidates = Item.objects.count(), Candidate.objects.count()
    assert first.accepted == len(RECORDS) and first.errors == []

    again = _run(campaign, body, format=format, options=options)
    assert (again.accepted, again.duplicates, again.errors) == (0, len(RECORDS), [])
    assert (Item.objects.count(), Candidate.objects.count()) == (items, candidates)
    last = [message["payload"] for _, message in capture_events if message["event"] == "import.progress"][-1]
    assert (last["id"], last["status"], last["duplicates"]) == (again.id, "done", len(RECORDS))


@pytest.mark.django_db(transaction=True)
def test_a_re_uploaded_record_with_an_id_is_skipped_before_it_is_anonymized(worker, monkeypatch) -> None:
    campaign = CampaignFactory()
    body = "\n".join(json.dumps(r.as_json()) for r in RECORDS)
    _run(campaign, body)
    anonymized: list[str] = []
    real = imports.anonymize_texts

    def counting(texts, **kwargs):
        anonymized.extend(texts)
        return real(texts, **kwargs)

    monkeypatch.setattr(imports, "anonymize_texts", counting)
    extra = json.dumps({"id": "new-1", "text": RECORDS[0].text})  # same text, new id: a new record
    again = _run(campaign, body + "\n" + body + "\n" + extra)
    assert (again.accepted, again.duplicates) == (1, 2 * len(RECORDS))
    assert anonymized == [RECORDS[0].text]


@pytest.mark.django_db(transaction=True)
def test_an_id_less_record_whose_text_was_imported_with_an_id_is_a_duplicate(worker) -> None:
    campaign = CampaignFactory()
    _run(campaign, json.dumps(RECORDS[0].as_json()))
    again = _run(campaign, json.dumps({"text": RECORDS[0].text}))
    assert (again.accepted, again.duplicates) == (0, 1)
    assert Item.objects.filter(campaign=campaign).count() == 1


# --- the API ---------------------------------------------------------------------------------------------------


@pytest.fixture
def campaign_admin(api):
    def make(campaign):
        admin = StaffFactory()
        MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
        return api(admin)

    return make


def _post(client, campaign, body: str, **fields):
    upload = io.BytesIO(body.encode())
    upload.name = "records.csv"
    return client.post(f"/api/campaigns/{campaign.id}/imports/", {"file": upload, **fields}, format="multipart")


@pytest.mark.django_db(transaction=True)
def test_the_api_takes_a_format_and_a_mapping(worker, campaign_admin) -> None:
    campaign = CampaignFactory()
    client = campaign_admin(campaign)
    body = _csv([["claim_no", "note"], *[[r.external_id, r.text] for r in RECORDS[:2]]])
    response = _post(client, campaign, body, format="csv", mapping=json.dumps({"text": "note", "id": "claim_no"}))
    assert response.status_code == 202, response.content
    assert response.json()["format"] == "csv"
    assert response.json()["options"]["mapping"]["id"] == "claim_no"
    done = wait_for(
        lambda: (b := client.get(f"/api/imports/{response.json()['id']}/").json())["status"] == "done" and b
    )
    assert isinstance(done, dict) and (done["accepted"], done["duplicates"]) == (2, 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"format": "xml"}, "format"),
        ({"format": "csv"}, "mapping"),
        ({"format": "csv", "mapping": "{not json"}, "mapping"),
        ({"format": "csv", "mapping": '["note"]'}, "mapping"),
        ({"format": "csv", "mapping": '{"id": "claim_no"}'}, "mapping"),
    ],
)
def test_the_api_names_a_bad_format_or_mapping(campaign_admin, fields: dict, field: str) -> None:
    campaign = CampaignFactory()
    response = _post(campaign_admin(campaign), campaign, "note\nHello.\n", **fields)
    assert response.status_code == 400
    body = response.json()
    assert body.get("field") == field or field in body.get("errors", {}), body
    assert not ImportBatch.objects.exists()


# --- streaming -------------------------------------------------------------------------------------------------


class StreamedUpload:
    """A file object backed by a generator: it can be read a bounded block at a time, never whole."""

    def __init__(self, lines: Iterator[bytes], name: str) -> None:
        self.lines, self.name, self.buffer = lines, name, b""

    def __iter__(self) -> Iterator[bytes]:
        raise AssertionError("the upload was iterated by line: a line without an end would be held whole")

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0 or size > 1 << 20:
            raise AssertionError("the upload was read whole, or in blocks over 1 MiB")
        while len(self.buffer) < size and (line := next(self.lines, None)) is not None:
            self.buffer += line
        block, self.buffer = self.buffer[:size], self.buffer[size:]
        return block


def _count_inserts(monkeypatch) -> list[int]:
    sizes: list[int] = []
    real = StagedRecord.objects.bulk_create

    def counting(rows, *args, **kwargs):
        sizes.append(len(rows))
        return real(rows, *args, **kwargs)

    monkeypatch.setattr(StagedRecord.objects, "bulk_create", counting)
    return sizes


@pytest.mark.django_db
def test_a_100000_line_file_is_staged_as_a_stream_in_bounded_inserts(monkeypatch) -> None:
    n = 100_000
    lines = (json.dumps({"id": f"r-{i}", "text": f"Note {i}."}).encode() + b"\n" for i in range(n))
    sizes = _count_inserts(monkeypatch)
    campaign = CampaignFactory()
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=StreamedUpload(lines, "big.jsonl"), filename="big.jsonl"
    )
    assert batch.total_lines == n
    assert StagedRecord.objects.filter(batch=batch).count() == n
    assert sum(sizes) == n and max(sizes) <= import_staging.STAGE_CHUNK_SIZE
    last = StagedRecord.objects.filter(batch=batch).order_by("-line").first()
    assert last is not None and last.line == n and json.loads(last.payload)["id"] == f"r-{n - 1}"


@pytest.mark.django_db
def test_a_large_csv_is_staged_as_a_stream_of_mapped_cells(monkeypatch) -> None:
    n = 20_000

    def lines() -> Iterator[bytes]:
        yield b"claim_no,note,secret_column\n"
        for i in range(n):  # each row spans two file lines: its note holds a line break
            yield f'c-{i},"Note {i},\n'.encode()
            yield b'with a comma",hidden\n'

    sizes = _count_inserts(monkeypatch)
    campaign = CampaignFactory()
    batch = import_batch_create(
        campaign=campaign,
        user=campaign.created_by,
        file=StreamedUpload(lines(), "big.csv"),
        filename="big.csv",
        format="csv",
        options={"mapping": {"text": "note", "id": "claim_no"}},
    )
    assert batch.total_lines == 1 + 2 * n
    assert sum(sizes) == n and max(sizes) <= import_staging.STAGE_CHUNK_SIZE
    last = StagedRecord.objects.filter(batch=batch).order_by("-line").first()
    assert last is not None and last.line == 2 * n
    assert json.loads(last.payload) == {"note": f"Note {n - 1},\nwith a comma", "claim_no": f"c-{n - 1}"}
