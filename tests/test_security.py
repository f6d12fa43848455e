"""Accounts, tokens and deployment settings (issue 13, findings 5 and 6): brute force is throttled and locked
out, passwords meet a policy, tokens expire and can be revoked and never travel in a URL, and production
settings refuse a missing or development secret key and pass `manage.py check --deploy`."""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import CampaignFactory, MembershipFactory, StaffFactory, UserFactory
from tuneloop.management.commands import seed_demo

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "pw-for-tests"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_throttles(settings) -> None:
    """Throttle counters live in the cache, which outlives a test; wrong passwords hash fast here."""
    settings.PASSWORD_HASHERS = FAST_HASHERS
    cache.clear()
    yield
    cache.clear()


# --- Finding 5: brute force, password policy, token lifetime, tokens out of URLs.


@pytest.mark.django_db
def test_the_token_endpoint_is_throttled_per_client() -> None:
    UserFactory(username="integrator")
    client = APIClient()
    limit = int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["auth-token"].split("/")[0])
    # Different usernames, so the lockout (keyed by address and username) is not what stops them.
    answers = [
        client.post("/api/auth/token/", {"username": f"guess{n}", "password": "x"}).status_code for n in range(limit)
    ]
    assert 429 not in answers
    refused = client.post("/api/auth/token/", {"username": "integrator", "password": PASSWORD})
    assert refused.status_code == 429 and "token" not in refused.json()
    elsewhere = APIClient(REMOTE_ADDR="10.0.0.9")
    assert elsewhere.post("/api/auth/token/", {"username": "integrator", "password": PASSWORD}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/login/", "/admin/login/"])
def test_login_pages_lock_out_an_address_guessing_one_account(client, path: str) -> None:
    StaffFactory(username="victim")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(path, {"username": "victim", "password": "guess"})
    locked = client.post(path, {"username": "victim", "password": PASSWORD})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    # Keyed by address and username: the owner, from their own address, still gets in.
    owner = type(client)(REMOTE_ADDR="10.0.0.7")
    assert owner.post(path, {"username": "victim", "password": PASSWORD}).status_code == 302
    assert "_auth_user_id" in owner.session


@pytest.mark.django_db
def test_the_token_endpoint_shares_the_lockout() -> None:
    UserFactory(username="integrator")
    client = APIClient()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/api/auth/token/", {"username": "integrator", "password": "guess"})
    cache.clear()  # the throttle is not what refuses the right password below
    refused = client.post("/api/auth/token/", {"username": "integrator", "password": PASSWORD})
    assert refused.status_code == 429 and "token" not in refused.json()


@pytest.mark.parametrize("weak", ["password", "12345678", "password1", "short"])
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(weak)
    validate_password(secrets.token_urlsafe(12))


@pytest.mark.django_db
def test_an_expired_token_is_refused_and_a_new_one_issued() -> None:
    user = UserFactory(username="integrator")
    old = Token.objects.create(user=user)
    lifetime = timedelta(hours=settings.TOKEN_TTL_HOURS)
    Token.objects.filter(pk=old.pk).update(created=timezone.now() - lifetime - timedelta(minutes=1))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {old.key}")
    refused = client.get("/api/campaigns/")
    assert refused.status_code == 401 and "expired" in refused.json()["detail"].lower()

    issued = APIClient().post("/api/auth/token/", {"username": "integrator", "password": PASSWORD})
    assert issued.status_code == 200
    body = issued.json()
    assert body["token"] != old.key and body["expires"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {body['token']}")
    assert client.get("/api/campaigns/").status_code == 200


@pytest.mark.django_db
def test_a_user_revokes_their_own_token() -> None:
    token = Token.objects.create(user=UserFactory())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/campaigns/").status_code == 200
    assert client.delete("/api/auth/token/").status_code == 204
    assert client.get("/api/campaigns/").status_code == 401
    assert not Token.objects.filter(key=token.key).exists()


@pytest.mark.django_db
def test_an_admin_revokes_anyones_token(admin_client) -> None:
    user = UserFactory()
    token = Token.objects.create(user=user)
    page = admin_client.post(f"/admin/authtoken/tokenproxy/{user.pk}/delete/", {"post": "yes"})
    assert page.status_code == 302
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/campaigns/").status_code == 401


def _socket(campaign_id: int, *, query: str = "", header_token: str | None = None) -> WebsocketCommunicator:
    from tuneloop.asgi import application

    headers = [(b"origin", b"http://127.0.0.1:8000")]
    if header_token:
        headers.append((b"authorization", f"Token {header_token}".encode()))
    return WebsocketCommunicator(application, f"/ws/campaigns/{campaign_id}/events/{query}", headers=headers)


def _member_token(*, age: timedelta = timedelta(0)) -> tuple[int, str]:
    membership = MembershipFactory()
    token = Token.objects.create(user=membership.user)
    Token.objects.filter(pk=token.pk).update(created=timezone.now() - age)
    return membership.campaign_id, token.key


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_websockets_take_no_token_from_the_url() -> None:
    campaign_id, key = await database_sync_to_async(_member_token)()
    refused = _socket(campaign_id, query=f"?token={key}")
    connected, _ = await refused.connect(timeout=10)
    assert not connected
    await refused.disconnect()  # the consumer ends now, not when the test's loop is torn down
    ws = _socket(campaign_id, header_token=key)
    assert (await ws.connect(timeout=10))[0]
    await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_websockets_refuse_an_expired_token() -> None:
    lifetime = timedelta(hours=settings.TOKEN_TTL_HOURS, minutes=1)
    campaign_id, key = await database_sync_to_async(_member_token)(age=lifetime)
    refused = _socket(campaign_id, header_token=key)
    connected, _ = await refused.connect(timeout=10)
    assert not connected
    await refused.disconnect()  # the consumer ends now, not when the test's loop is torn down


# --- Finding 6: deployment defaults.

PROBE = (
    "import django, json; django.setup(); from django.conf import settings as s; print(json.dumps({"
    "'debug': s.DEBUG, 'key': s.SECRET_KEY, 'session_secure': s.SESSION_COOKIE_SECURE,"
    "'csrf_secure': s.CSRF_COOKIE_SECURE, 'hsts': s.SECURE_HSTS_SECONDS, 'redirect': s.SECURE_SSL_REDIRECT,"
    "'proxy': s.SECURE_PROXY_SSL_HEADER, 'origins': s.CSRF_TRUSTED_ORIGINS}))"
)


def _run(args: list[str], var_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """A fresh Python with Tuneloop's settings and only the given Django/Tuneloop deployment variables."""
    # DJANGO_ALLOW_ASYNC_UNSAFE is the suite's own (tests/conftest.py); check --deploy rightly refuses it.
    unset = ("DJANGO_", "TUNELOOP_HTTPS", "TUNELOOP_HSTS", "TUNELOOP_PROXY_SSL_HEADER")
    base = {k: v for k, v in os.environ.items() if not k.startswith(unset)}
    base |= {"DJANGO_SETTINGS_MODULE": "tuneloop.settings", "TUNELOOP_VAR_DIR": str(var_dir), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=base, capture_output=True, text=True, timeout=300, check=False
    )


def _probe(var_dir: Path, **env: str) -> dict:
    import json

    done = _run(["-c", PROBE], var_dir, **env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_debug_is_off_unless_asked_for_and_the_local_key_is_private(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["debug"] is False
    key_file = tmp_path / "secret_key"
    assert first["key"] == key_file.read_text().strip() and len(first["key"]) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert _probe(tmp_path)["key"] == first["key"]  # made once per machine, kept across restarts
    assert _probe(tmp_path, DJANGO_DEBUG="1")["debug"] is True


@pytest.mark.parametrize(
    "key", [None, "", "insecure-dev-key-set-DJANGO_SECRET_KEY-in-production", "django-insecure-" + "x1" * 30, "short"]
)
def test_production_refuses_a_missing_or_development_key(tmp_path: Path, key: str | None) -> None:
    env = {"DJANGO_DEBUG": "0"} | ({} if key is None else {"DJANGO_SECRET_KEY": key})
    done = _run(["manage.py", "check"], tmp_path, **env)
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY" in done.stderr.splitlines()[-1], done.stderr
    assert not (tmp_path / "secret_key").exists()


def test_production_settings_are_https_only_and_read_from_the_environment(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    production = _probe(
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=key,
        DJANGO_CSRF_TRUSTED_ORIGINS="https://tuneloop.example.com,https://review.example.com",
        TUNELOOP_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert production["debug"] is False and production["key"] == key
    assert production["session_secure"] and production["csrf_secure"] and production["redirect"]
    assert production["hsts"] >= 31536000
    assert production["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert production["origins"] == ["https://tuneloop.example.com", "https://review.example.com"]
    plain = _probe(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY=key, TUNELOOP_HTTPS="0")
    assert not plain["session_secure"] and not plain["redirect"] and plain["hsts"] == 0
    assert plain["proxy"] is None and plain["origins"] == []


def test_check_deploy_passes_with_the_production_settings(tmp_path: Path) -> None:
    done = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="tuneloop.example.com",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_compose_seeds_without_printing_or_resetting_passwords() -> None:
    web = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["web"]["command"]
    assert "make seed" not in web and "make migrate seed" not in web
    assert "seed_demo --no-passwords" in web


@pytest.mark.django_db
def test_seed_for_servers_keeps_existing_passwords_and_prints_none(monkeypatch, capsys) -> None:
    # The campaign import and the models are the demo's own business (tests/test_loop.py); here, the accounts.
    monkeypatch.setattr(seed_demo.Command, "_tiny_model", lambda self: None)
    monkeypatch.setattr(seed_demo.Command, "_smollm2", lambda self: None)
    monkeypatch.setattr(seed_demo.Command, "_campaign", lambda self, admin: CampaignFactory(name=seed_demo.CAMPAIGN))
    reviewer = UserFactory(username="reviewer1")
    call_command("seed_demo", "--no-passwords")
    call_command("seed_demo", "--no-passwords")
    output = capsys.readouterr().out
    assert "password" not in output.lower()
    reviewer.refresh_from_db()
    assert reviewer.check_password(PASSWORD)
    admin = type(reviewer).objects.get(username="admin")
    assert admin.is_superuser and not admin.has_usable_password()


@pytest.fixture
def light_seed(monkeypatch) -> list[str]:
    """seed_demo without the import and the models; returns the names of the models it went on to set up."""
    built: list[str] = []
    monkeypatch.setattr(seed_demo.Command, "_tiny_model", lambda self: built.append("tiny"))
    monkeypatch.setattr(seed_demo.Command, "_smollm2", lambda self: built.append("smollm2"))
    monkeypatch.setattr(seed_demo.Command, "_campaign", lambda self, admin: CampaignFactory(name=seed_demo.CAMPAIGN))
    for name, _ in seed_demo.ACCOUNTS:
        monkeypatch.delenv(seed_demo.password_variable(name), raising=False)
    monkeypatch.delenv(seed_demo.SKIP_SMOLLM2_VARIABLE, raising=False)
    return built


@pytest.mark.django_db
@pytest.mark.parametrize("flags", [[], ["--no-passwords"]])
def test_seed_takes_passwords_from_the_environment_and_never_prints_them(
    light_seed, monkeypatch, capsys, flags
) -> None:
    given = {"admin": "Admin-" + secrets.token_urlsafe(12), "reviewer1": "Rev1-" + secrets.token_urlsafe(12)}
    monkeypatch.setenv("TUNELOOP_DEMO_PASSWORD_ADMIN", given["admin"])
    monkeypatch.setenv("TUNELOOP_DEMO_PASSWORD_REVIEWER1", given["reviewer1"])
    call_command("seed_demo", *flags)
    call_command("seed_demo", *flags)  # an automated start runs it again: the same passwords still work
    output = capsys.readouterr().out
    assert all(password not in output for password in given.values())
    users = {user.username: user for user in UserFactory._meta.model.objects.all()}
    assert users["admin"].check_password(given["admin"]) and users["reviewer1"].check_password(given["reviewer1"])
    if flags:  # servers: nothing about passwords in the logs, and reviewer2 (no variable) cannot sign in
        assert "password" not in output.lower() and not users["reviewer2"].has_usable_password()
    else:  # the variable is named; reviewer2 (no variable) still gets a new random password, printed
        assert output.count("password: from $TUNELOOP_DEMO_PASSWORD_ADMIN") == 2
        assert output.count("login: reviewer2  password: ") == 2 and users["reviewer2"].has_usable_password()


@pytest.mark.django_db
@pytest.mark.parametrize(("value", "said"), [("", "is empty"), ("  ", "is empty"), ("admin1", "too short")])
def test_seed_refuses_an_unusable_password_by_its_variable(light_seed, monkeypatch, value, said) -> None:
    monkeypatch.setenv("TUNELOOP_DEMO_PASSWORD_REVIEWER2", value)
    with pytest.raises(CommandError, match=f"TUNELOOP_DEMO_PASSWORD_REVIEWER2 .*{said}"):
        call_command("seed_demo")
    assert not UserFactory._meta.model.objects.exists()  # checked before any account is touched


@pytest.mark.django_db
def test_seed_can_skip_smollm2(light_seed, monkeypatch) -> None:
    call_command("seed_demo", "--skip-smollm2", "--no-passwords")
    monkeypatch.setenv(seed_demo.SKIP_SMOLLM2_VARIABLE, "1")
    call_command("seed_demo", "--no-passwords")
    assert light_seed == ["tiny", "tiny"]
    monkeypatch.setenv(seed_demo.SKIP_SMOLLM2_VARIABLE, "0")
    call_command("seed_demo", "--no-passwords")
    assert light_seed[-1] == "smollm2"
    assert "runs once" in seed_demo.Command().create_parser("manage.py", "seed_demo").format_help()
