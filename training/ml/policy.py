"""The model a recipe trains: a LoRA adapter on the base (full or 4-bit), or every weight; saving and merging it."""

from __future__ import annotations

import os
from pathlib import Path

import torch
from peft import LoraConfig, PeftModel, get_peft_model, prepare_model_for_kbit_training
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, PreTrainedModel

from training.ml.checkpoints import atomic_folder
from training.ml.config import Recipe

# The adapter TRL's DPOTrainer adds as a frozen copy of ours, to score the reference policy.
REF_ADAPTER = "ref"


def _device() -> str:
    if torch.cuda.is_available():
        return f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}"
    return "cpu"


def compute_dtype() -> torch.dtype:
    """bf16 where the GPU has it, else float32 (CPUs: bf16 matmuls there are slow and lose precision)."""
    return torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float32


def load_base(path: str | Path, adapter: str) -> PreTrainedModel:
    """The base model as the adapter kind needs it: float32 weights, or 4-bit nf4 ones for QLoRA."""
    if adapter != "qlora":
        return AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    quantization = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_compute_dtype=compute_dtype(),
        bnb_4bit_use_double_quant=True,
    )
    model = AutoModelForCausalLM.from_pretrained(
        path, quantization_config=quantization, dtype=compute_dtype(), device_map={"": _device()}
    )
    # Casts layer norms to float32 and lets gradients reach the adapter through the frozen 4-bit layers.
    return prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)


def load_policy(base_model_path: str, recipe: Recipe, *, seed: int, resume_from: Path | None = None):
    """The trainable model: a fresh adapter (LoRA matrices seeded by `seed`), or, with `resume_from`, the
    finished result of an earlier stage (its adapter, or its whole model for full fine-tuning)."""
    torch.manual_seed(seed)
    if recipe.adapter == "full":
        return AutoModelForCausalLM.from_pretrained(resume_from or base_model_path, dtype=torch.float32)
    model = load_base(base_model_path, recipe.adapter)
    if resume_from is not None:
        return PeftModel.from_pretrained(model, str(resume_from), is_trainable=True)
    lora = recipe.lora
    peft_config = LoraConfig(
        task_type="CAUSAL_LM",
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules),
        modules_to_save=list(lora.modules_to_save) or None,
    )
    return get_peft_model(model, peft_config)


def drop_reference_adapter(model) -> None:
    """Remove TRL's frozen DPO reference copy, so it is neither shipped nor trained on by a later stage."""
    if isinstance(model, PeftModel) and REF_ADAPTER in model.peft_config:
        model.delete_adapter(REF_ADAPTER)


def upcast_trainable(model) -> None:
    """Give trainable weights float32 again after a QLoRA stage.

    TRL casts a quantized model's trainable weights to bf16 (the QLoRA paper's recipe), and only its own fused
    training forward copes with the mix. A plain forward (validation, generation) would multiply float32
    activations by a bf16 `modules_to_save` head. The upcast is exact, so the next stage and the saved adapter
    see the same values.
    """
    for param in model.parameters():
        if param.requires_grad and param.dtype == torch.bfloat16:
            param.data = param.data.float()


def merge_adapter(base_model_path: str, adapter_dir: str | Path, target: Path) -> Path:
    """Save base + adapter as one plain model folder at `target` (atomically), with the adapter's tokenizer.

    The base is reloaded in float32 even for QLoRA: merging into 4-bit weights would round the adapter away.
    """
    base = AutoModelForCausalLM.from_pretrained(base_model_path, dtype=torch.float32)
    merged = PeftModel.from_pretrained(base, str(adapter_dir)).merge_and_unload()
    with atomic_folder(target) as staging:
        merged.save_pretrained(staging)
        AutoTokenizer.from_pretrained(adapter_dir).save_pretrained(staging)
    return target
