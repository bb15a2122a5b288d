"""Over HTTP: a consent period longer than the consent text allows (one year from its start for
the usual text) is refused, next to the end date, on the new-referral form and on the consent
correction; nothing is stored. A text with a longer period allows that period."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from consent.models import Client, ConsentRecord, months_after
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
    ReceivingOrganisationFactory,
    ReferralFactory,
    UserFactory,
)
from tests.referrals.referral_steps import approach, consent, family, refer, start, step

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A professional about to refer to an intervention (as in test_new_referral)."""
    sender = UserFactory()
    MembershipFactory(user=sender)
    ConsentTextFactory()
    return {"intervention": InterventionFactory(), "http": signed_in(sender)}


def latest_valid_until(valid_from: datetime.date) -> datetime.date:
    """The last day under the usual text, which says "one year"."""
    return months_after(valid_from, 12)


def dutch_date(day: datetime.date) -> str:
    with translation.override("nl"):
        return date_format(day)


def query(setting) -> str:
    return f"aanbod={setting['intervention'].slug}&zorgen=nee"


def consent_step(setting, **family_answers) -> str:
    """The address of the consent step, the family and approach answered."""
    url = start(setting["http"], query(setting))
    setting["http"].post(step(url, "gezin"), family(**family_answers))
    setting["http"].post(step(url, "aanpak"), approach())
    return step(url, "toestemming")


def test_the_consent_step_says_how_long_consent_may_count_and_proposes_it(setting):
    page = setting["http"].get(consent_step(setting)).content.decode()
    latest = latest_valid_until(datetime.date.today())
    assert f'max="{latest.isoformat()}"' in page
    assert f'value="{latest.isoformat()}"' in page  # the period prefilled from the text
    assert dutch_date(latest) in page


def test_a_new_referral_with_consent_until_9999_is_refused_next_to_the_end_date(setting):
    data = consent(**{"consent-valid_until": "9999-12-31"})
    response = refer(setting["http"], query(setting), consent_data=data)
    page = response.content.decode()
    assert response.status_code == 200
    error = page.split('id="id_consent-valid_until_error"', 1)[1].split("</div>", 1)[0]
    assert dutch_date(latest_valid_until(datetime.date.today())) in error
    assert 'value="9999-12-31"' in page and "Extra kraamzorg regelen" in page  # as typed
    assert not Client.objects.exists()
    assert not ConsentRecord.objects.exists() and not Referral.objects.exists()


def test_a_new_referral_with_consent_for_exactly_a_year_is_sent(setting):
    last_day = latest_valid_until(datetime.date.today())
    response = refer(
        setting["http"],
        query(setting),
        consent_data=consent(**{"consent-valid_until": last_day.isoformat()}),
    )
    assert response.status_code == 302
    assert ConsentRecord.objects.get().valid_until == last_day


@pytest.fixture
def referral_on_consent():
    """A sent referral resting on consent given 200 days ago, valid until today."""
    sending, receiving = OrganisationFactory(), ReceivingOrganisationFactory()
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


@pytest.mark.parametrize(("months", "years"), [(12, 1), (24, 2)])
def test_the_new_referral_form_allows_up_to_the_texts_period_and_refuses_a_day_more(
    setting, months, years
):
    """The text published last declares the period: one year, or two with a text that says so."""
    ConsentTextFactory(
        version=f"{years}-jaar",
        published_on=datetime.date.today(),
        body=f"Uw toestemming geldt {years} jaar.",
        valid_for_months=months,
    )
    last_day = months_after(datetime.date.today(), months)
    url = consent_step(setting)
    page = setting["http"].get(url).content.decode()
    assert f'max="{last_day.isoformat()}"' in page
    too_long = (last_day + datetime.timedelta(days=1)).isoformat()
    refused = setting["http"].post(url, consent(**{"consent-valid_until": too_long}))
    error = refused.content.decode().split('id="id_consent-valid_until_error"', 1)[1]
    assert dutch_date(last_day) in error.split("</div>", 1)[0]
    assert f'value="{too_long}"' in refused.content.decode()  # kept as typed
    assert not ConsentRecord.objects.exists()
    setting["http"].post(url, consent(**{"consent-valid_until": last_day.isoformat()}))
    accepted = setting["http"].post(step(url, "controleren"), {"send": "1"})
    assert accepted.status_code == 302
    record = ConsentRecord.objects.get()
    assert record.valid_until == last_day and record.consent_text.valid_for_months == months


def test_the_period_is_that_of_the_text_in_the_parents_language(setting):
    """She is shown the text in her own language: its period counts, not the Dutch one's."""
    ConsentTextFactory(
        language="en", body="Your consent counts for two years.", valid_for_months=24
    )
    two_years = months_after(datetime.date.today(), 24)
    english = consent(
        **{"consent-consent_language": "en", "consent-valid_until": two_years.isoformat()}
    )
    response = refer(
        setting["http"],
        query(setting),
        family_data=family(**{"client-preferred_language": "en"}),
        consent_data=english,
    )
    assert response.status_code == 302
    record = ConsentRecord.objects.get()
    assert record.consent_text.language == "en" and record.valid_until == two_years
    dutch = refer(
        setting["http"],
        query(setting),
        family_data=family(**{"client-full_name": "Nina Nederlands"}),
        consent_data=consent(**{"consent-valid_until": two_years.isoformat()}),
    )
    assert dutch.status_code == 200
    assert ConsentRecord.objects.count() == 1
