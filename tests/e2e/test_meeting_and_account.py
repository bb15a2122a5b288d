"""The joint meeting and My account in real Chromium: the midwife accepts the meeting the
neighbourhood team proposed (in Dutch); the youth health nurse finds the calendar invitation of
the meeting she accepted earlier (in English); both open their account page. Every page is
checked by `Portal.check` (axe, console, language, nothing scrolls sideways at 360 px).

Each test uses demo data of its own (what a journey changes stays on PostgreSQL). Selectors use
the forms' addresses, not their words, so the tests hold in both languages."""

import pytest

from referrals.models import Meeting, MeetingStatus

from .portal import Portal

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

ACCEPT = "form[action$='/driegesprek/accepteren/']"


def check_account_pages(portal: Portal, page) -> None:
    portal.visit(page, "/account/")
    assert page.locator("form[action='/account/meldingen/'] input[type=checkbox]").count() == 3
    portal.check(page, "account", screenshots=True)
    portal.visit(page, "/account/wachtwoord/")
    portal.check(page, "account-password")


def test_the_midwife_accepts_the_proposed_meeting(portal: Portal):
    meeting = Meeting.objects.select_related("referral").get(
        status=MeetingStatus.PROPOSED, proposed_by__email="wijkteam.deventer@rokportaal.example"
    )
    page = portal.new_page("nl")
    portal.sign_in(page, "verloskundige.deventer@rokportaal.example")
    portal.visit(page, meeting.referral.get_absolute_url())
    block = page.locator(f"#meeting-{meeting.pk}")
    assert block.locator(ACCEPT).count() == 1
    portal.check(page, "meeting-proposed", screenshots=True)
    block.locator(f"{ACCEPT} button").click()
    page.wait_for_load_state()
    block = page.locator(f"#meeting-{meeting.pk}")
    assert block.locator(ACCEPT).count() == 0
    assert block.locator(f"a[href='{meeting.get_calendar_url()}']").count() == 1
    portal.check(page, "meeting-accepted")
    check_account_pages(portal, page)


def test_the_nurse_finds_the_invitation_of_the_meeting_she_accepted(portal: Portal):
    meeting = Meeting.objects.select_related("referral").get(
        status=MeetingStatus.ACCEPTED, answered_by__email="jgz.rotterdam@rokportaal.example"
    )
    page = portal.new_page("en")
    portal.sign_in(page, "jgz.rotterdam@rokportaal.example")
    portal.visit(page, meeting.referral.get_absolute_url())
    block = page.locator(f"#meeting-{meeting.pk}")
    link = block.locator(f"a[href='{meeting.get_calendar_url()}']")
    assert link.count() == 1 and block.locator(ACCEPT).count() == 0
    portal.check(page, "meeting-accepted-earlier")
    with page.expect_download() as download:
        link.click()
    content = download.value.path().read_bytes()
    assert content.startswith(b"BEGIN:VCALENDAR\r\n") and b"STATUS:CONFIRMED\r\n" in content
    check_account_pages(portal, page)
