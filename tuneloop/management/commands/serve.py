"""Serve the UI, API and WebSockets with daphne; with no BROKER_URL the worker runs in-process too."""

from __future__ import annotations

from typing import Any

from daphne.cli import CommandLineInterface
from django.core.management.base import BaseCommand

from tuneloop.broker import embedded_worker_start


class Command(BaseCommand):
    help = "Run the web process (and, on the embedded default, the worker) on HOST:PORT."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")

    def handle(self, *args: Any, host: str, port: str, **options: Any) -> None:
        worker = embedded_worker_start()
        self.stdout.write(f"Tuneloop on http://{host}:{port}/ (worker: {'in-process' if worker else 'external'})")
        try:
            CommandLineInterface().run(["-b", host, "-p", str(port), "tuneloop.asgi:application"])
        finally:
            if worker is not None:
                worker.stop()
