"""What `backup` and `restore` share: reaching PostgreSQL the way the portal does.

The portal's database is `settings.DATABASES["default"]` (from DATABASE_URL). pg_dump and
pg_restore get its connection parameters as libpq environment variables, never as arguments, so
the password does not show up in `ps`. Our own checks (row counts, "is the target empty?") use
psycopg with the very same parameters, so they look at the same database the tools do.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psycopg
from django.conf import settings
from django.core.management.base import CommandError
from psycopg import sql

MANIFEST = "manifest.json"
DUMP = "database.dump"
MEDIA = "media"
MANIFEST_FORMAT = 1

# Django setting -> libpq keyword.
_SETTINGS_KEYWORDS = {"NAME": "dbname", "USER": "user", "PASSWORD": "password", "HOST": "host"}
# libpq keyword -> environment variable. OPTIONS keys outside this table (Django's own, such as
# "pool" or "isolation_level") mean nothing to libpq and are left out.
_ENVIRONMENT = {
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "host": "PGHOST",
    "port": "PGPORT",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def portal_database() -> Mapping[str, Any]:
    """The portal's database settings; a clear refusal when it is not PostgreSQL."""
    database = settings.DATABASES["default"]
    if "postgresql" not in database["ENGINE"]:
        raise CommandError(
            "Backup and restore need PostgreSQL (DATABASE_URL=postgresql://…); this portal uses "
            f"{database['ENGINE']}. With SQLite, stop the portal and copy the database file "
            f"({database.get('NAME')}) instead."
        )
    return database


def libpq_parameters(database: Mapping[str, Any]) -> dict[str, str]:
    """libpq keywords for a Django database settings dict (empty values left to libpq)."""
    parameters = {
        keyword: str(database[setting])
        for setting, keyword in _SETTINGS_KEYWORDS.items()
        if database.get(setting)
    }
    if database.get("PORT"):
        parameters["port"] = str(database["PORT"])
    for keyword, value in (database.get("OPTIONS") or {}).items():
        if keyword in _ENVIRONMENT and value not in (None, ""):
            parameters[keyword] = str(value)
    return parameters


def libpq_environment(database: Mapping[str, Any]) -> dict[str, str]:
    """The environment for pg_dump and pg_restore: ours, plus the database's PG* variables.

    Variables the settings leave empty are inherited, as psycopg inherits them for Django.
    """
    environment = dict(os.environ)
    for keyword, value in libpq_parameters(database).items():
        environment[_ENVIRONMENT[keyword]] = value
    return environment


def connect(database: Mapping[str, Any]) -> psycopg.Connection:
    try:
        return psycopg.connect(**libpq_parameters(database))
    except psycopg.OperationalError as error:
        raise CommandError(f"Cannot connect to the database: {error}") from error


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise CommandError(
            f"{name} was not found on the PATH: install postgresql-client "
            "(the same major version as the server, or newer)."
        )
    return path


def run(command: list[str], environment: Mapping[str, str] | None = None) -> str:
    try:
        completed = subprocess.run(
            command, env=environment, check=True, capture_output=True, text=True
        )
    except subprocess.CalledProcessError as error:
        raise CommandError(
            f"{Path(command[0]).name} failed (exit status {error.returncode}): "
            f"{error.stderr.strip()}"
        ) from error
    return completed.stdout


def table_names(cursor: psycopg.Cursor) -> list[str]:
    cursor.execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    return [name for (name,) in cursor.fetchall()]


def row_counts(cursor: psycopg.Cursor) -> dict[str, int]:
    """Exact row counts (count(*), not the planner's estimate) for every table in `public`."""
    counts = {}
    for name in table_names(cursor):
        query = sql.SQL("SELECT count(*) FROM public.{}").format(sql.Identifier(name))
        cursor.execute(query)
        counts[name] = cursor.fetchone()[0]
    return counts


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def files_under(directory: Path) -> list[Path]:
    return sorted(path for path in directory.rglob("*") if path.is_file())


def media_root() -> Path | None:
    """The folder of uploaded files, when the portal has one configured."""
    configured = getattr(settings, "MEDIA_ROOT", "")
    return Path(configured) if configured else None
