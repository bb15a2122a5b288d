"""Text search: the words of a search box entry, how they are found and ranked, and typo
correction.

The ranking rule is `WORD_RELEVANCE` (with `synonyms`): what each search word adds where it is
found. The search page finds its matches (PostgreSQL: `matching`, through the search vector's
GIN index; SQLite: in memory) and ranks them in memory (index.py); `search` is the same for the
QuerySet method `Intervention.objects.search` and the reference the tests hold the index to:
in SQL on PostgreSQL (`relevance`), with the index's own code over the rows on SQLite. Both
engines read words the same way: PostgreSQL's `dutch` configuration, and in Python
`dutch_words`, which uses the same Snowball stemmer and stop words. The stored search vector
(`SEARCH_VECTOR`) is kept current by freshness.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, models, transaction
from django.db.models import Q
from django.db.models.functions import Lower

from .. import places
from ..models import CarePhase, DeliveryFormat, Intervention, InterventionQuerySet, LifePhase, Theme
from .taxonomy import taxonomy, terms


def search(interventions: InterventionQuerySet, text: str) -> InterventionQuerySet:
    """Interventions matching free text, best match first.

    Dutch words on stem prefixes (zwangere → zwangerschap); each word counts as
    WORD_RELEVANCE says, by where it is found, and equally relevant results follow by name.
    When no listed intervention matches as typed, the words are corrected first
    (index.FacetIndex.read), so a typo (hechtng) still finds its word without blurring ordinary
    searches. PostgreSQL: in SQL (`relevance`); SQLite: the index's code over these rows.
    """
    words = search_words(text)
    if not words:
        return interventions
    from .index import current  # the index builds on this module

    reading = current().read(words)  # corrected, as the search page reads them
    words, some = reading.words, reading.some is not None
    if connection.vendor != "postgresql":
        from .index import ranked_in_python  # the index builds on this module

        return ranked_in_python(interventions, words, some=some)
    if some:
        anywhere = Q()
        for word in words:
            anywhere |= found_word(word)
        found = interventions.filter(anywhere)
    else:
        found = matching(interventions, words)
    return (
        with_organisation_words(found)
        .annotate(relevance=relevance(words, some=some))
        .order_by("-relevance", *BY_NAME)
    )


# Equally relevant results (and all, without words) by name, whatever its capitals: POH-GGZ
# after Perinatale GGZ.
BY_NAME = (Lower("name"), "pk")


def matching(interventions: InterventionQuerySet, words: list[str]) -> InterventionQuerySet:
    """Interventions with every one of these words (a word of their name, keywords, summary or
    description starts with the word's Dutch stem), in no particular order and uncorrected."""
    if connection.vendor == "postgresql":
        return interventions.filter(search_document=dutch_prefix_query(words))
    from .index import ranked_in_python  # the index builds on this module

    return interventions.filter(pk__in=ranked_in_python(interventions, words, ranked=False))


MAX_SEARCH_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_SUGGESTION_SOURCES = 2000

SEARCH_VECTOR = (
    SearchVector("name", weight="A", config="dutch")
    + SearchVector("keywords", weight="B", config="dutch")
    + SearchVector("summary", "description", weight="C", config="dutch")
)


def search_words(text: str) -> list[str]:
    """The words of a search box entry, without punctuation or query syntax, bounded in number."""
    return [word[:MAX_WORD_LENGTH] for word in tokenize(text[:1000])][:MAX_SEARCH_WORDS]


def dutch_prefix_query(words: list[str], weights: str = "", prefix: bool = True) -> SearchQuery:
    """All words, each matching any word that starts with its Dutch stem (not `prefix`: only
    that word itself); with `weights`, only where the search vector gives the word one of
    these weights."""
    star = "*" if prefix else ""
    return SearchQuery(
        " & ".join(f"'{word}':{star}{weights}" for word in words),
        config="dutch",
        search_type="raw",
    )


# The ranking rule: what a search word adds to a result's relevance, by the best place it is
# found (a result's relevance is the sum over the words; stop words add nothing anywhere):
# - "name": the intervention's name (the search vector's weight A);
# - "contact": the name of a contact person for it whom the searcher may see (signed in only);
# - "synonym": the name has a word of a theme the search word finds (`synonyms`): "somber"
#   finds the theme Psychische gezondheid, whose words include GGZ and psychiatrie, so the
#   name "Perinatale GGZ" says what the searcher means;
# - "organisation": the organisation's name (a professional often types the organisation);
# - "terms": the intervention's themes, life and care phases and formats, with their everyday
#   words and search synonyms (weight B, with the organisation's name);
# - "role": the job title of a contact person for it whom the searcher may see;
# - "text": only the summary or the description (weight C);
# - "whole": added where the word itself is found (in the name, organisation or terms), not
#   only a longer word starting with it: "Nu Niet Zwanger" before "Zwangerschapsinloop".
# Each word's score is multiplied by its `rarity`: a word that most offers have (zwanger) says
# less about what the searcher means than a rarer one (somber), so "somber zwanger" puts
# perinatal mental health above every offer with "zwanger" in its name. So a word in the name
# outweighs two in the description, and a name with every word of the search comes first.
# Walk-in and free offers rank higher only through words the searcher typed ("inloop",
# "zonder afspraak" find the format Inloop).
WORD_RELEVANCE = {
    "name": 5,
    "contact": 5,
    "synonym": 5,
    "organisation": 3,
    "terms": 2,
    "role": 2,
    "text": 1,
    "whole": 1,
}


def relevance(words: list[str], some: bool = False) -> models.Expression:
    """How well an intervention matches these words: the sum of WORD_RELEVANCE over the words,
    by the best place each is found (contact persons aside: they depend on who searches);
    with `some` (none has every word), nothing for a word it does not have.

    The search page computes the same in memory (index.FacetIndex.search); this SQL form
    (PostgreSQL) serves `Intervention.objects.search` and is the reference the tests hold the
    index to. Expects the `organisation_words` annotation (`with_organisation_words`)."""
    stems_of = lexemes(words)
    asked = [word for word in dict.fromkeys(words) if stems_of[word]]
    having = Intervention.objects.listed().aggregate(
        listed=models.Count("pk"),
        **{
            f"word_{number}": models.Count(
                "pk", filter=Q(search_document=dutch_prefix_query([word], "AB"))
            )
            for number, word in enumerate(asked)
        },
    )
    total = models.Value(0)
    for word in words:
        if not stems_of[word]:  # a stop word
            continue
        weight = rarity(having[f"word_{asked.index(word)}"], having["listed"])
        whole = WORD_RELEVANCE["whole"]
        places = [
            (
                whole + WORD_RELEVANCE["name"],
                Q(search_document=dutch_prefix_query([word], "A", prefix=False)),
            ),
            (WORD_RELEVANCE["name"], Q(search_document=dutch_prefix_query([word], "A"))),
            (
                whole + WORD_RELEVANCE["organisation"],
                Q(organisation_words=dutch_prefix_query([word], prefix=False)),
            ),
            (WORD_RELEVANCE["organisation"], Q(organisation_words=dutch_prefix_query([word]))),
            (
                whole + WORD_RELEVANCE["terms"],
                Q(search_document=dutch_prefix_query([word], "B", prefix=False)),
            ),
            (WORD_RELEVANCE["terms"], Q(search_document=dutch_prefix_query([word], "B"))),
        ]
        if (also := synonyms(stems_of[word])) and not names_with(word):
            places.append((WORD_RELEVANCE["synonym"], Q(search_document=synonym_query(also, "A"))))
        if some:
            places.append((WORD_RELEVANCE["text"], found_word(word)))
        places.sort(key=lambda place: -place[0])
        total += models.Case(
            *(models.When(found, then=score * weight) for score, found in places),
            default=0 if some else WORD_RELEVANCE["text"] * weight,
        )
    return total


MAX_RARITY = 5


def rarity(having: int, listed: int) -> int:
    """How much a search word says about what the searcher means, from how many of the
    `listed` interventions have it in their name, organisation's name or keywords (`having`):
    1 for a word that more than half of them have, one more for each halving, at most
    MAX_RARITY (in the demo: zwanger 1, somber 2, lactatiekundige 5)."""
    found = 1
    while found < MAX_RARITY and having * 2**found <= listed:
        found += 1
    return found


def with_organisation_words(interventions: InterventionQuerySet) -> InterventionQuerySet:
    """Annotated with `organisation_words`, the organisation's name as a Dutch search vector
    (for `relevance`; the index reads the same from the organisations)."""
    return interventions.annotate(
        organisation_words=SearchVector("organisation__name", config="dutch")
    )


def synonym_query(stems: list[str], weights: str = "") -> SearchQuery:
    """Any of these synonyms (`synonyms`: words as the search vector stores them, not stemmed
    again), a long one matching any word that starts with it, a short one a whole word; with
    `weights`, only where the vector gives the word one of these weights."""
    return SearchQuery(
        " | ".join(
            f"'{stem}':{'*' if len(stem) >= SYNONYM_PREFIX_LENGTH else ''}{weights}"
            for stem in stems
        ),
        config="simple",
        search_type="raw",
    )


def names_with(word: str) -> bool:
    """Whether a listed intervention or its organisation has the word in its name: a word
    that names something, which its theme's synonyms would only blur (`synonyms`)."""
    named = Q(search_document=dutch_prefix_query([word], "A")) | Q(
        organisation_words=dutch_prefix_query([word])
    )
    return with_organisation_words(Intervention.objects.listed()).filter(named).exists()


MIN_SYNONYM_LENGTH = 3
SYNONYM_PREFIX_LENGTH = 5


def synonyms(stems: list[str]) -> list[str]:
    """The words (stems) of every theme that a search word with these stems finds, in the
    theme's name and search terms: where an intervention's name has one, it is about what the
    word means (WORD_RELEVANCE "synonym"). Only for a word that no listed intervention or
    organisation has in its name (`names_with`): "somber" and "geldzorgen" mean a theme,
    "voedselbank" means the food banks. Everyday words (plain_name) find a theme but are not
    looked for in names; very short and compound words neither, nor the words naming the life
    phases (zwangerschap, baby), which say when rather than what. A synonym of fewer than
    SYNONYM_PREFIX_LENGTH letters is a whole word of the name (GGZ), a longer one may start
    one (verslav → Verslavingszorg)."""
    found: set[str] = set()
    themes = terms(Theme, active_only=True)
    phases = [f"{term.name} {term.plain_name}" for term in terms(LifePhase)]
    context = {word for words in lexemes(phases).values() for word in words}
    texts = {term.pk: " ".join([term.name, term.plain_name, term.search_terms]) for term in themes}
    named = {term.pk: " ".join([term.name, term.search_terms]) for term in themes}
    words = lexemes([*texts.values(), *named.values()])
    for term in themes:
        if all(any(word.startswith(stem) for word in words[texts[term.pk]]) for stem in stems):
            found.update(
                word
                for word in words[named[term.pk]]
                if len(word) >= MIN_SYNONYM_LENGTH and word.isalnum() and word not in context
            )
    return sorted(found)


@contextmanager
def search_index_scans() -> Iterator[None]:
    """Queries here match text through the search vector's GIN index, never by reading every
    row's vector (PostgreSQL). For a word in nearly every row the planner expects a sequential
    scan to cost about the same; it costs four times as much, as each vector is decompressed.

    The planner setting is `SET LOCAL`, inside a transaction (a savepoint when one is open
    already), so it never outlives these queries on a connection that the next request, or
    the next statement of this one, reuses.

    Inside another `search_index_scans` it adds nothing: a search page reads its text (words,
    typos, words left out) in one transaction, not one for each query."""
    if connection.vendor != "postgresql" or getattr(connection, "search_index_scans", False):
        yield
        return
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        connection.search_index_scans = True
        try:
            yield
        finally:
            connection.search_index_scans = False
        if nested:
            # A released savepoint would keep SET LOCAL until the outer transaction ends: back
            # to the session's own value (after a failure the savepoint's rollback does this).
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")


# The lexemes of recent texts (search words, taxonomy terms), which depend on nothing else.
_lexemes: dict[str, list[str]] = {}
MAX_REMEMBERED_LEXEMES = 10_000


def lexemes(texts: Iterable[str]) -> dict[str, list[str]]:
    """The words of each text as PostgreSQL's Dutch search configuration stores them (stemmed,
    without stop words): those of recent texts from memory, the others in one query. On other
    databases the same in Python (`dutch_words`)."""
    texts = list(texts)
    if connection.vendor != "postgresql":
        return {text: dutch_words(text) for text in texts}
    found = {text: _lexemes[text] for text in texts if text in _lexemes}
    asked = [text for text in dict.fromkeys(texts) if text not in found]
    if asked:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t, tsvector_to_array(to_tsvector('dutch', t)) FROM unnest(%s::text[]) t",
                [asked],
            )
            found |= dict(cursor.fetchall())
        if len(_lexemes) + len(asked) > MAX_REMEMBERED_LEXEMES:
            _lexemes.clear()
        _lexemes.update((text, found[text]) for text in asked)
    return found


# PostgreSQL's Dutch stop words (tsearch_data/dutch.stop, which is Snowball's list).
_DUTCH_STOP_WORDS = """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar
    om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere"""
DUTCH_STOP_WORDS = frozenset(_DUTCH_STOP_WORDS.split())
# Snowball's original Dutch stemmer, which PostgreSQL's `dutch` configuration uses (Snowball
# 3 renamed it `dutch_porter` and gave the name `dutch` to a new algorithm).
_stemmer = snowballstemmer.stemmer("dutch_porter")


def dutch_words(text: str) -> list[str]:
    """The words of a text as PostgreSQL's `dutch` configuration stores them: lower case, stop
    words left out, each stemmed (cliëntondersteuning → clientondersteun)."""
    return [stem(word) for word in tokenize(text) if word not in DUTCH_STOP_WORDS]


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """One word's Dutch stem (remembered: a directory has far fewer distinct words than
    words, and the Snowball stemmer in Python takes some 50 µs a word)."""
    return _stemmer.stemWord(word)


def found_word(word: str) -> Q:
    """Where one search word is found, as `matching` finds it on PostgreSQL: a word of the
    stored search vector starts with its Dutch stem."""
    return Q(search_document=dutch_prefix_query([word]))


def unknown_words(words: list[str], known: Iterable[str] = ()) -> list[str]:
    """The words no listed intervention has (typos, mostly), found in one query through the
    search vector's index (SQLite: as `matching` finds them). Stop words, and the words in
    `known` (seen to occur), are not asked."""
    known = set(known)
    stems = lexemes(words)
    known |= {word for word in words if not stems[word]}
    asked = [word for word in dict.fromkeys(words) if word not in known]
    if not asked:
        return []
    if connection.vendor != "postgresql":  # as `matching` finds words there: in the index
        from .index import current  # the index builds on this module

        index = current()
        return [word for word in asked if not index.words.anywhere(stems[word], index.listed)]
    anywhere = Q()
    for word in asked:
        anywhere |= found_word(word)
    counts = {
        f"word_{number}": models.Count("pk", filter=found_word(word))
        for number, word in enumerate(asked)
    }
    with search_index_scans():
        found = Intervention.objects.listed().filter(anywhere).aggregate(**counts)
    return [word for number, word in enumerate(asked) if not found[f"word_{number}"]]


def corrected(
    words: list[str], known: Iterable[str] = (), unknown: list[str] | None = None
) -> list[str]:
    """Each word no listed intervention has (`unknown_words`; `known`: words seen to occur;
    `unknown`: those words, when the caller knows them already) replaced by the most similar
    word of the directory's vocabulary: for a search that finds nothing as typed, probably
    because of a typo."""
    if unknown is None:
        unknown = unknown_words(words, known)
    if not unknown:
        return list(words)
    vocabulary = directory_vocabulary(unknown)
    return [closest_word(word, vocabulary) if word in unknown else word for word in words]


def directory_vocabulary(words: list[str]) -> set[str]:
    """Words of the taxonomies and of intervention names that resemble `words`, to correct
    typos against (on PostgreSQL the names are narrowed down by trigram similarity first)."""
    sources: list[str] = []
    for term_model in (Theme, LifePhase, CarePhase, DeliveryFormat):
        for term in terms(term_model, active_only=True):
            sources += [term.name, term.plain_name, term.search_terms]
    names = Intervention.objects.listed().values_list("name", flat=True)
    if connection.vendor == "postgresql":
        similar = Q()
        for word in words:
            similar |= Q(name__trigram_word_similar=word)
        names = names.filter(similar)
    sources += names[:MAX_SUGGESTION_SOURCES]
    return {word for source in sources for word in tokenize(source) if len(word) > 3}


def closest_word(word: str, vocabulary: set[str]) -> str:
    """The vocabulary word sharing most of `word`'s trigrams (at least 60%, as pg_trgm's word
    similarity), the nearest in length on a tie; or `word` itself when none is that close."""
    own = trigrams(word)
    best, best_score = word, (0.6, -float("inf"))
    for candidate in vocabulary:
        score = (len(own & trigrams(candidate)) / len(own), -abs(len(candidate) - len(word)))
        if score >= best_score:
            best, best_score = candidate, score
    return best


def trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def tokenize(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()


# --- Reading a search box entry: the words to find, and the places where the family lives ---


@dataclass(frozen=True)
class Place:
    """A place named in a search box entry: a municipality, town, village or four-digit
    postcode, and the municipalities (CBS codes) it lies in."""

    typed: str
    name: str
    municipalities: frozenset[str]
    postcode: str | None = None
    # Which of the entry's words it takes (a "in" before it included): start, end.
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Reading:
    """How a search box entry is read: the words to find as text, and the places it names,
    which are where the family lives rather than words to find. With `literal` (the user
    asked to search them as text) the places are still known, so the page can offer to read
    them as places again, but their words are searched as text."""

    words: tuple[str, ...]
    places: tuple[Place, ...] = ()
    literal: bool = False
    typed: tuple[str, ...] = ()

    @property
    def municipalities(self) -> frozenset[str]:
        """The CBS codes of the municipalities the places lie in (none when `literal`)."""
        if self.literal:
            return frozenset()
        return frozenset(code for place in self.places for code in place.municipalities)

    @property
    def postcode(self) -> str | None:
        """The four digits of the first postcode typed (None when `literal`): where distances
        are measured from when the search gives no postcode of its own."""
        if self.literal:
            return None
        return next((place.postcode for place in self.places if place.postcode), None)

    @property
    def place_label(self) -> str:
        """The places as the page names them: "Deventer", "7411 Deventer, Olst (Olst-Wijhe)"."""
        return ", ".join(place.name for place in self.places)

    @property
    def place_text(self) -> str:
        """The place words as typed: what searching them as text looks for."""
        return " ".join(place.typed for place in self.places)

    @property
    def text(self) -> str:
        """The words to find, as one search text."""
        return " ".join(self.words)

    def text_without(self, dropped: Iterable[Place]) -> str:
        """The entry as typed (its words), without these places."""
        gone = {index for place in dropped for index in range(*place.span)}
        return " ".join(word for index, word in enumerate(self.typed) if index not in gone)


# Words that say "where" before a place ("kraamzorg in Deventer"): part of the place.
PLACE_PREPOSITIONS = frozenset({"in", "bij", "rond", "rondom", "nabij", "omgeving", "regio"})
# Before a place name, these make it part of a person's name ("de Vries", "van Beek",
# "ter Horst"): a contact person, not a place.
SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "t"})
# Dutch stop words that are also the name of a village: never a place on their own.
NEVER_PLACES = frozenset({"een", "hem"})
POSTCODE_WORD = re.compile(r"([1-9][0-9]{3})([A-Za-z]{2})?")
POSTCODE_LETTERS = re.compile(r"[A-Z]{2}")


def read_query(text: str, *, literal: bool = False) -> Reading:
    """Read a search box entry: which of its words name a place, and which are to be found.

    - A four-digit number that is a Dutch postcode ("7411", "7411AB", "7411 AB") is a place;
      any other number ("1000 euro") is text.
    - A place name (longest first: "Bergen op Zoom" before "Bergen") is a place when typed with
      a capital ("Deventer", "Best", "den Haag", "'s-Hertogenbosch"), and in lower case when it
      is the name of a municipality in several words ("bergen op zoom", "den haag") or when it
      is no ordinary word: not one of `places.EVERYDAY_WORDS` ("best", "echt", "heel", "goes")
      nor a word of the taxonomies (themes, life and care phases, formats, with their
      synonyms), and for a name in several words not starting with a stop word ("de wijk").
    - Never a place: a name right after "van", "de", "ter"… (a person: "de Vries", "van
      Beek"), nor a stop word alone ("een").
    - "in", "bij", "rond"… right before a place belong to the place.

    The other words are searched as text, bounded as `search_words` bounds them. With
    `literal`, every word is searched as text."""
    typed = tuple(typed_words(text[:1000]))
    found: list[Place] = []
    kept: list[int] = []
    at = 0
    while at < len(typed):
        place = postcode_at(typed, at) or place_at(typed, at)
        if place is None:
            kept.append(at)
            at += 1
            continue
        start = at
        if kept and kept[-1] == at - 1 and typed[at - 1].lower() in PLACE_PREPOSITIONS:
            start = kept.pop()
        found.append(
            Place(
                place.typed,
                place.name,
                place.municipalities,
                place.postcode,
                (start, place.span[1]),
            )
        )
        at = place.span[1]
    if literal:
        kept = list(range(len(typed)))
    words = [typed[index].lower()[:MAX_WORD_LENGTH] for index in kept][:MAX_SEARCH_WORDS]
    return Reading(words=tuple(words), places=tuple(found), literal=literal, typed=typed)


def typed_words(text: str) -> list[str]:
    """The words of a text as typed (capitals kept), as `tokenize` cuts them."""
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


def postcode_at(typed: tuple[str, ...], at: int) -> Place | None:
    """The postcode that starts at word `at` ("7411", "7411AB", "7411 AB"), if one does."""
    found = POSTCODE_WORD.fullmatch(typed[at])
    area = places.postcode_area(found.group(1)) if found else None
    if area is None:
        return None
    end = at + 1
    if not found.group(2) and end < len(typed) and POSTCODE_LETTERS.fullmatch(typed[end]):
        end += 1
    name = f"{area.postcode} {', '.join(area.places)}"
    typed_text = " ".join(typed[at:end])
    return Place(typed_text, name, area.municipalities, area.postcode, (at, end))


def place_at(typed: tuple[str, ...], at: int) -> Place | None:
    """The place name that starts at word `at` and reads as a place (see `read_query`), the
    longest first, if one does."""
    names = places.place_names()
    for length in range(min(longest_place_name(), len(typed) - at), 0, -1):
        span = typed[at : at + length]
        key = " ".join(places.place_key(word) for word in span)
        codes = names.get(key)
        if codes and reads_as_place(span, key, typed[at - 1].lower() if at else ""):
            return Place(" ".join(span), place_name(key, codes), codes, None, (at, at + length))
    return None


def reads_as_place(span: tuple[str, ...], key: str, before: str) -> bool:
    """Whether words naming a place mean the place here (the rules: `read_query`)."""
    words = key.split()
    if before in SURNAME_PARTICLES or key in NEVER_PLACES:
        return False
    if any(word[:1].isupper() for word in span if len(word) > 1):
        return True
    if len(words) > 1:
        return key in places.municipality_keys() or words[0] not in SURNAME_PARTICLES
    return key not in places.EVERYDAY_WORDS and key not in taxonomy_words()


def place_name(key: str, codes: frozenset[str]) -> str:
    """A place as the page names it: its usual spelling, with its municipality when that is
    named otherwise ("Olst (Olst-Wijhe)")."""
    name = places.place_spellings().get(key, key.title())
    if len(codes) == 1 and key not in places.municipality_keys():
        municipality = places.municipality_names().get(next(iter(codes)))
        if municipality and municipality != name:
            return f"{name} ({municipality})"
    return name


@cache
def longest_place_name() -> int:
    """The most words a place name has."""
    return max((len(name.split()) for name in places.place_names()), default=1)


# The words of the taxonomies, with the taxonomies (in memory) they were taken from.
_taxonomy_words: tuple[tuple[object, ...], frozenset[str]] = ((), frozenset())


def taxonomy_words() -> frozenset[str]:
    """The words of the active taxonomy terms (names and synonyms): what the directory means
    by them, never a place. Kept while the taxonomies in memory are the same."""
    global _taxonomy_words
    models = (Theme, LifePhase, CarePhase, DeliveryFormat)
    loaded = tuple(taxonomy(model) for model in models)
    kept, words = _taxonomy_words
    if len(kept) == len(loaded) and all(a is b for a, b in zip(kept, loaded, strict=True)):
        return words
    found: set[str] = set()
    for term_model in models:
        for term in terms(term_model, active_only=True):
            for text in (term.name, term.plain_name, term.search_terms):
                found.update(tokenize(text or ""))
    _taxonomy_words = (loaded, frozenset(found))
    return _taxonomy_words[1]
