"""The former name of `manage.py send_pending_emails`, kept so existing cron lines go on
working: referral notifications are outbox e-mails like every other e-mail now."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Deliver pending e-mails (the same as send_pending_emails)."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("send_pending_emails", stdout=self.stdout, stderr=self.stderr)
