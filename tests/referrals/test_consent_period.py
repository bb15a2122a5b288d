"""Over HTTP: a consent period longer than the consent text allows (one year from its start) is
refused, next to the end date, on the new-referral form and on the consent correction; nothing
is stored."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from consent.models import Client, ConsentRecord, latest_valid_until
from referrals.actions import send_referral
from referrals.models import EventKind, Referral
from tests.conftest import signed_in
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ConsentTextFactory,
    InterventionFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)
from tests.referrals.test_new_referral import form_data, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A professional about to refer to an intervention (as in test_new_referral)."""
    sender = UserFactory()
    MembershipFactory(user=sender)
    ConsentTextFactory()
    return {"intervention": InterventionFactory(), "http": signed_in(sender)}


def dutch_date(day: datetime.date) -> str:
    with translation.override("nl"):
        return date_format(day)


def test_the_new_referral_form_says_how_long_consent_may_count(setting):
    page = setting["http"].get(url(setting)).content.decode()
    latest = latest_valid_until(datetime.date.today())
    assert f'max="{latest.isoformat()}"' in page
    assert dutch_date(latest) in page


def test_a_new_referral_with_consent_until_9999_is_refused_next_to_the_end_date(setting):
    data = form_data(**{"consent-valid_until": "9999-12-31"})
    response = setting["http"].post(url(setting), data)
    page = response.content.decode()
    assert response.status_code == 200
    error = page.split('id="id_consent-valid_until_error"', 1)[1].split("</div>", 1)[0]
    assert dutch_date(latest_valid_until(datetime.date.today())) in error
    assert "Fenna Fictief" in page and "Eerste kind, weinig steun" in page  # kept as typed
    assert not Client.objects.exists()
    assert not ConsentRecord.objects.exists() and not Referral.objects.exists()


def test_a_new_referral_with_consent_for_exactly_a_year_is_sent(setting):
    last_day = latest_valid_until(datetime.date.today())
    response = setting["http"].post(
        url(setting), form_data(**{"consent-valid_until": last_day.isoformat()})
    )
    assert response.status_code == 302
    assert ConsentRecord.objects.get().valid_until == last_day


@pytest.fixture
def referral_on_consent():
    """A sent referral resting on consent given 200 days ago, valid until today."""
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    sender = UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    client = ClientFactory(organisation=sending, registered_by=sender)
    today = timezone.localdate()
    consent = ConsentRecordFactory(
        client=client,
        recorded_by=sender,
        recipient_organisation=receiving,
        valid_from=today - datetime.timedelta(days=200),
        valid_until=today,
    )
    referral = ReferralFactory(consent=consent)
    send_referral(referral, by=sender)
    return referral, consent, signed_in(sender)


def correction_data(consent: ConsentRecord, valid_until: datetime.date) -> dict:
    return {
        "correction-given_by_name": consent.given_by_name,
        "correction-relation": consent.relation,
        "correction-method": consent.method,
        "correction-parent_present": "on",
        "correction-purpose": consent.purpose,
        "correction-categories": consent.categories,
        "correction-valid_until": valid_until.isoformat(),
        "correction-text_shown": "on",
    }


@pytest.mark.parametrize(
    "valid_until",
    [
        datetime.date(9999, 12, 31),
        # Within a year of today, but not of the day she gave her consent.
        timezone.localdate() + datetime.timedelta(days=200),
    ],
    ids=["9999", "a-year-from-today"],
)
def test_a_correction_that_stretches_the_period_is_refused_with_the_last_day(
    referral_on_consent, valid_until
):
    referral, consent, http = referral_on_consent
    correct = reverse("referrals:correct_consent", args=[referral.pk])
    response = http.post(correct, correction_data(consent, valid_until), follow=True)
    assert response.status_code == 200
    shown = [str(message) for message in response.context["messages"]]
    last_day = dutch_date(latest_valid_until(consent.valid_from))
    assert any(last_day in message for message in shown), shown
    assert list(ConsentRecord.objects.all()) == [consent]
    referral.refresh_from_db()
    assert referral.consent == consent
    assert not referral.events.filter(kind=EventKind.CONSENT_CORRECTED).exists()


def test_the_correction_form_offers_the_year_from_the_consents_start(referral_on_consent):
    referral, consent, http = referral_on_consent
    page = http.get(referral.get_absolute_url()).content.decode()
    last_day = latest_valid_until(consent.valid_from)
    assert f'max="{last_day.isoformat()}"' in page and dutch_date(last_day) in page


def test_a_correction_within_the_year_from_the_start_is_recorded(referral_on_consent):
    referral, consent, http = referral_on_consent
    last_day = latest_valid_until(consent.valid_from)
    correct = reverse("referrals:correct_consent", args=[referral.pk])
    assert http.post(correct, correction_data(consent, last_day)).status_code == 302
    referral.refresh_from_db()
    assert referral.consent.supersedes == consent and referral.consent.valid_until == last_day
