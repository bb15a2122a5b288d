"""PostgreSQL-only search support: pg_trgm, a GIN index on the search vector, a trigram index on
intervention names (used to find the words a typo may have meant).

SQLite has none of these; its search is a plain case-insensitive match, so the SQL is skipped there.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    (
        "intervention_search_document_gin",
        "organisations_intervention USING gin (search_document)",
    ),
    (
        "intervention_name_trgm",
        "organisations_intervention USING gin (name gin_trgm_ops)",
    ),
]


def create_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _definition in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
