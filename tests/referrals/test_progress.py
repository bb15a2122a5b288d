"""Progress the recipient reports and the sender sees: contacted, first appointment planned
(with its day, never in the past), help started, could not reach her."""

import datetime

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from referrals.models import EventKind, InvalidTransition, ReferralEvent, ReferralStatus
from tests.conftest import signed_in

pytestmark = pytest.mark.django_db


def progress_url(referral) -> str:
    return reverse("referrals:progress", args=[referral.pk])


def progress(referral) -> list[tuple]:
    return list(
        ReferralEvent.objects.filter(
            referral=referral,
            kind__in=[
                EventKind.CONTACTED,
                EventKind.APPOINTMENT_PLANNED,
                EventKind.HELP_STARTED,
                EventKind.NOT_REACHED,
            ],
        ).values_list("kind", "on")
    )


@pytest.fixture
def accepted(parties) -> dict:
    parties["referral"].accept(by=parties["recipient"])
    return parties


def test_the_recipient_reports_each_step_and_the_sender_sees_them(accepted):
    referral = accepted["referral"]
    recipient = signed_in(accepted["recipient"])
    day = timezone.localdate() + datetime.timedelta(days=3)
    recipient.post(progress_url(referral), {"progress-kind": EventKind.CONTACTED})
    recipient.post(
        progress_url(referral),
        {"progress-kind": EventKind.APPOINTMENT_PLANNED, "progress-on": day.isoformat()},
    )
    recipient.post(progress_url(referral), {"progress-kind": EventKind.HELP_STARTED})
    assert progress(referral) == [
        (EventKind.CONTACTED, None),
        (EventKind.APPOINTMENT_PLANNED, day),
        (EventKind.HELP_STARTED, None),
    ]
    event = referral.events.get(kind=EventKind.HELP_STARTED)
    assert event.from_status == event.to_status == ReferralStatus.ACCEPTED
    page = signed_in(accepted["sender"]).get(referral.get_absolute_url()).content.decode()
    for kind in (EventKind.CONTACTED, EventKind.APPOINTMENT_PLANNED, EventKind.HELP_STARTED):
        assert str(kind.label) in page
    assert date_format(day, "l j F Y") in page
    assert gettext("Where is it now") in page
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED  # progress is no status


def test_the_where_is_it_now_line_shows_the_latest_progress_on_both_sides(accepted):
    referral = accepted["referral"]
    day = timezone.localdate() + datetime.timedelta(days=7)
    referral.report_progress(EventKind.APPOINTMENT_PLANNED, by=accepted["recipient"], on=day)
    for who in ("sender", "recipient"):
        page = signed_in(accepted[who]).get(referral.get_absolute_url()).content.decode()
        line = page.split('class="utrecht-paragraph where-now"')[1].split("</p>")[0]
        assert str(EventKind.APPOINTMENT_PLANNED.label) in line
        assert date_format(day, "l j F Y") in line


def test_an_appointment_in_the_past_is_refused_with_a_clear_message(accepted):
    referral = accepted["referral"]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = signed_in(accepted["recipient"]).post(
        progress_url(referral),
        {"progress-kind": EventKind.APPOINTMENT_PLANNED, "progress-on": yesterday.isoformat()},
        follow=True,
    )
    assert gettext("The first appointment cannot be in the past.") in response.content.decode()
    assert progress(referral) == []
    with pytest.raises(ValueError):
        referral.report_progress(
            EventKind.APPOINTMENT_PLANNED, by=accepted["recipient"], on=yesterday
        )
    assert progress(referral) == []


def test_an_appointment_needs_its_day(accepted):
    referral = accepted["referral"]
    response = signed_in(accepted["recipient"]).post(
        progress_url(referral), {"progress-kind": EventKind.APPOINTMENT_PLANNED}, follow=True
    )
    assert gettext("Give the date of the first appointment.") in response.content.decode()
    assert progress(referral) == []


def test_an_appointment_today_is_fine_and_the_day_is_kept_only_for_appointments(accepted):
    referral, recipient = accepted["referral"], accepted["recipient"]
    today = timezone.localdate()
    referral.report_progress(EventKind.APPOINTMENT_PLANNED, by=recipient, on=today)
    referral.report_progress(EventKind.CONTACTED, by=recipient, on=today)
    assert progress(referral) == [
        (EventKind.APPOINTMENT_PLANNED, today),
        (EventKind.CONTACTED, None),
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        ReferralEvent.objects.create(
            referral=referral,
            kind=EventKind.APPOINTMENT_PLANNED,
            from_status=referral.status,
            to_status=referral.status,
        )


def test_could_not_reach_may_be_reported_again_and_before_accepting(parties):
    referral, recipient = parties["referral"], parties["recipient"]
    assert referral.status == ReferralStatus.SENT
    referral.report_progress(EventKind.NOT_REACHED, by=recipient)
    referral.report_progress(EventKind.NOT_REACHED, by=recipient)
    referral.report_progress(EventKind.CONTACTED, by=recipient)
    assert [kind for kind, _on in progress(referral)] == [
        EventKind.NOT_REACHED,
        EventKind.NOT_REACHED,
        EventKind.CONTACTED,
    ]


def test_planning_and_starting_help_need_an_accepted_referral(parties):
    referral, recipient = parties["referral"], parties["recipient"]
    day = timezone.localdate() + datetime.timedelta(days=2)
    with pytest.raises(InvalidTransition):
        referral.report_progress(EventKind.APPOINTMENT_PLANNED, by=recipient, on=day)
    with pytest.raises(InvalidTransition):
        referral.report_progress(EventKind.HELP_STARTED, by=recipient)
    page = signed_in(recipient).get(referral.get_absolute_url())
    offered = [value for value, _label in page.context["progress_form"]["kind"].field.choices]
    assert offered == [EventKind.CONTACTED, EventKind.NOT_REACHED]
    response = signed_in(recipient).post(
        progress_url(referral), {"progress-kind": EventKind.HELP_STARTED}, follow=True
    )
    assert response.status_code == 200
    assert progress(referral) == []


def test_no_progress_on_a_closed_referral_or_of_an_unknown_kind(accepted):
    referral, recipient = accepted["referral"], accepted["recipient"]
    with pytest.raises(ValueError):
        referral.report_progress(EventKind.ACCEPTED, by=recipient)
    referral.close(by=recipient, outcome="got_help")
    with pytest.raises(InvalidTransition):
        referral.report_progress(EventKind.CONTACTED, by=recipient)
    assert progress(referral) == []


def test_the_sender_is_told_by_a_link_only(accepted, django_capture_on_commit_callbacks):
    referral = accepted["referral"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        referral.report_progress(EventKind.CONTACTED, by=accepted["recipient"])
    assert [message.to for message in mail.outbox] == [[accepted["sender"].email]]
    body = mail.outbox[0].body
    assert f"/verwijzingen/{referral.pk}/" in body
    for private in (accepted["client"].full_name, referral.reason):
        assert private not in body and private not in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("who", "expected"), [("sender", 403), ("outsider", 404), ("coordinator", 404)]
)
def test_only_the_recipient_reports_progress(accepted, who, expected):
    response = signed_in(accepted[who]).post(
        progress_url(accepted["referral"]), {"progress-kind": EventKind.CONTACTED}
    )
    assert response.status_code == expected
    assert progress(accepted["referral"]) == []


def test_reporting_needs_a_signed_in_post(accepted):
    url = progress_url(accepted["referral"])
    anonymous = signed_in(None).post(url, {"progress-kind": EventKind.CONTACTED})
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert signed_in(accepted["recipient"]).get(url).status_code == 405
    assert progress(accepted["referral"]) == []
