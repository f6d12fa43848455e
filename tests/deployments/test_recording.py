"""What a served request leaves behind: its texts anonymized as one record, one placeholder per person."""

from __future__ import annotations

import pytest

from deployments.services import recording
from deployments.services.recording import anonymized_texts

pytestmark = pytest.mark.django_db


def test_a_person_in_the_messages_and_in_the_answer_keeps_one_placeholder(deployed) -> None:
    texts = [
        "Summarize the adjuster's note.",
        "Adjuster note: I called Maria Gonzalez at 415-555-0136 about the kitchen fire.",
        "Maria Gonzalez reported a kitchen fire; call her back.",
    ]
    system, note, answer = anonymized_texts(deployed.deployment, texts)
    assert system == texts[0]
    assert "Maria" not in note + answer and "415-555-0136" not in note
    person = note.split("called ", 1)[1].split(" ", 1)[0]
    assert person.startswith("<PERSON") and answer.startswith(person)


def test_a_text_that_holds_the_separator_is_still_anonymized_text_by_text(deployed, caplog) -> None:
    texts = ["Call Maria Gonzalez." + recording.SEPARATOR + "Then file it.", "Maria Gonzalez thanked us."]
    first, second = anonymized_texts(deployed.deployment, texts)
    assert "Maria" not in first + second and "Then file it." in first
    assert "anonymized one by one" in caplog.text
