"""What the search keeps (the index with its remembered matches, rendered result cards, the
taxonomies in memory) follows every change of the directory that it shows, and no other
(organisations/search/freshness.py: directory_changed)."""

import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.urls import reverse
from gunicorn.config import Config

from organisations.models import (
    DeliveryFormat,
    DirectoryVersion,
    Intervention,
    Language,
    LifePhase,
    Municipality,
    Organisation,
    Theme,
)
from organisations.search import Rebuilt, current_version, directory_changed, index
from tests.factories import InterventionFactory


@pytest.fixture
def entry(db, organisation):
    """One listed intervention with a term of every taxonomy that a card or a search shows."""
    intervention = InterventionFactory(
        organisation=organisation,
        name="Moedergroep Elders",
        slug="moedergroep-elders",
        summary="Samen met andere moeders.",
        life_phases=[
            LifePhase.objects.create(name="Voorjaarsfase", name_en="Spring phase", slug="voorjaar")
        ],
        service_areas=[
            Municipality.objects.create(name="Oudstad", cbs_code="GM9901", slug="oudstad")
        ],
        themes=[Theme.objects.create(name="Wolkenkunde", name_en="Cloud lore", slug="wolken")],
    )
    intervention.languages.set(
        [Language.objects.create(name="Elfs", name_en="Elvish", slug="elfs")]
    )
    intervention.formats.set(
        [DeliveryFormat.objects.create(name="Vlotvaart", name_en="Rafting", slug="vlot")]
    )
    return intervention


def search_page(client, query: str = "") -> str:
    response = client.get(f"{reverse('organisations:search')}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def in_english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    return client


def test_a_klopt_nog_click_rerenders_the_card_and_rebuilds_no_index(login, editor, entry):
    client = in_english(login(editor))
    assert "Not checked yet" in search_page(client)  # the index is built, the card kept
    built, before = index.current(), current_version()

    response = client.post(reverse("organisations:verify_intervention", args=[entry.slug]))

    assert response.status_code == 302
    after = current_version()
    assert after.index == before.index and after.terms == before.terms
    assert after.cards != before.cards
    page = search_page(client)
    assert index.current() is built  # not rebuilt
    assert "Last checked on" in page and "Not checked yet" not in page


def test_checking_an_organisation_moves_nothing(login, editor, entry, organisation):
    before = current_version()
    response = login(editor).post(
        reverse("organisations:verify_organisation", args=[organisation.slug])
    )
    assert response.status_code == 302
    assert current_version() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("cost_note", "Vergoed door de gemeente."), ("recognition_url", "https://example.org/x")],
)
def test_a_field_no_search_or_card_shows_moves_nothing(entry, organisation, field, value):
    before = current_version()
    setattr(entry, field, value)
    entry.save()  # a whole save, as the edit form does
    organisation.phone = "0570 99 88 77"
    organisation.save()
    assert current_version() == before
    assert directory_changed(Intervention, [entry.pk], {field}) == Rebuilt()


def rename(model, slug: str, name: str) -> None:
    term = model.objects.get(slug=slug)
    term.name = term.name_en = name
    term.save()


# What each change does, the text a kept card showed before it, and where the new text shows:
# on the card itself, or (not on a card) through a search for it.
CHANGES = {
    "intervention name": (
        lambda e: (setattr(e, "name", "Vadergroep Zuid"), e.save()),
        "Moedergroep Elders",
        "Vadergroep Zuid",
        "",
    ),
    "organisation name": (
        lambda e: (setattr(e.organisation, "name", "Buurtteam Zonnedal"), e.organisation.save()),
        "Sociaal Wijkteam Deventer",
        "Buurtteam Zonnedal",
        "",
    ),
    "theme": (
        lambda e: rename(Theme, "wolken", "Sterrenkunde"),
        None,
        "Moedergroep",
        "q=sterrenkunde",
    ),
    "life phase": (
        lambda e: rename(LifePhase, "voorjaar", "Zomerfase"),
        "Spring phase",
        "Zomerfase",
        "",
    ),
    "format": (lambda e: rename(DeliveryFormat, "vlot", "Kanovaart"), "Rafting", "Kanovaart", ""),
    "language": (lambda e: rename(Language, "elfs", "Dwergs"), "Elvish", "Dwergs", ""),
    "municipality": (
        lambda e: rename(Municipality, "oudstad", "Nieuwstad"),
        "Oudstad",
        "Nieuwstad",
        "",
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_that_searches_and_cards_show_reaches_both(anonymous, entry, change):
    make, old, new, query = CHANGES[change]
    in_english(anonymous)
    page = search_page(anonymous, query)
    assert old is None or old in page  # kept now
    if query:
        assert new not in page  # not found yet
    built, before = index.current(), current_version()

    make(entry)

    after = current_version()
    assert after.index != before.index and after.cards != before.cards
    page = search_page(anonymous, query)
    assert index.current() is not built
    assert new in page
    if old is not None:
        assert old not in page, "a kept card or a kept taxonomy shows the old text"


def test_a_term_renamed_by_another_process_reaches_this_one(anonymous, entry):
    """Another app server's rename reaches this process's taxonomies and cards through the
    directory's tokens: here the rename skips this process (a queryset update) and only the
    tokens move, as they do when another process reports the change."""
    search_page(anonymous)
    Municipality.objects.filter(slug="oudstad").update(name="Verrestad")
    assert "Verrestad" not in search_page(anonymous)  # this process was not told
    DirectoryVersion.move(["token", "cards_token", "terms_token"])
    page = search_page(anonymous)
    assert "Verrestad" in page and "Oudstad" not in page


def test_a_new_link_to_a_term_is_counted_and_shown(anonymous, entry):
    search_page(anonymous)
    dutch = Language.objects.create(name="Hobbits", name_en="Hobbitish", slug="hobbits")
    dutch.interventions.add(entry)  # from the term's side
    page = search_page(in_english(anonymous), "taal=hobbits")
    assert "Moedergroep Elders" in page and "Hobbitish" in page


def test_deleting_a_linked_term_rebuilds_the_search_words(anonymous, entry):
    assert "Moedergroep" in search_page(anonymous, "q=wolkenkunde")
    Theme.objects.get(slug="wolken").delete()
    entry.refresh_from_db()
    assert "Wolkenkunde" not in entry.keywords
    assert "Moedergroep" not in search_page(anonymous, "q=wolkenkunde")


def test_an_organisation_deactivated_leaves_the_results(anonymous, entry, organisation):
    assert "Moedergroep Elders" in search_page(anonymous)
    organisation.deactivate(by=None)
    assert "Moedergroep Elders" not in search_page(anonymous)


def gunicorn_settings() -> dict:
    return runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))


def test_gunicorn_runs_one_request_at_a_time_per_process():
    conf = gunicorn_settings()
    assert conf["worker_class"] == "sync" and conf["threads"] == 1


@pytest.mark.parametrize(("name", "value"), [("threads", 4), ("worker_class", "gthread")])
def test_gunicorn_refuses_threads_the_caches_are_not_made_for(name, value):
    config = Config()
    config.set(name, value)
    with pytest.raises(RuntimeError, match="one thread"):
        gunicorn_settings()["on_starting"](SimpleNamespace(cfg=config))
    gunicorn_settings()["on_starting"](SimpleNamespace(cfg=Config()))  # the defaults: fine


def test_only_what_the_search_keeps_can_be_reported(db):
    with pytest.raises(ValueError):
        directory_changed(Organisation.municipalities.through)
