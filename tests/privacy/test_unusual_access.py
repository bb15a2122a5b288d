"""The daily list of unusual access: many different clients in a day, repeated refusals, and a
client opened after the referral to that organisation ended; its review; the morning e-mail."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessAction
from consent.policy import log_access
from privacy.models import LogReview
from privacy.reports import AFTER_CLOSING, MANY_CLIENTS, REFUSALS
from referrals.models import Outcome
from tests.factories import ClientFactory

pytestmark = pytest.mark.django_db
UNUSUAL = reverse("privacy:unusual")


def access(user, client, *, granted=True, obj=None):
    request = RequestFactory().get("/")
    request.user = user
    return log_access(
        request, client=client, obj=obj or client, action=AccessAction.VIEW, granted=granted
    )


def findings(client, day=None):
    day = day or timezone.localdate()
    response = client.get(UNUSUAL, {"day": day.isoformat()})
    assert response.status_code == 200
    return {(finding.kind, finding.user.email) for finding in response.context["findings"]}


def test_a_quiet_day_has_no_findings(case, verified_login):
    access(case["sender"], case["client"])
    assert findings(verified_login(case["officer"])) == set()


def test_opening_many_different_clients_in_a_day_is_listed(case, verified_login, settings):
    settings.UNUSUAL_CLIENTS_PER_DAY = 5
    for _ in range(4):
        access(case["sender"], ClientFactory(organisation=case["sending"]))
    officer = verified_login(case["officer"])
    assert findings(officer) == set()  # four is below the threshold
    access(case["sender"], ClientFactory(organisation=case["sending"]))
    assert findings(officer) == {(MANY_CLIENTS, case["sender"].email)}
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert findings(officer, yesterday) == set()


def test_repeated_refusals_are_listed(case, verified_login, settings):
    settings.UNUSUAL_REFUSALS_PER_DAY = 3
    for _ in range(3):
        access(case["outsider"], case["client"], granted=False)
    assert findings(verified_login(case["officer"])) == {(REFUSALS, case["outsider"].email)}


def test_opening_a_client_after_the_referral_ended_is_listed(case, verified_login):
    referral = case["referral"]
    access(case["recipient"], case["client"], obj=referral)  # while it is open: normal
    officer = verified_login(case["officer"])
    assert findings(officer) == set()
    referral.accept(by=case["recipient"])
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP)
    access(case["recipient"], case["client"], obj=referral)
    assert findings(officer) == {(AFTER_CLOSING, case["recipient"].email)}


def test_findings_of_other_organisations_stay_with_their_officer(case, verified_login, settings):
    settings.UNUSUAL_REFUSALS_PER_DAY = 1
    other_client = ClientFactory()
    access(case["outsider"], other_client, granted=False)
    assert findings(verified_login(case["officer"])) == set()


def test_the_officer_records_the_review_of_a_day(case, verified_login):
    officer = verified_login(case["officer"])
    today = timezone.localdate()
    response = officer.post(
        reverse("privacy:mark_reviewed"), {"day": today.isoformat(), "note": "Niets bijzonders."}
    )
    assert response.status_code == 302
    review = LogReview.objects.get()
    assert (review.organisation, review.day, review.reviewed_by) == (
        case["sending"],
        today,
        case["officer"],
    )
    page = officer.get(response["Location"])
    assert "Niets bijzonders." in page.content.decode()
    assert page.context["reviewed_all"]
    too_long = officer.post(reverse("privacy:mark_reviewed"), {"day": today, "note": "x" * 2001})
    assert too_long.status_code == 302
    assert LogReview.objects.get().note == "Niets bijzonders."
    assert officer.get(reverse("privacy:mark_reviewed")).status_code == 405


def test_only_officers_review(case, verified_login):
    sender = verified_login(case["sender"])
    assert sender.get(UNUSUAL).status_code == 403
    assert sender.post(reverse("privacy:mark_reviewed"), {"day": "2026-11-01"}).status_code == 403
    assert not LogReview.objects.exists()


def test_the_morning_email_carries_a_link_and_a_count_only(case, settings):
    settings.UNUSUAL_REFUSALS_PER_DAY = 2
    for _ in range(2):
        access(case["outsider"], case["client"], granted=False)
    today = timezone.localdate()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("send_unusual_access_report", "--day", today.isoformat())
    # Her organisation's officer, and the officer of the organisation the refused user acted for.
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [case["officer"].email, case["other_officer"].email]
    )
    for message in mail.outbox:
        assert f"{UNUSUAL}?day={today.isoformat()}" in message.body
        for private in (case["client"].full_name, case["outsider"].email, str(case["client"].pk)):
            assert private not in message.body and private not in message.subject
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("send_unusual_access_report", "--day", "2020-01-01")
    assert mail.outbox == []
