"""'New referral' from the referrals page: the recipient is chosen inside the form, from the
directory's search over offers that take referrals, then the form goes on as from the offer."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from referrals.models import Referral
from tests.conftest import signed_in
from tests.factories import (
    ConsentTextFactory,
    InterventionFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

from .referral_steps import NEW, approach, consent, family, step

pytestmark = pytest.mark.django_db


@pytest.fixture
def sender():
    user = UserFactory()
    MembershipFactory(user=user)
    ConsentTextFactory()
    return user


def test_the_referrals_page_starts_a_new_referral(sender):
    page = signed_in(sender).get(reverse("referrals:list")).content.decode()
    assert f'href="{NEW}"' in page and gettext("New referral") in page


def test_the_chooser_finds_offers_that_take_referrals(sender):
    taking = InterventionFactory(name="Stevig ouderschap huisbezoek", accepts_referrals=True)
    InterventionFactory(name="Stevig ouderschap groep", accepts_referrals=False)
    own = InterventionFactory(
        name="Stevig ouderschap eigen", organisation=sender.memberships.get().organisation
    )
    http = signed_in(sender)
    empty = http.get(NEW)
    assert empty.status_code == 200 and 'name="q"' in empty.content.decode()
    page = http.get(NEW, {"q": "stevig ouderschap"}).content.decode()
    assert f"?aanbod={taking.slug}" in page
    assert f"?organisatie={taking.organisation.slug}" in page
    assert "Stevig ouderschap groep" not in page  # takes no portal referrals
    assert own.name not in page  # not to one's own organisation


def test_a_chosen_offer_goes_on_as_from_its_page(sender):
    offer = InterventionFactory(name="Stevig ouderschap huisbezoek")
    http = signed_in(sender)
    page = http.get(NEW, {"q": "stevig"}).content.decode()
    link = f"{NEW}?aanbod={offer.slug}"
    assert link in page
    question = http.get(link)
    assert 'name="zorgen"' in question.content.decode()
    url = http.get(f"{link}&zorgen=nee").url
    for name, data in [("gezin", family()), ("aanpak", approach()), ("toestemming", consent())]:
        http.post(step(url, name), data)
    http.post(step(url, "controleren"), {"send": "1"})
    referral = Referral.objects.get()
    assert referral.intervention == offer and referral.recipient_organisation == offer.organisation


def test_nothing_found_says_so(sender):
    OrganisationFactory()
    page = signed_in(sender).get(NEW, {"q": "xyzzyqwv"}).content.decode()
    said = gettext(
        "No offer that takes referrals matches these words. Try other words or the name of "
        "the organisation."
    )
    assert said in page
