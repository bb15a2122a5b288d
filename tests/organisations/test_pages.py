"""Detail pages, the handout, and who sees which contact details."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from organisations.models import InterventionStatus, Visibility
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    OrganisationFactory,
)


def intervention_page(client, intervention):
    response = client.get(reverse("organisations:intervention_detail", args=[intervention.slug]))
    assert response.status_code == 200
    return response.content.decode()


def organisation_page(client, organisation):
    url = reverse("organisations:organisation_detail", args=[organisation.slug])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def offer(db):
    """An intervention with a fixed contact person (professionals only) and a backup."""
    intervention = InterventionFactory(name="VoorZorg", slug="voorzorg")
    backup = ContactPersonFactory(
        organisation=intervention.organisation,
        name="Bram Backup",
        phone="0570 11 22 33",
        email="bram@jgz.example",
    )
    ContactPersonFactory(
        organisation=intervention.organisation,
        name="Vera Vast",
        phone="06 1234 5678",
        email="vera@jgz.example",
        backup=backup,
        interventions=[intervention],
    )
    return intervention


def test_anonymous_visitors_see_no_professional_contact_persons(anonymous, offer):
    for page in (
        intervention_page(anonymous, offer),
        organisation_page(anonymous, offer.organisation),
    ):
        assert "Vera Vast" not in page and "vera@jgz.example" not in page
        assert "06 1234 5678" not in page and "Bram Backup" not in page
        assert offer.organisation.phone in page  # general contact details stay visible


def test_professionals_see_the_fixed_contact_with_tel_and_mailto(professional_client, offer):
    page = intervention_page(professional_client, offer)
    assert "Vera Vast" in page
    assert 'href="tel:0612345678"' in page
    assert 'href="mailto:vera@jgz.example"' in page
    search = professional_client.get(reverse("organisations:search")).content.decode()
    assert "Vera Vast" in search and 'href="tel:0612345678"' in search


def test_the_backup_is_shown_while_the_fixed_contact_is_away(professional_client, offer):
    fixed = offer.contact_persons.get()
    fixed.away_until = timezone.localdate() + datetime.timedelta(days=14)
    fixed.save()
    page = intervention_page(professional_client, offer)
    assert "Bram Backup" in page and "Vera Vast" not in page
    assert "Vera Vast" in organisation_page(professional_client, offer.organisation)


def test_public_contacts_are_visible_to_everyone(anonymous, offer):
    fixed = offer.contact_persons.get()
    fixed.visibility = Visibility.PUBLIC
    fixed.save()
    assert "Vera Vast" in intervention_page(anonymous, offer)


def test_referral_only_contacts_never_appear_in_the_directory(professional_client, offer):
    fixed = offer.contact_persons.get()
    fixed.visibility = Visibility.REFERRAL_PARTIES
    fixed.save()
    assert "Vera Vast" not in intervention_page(professional_client, offer)
    assert "Vera Vast" not in organisation_page(professional_client, offer.organisation)


def test_confidential_addresses_are_shown_only_after_sign_in(anonymous, professional_client):
    shelter = LocationFactory(
        name="Opvanghuis", address="Geheime Steeg 3", postcode="7411 XY", is_confidential=True
    )
    offer = InterventionFactory(organisation=shelter.organisation)
    offer.locations.set([shelter])
    for page in (
        organisation_page(anonymous, shelter.organisation),
        intervention_page(anonymous, offer),
    ):
        assert "Geheime Steeg 3" not in page and "7411 XY" not in page
        assert "Opvanghuis" in page
    assert "Geheime Steeg 3" in organisation_page(professional_client, shelter.organisation)
    handout = anonymous.get(reverse("organisations:handout") + f"?aanbod={offer.slug}")
    assert "Geheime Steeg 3" not in handout.content.decode()


def test_inactive_entries_are_not_found(anonymous, db):
    closed = OrganisationFactory(is_active=False)
    stopped = InterventionFactory(status=InterventionStatus.INACTIVE)
    assert (
        anonymous.get(reverse("organisations:organisation_detail", args=[closed.slug])).status_code
        == 404
    )
    assert (
        anonymous.get(reverse("organisations:intervention_detail", args=[stopped.slug])).status_code
        == 404
    )
    assert anonymous.get("/aanbod/bestaat-niet/").status_code == 404


def test_temporarily_closed_offers_show_their_notice(anonymous, db):
    offer = InterventionFactory(
        status=InterventionStatus.TEMPORARILY_CLOSED, status_notice="Zomerstop tot 1 september"
    )
    assert "Zomerstop tot 1 september" in intervention_page(anonymous, offer)


def test_handout_lists_selected_offers_with_public_details_only(anonymous, offer):
    other = InterventionFactory(name="Moeders informeren moeders")
    url = (
        reverse("organisations:handout")
        + f"?aanbod={offer.slug}&aanbod={other.slug}&aanbod=onbekend"
    )
    page = anonymous.get(url).content.decode()
    assert "VoorZorg" in page and "Moeders informeren moeders" in page
    assert "Vera Vast" not in page and "vera@jgz.example" not in page


def test_handout_without_selection_explains_what_to_do(anonymous, db):
    response = anonymous.get(reverse("organisations:handout"))
    assert response.status_code == 200
    assert reverse("organisations:search") in response.content.decode()


def test_entries_not_checked_for_a_year_carry_a_gentle_warning(anonymous, settings, db):
    settings.VERIFICATION_MAX_AGE_DAYS = 365
    now = timezone.now()
    fresh = InterventionFactory(verified_at=now - datetime.timedelta(days=30))
    stale = InterventionFactory(verified_at=now - datetime.timedelta(days=400))
    assert "Mogelijk verouderd" not in intervention_page(anonymous, fresh)
    page = intervention_page(anonymous, stale)
    assert "Mogelijk verouderd" in page
    assert (now - datetime.timedelta(days=400)).strftime("%Y") in page


def test_an_organisation_offering_many_interventions_shows_them_a_page_at_a_time(anonymous, db):
    organisation = OrganisationFactory()
    names = sorted(f"Aanbod {number:02}" for number in range(30))
    for name in names:
        InterventionFactory(organisation=organisation, name=name)
    url = reverse("organisations:organisation_detail", args=[organisation.slug])

    first, second = anonymous.get(url), anonymous.get(f"{url}?pagina=2")
    shown = [i.name for i in first.context["interventions"]]
    shown += [i.name for i in second.context["interventions"]]
    assert shown == names
    assert len(first.context["interventions"]) == 25
    assert 'href="?pagina=2"' in first.content.decode()
    assert [i.name for i in anonymous.get(f"{url}?pagina=nul").context["interventions"]] == (
        names[:25]
    )


def search_page(client, query: str = "") -> str:
    response = client.get(f"{reverse('organisations:search')}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_result_cards_kept_in_memory_never_carry_the_contact_person(
    anonymous, professional_client, offer
):
    """The search and organisation pages keep each card's public part; who the contact
    person is depends on who looks, also when a professional's visit rendered the card first."""
    for page in (search_page, lambda client: organisation_page(client, offer.organisation)):
        assert "Vera Vast" in page(professional_client)
        seen = page(anonymous)
        assert "VoorZorg" in seen
        assert "Vera Vast" not in seen and "vera@jgz.example" not in seen
        assert "Vera Vast" in page(professional_client)


@pytest.mark.parametrize("kind", ["search", "organisation"])
def test_a_kept_result_card_needs_no_taxonomy_query(anonymous, offer, kind):
    def visit():
        if kind == "search":
            return search_page(anonymous)
        return organisation_page(anonymous, offer.organisation)

    search_page(anonymous, "q=onvindbaar")  # the search index is built, no card shown
    with CaptureQueriesContext(connection) as first:
        visit()
    with CaptureQueriesContext(connection) as again:
        visit()
    assert any("intervention_life_phases" in query["sql"] for query in first)
    assert not any("intervention_life_phases" in query["sql"] for query in again)
    # The organisation page still asks for its own municipalities, in the same query.
    assert len(again) == len(first) - (kind == "search")


def test_result_cards_follow_changes_to_the_directory_and_the_language(anonymous, offer):
    def pages():
        return search_page(anonymous), organisation_page(anonymous, offer.organisation)

    assert all("Levensfase" in page for page in pages())
    offer.summary = "Huisbezoeken door een verpleegkundige vanaf de zwangerschap."
    offer.save()
    assert all("Huisbezoeken door een verpleegkundige" in page for page in pages())
    anonymous.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert all("Life phase" in page and "Levensfase" not in page for page in pages())


def test_search_results_can_be_picked_for_a_handout(anonymous, offer):
    toggle = 'name="aanbod" value="voorzorg"'
    assert toggle in search_page(anonymous)
    assert toggle in search_page(anonymous)  # also when the card was kept
    assert toggle in organisation_page(anonymous, offer.organisation)
