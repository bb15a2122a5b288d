"""referrals.actions.make_referral, without a request: the parent, her consent and the referral
are stored together or not at all, every access is recorded, and a form posted twice makes one
referral."""

import datetime
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from consent.models import AccessAction, Client, ConsentRecord, DataCategory, Relation
from mail.models import OutgoingEmail
from referrals.actions import NoLegalBasis, make_referral
from referrals.models import EventKind, LegalBasis, Referral, ReferralStatus
from tests.factories import (
    ClientFactory,
    ConsentTextFactory,
    InterventionFactory,
    MembershipFactory,
    ThemeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def referrer():
    """A professional, her organisation, an intervention elsewhere and the consent text."""
    user = UserFactory()
    membership = MembershipFactory(user=user)
    return {
        "by": user,
        "sender_organisation": membership.organisation,
        "intervention": InterventionFactory(),
        "text": ConsentTextFactory(),
    }


def typed_client(**changes) -> Client:
    return Client(
        **{
            "full_name": "Fenna Fictief",
            "date_of_birth": datetime.date(1999, 4, 12),
            "phone": "06 1234 5678",
            "preferred_language": "nl",
            **changes,
        }
    )


def typed_consent(**changes) -> ConsentRecord:
    return ConsentRecord(
        **{
            "given_by_name": "Fenna Fictief",
            "relation": Relation.SELF,
            "method": "verbal_in_person",
            "parent_present": True,
            "purpose": "Extra kraamzorg regelen",
            "categories": [DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON],
            "valid_until": timezone.localdate() + datetime.timedelta(days=180),
            **changes,
        }
    )


def refer(referrer, accesses: list | None = None, **changes) -> tuple[Referral, bool]:
    """make_referral with a complete consent route; `accesses` collects what was recorded."""
    accesses = [] if accesses is None else accesses
    arguments = {
        "by": referrer["by"],
        "sender_organisation": referrer["sender_organisation"],
        "recipient": referrer["intervention"].organisation,
        "intervention": referrer["intervention"],
        "client": typed_client(),
        "referral": Referral(reason="Eerste kind, weinig steun.", sender_phone="0570 12 34 56"),
        "consent": typed_consent(),
        "consent_text": referrer["text"],
        "send": True,
        "submission_token": str(uuid.uuid4()),
        "record_access": lambda client, obj, action: accesses.append((client, obj, action)),
        **changes,
    }
    return make_referral(**arguments)


def test_registers_the_parent_records_consent_and_sends_recording_each_access(referrer):
    accesses = []
    theme = ThemeFactory()
    referral, created = refer(referrer, accesses, themes=[theme])
    assert created and referral.status == ReferralStatus.SENT
    client = Client.objects.get()
    assert client.organisation == referrer["sender_organisation"]
    assert client.registered_by == referrer["by"]
    consent = ConsentRecord.objects.get()
    assert referral.consent == consent and consent.client == client
    assert consent.recipient_organisation == referrer["intervention"].organisation
    assert consent.recipient_intervention == referrer["intervention"]
    assert consent.consent_text == referrer["text"] and consent.recorded_by == referrer["by"]
    assert list(referral.themes.all()) == [theme]
    assert list(referral.events.values_list("kind", flat=True)) == [EventKind.SENT]
    assert [(obj, action) for _, obj, action in accesses] == [
        (client, AccessAction.CREATE),
        (referral, AccessAction.CREATE),
    ]


def test_the_same_submission_token_returns_the_first_referral(referrer):
    token = str(uuid.uuid4())
    first, created = refer(referrer, submission_token=token)
    accesses = []
    again, created_again = refer(referrer, accesses, submission_token=token)
    assert created and not created_again and again == first
    assert Referral.objects.count() == 1 and ConsentRecord.objects.count() == 1
    assert accesses == []
    assert OutgoingEmail.objects.count() == 1


def test_a_parent_registered_before_is_updated_not_registered_again(referrer):
    known = ClientFactory(
        organisation=referrer["sender_organisation"],
        full_name="Fenna Fictief",
        date_of_birth=datetime.date(1999, 4, 12),
        phone="06 0000 0000",
    )
    accesses = []
    referral, _ = refer(
        referrer, accesses, client=typed_client(full_name=" FENNA fictief ", phone="")
    )
    assert referral.client == known and Client.objects.count() == 1
    known.refresh_from_db()
    assert known.phone == "06 0000 0000"  # left empty now: what she had is kept
    assert accesses[0] == (known, known, AccessAction.CHANGE)


def test_no_legal_basis_stores_nothing_and_records_no_access(referrer):
    accesses = []
    with pytest.raises(NoLegalBasis):
        refer(referrer, accesses, consent=typed_consent(categories=[DataCategory.CONTACT_DETAILS]))
    assert not Client.objects.exists() and not ConsentRecord.objects.exists()
    assert not Referral.objects.exists() and not OutgoingEmail.objects.exists()


def test_the_same_consent_may_be_kept_as_a_draft(referrer):
    referral, _ = refer(
        referrer, consent=typed_consent(categories=[DataCategory.CONTACT_DETAILS]), send=False
    )
    assert referral.status == ReferralStatus.DRAFT and not referral.events.exists()


def test_without_a_consent_text_nothing_is_stored(referrer):
    with pytest.raises(ValidationError):
        refer(referrer, consent_text=None)
    assert not Client.objects.exists() and not Referral.objects.exists()


def test_the_safety_route_rests_on_the_stated_basis_without_consent(referrer):
    referral, _ = refer(
        referrer,
        consent=None,
        referral=Referral(
            reason="Zorgen om de veiligheid van de baby.",
            sender_phone="0570 12 34 56",
            legal_basis=LegalBasis.MELDCODE,
            basis_justification="Stap 5 van de meldcode, collega geraadpleegd.",
        ),
    )
    assert referral.status == ReferralStatus.SENT and referral.consent is None
    assert referral.legal_basis == LegalBasis.MELDCODE
    assert not ConsentRecord.objects.exists()
