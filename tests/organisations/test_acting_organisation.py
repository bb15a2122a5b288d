"""A professional who works for several organisations chooses the one she acts for: remembered in
the session, shown in the header, changeable; the access log records that one, and from the
user's own address (behind a proxy too)."""

import pytest
from django.urls import reverse

from consent.models import AccessLogEntry
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_jobs():
    """A midwife who also works for a maternity-care organisation; a referral to the first."""
    first, second, sending = OrganisationFactory(), OrganisationFactory(), OrganisationFactory()
    user, sender = UserFactory(), UserFactory()
    MembershipFactory(user=user, organisation=first)
    MembershipFactory(user=user, organisation=second)
    MembershipFactory(user=sender, organisation=sending)
    client = ClientFactory(organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(client=client, recorded_by=sender, recipient_organisation=first)
    referral = ReferralFactory(consent=consent)
    send_referral(referral, by=sender)
    return {"user": user, "first": first, "second": second, "referral": referral}


def header(response) -> str:
    html = response.content.decode()
    return html[html.index("<header") : html.index("</header>")]


def test_she_acts_for_the_organisation_she_joined_first_until_she_chooses(two_jobs, login):
    http = login(two_jobs["user"])
    page = header(http.get(reverse("referrals:list")))
    assert f'<option value="{two_jobs["first"].pk}" selected>' in page
    assert two_jobs["second"].name in page


def test_she_switches_and_the_log_records_the_organisation_she_acts_for(two_jobs, login):
    http = login(two_jobs["user"])
    response = http.post(
        reverse("organisations:act_for"),
        {"organisation": two_jobs["second"].pk, "next": reverse("referrals:list")},
    )
    assert response.status_code == 302 and response["Location"] == reverse("referrals:list")
    page = header(http.get(reverse("referrals:list")))
    assert f'<option value="{two_jobs["second"].pk}" selected>' in page
    http.get(two_jobs["referral"].get_absolute_url())
    entry = AccessLogEntry.objects.filter(object_id=str(two_jobs["referral"].pk)).latest("at")
    assert entry.organisation == two_jobs["second"]


def test_she_cannot_act_for_an_organisation_she_does_not_work_for(two_jobs, login):
    http = login(two_jobs["user"])
    elsewhere = OrganisationFactory()
    for chosen in (elsewhere.pk, "abc", ""):
        response = http.post(reverse("organisations:act_for"), {"organisation": chosen})
        assert response.status_code == 302
        messages = [str(m) for m in response.wsgi_request._messages]
        assert messages, "she is told why nothing changed"
    page = header(http.get(reverse("referrals:list")))
    assert f'<option value="{two_jobs["first"].pk}" selected>' in page
    assert elsewhere.name not in page


def test_choosing_needs_a_signed_in_post(two_jobs, login, anonymous):
    url = reverse("organisations:act_for")
    assert login(two_jobs["user"]).get(url).status_code == 405
    response = anonymous.post(url, {"organisation": two_jobs["first"].pk})
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_with_one_organisation_there_is_nothing_to_choose(professional, login):
    page = header(login(professional).get(reverse("referrals:list")))
    assert 'name="organisation"' not in page


def test_the_log_records_the_users_address_behind_the_proxy(two_jobs, login, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    http = login(two_jobs["user"])
    http.get(
        two_jobs["referral"].get_absolute_url(),
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    entry = AccessLogEntry.objects.filter(object_id=str(two_jobs["referral"].pk)).latest("at")
    assert entry.ip_address == "203.0.113.7"
