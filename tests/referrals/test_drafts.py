"""A draft can be changed (the steps reopen, prefilled) and deleted (after asking) by its
sender's organisation, and by nobody else; a sent referral can be neither."""

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils.translation import gettext

from consent.models import AccessAction, AccessLogEntry, Client, ConsentRecord
from referrals.actions import send_referral
from referrals.models import Referral, ReferralStatus
from tests.conftest import signed_in
from tests.factories import ConsentTextFactory, InterventionFactory, MembershipFactory, UserFactory

from .referral_steps import consent, refer, step

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    sender = UserFactory()
    MembershipFactory(user=sender)
    ConsentTextFactory()
    offer = InterventionFactory()
    http = signed_in(sender)
    refer(http, f"aanbod={offer.slug}&zorgen=nee", send=False)
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.DRAFT
    return {"referral": referral, "http": http, "sender": sender, "offer": offer}


def edit(draft) -> str:
    """Reopen the draft: the address of its first step."""
    response = draft["http"].get(reverse("referrals:edit", args=[draft["referral"].pk]))
    assert response.status_code == 302
    return response.url


def colleague_of(user):
    colleague = UserFactory()
    MembershipFactory(user=colleague, organisation=user.memberships.get().organisation)
    return colleague


def test_the_draft_page_offers_change_and_delete(draft):
    page = draft["http"].get(draft["referral"].get_absolute_url()).content.decode()
    assert reverse("referrals:edit", args=[draft["referral"].pk]) in page
    assert reverse("referrals:delete", args=[draft["referral"].pk]) in page


def test_editing_reopens_the_steps_prefilled_and_changes_the_same_draft(draft):
    http = draft["http"]
    url = edit(draft)
    assert 'value="Fenna Fictief"' in http.get(url).content.decode()
    approach_page = http.get(step(url, "aanpak")).content.decode()
    assert "Eerste kind, weinig steun in de buurt." in approach_page
    http.post(
        step(url, "aanpak"),
        {
            "referral-reason": "Nu ook zorgen over de huur.",
            "referral-urgency": "soon",
            "referral-contact_method": "phone",
            "referral-sender_phone": "0570 12 34 56",
        },
    )
    check = http.get(step(url, "controleren"))
    assert check.status_code == 200  # the consent step is still answered, as recorded
    assert http.post(step(url, "controleren"), {"draft": "1"}).status_code == 302
    referral = Referral.objects.get()
    assert referral.pk == draft["referral"].pk and referral.status == ReferralStatus.DRAFT
    assert referral.reason == "Nu ook zorgen over de huur." and referral.urgency == "soon"
    assert referral.consent == draft["referral"].consent  # unchanged consent: the same record
    assert Client.objects.count() == 1 and ConsentRecord.objects.count() == 1


def test_changing_the_consent_of_a_draft_records_a_correction(draft):
    http = draft["http"]
    url = edit(draft)
    more = ["contact_details", "referral_reason", "psychosocial"]
    assert (
        http.post(step(url, "toestemming"), consent(**{"consent-categories": more})).status_code
        == 302
    )
    http.post(step(url, "controleren"), {"send": "1"})
    referral = Referral.objects.get()
    old = draft["referral"].consent
    old.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    assert referral.consent.supersedes == old and referral.consent.categories == sorted(more)
    assert old.status == "superseded"


def test_an_edit_sent_twice_changes_the_draft_once(draft):
    http = draft["http"]
    url = edit(draft)
    first = http.post(step(url, "controleren"), {"send": "1"})
    second = http.post(step(url, "controleren"), {"send": "1"})
    assert first.url == second.url == draft["referral"].get_absolute_url()
    assert Referral.objects.get().status == ReferralStatus.SENT


def test_a_colleague_may_change_the_draft_of_her_organisation(draft):
    http = signed_in(colleague_of(draft["sender"]))
    response = http.get(reverse("referrals:edit", args=[draft["referral"].pk]))
    assert response.status_code == 302 and "/gezin/" in response.url


def test_a_sent_referral_cannot_be_changed_or_deleted(draft):
    referral = draft["referral"]
    send_referral(referral, by=draft["sender"])
    http = draft["http"]
    for name in ["referrals:edit", "referrals:delete"]:
        response = http.get(reverse(name, args=[referral.pk]), follow=True)
        assert response.redirect_chain[-1][0] == referral.get_absolute_url()
    deleted = http.post(reverse("referrals:delete", args=[referral.pk]), follow=True)
    assert gettext("Only a draft can be deleted; this referral has been sent.") in (
        deleted.content.decode()
    )
    assert Referral.objects.filter(pk=referral.pk, status=ReferralStatus.SENT).exists()


def test_deleting_asks_first(draft):
    url = reverse("referrals:delete", args=[draft["referral"].pk])
    page = draft["http"].get(url)
    assert page.status_code == 200 and 'method="post"' in page.content.decode()
    assert Referral.objects.exists()


def test_deleting_removes_the_draft_and_its_consent_and_anonymises_the_new_client(draft):
    referral = draft["referral"]
    client, consent_pk = referral.client, referral.consent_id
    response = draft["http"].post(reverse("referrals:delete", args=[referral.pk]))
    assert response.status_code == 302
    assert not Referral.objects.exists()
    assert not ConsentRecord.objects.filter(pk=consent_pk).exists()
    client.refresh_from_db()
    # The access log keeps pointing at her row (append-only), which no longer says who she was.
    assert client.anonymised_at is not None and client.full_name == ""
    assert AccessLogEntry.objects.filter(
        client=client,
        object_id=str(referral.pk),
        action=AccessAction.ERASE,
        user=draft["sender"],
        granted=True,
    ).exists()


def test_deleting_keeps_a_client_another_referral_needs(draft):
    other = Referral.objects.get()
    refer(draft["http"], f"aanbod={draft['offer'].slug}&zorgen=nee", send=False)
    second = Referral.objects.exclude(pk=other.pk).get()
    assert second.client == other.client
    draft["http"].post(reverse("referrals:delete", args=[second.pk]))
    other.client.refresh_from_db()
    assert other.client.anonymised_at is None and Referral.objects.get() == other


def test_only_the_senders_organisation_may_change_or_delete_a_draft(draft):
    referral = draft["referral"]
    outsider = UserFactory()
    MembershipFactory(user=outsider)
    recipient_member = UserFactory()
    MembershipFactory(user=recipient_member, organisation=referral.recipient_organisation)
    for name in ["referrals:edit", "referrals:delete"]:
        url = reverse(name, args=[referral.pk])
        for user in [outsider, recipient_member]:
            assert signed_in(user).get(url).status_code == 404
            assert signed_in(user).post(url).status_code in (404, 405)
        anonymous = HttpClient().get(url)
        assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url
    assert Referral.objects.filter(pk=referral.pk).exists()
    denied = AccessLogEntry.objects.filter(user=outsider, granted=False, client=referral.client)
    assert denied.exists()


def test_wrong_methods_are_refused(draft):
    pk = draft["referral"].pk
    assert draft["http"].put(reverse("referrals:delete", args=[pk])).status_code == 405
    assert draft["http"].post(reverse("referrals:edit", args=[pk])).status_code == 405
    assert Referral.objects.exists()
