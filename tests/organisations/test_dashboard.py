"""The maintenance dashboard (/beheer/): which entries need checking, for whom, and where."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from organisations.models import InterventionStatus, Municipality, VerificationDigest
from organisations.views import dashboard as dashboard_views
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)

URL = reverse("organisations:dashboard")


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def fresh_organisation(**fields):
    """Checked last week, with one fresh intervention that has a current contact person."""
    organisation = OrganisationFactory(**{"verified_at": days_ago(7), **fields})
    fresh_intervention(organisation)
    return organisation


def fresh_intervention(organisation, *, contact: bool = True, **fields):
    """Checked last week, waiting time updated today and, unless told, a current contact."""
    intervention = InterventionFactory(
        organisation=organisation, **{"verified_at": days_ago(7), **fields}
    )
    if contact:
        ContactPersonFactory(organisation=organisation, interventions=[intervention])
    return intervention


def lists(response) -> dict[str, set[str]]:
    """The names of the entries on each list of the dashboard."""
    assert response.status_code == 200
    return {
        section.key: {entry.name for entry in section.entries}
        for section in response.context["sections"]
    }


@pytest.fixture
def dashboard_for(login):
    def get(user, **params):
        return login(user).get(URL, params)

    return get


# --- Who may see it ---


def test_anonymous_is_sent_to_sign_in(anonymous):
    response = anonymous.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert "next=/beheer/" in response.url


def test_professional_without_maintenance_rights_is_refused(login, professional):
    assert login(professional).get(URL).status_code == 403


def test_editor_sees_only_their_own_organisations_entries(
    dashboard_for, editor, organisation, other_editor, other_organisation
):
    own = InterventionFactory(organisation=organisation, name="Eigen aanbod", verified_at=None)
    InterventionFactory(organisation=other_organisation, name="Ander aanbod", verified_at=None)

    response = dashboard_for(editor)
    found = lists(response)
    assert found["overdue-organisations"] == {organisation.name}
    assert found["overdue-interventions"] == {own.name}
    everything = set().union(*found.values())
    assert other_organisation.name not in everything and "Ander aanbod" not in everything
    assert "Ander aanbod" not in response.content.decode()
    assert lists(dashboard_for(other_editor))["overdue-interventions"] == {"Ander aanbod"}


def test_regional_coordinator_sees_their_region(dashboard_for, coordinator):
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150")
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")
    coordinator.coordinated_municipalities.set([deventer])
    in_region = OrganisationFactory(name="In de regio", verified_at=None)
    in_region.municipalities.set([deventer])
    elsewhere = OrganisationFactory(name="Elders", verified_at=None)
    elsewhere.municipalities.set([rotterdam])

    response = dashboard_for(coordinator)
    assert lists(response)["overdue-organisations"] == {"In de regio"}
    assert [row.municipality for row in response.context["rows"]] == [deventer]


# --- The lists ---


def test_overdue_for_check_after_the_configured_age(dashboard_for, coordinator, settings):
    settings.VERIFICATION_MAX_AGE_DAYS = 365
    old = fresh_organisation(name="Lang geleden", verified_at=days_ago(400))
    fresh_organisation(name="Net gecontroleerd", verified_at=days_ago(300))
    fresh_organisation(name="Nooit gecontroleerd", verified_at=None)
    fresh_organisation(name="Gestopt", verified_at=None, is_active=False)
    fresh_intervention(old, name="Oud aanbod", verified_at=days_ago(366))
    fresh_intervention(old, name="Nooit gecontroleerd aanbod", verified_at=None)
    fresh_intervention(
        old,
        name="Tijdelijk dicht",
        verified_at=days_ago(500),
        status=InterventionStatus.TEMPORARILY_CLOSED,
        status_notice="Tot de zomer",
    )
    fresh_intervention(old, name="Vers aanbod", verified_at=days_ago(364))
    fresh_intervention(old, name="Beëindigd", verified_at=None, status=InterventionStatus.INACTIVE)

    found = lists(dashboard_for(coordinator))
    assert found["overdue-organisations"] == {"Lang geleden", "Nooit gecontroleerd"}
    assert found["overdue-interventions"] == {
        "Oud aanbod",
        "Nooit gecontroleerd aanbod",
        "Tijdelijk dicht",
    }

    settings.VERIFICATION_MAX_AGE_DAYS = 200
    found = lists(dashboard_for(coordinator))
    assert "Net gecontroleerd" in found["overdue-organisations"]
    assert "Vers aanbod" in found["overdue-interventions"]


def test_overdue_entries_are_listed_never_checked_first(dashboard_for, coordinator):
    organisation = fresh_organisation()
    fresh_intervention(organisation, name="Twee jaar", verified_at=days_ago(730))
    fresh_intervention(organisation, name="Nooit", verified_at=None)
    fresh_intervention(organisation, name="Drie jaar", verified_at=days_ago(1095))

    response = dashboard_for(coordinator)
    section = next(s for s in response.context["sections"] if s.key == "overdue-interventions")
    assert [entry.name for entry in section.entries] == ["Nooit", "Drie jaar", "Twee jaar"]


def test_waiting_times_not_updated_within_the_capacity_age(dashboard_for, coordinator, settings):
    settings.CAPACITY_MAX_AGE_DAYS = 91
    today = timezone.localdate()
    organisation = fresh_organisation()
    fresh_intervention(
        organisation, name="Oud", capacity_updated_on=today - datetime.timedelta(100)
    )
    fresh_intervention(organisation, name="Nooit", capacity_updated_on=None)
    fresh_intervention(
        organisation, name="Recent", capacity_updated_on=today - datetime.timedelta(91)
    )
    fresh_intervention(
        organisation,
        name="Gestopt",
        capacity_updated_on=None,
        status=InterventionStatus.INACTIVE,
    )
    closed = fresh_organisation(is_active=False)
    fresh_intervention(closed, name="Van gestopte organisatie", capacity_updated_on=None)

    assert lists(dashboard_for(coordinator))["stale-capacity"] == {"Oud", "Nooit"}


def test_contact_persons_without_a_valid_email(dashboard_for, coordinator):
    organisation = fresh_organisation()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    def contact(name, email, **fields):
        ContactPersonFactory(organisation=organisation, name=name, email=email, **fields)

    contact("Leeg", "")
    contact("Geen domein", "jan@wijkteam")
    contact("Dubbel apenstaartje", "jan@@wijkteam.example")
    contact("Spatie", "jan jansen@wijkteam.example")
    contact("Punt punt", "jan..jansen@wijkteam.example")
    contact("Goed", "jan.jansen@wijkteam.example")
    contact("Internationaal", "jan@bücher.example")  # valid, though not of the plain form
    contact("Gedeactiveerd", "", is_active=False)
    contact("Vertrokken", "", active_until=yesterday)
    inactive = fresh_organisation(is_active=False)
    ContactPersonFactory(organisation=inactive, name="Van gestopte organisatie", email="")

    response = dashboard_for(coordinator)
    assert lists(response)["contacts-without-email"] == {
        "Leeg",
        "Geen domein",
        "Dubbel apenstaartje",
        "Spatie",
        "Punt punt",
    }
    assert "jan@wijkteam" in response.content.decode()


def test_interventions_without_a_current_contact_person(dashboard_for, coordinator):
    organisation = fresh_organisation()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    fresh_intervention(organisation, name="Niemand", contact=False)
    deactivated = fresh_intervention(organisation, name="Gedeactiveerd contact", contact=False)
    ContactPersonFactory(organisation=organisation, interventions=[deactivated], is_active=False)
    left = fresh_intervention(organisation, name="Contact vertrokken", contact=False)
    ContactPersonFactory(organisation=organisation, interventions=[left], active_until=yesterday)
    away = fresh_intervention(organisation, name="Contact op vakantie", contact=False)
    ContactPersonFactory(
        organisation=organisation,
        interventions=[away],
        away_until=timezone.localdate() + datetime.timedelta(days=7),
    )
    fresh_intervention(organisation, name="Gestopt", contact=False, status="inactive")

    assert lists(dashboard_for(coordinator))["interventions-without-contact"] == {
        "Niemand",
        "Gedeactiveerd contact",
        "Contact vertrokken",
    }


def test_organisations_without_an_active_intervention(dashboard_for, coordinator):
    fresh_organisation(name="Met aanbod")
    OrganisationFactory(name="Zonder aanbod", verified_at=days_ago(7))
    closed = OrganisationFactory(name="Alles tijdelijk dicht", verified_at=days_ago(7))
    fresh_intervention(
        closed, status=InterventionStatus.TEMPORARILY_CLOSED, status_notice="Verbouwing"
    )
    stopped = OrganisationFactory(name="Alleen gestopt aanbod", verified_at=days_ago(7))
    fresh_intervention(stopped, status=InterventionStatus.INACTIVE)
    OrganisationFactory(name="Zelf gestopt", verified_at=days_ago(7), is_active=False)

    assert lists(dashboard_for(coordinator))["organisations-without-intervention"] == {
        "Zonder aanbod",
        "Alles tijdelijk dicht",
        "Alleen gestopt aanbod",
    }


def test_entries_link_to_where_they_are_maintained(dashboard_for, coordinator, login):
    organisation = fresh_organisation(name="Lang geleden", verified_at=days_ago(400))
    intervention = fresh_intervention(organisation, verified_at=None)

    page = dashboard_for(coordinator).content.decode()
    manage = reverse("organisations:manage_organisation", args=[organisation.slug])
    assert f'href="{manage}"' in page
    assert f'href="{reverse("organisations:edit_intervention", args=[intervention.slug])}"' in page
    verify = reverse("organisations:verify_intervention", args=[intervention.slug])
    assert f'action="{verify}"' in page
    response = login(coordinator).post(verify, {"next": reverse("organisations:dashboard")})
    assert response["Location"] == reverse("organisations:dashboard")
    intervention.refresh_from_db()
    assert not intervention.is_overdue_for_check


def test_long_lists_show_the_first_entries_and_how_many_more(
    dashboard_for, coordinator, monkeypatch
):
    monkeypatch.setattr(dashboard_views, "MAX_ENTRIES_PER_LIST", 2)
    organisation = fresh_organisation()
    for number in range(5):
        fresh_intervention(organisation, name=f"Oud {number}", verified_at=days_ago(400 + number))

    response = dashboard_for(coordinator)
    section = next(s for s in response.context["sections"] if s.key == "overdue-interventions")
    assert (section.count, len(section.entries), section.more) == (5, 2, 3)
    assert "en nog 3" in response.content.decode()


# --- Per municipality ---


def test_counts_per_municipality(dashboard_for, coordinator):
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599", slug="rotterdam")
    vaals = MunicipalityFactory(name="Vaals", cbs_code="GM0981", slug="vaals")
    both = OrganisationFactory(name="In beide", verified_at=None)  # overdue, nothing active
    both.municipalities.set([deventer, rotterdam])
    rotterdam_only = OrganisationFactory(name="In Rotterdam", verified_at=days_ago(7))
    rotterdam_only.municipalities.set([rotterdam])
    fresh_intervention(rotterdam_only, service_areas=[rotterdam])
    fresh_intervention(rotterdam_only, verified_at=None, service_areas=[rotterdam, deventer])
    fresh_intervention(rotterdam_only, capacity_updated_on=None, service_areas=[rotterdam])
    fresh_intervention(rotterdam_only, contact=False, service_areas=[rotterdam])
    ContactPersonFactory(organisation=rotterdam_only, email="")

    response = dashboard_for(coordinator)
    keys = [section.key for section in response.context["sections"]]
    table = {
        row.municipality.name: dict(zip(keys, row.counts, strict=True))
        for row in response.context["rows"]
    }
    assert table["Deventer"] == {
        "overdue-organisations": 1,
        "overdue-interventions": 1,
        "stale-capacity": 0,
        "contacts-without-email": 0,
        "interventions-without-contact": 0,
        "organisations-without-intervention": 1,
    }
    assert table["Rotterdam"] == {
        "overdue-organisations": 1,
        "overdue-interventions": 1,
        "stale-capacity": 1,
        "contacts-without-email": 1,
        "interventions-without-contact": 1,
        "organisations-without-intervention": 1,
    }
    assert set(table["Vaals"].values()) == {0}

    # Choosing a municipality narrows the lists, not the table.
    response = dashboard_for(coordinator, gemeente=deventer.slug)
    assert response.context["chosen"] == deventer
    found = lists(response)
    assert found["overdue-organisations"] == {"In beide"}
    assert found["stale-capacity"] == set() and found["contacts-without-email"] == set()
    # Every municipality still has its row: the coordinator's scope is the whole country.
    assert len(response.context["rows"]) == Municipality.objects.count()
    assert vaals in [row.municipality for row in response.context["rows"]]


def test_an_unknown_municipality_shows_everything(dashboard_for, coordinator):
    OrganisationFactory(name="Ergens", verified_at=None)
    response = dashboard_for(coordinator, gemeente="atlantis")
    assert response.context["chosen"] is None
    assert lists(response)["overdue-organisations"] == {"Ergens"}


# --- The last digest ---


def test_coordinator_sees_when_the_last_digest_went_out(dashboard_for, coordinator):
    first, second = OrganisationFactory(), OrganisationFactory(name="Laatste ontvanger")
    VerificationDigest.objects.create(organisation=first, recipient_count=1, item_count=3)
    VerificationDigest.objects.create(organisation=second, recipient_count=2, item_count=1)
    VerificationDigest.objects.filter(organisation=first).update(sent_at=days_ago(9))
    VerificationDigest.objects.filter(organisation=second).update(sent_at=days_ago(2))

    response = dashboard_for(coordinator)
    assert response.context["last_digest"].organisation == second
    assert "Laatste ontvanger" in response.content.decode()


def test_editor_sees_when_their_organisation_last_got_a_digest(
    dashboard_for, editor, organisation, other_organisation
):
    VerificationDigest.objects.create(organisation=organisation, recipient_count=1, item_count=3)
    VerificationDigest.objects.create(
        organisation=other_organisation, recipient_count=1, item_count=3
    )
    VerificationDigest.objects.filter(organisation=organisation).update(sent_at=days_ago(30))

    response = dashboard_for(editor)
    (own,) = response.context["own_organisations"]
    assert own == organisation
    assert own.last_digest_at.date() == days_ago(30).date()
    assert "last_digest" not in response.context


# --- Freshness where professionals look ---


def test_search_results_say_when_an_entry_was_last_checked(anonymous, settings, db):
    settings.VERIFICATION_MAX_AGE_DAYS = 365
    InterventionFactory(name="Verouderd aanbod", verified_at=days_ago(400))
    page = anonymous.get(reverse("organisations:search")).content.decode()
    assert "Verouderd aanbod" in page
    assert days_ago(400).strftime("%Y") in page
    assert "Mogelijk verouderd" in page


def test_a_user_who_maintains_nothing_but_is_staff_is_refused(login, db):
    assert login(UserFactory(is_staff=True)).get(URL).status_code == 403
