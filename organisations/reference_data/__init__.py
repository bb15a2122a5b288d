"""Reference data every database needs: the taxonomies and the municipalities (and the postcodes,
which `organisations/places.py` reads from `postcodes.csv` without the database).

The files beside this module are their one source (see README.md there): `taxonomies.yaml` and
`municipalities.csv`. `load_reference_data(apps)` puts them in the database; migration
`0008_reference_data` calls it with the historical models, `manage.py load_demo` and the
national-scale generator with the current ones (`django.apps.apps`). So this module imports no
models: a migration may import it whatever the models look like later.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.apps.registry import Apps
from django.db import DEFAULT_DB_ALIAS

from rokportal.bulk import batch_size

HERE = Path(__file__).resolve().parent
TAXONOMIES_FILE = HERE / "taxonomies.yaml"
MUNICIPALITIES_FILE = HERE / "municipalities.csv"

# The section of taxonomies.yaml for each term model, in the order they are loaded.
TAXONOMY_MODELS = {
    "life_phases": "LifePhase",
    "care_phases": "CarePhase",
    "themes": "Theme",
    "delivery_formats": "DeliveryFormat",
    "languages": "Language",
}
TERM_FIELDS = ("name", "name_en", "plain_name", "search_terms")
# Terms are numbered 10, 20, 30 … in file order, leaving room for terms added in between.
POSITION_STEP = 10

# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class MunicipalityRow:
    cbs_code: str
    name: str
    slug: str
    province: str


def read_yaml(path: Path) -> Any:
    """A YAML data file, with plain types only (no Python objects)."""
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=YAML_LOADER)


def read_taxonomies() -> dict[str, list[dict[str, str]]]:
    """Each taxonomy's terms (slug, name, name_en, plain_name, search_terms), in file order."""
    data = read_yaml(TAXONOMIES_FILE)
    if set(data) != set(TAXONOMY_MODELS):
        raise ValueError(f"{TAXONOMIES_FILE.name}: expected the sections {list(TAXONOMY_MODELS)}")
    return data


def read_municipalities() -> list[MunicipalityRow]:
    """Every municipality in the file, in file order."""
    with MUNICIPALITIES_FILE.open(encoding="utf-8", newline="") as file:
        lines = [line for line in file if not line.startswith("#")]
    return [MunicipalityRow(**row) for row in csv.DictReader(lines)]


def load_reference_data(apps: Apps, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Create the terms and municipalities that are missing and update those that differ from
    the files; delete nothing. Returns how many rows were created and updated."""
    counts = load_terms(apps, using)
    for key, value in load_municipalities(apps, using).items():
        counts[key] += value
    return counts


def load_terms(apps: Apps, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """The taxonomies' terms, found by slug. A term's active flag is left as it is: a
    coordinator may have retired it."""
    counts = {"created": 0, "updated": 0}
    for section, rows in read_taxonomies().items():
        model = apps.get_model("organisations", TAXONOMY_MODELS[section])
        wanted = {
            row["slug"]: {
                **{field: row.get(field) or "" for field in TERM_FIELDS},
                "position": (number + 1) * POSITION_STEP,
            }
            for number, row in enumerate(rows)
        }
        for key, value in upsert(model, "slug", wanted, using).items():
            counts[key] += value
    return counts


def load_municipalities(apps: Apps, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """The municipalities, found by CBS code."""
    model = apps.get_model("organisations", "Municipality")
    wanted = {row.cbs_code: {"name": row.name, "slug": row.slug} for row in read_municipalities()}
    taken = dict(model._default_manager.using(using).values_list("slug", "cbs_code"))
    for code, values in wanted.items():
        holder = taken.get(values["slug"], code)
        if holder != code and holder not in wanted:
            # The unique slug would refuse the row anyway; say which row stands in the way.
            raise ValueError(
                f"Municipality {code}: its slug {values['slug']!r} belongs to {holder} already"
            )
    return upsert(model, "cbs_code", wanted, using)


def upsert(model, key: str, wanted: dict[str, dict[str, Any]], using: str) -> dict[str, int]:
    """update_or_create for every row of `wanted` (by `key`), in a fixed number of queries plus
    one per changed row: an unchanged row is not saved again."""
    manager = model._default_manager.using(using)
    existing = manager.in_bulk(list(wanted), field_name=key)
    new = [
        model(**{key: value}, **values) for value, values in wanted.items() if value not in existing
    ]
    manager.bulk_create(new, batch_size=batch_size(model))
    updated = 0
    for value, instance in existing.items():
        changed = [
            field
            for field, new_value in wanted[value].items()
            if getattr(instance, field) != new_value
        ]
        if changed:
            for field in changed:
                setattr(instance, field, wanted[value][field])
            instance.save(using=using, update_fields=changed)
            updated += 1
    return {"created": len(new), "updated": updated}
