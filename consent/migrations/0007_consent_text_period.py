"""A consent text declares how long the consent it asks for counts (`valid_for_months`), and a
consent record cannot count longer than its text says.

Existing texts get the period their body names ("één jaar", "two years", "18 maanden"); a text
that names none gets twelve months, the one-year maximum the portal applied to every consent
until now, so no record already stored counts longer than its text now allows.
"""

import re

import django.core.validators
from django.db import migrations, models

NUMBERS = {
    "een": 1,
    "één": 1,
    "one": 1,
    "a": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
}
PERIOD = re.compile(
    r"\b(?P<count>\d+|" + "|".join(NUMBERS) + r")\s+"
    r"(?P<unit>jaar|jaren|years?|maanden|maand|months?)\b",
    re.IGNORECASE,
)
ONE_YEAR = 12


def months_named_in(body: str) -> int | None:
    """The first period the text names, in months; None if it names none."""
    for match in PERIOD.finditer(body):
        word = match["count"].lower()
        count = int(word) if word.isdigit() else NUMBERS[word]
        if count < 1:
            continue
        unit = match["unit"].lower()
        return count * 12 if unit.startswith(("jaar", "jaren", "year")) else count
    return None


def declare_periods(apps, schema_editor):
    ConsentText = apps.get_model("consent", "ConsentText")
    for text in ConsentText.objects.all():
        text.valid_for_months = months_named_in(text.body) or ONE_YEAR
        text.save(update_fields=["valid_for_months"])


class Migration(migrations.Migration):
    dependencies = [("consent", "0006_consent_purpose_end")]

    operations = [
        migrations.AddField(
            model_name="consenttext",
            name="valid_for_months",
            field=models.PositiveSmallIntegerField(null=True),
        ),
        migrations.RunPython(declare_periods, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="consenttext",
            name="valid_for_months",
            field=models.PositiveSmallIntegerField(
                help_text=(
                    "How long the text tells the parent her consent counts, from the day she "
                    "gives it: 12 for one year. Consent recorded with this text cannot count "
                    "longer."
                ),
                validators=[django.core.validators.MinValueValidator(1)],
                verbose_name="consent counts for (months)",
            ),
        ),
        migrations.AddConstraint(
            model_name="consenttext",
            constraint=models.CheckConstraint(
                condition=models.Q(("valid_for_months__gte", 1)),
                name="consent_text_period_at_least_a_month",
            ),
        ),
    ]
