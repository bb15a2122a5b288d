"""Referral notifications become outbox e-mails (mail.OutgoingEmail), like every other e-mail.

Each Notification row is copied with its recipient, times, attempts and last error, its
subject and body rendered as the old delivery rendered them; a pending one stays pending, so
`send_pending_emails` delivers it. Then the Notification table goes."""

from django.conf import settings
from django.db import migrations
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

BATCH = 500


def copy_notifications(apps, schema_editor):
    Notification = apps.get_model("referrals", "Notification")
    OutgoingEmail = apps.get_model("mail", "OutgoingEmail")
    base = settings.PORTAL_BASE_URL.rstrip("/")
    batch = []
    with translation.override(settings.LANGUAGE_CODE):
        for notification in Notification.objects.order_by("pk").iterator():
            link = base + reverse("referrals:detail", args=[notification.referral_id])
            context = {"kind": notification.kind, "link": link}
            subject = render_to_string("referrals/email/notification_subject.txt", context)
            body = render_to_string("referrals/email/notification.txt", context)
            batch.append(
                OutgoingEmail(
                    kind=f"referral.{notification.kind}",
                    to=[notification.to_email],
                    subject=" ".join(subject.split()),
                    body=body,
                    link=link,
                    about_type="referrals.referral",
                    about_id=str(notification.referral_id),
                    created_at=notification.created_at,
                    delivered_at=notification.delivered_at,
                    attempts=notification.attempts,
                    last_error=notification.last_error,
                )
            )
            if len(batch) == BATCH:
                OutgoingEmail.objects.bulk_create(batch)
                batch = []
    OutgoingEmail.objects.bulk_create(batch)


def copy_back(apps, schema_editor):
    Notification = apps.get_model("referrals", "Notification")
    OutgoingEmail = apps.get_model("mail", "OutgoingEmail")
    emails = OutgoingEmail.objects.filter(
        about_type="referrals.referral", kind__startswith="referral."
    )
    Notification.objects.bulk_create(
        Notification(
            referral_id=email.about_id,
            kind=email.kind.removeprefix("referral."),
            to_email=address,
            created_at=email.created_at,
            delivered_at=email.delivered_at,
            attempts=email.attempts,
            last_error=email.last_error,
        )
        for email in emails.iterator()
        for address in email.to
    )
    emails.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("mail", "0001_outgoing_email"),
        ("referrals", "0004_category_notes_and_ended_purposes"),
    ]

    operations = [
        migrations.RunPython(copy_notifications, copy_back),
        migrations.DeleteModel(name="Notification"),
    ]
