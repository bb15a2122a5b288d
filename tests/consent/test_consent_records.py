"""Consent records: demonstrable, never edited, corrected by superseding, withdrawn at once."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from consent.models import (
    ConsentError,
    ConsentMethod,
    ConsentRecord,
    ConsentStatus,
    DataCategory,
    Relation,
)
from tests.factories import ClientFactory, ConsentRecordFactory, ConsentTextFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_record_keeps_the_fingerprint_of_the_text_the_parent_saw():
    record = ConsentRecordFactory()
    assert record.consent_text_sha256 == record.consent_text.sha256
    assert len(record.consent_text_sha256) == 64
    english = ConsentTextFactory(language="en", body="I agree to share these details.")
    assert english.sha256 != record.consent_text.sha256


def test_a_record_is_never_edited_nor_deleted():
    record = ConsentRecordFactory()
    record.purpose = "Iets anders"
    with pytest.raises(ConsentError):
        record.save()
    with pytest.raises(ConsentError):
        record.delete()
    assert ConsentRecord.objects.get(pk=record.pk).purpose != "Iets anders"


def test_a_correction_supersedes_the_old_record():
    record = ConsentRecordFactory()
    correction = record.correct(categories=[DataCategory.CONTACT_DETAILS])
    assert correction.pk != record.pk and correction.supersedes == record
    record.refresh_from_db()
    assert record.status == ConsentStatus.SUPERSEDED
    assert correction.status == ConsentStatus.ACTIVE
    assert list(ConsentRecord.objects.in_force()) == [correction]
    with pytest.raises(ConsentError):
        record.correct(purpose="Nog een keer")


def test_withdrawal_is_recorded_and_takes_effect_at_once():
    record = ConsentRecordFactory()
    officer = UserFactory()
    record.withdraw(by=officer, channel=ConsentMethod.PHONE, reason="Wil het zelf regelen")
    stored = ConsentRecord.objects.get(pk=record.pk)
    assert stored.status == ConsentStatus.WITHDRAWN
    assert stored.withdrawn_by == officer and stored.withdrawal_channel == ConsentMethod.PHONE
    assert stored.withdrawal_reason == "Wil het zelf regelen"
    assert not ConsentRecord.objects.in_force().exists()
    with pytest.raises(ConsentError):
        stored.withdraw(by=officer, channel=ConsentMethod.PHONE)


def test_expired_consent_no_longer_counts():
    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    record = ConsentRecordFactory(
        valid_from=long_ago, valid_until=long_ago + datetime.timedelta(days=30)
    )
    assert record.status == ConsentStatus.EXPIRED
    assert not ConsentRecord.objects.in_force().exists()
    assert ConsentRecord.objects.in_force(long_ago).get() == record


def test_a_parent_under_16_needs_a_parent_or_guardian():
    today = timezone.localdate()
    young = ClientFactory(date_of_birth=today.replace(year=today.year - 15))
    with pytest.raises(ValidationError) as error:
        ConsentRecordFactory(client=young, relation=Relation.SELF)
    assert "relation" in error.value.message_dict
    record = ConsentRecordFactory(client=young, relation=Relation.GUARDIAN, given_by_name="Voogd")
    assert record.status == ConsentStatus.ACTIVE


def test_categories_must_be_known_and_present():
    for categories in ([], ["bsn"]):
        with pytest.raises(ValidationError) as error:
            ConsentRecordFactory(categories=categories)
        assert "categories" in error.value.message_dict
    assert not ConsentRecord.objects.exists()


def test_the_database_refuses_inverted_validity_and_half_withdrawals():
    record = ConsentRecordFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentRecord.objects.filter(pk=record.pk).update(
            valid_until=record.valid_from - datetime.timedelta(days=1)
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentRecord.objects.filter(pk=record.pk).update(withdrawn_at=timezone.now())
