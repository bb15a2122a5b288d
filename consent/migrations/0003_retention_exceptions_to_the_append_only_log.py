"""The append-only trigger allows exactly two changes to the access log: erasing a client unlinks
her entries (client_id becomes NULL, every other column stays), and entries older than five
years (the legal minimum for care providers) may be deleted by retention. Everything else is
refused as before."""

from django.db import migrations

ALLOW_UNLINK_AND_EXPIRY = """
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

DROP TRIGGER IF EXISTS consent_access_log_append_only ON consent_accesslogentry;
CREATE TRIGGER consent_access_log_append_only
BEFORE UPDATE OR DELETE ON consent_accesslogentry
FOR EACH ROW EXECUTE FUNCTION consent_access_log_append_only();
"""

STRICT = """
CREATE OR REPLACE FUNCTION consent_access_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = 'the access log is append-only: ' || TG_OP || ' refused';
END;
$$ LANGUAGE plpgsql;
"""


def on_postgresql(sql: str):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("consent", "0002_access_log_append_only")]

    operations = [
        migrations.RunPython(on_postgresql(ALLOW_UNLINK_AND_EXPIRY), on_postgresql(STRICT))
    ]
