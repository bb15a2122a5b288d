"""After a decline the sender refers the same family elsewhere in two clicks: the family is not
typed again (the same client), the reason is prefilled, and a new consent for the new recipient
is asked in the same short step (consent is per recipient organisation). Both referrals are
linked; the declining organisation never sees the new one."""

import pytest
from django.utils.translation import gettext

from consent.models import Client, ConsentRecord
from referrals.actions import send_referral
from referrals.models import EventKind, Referral, ReferralStatus
from tests.conftest import signed_in
from tests.factories import (
    ConsentTextFactory,
    InterventionFactory,
    MembershipFactory,
    ReceivingOrganisationFactory,
    ReferralFactory,
    UserFactory,
)

from .referral_steps import NEW, consent, step

pytestmark = pytest.mark.django_db


@pytest.fixture
def declined():
    ConsentTextFactory()
    ConsentTextFactory(language="en", body="I agree that these details are shared.")
    referral = ReferralFactory(reason="Weinig steun, eerste kind.", urgency="soon")
    MembershipFactory(user=referral.sender, organisation=referral.sender_organisation)
    referral.client.preferred_language = "en"
    referral.client.save()
    send_referral(referral, by=referral.sender)
    decliner = UserFactory()
    MembershipFactory(user=decliner, organisation=referral.recipient_organisation)
    suggested = ReceivingOrganisationFactory(name="Buurtgezinscoaches")
    InterventionFactory(organisation=suggested)
    referral.decline(by=decliner, reason="Geen plek.", suggested_organisation=suggested)
    return {
        "referral": referral,
        "suggested": suggested,
        "sender": signed_in(referral.sender),
        "decliner": signed_in(decliner),
    }


def reroute_link(declined) -> str:
    referral = declined["referral"]
    return f"{NEW}?opnieuw={referral.pk}&organisatie={declined['suggested'].slug}"


def test_the_sender_sees_refer_to_the_suggested_organisation(declined):
    referral = declined["referral"]
    page = declined["sender"].get(referral.get_absolute_url()).content.decode()
    assert reroute_link(declined).replace("&", "&amp;") in page
    assert gettext("Refer to %(organisation)s") % {"organisation": "Buurtgezinscoaches"} in page
    assert f'{NEW}?opnieuw={referral.pk}"' in page  # another organisation
    other_side = declined["decliner"].get(referral.get_absolute_url()).content.decode()
    assert f"opnieuw={referral.pk}" not in other_side


def test_rerouting_keeps_the_family_and_asks_a_new_consent(declined):
    http, old = declined["sender"], declined["referral"]
    first = http.get(reroute_link(declined))
    assert first.status_code == 302 and first.url.endswith("/toestemming/")  # click one
    url = first.url
    assert http.get(step(url, "gezin")).status_code == 404  # the family is not typed again
    page = http.get(url).content.decode()
    assert "I agree that these details are shared." in page  # in the family's language
    assert "Weinig steun, eerste kind." in http.get(step(url, "aanpak")).content.decode()
    assert http.post(url, consent(**{"consent-consent_language": "en"})).status_code == 302
    check = http.get(step(url, "controleren")).content.decode()
    assert old.client.full_name in check
    http.post(step(url, "controleren"), {"send": "1"})  # click two
    new = Referral.objects.exclude(pk=old.pk).get()
    assert new.status == ReferralStatus.SENT
    assert new.client == old.client and Client.objects.count() == 1
    assert new.reason == old.reason and new.urgency == "soon"
    assert new.recipient_organisation == declined["suggested"]
    assert new.consent != old.consent and new.consent.client == old.client
    assert new.consent.recipient_organisation == declined["suggested"]
    assert ConsentRecord.objects.count() == 2
    assert new.rerouted_from == old
    assert old.events.filter(kind=EventKind.REROUTED).count() == 1
    old_page = http.get(old.get_absolute_url()).content.decode()
    assert new.get_absolute_url() in old_page


def test_rerouting_without_a_new_consent_is_refused(declined):
    http = declined["sender"]
    url = http.get(reroute_link(declined)).url
    response = http.post(step(url, "controleren"), {"send": "1"})
    assert response.status_code == 302 and response.url == url  # the consent step first
    assert Referral.objects.count() == 1 and ConsentRecord.objects.count() == 1


def test_the_old_consent_never_carries_over(declined):
    """Even a referral made to point at the old consent is not sent: it names another
    organisation."""
    from referrals.actions import NoLegalBasis

    old = declined["referral"]
    draft = ReferralFactory(
        consent=old.consent,
        client=old.client,
        sender=old.sender,
        sender_organisation=old.sender_organisation,
        recipient_organisation=declined["suggested"],
        rerouted_from=old,
    )
    with pytest.raises(NoLegalBasis):
        send_referral(draft, by=old.sender)


def test_the_declining_organisation_never_sees_the_new_referral(declined):
    http, old = declined["sender"], declined["referral"]
    url = http.get(reroute_link(declined)).url
    http.post(url, consent(**{"consent-consent_language": "en"}))
    http.post(step(url, "controleren"), {"send": "1"})
    new = Referral.objects.exclude(pk=old.pk).get()
    decliner = declined["decliner"]
    assert decliner.get(new.get_absolute_url()).status_code == 404
    old_page = decliner.get(old.get_absolute_url()).content.decode()
    assert str(EventKind.REROUTED.label) not in old_page
    assert "Buurtgezinscoaches" not in old_page.split('id="timeline-heading"')[1]


def test_another_organisation_is_chosen_in_the_form(declined):
    http, old = declined["sender"], declined["referral"]
    elsewhere = InterventionFactory(name="Stevig ouderschap huisbezoek")
    InterventionFactory(name="Stevig ouderschap thuis", organisation=old.recipient_organisation)
    page = http.get(NEW, {"opnieuw": old.pk, "q": "stevig ouderschap"}).content.decode()
    assert f"?aanbod={elsewhere.slug}&opnieuw={old.pk}" in page.replace("&amp;", "&")
    assert "Stevig ouderschap thuis" not in page  # not the organisation that declined
    chosen = http.get(f"{NEW}?aanbod={elsewhere.slug}&opnieuw={old.pk}")
    assert chosen.status_code == 302 and chosen.url.endswith("/toestemming/")


def test_the_declining_organisation_itself_is_refused(declined):
    old = declined["referral"]
    response = declined["sender"].get(
        f"{NEW}?opnieuw={old.pk}&organisatie={old.recipient_organisation.slug}"
    )
    assert response.status_code == 302 and "toestemming" not in response.url


def test_only_the_sender_reroutes_and_only_a_declined_referral(declined):
    old = declined["referral"]
    link = reroute_link(declined)
    assert declined["decliner"].get(link).status_code == 403
    outsider = UserFactory()
    MembershipFactory(user=outsider)
    assert signed_in(outsider).get(link).status_code == 404
    open_referral = ReferralFactory(
        client=old.client,
        consent=old.consent,
        sender=old.sender,
        sender_organisation=old.sender_organisation,
        recipient_organisation=old.recipient_organisation,
    )
    refused = declined["sender"].get(
        f"{NEW}?opnieuw={open_referral.pk}&organisatie={declined['suggested'].slug}"
    )
    assert refused.status_code == 403


def test_showing_the_reused_family_is_logged(declined):
    from consent.models import AccessAction, AccessLogEntry

    http, old = declined["sender"], declined["referral"]
    url = http.get(reroute_link(declined)).url
    before = AccessLogEntry.objects.filter(client=old.client, action=AccessAction.VIEW).count()
    assert old.client.full_name in http.get(url).content.decode()
    after = AccessLogEntry.objects.filter(
        client=old.client, action=AccessAction.VIEW, user=old.sender, granted=True
    ).count()
    assert after == before + 1
