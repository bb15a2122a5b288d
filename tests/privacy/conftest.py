"""A handover to review: the sending organisation's designated officer, a sender, a recipient and
an outsider, and a client with consent and a sent referral (with a message)."""

import pytest

from organisations.models import MembershipRole
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)


@pytest.fixture
def case(db):
    sending = OrganisationFactory(name="Verloskundigenpraktijk De Linde")
    receiving = OrganisationFactory(name="Schuldhulp Deventer")
    people = {
        "officer": UserFactory(email="functionaris@linde.example"),
        "sender": UserFactory(email="verloskundige@linde.example"),
        "recipient": UserFactory(email="schuldhulp@deventer.example"),
        "outsider": UserFactory(email="buiten@elders.example"),
        "other_officer": UserFactory(email="functionaris@elders.example"),
    }
    MembershipFactory(user=people["officer"], organisation=sending, role=MembershipRole.OFFICER)
    MembershipFactory(user=people["sender"], organisation=sending)
    MembershipFactory(user=people["recipient"], organisation=receiving)
    elsewhere = OrganisationFactory(name="Kraamzorg Elders")
    MembershipFactory(user=people["outsider"], organisation=elsewhere)
    MembershipFactory(
        user=people["other_officer"], organisation=elsewhere, role=MembershipRole.OFFICER
    )
    client = ClientFactory(
        full_name="Fenna Fictief", organisation=sending, registered_by=people["sender"]
    )
    consent = ConsentRecordFactory(
        client=client, recorded_by=people["sender"], recipient_organisation=receiving
    )
    referral = ReferralFactory(consent=consent, reason="Zorgen over geld rond de bevalling.")
    send_referral(referral, by=people["sender"])
    referral.post_message(
        by=people["sender"], organisation=sending, body="Zij is 's ochtends het best bereikbaar."
    )
    return {
        **people,
        "sending": sending,
        "receiving": receiving,
        "client": client,
        "consent": consent,
        "referral": referral,
    }
