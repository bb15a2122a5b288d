"""Consent counts for at most the period its text tells the parent (one year for the usual text)
from its start: whatever path records it (a new record or a correction), a longer period is
refused and nothing is stored. A longer period needs a text that says so."""

import datetime
import importlib

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format

from consent.models import ConsentRecord, ConsentStatus, months_after
from tests.factories import ConsentRecordFactory, ConsentTextFactory

pytestmark = pytest.mark.django_db

START = datetime.date(2026, 3, 10)


def latest_valid_until(valid_from: datetime.date) -> datetime.date:
    """The last day under the usual (one-year) text."""
    return ConsentTextFactory().latest_valid_until(valid_from)


def test_one_year_on_is_the_last_day_and_29_february_ends_on_the_28th():
    assert latest_valid_until(START) == datetime.date(2027, 3, 10)
    assert latest_valid_until(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)


def test_months_on_end_on_the_last_day_of_a_shorter_month():
    assert months_after(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert months_after(datetime.date(2026, 8, 31), 18) == datetime.date(2028, 2, 29)
    assert months_after(datetime.date(2026, 12, 15), 24) == datetime.date(2028, 12, 15)


def test_consent_may_count_for_exactly_one_year():
    record = ConsentRecordFactory(valid_from=START, valid_until=datetime.date(2027, 3, 10))
    assert ConsentRecord.objects.get() == record


@pytest.mark.parametrize(
    ("valid_from", "valid_until"),
    [
        (START, datetime.date(2027, 3, 11)),
        (START, datetime.date(9999, 12, 31)),
        (datetime.date(2028, 2, 29), datetime.date(2029, 3, 1)),
    ],
)
def test_a_longer_period_is_refused_at_the_end_date_and_nothing_is_stored(valid_from, valid_until):
    with pytest.raises(ValidationError) as error:
        ConsentRecordFactory(valid_from=valid_from, valid_until=valid_until)
    assert list(error.value.message_dict) == ["valid_until"]
    assert not ConsentRecord.objects.exists()


def test_the_message_names_the_last_day_allowed():
    with translation.override("nl"), pytest.raises(ValidationError) as error:
        ConsentRecordFactory(valid_from=START, valid_until=datetime.date(9999, 12, 31))
    (message,) = error.value.message_dict["valid_until"]
    assert "10 maart 2027" in message


def test_a_correction_cannot_stretch_the_period_beyond_a_year_from_the_start():
    """A correction keeps the original start: a year from the day of the correction would
    stretch consent the parent gave long ago."""
    today = timezone.localdate()
    started = today - datetime.timedelta(days=200)
    record = ConsentRecordFactory(valid_from=started, valid_until=today)
    for valid_until in (datetime.date(9999, 12, 31), today + datetime.timedelta(days=200)):
        with pytest.raises(ValidationError) as error:
            record.correct(valid_until=valid_until)
        assert "valid_until" in error.value.message_dict
    assert list(ConsentRecord.objects.all()) == [record]
    record.refresh_from_db()
    assert record.status == ConsentStatus.ACTIVE
    correction = record.correct(valid_until=latest_valid_until(started))
    assert correction.supersedes == record and correction.valid_from == started


@pytest.fixture
def two_year_text():
    return ConsentTextFactory(
        version="2026-2", body="Uw toestemming geldt twee jaar.", valid_for_months=24
    )


def test_a_text_with_a_two_year_period_allows_two_years_and_not_a_day_more(two_year_text):
    with pytest.raises(ValidationError) as error:
        ConsentRecordFactory(
            consent_text=two_year_text, valid_from=START, valid_until=datetime.date(2028, 3, 11)
        )
    assert list(error.value.message_dict) == ["valid_until"]
    record = ConsentRecordFactory(
        consent_text=two_year_text, valid_from=START, valid_until=datetime.date(2028, 3, 10)
    )
    assert record.valid_until == two_year_text.latest_valid_until(START)


def test_the_usual_text_refuses_what_the_two_year_text_allows(two_year_text):
    with pytest.raises(ValidationError):
        ConsentRecordFactory(valid_from=START, valid_until=datetime.date(2028, 3, 10))
    assert not ConsentRecord.objects.exists()


def test_a_short_text_limits_the_period_and_the_message_says_its_period():
    text = ConsentTextFactory(version="kort", valid_for_months=6)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        ConsentRecordFactory(
            consent_text=text, valid_from=START, valid_until=datetime.date(2026, 9, 11)
        )
    with translation.override("en"):
        (message,) = error.value.message_dict["valid_until"]
        assert "6 months" in message and date_format(datetime.date(2026, 9, 10)) in message


def test_a_text_declares_a_period_of_at_least_a_month():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        ConsentTextFactory(version="leeg", valid_for_months=0)


def test_the_data_migration_reads_the_period_the_text_names():
    migration = importlib.import_module("consent.migrations.0007_consent_text_period")
    named = migration.months_named_in
    assert named("Hoe lang?\nUw toestemming geldt één jaar. Daarna vragen we het opnieuw.") == 12
    assert named("Your consent counts for one year.") == 12
    assert named("Uw toestemming geldt twee jaar.") == 24
    assert named("Consent counts for 18 months.") == 18
    assert named("Ik geef toestemming.") is None  # the migration then keeps the year it had
