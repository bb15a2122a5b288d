"""Locations say where their coordinates come from: entered, or the centre of the postcode.

Existing coordinates were entered. Locations without them get their postcode's centre
(organisations/places.py), set-based: one UPDATE per four-digit postcode (some 4,000 in the
country) however many locations there are, so 60,000 locations take seconds. Undoing it
leaves the coordinates: they are right.
"""

from collections import defaultdict
from decimal import Decimal

from django.db import migrations, models

from organisations.places import four_digits, postcode_area

CHUNK = 5000  # ids per UPDATE, far below any database's limit on parameters


def place_by_postcode(apps, schema_editor):
    Location = apps.get_model("organisations", "Location")
    locations = Location.objects.using(schema_editor.connection.alias)
    locations.filter(latitude__isnull=False).update(coordinates_source="entered")
    without = locations.filter(latitude__isnull=True).values_list("pk", "postcode")
    by_postcode: dict[str, list[int]] = defaultdict(list)
    for pk, postcode in without.iterator(chunk_size=10000):
        if digits := four_digits(postcode):
            by_postcode[digits].append(pk)
    for digits, pks in by_postcode.items():
        area = postcode_area(digits)
        if area is None:
            continue
        centre = {
            "latitude": Decimal(f"{area.centre.latitude:.6f}"),
            "longitude": Decimal(f"{area.centre.longitude:.6f}"),
            "coordinates_source": "postcode",
        }
        for first in range(0, len(pks), CHUNK):
            locations.filter(pk__in=pks[first : first + CHUNK]).update(**centre)


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0010_contact_person_search_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicallocation",
            name="coordinates_source",
            field=models.CharField(
                blank=True,
                choices=[("entered", "entered"), ("postcode", "centre of the postcode")],
                editable=False,
                max_length=10,
                verbose_name="coordinates from",
            ),
        ),
        migrations.AddField(
            model_name="location",
            name="coordinates_source",
            field=models.CharField(
                blank=True,
                choices=[("entered", "entered"), ("postcode", "centre of the postcode")],
                editable=False,
                max_length=10,
                verbose_name="coordinates from",
            ),
        ),
        migrations.AlterField(
            model_name="historicallocation",
            name="longitude",
            field=models.DecimalField(
                blank=True,
                decimal_places=6,
                help_text="Leave both empty to use the centre of the postcode.",
                max_digits=9,
                null=True,
                verbose_name="longitude",
            ),
        ),
        migrations.AlterField(
            model_name="location",
            name="longitude",
            field=models.DecimalField(
                blank=True,
                decimal_places=6,
                help_text="Leave both empty to use the centre of the postcode.",
                max_digits=9,
                null=True,
                verbose_name="longitude",
            ),
        ),
        migrations.RunPython(place_by_postcode, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("coordinates_source", ""), ("latitude__isnull", True)),
                    models.Q(
                        ("coordinates_source__in", ["entered", "postcode"]),
                        ("latitude__isnull", False),
                    ),
                    _connector="OR",
                ),
                name="location_coordinates_source",
            ),
        ),
    ]
