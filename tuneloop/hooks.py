"""Hooks: how a lower app sets off work in a higher one without importing it (docs/architecture.md).

A lower app declares a `Hook` in its `hooks.py` and calls it where the work happens; a higher app
registers its function under its own name in `AppConfig.ready`. Calling a hook runs every registered
function in registration order (INSTALLED_APPS order) and returns their results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Hook:
    """A named extension point; registering the same key again replaces the function (ready() may rerun)."""

    def __init__(self, name: str, doc: str) -> None:
        self.name = name
        self.__doc__ = doc
        self._functions: dict[str, Callable[..., Any]] = {}

    def register(self, key: str, function: Callable[..., Any]) -> None:
        self._functions[key] = function

    def __call__(self, *args: Any, **kwargs: Any) -> list[Any]:
        return [function(*args, **kwargs) for function in self._functions.values()]

    def registered(self) -> list[str]:
        return list(self._functions)

    def function(self, key: str) -> Callable[..., Any]:
        return self._functions[key]


def declare(name: str, doc: str) -> Hook:
    return Hook(name, doc)
