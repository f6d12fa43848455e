"""compose.yaml stays honest: the services the design names, running commands that exist here."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_has_the_five_processes_and_the_artifacts_volume() -> None:
    compose = _compose()
    assert set(compose["services"]) == {"postgres", "redis", "web", "worker", "gpu-worker"}
    assert "artifacts" in compose["volumes"]
    gpu = compose["services"]["gpu-worker"]
    assert gpu["deploy"]["resources"]["reservations"]["devices"][0]["capabilities"] == ["gpu"]
    assert re.search(r"--queues train generate\b", gpu["command"])


def test_compose_commands_are_the_local_commands() -> None:
    services = _compose()["services"]
    makefile = (ROOT / "Makefile").read_text()
    for name in ("web", "worker", "gpu-worker"):
        command = services[name]["command"]
        for managed in re.findall(r"manage\.py (\S+)", command):
            assert managed in get_commands(), f"{name}: manage.py {managed} does not exist"
        for target in re.findall(r"make ([\w ]+?)(?:&&|$)", command):
            for word in shlex.split(target):
                assert re.search(rf"^{word}:", makefile, re.M), f"{name}: make {word} is not a target"
