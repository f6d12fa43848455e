"""API keys of a deployment: shown once, stored as a SHA-256 digest, scoped to one deployment, revocable.

A key is 256 random bits, so a fast digest is enough to keep it safe at rest (a slow password hash protects
guessable secrets, and would cost every request its time): the digest is also the lookup, one indexed query.

Each process keeps the keys it has loaded, with their deployment, and checks them on every request with one
precompiled statement (the key still live, the deployment's `updated_at` unchanged): building the ORM query
with its joins cost 3 ms of CPU per request (bench.serving_gateway), the check costs a round trip. A revoked
key is refused, and a changed deployment (stage, models, fallback, rollback) serves, from the next request.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from typing import Any

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.utils import timezone

from deployments.events import DeploymentChanged, notify_deployment_changed
from deployments.models import ApiKey, Deployment, DeploymentChange
from tuneloop.exceptions import ApplicationError, Conflict

PREFIX = "tl-"
# What serving a request reads, loaded with the key in one query.
LOADED = (
    "deployment__campaign",
    "deployment__incumbent__run",
    "deployment__challenger__run",
    "deployment__previous__run",
)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def api_key_create(*, deployment: Deployment, user: User, name: str, internal: bool = False) -> tuple[ApiKey, str]:
    """A new key and its secret, which is never stored and cannot be shown again."""
    name = name.strip() if isinstance(name, str) else ""
    if not name or len(name) > 100:
        raise ApplicationError("Name the key (at most 100 characters): who or what will use it.", field="name")
    secret = PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        key = ApiKey.objects.create(
            deployment=deployment,
            name=name,
            prefix=secret[:10],
            digest=digest(secret),
            internal=internal,
            created_by=user,
        )
        _audit(deployment, "key_create", {"key": key.id, "name": name, "internal": internal}, user)
    return key, secret


def api_key_revoke(*, key: ApiKey, user: User) -> ApiKey:
    """Revoke at once: the next request with it gets 401."""
    with transaction.atomic():
        key = ApiKey.objects.select_for_update().get(id=key.id)
        if key.revoked_at is not None:
            raise Conflict("This key is revoked already.")
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        _audit(key.deployment, "key_revoke", {"key": key.id, "name": key.name}, user)
    return key


def key_authenticate(secret: str) -> ApiKey | None:
    """The live key with this secret, its deployment loaded; None for an unknown or revoked one."""
    if not secret.startswith(PREFIX):
        return None
    hashed = digest(secret)
    cached = _loaded.get(hashed)
    stamp = _stamp(hashed)  # read before any load: a change after it is seen on the next request
    if cached is not None and stamp is not None and cached[1] == stamp:
        key: ApiKey | None = cached[0]
    else:
        _loaded.pop(hashed, None)
        key = _load(hashed, stamp) if stamp is not None else None
    if key is not None and (key.last_used_at is None or (timezone.now() - key.last_used_at).total_seconds() > 60):
        key.last_used_at = timezone.now()
        ApiKey.objects.filter(id=key.id).update(last_used_at=key.last_used_at)  # once a minute, not per request
    return key


_loaded: dict[str, tuple[ApiKey, Any]] = {}  # digest -> (the key with its deployment, the stamp it was loaded at)
MAX_LOADED = 10_000


def _load(hashed: str, stamp: Any) -> ApiKey | None:
    key = ApiKey.objects.select_related(*LOADED).filter(digest=hashed, revoked_at__isnull=True).first()
    if key is not None:
        if len(_loaded) >= MAX_LOADED:
            _loaded.clear()
        _loaded[hashed] = (key, stamp)
    return key


def _stamp(hashed: str) -> Any:
    """The key's deployment's `updated_at` while the key is live, else None: one statement, built once."""
    with connection.cursor() as cursor:
        cursor.execute(_stamp_sql(), [hashed])
        row = cursor.fetchone()
    return row[0] if row else None


@functools.cache
def _stamp_sql() -> str:
    key, deployment, quote = ApiKey._meta, Deployment._meta, connection.ops.quote_name
    return (
        f"SELECT d.{quote('updated_at')} FROM {quote(key.db_table)} k JOIN {quote(deployment.db_table)} d"
        f" ON d.{quote('id')} = k.{quote('deployment_id')} WHERE k.{quote('digest')} = %s"
        f" AND k.{quote('revoked_at')} IS NULL"
    )


def keys_forget() -> None:
    _loaded.clear()


def _audit(deployment: Deployment, action: str, after: dict, user: User) -> None:
    DeploymentChange.objects.create(deployment=deployment, action=action, after=after, user=user)
    change = DeploymentChanged(deployment.id, action, deployment.stage, deployment.falling_back)
    notify_deployment_changed(deployment.campaign_id, change)  # other admins' pages list the keys again
