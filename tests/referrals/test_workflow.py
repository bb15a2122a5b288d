"""The referral's state machine: each step, each refused step, and its timeline."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from consent.models import ConsentMethod, DataCategory
from mail.models import OutgoingEmail
from referrals.actions import NoLegalBasis, send_referral, withdraw_consent
from referrals.models import (
    EventKind,
    InvalidTransition,
    LegalBasis,
    Outcome,
    Referral,
    ReferralStatus,
    working_days_between,
)
from referrals.notifications import email_kind
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    OrganisationFactory,
    ReceivingOrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def timeline(referral: Referral) -> list[tuple[str, str, str]]:
    return list(referral.events.values_list("kind", "from_status", "to_status"))


@pytest.fixture
def sent():
    referral = ReferralFactory()
    send_referral(referral, by=referral.sender)
    return referral


def test_send_accept_close_writes_the_timeline(sent):
    recipient = UserFactory()
    assert sent.status == ReferralStatus.SENT and sent.sent_at
    sent.accept(by=recipient)
    sent.close(by=recipient, outcome=Outcome.GOT_HELP, feedback="Start volgende week.")
    sent.refresh_from_db()
    assert sent.status == ReferralStatus.CLOSED and sent.closed_at and sent.answered_at
    assert sent.feedback == "Start volgende week."
    assert timeline(sent) == [
        (EventKind.SENT, "draft", "sent"),
        (EventKind.ACCEPTED, "sent", "accepted"),
        (EventKind.CLOSED, "accepted", "closed"),
    ]
    assert sent.events.last().actor == recipient


def test_decline_needs_a_reason_and_may_suggest_an_alternative(sent):
    with pytest.raises(ValueError):
        sent.decline(by=UserFactory(), reason="  ")
    alternative = OrganisationFactory()
    sent.decline(by=UserFactory(), reason="Geen plek", suggested_organisation=alternative)
    sent.refresh_from_db()
    assert sent.status == ReferralStatus.DECLINED
    assert sent.suggested_organisation == alternative and sent.decline_reason == "Geen plek"


@pytest.mark.parametrize(
    ("step", "from_status"),
    [
        ("accept", "draft"),
        ("close", "sent"),
        ("decline", "accepted"),
        ("send", "sent"),
        ("withdraw", "closed"),
    ],
)
def test_refused_steps_raise_a_clear_error_and_change_nothing(step, from_status):
    referral = ReferralFactory()
    user = referral.sender
    if from_status != "draft":
        send_referral(referral, by=user)
    if from_status in {"accepted", "closed"}:
        referral.accept(by=user)
    if from_status == "closed":
        referral.close(by=user, outcome=Outcome.GOT_HELP)
    before = timeline(referral)
    attempts = {
        "accept": lambda: referral.accept(by=user),
        "close": lambda: referral.close(by=user, outcome=Outcome.GOT_HELP),
        "decline": lambda: referral.decline(by=user, reason="Geen plek"),
        "send": lambda: send_referral(referral, by=user),
        "withdraw": lambda: referral.withdraw(by=user),
    }
    with pytest.raises(InvalidTransition) as error:
        attempts[step]()
    assert error.value.status == from_status
    referral.refresh_from_db()
    assert referral.status == from_status and timeline(referral) == before


def test_sending_twice_sends_once(sent):
    with pytest.raises(InvalidTransition):
        send_referral(sent, by=sent.sender)
    assert sent.events.filter(kind=EventKind.SENT).count() == 1


def test_no_sending_without_consent_for_this_recipient():
    referral = ReferralFactory(recipient_organisation=ReceivingOrganisationFactory())
    with pytest.raises(NoLegalBasis):
        send_referral(referral, by=referral.sender)
    narrow = ConsentRecordFactory(categories=[DataCategory.CONTACT_DETAILS])
    referral = ReferralFactory(consent=narrow)
    with pytest.raises(NoLegalBasis):
        send_referral(referral, by=referral.sender)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.DRAFT and not referral.events.exists()


def test_no_sending_on_withdrawn_consent():
    referral = ReferralFactory()
    referral.consent.withdraw(by=referral.sender, channel=ConsentMethod.PHONE)
    with pytest.raises(NoLegalBasis):
        send_referral(referral, by=referral.sender)


def test_the_meldcode_basis_needs_a_written_justification():
    client = ClientFactory()

    def meldcode_referral(justification: str) -> Referral:
        return ReferralFactory(
            consent=None,
            client=client,
            sender=client.registered_by,
            sender_organisation=client.organisation,
            recipient_organisation=ReceivingOrganisationFactory(),
            legal_basis=LegalBasis.MELDCODE,
            basis_justification=justification,
        )

    with pytest.raises(IntegrityError), transaction.atomic():
        meldcode_referral("")
    referral = meldcode_referral("Acute zorgen over de veiligheid van de baby.")
    send_referral(referral, by=referral.sender)
    assert referral.status == ReferralStatus.SENT


def test_withdrawing_consent_withdraws_the_open_referrals_resting_on_it(sent):
    closed = ReferralFactory(consent=sent.consent)
    send_referral(closed, by=closed.sender)
    closed.accept(by=closed.sender)
    closed.close(by=closed.sender, outcome=Outcome.GOT_HELP)
    count = withdraw_consent(sent.consent, by=sent.sender, channel=ConsentMethod.PHONE)
    assert count == 1
    sent.refresh_from_db()
    closed.refresh_from_db()
    assert sent.status == ReferralStatus.WITHDRAWN
    assert sent.events.last().kind == EventKind.CONSENT_WITHDRAWN
    assert closed.status == ReferralStatus.CLOSED


def test_a_referral_goes_to_another_organisation():
    consent = ConsentRecordFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ReferralFactory(consent=consent, recipient_organisation=consent.client.organisation)


def test_working_days_are_mondays_to_fridays_after_the_day_sent():
    friday = datetime.date(2026, 11, 27)
    assert working_days_between(friday, friday) == 0
    assert working_days_between(friday, friday - datetime.timedelta(days=2)) == 0
    assert working_days_between(friday, friday + datetime.timedelta(days=3)) == 1  # Monday
    assert working_days_between(friday, friday + datetime.timedelta(days=7)) == 5
    for start in (friday, datetime.date(2024, 2, 25)):  # a Friday and a Sunday
        for length in range(0, 800, 11):
            days = [start + datetime.timedelta(days=n) for n in range(1, length + 1)]
            expected = sum(day.weekday() < 5 for day in days)
            assert working_days_between(start, days[-1] if days else start) == expected


def test_the_send_verb_checks_the_basis_on_the_locked_row_and_a_refusal_changes_nothing():
    """Referral.send is the one place the draft → sent step is written: the check it is given
    sees the row as locked, and when the check refuses there is no status, event or e-mail."""
    referral = ReferralFactory()
    seen = []

    def refuse(locked: Referral) -> None:
        seen.append(locked.status)
        raise NoLegalBasis("no")

    with pytest.raises(NoLegalBasis):
        referral.send(by=referral.sender, legal_basis_check=refuse)
    referral.refresh_from_db()
    assert seen == [ReferralStatus.DRAFT]
    assert referral.status == ReferralStatus.DRAFT and referral.sent_at is None
    assert not referral.events.exists() and not OutgoingEmail.objects.exists()


def test_sending_writes_one_event_and_tells_the_recipient_once(sent):
    assert timeline(sent) == [(EventKind.SENT, "draft", "sent")]
    assert sent.events.get().actor == sent.sender
    assert list(OutgoingEmail.objects.values_list("kind", flat=True)) == [
        email_kind(EventKind.SENT)
    ]


def test_withdrawing_a_draft_tells_nobody():
    referral = ReferralFactory()
    referral.withdraw(by=referral.sender)
    assert timeline(referral) == [(EventKind.WITHDRAWN, "draft", "withdrawn")]
    assert not OutgoingEmail.objects.exists()
