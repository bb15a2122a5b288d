"""Bulk inserts stay under PostgreSQL's limit of 65535 parameters per statement, which the
portal's server-side binding enforces (rokportal/bulk.py). The writers are run for real on
PostgreSQL with the limit lowered, so that a few hundred rows would overstep it as the national
scale does the real one (`generate_scale` at the default scale stopped with "number of
parameters must be between 0 and 65535")."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.apps import apps
from django.db import connection

from bench import scale_data
from organisations.models import Municipality, Organisation
from organisations.reference_data import load_reference_data
from rokportal import bulk

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres(reason="server-side binding and its parameter limit"),
]

LIMIT = 1000


@contextmanager
def inserts_recorded(monkeypatch) -> Iterator[list[tuple[str, int]]]:
    """The writers' limit lowered to LIMIT; (table, parameters bound) of each INSERT."""
    monkeypatch.setattr(bulk, "MAX_PARAMETERS", LIMIT)
    seen: list[tuple[str, int]] = []

    def record(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT"):
            seen.append((sql.split('"')[1], len(params or ())))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield seen


def test_the_portal_binds_parameters_server_side():
    """Without it the limit would not apply, and this module would prove nothing."""
    assert connection.settings_dict["OPTIONS"].get("server_side_binding") is True


def test_the_scale_generator_writes_in_batches_under_the_limit(monkeypatch):
    sizes = scale_data.Sizes(organisations=200, interventions=600, contacts=400, referrals=1200)
    with inserts_recorded(monkeypatch) as seen:
        scale_data.generate(sizes, seed=1, password="geheim")
    assert Organisation.objects.count() >= 200
    tables = {table for table, _count in seen}
    for model in scale_data.GENERATED_MODELS:
        if model is Municipality:
            continue  # reference data, there already
        assert model._meta.db_table in tables, f"nothing written to {model._meta.db_table}"
    over = [(table, count) for table, count in seen if count > LIMIT]
    assert not over, f"statements over the limit of {LIMIT} parameters: {over[:5]}"


def test_the_reference_data_is_written_in_batches_under_the_limit(monkeypatch):
    """As after a flush (the browser tests'): 342 municipalities at once."""
    Municipality.objects.all().delete()
    with inserts_recorded(monkeypatch) as seen:
        load_reference_data(apps)
    assert Municipality.objects.count() == 342
    written = [count for table, count in seen if table == Municipality._meta.db_table]
    assert written and max(written) <= LIMIT
