"""Dutch full-text search and typo tolerance, which only PostgreSQL provides."""

import re

import pytest

from organisations.models import Intervention
from organisations.search.query import search_index_scans
from tests.factories import InterventionFactory

pytestmark = pytest.mark.postgres


def found(text: str) -> list[str]:
    return list(Intervention.objects.listed().search(text).values_list("name", flat=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zwangere", "Centering Zwangerschap"),  # Dutch stem prefix
        ("zwangerschappen", "Centering Zwangerschap"),
        ("verslaafd", "Herstelgroep voor ouders"),  # via the theme Verslaving
        ("hechtng", "Ouder-baby groep"),  # typo in the theme name
        ("kraamzrog", "Kraamzorg steun op maat"),  # typo in the name
        ("budgetcoach", "Budgetcoaching"),  # an unfinished word
        ("armoede", "Budgetcoaching"),  # a synonym of the theme Geld
    ],
)
def test_dutch_words_stems_synonyms_and_typos_find_their_intervention(directory, text, expected):
    assert expected in found(text)


def test_all_words_must_match_when_an_offer_has_them_all(directory):
    assert found("zwangerschap groepszorg") == ["Centering Zwangerschap"]
    # No offer has both words: then those with one of them (tests/organisations/test_relevance.py).
    assert set(found("zwangerschap rekeningen")) == {"Centering Zwangerschap", "Budgetcoaching"}


def test_name_ranks_above_themes_above_description(directory):
    in_description = InterventionFactory(
        name="Praatgroep", description="Aandacht voor hechting tussen ouder en kind."
    )
    in_name = InterventionFactory(name="Hechtingsspreekuur", description="Spreekuur.")
    ranking = found("hechting")
    by_theme = directory["C"].name
    assert (
        ranking.index(in_name.name) < ranking.index(by_theme) < ranking.index(in_description.name)
    )


def test_query_syntax_in_the_text_is_treated_as_words(directory):
    assert found("zwanger & ! | :* ( ) ' \\") == ["Centering Zwangerschap"]
    assert len(found("!!! ---")) == Intervention.objects.listed().count()


def test_the_search_vector_is_indexed(directory):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'organisations_intervention'"
        )
        definitions = " ".join(row[0] for row in cursor.fetchall())
    assert "gin (search_document)" in definitions
    assert "gin_trgm_ops" in definitions


def test_the_search_query_reads_the_stored_vector_through_its_index(directory):
    """No search computes the vector per request: ranking and matching read the stored,
    GIN-indexed column (the planner is kept off sequential and plain index scans, which it
    prefers for a test's few rows, to show that the index serves this query). The search page
    asks for the matches this way; the facet index keeps only listed ones."""
    from django.db import connection, transaction

    queryset = Intervention.objects.order_by("name", "pk").search("zwangerschap hechting")
    sql, params = queryset.values_list("pk").query.sql_with_params()
    # Only the organisation's name is read as words per row (a short text, for the ranking).
    vectorised = re.findall(r'to_tsvector\([^)]*?"(\w+)"\."(\w+)"', sql)
    assert vectorised and set(vectorised) == {("organisations_organisation", "name")}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "intervention_search_document_gin" in plan, plan


def seqscan_setting() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        return cursor.fetchone()[0]


def test_the_search_page_matches_through_the_index_and_leaves_the_planner_as_it_was(directory):
    """The search page asks PostgreSQL only which interventions match (their relevance is
    counted in memory), through the GIN index even for a word in every row."""
    with search_index_scans():
        plan = Intervention.objects.matching(["ouder"]).values_list("pk").explain()
    assert "intervention_search_document_gin" in plan, plan
    assert seqscan_setting() == "on"


def test_a_failing_query_leaves_the_planner_as_it_was(directory):
    from django.db import DatabaseError, connection, transaction

    with (
        pytest.raises(DatabaseError, match="division by zero"),  # not hidden by a reset
        transaction.atomic(),
        search_index_scans(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT 1 / 0")
    assert seqscan_setting() == "on"


def test_after_a_search_page_its_connection_plans_as_before(directory, anonymous):
    """The planner setting is SET LOCAL: the next statement on the same (pooled) connection,
    here the test's own, plans as it would have."""
    from django.urls import reverse

    response = anonymous.get(f"{reverse('organisations:search')}?q=ouder+groep")
    assert response.status_code == 200
    assert response.context["page"].paginator.count > 0  # the index asked PostgreSQL
    assert seqscan_setting() == "on"


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_setting_lasts_only_as_long_as_the_search():
    from django.db import connection

    assert connection.get_autocommit()
    with search_index_scans():
        assert seqscan_setting() == "off"
        list(Intervention.objects.matching(["ouder"]).values_list("pk"))
    assert seqscan_setting() == "on"


# A search page's text read for the first time, anonymous: the directory's version, then in one
# transaction (BEGIN, SET LOCAL, COMMIT) the words' stems and everything the reading asks
# (matches, typos, words left out, some words), then the results, their contact persons and
# their cards' terms. At most 13 (tests/test_query_budgets.py: 12, and 13 with this
# transaction).
@pytest.mark.parametrize(
    "text",
    [
        "zwangerschap rekeningen",  # no offer has both: those with one of them
        "kraamzorg budgetcoaching rekeningen",  # likewise, one word in a description only
        "hechtng",  # a typo, corrected
        "budgetcoachingsgesprek",  # a compound nothing has, read as the word it starts with
        "zwangerschap xylofoon",  # a word nothing has, left out
    ],
)
def test_a_search_reading_its_text_again_stays_within_the_query_budget(
    directory, anonymous, text, django_assert_max_num_queries
):
    from django.urls import reverse

    from organisations.search import index

    anonymous.get(reverse("organisations:search"))  # the index is built
    index.current().searches.clear()  # this text was never searched in this process
    with django_assert_max_num_queries(13):
        response = anonymous.get(reverse("organisations:search"), {"q": text})
    assert response.context["page"].paginator.count > 0
