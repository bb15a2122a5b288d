"""The portal's journeys in real Chromium, each in Dutch and in English (issue 6): a professional
finds the fixed contact person; a referral with consent is sent, accepted and reported back; a
coordinator marks an entry as still correct; a parent finds a walk-in group and prints it.

Every page a journey visits is checked by `Portal.check`: axe-core finds no serious or critical
violation, the page is in the language the user chose with the switch, the console is free of
errors (a refused Content-Security-Policy shows there), and at 360 px nothing scrolls sideways.
Screenshots of the key pages land in build/e2e-screenshots/<test>/ (not committed).

The users are the demo accounts of `load_demo` (see conftest.py: one demo directory is shared by
the journeys, so each journey uses its own users, families and entries).
"""

import datetime
import re

import pytest
from django.utils import formats, timezone, translation

from .portal import Portal, say

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips these tests (or fails them in CI)
    expect = None

# django_db: so that pytest-django sets up the test database the shared demo data goes into
# (conftest.py); that data is loaded once, committed, and flushed after the last journey.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

LANGUAGES = ["nl", "en"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_professional_searches_and_finds_the_fixed_contact_person(portal: Portal, lang):
    page = portal.new_page(lang)
    portal.sign_in(page, "wijkteam.rotterdam@rokportaal.example", check=True)
    page.locator(".site-nav").get_by_role("link", name=say(lang, "Zoeken", "Search")).click()
    portal.check(page, "search")

    # By keyboard: the skip link comes first, shows itself, and takes focus to the content.
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name=say(lang, "Naar de inhoud", "Skip to content"))
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    box = skip_link.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 10, f"skip link not visible: {box}"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label(say(lang, "Zoeken naar", "Search for"))).to_be_focused()
    page.keyboard.type("somber zwanger Rotterdam")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=somber(\+|%20)zwanger(\+|%20)Rotterdam"))
    results = page.locator(".result")
    expect(results.first).to_be_visible()
    portal.check(page, "search-results", screenshots=True)

    # Open the first result that names a fixed contact person: the detail page names them too.
    result = results.filter(has=page.locator(".contact-person")).first
    contact = result.locator(".contact-person p").first.inner_text()
    title = result.locator("h3 a")
    name = title.inner_text()
    title.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    person = page.locator(".contact-person")
    expect(person).to_contain_text(say(lang, "Vaste contactpersoon", "Fixed contact person"))
    expect(person.locator("p").first).to_have_text(contact)
    expect(person.locator("a[href^='tel:'], a[href^='mailto:']").first).to_be_visible()
    portal.check(page, "intervention", screenshots=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_referral_with_consent_is_accepted_and_reported_back(portal: Portal, lang):
    family = say(lang, "Fenna Fictief", "Fleur Fictief")  # one family per run
    feedback = say(lang, "Intake gedaan, huisbezoeken gestart.", "Intake done, home visits begun.")
    today = timezone.localdate()

    # A midwife in Rotterdam refers a pregnant parent to the CJG's prenatal home visits.
    sender = portal.new_page(lang)
    portal.sign_in(sender, "verloskundige.rotterdam@rokportaal.example")
    portal.visit(sender, "/aanbod/cjg-prenataal-huisbezoek/")
    sender.get_by_role("link", name=say(lang, "Gezin verwijzen", "Refer a family")).click()
    portal.check(sender, "safety-question")
    sender.get_by_label(
        say(lang, "Nee: ik vraag de ouder om toestemming", "No: I will ask the parent's consent")
    ).check()
    sender.get_by_role("button", name=say(lang, "Verder", "Continue")).click()
    # The form in short steps. Step 1, the family: sending it empty, a summary on top is
    # announced and links to each field, whose error stands next to it and is tied to it
    # (aria-describedby).
    portal.check(sender, "referral-step-family", screenshots=True)
    next_step = sender.locator("button[name='next']")
    next_step.click()
    expect(sender).to_have_title(re.compile(say(lang, "^Fout: ", "^Error: ")))
    summary = sender.get_by_role("alert")
    name_field = sender.locator("[name='client-full_name']")
    expect(name_field).to_have_attribute("aria-invalid", "true")
    error_id = name_field.get_attribute("aria-describedby").split()[-1]
    expect(sender.locator(f"#{error_id}")).to_be_visible()
    portal.check(sender, "referral-step-family-errors", screenshots=True)
    summary.get_by_role("link", name=say(lang, "Naam", "Name"), exact=True).click()
    expect(name_field).to_be_focused()
    family_fields = {
        "client-full_name": family,
        "client-date_of_birth": "1998-05-14",
        "client-phone": "06 1234 5678",
        "client-postcode": "3081 AB",
        "client-due_date": (today + datetime.timedelta(days=120)).isoformat(),
    }
    for field, value in family_fields.items():
        sender.locator(f"[name='{field}']").fill(value)
    next_step.click()

    # Step 2, the reason and approach.
    reason = sender.locator("[name='referral-reason']")
    expect(reason).to_be_visible()
    portal.check(sender, "referral-step-approach", screenshots=True)
    reason.fill(say(lang, "Eerste zwangerschap, somber.", "First pregnancy, low mood."))
    sender.locator("[name='referral-sender_phone']").fill("010 123 45 67")
    next_step.click()

    # Step 3, consent: the text once, the parent herself giving it (her name is not asked
    # again), the period prefilled from the text.
    expect(sender.locator("blockquote.consent-text")).to_have_count(1)
    expect(sender.locator("[name='consent-relation'][value='self']")).to_be_checked()
    expect(sender.locator("[name='consent-valid_until']")).not_to_have_value("")
    portal.check(sender, "referral-step-consent", screenshots=True)
    sender.locator("[name='consent-purpose']").fill(
        say(lang, "Prenatale huisbezoeken", "Prenatal home visits")
    )
    sender.locator("[name='consent-parent_present']").check()
    sender.locator("[name='consent-text_shown']").check()
    next_step.click()

    # Step 4, check and send: everything once more, with a link to change each step.
    expect(sender.locator("main")).to_contain_text(family)
    portal.check(sender, "referral-step-check", screenshots=True)
    sender.get_by_role("button", name=say(lang, "Verwijzing versturen", "Send referral")).click()
    expect(sender.locator(".messages")).to_contain_text(
        say(lang, "De verwijzing is verstuurd.", "The referral has been sent.")
    )
    portal.check(sender, "referral-sent", screenshots=True)

    # The CJG's youth nurse (second browser) finds it in her inbox and accepts it.
    recipient = portal.new_page(lang)
    portal.sign_in(recipient, "jgz.rotterdam@rokportaal.example")
    recipient.locator(".site-nav").get_by_role(
        "link", name=say(lang, "Verwijzingen", "Referrals")
    ).click()
    portal.check(recipient, "inbox", screenshots=True)
    recipient.get_by_role("link", name=family, exact=True).click()
    portal.check(recipient, "received-referral")
    recipient.get_by_role("button", name=say(lang, "Accepteren", "Accept"), exact=True).click()
    accepted = say(lang, "Geaccepteerd", "Accepted")
    expect(recipient.locator(".messages")).to_contain_text(accepted)
    portal.check(recipient, "accepted")

    # The midwife sees it accepted in her sent referrals.
    sender.locator(".site-nav").get_by_role(
        "link", name=say(lang, "Verwijzingen", "Referrals")
    ).click()
    sender.locator(".tabs").get_by_role("link", name=say(lang, "Verstuurd", "Sent")).click()
    row = sender.get_by_role("row").filter(has=sender.get_by_role("link", name=family))
    expect(row).to_contain_text(accepted)
    portal.check(sender, "outbox")

    # After the intake the nurse closes it and reports back; the midwife reads the feedback.
    recipient.locator("[name='close-outcome']").select_option(index=0)
    recipient.locator("[name='close-feedback']").fill(feedback)
    recipient.get_by_role(
        "button", name=say(lang, "Afsluiten en terugkoppelen", "Close and report back")
    ).click()
    expect(recipient.locator(".messages")).to_contain_text(say(lang, "Afgesloten", "Closed"))
    sender.get_by_role("link", name=family).click()
    expect(sender.locator(".lead")).to_contain_text(say(lang, "Afgesloten", "Closed"))
    expect(sender.locator("main")).to_contain_text(feedback)
    portal.check(sender, "feedback", screenshots=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_coordinator_marks_an_entry_as_still_correct(portal: Portal, lang):
    page = portal.new_page(lang)
    portal.sign_in(page, "coordinator@rokportaal.example")
    # By address: in Dutch "Administration" (the Django admin, for staff) is "Beheer" too.
    maintenance = page.locator(".site-nav a[href='/beheer/']")
    expect(maintenance).to_have_text(say(lang, "Beheer", "Maintenance"))
    maintenance.click()
    portal.check(page, "dashboard", screenshots=True)

    overdue = page.locator("#overdue-interventions")
    entry = overdue.locator("li").filter(has=page.locator("form")).first
    link = entry.locator("a").first
    name, edit_url = link.inner_text(), link.get_attribute("href")
    slug = edit_url.rstrip("/").split("/")[-2]
    entry.get_by_role("button", name=say(lang, "Klopt nog", "Still correct")).click()
    expect(page.locator(".messages")).to_contain_text(
        say(lang, "Gemarkeerd als ‘klopt nog’.", "Marked as still correct.")
    )
    expect(overdue.locator(f"a[href='{edit_url}']")).to_have_count(0)
    portal.check(page, "verified")

    # The directory shows today as the date it was last checked.
    portal.visit(page, f"/aanbod/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    with translation.override(lang):
        checked_on = formats.date_format(timezone.localdate(), "j F Y")
    expect(page.locator("main")).to_contain_text(
        say(lang, f"Laatst gecontroleerd op {checked_on}", f"Last checked on {checked_on}")
    )
    portal.check(page, "verified-entry")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_parent_finds_a_walk_in_group_in_deventer_and_prints_it(portal: Portal, lang):
    page = portal.new_page(lang)
    portal.visit(page, "/")
    portal.check(page, "home", screenshots=True)
    to_the_guide = say(lang, "Hulp voor ouders zoeken", "Find help for parents")
    page.get_by_role("link", name=to_the_guide).click()
    expect(page).to_have_url(re.compile(r"/ouders/$"))
    portal.check(page, "guide", screenshots=True)

    page.get_by_label(say(lang, "Ik ben zwanger", "I am pregnant"), exact=True).check()
    page.get_by_label(
        say(lang, "In welke gemeente woon je?", "In which municipality do you live?")
    ).select_option(label="Deventer")
    page.get_by_label(
        say(lang, "Ik sta er alleen voor of wil andere ouders ontmoeten", "Social network")
    ).check()
    page.get_by_role("button", name=say(lang, "Zoek hulp", "Find help")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        say(lang, "Hulp voor jou in Deventer", "Help for you in Deventer")
    )
    portal.check(page, "guide-results", screenshots=True)

    # A group she can walk into without an appointment; its page names no contact person.
    walk_in = say(lang, "Binnenlopen zonder afspraak", "Walk in without an appointment")
    group = page.locator(".guide-facts__formats", has_text=say(lang, "andere ouders", "Group"))
    offer = page.locator(".guide-offer").filter(has_text=walk_in).filter(has=group).first
    name = offer.get_by_role("heading").inner_text()
    offer.get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator("main")).to_contain_text(walk_in)
    expect(page.locator(".contact-person")).to_have_count(0)
    portal.check(page, "guide-offer", screenshots=True)

    # The print button opens the browser's print dialog (replaced here, headless has none)…
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    print_button = page.get_by_role("button", name=say(lang, "Printen", "Print"))
    print_button.click()
    assert page.evaluate("() => window.printed") == 1
    # …and on paper the offer is one A4 page: no navigation or buttons, with the guide's address.
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(print_button).to_be_hidden()
    expect(page.locator(".guide-print-only")).to_be_visible()
    portal.screenshot_dir.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=portal.screenshot_dir / f"handout-{lang}.pdf", format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert pages == 1, f"the printed offer takes {pages} A4 pages"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_declined_referral_is_rerouted_and_a_new_one_started_from_the_referrals_page(
    portal: Portal, lang
):
    """Issue 18: after a decline the midwife refers the same family to the suggested
    organisation (the family is not typed again, only the new consent is asked); then she
    starts a referral from the referrals page, chooses the recipient inside the form, saves it
    as a draft and deletes it."""
    today = timezone.localdate()
    sender = portal.new_page(lang)
    portal.sign_in(sender, "verloskundige.rotterdam@rokportaal.example")
    portal.visit(sender, "/verwijzingen/?map=verzonden&status=declined")
    sender.get_by_role("link", name="Noor van Proefstede").first.click()
    reroute = sender.locator("a[href*='opnieuw='][href*='organisatie=']")
    expect(reroute).to_be_visible()
    portal.check(sender, "declined-referral", screenshots=True)

    # Click one: straight to the consent for the new recipient, in the family's language.
    reroute.click()
    expect(sender.locator("blockquote.consent-text")).to_have_count(1)
    expect(sender.locator("[name='client-full_name']")).to_have_count(0)
    portal.check(sender, "reroute-consent", screenshots=True)
    sender.locator("[name='consent-parent_present']").check()
    sender.locator("[name='consent-text_shown']").check()
    sender.locator("button[name='next']").click()
    expect(sender.locator("main")).to_contain_text("Noor van Proefstede")
    portal.check(sender, "reroute-check", screenshots=True)
    # Click two: sent.
    sender.get_by_role("button", name=say(lang, "Verwijzing versturen", "Send referral")).click()
    expect(sender.locator(".messages")).to_contain_text(
        say(lang, "De verwijzing is verstuurd.", "The referral has been sent.")
    )

    # A new referral from the referrals page: the recipient is chosen inside the form.
    sender.locator(".site-nav").get_by_role(
        "link", name=say(lang, "Verwijzingen", "Referrals")
    ).click()
    sender.locator("main a[href='/verwijzingen/nieuw/']").click()
    search = sender.locator("[name='q']")
    expect(search).to_be_visible()
    search.fill("kraamzorg")
    search.press("Enter")
    offer = sender.locator(".result a").first
    expect(offer).to_be_visible()
    portal.check(sender, "recipient-chooser", screenshots=True)
    offer.click()
    sender.locator("#zorgen-ja").check()
    sender.get_by_role("button", name=say(lang, "Verder", "Continue")).click()
    family = {
        "client-full_name": say(lang, "Sanne Schijnbaar", "Sara Schijnbaar"),
        "client-date_of_birth": "1996-02-03",
        "client-due_date": (today + datetime.timedelta(days=60)).isoformat(),
    }
    for field, value in family.items():
        sender.locator(f"[name='{field}']").fill(value)
    sender.locator("button[name='next']").click()
    sender.locator("[name='referral-reason']").fill("Partner dreigt; zij durft niet naar huis.")
    sender.locator("[name='referral-sender_phone']").fill("010 123 45 67")
    sender.locator("button[name='next']").click()
    # The safety route: the legal basis and its justification instead of consent.
    sender.locator("[name='basis-legal_basis'][value='meldcode']").check()
    portal.check(sender, "referral-step-basis", screenshots=True)
    sender.locator("[name='basis-basis_justification']").fill("Acuut gevaar voor moeder en kind.")
    sender.locator("[name='basis-meldcode_followed']").check()
    sender.locator("button[name='next']").click()
    sender.get_by_role("button", name=say(lang, "Opslaan als concept", "Save as draft")).click()

    # The draft can be deleted by its sender, after a confirmation.
    sender.locator("a[href$='/verwijderen/']").click()
    portal.check(sender, "delete-draft", screenshots=True)
    sender.locator("main form button[type='submit']").click()
    expect(sender).to_have_url(re.compile(r"/verwijzingen/\?map=verzonden$"))
