"""The consent receipt: whom to call to withdraw, the text in its own language and direction,
and e-mailing it to the parent without her health data, her address kept only when she wants."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext, override

from consent.models import AccessLogEntry, ConsentText
from mail.models import OutgoingEmail
from tests.conftest import CLIENT_NAME, signed_in
from tests.factories import ConsentRecordFactory

NEEDS_CHECK_NOTICE = (
    "This translation has not yet been checked by a qualified translator; read the Dutch text "
    "with the parent when in doubt."
)


def receipt_url(consent) -> str:
    return reverse("consent:receipt", args=[consent.pk])


def email_url(consent) -> str:
    return reverse("consent:email_receipt", args=[consent.pk])


@pytest.fixture
def arabic(handover):
    """Her consent recorded with the shipped Arabic text."""
    client = handover["client"]
    client.preferred_language = "ar"
    client.save()
    return ConsentRecordFactory(
        client=client,
        recorded_by=handover["sender"],
        recipient_organisation=handover["receiving"],
        consent_text=ConsentText.objects.get(version="2026-1", language="ar"),
    )


def test_the_receipt_names_whom_to_call_to_withdraw(handover):
    sender, sending = handover["sender"], handover["sending"]
    page = signed_in(sender).get(receipt_url(handover["consent"])).content.decode()
    assert sender.full_name in page
    assert sending.name in page
    assert sending.phone in page and f'href="mailto:{sending.email}"' in page


def test_an_arabic_text_is_shown_right_to_left_with_the_notice_in_the_portals_language(arabic):
    page = signed_in(arabic.recorded_by).get(receipt_url(arabic)).content.decode()
    assert 'lang="ar" dir="rtl"' in page
    # The portal does not speak Arabic: its own words are Dutch, and say so.
    assert '<article class="handout consent-receipt" lang="nl">' in page
    with override("nl"):
        assert gettext(NEEDS_CHECK_NOTICE) in page
    assert arabic.consent_text.body.splitlines()[0] in page


def test_a_dutch_receipt_has_no_needs_check_notice(handover):
    page = signed_in(handover["sender"]).get(receipt_url(handover["consent"])).content.decode()
    assert 'lang="nl" dir="ltr"' in page
    assert gettext(NEEDS_CHECK_NOTICE) not in page


def post_email(handover, data, consent=None, who="sender"):
    consent = consent or handover["consent"]
    http = signed_in(handover[who]) if who else signed_in(None)
    return http.post(email_url(consent), data)


def test_emailing_the_receipt_sends_no_health_data_and_forgets_the_address(
    arabic, handover, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_email(handover, {"email": "ouder@voorbeeld.example"}, consent=arabic)
    assert response.status_code == 302 and response["Location"] == receipt_url(arabic)

    email = OutgoingEmail.objects.get(kind="consent_receipt")
    assert email.forget_recipient and email.is_delivered
    assert email.to == [], "the outbox forgot her address once the e-mail was sent"
    [sent] = mail.outbox
    assert sent.to == ["ouder@voorbeeld.example"]
    body = sent.subject + sent.body
    # What she agreed to and whom to call: the text, its fingerprint, the period, the sender.
    assert arabic.consent_text.body in body and arabic.consent_text_sha256 in body
    assert handover["sending"].name in body and handover["sender"].full_name in body
    assert handover["sending"].phone in body
    # Nothing about her or what she is referred for.
    client = arabic.client
    for secret in (
        CLIENT_NAME,
        handover["receiving"].name,
        arabic.purpose,
        client.phone,
        client.postcode,
        client.date_of_birth.isoformat(),
        *arabic.category_labels,
    ):
        assert str(secret) not in body, secret
    client.refresh_from_db()
    assert client.email == ""
    entry = AccessLogEntry.objects.get(action="export")
    assert entry.granted and entry.client == client and entry.object_id == str(arabic.pk)
    assert entry.user == handover["sender"]


def test_the_address_is_kept_when_the_parent_wants_it(handover, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_email(handover, {"email": "ouder@voorbeeld.example", "keep_address": "on"})
    email = OutgoingEmail.objects.get(kind="consent_receipt")
    assert not email.forget_recipient and email.to == ["ouder@voorbeeld.example"]
    client = handover["client"]
    client.refresh_from_db()
    assert client.email == "ouder@voorbeeld.example"
    assert AccessLogEntry.objects.filter(
        action="change", client=client, object_type="consent.client", granted=True
    ).exists()


def test_a_bad_address_gets_a_clear_message_and_nothing_is_queued(handover):
    response = post_email(handover, {"email": "geen-adres", "keep_address": "on"})
    assert response.status_code == 200
    assert response.context["email_form"].errors["email"]
    assert 'aria-invalid="true"' in response.content.decode()
    assert not OutgoingEmail.objects.exists()
    handover["client"].refresh_from_db()
    assert handover["client"].email == ""
    assert not AccessLogEntry.objects.filter(action="export").exists()


@pytest.mark.parametrize("who", ["recipient", "outsider", "coordinator"])
def test_only_the_registering_organisation_emails_the_receipt(handover, who):
    response = post_email(handover, {"email": "ouder@voorbeeld.example"}, who=who)
    assert response.status_code == 404
    assert not OutgoingEmail.objects.exists()
    assert AccessLogEntry.objects.filter(user=handover[who], granted=False).exists()


def test_anonymous_is_sent_to_sign_in_and_nothing_is_queued(handover):
    response = post_email(handover, {"email": "ouder@voorbeeld.example"}, who=None)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not OutgoingEmail.objects.exists()


def test_emailing_takes_a_post(handover):
    response = signed_in(handover["sender"]).get(email_url(handover["consent"]))
    assert response.status_code == 405
    assert not OutgoingEmail.objects.exists()


def test_a_kept_address_is_in_her_subject_access_report_and_goes_when_she_is_anonymised(
    handover,
):
    from privacy.reports import subject_access_report

    client = handover["client"]
    client.keep_email("ouder@voorbeeld.example")
    assert subject_access_report(client)["client"]["email"] == "ouder@voorbeeld.example"
    client.anonymise()
    client.refresh_from_db()
    assert client.email == ""
