"""Reference data of the consent app: the consent texts the portal ships.

`consent_texts/<version>/<language>.txt` is the exact text a parent is shown, in UTF-8 (one file
per language; Dutch is the original, the others translate it). A published text is never
changed: its fingerprint (sha256) is the proof of what the parent agreed to. A new or corrected
text is a new version directory, loaded by a new data migration that pins each file's sha256
(see consent/migrations/0009_consent_texts_in_more_languages.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

CONSENT_TEXTS_DIR = Path(__file__).resolve().parent / "consent_texts"


def consent_text_body(version: str, language: str) -> str:
    """The text of `version` in `language`, exactly as stored."""
    return (CONSENT_TEXTS_DIR / version / f"{language}.txt").read_text(encoding="utf-8")


def consent_text_bodies(version: str) -> dict[str, str]:
    """Every language's text of `version`: {language code: text}."""
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in sorted((CONSENT_TEXTS_DIR / version).glob("*.txt"))
    }


def sha256_of(body: str) -> str:
    """The fingerprint ConsentText.sha256 computes, for checking a file before loading it."""
    return hashlib.sha256(body.encode()).hexdigest()
