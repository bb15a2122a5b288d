"""The settings helpers read the environment and fail loudly on bad values; what some settings
become in a fresh process configured by environment variables."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from rokportal.settings import env_bool, env_float, env_int, env_list


def test_booleans_accept_common_spellings(monkeypatch):
    for raw, expected in [
        ("true", True),
        ("1", True),
        ("ON", True),
        ("false", False),
        ("0", False),
    ]:
        monkeypatch.setenv("FLAG", raw)
        assert env_bool("FLAG", not expected) is expected
    monkeypatch.delenv("FLAG")
    assert env_bool("FLAG", True) is True


def test_bad_values_fail_loudly(monkeypatch):
    monkeypatch.setenv("FLAG", "misschien")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG", False)
    monkeypatch.setenv("NUMBER", "twintig")
    with pytest.raises(ImproperlyConfigured, match="NUMBER"):
        env_int("NUMBER", 20)
    monkeypatch.setenv("COST", "1.1 -c work_mem=1GB")
    with pytest.raises(ImproperlyConfigured, match="COST"):
        env_float("COST", 1.1)
    monkeypatch.setenv("COST", "4")
    assert env_float("COST", 1.1) == 4.0


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("HOSTS", " rokportaal.nl, www.rokportaal.nl ,")
    assert env_list("HOSTS", []) == ["rokportaal.nl", "www.rokportaal.nl"]


PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "x" * 50}
# The caller's environment must not decide what these tests configure.
CONFIGURED_HERE = {
    "DEBUG",
    "SECRET_KEY",
    "BEHIND_PROXY",
    "TRUSTED_PROXY_COUNT",
    "DATABASE_URL",
    "DATABASE_CONN_MAX_AGE",
}


def import_settings(script: str, **env: str) -> subprocess.CompletedProcess:
    """Import the settings in a fresh process configured by these environment variables, then
    run `script` (with the settings module as `s`)."""
    environment = {k: v for k, v in os.environ.items() if k not in CONFIGURED_HERE}
    return subprocess.run(
        [sys.executable, "-c", f"from rokportal import settings as s; {script}"],
        cwd=settings.BASE_DIR,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def configured(script: str, **env: str) -> str:
    """What `script` prints, the settings imported as with import_settings."""
    result = import_settings(script, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_number_of_trusted_proxies_follows_behind_proxy():
    count = "print(s.TRUSTED_PROXY_COUNT, s.AXES_CLIENT_IP_CALLABLE)"
    assert configured(count, **PRODUCTION) == "0 accounts.throttling.client_ip"
    assert configured(count, **PRODUCTION, BEHIND_PROXY="1").startswith("1 ")
    assert configured(count, **PRODUCTION, BEHIND_PROXY="1", TRUSTED_PROXY_COUNT="2")[0] == "2"


def test_a_bad_number_of_trusted_proxies_fails_loudly():
    for bad in ("twee", "-1"):
        result = import_settings("", **PRODUCTION, TRUSTED_PROXY_COUNT=bad)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr and "TRUSTED_PROXY_COUNT" in result.stderr


def test_connections_are_kept_in_production_not_in_development():
    """runserver's thread per request would leave an idle connection behind for each one."""
    kept = "print(s.DATABASES['default']['CONN_MAX_AGE'])"
    postgres = {"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/rok"}
    assert configured(kept, DEBUG="1", **postgres) == "0"
    assert configured(kept, **PRODUCTION, **postgres) == "60"
    assert configured(kept, DEBUG="1", DATABASE_CONN_MAX_AGE="30", **postgres) == "30"
    assert configured(kept, **PRODUCTION, DATABASE_CONN_MAX_AGE="0", **postgres) == "0"


def test_debug_is_off_unless_the_environment_turns_it_on():
    """A production environment that forgets DEBUG must not run in debug mode."""
    production_like = "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.ALLOWED_HOSTS)"
    assert configured(production_like, SECRET_KEY="x" * 50) == "False True []"
    assert configured("print(s.DEBUG)", DEBUG="1") == "True"
    # Without DEBUG nothing falls back to the development key: the web server refuses to start,
    # and nothing can sign with an empty key; a command that needs none still runs.
    assert configured("print(repr(s.SECRET_KEY))") == "''"
    for server in ("wsgi", "asgi"):
        forgotten = import_settings(
            f"import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'rokportal.settings'; "
            f"import rokportal.{server}"
        )
        assert forgotten.returncode != 0, server
        assert "ImproperlyConfigured" in forgotten.stderr and "SECRET_KEY" in forgotten.stderr
    signing = import_settings(
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'rokportal.settings'; "
        "django.setup(); from django.core import signing; signing.dumps(1)"
    )
    assert signing.returncode != 0 and "SECRET_KEY" in signing.stderr


def test_a_short_key_fails_loudly_in_production():
    short = import_settings("", DEBUG="0", SECRET_KEY="too-short")
    assert short.returncode != 0 and "at least 50 characters" in short.stderr
