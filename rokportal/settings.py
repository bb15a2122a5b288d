"""Settings for ROK Portaal, read from environment variables.

DEBUG is off unless the environment says DEBUG=1 (`make run` and the tests do), so a production
environment that forgets it does not run in debug mode; it then needs SECRET_KEY and
ALLOWED_HOSTS. With DEBUG on, every other value has a development default (SQLite, console
e-mail). Bad values fail loudly with ImproperlyConfigured instead of being silently ignored.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    return _env_number(name, default, int, "an integer")


def env_float(name: str, default: float) -> float:
    return _env_number(name, default, float, "a number")


def _env_number(name: str, default, parse, kind: str):
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return parse(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {kind}, got {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

_INSECURE_KEY = "django-insecure-development-key-do-not-use-in-production"
# Without DEBUG nothing falls back to the development key. Left empty, Django refuses to use it
# (ImproperlyConfigured on first use) and the web server refuses to start (wsgi.py, asgi.py),
# while commands that need no key, such as `makemigrations --check`, still run.
SECRET_KEY = env_str("SECRET_KEY", _INSECURE_KEY if DEBUG else "")
if SECRET_KEY and not DEBUG and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be a random value of at least 50 characters")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "rokportal",  # site-wide commands: backup, restore
    "mail",  # the outbox: every e-mail goes through it, so it sits below accounts
    "accounts",
    "organisations",
    "consent",
    "referrals",
    "privacy",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "template_partials",
    "guardian",
    "simple_history",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses sign-in attempts while a user name and IP address are locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Object permissions: "this editor may change *this* organisation".
    "guardian.backends.ObjectPermissionBackend",
]
# No database row for anonymous visitors: the directory is public, editing needs a sign-in.
ANONYMOUS_USER_NAME = None

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Permissions-Policy on every response; nothing for a signed-in user is stored.
    "rokportal.middleware.BrowserPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "rokportal.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # What the permission checks look up about the signed-in user, once per request.
    "rokportal.request_memo.RequestMemoMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "accounts.middleware.SessionLifetimeMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    # Records who made each change in the directory's history.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: answers a locked-out sign-in attempt with the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rokportal.urls"

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
            ],
        },
    },
]

WSGI_APPLICATION = "rokportal.wsgi.application"

# A connection is kept for the next request of the same thread for this many seconds: gunicorn's
# few workers reuse theirs. runserver starts a thread per request, and each kept connection
# lingers idle, so development (DEBUG) opens one per request.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0 if DEBUG else 60),
        conn_health_checks=True,
    )
}

# PostgreSQL plans for SSD storage, where a random read costs little more than a sequential one
# (the default assumes spinning disks): a search then reads its matches through the GIN index
# instead of decompressing every row's search vector. Set it to 4 on spinning disks.
# A query a page runs again and again (the inbox's list, a referral's page) is prepared on its
# connection from its fifth run on, so PostgreSQL parses it once and can reuse its plan (the
# inbox's seven-table join took longer to plan than to run). This needs server-side parameter
# binding. Switch it off behind a pooler in transaction mode that does not keep prepared
# statements (PgBouncer before 1.21, or without max_prepared_statements).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={env_float('POSTGRES_RANDOM_PAGE_COST', 1.1)}"
    )
    if env_bool("POSTGRES_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"] |= {"server_side_binding": True, "prepare_threshold": 5}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "start"  # the personal start page: what needs me now
LOGOUT_REDIRECT_URL = "home"

# Argon2 for new and changed passwords; older hashes are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT_MINUTES", 60) * 60

# Sessions (OWASP ASVS L2): end after 30 minutes without activity and 12 hours after signing in.
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
SESSION_MAX_HOURS = env_int("SESSION_MAX_HOURS", 12)
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True  # each request moves the idle deadline
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Several app servers share sessions through the database, or through Redis when REDIS_URL is
# set (no database write per request). The shared cache holds sessions only, never client data.
# The database store saves a session in one UPDATE instead of a transaction of three statements.
# "fragments" is each process's own memory of rendered public directory fragments (the search
# page's result cards), valid for one directory version on one day; never anything per user.
SESSION_ENGINE = "accounts.sessions"
REDIS_URL = env_str("REDIS_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "fragments",
        "TIMEOUT": 24 * 60 * 60,
        # Room for the cards of a working set of searches (the benchmark's 128 show some 2,050
        # different offers): when full, Django drops the least recently used third at once,
        # and a working set larger than what is left renders every card again; dropping a
        # tenth keeps it. About 1.6 kB a card: 8 MB at most.
        "OPTIONS": {
            "MAX_ENTRIES": env_int("FRAGMENT_CACHE_ENTRIES", 5000),
            "CULL_FREQUENCY": 10,
        },
    },
}
if REDIS_URL:
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

# Second factor (django-otp, TOTP with backup codes): required of every signed-in user, since
# every account can reach client data or the access log. Only a demo may switch it off.
PORTAL_REQUIRE_MFA = env_bool("PORTAL_REQUIRE_MFA", True)
OTP_TOTP_ISSUER = "ROK Portaal"

# Sign-in throttling (django-axes): locked after repeated failures for one user name from one
# IP address — nobody can lock a colleague out from elsewhere (OWASP ASVS 6.1.1).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "accounts.throttling.username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Uploaded files (none yet besides imports, which are read and not kept); on several app servers
# MEDIA_ROOT is a shared volume, or STORAGES["default"] an object store.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ROK Portaal <noreply@rokportaal.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security. Production (DEBUG off) assumes HTTPS; every value can be set explicitly. ---
# HTTPS=0 serves a production-like portal over plain HTTP on this machine only (the benchmark).
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
# A load balancer's health check may use plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    # The proxy terminates TLS and says so in this header (and strips it from clients).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The visitor's address (accounts/throttling.py: client_ip) is the X-Forwarded-For entry this
# many places from the right: each proxy in front of the portal appends the address it was sent
# the request from. 0: the address of the connection itself (no proxy).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_PROXY else 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more")
# Sign-in throttling must see the visitor's address, not the proxy's.
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
if HTTPS:
    # __Host- cookies are only accepted over HTTPS, for this host, with path / (no subdomain
    # can set or read them).
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"
# Permissions-Policy (rokportal.middleware.BrowserPolicyMiddleware): the portal uses no device
# feature. A map that finds the visitor's location would need "geolocation=(self)".
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)
# Content-Security-Policy (django-csp): only the portal's own files; no inline script or style.
# Images also from PDOK: the search page's map tiles (Kadaster's BRT background map), loaded by
# the user's browser.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https://service.pdok.nl"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Background work (e-mail): immediate in development and tests, the database queue in
# production (run `manage.py db_worker` beside the web server).
TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}
# Links in e-mails point here.
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://127.0.0.1:8000")

# Accounts: an invitation link works once, for this many hours.
INVITATION_VALID_HOURS = env_int("INVITATION_VALID_HOURS", 72)

# Directory: how many search results per page; when an entry counts as overdue for checking.
SEARCH_PAGE_SIZE = env_int("SEARCH_PAGE_SIZE", 20)
VERIFICATION_MAX_AGE_DAYS = env_int("VERIFICATION_MAX_AGE_DAYS", 365)
# Waiting times and capacity count as stale after this many days without an update.
CAPACITY_MAX_AGE_DAYS = env_int("CAPACITY_MAX_AGE_DAYS", 91)
# The taxonomies (municipalities, themes, life phases, …) stay in each process's memory this
# long: public data, changed rarely. A change is seen at once by this process, and by the
# search and organisation pages of every process (organisations/search/freshness.py).
TAXONOMY_CACHE_SECONDS = env_int("TAXONOMY_CACHE_SECONDS", 300)
# The search facets' index stays in each process's memory until the directory changes (any
# process; organisations/search/freshness.py), and at most this long.
SEARCH_INDEX_SECONDS = env_int("SEARCH_INDEX_SECONDS", 600)
# Spreadsheet imports: refused above this size or number of rows.
DIRECTORY_IMPORT_MAX_BYTES = env_int("DIRECTORY_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
DIRECTORY_IMPORT_MAX_ROWS = env_int("DIRECTORY_IMPORT_MAX_ROWS", 1000)
# Referrals: how many working days a recipient has to answer before it counts as overdue.
REFERRAL_ANSWER_WORKING_DAYS = env_int("REFERRAL_ANSWER_WORKING_DAYS", 3)
# Referrals: after how many working days a sent referral that nobody at the recipient has signed
# in to read reminds the region's coordinators and the sender (manage.py remind_unread_referrals).
REFERRAL_UNREAD_REMINDER_WORKING_DAYS = env_int("REFERRAL_UNREAD_REMINDER_WORKING_DAYS", 2)
# Days after closing a referral during which the recipient still sees what the feedback needs
# (who the family is and the reason she was referred, consent/policy.py); then nothing.
REFERRAL_FEEDBACK_DAYS = env_int("REFERRAL_FEEDBACK_DAYS", 30)

# Privacy (AVG) and the access log (NEN 7513).
# Finished referrals and their clients are anonymised this many months after closing.
RETENTION_MONTHS = env_int("RETENTION_MONTHS", 24)
# Access-log entries are kept this long, whatever happens to the client; never under five years.
ACCESS_LOG_RETENTION_YEARS = env_int("ACCESS_LOG_RETENTION_YEARS", 5)
if ACCESS_LOG_RETENTION_YEARS < 5:
    raise ImproperlyConfigured("ACCESS_LOG_RETENTION_YEARS must be at least 5 (NEN 7513)")
# The daily list of unusual access: a user opening at least this many different clients in a
# day, or refused at least this many times.
UNUSUAL_CLIENTS_PER_DAY = env_int("UNUSUAL_CLIENTS_PER_DAY", 15)
UNUSUAL_REFUSALS_PER_DAY = env_int("UNUSUAL_REFUSALS_PER_DAY", 3)
# Exporting or printing client data asks for the second factor again unless it was given
# within this many minutes.
STEP_UP_MINUTES = env_int("STEP_UP_MINUTES", 5)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # One line per task start and end drowns everything else.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
