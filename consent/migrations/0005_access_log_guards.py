"""Close two holes in the append-only access log on PostgreSQL.

The unlink that erasure needs (client_id becomes NULL, every other column stays) was allowed for
any row, so one `UPDATE … SET client_id = NULL` could strip every entry of the client it was
about. It is now allowed only for an entry whose client no longer exists: erasing her deletes
her row first (privacy/actions.py: erase_client) and unlinks her entries after it, before the
deferred foreign key is checked at commit. And TRUNCATE, which fires no row triggers, is refused
by a statement trigger of its own.

The function names the client table with its schema and searches only pg_catalog, so that a
role that may create temporary tables (or, before PostgreSQL 15, objects in `public`) cannot
answer the trigger's question with a table or function of its own.

Deleting a client no longer unlinks her entries by itself (`on_delete=DO_NOTHING`): the
database would refuse that unlink while her row still exists, which is when Django's collector
runs it.
"""

import django.db.models.deletion
from django.db import migrations, models

GUARDED = """
CREATE OR REPLACE FUNCTION consent_access_log_append_only() RETURNS trigger
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.client_id IS NULL
       AND to_jsonb(NEW) - 'client_id' = to_jsonb(OLD) - 'client_id'
       AND NOT EXISTS (SELECT FROM {schema}.consent_client WHERE id = OLD.client_id) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND OLD.at < now() - interval '5 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = 'the access log is append-only: ' || TG_OP || ' refused';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER consent_access_log_no_truncate
BEFORE TRUNCATE ON consent_accesslogentry
FOR EACH STATEMENT EXECUTE FUNCTION consent_access_log_append_only();
"""

# As 0003_retention_exceptions_to_the_append_only_log left it.
PREVIOUS = """
DROP TRIGGER IF EXISTS consent_access_log_no_truncate ON consent_accesslogentry;

CREATE OR REPLACE FUNCTION consent_access_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.client_id IS NULL
       AND to_jsonb(NEW) - 'client_id' = to_jsonb(OLD) - 'client_id' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND OLD.at < now() - interval '5 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = 'the access log is append-only: ' || TG_OP || ' refused';
END;
$$ LANGUAGE plpgsql;
"""


def guard(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT quote_ident(current_schema())")
        (schema,) = cursor.fetchone()
    schema_editor.execute(GUARDED.format(schema=schema))


def unguard(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PREVIOUS)


class Migration(migrations.Migration):
    dependencies = [("consent", "0004_client_anonymisation_and_erasure")]

    operations = [
        migrations.AlterField(
            model_name="accesslogentry",
            name="client",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="access_log",
                to="consent.client",
                verbose_name="client",
            ),
        ),
        migrations.RunPython(guard, unguard),
    ]
