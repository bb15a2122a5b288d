"""Every user-facing string is translated in both catalogues, and the catalogues are current."""

import shutil
from pathlib import Path

import pytest
from babel.messages import pofile
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["nl", "en"]
COPY_IGNORE = [".*", "staticfiles", "node_modules", "build", "vendor", "tests", "*.mo", "*.sqlite3"]


def untranslated(po_path: Path) -> list[str]:
    with po_path.open("rb") as handle:
        catalog = pofile.read_po(handle)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(str(message.id))
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_complete(language):
    assert untranslated(LOCALE / language / "LC_MESSAGES" / "django.po") == []


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path, settings, monkeypatch):
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        pytest.skip("needs GNU gettext (apt-get install gettext); CI installs it")
    # makemessages writes next to the sources, so extract from a copy of the project.
    project = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, project, ignore=shutil.ignore_patterns(*COPY_IGNORE))
    settings.LOCALE_PATHS = [project / "locale"]
    monkeypatch.chdir(project)
    call_command("makemessages", locale=LANGUAGES, no_obsolete=True, verbosity=0)
    for language in LANGUAGES:
        missing = untranslated(project / "locale" / language / "LC_MESSAGES" / "django.po")
        assert missing == [], f"{language}: run `make messages` and translate: {missing[:10]}"
