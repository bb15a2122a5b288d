"""Three notes for the data categories that had no field, and access that follows the purpose:
the consent of a referral that has already ended stops giving access as if it had ended now
(a closed one keeps the feedback's categories for REFERRAL_FEEDBACK_DAYS after its closing)."""

import datetime

from django.conf import settings
from django.db import migrations, models
from django.db.models import DateTimeField, Exists, ExpressionWrapper, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Now, TruncDate

OPEN = ["draft", "sent", "accepted"]
ENDS = {"declined": "declined", "withdrawn": "referral_withdrawn", "closed": "closed"}


def end_purposes(apps, schema_editor):
    """In a few set-based statements: there may be hundreds of thousands of referrals."""
    Referral = apps.get_model("referrals", "Referral")
    ConsentRecord = apps.get_model("consent", "ConsentRecord")
    # The last of a consent's referrals to end decides why its purpose ended.
    last = (
        Referral.objects.filter(consent=OuterRef("pk"), status__in=list(ENDS))
        .annotate(ended=Coalesce("closed_at", "answered_at", "sent_at", "created_at"))
        .order_by(F("ended").desc())
    )
    still_open = Referral.objects.filter(consent=OuterRef("pk"), status__in=OPEN)
    ended = (
        ConsentRecord.objects.filter(purpose_ended_at__isnull=True)
        .filter(Exists(last))
        .exclude(Exists(still_open))
        .annotate(last_status=Subquery(last.values("status")[:1]))
    )
    ended_at = Coalesce(Subquery(last.values("ended")[:1]), Now())
    feedback = ExpressionWrapper(
        ended_at + datetime.timedelta(days=settings.REFERRAL_FEEDBACK_DAYS),
        output_field=DateTimeField(),
    )
    for status, end in ENDS.items():
        ConsentRecord.objects.filter(pk__in=ended.filter(last_status=status).values("pk")).update(
            purpose_ended_at=ended_at,
            purpose_end=end,
            feedback_until=TruncDate(feedback) if status == "closed" else None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0003_inbox_indexes"),
        ("consent", "0006_consent_purpose_end"),
    ]

    operations = [
        migrations.AddField(
            model_name="referral",
            name="medical_notes",
            field=models.TextField(
                blank=True, verbose_name="pregnancy and medical: what they should know"
            ),
        ),
        migrations.AddField(
            model_name="referral",
            name="psychosocial_notes",
            field=models.TextField(
                blank=True, verbose_name="psychosocial situation: what they should know"
            ),
        ),
        migrations.AddField(
            model_name="referral",
            name="safety_notes",
            field=models.TextField(
                blank=True, verbose_name="the child's safety: what they should know"
            ),
        ),
        migrations.RunPython(end_purposes, migrations.RunPython.noop),
    ]
