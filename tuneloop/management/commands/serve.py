"""Serve the UI, API and WebSockets: one daphne process (with no BROKER_URL the worker runs in it too), or, with
`--workers N`, N uvicorn processes on one port that share the Redis channel layer, the broker and PostgreSQL."""

from __future__ import annotations

from typing import Any

from daphne.cli import CommandLineInterface
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tuneloop.broker import embedded_worker_start

APPLICATION = "tuneloop.asgi:application"


def shared_state_problems() -> list[str]:
    """Why this setup keeps state that one web process cannot share with another (empty: it can run several)."""
    problems = []
    if settings.CHANNEL_LAYERS["default"]["BACKEND"] == "channels.layers.InMemoryChannelLayer":
        problems.append("no REDIS_URL: the in-memory channel layer reaches only sockets of its own process")
    if settings.EMBEDDED_WORKER:
        problems.append("no BROKER_URL: each process would run its own in-process worker on its own stub broker")
    if connection.vendor == "sqlite":
        problems.append("SQLite: one file that every process would lock for each write; use PostgreSQL")
    return problems


class Command(BaseCommand):
    help = "Run the web process (and, on the embedded default, the worker) on HOST:PORT."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="web processes serving the port (uvicorn's supervisor past 1); more than 1 needs REDIS_URL, "
            "BROKER_URL and a PostgreSQL DATABASE_URL",
        )

    def handle(self, *args: Any, host: str, port: str, workers: int, **options: Any) -> None:
        if workers < 1:
            raise CommandError(f"--workers must be 1 or more, got {workers}.")
        if workers > 1:
            self.serve_processes(host, int(port), workers)
            return
        worker = embedded_worker_start()
        self.stdout.write(f"Tuneloop on http://{host}:{port}/ (worker: {'in-process' if worker else 'external'})")
        try:
            CommandLineInterface().run(["-b", host, "-p", str(port), APPLICATION])
        finally:
            if worker is not None:
                worker.stop()

    def serve_processes(self, host: str, port: int, workers: int) -> None:
        """uvicorn's supervisor: it binds the port once, starts `workers` processes that each load the
        application and accept on it, and replaces one that dies or stops answering."""
        problems = shared_state_problems()
        if problems:
            raise CommandError(
                f"--workers {workers} needs state shared between web processes, and this setup keeps it in one: "
                + "; ".join(problems)
                + ". Set REDIS_URL, BROKER_URL and a PostgreSQL DATABASE_URL, or serve with --workers 1 "
                "(docs/operations.md, 'Several web processes')."
            )
        import uvicorn  # only here: the single-process path stays daphne's alone

        self.stdout.write(f"Tuneloop on http://{host}:{port}/ ({workers} web processes; worker: external)")
        self.stdout.flush()
        uvicorn.run(
            APPLICATION,
            host=host,
            port=port,
            workers=workers,
            lifespan="off",  # Channels' router has no lifespan; the app loads in each process as it starts
            proxy_headers=False,  # as daphne: the client address is the socket's (TUNELOOP_PROXY_SSL_HEADER aside)
            timeout_graceful_shutdown=10,  # open WebSockets are closed (1012) and the process ends within this
        )
