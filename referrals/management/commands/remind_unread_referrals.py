"""Remind about referrals nobody at the recipient has signed in to read: run daily from cron."""

from typing import Any

from django.core.management.base import BaseCommand

from referrals.models import Referral


class Command(BaseCommand):
    help = (
        "Tell the coordinators of the recipient's region and the sender about each sent referral "
        "that nobody at the recipient has signed in to read within "
        "REFERRAL_UNREAD_REMINDER_WORKING_DAYS working days (once per referral)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        due = Referral.objects.due_for_unread_reminder()
        reminded = sum(referral.remind_unread() for referral in due)
        self.stdout.write(f"Reminded about {reminded} referral(s) nobody has read.")
