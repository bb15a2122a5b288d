"""Where things are: Dutch four-digit postcodes, the places and municipalities they lie in, and
the distance between two points.

Reference data, read once per process from `reference_data/postcodes.csv` (GeoNames, CC BY 4.0:
wherever a distance or a map is shown, the page credits "Postcode locations: GeoNames (CC BY
4.0)", `ATTRIBUTION`) and `reference_data/municipalities.csv`. Nothing here queries the
database: a municipality is its CBS code (`GM0150`), as `Municipality.cbs_code` holds it.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

from .reference_data import HERE, read_municipalities

POSTCODES_FILE = HERE / "postcodes.csv"
ATTRIBUTION = _("Postcode locations: GeoNames (CC BY 4.0)")
ATTRIBUTION_URL = "https://www.geonames.org/"

# "7411", "7411 AB", "7411ab": the four digits of a Dutch postcode, with or without its letters.
POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*(?:[A-Za-z]{2})?\s*$")
EARTH_RADIUS_KM = 6371.0088

# Everyday names of municipalities that CBS writes otherwise.
MUNICIPALITY_ALIASES = {
    "den haag": "GM0518",
    "the hague": "GM0518",
    "den bosch": "GM0796",
    "s hertogenbosch": "GM0796",
}


@dataclass(frozen=True)
class Point:
    """A place on earth in WGS84 decimal degrees."""

    latitude: float
    longitude: float

    def distance_km(self, other: Point) -> float:
        """As the crow flies (haversine), in kilometres."""
        lat1, lon1, lat2, lon2 = map(
            math.radians, (self.latitude, self.longitude, other.latitude, other.longitude)
        )
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class PostcodeArea:
    """A four-digit postcode (PC4): its centre and the municipalities and places it lies in
    (one postcode may straddle a border)."""

    postcode: str
    centre: Point
    municipalities: frozenset[str]
    places: tuple[str, ...]


def four_digits(postcode: str) -> str | None:
    """The four digits of a Dutch postcode as typed ("7411 ab" → "7411"), or None when it is
    not one."""
    found = POSTCODE.match(postcode or "")
    return found.group(1) if found else None


def postcode_area(postcode: str) -> PostcodeArea | None:
    """The area of a postcode (with or without its letters), or None for one that does not
    exist."""
    digits = four_digits(postcode)
    return postcode_areas().get(digits) if digits else None


def postcode_rows() -> tuple[dict[str, str], ...]:
    """The reference file's rows: postcode, place, cbs_code, latitude, longitude. Read anew
    each time (three times per process): what is kept is built from them (2 MB as dicts)."""
    with POSTCODES_FILE.open(encoding="utf-8", newline="") as file:
        lines = [line for line in file if not line.startswith("#")]
    return tuple(csv.DictReader(lines))


@cache
def postcode_areas() -> dict[str, PostcodeArea]:
    """Every four-digit postcode in the reference file, by its digits."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in postcode_rows():
        rows[row["postcode"]].append(row)
    return {
        postcode: PostcodeArea(
            postcode=postcode,
            centre=Point(
                sum(float(row["latitude"]) for row in found) / len(found),
                sum(float(row["longitude"]) for row in found) / len(found),
            ),
            municipalities=frozenset(row["cbs_code"] for row in found),
            places=tuple(dict.fromkeys(row["place"] for row in found)),
        )
        for postcode, found in rows.items()
    }


@cache
def municipality_centres() -> dict[str, Point]:
    """The centre of each municipality (CBS code): the mean of its postcodes' centres."""
    points: dict[str, list[Point]] = defaultdict(list)
    for area in postcode_areas().values():
        for code in area.municipalities:
            points[code].append(area.centre)
    return {
        code: Point(
            sum(p.latitude for p in found) / len(found),
            sum(p.longitude for p in found) / len(found),
        )
        for code, found in points.items()
    }


def place_key(name: str) -> str:
    """A place name as a search box entry has it: lower case, without accents or punctuation
    ("'s-Hertogenbosch" → "s hertogenbosch")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain.lower()).split())


@cache
def place_names() -> dict[str, frozenset[str]]:
    """The municipalities (CBS codes) each place name may mean, by `place_key`: municipality
    names (also without a bracketed addition: "Bergen (L.)" is also "Bergen"), their everyday
    names ("Den Haag") and the places (towns and villages) of the postcodes."""
    names: dict[str, set[str]] = defaultdict(set)
    for municipality in read_municipalities():
        names[place_key(municipality.name)].add(municipality.cbs_code)
        names[place_key(re.sub(r"\(.*?\)", "", municipality.name))].add(municipality.cbs_code)
    for name, code in MUNICIPALITY_ALIASES.items():
        names[name].add(code)
    for row in postcode_rows():
        names[place_key(row["place"])].add(row["cbs_code"])
    names.pop("", None)
    return {name: frozenset(codes) for name, codes in names.items()}


# Place names that are also ordinary words ("best", "echt", "heel", "goes", "winkel", "loon"):
# a search box entry has them as a place only when typed with a capital (query.read_query).
# The list covers words a search of the directory may well contain; a place missing here is
# read as a place in lower case too, which the search page lets the user undo.
EVERYDAY_WORDS = frozenset(
    """
    amen anderen balk beek best boer born broek dorst echt enter erica gauw goes graft grave
    halfweg hall handel haren hee heel heide hoek hoeven hoorn horn huizen kaag leek lent lies
    linde loon made mill monster nederland neer noorden opende oranje reek rijs schijf sluis spier
    veen velden vries waal waarde well wier winde winkel zeeland zegge zetten
    """.split()  # noqa: SIM905 (a list of words reads best as words)
)


@cache
def municipality_names() -> dict[str, str]:
    """Each municipality's name as CBS writes it, by CBS code."""
    return {row.cbs_code: row.name for row in read_municipalities()}


@cache
def place_spellings() -> dict[str, str]:
    """How each place name (by `place_key`) is usually written: as CBS writes the
    municipality's name, else as the postcode file writes the place ("s hertogenbosch" →
    "'s-Hertogenbosch", "olst" → "Olst")."""
    spellings = {name: name.title() for name in MUNICIPALITY_ALIASES}
    spellings |= {place_key(row["place"]): row["place"] for row in postcode_rows()}
    for municipality in read_municipalities():
        plain = re.sub(r"\(.*?\)", "", municipality.name).strip()
        spellings[place_key(plain)] = plain
        spellings[place_key(municipality.name)] = municipality.name
    return spellings


@cache
def municipality_keys() -> frozenset[str]:
    """The place keys that name a municipality (not only a town or village in one), with or
    without a bracketed addition, and their everyday names ("den haag")."""
    keys = set(MUNICIPALITY_ALIASES)
    for municipality in read_municipalities():
        keys.add(place_key(municipality.name))
        keys.add(place_key(re.sub(r"\(.*?\)", "", municipality.name)))
    return frozenset(keys)


@cache
def municipality_postcodes() -> dict[str, tuple[str, ...]]:
    """The four-digit postcodes of each municipality (CBS code), in order."""
    found: dict[str, set[str]] = defaultdict(set)
    for area in postcode_areas().values():
        for code in area.municipalities:
            found[code].add(area.postcode)
    return {code: tuple(sorted(postcodes)) for code, postcodes in found.items()}
