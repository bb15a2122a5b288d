"""One way to send an e-mail: every kind survives a mail-server outage, is delivered once the
server is back, exactly once, and nothing leaves before its transaction commits."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import Client as HttpClient
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import timezone
from django_tasks.backends.base import BaseTaskBackend

from consent.models import AccessAction
from consent.policy import log_access
from mail import outbox
from mail.models import MAX_ATTEMPTS, SENDING_LEASE, OutgoingEmail
from organisations.models import Correction, MembershipRole
from privacy.reports import send_unusual_access_reports
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class BrokenQueue(BaseTaskBackend):
    """A task queue whose database or broker cannot be reached."""

    def enqueue(self, task, args, kwargs):
        raise ConnectionError("the task queue is down")


class Rollback(Exception):
    """Something fails after the e-mail was queued: the transaction rolls back."""


def mail_server_down(settings) -> None:
    """A real SMTP connection to a port on this machine where no mail server listens."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2


def retry() -> str:
    out = io.StringIO()
    call_command("send_pending_emails", stdout=out)
    return out.getvalue()


def committed():
    """Run the on-commit work of what happens inside, as a committed request would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


# --- What makes each kind of e-mail, as the portal does it ---


def referral_sent(world) -> None:
    referral = ReferralFactory()
    referral.recipient_organisation.referral_email = "intake@ontvanger.example"
    referral.recipient_organisation.save()
    with committed():
        send_referral(referral, by=referral.sender)


def correction_reported(world) -> None:
    with committed():
        Correction.report(
            world["organisation"],
            by=world["professional"],
            field_name="phone",
            description="Het nummer is veranderd.",
            suggested_value="0570 99 88 77",
        )


def correction_reviewed(world) -> None:
    correction = Correction.objects.create(
        organisation=world["organisation"],
        description="De organisatie is verhuisd.",
        reported_by=world["professional"],
    )
    with committed():
        correction.reject(by=world["editor"], reason="Het adres klopt nog.")


def digest(world) -> None:
    world["organisation"].verified_at = None  # never checked: needs the editors' attention
    world["organisation"].save()
    with committed():
        call_command("send_verification_digests", stdout=io.StringIO())


def invitation(world) -> None:
    url = reverse("organisations:members", args=[world["organisation"].slug])
    with committed():
        response = world["login"](world["editor"]).post(
            url, {"email": "nieuw@wijk.example", "role": MembershipRole.PROFESSIONAL}
        )
    assert response.status_code == 302


def unusual_access(world) -> None:
    world["settings"].UNUSUAL_REFUSALS_PER_DAY = 1
    request = RequestFactory().get("/")
    request.user = MembershipFactory(organisation=OrganisationFactory()).user
    client = ClientFactory(organisation=world["organisation"])
    log_access(request, client=client, obj=client, action=AccessAction.VIEW, granted=False)
    with committed():
        assert send_unusual_access_reports(timezone.localdate())


def password_reset(world) -> None:
    with committed():
        response = world["login"](None).post(
            reverse("accounts:password_reset"), {"email": world["professional"].email}
        )
    assert response.status_code == 302


KINDS = {
    "referral.sent": referral_sent,
    "correction_reported": correction_reported,
    "correction_reviewed": correction_reviewed,
    "digest": digest,
    "invitation": invitation,
    "unusual_access": unusual_access,
    "password_reset": password_reset,
}


@pytest.fixture
def world(organisation, professional, editor, login, settings):
    officer = UserFactory(email="functionaris@wijk.example")
    MembershipFactory(user=officer, organisation=organisation, role=MembershipRole.OFFICER)
    return {
        "organisation": organisation,
        "professional": professional,
        "editor": editor,
        "login": login,
        "settings": settings,
    }


@pytest.mark.parametrize("kind", KINDS)
def test_no_email_is_lost_to_a_mail_server_outage(kind, world, settings):
    mail_server_down(settings)
    KINDS[kind](world)

    emails = list(OutgoingEmail.objects.all())
    assert emails and {email.kind for email in emails} == {kind}
    for email in emails:
        assert email.delivered_at is None and email.attempts == 1
        assert email.last_error == "ConnectionRefusedError"
    assert mail.outbox == []

    settings.EMAIL_BACKEND = LOCMEM  # the mail server is back
    assert retry() == f"Delivered {len(emails)}; 0 still pending.\n"
    sent = {(tuple(message.to), message.subject, message.body) for message in mail.outbox}
    assert len(mail.outbox) == len(sent) == len(emails)
    for email in emails:
        subject, body = email.subject, email.body
        email.refresh_from_db()
        assert email.delivered_at is not None and email.attempts == 2 and email.last_error == ""
        assert (tuple(email.to), subject, body) in sent
        assert "://" in body  # each carries its absolute link

    assert retry() == "Delivered 0; 0 still pending.\n"
    assert len(mail.outbox) == len(emails)  # exactly once


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_mail_server_up_each_kind_leaves_at_once(kind, world):
    KINDS[kind](world)
    emails = OutgoingEmail.objects.all()
    assert emails and all(email.delivered_at is not None for email in emails)
    assert len(mail.outbox) == len(emails)


def test_a_key_in_an_email_is_forgotten_once_delivered(world, settings):
    mail_server_down(settings)
    invitation(world)
    (pending,) = OutgoingEmail.objects.all()
    assert pending.link and pending.link in pending.body  # kept while it must be retried
    settings.EMAIL_BACKEND = LOCMEM
    retry()
    pending.refresh_from_db()
    assert pending.delivered_at is not None
    assert pending.body == "" and pending.link == ""
    assert mail.outbox[0].body  # the invitee got it all


# --- Transactions ---


def queue_one() -> OutgoingEmail:
    return outbox.queue(
        "correction_reviewed",
        ["iemand@wijk.example"],
        subject_template="organisations/email/correction_reviewed_subject.txt",
        body_template="organisations/email/correction_reviewed.txt",
        link=outbox.link_to("/meldingen/1/"),
    )


@pytest.mark.django_db(transaction=True)
def test_nothing_leaves_before_commit_and_nothing_for_a_rollback():
    with transaction.atomic():
        email = queue_one()
        assert mail.outbox == []  # the transaction is still open
        assert OutgoingEmail.objects.get().delivered_at is None
    assert [message.to for message in mail.outbox] == [["iemand@wijk.example"]]
    email.refresh_from_db()
    assert email.delivered_at is not None

    with pytest.raises(Rollback), transaction.atomic():
        queue_one()
        raise Rollback
    assert len(mail.outbox) == 1
    assert OutgoingEmail.objects.count() == 1


def test_a_referral_step_that_rolls_back_tells_nobody(django_capture_on_commit_callbacks):
    referral = ReferralFactory()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Rollback),
        transaction.atomic(),
    ):
        send_referral(referral, by=referral.sender)
        assert OutgoingEmail.objects.exists() and mail.outbox == []
        raise Rollback
    assert callbacks == [] and mail.outbox == []
    assert not OutgoingEmail.objects.exists()


def test_in_a_request_the_email_leaves_only_after_the_work_is_committed(world):
    """The invitation view records the invitation and queues the e-mail in one transaction:
    until that commits, nothing is sent."""
    url = reverse("organisations:members", args=[world["organisation"].slug])
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        world["login"](world["editor"]).post(
            url, {"email": "nieuw@wijk.example", "role": "professional"}
        )
    assert mail.outbox == [] and OutgoingEmail.objects.pending().count() == 1
    for callback in callbacks:  # the commit
        callback()
    assert [message.to for message in mail.outbox] == [["nieuw@wijk.example"]]


# --- Delivering once ---


def test_a_delivered_email_is_not_sent_again():
    with committed():
        email = queue_one()
    assert len(mail.outbox) == 1
    assert email.deliver() is False  # e.g. the worker after the retry command
    assert len(mail.outbox) == 1


def test_an_email_being_sent_is_left_alone_until_its_claim_lapses(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with committed():
        email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(sending_since=timezone.now())
    assert retry() == "Delivered 0; 1 still pending.\n" and mail.outbox == []
    abandoned = timezone.now() - SENDING_LEASE - SENDING_LEASE / 10
    OutgoingEmail.objects.filter(pk=email.pk).update(sending_since=abandoned)
    assert retry() == "Delivered 1; 0 still pending.\n" and len(mail.outbox) == 1


def test_the_retry_gives_up_after_max_attempts(settings):
    mail_server_down(settings)
    with committed():
        email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=MAX_ATTEMPTS)
    settings.EMAIL_BACKEND = LOCMEM
    assert retry() == "Delivered 0; 1 still pending.\n" and mail.outbox == []


def test_a_queue_that_is_down_leaves_the_email_for_the_retry(settings, caplog):
    settings.TASKS = {"default": {"BACKEND": "tests.mail.test_outbox.BrokenQueue"}}
    with committed():
        queue_one()
    assert mail.outbox == [] and "Could not queue" in caplog.text
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert retry() == "Delivered 1; 0 still pending.\n" and len(mail.outbox) == 1


def test_the_former_retry_command_still_works(settings):
    mail_server_down(settings)
    with committed():
        queue_one()
    settings.EMAIL_BACKEND = LOCMEM
    out = io.StringIO()
    call_command("send_pending_notifications", stdout=out)
    assert "Delivered 1; 0 still pending." in out.getvalue() and len(mail.outbox) == 1


# --- The admin ---


def test_the_admin_lists_what_waits_and_hides_a_key(world, settings):
    mail_server_down(settings)
    invitation(world)
    email = OutgoingEmail.objects.get()
    staff = HttpClient()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    changelist = reverse("admin:mail_outgoingemail_changelist")
    page = staff.get(changelist, {"delivered_at__isempty": "1", "q": "ROK"})
    assert page.status_code == 200 and "nieuw@wijk.example" in page.content.decode()
    detail = staff.get(reverse("admin:mail_outgoingemail_change", args=[email.pk]))
    assert detail.status_code == 200
    shown = detail.content.decode()
    assert "ConnectionRefusedError" in shown
    token = email.link.rstrip("/").rsplit("/", 1)[1]
    assert email.link and token in email.body and token not in shown
    assert staff.get(reverse("admin:mail_outgoingemail_add")).status_code == 403
