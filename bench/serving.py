"""Serving throughput: the built-in model server with dynamic batching against one request at a time.

    python -m bench.serving [--model tiny|smollm2|PATH] [--clients 16] [--requests N] [--max-tokens 32]
                            [--threads 1] [--gateway-url URL --gateway-model NAME --gateway-key-env VAR] [--json]

The built-in server (`deployments.serving.server`, over HTTP/1.1 keep-alive) runs in this process on a free port,
twice in front of one loaded model: with `max_batch=16` (batched) and with `max_batch=1` (unbatched: one
`generate` per request). Each time `--clients` threads, each with its own keep-alive httpx client, send the same
N chat requests as fast as answers come back: claim notes of the demo campaign (1 to 3 notes, so prompt lengths
vary) under its system prompt, greedy, `max_tokens` fixed. `--clients` untimed requests warm each server first.
Requests/s is N over the wall time from the first send to the last answer; tokens/s counts the completion tokens
the server reports; latency is one request's send-to-answer time, p50 and p99 (nearest rank).
`batching_ratio` = batched requests/s / unbatched requests/s. `same_answers` counts the prompts answered with
the same text both times (greedy decoding should give N). Wall time on a shared CPU moves from run to run (other
jobs take cores): `cpu_batching_ratio` compares requests per second of this process's CPU time (server, batcher
and clients together), steadier there; on a GPU the wall-time ratio is the one that counts.

The gateway (`measure_gateway`) sends the same load through an OpenAI-compatible gateway URL; with
`--gateway-url` its p50/p99 minus the batched server's are the gateway's overhead (meaningful when the gateway
serves the same model on this machine). Without it those figures are null.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import torch

from bench.training_data import quiet, torch_threads
from deployments.serving.__main__ import smollm2_path
from deployments.serving.batching import DynamicBatcher
from deployments.serving.server import start_in_thread
from labeling.demo_data import SYSTEM_PROMPT, demo_records
from training.ml.generate import load_for_generation
from training.ml.tinymodel import build_tiny_model

NAME = "bench-model"
BATCHED, UNBATCHED = 16, 1


@dataclass(frozen=True)
class Settings:
    model: str = "tiny"  # "tiny" (built here), "smollm2", or a model folder
    clients: int = 16
    requests: int = 64
    max_tokens: int = 32
    threads: int = 1  # torch CPU threads; 1 keeps the comparison steady on a shared machine
    max_wait_ms: float = 5.0
    gateway_url: str | None = None
    gateway_model: str | None = None
    gateway_key_env: str | None = None


@dataclass
class Load:
    """What one load run saw: per-request latencies and answers, in prompt order."""

    wall_s: float = 0.0
    cpu_s: float = 0.0  # this process's CPU time over the run: server, batcher and clients together
    latencies_s: list[float] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)
    completion_tokens: int = 0
    errors: list[str] = field(default_factory=list)


def build_prompts(count: int) -> list[list[dict[str, str]]]:
    """`count` chat prompts: the campaign's system prompt and 1 to 3 demo claim notes."""
    notes = [record.text for record in demo_records(3 * count, seed=11)]
    return [
        [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": " ".join(notes[3 * i : 3 * i + i % 3 + 1])},
        ]
        for i in range(count)
    ]


def send_load(
    base_url: str, model: str, api_key: str | None, prompts: list[list[dict[str, str]]], clients: int, max_tokens: int
) -> Load:
    """Send every prompt once from `clients` threads, each on its own keep-alive connection; wait for all."""
    load, lock, queue = Load(), threading.Lock(), iter(enumerate(prompts))
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}

    def client() -> None:
        with httpx.Client(base_url=base_url, headers=headers, timeout=600) as http:
            while True:
                with lock:
                    index, messages = next(queue, (None, None))
                if index is None:
                    return
                body = {"model": model, "messages": messages, "max_tokens": max_tokens, "temperature": 0}
                started = time.perf_counter()
                response = http.post("/v1/chat/completions", json=body)
                latency = time.perf_counter() - started
                with lock:
                    record(load, index, response, latency)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started, cpu_started = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    load.wall_s, load.cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    return load


def record(load: Load, index: int, response: httpx.Response, latency: float) -> None:
    if response.status_code != 200:
        load.errors.append(f"{response.status_code}: {response.text[:200]}")
        return
    data = response.json()
    load.latencies_s.append(latency)
    load.texts[index] = data["choices"][0]["message"]["content"]
    load.completion_tokens += data["usage"]["completion_tokens"]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value at least `share` of the values are at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summarize(load: Load) -> dict[str, Any]:
    served = len(load.latencies_s)
    return {
        "requests": served,
        "errors": len(load.errors),
        "first_errors": load.errors[:3],
        "wall_s": round(load.wall_s, 3),
        "cpu_s": round(load.cpu_s, 3),
        "requests_per_cpu_s": round(served / load.cpu_s, 2),
        "requests_per_s": round(served / load.wall_s, 2),
        "tokens_per_s": round(load.completion_tokens / load.wall_s, 1),
        "completion_tokens": load.completion_tokens,
        "latency_p50_ms": round(percentile(load.latencies_s, 0.5) * 1000, 1) if served else None,
        "latency_p99_ms": round(percentile(load.latencies_s, 0.99) * 1000, 1) if served else None,
    }


def measure_server(loaded: tuple[Any, Any], max_batch: int, prompts: list, settings: Settings) -> tuple[Load, int]:
    """(the load, generate calls it took) through the built-in server batching up to `max_batch` requests."""
    batcher = DynamicBatcher(*loaded, name=NAME, max_batch=max_batch, max_wait_ms=settings.max_wait_ms)
    server, url = start_in_thread(batcher)
    try:
        send_load(url, NAME, None, prompts[: settings.clients], settings.clients, settings.max_tokens)  # warm-up
        before = batcher.batches_run
        load = send_load(url, NAME, None, prompts, settings.clients, settings.max_tokens)
        return load, batcher.batches_run - before
    finally:
        server.stop()
        batcher.close()


def measure_gateway(
    base_url: str, api_key: str | None, model: str, prompts: list, clients: int = 16, max_tokens: int = 32
) -> dict[str, Any]:
    """The same load through a gateway's OpenAI-compatible API (`{base_url}/v1/chat/completions`), summarized."""
    send_load(base_url, model, api_key, prompts[:clients], clients, max_tokens)  # warm-up
    return summarize(send_load(base_url, model, api_key, prompts, clients, max_tokens))


def prepare_model(settings: Settings, work: Path) -> str:
    if settings.model == "tiny":
        corpus = [SYSTEM_PROMPT] + [t for r in demo_records(200, seed=1) for t in (r.text, r.reference, r.alternate)]
        return str(build_tiny_model(work / "tiny", corpus))
    if settings.model == "smollm2":
        return smollm2_path()
    return settings.model


def run(settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-serving-"))
    try:
        with torch_threads(settings.threads), quiet():
            model_path = prepare_model(settings, work)
            model, tokenizer = load_for_generation(model_path)
            if torch.cuda.is_available():
                model.to("cuda")
            prompts = build_prompts(settings.requests)
            batched, batched_calls = measure_server((model, tokenizer), BATCHED, prompts, settings)
            unbatched, unbatched_calls = measure_server((model, tokenizer), UNBATCHED, prompts, settings)
            gateway = gateway_figures(settings, prompts)
            parameters = sum(p.numel() for p in model.parameters())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = compare(batched, unbatched, gateway)
    result["generate_calls"] = {"batched": batched_calls, "unbatched": unbatched_calls}
    result["prompt_tokens"] = prompt_lengths(tokenizer, prompts)
    cuda = torch.cuda.is_available()
    result.update(
        {
            "settings": asdict(settings),
            "model": {"path": model_path, "parameters": parameters},
            "device": torch.cuda.get_device_name(0) if cuda else f"cpu, {settings.threads} torch thread(s)",
            "versions": {n: importlib.metadata.version(n) for n in ("torch", "transformers", "httpx")},
            "python": platform.python_version(),
            "seconds": round(time.perf_counter() - started, 1),
        }
    )
    return result


def gateway_figures(settings: Settings, prompts: list) -> dict[str, Any] | None:
    if not settings.gateway_url:
        return None
    key = os.environ.get(settings.gateway_key_env) if settings.gateway_key_env else None
    model = settings.gateway_model or NAME
    return measure_gateway(settings.gateway_url, key, model, prompts, settings.clients, settings.max_tokens)


def compare(batched: Load, unbatched: Load, gateway: dict[str, Any] | None) -> dict[str, Any]:
    first, second = summarize(batched), summarize(unbatched)
    same = sum(1 for index, text in batched.texts.items() if unbatched.texts.get(index) == text)
    result: dict[str, Any] = {
        "batching_ratio": round(first["requests_per_s"] / second["requests_per_s"], 2),
        "cpu_batching_ratio": round(first["requests_per_cpu_s"] / second["requests_per_cpu_s"], 2),
        "batched": first,
        "unbatched": second,
        "same_answers": same,
        "gateway": gateway,
        "gateway_overhead_p50_ms": None,
        "gateway_overhead_p99_ms": None,
        "gateway_note": "not measured here: bench.serving_gateway measures it (or pass --gateway-url and friends)",
    }
    if gateway is not None and gateway["requests"]:
        for name in ("p50", "p99"):
            result[f"gateway_overhead_{name}_ms"] = round(
                gateway[f"latency_{name}_ms"] - first[f"latency_{name}_ms"], 1
            )
        result["gateway_note"] = "gateway latency minus the batched built-in server's, same load"
    return result


def prompt_lengths(tokenizer: Any, prompts: list) -> dict[str, int]:
    texts = [tokenizer.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    lengths = [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    return {"min": min(lengths), "max": max(lengths), "total": sum(lengths)}


def _summary(report: dict[str, Any]) -> str:
    settings = report["settings"]
    lines = [
        f"model: {report['model']['parameters'] / 1e6:.1f}M parameters on {report['device']}; "
        f"{settings['requests']} requests from {settings['clients']} clients, greedy, {settings['max_tokens']} "
        f"new tokens at most; prompts of {report['prompt_tokens']['min']}-{report['prompt_tokens']['max']} tokens"
    ]
    for name in ("batched", "unbatched"):
        figures = report[name]
        lines.append(
            f"{name:>9}: {figures['requests_per_s']:.2f} req/s, {figures['tokens_per_s']:.0f} tok/s, latency p50 "
            f"{figures['latency_p50_ms']} ms, p99 {figures['latency_p99_ms']} ms, {figures['errors']} errors, "
            f"{report['generate_calls'][name]} generate calls"
        )
    lines.append(
        f"batching ratio {report['batching_ratio']:.2f} (by CPU time {report['cpu_batching_ratio']:.2f}); "
        f"same answers {report['same_answers']}/{settings['requests']}"
    )
    overhead = report["gateway_overhead_p50_ms"]
    lines.append(
        f"gateway overhead p50 {overhead} ms, p99 {report['gateway_overhead_p99_ms']} ms"
        if overhead is not None
        else f"gateway: {report['gateway_note']}"
    )
    lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", default=defaults.model, help="tiny (built here), smollm2, or a model folder")
    parser.add_argument("--clients", type=int, default=defaults.clients, help="concurrent client threads")
    parser.add_argument("--requests", type=int, default=defaults.requests, help="requests per measured run")
    parser.add_argument("--max-tokens", type=int, default=defaults.max_tokens, help="new tokens per answer at most")
    parser.add_argument("--threads", type=int, default=defaults.threads, help="torch CPU threads")
    parser.add_argument("--max-wait-ms", type=float, default=defaults.max_wait_ms, help="the batcher's wait")
    parser.add_argument("--gateway-url", help="an OpenAI-compatible gateway to measure the same load through")
    parser.add_argument("--gateway-model", help=f"the model name the gateway serves (default {NAME})")
    parser.add_argument("--gateway-key-env", help="environment variable holding the gateway's API key")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    if min(args.clients, args.requests, args.max_tokens, args.threads) < 1:
        parser.error("--clients, --requests, --max-tokens and --threads must be at least 1")
    settings = Settings(**{k: v for k, v in vars(args).items() if k != "json"})
    result = run(settings)
    print(_summary(result))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
