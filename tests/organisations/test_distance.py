"""Place and distance: coordinates from postcodes, the distance from a postcode on the search
page and in the parents' guide, and the rule that a confidential address is never measured to.

Real postcodes (organisations/reference_data/postcodes.csv): from 7411 (Deventer) the centre of
7412 (Deventer) is 1.75 km, of 7421 (Deventer) 4.3 km, of 7311 (Apeldoorn) 14.2 km and of 8011
(Zwolle) 29.2 km; Deventer's centre is 3.2 km.
"""

import importlib
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction
from django.http import QueryDict
from django.urls import reverse

from organisations.models import CoordinatesSource, DeliveryFormat, Intervention, Location
from organisations.places import ATTRIBUTION_URL, postcode_area
from organisations.search import index as facet_index
from organisations.search.filters import InterventionFilter
from organisations.spreadsheets import import_directory
from tests.factories import (
    InterventionFactory,
    LifePhaseFactory,
    LocationFactory,
    MunicipalityFactory,
    OrganisationFactory,
)
from tests.organisations.test_import_export import make_csv, with_row

SEARCH = reverse("organisations:search")
GUIDE_RESULTS = reverse("organisations:guide_results")
SHELTER_LATITUDE, SHELTER_LONGITUDE = Decimal("52.261234"), Decimal("6.187654")


def centre(postcode: str) -> tuple[Decimal, Decimal]:
    point = postcode_area(postcode).centre
    return Decimal(f"{point.latitude:.6f}"), Decimal(f"{point.longitude:.6f}")


# --- Coordinates from postcodes ---


def test_a_location_without_coordinates_is_placed_at_its_postcodes_centre(db):
    location = LocationFactory(postcode="7412ab")
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == centre("7412")
    assert location.coordinates_source == CoordinatesSource.POSTCODE

    location.postcode = "8011 AB"  # it moved to Zwolle: the coordinates follow
    location.save(update_fields=["postcode"])
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == centre("8011")

    location.postcode = "1000 AA"  # not in the reference data: no coordinates rather than old
    location.save()
    location.refresh_from_db()
    assert (location.latitude, location.longitude, location.coordinates_source) == (None, None, "")


def test_entered_coordinates_are_kept_when_the_postcode_changes(db):
    location = LocationFactory(postcode="7411 AB", latitude=SHELTER_LATITUDE, longitude=Decimal(6))
    assert location.coordinates_source == CoordinatesSource.ENTERED
    location.postcode = "8011 AB"
    location.save()
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == (SHELTER_LATITUDE, Decimal(6))
    assert location.coordinates_source == CoordinatesSource.ENTERED


def test_coordinates_always_say_where_they_come_from(db):
    """A bulk writer skips save(): the database refuses coordinates from nowhere."""
    organisation = OrganisationFactory()
    municipality = MunicipalityFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Location.objects.bulk_create(
            [
                Location(
                    organisation=organisation,
                    name="Zonder bron",
                    address="Brink 1",
                    postcode="7411 AB",
                    city="Deventer",
                    municipality=municipality,
                    latitude=Decimal(52),
                    longitude=Decimal(6),
                )
            ]
        )


def location_data(location: Location, **changes) -> dict:
    data = {
        "name": location.name,
        "address": location.address,
        "postcode": location.postcode,
        "city": location.city,
        "municipality": location.municipality_id,
        "latitude": location.latitude if location.latitude is not None else "",
        "longitude": location.longitude if location.longitude is not None else "",
    }
    return {**data, **changes}


def test_a_coordinator_corrects_coordinates_and_they_are_kept(coordinator, login):
    client = login(coordinator)
    location = LocationFactory(postcode="7411 AB")
    url = reverse("organisations:edit_location", args=[location.pk])

    def edit(**changes) -> Location:
        current = Location.objects.get(pk=location.pk)
        response = client.post(url, location_data(current, **changes))
        assert response.status_code == 302, response.context["form"].errors
        return Location.objects.get(pk=location.pk)

    # The form shows the postcode's coordinates; only the postcode changes: they follow it.
    assert 'value="52.252' in client.get(url).content.decode()
    edited = edit(postcode="7412 AB")
    assert (edited.latitude, edited.longitude) == centre("7412")
    assert edited.coordinates_source == CoordinatesSource.POSTCODE

    edited = edit(latitude="52.250001", longitude="6.150002")
    assert edited.coordinates_source == CoordinatesSource.ENTERED
    edited = edit(postcode="8011 AB")
    assert (edited.latitude, edited.longitude) == (Decimal("52.250001"), Decimal("6.150002"))

    # Both emptied: the postcode's centre again.
    edited = edit(latitude="", longitude="")
    assert (edited.latitude, edited.longitude) == centre("8011")
    assert edited.coordinates_source == CoordinatesSource.POSTCODE


def test_coordinates_set_in_code_are_entered(db):
    location = LocationFactory(postcode="7411 AB")
    location = Location.objects.get(pk=location.pk)
    location.latitude, location.longitude = Decimal("52.3"), Decimal("6.1")
    location.save()
    location.refresh_from_db()
    assert (location.latitude, location.coordinates_source) == (Decimal("52.3"), "entered")


def test_the_migration_places_existing_locations_without_coordinates(db):
    migration = importlib.import_module("organisations.migrations.0011_location_coordinates_source")
    placed = LocationFactory(postcode="7412 AB")
    entered = LocationFactory(postcode="7412 AB", latitude=Decimal(52), longitude=Decimal(6))
    unknown = LocationFactory(postcode="1000 AA")
    # As before the migration: no coordinates, no source (an entered one keeps its coordinates;
    # the constraint the migration adds last forbids them without a source here).
    Location.objects.filter(pk=placed.pk).update(
        latitude=None, longitude=None, coordinates_source=""
    )
    migration.place_by_postcode(apps, SimpleNamespace(connection=connection))
    rows = Location.objects.in_bulk([placed.pk, entered.pk, unknown.pk])
    assert (rows[placed.pk].latitude, rows[placed.pk].longitude) == centre("7412")
    assert rows[placed.pk].coordinates_source == CoordinatesSource.POSTCODE
    assert (rows[entered.pk].latitude, rows[entered.pk].coordinates_source) == (52, "entered")
    assert (rows[unknown.pk].latitude, rows[unknown.pk].coordinates_source) == (None, "")


# --- Distance on the search page ---


@pytest.fixture
def places(db):
    """Offers around Deventer, by name: `places["near"]` etc."""
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", slug="zwolle")
    apeldoorn = MunicipalityFactory(name="Apeldoorn", cbs_code="GM0200", slug="apeldoorn")
    home_visit = DeliveryFormat.objects.get_or_create(
        slug="huisbezoek", defaults={"name": "Huisbezoek", "name_en": "Home visit"}
    )[0]
    online = DeliveryFormat.objects.get_or_create(
        slug="online", defaults={"name": "Online", "name_en": "Online"}
    )[0]
    phase = LifePhaseFactory()

    def offer(name, *, located=(), formats=(), areas=(deventer,), public=True):
        intervention = InterventionFactory(
            name=name, life_phases=[phase], service_areas=list(areas), is_public=public
        )
        intervention.formats.set(formats)
        intervention.locations.set(located)
        return intervention

    def location(postcode, municipality, **fields):
        return LocationFactory(postcode=postcode, municipality=municipality, **fields)

    return {
        "near": offer("Dichtbij", located=[location("7412 AB", deventer)]),
        "further": offer("Verderop", located=[location("7421 AB", deventer)]),
        "apeldoorn": offer(
            "Apeldoorn", located=[location("7311 AB", apeldoorn)], areas=[apeldoorn]
        ),
        "zwolle": offer("Zwolle", located=[location("8011 AB", zwolle)], areas=[zwolle]),
        "home": offer("Aan huis Deventer", formats=[home_visit]),
        "home_zwolle": offer("Aan huis Zwolle", formats=[home_visit], areas=[zwolle]),
        "online": offer("Online Deventer", formats=[online]),
        "shelter": offer(
            "Opvang",
            located=[
                location(
                    "7421 AB",
                    deventer,
                    is_confidential=True,
                    latitude=SHELTER_LATITUDE,
                    longitude=SHELTER_LONGITUDE,
                )
            ],
        ),
        "nowhere": offer("Nergens"),
    }


def search(client, query: str):
    response = client.get(f"{SEARCH}?{query}")
    assert response.status_code == 200
    return response


def found(response) -> set[str]:
    return {intervention.name for intervention in response.context["page"]}


def reach_of(response) -> dict[str, object]:
    return {i.name: i.reach for i in response.context["page"]}


def test_a_distance_keeps_the_offers_that_reach_the_postcode(places, anonymous):
    within_2 = found(search(anonymous, "postcode=7411&afstand=2"))
    # A location 1.75 km away; coming home and online in Deventer; the shelter is in Deventer.
    assert within_2 == {"Dichtbij", "Aan huis Deventer", "Online Deventer", "Opvang"}
    within_5 = found(search(anonymous, "postcode=7411+AB&afstand=5"))
    assert within_5 == within_2 | {"Verderop"}
    within_25 = found(search(anonymous, "postcode=7411&afstand=25"))
    assert within_25 == within_5 | {"Apeldoorn"}
    assert "Zwolle" in found(search(anonymous, "postcode=7411&afstand=50"))


def test_home_and_online_offers_reach_only_their_service_area(places, anonymous):
    in_zwolle = found(search(anonymous, "postcode=8011&afstand=2"))
    assert "Aan huis Zwolle" in in_zwolle
    assert {"Aan huis Deventer", "Online Deventer"}.isdisjoint(in_zwolle)
    reach = reach_of(search(anonymous, "postcode=7411&afstand=2"))
    assert reach["Aan huis Deventer"].kind == "home"
    assert reach["Online Deventer"].kind == "online"


def test_a_confidential_address_is_never_measured_to(places, anonymous, professional, client):
    client.force_login(professional)
    for visitor in (anonymous, client):
        response = search(visitor, "postcode=7411&volgorde=afstand")
        reach = reach_of(response)["Opvang"]
        assert (reach.kind, reach.municipality, reach.confidential) == (
            "municipality",
            "Deventer",
            True,
        )
        page = response.content.decode()
        for coordinate in (SHELTER_LATITUDE, SHELTER_LONGITUDE):
            assert str(coordinate) not in page and str(coordinate).replace(".", ",") not in page
        assert "Deventer" in page
    # From Apeldoorn, whose postcode does not lie in Deventer: Deventer's centre counts.
    assert "Opvang" not in found(search(anonymous, "postcode=7311&afstand=10"))
    assert "Opvang" in found(search(anonymous, "postcode=7311&afstand=25"))
    # The index itself holds no point for it.
    points = facet_index.current().places.points
    assert all(
        (round(point.latitude, 6), round(point.longitude, 6))
        != (float(SHELTER_LATITUDE), float(SHELTER_LONGITUDE))
        for point in points
    )


def test_the_nearest_come_first_when_asked(places, anonymous):
    response = search(anonymous, "postcode=7411&volgorde=afstand")
    names = [intervention.name for intervention in response.context["page"]]
    assert names == [
        "Aan huis Deventer",  # 0 km, then by name
        "Online Deventer",
        "Dichtbij",  # 1.75 km
        "Opvang",  # Deventer's centre: 3.15 km
        "Verderop",  # 4.3 km
        "Apeldoorn",  # 14 km
        "Zwolle",  # 29 km
        "Aan huis Zwolle",  # not reaching 7411: last, by name
        "Nergens",
    ]
    page = response.content.decode()
    assert "1,7 km" in page or "1,8 km" in page
    assert ATTRIBUTION_URL in page
    assert '<option value="afstand" selected>' in page  # the order chosen, offered
    # By default the order stays as it was (by name without words), distances shown.
    default = search(anonymous, "postcode=7411")
    assert [i.name for i in default.context["page"]] == sorted(names)
    assert reach_of(default)["Dichtbij"].kind == "km"


def test_without_a_postcode_there_is_no_distance(places, anonymous):
    response = search(anonymous, "afstand=2&volgorde=afstand")
    assert len(found(response)) == len(places)
    assert all(reach is None for reach in reach_of(response).values())
    page = response.content.decode()
    assert 'name="volgorde"' not in page and ATTRIBUTION_URL not in page


@pytest.mark.parametrize("postcode", ["0000", "1000", "1000+AA", "74", "Deventer"])
def test_a_bad_postcode_gets_a_message_and_nothing_else_is_lost(places, anonymous, postcode):
    response = search(anonymous, f"postcode={postcode}&afstand=2&gemeente=zwolle")
    assert found(response) == {"Zwolle", "Aan huis Zwolle"}  # the municipality still counts
    page = response.content.decode()
    digits = postcode.split("+")[0]
    if digits.isdigit() and len(digits) == 4:
        assert f"Postcode {digits} kennen we niet" in page
    else:
        assert "is geen Nederlandse postcode" in page
    assert 'value="{}"'.format(postcode.replace("+", " ")) in page  # as typed


def test_the_distance_counts_narrow_like_the_other_facets(places, anonymous):
    response = search(anonymous, "postcode=7411&afstand=2&gemeente=deventer")
    counts = {value: count for value, _label, count in response.context["place"].distances}
    # Without the distance, with each: Deventer's offers (home, online, the shelter and the two
    # Deventer locations) within 2, 5 … km.
    assert counts == {"2": 4, "5": 5, "10": 5, "25": 5, "50": 5}
    assert found(response) == {"Dichtbij", "Aan huis Deventer", "Online Deventer", "Opvang"}
    for value, count in counts.items():
        filterset = InterventionFilter(
            QueryDict(f"postcode=7411&afstand={value}&gemeente=deventer"),
            queryset=Intervention.objects.listed(),
        )
        assert filterset.qs.count() == count


def test_a_moved_or_confidential_location_changes_the_distances(places, anonymous):
    assert "Dichtbij" in found(search(anonymous, "postcode=7411&afstand=2"))
    location = places["near"].locations.get()
    location.postcode = "8011 AB"
    location.save()
    assert "Dichtbij" not in found(search(anonymous, "postcode=7411&afstand=2"))
    assert "Dichtbij" in found(search(anonymous, "postcode=8011&afstand=2"))

    location.is_confidential = True
    location.save()
    assert reach_of(search(anonymous, "postcode=8011")).get("Dichtbij") is None or (
        reach_of(search(anonymous, "postcode=8011"))["Dichtbij"].kind == "municipality"
    )
    places["further"].locations.clear()
    assert "Verderop" not in found(search(anonymous, "postcode=7411&afstand=5"))


# --- The parents' guide ---


def test_the_guide_shows_the_nearest_help_first(places, anonymous):
    response = anonymous.get(f"{GUIDE_RESULTS}?postcode=7411")
    assert response.status_code == 200
    names = [intervention.name for intervention in response.context["page"]]
    assert names[:2] == ["Aan huis Deventer", "Online Deventer"] or names[:2] == [
        "Online Deventer",
        "Aan huis Deventer",
    ]
    assert names[2:5] == ["Dichtbij", "Opvang", "Verderop"]
    page = response.content.decode()
    assert ATTRIBUTION_URL in page
    assert str(SHELTER_LATITUDE) not in page and str(SHELTER_LONGITUDE) not in page
    reach = {i.name: i.reach for i in response.context["page"]}
    assert reach["Opvang"].kind == "municipality"

    within = anonymous.get(f"{GUIDE_RESULTS}?postcode=7411&afstand=2")
    assert {i.name for i in within.context["page"]} == {
        "Aan huis Deventer",
        "Online Deventer",
        "Dichtbij",
        "Opvang",
    }
    # Her choices travel with the links.
    assert "postcode=7411" in within.context["query_string"]


def test_the_guide_says_when_a_postcode_is_unknown(places, anonymous):
    response = anonymous.get(f"{GUIDE_RESULTS}?postcode=0000")
    assert response.status_code == 200
    assert "Postcode 0000 kennen we niet" in response.content.decode()
    assert response.context["page"].paginator.count == len(places)
    form = anonymous.get(reverse("organisations:guide") + "?postcode=7411+AB")
    assert 'value="7411"' in form.content.decode()


def test_an_imported_location_is_placed_and_found_by_distance(places, anonymous):
    """A spreadsheet import saves each row without reporting it (once for the file): a location
    moved by an import moves the search's distances too."""
    assert "Dichtbij" in found(search(anonymous, "postcode=7411&afstand=2"))
    location = places["near"].locations.get()
    organisation = location.organisation
    sheets = with_row(
        "Locaties",
        0,
        organisatie=organisation.slug,
        naam=location.name,
        postcode="8011 AB",
        gemeente="GM0193",
        plaats="Zwolle",
    )
    sheets = {"Locaties": sheets["Locaties"]}
    summary = import_directory("kaart.csv", make_csv(sheets))
    assert not summary.errors, summary.errors
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == centre("8011")
    assert location.coordinates_source == CoordinatesSource.POSTCODE
    assert "Dichtbij" not in found(search(anonymous, "postcode=7411&afstand=2"))
    assert "Dichtbij" in found(search(anonymous, "postcode=8011&afstand=2"))
