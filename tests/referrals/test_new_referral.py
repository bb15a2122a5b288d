"""Starting a referral from the directory: the safety question, consent or meldcode, one submit."""

import datetime
import uuid

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessAction, AccessLogEntry, Client, ConsentRecord
from referrals.models import LegalBasis, Referral, ReferralStatus
from tests.conftest import signed_in
from tests.factories import (
    ConsentTextFactory,
    ContactPersonFactory,
    InterventionFactory,
    MembershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
NEW = reverse("referrals:new")


@pytest.fixture
def setting():
    sender = UserFactory(full_name="Vera Verloskundige")
    MembershipFactory(user=sender)
    intervention = InterventionFactory(name="Kraamzorg steun op maat", waiting_weeks=3)
    contact = ContactPersonFactory(
        organisation=intervention.organisation, name="Carla Contact", interventions=[intervention]
    )
    ConsentTextFactory()
    return {
        "sender": sender,
        "intervention": intervention,
        "contact": contact,
        "http": signed_in(sender),
    }


def form_data(**overrides) -> dict:
    today = timezone.localdate()
    data = {
        "token": "5f0c3a2e-8a51-4d1b-9a57-2d1f4ad9c001",
        "client-full_name": "Fenna Fictief",
        "client-date_of_birth": "1999-04-12",
        "client-phone": "06 1234 5678",
        "client-postcode": "7411 AB",
        "client-due_date": (today + datetime.timedelta(days=90)).isoformat(),
        "client-preferred_language": "nl",
        "consent-given_by_name": "Fenna Fictief",
        "consent-relation": "self",
        "consent-method": "verbal_in_person",
        "consent-parent_present": "on",
        "consent-purpose": "Extra kraamzorg regelen",
        "consent-categories": ["contact_details", "referral_reason"],
        "consent-valid_until": (today + datetime.timedelta(days=180)).isoformat(),
        "consent-text_shown": "on",
        "referral-reason": "Eerste kind, weinig steun in de buurt.",
        "referral-urgency": "normal",
        "referral-contact_method": "phone",
        "referral-sender_phone": "0570 12 34 56",
        "send": "1",
    }
    data.update(overrides)
    return data


def url(setting, concerns: str = "nee") -> str:
    return f"{NEW}?aanbod={setting['intervention'].slug}&zorgen={concerns}"


def test_first_the_safety_question_with_capacity_and_contact(setting):
    page = setting["http"].get(f"{NEW}?aanbod={setting['intervention'].slug}")
    content = page.content.decode()
    assert page.status_code == 200
    assert 'name="zorgen"' in content and "Carla Contact" in content
    assert "3 weken" in content


def test_a_complete_form_records_client_consent_and_sends(setting):
    response = setting["http"].post(url(setting), form_data())
    referral = Referral.objects.get()
    assert response.status_code == 302 and response.url == referral.get_absolute_url()
    assert referral.status == ReferralStatus.SENT
    assert referral.recipient_organisation == setting["intervention"].organisation
    assert referral.contact_person == setting["contact"]
    consent = ConsentRecord.objects.get()
    assert referral.consent == consent and consent.recipient_intervention == setting["intervention"]
    assert consent.consent_text_sha256 == consent.consent_text.sha256
    assert Client.objects.get().organisation == referral.sender_organisation
    assert AccessLogEntry.objects.filter(action="create", granted=True).exists()


def test_posting_twice_creates_one_referral(setting):
    first = setting["http"].post(url(setting), form_data())
    second = setting["http"].post(url(setting), form_data())
    assert Referral.objects.count() == 1 and Client.objects.count() == 1
    assert first.url == second.url


def test_mistakes_keep_what_was_typed_and_store_nothing(setting):
    data = form_data(**{"client-phone": "12", "consent-text_shown": ""})
    response = setting["http"].post(url(setting), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Fenna Fictief" in content and "Eerste kind, weinig steun" in content
    assert 'aria-invalid="true"' in content
    assert not Client.objects.exists() and not Referral.objects.exists()


def test_a_parent_under_16_needs_a_guardian_and_nothing_is_stored(setting):
    today = timezone.localdate()
    young = today.replace(year=today.year - 15).isoformat()
    response = setting["http"].post(url(setting), form_data(**{"client-date_of_birth": young}))
    assert response.status_code == 200
    assert "jonger dan 16" in response.content.decode()
    assert not Client.objects.exists() and not ConsentRecord.objects.exists()


def test_consent_without_contact_details_cannot_be_sent(setting):
    data = form_data(**{"consent-categories": ["psychosocial"]})
    response = setting["http"].post(url(setting), data)
    assert response.status_code == 200 and not Referral.objects.exists()


def test_the_meldcode_route_needs_a_justification_and_marks_the_referral(setting):
    data = form_data(
        **{
            "basis-legal_basis": "meldcode",
            "basis-basis_justification": "",
            "basis-meldcode_followed": "on",
        }
    )
    response = setting["http"].post(url(setting, "ja"), data)
    assert response.status_code == 200 and not Referral.objects.exists()
    data["basis-basis_justification"] = "Partner dreigt met geweld; de baby is in gevaar."
    setting["http"].post(url(setting, "ja"), data)
    referral = Referral.objects.get()
    assert referral.legal_basis == LegalBasis.MELDCODE and referral.consent is None
    assert referral.status == ReferralStatus.SENT
    page = setting["http"].get(referral.get_absolute_url()).content.decode()
    assert "Gedeeld zonder toestemming" in page


def test_save_as_draft(setting):
    data = form_data()
    del data["send"]
    data["draft"] = "1"
    setting["http"].post(url(setting), data)
    assert Referral.objects.get().status == ReferralStatus.DRAFT


def test_only_members_of_an_organisation_refer(setting):
    assert signed_in(UserFactory()).get(url(setting)).status_code == 403
    assert HttpClient().get(url(setting)).status_code == 302


def test_no_referral_to_ones_own_organisation(setting):
    own = InterventionFactory(organisation=setting["sender"].memberships.get().organisation)
    response = setting["http"].get(f"{NEW}?aanbod={own.slug}&zorgen=nee")
    assert response.status_code == 400


def test_the_directory_offers_the_refer_button_to_signed_in_professionals(setting):
    detail = setting["intervention"].get_absolute_url()
    assert f"{NEW}?aanbod=" in setting["http"].get(detail).content.decode()
    assert f"{NEW}?aanbod=" not in HttpClient().get(detail).content.decode()


def test_a_parent_registered_before_is_referred_without_registering_her_again(setting):
    setting["http"].post(url(setting), form_data())
    known = Client.objects.get()
    page = setting["http"].get(url(setting)).content.decode()
    assert "Fenna Fictief" not in page  # no list of the organisation's parents
    data = form_data(token=str(uuid.uuid4()))
    data["client-full_name"] = " fenna FICTIEF "
    data["client-phone"] = "06 1111 2222"
    setting["http"].post(url(setting), data)
    assert Client.objects.count() == 1
    assert Referral.objects.filter(client=known).count() == 2
    known.refresh_from_db()
    assert known.phone == "06 1111 2222"  # what was filled in now is kept
    assert AccessLogEntry.objects.filter(
        client=known, action=AccessAction.CHANGE, user=setting["sender"]
    ).exists()


def test_a_parent_of_another_organisation_is_never_reused(setting):
    from tests.factories import ClientFactory

    data = form_data()
    stranger = ClientFactory(
        full_name=data["client-full_name"],
        date_of_birth=datetime.date.fromisoformat(data["client-date_of_birth"]),
    )
    setting["http"].post(url(setting), data)
    referral = Referral.objects.get()
    assert referral.client != stranger
    assert referral.client.organisation == setting["sender"].memberships.get().organisation


def test_a_malformed_form_token_is_replaced_not_a_server_error(setting):
    response = setting["http"].post(url(setting), form_data(token="'; DROP TABLE --"))
    assert response.status_code == 302 and Referral.objects.count() == 1


def test_the_access_log_holds_the_new_parent_and_the_referral_and_nothing_on_a_refusal(setting):
    refused = form_data(**{"consent-categories": ["contact_details"]})
    setting["http"].post(url(setting), refused)
    assert not AccessLogEntry.objects.exists() and not Client.objects.exists()
    setting["http"].post(url(setting), form_data(token=str(uuid.uuid4())))
    client, referral = Client.objects.get(), Referral.objects.get()
    logged = AccessLogEntry.objects.filter(user=setting["sender"], granted=True)
    assert sorted(logged.values_list("object_type", "object_id", "action")) == [
        ("consent.client", str(client.pk), AccessAction.CREATE),
        ("referrals.referral", str(referral.pk), AccessAction.CREATE),
    ]
    assert set(logged.values_list("client", flat=True)) == {client.pk}


def test_a_note_whose_category_the_parent_did_not_allow_is_refused_and_kept(setting):
    data = form_data(**{"referral-psychosocial_notes": "Somber sinds de zwangerschap"})
    response = setting["http"].post(url(setting), data)
    assert response.status_code == 200 and not Referral.objects.exists()
    assert not Client.objects.exists() and not ConsentRecord.objects.exists()
    form = response.context["forms"]["referral"]
    assert form.has_error("psychosocial_notes") and not form.has_error("medical_notes")
    assert "Somber sinds de zwangerschap" in response.content.decode()


def test_a_note_whose_category_the_parent_allowed_reaches_the_referral(setting):
    categories = ["contact_details", "referral_reason", "psychosocial"]
    data = form_data(
        **{
            "consent-categories": categories,
            "referral-psychosocial_notes": "Somber sinds de zwangerschap",
        }
    )
    response = setting["http"].post(url(setting), data)
    assert response.status_code == 302
    assert Referral.objects.get().psychosocial_notes == "Somber sinds de zwangerschap"


def test_the_safety_route_shares_only_its_categories(setting):
    data = form_data(
        **{
            "basis-legal_basis": "meldcode",
            "basis-basis_justification": "Acuut gevaar voor het kind.",
            "basis-meldcode_followed": "on",
            "referral-safety_notes": "Vader dreigde",
            "referral-medical_notes": "Diabetes",
        }
    )
    response = setting["http"].post(url(setting, concerns="ja"), data)
    assert response.status_code == 200 and not Referral.objects.exists()
    form = response.context["forms"]["referral"]
    assert form.has_error("medical_notes") and not form.has_error("safety_notes")
