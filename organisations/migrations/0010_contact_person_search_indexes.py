"""PostgreSQL-only: trigram indexes on contact persons' names and job titles, which a signed-in
professional's search reads (organisations/search/index.py, `contacts_matching`: a
case-insensitive `LIKE '%word%'`, which Django writes over UPPER()). At national scale (40,000
contact persons) the search then reads the few rows with the word, not all of them.

SQLite has no trigram indexes; the SQL is skipped there.
"""

from django.db import migrations

INDEXES = [
    (
        "contact_person_name_trgm",
        "organisations_contactperson USING gin (UPPER(name) gin_trgm_ops)",
    ),
    (
        "contact_person_job_title_trgm",
        "organisations_contactperson USING gin (UPPER(job_title) gin_trgm_ops)",
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
    dependencies = [("organisations", "0009_directory_version_cards_and_terms_tokens")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
