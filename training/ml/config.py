"""Training recipe and run configuration: validated dataclasses, no Django."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any

STAGES = ("sft", "dpo")
ADAPTERS = ("lora", "qlora", "full")
ZERO_STAGES = (0, 2, 3)
MAX_PROCESSES = 64
MAX_NAMES = 64  # module names in lora.target_modules / modules_to_save
HOSTFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
STEPS = 1_000_000  # the most optimizer steps between logs, checkpoints or validations
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


def _upto(high: float) -> typing.Callable[[Any], str | None]:
    """> 0 and <= high; NaN and infinity fail both comparisons."""
    return lambda value: None if 0 < value <= high else f"must be > 0 and <= {high}"


def _from_zero(high: float) -> typing.Callable[[Any], str | None]:
    return lambda value: None if 0 <= value <= high else f"must be >= 0 and <= {high}"


def _fraction(value: Any) -> str | None:
    return None if 0 <= value < 1 else "must be >= 0 and < 1"


def _one_of(choices: tuple[Any, ...]) -> typing.Callable[[Any], str | None]:
    return lambda value: None if value in choices else f"must be one of {list(choices)}"


def _short_names(value: list[str]) -> bool:
    return len(value) <= MAX_NAMES and all(0 < len(name) <= 100 for name in value)


def _nonempty_names(value: list[str]) -> str | None:
    ok = value and _short_names(value)
    return None if ok else f"must be a non-empty list of names (at most {MAX_NAMES}, each 1 to 100 characters)"


def _names(value: list[str]) -> str | None:
    return None if _short_names(value) else f"must be at most {MAX_NAMES} names, each 1 to 100 characters"


def _hostfile(value: str) -> str | None:
    if value == "" or HOSTFILE_NAME.fullmatch(value):
        return None
    return "must be empty or the name of a hostfile in the hostfiles directory (letters, digits, '.', '_', '-')"


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


def _output_format(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    kinds = {"template": "fields", "json_schema": "schema", "labels": "labels"}
    if value.get("kind") not in kinds:
        return f"must have a 'kind' in {list(kinds)}"
    if kinds[value["kind"]] not in value:
        return f"a {value['kind']!r} format needs {kinds[value['kind']]!r}"
    return None


def _help(text: str, check: typing.Callable[[Any], str | None] | None = None) -> dict[str, Any]:
    return {"help": text, "check": check}


@dataclass
class LoraSettings:
    """LoRA adapter shape, passed to `peft.LoraConfig` (for the 'lora' and 'qlora' adapters)."""

    r: int = field(default=16, metadata=_help("LoRA rank.", _upto(1024)))
    alpha: int = field(default=32, metadata=_help("LoRA scaling numerator (lora_alpha).", _upto(4096)))
    dropout: float = field(default=0.05, metadata=_help("Dropout on the LoRA input.", _fraction))
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"],
        metadata=_help("Linear layers that get LoRA matrices.", _nonempty_names),
    )
    modules_to_save: list[str] = field(
        default_factory=list,
        metadata=_help(
            "Modules trained in full and stored in the adapter, e.g. ['embed_tokens', 'lm_head'] for a model "
            "whose embeddings are not pre-trained.",
            _names,
        ),
    )


@dataclass
class DistributedSettings:
    """How many processes train one stage, and the DeepSpeed ZeRO setup they share (used by the launcher)."""

    num_processes: int = field(
        default=1, metadata=_help("Training processes (one per GPU, or CPU ranks).", _upto(MAX_PROCESSES))
    )
    zero_stage: int = field(
        default=2,
        metadata=_help(
            "DeepSpeed ZeRO stage: 0 (plain data parallel), 2 (shard optimizer + grads), 3 (+ weights).",
            _one_of(ZERO_STAGES),
        ),
    )
    offload_optimizer: bool = field(
        default=False, metadata=_help("Keep optimizer states in CPU memory (ZeRO 2 or 3): slower, less GPU memory.")
    )
    hostfile: str = field(
        default="",
        metadata=_help(
            "Name of a DeepSpeed hostfile an operator put in the hostfiles directory (TUNELOOP_HOSTFILES_DIR), "
            "for several machines; empty for one machine. A name, never a path.",
            _hostfile,
        ),
    )


@dataclass
class StageConfig:
    """Settings every stage shares: schedule, batching, logging, checkpoints and validation."""

    epochs: float = field(default=1, metadata=_help("Passes over the stage's training data.", _upto(1000)))
    learning_rate: float = field(default=1e-4, metadata=_help("Peak AdamW learning rate.", _upto(1)))
    batch_size: int = field(
        default=8,
        metadata=_help(
            "Examples per forward pass on each process; an optimizer step sees batch_size x "
            "gradient_accumulation_steps x processes.",
            _upto(4096),
        ),
    )
    max_length: int = field(default=512, metadata=_help("Tokens kept per example (truncated).", _upto(131072)))
    logging_steps: int = field(default=1, metadata=_help("Optimizer steps between metric logs.", _upto(STEPS)))
    seed: int = field(default=0, metadata=_help("Seed for adapter init and data order.", _from_zero(2**32 - 1)))
    save_steps: int = field(
        default=20,
        metadata=_help(
            "Optimizer steps between checkpoints; an interrupted stage resumes from the latest.", _upto(STEPS)
        ),
    )
    eval_steps: int = field(
        default=0,
        metadata=_help(
            "Optimizer steps between validation losses when a validation file is given; 0 = once, at the end.",
            _from_zero(STEPS),
        ),
    )
    gradient_accumulation_steps: int = field(
        default=1, metadata=_help("Forward/backward passes summed into one optimizer step.", _upto(4096))
    )
    warmup_ratio: float = field(
        default=0.0, metadata=_help("Share of the steps over which the learning rate rises from 0.", _fraction)
    )


@dataclass
class SFTStageConfig(StageConfig):
    """Supervised fine-tuning on demonstrations (TRL SFTTrainer)."""

    epochs: float = field(default=3, metadata=_help("Passes over the SFT data.", _upto(1000)))
    learning_rate: float = field(default=2e-4, metadata=_help("Peak AdamW learning rate.", _upto(1)))
    group_by_length: bool = field(
        default=False,
        metadata=_help(
            "Batch examples of similar length together (transformers' 'group_by_length' sampler) so less of each "
            "batch is padding: faster when lengths vary a lot, but batches are less random. Correct with any "
            "attention implementation, unlike TRL's padding_free, which needs FlashAttention."
        ),
    )


@dataclass
class DPOStageConfig(StageConfig):
    """Preference tuning on chosen/rejected pairs (TRL DPOTrainer)."""

    epochs: float = field(default=1, metadata=_help("Passes over the preference pairs.", _upto(1000)))
    learning_rate: float = field(default=5e-5, metadata=_help("Peak AdamW learning rate.", _upto(1)))
    beta: float = field(default=0.1, metadata=_help("Strength of the pull towards the reference.", _upto(100)))
    loss_type: list[str] = field(
        default_factory=lambda: ["sigmoid", "sft"],
        metadata=_help(
            "TRL DPO loss terms, summed with equal weights; 'sft' keeps the chosen answers likely, which "
            "protects the output format.",
            _loss_types,
        ),
    )
    precompute_ref_log_probs: bool = field(
        default=True,
        metadata=_help(
            "Score every pair with the reference policy once, before training (TRL's option), instead of at every step."
        ),
    )


@dataclass
class Recipe:
    """Which stages run, in order, and how."""

    stages: list[str] = field(
        default_factory=lambda: ["sft", "dpo"], metadata=_help("Stages to run, in order.", _stages)
    )
    adapter: str = field(
        default="lora",
        metadata=_help(
            "What the stages train: 'lora' (a LoRA adapter), 'qlora' (LoRA on a 4-bit nf4 base through "
            "bitsandbytes) or 'full' (every weight; the result is a whole model).",
            _one_of(ADAPTERS),
        ),
    )
    merge: bool = field(
        default=False,
        metadata=_help("Also save the adapter merged into the base model, to output_dir/merged."),
    )
    lora: LoraSettings = field(default_factory=LoraSettings, metadata=_help("The adapter trained by all stages."))
    sft: SFTStageConfig = field(default_factory=SFTStageConfig, metadata=_help("SFT stage settings."))
    dpo: DPOStageConfig = field(default_factory=DPOStageConfig, metadata=_help("DPO stage settings."))
    distributed: DistributedSettings = field(
        default_factory=DistributedSettings, metadata=_help("Processes and DeepSpeed ZeRO settings.")
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recipe:
        """Build a recipe from JSON-like data; missing keys take defaults, bad ones raise ValueError."""
        return _build(cls, data, "recipe")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def warnings(self) -> list[str]:
        """Settings that are allowed but usually a mistake, as sentences for the person starting the run."""
        found = []
        if "dpo" in self.stages and "sft" not in self.stages:
            found.append(
                "DPO without an SFT stage first: the reference policy is the base model, so DPO only works if "
                "the base model already writes the expected format."
            )
        if "dpo" in self.stages and "sft" not in self.dpo.loss_type:
            found.append(
                "DPO loss without the 'sft' term: plain preference losses can break the output format; "
                "consider recipe.dpo.loss_type = ['sigmoid', 'sft']."
            )
        if self.merge and self.adapter == "full":
            found.append("merge has no effect with adapter 'full': the result is already a whole model.")
        if self.distributed.offload_optimizer and self.distributed.zero_stage == 0:
            found.append("offload_optimizer needs ZeRO stage 2 or 3; with stage 0 it is ignored.")
        if self.adapter == "full" and (self.lora != LoraSettings()):
            found.append("recipe.lora is ignored with adapter 'full'.")
        return found


@dataclass
class RunConfig:
    """One training run: where the inputs are and where the adapter goes."""

    base_model_path: str = field(metadata={"help": "Folder with the base model and its tokenizer."})
    output_dir: str = field(
        metadata={
            "help": "Folder for the run; stages checkpoint in output_dir/<stage>, the result is output_dir/adapter."
        }
    )
    sft_train_file: str | None = field(metadata={"help": "JSONL of {'messages': [...]} conversations, or None."})
    dpo_train_file: str | None = field(
        default=None, metadata={"help": "JSONL of prompt/chosen/rejected pairs, or None."}
    )
    recipe: Recipe = field(default_factory=Recipe, metadata={"help": "Stages and hyperparameters."})
    sft_eval_file: str | None = field(
        default=None, metadata={"help": "Validation conversations, same format as sft_train_file, or None."}
    )
    dpo_eval_file: str | None = field(
        default=None, metadata={"help": "Validation pairs, same format as dpo_train_file, or None."}
    )
    deepspeed_config: str | None = field(
        default=None, metadata={"help": "Path of a DeepSpeed JSON config passed to the TRL config, or None."}
    )
    output_format: dict[str, Any] | None = field(
        default=None,
        metadata=_help(
            "The guideline's output format as tuneloop.output_format_error takes it ({'kind': 'template', "
            "'fields': [...]} etc.), to check validation generations; None skips the check.",
            _output_format,
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form; `RunConfig.from_dict(config.to_dict()) == config`."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunConfig:
        """Build a run config from JSON-like data (e.g. run.json), checking every field; raises ValueError."""
        return _build(cls, data, "run")


def _build(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{path}: must be an object")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(f"{path}.{unknown[0]}: unknown field")
    missing = [
        name
        for name, spec in fields.items()
        if name not in data and spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise ValueError(f"{path}.{missing[0]}: required")
    hints = typing.get_type_hints(cls)
    values = {}
    for name, value in data.items():
        where = f"{path}.{name}"
        hint = hints[name]
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            values[name] = _build(hint, value, where)
            continue
        values[name] = _coerce(value, hint, where)
        check = fields[name].metadata.get("check")
        problem = check and check(values[name])
        if problem:
            raise ValueError(f"{where}: {problem}")
    return cls(**values)


_NAMES = {
    float: "a number",
    int: "an integer",
    bool: "true or false",
    str: "a string",
    list[str]: "a list of strings",
    dict[str, Any]: "an object",
}


def _coerce(value: Any, hint: Any, where: str) -> Any:
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) and type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        if value is None:
            return None
        try:
            return _coerce(value, inner, where)
        except ValueError:
            raise ValueError(f"{where}: must be {_NAMES.get(inner, inner)} or null") from None
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if (hint is bool and isinstance(value, bool)) or (hint is str and isinstance(value, str)):
        return value
    if hint == list[str] and isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    if typing.get_origin(hint) is dict and isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return dict(value)
    raise ValueError(f"{where}: must be {_NAMES.get(hint, hint)}")
