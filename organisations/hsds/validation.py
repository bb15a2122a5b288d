"""Validation against the vendored HSDS 3.1 JSON schemas, offline.

Every `spec/schema/*.json` is registered under one base address, because the schemas refer to
each other by file name; `uri`, `uuid` and `date` formats are checked (jsonschema's
`format-nongpl` extra checks `uri`).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "spec" / "schema"
BASE = "https://hsds.local/3.1/"

# The entities a record can be validated as: the schema file names without ".json".
ENTITIES = frozenset(path.stem for path in SCHEMA_DIR.glob("*.json") if path.stem != "openapi")


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        if path.stem == "openapi":
            continue
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append(
            (BASE + path.name, Resource.from_contents(contents, default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


@cache
def validator(entity: str) -> Draft202012Validator:
    """A validator for one HSDS entity ("service", "organization", "taxonomy_term", …)."""
    if entity not in ENTITIES:
        raise ValueError(f"HSDS 3.1 has no entity {entity!r}")
    return Draft202012Validator(
        {"$ref": BASE + entity + ".json"}, registry=_registry(), format_checker=FormatChecker()
    )


def errors(entity: str, record: object) -> list[ValidationError]:
    """Everything that makes `record` an invalid HSDS `entity`, in document order (empty: valid)."""
    return sorted(validator(entity).iter_errors(record), key=lambda error: list(error.path))


def describe(error: ValidationError) -> str:
    """Where in the record an error is and what it is, for a report ("phones/0/number: …")."""
    where = "/".join(str(part) for part in error.absolute_path) or "(record)"
    return f"{where}: {error.message}"
