"""The taxonomies and municipalities are reference data: `migrate` alone puts them in a database
(migration 0008), loading them again changes nothing, and `load_demo` brings them back to a
database that lost them."""

import io

import pytest
from django.apps import apps as current_apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from organisations.models import (
    CarePhase,
    DeliveryFormat,
    Intervention,
    Language,
    LifePhase,
    Municipality,
    Organisation,
    Theme,
)
from organisations.reference_data import (
    load_reference_data,
    read_municipalities,
    read_taxonomies,
)
from tests.factories import InterventionFactory, MunicipalityFactory

TERM_MODELS = {
    "life_phases": LifePhase,
    "care_phases": CarePhase,
    "themes": Theme,
    "delivery_formats": DeliveryFormat,
    "languages": Language,
}
TERM_FIELDS = ("slug", "name", "name_en", "plain_name", "search_terms", "position", "is_active")


def snapshot() -> dict[str, list[tuple]]:
    """Every reference row, with its id: a second load must keep the same rows."""
    rows = {
        section: list(model.objects.order_by("pk").values_list("pk", *TERM_FIELDS))
        for section, model in TERM_MODELS.items()
    }
    rows["municipalities"] = list(
        Municipality.objects.order_by("pk").values_list("pk", "cbs_code", "name", "slug")
    )
    return rows


def historical_apps():
    """The models as migration 0008 sees them."""
    executor = MigrationExecutor(connection)
    return executor.loader.project_state(("organisations", "0008_reference_data")).apps


@pytest.mark.django_db
def test_a_migrated_database_has_every_taxonomy_with_everyday_words_and_synonyms():
    # Nothing but migrations has run: no demo content.
    assert not Organisation.objects.exists() and not Intervention.objects.exists()
    for section, terms in read_taxonomies().items():
        model = TERM_MODELS[section]
        assert terms, section
        stored = list(model.objects.order_by("position").values(*TERM_FIELDS))
        assert stored == [
            {**term, "position": (number + 1) * 10, "is_active": True}
            for number, term in enumerate(terms)
        ], section
        for term in stored:
            assert term["plain_name"] and term["search_terms"], term["slug"]

    # The words the parents' guide and the search rely on, spelled out.
    money = Theme.objects.get(slug="geld")
    assert money.name == "Geld en schulden"
    assert money.plain_name == "Ik maak me zorgen over geld"
    assert "schuldhulpverlening" in money.search_terms.split(", ")
    assert LifePhase.objects.get(slug="kinderwens").plain_name == "Ik wil graag een kind"
    assert list(CarePhase.objects.values_list("slug", flat=True)) == [
        "signaleren",
        "verkennen",
        "steun-op-maat",
    ]
    assert DeliveryFormat.objects.get(slug="inloop").search_terms.startswith("inloop, ")
    assert Language.objects.get(slug="pap").name_en == "Papiamento"
    assert Theme.objects.count() == 15 and Language.objects.count() == 10


@pytest.mark.django_db
def test_a_migrated_database_has_every_municipality_of_the_country():
    assert Municipality.objects.count() == len(read_municipalities()) == 342
    assert set(Municipality.objects.values_list("cbs_code", "name", "slug")) == {
        (row.cbs_code, row.name, row.slug) for row in read_municipalities()
    }
    # The demo's municipalities keep the slugs their links use.
    for code, slug in [
        ("GM0150", "deventer"),
        ("GM1773", "olst-wijhe"),
        ("GM0599", "rotterdam"),
        ("GM0502", "capelle-aan-den-ijssel"),
        ("GM0928", "kerkrade"),
        ("GM0882", "landgraaf"),
        ("GM0981", "vaals"),
        ("GM0917", "heerlen"),
    ]:
        assert Municipality.objects.get(cbs_code=code).slug == slug
    assert Municipality.objects.get(cbs_code="GM0518").name == "'s-Gravenhage"
    assert Municipality.objects.get(cbs_code="GM1992").name == "Voorne aan Zee"


@pytest.mark.django_db
@pytest.mark.parametrize("apps", [historical_apps, lambda: current_apps], ids=["0008", "now"])
def test_loading_again_changes_nothing(apps, django_assert_max_num_queries):
    models, before = apps(), snapshot()
    with django_assert_max_num_queries(len(TERM_MODELS) + 2):
        # One query per taxonomy and two for the municipalities (their slugs, then their rows).
        assert load_reference_data(models) == {"created": 0, "updated": 0}
    assert load_reference_data(models) == {"created": 0, "updated": 0}
    assert snapshot() == before


@pytest.mark.django_db
def test_loading_restores_and_corrects_the_files_rows_and_deletes_nothing():
    Municipality.objects.filter(cbs_code__in=["GM0150", "GM0363"]).delete()
    Theme.objects.filter(slug="wonen").update(name="Huisvesting", search_terms="")
    LifePhase.objects.filter(slug="1-2-jaar").delete()
    # What a coordinator did in the admin: a term of her own, and a term retired.
    own = Theme.objects.create(slug="mantelzorg", name="Mantelzorg", name_en="Informal care")
    Theme.objects.filter(slug="tienerouders").update(is_active=False)

    assert load_reference_data(historical_apps()) == {"created": 3, "updated": 1}

    assert Municipality.objects.get(cbs_code="GM0150").slug == "deventer"
    assert Municipality.objects.filter(cbs_code="GM0363", name="Amsterdam").exists()
    housing = Theme.objects.get(slug="wonen")
    assert housing.name == "Wonen" and "dakloos" in housing.search_terms
    assert LifePhase.objects.get(slug="1-2-jaar").plain_name == "Mijn kind is 1 of 2 jaar"
    assert Theme.objects.filter(pk=own.pk).exists()
    assert not Theme.objects.get(slug="tienerouders").is_active


@pytest.mark.django_db
def test_a_municipality_slug_taken_by_another_row_is_named():
    Municipality.objects.filter(cbs_code="GM0150").delete()
    MunicipalityFactory(name="Deventer (oud)", cbs_code="GM9150", slug="deventer")
    with pytest.raises(ValueError, match="GM0150: its slug 'deventer' belongs to GM9150"):
        load_reference_data(current_apps)


@pytest.mark.django_db
def test_load_demo_loads_the_reference_data_into_a_database_without_it():
    """As after `manage.py flush` (the browser tests' set-up): no terms, no municipalities."""
    for model in [*TERM_MODELS.values(), Municipality]:
        model.objects.all().delete()

    call_command("load_demo", "--password", "demo-wachtwoord-123", stdout=io.StringIO())

    for section, terms in read_taxonomies().items():
        assert TERM_MODELS[section].objects.count() == len(terms), section
    assert Municipality.objects.count() == 342
    deventer = Municipality.objects.get(slug="deventer")
    assert Organisation.objects.filter(municipalities=deventer).exists()


@pytest.mark.django_db
def test_the_search_offers_only_municipalities_with_results_and_the_guide_all(client):
    """342 municipalities are known; the search's municipality facet lists those that would
    give results, the parents' guide lets a parent anywhere choose her own."""
    deventer = Municipality.objects.get(slug="deventer")
    InterventionFactory(name="Inloop voor ouders", service_areas=[deventer], is_public=True)

    search = client.get(reverse("organisations:search")).content.decode()
    assert 'value="deventer"' in search
    assert 'value="rotterdam"' not in search and 'value="s-gravenhage"' not in search

    guide = client.get(reverse("organisations:guide")).content.decode()
    assert guide.count("<option") == 342 + 1  # and "Choose your municipality"
    assert "&#x27;s-Gravenhage" in guide
