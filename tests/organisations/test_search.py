"""Search through the public surface: /zoeken/ with free text and facets, on any database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Intervention, Municipality
from organisations.search.query import corrected, unknown_words

SEARCH = reverse("organisations:search")


def result_names(response) -> set[str]:
    return {intervention.name for intervention in response.context["page"]}


def names(directory, letters: str) -> set[str]:
    return {directory[letter].name for letter in letters}


def search(client, query: str = ""):
    response = client.get(f"{SEARCH}?{query}")
    assert response.status_code == 200
    return response


def test_without_input_lists_every_listed_intervention(anonymous, directory):
    assert result_names(search(anonymous)) == names(directory, "ABCDE")


def test_free_text_matches_name_and_description(anonymous, directory):
    assert result_names(search(anonymous, "q=budgetcoaching")) == names(directory, "D")
    assert result_names(search(anonymous, "q=rekeningen")) == names(directory, "D")
    assert result_names(search(anonymous, "q=KRAAMZORG")) == names(directory, "B")


def test_free_text_finds_theme_synonyms_and_organisation_names(anonymous, directory):
    assert result_names(search(anonymous, "q=schulden")) == names(directory, "D")
    organisation = directory["C"].organisation
    organisation.name = "Kidz-team Deventer"
    organisation.save()
    assert result_names(search(anonymous, "q=kidz-team")) == names(directory, "C")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gemeente=rotterdam", "BD"),
        ("domein=social", "DE"),
        ("domein=medical", "ABCE"),
        ("soort=debt", "D"),
        ("levensfase=kraamperiode", "B"),
        ("zorgfase=steun-op-maat", "A"),
        ("thema=hechting", "C"),
        ("vorm=groep", "ACE"),
        ("toegang=gp_referral", "BC"),
        ("taal=ar", "D"),
        ("vrij_toegankelijk=on", "AD"),
        ("verwijzen=on", "ABDE"),
        ("geen_wachtlijst=on", "ADE"),
    ],
)
def test_each_facet_narrows_the_results(anonymous, directory, query, expected):
    assert result_names(search(anonymous, query)) == names(directory, expected)


def test_options_within_a_facet_widen_and_facets_narrow_each_other(anonymous, directory):
    assert result_names(search(anonymous, "vorm=groep&vorm=huisbezoek")) == names(directory, "ABCE")
    assert result_names(search(anonymous, "gemeente=deventer&vorm=groep")) == names(
        directory, "ACE"
    )
    assert result_names(
        search(anonymous, "gemeente=deventer&vorm=groep&geen_wachtlijst=on&domein=medical")
    ) == names(directory, "AE")
    assert result_names(search(anonymous, "q=groep&thema=hechting")) == names(directory, "C")


def test_walk_in_counts_as_open_access_even_with_a_referral_route(anonymous, directory):
    directory["B"].formats.add(directory["D"].formats.get(slug="inloop"))
    assert result_names(search(anonymous, "vrij_toegankelijk=on")) == names(directory, "ABD")


def facet_counts(response, name: str) -> dict[str, int]:
    facet = next(f for f in response.context["facets"] if f.name == name)
    return {option.value: option.count for option in facet.options}


def test_each_option_shows_how_many_results_it_would_give(anonymous, directory):
    response = search(anonymous, "gemeente=deventer")
    # Other facets count within Deventer ...
    assert facet_counts(response, "vorm")["groep"] == 3
    assert facet_counts(response, "geen_wachtlijst") == {"on": 3}
    # ... while the municipality facet ignores its own selection, so alternatives stay visible.
    # Every municipality of the reference data is an option; only these two give results.
    everywhere = dict.fromkeys(Municipality.objects.values_list("slug", flat=True), 0)
    assert facet_counts(response, "gemeente") == everywhere | {"deventer": 4, "rotterdam": 2}
    assert facet_counts(response, "domein") == {"medical": 3, "social": 2}
    assert b"(3)" in response.content


def test_selected_filters_can_be_removed_one_by_one(anonymous, directory):
    response = search(anonymous, "gemeente=deventer&vorm=groep&q=ouders")
    facets = {facet.name: facet for facet in response.context["facets"]}
    remove_group = next(o for o in facets["vorm"].options if o.selected).remove_query
    assert "vorm" not in remove_group and "gemeente=deventer" in remove_group
    assert "q=ouders" in remove_group


def test_the_url_carries_the_whole_query(anonymous, directory):
    response = search(anonymous, "q=groep&gemeente=deventer&vorm=groep&pagina=1")
    assert response.context["query_string"] == "q=groep&gemeente=deventer&vorm=groep"


def test_pages_are_bounded_and_broken_page_numbers_still_give_a_page(
    anonymous, directory, settings
):
    settings.SEARCH_PAGE_SIZE = 2
    assert len(search(anonymous).context["page"]) == 2
    for page in ["abc", "-1", "999999", "1.5", "%00"]:
        response = search(anonymous, f"pagina={page}")
        assert len(response.context["page"]) in (1, 2)


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "zwanger " * 250,  # 2,000 characters
        "q=" + "x" * 5000,
        "q=%27%3B+DROP+TABLE+organisations_intervention%3B+--",
        "q=zwanger+%26+%7C+%21+%3A*+%28+%29+%27+%5C",
        "q=%00%01",
        "thema=bestaat-niet",
        "gemeente=%27+OR+1%3D1",
        "vrij_toegankelijk=misschien",
        "onbekend=1",
    ],
)
def test_odd_input_gives_a_normal_page(anonymous, directory, query):
    search(anonymous, query)
    assert Intervention.objects.count() == 7


def test_unknown_facet_values_are_ignored_with_a_message(anonymous, directory):
    response = search(anonymous, "thema=bestaat-niet&gemeente=rotterdam")
    assert result_names(response) == names(directory, "BD")
    assert "niet herkend" in response.content.decode()


def test_no_results_suggests_similar_words_and_dropping_filters(anonymous, directory):
    response = search(anonymous, "q=budgetcoachng&gemeente=rotterdam&thema=hechting")
    assert result_names(response) == set()
    if connection.vendor != "postgresql":  # PostgreSQL already finds the typo itself
        assert "budgetcoaching" in response.context["suggestions"]
    content = response.content.decode()
    assert "budgetcoaching" in content or connection.vendor == "postgresql"
    assert "?q=budgetcoachng&amp;thema=hechting" in content  # drop the municipality


def test_a_search_without_results_suggests_from_memory_the_next_time(anonymous, directory):
    response = search(anonymous, "q=xylofoon+budgetcoachng&gemeente=rotterdam&thema=hechting")
    assert result_names(response) == set()
    assert response.context["suggestions"] == ["budgetcoaching"]
    with CaptureQueriesContext(connection) as again:
        response = search(anonymous, "q=xylofoon+budgetcoachng&gemeente=rotterdam&thema=hechting")
    assert response.context["suggestions"] == ["budgetcoaching"]
    # Only whether the directory changed: matches and suggestions are remembered.
    assert len(again) == 1 and "directoryversion" in again[0]["sql"]


def test_words_nothing_has_are_left_out_when_the_others_find_something(anonymous, directory):
    """A typo is corrected; a word no offer has (and none resembles) no longer hides what
    the other words find, and the page says which word it left out."""
    response = search(anonymous, "q=xylofoon+budgetcoachng")
    assert result_names(response) == names(directory, "D")
    assert response.context["left_out"] == ["xylofoon"]
    assert "“xylofoon”" in response.content.decode()
    assert list(Intervention.objects.listed().search("xylofoon budgetcoachng")) == [directory["D"]]
    # Nothing left to search with: nothing found, nothing left out.
    response = search(anonymous, "q=xylofoon+de")
    assert result_names(response) == set() and response.context["left_out"] == []


def test_only_words_the_directory_does_not_have_are_corrected(directory):
    assert unknown_words(["budgetcoachng", "groep", "xylofoon"]) == ["budgetcoachng", "xylofoon"]
    assert unknown_words(["budgetcoachng", "groep"], known=["budgetcoachng"]) == []
    assert corrected(["budgetcoachng", "groep"]) == ["budgetcoaching", "groep"]


def test_htmx_requests_get_only_the_results_fragment(anonymous, directory):
    response = anonymous.get(f"{SEARCH}?vorm=groep", headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="search-body"')
    assert "<html" not in page and directory["A"].name in page
    assert directory["B"].name not in page


def test_typos_are_corrected_to_the_nearest_known_word():
    from organisations.search.query import closest_word

    vocabulary = {"kraamzorg", "kraamperiode", "hechting", "verslaving", "geld"}
    assert closest_word("kraamzrog", vocabulary) == "kraamzorg"
    assert closest_word("hechtng", vocabulary) == "hechting"
    assert closest_word("verslaafd", vocabulary) == "verslaving"
    assert closest_word("fiets", vocabulary) == "fiets"  # nothing close: left as typed


def test_a_long_facet_offers_the_options_not_chosen_in_a_drop_down(anonymous, db):
    """At national scale the municipality facet has 342 options: the chosen ones stay
    checkboxes, the others (with their counts) are in one drop-down list."""
    from organisations.templatetags.directory import MAX_FACET_CHECKBOXES
    from tests.factories import InterventionFactory, MunicipalityFactory

    places = [
        MunicipalityFactory(name=f"Plaats {number:02}", cbs_code=f"GM{9000 + number}")
        for number in range(MAX_FACET_CHECKBOXES + 3)
    ]
    for place in places:
        InterventionFactory(service_areas=[place])

    page = search(anonymous, f"gemeente={places[0].slug}").content.decode()
    assert f'id="id_gemeente_{places[0].slug}" value="{places[0].slug}" checked' in page
    drop_down = page.split('name="gemeente" id="id_gemeente_more"')[1].split("</select>")[0]
    assert f'<option value="{places[0].slug}">' not in drop_down
    for place in places[1:]:
        assert f'<option value="{place.slug}">{place.name} (1)</option>' in drop_down
        assert f'id="id_gemeente_{place.slug}"' not in page  # no checkbox of its own
    assert '<option value="" selected disabled>' in drop_down  # sends nothing untouched

    few = search(anonymous, f"gemeente={places[0].slug}&q=nergens").content.decode()
    assert 'id="id_gemeente_more"' not in few  # a short facet: checkboxes only
