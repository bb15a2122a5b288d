"""On PostgreSQL the database itself refuses to change or delete access-log entries.

TRUNCATE is left alone: it is an administrator's act (and how the test runner empties tables),
not something the application does.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION consent_access_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = 'the access log is append-only: ' || TG_OP || ' refused';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER consent_access_log_append_only
BEFORE UPDATE OR DELETE ON consent_accesslogentry
FOR EACH ROW EXECUTE FUNCTION consent_access_log_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS consent_access_log_append_only ON consent_accesslogentry;
DROP FUNCTION IF EXISTS consent_access_log_append_only();
"""


def create_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("consent", "0001_initial")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
