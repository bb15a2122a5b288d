"""Coordinators import the directory from CSV or XLSX (dry run, then all or nothing) and export
it again in the same columns, without letting a spreadsheet program run a cell as a formula."""

import csv
import io
import zipfile

import openpyxl
import pytest
import tablib
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation

from organisations.models import (
    CarePhase,
    ContactPerson,
    DeliveryFormat,
    DirectoryImport,
    Domain,
    Intervention,
    InterventionStatus,
    Language,
    LifePhase,
    Location,
    Organisation,
    OrganisationKind,
    Theme,
    Visibility,
)
from organisations.spreadsheets import (
    SpreadsheetRefused,
    csv_headers,
    export_directory,
    import_directory,
)
from tests.factories import (
    ContactPersonFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)

ORGANISATIONS = [
    {
        "sleutel": "buurtteam-deventer",
        "naam": "Buurtteam Deventer",
        "type": "neighbourhood_team",
        "domein": "Sociaal domein",
        "website": "www.buurtteam.example",
        "telefoon": "+31 570 123 456",
        "e-mail": "info@buurtteam.example",
        "gemeenten": "GM0150",
        "actief": "ja",
    },
    {
        "sleutel": "kraamzorg-ijssel",
        "naam": "Kraamzorg IJssel",
        "type": "Kraamzorg",
        "domein": "medical",
        "telefoon": "0570 65 43 21",
        "gemeenten": "deventer; Rotterdam",
        "actief": "nee",
    },
]
LOCATIONS = [
    {
        "organisatie": "buurtteam-deventer",
        "naam": "Wijkcentrum De Hoven",
        "adres": "Brink 1",
        "postcode": "7411ab",
        "plaats": "Deventer",
        "gemeente": "GM0150",
        "vertrouwelijk adres": "nee",
    }
]
INTERVENTIONS = [
    {
        "organisatie": "buurtteam-deventer",
        "sleutel": "budgetcoaching-deventer",
        "naam": "Budgetcoaching",
        "omschrijving": "Een vrijwilliger helpt met post en rekeningen.",
        "samenvatting voor ouders": "Wij helpen u met uw geld.",
        "levensfasen": "kraamperiode",
        "zorgfasen": "steun-op-maat",
        "thema's": "geld",
        "vormen": "huisbezoek",
        "talen": "ar",
        "toegang": "free_access",
        "kosten": "free",
        "wachttijd in weken": "2",
        "neemt verwijzingen aan": "ja",
        "status": "active",
        "werkgebied": "GM0150",
        "locaties": "Wijkcentrum De Hoven",
        "in gids voor ouders": "ja",
    }
]
CONTACTS = [
    {
        "organisatie": "buurtteam-deventer",
        "naam": "Sanne Voorbeeld",
        "functie": "Budgetcoach",
        "telefoon": "06 1234 5678",
        "e-mail": "sanne@buurtteam.example",
        "bereikbaarheid": "maandag tot donderdag",
        "zichtbaar voor": "Ingelogde professionals",
        "aanbod": "budgetcoaching-deventer",
        "actief": "ja",
    },
    {
        "organisatie": "kraamzorg-ijssel",
        "naam": "Jan Zondermail",
        "functie": "Kraamverzorgende",
    },
]
SHEETS = {
    "Organisaties": ORGANISATIONS,
    "Locaties": LOCATIONS,
    "Aanbod": INTERVENTIONS,
    "Contactpersonen": CONTACTS,
}
ROW_LABELS = {
    "Organisaties": "organisatie",
    "Locaties": "locatie",
    "Aanbod": "aanbod",
    "Contactpersonen": "contactpersoon",
}


def make_csv(sheets=SHEETS, *, delimiter=",", encoding="utf-8") -> bytes:
    """One CSV with a "soort" column, as a coordinator would save it from Excel."""
    headers = csv_headers()
    dataset = tablib.Dataset(headers=headers)
    for title, rows in sheets.items():
        for row in rows:
            dataset.append([ROW_LABELS[title] if h == "soort" else row.get(h, "") for h in headers])
    return dataset.export("csv", delimiter=delimiter).encode(encoding)


def make_xlsx(sheets=SHEETS) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        headers = list(dict.fromkeys(h for row in rows for h in row))
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(h, "") for h in headers])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def counts(summary, kind: str) -> tuple[int, int, int]:
    entry = summary.counts[kind]
    return entry["created"], entry["updated"], entry["unchanged"]


def directory_size() -> tuple[int, int, int, int]:
    return (
        Organisation.objects.count(),
        Location.objects.count(),
        Intervention.objects.count(),
        ContactPerson.objects.count(),
    )


def term(model, slug: str, name: str):
    return model.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name})[0]


@pytest.fixture
def taxonomy(db):
    """The municipalities and terms the sample rows refer to."""
    return {
        "deventer": MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer"),
        "rotterdam": MunicipalityFactory(name="Rotterdam", cbs_code="GM0599", slug="rotterdam"),
        "kraamperiode": term(LifePhase, "kraamperiode", "Kraamperiode"),
        "steun": term(CarePhase, "steun-op-maat", "Steun op maat"),
        "geld": term(Theme, "geld", "Geld"),
        "huisbezoek": term(DeliveryFormat, "huisbezoek", "Huisbezoek"),
        "arabisch": term(Language, "ar", "Arabisch"),
    }


def with_row(sheet: str, index: int, **changes) -> dict:
    """The sample sheets with one row changed (header names with spaces via **{...})."""
    sheets = {title: [dict(row) for row in rows] for title, rows in SHEETS.items()}
    sheets[sheet][index].update(changes)
    return sheets


# --- Importing a valid file ---


@pytest.mark.parametrize("file_name, build", [("kaart.csv", make_csv), ("kaart.xlsx", make_xlsx)])
def test_valid_file_creates_the_entries(taxonomy, coordinator, file_name, build):
    summary = import_directory(file_name, build(), by=coordinator)

    assert summary.errors == []
    assert counts(summary, "organisation") == (2, 0, 0)
    assert counts(summary, "location") == (1, 0, 0)
    assert counts(summary, "intervention") == (1, 0, 0)
    assert counts(summary, "contact_person") == (2, 0, 0)
    team = Organisation.objects.get(slug="buurtteam-deventer")
    assert team.kind == OrganisationKind.NEIGHBOURHOOD_TEAM
    assert team.domain == Domain.SOCIAL  # from the Dutch label
    assert team.website == "https://www.buurtteam.example"
    assert team.phone == "+31 570 123 456"
    assert list(team.municipalities.all()) == [taxonomy["deventer"]]
    maternity = Organisation.objects.get(slug="kraamzorg-ijssel")
    assert maternity.kind == OrganisationKind.MATERNITY_CARE
    assert maternity.is_active is False
    assert set(maternity.municipalities.all()) == {taxonomy["deventer"], taxonomy["rotterdam"]}
    location = Location.objects.get()
    assert (location.organisation, location.postcode) == (team, "7411 AB")
    offer = Intervention.objects.get()
    assert offer.organisation == team  # created earlier in the same file
    assert list(offer.life_phases.all()) == [taxonomy["kraamperiode"]]
    assert list(offer.themes.all()) == [taxonomy["geld"]]
    assert list(offer.languages.all()) == [taxonomy["arabisch"]]
    assert list(offer.locations.all()) == [location]
    assert (offer.waiting_weeks, offer.capacity_updated_on) == (2, timezone.localdate())
    assert offer.is_public is True
    sanne = ContactPerson.objects.get(email="sanne@buurtteam.example")
    assert sanne.visibility == Visibility.PROFESSIONALS
    assert list(sanne.interventions.all()) == [offer]
    assert ContactPerson.objects.get(name="Jan Zondermail").email == ""
    # One history record per entry, by the importing coordinator.
    assert [(h.history_type, h.history_user) for h in offer.history.all()] == [("+", coordinator)]
    assert team.history.latest().history_user == coordinator
    # The search finds the new offer by its terms.
    assert "Geld" in offer.keywords
    assert list(Intervention.objects.listed().search("geld")) == [offer]


def test_xlsx_may_leave_out_sheets(taxonomy):
    summary = import_directory("kaart.xlsx", make_xlsx({"Organisaties": ORGANISATIONS}))

    assert summary.errors == []
    assert directory_size() == (2, 0, 0, 0)


def test_csv_from_dutch_excel_with_semicolons_in_windows_1252(taxonomy):
    sheets = {"Organisaties": [dict(ORGANISATIONS[0], naam="Café de Brink")]}

    summary = import_directory(
        "kaart.csv", make_csv(sheets, delimiter=";", encoding="cp1252"), dry_run=False
    )

    assert summary.errors == []
    assert Organisation.objects.get().name == "Café de Brink"


def test_csv_with_byte_order_mark(taxonomy):
    content = "\ufeff".encode() + make_csv({"Organisaties": ORGANISATIONS})

    assert import_directory("kaart.csv", content).errors == []
    assert Organisation.objects.count() == 2


def test_dry_run_counts_but_writes_nothing(taxonomy):
    summary = import_directory("kaart.csv", make_csv(), dry_run=True)

    assert summary.errors == []
    assert counts(summary, "contact_person") == (2, 0, 0)
    assert directory_size() == (0, 0, 0, 0)


# --- A file with errors writes nothing ---


def test_errors_are_reported_per_row_and_nothing_is_written(taxonomy):
    sheets = with_row("Locaties", 0, postcode="7411 XX1")
    sheets["Aanbod"][0]["thema's"] = "geld; geldd"
    sheets["Contactpersonen"][1]["telefoon"] = "12345"

    summary = import_directory("kaart.xlsx", make_xlsx(sheets))

    assert directory_size() == (0, 0, 0, 0)  # the valid rows are not written either
    messages = {(e["sheet"], e["row"]): e["message"] for e in summary.errors}
    # Sanne's row refers to the offer with an error: it is not reported a second time.
    assert set(messages) == {("Locaties", 2), ("Aanbod", 2), ("Contactpersonen", 3)}
    assert messages[("Locaties", 2)].startswith(("row 2: postcode '7411 XX1'", "rij 2: postcode"))
    assert "'geldd'" in messages[("Aanbod", 2)]
    assert "'12345'" in messages[("Contactpersonen", 3)]


def test_error_message_in_plain_words(db):
    with translation.override("en"):
        sheets = {
            "Organisaties": ORGANISATIONS[:1],
            "Locaties": [dict(LOCATIONS[0], postcode="7411 XX1")],
        }
        MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")

        summary = import_directory("kaart.csv", make_csv(sheets))

    assert [e["message"] for e in summary.errors] == [
        "row 3: postcode '7411 XX1' is invalid. Enter a Dutch postcode, for example 7411 AB."
    ]


@pytest.mark.parametrize(
    "sheet, changes, expected",
    [
        ("Organisaties", {"type": "bakkerij"}, "type 'bakkerij'"),
        ("Organisaties", {"naam": ""}, "naam"),
        ("Organisaties", {"gemeenten": "GM9999"}, "'GM9999'"),
        ("Organisaties", {"actief": "misschien"}, "'misschien'"),
        ("Aanbod", {"organisatie": "bestaat-niet"}, "'bestaat-niet'"),
        ("Aanbod", {"wachttijd in weken": "-3"}, "'-3'"),
        ("Aanbod", {"status": "temporarily_closed"}, "melding"),
        ("Aanbod", {"locaties": "Elders"}, "'Elders'"),
        ("Contactpersonen", {"aanbod": "ander-aanbod"}, "'ander-aanbod'"),
        ("Contactpersonen", {"e-mail": "geen-adres"}, "'geen-adres'"),
    ],
)
def test_each_kind_of_error_names_the_row_and_value(taxonomy, sheet, changes, expected):
    summary = import_directory("kaart.xlsx", make_xlsx(with_row(sheet, 0, **changes)))

    assert [(e["sheet"], e["row"]) for e in summary.errors] == [(sheet, 2)]
    assert expected in summary.errors[0]["message"]
    assert directory_size() == (0, 0, 0, 0)


def test_the_same_key_twice_in_a_file_is_an_error(taxonomy):
    sheets = {"Organisaties": [ORGANISATIONS[0], ORGANISATIONS[1], ORGANISATIONS[0]]}

    summary = import_directory("kaart.xlsx", make_xlsx(sheets))

    assert [e["row"] for e in summary.errors] == [4]
    assert "2" in summary.errors[0]["message"].split("'buurtteam-deventer'")[1]
    assert Organisation.objects.count() == 0


# --- Re-importing updates instead of duplicating ---


@pytest.mark.parametrize("file_name, build", [("kaart.csv", make_csv), ("kaart.xlsx", make_xlsx)])
def test_reimporting_the_same_file_changes_nothing(taxonomy, coordinator, file_name, build):
    import_directory(file_name, build(), by=coordinator)
    before = directory_size()
    history_before = Organisation.history.count() + Intervention.history.count()

    summary = import_directory(file_name, build(), by=coordinator)

    assert summary.errors == []
    assert counts(summary, "organisation") == (0, 0, 2)
    assert counts(summary, "location") == (0, 0, 1)
    assert counts(summary, "intervention") == (0, 0, 1)
    assert counts(summary, "contact_person") == (0, 0, 2)
    assert directory_size() == before
    assert Organisation.history.count() + Intervention.history.count() == history_before


def test_reimport_updates_what_changed(taxonomy):
    import_directory("kaart.csv", make_csv())
    sheets = with_row("Organisaties", 0, telefoon="0570 99 99 99")
    sheets["Aanbod"][0]["thema's"] = ""

    summary = import_directory("kaart.csv", make_csv(sheets))

    assert counts(summary, "organisation") == (0, 1, 1)
    assert counts(summary, "intervention") == (0, 1, 0)
    assert Organisation.objects.get(slug="buurtteam-deventer").phone == "0570 99 99 99"
    assert Intervention.objects.get().themes.count() == 0
    assert directory_size() == (2, 1, 1, 2)


def test_a_contact_without_email_is_found_by_name_and_keeps_it_once_given(taxonomy):
    import_directory("kaart.csv", make_csv())
    sheets = with_row("Contactpersonen", 1, **{"e-mail": "jan@kraamzorg.example"})

    summary = import_directory("kaart.csv", make_csv(sheets))

    assert counts(summary, "contact_person") == (0, 1, 1)
    assert ContactPerson.objects.get(name="Jan Zondermail").email == "jan@kraamzorg.example"


def test_an_absent_column_leaves_the_field_alone(taxonomy):
    import_directory("kaart.csv", make_csv())
    rows = [{k: v for k, v in row.items() if k != "telefoon"} for row in ORGANISATIONS]

    summary = import_directory("kaart.xlsx", make_xlsx({"Organisaties": rows}))

    assert counts(summary, "organisation") == (0, 0, 2)
    assert Organisation.objects.get(slug="buurtteam-deventer").phone == "+31 570 123 456"


# --- Export ---


def parse_csv(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def hostile_entries(directory):
    """Entries whose text a spreadsheet program would run as a formula."""
    organisation = directory["D"].organisation
    organisation.description = "=cmd|' /C calc'!A0"
    organisation.save()
    ContactPersonFactory(
        organisation=organisation,
        name="@SUM(1+1)",
        job_title="-2+3",
        phone="+31 6 1234 5678",
        availability="\tverborgen",
        interventions=[directory["D"]],
    )
    return organisation


def test_exported_csv_neutralises_formulas(hostile_entries):
    rows = parse_csv(export_directory("csv"))

    cells = [cell for row in rows for cell in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    organisation = next(r for r in rows if r["sleutel"] == hostile_entries.slug)
    assert organisation["omschrijving"] == "'=cmd|' /C calc'!A0"
    contact = next(r for r in rows if r["soort"] == "contactpersoon")
    assert (contact["naam"], contact["functie"]) == ("'@SUM(1+1)", "'-2+3")
    assert contact["telefoon"] == "'+31 6 1234 5678"


def test_exported_xlsx_neutralises_formulas(hostile_entries):
    workbook = openpyxl.load_workbook(io.BytesIO(export_directory("xlsx")))

    assert workbook.sheetnames == ["Organisaties", "Locaties", "Aanbod", "Contactpersonen"]
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    values = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [value for value in values if value[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=cmd|' /C calc'!A0" in values


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_imports_unchanged(hostile_entries, directory, file_format):
    before = directory_size()

    summary = import_directory(f"kaart.{file_format}", export_directory(file_format))

    assert summary.errors == []
    assert all(entry["created"] == entry["updated"] == 0 for entry in summary.counts.values())
    assert summary.counts["intervention"]["unchanged"] == len(directory)
    assert directory_size() == before
    hostile_entries.refresh_from_db()
    assert hostile_entries.description == "=cmd|' /C calc'!A0"
    contact = ContactPerson.objects.get(name="@SUM(1+1)")
    assert (contact.job_title, contact.phone) == ("-2+3", "+31 6 1234 5678")
    # Inactive entries are exported as such and stay inactive.
    assert directory["F"].status == InterventionStatus.INACTIVE
    directory["F"].refresh_from_db()
    assert directory["F"].status == InterventionStatus.INACTIVE
    assert Organisation.objects.filter(is_active=False).count() == 1


def test_export_is_readable_by_people(directory):
    rows = parse_csv(export_directory("csv"))

    closed = next(r for r in rows if r["sleutel"] == directory["G"].organisation.slug)
    assert closed["actief"] == "nee"
    assert closed["domein"] == "Sociaal domein"
    budget = next(r for r in rows if r["sleutel"] == directory["D"].slug)
    assert budget["werkgebied"] == "GM0150; GM0599"
    assert budget["vormen"] == "individueel; inloop"


# --- Hostile and broken files are refused with a clear message ---


def zip_bytes(files: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return stream.getvalue()


@pytest.mark.parametrize(
    "file_name, content, expected",
    [
        ("kaart.xlsx", bytes(range(256)) * 20, "not an Excel workbook"),
        ("kaart.xlsx", zip_bytes({"hallo.txt": b"hallo"}), "not an Excel workbook"),
        ("kaart.xlsx", zip_bytes({"xl/workbook.xml": b"<kapot"}), "not an Excel workbook"),
        ("kaart.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a CSV"),
        ("kaart.xls", b"oud formaat", "Upload a .csv or .xlsx file"),
        ("kaart.pdf", b"%PDF-1.4", "Upload a .csv or .xlsx file"),
        ("kaart", b"soort,naam", "Upload a .csv or .xlsx file"),
        ("kaart.csv", b"", "The file is empty"),
        ("kaart.csv", b"\n\n", "The file is empty"),
        ("kaart.csv", b"soort,sleutel,naam,type,domein\n", "no rows"),
        ("kaart.csv", b"naam,telefoon\nBuurtteam,0570123456\n", "first column soort"),
        ("kaart.csv", b"soort,naam\norganisatie,Buurtteam\n", "sleutel, type, domein"),
    ],
)
def test_unreadable_files_are_refused(db, file_name, content, expected):
    with translation.override("en"), pytest.raises(SpreadsheetRefused) as refused:
        import_directory(file_name, content)

    assert expected in refused.value.message


def test_a_workbook_without_known_sheets_is_refused(db):
    with translation.override("en"), pytest.raises(SpreadsheetRefused) as refused:
        import_directory("kaart.xlsx", make_xlsx({"Blad1": [{"naam": "x"}]}))

    assert "Organisaties, Locaties, Aanbod, Contactpersonen" in refused.value.message


def test_a_big_file_is_refused(taxonomy, settings):
    settings.DIRECTORY_IMPORT_MAX_BYTES = 1000
    content = make_csv()
    assert len(content) > 1000

    with translation.override("en"), pytest.raises(SpreadsheetRefused) as refused:
        import_directory("kaart.csv", content)

    assert "too big" in refused.value.message
    assert Organisation.objects.count() == 0


def test_too_many_rows_are_refused(taxonomy, settings):
    settings.DIRECTORY_IMPORT_MAX_ROWS = 5

    with translation.override("en"), pytest.raises(SpreadsheetRefused) as refused:
        import_directory("kaart.xlsx", make_xlsx())

    assert "more than 5 rows; at most 5" in refused.value.message


def test_a_zip_bomb_is_refused(db, settings):
    settings.DIRECTORY_IMPORT_MAX_BYTES = 100_000
    content = zip_bytes({"xl/workbook.xml": b"<workbook/>", "xl/bom.xml": b"0" * 2_000_000})
    assert len(content) < 100_000

    with translation.override("en"), pytest.raises(SpreadsheetRefused) as refused:
        import_directory("kaart.xlsx", content)

    assert "too big when unpacked" in refused.value.message


def test_a_hostile_formula_in_a_csv_file_is_stored_as_text(taxonomy):
    sheets = {"Organisaties": [dict(ORGANISATIONS[0], omschrijving='=HYPERLINK("x")')]}

    import_directory("kaart.csv", make_csv(sheets))

    assert Organisation.objects.get().description == '=HYPERLINK("x")'
    exported = parse_csv(export_directory("csv"))
    assert exported[0]["omschrijving"] == '\'=HYPERLINK("x")'


# --- A coordinator of a region ---


@pytest.fixture
def regional_coordinator(taxonomy):
    user = UserFactory(is_coordinator=True)
    taxonomy["deventer"].coordinators.add(user)
    return user


def test_a_regional_coordinator_may_not_change_organisations_elsewhere(
    taxonomy, regional_coordinator
):
    OrganisationFactory(slug="kraamzorg-ijssel").municipalities.set([taxonomy["rotterdam"]])

    summary = import_directory(
        "kaart.xlsx", make_xlsx(), by=regional_coordinator, within_region_of=regional_coordinator
    )

    assert [(e["sheet"], e["row"]) for e in summary.errors] == [
        ("Organisaties", 3),
        ("Contactpersonen", 3),
    ]
    assert "'kraamzorg-ijssel'" in summary.errors[0]["message"]
    assert Organisation.objects.count() == 1


def test_a_regional_coordinator_may_not_add_organisations_elsewhere(taxonomy, regional_coordinator):
    sheets = {"Organisaties": [dict(ORGANISATIONS[0], gemeenten="GM0599")]}

    summary = import_directory("kaart.csv", make_csv(sheets), within_region_of=regional_coordinator)

    assert [e["row"] for e in summary.errors] == [2]
    assert Organisation.objects.count() == 0


def test_a_regional_coordinator_imports_and_exports_their_region(taxonomy, regional_coordinator):
    elsewhere = OrganisationFactory(slug="elders")
    elsewhere.municipalities.set([taxonomy["rotterdam"]])
    offer = {k: v for k, v in INTERVENTIONS[0].items() if k != "locaties"}
    sheets = {"Organisaties": ORGANISATIONS[:1], "Aanbod": [offer]}

    summary = import_directory("kaart.csv", make_csv(sheets), within_region_of=regional_coordinator)

    assert summary.errors == []
    assert Intervention.objects.get().organisation.slug == "buurtteam-deventer"


# --- Management commands ---


def write(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


def test_import_command_dry_run_writes_nothing(taxonomy, tmp_path, capsys):
    call_command("import_directory", write(tmp_path, "kaart.xlsx", make_xlsx()), "--dry-run")

    assert directory_size() == (0, 0, 0, 0)
    output = capsys.readouterr().out.splitlines()
    assert output[0].startswith("Organisaties: 2 ")
    assert output[3].startswith("Contactpersonen: 2 ")


def test_import_command_imports_with_history_user(taxonomy, tmp_path, coordinator):
    path = write(tmp_path, "kaart.csv", make_csv())

    call_command("import_directory", path, "--user", coordinator.email)

    assert directory_size() == (2, 1, 1, 2)
    assert Intervention.objects.get().history.latest().history_user == coordinator


def test_import_command_fails_on_errors_and_writes_nothing(taxonomy, tmp_path, capsys):
    path = write(tmp_path, "kaart.xlsx", make_xlsx(with_row("Locaties", 0, postcode="7411 XX1")))

    with pytest.raises(CommandError):
        call_command("import_directory", path)

    assert directory_size() == (0, 0, 0, 0)
    assert "7411 XX1" in capsys.readouterr().err


def test_import_command_needs_a_known_user(taxonomy, tmp_path):
    path = write(tmp_path, "kaart.csv", make_csv())

    with pytest.raises(CommandError):
        call_command("import_directory", path, "--user", "onbekend@rokportaal.example")

    assert directory_size() == (0, 0, 0, 0)


def test_import_command_refuses_a_broken_file(db, tmp_path):
    with pytest.raises(CommandError, match="xlsx"):
        call_command("import_directory", write(tmp_path, "kaart.xlsx", b"geen zip"))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_command_writes_a_file_that_imports_unchanged(directory, tmp_path, file_format):
    path = tmp_path / f"kaart.{file_format}"

    call_command("export_directory", str(path))

    summary = import_directory(path.name, path.read_bytes(), dry_run=True)
    assert summary.errors == []
    assert summary.counts["intervention"] == {"created": 0, "updated": 0, "unchanged": 7}


def test_export_command_needs_a_known_extension(db, tmp_path):
    with pytest.raises(CommandError):
        call_command("export_directory", str(tmp_path / "kaart.json"))


# --- The web pages ---


def upload(client, file_name: str, content: bytes):
    document = io.BytesIO(content)
    document.name = file_name
    return client.post(reverse("organisations:import_upload"), {"file": document})


@pytest.mark.parametrize(
    "url", [reverse("organisations:import_upload"), reverse("organisations:export")]
)
def test_only_coordinators_import_and_export(
    login, url, professional, editor, coordinator, anonymous
):
    assert anonymous.get(url).status_code == 302
    assert anonymous.get(url)["Location"].startswith(reverse("accounts:login"))
    assert login(professional).get(url).status_code == 403
    assert login(editor).get(url).status_code == 403
    assert login(coordinator).get(url).status_code == 200


def test_import_pages_of_another_coordinator_are_not_found(taxonomy, login, coordinator):
    other = UserFactory(is_coordinator=True)
    directory_import = DirectoryImport.objects.create(
        uploaded_by=other, file_name="kaart.csv", content=make_csv()
    )
    client = login(coordinator)

    preview = reverse("organisations:import_preview", args=[directory_import.pk])
    confirm = reverse("organisations:import_confirm", args=[directory_import.pk])
    assert client.get(preview).status_code == 404
    assert client.post(confirm).status_code == 404
    assert directory_size() == (0, 0, 0, 0)


def test_import_pages_refuse_others(taxonomy, login, anonymous, professional, editor, coordinator):
    directory_import = DirectoryImport.objects.create(
        uploaded_by=coordinator, file_name="kaart.csv", content=make_csv()
    )
    preview = reverse("organisations:import_preview", args=[directory_import.pk])
    confirm = reverse("organisations:import_confirm", args=[directory_import.pk])
    before = directory_size()

    assert anonymous.get(preview).status_code == 302
    assert anonymous.post(confirm).status_code == 302
    for user in (professional, editor):
        assert login(user).get(preview).status_code == 403
        assert login(user).post(confirm).status_code == 403
    assert login(coordinator).get(confirm).status_code == 405
    assert login(coordinator).get(preview).status_code == 200
    assert directory_size() == before
    directory_import.refresh_from_db()
    assert directory_import.applied_at is None


def test_upload_preview_confirm(taxonomy, login, coordinator):
    client = login(coordinator)

    response = upload(client, "kaart.xlsx", make_xlsx())

    directory_import = DirectoryImport.objects.get()
    preview = reverse("organisations:import_preview", args=[directory_import.pk])
    assert response.status_code == 302 and response["Location"] == preview
    assert directory_size() == (0, 0, 0, 0)  # only a preview so far
    assert directory_import.uploaded_by == coordinator
    assert directory_import.summary["error_count"] == 0
    page = client.get(preview)
    assert page.status_code == 200
    confirm = reverse("organisations:import_confirm", args=[directory_import.pk])
    assert f'action="{confirm}"' in page.content.decode()

    response = client.post(confirm)

    assert response.status_code == 302 and response["Location"] == preview
    assert directory_size() == (2, 1, 1, 2)
    directory_import.refresh_from_db()
    assert directory_import.applied_at is not None
    assert bytes(directory_import.content) == b""
    assert Organisation.objects.get(slug="buurtteam-deventer").history.latest().history_user == (
        coordinator
    )
    assert f'action="{confirm}"' not in client.get(preview).content.decode()

    Organisation.objects.filter(slug="buurtteam-deventer").update(name="Later gewijzigd")
    response = client.post(confirm)  # a second confirmation changes nothing

    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["info"]
    assert Organisation.objects.get(slug="buurtteam-deventer").name == "Later gewijzigd"
    assert directory_size() == (2, 1, 1, 2)


def test_upload_with_errors_shows_them_and_cannot_be_confirmed(taxonomy, login, coordinator):
    client = login(coordinator)
    upload(client, "kaart.csv", make_csv(with_row("Locaties", 0, postcode="7411 XX1")))
    directory_import = DirectoryImport.objects.get()

    page = client.get(reverse("organisations:import_preview", args=[directory_import.pk]))

    assert "7411 XX1" in page.content.decode()
    confirm = reverse("organisations:import_confirm", args=[directory_import.pk])
    assert f'action="{confirm}"' not in page.content.decode()
    client.post(confirm)
    assert directory_size() == (0, 0, 0, 0)
    directory_import.refresh_from_db()
    assert directory_import.applied_at is None


def test_a_refused_upload_stays_on_the_form_with_the_reason(db, login, coordinator):
    response = upload(login(coordinator), "kaart.csv", b"\x00\x01binary")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert DirectoryImport.objects.count() == 0


def test_a_too_big_upload_is_refused_before_it_is_read(taxonomy, login, coordinator, settings):
    settings.DIRECTORY_IMPORT_MAX_BYTES = 1000

    response = upload(login(coordinator), "kaart.csv", make_csv())

    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert "1000" in error  # the limit, in the user's language
    assert DirectoryImport.objects.count() == 0


def test_export_download(directory, login, coordinator):
    client = login(coordinator)

    response = client.get(reverse("organisations:export"), {"formaat": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert len(parse_csv(response.content)) > len(directory)
    xlsx = client.get(reverse("organisations:export"))
    assert openpyxl.load_workbook(io.BytesIO(xlsx.content)).sheetnames[0] == "Organisaties"
    assert client.get(reverse("organisations:export"), {"formaat": "xml"}).status_code == 400


def test_a_regional_coordinator_exports_their_region_only(taxonomy, login, regional_coordinator):
    OrganisationFactory(slug="hier").municipalities.set([taxonomy["deventer"]])
    OrganisationFactory(slug="elders").municipalities.set([taxonomy["rotterdam"]])

    response = login(regional_coordinator).get(reverse("organisations:export"), {"formaat": "csv"})

    assert [row["sleutel"] for row in parse_csv(response.content)] == ["hier"]


def test_a_row_the_database_refuses_is_an_error_not_a_crash(taxonomy, monkeypatch):
    def refuse(*args, **kwargs):
        raise IntegrityError("constraint")

    monkeypatch.setattr(Location, "save", refuse)

    summary = import_directory("kaart.xlsx", make_xlsx())

    assert [(e["sheet"], e["row"]) for e in summary.errors] == [("Locaties", 2)]
    assert directory_size() == (0, 0, 0, 0)
