"""The one settings module. Production differs from development only in environment values.

Every value that can be wrong is checked here and reported as a one-line ConfigError;
manage.py and the WSGI/ASGI entry points turn that into a clear message instead of a traceback.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import dj_database_url
from django.conf.locale import LANG_INFO

from wapsi.lib import env
from wapsi.lib.env import ConfigError
from wapsi.lib.languages import BY_CODE, CODES, DEFAULT, EXTRA_LANG_INFO, RTL_CODES

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env.read_str("WAPSI_VAR_DIR", str(BASE_DIR / "var")))

# --- core -------------------------------------------------------------------------------------

DEBUG = env.read_bool("DEBUG", False)
SECRET_KEY = env.read_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ConfigError(
            "SECRET_KEY is not set and DEBUG is off; set SECRET_KEY to a long random value "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))') or DEBUG=1 for development"
        )
    SECRET_KEY = "django-insecure-development-only-never-use-in-production"  # noqa: S105
elif len(SECRET_KEY) < 50 and not DEBUG:
    raise ConfigError("SECRET_KEY is shorter than 50 characters; generate a longer random value")

ALLOWED_HOSTS = env.read_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ConfigError("ALLOWED_HOSTS is empty and DEBUG is off; list the site's host names")
CSRF_TRUSTED_ORIGINS = env.read_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "wapsi.accounts",
    "wapsi.audit",
    "wapsi.centres",
    "wapsi.cases",
    "wapsi.evidence",
    "wapsi.roadmap",
    "wapsi.voices",
    "wapsi.stats",
    "wapsi.campaigns",
    "wapsi.partners",
    "wapsi.api",
    "ninja",  # its Swagger UI files are served locally, not from a CDN
    "corsheaders",  # CORS on the API's read-only GETs (CORS_* below)
    "wapsi.backup",
    "wapsi.hub",
    "wapsi.demo",
    "wapsi.ops",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",  # the database queue that `manage.py db_worker` runs
    "axes",  # sign-in throttling; keep last so its checks see the other apps
]

MIDDLEWARE = [
    "wapsi.middleware.PageCacheUpdateMiddleware",
    "wapsi.hub.usage.HubUsageMiddleware",  # inside the page cache's update, outside its fetch
    "django.middleware.security.SecurityMiddleware",
    "wapsi.middleware.RefuseNulMiddleware",
    "wapsi.partners.auth.PartnerApiMiddleware",  # partner keys, API rate limits, usage
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # before CommonMiddleware, as its docs require
    "wapsi.middleware.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wapsi.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "wapsi.accounts.twofactor.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "wapsi.middleware.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
    "wapsi.middleware.PageCacheFetchMiddleware",
]

# CORS: any site may read the partner API from a browser; nothing else, and never with
# credentials (cookies), so a browser never sends a signed-in person's session along.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified")
CORS_ALLOW_HEADERS = ("accept", "accept-language", "if-none-match", "if-modified-since")

ROOT_URLCONF = "wapsi.urls"
WSGI_APPLICATION = "wapsi.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wapsi.hub.context_processors.site_chrome",
            ],
        },
    },
]

# --- database ---------------------------------------------------------------------------------

_DEFAULT_DB = f"sqlite:///{VAR_DIR / 'wapsi.sqlite3'}"
_db_url = env.read_str("DATABASE_URL", _DEFAULT_DB)
_scheme = _db_url.split("://", 1)[0] if "://" in _db_url else ""
if _scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
    raise ConfigError(
        "DATABASE_URL must look like sqlite:///path/to/file.sqlite3 or "
        "postgres://user:password@host:5432/name"
    )
try:
    _db = dj_database_url.parse(_db_url, conn_max_age=env.read_int("DB_CONN_MAX_AGE", 60))
except (ValueError, KeyError) as exc:
    raise ConfigError(f"DATABASE_URL could not be read ({exc})") from None
if _db["ENGINE"] == "django.db.backends.postgresql":
    if not _db.get("NAME"):
        raise ConfigError("DATABASE_URL names no database; add /dbname to the end")
    # A dropped connection (database restart) is detected before use instead of failing a request.
    _db["CONN_HEALTH_CHECKS"] = True
else:
    if not _db.get("NAME"):
        raise ConfigError("DATABASE_URL names no SQLite file; use sqlite:///path/to/file.sqlite3")
    _db["OPTIONS"] = {
        # WAL lets readers and the one writer work at the same time; IMMEDIATE avoids
        # "database is locked" on upgrade from read to write inside a transaction.
        # Run once per connection; connections are kept (CONN_MAX_AGE) because setting the
        # journal mode takes a lock, and a fresh connection per request made workers queue on it.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    Path(_db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DATABASES = {"default": _db}

# --- cache ------------------------------------------------------------------------------------

REDIS_URL = env.read_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("REDIS_URL must start with redis://, rediss:// or unix://")
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # Rate-limit counters must be seen by every worker of the machine: a file cache, whose
    # add/incr take a file lock (wapsi/infra/filecache.py). REDIS_URL for several machines.
    CACHES = {
        "default": {
            "BACKEND": "wapsi.infra.filecache.FileCache",
            "LOCATION": str(VAR_DIR / "cache" / "default"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
# The rate limits count by client address: REMOTE_ADDR, or behind the proxy you configure the
# right-most X-Forwarded-For hop, the one that proxy appended (wapsi/infra/ratelimit.py).
BEHIND_PROXY = env.read_bool("BEHIND_PROXY", False)
# Whole public pages, the same for every anonymous reader, are kept here and dropped when
# content is published. A file cache is shared by all workers of one machine; several machines
# share a dedicated Redis database (it is flushed on every publish, so it must not be the one
# holding sessions and rate limits): PAGES_REDIS_URL, or by default REDIS_URL's next database.
PAGES_REDIS_URL = env.read_str("PAGES_REDIS_URL") or (
    env.redis_next_database(REDIS_URL) if REDIS_URL else ""
)
CACHES["pages"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": PAGES_REDIS_URL}
    if PAGES_REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
)
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_SECONDS = 300
CACHE_MIDDLEWARE_KEY_PREFIX = "wapsi"

# --- languages --------------------------------------------------------------------------------

LANG_INFO.update(EXTRA_LANG_INFO)
_enabled = env.read_list("WAPSI_LANGUAGES", list(CODES))
_unknown = [code for code in _enabled if code not in BY_CODE]
if _unknown:
    raise ConfigError(
        f"WAPSI_LANGUAGES has unknown language code(s) {', '.join(_unknown)}; "
        f"choose from {', '.join(CODES)}"
    )
LANGUAGE_CODE = env.read_str("LANGUAGE_CODE", DEFAULT)
if LANGUAGE_CODE not in _enabled:
    raise ConfigError(
        f"LANGUAGE_CODE={LANGUAGE_CODE!r} is not one of WAPSI_LANGUAGES ({', '.join(_enabled)})"
    )
LANGUAGES = [(code, BY_CODE[code].name) for code in _enabled]
LANGUAGES_BIDI = sorted({"he", "ar", "ar-dz", "ckb", "fa", "ug", "ur", *RTL_CODES})
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate this page" makes a draft, never a live page: translations go live through the
# review workflow (wapsi/accounts/roles.py), not as a side effect of starting one.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- static and media -------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.read_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.read_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Testimony media: no URL of any kind, read only by the views that check consent.
    "voices": {"BACKEND": "wapsi.voices.storage.VoicesStorage"},
    "staticfiles": {
        # Hashed names let static files be cached for a year; the manifest needs collectstatic,
        # so development serves them as they are.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Testimony media live outside MEDIA_ROOT: they are served only through a view that checks the
# storyteller's consent on every request, and are deleted when the story is withdrawn.
VOICES_MEDIA_ROOT = Path(env.read_str("VOICES_MEDIA_ROOT", str(VAR_DIR / "voices")))
VOICES_UPLOAD_MAX_BYTES = env.read_int("VOICES_UPLOAD_MAX_BYTES", 25 * 1024 * 1024)
VOICES_MAX_SECONDS = env.read_int("VOICES_MAX_SECONDS", 600)

# With an S3-compatible object store, every app server and worker shares the same media: public
# media (images, documents, study PDFs, progress evidence) in S3_BUCKET, served from it directly;
# testimony media in S3_PRIVATE_BUCKET, which must grant no public read: its objects get no URL,
# not even a presigned one, and reach a reader only through the views that check consent.
_S3_REQUIRED = (
    "S3_ENDPOINT_URL",
    "S3_BUCKET",
    "S3_PRIVATE_BUCKET",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
)
_s3 = {name: env.read_str(name) for name in (*_S3_REQUIRED, "S3_REGION", "S3_PUBLIC_URL")}
_s3_missing = [name for name in _S3_REQUIRED if not _s3[name]]
S3_ENABLED = not _s3_missing
if _s3_missing and any(_s3.values()):
    raise ConfigError(
        f"the object store is only partly configured: {', '.join(_s3_missing)} not set; "
        f"set all of {', '.join(_S3_REQUIRED)} (S3_REGION and S3_PUBLIC_URL are optional), or none"
    )
if S3_ENABLED:
    if not _s3["S3_ENDPOINT_URL"].startswith(("http://", "https://")):
        raise ConfigError(
            "S3_ENDPOINT_URL must start with https:// (or http:// on a private network)"
        )
    if _s3["S3_BUCKET"] == _s3["S3_PRIVATE_BUCKET"]:
        raise ConfigError(
            "S3_PRIVATE_BUCKET must differ from S3_BUCKET: testimony media must never share "
            "the public bucket"
        )
    _s3_common = {
        "endpoint_url": _s3["S3_ENDPOINT_URL"],
        "access_key": _s3["S3_ACCESS_KEY_ID"],
        "secret_key": _s3["S3_SECRET_ACCESS_KEY"],
        "region_name": _s3["S3_REGION"] or "us-east-1",
        "file_overwrite": False,  # a second upload named like the first gets a new name
    }
    _public = {
        **_s3_common,
        "bucket_name": _s3["S3_BUCKET"],
        "querystring_auth": False,  # plain, cacheable URLs: the bucket is public-read
    }
    if _s3["S3_PUBLIC_URL"]:
        # e.g. https://media.example.org: the CDN or domain that serves S3_BUCKET
        _scheme_sep, _, _domain = _s3["S3_PUBLIC_URL"].partition("://")
        if not _domain or _scheme_sep not in {"http", "https"}:
            raise ConfigError("S3_PUBLIC_URL must look like https://media.example.org")
        _public["custom_domain"] = _domain.rstrip("/")
        _public["url_protocol"] = f"{_scheme_sep}:"
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _public}
    STORAGES["voices"] = {
        "BACKEND": "wapsi.infra.storage.PrivateS3Storage",
        "OPTIONS": {**_s3_common, "bucket_name": _s3["S3_PRIVATE_BUCKET"]},
    }

# Small-cell suppression of every figure that leaves a centre (wapsi.lib.disclosure): a cell
# counting fewer people than STATS_MIN_CELL is hidden, and every hidden cell of a published
# table keeps an interval at least STATS_PROTECTION wide against arithmetic on the rest.
STATS_MIN_CELL = env.read_int("STATS_MIN_CELL", 10)
STATS_PROTECTION = env.read_int("STATS_PROTECTION", STATS_MIN_CELL)

# --- background tasks -------------------------------------------------------------------------

# Background work (media cleaning, e-mails, reminders, statistics rollups) goes on the
# database queue and `manage.py db_worker` runs it, so a request returns at once (`make run`
# starts a worker beside the development server). The suite runs tasks immediately, in the
# test's own transaction; the worker tests start a real db_worker (wapsi/ops/tests).
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_default_backend = "immediate" if "PYTEST_VERSION" in os.environ else "database"
TASKS_BACKEND = env.read_str("TASKS_BACKEND", _default_backend)
if TASKS_BACKEND not in _TASK_BACKENDS and "." not in TASKS_BACKEND:
    raise ConfigError("TASKS_BACKEND must be database, immediate or a backend's dotted path")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}
# A task that raises is tried again this many times in all, a little later each time.
TASKS_MAX_ATTEMPTS = env.read_int("TASKS_MAX_ATTEMPTS", 3)
TASKS_RETRY_DELAY_SECONDS = env.read_int("TASKS_RETRY_DELAY_SECONDS", 30)

# --- partner API (wapsi/partners) -------------------------------------------------------------

# Requests under this prefix pass the partner-key check and the API rate limits.
PARTNERS_API_PREFIX = "/api/"
# Requests per window: anonymous readers by address, partners by key (shared cache).
PARTNERS_ANON_RATE_LIMIT = env.read_int("PARTNERS_ANON_RATE_LIMIT", 600)
PARTNERS_KEY_RATE_LIMIT = env.read_int("PARTNERS_KEY_RATE_LIMIT", 6000)
PARTNERS_RATE_WINDOW_SECONDS = env.read_int("PARTNERS_RATE_WINDOW_SECONDS", 3600)
# Webhooks to private, loopback or link-local addresses are refused unless this is on
# (development, and the tests' local receiver).
PARTNERS_ALLOW_LOOPBACK = env.read_bool("PARTNERS_ALLOW_LOOPBACK", "PYTEST_VERSION" in os.environ)
PARTNERS_WEBHOOK_TIMEOUT_SECONDS = env.read_int("PARTNERS_WEBHOOK_TIMEOUT_SECONDS", 10)
# Failed deliveries are tried again with growing pauses for this long after the event.
PARTNERS_RETRY_HOURS = env.read_int("PARTNERS_RETRY_HOURS", 24)

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Wapsi"
WAGTAILADMIN_BASE_URL = env.read_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no outside network; nothing phones home
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# --- encryption of personal data at rest ---------------------------------------------------

FIELD_ENCRYPTION_KEYS = env.read_list("FIELD_ENCRYPTION_KEYS", [])
if not FIELD_ENCRYPTION_KEYS:
    if not DEBUG:
        raise ConfigError(
            "FIELD_ENCRYPTION_KEYS is not set and DEBUG is off; generate one with "
            "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
        )
    FIELD_ENCRYPTION_KEYS = [
        base64.urlsafe_b64encode(hashlib.sha256(SECRET_KEY.encode()).digest()).decode()
    ]
for _key in FIELD_ENCRYPTION_KEYS:
    try:
        if len(base64.urlsafe_b64decode(_key.encode())) != 32:
            raise ValueError
    except ValueError:
        raise ConfigError(
            "FIELD_ENCRYPTION_KEYS holds a value that is not a Fernet key (32 url-safe base64 bytes)"
        ) from None

# Case records are anonymised this many years after the client's last closed referral.
CASE_RETENTION_YEARS = env.read_int("CASE_RETENTION_YEARS", 5)
PROVIDER_LINK_MAX_AGE_DAYS = env.read_int("PROVIDER_LINK_MAX_AGE_DAYS", 14)

# The benchmark's yardstick: a bare view at /__bench__/bare, only when WAPSI_BENCH=1.
WAPSI_BENCH = env.read_bool("WAPSI_BENCH", False)

# --- authentication and security --------------------------------------------------------------

LOGIN_URL = "wagtailadmin_login"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses sign-in while a user/address is locked out
    "django.contrib.auth.backends.ModelBackend",
]
# Roles that see case records need a second factor (TOTP) before /staff/ and /admin/.
WAPSI_REQUIRE_2FA = env.read_bool("WAPSI_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "Wapsi"
# Sign-in throttling: 5 failures lock a username, or an address, for an hour.
AXES_FAILURE_LIMIT = env.read_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
# Locked per username and, separately, per address: one address trying many usernames is
# locked as surely as many addresses trying one username.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = 1 if env.read_bool("BEHIND_PROXY", False) else 0
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions live in the database, read through the shared cache (Redis with REDIS_URL), so a
# person signed in on one app server is signed in on all of them.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin iframe, so SAMEORIGIN, not DENY.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]  # the SAMEORIGIN choice above, made on purpose

_https = not DEBUG and env.read_bool("HTTPS", True)
SECURE_SSL_REDIRECT = _https
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_HSTS_SECONDS = env.read_int("SECURE_HSTS_SECONDS", 31536000) if _https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https
SECURE_HSTS_PRELOAD = _https
if env.read_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- logging: no personal data, one line per event --------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.read_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per task and per page action is noise on the console; failures still show.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # one INFO line per sign-in otherwise
    },
}
