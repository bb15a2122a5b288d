"""Retry notifications that could not be delivered (run it from cron, e.g. every 10 minutes)."""

from django.core.management.base import BaseCommand

from referrals.models import Notification
from referrals.notifications import MAX_ATTEMPTS, deliver


class Command(BaseCommand):
    help = "Deliver pending referral notifications that earlier attempts could not send."

    def handle(self, *args, **options) -> None:
        pending = Notification.objects.filter(
            delivered_at__isnull=True, attempts__lt=MAX_ATTEMPTS
        ).select_related("referral")
        delivered = sum(deliver(notification) for notification in pending)
        left = Notification.objects.filter(delivered_at__isnull=True).count()
        self.stdout.write(f"Delivered {delivered}; {left} still pending.")
