"""`manage.py send_unusual_access_report [--day YYYY-MM-DD]`: tell each designated officer that
yesterday's access log has findings to review.

Meant to run every morning. The e-mail holds a link and a count, never names or client data.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from privacy.reports import send_unusual_access_reports


class Command(BaseCommand):
    help = (
        "E-mail each designated officer whose organisations had unusual access to client data "
        "on the given day (default: yesterday) a link to the review page."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--day", help="The day to report on, YYYY-MM-DD (default: yesterday).")

    def handle(self, *args: Any, day: str | None, **options: Any) -> None:
        try:
            chosen = (
                datetime.date.fromisoformat(day)
                if day
                else timezone.localdate() - datetime.timedelta(days=1)
            )
        except ValueError:
            raise CommandError(f"--day must look like 2026-11-28, got {day!r}.") from None
        sent = send_unusual_access_reports(chosen)
        for email, count in sent:
            self.stdout.write(f"Sent to {email}: {count} finding(s)")
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} report(s) sent for {chosen}."))
