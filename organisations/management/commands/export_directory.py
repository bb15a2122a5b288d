"""`manage.py export_directory FILE`: the whole directory as CSV or XLSX (by extension)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from organisations.spreadsheets import FORMATS, export_directory, extension_of


class Command(BaseCommand):
    help = "Export organisations, locations, interventions and contact persons to CSV or XLSX."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Where to write: a .csv or .xlsx file.")

    def handle(self, *args, file: str, **options) -> None:
        path = Path(file)
        file_format = extension_of(path.name)
        with translation.override(settings.LANGUAGE_CODE):
            if file_format not in FORMATS:
                raise CommandError(_("Give a file name ending in .csv or .xlsx."))
            try:
                path.write_bytes(export_directory(file_format))
            except OSError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(_("The directory was exported to %(file)s.") % {"file": path})
