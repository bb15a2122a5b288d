"""The directory as a spreadsheet: import and export of organisations, locations, interventions
and contact persons in CSV or XLSX.

A coordinator onboarding a region fills in a workbook with the sheets "Organisaties",
"Locaties", "Aanbod" and "Contactpersonen" (any may be missing), or one CSV whose first column
"soort" says what each row is. Every record has a stable key, so importing the same file again
updates what exists instead of adding it twice: the organisation's slug ("sleutel"), the
organisation and name for a location, the intervention's slug, and for a contact person the
organisation and e-mail (or name, when there is no e-mail).

An import is all or nothing: it runs in one transaction, and any row error rolls everything back.
A dry run is the same import, always rolled back, so the preview shows exactly what confirming
will do. Exported cells that a spreadsheet program would run as a formula get a leading apostrophe
(OWASP CSV injection); the import takes it off again, so an export imports unchanged.

Reading trusts nothing a file says about itself, such as its unpacked size or the dimension of
a sheet: a workbook's XML is scanned as a stream before openpyxl reads it row by row, and a file
is refused as soon as it passes a limit on rows, columns or XML, before more of it is kept.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

import tablib
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models import Prefetch, QuerySet
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rokportal.bulk import batch_size

from .models import (
    AccessRoute,
    CarePhase,
    ContactPerson,
    CostOption,
    DeliveryFormat,
    Domain,
    Intervention,
    InterventionStatus,
    Language,
    LifePhase,
    Location,
    Municipality,
    Organisation,
    OrganisationKind,
    Theme,
    Visibility,
    normalise_postcode,
    one_history_record,
)
from .permissions import coordinated_organisations
from .search import directory_changed

logger = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
KIND_COLUMN = "soort"
LIST_SEPARATOR = "; "
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# An .xlsx is a zip of XML files: refuse one that unpacks to more than this many times its limit.
MAX_UNPACKED_RATIO = 10
# Excel's own limits: a sheet beyond them was not made by a spreadsheet program.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
# Columns read from a sheet: a value further right is refused, empty (formatted) cells there are
# ignored. The directory has 44 columns; the rest leaves room for the coordinator's own.
MAX_COLUMNS = 200
# Rows read at all, empty ones included, in all sheets of a file together: as many as one Excel
# sheet has. An empty row costs nothing to keep, but walking through millions of them does.
MAX_ROW_POSITIONS = EXCEL_ROWS
# XML elements in all parts of a workbook together; the largest import (1000 rows, every column
# filled) has about 150,000.
MAX_XML_ELEMENTS = 500_000
# ...and in one part that does not grow with the data, such as the styles or the workbook:
# openpyxl builds those in memory whole, slowly. Excel writes a few hundred to a few thousand.
MAX_PART_ELEMENTS = 20_000
MAX_STORED_ERRORS = 500
MAX_SHOWN_VALUE = 60
# Characters that may not appear in XLSX cells (openpyxl refuses them) nor in a text file.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
TRUE_WORDS = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
FALSE_WORDS = {"nee", "n", "no", "false", "onwaar", "0"}
# An empty cell in a column with a default keeps the current value (or the default when new).
KEEP = object()


class SpreadsheetRefused(Exception):
    """The file cannot be imported at all: too big, not a spreadsheet, or missing columns.

    The message is translated and meant for the coordinator who uploaded the file.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CellError(Exception):
    """One cell's value cannot be used; `message(row, column, text)` says why, in plain words."""

    def __init__(
        self,
        reason: str = "",
        *,
        unknown: Iterable[str] = (),
        template: str = "",
        silent: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unknown = list(unknown)
        self.template = template
        self.silent = silent

    def messages(self, row: int, column: str, text: str) -> list[str]:
        if self.silent:
            return []
        if self.unknown:
            return [
                _("row %(row)s: %(field)s '%(value)s' is unknown")
                % {"row": row, "field": column, "value": shown(item)}
                for item in self.unknown
            ]
        if self.template:
            return [self.template % {"row": row, "field": column, "value": shown(text)}]
        return [invalid_message(row, column, text, self.reason)]


def shown(text: str) -> str:
    """A cell value as quoted in a message: on one line and not endlessly long."""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SHOWN_VALUE else text[: MAX_SHOWN_VALUE - 1] + "…"


def invalid_message(row: int, column: str, text: str, reason: str = "") -> str:
    values = {"row": row, "field": column, "value": shown(text), "reason": reason}
    if reason:
        return _("row %(row)s: %(field)s '%(value)s' is invalid. %(reason)s") % values
    return _("row %(row)s: %(field)s '%(value)s' is invalid") % values


# --- Reading and writing one cell ---


def neutralise(value: Any) -> Any:
    """A cell value that no spreadsheet program will run as a formula."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def cell_text(value: Any) -> str:
    """What a cell holds as text, with the apostrophe that `neutralise` adds taken off again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime | datetime.date):
        value = value.isoformat()
    text = str(value).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def split_list(text: str) -> list[str]:
    return list(dict.fromkeys(item.strip() for item in text.split(";") if item.strip()))


class Lookups:
    """The taxonomies and municipalities, read once per import, found by slug, code or name."""

    def __init__(self) -> None:
        self._indexes: dict[type[models.Model], dict[str, models.Model]] = {}

    def find(self, model: type[models.Model], text: str) -> models.Model | None:
        if model not in self._indexes:
            self._indexes[model] = self._index(model)
        return self._indexes[model].get(text.strip().lower())

    @staticmethod
    def _index(model: type[models.Model]) -> dict[str, models.Model]:
        index: dict[str, models.Model] = {}
        objects = list(model.objects.all())
        names: dict[str, list[models.Model]] = {}
        for obj in objects:
            names.setdefault(obj.name.lower(), []).append(obj)
        # A name stands for an object only when no other object has it.
        index.update({name: found[0] for name, found in names.items() if len(found) == 1})
        for obj in objects:
            index[obj.slug.lower()] = obj
            if isinstance(obj, Municipality):
                index[obj.cbs_code.lower()] = obj
        return index


@dataclass
class RowContext:
    """What reading one row needs to know: the import and the row's own organisation."""

    importer: DirectoryImporter
    organisation: Organisation | None = None


Reader = Callable[[str, RowContext], Any]
Writer = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its Dutch header, the model field, and how to read and write it."""

    header: str
    field: str
    read: Reader = lambda text, row: text  # noqa: E731
    write: Writer | None = None
    required: bool = False
    many: bool = False
    empty: Any = ""

    def cell(self, obj: models.Model) -> Any:
        if self.write is not None:
            return self.write(obj)
        value = getattr(obj, self.field)
        return "" if value is None else value


def text(header: str, field: str, **kwargs) -> Column:
    return Column(header, field, **kwargs)


def url(header: str, field: str) -> Column:
    def read(text: str, row: RowContext) -> str:
        # Coordinators type "www.example.nl"; assume HTTPS as the admin does.
        return text if "://" in text else f"https://{text}"

    return Column(header, field, read=read)


def postcode(header: str, field: str) -> Column:
    return Column(header, field, read=lambda text, row: normalise_postcode(text), required=True)


def choice(header: str, field: str, choices: type[models.TextChoices], **kwargs) -> Column:
    """A choice, given as its stored value or as its label (Dutch or English); written in Dutch."""

    def read(text: str, row: RowContext) -> str:
        found = choice_index(choices, translation.get_language()).get(text.lower())
        if found is not None:
            return found
        options = ", ".join(dutch(label) for _value, label in choices.choices if label)
        raise CellError(_("Choose one of: %(options)s.") % {"options": options})

    def write(obj: models.Model) -> str:
        value = getattr(obj, field)
        return dutch(choices(value).label) if value else ""

    kwargs.setdefault("empty", KEEP)
    return Column(header, field, read=read, write=write, **kwargs)


@functools.lru_cache
def choice_index(choices: type[models.TextChoices], language: str | None) -> dict[str, str]:
    """Stored value by lower-case value and label, in Dutch, English and the current language."""
    index = {}
    for value, label in choices.choices:
        for other in ("en", "nl", language):
            with translation.override(other):
                index[str(label).lower()] = value
        index[value.lower()] = value
    return index


def dutch(label) -> str:
    with translation.override("nl"):
        return str(label)


def boolean(header: str, field: str) -> Column:
    def read(text: str, row: RowContext) -> bool:
        if text.lower() in TRUE_WORDS:
            return True
        if text.lower() in FALSE_WORDS:
            return False
        raise CellError(_("Fill in ja or nee."))

    def write(obj: models.Model) -> str:
        return "ja" if getattr(obj, field) else "nee"

    return Column(header, field, read=read, write=write, empty=KEEP)


def count(header: str, field: str) -> Column:
    def read(text: str, row: RowContext) -> int:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = -1
        if number < 0 or not number.is_integer() or number > 32767:
            raise CellError(_("Fill in a whole number, 0 or more."))
        return int(number)

    return Column(header, field, read=read, empty=None)


def many(header: str, field: str, model: type[models.Model], *, key: str = "slug", **kwargs):
    """A many-to-many relation as a "; "-separated list of slugs (or codes, or unique names)."""

    def read(text: str, row: RowContext) -> list[models.Model]:
        found, unknown = [], []
        for item in split_list(text):
            obj = row.importer.lookups.find(model, item)
            (found if obj else unknown).append(obj or item)
        if unknown:
            raise CellError(unknown=unknown)
        return found

    def write(obj: models.Model) -> str:
        return LIST_SEPARATOR.join(sorted(getattr(o, key) for o in getattr(obj, field).all()))

    return Column(header, field, read=read, write=write, many=True, empty=[], **kwargs)


def municipality(header: str, field: str) -> Column:
    def read(text: str, row: RowContext) -> Municipality:
        found = row.importer.lookups.find(Municipality, text)
        if found is None:
            raise CellError(unknown=[text])
        return found

    return Column(
        header, field, read=read, write=lambda obj: obj.municipality.cbs_code, required=True
    )


def organisation(header: str = "organisatie") -> Column:
    """The organisation a row belongs to, by slug; one created earlier in the file counts too."""

    def read(text: str, row: RowContext) -> Organisation:
        found = Organisation.objects.filter(slug=text).first()
        if found is None:
            # An organisation whose own row failed is reported there, not again here.
            raise CellError(unknown=[text], silent=row.importer.failed_before(Organisation, text))
        if not row.importer.may_change(found):
            raise CellError(template=_("row %(row)s: %(field)s '%(value)s' is outside your region"))
        row.organisation = found
        return found

    return Column(
        header, "organisation", read=read, write=lambda obj: obj.organisation.slug, required=True
    )


def owned(header: str, field: str, model: type[models.Model], key: str) -> Column:
    """A many-to-many relation to entries of the row's own organisation, by slug or name."""

    def read(text: str, row: RowContext) -> list[models.Model]:
        if row.organisation is None:
            return []
        entries = model.objects.filter(organisation=row.organisation)
        found, unknown = [], []
        for item in split_list(text):
            match = entries.filter(**{key: item}).first()
            if match is None:
                match = entries.filter(**{f"{key}__iexact": item}).first()
            importer = row.importer
            if match is None and (
                importer.failed_before(model, item, row.organisation.slug)
                or importer.failed_before(model, item)
            ):
                raise CellError(silent=True)
            (found if match else unknown).append(match or item)
        if unknown:
            raise CellError(unknown=unknown)
        return found

    def write(obj: models.Model) -> str:
        return LIST_SEPARATOR.join(sorted(getattr(o, key) for o in getattr(obj, field).all()))

    return Column(header, field, read=read, write=write, many=True, empty=[])


# --- The four kinds of record ---


class Kind:
    """One kind of record: its sheet, its columns, how it is found again, and how it is saved."""

    name: str
    sheet: str
    row_label: str
    model: type[models.Model]
    columns: list[Column]

    @property
    def label(self) -> str:
        return capfirst(self.model._meta.verbose_name_plural)

    @property
    def required_headers(self) -> list[str]:
        return [column.header for column in self.columns if column.required]

    def header_for(self, field_name: str) -> str:
        for column in self.columns:
            if column.field == field_name:
                return column.header
        model_field = self.model._meta.get_field(field_name)
        return str(getattr(model_field, "verbose_name", field_name))

    def key(self, values: dict[str, Any]) -> tuple[str, str, tuple]:
        """The stable key of a row: the header and value to mention, and what to compare."""
        raise NotImplementedError

    def reference(self, cells: dict[str, str]) -> tuple[str, str]:
        """How later rows refer to this row's entry: (its organisation's slug, its key)."""
        return "", cells.get("sleutel", "")

    def find(self, values: dict[str, Any]) -> models.Model | None:
        raise NotImplementedError

    def check(self, instance: models.Model, row: int) -> list[str]:
        """Rules the database would enforce, said in words before it does."""
        return []

    def before_save(self, instance: models.Model, changed: set[str]) -> None:
        pass

    def saving(self, instance: models.Model, *, by) -> contextlib.AbstractContextManager:
        """Around the row's save: where a model's verbs must make part of the change."""
        return contextlib.nullcontext()

    def owner(self, instance: models.Model) -> Organisation:
        return instance.organisation

    def export_queryset(self, organisations: QuerySet[Organisation]) -> QuerySet:
        raise NotImplementedError


class OrganisationSheet(Kind):
    name, sheet, row_label, model = "organisation", "Organisaties", "organisatie", Organisation
    columns = [
        text("sleutel", "slug", required=True),
        text("naam", "name", required=True),
        choice("type", "kind", OrganisationKind, required=True),
        choice("domein", "domain", Domain, required=True),
        text("omschrijving", "description"),
        url("website", "website"),
        text("telefoon", "phone"),
        text("e-mail", "email"),
        text("e-mail voor verwijzingen", "referral_email"),
        text("kvk-nummer", "kvk_number"),
        text("agb-code", "agb_code"),
        many("gemeenten", "municipalities", Municipality, key="cbs_code"),
        boolean("actief", "is_active"),
    ]

    def key(self, values):
        return "sleutel", values["slug"], (values["slug"],)

    def find(self, values):
        return Organisation.objects.filter(slug=values["slug"]).first()

    def owner(self, instance):
        return instance

    def export_queryset(self, organisations):
        return organisations.order_by("slug").prefetch_related("municipalities")


class LocationSheet(Kind):
    name, sheet, row_label, model = "location", "Locaties", "locatie", Location
    columns = [
        organisation(),
        text("naam", "name", required=True),
        text("adres", "address", required=True),
        postcode("postcode", "postcode"),
        text("plaats", "city", required=True),
        municipality("gemeente", "municipality"),
        text("openingstijden", "opening_hours"),
        text("inlooptijden", "walk_in_hours"),
        text("toegankelijkheid", "accessibility"),
        boolean("vertrouwelijk adres", "is_confidential"),
    ]

    def key(self, values):
        return "naam", values["name"], (values["organisation"].pk, values["name"])

    def reference(self, cells):
        return cells.get("organisatie", ""), cells.get("naam", "")

    def find(self, values):
        return Location.objects.filter(
            organisation=values["organisation"], name=values["name"]
        ).first()

    def export_queryset(self, organisations):
        return (
            Location.objects.filter(organisation__in=organisations)
            .select_related("organisation", "municipality")
            .order_by("organisation__slug", "name")
        )


class InterventionSheet(Kind):
    name, sheet, row_label, model = "intervention", "Aanbod", "aanbod", Intervention
    columns = [
        organisation(),
        text("sleutel", "slug", required=True),
        text("naam", "name", required=True),
        text("omschrijving", "description", required=True),
        text("samenvatting voor ouders", "summary", required=True),
        many("levensfasen", "life_phases", LifePhase, required=True),
        many("zorgfasen", "care_phases", CarePhase),
        many("thema's", "themes", Theme),
        many("vormen", "formats", DeliveryFormat),
        many("talen", "languages", Language),
        choice("toegang", "access_route", AccessRoute),
        choice("kosten", "cost_option", CostOption),
        text("toelichting kosten", "cost_note"),
        count("wachttijd in weken", "waiting_weeks"),
        boolean("neemt nieuwe gezinnen aan", "accepts_new_families"),
        boolean("neemt verwijzingen aan", "accepts_referrals"),
        choice("status", "status", InterventionStatus),
        text("melding", "status_notice"),
        many("werkgebied", "service_areas", Municipality, key="cbs_code", required=True),
        owned("locaties", "locations", Location, "name"),
        boolean("in gids voor ouders", "is_public"),
    ]

    def key(self, values):
        return "sleutel", values["slug"], (values["slug"],)

    def find(self, values):
        return (
            Intervention.objects.filter(slug=values["slug"]).select_related("organisation").first()
        )

    def check(self, instance, row):
        if instance.status == InterventionStatus.TEMPORARILY_CLOSED and not instance.status_notice:
            return [
                _("row %(row)s: %(field)s is required when the offer is temporarily closed")
                % {"row": row, "field": self.header_for("status_notice")}
            ]
        return []

    def saving(self, instance, *, by):
        # A status in the row is applied by the intervention's verb, which resets what goes
        # with it (as the maintenance buttons do).
        return instance.status_by_verb(by=by)

    def before_save(self, instance, changed):
        # A new waiting time is news about capacity as of today.
        if changed & {"waiting_weeks", "accepts_new_families"} or instance.pk is None:
            instance.capacity_updated_on = timezone.localdate()

    def export_queryset(self, organisations):
        return (
            Intervention.objects.filter(organisation__in=organisations)
            .select_related("organisation")
            .prefetch_related(
                "life_phases",
                "care_phases",
                "themes",
                "formats",
                "languages",
                "service_areas",
                "locations",
            )
            .order_by("organisation__slug", "slug")
        )


class ContactPersonSheet(Kind):
    name, sheet, row_label, model = (
        "contact_person",
        "Contactpersonen",
        "contactpersoon",
        ContactPerson,
    )
    columns = [
        organisation(),
        text("naam", "name", required=True),
        text("functie", "job_title", required=True),
        text("telefoon", "phone"),
        text("e-mail", "email"),
        text("bereikbaarheid", "availability"),
        choice("zichtbaar voor", "visibility", Visibility),
        owned("aanbod", "interventions", Intervention, "slug"),
        boolean("actief", "is_active"),
    ]

    def key(self, values):
        email = values.get("email") or ""
        if email:
            return "e-mail", email, (values["organisation"].pk, "email", email.lower())
        return "naam", values["name"], (values["organisation"].pk, "name", values["name"])

    def find(self, values):
        contacts = ContactPerson.objects.filter(organisation=values["organisation"])
        email = values.get("email") or ""
        if email:
            found = contacts.filter(email__iexact=email).first()
            if found:
                return found
        # Without an e-mail the name is the key; an e-mail added later updates that entry.
        return contacts.filter(email="", name=values["name"]).first()

    def export_queryset(self, organisations):
        return (
            ContactPerson.objects.filter(organisation__in=organisations)
            .select_related("organisation")
            .prefetch_related(Prefetch("interventions", Intervention.objects.order_by("slug")))
            .order_by("organisation__slug", "name", "email")
        )


# In this order, so that a row can refer to an entry made by an earlier row of the same file.
KINDS: list[Kind] = [
    OrganisationSheet(),
    LocationSheet(),
    InterventionSheet(),
    ContactPersonSheet(),
]


def csv_headers() -> list[str]:
    headers = [KIND_COLUMN]
    for kind in KINDS:
        headers += [c.header for c in kind.columns if c.header not in headers]
    return headers


# --- Reading a file into tables ---


@dataclass
class Table:
    """One sheet of the file: its title, normalised headers and the rows as text.

    Rows keep the number the coordinator sees in the spreadsheet (the header is row 1).
    """

    title: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]


def normalise_header(value: Any) -> str:
    return " ".join(cell_text(value).lower().replace("’", "'").split())


def extension_of(file_name: str) -> str:
    return file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""


def check_file(file_name: str, size: int) -> str:
    """The format of an upload by its name; refused when it is too big or of another type."""
    file_format = extension_of(file_name)
    if file_format not in FORMATS:
        raise SpreadsheetRefused(
            _("Upload a .csv or .xlsx file; %(name)s is neither.") % {"name": shown(file_name)}
        )
    if size > settings.DIRECTORY_IMPORT_MAX_BYTES:
        raise SpreadsheetRefused(
            _("The file is too big: at most %(size)s. Split it into smaller files.")
            % {"size": filesizeformat(settings.DIRECTORY_IMPORT_MAX_BYTES)}
        )
    if size == 0:
        raise SpreadsheetRefused(_("The file is empty."))
    return file_format


def read_tables(file_name: str, content: bytes) -> list[Table]:
    """The sheets of an upload as tables; refused as soon as reading shows it is too big."""
    file_format = check_file(file_name, len(content))
    tables = read_xlsx(content) if file_format == "xlsx" else [read_csv(content)]
    if not any(table.rows for table in tables):
        raise SpreadsheetRefused(_("The file contains no rows to import."))
    return tables


class RowCounter:
    """The rows of one file, counted while it is read; it is refused as soon as there are too many.

    Rows with a value count against DIRECTORY_IMPORT_MAX_ROWS (header rows do not); every row
    read, empty or not, counts against MAX_ROW_POSITIONS.
    """

    def __init__(self) -> None:
        self.read = 0
        self.filled = 0

    def count(self, *, filled: bool) -> None:
        self.read += 1
        if self.read > MAX_ROW_POSITIONS:
            raise SpreadsheetRefused(
                _(
                    "The file has more than %(max)s rows, empty ones included. Delete the empty "
                    "rows and save the file again."
                )
                % {"max": MAX_ROW_POSITIONS}
            )
        if filled:
            self.filled += 1
            if self.filled > settings.DIRECTORY_IMPORT_MAX_ROWS:
                raise SpreadsheetRefused(
                    _(
                        "The file has more than %(max)s rows; at most %(max)s can be imported at "
                        "once."
                    )
                    % {"max": settings.DIRECTORY_IMPORT_MAX_ROWS}
                )


def beyond_columns(cell: str) -> SpreadsheetRefused:
    """The refusal of a file with a value in this cell, to the right of the columns read."""
    from openpyxl.utils.cell import get_column_letter  # loaded when needed, as tablib does

    return SpreadsheetRefused(
        _(
            "The cell %(cell)s holds a value, but only the first %(max)s columns (up to "
            "%(column)s) can be imported. Move or delete that value."
        )
        % {"cell": shown(cell), "max": MAX_COLUMNS, "column": get_column_letter(MAX_COLUMNS)}
    )


def cell_name(column: int, row: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return f"{get_column_letter(column)}{row}"


@functools.lru_cache(maxsize=1024)
def column_number(letters: str) -> int:
    """The number of a column by its letters, such as 1 for "A" and 16384 for "XFD"."""
    if not (1 <= len(letters) <= 3 and letters.isascii() and letters.isalpha()):
        raise ValueError(letters)
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def row_number(text: str) -> int:
    """A row number as a sheet gives it: "12", or from some programs "12.0"."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise
        return int(number)


def read_csv(content: bytes) -> Table:
    """A CSV file in UTF-8 (with or without BOM) or Windows-1252, as Excel writes it."""
    not_text = SpreadsheetRefused(
        _("This is not a CSV text file. Save the sheet as CSV (UTF-8) or as .xlsx.")
    )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            decoded = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise not_text
    if CONTROL_CHARACTERS.search(decoded):
        raise not_text
    first_line = decoded.split("\n", 1)[0]
    # Dutch Excel separates with semicolons, other programs with commas.
    delimiter = max((";", ",", "\t"), key=first_line.count)
    records = csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)
    counter = RowCounter()
    headers: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(records, 1):
            if len(record) > EXCEL_COLUMNS:
                raise not_text
            for column, cell in enumerate(record[MAX_COLUMNS:], MAX_COLUMNS + 1):
                if cell.strip():
                    raise beyond_columns(cell_name(column, number))
            if number == 1:
                if not any(cell.strip() for cell in record):
                    raise SpreadsheetRefused(_("The file is empty."))
                headers = [normalise_header(cell) for cell in record[:MAX_COLUMNS]]
                counter.count(filled=False)
                continue
            cells = [cell_text(cell) for cell in record[:MAX_COLUMNS]]
            counter.count(filled=any(cells))
            if any(cells):
                rows.append((number, cells))
    except csv.Error as error:
        raise not_text from error
    if not headers:
        raise SpreadsheetRefused(_("The file is empty."))
    return Table("CSV", headers, rows)


class XlsxScan:
    """Reads every XML part of a workbook as a stream of events, before openpyxl builds any of it.

    openpyxl trusts what a file says about itself: it builds a whole row of a sheet at once,
    however many cells it has, and the styles and the workbook whole, however many entries they
    have. This pass keeps nothing but counts. It refuses a DTD (entities: XXE, billion laughs),
    more elements than a real directory workbook has, rows and cells beyond Excel's own limits,
    and a value beyond MAX_COLUMNS.
    """

    def __init__(self, not_workbook: SpreadsheetRefused) -> None:
        self.not_workbook = not_workbook
        self.elements = 0

    def scan(self, archive: zipfile.ZipFile) -> None:
        for info in archive.infolist():
            with archive.open(info) as stream:
                self.scan_part(stream)

    def scan_part(self, stream) -> None:
        """One part; one that is not XML (an image) or is broken is left to openpyxl."""
        self.part_elements = 0
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.StartDoctypeDeclHandler = self.doctype
        self.parser.StartElementHandler = self.start_part
        with contextlib.suppress(expat.ExpatError):
            self.parser.ParseFile(stream)

    def doctype(self, *args) -> None:
        raise self.not_workbook  # no part of a workbook has a DTD

    def too_complex(self) -> SpreadsheetRefused:
        return SpreadsheetRefused(
            _(
                "The workbook is too complex to read: it has too many cells, formats or other "
                "parts. Copy only the data into a new workbook, or save it as CSV."
            )
        )

    def start_part(self, name: str, attributes: dict[str, str]) -> None:
        """The root element says what the part is; only a sheet is looked into."""
        namespace, _space, root = name.rpartition(" ")
        if root == "worksheet":
            prefix = f"{namespace} " if namespace else ""
            self.tags = {prefix + tag: tag for tag in ("row", "c", "v", "t")}
            self.row = self.cells = self.column = 0
            self.reference = ""
            self.in_value = False
            self.parser.StartElementHandler = self.start_in_sheet
            self.parser.CharacterDataHandler = self.text_in_sheet
        elif root == "sst":  # the shared strings, which grow with the data as the sheets do
            self.parser.StartElementHandler = self.start_in_growing_part
        else:
            self.parser.StartElementHandler = self.start_in_part
        self.parser.StartElementHandler(name, attributes)

    def start_in_part(self, name: str, attributes: dict[str, str]) -> None:
        self.elements += 1
        self.part_elements += 1
        if self.elements > MAX_XML_ELEMENTS or self.part_elements > MAX_PART_ELEMENTS:
            raise self.too_complex()

    def start_in_growing_part(self, name: str, attributes: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_XML_ELEMENTS:
            raise self.too_complex()

    def start_in_sheet(self, name: str, attributes: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_XML_ELEMENTS:
            raise self.too_complex()
        tag = self.tags.get(name)
        self.in_value = tag == "v" or tag == "t"
        try:
            if tag == "c":
                self.cells += 1
                self.reference = attributes.get("r", "")
                if self.reference:
                    self.column = column_number(self.reference.rstrip("0123456789"))
                else:
                    self.column += 1
            elif tag == "row":
                number = attributes.get("r")
                self.row = row_number(number) if number else self.row + 1
                self.cells = self.column = 0
        except ValueError as error:
            raise self.not_workbook from error
        if self.row > EXCEL_ROWS or self.cells > EXCEL_COLUMNS or self.column > EXCEL_COLUMNS:
            raise self.not_workbook

    def text_in_sheet(self, data: str) -> None:
        """A value (not mere spacing between elements) in a cell beyond MAX_COLUMNS is refused."""
        if self.in_value and self.column > MAX_COLUMNS and data.strip():
            raise beyond_columns(self.reference or cell_name(self.column, self.row))


def read_xlsx(content: bytes) -> list[Table]:
    """The sheets of a workbook, read row by row once a scan has shown its XML is in bounds.

    Nothing the file declares about itself is trusted: not the size of its parts, not the
    dimension of its sheets (which openpyxl would fill with empty cells).
    """
    from openpyxl import load_workbook  # loaded when needed, as tablib does

    not_workbook = SpreadsheetRefused(
        _("This is not an Excel workbook (.xlsx). Save the sheet again as .xlsx or as CSV.")
    )
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise not_workbook
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > settings.DIRECTORY_IMPORT_MAX_BYTES * MAX_UNPACKED_RATIO:
                raise SpreadsheetRefused(
                    _("The workbook is too big when unpacked. Split it into smaller files.")
                )
            XlsxScan(not_workbook).scan(archive)
    except SpreadsheetRefused:
        raise
    except Exception as error:  # a broken zip: headers, checksums, compression, encryption
        raise not_workbook from error
    counter = RowCounter()
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises anything from KeyError to XML errors
        raise not_workbook from error
    try:
        return [read_sheet(sheet, counter) for sheet in book.worksheets]
    except SpreadsheetRefused:
        raise
    except Exception as error:
        raise not_workbook from error
    finally:
        book.close()


def read_sheet(sheet, counter: RowCounter) -> Table:
    """One sheet, row by row and at most MAX_COLUMNS wide; empty rows and cells are not kept."""
    sheet.reset_dimensions()  # rows end where the file's rows end, not where it says they do
    headers: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
        if number == 1:
            headers = [normalise_header(value) for value in values]
            while headers and not headers[-1]:
                headers.pop()
            counter.count(filled=False)
            continue
        # Most rows walked past are empty: tell them without making text of every cell.
        cells = [cell_text(value) for value in values] if values.count(None) < len(values) else []
        counter.count(filled=any(cells))
        if any(cells):
            # As wide as the header row: an empty cell under a header is an empty value.
            rows.append((number, cells[: len(headers)]))
    return Table(sheet.title or "", headers, rows)


# --- Importing ---


@dataclass
class ImportSummary:
    """What an import did (or, in a dry run, would do): counts per kind, and the row errors."""

    dry_run: bool
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {
            kind.name: {"created": 0, "updated": 0, "unchanged": 0} for kind in KINDS
        }
    )
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return not self.dry_run and not self.errors

    def as_dict(self) -> dict[str, Any]:
        """For DirectoryImport.summary and the preview: labels in the current language."""
        return {
            "dry_run": self.dry_run,
            "applied": self.applied,
            "kinds": [
                {"kind": kind.name, "label": str(kind.label), **self.counts[kind.name]}
                for kind in KINDS
            ],
            "errors": self.errors[:MAX_STORED_ERRORS],
            "error_count": len(self.errors),
            "warnings": self.warnings,
        }


class DirectoryImporter:
    """Applies the rows of one file, in one transaction, remembering what happened to each."""

    def __init__(self, *, by=None, within_region_of=None, dry_run: bool) -> None:
        self.by = by
        self.region_of = within_region_of
        self.lookups = Lookups()
        self.summary = ImportSummary(dry_run=dry_run)
        self._seen: dict[tuple, int] = {}
        self._failed: set[tuple] = set()
        self._saved_interventions: set[int] = set()
        self._saved_parts: dict[type[models.Model], set[int]] = {}
        self._allowed: set[int] = set()
        self._limited = within_region_of is not None and (
            not within_region_of.is_superuser
            and within_region_of.coordinated_municipalities.exists()
        )

    def may_change(self, organisation: Organisation) -> bool:
        """Whether the importing coordinator maintains this organisation (their region)."""
        if not self._limited or organisation.pk in self._allowed:
            return True
        if coordinated_organisations(self.region_of).filter(pk=organisation.pk).exists():
            self._allowed.add(organisation.pk)
            return True
        return False

    def failed_before(self, model: type[models.Model], key: str, organisation: str = "") -> bool:
        """Whether an earlier row of the file was to make this entry, but had errors."""
        return (model, organisation, key) in self._failed

    def run(self, tables: list[Table]) -> ImportSummary:
        rows_by_kind = self.sort_rows(tables)
        if self.summary.errors:
            return self.summary
        for kind in KINDS:
            for table, number, cells in rows_by_kind[kind.name]:
                messages = self.import_row(kind, number, cells)
                if messages is None or messages:
                    self._failed.add((kind.model, *kind.reference(cells)))
                for message in messages or []:
                    self.summary.errors.append(
                        {"sheet": table.title, "row": number, "message": message}
                    )
        if not self.summary.dry_run and not self.summary.errors:
            # Once for all, instead of after each relation of each intervention.
            directory_changed(Intervention, self._saved_interventions)
            for model, pks in self._saved_parts.items():
                directory_changed(model, pks)
        # In the order of the file: sheet by sheet, row by row.
        position = {table.title: index for index, table in enumerate(tables)}
        self.summary.errors.sort(key=lambda error: (position[error["sheet"]], error["row"]))
        return self.summary

    def sort_rows(self, tables: list[Table]) -> dict[str, list[tuple[Table, int, dict[str, str]]]]:
        """The rows of each kind, as header → text; refused when required columns are missing."""
        by_sheet = {kind.sheet.lower(): kind for kind in KINDS}
        by_row_label = {kind.row_label: kind for kind in KINDS}
        by_row_label.update({kind.sheet.lower(): kind for kind in KINDS})
        rows_by_kind: dict[str, list] = {kind.name: [] for kind in KINDS}
        recognised = False
        for table in tables:
            kind = by_sheet.get(table.title.strip().lower())
            mixed = kind is None and KIND_COLUMN in table.headers
            if kind is None and not mixed:
                if table.rows:
                    self.summary.warnings.append(
                        _("The sheet %(sheet)s is not one of %(sheets)s and was ignored.")
                        % {"sheet": table.title, "sheets": ", ".join(k.sheet for k in KINDS)}
                    )
                continue
            recognised = True
            kinds_in_table = set()
            for number, cells in table.rows:
                named = dict(zip(table.headers, cells, strict=False))
                row_kind = kind
                if mixed:
                    row_kind = by_row_label.get(named.get(KIND_COLUMN, "").lower())
                    if row_kind is None:
                        self.summary.errors.append(
                            {
                                "sheet": table.title,
                                "row": number,
                                "message": _(
                                    "row %(row)s: %(field)s '%(value)s' is unknown; use %(options)s"
                                )
                                % {
                                    "row": number,
                                    "field": KIND_COLUMN,
                                    "value": shown(named.get(KIND_COLUMN, "")),
                                    "options": ", ".join(k.row_label for k in KINDS),
                                },
                            }
                        )
                        continue
                kinds_in_table.add(row_kind.name)
                rows_by_kind[row_kind.name].append((table, number, named))
            self.check_headers(table, [k for k in KINDS if k.name in kinds_in_table], mixed)
        if not recognised:
            if any(table.title == "CSV" for table in tables):
                raise SpreadsheetRefused(
                    _(
                        "The CSV file needs a first column %(column)s saying what each row is: "
                        "%(options)s."
                    )
                    % {"column": KIND_COLUMN, "options": ", ".join(k.row_label for k in KINDS)}
                )
            raise SpreadsheetRefused(
                _("The workbook has none of the sheets %(sheets)s.")
                % {"sheets": ", ".join(kind.sheet for kind in KINDS)}
            )
        return rows_by_kind

    def check_headers(self, table: Table, kinds: list[Kind], mixed: bool) -> None:
        known = set(csv_headers()) if mixed else set()
        for kind in kinds:
            known |= {column.header for column in kind.columns}
            missing = [h for h in kind.required_headers if h not in table.headers]
            if missing:
                raise SpreadsheetRefused(
                    _("%(sheet)s: the required column(s) %(columns)s are missing.")
                    % {
                        "sheet": table.title if not mixed else kind.sheet,
                        "columns": ", ".join(missing),
                    }
                )
        for header in dict.fromkeys(table.headers):
            if header and header in known and table.headers.count(header) > 1:
                raise SpreadsheetRefused(
                    _("%(sheet)s: the column %(column)s occurs more than once.")
                    % {"sheet": table.title, "column": header}
                )
            if header and header not in known and kinds:
                self.summary.warnings.append(
                    _("%(sheet)s: the column %(column)s is not known and was ignored.")
                    % {"sheet": table.title, "column": header}
                )

    def import_row(self, kind: Kind, number: int, cells: dict[str, str]) -> list[str] | None:
        """Create or update the entry of one row; the errors that stopped it, if any.

        None: the row was skipped, because it depends on an earlier row that had errors.
        """
        errors: list[str] = []
        depends_on_failed_row = False
        values: dict[str, Any] = {}
        relations: dict[str, list[models.Model]] = {}
        row = RowContext(importer=self)
        for column in kind.columns:
            if column.header not in cells:
                continue  # an absent column leaves the field as it is
            raw = cells[column.header]
            if not raw:
                if column.required:
                    errors.append(
                        _("row %(row)s: %(field)s is required")
                        % {"row": number, "field": column.header}
                    )
                elif column.empty is not KEEP:
                    (relations if column.many else values)[column.field] = column.empty
                continue
            try:
                parsed = column.read(raw, row)
            except CellError as error:
                errors += error.messages(number, column.header, raw)
                depends_on_failed_row |= error.silent
                continue
            (relations if column.many else values)[column.field] = parsed
        if errors or depends_on_failed_row:
            return errors or None

        header, key_value, key = kind.key(values)
        seen_in = self._seen.get((kind.name, key))
        if seen_in:
            return [
                _("row %(row)s: %(field)s '%(value)s' also occurs in row %(other)s")
                % {"row": number, "field": header, "value": shown(key_value), "other": seen_in}
            ]
        self._seen[(kind.name, key)] = number

        instance = kind.find(values)
        created = instance is None
        if created:
            instance = kind.model()
        elif not self.may_change(kind.owner(instance)):
            return [
                _("row %(row)s: %(field)s '%(value)s' is outside your region")
                % {"row": number, "field": header, "value": shown(key_value)}
            ]
        changed = {
            name for name, value in values.items() if created or differs(instance, name, value)
        }
        for name in changed:
            setattr(instance, name, values[name])
        relations_changed = {
            name
            for name, objs in relations.items()
            if created or {o.pk for o in getattr(instance, name).all()} != {o.pk for o in objs}
        }
        if not (created or changed or relations_changed):
            self.summary.counts[kind.name]["unchanged"] += 1
            return []
        kind.before_save(instance, changed)
        errors = kind.check(instance, number) or self.validate(kind, instance, number, cells)
        if errors:
            return errors
        try:
            # One history record per row, by the importing user, with the relations as set.
            instance.defer_search_index = True  # reported once for the whole file, in run()
            with (
                transaction.atomic(),
                one_history_record(instance, by=self.by),
                kind.saving(instance, by=self.by),
            ):
                instance.save()
                for name in relations_changed:
                    set_relation(instance, name, relations[name], created=created)
        except DatabaseError:
            # A rule only the database knows (or a race with another change): say which row.
            logger.warning("Import row %s of %s not saved", number, kind.name, exc_info=True)
            return [_("row %(row)s could not be saved; check its values") % {"row": number}]
        if not self.may_change(kind.owner(instance)):
            # A new organisation must serve the coordinator's region, or they could not see it.
            return [
                _("row %(row)s: %(field)s '%(value)s' is outside your region")
                % {"row": number, "field": header, "value": shown(key_value)}
            ]
        self.summary.counts[kind.name]["created" if created else "updated"] += 1
        if isinstance(instance, Intervention):
            self._saved_interventions.add(instance.pk)
        elif isinstance(instance, (Organisation, Location)):
            # A location's place and an organisation's being active count in the search too.
            self._saved_parts.setdefault(type(instance), set()).add(instance.pk)
        return []

    def validate(self, kind: Kind, instance: models.Model, number: int, cells) -> list[str]:
        exclude = [f.name for f in instance._meta.fields if not f.editable]
        try:
            # The check constraints cover values the columns have checked already; a violation
            # the database still finds ends as "could not be saved" without a query per check.
            instance.full_clean(exclude=exclude, validate_constraints=False)
        except ValidationError as error:
            messages = []
            for name, field_errors in error.message_dict.items():
                reason = field_errors[0]  # the first is the telling one; the rest follow from it
                if name == NON_FIELD_ERRORS:
                    messages.append(
                        _("row %(row)s: %(reason)s") % {"row": number, "reason": reason}
                    )
                    continue
                header = kind.header_for(name)
                messages.append(invalid_message(number, header, cells.get(header, ""), reason))
            return messages
        return []


def set_relation(
    instance: models.Model, name: str, objects: list[models.Model], *, created: bool
) -> None:
    """Like `relation.set(objects)`, but through the join table without m2m_changed signals.

    Those would write a history record and rebuild the search keywords per relation per row;
    the import writes one history record per row and rebuilds the keywords once at the end.
    """
    relation = getattr(instance, name)
    through, source, target = (
        relation.through,
        relation.source_field_name,
        relation.target_field_name,
    )
    present = set()
    if not created:
        links = through.objects.filter(**{source: instance})
        links.exclude(**{f"{target}__in": objects}).delete()
        present = set(links.values_list(f"{target}_id", flat=True))
    through.objects.bulk_create(
        [through(**{source: instance, target: obj}) for obj in objects if obj.pk not in present],
        batch_size=batch_size(through),
    )


def differs(instance: models.Model, name: str, value: Any) -> bool:
    """Whether a field would change; a related object is compared by key, without loading it."""
    model_field = instance._meta.get_field(name)
    if model_field.is_relation:
        return getattr(instance, model_field.attname) != getattr(value, "pk", value)
    return getattr(instance, name) != value


def import_directory(
    file_name: str,
    content: bytes,
    *,
    by=None,
    within_region_of=None,
    dry_run: bool = False,
) -> ImportSummary:
    """Import a spreadsheet, all or nothing; a dry run (or any row error) writes nothing.

    `by` is recorded as the author of the changes; `within_region_of` limits the import to the
    organisations that coordinator maintains. Raises SpreadsheetRefused for a file that cannot
    be imported at all.
    """
    tables = read_tables(file_name, content)
    importer = DirectoryImporter(by=by, within_region_of=within_region_of, dry_run=dry_run)
    with transaction.atomic():
        summary = importer.run(tables)
        if dry_run or summary.errors:
            transaction.set_rollback(True)
    return summary


# --- Exporting ---


def export_directory(
    file_format: str, organisations: QuerySet[Organisation] | None = None
) -> bytes:
    """The directory (or these organisations, with all they offer) as CSV or XLSX bytes.

    Inactive entries are included, so that importing the export changes nothing.
    """
    if file_format not in FORMATS:
        raise ValueError(f"Unknown format {file_format!r}")
    if organisations is None:
        organisations = Organisation.objects.all()
    with translation.override("nl"):
        sheets = [
            (
                kind,
                [
                    [neutralise(c.cell(obj)) for c in kind.columns]
                    for obj in kind.export_queryset(organisations)
                ],
            )
            for kind in KINDS
        ]
    if file_format == "xlsx":
        book = tablib.Databook()
        for kind, rows in sheets:
            book.add_sheet(
                tablib.Dataset(*rows, headers=[c.header for c in kind.columns], title=kind.sheet)
            )
        return book.export("xlsx")
    headers = csv_headers()
    dataset = tablib.Dataset(headers=headers)
    for kind, rows in sheets:
        positions = [headers.index(column.header) for column in kind.columns]
        for cells in rows:
            line = [""] * len(headers)
            line[0] = kind.row_label
            for position, value in zip(positions, cells, strict=True):
                line[position] = value
            dataset.append(line)
    # With a byte order mark, Excel opens the file as UTF-8.
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The counts of a summary as sentences, for the command line and messages."""
    return [
        _("%(label)s: %(created)s new, %(updated)s updated, %(unchanged)s unchanged") % entry
        for entry in summary["kinds"]
    ]


def error_count_message(count: int) -> str:
    return ngettext(
        "Nothing was imported: the file has %(count)s error.",
        "Nothing was imported: the file has %(count)s errors.",
        count,
    ) % {"count": count}
