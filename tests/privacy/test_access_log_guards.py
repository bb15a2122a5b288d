"""The access log's guards on PostgreSQL (consent/migrations/0005_access_log_guards.py): an
entry loses its link to a client only once she has been erased, the log cannot be emptied, and
the portal runs as a role that owns nothing (`manage.py grant_app_role`), which can do its work
but cannot switch the guards off."""

import datetime
import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.forms.models import model_to_dict
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from psycopg import errors

from consent.models import AccessAction, AccessLogEntry, Client
from consent.policy import log_access
from rokportal.management.postgres import libpq_parameters

pytestmark = [pytest.mark.django_db, pytest.mark.postgres(reason="database triggers and roles")]


def log_entry(case, *, years: float = 0) -> AccessLogEntry:
    return AccessLogEntry.objects.create(
        at=timezone.now() - datetime.timedelta(days=365.25 * years),
        user=case["sender"],
        organisation=case["sending"],
        client=case["client"],
        object_type="consent.client",
        object_id=str(case["client"].pk),
        action=AccessAction.VIEW,
        granted=True,
    )


def refused(change) -> None:
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        change()


def execute(sql: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql)


def test_her_entries_keep_their_link_while_she_exists(case):
    client = case["client"]
    entries = {log_entry(case).pk, log_entry(case, years=6).pk}
    refused(lambda: AccessLogEntry.objects.filter(client=client).update(client=None))
    refused(lambda: execute("UPDATE consent_accesslogentry SET client_id = NULL"))
    client.anonymise()  # anonymised is not erased: her entries still count as hers
    refused(lambda: AccessLogEntry.objects.filter(client=client).update(client=None))
    assert set(AccessLogEntry.objects.filter(client=client).values_list("pk", flat=True)) == (
        entries
    )


def test_erasing_her_unlinks_her_entries_and_changes_nothing_else(case, verified_login):
    case["referral"].withdraw(by=case["sender"])
    officer = verified_login(case["officer"])
    page = officer.get(reverse("privacy:subject_access", args=[case["client"].pk]))
    assert page.status_code == 200
    log_entry(case, years=6)
    before = {
        entry.pk: model_to_dict(entry, exclude=["client"])
        for entry in AccessLogEntry.objects.filter(client=case["client"])
    }
    assert len(before) >= 2
    response = officer.post(reverse("privacy:erase", args=[case["client"].pk]), {"confirm": "on"})
    assert response.status_code == 302
    assert not Client.objects.filter(pk=case["client"].pk).exists()
    after = AccessLogEntry.objects.filter(pk__in=before)
    assert {entry.pk: model_to_dict(entry, exclude=["client"]) for entry in after} == before
    assert {entry.client_id for entry in after} == {None}
    assert AccessLogEntry.objects.filter(
        action=AccessAction.ERASE, object_id=str(case["client"].pk)
    ).exists()


def test_the_access_log_cannot_be_emptied(case):
    log_entry(case)
    count = AccessLogEntry.objects.count()
    # PostgreSQL refuses to truncate a table with foreign-key checks still pending, which
    # would hide whether the trigger refuses: check them now.
    execute("SET CONSTRAINTS ALL IMMEDIATE")
    refused(lambda: execute("TRUNCATE consent_accesslogentry"))
    refused(lambda: execute("TRUNCATE consent_client CASCADE"))  # reaches the log too
    assert AccessLogEntry.objects.count() == count


@pytest.fixture(scope="module")
def app_role(django_db_setup, django_db_blocker) -> Iterator[str]:
    """A login role for the portal, given its privileges by the command the owner runs after
    every migrate (twice here: running it again must change nothing). Committed outside the
    tests' transactions, as other sessions see a role only then; dropped with its privileges
    at the end."""
    name = f"rok_app_{uuid.uuid4().hex[:12]}"
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("database roles need PostgreSQL")
        execute(f'CREATE ROLE "{name}" LOGIN')
        try:
            for _ in range(2):
                call_command("grant_app_role", name, stdout=io.StringIO())
            yield name
        finally:
            execute(f'DROP OWNED BY "{name}"')
            execute(f'DROP ROLE "{name}"')


def connect_as(role: str) -> psycopg.Connection:
    parameters = libpq_parameters(connection.settings_dict) | {"user": role}
    parameters.pop("password", None)
    return psycopg.connect(**parameters)


ENTRY = (
    "INSERT INTO consent_accesslogentry (at, object_type, object_id, action, granted) "
    "VALUES (now(), 'consent.client', 'guards', 'view', true) RETURNING id"
)
# What an attacker holding the portal's connection would try, and the error each gets.
ATTEMPTS = {
    "ALTER TABLE consent_accesslogentry DISABLE TRIGGER ALL": errors.InsufficientPrivilege,
    "DROP TRIGGER consent_access_log_no_truncate ON consent_accesslogentry": (
        errors.InsufficientPrivilege
    ),
    "SET session_replication_role = replica": errors.InsufficientPrivilege,
    "TRUNCATE consent_accesslogentry": errors.InsufficientPrivilege,
    "DELETE FROM consent_accesslogentry WHERE id = %(entry)s": errors.RaiseException,
    "UPDATE consent_accesslogentry SET granted = false WHERE id = %(entry)s": (
        errors.InsufficientPrivilege
    ),
    "UPDATE consent_accesslogentry SET at = at - interval '6 years' WHERE id = %(entry)s": (
        errors.InsufficientPrivilege
    ),
}


def test_the_app_role_appends_and_reads_but_cannot_switch_the_guards_off(app_role):
    with connect_as(app_role) as session:
        (entry,) = session.execute(ENTRY).fetchone()
        assert session.execute(
            "SELECT object_id, current_user FROM consent_accesslogentry WHERE id = %s", [entry]
        ).fetchone() == ("guards", app_role)
        session.rollback()
        for statement, error in ATTEMPTS.items():
            (entry,) = session.execute(ENTRY).fetchone()
            with pytest.raises(error):
                session.execute(statement, {"entry": entry} if "%(entry)s" in statement else None)
            session.rollback()


@contextmanager
def acting_as(role: str) -> Iterator[None]:
    """What the portal does meanwhile runs with `role`'s privileges alone (SET ROLE), in the
    test's transaction, so that it works on the test's data."""
    execute(f'SET ROLE "{role}"')
    try:
        yield
    finally:
        execute("RESET ROLE")


def test_the_portal_does_its_work_as_the_app_role(case, verified_login, app_role):
    client = case["client"]
    old = log_entry(case, years=6)
    with acting_as(app_role):
        officer = verified_login(case["officer"])
        page = officer.get(reverse("privacy:subject_access", args=[client.pk]))
        assert page.status_code == 200
        request = RequestFactory().get("/")
        request.user = case["sender"]
        log_access(request, client=client, obj=client, action=AccessAction.VIEW, granted=True)
        retention = io.StringIO()
        call_command("apply_retention", stdout=retention)
        assert "Removed 1 access-log" in retention.getvalue()
        hers = set(AccessLogEntry.objects.filter(client=client).values_list("pk", flat=True))
        case["referral"].withdraw(by=case["sender"])
        erased = officer.post(reverse("privacy:erase", args=[client.pk]), {"confirm": "on"})
        assert erased.status_code == 302
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_user")
            assert cursor.fetchone() == (app_role,)
    assert old.pk not in hers and len(hers) >= 2  # the export and the view
    assert not Client.objects.filter(pk=client.pk).exists()
    unlinked = AccessLogEntry.objects.filter(pk__in=hers)
    assert set(unlinked.values_list("client_id", flat=True)) == {None}
    assert unlinked.count() == len(hers)
    assert AccessLogEntry.objects.filter(action=AccessAction.ERASE, user=case["officer"]).exists()


def test_a_table_of_its_own_cannot_answer_for_the_trigger(case, app_role):
    entry = log_entry(case)
    with acting_as(app_role):
        execute("CREATE TEMPORARY TABLE consent_client (id uuid)")
        refused(lambda: AccessLogEntry.objects.filter(pk=entry.pk).update(client=None))


def test_the_command_refuses_a_role_that_could_lift_the_limits(app_role):
    superuser = connection.settings_dict["USER"]
    member = f"{app_role}_owner"
    execute(f'CREATE ROLE "{member}" LOGIN')  # rolled back with the test
    execute(f'GRANT "{superuser}" TO "{member}"')
    for role, reason in (
        ("nobody_by_this_name", "There is no role"),
        (superuser, "superuser"),
        (member, "member of their owner"),
    ):
        with pytest.raises(CommandError, match=reason):
            call_command("grant_app_role", role, stdout=io.StringIO())
