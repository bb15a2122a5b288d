"""The taxonomies and municipalities, so that `migrate` alone gives a database all of them.

The rows come from organisations/reference_data/ (see the README there). Safe on a database that
has them already, from `load_demo` or the national-scale generator: rows are found by slug or CBS
code and updated, never deleted. Undoing the migration leaves them: entries may point at them.
"""

from django.db import migrations

from organisations.reference_data import load_reference_data


def load(apps, schema_editor):
    load_reference_data(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0007_membership_events")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
