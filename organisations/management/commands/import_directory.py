"""`manage.py import_directory FILE [--dry-run] [--user EMAIL]`: import a directory spreadsheet.

The same import as the coordinators' upload page: all or nothing, CSV or XLSX by extension.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from organisations.spreadsheets import (
    SpreadsheetRefused,
    check_file,
    error_count_message,
    import_directory,
    summary_lines,
)


class Command(BaseCommand):
    help = "Import organisations, locations, interventions and contact persons from CSV or XLSX."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="A .csv or .xlsx file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and show what would change."
        )
        parser.add_argument("--user", help="E-mail of the user recorded as author of the changes.")

    def handle(self, *args, file: str, dry_run: bool, user: str | None, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            self.run(Path(file), dry_run=dry_run, email=user)

    def run(self, path: Path, *, dry_run: bool, email: str | None) -> None:
        author = None
        if email:
            author = get_user_model().objects.filter(email__iexact=email).first()
            if author is None:
                raise CommandError(_("No user with e-mail address %(email)s.") % {"email": email})
        try:
            check_file(path.name, path.stat().st_size)
            summary = import_directory(path.name, path.read_bytes(), by=author, dry_run=dry_run)
        except OSError as error:
            raise CommandError(str(error)) from error
        except SpreadsheetRefused as refused:
            raise CommandError(refused.message) from refused
        result = summary.as_dict()
        for warning in result["warnings"]:
            self.stderr.write(warning)
        if summary.errors:
            for error in summary.errors:
                # A workbook has several sheets, each counting rows from 1; a CSV file has one.
                sheet = "" if error["sheet"] == "CSV" else f"{error['sheet']}: "
                self.stderr.write(sheet + error["message"])
            raise CommandError(error_count_message(len(summary.errors)))
        for line in summary_lines(result):
            self.stdout.write(line)
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS(_("The import is done.")))
