"""A handover to review: the referral parties (tests/conftest.py), the designated officers of the
sending organisation and of the outsider's, and a message on the sent referral."""

import pytest

from organisations.models import MembershipRole
from tests.factories import MembershipFactory, UserFactory


@pytest.fixture
def case(parties):
    officers = {
        "officer": UserFactory(email="functionaris@linde.example"),
        "other_officer": UserFactory(email="functionaris@elders.example"),
    }
    MembershipFactory(
        user=officers["officer"], organisation=parties["sending"], role=MembershipRole.OFFICER
    )
    MembershipFactory(
        user=officers["other_officer"],
        organisation=parties["elsewhere"],
        role=MembershipRole.OFFICER,
    )
    parties["referral"].post_message(
        by=parties["sender"],
        organisation=parties["sending"],
        body="Zij is 's ochtends het best bereikbaar.",
    )
    return {**parties, **officers}
