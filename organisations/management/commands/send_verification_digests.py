"""`manage.py send_verification_digests`: tell each organisation's editors what needs checking.

Meant to run daily or weekly from cron (or the task worker). Each organisation with entries that
need attention and at least one editor gets one e-mail, at most once per --min-days.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from organisations.digests import Digest, digests_due, send_digest

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Send each organisation's editors one e-mail listing its directory entries that need "
        "attention (overdue for a check, stale waiting times, missing contact persons or "
        "e-mail addresses), with a link to the dashboard. Organisations that had a digest in "
        "the last --min-days days are skipped unless --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--min-days",
            type=int,
            default=7,
            help="Skip organisations that had a digest in this many days (default: 7).",
        )
        parser.add_argument(
            "--force", action="store_true", help="Send even when a recent digest went out."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only list what would be sent; send and record nothing.",
        )

    def handle(self, *args: Any, min_days: int, force: bool, dry_run: bool, **options: Any) -> None:
        if min_days < 0:
            raise CommandError("--min-days cannot be negative.")
        digests = digests_due(min_days=min_days, force=force)
        if dry_run:
            for digest in digests:
                self.describe(digest, "Would send")
            self.stdout.write(f"Dry run: {len(digests)} digest(s) would be sent; nothing sent.")
            return
        sent = failed = 0
        for digest in digests:
            try:
                delivered = send_digest(digest, min_days=min_days, force=force)
            except Exception:  # one organisation's problem must not stop the others
                logger.exception("Verification digest for %s not sent", digest.organisation.slug)
                self.stderr.write(f"Not sent: {digest.organisation.name} (see the log)")
                failed += 1
                continue
            if delivered:
                self.describe(digest, "Sent")
                sent += 1
        self.stdout.write(self.style.SUCCESS(f"{sent} digest(s) sent."))
        if failed:
            # A non-zero exit status, so cron or the monitoring notices.
            raise CommandError(f"{failed} digest(s) could not be sent.")

    def describe(self, digest: Digest, verb: str) -> None:
        self.stdout.write(
            f"{verb}: {digest.organisation.name} – {digest.item_count} item(s) "
            f"to {len(digest.recipients)} editor(s)"
        )
        for section in digest.sections:
            self.stdout.write(f"  {section.title}: {section.count}")
