"""`manage.py backup DIRECTORY`: a consistent copy of the portal that `restore` can bring back.

The directory gets `database.dump` (pg_dump's custom format), `media/` (the uploaded files, when
there are any) and `manifest.json`: when, which migrations, which pg_dump, the SHA-256 of the dump
and the row count of every table. The counts are taken in a REPEATABLE READ transaction whose
snapshot pg_dump then dumps (`pg_dump --snapshot`), so they describe exactly the rows in the
dump, however busy the portal is meanwhile; `restore` checks the restored database against them.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psycopg
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
    media_root,
    portal_database,
    row_counts,
    run,
    sha256_of,
)


class Command(BaseCommand):
    help = (
        "Write a consistent PostgreSQL dump, the uploaded files and a manifest (row counts, "
        "migrations, SHA-256) to DIRECTORY, which must be empty or new."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", help="Where to write the backup: a new or empty folder.")

    def handle(self, *args: Any, directory: str, **options: Any) -> None:
        database = portal_database()
        pg_dump = find_tool("pg_dump")
        target = Path(directory)
        created = prepare_directory(target)
        try:
            manifest = write_backup(target, database, pg_dump)
        except BaseException:
            # Leave no half backup behind: the directory was empty (or new) before.
            remove_contents(target, remove_directory=created)
            raise
        rows = sum(manifest["row_counts"].values())
        self.stdout.write(
            f"Backup written to {target}: {len(manifest['row_counts'])} tables, {rows} rows, "
            f"{manifest['media']['files']} uploaded files."
        )


def prepare_directory(target: Path) -> bool:
    """Refuse a directory with anything in it: a backup is never mixed with or overwrites
    another. A new directory is readable by its owner only: it holds personal data. Returns
    whether the directory was created."""
    if target.exists():
        if not target.is_dir():
            raise CommandError(f"{target} exists and is not a directory.")
        if any(target.iterdir()):
            raise CommandError(
                f"{target} is not empty: write each backup to a new or empty directory."
            )
        return False
    target.mkdir(parents=True, mode=0o700)
    return True


def write_backup(target: Path, database: Mapping[str, Any], pg_dump: str) -> dict[str, Any]:
    dump = target / DUMP
    with connect(database) as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        with connection.cursor() as cursor:
            # The transaction's snapshot, shared with pg_dump while this transaction stays open;
            # now() is the moment it was taken.
            cursor.execute("SELECT pg_export_snapshot(), now()")
            snapshot, taken_at = cursor.fetchone()
            counts = row_counts(cursor)
            migrations = latest_migrations(cursor) if "django_migrations" in counts else {}
            run(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={dump}",
                ],
                environment=libpq_environment(database),
            )
        server_version = connection.info.server_version
        connection.rollback()
    media_files = copy_media(target / MEDIA)
    manifest = {
        "format": MANIFEST_FORMAT,
        "created_at": taken_at.isoformat(timespec="seconds"),
        "database": database.get("NAME", ""),
        "server_version": server_version,
        "pg_dump_version": run([pg_dump, "--version"]).strip(),
        "dump": {"file": DUMP, "sha256": sha256_of(dump), "bytes": dump.stat().st_size},
        "row_counts_taken": "in the snapshot pg_dump dumped (pg_dump --snapshot)",
        "row_counts": counts,
        "migrations": migrations,
        "media": {"directory": MEDIA if media_files else None, "files": media_files},
    }
    # Written last: a directory without a manifest is not a finished backup.
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def latest_migrations(cursor: psycopg.Cursor) -> dict[str, str]:
    """The last migration applied per app: which code version the dump belongs to."""
    cursor.execute(
        "SELECT DISTINCT ON (app) app, name FROM django_migrations "
        "ORDER BY app, applied DESC, id DESC"
    )
    return dict(cursor.fetchall())


def copy_media(destination: Path) -> int:
    """Copy MEDIA_ROOT, when set and holding files. Uploaded files are not part of the database
    snapshot: one uploaded during the backup may be missing from it (or present without its row).
    """
    source = media_root()
    if source is None or not source.is_dir() or not files_under(source):
        return 0
    shutil.copytree(source, destination)
    return len(files_under(destination))


def remove_contents(target: Path, *, remove_directory: bool) -> None:
    if remove_directory:
        shutil.rmtree(target, ignore_errors=True)
        return
    for path in target.iterdir():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
