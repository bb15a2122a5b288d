"""Retention: `apply_retention [--dry-run]` anonymises clients whose referrals all finished more
than RETENTION_MONTHS ago; the access log keeps its entries (at least five years)."""

import datetime
import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessAction, AccessLogEntry, Client, ConsentRecord
from consent.policy import log_access
from privacy.actions import months_before
from referrals.models import Message, Outcome, Referral, ReferralEvent
from tests.factories import ClientFactory, ConsentRecordFactory, ReferralFactory

pytestmark = pytest.mark.django_db


def backdate(referral: Referral, client: Client, months: int) -> None:
    moment = months_before(timezone.now(), months)
    Referral.objects.filter(pk=referral.pk).update(closed_at=moment, answered_at=moment)
    Client.objects.filter(pk=client.pk).update(created_at=moment - datetime.timedelta(days=30))


@pytest.fixture
def finished_long_ago(case):
    """The case's referral, closed 25 months ago, with one access-log entry about her."""
    referral = case["referral"]
    referral.accept(by=case["recipient"])
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP, feedback="Zij krijgt hulp.")
    backdate(referral, case["client"], 25)
    request = RequestFactory().get("/")
    request.user = case["sender"]
    log_access(request, client=case["client"], obj=referral, action=AccessAction.VIEW, granted=True)
    return case


def run(*args) -> str:
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    moment = datetime.datetime(2026, 3, 31, 9, 30, tzinfo=datetime.UTC)
    assert months_before(moment, 24) == datetime.datetime(2024, 3, 31, 9, 30, tzinfo=datetime.UTC)
    assert months_before(moment, 1) == datetime.datetime(2026, 2, 28, 9, 30, tzinfo=datetime.UTC)
    assert months_before(moment, 3).month == 12 and months_before(moment, 3).year == 2025


def test_a_dry_run_says_what_would_happen_and_changes_nothing(finished_long_ago):
    client = finished_long_ago["client"]
    output = run("--dry-run")
    assert "Would anonymise 1 client(s) and 1 referral(s)" in output
    assert str(client.pk) in output and client.full_name not in output
    client.refresh_from_db()
    assert client.full_name == "Fenna Fictief" and client.anonymised_at is None
    assert Referral.objects.get().reason


def test_the_run_anonymises_her_record_consents_and_referrals(finished_long_ago, login):
    case = finished_long_ago
    output = run()
    assert "Anonymised 1 client(s) and 1 referral(s)" in output
    client = Client.objects.get(pk=case["client"].pk)
    assert client.anonymised_at is not None
    assert (client.full_name, client.date_of_birth, client.phone, client.postcode) == (
        "",
        None,
        "",
        "",
    )
    assert client.due_date is None and client.child_birth_date is None
    consent = ConsentRecord.objects.get()
    assert (consent.given_by_name, consent.purpose) == ("", "")
    assert consent.consent_text_sha256  # the proof of what she was shown stays
    referral = Referral.objects.get()
    assert (referral.reason, referral.feedback, referral.best_times) == ("", "", "")
    assert referral.anonymised_at is not None
    assert not Message.objects.exists()
    assert ReferralEvent.objects.filter(referral=referral).count() >= 3  # the timeline stays
    entry = AccessLogEntry.objects.get(object_id=str(referral.pk))
    assert entry.client_id == client.pk  # the log keeps its entries
    page = login(case["sender"]).get(reverse("referrals:detail", args=[referral.pk]))
    assert page.status_code == 200
    assert "Fenna Fictief" not in page.content.decode()
    assert run().startswith("Anonymised 0 client(s)")  # idempotent


def test_recent_open_and_unfinished_clients_are_kept(case):
    recent = ReferralFactory(consent=ConsentRecordFactory(client=ClientFactory()))
    recent.withdraw(by=recent.sender)
    backdate(recent, recent.client, 23)
    still_open = ReferralFactory(consent=ConsentRecordFactory(client=ClientFactory()))
    backdate(still_open, still_open.client, 30)
    Referral.objects.filter(pk=still_open.pk).update(closed_at=None, answered_at=None)
    never_referred = ClientFactory()
    Client.objects.filter(pk=never_referred.pk).update(created_at=months_before(timezone.now(), 25))
    output = run()
    assert "Anonymised 1 client(s) and 0 referral(s)" in output
    assert set(Client.objects.filter(anonymised_at__isnull=False)) == {never_referred}


def test_one_old_finished_referral_does_not_anonymise_a_client_with_a_recent_one(
    finished_long_ago,
):
    case = finished_long_ago
    newer = ReferralFactory(
        consent=ConsentRecordFactory(client=case["client"], recorded_by=case["sender"])
    )
    newer.withdraw(by=case["sender"])
    assert run().startswith("Anonymised 0 client(s)")


def test_the_retention_period_is_configurable(finished_long_ago, settings):
    settings.RETENTION_MONTHS = 36
    assert run().startswith("Anonymised 0 client(s)")
    settings.RETENTION_MONTHS = 12
    assert run().startswith("Anonymised 1 client(s)")


def log_entry_aged(case, years: float) -> AccessLogEntry:
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


def test_access_log_entries_are_kept_five_years_or_as_configured(case, settings):
    older, recent = log_entry_aged(case, 5.5), log_entry_aged(case, 4.5)
    settings.ACCESS_LOG_RETENTION_YEARS = 6
    assert "Removed 0 access-log" in run()
    settings.ACCESS_LOG_RETENTION_YEARS = 5
    assert "Would remove 1 access-log" in run("--dry-run")
    assert "Removed 1 access-log" in run()
    assert not AccessLogEntry.objects.filter(pk=older.pk).exists()
    assert AccessLogEntry.objects.filter(pk=recent.pk).exists()


def test_the_access_log_can_never_be_kept_shorter_than_five_years(monkeypatch):
    import importlib

    import rokportal.settings

    monkeypatch.setenv("ACCESS_LOG_RETENTION_YEARS", "4")
    with pytest.raises(ImproperlyConfigured, match="at least 5"):
        importlib.reload(rokportal.settings)
    monkeypatch.delenv("ACCESS_LOG_RETENTION_YEARS")
    importlib.reload(rokportal.settings)


@pytest.mark.postgres(reason="a database trigger")
def test_the_database_allows_only_unlinking_and_expiry(case):
    assert connection.vendor == "postgresql"
    young, old = log_entry_aged(case, 4.9), log_entry_aged(case, 5.1)
    refused = (
        lambda: AccessLogEntry.objects.filter(pk=young.pk).delete(),
        lambda: AccessLogEntry.objects.filter(pk=young.pk).update(granted=False),
        lambda: AccessLogEntry.objects.filter(pk=young.pk).update(client=None, granted=False),
        lambda: AccessLogEntry.objects.filter(pk=old.pk).update(object_id="x"),
        # She still exists: only an erased client's entries lose their link to her
        # (tests/privacy/test_access_log_guards.py).
        lambda: AccessLogEntry.objects.filter(pk=young.pk).update(client=None),
    )
    for change in refused:
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            change()
    AccessLogEntry.objects.filter(pk=old.pk).delete()
    assert list(AccessLogEntry.objects.filter(pk__in=[young.pk, old.pk])) == [young]
    young.refresh_from_db()
    assert young.client_id == case["client"].pk and young.object_id == str(case["client"].pk)
