"""The `tuneloop` command line: the loop from a terminal or a CI job; text for people, `--json` for scripts.

Exit codes: 0 done, 1 error (the server refused, a run or evaluation failed, no server), 2 usage,
3 done but refused: import lines refused, or the promotion gate recommends rejection (`--fail-on-gate`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tuneloop_client import commands
from tuneloop_client.errors import TuneloopError

EPILOG = "exit codes: 0 done, 1 error, 2 usage, 3 refused (import lines refused; gate rejects with --fail-on-gate)"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the answer as JSON (for scripts)")
    common.add_argument("--url", help="the server (default: TUNELOOP_URL or the stored login)")
    parser = argparse.ArgumentParser(prog="tuneloop", description="Drive a Tuneloop server.", epilog=EPILOG)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: object, help: str) -> argparse.ArgumentParser:
        sub = subparsers.add_parser(name, parents=[common], help=help, description=help, epilog=EPILOG)
        sub.set_defaults(handler=handler)
        return sub

    login = command("login", commands.cmd_login, "get a token and store it (password: prompt or TUNELOOP_PASSWORD)")
    login.add_argument("--username")
    campaigns = command("campaigns", commands.cmd_campaigns, "list campaigns, or create one with --create")
    campaigns.add_argument("--create", metavar="NAME")
    campaigns.add_argument("--labels", help="a label set, comma-separated")
    campaigns.add_argument("--fields", help="template fields, comma-separated")
    campaigns.add_argument("--system-prompt", default="")
    imports = command("import", commands.cmd_import, "import a JSONL or CSV file; exit 3 if lines were refused")
    imports.add_argument("campaign", type=int)
    imports.add_argument("file")
    imports.add_argument("--format", choices=["jsonl", "openai", "messages", "csv"])
    imports.add_argument("--mapping", help='CSV columns as JSON, e.g. {"text": "note"}')
    imports.add_argument("--no-progress", action="store_true")
    freeze = command("freeze", commands.cmd_freeze, "freeze the approved answers into a dataset version")
    freeze.add_argument("campaign", type=int)
    export = command("export", commands.cmd_export, "download a dataset version's export as JSONL")
    export.add_argument("dataset", type=int)
    export.add_argument("--kind", default="sft", choices=["sft", "dpo", "openai"])
    export.add_argument("--split", default="train")
    export.add_argument("--purpose", help="why the sealed test split is read (required for --split test)")
    export.add_argument("-o", "--output")
    _training(command)
    return parser


def _training(command: Callable[..., argparse.ArgumentParser]) -> None:
    bases = command("base-models", commands.cmd_base_models, "list base models, or register one with --register")
    bases.add_argument("--register", metavar="NAME", help="register a base model under this name (staff only)")
    bases.add_argument("--path", help="with --register: the model folder on the server, under its models directory")
    bases.add_argument("--description", default="")
    bases.add_argument("--recipe", help="with --register: the default recipe as JSON, or @file")
    train = command("train", commands.cmd_train, "start a run and follow its loss live; exit 1 if it fails")
    train.add_argument("campaign", type=int)
    train.add_argument("dataset", type=int)
    train.add_argument("--base-model", type=int, help="a registered base model's id")
    train.add_argument("--base-model-path")
    train.add_argument("--recipe", help="recipe JSON, or @file")
    train.add_argument("--no-follow", action="store_true")
    evaluate = command("evaluate", commands.cmd_evaluate, "evaluate an artifact; --fail-on-gate exits 3 on rejection")
    evaluate.add_argument("campaign", type=int)
    evaluate.add_argument("artifact", type=int)
    evaluate.add_argument("--wait", action="store_true")
    evaluate.add_argument("--fail-on-gate", action="store_true", help="wait, and exit 3 if the gate says reject")
    evaluate.add_argument("--timeout", type=float, default=3600)
    promote = command("promote", commands.cmd_promote, "promote an evaluated candidate")
    promote.add_argument("evaluation", type=int)
    promote.add_argument("--note", required=True)
    promote.add_argument("--override-reason", help="needed to promote against the gate's recommendation")
    deployments = command("deployments", commands.cmd_deployments, "list a campaign's deployments, or --create one")
    deployments.add_argument("campaign", type=int)
    deployments.add_argument("--create", metavar="NAME")
    deployments.add_argument("--incumbent", type=int, help="the artifact it serves (default: the promoted one)")
    key = command("key", commands.cmd_key, "create an API key for a deployment's /v1/ endpoints")
    key.add_argument("deployment", type=int)
    key.add_argument("name")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = commands.Output(args.json)
    try:
        return int(args.handler(args, out))
    except TuneloopError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return commands.ERROR
    except (OSError, ValueError) as exc:  # a file that cannot be read, JSON that does not parse
        print(f"error: {exc}", file=sys.stderr)
        return commands.ERROR
