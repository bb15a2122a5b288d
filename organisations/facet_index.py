"""The search page's facets as bitsets in memory, so counting them costs microseconds.

A search page shows, next to the results, how many each of some 400 facet options would give.
In SQL each of those counts re-reads the interventions that match: with the whole country in
the directory (60,000 interventions) an empty search or a common word took seconds per page.
Here each option is a set of intervention ids, held as the bits of one Python int, and a count
is the number of bits in an AND.

Each process builds the index in two queries and keeps it while DirectoryVersion's token is
the one it was built on (one small query per search checks it), and for no longer than
SEARCH_INDEX_SECONDS, so that a change made without signals (raw SQL) is picked up too. The
interventions matching a text search, best first, are kept with the index they were found
with, for the most recent texts. Everything here is the public directory: never client data.
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from uuid import UUID

from django.conf import settings
from django.db.models import F, QuerySet, Value

from . import taxonomy
from .models import AccessRoute, DirectoryVersion, Domain, Intervention

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
# The memory the remembered searches may take in each process: at national scale some 60
# common words, or thousands of ordinary searches.
MAX_REMEMBERED_BYTES = 32 * 1024 * 1024


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
    """The ids in `ordered` whose bit is set in `bits`, in that order: a list of results that
    knows its length without being listed, and lists only the slice a page asks for."""

    def __init__(self, ordered: Sequence[int], bits: int) -> None:
        self.in_order, self.length = ordered, bits.bit_count()
        self.bytes = bits.to_bytes((bits.bit_length() + 7) // 8, "little")

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator[int]:
        found, size = self.bytes, len(self.bytes)
        return (i for i in self.in_order if i >> 3 < size and found[i >> 3] >> (i & 7) & 1)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(islice(self, *index.indices(self.length)))
        if not -self.length <= index < self.length:
            raise IndexError(index)
        return next(islice(self, index % self.length, None))


@dataclass
class Matches:
    """The listed interventions matching a text, best first, and the same as a bitset."""

    ranked: Sequence[int]
    bits: int

    @property
    def size(self) -> int:
        """Roughly the bytes it takes: 8 per id, and one bit per possible id."""
        return 8 * len(self.ranked) + self.bits.bit_length() // 8


@dataclass
class FacetIndex:
    token: UUID | None
    listed: int
    by_name: Sequence[int]
    options: dict[tuple[str, str], int]
    built_at: float = field(default_factory=time.monotonic)
    searches: OrderedDict[tuple[str, ...], Matches] = field(default_factory=OrderedDict)
    remembered_bytes: int = 0

    def is_current(self, token: UUID | None) -> bool:
        age = time.monotonic() - self.built_at
        return token == self.token and age < settings.SEARCH_INDEX_SECONDS

    def option(self, facet: str, value: str) -> int:
        return self.options.get((facet, value), 0)

    def matches(self, words: Sequence[str], search: Callable[[], QuerySet]) -> Matches:
        """The interventions `search()` finds for these words, remembered for the most recent
        searches: a common word matches nearly every row, and ranking them is the costly part
        of a search."""
        key = tuple(words)
        if key in self.searches:
            self.searches.move_to_end(key)
            return self.searches[key]
        ranked = array("q", search().values_list("pk", flat=True))
        matches = self.searches[key] = Matches(ranked, bitset(ranked) & self.listed)
        self.remembered_bytes += matches.size
        while self.remembered_bytes > MAX_REMEMBERED_BYTES:
            _, dropped = self.searches.popitem(last=False)
            self.remembered_bytes -= dropped.size
        return matches


_index: FacetIndex | None = None


def current() -> FacetIndex:
    """This process's index, rebuilt first when the directory changed since it was built."""
    global _index
    token = DirectoryVersion.current()
    if _index is None or not _index.is_current(token):
        _index = build(token)
    return _index


def forget() -> None:
    global _index
    _index = None


def build(token: UUID | None) -> FacetIndex:
    """Every facet option's interventions, from two queries: the listed interventions with
    their own facet values, and their links to the taxonomies."""
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

    terms = {facet: taxonomy.taxonomy(model_of(facet)).by_pk for facet in TERM_RELATIONS}
    for facet, pk, term_pk in term_links().iterator(chunk_size=20000):
        if term_pk not in terms[facet]:  # a term added by another process meanwhile
            terms[facet] = taxonomy.taxonomy(model_of(facet), reload=True).by_pk
        if term_pk in terms[facet]:
            members.add((facet, terms[facet][term_pk].slug), pk)

    options = members.bitsets()
    listed = options.pop("", 0)
    options = {key: bits & listed for key, bits in options.items()}
    walk_in = options.get(WALK_IN_FORMAT, 0)
    options["vrij_toegankelijk", "on"] = options.get(("vrij_toegankelijk", "on"), 0) | walk_in
    return FacetIndex(token=token, listed=listed, by_name=by_name, options=options)


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


def term_links() -> QuerySet:
    """(facet, intervention id, term id) for every link to a taxonomy, in one query."""
    branches = []
    for facet, name in TERM_RELATIONS.items():
        relation = Intervention._meta.get_field(name)
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        branches.append(
            relation.remote_field.through.objects.order_by()
            .annotate(facet=Value(facet), source=F(f"{source}_id"), target=F(f"{target}_id"))
            .values_list("facet", "source", "target")
        )
    return branches[0].union(*branches[1:], all=True)
