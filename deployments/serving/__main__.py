"""Run the built-in model server: `python -m deployments.serving --model PATH|smollm2 [--adapter DIR] [--port 8001]`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from deployments.serving.server import serve
from training.ml.smollm import export_smollm2

ROOT = Path(__file__).resolve().parents[2]
SMOLLM2_FOLDER = "smollm2-135m-instruct"  # where seed_demo and the benches export it, under the models folder


def smollm2_path() -> str:
    """SmolLM2-135M-Instruct's safetensors export under the models folder (settings.MODELS_DIR), made on first use."""
    var = Path(os.environ.get("TUNELOOP_VAR_DIR", ROOT / "var"))
    models = Path(os.environ.get("TUNELOOP_MODELS_DIR", var / "models"))
    return str(export_smollm2(models / SMOLLM2_FOLDER))


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m deployments.serving", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", required=True, help="a model folder, or 'smollm2' (SmolLM2-135M-Instruct)")
    parser.add_argument("--adapter", help="a PEFT adapter folder to put on the model")
    parser.add_argument("--name", help="the model name clients send (default: the model folder's name)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--max-batch", type=int, default=16, help="requests per generate call at most")
    parser.add_argument("--max-wait-ms", type=float, default=5.0, help="how long a batch waits for more requests")
    parser.add_argument("--api-key-env", help="environment variable holding the API key clients must send")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.max_batch < 1 or args.max_wait_ms < 0:
        parser().error("--max-batch must be at least 1 and --max-wait-ms at least 0")
    api_key = None
    if args.api_key_env:
        api_key = os.environ.get(args.api_key_env)
        if not api_key:
            parser().error(f"--api-key-env: the environment variable {args.api_key_env} is not set or empty")
    model = smollm2_path() if args.model == "smollm2" else args.model
    name = args.name or (SMOLLM2_FOLDER if args.model == "smollm2" else None)
    serve(model, args.adapter, name, args.host, args.port, args.max_batch, args.max_wait_ms, api_key)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    sys.exit(main())
