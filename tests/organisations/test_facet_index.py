"""The search page counts and narrows its results in memory (organisations/search/index.py).

It must give exactly what the SQL filters give, for any combination of text and facets, and
follow every change to the directory at once: in another process, after a rollback, and for
changes no form makes (links added, organisations closed, entries deleted).
"""

import io
import math
import random
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.http import QueryDict
from django.urls import reverse

from organisations.models import DeliveryFormat, DirectoryVersion, Intervention, Municipality
from organisations.search import current_version, directory_changed
from organisations.search import index as facet_index
from organisations.search.filters import InterventionFilter
from organisations.search.query import BY_NAME
from tests.factories import InterventionFactory, LocationFactory, MunicipalityFactory

SEARCH = reverse("organisations:search")


def search(client, query: str = ""):
    response = client.get(f"{SEARCH}?{query}")
    assert response.status_code == 200
    return response


def count_of(response, facet: str, value: str) -> int:
    for shown in response.context["facets"]:
        for option in shown.options:
            if shown.name == facet and option.value == value:
                return option.count
    raise AssertionError(f"no option {facet}={value}")


def result_names(response) -> list[str]:
    return [intervention.name for intervention in response.context["page"]]


def sql_count(filterset: InterventionFilter, facet: str, value: str) -> int:
    """What SQL says an option would give: the results without its facet, with the option."""
    chosen = True if facet in filterset.CHECKBOX_FACETS else [value]
    return filterset.filters[facet].filter(filterset.filtered_except(facet), chosen).count()


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


QUERIES = [
    "",
    "q=zwanger",
    "q=ouders",
    "q=groep&gemeente=deventer",
    "gemeente=deventer&gemeente=zwolle&vorm=groep",
    "domein=medical&geen_wachtlijst=on",
    "domein=social&domein=medical&toegang=free_access",
    "levensfase=kraamperiode&vrij_toegankelijk=on&verwijzen=on",
    "thema=hechting&thema=geld&taal=ar",
    "soort=midwifery&soort=debt&zorgfase=steun-op-maat",
    "q=hulp&vrij_toegankelijk=on&gemeente=deventer",
    "q=ouders+groep",  # words in the name, the themes and the description, in any mix
    "q=zorg+de+kind",  # "de" is a stop word
    "q=kraamzorg+deventer&levensfase=kraamperiode",
    # Issue 17: rarity, theme synonyms in names, organisations, compounds, words left out,
    # and words no offer has together.
    "q=somber+zwanger",
    "q=geldzorgen&vorm=inloop",
    "q=voedselbank",
    "q=homestart",
    "q=xylofoon+kraamzorg",
    "q=psycholoog+huisarts",
]
# Corrected on PostgreSQL only: the unknown words, known ones as typed.
TYPO_QUERIES = ["q=hechtng", "q=hechtng+groep", "q=kraamzrog+deventer&levensfase=kraamperiode"]


def test_results_and_every_count_agree_with_sql(demo):
    for query in QUERIES + (TYPO_QUERIES if connection.vendor == "postgresql" else []):
        filterset = InterventionFilter(QueryDict(query), queryset=Intervention.objects.listed())
        facets = filterset.facets()
        found = list(filterset.qs.values_list("pk", flat=True))
        assert list(filterset.result_ids) == found, query
        assert len(filterset.result_ids) == len(found), query  # counted, not listed
        compared = 0
        for facet, option in ((f, o) for f in facets for o in f.options):
            assert option.count == sql_count(filterset, facet.name, option.value), (
                query,
                facet.name,
                option.value,
            )
            compared += option.count
        assert compared > 0, query  # the demo gives every query something to count


def test_pages_list_the_results_in_order_without_gaps(directory, anonymous, settings):
    settings.SEARCH_PAGE_SIZE = 2
    everything = list(
        Intervention.objects.listed().order_by(*BY_NAME).values_list("name", flat=True)
    )
    pages = math.ceil(len(everything) / 2)
    shown = []
    for page in range(1, pages + 1):
        shown += result_names(search(anonymous, f"pagina={page}"))
    assert shown == everything
    last = everything[(pages - 1) * 2 :]
    assert result_names(search(anonymous, f"pagina={pages + 5}")) == last
    assert result_names(search(anonymous, "pagina=nul")) == everything[:2]


def test_a_change_shows_in_the_next_search(directory, anonymous):
    assert count_of(search(anonymous), "geen_wachtlijst", "on") == 3  # A, D and E

    directory["A"].waiting_weeks = 5
    directory["A"].save()
    assert count_of(search(anonymous), "geen_wachtlijst", "on") == 2

    rotterdam = Municipality.objects.get(slug="rotterdam")
    directory["A"].service_areas.add(rotterdam)
    assert "Centering Zwangerschap" in result_names(search(anonymous, "gemeente=rotterdam"))

    directory["D"].languages.clear()
    assert count_of(search(anonymous), "taal", "ar") == 0

    organisation = directory["E"].organisation
    organisation.is_active = False
    organisation.save()
    assert "Herstelgroep voor ouders" not in result_names(search(anonymous))

    directory["C"].delete()
    response = search(anonymous)
    assert "Ouder-baby groep" not in result_names(response)
    assert response.context["page"].paginator.count == 3  # A, B and D

    InterventionFactory(name="Nieuw inloopspreekuur", service_areas=[rotterdam])
    assert "Nieuw inloopspreekuur" in result_names(search(anonymous, "gemeente=rotterdam"))


def test_a_change_by_another_process_shows_without_waiting(directory, anonymous):
    """Another app server's change reaches this process through the directory's version: here
    the change skips this process's signals (a queryset update, as raw SQL would) and only
    the version changes, as it does when another process saves."""
    assert count_of(search(anonymous), "verwijzen", "on") == 4
    Intervention.objects.filter(pk=directory["A"].pk).update(accepts_referrals=False)
    assert count_of(search(anonymous), "verwijzen", "on") == 4  # this process was not told
    directory_changed(Intervention, [directory["B"].pk])  # any change
    assert count_of(search(anonymous), "verwijzen", "on") == 3


def test_a_rolled_back_change_leaves_no_trace(directory, anonymous):
    before = result_names(search(anonymous, "gemeente=rotterdam"))
    with pytest.raises(RuntimeError), transaction.atomic():
        InterventionFactory(
            name="Nooit bewaard", service_areas=[directory["B"].service_areas.get()]
        )
        assert "Nooit bewaard" in result_names(search(anonymous, "gemeente=rotterdam"))
        raise RuntimeError("rolled back")
    assert result_names(search(anonymous, "gemeente=rotterdam")) == before


def test_pages_of_a_text_search_follow_its_relevance_without_gaps(demo, anonymous, settings):
    settings.SEARCH_PAGE_SIZE = 3
    query = QueryDict("q=ouders+groep")
    expected = list(InterventionFilter(query, Intervention.objects.listed()).qs)
    assert len(expected) > 6  # several pages
    shown = []
    for page in range(1, math.ceil(len(expected) / 3) + 1):
        shown += result_names(search(anonymous, f"q=ouders+groep&pagina={page}"))
    assert shown == [intervention.name for intervention in expected]


def test_an_index_is_rebuilt_when_it_is_too_old(directory, anonymous, settings):
    search(anonymous)
    Intervention.objects.filter(pk=directory["A"].pk).update(waiting_weeks=9)
    settings.SEARCH_INDEX_SECONDS = 0
    assert count_of(search(anonymous), "geen_wachtlijst", "on") == 2


def test_remembered_searches_stay_within_their_memory(directory, anonymous, monkeypatch):
    words = ["zwangerschap", "ouders", "groep", "kraamzorg", "budgetcoaching", "herstel"]
    search(anonymous, f"q={words[0]}")
    one = facet_index.current().remembered_bytes
    monkeypatch.setattr(facet_index, "MAX_REMEMBERED_BYTES", 3 * one)
    first = {word: result_names(search(anonymous, f"q={word}")) for word in words}
    assert all(first.values())
    index = facet_index.current()
    assert 0 < index.remembered_bytes <= 3 * one
    assert 0 < len(index.searches) < len(words)
    for word in words:  # whether remembered or found again
        assert result_names(search(anonymous, f"q={word}")) == first[word]


def test_an_empty_directory_gives_an_empty_page(db, anonymous):
    response = search(anonymous, "q=zwanger&gemeente=deventer")
    assert response.context["page"].paginator.count == 0
    assert result_names(response) == []


def test_the_version_row_comes_back_when_it_was_removed(directory, anonymous):
    assert count_of(search(anonymous), "verwijzen", "on") == 4
    DirectoryVersion.objects.all().delete()
    directory["A"].accepts_referrals = False
    directory["A"].save()
    assert current_version().index is not None
    assert count_of(search(anonymous), "verwijzen", "on") == 3


@pytest.mark.parametrize("seed", range(3))
def test_every_slice_of_the_results_follows_relevance_then_name(seed):
    """The order of a page, however the results lie in the alphabet: few or many per level,
    clustered at the end of the names ("zorg…") or spread, any slice of them."""
    rng = random.Random(seed)
    ids = rng.sample(range(1, 100_000), 20_000)
    order = facet_index.Order(ids)  # the names' order: as sampled
    wanted = [
        rng.sample(ids, 3),
        ids[-2_000:],  # many, all at the end of the alphabet
        rng.sample(ids, 40),  # fewer than a 64th: sorted outright
        rng.sample(ids, 400),  # a few in each block of names
        rng.sample(ids, 8_000),  # many, spread
    ]
    seen, levels, expected = set(), [], []
    for members in map(set, wanted):
        members -= seen
        seen |= members
        levels.append(facet_index.bitset(members))
        expected += [pk for pk in ids if pk in members]
    results = facet_index.Members(order, levels)
    assert len(results) == len(expected) and list(results) == expected
    starts = [0, 1, 3, 42, 2_000, 2_003, 2_043, 2_363, len(expected) - 7]
    for start in starts + rng.sample(range(len(expected)), 20):
        assert results[start : start + 20] == expected[start : start + 20], start


# --- Distance from a postcode: the index (Nearness) against the SQL form (within_km) ---

DISTANCE_QUERIES = [
    "postcode=7411&afstand=2",
    "postcode=7411+AB&afstand=10&volgorde=afstand",
    "postcode=3011&afstand=5&q=ouders",
    "postcode=6461&afstand=25&domein=social",
    "postcode=8011&afstand=50&gemeente=deventer&vrij_toegankelijk=on",
    "postcode=7411",  # distances without a limit: nothing narrowed
]


def assert_agrees_with_sql(query: str, *, every_count: bool = True) -> None:
    """The results and the distance counts; with `every_count` also every facet option's
    (a query each: some 400)."""
    filterset = InterventionFilter(QueryDict(query), queryset=Intervention.objects.listed())
    facets = filterset.facets() if every_count else []
    found = list(filterset.qs.values_list("pk", flat=True))
    if filterset.by_distance:
        assert sorted(filterset.result_ids) == sorted(found), query
    else:
        assert list(filterset.result_ids) == found, query
    for facet, option in ((f, o) for f in facets for o in f.options):
        expected = sql_count(filterset, facet.name, option.value)
        assert option.count == expected, (query, facet.name, option.value)
    without_distance = filterset.filtered_except("afstand")
    for value, _label, count in filterset.place_facet().distances:
        expected = filterset.filters["afstand"].filter(without_distance, value).count()
        assert count == expected, (query, value)


def test_distances_agree_with_sql_on_the_demo(demo):
    for query in DISTANCE_QUERIES:
        assert_agrees_with_sql(query)


# Postcodes in and around Deventer, Zwolle and Rotterdam, and one the reference data lacks.
GENERATED_POSTCODES = ["7411", "7412", "7421", "7431", "8121", "7311", "8011", "3011", "1000"]
MUNICIPALITIES = [
    ("Deventer", "GM0150"),
    ("Zwolle", "GM0193"),
    ("Apeldoorn", "GM0200"),
    ("Rotterdam", "GM0599"),
    ("Olst-Wijhe", "GM1773"),
]


@pytest.mark.parametrize("seed", range(3))
def test_distances_agree_with_sql_on_generated_directories(db, seed):
    rng = random.Random(seed)
    municipalities = [
        MunicipalityFactory(name=name, cbs_code=code, slug=name.lower())
        for name, code in MUNICIPALITIES
    ]
    formats = [
        DeliveryFormat.objects.get_or_create(slug=slug, defaults={"name": slug, "name_en": slug})[0]
        for slug in ("huisbezoek", "online", "groep")
    ]
    locations = []
    for _ in range(25):
        entered = rng.random() < 0.3
        locations.append(
            LocationFactory(
                postcode=f"{rng.choice(GENERATED_POSTCODES)} AB",
                municipality=rng.choice(municipalities),
                is_confidential=rng.random() < 0.2,
                latitude=Decimal(f"{rng.uniform(51.8, 52.6):.6f}") if entered else None,
                longitude=Decimal(f"{rng.uniform(4.4, 6.3):.6f}") if entered else None,
            )
        )
    for number in range(40):
        intervention = InterventionFactory(
            name=f"Aanbod {rng.randrange(1000)} {number}",
            service_areas=rng.sample(municipalities, rng.randint(1, 2)),
        )
        intervention.formats.set(rng.sample(formats, rng.randint(0, 2)))
        intervention.locations.set(rng.sample(locations, rng.choice([0, 1, 1, 2])))
    for postcode in ("7411", "8011", "3011", "7311"):
        for distance in ("", "2", "5", "10", "25", "50"):
            query = f"postcode={postcode}&afstand={distance}&volgorde=afstand"
            assert_agrees_with_sql(query, every_count=False)
            assert_agrees_with_sql(f"{query}&gemeente=deventer&vorm=huisbezoek", every_count=False)
    assert_agrees_with_sql("postcode=7411&afstand=10&vorm=online")
