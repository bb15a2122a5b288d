"""Every field of a client and a referral that a recipient can see belongs to exactly one data
category, declared once beside the policy (consent/policy.py: FIELD_CATEGORIES), and the
referral page shows it only when that category is visible: walked field by field, category by
category."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from consent.models import Client, DataCategory
from consent.policy import FIELD_CATEGORIES, NOT_CLIENT_DATA
from referrals.models import (
    SAFETY_BASIS_CATEGORIES,
    ContactMethod,
    LegalBasis,
    Message,
    Referral,
    ReferralStatus,
)
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ReferralFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def declared_fields(model) -> set[str]:
    """The model's fields a page could show: its own, its many-to-many and its message thread."""
    names = {field.name for field in model._meta.get_fields() if not field.auto_created}
    names |= {field.name for field in model._meta.get_fields() if field.name == "messages"}
    return names


@pytest.mark.parametrize("model,key", [(Client, "client"), (Referral, "referral")])
def test_every_field_is_client_data_of_one_category_or_declared_not_to_be(model, key):
    categorised, not_client_data = set(FIELD_CATEGORIES[key]), NOT_CLIENT_DATA[key]
    assert not categorised & not_client_data, "a field is declared twice"
    assert categorised | not_client_data == declared_fields(model), (
        "declare each new field once: its data category, or NOT_CLIENT_DATA"
    )
    assert set(FIELD_CATEGORIES[key].values()) <= set(DataCategory.values)


def test_every_category_has_a_field_the_recipient_sees():
    covered = {category for fields in FIELD_CATEGORIES.values() for category in fields.values()}
    assert covered == set(DataCategory.values)


def nl(label) -> str:
    with translation.override("nl"):
        return translation.gettext(str(label))


# What each field looks like on the page when it is shown: a value found nowhere else on it.
MARKERS = {
    "client.full_name": "Merel Markering",
    "client.date_of_birth": "7 maart 1991",
    "client.phone": "06 1357 9024",
    "client.postcode": "9999 ZZ",
    "client.preferred_language": "<dd>Engels</dd>",
    "client.due_date": "11 november 2031",
    "client.child_birth_date": "12 december 2030",
    "referral.contact_method": f"<dd>{nl(ContactMethod.TEXT_MESSAGE.label)}",
    "referral.best_times": "dinsdagochtend-markering",
    "referral.interpreter_needed": nl("interpreter needed"),
    "referral.reason": "reden-markering",
    "referral.themes": "Thema-markering",
    "referral.messages": "bericht-markering",
    "referral.medical_notes": "medisch-markering",
    "referral.psychosocial_notes": "psychosociaal-markering",
    "referral.safety_notes": "veiligheid-markering",
}


def referral_with_every_field(handover, categories) -> Referral:
    client = ClientFactory(
        organisation=handover["sending"],
        registered_by=handover["sender"],
        full_name="Merel Markering",
        date_of_birth=datetime.date(1991, 3, 7),
        phone="06 1357 9024",
        postcode="9999 ZZ",
        preferred_language="en",
        due_date=datetime.date(2031, 11, 11),
        child_birth_date=datetime.date(2030, 12, 12),
    )
    consent = ConsentRecordFactory(
        client=client,
        recorded_by=handover["sender"],
        recipient_organisation=handover["receiving"],
        categories=sorted(categories),
    )
    referral = ReferralFactory(
        consent=consent,
        status=ReferralStatus.ACCEPTED,
        sent_at=timezone.now(),
        contact_method=ContactMethod.TEXT_MESSAGE,
        best_times="dinsdagochtend-markering",
        interpreter_needed=True,
        reason="reden-markering",
        medical_notes="medisch-markering",
        psychosocial_notes="psychosociaal-markering",
        safety_notes="veiligheid-markering",
    )
    referral.themes.add(ThemeFactory(name="Thema-markering"))
    Message.objects.create(
        referral=referral,
        author=handover["sender"],
        author_organisation=handover["sending"],
        body="bericht-markering",
    )
    return referral


def shown_fields(login, user, referral) -> set[str]:
    response = login(user).get(reverse("referrals:detail", args=[referral.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    return {field for field, marker in MARKERS.items() if marker in html}


def declared(field: str) -> str:
    model, name = field.split(".")
    return FIELD_CATEGORIES[model][name]


@pytest.mark.parametrize("category", DataCategory.values)
def test_the_recipient_sees_exactly_the_fields_of_the_consented_category(handover, login, category):
    referral = referral_with_every_field(handover, {category})
    expected = {field for field in MARKERS if declared(field) == category}
    assert expected, "every category shows at least one field"
    assert shown_fields(login, handover["recipient"], referral) == expected


def test_the_registering_organisation_sees_every_field(handover, login):
    referral = referral_with_every_field(handover, {DataCategory.CONTACT_DETAILS})
    assert shown_fields(login, handover["sender"], referral) == set(MARKERS)


def test_the_recipient_of_a_referral_on_the_safety_basis_sees_its_categories(handover, login):
    referral = referral_with_every_field(handover, {DataCategory.CONTACT_DETAILS})
    Referral.objects.filter(pk=referral.pk).update(
        legal_basis=LegalBasis.MELDCODE,
        consent=None,
        basis_justification="rechtvaardiging-markering",
    )
    referral.consent.withdraw(by=handover["sender"], channel="phone")  # consent no longer counts
    expected = {field for field in MARKERS if declared(field) in SAFETY_BASIS_CATEGORIES}
    assert shown_fields(login, handover["recipient"], referral) == expected
    page = login(handover["recipient"]).get(reverse("referrals:detail", args=[referral.pk]))
    assert "rechtvaardiging-markering" in page.content.decode()
