"""`manage.py apply_retention [--dry-run]`: anonymise what the retention period says is over.

Meant to run daily from the scheduler. Clients whose referrals all finished (closed, declined or
withdrawn) more than RETENTION_MONTHS ago are anonymised together with their referrals;
access-log entries older than ACCESS_LOG_RETENTION_YEARS are removed. Names are never printed.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from privacy.actions import apply_retention


class Command(BaseCommand):
    help = (
        "Anonymise clients whose referrals all finished more than RETENTION_MONTHS ago (and "
        "their referrals), and remove access-log entries older than ACCESS_LOG_RETENTION_YEARS. "
        "With --dry-run, only report what would change."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *args: Any, dry_run: bool, **options: Any) -> None:
        result = apply_retention(dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {len(result.clients)} client(s) and {result.referrals} referral(s) "
            f"finished more than {settings.RETENTION_MONTHS} months ago."
        )
        for client in result.clients:
            self.stdout.write(f"  client {client.pk} (registered by {client.organisation_id})")
        verb = "Would remove" if dry_run else "Removed"
        self.stdout.write(
            f"{verb} {result.expired_log_entries} access-log entr(y/ies) older than "
            f"{settings.ACCESS_LOG_RETENTION_YEARS} years."
        )
        if dry_run:
            self.stdout.write("Dry run: nothing changed.")
