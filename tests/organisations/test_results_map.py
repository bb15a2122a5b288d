"""The search page's map view: the public locations of the current results with coordinates on
the map, the same places (and those without coordinates) listed by town as its text
alternative; never a confidential address; one query however many results."""

import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from organisations.places import postcode_area
from organisations.search import results_map as results_map_module
from tests.factories import InterventionFactory, LocationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

MAP = reverse("organisations:search") + "?weergave=kaart"


def markers(html: str) -> list[dict]:
    found = re.search(r'<script id="results-map-data" type="application/json">(.*?)</script>', html)
    return json.loads(found.group(1)) if found else []


def search(client, url: str = MAP) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def places(db):
    """A clinic in Deventer (coordinates), a shelter there (confidential, coordinates), and a
    walk-in in Olst entered without coordinates (placed at its postcode's centre)."""
    organisation = OrganisationFactory(name="Wijkteam Voorbeeld")
    clinic = LocationFactory(
        organisation=organisation,
        name="Spreekuur",
        address="Brink 1",
        postcode="7411 AB",
        city="Deventer",
        latitude=Decimal("52.255000"),
        longitude=Decimal("6.160000"),
    )
    shelter = LocationFactory(
        organisation=organisation,
        name="Opvang",
        address="Geheime Steeg 3",
        postcode="7411 XY",
        city="Deventer",
        latitude=Decimal("52.250000"),
        longitude=Decimal("6.150000"),
        is_confidential=True,
    )
    walk_in = LocationFactory(
        organisation=organisation, name="Inloop", address="Markt 2", postcode="8121 AA", city="Olst"
    )
    voorzorg = InterventionFactory(organisation=organisation, name="VoorZorg", slug="voorzorg")
    voorzorg.locations.set([clinic, shelter, walk_in])
    steun = InterventionFactory(organisation=organisation, name="Steunouder", slug="steunouder")
    steun.locations.set([clinic])
    return voorzorg, steun


def test_the_map_shows_public_locations_of_the_results_never_a_confidential_one(anonymous, places):
    html = search(anonymous)
    clinic, olst = sorted(markers(html), key=lambda marker: marker["name"] != "Spreekuur")
    # The shelter never; the walk-in at the centre of its postcode.
    centre = postcode_area("8121").centre
    assert (olst["lat"], olst["lng"]) == (centre.latitude, centre.longitude)
    assert (clinic["lat"], clinic["lng"]) == (52.255, 6.16)
    assert clinic["organisation"] == "Wijkteam Voorbeeld"
    assert {offer["name"] for offer in clinic["offers"]} == {"VoorZorg", "Steunouder"}
    assert {offer["url"] for offer in clinic["offers"]} == {
        "/aanbod/voorzorg/",
        "/aanbod/steunouder/",
    }
    assert "Geheime Steeg" not in html and "7411 XY" not in html and "52.25," not in html


def test_the_text_alternative_lists_the_places_by_town_and_says_the_map_needs_javascript(
    anonymous, places
):
    html = search(anonymous)
    assert "Brink 1, 7411 AB Deventer" in html and "Markt 2, 8121 AA Olst" in html
    assert html.index("<dt>Deventer</dt>") < html.index("<dt>Olst</dt>")
    assert 'class="map-needs-script' in html
    assert "Kadaster" in html and "GeoNames" in html  # the attributions
    assert 'data-tiles="https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/' in html


def test_the_map_follows_the_filters(anonymous, places):
    html = search(anonymous, MAP + "&q=steunouder")
    [clinic] = markers(html)
    assert [offer["name"] for offer in clinic["offers"]] == ["Steunouder"]
    assert "Markt 2" not in html  # VoorZorg's walk-in is not a result now
    assert 'name="weergave" value="kaart"' in html  # the next filter keeps the map view


def test_the_list_view_has_no_map(anonymous, places):
    html = search(anonymous, reverse("organisations:search"))
    assert 'id="results-map"' not in html and "leaflet" not in html
    assert "?weergave=kaart" in html  # the switch to the map


def test_a_confidential_address_is_never_on_the_map_even_as_the_only_place(anonymous, db):
    shelter = LocationFactory(
        address="Geheime Steeg 3",
        latitude=Decimal("52.25"),
        longitude=Decimal("6.15"),
        is_confidential=True,
    )
    InterventionFactory(organisation=shelter.organisation).locations.set([shelter])
    html = search(anonymous)
    assert markers(html) == [] and "Geheime Steeg" not in html
    assert 'id="results-map"' not in html


def test_the_map_costs_a_bounded_number_of_queries(
    anonymous, db, django_assert_max_num_queries, monkeypatch
):
    organisation = OrganisationFactory()
    for number in range(40):
        location = LocationFactory(
            organisation=organisation,
            latitude=Decimal("52.2") + Decimal(number) / 1000,
            longitude=Decimal("6.1"),
        )
        InterventionFactory(organisation=organisation).locations.set([location])
    search(anonymous)  # the index and taxonomies warm up
    with django_assert_max_num_queries(12):
        html = search(anonymous)
    assert len(markers(html)) == 40

    monkeypatch.setattr(results_map_module, "MAX_RESULTS", 10)
    html = search(anonymous)
    assert len(markers(html)) == 10
    assert "first 10 results" in html or "eerste 10" in html
