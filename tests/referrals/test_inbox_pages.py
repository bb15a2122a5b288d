"""The inbox and outbox of a busy organisation, one page at a time: only the shown page's
families are named, and only they are logged."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessLogEntry
from referrals import views
from referrals.actions import send_referral
from referrals.models import Referral, ReferralStatus
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

PER_PAGE = 3
INBOX = reverse("referrals:list")


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch):
    monkeypatch.setattr(views, "REFERRALS_PER_PAGE", PER_PAGE)


@pytest.fixture
def busy():
    """Seven referrals from one organisation to another, each a day older than the one
    before, for seven families; the four oldest are accepted."""
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    sender, recipient = UserFactory(), UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    MembershipFactory(user=recipient, organisation=receiving)
    newest_first = []
    now = timezone.now()
    for number in range(7):
        client = ClientFactory(
            full_name=f"Gezin {number}", organisation=sending, registered_by=sender
        )
        consent = ConsentRecordFactory(
            client=client, recorded_by=sender, recipient_organisation=receiving
        )
        referral = ReferralFactory(consent=consent)
        send_referral(referral, by=sender)
        sent_at = now - datetime.timedelta(days=number)
        Referral.objects.filter(pk=referral.pk).update(sent_at=sent_at)
        if number >= 3:
            referral.refresh_from_db()
            referral.accept(by=recipient)
        newest_first.append(referral)
    return {"sender": sender, "recipient": recipient, "newest_first": newest_first}


def shown(response) -> list:
    return [referral.pk for referral in response.context["referrals"]]


def pks(referrals) -> list:
    return [referral.pk for referral in referrals]


def test_the_inbox_shows_one_page_and_the_next_page_the_older_ones(busy):
    recipient = signed_in(busy["recipient"])
    newest_first = busy["newest_first"]

    first = recipient.get(INBOX)
    assert shown(first) == pks(newest_first[:3])
    page = first.content.decode()
    assert "Pagina 1 van 3" in page
    assert 'rel="next" href="?map=ontvangen&amp;pagina=2"' in page
    assert 'rel="prev"' not in page
    assert "Gezin 0" in page and "Gezin 3" not in page
    assert "Alle (7)" in page  # the counts are of the whole box, not of the page

    second = recipient.get(INBOX + "?pagina=2")
    assert shown(second) == pks(newest_first[3:6])
    page = second.content.decode()
    assert "Pagina 2 van 3" in page
    assert 'rel="prev" href="?map=ontvangen&amp;pagina=1"' in page
    assert 'rel="next" href="?map=ontvangen&amp;pagina=3"' in page

    last = recipient.get(INBOX + "?pagina=3")
    assert shown(last) == pks(newest_first[6:])
    assert 'rel="next"' not in last.content.decode()


def test_only_the_families_on_the_shown_page_are_logged(busy):
    recipient = signed_in(busy["recipient"])
    logged = AccessLogEntry.objects.filter(user=busy["recipient"], granted=True)

    recipient.get(INBOX)
    assert sorted(logged.values_list("object_id", flat=True)) == sorted(
        str(pk) for pk in pks(busy["newest_first"][:3])
    )
    recipient.get(INBOX + "?pagina=3")
    assert logged.count() == 3 + 1
    assert logged.filter(object_id=str(busy["newest_first"][6].pk)).count() == 1


@pytest.mark.parametrize(
    ("asked", "number"),
    [("", 1), ("abc", 1), ("2.5", 1), ("99", 3), ("-1", 3), ("0", 3)],
)
def test_a_page_number_that_does_not_exist_shows_the_first_or_last_page(busy, asked, number):
    response = signed_in(busy["recipient"]).get(INBOX, {"pagina": asked})
    assert response.status_code == 200
    assert response.context["page"].number == number
    assert len(shown(response)) == (1 if number == 3 else PER_PAGE)


def test_the_status_filter_pages_through_its_own_referrals(busy):
    recipient = signed_in(busy["recipient"])
    accepted = busy["newest_first"][3:]

    first = recipient.get(INBOX + "?status=accepted")
    assert shown(first) == pks(accepted[:3])
    page = first.content.decode()
    assert "Pagina 1 van 2" in page
    assert 'href="?map=ontvangen&amp;status=accepted&amp;pagina=2"' in page

    second = recipient.get(INBOX + "?status=accepted&pagina=2")
    assert shown(second) == pks(accepted[3:])
    assert all(r.status == ReferralStatus.ACCEPTED for r in second.context["referrals"])

    sent = recipient.get(INBOX + "?status=sent")
    assert shown(sent) == pks(busy["newest_first"][:3])
    assert 'class="pagination"' not in sent.content.decode()  # one page only

    unknown = recipient.get(INBOX + "?status=onzin&pagina=2")
    assert unknown.context["status"] is None
    assert shown(unknown) == pks(busy["newest_first"][3:6])


def test_the_outbox_pages_too_and_keeps_the_box_in_its_links(busy):
    sender = signed_in(busy["sender"])
    draft = ReferralFactory(consent=busy["newest_first"][0].consent)

    first = sender.get(INBOX + "?map=verzonden")
    assert "Pagina 1 van 3" in first.content.decode()
    assert 'rel="next" href="?map=verzonden&amp;pagina=2"' in first.content.decode()
    pages = [shown(first)] + [
        shown(sender.get(INBOX + f"?map=verzonden&pagina={number}")) for number in (2, 3)
    ]
    everything = [pk for page in pages for pk in page]
    # Each exactly once, the sent ones newest first; where the unsent draft goes (first or
    # last) is the database's choice of where NULLs sort.
    assert sorted(map(str, everything)) == sorted(map(str, [draft.pk, *pks(busy["newest_first"])]))
    assert [pk for pk in everything if pk != draft.pk] == pks(busy["newest_first"])


def test_an_empty_box_has_one_empty_page(busy):
    loner = UserFactory()
    MembershipFactory(user=loner, organisation=OrganisationFactory())
    response = signed_in(loner).get(INBOX + "?pagina=2")
    assert response.status_code == 200
    assert response.context["page"].number == 1 and shown(response) == []
    assert "Geen verwijzingen" in response.content.decode()
    assert 'class="pagination"' not in response.content.decode()


@pytest.mark.postgres
def test_the_inbox_list_query_is_prepared_once_on_its_connection(busy):
    """A page's queries are the same on every visit: from the fifth, PostgreSQL keeps the
    inbox's list query prepared instead of parsing it again."""
    client = signed_in(busy["recipient"])
    for _ in range(6):
        assert client.get(INBOX).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s",
            ['%FROM "referrals_referral" INNER JOIN "consent_client"%'],
        )
        prepared = [statement for (statement,) in cursor.fetchall()]
    assert len(prepared) == 1 and "$1" in prepared[0]
