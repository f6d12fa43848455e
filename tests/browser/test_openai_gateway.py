"""The official `openai` package, pointed at the live server's /v1/ with a deployment's key, gets completions
from the promoted model; concurrent requests are answered and stored (anonymized, after the answer); a revoked
key is refused. The server is the browser tests' live ASGI server (daphne), with the gateway's thread pool and
the recorder process as in production."""

from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor

import openai
import pytest
from django.db import connection

from deployments.models import ServedRequest
from deployments.services.keys import api_key_revoke
from deployments.services.recording import recorder
from tests.deployments.conftest import deployed, label_model_path, promoted  # noqa: F401 (fixtures)
from tests.deployments.label_model import label_messages, loss_note
from tests.evaluation.rounds import LABELS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_openai_package_gets_completions_from_the_promoted_model(deployed, live_url: str) -> None:  # noqa: F811
    # As when tuneloop.asgi is imported before the test database exists (at collection): the recorder process
    # started then writes to another database; the next request starts one for the database in use now.
    recorder.process.stop()
    real = connection.settings_dict["NAME"]
    connection.settings_dict["NAME"] = f"{real}-not-this-one"
    try:
        recorder.process.warm_up()
    finally:
        connection.settings_dict["NAME"] = real
    client = openai.OpenAI(base_url=f"{live_url}/v1", api_key=deployed.secret, max_retries=0, timeout=60)
    assert [model.id for model in client.models.list()] == ["triage"]
    rng = random.Random(0)
    notes = [loss_note(cause, rng) + " Contact: Ines Okonkwo-Berg." for cause in ("water", "fire", "theft") * 3]

    def ask(text: str) -> str:
        completion = client.chat.completions.create(model="triage", messages=label_messages(text), user="adjuster-7")
        assert completion.usage is not None and completion.usage.completion_tokens > 0
        return completion.choices[0].message.content or ""

    with ThreadPoolExecutor(max_workers=len(notes)) as pool:  # at once: the built-in server batches them
        answers = list(pool.map(ask, notes))
    assert all(answer in LABELS for answer in answers)
    recorder.drain()
    assert recorder.process.pid not in (None, os.getpid())  # stored by the recorder process, beside this one
    rows = ServedRequest.objects.filter(deployment=deployed.deployment)
    assert rows.count() == len(notes) and {row.status for row in rows} == {"ok"}
    assert not any("Okonkwo" in str(row.messages) for row in rows)

    api_key_revoke(key=deployed.key, user=deployed.admin)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="triage", messages=label_messages(notes[0]))


def test_the_openai_package_streams_the_checked_answer(deployed, live_url: str) -> None:  # noqa: F811
    client = openai.OpenAI(base_url=f"{live_url}/v1", api_key=deployed.secret, max_retries=0, timeout=60)
    messages = label_messages(loss_note("water", random.Random(5)))
    whole = client.chat.completions.create(model="triage", messages=messages).choices[0].message.content
    stream = client.chat.completions.create(
        model="triage", messages=messages, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices) == whole
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
