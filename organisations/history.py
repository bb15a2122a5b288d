"""The change history of an organisation's entry, read from django-simple-history's records.

Every save of an organisation, location, intervention or contact person writes a historical
record (see DirectoryHistory in models.py). Here those records become readable changes — who,
when, which field, before and after — and a coordinator can restore an earlier version.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils.translation import gettext as _
from simple_history.utils import get_m2m_reverse_field_name

from .models import ContactPerson, Intervention, Location, Organisation, one_history_record

TRACKED = {
    "organisation": Organisation,
    "location": Location,
    "intervention": Intervention,
    "contact": ContactPerson,
}
# Kept as they are when an earlier version is restored: a restore changes the content, not the
# record of who checked the entry when.
NOT_RESTORED = {"verified_at", "verified_by", "created_at", "updated_at"}
MAX_CHANGES = 100


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class Change:
    kind: str
    record: models.Model
    entry_name: str
    date: datetime.datetime
    user: object
    created: bool
    changes: list = field(default_factory=list)  # RawChange, then FieldChange


def organisation_history(organisation: Organisation, limit: int = MAX_CHANGES) -> list[Change]:
    """The latest changes to the organisation and its locations, offers and contact persons,
    newest first; in a fixed number of queries however long the history is."""
    found: list[Change] = []
    for kind, model in TRACKED.items():
        records = model.history.select_related("history_user").order_by("id", "history_date")
        if model is Organisation:
            records = records.filter(id=organisation.pk)
        else:
            records = records.filter(organisation_id=organisation.pk)
        records = list(records)
        found += changes_of(kind, model, records, related_ids(model, records))
    found.sort(key=lambda change: change.date, reverse=True)
    found = found[:limit]
    describe_values(found)
    return found


def changes_of(kind: str, model, records: list, relations: dict) -> list[Change]:
    """Pair each record with the one before it for the same entry, and list what differs."""
    fields = [
        f
        for f in model._meta.concrete_fields
        if f.name not in model._directory_history.excluded_fields
    ]
    changes, previous = [], None
    for record in records:
        if previous is None or previous.id != record.id:
            previous = None
        change = Change(
            kind=kind,
            record=record,
            entry_name=str(getattr(record, "name", record.id)),
            date=record.history_date,
            user=record.history_user,
            created=record.history_type == "+",
        )
        for model_field in fields:
            if model_field.name in {"id", "created_at", "updated_at"}:
                continue
            new = getattr(record, model_field.attname)
            old = getattr(previous, model_field.attname) if previous else None
            if previous is None and new in (None, "", False):
                continue
            if previous is None or old != new:
                change.changes.append(RawChange(model_field, old, new))
        for m2m_field, ids in relations.items():
            new = ids[record.history_id]
            old = ids[previous.history_id] if previous else set()
            if old != new:
                change.changes.append(RawChange(m2m_field, old, new))
        if change.changes:
            changes.append(change)
        previous = record
    return changes


@dataclass
class RawChange:
    """A field's values as stored, until describe_values turns them into words."""

    field: models.Field
    old: object
    new: object


def related_ids(model, records: list) -> dict:
    """Per many-to-many field, the ids it held in each record: {field: {history_id: {ids}}}."""
    tracker = model._directory_history
    relations = {}
    for m2m_field in tracker.get_m2m_fields_from_model(model):
        target = get_m2m_reverse_field_name(m2m_field)
        rows = tracker.m2m_models[m2m_field].objects.filter(history__in=records)
        ids = defaultdict(set)
        for history_id, related_id in rows.values_list("history_id", f"{target}_id"):
            ids[history_id].add(related_id)
        relations[m2m_field] = ids
    return relations


def describe_values(found: list[Change]) -> None:
    """Replace stored values by what a person reads: labels of choices, names of related rows
    (one query per related model)."""
    wanted: dict[type, set] = defaultdict(set)
    for change in found:
        for raw in change.changes:
            target = related_model(raw.field)
            if target:
                wanted[target] |= as_set(raw.old) | as_set(raw.new)
    names = {
        target: {obj.pk: str(obj) for obj in target._default_manager.filter(pk__in=ids)}
        for target, ids in wanted.items()
    }
    for change in found:
        change.changes = [
            FieldChange(
                label=str(raw.field.verbose_name),
                old=describe(raw.field, raw.old, names),
                new=describe(raw.field, raw.new, names),
            )
            for raw in change.changes
        ]


def related_model(model_field):
    if model_field.many_to_many or model_field.many_to_one:
        return model_field.related_model
    return None


def as_set(value) -> set:
    if isinstance(value, set):
        return value
    return set() if value is None else {value}


def describe(model_field, value, names) -> str:
    if value is None or value == "" or value == set():
        return "—"
    target = related_model(model_field)
    if target:
        labels = [names[target].get(pk, f"#{pk}") for pk in as_set(value)]
        return ", ".join(sorted(labels))
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    return str(value)


def find_record(kind: str, history_id: int):
    model = TRACKED.get(kind)
    if model is None:
        return None
    return model.history.filter(history_id=history_id).first()


def restore(record, *, by) -> models.Model:
    """Make the entry look as it did in this record again, as one new change by `by`."""
    model = record.instance_type
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=record.id)
        for model_field in model._meta.concrete_fields:
            if model_field.primary_key or model_field.name in NOT_RESTORED:
                continue
            if model_field.name in model._directory_history.excluded_fields:
                continue
            setattr(current, model_field.attname, getattr(record, model_field.attname))
        with one_history_record(current, by=by):
            current.save()
            for m2m_field, ids in related_ids(model, [record]).items():
                getattr(current, m2m_field.name).set(ids[record.history_id])
    return current
