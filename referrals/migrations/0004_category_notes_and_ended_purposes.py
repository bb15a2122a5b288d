"""Three notes for the data categories that had no field, and access that follows the purpose:
the consent of a referral that has already ended stops giving access as if it had ended now
(a closed one keeps the feedback's categories for REFERRAL_FEEDBACK_DAYS after its closing)."""

import datetime

from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

OPEN = ["draft", "sent", "accepted"]
ENDS = {"declined": "declined", "withdrawn": "referral_withdrawn", "closed": "closed"}


def end_purposes(apps, schema_editor):
    Referral = apps.get_model("referrals", "Referral")
    ConsentRecord = apps.get_model("consent", "ConsentRecord")
    still_open = set(
        Referral.objects.filter(status__in=OPEN, consent__isnull=False).values_list(
            "consent_id", flat=True
        )
    )
    finished = Referral.objects.filter(status__in=list(ENDS), consent__isnull=False).order_by(
        "closed_at", "answered_at"
    )
    ended = {}
    for referral in finished.exclude(consent_id__in=still_open):
        ended[referral.consent_id] = referral  # the last to end decides
    for consent_id, referral in ended.items():
        moment = referral.closed_at or referral.answered_at or timezone.now()
        feedback_until = None
        if referral.status == "closed":
            feedback_until = timezone.localdate(moment) + datetime.timedelta(
                days=settings.REFERRAL_FEEDBACK_DAYS
            )
        ConsentRecord.objects.filter(pk=consent_id, purpose_ended_at__isnull=True).update(
            purpose_ended_at=moment,
            purpose_end=ENDS[referral.status],
            feedback_until=feedback_until,
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
