"""The search page's facets and the relevance of its results as bitsets in memory, so
counting and ordering them costs microseconds.

A search page shows, next to the results, how many each of some 400 facet options would give.
In SQL each of those counts re-reads the interventions that match: with the whole country in
the directory (60,000 interventions) an empty search or a common word took seconds per page.
Here each option is a set of intervention ids, held as the bits of one Python int, and a count
is the number of bits in an AND.

The database finds which interventions match a text, through the search vector's GIN index.
Ordering them there (ranking) means reading every match's vector: 0.3 to 0.7 s for a common
word. Instead the index knows, per word, which interventions have it in their name and which
in their search keywords (organisation and taxonomy terms), so the relevance of every match
(query.relevance) is a few ANDs, and equally relevant results follow by name.

Each process builds the index in a few queries and keeps it while DirectoryVersion's token is
the one it was built on (one small query per search checks it; freshness.directory_changed
decides when it moves), and for no longer than SEARCH_INDEX_SECONDS, so that a change made
without telling directory_changed (raw SQL) is picked up too. The
interventions matching a text search, by relevance, are kept with the index they were found
with, for the most recent texts.

Distance from a postcode (`Places`, `Nearness`, `Reach`): the index knows where each listed
intervention is: the coordinates of its locations; for a location with a confidential address
(or without coordinates) only its municipality, so a confidential address is never measured
to and its coordinates never leave the database; and which offers come to the family (home
visits) or are online, reaching every postcode in their service area. The distances from one
postcode to every location are worked out once and remembered for the most recent postcodes.

Everything here is the public directory: never client data."""

from __future__ import annotations

import math
import re
import time
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from uuid import UUID

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import connection
from django.db.models import F, Value

from ..models import (
    REACHING_FORMATS,
    AccessRoute,
    Domain,
    Intervention,
    InterventionStatus,
    Municipality,
)
from ..places import Point, PostcodeArea, municipality_centres
from . import freshness, taxonomy
from .query import WORD_RELEVANCE, corrected, lexemes, search_index_scans

# The facets over a taxonomy, by query parameter, and the intervention's relation to it.
TERM_RELATIONS = {
    "gemeente": "service_areas",
    "levensfase": "life_phases",
    "zorgfase": "care_phases",
    "thema": "themes",
    "vorm": "formats",
    "taal": "languages",
}
WALK_IN_FORMAT = ("vorm", "inloop")
# The taxonomies whose terms are in an intervention's search keywords (build_keywords).
KEYWORD_FACETS = ("thema", "levensfase", "zorgfase", "vorm")
# The memory the remembered searches may take in each process: at national scale well over a
# thousand searches.
MAX_REMEMBERED_BYTES = 32 * 1024 * 1024
# The formats whose offers reach a family wherever they serve (service_areas): at home, online.
HOME_FORMAT, ONLINE_FORMAT = REACHING_FORMATS
# The postcodes whose distances each process remembers (`FacetIndex.near`).
MAX_REMEMBERED_POSTCODES = 32


def bitset(ids: Iterable[int]) -> int:
    """The int whose bit i is set for each id i."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray(max(ids) // 8 + 1)
    for i in ids:
        buffer[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buffer, "little")


class Members(Sequence[int]):
    """The ids set in `levels` (bitsets, best first), each level in `order`: a list of results
    that knows its length without being listed, and lists only the slice a page asks for."""

    def __init__(self, order: Order, levels: Sequence[int]) -> None:
        self.order, self.levels = order, [bits for bits in levels if bits]
        self.sizes = [bits.bit_count() for bits in self.levels]
        self.length = sum(self.sizes)

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator[int]:
        for bits, size in zip(self.levels, self.sizes, strict=True):
            yield from self.order.members(bits, size)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.length)
            if step != 1:
                return list(self)[index]
            found: list[int] = []
            for bits, size in zip(self.levels, self.sizes, strict=True):
                if start < size and stop > 0:
                    members = self.order.members(bits, size, max(start, 0))
                    found += islice(members, min(stop, size) - max(start, 0))
                start, stop = start - size, stop - size
            return found
        if not -self.length <= index < self.length:
            raise IndexError(index)
        return self[index % self.length : index % self.length + 1][0]


class Order:
    """The listed interventions by name: the order of equally relevant results.

    The names are cut into blocks (a 64th of them each), with a bitset of each block's ids, so
    that a page of many results skips the blocks without them, or before the page, by counting,
    wherever in the alphabet its results are ("zorg" finds hundreds of names starting with Z).
    """

    BLOCKS = 64

    def __init__(self, by_name: Sequence[int]) -> None:
        self.by_name = by_name
        self.position = array("i", bytes(4 * (max(by_name, default=0) + 1)))
        for place, pk in enumerate(by_name):
            self.position[pk] = place
        self.block_size = max(1, -(-len(by_name) // self.BLOCKS))
        self.blocks = [
            bitset(by_name[first : first + self.block_size])
            for first in range(0, len(by_name), self.block_size)
        ]

    def members(self, bits: int, size: int, start: int = 0) -> Iterator[int]:
        """The ids set in `bits` (`size` of them) by name, from the `start`-th on. A few are
        picked out of the bits and sorted; many block by block."""
        if size * self.BLOCKS < len(self.by_name):
            yield from sorted(ids_of(bits), key=self.position.__getitem__)[start:]
            return
        for number, block in enumerate(self.blocks):
            inside = bits & block
            count = inside.bit_count()
            if count <= start:
                start -= count
                continue
            yield from islice(self._in_block(number, inside, count), start, None)
            start = 0

    def _in_block(self, number: int, bits: int, count: int) -> Iterator[int]:
        if count * self.BLOCKS < self.block_size:  # a few: sorted
            return iter(sorted(ids_of(bits), key=self.position.__getitem__))
        found = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
        end = len(found)
        first = number * self.block_size
        names = self.by_name[first : first + self.block_size]
        return (i for i in names if i >> 3 < end and found[i >> 3] >> (i & 7) & 1)


NONZERO_BYTE = re.compile(rb"[^\x00]")


def ids_of(bits: int) -> list[int]:
    """The ids set in a bitset."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    return [
        (match.start() << 3) + bit
        for match in NONZERO_BYTE.finditer(data)
        for bit in range(8)
        if match.group()[0] >> bit & 1
    ]


class Lexicon:
    """Search words (PostgreSQL lexemes) and the interventions having each in one field, to
    find where a search word occurs: the word is a prefix of a lexeme, as in the search."""

    def __init__(self, postings: dict[str, int | array]) -> None:
        self.postings = postings
        self.words = sorted(postings)

    def having(self, prefix: str) -> int:
        """The interventions with a word starting with `prefix`."""
        bits, at = 0, bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            bits |= as_bits(self.postings[self.words[at]])
            at += 1
        return bits


@dataclass
class Matches:
    """The listed interventions matching a text, as bitsets of equal relevance, best first;
    when nothing matches, the `suggestions` for its unknown words (did you mean…?)."""

    levels: list[int]
    suggestions: list[str] = field(default_factory=list)
    bits: int = field(init=False)

    def __post_init__(self) -> None:
        self.bits = 0
        for bits in self.levels:
            self.bits |= bits

    @property
    def size(self) -> int:
        """Roughly the bytes it takes: one bit per possible id per level."""
        return sum(bits.bit_length() // 8 + 32 for bits in self.levels)


@dataclass(frozen=True)
class Reach:
    """How an intervention reaches a family at a postcode, as its result shows it.

    `kind`: "km" (a location, `km` away from the postcode's centre), "home" (it comes to
    the family: the postcode lies in its service area), "online" (likewise), or "municipality"
    (a location whose address is confidential, or has no coordinates: only its municipality
    is told, "in Deventer", and `km` is the distance to that municipality's centre, used for
    sorting and never shown)."""

    kind: str
    km: float
    municipality: str = ""
    confidential: bool = False

    @property
    def sort_km(self) -> float:
        """The distance as shown (to a tenth of a km): nearer is first, equal is a tie."""
        return round(self.km, 1)


@dataclass
class Places:
    """Where the listed interventions are, for distances from a postcode: the coordinates of
    their locations (distinct `points`, the interventions at each), the municipalities of
    their locations with a confidential address or without coordinates (never their
    coordinates), which come to the family (HOME_FORMAT) or are online, and which serve each
    municipality (CBS code)."""

    points: list[Point] = field(default_factory=list)
    at_point: list[array] = field(default_factory=list)
    points_of: dict[int, list[int]] = field(default_factory=dict)
    in_municipality: dict[str, int] = field(default_factory=dict)
    municipalities_of: dict[int, list[tuple[str, bool]]] = field(default_factory=dict)
    comes_home: int = 0
    online: int = 0
    serving: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # CBS code → municipality name


class Nearness:
    """The listed interventions seen from one postcode: which are within a distance, and how
    each reaches the postcode (`Reach`). The distances to every location are worked out once
    per postcode (FacetIndex.near remembers the most recent)."""

    def __init__(self, places: Places, area: PostcodeArea) -> None:
        self.places, self.area = places, area
        centre = area.centre
        self.point_km = array("d", (centre.distance_km(point) for point in places.points))
        centres = municipality_centres()
        self.municipality_km = {
            code: centre.distance_km(centres[code]) if code in centres else math.inf
            for code in places.in_municipality
        }
        self.served = 0
        for code in area.municipalities:
            self.served |= places.serving.get(code, 0)
        self.comes = self.served & (places.comes_home | places.online)
        self.within_cache: dict[int, int] = {}

    def within(self, km: int) -> int:
        """The interventions within `km` of the postcode: a location that near; a location
        known by its municipality only, when the postcode lies in that municipality or its
        centre is that near; or coming home or online to families in the postcode's
        municipality."""
        if km in self.within_cache:
            return self.within_cache[km]
        found = array("q")
        for number, distance in enumerate(self.point_km):
            if distance <= km:
                found.extend(self.places.at_point[number])
        bits = bitset(found) | self.comes
        for code, members in self.places.in_municipality.items():
            if code in self.area.municipalities or self.municipality_km[code] <= km:
                bits |= members
        self.within_cache[km] = bits
        return bits

    @cached_property
    def sort_km(self) -> dict[int, float]:
        """Every intervention that reaches the postcode, by its distance as shown (`Reach.
        sort_km`): worked out once, for every page of results nearest first."""
        found: dict[int, float] = {}
        reached = [
            *zip(self.point_km, self.places.at_point, strict=True),
            *(
                (self.municipality_km[code], ids_of(bits))
                for code, bits in self.places.in_municipality.items()
            ),
            (0.0, ids_of(self.comes)),
        ]
        for km, members in reached:  # as `reach` finds the nearest, without a Reach each
            km = round(km, 1)
            for pk in members:
                if km < found.get(pk, math.inf):
                    found[pk] = km
        return found

    def reach(self, pk: int) -> Reach | None:
        """How this intervention reaches the postcode, the nearest way; None when it has no
        location and does not come to the postcode."""
        found = [Reach("km", self.point_km[n]) for n in self.places.points_of.get(pk, ())]
        if self.comes >> pk & 1:
            kind = "home" if self.places.comes_home >> pk & 1 else "online"
            found.append(Reach(kind, 0.0))
        for code, confidential in self.places.municipalities_of.get(pk, ()):
            name = self.places.names.get(code, code)
            found.append(Reach("municipality", self.municipality_km[code], name, confidential))
        return min(found, key=lambda reach: reach.km, default=None)


def build_places(options: dict[tuple[str, str], int], listed: int) -> Places:
    """Where the listed interventions are (`Places`), in one query: their locations."""
    places = Places()
    links = (
        Intervention.locations.through.objects.exclude(
            intervention__status=InterventionStatus.INACTIVE
        )
        .filter(intervention__organisation__is_active=True)
        .order_by()
        .values_list(
            "intervention_id",
            "location__latitude",
            "location__longitude",
            "location__is_confidential",
            "location__municipality__cbs_code",
        )
    )
    numbers: dict[tuple[float, float], int] = {}
    at_point: list[list[int]] = []
    in_municipality: dict[str, list[int]] = {}
    for pk, latitude, longitude, confidential, code in links.iterator(chunk_size=10000):
        if latitude is None or confidential:
            in_municipality.setdefault(code, []).append(pk)
            places.municipalities_of.setdefault(pk, []).append((code, confidential))
            continue
        key = (float(latitude), float(longitude))
        number = numbers.get(key)
        if number is None:
            number = numbers[key] = len(at_point)
            places.points.append(Point(*key))
            at_point.append([])
        at_point[number].append(pk)
        places.points_of.setdefault(pk, []).append(number)
    places.at_point = [array("q", members) for members in at_point]
    places.in_municipality = {code: bitset(ids) for code, ids in in_municipality.items()}
    places.comes_home = options.get(("vorm", HOME_FORMAT), 0)
    places.online = options.get(("vorm", ONLINE_FORMAT), 0)
    for municipality in taxonomy.terms(Municipality):
        places.names[municipality.cbs_code] = municipality.name
        served = options.get(("gemeente", municipality.slug), 0)
        if served:
            places.serving[municipality.cbs_code] = served & listed
    return places


@dataclass
class FacetIndex:
    token: UUID | None
    listed: int
    order: Order
    options: dict[tuple[str, str], int]
    names: Lexicon = field(default_factory=lambda: Lexicon({}))
    keywords: Lexicon = field(default_factory=lambda: Lexicon({}))
    built_at: float = field(default_factory=time.monotonic)
    searches: OrderedDict[tuple[str, ...], Matches] = field(default_factory=OrderedDict)
    remembered_bytes: int = 0
    places: Places = field(default_factory=Places)
    nearness: OrderedDict[str, Nearness] = field(default_factory=OrderedDict)

    def is_current(self, token: UUID | None) -> bool:
        age = time.monotonic() - self.built_at
        return token == self.token and age < settings.SEARCH_INDEX_SECONDS

    def option(self, facet: str, value: str) -> int:
        return self.options.get((facet, value), 0)

    def near(self, area: PostcodeArea) -> Nearness:
        """The listed interventions seen from this postcode, remembered for the most recent."""
        if area.postcode in self.nearness:
            self.nearness.move_to_end(area.postcode)
            return self.nearness[area.postcode]
        found = self.nearness[area.postcode] = Nearness(self.places, area)
        while len(self.nearness) > MAX_REMEMBERED_POSTCODES:
            self.nearness.popitem(last=False)
        return found

    def matches(self, words: Sequence[str]) -> Matches:
        """The listed interventions matching these words, best first (as
        Intervention.objects.search orders them), remembered for the most recent searches."""
        key = tuple(words)
        if key in self.searches:
            self.searches.move_to_end(key)
            return self.searches[key]
        matches = self.searches[key] = self.search(list(words))
        self.remembered_bytes += matches.size
        while self.remembered_bytes > MAX_REMEMBERED_BYTES:
            _, dropped = self.searches.popitem(last=False)
            self.remembered_bytes -= dropped.size
        return matches

    def search(self, words: list[str]) -> Matches:
        """The database finds the matching interventions through the search vector's index
        (when nothing matches as typed, the unknown words corrected, which are also suggested);
        their relevance is counted here, as Intervention.objects.search does in SQL."""
        found, suggestions = self.listed & self.matching(words), []
        if not found:
            typed, words = words, corrected(words, known=self.known(words))
            corrections = (new for new, old in zip(words, typed, strict=True) if new != old)
            suggestions = list(dict.fromkeys(corrections))
            if suggestions and connection.vendor == "postgresql":  # SQLite: only suggested
                found = self.listed & self.matching(words)
        if not found or connection.vendor != "postgresql":  # SQLite: no relevance
            return Matches([found], suggestions)
        levels, stems_of = {0: found}, lexemes(words)
        for word in words:
            stems = stems_of[word]
            if not stems:  # a stop word: equally relevant everywhere
                continue
            in_name = in_keywords = self.listed
            for stem in stems:
                in_name &= self.names.having(stem)
                in_keywords &= self.keywords.having(stem)
            places = [(WORD_RELEVANCE["A"], in_name), (WORD_RELEVANCE["B"], in_keywords)]
            levels = add_relevance(levels, places, WORD_RELEVANCE["C"])
        levels = [levels[score] for score in sorted(levels, reverse=True)]
        return Matches(levels, suggestions)

    def known(self, words: list[str]) -> list[str]:
        """The words some listed intervention has in its name or keywords: they need no
        correction, and no query to tell (PostgreSQL)."""
        if connection.vendor != "postgresql":
            return []
        stems_of = lexemes(words)
        known = []
        for word in words:
            having = self.listed
            for stem in stems_of[word]:
                having &= self.names.having(stem) | self.keywords.having(stem)
            if stems_of[word] and having:
                known.append(word)
        return known

    @staticmethod
    def matching(words: list[str]) -> int:
        """The interventions with these words. PostgreSQL sends their ids as one array, which
        is read in a third of the time that as many rows take."""
        found = Intervention.objects.matching(words)
        if connection.vendor != "postgresql":
            return bitset(found.values_list("pk", flat=True))
        with search_index_scans():
            return bitset(found.aggregate(ids=ArrayAgg("pk", default=[]))["ids"])


def add_relevance(levels: dict[int, int], places: list[tuple[int, int]], otherwise: int):
    """Relevance levels (score: bitset) after one more word, which adds the score of the first
    place in `places` (score, where it is found) that has it, or `otherwise`."""
    added: dict[int, int] = {}
    for score, bits in levels.items():
        for extra, where in places:
            if here := bits & where:
                added[score + extra] = added.get(score + extra, 0) | here
                bits &= ~where
        if bits:
            added[score + otherwise] = added.get(score + otherwise, 0) | bits
    return added


_index: FacetIndex | None = None


def current(version: freshness.Version | None = None) -> FacetIndex:
    """This process's index, rebuilt first when the directory changed since it was built
    (`version`: the directory's tokens, if the page read them already)."""
    global _index
    token = (version or freshness.current_version()).index
    if _index is None or not _index.is_current(token):
        _index = build(token)
    return _index


def forget() -> None:
    global _index
    _index = None


def build(token: UUID | None) -> FacetIndex:
    """Every facet option's interventions, from two queries: the listed interventions with
    their own facet values, and their links to the taxonomies; where they are (`Places`) from
    a third. On PostgreSQL also where each
    word of the names and of the search keywords occurs (`Lexicon`), from three more."""
    members = BitsBuilder()
    by_name = array("q")
    interventions = (
        Intervention.objects.listed()
        .order_by("name", "pk")
        .values_list(
            "pk",
            "organisation__domain",
            "organisation__kind",
            "access_route",
            "accepts_referrals",
            "accepts_new_families",
            "waiting_weeks",
        )
    )
    for pk, domain, kind, route, referrals, new_families, waiting in interventions.iterator(
        chunk_size=5000
    ):
        by_name.append(pk)
        members.add("", pk)
        for value in [Domain.MEDICAL, Domain.SOCIAL] if domain == Domain.BOTH else [domain]:
            members.add(("domein", value), pk)
        members.add(("soort", kind), pk)
        members.add(("toegang", route), pk)
        if route == AccessRoute.FREE_ACCESS:
            members.add(("vrij_toegankelijk", "on"), pk)
        if referrals:
            members.add(("verwijzen", "on"), pk)
        if new_families and waiting == 0:
            members.add(("geen_wachtlijst", "on"), pk)

    options = members.bitsets()
    terms = {facet: taxonomy.taxonomy(model_of(facet)).by_pk for facet in TERM_RELATIONS}
    for facet, term_pk, ids in term_links():
        if term_pk not in terms[facet]:  # a term added by another process meanwhile
            terms[facet] = taxonomy.taxonomy(model_of(facet), reload=True).by_pk
        if term_pk in terms[facet]:
            options[facet, terms[facet][term_pk].slug] = bitset(ids)
    listed = options.pop("", 0)
    options = {key: bits & listed for key, bits in options.items()}
    walk_in = options.get(WALK_IN_FORMAT, 0)
    options["vrij_toegankelijk", "on"] = options.get(("vrij_toegankelijk", "on"), 0) | walk_in
    index = FacetIndex(token=token, listed=listed, order=Order(by_name), options=options)
    index.places = build_places(options, listed)
    if connection.vendor == "postgresql":
        dense = len(by_name) // 32
        index.names = Lexicon(postings(NAME_WORDS, dense))
        index.keywords = keywords_lexicon(options, dense)
    return index


# Each word of the interventions' names, as their stored search vectors have them (weight A),
# and each word of their organisations' names, with the interventions having it.
NAME_WORDS = """
    SELECT word, array_agg(intervention.id) FROM organisations_intervention AS intervention
    CROSS JOIN unnest(tsvector_to_array(ts_filter(intervention.search_document, '{a}'))) AS word
    GROUP BY word
"""
ORGANISATION_WORDS = """
    SELECT word, array_agg(intervention.id) FROM organisations_organisation AS organisation
    CROSS JOIN unnest(tsvector_to_array(to_tsvector('dutch', organisation.name))) AS word
    JOIN organisations_intervention AS intervention
        ON intervention.organisation_id = organisation.id
    GROUP BY word
"""


def postings(sql: str, dense: int) -> dict[str, int | array]:
    """By word, the ids having it (from `sql`): as an array, or as a bitset where more than
    `dense` have it and the bitset takes less memory. Unlisted ids do no harm: a search's
    matches are listed ones."""
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return {
            word: bitset(ids) if len(ids) > dense else array("i", ids)
            for word, ids in cursor.fetchall()
        }


def as_bits(ids: int | array) -> int:
    return ids if isinstance(ids, int) else bitset(ids)


def keywords_lexicon(options: dict[tuple[str, str], int], dense: int) -> Lexicon:
    """Where each word of the search keywords occurs (Intervention.build_keywords): the name
    of the organisation, and the terms of the taxonomies they hold."""
    found = postings(ORGANISATION_WORDS, dense)
    in_terms = {
        (facet, term.slug): " ".join(filter(None, [term.name, term.plain_name, term.search_terms]))
        for facet in KEYWORD_FACETS
        for term in taxonomy.terms(model_of(facet))
    }
    words = lexemes(in_terms.values())
    for key, text in in_terms.items():
        for word in words[text]:
            found[word] = as_bits(found.get(word, 0)) | options.get(key, 0)
    return Lexicon(found)


class BitsBuilder:
    """Sets of ids built bit by bit, one bytearray per key: a million ids take 125 kB, where a
    list of them would take 36 MB."""

    def __init__(self) -> None:
        self.buffers: dict[Hashable, bytearray] = {}

    def add(self, key: Hashable, pk: int) -> None:
        buffer = self.buffers.get(key)
        if buffer is None:
            buffer = self.buffers[key] = bytearray()
        byte = pk >> 3
        if byte >= len(buffer):
            buffer.extend(bytes(byte - len(buffer) + 4096))
        buffer[byte] |= 1 << (pk & 7)

    def bitsets(self) -> dict[Hashable, int]:
        return {key: int.from_bytes(buffer, "little") for key, buffer in self.buffers.items()}


def model_of(facet: str):
    return Intervention._meta.get_field(TERM_RELATIONS[facet]).related_model


def term_links() -> Iterator[tuple[str, int, list[int]]]:
    """(facet, term id, the ids of the interventions linked to the term) for every term with
    links, in one query. PostgreSQL gathers the ids into one array per term, which is read in
    a fraction of the time that a row per link takes (some 400,000 at national scale)."""
    gathered = connection.vendor == "postgresql"
    branches = []
    for facet, name in TERM_RELATIONS.items():
        relation = Intervention._meta.get_field(name)
        source = f"{relation.m2m_field_name()}_id"
        links = relation.remote_field.through.objects.order_by().annotate(
            facet=Value(facet), target=F(f"{relation.m2m_reverse_field_name()}_id")
        )
        if gathered:
            links = links.values("facet", "target").annotate(ids=ArrayAgg(source))
        else:
            links = links.annotate(source=F(source))
        branches.append(links.values_list("facet", "target", "ids" if gathered else "source"))
    links = branches[0].union(*branches[1:], all=True)
    if gathered:
        return iter(links)
    ids: dict[tuple[str, int], list[int]] = {}
    for facet, target, source in links.iterator(chunk_size=20000):
        ids.setdefault((facet, target), []).append(source)
    return ((facet, target, found) for (facet, target), found in ids.items())
