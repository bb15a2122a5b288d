"""policy.py is the one gate: the registering organisation sees all, a recipient exactly what
the consent in force names, everyone else nothing — not even that the client exists."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory

from consent.models import (
    ALL_CATEGORIES,
    AccessAction,
    AccessLogEntry,
    AccessLogError,
    ConsentMethod,
    DataCategory,
)
from consent.policy import clients_visible_to, log_access, visible_categories
from tests.factories import (
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_the_registering_organisation_sees_everything(handover):
    assert visible_categories(handover["sender"], handover["client"]) == ALL_CATEGORIES


def test_the_recipient_sees_exactly_the_consented_categories(handover):
    assert visible_categories(handover["recipient"], handover["client"]) == {
        DataCategory.CONTACT_DETAILS,
        DataCategory.REFERRAL_REASON,
    }


def test_withdrawal_removes_the_recipients_access_at_once(handover):
    handover["consent"].withdraw(by=handover["sender"], channel=ConsentMethod.PHONE)
    assert visible_categories(handover["recipient"], handover["client"]) == frozenset()
    assert handover["client"] not in clients_visible_to(handover["recipient"])
    assert handover["client"] in clients_visible_to(handover["sender"])


def test_outsiders_anonymous_and_coordinators_see_nothing(handover):
    coordinator = UserFactory(is_coordinator=True, is_staff=True)
    for user in (handover["outsider"], AnonymousUser(), coordinator):
        assert visible_categories(user, handover["client"]) == frozenset()
        assert not clients_visible_to(user).exists()


def test_deactivated_users_see_nothing(handover):
    handover["sender"].is_active = False
    assert visible_categories(handover["sender"], handover["client"]) == frozenset()


def test_every_access_is_logged_granted_or_denied(handover):
    request = RequestFactory().get("/", REMOTE_ADDR="10.1.2.3")
    request.user = handover["recipient"]
    entry = log_access(
        request,
        client=handover["client"],
        obj=handover["consent"],
        action=AccessAction.VIEW,
        granted=True,
    )
    assert entry.organisation == handover["consent"].recipient_organisation
    assert entry.ip_address == "10.1.2.3" and entry.object_type == "consent.consentrecord"
    request.user = AnonymousUser()
    denied = log_access(
        request, client=handover["client"], obj=handover["client"], action="view", granted=False
    )
    assert denied.user is None and denied.granted is False
    assert AccessLogEntry.objects.count() == 2


def test_the_access_log_is_append_only(handover):
    request = RequestFactory().get("/")
    request.user = handover["sender"]
    entry = log_access(
        request, client=handover["client"], obj=handover["client"], action="view", granted=True
    )
    entry.granted = False
    with pytest.raises(AccessLogError):
        entry.save()
    with pytest.raises(AccessLogError):
        entry.delete()


@pytest.mark.postgres(reason="a database trigger")
def test_the_database_refuses_to_change_the_access_log(handover):
    request = RequestFactory().get("/")
    request.user = handover["sender"]
    log_access(
        request, client=handover["client"], obj=handover["client"], action="view", granted=True
    )
    assert connection.vendor == "postgresql"
    for change in (
        lambda: AccessLogEntry.objects.update(granted=False),
        lambda: AccessLogEntry.objects.all().delete(),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            change()
    assert AccessLogEntry.objects.filter(granted=True).count() == 1
