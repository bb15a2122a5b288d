"""Starting a referral from the directory: the safety question, then short steps (the family,
reason and approach, consent or the meldcode basis, check and send); nothing is stored before
the last step, and a form sent twice makes one referral."""

import datetime

import pytest
from django.test import Client as HttpClient
from django.utils import timezone
from django.utils.translation import gettext

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

from .referral_steps import NEW, approach, basis, consent, family, refer, start, step

pytestmark = pytest.mark.django_db


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


def query(setting, concerns: str = "nee") -> str:
    return f"aanbod={setting['intervention'].slug}&zorgen={concerns}"


def nothing_stored() -> bool:
    return not (
        Client.objects.exists()
        or ConsentRecord.objects.exists()
        or Referral.objects.exists()
        or AccessLogEntry.objects.filter(granted=True).exists()
    )


def test_first_the_safety_question_with_capacity_and_contact(setting):
    page = setting["http"].get(f"{NEW}?aanbod={setting['intervention'].slug}")
    content = page.content.decode()
    assert page.status_code == 200
    assert 'name="zorgen"' in content and "Carla Contact" in content
    assert "3 weken" in content


def test_the_steps_record_client_consent_and_send(setting):
    response = refer(setting["http"], query(setting))
    referral = Referral.objects.get()
    assert response.status_code == 302 and response.url == referral.get_absolute_url()
    assert referral.status == ReferralStatus.SENT
    assert referral.recipient_organisation == setting["intervention"].organisation
    assert referral.contact_person == setting["contact"]
    consent_record = ConsentRecord.objects.get()
    assert referral.consent == consent_record
    assert consent_record.recipient_intervention == setting["intervention"]
    assert consent_record.consent_text_sha256 == consent_record.consent_text.sha256
    assert Client.objects.get().organisation == referral.sender_organisation
    assert AccessLogEntry.objects.filter(action="create", granted=True).exists()


def test_nothing_is_written_before_the_last_step(setting):
    http = setting["http"]
    url = start(http, query(setting))
    for name, data in [("gezin", family()), ("aanpak", approach()), ("toestemming", consent())]:
        assert http.post(step(url, name), data).status_code == 302
        assert nothing_stored()
    check = http.get(step(url, "controleren"))
    assert check.status_code == 200 and nothing_stored()
    page = check.content.decode()
    assert "Fenna Fictief" in page and "Eerste kind, weinig steun" in page
    for name in ["gezin", "aanpak", "toestemming"]:
        assert f'href="{step(url, name)}"' in page  # a change link to each step
    http.post(step(url, "controleren"), {"send": "1"})
    assert Referral.objects.count() == 1


def test_the_steps_data_is_held_in_the_session_not_in_the_page(setting):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    page = http.get(step(url, "aanpak")).content.decode()
    assert "Fenna Fictief" not in page  # no hidden copy of the family's details
    assert 'type="hidden" name="client-' not in page


def test_sending_twice_creates_one_referral(setting):
    http = setting["http"]
    url = start(http, query(setting))
    for name, data in [("gezin", family()), ("aanpak", approach()), ("toestemming", consent())]:
        http.post(step(url, name), data)
    first = http.post(step(url, "controleren"), {"send": "1"})
    second = http.post(step(url, "controleren"), {"send": "1"})
    assert Referral.objects.count() == 1 and Client.objects.count() == 1
    assert first.url == second.url == Referral.objects.get().get_absolute_url()


@pytest.mark.parametrize(
    ("name", "data", "field", "kept"),
    [
        ("gezin", family(**{"client-phone": "12"}), "client-phone", "Fenna Fictief"),
        ("aanpak", approach(**{"referral-reason": ""}), "referral-reason", "0570 12 34 56"),
        (
            "toestemming",
            consent(**{"consent-text_shown": ""}),
            "consent-text_shown",
            "Extra kraamzorg regelen",
        ),
    ],
)
def test_each_step_shows_its_errors_at_the_field_and_keeps_what_was_typed(
    setting, name, data, field, kept
):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    http.post(step(url, "aanpak"), approach())
    response = http.post(step(url, name), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert kept in content
    assert f'id="id_{field}_error"' in content and 'aria-invalid="true"' in content
    # Only this step's own fields are judged.
    assert content.count('aria-invalid="true"') == 1
    assert nothing_stored()


def test_going_back_keeps_what_was_typed_in_both_steps(setting):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    half = approach(**{"referral-reason": "Half getypt", "referral-sender_phone": ""})
    back = http.post(step(url, "aanpak"), half | {"back": "1"})
    assert back.status_code == 302 and back.url == step(url, "gezin")
    assert 'value="Fenna Fictief"' in http.get(back.url).content.decode()
    again = http.get(step(url, "aanpak")).content.decode()
    assert "Half getypt" in again
    assert 'aria-invalid="true"' not in again  # shown as typed, not judged before sending


def test_the_name_is_asked_once_and_the_parent_herself_gives_consent(setting):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    http.post(step(url, "aanpak"), approach())
    page = http.get(step(url, "toestemming")).content.decode()
    assert 'name="consent-given_by_name"' in page
    assert 'name="consent-relation" value="self"' in page and "checked" in page
    assert http.post(step(url, "toestemming"), consent()).status_code == 302
    http.post(step(url, "controleren"), {"send": "1"})
    record = ConsentRecord.objects.get()
    assert record.relation == "self" and record.given_by_name == "Fenna Fictief"


def test_someone_else_giving_consent_is_named(setting):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    http.post(step(url, "aanpak"), approach())
    refused = http.post(step(url, "toestemming"), consent(**{"consent-relation": "guardian"}))
    assert refused.status_code == 200
    assert 'id="id_consent-given_by_name_error"' in refused.content.decode()
    named = consent(**{"consent-relation": "guardian", "consent-given_by_name": "Gerda Voogd"})
    assert http.post(step(url, "toestemming"), named).status_code == 302
    http.post(step(url, "controleren"), {"send": "1"})
    assert ConsentRecord.objects.get().given_by_name == "Gerda Voogd"


def test_a_parent_under_16_needs_a_guardian_and_nothing_is_stored(setting):
    today = timezone.localdate()
    young = today.replace(year=today.year - 15).isoformat()
    response = refer(
        setting["http"], query(setting), family_data=family(**{"client-date_of_birth": young})
    )
    assert response.status_code == 200
    assert response.context["form"].has_error("relation")
    assert nothing_stored()


def test_consent_without_contact_details_cannot_be_sent(setting):
    data = consent(**{"consent-categories": ["psychosocial"]})
    response = refer(setting["http"], query(setting), consent_data=data)
    assert response.status_code == 200 and not Referral.objects.exists()


def test_the_meldcode_route_needs_a_justification_and_marks_the_referral(setting):
    refused = refer(
        setting["http"],
        query(setting, "ja"),
        basis_data=basis(**{"basis-basis_justification": ""}),
    )
    assert refused.status_code == 200 and nothing_stored()
    assert refused.context["form"].has_error("basis_justification")
    refer(setting["http"], query(setting, "ja"))
    referral = Referral.objects.get()
    assert referral.legal_basis == LegalBasis.MELDCODE and referral.consent is None
    assert referral.status == ReferralStatus.SENT
    page = setting["http"].get(referral.get_absolute_url()).content.decode()
    assert gettext("Shared without consent") in page


def test_save_as_draft(setting):
    refer(setting["http"], query(setting), send=False)
    assert Referral.objects.get().status == ReferralStatus.DRAFT


def test_only_members_of_an_organisation_refer(setting):
    assert signed_in(UserFactory()).get(f"{NEW}?{query(setting)}").status_code == 403
    assert HttpClient().get(f"{NEW}?{query(setting)}").status_code == 302


def test_another_users_form_is_not_open_to_her(setting):
    url = start(setting["http"], query(setting))
    other = UserFactory()
    MembershipFactory(user=other, organisation=setting["sender"].memberships.get().organisation)
    response = signed_in(other).get(url)
    assert response.status_code == 302  # not her session's form: start again


def test_no_referral_to_ones_own_organisation(setting):
    own = InterventionFactory(organisation=setting["sender"].memberships.get().organisation)
    response = setting["http"].get(f"{NEW}?aanbod={own.slug}&zorgen=nee")
    assert response.status_code == 400


def test_the_directory_offers_the_refer_button_to_signed_in_professionals(setting):
    detail = setting["intervention"].get_absolute_url()
    assert f"{NEW}?aanbod=" in setting["http"].get(detail).content.decode()
    assert f"{NEW}?aanbod=" not in HttpClient().get(detail).content.decode()


def test_a_parent_registered_before_is_referred_without_registering_her_again(setting):
    refer(setting["http"], query(setting))
    known = Client.objects.get()
    url = start(setting["http"], query(setting))
    assert "Fenna Fictief" not in setting["http"].get(url).content.decode()
    refer(
        setting["http"],
        query(setting),
        family_data=family(
            **{"client-full_name": " fenna FICTIEF ", "client-phone": "06 1111 2222"}
        ),
    )
    assert Client.objects.count() == 1
    assert Referral.objects.filter(client=known).count() == 2
    known.refresh_from_db()
    assert known.phone == "06 1111 2222"  # what was filled in now is kept
    assert AccessLogEntry.objects.filter(
        client=known, action=AccessAction.CHANGE, user=setting["sender"]
    ).exists()


def test_a_parent_of_another_organisation_is_never_reused(setting):
    from tests.factories import ClientFactory

    stranger = ClientFactory(full_name="Fenna Fictief", date_of_birth=datetime.date(1999, 4, 12))
    refer(setting["http"], query(setting))
    referral = Referral.objects.get()
    assert referral.client != stranger
    assert referral.client.organisation == setting["sender"].memberships.get().organisation


def test_a_malformed_form_token_is_not_found_not_a_server_error(setting):
    response = setting["http"].get(f"{NEW}'; DROP TABLE --/gezin/")
    assert response.status_code == 404


def test_the_access_log_holds_the_new_parent_and_the_referral_and_nothing_on_a_refusal(setting):
    refused = consent(**{"consent-categories": ["contact_details"]})
    refer(setting["http"], query(setting), consent_data=refused)
    assert not AccessLogEntry.objects.exists() and not Client.objects.exists()
    refer(setting["http"], query(setting))
    client, referral = Client.objects.get(), Referral.objects.get()
    logged = AccessLogEntry.objects.filter(user=setting["sender"], granted=True)
    assert sorted(logged.values_list("object_type", "object_id", "action")) == [
        ("consent.client", str(client.pk), AccessAction.CREATE),
        ("referrals.referral", str(referral.pk), AccessAction.CREATE),
    ]
    assert set(logged.values_list("client", flat=True)) == {client.pk}


def test_a_note_whose_category_the_parent_did_not_allow_is_refused_at_the_consent(setting):
    notes = approach(**{"referral-psychosocial_notes": "Somber sinds de zwangerschap"})
    response = refer(setting["http"], query(setting), approach_data=notes)
    assert response.status_code == 200 and nothing_stored()
    assert response.context["form"].has_error("categories")
    # Going back shows the note as typed.
    url = response.request["PATH_INFO"]
    assert (
        "Somber sinds de zwangerschap" in setting["http"].get(step(url, "aanpak")).content.decode()
    )


def test_a_note_whose_category_the_parent_allowed_reaches_the_referral(setting):
    response = refer(
        setting["http"],
        query(setting),
        approach_data=approach(**{"referral-psychosocial_notes": "Somber sinds de zwangerschap"}),
        consent_data=consent(
            **{"consent-categories": ["contact_details", "referral_reason", "psychosocial"]}
        ),
    )
    assert response.status_code == 302
    assert Referral.objects.get().psychosocial_notes == "Somber sinds de zwangerschap"


def test_the_safety_route_shares_only_its_categories(setting):
    http = setting["http"]
    url = start(http, query(setting, "ja"))
    http.post(step(url, "gezin"), family())
    notes = approach(
        **{"referral-safety_notes": "Vader dreigde", "referral-medical_notes": "Diabetes"}
    )
    response = http.post(step(url, "aanpak"), notes)
    assert response.status_code == 200 and nothing_stored()
    form = response.context["form"]
    assert form.has_error("medical_notes") and not form.has_error("safety_notes")


def test_the_check_step_sends_back_to_a_step_not_yet_done(setting):
    http = setting["http"]
    url = start(http, query(setting))
    http.post(step(url, "gezin"), family())
    response = http.get(step(url, "controleren"))
    assert response.status_code == 302 and response.url == step(url, "aanpak")
