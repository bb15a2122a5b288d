"""A few kilobytes of spreadsheet may not make the import allocate, pad or walk more than a real
directory file needs. The workbooks here are what an attacker sends: a sheet that declares every
cell of Excel (`<dimension ref="A1:XFD1048576"/>`) with one far cell, a far column, a huge row
number, a row of endless cells, endless styles, a DTD. Each is refused with a clear message, or
read as the little it holds, within a memory bound; nothing is imported.

Memory is measured with tracemalloc. A watchdog stops a read that holds four times the bound, so
that a reader that pads (as the one before these tests did, to 2.9 GB in 22 seconds) fails the
test quickly instead of taking the machine's memory. Work is bounded by counts, not by time: the
limits on rows walked and XML elements are lowered where a test shows that reading stops at them.
"""

import _thread
import contextlib
import io
import signal
import threading
import tracemalloc
import zipfile

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation

from organisations import spreadsheets
from organisations.models import DirectoryImport, Organisation
from organisations.spreadsheets import SpreadsheetRefused, read_tables

PEAK_LIMIT = 50 * 2**20
ABORT_AT = 4 * PEAK_LIMIT
EVERY_CELL = "A1:XFD1048576"
SHEET = "xl/worksheets/sheet1.xml"
NOT_A_WORKBOOK = "not an Excel workbook"
TOO_COMPLEX = "too complex to read"


def cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: str, *, dimension: str = EVERY_CELL, before: str = "") -> bytes:
    return (
        f'{before}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    ).encode()


HEADERS = f'<row r="1">{cell("A1", "sleutel")}{cell("B1", "naam")}</row>'


def workbook(sheet: bytes, other_parts: dict[str, bytes] | None = None) -> bytes:
    """A workbook saved by openpyxl (one sheet, Organisaties) with its sheet and other parts
    replaced, as an attacker edits a real file."""
    book = openpyxl.Workbook()
    book.active.title = "Organisaties"
    saved = io.BytesIO()
    book.save(saved)
    parts = {SHEET: sheet, **(other_parts or {})}
    stream = io.BytesIO()
    with (
        zipfile.ZipFile(saved) as original,
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as hostile,
    ):
        for name in original.namelist():
            hostile.writestr(name, parts.get(name, original.read(name)))
    return stream.getvalue()


class MemoryBoundExceeded(BaseException):
    """A read held more than ABORT_AT; not an Exception, so no `except Exception` swallows it."""


@contextlib.contextmanager
def bounded_memory():
    """Yields a dict whose "peak" is, afterwards, the most Python held at once meanwhile."""
    measured = {"peak": None}
    stop = threading.Event()

    def abort(signum, frame):
        raise MemoryBoundExceeded(f"reading held more than {ABORT_AT // 2**20} MB")

    def watch():
        while not stop.wait(0.01):
            if tracemalloc.get_traced_memory()[0] > ABORT_AT:
                _thread.interrupt_main(signal.SIGUSR1)  # runs `abort` in the test's thread
                return

    previous_handler = signal.signal(signal.SIGUSR1, abort)
    tracing_already = tracemalloc.is_tracing()
    if not tracing_already:
        tracemalloc.start()
    tracemalloc.reset_peak()
    watchdog = threading.Thread(target=watch, daemon=True)
    watchdog.start()
    try:
        yield measured
    finally:
        stop.set()
        watchdog.join()
        measured["peak"] = tracemalloc.get_traced_memory()[1]
        if not tracing_already:
            tracemalloc.stop()
        signal.signal(signal.SIGUSR1, previous_handler)


def refusal(file_name: str, content: bytes) -> str:
    """The message a file is refused with, after reading it within the memory bound."""
    with (
        translation.override("en"),
        bounded_memory() as memory,
        pytest.raises(SpreadsheetRefused) as refused,
    ):
        read_tables(file_name, content)
    assert memory["peak"] < PEAK_LIMIT
    return refused.value.message


def tables_of(file_name: str, content: bytes) -> list[spreadsheets.Table]:
    with translation.override("en"), bounded_memory() as memory:
        tables = read_tables(file_name, content)
    assert memory["peak"] < PEAK_LIMIT
    return tables


# --- The finding: a declared dimension of every cell, and one far cell ---


@pytest.mark.parametrize(
    "rows, far_cell",
    [
        (HEADERS + f'<row r="1048576">{cell("XFD1048576", "x")}</row>', "XFD1048576"),
        (HEADERS + f'<row r="2">{cell("A2", "buurtteam")}{cell("XFD2", "x")}</row>', "XFD2"),
        # The first column past the limit, and a cell that says nothing of where it is.
        (HEADERS + f'<row r="2">{cell("GS2", "x")}</row>', "GS2"),
        (
            HEADERS + '<row r="2">' + "<c/>" * 200 + '<c t="inlineStr"><is><t>x</t></is></c></row>',
            "GS2",
        ),
    ],
)
def test_a_value_beyond_the_columns_is_refused_before_any_row_is_padded(rows, far_cell):
    message = refusal("kaart.xlsx", workbook(sheet_xml(rows)))

    assert far_cell in message
    assert "only the first 200 columns" in message


def test_empty_cells_and_rows_beyond_the_data_are_neither_padded_nor_counted(settings):
    settings.DIRECTORY_IMPORT_MAX_ROWS = 1
    rows = (
        f'<row r="1">{cell("A1", "Sleutel")}{cell("B1", "naam")}<c r="XFD1" s="0"/></row>'
        f'<row r="2">{cell("A2", "buurtteam")}{cell("B2", "Buurtteam")}<c r="XFD2" s="0"/></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t> </t></is></c></row>'
        '<row r="60000"><c r="XFD60000" s="0"/></row>'
    )

    [table] = tables_of("kaart.xlsx", workbook(sheet_xml(rows)))

    assert table.title == "Organisaties"
    assert table.headers == ["sleutel", "naam"]
    assert table.rows == [(2, ["buurtteam", "Buurtteam"])]


def test_a_dimension_that_says_too_little_is_not_trusted_either():
    # A value right of the last header is ignored, as it was; one under an empty header too.
    rows = (
        f'<row r="1">{cell("A1", "sleutel")}{cell("C1", "naam")}</row>'
        f'<row r="2">{cell("A2", "buurtteam")}{cell("D2", "zonder kop")}</row>'
    )

    [table] = tables_of("kaart.xlsx", workbook(sheet_xml(rows, dimension="A1")))

    assert table.headers == ["sleutel", "", "naam"]
    assert table.rows == [(2, ["buurtteam", "", ""])]


# --- Rows: far down, too many, or beyond what Excel has ---


def test_a_row_number_beyond_excel_is_refused_without_walking_to_it():
    rows = HEADERS + f'<row r="2000000000">{cell("A2000000000", "x")}</row>'

    assert NOT_A_WORKBOOK in refusal("kaart.xlsx", workbook(sheet_xml(rows)))


def test_reading_stops_at_the_rows_it_may_walk_empty_ones_included(monkeypatch):
    monkeypatch.setattr(spreadsheets, "MAX_ROW_POSITIONS", 10_000)
    near = HEADERS + f'<row r="10000">{cell("A10000", "buurtteam")}</row>'
    far = HEADERS + f'<row r="1048576">{cell("A1048576", "buurtteam")}</row>'

    [table] = tables_of("kaart.xlsx", workbook(sheet_xml(near)))
    message = refusal("kaart.xlsx", workbook(sheet_xml(far)))

    assert table.rows == [(10_000, ["buurtteam", ""])]
    assert "more than 10000 rows, empty ones included" in message


def test_100000_rows_are_refused_after_the_first_too_many():
    rows = HEADERS + "".join(
        f'<row r="{number}"><c r="A{number}"><v>{number}</v></c></row>'
        for number in range(2, 100_002)
    )

    message = refusal("kaart.xlsx", workbook(sheet_xml(rows, dimension="A1:B100001")))

    assert "more than 1000 rows; at most 1000" in message


def test_a_row_with_more_cells_than_excel_has_columns_is_refused():
    rows = HEADERS + '<row r="2">' + "<c/>" * 20_000 + "</row>"

    assert NOT_A_WORKBOOK in refusal("kaart.xlsx", workbook(sheet_xml(rows)))


# --- Parts that openpyxl would build whole ---


def test_a_styles_part_of_endless_formats_is_refused_before_it_is_read():
    sheet = sheet_xml(HEADERS, dimension="A1:B1")
    with zipfile.ZipFile(io.BytesIO(workbook(sheet))) as archive:
        styles = archive.read("xl/styles.xml").decode()
    assert '<cellXfs count="1">' in styles
    endless = styles.replace('<cellXfs count="1">', '<cellXfs count="30001">' + "<xf/>" * 30_000)

    message = refusal("kaart.xlsx", workbook(sheet, {"xl/styles.xml": endless.encode()}))

    assert TOO_COMPLEX in message


def test_a_sheet_of_more_elements_than_any_directory_is_refused(monkeypatch):
    monkeypatch.setattr(spreadsheets, "MAX_XML_ELEMENTS", 10_000)
    rows = HEADERS + "".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>' for n in range(2, 4000))

    assert TOO_COMPLEX in refusal("kaart.xlsx", workbook(sheet_xml(rows)))


LAUGHS = "".join(f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10))


@pytest.mark.parametrize(
    "before, text",
    [
        ('<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        (f'<!DOCTYPE worksheet [<!ENTITY a0 "lol">{LAUGHS}]>', "&a9;"),
    ],
    ids=["xxe", "billion-laughs"],
)
def test_a_dtd_is_refused(before, text):
    rows = HEADERS + f'<row r="2">{cell("A2", text)}</row>'

    message = refusal("kaart.xlsx", workbook(sheet_xml(rows, dimension="A1:B2", before=before)))

    assert NOT_A_WORKBOOK in message


# --- CSV: the same limits, without a zip around them ---


def test_a_csv_of_empty_lines_is_refused_without_keeping_them(monkeypatch):
    monkeypatch.setattr(spreadsheets, "MAX_ROW_POSITIONS", 10_000)

    message = refusal("kaart.csv", b"soort,sleutel\n" + b"\n" * 2_000_000)

    assert "more than 10000 rows, empty ones included" in message


def test_a_csv_of_100000_rows_is_refused():
    content = b"soort,sleutel\n" + b"organisatie,x\n" * 100_000

    assert "more than 1000 rows; at most 1000" in refusal("kaart.csv", content)


def test_a_csv_value_beyond_the_columns_is_refused_and_empty_cells_there_are_not():
    far_value = b"soort,sleutel\norganisatie,x" + b"," * 199 + b"verre waarde\n"
    far_empty = b"soort,sleutel\norganisatie,x" + b"," * 5_000 + b"\n"

    assert "The cell GS2 holds a value" in refusal("kaart.csv", far_value)
    [table] = tables_of("kaart.csv", far_empty)
    assert table.rows == [(2, ["organisatie", "x"] + [""] * 198)]


def test_utf16_csv_is_still_refused():
    content = "soort,sleutel\norganisatie,x\n".encode("utf-16")

    assert "not a CSV text file" in refusal("kaart.csv", content)


# --- Over HTTP: the coordinator keeps what they had ---


def upload(client, content: bytes):
    document = io.BytesIO(content)
    document.name = "kaart.xlsx"
    return client.post(reverse("organisations:import_upload"), {"file": document})


ORGANISATION_HEADERS = "".join(
    cell(f"{column}1", header)
    for column, header in zip("ABCD", ["sleutel", "naam", "type", "domein"], strict=True)
)


def organisation_row(number: int, slug: str, name: str, extra: str = "") -> str:
    values = [slug, name, "neighbourhood_team", "Sociaal domein"]
    cells = "".join(cell(f"{c}{number}", v) for c, v in zip("ABCD", values, strict=True))
    return f'<row r="{number}">{cells}{extra}</row>'


def test_the_far_cell_workbook_uploaded_by_a_coordinator_is_refused_on_the_form(
    login, coordinator, organisation
):
    rows = (
        f'<row r="1">{ORGANISATION_HEADERS}</row>'
        + organisation_row(2, organisation.slug, "Overgenomen")
        + f'<row r="1048576">{cell("XFD1048576", "x")}</row>'
    )
    client = login(coordinator)

    with bounded_memory() as memory:
        response = upload(client, workbook(sheet_xml(rows)))

    assert memory["peak"] < PEAK_LIMIT
    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert "XFD1048576" in error
    assert DirectoryImport.objects.count() == 0
    organisation.refresh_from_db()
    assert organisation.name == "Sociaal Wijkteam Deventer"


def test_an_honest_workbook_with_a_wrong_dimension_is_still_imported(login, coordinator, db):
    rows = (
        f'<row r="1">{ORGANISATION_HEADERS}<c r="XFD1" s="0"/></row>'
        + organisation_row(2, "buurtteam-deventer", "Buurtteam Deventer", '<c r="XFD2" s="0"/>')
        + '<row r="60000"><c r="XFD60000" s="0"/></row>'
    )
    client = login(coordinator)

    with bounded_memory() as memory:
        response = upload(client, workbook(sheet_xml(rows)))

    assert memory["peak"] < PEAK_LIMIT
    directory_import = DirectoryImport.objects.get()
    assert response["Location"] == reverse(
        "organisations:import_preview", args=[directory_import.pk]
    )
    assert directory_import.summary["error_count"] == 0
    [organisations] = [k for k in directory_import.summary["kinds"] if k["kind"] == "organisation"]
    assert organisations["created"] == 1
    assert not Organisation.objects.filter(slug="buurtteam-deventer").exists()  # a preview only
