"""E-mails about referrals: sent to the right side, a link only, and never lost to a mail outage."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from mail.models import OutgoingEmail
from referrals.actions import send_referral
from referrals.models import Outcome
from tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    ReceivingOrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def referral(django_capture_on_commit_callbacks):
    referral = ReferralFactory(reason="Vertrouwelijk: zorgen over Fenna en haar partner.")
    referral.recipient_organisation.referral_email = "verwijzingen@ontvanger.example"
    referral.recipient_organisation.save()
    # The team's shared account signs in with the referral address.
    MembershipFactory(
        user=UserFactory(email="verwijzingen@ontvanger.example"),
        organisation=referral.recipient_organisation,
    )
    return referral


def send(referral, capture):
    with capture(execute=True):
        send_referral(referral, by=referral.sender)


def test_sending_tells_the_recipient_organisation_with_a_link_only(
    referral, django_capture_on_commit_callbacks
):
    send(referral, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["verwijzingen@ontvanger.example"]
    assert f"/verwijzingen/{referral.pk}/" in message.body
    for private in (referral.client.full_name, referral.reason, referral.client.phone):
        assert private not in message.body and private not in message.subject
    assert OutgoingEmail.objects.get().delivered_at is not None


def test_the_fixed_contact_person_with_an_account_hears_it_directly(
    referral, django_capture_on_commit_callbacks
):
    user = UserFactory(email="contact@ontvanger.example")
    MembershipFactory(user=user, organisation=referral.recipient_organisation)
    referral.contact_person = ContactPersonFactory(
        organisation=referral.recipient_organisation, user=user
    )
    referral.save()
    send(referral, django_capture_on_commit_callbacks)
    assert mail.outbox[0].to == ["contact@ontvanger.example"]


def test_the_sender_hears_about_each_answer(referral, django_capture_on_commit_callbacks):
    send(referral, django_capture_on_commit_callbacks)
    recipient = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        referral.accept(by=recipient)
    with django_capture_on_commit_callbacks(execute=True):
        referral.close(by=recipient, outcome=Outcome.GOT_HELP, feedback="Gaat goed.")
    assert [m.to for m in mail.outbox[1:]] == [[referral.sender.email]] * 2
    assert all("Gaat goed." not in m.body for m in mail.outbox)


def test_withdrawing_a_draft_tells_nobody(referral, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        referral.withdraw(by=referral.sender)
    assert mail.outbox == [] and not OutgoingEmail.objects.exists()


def test_a_mail_outage_neither_fails_the_step_nor_loses_the_notification(
    referral, django_capture_on_commit_callbacks, settings
):
    # A real SMTP connection to a port where no mail server listens.
    locmem = settings.EMAIL_BACKEND
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    send(referral, django_capture_on_commit_callbacks)
    referral.refresh_from_db()
    assert referral.status == "sent"
    pending = OutgoingEmail.objects.get()
    assert pending.delivered_at is None and pending.attempts == 1
    assert pending.last_error == "ConnectionRefusedError"

    settings.EMAIL_BACKEND = locmem  # the mail server is back
    call_command("send_pending_emails", stdout=io.StringIO())
    pending.refresh_from_db()
    assert pending.delivered_at is not None and len(mail.outbox) == 1


def test_sharing_without_consent_is_reported_to_the_designated_officer(
    django_capture_on_commit_callbacks,
):
    from organisations.models import MembershipRole
    from referrals.models import LegalBasis
    from tests.factories import ClientFactory

    client = ClientFactory()
    officer = UserFactory(email="aandachtsfunctionaris@verzender.example")
    MembershipFactory(user=officer, organisation=client.organisation, role=MembershipRole.OFFICER)
    referral = ReferralFactory(
        consent=None,
        client=client,
        sender=client.registered_by,
        sender_organisation=client.organisation,
        recipient_organisation=ReceivingOrganisationFactory(
            referral_email="vt@ontvanger.example",
            members=[UserFactory(email="vt@ontvanger.example")],
        ),
        legal_basis=LegalBasis.MELDCODE,
        basis_justification="Acute zorgen over de veiligheid van de baby.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_referral(referral, by=referral.sender)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == ["aandachtsfunctionaris@verzender.example", "vt@ontvanger.example"]
    report = next(m for m in mail.outbox if officer.email in m.to)
    assert "Acute zorgen" not in report.body and str(referral.pk) in report.body
