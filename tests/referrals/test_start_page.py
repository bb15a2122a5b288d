"""The personal start page: what needs me now, where signing in lands."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from consent.models import AccessLogEntry
from organisations.models import MembershipRole
from tests.conftest import CLIENT_NAME, PASSWORD, signed_in
from tests.factories import InterventionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

START = reverse("start")


def section(html: str, heading_id: str) -> str:
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_a_new_referral_is_on_the_recipients_start_page_and_logged(parties):
    response = signed_in(parties["recipient"]).get(START)
    assert response.status_code == 200
    html = response.content.decode()
    assert CLIENT_NAME in section(html, "new-heading")
    assert CLIENT_NAME not in section(html, "mine-heading")
    assert AccessLogEntry.objects.filter(
        user=parties["recipient"], client=parties["client"]
    ).exists()


def test_once_assigned_it_is_mine_and_no_longer_new(parties):
    parties["referral"].assign(to=parties["recipient"], by=parties["recipient"])
    html = signed_in(parties["recipient"]).get(START).content.decode()
    assert CLIENT_NAME in section(html, "mine-heading")
    assert CLIENT_NAME not in section(html, "new-heading")


def test_an_overdue_referral_is_listed_as_overdue(parties):
    referral = parties["referral"]
    type(referral).objects.filter(pk=referral.pk).update(
        sent_at=timezone.now() - datetime.timedelta(days=14)
    )
    html = signed_in(parties["recipient"]).get(START).content.decode()
    assert CLIENT_NAME in section(html, "overdue-heading")


def test_the_sender_sees_the_other_sides_messages_but_not_her_own(parties):
    referral = parties["referral"]
    referral.post_message(
        by=parties["recipient"], organisation=parties["receiving"], body="Wanneer kan ik bellen?"
    )
    referral.post_message(by=parties["sender"], organisation=parties["sending"], body="Morgen.")
    html = signed_in(parties["sender"]).get(START).content.decode()
    messages = section(html, "messages-heading")
    assert CLIENT_NAME in messages
    assert parties["recipient"].get_full_name() in messages
    assert parties["sender"].get_full_name() not in messages
    # The message itself stays on the referral page.
    assert "Wanneer kan ik bellen?" not in html
    # The sender's own organisation received nothing: no new referrals of hers to list.
    assert CLIENT_NAME not in section(html, "new-heading")


def test_an_outsider_sees_nothing_of_the_family(parties):
    html = signed_in(parties["outsider"]).get(START).content.decode()
    assert CLIENT_NAME not in html


def test_recent_searches_are_the_users_own(parties):
    recipient = signed_in(parties["recipient"])
    recipient.get(reverse("organisations:search"), {"q": "schulden"})
    recipient.get(reverse("organisations:search"), {"q": "kraamzorg", "pagina": 2})
    recipient.get(reverse("organisations:search"))  # no search: nothing to remember
    searches = section(recipient.get(START).content.decode(), "searches-heading")
    assert searches.index("kraamzorg") < searches.index("schulden")
    assert "pagina" not in searches
    other = section(signed_in(parties["sender"]).get(START).content.decode(), "searches-heading")
    assert "schulden" not in other and "kraamzorg" not in other


def test_an_editor_sees_her_organisations_offers_that_need_checking(parties):
    editor = UserFactory()
    MembershipFactory(user=editor, organisation=parties["receiving"], role=MembershipRole.EDITOR)
    InterventionFactory(organisation=parties["receiving"], name="Nooit gecontroleerd aanbod")
    InterventionFactory(organisation=parties["elsewhere"], name="Aanbod van een ander")
    html = signed_in(editor).get(START).content.decode()
    offers = section(html, "offers-heading")
    assert "Nooit gecontroleerd aanbod" in offers
    assert "Aanbod van een ander" not in offers
    # A professional of the same organisation does not maintain it.
    assert 'id="offers-heading"' not in signed_in(parties["recipient"]).get(START).content.decode()


def test_the_start_page_asks_the_same_few_queries_however_busy(
    parties, django_assert_max_num_queries
):
    me = parties["recipient"]
    MembershipFactory(user=UserFactory(), organisation=parties["receiving"])
    recipient = signed_in(me)
    recipient.get(START)
    with CaptureQueriesContext(connection) as few:
        recipient.get(START)
    for number in range(5):
        referral = type(parties["referral"]).objects.get(pk=parties["referral"].pk)
        referral.post_message(
            by=parties["sender"], organisation=parties["sending"], body=f"Bericht {number}"
        )
    parties["referral"].assign(to=me, by=me)
    with django_assert_max_num_queries(14), CaptureQueriesContext(connection) as many:
        recipient.get(START)
    assert len(many) == len(few)


def test_anonymous_visitors_are_sent_to_sign_in():
    response = signed_in(None).get(START)
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("accounts:login")
    )


def test_a_user_of_no_organisation_gets_a_page_without_referral_lists(coordinator):
    html = signed_in(coordinator).get(START).content.decode()
    assert 'id="new-heading"' not in html
    assert gettext("Your recent searches") in html
    assert reverse("organisations:dashboard") in html


def test_signing_in_lands_on_the_start_page_and_keeps_next(client, professional):
    response = client.post(
        reverse("accounts:login"), {"username": professional.email, "password": PASSWORD}
    )
    assert response.url == START
    client.logout()
    response = client.post(
        f"{reverse('accounts:login')}?next=/verwijzingen/",
        {"username": professional.email, "password": PASSWORD, "next": "/verwijzingen/"},
    )
    assert response.url == "/verwijzingen/"
