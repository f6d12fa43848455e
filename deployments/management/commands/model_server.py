"""`manage.py model_server --artifact ID`: the built-in model server for one promoted artifact, by its id."""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from deployments.services.lifecycle import eligible
from deployments.services.serving import served_model_name
from deployments.serving.server import serve
from training.generation import artifact_paths
from training.models import ModelArtifact


class Command(BaseCommand):
    help = (
        "Serve one promoted artifact over the OpenAI-compatible API (dynamic batching), named artifact-<id>: "
        "point a deployment at it with backend 'external' and engine_url http://<host>:<port>."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--artifact", type=int, required=True, help="the ModelArtifact id")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument("--max-batch", type=int, default=16)
        parser.add_argument("--max-wait-ms", type=float, default=5.0)
        parser.add_argument("--api-key-env", default="", help="environment variable holding the key callers send")

    def handle(self, *args: Any, **options: Any) -> None:
        artifact = ModelArtifact.objects.select_related("run__campaign").filter(id=options["artifact"]).first()
        if artifact is None:
            raise CommandError(f"--artifact: no model artifact {options['artifact']}.")
        if not eligible(artifact.run.campaign, artifact):
            raise CommandError(f"--artifact: artifact {artifact.id} has not been promoted through its campaign's gate.")
        key = os.environ.get(options["api_key_env"]) if options["api_key_env"] else None
        if options["api_key_env"] and not key:
            raise CommandError(f"--api-key-env: {options['api_key_env']} is not set.")
        model_path, adapter_dir = artifact_paths(artifact)
        name = served_model_name(artifact)
        where = f"{options['host']}:{options['port']}"
        self.stdout.write(f"serving {name} ({model_path}, adapter {adapter_dir}) on {where}")
        serve(model_path, adapter_dir, name, options["host"], options["port"], options["max_batch"],
              options["max_wait_ms"], key)  # fmt: skip
