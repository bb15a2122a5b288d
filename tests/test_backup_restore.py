"""Backup and restore (GDPR art. 32(1)(c)): a backup of a populated portal restores into an empty
database with every row, and the portal serves a referral from the restored copy.

`restore` works on the database DATABASE_URL names. The tests point the portal's connection at a
scratch database the same way Django's test runner points it at the test database: by changing
the connection's NAME.
"""

import contextlib
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse
from psycopg import sql

from referrals.actions import send_referral
from rokportal.management.postgres import libpq_parameters
from tests.conftest import signed_in
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)


def needs_postgres(test):
    """pg_dump and pg_restore, on committed data: they see only what other connections see."""
    committed = pytest.mark.django_db(transaction=True)(test)
    return pytest.mark.postgres(reason="pg_dump and pg_restore")(committed)


REASON = "Zorgen over geld en weinig steun rond de bevalling."


def postgres(dbname: str) -> psycopg.Connection:
    """A connection of our own to a database on the portal's server, for comparing."""
    parameters = libpq_parameters(connection.settings_dict) | {"dbname": dbname}
    return psycopg.connect(**parameters, autocommit=True)


@contextlib.contextmanager
def portal_on(dbname: str) -> Iterator[None]:
    """Point the portal at another database, as DATABASE_URL=…/dbname would."""
    assert django_settings.DATABASES["default"] is connection.settings_dict
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = dbname
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def row_counts(dbname: str) -> dict[str, int]:
    with postgres(dbname) as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
        return {
            table: conn.execute(
                sql.SQL("SELECT count(*) FROM public.{}").format(sql.Identifier(table))
            ).fetchone()[0]
            for (table,) in tables
        }


def record(dbname: str, table: str, pk) -> dict:
    """One row, column by column."""
    with postgres(dbname) as conn, conn.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT * FROM public.{} WHERE id = %s").format(sql.Identifier(table)), [pk]
        )
        row = cursor.fetchone()
        assert row is not None, f"{table} {pk} is missing from {dbname}"
        return dict(zip([column.name for column in cursor.description], row, strict=True))


@pytest.fixture
def portal():
    """A small living portal: the directory, a parent with consent, a sent referral with a
    message each way, and a view of it in the access log."""
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    location = LocationFactory(organisation=receiving)
    intervention = InterventionFactory(organisation=receiving)
    ContactPersonFactory(organisation=receiving, interventions=[intervention])
    sender, recipient = UserFactory(), UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    MembershipFactory(user=recipient, organisation=receiving)
    client = ClientFactory(full_name="Fenna Fictief", organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(
        client=client, recorded_by=sender, recipient_organisation=receiving
    )
    referral = ReferralFactory(consent=consent, intervention=intervention, reason=REASON)
    send_referral(referral, by=sender)
    referral.post_message(by=sender, organisation=sending, body="Zij verwacht uw telefoontje.")
    message = referral.post_message(by=recipient, organisation=receiving, body="Ik bel morgen.")
    signed_in(recipient).get(reverse("referrals:detail", args=[referral.pk]))
    return {
        "sender": sender,
        "referral": referral,
        "samples": {
            "referrals_referral": referral.pk,
            "consent_client": client.pk,
            "consent_consentrecord": consent.pk,
            "referrals_message": message.pk,
            "accounts_user": sender.pk,
            "organisations_location": location.pk,
        },
    }


@pytest.fixture
def scratch_database() -> Iterator[str]:
    """An empty database on the same server, dropped afterwards even when the test fails."""
    name = f"rokportal_restore_{uuid.uuid4().hex[:12]}"
    with postgres(connection.settings_dict["NAME"]) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        connection.close()
        with postgres(connection.settings_dict["NAME"]) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def backup(directory: Path) -> dict:
    call_command("backup", str(directory), stdout=io.StringIO())
    return json.loads((directory / "manifest.json").read_text())


def restore(directory: Path, dbname: str) -> str:
    output = io.StringIO()
    with portal_on(dbname):
        call_command("restore", str(directory), stdout=output)
    return output.getvalue()


@needs_postgres
def test_the_restore_drill(portal, scratch_database, tmp_path, settings):
    source = connection.settings_dict["NAME"]
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "uploads").mkdir(parents=True)
    (tmp_path / "media" / "uploads" / "folder.pdf").write_bytes(b"%PDF-1.4 fictional")

    manifest = backup(tmp_path / "backup")

    counts = row_counts(source)
    assert manifest["row_counts"] == counts
    assert counts["referrals_referral"] == 1 and counts["referrals_message"] == 2
    assert counts["consent_accesslogentry"] >= 1
    assert manifest["migrations"]["referrals"].startswith("0")
    assert manifest["media"]["files"] == 1

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    assert "rows match the manifest" in restore(tmp_path / "backup", scratch_database)

    assert row_counts(scratch_database) == counts
    for table, pk in portal["samples"].items():
        assert record(scratch_database, table, pk) == record(source, table, pk), table
    restored_file = tmp_path / "restored-media" / "uploads" / "folder.pdf"
    assert restored_file.read_bytes() == b"%PDF-1.4 fictional"

    # Changed after the backup: the page below shows the restored copy, not the live database.
    referral = portal["referral"]
    type(referral).objects.filter(pk=referral.pk).update(reason="Gewijzigd na de back-up.")
    with portal_on(scratch_database):
        response = signed_in(portal["sender"]).get(reverse("referrals:detail", args=[referral.pk]))
    assert response.status_code == 200
    assert REASON in response.content.decode()
    assert "Gewijzigd na de back-up." not in response.content.decode()


@needs_postgres
def test_restore_into_a_database_with_tables_is_refused_and_changes_nothing(portal, tmp_path):
    source = connection.settings_dict["NAME"]
    backup(tmp_path / "backup")
    before = row_counts(source)
    sample = record(source, "referrals_referral", portal["referral"].pk)

    with pytest.raises(CommandError, match="is not empty.*Nothing was restored"):
        restore(tmp_path / "backup", source)

    assert row_counts(source) == before
    assert record(source, "referrals_referral", portal["referral"].pk) == sample


@needs_postgres
def test_a_tampered_dump_is_refused(portal, scratch_database, tmp_path):
    backup(tmp_path / "backup")
    dump = tmp_path / "backup" / "database.dump"
    content = bytearray(dump.read_bytes())
    content[len(content) // 2] ^= 0xFF
    dump.write_bytes(bytes(content))

    with pytest.raises(CommandError, match="does not match the SHA-256.*Nothing was restored"):
        restore(tmp_path / "backup", scratch_database)

    assert row_counts(scratch_database) == {}


@needs_postgres
def test_a_restore_that_does_not_match_the_manifest_fails_loudly(
    portal, scratch_database, tmp_path
):
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = backup(tmp_path / "backup")
    manifest["row_counts"]["referrals_referral"] += 1
    manifest_path.write_text(json.dumps(manifest))

    with pytest.raises(CommandError, match="referrals_referral: 2 rows in the backup, 1 restored"):
        restore(tmp_path / "backup", scratch_database)


@needs_postgres
def test_backup_refuses_a_directory_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("earlier backup")

    with pytest.raises(CommandError, match="is not empty"):
        backup(tmp_path)

    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


@needs_postgres
def test_restore_refuses_a_directory_without_a_manifest(scratch_database, tmp_path):
    with pytest.raises(CommandError, match="manifest.json is missing"):
        restore(tmp_path, scratch_database)


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_on_sqlite_both_commands_say_to_copy_the_database_file(command, tmp_path, monkeypatch):
    sqlite = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}
    monkeypatch.setattr(django_settings, "DATABASES", {"default": sqlite})

    with pytest.raises(CommandError, match="need PostgreSQL.*copy the database file"):
        call_command(command, str(tmp_path / "backup"))

    assert not (tmp_path / "backup").exists()
