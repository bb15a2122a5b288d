"""Designated officers review the access log of their organisations, with the second factor,
filtered by client, user, organisation and period; nobody else may read it."""

import datetime

import pytest
from django.test import Client as HttpClient
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.decorators import SECOND_FACTOR_AT
from consent.policy import log_access
from organisations.models import MembershipRole
from tests.factories import ClientFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
LOG = reverse("privacy:access_log")
SECOND_FACTOR = reverse("accounts:second_factor")


@pytest.fixture
def log():
    ours, theirs = OrganisationFactory(), OrganisationFactory()
    colleague, stranger = UserFactory(), UserFactory()
    MembershipFactory(user=colleague, organisation=ours)
    MembershipFactory(user=stranger, organisation=theirs)
    our_client = ClientFactory(organisation=ours, registered_by=colleague)
    their_client = ClientFactory(organisation=theirs, registered_by=stranger)
    request = RequestFactory().get("/")
    for user, client in ((colleague, our_client), (stranger, their_client)):
        request.user = user
        log_access(request, client=client, obj=client, action="view", granted=True)
    officer = UserFactory()
    MembershipFactory(user=officer, organisation=ours, role=MembershipRole.OFFICER)
    return {
        "officer": officer,
        "colleague": colleague,
        "ours": our_client,
        "theirs": their_client,
        "our_organisation": ours,
        "their_organisation": theirs,
    }


def shown(response) -> set:
    return {entry.client_id for entry in response.context["page"]}


def test_an_officer_sees_the_entries_of_their_own_organisation(log, verified_login):
    response = verified_login(log["officer"]).get(LOG)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert shown(response) == {log["ours"].pk}


def test_the_officer_filters_by_client_user_organisation_and_period(log, verified_login):
    officer = verified_login(log["officer"])
    assert shown(officer.get(LOG, {"client": log["ours"].pk})) == {log["ours"].pk}
    assert shown(officer.get(LOG, {"client": log["theirs"].pk})) == set()
    assert shown(officer.get(LOG, {"user": log["colleague"].email.upper()})) == {log["ours"].pk}
    assert shown(officer.get(LOG, {"organisation": log["our_organisation"].pk})) == {log["ours"].pk}
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert shown(officer.get(LOG, {"date_from": tomorrow.isoformat()})) == set()
    assert shown(officer.get(LOG, {"date_until": tomorrow.isoformat()})) == {log["ours"].pk}
    odd = officer.get(LOG, {"client": "geen-uuid", "organisation": "x"})
    assert odd.status_code == 200 and odd.context["form"].errors


def test_the_log_needs_the_second_factor_even_when_sign_in_does_not(log, login, settings):
    settings.PORTAL_REQUIRE_MFA = False
    response = login(log["officer"]).get(LOG)
    assert response.status_code == 302
    assert response["Location"].startswith(SECOND_FACTOR)


def test_professionals_coordinators_and_anonymous_may_not_read_the_log(log, verified_login):
    assert verified_login(log["colleague"]).get(LOG).status_code == 403
    assert verified_login(UserFactory(is_coordinator=True)).get(LOG).status_code == 403
    assert HttpClient().get(LOG).status_code == 302


def test_the_menu_offers_the_log_to_officers_only(log, login):
    home = reverse("home")
    review = reverse("privacy:unusual")
    assert review in login(log["officer"]).get(home).content.decode()
    assert review not in login(UserFactory(is_coordinator=True)).get(home).content.decode()
    assert review not in login(log["colleague"]).get(home).content.decode()
    assert review not in HttpClient().get(home).content.decode()


def test_a_verified_session_is_remembered_with_its_time(log, verified_login):
    officer = verified_login(log["officer"])
    assert officer.session[SECOND_FACTOR_AT] > 0
