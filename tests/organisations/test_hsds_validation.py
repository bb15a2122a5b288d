"""The vendored HSDS 3.1 schemas work offline: the examples pass, broken records do not."""

import json
from pathlib import Path

import pytest

from organisations.hsds import validation

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "hsds-3.1" / "examples"


@pytest.mark.parametrize(
    ("example", "entity"),
    [
        ("service_full", "service"),
        ("organization_full", "organization"),
        ("location", "location"),
        ("service_at_location_full", "service_at_location"),
        ("taxonomy", "taxonomy"),
        ("taxonomy_term", "taxonomy_term"),
    ],
)
def test_the_specifications_examples_are_valid(example, entity):
    record = json.loads((EXAMPLES / f"{example}.json").read_text())
    assert validation.errors(entity, record) == []


def test_a_broken_record_is_reported_field_by_field():
    record = json.loads((EXAMPLES / "service_full.json").read_text())
    record["id"] = "not-a-uuid"
    record["url"] = "no address"
    del record["name"]

    described = [validation.describe(error) for error in validation.errors("service", record)]

    assert "id: 'not-a-uuid' is not a 'uuid'" in described
    assert "url: 'no address' is not a 'uri'" in described
    assert "(record): 'name' is a required property" in described


def test_an_unknown_entity_is_refused():
    with pytest.raises(ValueError, match="no entity 'servicez'"):
        validation.validator("servicez")
