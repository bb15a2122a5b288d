"""The consent text of version 2026-1 in Dutch (the original), English, Arabic, Turkish,
Polish, Tigrinya, Somali and Ukrainian, as reference data (consent/reference_data/).

Idempotent: a text that exists already (version and language) is left as it is, since it may
have been shown to a parent; the demo's Dutch and English 2026-1 texts are these same files.
Existing Dutch texts are marked as the original, every other existing text as needing a check.

Reversible as far as proof allows: going back removes the texts this migration loaded that no
consent record refers to; a text a parent agreed to stays (its records protect it).
"""

import contextlib
import datetime

from django.db import migrations
from django.db.models import ProtectedError

VERSION = "2026-1"
MONTHS = 12  # every 2026-1 text says one year
# The fingerprint of each file as reviewed: a changed file stops the migration, because a
# published version is never rewritten (a correction is a new version).
PINNED = {
    "nl": ("ef91e05553652cd1f41ffa1f4da1bdd4a0b5c04c4cee4fd4e7ad97056d92aec1", "2026-01-05"),
    "en": ("862f9e97dbb88f4ba51db32577798fe13aa8025ca75e6ce4ed2834c6a93b6464", "2026-01-05"),
    "ar": ("8a802424bc78fddb7c829694cbbd72e9dfd63f62aa63a3156fa027884d32dd72", "2026-12-03"),
    "tr": ("598a7d4cb8e15c7970c2af863b318909587ad83eafda614ad4fb1c08d2bb57ee", "2026-12-03"),
    "pl": ("285627dba968c62105eb729a11841591b9823988d85accfa51aa4423d8d6e9a5", "2026-12-03"),
    "ti": ("4fd1ee894689da9d407c515ebeaa1ba0c87a7ddf92906e332b124db98d465e9e", "2026-12-03"),
    "so": ("ad7e44ec6f2fe8fb9cb9d88dd187e2cb55efe2ca64b5aaa0fb343e660b78bcc5", "2026-12-03"),
    "uk": ("56e950624715009eaf0b102c39744a96387baa19943e1edd68319c926335daf7", "2026-12-03"),
}


def pinned_bodies() -> dict[str, str]:
    from consent.reference_data import consent_text_body, sha256_of

    bodies = {}
    for language, (sha256, _published) in PINNED.items():
        body = consent_text_body(VERSION, language)
        if sha256_of(body) != sha256:
            raise RuntimeError(
                f"consent_texts/{VERSION}/{language}.txt differs from the text this migration "
                "loads: a published consent text is never changed; add a new version instead."
            )
        bodies[language] = body
    return bodies


def load(apps, schema_editor):
    ConsentText = apps.get_model("consent", "ConsentText")
    ConsentText.objects.filter(language="nl").update(translation_status="original")
    today = datetime.date.today()
    for language, body in pinned_bodies().items():
        published = datetime.date.fromisoformat(PINNED[language][1])
        ConsentText.objects.get_or_create(
            version=VERSION,
            language=language,
            defaults={
                "body": body,
                "valid_for_months": MONTHS,
                # A database whose clock is behind still shows the texts.
                "published_on": min(published, today),
                "translation_status": "original" if language == "nl" else "needs_check",
            },
        )


def unload(apps, schema_editor):
    ConsentText = apps.get_model("consent", "ConsentText")
    for language, body in pinned_bodies().items():
        for text in ConsentText.objects.filter(version=VERSION, language=language, body=body):
            with contextlib.suppress(ProtectedError):  # a parent agreed to it: proof stays
                text.delete()


class Migration(migrations.Migration):
    dependencies = [("consent", "0008_consent_text_translations")]

    operations = [migrations.RunPython(load, unload)]
