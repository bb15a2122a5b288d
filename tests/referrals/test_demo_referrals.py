"""`load_demo_referrals`: a living portal on top of the demo directory, safe to run twice.

Loading the demo directory takes a few seconds, so each test loads it once and checks a lot.
"""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from consent.models import Client, ConsentRecord, ConsentStatus, ConsentText, Relation
from referrals.models import (
    PROGRESS_KINDS,
    EventKind,
    LegalBasis,
    Meeting,
    MeetingStatus,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Urgency,
)

pytestmark = pytest.mark.django_db


def load_referrals() -> str:
    output = io.StringIO()
    call_command("load_demo_referrals", stdout=output)
    return output.getvalue()


def counts() -> dict[str, int]:
    return {
        "clients": Client.objects.count(),
        "consents": ConsentRecord.objects.count(),
        "texts": ConsentText.objects.count(),
        "referrals": Referral.objects.count(),
        "events": ReferralEvent.objects.count(),
        **{status: Referral.objects.filter(status=status).count() for status in ReferralStatus},
    }


@pytest.fixture
def demo_directory():
    call_command("load_demo", "--password", "demo-wachtwoord-123", stdout=io.StringIO())


def test_second_run_changes_nothing(demo_directory):
    assert "Demo referrals loaded." in load_referrals()
    before = counts()
    assert "Demo referrals already present" in load_referrals()
    assert counts() == before


def test_demo_covers_the_whole_workflow(demo_directory):
    load_referrals()
    load_referrals()

    assert set(Referral.objects.values_list("status", flat=True)) == set(ReferralStatus.values)
    assert Referral.objects.filter(status=ReferralStatus.SENT, urgency=Urgency.URGENT).exists()
    meldcode = Referral.objects.filter(legal_basis=LegalBasis.MELDCODE)
    assert meldcode.exists()
    assert all(r.consent is None and r.basis_justification.strip() for r in meldcode)

    for referral in Referral.objects.exclude(status=ReferralStatus.DRAFT):
        events = list(referral.events.order_by("at", "pk"))
        assert events and events[-1].to_status == referral.status, referral
        assert events[0].from_status == ReferralStatus.DRAFT
        for before, after in zip(events, events[1:], strict=False):
            assert before.to_status == after.from_status
        assert referral.created_at <= referral.sent_at == events[0].at

    withdrawn = Referral.objects.filter(status=ReferralStatus.WITHDRAWN)
    kinds = {referral.events.order_by("at", "pk").last().kind for referral in withdrawn}
    assert kinds == {EventKind.WITHDRAWN, EventKind.CONSENT_WITHDRAWN}
    declined = Referral.objects.get(status=ReferralStatus.DECLINED)
    assert declined.decline_reason and declined.suggested_organisation
    # Re-routed to the suggested organisation: the same family, a new consent for the new one.
    rerouted = Referral.objects.get(rerouted_from=declined)
    assert rerouted.client == declined.client
    assert rerouted.recipient_organisation == declined.suggested_organisation
    assert rerouted.consent.recipient_organisation == rerouted.recipient_organisation
    assert rerouted.consent != declined.consent
    assert declined.events.filter(kind=EventKind.REROUTED).exists()
    closed = Referral.objects.get(status=ReferralStatus.CLOSED)
    assert closed.outcome and closed.feedback
    # A joint meeting waiting for an answer, and one accepted; both still to come.
    meetings = Meeting.objects.all()
    assert sorted(meetings.values_list("status", flat=True)) == [
        MeetingStatus.ACCEPTED,
        MeetingStatus.PROPOSED,
    ]
    assert not any(meeting.is_past for meeting in meetings)

    consents = list(ConsentRecord.objects.all())
    assert {ConsentStatus.WITHDRAWN, ConsentStatus.SUPERSEDED} <= {c.status for c in consents}
    guardian = ConsentRecord.objects.get(relation=Relation.GUARDIAN)
    assert guardian.client.age_on(guardian.valid_from) < 16
    languages = {"nl", "en", "ar", "tr", "pl", "ti", "so", "uk"}
    assert set(ConsentText.objects.values_list("language", flat=True)) == languages
    # A parent who reads Turkish: her consent in her language, an interpreter for the recipient.
    interpreted = Referral.objects.filter(interpreter_needed=True).select_related("client")
    assert {referral.client.preferred_language for referral in interpreted} == {"tr"}
    assert {c.consent_text.language for c in interpreted[0].client.consents.all()} == {"tr"}

    clients = list(Client.objects.all())
    assert 6 <= len(clients) <= 8
    for client in clients:
        assert client.phone
        client.full_clean()
    for referral in Referral.objects.all():
        referral.full_clean()


def test_demo_shows_the_team_inbox(demo_directory):
    load_referrals()

    received = Referral.objects.exclude(status=ReferralStatus.DRAFT)
    assigned = received.filter(assignee__isnull=False)
    assert assigned.exists() and received.filter(assignee__isnull=True).exists()
    for referral in assigned:
        assert referral.has_recipient_member(referral.assignee)
    # A referral handed from one colleague to another: two assignments on its timeline.
    assert any(
        referral.events.filter(kind=EventKind.ASSIGNED).count() == 2 for referral in assigned
    )
    progress = set(ReferralEvent.objects.values_list("kind", flat=True)) & set(PROGRESS_KINDS)
    assert progress == set(PROGRESS_KINDS)
    appointment = ReferralEvent.objects.get(kind=EventKind.APPOINTMENT_PLANNED)
    assert appointment.on >= timezone.localdate()
    # "Could not reach her" more than once, as happens.
    assert ReferralEvent.objects.filter(kind=EventKind.NOT_REACHED).count() >= 2
    # New (sent, nobody assigned) ones wait in an inbox a demo account reads.
    assert (
        Referral.objects.new()
        .filter(
            recipient_organisation__memberships__user__email="verloskundige.deventer@rokportaal.example"
        )
        .exists()
    )
