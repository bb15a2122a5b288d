"""Referring to an organisation where nobody has an account, on a phone-sized screen: no
"Refer a family" button but the alternatives, one click asks the coordinator to invite the
organisation, and the referral page refuses with the same alternatives; axe clean throughout.

Selected by structure, not by text: the Dutch of these pages arrives with the merged catalogue.
"""

import pytest

from .portal import Portal

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips these tests (or fails them in CI)
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

# Per language its own offer, at an organisation of the demo without members (Landgraaf).
OFFERS = {"nl": "moveoo-gezinscoaching", "en": "kredietbank-limburg-schuldhulp"}


@pytest.mark.parametrize("lang", list(OFFERS))
def test_a_professional_asks_the_coordinator_instead_of_referring(portal: Portal, lang):
    offer = OFFERS[lang]
    page = portal.new_page(lang)
    page.set_viewport_size({"width": 360, "height": 780})
    portal.sign_in(page, "buurtteam.landgraaf@rokportaal.example")
    portal.visit(page, f"/aanbod/{offer}/")
    alternatives = page.locator(".referral-alternatives")
    expect(alternatives).to_be_visible()
    expect(page.locator("a[href*='/verwijzingen/nieuw/']")).to_have_count(0)
    expect(alternatives.locator("a[href^='tel:']").first).to_be_visible()
    portal.check(page, "offer-without-members", screenshots=True)

    ask = alternatives.locator("form[action*='uitnodiging-vragen'] button")
    ask.click()
    page.wait_for_load_state()
    expect(page.locator(".referral-alternatives form[action*='uitnodiging-vragen']")).to_have_count(
        0
    )
    portal.check(page, "invitation-asked")

    portal.visit(page, f"/verwijzingen/nieuw/?aanbod={offer}")
    expect(page.locator("[name='client-full_name'], [name='zorgen']")).to_have_count(0)
    expect(page.locator(".referral-alternatives")).to_be_visible()
    portal.check(page, "referral-refused", screenshots=True)
