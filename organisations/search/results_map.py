"""The map view of the search page: where the current results can be visited.

The map shows the public locations (never a confidential one) of the best MAX_RESULTS results
that have coordinates; the same locations, grouped by place, are the map's text alternative,
which also lists the public locations without coordinates. Everything comes in one query.
Tiles load in the user's browser from PDOK (the Content-Security-Policy allows that one host).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..models import Intervention
from ..places import ATTRIBUTION, ATTRIBUTION_URL

# The map of a broad search shows the locations of this many results, best first.
MAX_RESULTS = 500
# PDOK's BRT background map (Kadaster), web mercator tiles; no key needed.
TILE_URL = (
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
)
TILE_ATTRIBUTION = _("Map data © Kadaster (PDOK BRT Achtergrondkaart, CC BY 4.0)")
TILE_ATTRIBUTION_URL = "https://www.pdok.nl/"
# Postcode locations (GeoNames) placed many of the markers: credited wherever the map is shown.
POSTCODE_ATTRIBUTION, POSTCODE_ATTRIBUTION_URL = ATTRIBUTION, ATTRIBUTION_URL


@dataclass
class Offer:
    name: str
    url: str


@dataclass
class MapLocation:
    """A public location of one or more of the results, with the results offered there."""

    pk: int
    name: str
    organisation: str
    organisation_url: str
    address: str
    postcode: str
    city: str
    latitude: float | None
    longitude: float | None
    offers: list[Offer] = field(default_factory=list)

    @property
    def on_map(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def marker(self) -> dict:
        """What the map script needs to draw this location and its popup."""
        return {
            "lat": self.latitude,
            "lng": self.longitude,
            "name": self.name,
            "organisation": self.organisation,
            "organisationUrl": self.organisation_url,
            "address": f"{self.address}, {self.postcode} {self.city}",
            "offers": [{"name": offer.name, "url": offer.url} for offer in self.offers],
        }


@dataclass
class ResultsMap:
    locations: list[MapLocation]
    results: int  # how many results there are
    mapped_results: int  # how many of them (the best) the map looks at

    # Credited wherever the map is shown (class attributes, for the template).
    tile_url = TILE_URL
    tile_attribution = TILE_ATTRIBUTION
    tile_attribution_url = TILE_ATTRIBUTION_URL
    postcode_attribution = POSTCODE_ATTRIBUTION
    postcode_attribution_url = POSTCODE_ATTRIBUTION_URL

    @property
    def is_cut(self) -> bool:
        return self.mapped_results < self.results

    def markers(self) -> list[dict]:
        """The locations with coordinates, as JSON for the page (json_script)."""
        return [location.marker() for location in self.locations if location.on_map]

    @property
    def unplaced(self) -> int:
        """Locations listed below the map that the map cannot show (no coordinates yet)."""
        return sum(1 for location in self.locations if not location.on_map)

    def places(self) -> list[tuple[str, list[MapLocation]]]:
        """The text alternative: the locations grouped by place, places and locations by name."""
        ordered = sorted(self.locations, key=lambda loc: (loc.city.casefold(), loc.organisation))
        return [(city, list(group)) for city, group in groupby(ordered, key=lambda loc: loc.city)]


def results_map(result_ids: Sequence[int]) -> ResultsMap:
    """The public locations of the best MAX_RESULTS of these results (ids best first), in one
    query."""
    ids = list(result_ids[:MAX_RESULTS])
    rank = {pk: position for position, pk in enumerate(ids)}
    rows = (
        Intervention.locations.through.objects.filter(
            intervention_id__in=ids, location__is_confidential=False
        )
        .values(
            "intervention_id",
            "intervention__name",
            "intervention__slug",
            "location_id",
            "location__name",
            "location__address",
            "location__postcode",
            "location__city",
            "location__latitude",
            "location__longitude",
            "location__organisation__name",
            "location__organisation__slug",
        )
        .order_by()
    )
    locations: dict[int, MapLocation] = {}
    for row in sorted(rows, key=lambda row: rank[row["intervention_id"]]):
        location = locations.get(row["location_id"])
        if location is None:
            latitude, longitude = row["location__latitude"], row["location__longitude"]
            location = locations[row["location_id"]] = MapLocation(
                pk=row["location_id"],
                name=row["location__name"],
                organisation=row["location__organisation__name"],
                organisation_url=reverse(
                    "organisations:organisation_detail", args=[row["location__organisation__slug"]]
                ),
                address=row["location__address"],
                postcode=row["location__postcode"],
                city=row["location__city"],
                latitude=float(latitude) if latitude is not None else None,
                longitude=float(longitude) if longitude is not None else None,
            )
        location.offers.append(
            Offer(
                name=row["intervention__name"],
                url=reverse("organisations:intervention_detail", args=[row["intervention__slug"]]),
            )
        )
    return ResultsMap(
        locations=list(locations.values()), results=len(result_ids), mapped_results=len(ids)
    )
