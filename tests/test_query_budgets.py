"""Every list and detail page stays within 13 SQL queries, however many rows it shows.

Each page is visited by the people who use it, first with a few rows (results, facet options,
contact persons, referrals, messages, entries…) and then with many: the number of queries must
stay the same and within the budget. The count includes the session (read, and saved on every
signed-in request), the user and the page header's checks. Each count is taken on a second visit:
the first may load the directory's taxonomies into the process's memory (once per process).
"""

import datetime
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.db import reset_queries
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consent.models import AccessAction, AccessLogEntry
from organisations.models import (
    CarePhase,
    Correction,
    DeliveryFormat,
    Language,
    MembershipRole,
    Visibility,
)
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ContactPersonFactory,
    InterventionFactory,
    LifePhaseFactory,
    LocationFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ReferralFactory,
    ThemeFactory,
    UserFactory,
)

# Twelve for the page, and one for the new and overdue referral counts in the menu of a member
# of an organisation (referrals/templatetags/referral_menu.py).
QUERY_BUDGET = 12 + 1
# The referral page also reads its joint meetings and, for the recipient, the colleagues it can
# be assigned to: one query each, whatever their number.
REFERRAL_PAGE_BUDGET = QUERY_BUDGET + 1
FEW, MANY = 3, 30


@pytest.fixture
def world(organisation, professional, editor, coordinator):
    """The professional's organisation (Deventer) receives referrals from a midwifery practice;
    it has an editor and a designated officer; a coordinator maintains the whole directory."""
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
    organisation.municipalities.set([deventer])
    sending = OrganisationFactory(name="Verloskundigenpraktijk De Linde")
    sender = UserFactory(full_name="Verloskundige De Linde")
    MembershipFactory(user=sender, organisation=sending)
    officer = UserFactory(full_name="Aandachtsfunctionaris")
    MembershipFactory(user=officer, organisation=organisation, role=MembershipRole.OFFICER)
    world = SimpleNamespace(
        organisation=organisation,
        professional=professional,
        editor=editor,
        coordinator=coordinator,
        officer=officer,
        sending=sending,
        sender=sender,
        deventer=deventer,
        pregnancy=LifePhaseFactory(),
        money=ThemeFactory(name="Geld", slug="geld"),
        # The reference data's walk-in format (migrate loads it; a transactional test's flush
        # takes it away again, hence the default).
        walk_in=DeliveryFormat.objects.get_or_create(
            slug="inloop", defaults={"name": "Inloop", "name_en": "Walk-in"}
        )[0],
        support=CarePhase.objects.create(name="Steun", name_en="Support", slug="steun"),
        numbers=itertools.count(1),
    )
    world.intervention = offer(world, "Steungroep Deventer")
    world.referral = referral(world, to=organisation)
    return world


# --- Rows, as many as a test asks for ---


def offer(world, name: str, *, organisation=None):
    """A listed, public intervention with terms of every taxonomy (some new, so the facets get
    more options too), a location, and a contact person with a backup."""
    number = next(world.numbers)
    organisation = organisation or world.organisation
    area = MunicipalityFactory(name=f"Gemeente {number}", cbs_code=f"GM{5000 + number}")
    intervention = InterventionFactory(
        organisation=organisation,
        name=name,
        is_public=True,
        life_phases=[world.pregnancy],
        service_areas=[world.deventer, area],
        themes=[world.money, ThemeFactory()],
    )
    intervention.care_phases.set([world.support])
    intervention.formats.set([world.walk_in, new_term(DeliveryFormat, "vorm", number)])
    intervention.languages.set([new_term(Language, "taal", number)])
    intervention.locations.set(
        [LocationFactory(organisation=organisation, municipality=world.deventer)]
    )
    visibility = Visibility.PUBLIC if number % 2 else Visibility.PROFESSIONALS
    backup = ContactPersonFactory(organisation=organisation, visibility=visibility)
    ContactPersonFactory(
        organisation=organisation,
        interventions=[intervention],
        backup=backup,
        visibility=visibility,
    )
    return intervention


def new_term(model, prefix: str, number: int):
    return model.objects.create(
        name=f"{prefix} {number}", name_en=f"{prefix} {number}", slug=f"{prefix}-{number}"
    )


def referral(world, *, to):
    """A sent referral, on consent in force for the recipient (so its family's name shows)."""
    sending, sender = (world.sending, world.sender)
    if to == world.sending:
        sending, sender = (world.organisation, world.professional)
    client = ClientFactory(organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(client=client, recorded_by=sender, recipient_organisation=to)
    made = ReferralFactory(consent=consent, intervention=world.intervention)
    send_referral(made, by=sender)
    return made


def more_results(world, count: int) -> None:
    for _ in range(count):
        offer(world, f"Steungroep {next(world.numbers)}", organisation=OrganisationFactory())


def more_on_the_intervention(world, count: int) -> None:
    intervention = world.intervention
    for _ in range(count):
        number = next(world.numbers)
        backup = ContactPersonFactory(organisation=world.organisation)
        ContactPersonFactory(
            organisation=world.organisation, interventions=[intervention], backup=backup
        )
        intervention.locations.add(
            LocationFactory(organisation=world.organisation, municipality=world.deventer)
        )
        intervention.themes.add(ThemeFactory())
        intervention.languages.add(new_term(Language, "taal", number))
        intervention.service_areas.add(
            MunicipalityFactory(name=f"Gemeente {number}", cbs_code=f"GM{5000 + number}")
        )


def more_of_the_organisation(world, count: int) -> None:
    for _ in range(count):
        intervention = offer(world, f"Aanbod {next(world.numbers)}")
        world.organisation.municipalities.add(*intervention.service_areas.all())


def more_referrals(world, count: int) -> None:
    for _ in range(count):
        referral(world, to=world.organisation)
        referral(world, to=world.sending)


def more_messages(world, count: int) -> None:
    for number in range(count):
        by_sender = number % 2 == 0
        world.referral.post_message(
            by=world.sender if by_sender else world.professional,
            organisation=world.sending if by_sender else world.organisation,
            body=f"Bericht {number}",
        )


def more_meetings(world, count: int) -> None:
    """Joint meetings proposed by the recipient, each with its message."""
    for number in range(count):
        world.referral.post_message(
            by=world.professional,
            organisation=world.organisation,
            body=f"Driegesprek {number}?",
            meeting_at=timezone.now() + datetime.timedelta(days=2 + number),
            meeting_place=f"Wijkcentrum, kamer {number}",
        )


def more_needing_attention(world, count: int) -> None:
    """Entries on every list of the dashboard, in new municipalities, for the editor's own
    organisation and (for the coordinator) in other organisations."""
    for _ in range(count):
        number = next(world.numbers)
        area = MunicipalityFactory(name=f"Gemeente {number}", cbs_code=f"GM{5000 + number}")
        world.organisation.municipalities.add(area)
        InterventionFactory(
            organisation=world.organisation,
            verified_at=None,
            capacity_updated_on=None,
            service_areas=[area],
        )
        ContactPersonFactory(organisation=world.organisation, email=f"geen-adres-{number}")
        OrganisationFactory(verified_at=None).municipalities.set([area])


def more_corrections(world, count: int) -> None:
    for number in range(count):
        reported = InterventionFactory(organisation=world.organisation)
        Correction.objects.create(
            organisation=world.organisation,
            intervention=reported if number % 2 else None,
            field_name="name",
            description=f"Melding {number}",
            reported_by=UserFactory(),
        )


def more_log_entries(world, count: int) -> None:
    """Entries about the organisation's clients, each on behalf of another organisation (so
    the log's filter offers more organisations too)."""
    for _ in range(count):
        AccessLogEntry.objects.create(
            user=UserFactory(),
            organisation=OrganisationFactory(),
            client=ClientFactory(organisation=world.organisation),
            object_type="referrals.referral",
            object_id=str(world.referral.pk),
            action=AccessAction.VIEW,
            granted=True,
        )


def more_guide_offers(world, count: int) -> None:
    for _ in range(count):
        offer(
            world, f"Inloop voor ouders {next(world.numbers)}", organisation=OrganisationFactory()
        )


# --- The pages ---


@dataclass(frozen=True)
class Page:
    name: str
    persona: str
    url: Callable[[SimpleNamespace], str]
    grow: Callable[[SimpleNamespace, int], None]
    # How many rows the response shows, to prove that "many" shows more than "few".
    rows: Callable[[object], int]
    marks: tuple = ()
    budget: int = QUERY_BUDGET

    def __str__(self) -> str:
        return f"{self.name}-{self.persona}"


# Outside the test's transaction, so that a transaction of the page's own counts as in
# production: BEGIN and COMMIT. Inside it, Django's atomic(savepoint=False) (bulk_create: the
# inbox logs which families it showed) would count nothing.
COMMITTING = (pytest.mark.django_db(transaction=True),)


SEARCH_WITH_FACETS = (
    "/zoeken/?q=steungroep&gemeente=deventer&thema=geld&levensfase=zwangerschap-1e-trimester"
    "&vorm=inloop&domein=social&toegang=free_access&vrij_toegankelijk=on&verwijzen=on"
)


def search_rows(response) -> int:
    return len(response.context["page"].object_list)


PAGES = [
    *[
        Page(name, persona, lambda world, url=url: url, more_results, search_rows)
        for name, url in [
            ("search", "/zoeken/"),
            ("search-with-facets", SEARCH_WITH_FACETS),
            ("search-by-distance", "/zoeken/?q=steungroep&postcode=7411&volgorde=afstand"),
            ("search-within-distance", SEARCH_WITH_FACETS + "&postcode=7411+AB&afstand=10"),
        ]
        for persona in ("anonymous", "professional")
    ],
    # Only PostgreSQL corrects typos (SQLite finds nothing): the correction's own queries.
    *[
        Page(
            "search-with-typo",
            persona,
            lambda world: "/zoeken/?q=steungrep",
            more_results,
            search_rows,
            marks=(pytest.mark.postgres(reason="typo correction by trigram similarity"),),
        )
        for persona in ("anonymous", "professional")
    ],
    # A place in the text narrows to the offers serving it (organisations/search/query.py).
    *[
        Page(
            "search-with-place",
            persona,
            lambda world: "/zoeken/?q=steungroep+Deventer",
            more_results,
            search_rows,
        )
        for persona in ("anonymous", "professional")
    ],
    *[
        Page(
            "intervention",
            persona,
            lambda world: world.intervention.get_absolute_url(),
            more_on_the_intervention,
            lambda response: len(response.context["intervention"].locations.all()),
        )
        for persona in ("anonymous", "professional", "editor")
    ],
    *[
        Page(
            "organisation",
            persona,
            lambda world: world.organisation.get_absolute_url(),
            more_of_the_organisation,
            lambda response: len(response.context["interventions"]),
        )
        for persona in ("anonymous", "professional", "editor")
    ],
    *[
        Page(
            name,
            "professional",
            lambda world, url=url: url,
            more_referrals,
            lambda response: len(response.context["referrals"]),
            marks=COMMITTING,
        )
        for name, url in [
            ("inbox", reverse("referrals:list")),
            ("outbox", reverse("referrals:list") + "?map=verzonden"),
            # With few referrals there is one page, so this shows the last (the first);
            # with many, the second page of older referrals.
            ("inbox-page-2", reverse("referrals:list") + "?pagina=2"),
        ]
    ],
    *[
        Page(
            "referral",
            persona,
            lambda world: world.referral.get_absolute_url(),
            more_messages,
            lambda response: len(response.context["thread"]),
            budget=REFERRAL_PAGE_BUDGET,
        )
        for persona in ("professional", "sender")
    ],
    *[
        Page(
            "referral-meetings",
            persona,
            lambda world: world.referral.get_absolute_url(),
            more_meetings,
            lambda response: len(response.context["meetings"]),
            budget=REFERRAL_PAGE_BUDGET,
        )
        for persona in ("professional", "sender")
    ],
    *[
        Page(
            "dashboard",
            persona,
            lambda world: reverse("organisations:dashboard"),
            more_needing_attention,
            lambda response: sum(len(s.entries) for s in response.context["sections"]),
        )
        for persona in ("coordinator", "editor")
    ],
    *[
        Page(
            "corrections",
            persona,
            lambda world: reverse("organisations:correction_list") + "?toon=alle",
            more_corrections,
            lambda response: len(response.context["corrections"]),
        )
        for persona in ("coordinator", "editor")
    ],
    Page(
        "access-log",
        "officer",
        lambda world: reverse("privacy:access_log"),
        more_log_entries,
        lambda response: len(response.context["page"].object_list),
    ),
    *[
        Page(
            "guide-results",
            persona,
            lambda world: (
                reverse("organisations:guide_results") + "?situatie=zwanger&gemeente=deventer"
            ),
            more_guide_offers,
            lambda response: len(response.context["page"].object_list),
        )
        for persona in ("anonymous", "professional")
    ],
    *[
        Page(
            "guide-results-nearest-first",
            persona,
            lambda world: (
                reverse("organisations:guide_results")
                + "?situatie=zwanger&gemeente=deventer&postcode=7411&afstand=10"
            ),
            more_guide_offers,
            lambda response: len(response.context["page"].object_list),
        )
        for persona in ("anonymous", "professional")
    ],
]


def visitor(world, persona: str, verified_login) -> Client:
    if persona == "anonymous":
        return Client()
    if persona == "officer":
        return verified_login(world.officer)  # the access log asks for the second factor
    client = Client()
    client.force_login(getattr(world, persona))
    return client


def queries_of(client: Client, url: str, budget: int, django_assert_max_num_queries):
    """The response and the number of queries of a second visit to `url`."""
    assert client.get(url).status_code == 200
    reset_queries()
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    count = len(captured.captured_queries)
    assert response.status_code == 200
    return response, count


@pytest.mark.parametrize("page", [pytest.param(p, marks=p.marks, id=str(p)) for p in PAGES])
def test_a_page_needs_the_same_few_queries_however_many_rows_it_shows(
    page, world, verified_login, django_assert_max_num_queries
):
    client = visitor(world, page.persona, verified_login)
    url = page.url(world)

    page.grow(world, FEW)
    response, few = queries_of(client, url, page.budget, django_assert_max_num_queries)
    shown = page.rows(response)
    page.grow(world, MANY - FEW)
    response, many = queries_of(client, url, page.budget, django_assert_max_num_queries)

    assert page.rows(response) > shown, "the page should show more rows the second time"
    assert many == few <= page.budget
