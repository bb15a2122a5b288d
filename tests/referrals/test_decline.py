"""Declining a referral: the form offers organisations near the family, not the whole directory,
and accepts any active organisation but the recipient itself."""

import pytest
from django.urls import reverse
from django.utils import translation

from referrals import forms
from referrals.actions import send_referral
from referrals.forms import DeclineForm
from referrals.models import EventKind, ReferralStatus
from tests.conftest import signed_in
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    InterventionFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

FIELD = "decline-suggested_organisation"


def organisation(name: str, *municipalities, **fields):
    made = OrganisationFactory(name=name, **fields)
    made.municipalities.set(municipalities)
    return made


@pytest.fixture
def world():
    """A referral to a Deventer offer of an organisation that also works in Zwolle; around it
    organisations in Deventer, in Zwolle and in Vaals, one of them no longer active."""
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150")
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193")
    vaals = MunicipalityFactory(name="Vaals", cbs_code="GM0981")
    sending = organisation("Verloskundigenpraktijk De Linde", deventer)
    receiving = organisation("Kraamzorg Salland", deventer, zwolle)
    sender, recipient = UserFactory(), UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    MembershipFactory(user=recipient, organisation=receiving)
    client = ClientFactory(organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(
        client=client, recorded_by=sender, recipient_organisation=receiving
    )
    intervention = InterventionFactory(organisation=receiving, service_areas=[deventer])
    referral = ReferralFactory(consent=consent, intervention=intervention)
    send_referral(referral, by=sender)
    return {
        "referral": referral,
        "consent": consent,
        "sender": sender,
        "recipient": recipient,
        "sending": sending,
        "receiving": receiving,
        "nearby": organisation("Buurtteam Deventer-Oost", deventer),
        "zwolle": organisation("Wijkteam Zwolle", zwolle),
        "far": organisation("Gezinscoach Vaals", vaals),
        "inactive": organisation("Opgeheven Stichting Deventer", deventer, is_active=False),
    }


def detail(world) -> str:
    return reverse("referrals:detail", args=[world["referral"].pk])


def decline(world) -> str:
    return reverse("referrals:decline", args=[world["referral"].pk])


def offered(response) -> list[str]:
    form = response.context["decline_form"]
    return [str(label) for value, label in form[FIELD.removeprefix("decline-")].field.choices]


def test_the_form_offers_active_organisations_in_the_offers_municipalities_by_name(world):
    response = signed_in(world["recipient"]).get(detail(world))
    assert response.status_code == 200
    assert offered(response)[1:] == ["Buurtteam Deventer-Oost", "Verloskundigenpraktijk De Linde"]
    page = response.content.decode()
    assert f'<option value="{world["nearby"].pk}">Buurtteam Deventer-Oost</option>' in page
    for elsewhere in ("Gezinscoach Vaals", "Wijkteam Zwolle", "Opgeheven Stichting Deventer"):
        assert elsewhere not in page
    # (the page's other lists, such as the colleagues to assign, have options of their own)
    suggestions = page.split('name="decline-suggested_organisation"')[1].split("</select>")[0]
    assert f'<option value="{world["receiving"].pk}"' not in suggestions


def test_without_an_offer_the_recipients_own_municipalities_count(world):
    referral = world["referral"]
    referral.intervention = None
    referral.save(update_fields=["intervention"])
    response = signed_in(world["recipient"]).get(detail(world))
    assert offered(response)[1:] == [
        "Buurtteam Deventer-Oost",
        "Verloskundigenpraktijk De Linde",
        "Wijkteam Zwolle",
    ]


def test_the_list_is_capped_and_looked_up_in_one_query(
    world, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(forms, "MAX_OFFERED_ALTERNATIVES", 1)
    with django_assert_num_queries(0):
        form = DeclineForm(referral=world["referral"])
    with django_assert_num_queries(1):
        select = str(form["suggested_organisation"])
    assert select.count("<option") == 2  # no suggestion, and the first by name
    assert "Buurtteam Deventer-Oost" in select


def test_only_the_recipient_of_a_sent_referral_gets_the_decline_form(world):
    assert signed_in(world["sender"]).get(detail(world)).context["decline_form"] is None
    world["referral"].accept(by=world["recipient"])
    response = signed_in(world["recipient"]).get(detail(world))
    assert response.context["decline_form"] is None
    assert FIELD not in response.content.decode()


def test_any_active_organisation_may_be_suggested_even_one_not_offered(world):
    response = signed_in(world["recipient"]).post(
        decline(world), {"decline-reason": "Geen plek tot maart", FIELD: world["far"].pk}
    )
    assert response.status_code == 302
    referral = world["referral"]
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.DECLINED
    assert referral.suggested_organisation == world["far"]
    assert referral.events.last().kind == EventKind.DECLINED


def test_declining_without_a_suggestion_still_works(world):
    signed_in(world["recipient"]).post(
        decline(world), {"decline-reason": "Geen plek tot maart", FIELD: ""}
    )
    world["referral"].refresh_from_db()
    assert world["referral"].status == ReferralStatus.DECLINED
    assert world["referral"].suggested_organisation is None


@pytest.mark.parametrize("suggested", ["receiving", "inactive", "unknown"])
def test_suggesting_the_recipient_itself_or_an_inactive_organisation_is_refused(world, suggested):
    value = 999_999 if suggested == "unknown" else world[suggested].pk
    response = signed_in(world["recipient"]).post(
        decline(world), {"decline-reason": "Geen plek", FIELD: value}, follow=True
    )
    with translation.override("nl"):
        error = str(
            DeclineForm.base_fields["suggested_organisation"].error_messages["invalid_choice"]
        )
    assert error in response.content.decode()
    referral = world["referral"]
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT and referral.suggested_organisation is None
    assert not referral.events.filter(kind=EventKind.DECLINED).exists()
