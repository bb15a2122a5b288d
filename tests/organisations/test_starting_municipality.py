"""A signed-in professional's search starts in the municipalities her organisation serves, or
where she last chose to look (changeable, remembered for the session); a visitor starts with all
of the Netherlands. An address that names its municipalities, or says `overal`, means the same
for everyone. On any database."""

from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Intervention, Municipality
from organisations.search.area import CHOSEN_MUNICIPALITIES_SESSION_KEY
from tests.conftest import signed_in
from tests.factories import InterventionFactory, MembershipFactory, OrganisationFactory

SEARCH = reverse("organisations:search")


def municipality(cbs_code: str) -> Municipality:
    return Municipality.objects.get(cbs_code=cbs_code)


@pytest.fixture
def offers(db, organisation) -> dict[str, Intervention]:
    """The professional's organisation serves Deventer and Olst-Wijhe; there are offers there,
    in Rotterdam and in Zwolle."""
    deventer, olst_wijhe = municipality("GM0150"), municipality("GM1773")
    rotterdam, zwolle = municipality("GM0599"), municipality("GM0193")
    organisation.municipalities.set([deventer, olst_wijhe])
    return {
        "deventer": InterventionFactory(name="Kraamzorg Salland", service_areas=[deventer]),
        "olst": InterventionFactory(name="Inloop Olst", service_areas=[olst_wijhe]),
        "rotterdam": InterventionFactory(name="Kraamzorg aan huis", service_areas=[rotterdam]),
        "zwolle": InterventionFactory(name="Budgetcoaching Zwolle", service_areas=[zwolle]),
    }


def search(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    return response


def found(response) -> set[str]:
    return {intervention.name for intervention in response.context["page"]}


def names(offers, *keys: str) -> set[str]:
    return {offers[key].name for key in keys}


def start_notice(response) -> str:
    html = response.content.decode()
    if 'class="search-area' not in html:
        return ""
    start = html.index('class="search-area')
    return html[start : html.index("</p>", start)]


def test_a_professional_starts_in_the_municipalities_her_organisation_serves(professional, offers):
    response = search(signed_in(professional))
    assert found(response) == names(offers, "deventer", "olst")
    area = response.context["filter"].area
    assert area.slugs == ("deventer", "olst-wijhe") and area.is_start
    notice = start_notice(response)
    assert "Deventer, Olst-Wijhe" in notice
    assert 'href="#id_gemeente_deventer"' in notice  # "change": the facet's ticked option
    everywhere = parse_qs(notice.split('href="?')[1].split('"')[0].replace("&amp;", "&"))
    assert everywhere == {"overal": ["1"]}
    html = response.content.decode()
    assert 'name="gemeente" id="id_gemeente_deventer" value="deventer" checked' in html


def test_text_from_the_home_page_searches_where_she_starts(professional, offers):
    assert found(search(signed_in(professional), q="kraamzorg")) == names(offers, "deventer")


def test_a_visitor_starts_with_all_of_the_netherlands(anonymous, offers):
    response = search(anonymous)
    assert found(response) == names(offers, "deventer", "olst", "rotterdam", "zwolle")
    assert start_notice(response) == ""


def test_someone_who_works_for_no_organisation_starts_everywhere(coordinator, offers):
    assert len(found(search(signed_in(coordinator)))) == 4


def test_she_starts_where_the_organisation_she_acts_for_serves(professional, offers):
    youth_health = OrganisationFactory(name="GGD Zwolle")
    youth_health.municipalities.set([municipality("GM0193")])
    MembershipFactory(user=professional, organisation=youth_health)
    client = signed_in(professional)
    client.post(reverse("organisations:act_for"), {"organisation": youth_health.pk})
    assert found(search(client)) == names(offers, "zwolle")


def test_an_organisation_serving_no_municipality_gives_way_to_her_others(professional, offers):
    nowhere = OrganisationFactory(name="Landelijke hulplijn")
    MembershipFactory(user=professional, organisation=nowhere)
    client = signed_in(professional)
    client.post(reverse("organisations:act_for"), {"organisation": nowhere.pk})
    assert found(search(client)) == names(offers, "deventer", "olst")


def test_an_explicit_municipality_wins_and_is_remembered(professional, offers):
    client = signed_in(professional)
    response = search(client, gemeente="rotterdam")
    assert found(response) == names(offers, "rotterdam")
    assert start_notice(response) == ""
    assert client.session[CHOSEN_MUNICIPALITIES_SESSION_KEY] == ["rotterdam"]
    # The next search, from the header or the home page, starts there.
    response = search(client, q="kraamzorg")
    assert found(response) == names(offers, "rotterdam")
    assert "Rotterdam" in start_notice(response)


def test_all_of_the_netherlands_is_a_choice_that_is_remembered(professional, offers):
    client = signed_in(professional)
    assert len(found(search(client, overal="1"))) == 4
    assert client.session[CHOSEN_MUNICIPALITIES_SESSION_KEY] == []
    response = search(client)
    assert len(found(response)) == 4
    assert start_notice(response) == ""


def test_the_form_says_the_area_is_what_is_ticked(professional, offers):
    """Unticking every municipality in the form means all of the Netherlands, not the start."""
    client = signed_in(professional)
    html = search(client).content.decode()
    assert '<input type="hidden" name="overal" value="1">' in html
    assert len(found(search(client, overal="1"))) == 4


def test_a_place_in_the_text_overrides_the_start_for_that_search_only(professional, offers):
    client = signed_in(professional)
    response = search(client, q="kraamzorg Rotterdam")
    assert found(response) == names(offers, "rotterdam")
    assert start_notice(response) == ""
    # The form sends the ticked municipality back with the place: still not a choice to keep.
    search(client, q="kraamzorg Rotterdam", gemeente="rotterdam", overal="1")
    assert CHOSEN_MUNICIPALITIES_SESSION_KEY not in client.session
    assert found(search(client)) == names(offers, "deventer", "olst")


def test_removing_one_starting_municipality_keeps_the_other(professional, offers):
    response = search(signed_in(professional))
    (facet,) = [facet for facet in response.context["facets"] if facet.name == "gemeente"]
    (deventer,) = [option for option in facet.options if option.value == "deventer"]
    assert parse_qs(deventer.remove_query) == {"gemeente": ["olst-wijhe"], "overal": ["1"]}


def test_a_shared_address_means_the_same_for_everyone(professional, anonymous, offers):
    for params in [{"gemeente": "rotterdam"}, {"overal": "1"}, {"q": "kraamzorg Rotterdam"}]:
        assert found(search(signed_in(professional), **params)) == found(
            search(anonymous, **params)
        )


def test_a_remembered_municipality_that_is_gone_is_ignored(professional, offers):
    client = signed_in(professional)
    session = client.session
    session[CHOSEN_MUNICIPALITIES_SESSION_KEY] = ["bestaat-niet", "rotterdam"]
    session.save()
    assert found(search(client)) == names(offers, "rotterdam")


def test_an_unknown_municipality_in_the_address_is_not_remembered(professional, offers):
    client = signed_in(professional)
    search(client, gemeente="bestaat-niet")
    assert CHOSEN_MUNICIPALITIES_SESSION_KEY not in client.session


def queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        search(client, **params)
    return len(captured)


def test_the_start_costs_at_most_one_small_query(
    professional, offers, django_assert_max_num_queries
):
    starting, choosing = signed_in(professional), signed_in(professional)
    search(starting)  # the taxonomies and the index into memory
    where_she_starts = queries(starting)
    assert where_she_starts <= queries(choosing, gemeente="deventer") + 1
    with django_assert_max_num_queries(12):
        search(starting)
    # Her choice is in the session: starting there takes no query.
    assert queries(choosing) <= where_she_starts - 1
