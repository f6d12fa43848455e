"""Training recipe and run configuration: validated dataclasses, no Django."""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from typing import Any

STAGES = ("sft", "dpo")
# The loss names TRL 1.16's DPOConfig accepts.
DPO_LOSS_TYPES = (
    "sigmoid",
    "hinge",
    "ipo",
    "exo_pair",
    "nca_pair",
    "robust",
    "bco_pair",
    "sppo_hard",
    "aot",
    "aot_unpaired",
    "apo_zero",
    "apo_down",
    "discopop",
    "sft",
    "sigmoid_norm",
)


def _positive(value: Any) -> str | None:
    return None if value > 0 else "must be > 0"


def _non_negative(value: Any) -> str | None:
    return None if value >= 0 else "must be >= 0"


def _fraction(value: Any) -> str | None:
    return None if 0 <= value < 1 else "must be >= 0 and < 1"


def _nonempty_names(value: list[str]) -> str | None:
    return None if value and all(value) else "must be a non-empty list of names"


def _stages(value: list[str]) -> str | None:
    if not value or any(stage not in STAGES for stage in value):
        return f"must be a non-empty list of {list(STAGES)}"
    if [stage for stage in STAGES if stage in value] != value:
        return f"must list each stage once, in the order {list(STAGES)}"
    return None


def _loss_types(value: list[str]) -> str | None:
    unknown = [name for name in value if name not in DPO_LOSS_TYPES]
    if not value or unknown or len(set(value)) != len(value):
        return f"must be distinct names from {list(DPO_LOSS_TYPES)}"
    return None


def _help(text: str, check: typing.Callable[[Any], str | None] | None = None) -> dict[str, Any]:
    return {"help": text, "check": check}


@dataclass
class LoraSettings:
    """LoRA adapter shape, passed to `peft.LoraConfig`."""

    r: int = field(default=16, metadata=_help("LoRA rank.", _positive))
    alpha: int = field(default=32, metadata=_help("LoRA scaling numerator (lora_alpha).", _positive))
    dropout: float = field(default=0.05, metadata=_help("Dropout on the LoRA input.", _fraction))
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"],
        metadata=_help("Linear layers that get LoRA matrices.", _nonempty_names),
    )
    modules_to_save: list[str] = field(
        default_factory=list,
        metadata=_help(
            "Modules trained in full and stored in the adapter, e.g. ['embed_tokens', 'lm_head'] for a model "
            "whose embeddings are not pre-trained."
        ),
    )


@dataclass
class SFTStageConfig:
    """Supervised fine-tuning on demonstrations (TRL SFTTrainer)."""

    epochs: float = field(default=3, metadata=_help("Passes over the SFT data.", _positive))
    learning_rate: float = field(default=2e-4, metadata=_help("Peak AdamW learning rate.", _positive))
    batch_size: int = field(default=8, metadata=_help("Examples per optimizer step.", _positive))
    max_length: int = field(default=512, metadata=_help("Tokens kept per example (truncated).", _positive))
    logging_steps: int = field(default=1, metadata=_help("Optimizer steps between metric logs.", _positive))
    seed: int = field(default=0, metadata=_help("Seed for adapter init and data order.", _non_negative))


@dataclass
class DPOStageConfig:
    """Preference tuning on chosen/rejected pairs (TRL DPOTrainer)."""

    epochs: float = field(default=1, metadata=_help("Passes over the preference pairs.", _positive))
    learning_rate: float = field(default=5e-5, metadata=_help("Peak AdamW learning rate.", _positive))
    batch_size: int = field(default=8, metadata=_help("Pairs per optimizer step.", _positive))
    beta: float = field(default=0.1, metadata=_help("Strength of the pull towards the reference.", _positive))
    loss_type: list[str] = field(
        default_factory=lambda: ["sigmoid", "sft"],
        metadata=_help(
            "TRL DPO loss terms, summed with equal weights; 'sft' keeps the chosen answers likely, which "
            "protects the output format.",
            _loss_types,
        ),
    )
    max_length: int = field(default=512, metadata=_help("Tokens kept per prompt+answer.", _positive))
    logging_steps: int = field(default=1, metadata=_help("Optimizer steps between metric logs.", _positive))
    seed: int = field(default=0, metadata=_help("Seed for data order.", _non_negative))


@dataclass
class Recipe:
    """Which stages run, in order, and how."""

    stages: list[str] = field(
        default_factory=lambda: ["sft", "dpo"], metadata=_help("Stages to run, in order.", _stages)
    )
    lora: LoraSettings = field(default_factory=LoraSettings, metadata=_help("The adapter trained by all stages."))
    sft: SFTStageConfig = field(default_factory=SFTStageConfig, metadata=_help("SFT stage settings."))
    dpo: DPOStageConfig = field(default_factory=DPOStageConfig, metadata=_help("DPO stage settings."))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recipe:
        """Build a recipe from JSON-like data; missing keys take defaults, bad ones raise ValueError."""
        return _build(cls, data, "recipe")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class RunConfig:
    """One training run: where the inputs are and where the adapter goes."""

    base_model_path: str = field(metadata={"help": "Folder with the base model and its tokenizer."})
    output_dir: str = field(metadata={"help": "Folder for the run; the adapter lands in output_dir/adapter."})
    sft_train_file: str = field(metadata={"help": "JSONL of {'messages': [...]} conversations."})
    dpo_train_file: str | None = field(metadata={"help": "JSONL of prompt/chosen/rejected pairs, or None."})
    recipe: Recipe = field(default_factory=Recipe, metadata={"help": "Stages and hyperparameters."})


def _build(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{path}: must be an object")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(f"{path}.{unknown[0]}: unknown field")
    hints = typing.get_type_hints(cls)
    values = {}
    for name, value in data.items():
        where = f"{path}.{name}"
        hint = hints[name]
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            values[name] = _build(hint, value, where)
            continue
        values[name] = _coerce(value, hint, where)
        problem = fields[name].metadata["check"] and fields[name].metadata["check"](values[name])
        if problem:
            raise ValueError(f"{where}: {problem}")
    return cls(**values)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint == list[str] and isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    names = {float: "a number", int: "an integer", list[str]: "a list of strings"}
    raise ValueError(f"{where}: must be {names.get(hint, hint)}")
