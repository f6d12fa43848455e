"""The attribute rules looked up give the AttributeRuler's own annotation (privacy/engine/tag_attributes.py)."""

from __future__ import annotations

import json

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.spacy_models import resolve_spacy_model
from privacy.engine.tag_attributes import TagAttributes, use_tag_attributes
from tests.privacy.gold_sets import ROOT

# contractions, the model's lemma exceptions over two tokens, spaces, a question's "that", negation
EXTRA = [
    "y'all gonna let's c'm on, ain't it? 'em doin' nothin' ol' somethin' goin' 'nuff gotta",
    "I said that it isn't so; you've got it, haven't you?  \n\n\tWhile he'd gone, they're here.",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    model = resolve_spacy_model(get_anonymizer().spacy_model)
    ruled = spacy.load(model, exclude=["parser", "senter"])
    looked_up = spacy.load(model, exclude=["parser", "senter"])
    use_tag_attributes(looked_up)
    return ruled, looked_up


def _annotation(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_pipeline_holds_the_lookup_in_the_rulers_place(pipelines):
    ruled, looked_up = pipelines
    assert looked_up.pipe_names == ruled.pipe_names
    assert isinstance(looked_up.get_pipe("attribute_ruler"), TagAttributes)


def test_every_token_gets_the_rulers_part_of_speech_morphology_and_lemma(pipelines):
    ruled, looked_up = pipelines
    path = ROOT / "tests" / "privacy" / "data" / "pii_eval.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()][:200] + EXTRA
    for a, b in zip(ruled.pipe(texts), looked_up.pipe(texts), strict=True):
        assert _annotation(a) == _annotation(b)
