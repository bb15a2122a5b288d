"""A sent referral that nobody at the recipient has signed in to read within
REFERRAL_UNREAD_REMINDER_WORKING_DAYS working days reminds the coordinators of the recipient's
region and the sender, once; and notices to the recipient reach members only."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from referrals.actions import send_referral
from referrals.models import EventKind, Referral
from referrals.notifications import recipients_for
from tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    MunicipalityFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 30)


@pytest.fixture
def waiting(parties, settings):
    """The sent referral of `parties`, sent on a Monday morning; the recipient never signed in;
    Deventer's coordinator keeps the recipient's region."""
    settings.REFERRAL_UNREAD_REMINDER_WORKING_DAYS = 2
    deventer = MunicipalityFactory()
    regional = UserFactory(email="coordinator.deventer@rokportaal.example", is_coordinator=True)
    deventer.coordinators.add(regional)
    parties["receiving"].municipalities.add(deventer)
    referral = parties["referral"]
    sent_at = timezone.make_aware(datetime.datetime.combine(MONDAY, datetime.time(9)))
    Referral.objects.filter(pk=referral.pk).update(sent_at=sent_at)
    parties["recipient"].last_login = None
    parties["recipient"].save(update_fields=["last_login"])
    mail.outbox.clear()
    return {**parties, "regional": regional}


def remind(today: datetime.date) -> int:
    return len(Referral.objects.due_for_unread_reminder(today=today))


def run(today, monkeypatch, capture) -> None:
    monkeypatch.setattr(timezone, "localdate", lambda *args: today if not args else _local(args))
    with capture(execute=True):
        call_command("remind_unread_referrals", stdout=io.StringIO())


_real_localdate = timezone.localdate


def _local(args):
    return _real_localdate(*args)


def test_not_before_the_working_days_have_passed(waiting):
    assert remind(MONDAY + datetime.timedelta(days=1)) == 0  # Tuesday: one working day
    assert remind(MONDAY + datetime.timedelta(days=2)) == 1  # Wednesday: two


def test_the_weekend_does_not_count(waiting):
    friday = MONDAY + datetime.timedelta(days=4)
    sent_at = timezone.make_aware(datetime.datetime.combine(friday, datetime.time(9)))
    Referral.objects.filter(pk=waiting["referral"].pk).update(sent_at=sent_at)
    assert remind(friday + datetime.timedelta(days=3)) == 0  # Monday: one working day
    assert remind(friday + datetime.timedelta(days=4)) == 1  # Tuesday: two


def test_the_coordinator_and_the_sender_are_reminded_once(
    waiting, monkeypatch, django_capture_on_commit_callbacks
):
    wednesday = MONDAY + datetime.timedelta(days=2)
    run(wednesday, monkeypatch, django_capture_on_commit_callbacks)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == sorted([waiting["regional"].email, waiting["sender"].email])
    coordinator_mail = next(m for m in mail.outbox if waiting["regional"].email in m.to)
    members = reverse("organisations:members", args=[waiting["receiving"].slug])
    assert members in coordinator_mail.body
    referral = waiting["referral"]
    sender_mail = next(m for m in mail.outbox if waiting["sender"].email in m.to)
    assert str(referral.pk) in sender_mail.body
    for message in mail.outbox:  # a link, no client data
        assert referral.client.full_name not in message.body and referral.reason not in message.body
    assert referral.events.filter(kind=EventKind.UNREAD_REMINDER).count() == 1

    run(wednesday + datetime.timedelta(days=1), monkeypatch, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    assert not referral.remind_unread()  # the verb itself refuses a second reminder


def test_not_when_someone_there_signed_in_since(waiting):
    user = waiting["recipient"]
    user.last_login = waiting["referral"].sent_at + datetime.timedelta(hours=2)
    user.save(update_fields=["last_login"])
    assert remind(MONDAY + datetime.timedelta(days=5)) == 0


def test_not_once_answered(waiting):
    waiting["referral"].accept(by=waiting["recipient"])
    assert remind(MONDAY + datetime.timedelta(days=5)) == 0


# --- Notices to the recipient: members only ---


def test_a_contact_person_without_an_account_is_not_emailed(
    handover, django_capture_on_commit_callbacks
):
    receiving = handover["receiving"]
    receiving.referral_email = "intake@ontvanger.example"  # nobody signs in with it
    receiving.save()
    contact = ContactPersonFactory(organisation=receiving, email="contact@ontvanger.example")
    referral = ReferralFactory(consent=handover["consent"], contact_person=contact)
    with django_capture_on_commit_callbacks(execute=True):
        send_referral(referral, by=handover["sender"])
    assert [m.to for m in mail.outbox] == [[handover["recipient"].email]]


def test_a_contact_person_who_left_the_organisation_is_not_emailed(handover):
    former = UserFactory()
    contact = ContactPersonFactory(organisation=handover["receiving"], user=former)
    colleague = UserFactory()
    MembershipFactory(user=colleague, organisation=handover["receiving"])
    referral = ReferralFactory(consent=handover["consent"], contact_person=contact)
    assert recipients_for(referral, EventKind.SENT) == sorted(
        [handover["recipient"].email, colleague.email]
    )
