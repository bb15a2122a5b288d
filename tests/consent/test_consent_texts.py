"""The consent text in every language the portal ships: reference data with a fingerprint, a
translation status that says who (if anyone) checked it, the right direction, and "not yet
translated" for a language without one."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps as django_apps
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from consent.models import PARENT_LANGUAGES, Client, ConsentText, TranslationStatus
from consent.reference_data import consent_text_bodies, sha256_of
from organisations.models import Language
from tests.conftest import signed_in
from tests.factories import ConsentRecordFactory, ConsentTextFactory

SHIPPED = {"nl", "en", "ar", "tr", "pl", "ti", "so", "uk"}
NEEDS_CHECK_NOTICE = (
    "This translation has not yet been checked by a qualified translator; read the Dutch text "
    "with the parent when in doubt."
)

migration = importlib.import_module("consent.migrations.0009_consent_texts_in_more_languages")


def shipped_texts() -> dict[str, ConsentText]:
    return {text.language: text for text in ConsentText.objects.filter(version="2026-1")}


def test_every_language_has_a_text_with_its_pinned_fingerprint(db):
    texts = shipped_texts()
    assert set(texts) == SHIPPED
    files = consent_text_bodies("2026-1")
    for language, text in texts.items():
        assert text.body == files[language]
        assert text.sha256 == sha256_of(files[language]) == migration.PINNED[language][0]
        assert text.valid_for_months == 12
    assert len({text.sha256 for text in texts.values()}) == len(SHIPPED), "one text per language"


def test_only_the_dutch_text_is_the_original_and_every_translation_needs_a_check(db):
    statuses = {language: text.translation_status for language, text in shipped_texts().items()}
    assert statuses.pop("nl") == TranslationStatus.ORIGINAL
    assert set(statuses.values()) == {TranslationStatus.NEEDS_CHECK}
    assert all(text.needs_check for text in shipped_texts().values() if text.language != "nl")


def test_every_translation_has_the_sections_of_the_dutch_text(db):
    """A cheap guard on faithfulness: each text has as many sections as the Dutch one."""
    texts = shipped_texts()
    sections = len(texts["nl"].body.strip().split("\n\n"))
    for language, text in texts.items():
        assert len(text.body.strip().split("\n\n")) == sections, language


def test_the_data_migration_is_idempotent_and_keeps_a_text_a_parent_agreed_to(db):
    before = {t.pk: (t.language, t.sha256) for t in ConsentText.objects.all()}
    migration.load(django_apps, None)
    migration.load(django_apps, None)
    assert {t.pk: (t.language, t.sha256) for t in ConsentText.objects.all()} == before

    agreed = shipped_texts()["ar"]
    ConsentRecordFactory(consent_text=agreed)
    migration.unload(django_apps, None)
    assert set(ConsentText.objects.filter(version="2026-1").values_list("pk", flat=True)) == {
        agreed.pk
    }, "going back removes the texts nobody agreed to, and keeps the proof"

    migration.load(django_apps, None)
    assert set(shipped_texts()) == SHIPPED
    assert shipped_texts()["ar"].pk == agreed.pk


def test_a_changed_text_file_stops_the_migration(db, monkeypatch):
    monkeypatch.setitem(migration.PINNED, "tr", ("0" * 64, "2026-12-03"))
    with pytest.raises(RuntimeError, match="never changed"):
        migration.load(django_apps, None)


def test_arabic_is_right_to_left_and_the_others_left_to_right(db):
    texts = shipped_texts()
    assert texts["ar"].direction == "rtl"
    assert {texts[code].direction for code in SHIPPED - {"ar"}} == {"ltr"}


def test_a_language_without_a_text_reports_none(db):
    languages = ConsentText.objects.for_parent_languages()
    assert [language.code for language in languages] == [code for code, _ in PARENT_LANGUAGES]
    by_code = {language.code: language for language in languages}
    for code in ("es", "pap"):
        assert by_code[code].text is None and not by_code[code].is_translated
    for code in SHIPPED:
        assert by_code[code].text == shipped_texts()[code]
    assert by_code["ar"].direction == "rtl"
    assert by_code["tr"].local_name == "Türkçe" and by_code["ti"].local_name == "ትግርኛ"
    assert all(language.local_name for language in languages)
    assert ConsentText.objects.latest_per_language().keys() == SHIPPED


def test_the_latest_text_per_language_is_the_newest_published_one(db):
    newer = ConsentTextFactory(version="2027-1", language="tr", body="Yeni metin.")
    ConsentTextFactory(
        version="2028-1",
        language="tr",
        body="Gelecek metin.",
        published_on=timezone.localdate() + datetime.timedelta(days=30),
    )
    assert ConsentText.objects.latest_per_language()["tr"] == newer


def test_every_parent_language_is_a_language_of_the_directory(db):
    codes = {code for code, _ in PARENT_LANGUAGES}
    assert codes <= set(Language.objects.values_list("slug", flat=True))
    assert dict(Client._meta.get_field("preferred_language").choices).keys() == codes


def test_a_checked_translation_names_its_translator_and_day(db):
    text = shipped_texts()["pl"]
    with transaction.atomic(), pytest.raises(IntegrityError):
        ConsentText.objects.filter(pk=text.pk).update(translation_status=TranslationStatus.CHECKED)
    ConsentText.objects.filter(pk=text.pk).update(
        translation_status=TranslationStatus.CHECKED,
        translation_checked_by="A. Tłumacz",
        translation_checked_on=datetime.date(2026, 12, 10),
    )
    text.refresh_from_db()
    assert not text.needs_check


def test_the_admin_shows_which_translations_need_a_check(db, coordinator):
    coordinator.is_superuser = True
    coordinator.save()
    page = signed_in(coordinator).get(reverse("admin:consent_consenttext_changelist"))
    html = page.content.decode()
    assert page.status_code == 200
    assert str(TranslationStatus.NEEDS_CHECK.label) in html
    filtered = signed_in(coordinator).get(
        reverse("admin:consent_consenttext_changelist"), {"translation_status": "needs_check"}
    )
    assert filtered.context["cl"].result_count == len(SHIPPED) - 1


def test_the_form_shows_the_needs_check_notice_with_an_unchecked_translation(db):
    """The shared partial, as the referral form and the receipt include it."""
    from django.template.loader import render_to_string

    texts = shipped_texts()
    arabic = render_to_string(
        "consent/includes/consent_text.html", {"text": texts["ar"], "with_original": True}
    )
    assert 'lang="ar" dir="rtl"' in arabic
    assert gettext(NEEDS_CHECK_NOTICE) in arabic
    assert texts["nl"].body.splitlines()[0] in arabic, "the Dutch original to read with her"
    dutch = render_to_string("consent/includes/consent_text.html", {"text": texts["nl"]})
    assert 'lang="nl" dir="ltr"' in dutch
    assert gettext(NEEDS_CHECK_NOTICE) not in dutch


def test_the_admin_records_a_translators_check_but_never_changes_the_text(db, coordinator):
    coordinator.is_superuser = True
    coordinator.save()
    http = signed_in(coordinator)
    text = shipped_texts()["uk"]
    url = reverse("admin:consent_consenttext_change", args=[text.pk])
    assert http.get(url).status_code == 200
    data = {"published_on": text.published_on.isoformat(), "translation_status": "checked"}
    incomplete = http.post(url, data)
    assert incomplete.status_code == 200, "a check without a translator is refused"
    text.refresh_from_db()
    assert text.needs_check
    done = http.post(
        url,
        {
            **data,
            "translation_checked_by": "O. Perekladach",
            "translation_checked_on": "2026-12-10",
            "body": "Changed text",
        },
    )
    assert done.status_code == 302
    text.refresh_from_db()
    assert text.translation_status == TranslationStatus.CHECKED
    assert text.body == consent_text_bodies("2026-1")["uk"], "the text itself is read-only"
