"""Every referral URL for every role: who sees what, what is logged, and each step over HTTP."""

import datetime

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessLogEntry, ConsentMethod
from referrals.actions import send_referral, withdraw_consent
from referrals.models import EventKind, Referral, ReferralStatus
from tests.conftest import signed_in
from tests.factories import (
    OrganisationFactory,
    ReceivingOrganisationFactory,
    ReferralFactory,
)

pytestmark = pytest.mark.django_db


def in_two_days() -> str:
    """A moment ahead, as the form's date-and-time field sends it."""
    return (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%dT10:00")


def url(name: str, referral: Referral) -> str:
    return reverse(f"referrals:{name}", args=[referral.pk])


def test_the_url_is_not_guessable(parties):
    assert str(parties["referral"].pk) in url("detail", parties["referral"])
    assert len(str(parties["referral"].pk)) == 36


def test_anonymous_visitors_are_sent_to_sign_in(parties):
    for name in ("detail", "accept", "decline", "close", "withdraw", "send"):
        response = HttpClient().post(url(name, parties["referral"]))
        assert response.status_code == 302 and "/accounts/login/" in response.url
    response = HttpClient().get(reverse("referrals:list"))
    assert response.status_code == 302


@pytest.mark.parametrize("who", ["outsider", "coordinator"])
def test_others_get_404_and_the_refusal_is_logged(parties, who):
    referral = parties["referral"]
    for name in ("detail", "accept", "decline", "close", "withdraw", "send"):
        method = "get" if name == "detail" else "post"
        response = getattr(signed_in(parties[who]), method)(url(name, referral))
        assert response.status_code == 404
    refusals = AccessLogEntry.objects.filter(user=parties[who], granted=False)
    assert refusals.count() == 6 and refusals.first().client == referral.client
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT


def test_sender_and_recipient_see_the_family_and_each_view_is_logged(parties):
    for who in ("sender", "recipient"):
        response = signed_in(parties[who]).get(url("detail", parties["referral"]))
        assert response.status_code == 200
        page = response.content.decode()
        assert "Fenna Fictief" in page and parties["referral"].reason in page
        assert "no-store" in response["Cache-Control"]
        entry = AccessLogEntry.objects.filter(user=parties[who]).get()
        assert entry.granted and entry.action == "view"


def test_withdrawing_consent_removes_the_recipients_view_at_once(parties):
    withdraw_consent(parties["consent"], by=parties["sender"], channel=ConsentMethod.PHONE)
    page = signed_in(parties["recipient"]).get(url("detail", parties["referral"]))
    assert page.status_code == 200
    assert "Fenna Fictief" not in page.content.decode()
    assert parties["referral"].reason not in page.content.decode()
    assert (
        "Fenna Fictief"
        in signed_in(parties["sender"]).get(url("detail", parties["referral"])).content.decode()
    )


def test_drafts_stay_with_the_sender(parties):
    draft = ReferralFactory(consent=parties["consent"])
    assert signed_in(parties["recipient"]).get(url("detail", draft)).status_code == 404
    assert signed_in(parties["sender"]).get(url("detail", draft)).status_code == 200


def test_steps_need_post(parties):
    for name in ("accept", "decline", "close", "withdraw", "send"):
        assert (
            signed_in(parties["recipient"]).get(url(name, parties["referral"])).status_code == 405
        )


def test_each_side_may_take_only_its_own_steps(parties):
    referral = parties["referral"]
    assert signed_in(parties["sender"]).post(url("accept", referral)).status_code == 403
    assert signed_in(parties["recipient"]).post(url("withdraw", referral)).status_code == 403
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT


def test_accept_then_close_reports_back_to_the_sender(parties):
    referral, recipient = parties["referral"], signed_in(parties["recipient"])
    response = recipient.post(url("accept", referral))
    assert response.status_code == 302 and response.url == url("detail", referral)
    response = recipient.post(
        url("close", referral),
        {"close-outcome": "got_help", "close-feedback": "Eerste afspraak gemaakt."},
    )
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.CLOSED and referral.outcome == "got_help"
    assert list(referral.events.values_list("kind", flat=True)) == [
        EventKind.SENT,
        EventKind.ACCEPTED,
        EventKind.CLOSED,
    ]
    page = signed_in(parties["sender"]).get(url("detail", referral)).content.decode()
    assert "Eerste afspraak gemaakt." in page
    changes = AccessLogEntry.objects.filter(user=parties["recipient"], action="change")
    assert changes.count() == 2 and all(entry.granted for entry in changes)


def test_a_refused_step_is_explained_and_changes_nothing(parties):
    referral, recipient = parties["referral"], signed_in(parties["recipient"])
    recipient.post(url("accept", referral))
    response = recipient.post(url("accept", referral), follow=True)
    assert "niet mogelijk" in response.content.decode()
    assert referral.events.filter(kind=EventKind.ACCEPTED).count() == 1


def test_declining_without_a_reason_is_refused_with_a_message(parties):
    referral = parties["referral"]
    response = signed_in(parties["recipient"]).post(
        url("decline", referral), {"decline-reason": ""}, follow=True
    )
    assert "verplicht" in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    alternative = OrganisationFactory()
    signed_in(parties["recipient"]).post(
        url("decline", referral),
        {"decline-reason": "Geen plek tot maart", "decline-suggested_organisation": alternative.pk},
    )
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.DECLINED
    assert referral.suggested_organisation == alternative


def test_the_sender_sends_a_draft_only_with_consent_for_the_recipient(parties):
    sender = signed_in(parties["sender"])
    draft = ReferralFactory(consent=parties["consent"])
    sender.post(url("send", draft))
    draft.refresh_from_db()
    assert draft.status == ReferralStatus.SENT
    elsewhere = ReferralFactory(
        consent=parties["consent"], recipient_organisation=ReceivingOrganisationFactory()
    )
    response = sender.post(url("send", elsewhere), follow=True)
    assert "toestemming" in response.content.decode()
    elsewhere.refresh_from_db()
    assert elsewhere.status == ReferralStatus.DRAFT


def test_the_sender_can_withdraw(parties):
    signed_in(parties["sender"]).post(url("withdraw", parties["referral"]), {"withdraw-reason": ""})
    parties["referral"].refresh_from_db()
    assert parties["referral"].status == ReferralStatus.WITHDRAWN


def test_inbox_and_outbox_with_counts_and_overdue_marking(
    parties, settings, django_assert_max_num_queries
):
    settings.REFERRAL_ANSWER_WORKING_DAYS = 3
    draft = ReferralFactory(consent=parties["consent"])
    Referral.objects.filter(pk=parties["referral"].pk).update(
        sent_at=timezone.now() - datetime.timedelta(days=14)
    )
    inbox = signed_in(parties["recipient"]).get(reverse("referrals:list"))
    assert [r.pk for r in inbox.context["referrals"]] == [parties["referral"].pk]
    assert "achterstallig" in inbox.content.decode().lower()
    outbox = signed_in(parties["sender"]).get(reverse("referrals:list") + "?map=verzonden")
    assert {r.pk for r in outbox.context["referrals"]} == {parties["referral"].pk, draft.pk}
    assert dict((v, n) for v, _, n in outbox.context["statuses"])["draft"] == 1
    sent_only = signed_in(parties["sender"]).get(
        reverse("referrals:list") + "?map=verzonden&status=sent"
    )
    assert [r.pk for r in sent_only.context["referrals"]] == [parties["referral"].pk]
    for _ in range(10):
        send_referral(ReferralFactory(consent=parties["consent"]), by=parties["sender"])
    recipient = signed_in(parties["recipient"])
    # Session (read, then saved in a savepoint: the idle deadline moves), user, memberships,
    # counts, one page of referrals, the access-log entry, the menu's maintenance check.
    with django_assert_max_num_queries(12):
        recipient.get(reverse("referrals:list"))


def test_the_sender_records_a_consent_withdrawal_and_the_recipient_loses_access(parties):
    referral = parties["referral"]
    response = signed_in(parties["sender"]).post(
        url("withdraw_consent", referral),
        {"consent_withdrawal-channel": "phone", "consent_withdrawal-reason": ""},
    )
    assert response.status_code == 302
    referral.refresh_from_db()
    parties["consent"].refresh_from_db()
    assert parties["consent"].withdrawn_at and referral.status == ReferralStatus.WITHDRAWN
    page = signed_in(parties["recipient"]).get(url("detail", referral)).content.decode()
    assert "Fenna Fictief" not in page
    assert (
        signed_in(parties["recipient"])
        .post(url("withdraw_consent", referral), {"consent_withdrawal-channel": "phone"})
        .status_code
        == 403
    )


def test_the_consent_receipt_is_for_the_registering_organisation_only(parties):
    receipt = reverse("consent:receipt", args=[parties["consent"].pk])
    response = signed_in(parties["sender"]).get(receipt)
    page = response.content.decode()
    assert response.status_code == 200
    assert parties["consent"].recipient_organisation.name in page and "intrekken" in page
    assert AccessLogEntry.objects.filter(action="print", granted=True).count() == 1
    for who in ("recipient", "outsider", "coordinator"):
        assert signed_in(parties[who]).get(receipt).status_code == 404
    assert AccessLogEntry.objects.filter(action="view", granted=False).count() == 3
    assert HttpClient().get(receipt).status_code == 302


def test_the_consent_receipt_speaks_the_parents_language(parties):
    client = parties["consent"].client
    client.preferred_language = "en"
    client.save()
    page = signed_in(parties["sender"]).get(
        reverse("consent:receipt", args=[parties["consent"].pk])
    )
    assert "withdraw your consent at any time" in page.content.decode()


def test_both_sides_exchange_messages_and_propose_a_joint_meeting(
    parties, django_capture_on_commit_callbacks
):
    from django.core import mail

    referral = parties["referral"]
    referral.recipient_organisation.referral_email = "intake@ontvanger.example"
    referral.recipient_organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(parties["recipient"]).post(
            url("message", referral),
            {
                "message-body": "Zullen we samen bij haar langsgaan?",
                "message-meeting_at": in_two_days(),
                "message-meeting_place": "Bij haar thuis",
            },
        )
    assert response.status_code == 302
    assert mail.outbox[-1].to == [parties["sender"].email]
    assert "Zullen we samen" not in mail.outbox[-1].body
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(parties["sender"]).post(url("message", referral), {"message-body": "Goed idee."})
    # The receiving member, not the intake address, which nobody signs in with.
    assert mail.outbox[-1].to == [parties["recipient"].email]
    page = signed_in(parties["sender"]).get(url("detail", referral)).content.decode()
    assert "Zullen we samen bij haar langsgaan?" in page and "Bij haar thuis" in page
    assert "Goed idee." in page


def test_a_meeting_needs_time_and_place_and_outsiders_cannot_post(parties):
    referral = parties["referral"]
    response = signed_in(parties["recipient"]).post(
        url("message", referral),
        {"message-body": "Afspraak?", "message-meeting_at": in_two_days()},
        follow=True,
    )
    assert "plaats" in response.content.decode()
    assert not referral.messages.exists()
    assert (
        signed_in(parties["outsider"])
        .post(url("message", referral), {"message-body": "Hallo"})
        .status_code
        == 404
    )
    assert not referral.messages.exists()


def test_after_consent_is_withdrawn_the_recipient_no_longer_sees_the_thread(parties):
    referral = parties["referral"]
    signed_in(parties["sender"]).post(
        url("message", referral), {"message-body": "Extra informatie."}
    )
    withdraw_consent(parties["consent"], by=parties["sender"], channel=ConsentMethod.PHONE)
    page = signed_in(parties["recipient"]).get(url("detail", referral)).content.decode()
    assert "Extra informatie." not in page


def test_the_sender_corrects_consent_by_superseding_it(parties):
    from consent.models import ConsentStatus

    referral, old = parties["referral"], parties["consent"]
    data = {
        "correction-given_by_name": old.given_by_name,
        "correction-relation": old.relation,
        "correction-method": old.method,
        "correction-parent_present": "on",
        "correction-purpose": old.purpose,
        "correction-categories": ["contact_details", "referral_reason", "psychosocial"],
        "correction-valid_until": old.valid_until.isoformat(),
        "correction-text_shown": "on",
    }
    response = signed_in(parties["sender"]).post(url("correct_consent", referral), data)
    assert response.status_code == 302
    referral.refresh_from_db()
    old.refresh_from_db()
    assert old.status == ConsentStatus.SUPERSEDED
    assert referral.consent.supersedes == old
    assert "psychosocial" in referral.consent.categories
    assert referral.events.last().kind == EventKind.CONSENT_CORRECTED
    assert (
        signed_in(parties["recipient"]).post(url("correct_consent", referral), data).status_code
        == 403
    )


def test_lists_name_the_family_only_where_allowed_and_log_it(parties):
    inbox = signed_in(parties["recipient"]).get(reverse("referrals:list"))
    assert "Fenna Fictief" in inbox.content.decode()
    assert AccessLogEntry.objects.filter(user=parties["recipient"], granted=True).count() == 1
    withdraw_consent(parties["consent"], by=parties["sender"], channel=ConsentMethod.PHONE)
    inbox = signed_in(parties["recipient"]).get(reverse("referrals:list"))
    assert "Fenna Fictief" not in inbox.content.decode()
    outbox = signed_in(parties["sender"]).get(reverse("referrals:list") + "?map=verzonden")
    assert "Fenna Fictief" in outbox.content.decode()


def test_a_correction_that_breaks_a_rule_is_refused_with_its_reason(parties):
    referral = parties["referral"]
    data = {
        "correction-given_by_name": "Fenna Fictief",
        "correction-relation": "self",
        "correction-method": "phone",
        "correction-purpose": "Extra steun",
        "correction-categories": ["contact_details", "referral_reason"],
        "correction-valid_until": "2000-01-01",
        "correction-text_shown": "on",
    }
    response = signed_in(parties["sender"]).post(
        url("correct_consent", referral), data, follow=True
    )
    assert "einddatum ligt voor de begindatum" in response.content.decode()
    referral.refresh_from_db()
    assert referral.consent == parties["consent"]
