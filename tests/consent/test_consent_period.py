"""Consent counts for at most one year from its start, as the consent text tells the parent:
whatever path records it (a new record or a correction), a longer period is refused and nothing
is stored."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from consent.models import ConsentRecord, ConsentStatus, latest_valid_until
from tests.factories import ConsentRecordFactory

pytestmark = pytest.mark.django_db

START = datetime.date(2026, 3, 10)


def test_one_year_on_is_the_last_day_and_29_february_ends_on_the_28th():
    assert latest_valid_until(START) == datetime.date(2027, 3, 10)
    assert latest_valid_until(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)


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
