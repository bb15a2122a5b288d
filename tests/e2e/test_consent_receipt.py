"""The consent receipt of a parent who reads Turkish (the demo's Jasmijn Verzonnen), in real
Chromium: the text in its language with the notice that no qualified translator has checked it,
whom to call to withdraw, e-mailing it to her; and the midwife she is referred to sees that an
interpreter for Turkish is needed. Dutch only: the receipt speaks the parent's language where
the portal has it, else Dutch."""

import pytest

from consent.models import ConsentRecord

from .portal import Portal

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips these tests (or fails them in CI)
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


def test_a_turkish_receipt_is_shown_checked_and_emailed(portal: Portal):
    consent = ConsentRecord.objects.filter(
        client__full_name="Jasmijn Verzonnen",
        recipient_organisation__slug="verloskundigenpraktijk-de-wieg",
    ).get()
    page = portal.new_page("nl")
    portal.sign_in(page, "wijkteam.deventer@rokportaal.example")
    portal.visit(page, f"/toestemming/{consent.pk}/bewijs/")
    text = page.locator(".consent-text p[lang='tr']")
    expect(text).to_have_attribute("dir", "ltr")
    expect(text).to_contain_text("Bilgilerinizi paylaşmak için izin")
    expect(page.locator(".consent-text-unchecked")).to_be_visible()
    expect(page.locator(".consent-who-to-call")).to_contain_text("Voor Elkaar")
    portal.check(page, "consent-receipt", screenshots=True)

    page.get_by_label("E-mailadres van de ouder").fill("geen-adres")
    page.get_by_role("button", name="E-mail versturen").click()
    expect(page.locator("[name='email']")).to_have_attribute("aria-invalid", "true")
    page.get_by_label("E-mailadres van de ouder").fill("jasmijn@voorbeeld.example")
    page.get_by_role("button", name="E-mail versturen").click()
    expect(page.locator(".messages")).to_be_visible()
    portal.check(page, "consent-receipt-emailed")

    midwife = portal.new_page("nl")
    portal.sign_in(midwife, "verloskundige.deventer@rokportaal.example")
    referral = consent.referrals.get()
    portal.visit(midwife, referral.get_absolute_url())
    expect(midwife.locator(".interpreter-language")).to_have_text("(Turks)")
    portal.check(midwife, "referral-interpreter")
