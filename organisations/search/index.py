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
from django.db import connection, models
from django.db.models import F, Q, Value
from django.db.models.functions import Concat

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
from .query import (
    BY_NAME,
    SYNONYM_PREFIX_LENGTH,
    WORD_RELEVANCE,
    corrected,
    dutch_words,
    found_word,
    lexemes,
    rarity,
    search_index_scans,
    synonyms,
    unknown_words,
)

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
# The search words each process remembers as known or not (`FacetIndex.unknown`).
MAX_REMEMBERED_WORDS = 10_000
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
    """Search words (Dutch stems, as PostgreSQL stores them) and the interventions having each
    in one field, to find where a search word occurs: the word is a prefix of a stem, as in
    the search."""

    def __init__(self, postings: dict[str, int | array]) -> None:
        self.postings = postings
        self.words = sorted(postings)

    @classmethod
    def of_texts(cls, texts: Iterable[tuple[int, str]]) -> Lexicon:
        """The words of these texts (id, text), read in Python (query.dutch_words)."""
        found: dict[str, list[int]] = {}
        for pk, text in texts:
            for word in set(dutch_words(text)):
                found.setdefault(word, []).append(pk)
        return cls({word: array("i", ids) for word, ids in found.items()})

    def having(self, prefix: str, whole: bool = False) -> int:
        """The interventions with a word starting with `prefix` (`whole`: that word)."""
        if whole:
            return as_bits(self.postings.get(prefix, 0))
        bits, at = 0, bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            bits |= as_bits(self.postings[self.words[at]])
            at += 1
        return bits


@dataclass
class Contacts:
    """Where the search words occur in the contact persons one user may see: by word, the
    interventions whose contact has it in their name, and those whose contact has it in their
    job title. Per request, never kept: it depends on who searches."""

    names: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.names.values()) or any(self.roles.values())

    def having(self, word: str) -> int:
        return self.names.get(word, 0) | self.roles.get(word, 0)


def contacts_matching(user, words: list[str]) -> Contacts:
    """The contact persons this user may see (visible to her, in their role now, for listed
    interventions) with a word of their name or job title starting with a search word's Dutch
    stem, in one query. Nothing for anonymous visitors."""
    from ..models import ContactPerson

    stems_of = {word: dutch_words(word) for word in words}
    asked = {stem for stems in stems_of.values() for stem in stems}
    if not user.is_authenticated or not asked:
        return Contacts()
    sieve = Q()
    for stem in asked:
        sieve |= Q(name__icontains=stem) | Q(job_title__icontains=stem)
    rows = (
        ContactPerson.objects.visible_to(user)
        .current()
        .filter(sieve, interventions__in=Intervention.objects.listed())
        .values_list("name", "job_title", "interventions")
    )
    found = Contacts()
    for name, role, pk in rows:
        for place, text in ((found.names, name), (found.roles, role)):
            own = dutch_words(text)
            for word, stems in stems_of.items():
                if stems and all(any(w.startswith(stem) for w in own) for stem in stems):
                    place[word] = place.get(word, 0) | 1 << pk
    return found


@dataclass
class Words:
    """Where each word occurs, by field: the interventions' names, their organisations' names,
    their keywords (taxonomy terms with their everyday words and synonyms) and, on SQLite
    only, their summaries and descriptions (PostgreSQL finds those through its index)."""

    names: Lexicon = field(default_factory=lambda: Lexicon({}))
    organisations: Lexicon = field(default_factory=lambda: Lexicon({}))
    keywords: Lexicon = field(default_factory=lambda: Lexicon({}))
    texts: Lexicon | None = None

    def having(self, lexicon: Lexicon, stems: list[str], among: int) -> int:
        for stem in stems:
            among &= lexicon.having(stem)
        return among

    def whole(self, lexicon: Lexicon, stems: list[str], among: int) -> int:
        """Of `among`, those with each stem itself (not only a longer word) in this field."""
        for stem in stems:
            among &= lexicon.having(stem, whole=True)
        return among

    def anywhere(self, stems: list[str], among: int) -> int:
        """Of `among`, those with every stem somewhere (SQLite: the Words know every field)."""
        assert self.texts is not None
        for stem in stems:
            among &= (
                self.names.having(stem)
                | self.organisations.having(stem)
                | self.keywords.having(stem)
                | self.texts.having(stem)
            )
        return among

    def levels(
        self,
        found: int,
        words: list[str],
        stems_of: dict[str, list[str]],
        contacts: Contacts,
        listed: int,
        some: dict[str, int] | None = None,
    ) -> list[int]:
        """`found` (of the `listed` interventions) by relevance (query.WORD_RELEVANCE):
        bitsets of equal relevance, best first. With `some` (by word, which have it), a word
        adds nothing to those without it."""
        levels = {0: found}
        for word in words:
            stems = stems_of[word]
            if not stems:  # a stop word: equally relevant everywhere
                continue
            named, organised, termed = (
                self.having(lexicon, stems, listed)
                for lexicon in (self.names, self.organisations, self.keywords)
            )
            having = named | organised | termed if len(stems) == 1 else listed
            for stem in stems if len(stems) > 1 else []:  # each stem in one of the three
                having &= (
                    self.names.having(stem)
                    | self.organisations.having(stem)
                    | self.keywords.having(stem)
                )
            weight = rarity(having.bit_count(), listed.bit_count())
            in_synonyms = 0
            if not named and not organised:
                for synonym in synonyms(stems):
                    in_synonyms |= self.names.having(
                        synonym, whole=len(synonym) < SYNONYM_PREFIX_LENGTH
                    )
            places = {
                "name": named & found,
                "contact": contacts.names.get(word, 0),
                "organisation": organised & found,
                "synonym": in_synonyms,
                "terms": termed & found,
                "role": contacts.roles.get(word, 0),
            }
            ranked = [(WORD_RELEVANCE[place] * weight, bits) for place, bits in places.items()]
            # The word itself, not only a longer word starting with it: one point more.
            whole = {
                "name": self.whole(self.names, stems, found),
                "organisation": self.whole(self.organisations, stems, found),
                "terms": self.whole(self.keywords, stems, found),
            }
            bonus = WORD_RELEVANCE["whole"]
            ranked += [
                ((WORD_RELEVANCE[place] + bonus) * weight, bits) for place, bits in whole.items()
            ]
            ranked.sort(key=lambda place: -place[0])
            text = WORD_RELEVANCE["text"] * weight
            if some is None:
                levels = add_relevance(levels, ranked, text)
            else:
                levels = add_relevance(levels, [*ranked, (text, some[word])], 0)
        return [levels[score] for score in sorted(levels, reverse=True)]


def ranked_in_python(interventions, words: list[str], ranked: bool = True, some: bool = False):
    """SQLite's `Intervention.objects.search`: these interventions with every word (`some`:
    with any), by relevance then name (`ranked`), or just their ids; read with the search
    page's own code (Words, levels) over their rows, in Python."""
    rows = list(
        interventions.order_by(*BY_NAME).values_list(
            "pk", "name", "organisation__name", "keywords", "summary", "description"
        )
    )
    if not words or not rows:
        return interventions if ranked else []
    found = Words(
        names=Lexicon.of_texts((row[0], row[1]) for row in rows),
        organisations=Lexicon.of_texts((row[0], row[2]) for row in rows),
        keywords=Lexicon.of_texts((row[0], row[3]) for row in rows),
        texts=Lexicon.of_texts((row[0], f"{row[4]} {row[5]}") for row in rows),
    )
    stems_of = lexemes(words)
    every = bits = bitset(row[0] for row in rows)
    having = {word: found.anywhere(stems_of[word], every) for word in words if stems_of[word]}
    if some:
        bits = 0
        for word_having in having.values():
            bits |= word_having
    for word_having in having.values() if not some else []:
        bits &= word_having
    if not ranked:
        return ids_of(bits)
    if not bits:
        return interventions.none()
    order = Order([row[0] for row in rows])
    having = {word: having.get(word, every) for word in words} if some else None
    levels = found.levels(bits, words, stems_of, Contacts(), every, having)
    ids = list(Members(order, levels))
    position = models.Case(
        *(models.When(pk=pk, then=number) for number, pk in enumerate(ids)),
        output_field=models.IntegerField(),
    )
    return interventions.filter(pk__in=ids).order_by(position)


MIN_COMPOUND_HEAD = 4


@dataclass
class Reading:
    """The words as the search reads them (FacetIndex.read), the listed interventions having
    them all (or, where none has, some: `some`), the corrections it made and the typed words it
    left out."""

    words: list[str]
    found: int
    suggestions: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    # No listed intervention has every word: those with some, and by word, which have it.
    some: dict[str, int] | None = None


@dataclass
class Matches:
    """The listed interventions matching a text, as bitsets of equal relevance, best first;
    when nothing matches, the `suggestions` for its unknown words (did you mean…?); when the
    text was read without some words that nothing has, those words (`left_out`)."""

    levels: list[int]
    suggestions: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # words no listed intervention has
    some_words: bool = False  # none has every word: these have some
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


class PointsOf:
    """By intervention id, the numbers of the points (Places.points) where it is: two arrays
    ordered by id, looked up by bisection. A dict of lists took 9 MB at national scale, this
    under 1 MB."""

    def __init__(self, ids: array, numbers: array) -> None:
        order = sorted(range(len(ids)), key=ids.__getitem__)
        self.ids = array("q", (ids[at] for at in order))
        self.numbers = array("i", (numbers[at] for at in order))

    def get(self, pk: int, default: Sequence[int] = ()) -> Sequence[int]:
        at, found = bisect_left(self.ids, pk), []
        while at < len(self.ids) and self.ids[at] == pk:
            found.append(self.numbers[at])
            at += 1
        return found or default


@dataclass
class Places:
    """Where the listed interventions are, for distances from a postcode: the coordinates of
    their locations (distinct `points`, the interventions at each), the municipalities of
    their locations with a confidential address or without coordinates (never their
    coordinates), which come to the family (HOME_FORMAT) or are online, and which serve each
    municipality (CBS code)."""

    points: list[Point] = field(default_factory=list)
    at_point: list[array] = field(default_factory=list)
    points_of: PointsOf = field(default_factory=lambda: PointsOf(array("q"), array("i")))
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


def build_places(options: dict[tuple[str, str], int]) -> Places:
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
    located, located_at = array("q"), array("i")  # (intervention, point number) pairs
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
        located.append(pk)
        located_at.append(number)
    places.at_point = [array("q", members) for members in at_point]
    places.points_of = PointsOf(located, located_at)
    places.in_municipality = {code: bitset(ids) for code, ids in in_municipality.items()}
    places.comes_home = options.get(("vorm", HOME_FORMAT), 0)
    places.online = options.get(("vorm", ONLINE_FORMAT), 0)
    for municipality in taxonomy.terms(Municipality):
        places.names[municipality.cbs_code] = municipality.name
        served = options.get(("gemeente", municipality.slug), 0)  # listed ones only
        if served:
            places.serving[municipality.cbs_code] = served  # the same int: no copy
    return places


@dataclass
class FacetIndex:
    token: UUID | None
    listed: int
    order: Order
    options: dict[tuple[str, str], int]
    words: Words = field(default_factory=Words)
    built_at: float = field(default_factory=time.monotonic)
    searches: OrderedDict[tuple[str, ...], Matches] = field(default_factory=OrderedDict)
    remembered_bytes: int = 0
    places: Places = field(default_factory=Places)
    nearness: OrderedDict[str, Nearness] = field(default_factory=OrderedDict)
    # By search word, whether no listed intervention has it (PostgreSQL; `unknown`).
    unknown_words: dict[str, bool] = field(default_factory=dict)

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

    def matches(self, words: Sequence[str], contacts: Contacts | None = None) -> Matches:
        """The listed interventions matching these words, best first (as
        Intervention.objects.search orders them), remembered for the most recent searches;
        with `contacts` (words found in contact persons the searcher may see), found there too,
        and not remembered (they depend on who searches)."""
        if contacts:
            return self.search(list(words), contacts)
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

    def search(self, words: list[str], contacts: Contacts | None = None) -> Matches:
        """The matching interventions (PostgreSQL: the database finds them through the search
        vector's index; SQLite: the index's words); when nothing matches as typed, the unknown
        words corrected, which are also suggested. Their relevance is counted here, as
        Intervention.objects.search does. A word found in a contact person (`contacts`) needs
        not be in the intervention's own text. PostgreSQL's queries (the words' stems, the
        matches, typos, words left out) run in one transaction (query.search_index_scans)."""
        with search_index_scans():
            return self._search(words, contacts)

    def _search(self, words: list[str], contacts: Contacts | None) -> Matches:
        stems_of = lexemes(words)
        if contacts:
            each = self.matching_each(words, stems_of)
            found = self.listed
            for word in words:
                found &= each[word] | contacts.having(word)
            if found:
                return Matches(self.words.levels(found, words, stems_of, contacts, self.listed))
        reading = self.read(words)
        if not reading.found:
            return Matches([0], reading.suggestions)
        stems_of = lexemes(reading.words)
        levels = self.words.levels(
            reading.found, reading.words, stems_of, Contacts(), self.listed, reading.some
        )
        return Matches(levels, reading.suggestions, reading.left_out, reading.some is not None)

    def read(self, words: list[str]) -> Reading:
        """How the search reads the words of a text (the page and Intervention.objects.search
        alike): as typed when a listed intervention has them all; else with each word that
        none has corrected (query.corrected: hechtng → hechting), and suggested; else, when
        that finds nothing either, each word that none has read as the word it starts with
        (a Dutch compound: hechtingsproblemen → hechting, homestart → home) or left out, if
        other words remain ("borstvoeding xylofoon"); and when no listed intervention has
        every remaining word, those with some of them ("psycholoog huisarts")."""
        stems_of = lexemes(words)
        found = self.matching(words, stems_of)
        suggestions: list[str] = []
        if found:
            return Reading(words, found)
        typed, words = words, corrected(words, unknown=self.unknown(words, stems_of))
        corrections = (new for new, old in zip(words, typed, strict=True) if new != old)
        suggestions = list(dict.fromkeys(corrections))
        stems_of = lexemes(words)
        if suggestions and (found := self.matching(words, stems_of)):
            return Reading(words, found, suggestions)
        unknown = set(self.unknown(words, stems_of))
        heads = {word: self.compound_head(word) for word in unknown}
        kept = [heads[word] or word if word in unknown else word for word in words]
        kept = [word for word in kept if word not in unknown]
        stems_of = lexemes(kept)
        if (
            unknown
            and any(stems_of[word] for word in kept)
            and (found := self.matching(kept, stems_of))
        ):
            left_out = [w for w in dict.fromkeys(words) if w in unknown and not heads[w]]
            return Reading(kept, found, suggestions, left_out)
        if len([word for word in kept if stems_of[word]]) > 1:  # all known, never together
            some = self.matching_each(kept, stems_of)
            found = 0
            for word in kept:
                found |= some[word] if stems_of[word] else 0
            left_out = [w for w in dict.fromkeys(words) if w in unknown and not heads[w]]
            return Reading(kept, found, suggestions, left_out, some)
        return Reading(words, 0, suggestions)

    def compound_head(self, word: str) -> str | None:
        """The longest start of a word (MIN_COMPOUND_HEAD letters or more) that is a whole word
        of a listed intervention's name, organisation or keywords."""
        for end in range(len(word) - 1, MIN_COMPOUND_HEAD - 1, -1):
            stems = dutch_words(word[:end])
            lexicons = (self.words.names, self.words.organisations, self.words.keywords)
            if stems and any(
                self.listed & lexicon.having(stems[0], whole=True) for lexicon in lexicons
            ):
                return word[:end]
        return None

    def unknown(self, words: list[str], stems_of: dict[str, list[str]]) -> list[str]:
        """The words no listed intervention has (as query.unknown_words; SQLite: in memory).
        PostgreSQL's answer is remembered with the index: it depends on the directory only."""
        if self.words.texts is not None:
            known = self.known(words, stems_of)
            return [word for word in words if stems_of[word] and word not in known]
        asked = [word for word in dict.fromkeys(words) if word not in self.unknown_words]
        if asked:
            found = set(unknown_words(asked, known=self.known(asked, stems_of)))
            if len(self.unknown_words) + len(asked) > MAX_REMEMBERED_WORDS:
                self.unknown_words.clear()
            self.unknown_words.update((word, word in found) for word in asked)
        return [word for word in words if self.unknown_words[word]]

    def known(self, words: list[str], stems_of: dict[str, list[str]]) -> list[str]:
        """The words some listed intervention has in its name or keywords (SQLite: anywhere):
        they need no correction, and no query to tell."""
        known = []
        for word in words:
            stems = stems_of[word]
            if not stems:
                continue
            if self.words.texts is not None:
                having = self.words.anywhere(stems, self.listed)
            else:
                having = self.listed
                for stem in stems:
                    having &= (
                        self.words.names.having(stem)
                        | self.words.organisations.having(stem)
                        | self.words.keywords.having(stem)
                    )
            if having:
                known.append(word)
        return known

    def matching(self, words: list[str], stems_of: dict[str, list[str]]) -> int:
        """The listed interventions with these words. PostgreSQL sends their ids as one array,
        which is read in a third of the time that as many rows take."""
        if self.words.texts is not None:
            found = self.listed
            for word in words:
                if stems_of[word]:
                    found = self.words.anywhere(stems_of[word], found)
            return found
        with search_index_scans():
            queryset = Intervention.objects.matching(words)
            return self.listed & bitset(queryset.aggregate(ids=ArrayAgg("pk", default=[]))["ids"])

    def matching_each(self, words: list[str], stems_of: dict[str, list[str]]) -> dict[str, int]:
        """By word, the listed interventions having it (PostgreSQL: in one query)."""
        if self.words.texts is not None:
            return {
                word: self.words.anywhere(stems_of[word], self.listed)
                if stems_of[word]
                else self.listed
                for word in words
            }
        asked = [word for word in dict.fromkeys(words) if stems_of[word]]
        each = {word: self.listed for word in words}
        if not asked:
            return each
        gathered = {
            f"word_{number}": ArrayAgg("pk", filter=found_word(word), default=[])
            for number, word in enumerate(asked)
        }
        anywhere = Q()
        for word in asked:
            anywhere |= found_word(word)
        with search_index_scans():
            found = Intervention.objects.filter(anywhere).aggregate(**gathered)
        for number, word in enumerate(asked):
            each[word] = self.listed & bitset(found[f"word_{number}"])
        return each


def add_relevance(levels: dict[int, int], places: list[tuple[int, int]], otherwise: int):
    """Relevance levels (score: bitset) after one more word, which adds the score of the first
    place in `places` (score, where it is found; best first) that has it, or `otherwise`."""
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
    in_python = connection.vendor != "postgresql"
    texts: dict[str, list[tuple[int, str]]] = {"names": [], "organisations": [], "texts": []}
    interventions = (
        Intervention.objects.listed()
        .order_by(*BY_NAME)
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
    if in_python:  # SQLite: the index reads every word itself
        interventions = interventions.annotate(
            organisation_name=F("organisation__name"),
            text=Concat("summary", Value(" "), "description", output_field=models.TextField()),
        ).values_list(*interventions.query.values_select, "name", "organisation_name", "text")
    for pk, domain, kind, route, referrals, new_families, waiting, *words in interventions.iterator(
        chunk_size=5000
    ):
        if words:
            for name, text in zip(texts, words, strict=True):
                texts[name].append((pk, text))
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
    index.places = build_places(options)
    dense = len(by_name) // 32
    if in_python:
        index.words = Words(
            names=Lexicon.of_texts(texts["names"]),
            organisations=Lexicon.of_texts(texts["organisations"]),
            keywords=keywords_lexicon(options, dense),
            texts=Lexicon.of_texts(texts["texts"]),
        )
    else:
        index.words = Words(
            names=Lexicon(postings(NAME_WORDS, dense)),
            organisations=Lexicon(postings(ORGANISATION_WORDS, dense)),
            keywords=keywords_lexicon(options, dense),
        )
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
    """Where each word of the taxonomy terms in the search keywords occurs
    (Intervention.build_keywords; the organisation's name is a Lexicon of its own)."""
    found: dict[str, int | array] = {}
    in_terms = {
        (facet, term.slug): " ".join(filter(None, [term.name, term.plain_name, term.search_terms]))
        for facet in KEYWORD_FACETS
        for term in taxonomy.terms(model_of(facet))
    }
    words = lexemes(in_terms.values())
    for key, text in in_terms.items():
        bits = options.get(key, 0)
        for word in words[text]:
            # A word of one term shares the term's bitset (no copy of 7.5 kB at national scale).
            found[word] = found[word] | bits if word in found else bits
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
