"""A referral only goes where someone can receive it: referrals:new refuses a recipient where
nobody has an account (on GET and POST, without a form, with the alternatives), and a draft
whose recipient's last member left cannot be sent."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from consent.models import Client, ConsentRecord
from referrals.actions import RecipientUnreachable, send_referral
from referrals.models import Referral, ReferralStatus
from tests.conftest import signed_in
from tests.factories import (
    ConsentTextFactory,
    ContactPersonFactory,
    InterventionFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)
from tests.referrals.referral_steps import approach, consent, family, start, step

pytestmark = pytest.mark.django_db
NEW = reverse("referrals:new")
REFUSED = (
    "This organisation cannot receive a referral in the portal: nobody there signs in to read "
    "it. Nothing has been stored."
)


@pytest.fixture
def setting():
    sender = UserFactory()
    MembershipFactory(user=sender)
    intervention = InterventionFactory(organisation=OrganisationFactory(phone="0570 11 11 11"))
    contact = ContactPersonFactory(
        organisation=intervention.organisation,
        name="Carla Contact",
        phone="0570 22 22 22",
        interventions=[intervention],
    )
    ConsentTextFactory()
    return {"intervention": intervention, "contact": contact, "http": signed_in(sender)}


@pytest.mark.parametrize("query", ["aanbod={slug}", "aanbod={slug}&zorgen=nee", "zorgen=ja"])
def test_the_form_is_not_offered(setting, query):
    intervention = setting["intervention"]
    if query == "zorgen=ja":
        query = f"organisatie={intervention.organisation.slug}&zorgen=ja"
    page = setting["http"].get(f"{NEW}?{query.format(slug=intervention.slug)}")
    content = page.content.decode()
    assert page.status_code == 200
    assert gettext(REFUSED) in content
    assert 'name="client-full_name"' not in content and 'name="zorgen"' not in content
    # The alternatives: call the contact person (or, without an offer, the organisation),
    # the handout, ask the coordinator.
    if "aanbod" in query:
        assert setting["contact"].tel_link in content
        assert f"{reverse('organisations:handout')}?aanbod={intervention.slug}" in content
    else:
        assert "tel:0570111111" in content
        assert f'href="{reverse("organisations:handout")}"' in content
    ask = reverse("organisations:ask_invitation", args=[intervention.organisation.slug])
    assert f'action="{ask}"' in content


def test_a_form_whose_recipients_last_member_left_stores_nothing(setting):
    intervention = setting["intervention"]
    member = MembershipFactory(organisation=intervention.organisation)
    http = setting["http"]
    url = start(http, f"aanbod={intervention.slug}&zorgen=nee")
    for name, data in [("gezin", family()), ("aanpak", approach()), ("toestemming", consent())]:
        assert http.post(step(url, name), data).status_code == 302
    member.end(by=member.user)  # the last member leaves while the form is open
    response = http.post(step(url, "controleren"), {"send": "1"})
    assert response.status_code == 409
    assert gettext(REFUSED) in response.content.decode()
    assert not Referral.objects.exists() and not Client.objects.exists()
    assert not ConsentRecord.objects.exists()


def test_once_someone_joins_the_form_is_offered(setting):
    intervention = setting["intervention"]
    MembershipFactory(organisation=intervention.organisation)
    http = setting["http"]
    first_step = start(http, f"aanbod={intervention.slug}&zorgen=nee")
    page = http.get(first_step).content.decode()
    assert 'name="client-full_name"' in page and gettext(REFUSED) not in page


def test_a_draft_whose_recipients_last_member_left_cannot_be_sent(parties):
    draft = ReferralFactory(consent=parties["consent"])
    parties["receiving"].memberships.get().end(by=parties["coordinator"])
    with pytest.raises(RecipientUnreachable):
        send_referral(draft, by=parties["sender"])
    draft.refresh_from_db()
    assert draft.status == ReferralStatus.DRAFT and not draft.events.exists()

    http = signed_in(parties["sender"])
    detail = http.get(draft.get_absolute_url()).content.decode()
    assert (
        gettext(
            "Nobody at this organisation can receive referrals in the portal at the moment: this "
            "draft cannot be sent. Call the organisation, or ask the coordinator to invite it."
        )
        in detail
    )
    response = http.post(reverse("referrals:send", args=[draft.pk]), follow=True)
    assert response.status_code == 200
    message = gettext(
        "Not sent: nobody at %(organisation)s can receive referrals in the portal at "
        "the moment. Call the organisation, or ask the coordinator to invite it."
    ) % {"organisation": parties["receiving"].name}
    assert message in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == ReferralStatus.DRAFT
