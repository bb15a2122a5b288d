"""The team inbox on a phone (issue 18): a midwife refers a family, a member of the wijkteam
takes it on and assigns it to a colleague, the colleague reports that she contacted the family
and planned the first appointment, and the midwife sees both on her referral page.

Every step runs in a 360 px wide browser and every page is checked by `Portal.check` (axe, no
sideways scrolling, no console errors). The users are demo accounts of `load_demo`: midwife
Sanne Bosman (De Wieg), Jeroen Kamphuis and his colleague Aisha Bakker (Voor Elkaar team
Deventer), used by no other journey.

Texts the portal shows are looked up through Django's own translation of their msgids, so the
journey reads the page in whatever Dutch the catalogue has.
"""

import datetime

import pytest
from django.utils import formats, timezone, translation

from referrals.models import EventKind

from .portal import NARROW, Portal, say

try:
    from playwright.sync_api import Page, expect
except ImportError:  # the `browser` fixture skips these tests (or fails them in CI)
    Page = expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

LANG = "nl"
MIDWIFE = "verloskundige.deventer@rokportaal.example"
TEAM_MEMBER = "wijkteam.deventer@rokportaal.example"
COLLEAGUE = "collega.wijkteam.deventer@rokportaal.example"
COLLEAGUE_NAME, COLLEAGUE_PHONE = "Aisha Bakker", "0570 13 40 12"
OFFER = "voor-elkaar-ondersteuning-gezinnen"


def on_a_phone(portal: Portal) -> "Page":
    page = portal.new_page(LANG)
    page.set_viewport_size(NARROW)
    return page


def check(portal: Portal, page: "Page", name: str) -> None:
    """Portal.check (which looks at the page at 1280 and 360 px), then back to the phone."""
    portal.check(page, name, screenshots=True)
    page.set_viewport_size(NARROW)


def label(text) -> str:
    """A text of the portal as the page shows it in LANG."""
    with translation.override(LANG):
        return str(text)


def refer_family(portal: Portal, page: "Page", *, offer: str, family: str) -> None:
    """Fill in and send the referral form for `family` to `offer`, on consent.

    The one place that knows the form: when the form becomes a few steps, only this changes."""
    today = timezone.localdate()
    portal.visit(page, f"/aanbod/{offer}/")
    page.get_by_role("link", name=say(LANG, "Gezin verwijzen", "Refer a family")).click()
    page.get_by_label(
        say(LANG, "Nee: ik vraag de ouder om toestemming", "No: I will ask the parent's consent")
    ).check()
    page.get_by_role("button", name=say(LANG, "Verder", "Continue")).click()
    next_step = page.locator("button[name='next']")
    # The family (her name once), the reason and approach, her consent, then check and send.
    family_fields = {
        "client-full_name": family,
        "client-date_of_birth": "1996-03-02",
        "client-phone": "06 1000 9901",
        "client-postcode": "7411 AB",
        "client-due_date": (today + datetime.timedelta(days=90)).isoformat(),
    }
    for field, value in family_fields.items():
        page.locator(f"[name='{field}']").fill(value)
    next_step.click()
    page.locator("[name='referral-reason']").fill(
        "Huurachterstand, zorgen over de komst van de baby."
    )
    page.locator("[name='referral-sender_phone']").fill("0570 12 34 56")
    next_step.click()
    page.locator("[name='consent-purpose']").fill("Hulp bij geldzorgen voor de baby komt")
    page.locator("[name='consent-parent_present']").check()
    page.locator("[name='consent-text_shown']").check()
    next_step.click()
    page.get_by_role("button", name=say(LANG, "Verwijzing versturen", "Send referral")).click()
    expect(page.locator(".messages")).to_contain_text(
        say(LANG, "De verwijzing is verstuurd.", "The referral has been sent.")
    )


def test_on_a_phone_a_referral_is_assigned_and_its_progress_reaches_the_midwife(portal: Portal):
    family = "Floor Voorbeeldig"
    appointment = timezone.localdate() + datetime.timedelta(days=3)
    with translation.override(LANG):
        appointment_shown = formats.date_format(appointment, "l j F Y")

    # The midwife refers the family, on her phone.
    midwife = on_a_phone(portal)
    portal.sign_in(midwife, MIDWIFE)
    refer_family(portal, midwife, offer=OFFER, family=family)
    referral_url = midwife.url
    check(portal, midwife, "referral-sent")

    # Jeroen of the wijkteam signs in and lands on his start page: the family is new there.
    member = on_a_phone(portal)
    portal.sign_in(member, TEAM_MEMBER)
    expect(member).to_have_url(f"{portal.base_url}/start/")
    expect(member.locator(".site-nav .menu-count").first).to_be_visible()
    new = member.locator("section").filter(has=member.locator("#new-heading"))
    check(portal, member, "start-page")
    new.get_by_role("link", name=family).click()
    member.get_by_role("button", name=say(LANG, "Accepteren", "Accept"), exact=True).click()
    # He hands it to his colleague Aisha.
    member.locator("select[name='assign-assignee']").select_option(label=COLLEAGUE_NAME)
    member.locator("form.assign-form button[type='submit']").click()
    expect(member.locator(".messages")).to_contain_text(COLLEAGUE_NAME)
    expect(member.locator(".timeline")).to_contain_text(label(EventKind.ASSIGNED.label))
    check(portal, member, "assigned")

    # Aisha finds it assigned to her, reports contact and plans the first appointment.
    colleague = on_a_phone(portal)
    portal.sign_in(colleague, COLLEAGUE)
    mine = colleague.locator("section").filter(has=colleague.locator("#mine-heading"))
    mine.get_by_role("link", name=family).click()
    check(portal, colleague, "assigned-to-me")
    progress = colleague.locator("form.progress-form")
    progress.locator(f"[name='progress-kind'][value='{EventKind.CONTACTED}']").check()
    progress.locator("button[type='submit']").click()
    expect(colleague.locator(".timeline")).to_contain_text(label(EventKind.CONTACTED.label))
    progress = colleague.locator("form.progress-form")
    progress.locator(f"[name='progress-kind'][value='{EventKind.APPOINTMENT_PLANNED}']").check()
    progress.locator("[name='progress-on']").fill(appointment.isoformat())
    progress.locator("button[type='submit']").click()
    expect(colleague.locator(".where-now")).to_contain_text(appointment_shown)
    check(portal, colleague, "appointment-planned")

    # The midwife sees both on her referral page, and who to call.
    midwife.goto(referral_url)
    timeline = midwife.locator(".timeline")
    expect(timeline).to_contain_text(label(EventKind.CONTACTED.label))
    expect(timeline).to_contain_text(label(EventKind.APPOINTMENT_PLANNED.label))
    where_now = midwife.locator(".where-now")
    expect(where_now).to_contain_text(label(EventKind.APPOINTMENT_PLANNED.label))
    expect(where_now).to_contain_text(appointment_shown)
    contact = midwife.locator("dd.assignee")
    expect(contact).to_contain_text(COLLEAGUE_NAME)
    expect(contact).to_contain_text(COLLEAGUE_PHONE)
    expect(contact.locator("a[href^='tel:']")).to_be_visible()
    check(portal, midwife, "progress-seen-by-the-midwife")
