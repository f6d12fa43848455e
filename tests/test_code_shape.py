"""STYLE.md's shape rules, held: no module over 400 lines, no function over 60, outside migrations and tests."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("tuneloop", "privacy", "labeling", "preferences", "dataset_versions", "training", "evaluation", "frontend")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    found = [path for package in (*PACKAGES, "bench", "client") for path in (ROOT / package).rglob("*.py")]
    return [path for path in found if "migrations" not in path.parts]


def test_no_module_is_over_400_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in _modules() if (n := p.read_text().count("\n")) > MAX_MODULE_LINES}
    assert not long, f"modules over {MAX_MODULE_LINES} lines (make them packages): {long}"


def test_no_function_is_over_60_lines() -> None:
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1  # type: ignore[operator]
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length})")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_no_app_has_flat_api_modules_beside_a_package() -> None:
    """An app's endpoints live in `apis.py` or an `apis/` package, not in `*_apis.py` files beside it."""
    flat = [str(p.relative_to(ROOT)) for package in PACKAGES for p in (ROOT / package).glob("*_apis.py")]
    assert not flat, flat
