"""Editors and coordinators maintain entries in the portal: who may change what, the edit forms
with their validation and preview, "still correct", deactivation, history and restore."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import reset_queries
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from mail.models import OutgoingEmail
from organisations.models import (
    ContactPerson,
    Intervention,
    InterventionStatus,
    Invitation,
    Location,
    Membership,
    MembershipRole,
    Organisation,
)
from organisations.permissions import can_maintain, maintained_organisations
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    LifePhaseFactory,
    LocationFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)


@pytest.fixture
def entries(organisation, other_organisation):
    """An intervention, location and contact person for each of the two organisations."""
    found = {}
    for key, owner in (("own", organisation), ("other", other_organisation)):
        intervention = InterventionFactory(organisation=owner)
        found[key] = {
            "organisation": owner,
            "intervention": intervention,
            "location": LocationFactory(organisation=owner),
            "contact": ContactPersonFactory(organisation=owner, interventions=[intervention]),
        }
    return found


def maintenance_urls(entry: dict) -> list[tuple[str, str]]:
    """(method, url) of every maintenance URL that belongs to one organisation's entries."""
    slug, offer = entry["organisation"].slug, entry["intervention"].slug
    location, contact = entry["location"].pk, entry["contact"].pk
    membership = entry["organisation"].memberships.first()
    urls = [
        ("get", reverse("organisations:manage_organisation", args=[slug])),
        ("get", reverse("organisations:edit_organisation", args=[slug])),
        ("post", reverse("organisations:edit_organisation", args=[slug])),
        ("post", reverse("organisations:verify_organisation", args=[slug])),
        ("get", reverse("organisations:organisation_history", args=[slug])),
        ("get", reverse("organisations:new_location", args=[slug])),
        ("post", reverse("organisations:new_location", args=[slug])),
        ("get", reverse("organisations:edit_location", args=[location])),
        ("post", reverse("organisations:edit_location", args=[location])),
        ("get", reverse("organisations:new_intervention", args=[slug])),
        ("post", reverse("organisations:new_intervention", args=[slug])),
        ("get", reverse("organisations:edit_intervention", args=[offer])),
        ("post", reverse("organisations:edit_intervention", args=[offer])),
        ("post", reverse("organisations:verify_intervention", args=[offer])),
        ("post", reverse("organisations:deactivate_intervention", args=[offer])),
        ("post", reverse("organisations:reactivate_intervention", args=[offer])),
        ("get", reverse("organisations:new_contact", args=[slug])),
        ("post", reverse("organisations:new_contact", args=[slug])),
        ("get", reverse("organisations:edit_contact", args=[contact])),
        ("post", reverse("organisations:edit_contact", args=[contact])),
        ("post", reverse("organisations:deactivate_contact", args=[contact])),
        ("post", reverse("organisations:reactivate_contact", args=[contact])),
        ("get", reverse("organisations:members", args=[slug])),
        ("post", reverse("organisations:members", args=[slug])),
    ]
    if membership:
        urls += [
            ("post", reverse("organisations:change_role", args=[membership.pk])),
            ("post", reverse("organisations:remove_member", args=[membership.pk])),
        ]
    return urls


def test_an_editor_may_not_touch_another_organisation(editor, other_editor, entries, login):
    client = login(editor)
    for method, url in maintenance_urls(entries["other"]):
        response = getattr(client, method)(url)
        assert response.status_code in (403, 404), (method, url)
    other = entries["other"]
    other["organisation"].refresh_from_db()
    assert other["organisation"].verified_at is None
    assert Intervention.objects.get(pk=other["intervention"].pk).status == "active"
    assert Membership.objects.filter(organisation=other["organisation"]).count() == 1


def test_an_editor_reaches_every_page_of_their_own_organisation(editor, entries, login):
    client = login(editor)
    for method, url in maintenance_urls(entries["own"]):
        if method == "get":
            assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("persona", ["anonymous", "professional"])
def test_professionals_and_visitors_cannot_maintain(persona, request, editor, entries, login):
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    client = login(user)
    for method, url in maintenance_urls(entries["own"]):
        response = getattr(client, method)(url)
        if user is None:
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("accounts:login"))
        else:
            assert response.status_code == 403, (method, url)


def test_a_coordinator_maintains_every_organisation(coordinator, entries, login):
    client = login(coordinator)
    for key in ("own", "other"):
        for method, url in maintenance_urls(entries[key]):
            if method == "get":
                assert client.get(url).status_code == 200, url


def test_a_regional_coordinator_maintains_only_their_region(db, login):
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150")
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193")
    inside, outside = OrganisationFactory(), OrganisationFactory()
    inside.municipalities.set([deventer])
    outside.municipalities.set([zwolle])
    coordinator = UserFactory(is_coordinator=True)
    deventer.coordinators.add(coordinator)
    assert list(maintained_organisations(coordinator)) == [inside]
    client = login(coordinator)
    assert (
        client.get(reverse("organisations:edit_organisation", args=[inside.slug])).status_code
        == 200
    )
    assert (
        client.get(reverse("organisations:edit_organisation", args=[outside.slug])).status_code
        == 403
    )


def test_unknown_entries_are_404(editor, login):
    client = login(editor)
    assert (
        client.get(reverse("organisations:edit_intervention", args=["bestaat-niet"])).status_code
        == 404
    )
    assert client.get(reverse("organisations:edit_contact", args=[999999])).status_code == 404


def test_state_changing_urls_refuse_get(editor, entries, login):
    client = login(editor)
    own = entries["own"]
    for name, arg in (
        ("verify_organisation", own["organisation"].slug),
        ("verify_intervention", own["intervention"].slug),
        ("deactivate_intervention", own["intervention"].slug),
        ("deactivate_contact", own["contact"].pk),
    ):
        assert client.get(reverse(f"organisations:{name}", args=[arg])).status_code == 405


def test_editor_permission_follows_the_membership(organisation):
    user = UserFactory()
    membership = MembershipFactory(
        user=user, organisation=organisation, role=MembershipRole.PROFESSIONAL
    )
    assert not can_maintain(user, organisation)
    membership.role = MembershipRole.EDITOR
    membership.save()
    user = type(user).objects.get(pk=user.pk)  # a fresh user: django-guardian caches nothing here
    assert can_maintain(user, organisation)
    membership.delete()
    user = type(user).objects.get(pk=user.pk)
    assert not can_maintain(user, organisation)


def test_an_object_permission_through_a_group_counts_too(organisation, other_organisation):
    """As django-guardian grants it: to the user, or to a group she is in; for one entry."""
    from django.contrib.auth.models import Group
    from guardian.shortcuts import assign_perm

    from organisations.permissions import EDIT_ORGANISATION

    user = UserFactory()
    MembershipFactory(user=user, organisation=organisation, role=MembershipRole.PROFESSIONAL)
    group = Group.objects.create(name="Redactie regio Oost")
    user.groups.add(group)
    assert not can_maintain(user, organisation)
    assign_perm(EDIT_ORGANISATION, group, organisation)
    user = type(user).objects.get(pk=user.pk)  # the standing is looked up once per user object
    assert can_maintain(user, organisation)
    assert not can_maintain(user, other_organisation)


def test_a_deactivated_user_maintains_nothing(editor, organisation):
    editor.is_active = False
    editor.save()
    assert not can_maintain(editor, organisation)
    assert not maintained_organisations(editor).exists()


# --- Editing ---


def intervention_data(**changes) -> dict:
    data = {
        "name": "Samen Starten Deventer",
        "summary": "Een wijkverpleegkundige komt bij u thuis.",
        "description": "Gesprekken over opvoeden en gezondheid.",
        "life_phases": [LifePhaseFactory().pk],
        "access_route": "free_access",
        "cost_option": "free",
        "service_areas": [MunicipalityFactory().pk],
        "accepts_new_families": "on",
        "waiting_weeks": "2",
        "accepts_referrals": "on",
        "status": "active",
    }
    data.update(changes)
    return data


def test_an_editor_adds_an_offer_and_it_is_found(editor, organisation, login):
    client = login(editor)
    response = client.post(
        reverse("organisations:new_intervention", args=[organisation.slug]), intervention_data()
    )
    assert response.status_code == 302
    offer = Intervention.objects.get(name="Samen Starten Deventer")
    assert offer.organisation == organisation
    assert offer.slug == "samen-starten-deventer"
    assert offer.capacity_updated_on == timezone.localdate()
    assert offer.history.count() == 1  # one record for the fields and every relation
    assert offer.history.first().history_user == editor
    assert offer in Intervention.objects.listed().search("samen starten")


def test_bad_input_is_explained_next_to_each_field_and_nothing_is_saved(
    editor, organisation, login
):
    client = login(editor)
    data = intervention_data(
        life_phases=[], waiting_weeks="-3", status="temporarily_closed", status_notice=""
    )
    response = client.post(
        reverse("organisations:new_intervention", args=[organisation.slug]), data
    )
    assert response.status_code == 200
    page = response.content.decode()
    form = response.context["form"]
    assert set(form.errors) >= {"life_phases", "waiting_weeks", "status_notice"}
    assert 'id="id_waiting_weeks_error"' in page
    assert "Samen Starten Deventer" in page  # what was typed is kept
    assert not Intervention.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("phone", "12345"), ("website", "geen url"), ("email", "info@"), ("kvk_number", "12")],
)
def test_organisation_fields_are_validated(editor, organisation, login, field, value):
    client = login(editor)
    url = reverse("organisations:edit_organisation", args=[organisation.slug])
    data = {"name": organisation.name, "domain": "social", "kind": "neighbourhood_team"}
    data[field] = value
    response = client.post(url, data)
    assert field in response.context["form"].errors
    organisation.refresh_from_db()
    assert getattr(organisation, field) != value


def test_a_location_postcode_is_checked_and_normalised(editor, organisation, login):
    client = login(editor)
    url = reverse("organisations:new_location", args=[organisation.slug])
    data = {
        "name": "Buurthuis De Kern",
        "address": "Brink 10",
        "city": "Deventer",
        "municipality": MunicipalityFactory().pk,
    }
    response = client.post(url, {**data, "postcode": "7411 XX1"})
    assert "postcode" in response.context["form"].errors
    assert client.post(url, {**data, "postcode": "7411xx"}).status_code == 302
    assert Location.objects.get(name="Buurthuis De Kern").postcode == "7411 XX"


def test_a_contact_person_links_only_to_own_offers(editor, entries, login):
    client = login(editor)
    own, other = entries["own"], entries["other"]
    url = reverse("organisations:new_contact", args=[own["organisation"].slug])
    data = {"name": "Noor Visser", "job_title": "Wijkcoach", "visibility": "professionals"}
    response = client.post(url, {**data, "interventions": [other["intervention"].pk]})
    assert "interventions" in response.context["form"].errors
    response = client.post(
        url, {**data, "interventions": [own["intervention"].pk], "email": "noor@wijk.example"}
    )
    assert response.status_code == 302
    contact = ContactPerson.objects.get(name="Noor Visser")
    assert list(contact.interventions.all()) == [own["intervention"]]


def test_preview_shows_the_entry_and_saves_nothing(editor, entries, login):
    client = login(editor)
    offer = entries["own"]["intervention"]
    url = reverse("organisations:edit_intervention", args=[offer.slug])
    data = intervention_data(name="Nieuwe naam voor het aanbod", preview="1")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Nieuwe naam voor het aanbod" in response.context["preview"]
    offer.refresh_from_db()
    assert offer.name != "Nieuwe naam voor het aanbod"
    assert not Intervention.objects.filter(name="Nieuwe naam voor het aanbod").exists()
    new_url = reverse("organisations:new_intervention", args=[offer.organisation.slug])
    client.post(new_url, intervention_data(name="Alleen een voorbeeld", preview="1"))
    assert not Intervention.objects.filter(name="Alleen een voorbeeld").exists()


def test_user_text_is_escaped_in_the_preview(editor, organisation, login):
    client = login(editor)
    url = reverse("organisations:new_intervention", args=[organisation.slug])
    data = intervention_data(
        summary='<script>alert(1)</script>"><img src=x onerror=alert(1)>', preview="1"
    )
    page = client.post(url, data).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page


def test_coordinators_add_organisations_editors_do_not(coordinator, editor, login):
    data = {"name": "Stichting Nieuw Begin", "domain": "social", "kind": "welfare"}
    url = reverse("organisations:new_organisation")
    assert login(editor).post(url, data).status_code == 403
    assert login(coordinator).post(url, data).status_code == 302
    assert Organisation.objects.get(name="Stichting Nieuw Begin").slug == "stichting-nieuw-begin"


# --- Verification ---


def test_still_correct_is_one_click(editor, entries, login, settings):
    settings.VERIFICATION_MAX_AGE_DAYS = 365
    offer = entries["own"]["intervention"]
    Intervention.objects.filter(pk=offer.pk).update(
        verified_at=timezone.now() - datetime.timedelta(days=400)
    )
    offer.refresh_from_db()
    assert offer.is_overdue_for_check
    response = login(editor).post(reverse("organisations:verify_intervention", args=[offer.slug]))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert not offer.is_overdue_for_check
    assert offer.verified_by == editor
    assert offer.history.first().history_user == editor


# --- Deactivation ---


def test_deactivated_entries_leave_search_but_referrals_keep_them(editor, entries, login):
    client = login(editor)
    own = entries["own"]
    offer, contact = own["intervention"], own["contact"]
    referral = ReferralFactory(intervention=offer, recipient_organisation=own["organisation"])
    MembershipFactory(user=referral.sender, organisation=referral.sender_organisation)
    client.post(reverse("organisations:deactivate_intervention", args=[offer.slug]))
    client.post(reverse("organisations:deactivate_contact", args=[contact.pk]))
    offer.refresh_from_db()
    assert offer.status == InterventionStatus.INACTIVE
    assert offer not in Intervention.objects.listed()
    assert client.get(offer.get_absolute_url()).status_code == 404
    assert not ContactPerson.objects.visible_to(editor).filter(pk=contact.pk).exists()
    referral.refresh_from_db()
    assert referral.intervention == offer
    assert login(referral.sender).get(referral.get_absolute_url()).status_code == 200
    client.post(reverse("organisations:reactivate_intervention", args=[offer.slug]))
    client.post(reverse("organisations:reactivate_contact", args=[contact.pk]))
    assert offer in Intervention.objects.listed()
    assert ContactPerson.objects.visible_to(editor).filter(pk=contact.pk).exists()


def test_only_coordinators_deactivate_an_organisation(coordinator, editor, entries, login):
    own = entries["own"]
    url = reverse("organisations:deactivate_organisation", args=[own["organisation"].slug])
    assert login(editor).post(url).status_code == 403
    assert login(coordinator).post(url).status_code == 302
    assert own["intervention"] not in Intervention.objects.listed()
    assert Organisation.objects.filter(pk=own["organisation"].pk).exists()
    login(coordinator).post(
        reverse("organisations:reactivate_organisation", args=[own["organisation"].slug])
    )
    assert own["intervention"] in Intervention.objects.listed()


# --- History ---


def test_every_change_is_recorded_with_before_and_after(editor, coordinator, entries, login):
    offer = entries["own"]["intervention"]
    client = login(editor)
    client.post(
        reverse("organisations:edit_intervention", args=[offer.slug]),
        intervention_data(name="Hechtingsgroep", waiting_weeks="6"),
    )
    page = client.get(
        reverse("organisations:organisation_history", args=[offer.organisation.slug])
    ).content.decode()
    assert "Hechtingsgroep" in page and offer.name in page
    assert editor.get_full_name() in page
    assert "Restore this version" not in page and "Deze versie terugzetten" not in page


def test_a_coordinator_restores_an_earlier_version(editor, coordinator, entries, login):
    offer = entries["own"]["intervention"]
    original_name = offer.name
    original_phases = set(offer.life_phases.values_list("pk", flat=True))
    login(editor).post(
        reverse("organisations:edit_intervention", args=[offer.slug]),
        intervention_data(name="Verkeerde naam"),
    )
    before = offer.history.all()[1]  # the version before the editor's change
    url = reverse("organisations:restore_version", args=["intervention", before.history_id])
    assert login(editor).post(url).status_code == 403
    response = login(coordinator).post(url)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.name == original_name
    assert set(offer.life_phases.values_list("pk", flat=True)) == original_phases
    assert offer.history.first().history_user == coordinator


def test_history_page_has_a_bounded_number_of_queries(
    editor, entries, login, django_assert_max_num_queries
):
    client = login(editor)
    own = entries["own"]
    url = reverse("organisations:organisation_history", args=[own["organisation"].slug])
    edit = reverse("organisations:edit_intervention", args=[own["intervention"].slug])
    client.post(edit, intervention_data(name="Eerste"))
    reset_queries()  # each request resets the query log, so count from a clean start
    with django_assert_max_num_queries(40) as captured:
        assert client.get(url).status_code == 200
    baseline = len(captured.captured_queries)  # read now: it is a view on the live log
    for number in range(5):
        client.post(edit, intervention_data(name=f"Versie {number}"))
        LocationFactory(organisation=own["organisation"])
    reset_queries()
    with django_assert_max_num_queries(baseline):
        client.get(url)


# --- Invitations ---


def invite(client, organisation, email="nieuw@wijk.example", role="professional") -> str:
    """Invite someone and return the path of the link in the e-mail."""
    mail.outbox.clear()
    url = reverse("organisations:members", args=[organisation.slug])
    with TestCase.captureOnCommitCallbacks(execute=True):  # the request's work is committed
        assert client.post(url, {"email": email, "role": role}).status_code == 302
    (message,) = mail.outbox
    assert message.to == [email]
    link = re.search(r"https?://\S+", message.body).group(0)
    return "/" + link.split("/", 3)[3]


def accept_data(**changes) -> dict:
    data = {
        "full_name": "Sanne de Vries",
        "job_title": "Jeugdverpleegkundige",
        "password1": "wolken boven de IJssel",
        "password2": "wolken boven de IJssel",
    }
    return {**data, **changes}


def test_an_invited_colleague_chooses_a_password_once(editor, organisation, login):
    path = invite(login(editor), organisation, role="editor")
    invitee = Client()
    assert invitee.get(path).status_code == 200
    response = invitee.post(path, accept_data(password2="iets anders"))
    assert "password2" in response.context["form"].errors
    response = invitee.post(path, accept_data(password1="12345678", password2="12345678"))
    assert "password1" in response.context["form"].errors
    response = invitee.post(path, accept_data())
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@wijk.example")
    assert user.check_password("wolken boven de IJssel")
    assert can_maintain(user, organisation)
    assert Client().get(path).status_code == 410  # single use


def test_the_invitation_mail_carries_a_link_and_no_secret_is_stored(editor, organisation, login):
    path = invite(login(editor), organisation)
    token = path.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert invitation.token_hash != token and token not in invitation.token_hash
    assert invitation.token_hash == Invitation.hash_token(token)
    # The outbox needed the link until the e-mail was delivered; then it forgets it.
    (email,) = OutgoingEmail.objects.filter(kind="invitation")
    assert email.delivered_at is not None
    assert token not in email.body and token not in email.link


def test_expired_and_withdrawn_invitations_do_not_work(editor, organisation, login, settings):
    client = login(editor)
    first = invite(client, organisation)
    second = invite(client, organisation)  # a new invitation replaces the first
    assert Client().get(first).status_code == 410
    Invitation.objects.filter(withdrawn_at__isnull=True).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert Client().get(second).status_code == 410
    assert not User.objects.filter(email="nieuw@wijk.example").exists()


def test_another_organisations_editor_cannot_withdraw(editor, other_editor, organisation, login):
    invite(login(editor), organisation)
    invitation = Invitation.objects.get()
    url = reverse("organisations:withdraw_invitation", args=[invitation.pk])
    assert login(other_editor).post(url).status_code == 403
    assert login(editor).post(url).status_code == 302
    invitation.refresh_from_db()
    assert invitation.withdrawn_at is not None


class BrokenMailBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


def test_an_invitation_whose_mail_cannot_be_sent_yet_is_kept_and_sent_later(
    editor, organisation, login, settings
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    url = reverse("organisations:members", args=[organisation.slug])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = login(editor).post(url, {"email": "nieuw@wijk.example", "role": "professional"})
    assert response.status_code == 302
    assert Invitation.objects.pending().filter(email="nieuw@wijk.example").exists()
    (email,) = OutgoingEmail.objects.pending()
    assert email.last_error == "ConnectionRefusedError"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["nieuw@wijk.example"]]


def test_the_public_page_offers_editing_only_to_those_who_may(
    editor, other_editor, professional, entries, login
):
    offer = entries["own"]["intervention"]
    edit_url = reverse("organisations:edit_intervention", args=[offer.slug])
    assert edit_url in login(editor).get(offer.get_absolute_url()).content.decode()
    for user in (other_editor, professional, None):
        assert edit_url not in login(user).get(offer.get_absolute_url()).content.decode()


def test_preview_of_a_location_and_a_contact_person(editor, organisation, login):
    client = login(editor)
    location = {
        "name": "Buurthuis De Kern",
        "address": "Brink 10",
        "postcode": "7411 AB",
        "city": "Deventer",
        "municipality": MunicipalityFactory().pk,
        "preview": "1",
    }
    contact = {
        "name": "Noor Visser",
        "job_title": "Wijkcoach",
        "visibility": "professionals",
        "preview": "1",
    }
    for name, data in (("new_location", location), ("new_contact", contact)):
        response = client.post(reverse(f"organisations:{name}", args=[organisation.slug]), data)
        assert data["name"] in response.context["preview"]
    assert not Location.objects.filter(name="Buurthuis De Kern").exists()
    assert not ContactPerson.objects.filter(name="Noor Visser").exists()
