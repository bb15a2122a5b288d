"""What a professional means: the ranking rule on every database, contact persons found by
name and role (only those the searcher may see), and the relevance benchmark."""

import datetime
import io
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from organisations.models import DeliveryFormat, Intervention, LifePhase, Theme, Visibility
from organisations.search.query import dutch_words, rarity
from tests.conftest import signed_in
from tests.factories import ContactPersonFactory, InterventionFactory

SEARCH = reverse("organisations:search")


def ranked(client, text: str) -> list[str]:
    response = client.get(f"{SEARCH}?{urlencode({'q': text})}")
    assert response.status_code == 200
    names = dict(Intervention.objects.values_list("pk", "name"))
    return [names[pk] for pk in response.context["filter"].result_ids]


def found(text: str) -> list[str]:
    """The reference form, `Intervention.objects.search`."""
    return list(Intervention.objects.listed().search(text).values_list("name", flat=True))


@pytest.fixture
def pregnancy(db):
    """Offers for pregnant women, most with "zwanger" in the name; two about mental health."""
    pregnant = LifePhase.objects.get(slug="zwangerschap-2e-trimester")
    mental = Theme.objects.get(slug="psychische-gezondheid")
    offers = {
        name: InterventionFactory(name=name, life_phases=[pregnant], description=description)
        for name, description in [
            ("Zwangerschapsgym", "Bewegen tijdens de zwangerschap."),
            ("Zwanger & Zo", "Een inloop voor zwangeren."),
            ("Centering Zwangerschap", "Groepszorg met andere aanstaande moeders."),
            ("Nu Niet Zwanger", "Hulp bij anticonceptie voor kwetsbare vrouwen."),
            ("Perinatale psychiatrie", "Behandeling van ernstige psychische klachten."),
            (
                "Voorlichting",
                "Over de bevalling; wie zich somber voelt, zegt het de verloskundige.",
            ),
        ]
    }
    for name in ("Nu Niet Zwanger", "Perinatale psychiatrie"):
        offers[name].themes.set([mental])
    return offers


@pytest.mark.parametrize("search", ["page", "reference"])
def test_a_word_of_the_name_outweighs_the_description_and_a_synonym_finds_its_theme(
    pregnancy, anonymous, search
):
    """ "somber" is a search synonym of the theme Psychische gezondheid, whose words include
    psychiatrie: the name "Perinatale psychiatrie" says what the searcher means, and the rarer
    word outweighs "zwanger", which most offers have in their names."""
    results = ranked(anonymous, "somber zwanger") if search == "page" else found("somber zwanger")
    assert results[0] == "Perinatale psychiatrie"
    assert results.index("Nu Niet Zwanger") < results.index("Voorlichting")  # theme > text
    assert "Zwangerschapsgym" not in results  # every word must be found
    assert set(results) == {"Perinatale psychiatrie", "Nu Niet Zwanger", "Voorlichting"}


def test_without_other_words_the_name_decides_then_the_alphabet(pregnancy, anonymous):
    # Every offer is for pregnant women (the life phase); the names with the word come first.
    results = ranked(anonymous, "zwangerschap")
    assert results[:2] == ["Centering Zwangerschap", "Zwangerschapsgym"]
    # Names compare whatever their capitals.
    assert ranked(anonymous, "") == sorted(ranked(anonymous, ""), key=str.lower)


@pytest.mark.parametrize("text", ["zwangere", "Zwangerschap", "ZWANGER"])
def test_dutch_word_forms_find_each_other_on_every_database(pregnancy, anonymous, text):
    assert "Centering Zwangerschap" in ranked(anonymous, text)
    assert "Centering Zwangerschap" in found(text)


def test_the_python_reading_of_words_is_postgresqls(db):
    """SQLite reads words as PostgreSQL's `dutch` configuration does (Snowball's stemmer, the
    same stop words): the same searches find the same offers on both."""
    assert dutch_words("De zwangere vrouwen en cliëntondersteuning") == [
        "zwanger",
        "vrouw",
        "clientondersteun",
    ]


def test_a_word_few_offers_have_weighs_more(db):
    assert rarity(having=100, listed=129) == 1
    assert rarity(having=45, listed=129) == 2
    assert rarity(having=0, listed=129) == 5


def test_walk_in_offers_come_first_only_when_asked_for(db, anonymous):
    walk_in, individual = (
        DeliveryFormat.objects.get(slug=slug) for slug in ("inloop", "individueel")
    )
    for name, way in (("Aanbod A", individual), ("Buurtkamer", walk_in)):
        InterventionFactory(name=name, description="Spreekuur voor ouders.").formats.set([way])
    assert ranked(anonymous, "spreekuur ouders") == ["Aanbod A", "Buurtkamer"]
    assert ranked(anonymous, "spreekuur inloop") == ["Buurtkamer"]
    assert ranked(anonymous, "ouders binnenlopen") == ["Buurtkamer"]


def test_a_compound_nothing_has_is_read_as_the_word_it_starts_with(directory, anonymous):
    assert ranked(anonymous, "budgetcoachingsgesprek") == ["Budgetcoaching"]
    assert found("budgetcoachingsgesprek") == ["Budgetcoaching"]


def test_when_no_offer_has_every_word_those_with_some_come_best_first(directory, anonymous):
    response = anonymous.get(f"{SEARCH}?q=kraamzorg+budgetcoaching+rekeningen")
    assert response.context["page"].paginator.count == 2
    assert response.context["some_words"]  # the page says so
    assert 'class="utrecht-paragraph search-left-out"' in response.content.decode()
    # Budgetcoaching has two of the words (name and description), the maternity care one.
    assert ranked(anonymous, "kraamzorg budgetcoaching rekeningen") == [
        "Budgetcoaching",
        "Kraamzorg steun op maat",
    ]
    assert found("kraamzorg budgetcoaching rekeningen") == [
        "Budgetcoaching",
        "Kraamzorg steun op maat",
    ]


# --- Contact persons ---


@pytest.fixture
def contacts(db):
    """An offer whose fixed contact is Esther Kok (medical social worker), one whose contact
    only the parties to a referral may see, one with a contact who left, one with a public
    contact."""
    offers = {
        name: InterventionFactory(name=name, description="Hulp voor ouders.")
        for name in ("Medisch maatschappelijk werk", "Opvang", "Oud project", "Inloop")
    }
    ContactPersonFactory(
        name="Esther Kok",
        job_title="Medisch maatschappelijk werker geboortezorg",
        interventions=[offers["Medisch maatschappelijk werk"]],
    )
    ContactPersonFactory(
        name="Roos Verbeek",
        job_title="Intaker vrouwenopvang",
        visibility=Visibility.REFERRAL_PARTIES,
        interventions=[offers["Opvang"]],
    )
    ContactPersonFactory(
        name="Gerrit Vertrokken",
        job_title="Lactatiekundige",
        active_until=timezone.localdate() - datetime.timedelta(days=1),
        interventions=[offers["Oud project"]],
    )
    ContactPersonFactory(
        name="Wendy Schouten",
        job_title="Jeugdverpleegkundige",
        visibility=Visibility.PUBLIC,
        interventions=[offers["Inloop"]],
    )
    return offers


def test_a_signed_in_professional_finds_an_offer_by_its_contact_persons_name(
    contacts, professional
):
    client = signed_in(professional)
    assert ranked(client, "Esther Kok") == ["Medisch maatschappelijk werk"]
    assert ranked(client, "kok") == ["Medisch maatschappelijk werk"]
    assert ranked(client, "esther ouders") == ["Medisch maatschappelijk werk"]  # and its text


def test_a_full_name_puts_the_offer_first(contacts, professional):
    """Another offer with both words in its description comes after the contact's offer."""
    InterventionFactory(name="Aanbod A", description="Esther en Kok geven samen les.")
    assert ranked(signed_in(professional), "esther kok")[0] == "Medisch maatschappelijk werk"


def test_words_of_a_contact_persons_job_title_find_the_offer(contacts, professional):
    assert ranked(signed_in(professional), "geboortezorg") == ["Medisch maatschappelijk werk"]
    assert ranked(signed_in(professional), "jeugdverpleegkundige") == ["Inloop"]


def test_a_contact_person_hidden_from_the_searcher_finds_nothing(contacts, professional):
    client = signed_in(professional)
    assert ranked(client, "Roos Verbeek") == []  # parties to a referral only
    assert ranked(client, "intaker") == []
    assert ranked(client, "Gerrit Vertrokken") == []  # no longer the contact
    assert ranked(client, "lactatiekundige") == []


def test_anonymous_visitors_never_find_offers_by_contact_person(contacts, anonymous):
    assert ranked(anonymous, "Esther Kok") == []
    assert ranked(anonymous, "Wendy Schouten") == []  # even a public contact person
    assert ranked(anonymous, "jeugdverpleegkundige") == []


def test_contact_persons_are_never_remembered_for_another_searcher(contacts, professional):
    assert ranked(signed_in(professional), "esther kok") == ["Medisch maatschappelijk werk"]
    assert ranked(signed_in(None), "esther kok") == []


def test_a_search_through_contact_persons_takes_a_bounded_number_of_queries(
    contacts, professional, django_assert_max_num_queries
):
    client = signed_in(professional)
    ranked(client, "ouders")  # the index is built
    with django_assert_max_num_queries(20):
        assert ranked(client, "esther kok ouders") == ["Medisch maatschappelijk werk"]


# --- The benchmark ---

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def benchmark(db, verified_login):
    """bench/relevance_queries.yaml against the demo directory, as bench/relevance.py runs it
    (as the demo's midwife, signed in): the share of queries with an expected offer in the
    top 3, and the queries without one."""
    sys.path.insert(0, str(BENCH))
    try:
        import relevance
    finally:
        sys.path.remove(str(BENCH))
    call_command("load_demo", stdout=io.StringIO())
    from accounts.models import User

    client = verified_login(User.objects.get(email=relevance.DEMO_PROFESSIONAL))
    outcomes = relevance.run_queries(client, relevance.load_queries())
    assert len(outcomes) >= 80
    missed = [outcome.query for outcome in outcomes if not outcome.in_top3]
    return relevance.scores(outcomes)["top3_share"], missed


# The issue's target, on every engine: 90% of the professionals' queries with an expected offer
# among the first three results.
BENCHMARK_TARGET = 0.9


def test_the_relevance_benchmark_meets_its_target(benchmark):
    share, missed = benchmark
    assert share >= BENCHMARK_TARGET, missed
