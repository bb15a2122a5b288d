"""`manage.py restore DIRECTORY`: bring a `backup` back into an empty database.

Restoring over live data would mix two versions of client records, so the target database
(DATABASE_URL) must have no tables yet, and MEDIA_ROOT no files. The dump must match the SHA-256
in the manifest (a damaged or altered backup is refused before anything is touched). pg_restore
runs in one transaction that stops at the first error: a failed restore leaves the database as
empty as it was. Afterwards every table's row count is compared with the manifest.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rokportal.management.postgres import (
    DUMP,
    MANIFEST,
    MANIFEST_FORMAT,
    MEDIA,
    connect,
    files_under,
    find_tool,
    libpq_environment,
    libpq_parameters,
    media_root,
    portal_database,
    row_counts,
    run,
    sha256_of,
    table_names,
)


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the empty database DATABASE_URL names, "
        "after checking its SHA-256; then compare every table's row count with the manifest."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", help="A directory written by `manage.py backup`.")

    def handle(self, *args: Any, directory: str, **options: Any) -> None:
        database = portal_database()
        pg_restore = find_tool("pg_restore")
        source = Path(directory)
        manifest = read_manifest(source)
        dump = source / DUMP
        verify_checksum(dump, manifest["dump"]["sha256"])
        media = source / MEDIA if manifest["media"]["files"] else None
        media_target = check_media_target(media)
        dbname = libpq_parameters(database).get("dbname")
        if not dbname:
            raise CommandError("Name the database to restore into in DATABASE_URL.")
        refuse_non_empty_database(database, dbname)

        run(
            [
                pg_restore,
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={dbname}",
                str(dump),
            ],
            environment=libpq_environment(database),
        )
        if media is not None and media_target is not None:
            shutil.copytree(media, media_target, dirs_exist_ok=True)

        with connect(database) as connection, connection.cursor() as cursor:
            restored = row_counts(cursor)
        problems = count_differences(manifest["row_counts"], restored)
        if media_target is not None and media is not None:
            copied = len(files_under(media_target))
            if copied != manifest["media"]["files"]:
                problems.append(
                    f"uploaded files: {manifest['media']['files']} in the backup, {copied} restored"
                )
        if problems:
            raise CommandError(
                f"The restored database {dbname} does not match the backup's manifest:\n  "
                + "\n  ".join(problems)
                + "\nDo not use it: drop it, create an empty database and restore again."
            )
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} into {dbname}: "
            f"{len(restored)} tables and {sum(restored.values())} rows match the manifest, "
            f"{manifest['media']['files']} uploaded files."
        )


def read_manifest(source: Path) -> dict[str, Any]:
    path = source / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(
            f"{path} is missing: {source} is not a complete backup made by `manage.py backup`."
        ) from None
    except (OSError, ValueError) as error:
        raise CommandError(f"{path} cannot be read: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise CommandError(f"{path} is not a manifest this version of the portal understands.")
    return manifest


def verify_checksum(dump: Path, expected: str) -> None:
    """A damaged or altered dump is refused before the database is touched."""
    if not dump.is_file():
        raise CommandError(f"{dump} is missing: the backup is incomplete. Nothing was restored.")
    found = sha256_of(dump)
    if found != expected:
        raise CommandError(
            f"{dump} does not match the SHA-256 in the manifest (expected {expected}, found "
            f"{found}): the backup is damaged or was altered. Nothing was restored."
        )


def check_media_target(media: Path | None) -> Path | None:
    """Where the uploaded files go; refused before the database is touched when they cannot."""
    if media is None:
        return None
    target = media_root()
    if target is None:
        raise CommandError(
            "The backup holds uploaded files but MEDIA_ROOT is not set. Nothing was restored."
        )
    if target.is_dir() and files_under(target):
        raise CommandError(
            f"MEDIA_ROOT ({target}) already holds files: restore only into an empty portal. "
            "Nothing was restored."
        )
    return target


def refuse_non_empty_database(database: Mapping[str, Any], dbname: str) -> None:
    with connect(database) as connection, connection.cursor() as cursor:
        tables = table_names(cursor)
    if tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise CommandError(
            f"The database {dbname} is not empty: it has {len(tables)} tables ({shown}). "
            "Restore only into an empty database (createdb a new one and point DATABASE_URL at "
            "it). Nothing was restored."
        )


def count_differences(expected: Mapping[str, int], restored: Mapping[str, int]) -> list[str]:
    problems = []
    for table in sorted(expected.keys() | restored.keys()):
        if table not in restored:
            problems.append(f"{table}: in the backup, missing from the restored database")
        elif table not in expected:
            problems.append(f"{table}: in the restored database, not in the backup")
        elif expected[table] != restored[table]:
            problems.append(
                f"{table}: {expected[table]} rows in the backup, {restored[table]} restored"
            )
    return problems
