"""Access follows the purpose: once a referral is declined or withdrawn its recipient sees
nothing but that it once received a referral; once closed, only what the feedback needs, for
REFERRAL_FEEDBACK_DAYS, then nothing. The consent record says why it no longer gives access."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import timezone

from consent.models import ConsentError, ConsentStatus, DataCategory, PurposeEnd
from consent.policy import visible_categories
from referrals.actions import correct_consent, send_referral
from referrals.models import MessageRefusal, MessageRefused, Outcome, Referral, ReferralStatus
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ReferralFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(handover):
    """`handover`'s people with a family who consented to every category, referred and sent."""
    client = ClientFactory(
        organisation=handover["sending"],
        registered_by=handover["sender"],
        full_name="Noor Doelbinding",
    )
    consent = ConsentRecordFactory(
        client=client,
        recorded_by=handover["sender"],
        recipient_organisation=handover["receiving"],
        categories=list(DataCategory.values),
    )
    referral = ReferralFactory(consent=consent, reason="Doel-reden", medical_notes="Doel-medisch")
    send_referral(referral, by=handover["sender"])
    return {**handover, "referral": referral, "client": client}


def recipient_page(login, case) -> str:
    response = login(case["recipient"]).get(reverse("referrals:detail", args=[case["referral"].pk]))
    assert response.status_code == 200
    return response.content.decode()


def inbox(login, case) -> str:
    return login(case["recipient"]).get(reverse("referrals:list")).content.decode()


def test_while_the_referral_is_open_the_recipient_sees_what_was_consented(case, login):
    page = recipient_page(login, case)
    assert "Noor Doelbinding" in page and "Doel-reden" in page and "Doel-medisch" in page
    assert "Noor Doelbinding" in inbox(login, case)


@pytest.mark.parametrize("end", ["decline", "withdraw"])
def test_after_a_decline_or_withdrawal_the_recipient_sees_nothing(case, login, end):
    referral = case["referral"]
    if end == "decline":
        referral.decline(by=case["recipient"], reason="Geen plek")
    else:
        referral.withdraw(by=case["sender"], reason="Elders geholpen")
    assert visible_categories(case["recipient"], case["client"]) == frozenset()
    page = recipient_page(login, case)
    for shown in ("Noor Doelbinding", "Doel-reden", "Doel-medisch"):
        assert shown not in page
    assert "niet meer met uw organisatie gedeeld" in page
    assert "Noor Doelbinding" not in inbox(login, case)
    assert str(referral.pk) in inbox(login, case)  # it once received a referral
    consent = referral.consent
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.PURPOSE_ENDED
    assert consent.purpose_end == (
        PurposeEnd.DECLINED if end == "decline" else PurposeEnd.REFERRAL_WITHDRAWN
    )
    # The referrer keeps everything she registered, and reads why the consent stopped counting.
    sender_page = login(case["sender"]).get(referral.get_absolute_url()).content.decode()
    assert "Noor Doelbinding" in sender_page and "Doel-medisch" in sender_page
    assert str(consent.get_purpose_end_display()).lower() in sender_page


def test_after_closing_the_recipient_reads_only_the_feedback_for_a_while(case, login, settings):
    settings.REFERRAL_FEEDBACK_DAYS = 14
    referral = case["referral"]
    referral.accept(by=case["recipient"])
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP, feedback="Goed gegaan")
    consent = referral.consent
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.FEEDBACK_ONLY
    assert consent.feedback_until == timezone.localdate() + datetime.timedelta(days=14)
    page = recipient_page(login, case)
    assert "Noor Doelbinding" in page and "Doel-reden" in page and "Goed gegaan" in page
    assert "Doel-medisch" not in page  # not what the feedback needs
    later = consent.feedback_until + datetime.timedelta(days=1)
    assert visible_categories(case["recipient"], case["client"], day=later) == frozenset()
    on_the_last_day = visible_categories(
        case["recipient"], case["client"], day=consent.feedback_until
    )
    assert on_the_last_day == {DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON}


def test_the_feedback_period_over_the_recipient_sees_nothing(case, login, settings):
    settings.REFERRAL_FEEDBACK_DAYS = 0
    referral = case["referral"]
    referral.accept(by=case["recipient"])
    Referral.objects.filter(pk=referral.pk).update(
        status=ReferralStatus.CLOSED,
        outcome=Outcome.GOT_HELP,
        closed_at=timezone.now() - datetime.timedelta(days=2),
    )
    referral.refresh_from_db()
    referral._end_consent_purpose(PurposeEnd.CLOSED)  # as closing two days ago did
    page = recipient_page(login, case)
    assert "Noor Doelbinding" not in page and "Doel-reden" not in page
    assert referral.consent.status == ConsentStatus.PURPOSE_ENDED


def test_another_open_referral_on_the_same_consent_keeps_it_giving_access(case):
    referral = case["referral"]
    second = ReferralFactory(consent=referral.consent)
    send_referral(second, by=case["sender"])
    referral.decline(by=case["recipient"], reason="Dubbel")
    referral.consent.refresh_from_db()
    assert referral.consent.purpose_ended_at is None
    assert DataCategory.CONTACT_DETAILS in second.categories_for(case["recipient"])


def test_consent_whose_referral_ended_cannot_be_corrected_back_into_access(case):
    referral = case["referral"]
    referral.withdraw(by=case["sender"])
    referral.consent.refresh_from_db()
    with pytest.raises(ConsentError):
        correct_consent(referral.consent, by=case["sender"], purpose="Iets anders")


def test_the_list_and_the_page_agree_after_a_correction_left_a_closed_referral_behind(case, login):
    """The bug the single gate fixed: the inbox decided from the referral's own consent, the page
    from any consent in force, and a correction moves only open referrals to the new record."""
    referral = case["referral"]
    second = ReferralFactory(consent=referral.consent, reason="Tweede vraag")
    send_referral(second, by=case["sender"])
    referral.accept(by=case["recipient"])
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP)
    correct_consent(referral.consent, by=case["sender"], purpose="Gecorrigeerd doel")
    referral.refresh_from_db()
    assert referral.consent.status == ConsentStatus.SUPERSEDED
    in_inbox = "Noor Doelbinding" in inbox(login, case)
    on_page = "Noor Doelbinding" in recipient_page(login, case)
    assert in_inbox and on_page  # the open referral's corrected consent names her
    assert referral.status == ReferralStatus.CLOSED


def test_a_declined_referral_takes_no_more_messages(case, login):
    referral = case["referral"]
    referral.decline(by=case["recipient"], reason="Geen plek")
    page = login(case["sender"]).get(referral.get_absolute_url())
    assert page.context["message_refusal"] == MessageRefusal.REFERRAL_DECLINED
    assert reverse("referrals:message", args=[referral.pk]) not in page.content.decode()
    with pytest.raises(MessageRefused):
        referral.post_message(by=case["sender"], organisation=case["sending"], body="Nog iets")


def test_a_closed_referral_takes_messages_until_its_feedback_period_ends(case, settings):
    settings.REFERRAL_FEEDBACK_DAYS = 7
    referral = case["referral"]
    referral.accept(by=case["recipient"])
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP)
    referral.post_message(by=case["sender"], organisation=case["sending"], body="Dank je")
    Referral.objects.filter(pk=referral.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=8)
    )
    referral.refresh_from_db()
    assert referral.message_refusal() == MessageRefusal.FEEDBACK_PERIOD_OVER


def test_the_migration_ends_the_purpose_of_referrals_that_had_ended_already(case, settings):
    """Referrals that ended before access followed the purpose: their consent stops giving
    access as if the verb had ended it then (in set-based statements, for any number)."""
    migration = importlib.import_module(
        "referrals.migrations.0004_category_notes_and_ended_purposes"
    )
    settings.REFERRAL_FEEDBACK_DAYS = 30
    closed_at = timezone.now() - datetime.timedelta(days=3)
    states = {
        "declined": {"answered_at": closed_at},
        "withdrawn": {"closed_at": closed_at},
        "closed": {"closed_at": closed_at, "outcome": Outcome.GOT_HELP},
    }
    finished = {}
    for status, fields in states.items():
        referral = ReferralFactory(status=status, sent_at=closed_at, **fields)
        finished[status] = referral.consent
    still_open = ReferralFactory()  # a draft
    ReferralFactory(consent=finished["declined"], status=ReferralStatus.SENT, sent_at=closed_at)
    migration.end_purposes(django_apps, None)
    for consent in finished.values():
        consent.refresh_from_db()
    assert finished["declined"].purpose_ended_at is None  # another referral on it is open
    assert finished["withdrawn"].purpose_end == PurposeEnd.REFERRAL_WITHDRAWN
    assert finished["closed"].purpose_end == PurposeEnd.CLOSED
    assert finished["closed"].purpose_ended_at == closed_at
    assert finished["closed"].feedback_until == (
        timezone.localdate(closed_at) + datetime.timedelta(days=30)
    )
    still_open.consent.refresh_from_db()
    assert still_open.consent.purpose_ended_at is None
    assert case["referral"].consent.purpose_ended_at is None  # sent, untouched
