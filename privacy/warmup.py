"""Load Presidio when a Dramatiq worker boots, so the first import of a campaign does not wait for spaCy."""

from __future__ import annotations

import threading

import dramatiq


class WarmUp(dramatiq.Middleware):
    """Named in settings.DRAMATIQ_BROKER's middleware; it runs after the apps are loaded."""

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        # Imported here, in the app it belongs to: the middleware module is loaded with the broker, before
        # Django's apps are ready, and anonymize imports models.
        from privacy.services.anonymize import anonymize_text

        threading.Thread(
            target=anonymize_text, args=("warm-up",), kwargs={"campaign": None}, name="presidio-warm-up", daemon=True
        ).start()
