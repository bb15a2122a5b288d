"""Once the parent withdraws her consent, nothing more is shared about her on the referral: neither
side can post a message, whatever the referral's status. A referral on the safety basis (meldcode)
does not rest on consent; a withdrawn referral, on either basis, takes no more messages."""

import pytest
from django.core import mail
from django.urls import reverse

from consent.models import AccessAction, AccessLogEntry, ConsentMethod
from mail.models import OutgoingEmail
from referrals.actions import send_referral, withdraw_consent
from referrals.models import (
    EventKind,
    LegalBasis,
    Message,
    MessageRefusal,
    MessageRefused,
    Referral,
)
from referrals.notifications import email_kind
from tests.conftest import signed_in
from tests.factories import (
    ReferralFactory,
)

pytestmark = pytest.mark.django_db

MESSAGE_KINDS = [
    email_kind(EventKind.MESSAGE_TO_RECIPIENT),
    email_kind(EventKind.MESSAGE_TO_SENDER),
]
SIDES = ["sender", "recipient"]


@pytest.fixture(autouse=True)
def _recipient_reads_intake_mail(parties):
    """A message to the receiving side would be e-mailed: its absence means something."""
    parties["receiving"].referral_email = "intake@ontvanger.example"
    parties["receiving"].save()


def post_message(parties, side: str, referral: Referral):
    return signed_in(parties[side]).post(
        reverse("referrals:message", args=[referral.pk]),
        {"message-body": "Nog één ding over haar situatie."},
        follow=True,
    )


def assert_refused(parties, side: str, response, reason: MessageRefusal) -> None:
    """Told why; no message, no notification, no e-mail; the attempt logged as refused."""
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [str(reason.label)]
    assert not Message.objects.exists()
    assert not OutgoingEmail.objects.filter(kind__in=MESSAGE_KINDS).exists()
    assert not [m for m in mail.outbox if "Nog één ding" in m.body]
    log = AccessLogEntry.objects.filter(user=parties[side], action=AccessAction.CHANGE)
    assert [entry.granted for entry in log] == [False]


def withdraw(parties) -> None:
    withdraw_consent(parties["consent"], by=parties["sender"], channel=ConsentMethod.PHONE)


@pytest.mark.parametrize("side", SIDES)
def test_after_consent_is_withdrawn_neither_side_can_post(parties, side):
    withdraw(parties)
    response = post_message(parties, side, parties["referral"])
    assert_refused(parties, side, response, MessageRefusal.CONSENT_WITHDRAWN)


@pytest.mark.parametrize("side", SIDES)
def test_a_closed_referral_whose_consent_is_withdrawn_takes_no_messages(parties, side):
    """Withdrawing consent withdraws only open referrals; a closed one keeps its status."""
    referral = parties["referral"]
    referral.accept(by=parties["recipient"])
    referral.close(by=parties["recipient"], outcome="got_help")
    withdraw(parties)
    response = post_message(parties, side, referral)
    assert_refused(parties, side, response, MessageRefusal.CONSENT_WITHDRAWN)


def test_the_sender_sees_why_the_thread_is_closed(parties):
    withdraw(parties)
    page = signed_in(parties["sender"]).get(parties["referral"].get_absolute_url())
    assert page.context["message_refusal"] == MessageRefusal.CONSENT_WITHDRAWN
    assert reverse("referrals:message", args=[parties["referral"].pk]) not in page.content.decode()


def test_the_verb_itself_refuses(parties):
    withdraw(parties)
    referral, sending = parties["referral"], parties["referral"].sender_organisation
    with pytest.raises(MessageRefused) as refused:
        referral.post_message(by=parties["sender"], organisation=sending, body="Nog iets")
    assert refused.value.reason == MessageRefusal.CONSENT_WITHDRAWN
    assert not Message.objects.exists()


@pytest.mark.parametrize("side", SIDES)
def test_a_withdrawn_referral_takes_no_messages(parties, side):
    signed_in(parties["sender"]).post(
        reverse("referrals:withdraw", args=[parties["referral"].pk]), {"withdraw-reason": ""}
    )
    response = post_message(parties, side, parties["referral"])
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [
        str(MessageRefusal.REFERRAL_WITHDRAWN.label)
    ]
    assert not Message.objects.exists()
    assert not OutgoingEmail.objects.filter(kind__in=MESSAGE_KINDS).exists()
    denied = AccessLogEntry.objects.filter(user=parties[side], granted=False)
    assert denied.count() == 1


@pytest.fixture
def safety_referral(parties):
    """A sent referral on the meldcode, without consent."""
    referral = ReferralFactory(
        consent=None,
        client=parties["consent"].client,
        sender=parties["sender"],
        sender_organisation=parties["referral"].sender_organisation,
        recipient_organisation=parties["referral"].recipient_organisation,
        legal_basis=LegalBasis.MELDCODE,
        basis_justification="Acute zorgen over de veiligheid van het ongeboren kind.",
    )
    send_referral(referral, by=parties["sender"])
    return referral


@pytest.mark.parametrize("side", SIDES)
def test_the_safety_basis_does_not_rest_on_consent(parties, safety_referral, side):
    withdraw(parties)  # her consent for the other referral
    response = post_message(parties, side, safety_referral)
    assert response.status_code == 200
    assert Message.objects.get().referral == safety_referral
    assert OutgoingEmail.objects.filter(kind__in=MESSAGE_KINDS).count() == 1


@pytest.mark.parametrize("side", SIDES)
def test_a_withdrawn_referral_on_the_safety_basis_takes_no_messages(parties, safety_referral, side):
    safety_referral.withdraw(by=parties["sender"])
    response = post_message(parties, side, safety_referral)
    assert [str(m) for m in response.context["messages"]] == [
        str(MessageRefusal.REFERRAL_WITHDRAWN.label)
    ]
    assert not Message.objects.exists()
