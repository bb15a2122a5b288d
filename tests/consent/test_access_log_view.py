"""Coordinators and designated officers review the access log, filtered; nobody else may."""

import datetime

import pytest
from django.test import Client as HttpClient
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from consent.policy import log_access
from organisations.models import MembershipRole
from tests.factories import ClientFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
LOG = reverse("consent:access_log")


def signed_in(user) -> HttpClient:
    client = HttpClient()
    client.force_login(user)
    return client


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
    return {"officer": officer, "colleague": colleague, "ours": our_client, "theirs": their_client}


def shown(response) -> set:
    return {entry.client_id for entry in response.context["page"]}


def test_an_officer_sees_the_entries_of_their_own_organisation(log):
    response = signed_in(log["officer"]).get(LOG)
    assert response.status_code == 200
    assert shown(response) == {log["ours"].pk}


def test_a_coordinator_sees_all_and_filters_by_client_user_and_period(log):
    coordinator = signed_in(UserFactory(is_coordinator=True))
    assert shown(coordinator.get(LOG)) == {log["ours"].pk, log["theirs"].pk}
    assert shown(coordinator.get(LOG, {"client": log["theirs"].pk})) == {log["theirs"].pk}
    assert shown(coordinator.get(LOG, {"user": log["colleague"].email.upper()})) == {log["ours"].pk}
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert shown(coordinator.get(LOG, {"date_from": tomorrow.isoformat()})) == set()
    assert coordinator.get(LOG, {"client": "geen-uuid"}).status_code == 200


def test_professionals_and_anonymous_may_not_read_the_log(log):
    assert signed_in(log["colleague"]).get(LOG).status_code == 403
    assert HttpClient().get(LOG).status_code == 302


def test_the_menu_offers_the_log_to_those_who_may_read_it(log):
    home = reverse("home")
    assert LOG in signed_in(log["officer"]).get(home).content.decode()
    assert LOG in signed_in(UserFactory(is_coordinator=True)).get(home).content.decode()
    assert LOG not in signed_in(log["colleague"]).get(home).content.decode()
    assert LOG not in HttpClient().get(home).content.decode()
