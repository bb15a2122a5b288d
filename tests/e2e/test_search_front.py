"""The search page in Chromium (issue 17): the map view (clustered markers, a marker opens the
card, by keyboard too, no Content-Security-Policy violation), the phone layout (the first result
above the fold, the filters behind a button that counts the active ones), the handout kept
across pages and filters and e-mailed to a parent, and the page without JavaScript.

The map tiles come from PDOK in real life; here a Playwright route answers for that host with a
plain tile, so the tests need no network and the CSP still decides whether the image may load.
The demo locations get coordinates from their postcodes (places.postcode_area) once, committed,
like the demo data itself (conftest.py), so that the live server sees them on PostgreSQL too.
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.core import mail

from mail.models import OutgoingEmail
from organisations.models import Location
from organisations.places import postcode_area

from .portal import Portal

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips these tests (or fails them in CI)
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1366, "height": 900}
TILE_HOST = "https://service.pdok.nl/"


def grey_png(size: int = 256) -> bytes:
    """A plain light grey PNG tile."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\xe8\xea\xed" * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


TILE = grey_png()
# Screenshots to look at (the review): these four also go here.
SHOTS = Path(os.environ.get("FRONT_SHOTS", "/tmp/shots-front"))
WATCH_CSP = """
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) =>
    window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI));
"""


@pytest.fixture(scope="module")
def placed(demo_server, django_db_blocker) -> str:
    """The demo locations at their postcodes' centres, committed before the tests begin."""
    with django_db_blocker.unblock():
        for location in Location.objects.filter(latitude__isnull=True):
            area = postcode_area(location.postcode)
            if area:
                Location.objects.filter(pk=location.pk).update(
                    latitude=round(area.centre.latitude, 6),
                    longitude=round(area.centre.longitude, 6),
                )
    return demo_server


def with_tiles(page) -> None:
    page.context.route(
        f"{TILE_HOST}**", lambda route: route.fulfill(body=TILE, content_type="image/png")
    )
    page.add_init_script(WATCH_CSP)


def csp_violations(page) -> list[str]:
    return page.evaluate("() => window.__cspViolations || []")


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / name, full_page=False, caret="initial")


def test_the_map_view_clusters_the_results_and_a_marker_opens_the_card(portal: Portal, placed):
    page = portal.new_page("nl")
    with_tiles(page)
    portal.visit(page, "/zoeken/")
    page.locator(".view-switch a[href*='weergave=kaart']").click()
    page.wait_for_url(re.compile(r"weergave=kaart"))
    the_map = page.locator("#results-map")
    expect(the_map.locator(".marker-cluster").first).to_be_visible()
    expect(the_map.locator(".leaflet-tile-loaded").first).to_be_attached()
    # The text alternative is in the page all the same, and the map's credits.
    expect(page.locator(".places-list")).to_be_visible()
    expect(page.locator(".map-attribution")).to_contain_text("Kadaster")
    expect(page.locator(".map-attribution")).to_contain_text("GeoNames")
    expect(page.locator(".map-needs-script")).to_be_hidden()
    shot(page, "map-desktop.png")
    portal.check(page, "map", screenshots=True)

    # By keyboard: Enter on a cluster zooms in, until a single marker can be opened.
    markers = the_map.locator(".leaflet-marker-icon:not(.marker-cluster)")
    for _ in range(8):
        if markers.count():
            break
        cluster = the_map.locator(".marker-cluster").first
        expect(cluster).to_have_attribute("aria-label", re.compile(r"\d"))
        cluster.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(700)  # the zoom animation
    marker = markers.first
    expect(marker).to_have_attribute("tabindex", "0")
    marker.focus()
    page.keyboard.press("Enter")
    popup = the_map.locator(".leaflet-popup .map-popup")
    expect(popup).to_be_visible()
    expect(popup.locator("a").first).to_be_focused()
    card_link = popup.locator(".map-popup__offers a").first
    href = card_link.get_attribute("href")
    assert href and href.startswith("/aanbod/")
    page.keyboard.press("Escape")
    expect(popup).to_have_count(0)
    expect(marker).to_be_focused()

    # By mouse: the marker's popup leads to the card.
    marker.click()
    expect(popup).to_be_visible()
    shot(page, "map-popup.png")
    portal.check(page, "map-popup")
    popup.locator(".map-popup__offers a").first.click()
    page.wait_for_url(re.compile(r"/aanbod/"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert csp_violations(page) == []


def test_on_a_phone_the_results_come_first_and_the_filters_open_from_a_button(
    portal: Portal, placed
):
    page = portal.new_page("en")
    page.set_viewport_size(PHONE)
    portal.visit(page, "/zoeken/")
    first = page.locator(".result").first
    expect(first).to_be_in_viewport()
    box = first.bounding_box()
    assert box and box["y"] + 120 < PHONE["height"], f"first result starts at {box}"
    toggle = page.locator(".search-filters > summary")
    expect(toggle).to_be_visible()
    expect(page.locator(".search-filters .facet").first).to_be_hidden()
    assert toggle.bounding_box()["y"] < box["y"]  # a button above, not the filters themselves
    shot(page, "search-phone.png")

    toggle.click()
    facet = page.locator(".search-filters .facet:has(input[type=checkbox])").first
    expect(facet).to_be_visible()
    facet.locator("input[type=checkbox]").first.check()
    # htmx re-renders the page part: the filters stay open and the button counts one.
    page.wait_for_url(re.compile(r"\?.+"))
    expect(page.locator(".search-filters__count")).to_contain_text("1")
    expect(page.locator(".search-filters .facet").first).to_be_visible()
    page.locator(".search-filters > summary").click()
    expect(page.locator(".search-filters .facet").first).to_be_hidden()
    expect(page.locator(".result").first).to_be_in_viewport()
    shot(page, "search-phone-filtered.png")
    portal.check(page, "search-phone", screenshots=True)

    page.set_viewport_size(WIDE)
    portal.visit(page, "/zoeken/")
    expect(page.locator(".search-filters .facet").first).to_be_visible()
    expect(page.locator(".search-filters > summary")).to_be_hidden()
    shot(page, "search-desktop.png")


def test_the_handout_stays_across_pages_and_filters_and_goes_to_the_parent(portal: Portal, placed):
    page = portal.new_page("nl")
    portal.sign_in(page, "verloskundige.deventer@rokportaal.example")
    portal.visit(page, "/zoeken/")
    counter = page.locator("#handout-link")
    expect(counter).to_contain_text("(0)")

    first = page.locator(".result").first
    first_name = first.locator("h3").inner_text()
    first.locator(".handout-toggle__button").click()  # htmx: swapped in place
    expect(first.locator(".handout-toggle__button")).to_have_attribute("aria-pressed", "true")
    expect(counter).to_contain_text("(1)")

    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"pagina=2"))
    second = page.locator(".result").first
    second_name = second.locator("h3").inner_text()
    second.locator(".handout-toggle__button").click()
    expect(page.locator("#handout-link")).to_contain_text("(2)")

    # A filter (htmx re-renders the results) and an organisation page: still two.
    page.locator(".search-filters .facet input[type=checkbox]").first.check()
    page.wait_for_url(re.compile(r"^(?!.*pagina=2).*\?.+"))
    expect(page.locator("#handout-link")).to_contain_text("(2)")
    page.locator(".result .result__organisation a").first.click()
    page.wait_for_url(re.compile(r"/organisaties/"))
    expect(page.locator("#handout-link")).to_contain_text("(2)")

    page.locator("#handout-link").click()
    page.wait_for_url(re.compile(r"/zoeken/folder/"))
    items = page.locator(".handout__item h2")
    expect(items).to_have_text([first_name, second_name])
    shot(page, "handout.png")
    portal.check(page, "handout", screenshots=True)

    # E-mail it to the parent: sent, and the outbox keeps no address.
    sent_before = len(mail.outbox)
    page.locator("input[name=email]").fill("geen-adres")
    page.locator(".handout-email button[type=submit]").click()
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email")).to_have_value("geen-adres")
    portal.console_errors[page].clear()  # the refused form's 400, as intended
    page.locator("input[name=email]").fill("ouder.fictief@voorbeeld.example")
    page.locator("select[name=language]").select_option("en")
    page.locator(".handout-email button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    email = OutgoingEmail.objects.filter(kind="handout").latest("pk")
    # The worker's part: on PostgreSQL the server delivered it once its request committed; on
    # SQLite the server shares this test's transaction, which never commits.
    email.deliver()
    email.refresh_from_db()
    assert email.is_delivered and email.to == []
    assert not OutgoingEmail.objects.filter(to__icontains="voorbeeld.example").exists()
    assert len(mail.outbox) == sent_before + 1
    assert mail.outbox[-1].to == ["ouder.fictief@voorbeeld.example"]
    assert first_name in mail.outbox[-1].body
    portal.check(page, "handout-sent")

    # Printed and emptied for the next parent (headless Chromium's print dialog returns at once).
    page.locator("[data-then-submit=handout-clear-form]").click()
    page.wait_for_url(re.compile(r"/zoeken/folder/"))
    expect(page.locator(".handout__item")).to_have_count(0)
    portal.visit(page, "/zoeken/")
    expect(page.locator("#handout-link")).to_contain_text("(0)")


def test_without_javascript_the_search_map_and_handout_still_work(portal: Portal, placed):
    context = portal.browser.new_context(
        base_url=portal.base_url, viewport=WIDE, locale="nl-NL", java_script_enabled=False
    )
    portal.contexts.append(context)
    page = context.new_page()
    page.goto("/zoeken/?weergave=kaart")
    expect(page.locator(".map-needs-script")).to_be_visible()
    expect(page.locator("#results-map")).to_be_hidden()
    expect(page.locator(".places-list dt").first).to_be_visible()
    expect(page.locator(".map-attribution")).to_contain_text("Kadaster")
    # The filters are open beside the results (no JavaScript needed on a wide screen).
    expect(page.locator(".search-filters .facet").first).to_be_visible()
    shot(page, "map-no-javascript.png")

    page.locator(".view-switch a").first.click()
    page.locator("#id_q").fill("zwanger")
    page.locator(".search-box button").click()
    page.wait_for_url(re.compile(r"q=zwanger"))
    result = page.locator(".result").first
    result.locator(".handout-toggle__button").click()  # a plain POST, and back
    page.wait_for_url(re.compile(r"q=zwanger"))
    expect(page.locator(".result").first.locator(".handout-toggle__button")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator("#handout-link")).to_contain_text("(1)")

    page.set_viewport_size(PHONE)
    page.goto("/zoeken/")
    expect(page.locator(".search-filters > summary")).to_be_visible()
    page.locator(".search-filters > summary").click()  # <details> opens without JavaScript
    expect(page.locator(".search-filters .facet").first).to_be_visible()
