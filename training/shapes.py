"""Named shapes of the training API's JSON (a recipe, a metric's values, an event's data, an artifact's lineage)
for the OpenAPI schema. The recipe's is built from training.ml.config's dataclasses, so the two never drift."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from rest_framework import serializers

from training.ml.config import Recipe

NUMBERS = {"type": "object", "additionalProperties": {"type": "number"}}  # {metric name: value}
_SCALARS: dict[Any, type[serializers.Field]] = {
    int: serializers.IntegerField,
    float: serializers.FloatField,
    bool: serializers.BooleanField,
    str: serializers.CharField,
}


def _field(kind: Any, help_text: str) -> serializers.Field:
    if dataclasses.is_dataclass(kind):
        return dataclass_serializer(typing.cast(type, kind))(required=False, help_text=help_text)
    if typing.get_origin(kind) is list:
        return serializers.ListField(child=_SCALARS[typing.get_args(kind)[0]](), required=False, help_text=help_text)
    return _SCALARS[kind](required=False, help_text=help_text)


def dataclass_serializer(cls: type) -> type[serializers.Serializer]:
    """A serializer named after `cls` whose fields are its dataclass fields, all optional (a missing key takes
    its default), with each field's `metadata["help"]` as help text."""
    hints = typing.get_type_hints(cls)
    fields = {item.name: _field(hints[item.name], item.metadata.get("help", "")) for item in dataclasses.fields(cls)}
    meta = type("Meta", (), {"ref_name": f"Recipe{cls.__name__}" if cls is not Recipe else "Recipe"})
    return type(f"{cls.__name__}Schema", (serializers.Serializer,), {**fields, "Meta": meta})


RecipeSchema = dataclass_serializer(Recipe)


class RunEventDataSchema(serializers.Serializer):
    """What an event carries besides its message; which keys depends on its kind."""

    event = serializers.CharField(required=False, help_text="The training process's name for the event.")
    worker = serializers.CharField(required=False, help_text="claimed: the worker that took the run.")
    pid = serializers.IntegerField(required=False, help_text="launched: the training process.")
    launch = serializers.IntegerField(required=False, help_text="launched: which launch of this attempt.")
    processes = serializers.IntegerField(required=False, help_text="launched: training processes.")
    stage = serializers.CharField(required=False)
    step = serializers.IntegerField(required=False, allow_null=True)
    status = serializers.CharField(required=False, help_text="stage: started or done.")
    skipped = serializers.BooleanField(required=False, help_text="stage: done by an earlier launch.")
    checkpoint = serializers.CharField(required=False, help_text="resumed: the checkpoint's folder.")

    class Meta:
        ref_name = "RunEventData"


class LineageSchema(serializers.Serializer):
    """Where an artifact came from; empty for artifacts registered without a run's result."""

    dataset_version = serializers.IntegerField(required=False)
    dataset_id = serializers.IntegerField(required=False)
    dataset_hash = serializers.CharField(required=False)
    recipe = RecipeSchema(required=False)
    base_model = serializers.CharField(required=False)
    run = serializers.IntegerField(required=False)
    code_version = serializers.CharField(required=False, allow_null=True)
    metrics = serializers.DictField(
        required=False, help_text="Per stage, the trainer's final log and a `validation` block."
    )
    merged_model = serializers.CharField(
        required=False, allow_null=True, help_text="The merged model's folder, when merged."
    )

    class Meta:
        ref_name = "ArtifactLineage"
