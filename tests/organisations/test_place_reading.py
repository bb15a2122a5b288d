"""Place names and postcodes in the search text are where the family lives: they narrow the
results to offers serving that area instead of being searched as text; the page says how it read
the text and lets the user search the place as text instead (letterlijk). On any database."""

from urllib.parse import parse_qs

import pytest
from django.http import QueryDict
from django.urls import reverse

from organisations.models import Intervention, Municipality, OrganisationKind, Theme
from organisations.search import taxonomy
from organisations.search.filters import InterventionFilter
from organisations.search.query import read_query
from tests.factories import InterventionFactory, OrganisationFactory

SEARCH = reverse("organisations:search")


def municipality(cbs_code: str) -> Municipality:
    """A municipality of the reference data (migration 0008 loads all of them)."""
    return Municipality.objects.get(cbs_code=cbs_code)


@pytest.fixture
def offers(db) -> dict[str, Intervention]:
    """Maternity care in Deventer, Rotterdam and Best; an organisation named after Deventer
    that serves Rotterdam only; a word "best" in a name in Rotterdam."""
    deventer, rotterdam = municipality("GM0150"), municipality("GM0599")
    best = municipality("GM0753")
    named_after_deventer = OrganisationFactory(
        name="Kraamzorg Deventer B.V.", kind=OrganisationKind.MATERNITY_CARE
    )

    def offer(name: str, areas, **extra) -> Intervention:
        return InterventionFactory(name=name, service_areas=areas, **extra)

    return {
        "salland": offer("Kraamzorg Salland", [deventer]),
        "rotterdam": offer("Kraamzorg aan huis", [rotterdam], organisation=named_after_deventer),
        "kempen": offer("Kraamzorg Kempen", [best]),
        "op-zijn-best": offer("Kraamzorg op zijn best", [rotterdam]),
        "budget": offer("Budgetcoaching", [deventer, rotterdam]),
        "dagen": offer("De eerste 1000 dagen", [rotterdam]),
    }


def search(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    return response


def found(response) -> set[str]:
    return {intervention.name for intervention in response.context["page"]}


def names(offers, *keys: str) -> set[str]:
    return {offers[key].name for key in keys}


def reading_paragraph(response) -> str:
    html = response.content.decode()
    start = html.index('class="query-reading')
    return html[start : html.index("</p>", start)]


@pytest.mark.parametrize("text", ["kraamzorg Deventer", "Deventer kraamzorg"])
def test_a_place_in_the_text_selects_the_offers_serving_it(anonymous, offers, text):
    response = search(anonymous, q=text)
    # Not the offer of "Kraamzorg Deventer B.V." in Rotterdam, whose text has the word.
    assert found(response) == names(offers, "salland")
    filterset = response.context["filter"]
    assert filterset.reading.words == ("kraamzorg",)
    assert filterset.area.slugs == ("deventer",)
    shown = reading_paragraph(response)
    assert "<strong>kraamzorg</strong>" in shown
    assert "<strong>Deventer</strong>" in shown
    undo = QueryDict(shown.split('href="?')[1].split('"')[0].replace("&amp;", "&"))
    assert undo["q"] == text and undo["letterlijk"] == "1"


def test_searching_the_place_as_text_is_one_link_away(anonymous, offers):
    response = search(anonymous, q="kraamzorg Deventer", letterlijk="1")
    # As text, "Deventer" is found in the organisation's name; the area is all of the country.
    assert found(response) == names(offers, "rotterdam")
    assert response.context["filter"].area.slugs == ()
    shown = reading_paragraph(response)
    redo = QueryDict(shown.split('href="?')[1].split('"')[0].replace("&amp;", "&"))
    assert redo["q"] == "kraamzorg Deventer" and "letterlijk" not in redo
    # The form keeps searching it as text while the user changes filters.
    assert '<input type="hidden" name="letterlijk" value="1">' in response.content.decode()


def test_a_postcode_selects_its_municipality_and_is_passed_on(anonymous, offers):
    response = search(anonymous, q="kraamzorg 7411")
    assert found(response) == names(offers, "salland")
    filterset = response.context["filter"]
    assert filterset.reading.postcode == "7411"
    assert filterset.area.slugs == ("deventer",)
    assert "7411 Deventer" in reading_paragraph(response)


def test_a_number_that_is_no_postcode_stays_text(anonymous, offers):
    assert read_query("1000 euro").places == ()  # no Dutch postcode 1000
    response = search(anonymous, q="1000 dagen")
    assert found(response) == names(offers, "dagen")
    assert response.context["filter"].reading.postcode is None
    assert 'class="query-reading' not in response.content.decode()


def test_a_place_alone_shows_everything_serving_it(anonymous, offers):
    response = search(anonymous, q="Deventer")
    assert found(response) == names(offers, "salland", "budget")
    assert response.context["filter"].reading.words == ()


def test_a_municipality_that_is_an_everyday_word_is_a_place_only_with_a_capital(anonymous, offers):
    assert found(search(anonymous, q="kraamzorg Best")) == names(offers, "kempen")
    assert found(search(anonymous, q="kraamzorg best")) == names(offers, "op-zijn-best")
    assert found(search(anonymous, q="Best")) == names(offers, "kempen")


def test_a_place_name_in_lower_case_is_a_place_when_it_is_no_everyday_word(anonymous, offers):
    assert found(search(anonymous, q="kraamzorg deventer")) == names(offers, "salland")
    assert found(search(anonymous, q="kraamzorg in deventer")) == names(offers, "salland")


@pytest.mark.parametrize(
    ("text", "words", "place", "codes"),
    [
        ("kraamzorg Deventer", ["kraamzorg"], "Deventer", {"GM0150"}),
        ("kraamzorg in Deventer", ["kraamzorg"], "Deventer", {"GM0150"}),
        ("kraamzorg 7411 AB", ["kraamzorg"], "7411 Deventer", {"GM0150"}),
        ("7411ab", [], "7411 Deventer", {"GM0150"}),
        ("Den Haag schulden", ["schulden"], "Den Haag", {"GM0518"}),
        ("schulden den haag", ["schulden"], "Den Haag", {"GM0518"}),
        ("bergen op zoom", [], "Bergen op Zoom", {"GM0748"}),
        ("'s-Hertogenbosch", [], "'s-Hertogenbosch", {"GM0796"}),
        ("kraamzorg Olst", ["kraamzorg"], "Olst (Olst-Wijhe)", {"GM1773"}),
        ("Bergen", [], "Bergen", {"GM0373", "GM0893"}),
        ("Echt", [], "Echt (Echt-Susteren)", {"GM1711"}),
        # Ordinary words, and people named after a place, stay text.
        ("echt goede kraamzorg", ["echt", "goede", "kraamzorg"], "", set()),
        ("hulp in de wijk", ["hulp", "in", "de", "wijk"], "", set()),
        ("Els de Vries", ["els", "de", "vries"], "", set()),
        ("Jan van Beek", ["jan", "van", "beek"], "", set()),
        ("Een moeder met schulden", ["een", "moeder", "met", "schulden"], "", set()),
        ("1000 euro", ["1000", "euro"], "", set()),
    ],
)
def test_how_a_text_is_read(db, text, words, place, codes):
    reading = read_query(text)
    assert list(reading.words) == words
    assert reading.place_label == place
    assert reading.municipalities == codes


def test_a_word_of_the_taxonomies_that_names_a_village_stays_text(db):
    assert read_query("kraamzorg tuk").place_label == "Tuk (Steenwijkerland)"
    Theme.objects.create(name="Wonen", name_en="Housing", slug="wonen-test", search_terms="tuk")
    taxonomy.forget()  # as directory_changed does when a term changes
    assert read_query("kraamzorg tuk").places == ()
    assert read_query("kraamzorg Tuk").place_label == "Tuk (Steenwijkerland)"


def test_with_letterlijk_every_word_is_text_and_the_places_are_still_known(db):
    reading = read_query("kraamzorg in Deventer", literal=True)
    assert reading.words == ("kraamzorg", "in", "deventer")
    assert reading.place_text == "Deventer"
    assert reading.municipalities == frozenset() and reading.postcode is None


def test_a_chosen_municipality_and_a_place_in_the_text_widen_each_other(anonymous, offers):
    response = search(anonymous, q="kraamzorg Deventer", gemeente="rotterdam")
    assert found(response) == names(offers, "salland", "rotterdam", "op-zijn-best")


def test_the_municipality_facet_counts_and_shows_the_place_read(anonymous, offers):
    response = search(anonymous, q="kraamzorg Deventer")
    filterset = response.context["filter"]
    (facet,) = [facet for facet in response.context["facets"] if facet.name == "gemeente"]
    options = {option.value: option for option in facet.options}
    assert options["deventer"].selected and options["deventer"].count == 1
    assert not options["rotterdam"].selected and options["rotterdam"].count == 2
    for value, option in options.items():
        in_sql = filterset.filters["gemeente"].filter(
            filterset.filtered_except("gemeente"), [value]
        )
        assert option.count == in_sql.count(), value
    assert list(filterset.result_ids) == list(filterset.qs.values_list("pk", flat=True))
    # Removing the place keeps the rest of the text, and looks everywhere.
    removed = parse_qs(options["deventer"].remove_query)
    assert removed["q"] == ["kraamzorg"] and removed["overal"] == ["1"]
    assert "gemeente" not in removed


def test_the_results_agree_with_sql_for_places_read(offers):
    for query in ["q=kraamzorg+Deventer", "q=Deventer", "q=kraamzorg+7411", "q=Best+kraamzorg"]:
        filterset = InterventionFilter(QueryDict(query), queryset=Intervention.objects.listed())
        filterset.facets()
        assert list(filterset.result_ids) == list(filterset.qs.values_list("pk", flat=True))


def test_searching_with_a_place_stays_within_the_query_budget(
    anonymous, offers, django_assert_max_num_queries
):
    search(anonymous, q="kraamzorg")  # the taxonomies and the index into memory
    with django_assert_max_num_queries(12):
        search(anonymous, q="kraamzorg Deventer")


def test_searching_as_text_also_unticks_the_municipality_the_place_ticked(anonymous, offers):
    """The form sends the ticked municipality back with the text; searching the place as text
    takes both away."""
    response = search(anonymous, q="kraamzorg Deventer", gemeente="deventer", overal="1")
    assert found(response) == names(offers, "salland")
    undo = parse_qs(response.context["filter"].query_as_text())
    assert undo == {"q": ["kraamzorg Deventer"], "overal": ["1"], "letterlijk": ["1"]}
    assert found(search(anonymous, **{k: v[0] for k, v in undo.items()})) == names(
        offers, "rotterdam"
    )


def test_the_page_updated_in_place_says_how_it_read_the_text(anonymous, offers):
    response = anonymous.get(SEARCH, {"q": "kraamzorg Deventer"}, headers={"HX-Request": "true"})
    assert "<strong>Deventer</strong>" in reading_paragraph(response)
