"""The received box by who handles the referrals ("mine", "unassigned", "all"), combined with
the status filter and paged, in a bounded number of queries; and the counts in the menu."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from referrals import views
from referrals.actions import send_referral
from referrals.models import Referral, ReferralStatus
from referrals.templatetags import referral_menu
from tests.conftest import signed_in
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

INBOX = reverse("referrals:list")


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch):
    monkeypatch.setattr(views, "REFERRALS_PER_PAGE", 3)


def refer(team: dict, number: int) -> Referral:
    client = ClientFactory(
        full_name=f"Gezin {number}", organisation=team["sending"], registered_by=team["sender"]
    )
    consent = ConsentRecordFactory(
        client=client, recorded_by=team["sender"], recipient_organisation=team["receiving"]
    )
    referral = ReferralFactory(consent=consent)
    send_referral(referral, by=team["sender"])
    sent_at = timezone.now() - datetime.timedelta(hours=number)
    Referral.objects.filter(pk=referral.pk).update(sent_at=sent_at)
    referral.refresh_from_db()
    return referral


@pytest.fixture
def team() -> dict:
    """Eight referrals received, newest first: two assigned to `me` (one accepted), two to
    `colleague`, four unassigned."""
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    sender, me, colleague = UserFactory(), UserFactory(full_name="Ik Zelf"), UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    for user in (me, colleague):
        MembershipFactory(user=user, organisation=receiving)
    team = {"sending": sending, "receiving": receiving, "sender": sender, "me": me}
    team["colleague"] = colleague
    referrals = [refer(team, number) for number in range(8)]
    for referral, assignee in zip(referrals, [me, me, colleague, colleague], strict=False):
        referral.assign(to=assignee, by=me)
    referrals[1].accept(by=me)
    return {**team, "referrals": referrals}


def shown(response) -> list:
    return [referral.pk for referral in response.context["referrals"]]


def pks(referrals) -> list:
    return [referral.pk for referral in referrals]


def test_mine_unassigned_and_all(team):
    me, referrals = signed_in(team["me"]), team["referrals"]
    mine = me.get(INBOX, {"toegewezen": "mij"})
    assert shown(mine) == pks(referrals[:2])
    unassigned = me.get(INBOX, {"toegewezen": "niemand"})
    assert shown(unassigned) == pks(referrals[4:7])  # the first page of four
    everything = me.get(INBOX)
    assert shown(everything) == pks(referrals[:3])
    html = everything.content.decode()
    assert f"{gettext('Mine')} (2)" in html
    assert f"{gettext('Unassigned')} (4)" in html
    assert f"{gettext('All received')} (8)" in html
    assert gettext("Assigned to") in html and "Ik Zelf" in html


def test_the_assignee_view_combines_with_the_status_and_pages(team):
    me, referrals = signed_in(team["me"]), team["referrals"]
    mine_sent = me.get(INBOX, {"toegewezen": "mij", "status": ReferralStatus.SENT})
    assert shown(mine_sent) == [referrals[0].pk]
    html = mine_sent.content.decode()
    # The status links keep the view, the view links keep the status.
    assert 'href="?map=ontvangen&amp;toegewezen=mij&amp;status=accepted"' in html
    assert 'href="?map=ontvangen&amp;status=sent&amp;toegewezen=niemand"' in html
    # Status counts are those of the chosen view.
    assert f"{ReferralStatus.ACCEPTED.label} (1)" in html

    second = me.get(INBOX, {"toegewezen": "niemand", "pagina": 2})
    assert shown(second) == [referrals[7].pk]
    first = me.get(INBOX, {"toegewezen": "niemand"}).content.decode()
    assert 'rel="next" href="?map=ontvangen&amp;toegewezen=niemand&amp;pagina=2"' in first


def test_an_unknown_view_shows_all_and_the_sent_box_has_no_views(team):
    me = signed_in(team["me"])
    assert len(shown(me.get(INBOX, {"toegewezen": "iedereen"}))) == 3
    assert me.get(INBOX, {"toegewezen": "iedereen"}).context["assigned"] is None
    sent_box = signed_in(team["sender"]).get(INBOX, {"map": "verzonden", "toegewezen": "mij"})
    assert len(shown(sent_box)) == 3 and sent_box.context["assigned"] is None


def test_the_inbox_asks_the_same_few_queries_however_busy(team, django_assert_max_num_queries):
    me = signed_in(team["me"])
    me.get(INBOX)  # the first visit may load what the process keeps
    counts = []
    for query in ({}, {"toegewezen": "mij"}, {"toegewezen": "niemand", "status": "sent"}):
        with CaptureQueriesContext(connection) as few:
            me.get(INBOX, query)
        for number in range(8, 14):
            refer(team, number)
        with django_assert_max_num_queries(12), CaptureQueriesContext(connection) as many:
            me.get(INBOX, query)
        counts.append((len(few), len(many)))
    assert all(few == many for few, many in counts), counts


# --- The counts in the menu ---


def test_the_menu_counts_new_and_overdue_referrals(team):
    referrals = team["referrals"]
    long_ago = timezone.now() - datetime.timedelta(days=14)
    Referral.objects.filter(pk__in=[referrals[0].pk, referrals[7].pk]).update(sent_at=long_ago)
    counts = referral_menu.count_waiting({team["receiving"].pk})
    # New: sent and unassigned (4, 5, 6, 7); overdue: 0 (assigned, still unanswered) and 7.
    assert (counts.new, counts.overdue) == (4, 2)
    for referral in Referral.objects.filter(pk__in=[referrals[0].pk, referrals[7].pk]):
        assert referral.is_overdue  # the menu's rule is the referral's
    assert not Referral.objects.get(pk=referrals[6].pk).is_overdue
    html = signed_in(team["me"]).get(reverse("home")).content.decode()
    for text in (
        ngettext("%(counter)s new", "%(counter)s new", 4) % {"counter": 4},
        ngettext("%(counter)s overdue", "%(counter)s overdue", 2) % {"counter": 2},
    ):
        assert f'menu-count">{text}</span>' in html


def test_the_sender_side_counts_nothing_it_did_not_receive(team):
    counts = referral_menu.count_waiting({team["sending"].pk})
    assert (counts.new, counts.overdue) == (0, 0)
    assert "menu-count" not in signed_in(team["sender"]).get(reverse("home")).content.decode()


@pytest.mark.parametrize(
    "page",
    [
        lambda team: reverse("home"),
        lambda team: reverse("organisations:search"),
        lambda team: INBOX,
        lambda team: team["referrals"][0].get_absolute_url(),
        lambda team: reverse("start"),
    ],
    ids=["home", "search", "inbox", "referral", "start"],
)
def test_the_counts_cost_exactly_one_query_on_a_members_page(team, page, monkeypatch):
    me, url = signed_in(team["me"]), page(team)
    me.get(url)  # the first visit may load what the process keeps
    with CaptureQueriesContext(connection) as with_counts:
        assert me.get(url).status_code == 200
    monkeypatch.setattr(referral_menu, "count_waiting", lambda organisations: None)
    with CaptureQueriesContext(connection) as without:
        assert me.get(url).status_code == 200
    assert len(with_counts) == len(without) + 1


def test_no_counts_and_no_query_for_visitors_or_users_of_no_organisation(
    team, monkeypatch, coordinator
):
    def refused(organisations):
        raise AssertionError("counted for someone who reads no inbox")

    monkeypatch.setattr(referral_menu, "count_waiting", refused)
    for client in (signed_in(None), signed_in(coordinator), signed_in(UserFactory())):
        response = client.get(reverse("home"))
        assert response.status_code == 200
        assert "menu-count" not in response.content.decode()
