"""`manage.py load_demo` fills a living directory and can be run again without harm."""

import datetime
import io

import pytest
from django.contrib.auth import authenticate as django_authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from accounts.models import User
from organisations.management.commands.load_demo import expand, read_demo
from organisations.models import (
    ContactPerson,
    Intervention,
    Location,
    Membership,
    Organisation,
    Theme,
    Visibility,
)

MODELS = [Organisation, Location, Intervention, ContactPerson, Theme, User, Membership]


def authenticate(**credentials):
    """Sign in as the login page does (sign-in throttling needs the request)."""
    return django_authenticate(RequestFactory().post("/accounts/login/"), **credentials)


def load(*args: str) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.mark.django_db
def test_demo_is_realistic_and_idempotent():
    output = load("--password", "demo-wachtwoord-123")
    first = counts()
    assert first["Organisation"] >= 40 and first["Intervention"] >= 80
    assert Organisation.objects.filter(domain="medical").exists()
    assert Organisation.objects.filter(domain="social").exists()
    for programme in ["VoorZorg", "Stevig Ouderschap", "Nu Niet Zwanger", "Centering"]:
        assert Intervention.objects.filter(name__icontains=programme).exists(), programme
    assert Location.objects.filter(is_confidential=True).exists()
    assert ContactPerson.objects.filter(visibility=Visibility.PUBLIC).exists()
    assert ContactPerson.objects.exclude(away_until=None).exclude(backup=None).exists()
    assert "coordinator@rokportaal.example" in output and "demo-wachtwoord-123" in output

    second_output = load()
    assert counts() == first
    # Without --password every account gets a new, printed password that works.
    line = next(line for line in second_output.splitlines() if "coordinator@" in line)
    new_password = line.split()[-1]
    assert authenticate(username="coordinator@rokportaal.example", password=new_password)
    assert not authenticate(
        username="coordinator@rokportaal.example", password="demo-wachtwoord-123"
    )


@pytest.mark.django_db
def test_demo_has_entries_in_every_freshness_state():
    """So the maintenance dashboard and the digest have something to show on the first run."""
    load("--password", "demo-wachtwoord-123")
    attention = {
        "organisations overdue": Organisation.objects.overdue_for_check(),
        "organisations never checked": Organisation.objects.active().filter(verified_at=None),
        "interventions overdue": Intervention.objects.overdue_for_check(),
        "interventions never checked": Intervention.objects.listed().filter(verified_at=None),
        "stale waiting times": Intervention.objects.with_stale_capacity(),
        "contacts without e-mail": ContactPerson.objects.without_valid_email().filter(email=""),
        "contacts with an invalid e-mail": ContactPerson.objects.without_valid_email().exclude(
            email=""
        ),
        "interventions without contact": Intervention.objects.without_contact_person(),
        "organisations without active offer": Organisation.objects.without_active_intervention(),
    }
    for state, entries in attention.items():
        assert entries.exists(), state
    overdue = Organisation.objects.overdue_for_check().values("pk")
    assert Organisation.objects.active().exclude(pk__in=overdue).exists()
    assert (
        Intervention.objects.listed()
        .exclude(pk__in=Intervention.objects.with_stale_capacity().values("pk"))
        .exists()
    )
    # The demo editor's own organisation needs attention too, so the digest has a recipient.
    naviva = Organisation.objects.get(slug="naviva-kraamzorg")
    assert ContactPerson.objects.filter(organisation=naviva).without_valid_email().exists()


@pytest.mark.django_db
def test_demo_accounts_say_their_role_and_place():
    load("--password", "demo-wachtwoord-123")
    emails = set(User.objects.values_list("email", flat=True))
    for email in [
        "verloskundige.deventer@rokportaal.example",
        "wijkteam.deventer@rokportaal.example",
        "wijkteam.rotterdam@rokportaal.example",
        "huisarts.kerkrade@rokportaal.example",
        "redacteur.naviva@rokportaal.example",
        "coordinator@rokportaal.example",
    ]:
        assert email in emails
    coordinator = User.objects.get(email="coordinator@rokportaal.example")
    assert coordinator.is_coordinator and coordinator.has_perm("organisations.change_intervention")
    assert User.objects.get(email="admin@rokportaal.example").is_superuser
    assert authenticate(
        username="redacteur.naviva@rokportaal.example", password="demo-wachtwoord-123"
    )


@pytest.mark.django_db
def test_demo_directory_is_its_data_file_with_shorthands_spliced_and_dates_relative():
    load("--password", "demo-wachtwoord-123")
    demo = read_demo()
    # A freshly migrated database holds reference data only, so everything else is the file's.
    assert Organisation.objects.count() == len(demo["organisations"])
    assert Location.objects.count() == sum(len(o["locations"]) for o in demo["organisations"])
    assert Intervention.objects.count() == len(demo["interventions"])
    assert ContactPerson.objects.count() == len(demo["contact_persons"])
    assert User.objects.count() == len(demo["users"])

    # life_phases: [kinderwens, *pregnancy, kraamperiode, 0-1-jaar]
    popp = Intervention.objects.get(slug="popp-poli-deventer")
    assert set(popp.life_phases.values_list("slug", flat=True)) == {
        "kinderwens",
        "zwangerschap-1e-trimester",
        "zwangerschap-2e-trimester",
        "zwangerschap-3e-trimester",
        "kraamperiode",
        "0-1-jaar",
    }
    # municipalities: *deventer_region
    naviva = Organisation.objects.get(slug="naviva-kraamzorg")
    assert set(naviva.municipalities.values_list("slug", flat=True)) == {"deventer", "olst-wijhe"}

    today = timezone.localdate()
    kidz = Organisation.objects.get(slug="kidz-team-deventer")  # verified_days_ago: 420
    assert today - timezone.localdate(kidz.verified_at) == datetime.timedelta(days=420)
    assert Organisation.objects.get(slug="kinderopvang-de-kleine-haven").verified_at is None
    marieke = ContactPerson.objects.get(name="Marieke Jansen")  # away_for_days: 14
    assert marieke.away_until == today + datetime.timedelta(days=14)
    lotte = ContactPerson.objects.get(name="Lotte Visser")  # active_until_days: -20
    assert lotte.active_until == today - datetime.timedelta(days=20)
    agnieszka = ContactPerson.objects.get(name="Agnieszka Nowak")  # active_from_days_ago: 30
    assert agnieszka.active_from == today - datetime.timedelta(days=30)


def test_a_shorthand_list_inside_a_list_is_spliced_into_it():
    pregnancy = ["zwangerschap-1e-trimester", "zwangerschap-2e-trimester"]
    first_days = ["kinderwens", pregnancy]  # an alias inside a shorthand
    assert expand({"life_phases": [first_days, "kraamperiode"], "lat": 52.2}) == {
        "life_phases": [
            "kinderwens",
            "zwangerschap-1e-trimester",
            "zwangerschap-2e-trimester",
            "kraamperiode",
        ],
        "lat": 52.2,
    }
    # A list of records stays a list of records.
    assert expand([{"name": "A", "themes": [["geld"]]}]) == [{"name": "A", "themes": ["geld"]}]
