"""compose.yaml stays honest: the services the design names, running commands that exist here."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands, load_command_class
from django.urls import resolve

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_has_the_five_processes_and_the_artifacts_volume() -> None:
    compose = _compose()
    services = compose["services"]
    assert {name for name, service in services.items() if "profiles" not in service} == {
        "postgres", "redis", "web", "worker", "gpu-worker"
    }  # fmt: skip
    # The model servers start on request only: the built-in one for an artifact, vLLM on GPU hosts.
    assert services["model-server"]["profiles"] == ["serving"] and services["vllm"]["profiles"] == ["gpu"]
    assert "--enable-lora" in services["vllm"]["command"]
    assert "artifacts" in compose["volumes"]
    gpu = compose["services"]["gpu-worker"]
    assert gpu["deploy"]["resources"]["reservations"]["devices"][0]["capabilities"] == ["gpu"]
    assert re.search(r"--queues train generate\b", gpu["command"])


def test_compose_commands_are_the_local_commands() -> None:
    services = _compose()["services"]
    makefile = (ROOT / "Makefile").read_text()
    for name in ("web", "worker", "gpu-worker", "model-server"):
        command = services[name]["command"]
        for managed in re.findall(r"manage\.py (\S+)", command):
            assert managed in get_commands(), f"{name}: manage.py {managed} does not exist"
        for target in re.findall(r"make ([\w ]+?)(?:&&|$)", command):
            for word in shlex.split(target):
                assert re.search(rf"^{word}:", makefile, re.M), f"{name}: make {word} is not a target"


def test_compose_sets_the_web_processes_from_the_environment() -> None:
    """TUNELOOP_WEB_WORKERS web processes on the one published port (docs/operations.md); one when it is unset."""
    command = _compose()["services"]["web"]["command"]
    serve = re.search(r"manage\.py serve ([^\"]*)", command)
    assert serve, command
    assert "--workers ${TUNELOOP_WEB_WORKERS:-1}" in serve.group(1)
    parser = load_command_class("tuneloop", "serve").create_parser("manage.py", "serve")
    for unset_or_set, workers in (("1", 1), ("3", 3)):  # as compose fills the variable in
        options = parser.parse_args(shlex.split(serve.group(1).replace("${TUNELOOP_WEB_WORKERS:-1}", unset_or_set)))
        assert (options.workers, options.host, options.port) == (workers, "0.0.0.0", "8000")


def test_compose_checks_health_with_the_probe() -> None:
    services = _compose()["services"]
    web, worker, gpu = (services[name]["healthcheck"] for name in ("web", "worker", "gpu-worker"))
    assert web["test"] == ["CMD", ".venv/bin/python", "-m", "tuneloop.probe", "/readyz"]
    assert worker["test"] == gpu["test"] == ["CMD", ".venv/bin/python", "-m", "tuneloop.probe", "--worker"]
    assert resolve("/readyz").url_name == "readyz" and resolve("/healthz").url_name == "healthz"
    for check in (web, worker, gpu):
        # The probe is run as the image runs it: a module of this repository, with only the standard library.
        assert check["test"][2:4] == ["-m", "tuneloop.probe"] and (ROOT / "tuneloop" / "probe.py").is_file()
        assert _seconds(check["start_period"]) > _seconds(check["interval"]) * check["retries"]


def _seconds(duration: str) -> int:
    return int(duration.removesuffix("s"))
