"""`manage.py send_verification_digests`: one e-mail per organisation to its editors."""

import datetime
import io
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from mail.models import OutgoingEmail
from organisations.digests import digests_due, send_digest
from organisations.models import MembershipRole, VerificationDigest
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

REFUSED = "refused@kapot.example"


class RefusingBackend(EmailBackend):
    """Delivers like the test outbox, but the mail server refuses one address."""

    def send_messages(self, messages):
        for message in messages:
            if REFUSED in message.recipients():
                raise smtplib.SMTPRecipientsRefused({REFUSED: (550, b"No such user")})
        return super().send_messages(messages)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def send_digests(*args: str) -> str:
    out = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):  # each digest's work is committed
        call_command("send_verification_digests", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def editor_of(organisation, email: str, **fields):
    user = UserFactory(email=email, **fields)
    MembershipFactory(user=user, organisation=organisation, role=MembershipRole.EDITOR)
    return user


def make_fresh(organisation):
    """Checked last week, with a fresh intervention that has a contact person: nothing to do."""
    organisation.verified_at = days_ago(7)
    organisation.save()
    intervention = InterventionFactory(organisation=organisation, verified_at=days_ago(7))
    ContactPersonFactory(organisation=organisation, interventions=[intervention])


@pytest.fixture
def needs_attention(editor, organisation):
    """The editor's organisation: overdue itself, one overdue intervention, a contact without
    e-mail, and a second (active) editor."""
    organisation.verified_at = days_ago(400)
    organisation.save()
    intervention = InterventionFactory(
        organisation=organisation, name="Moeder & Kind groep", verified_at=None
    )
    ContactPersonFactory(organisation=organisation, interventions=[intervention], email="")
    editor_of(organisation, "tweede.redacteur@rokportaal.example")
    return organisation


def test_editors_get_one_digest_listing_what_needs_attention(
    needs_attention, editor, other_editor, other_organisation, settings
):
    settings.PORTAL_BASE_URL = "https://rokportaal.example"
    make_fresh(other_organisation)
    without_editors = OrganisationFactory(name="Zonder redacteuren", verified_at=None)
    MembershipFactory(organisation=without_editors, role=MembershipRole.PROFESSIONAL)
    editor_of(needs_attention, "oud-account@rokportaal.example", is_active=False)

    output = send_digests()

    assert len(mail.outbox) == 1
    (message,) = mail.outbox
    assert sorted(message.to) == [editor.email, "tweede.redacteur@rokportaal.example"]
    assert needs_attention.name in message.subject
    assert "https://rokportaal.example/beheer/" in message.body
    assert "Moeder & Kind groep" in message.body  # plain text: not HTML-escaped
    assert needs_attention.name in message.body
    (digest,) = VerificationDigest.objects.all()
    assert digest.organisation == needs_attention
    # The organisation itself, its intervention (overdue) and the contact without e-mail.
    assert (digest.recipient_count, digest.item_count) == (2, 3)
    assert needs_attention.name in output


def test_a_second_run_within_min_days_sends_nothing_unless_forced(needs_attention):
    send_digests()
    assert len(mail.outbox) == 1
    mail.outbox.clear()

    send_digests()
    assert mail.outbox == []
    assert VerificationDigest.objects.count() == 1

    send_digests("--force")
    assert len(mail.outbox) == 1
    assert VerificationDigest.objects.count() == 2


def test_a_digest_goes_out_again_after_min_days(needs_attention):
    send_digests()
    VerificationDigest.objects.update(sent_at=days_ago(8))
    mail.outbox.clear()

    send_digests("--min-days", "10")
    assert mail.outbox == []

    send_digests("--min-days", "7")
    assert len(mail.outbox) == 1
    assert VerificationDigest.objects.count() == 2


def test_a_digest_sent_meanwhile_by_another_run_is_not_sent_again(needs_attention):
    (digest,) = digests_due(min_days=7)
    VerificationDigest.objects.create(organisation=needs_attention, recipient_count=1, item_count=3)

    assert send_digest(digest, min_days=7) is False
    assert mail.outbox == []
    assert VerificationDigest.objects.count() == 1


def test_dry_run_sends_and_records_nothing(needs_attention):
    output = send_digests("--dry-run")
    assert needs_attention.name in output
    assert "3 item(s)" in output
    assert mail.outbox == []
    assert not VerificationDigest.objects.exists()


def test_nothing_to_report_sends_nothing(editor, organisation):
    make_fresh(organisation)
    send_digests()
    assert mail.outbox == []
    assert not VerificationDigest.objects.exists()


def test_a_mail_failure_for_one_organisation_does_not_stop_the_others(settings, caplog, db):
    settings.EMAIL_BACKEND = "tests.organisations.test_digests.RefusingBackend"
    # Sent in order of name, so the failing one comes first.
    failing = OrganisationFactory(name="A-organisatie", verified_at=None)
    editor_of(failing, REFUSED)
    working = OrganisationFactory(name="B-organisatie", verified_at=None)
    editor_of(working, "redacteur@b-organisatie.example")

    send_digests()

    assert [message.to for message in mail.outbox] == [["redacteur@b-organisatie.example"]]
    # Both digests are recorded: the refused one waits in the outbox, not lost.
    assert VerificationDigest.objects.count() == 2
    (pending,) = OutgoingEmail.objects.pending()
    assert pending.to == [REFUSED] and pending.last_error == "SMTPRecipientsRefused"

    # The next digest run does not send it twice; the outbox retry delivers it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    send_digests()
    assert mail.outbox == []
    call_command("send_pending_emails", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[REFUSED]]


def test_digests_are_built_in_a_fixed_number_of_queries(django_assert_max_num_queries, db):
    def add_organisation_needing_attention(number: int):
        organisation = OrganisationFactory(verified_at=None)
        editor_of(organisation, f"redacteur{number}@organisatie.example")
        InterventionFactory(organisation=organisation, verified_at=None, capacity_updated_on=None)
        ContactPersonFactory(organisation=organisation, email="geen-adres")

    add_organisation_needing_attention(0)
    with django_assert_max_num_queries(12) as baseline:
        assert len(digests_due(min_days=7)) == 1
    for number in range(1, 6):
        add_organisation_needing_attention(number)
    with django_assert_max_num_queries(len(baseline.captured_queries)):
        assert len(digests_due(min_days=7)) == 6
