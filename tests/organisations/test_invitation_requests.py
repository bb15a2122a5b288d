"""Asking the coordinator to invite an organisation nobody receives referrals at: one click,
one open request per asker, the region's coordinators e-mailed a link, listed on their
dashboard, handled once someone invited joins or the coordinator dismisses it."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext

from organisations.models import (
    Invitation,
    InvitationRequest,
    InvitationRequestOutcome,
    MembershipRole,
)
from tests.conftest import signed_in
from tests.factories import (
    InterventionFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def region():
    """Deventer with its coordinator, a coordinator elsewhere, and an organisation in Deventer
    whose offer accepts referrals but where nobody has an account."""
    deventer = MunicipalityFactory()
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")
    here = UserFactory(email="coordinator.deventer@rokportaal.example", is_coordinator=True)
    there = UserFactory(email="coordinator.rotterdam@rokportaal.example", is_coordinator=True)
    deventer.coordinators.add(here)
    rotterdam.coordinators.add(there)
    organisation = OrganisationFactory(name="Dimence Test", slug="dimence-test")
    organisation.municipalities.add(deventer)
    intervention = InterventionFactory(organisation=organisation)
    return {"here": here, "there": there, "organisation": organisation, "offer": intervention}


def ask_url(organisation) -> str:
    return reverse("organisations:ask_invitation", args=[organisation.slug])


def test_anonymous_is_sent_to_sign_in(anonymous, region):
    response = anonymous.post(ask_url(region["organisation"]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    assert not InvitationRequest.objects.exists()


def test_only_post(professional, region):
    assert signed_in(professional).get(ask_url(region["organisation"])).status_code == 405


def test_unknown_organisation_is_404(professional):
    assert signed_in(professional).post(ask_url(OrganisationFactory.build())).status_code == 404


def test_one_click_records_the_request_and_emails_the_region_a_link_only(
    professional, organisation, region, django_capture_on_commit_callbacks
):
    offer_page = region["offer"].get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(professional).post(
            ask_url(region["organisation"]), {"next": offer_page}
        )
    assert response.status_code == 302 and response["Location"] == offer_page
    request = InvitationRequest.objects.get()
    assert request.asked_by == professional and request.asking_organisation == organisation
    assert request.is_open and request.organisation == region["organisation"]
    assert [m.to for m in mail.outbox] == [[region["here"].email]]  # not the other region's
    body = mail.outbox[0].body
    assert reverse("organisations:dashboard") in body
    assert professional.email not in body and professional.full_name not in body

    # The asker sees when she asked instead of the button.
    page = signed_in(professional).get(offer_page).content.decode()
    assert f'action="{ask_url(region["organisation"])}"' not in page
    assert request.asked_at.strftime("%Y") in page


def test_asking_twice_makes_no_second_request(
    professional, region, django_capture_on_commit_callbacks
):
    http = signed_in(professional)
    with django_capture_on_commit_callbacks(execute=True):
        http.post(ask_url(region["organisation"]))
        http.post(ask_url(region["organisation"]))
    assert InvitationRequest.objects.count() == 1 and len(mail.outbox) == 1
    # A colleague may ask too: one open request per asker.
    colleague = UserFactory()
    MembershipFactory(user=colleague)
    signed_in(colleague).post(ask_url(region["organisation"]))
    assert InvitationRequest.objects.count() == 2


def test_the_database_refuses_a_second_open_request_per_asker(professional, region):
    from django.db import IntegrityError, transaction

    InvitationRequest.objects.create(organisation=region["organisation"], asked_by=professional)
    with pytest.raises(IntegrityError), transaction.atomic():
        InvitationRequest.objects.create(organisation=region["organisation"], asked_by=professional)


def test_nothing_to_ask_for_an_organisation_that_receives_referrals(professional):
    reachable = InterventionFactory().organisation
    response = signed_in(professional).post(ask_url(reachable), follow=True)
    assert gettext("This organisation already receives referrals in the portal.") in (
        response.content.decode()
    )
    assert not InvitationRequest.objects.exists()


def test_without_region_coordinators_the_whole_directorys_coordinators_hear_it(
    professional, coordinator, django_capture_on_commit_callbacks
):
    elsewhere = OrganisationFactory()  # serves no municipality with a coordinator
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(professional).post(ask_url(elsewhere))
    assert [m.to for m in mail.outbox] == [[coordinator.email]]


@pytest.fixture
def asked(professional, region):
    request, _ = InvitationRequest.ask(
        region["organisation"], by=professional, asking_organisation=None
    )
    return request


def test_the_coordinators_dashboard_lists_open_requests_with_the_way_to_invite(
    region, asked, django_assert_max_num_queries
):
    http = signed_in(region["here"])
    http.get(reverse("organisations:dashboard"))
    for _ in range(3):
        InvitationRequest.ask(region["organisation"], by=UserFactory(), asking_organisation=None)
    with django_assert_max_num_queries(12):
        page = http.get(reverse("organisations:dashboard")).content.decode()
    members = reverse("organisations:members", args=[region["organisation"].slug])
    assert members in page
    assert reverse("organisations:dismiss_invitation_request", args=[asked.pk]) in page
    # Another region's coordinator does not see it.
    page = signed_in(region["there"]).get(reverse("organisations:dashboard")).content.decode()
    assert members not in page


def test_an_invitation_accepted_handles_the_request(region, asked):
    invitation, _ = Invitation.send_new(
        email="nieuw@dimence.example",
        organisation=region["organisation"],
        role=MembershipRole.PROFESSIONAL,
        by=region["here"],
    )
    invitation.accept(full_name="Nieuwe Collega", job_title="GZ-psycholoog", password="x" * 16)
    asked.refresh_from_db()
    assert not asked.is_open and asked.outcome == InvitationRequestOutcome.INVITED
    assert asked.handled_by == region["here"]
    region["organisation"].refresh_from_db()
    assert region["organisation"].receives_referrals


def test_the_coordinator_dismisses(region, asked):
    url = reverse("organisations:dismiss_invitation_request", args=[asked.pk])
    assert signed_in(region["here"]).get(url).status_code == 405
    response = signed_in(region["here"]).post(url)
    assert response.status_code == 302
    asked.refresh_from_db()
    assert asked.outcome == InvitationRequestOutcome.DISMISSED
    assert asked.handled_by == region["here"] and asked.handled_at
    # Handled: a second dismissal finds no open request.
    assert signed_in(region["here"]).post(url).status_code == 404


def test_only_a_coordinator_of_the_region_may_dismiss(professional, region, asked, anonymous):
    url = reverse("organisations:dismiss_invitation_request", args=[asked.pk])
    assert reverse("accounts:login") in anonymous.post(url)["Location"]
    assert signed_in(professional).post(url).status_code == 403
    assert signed_in(region["there"]).post(url).status_code == 403
    asked.refresh_from_db()
    assert asked.is_open


def test_after_a_dismissal_the_asker_may_ask_again(professional, region, asked):
    asked.dismiss(by=region["here"])
    signed_in(professional).post(ask_url(region["organisation"]))
    assert InvitationRequest.objects.filter(handled_at__isnull=True).count() == 1
