"""The parents' guide under /ouders/: public, plain language, never contact persons or clients."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db import reset_queries
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from organisations.models import (
    AccessRoute,
    CostOption,
    DeliveryFormat,
    InterventionStatus,
    Language,
    LifePhase,
    Theme,
    Visibility,
)
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    MunicipalityFactory,
    OrganisationFactory,
)

GUIDE = reverse("organisations:guide")
RESULTS = reverse("organisations:guide_results")
PREGNANT_IN_DEVENTER = f"{RESULTS}?situatie=zwanger&gemeente=deventer"


def term(model, slug: str, name: str, name_en: str = "", plain_name: str = ""):
    return model.objects.get_or_create(
        slug=slug, defaults={"name": name, "name_en": name_en or name, "plain_name": plain_name}
    )[0]


def offer(name: str, **fields):
    """A public, active intervention for pregnant parents in Deventer unless told otherwise."""
    fields.setdefault("life_phases", [term(LifePhase, "zwangerschap-2e-trimester", "Zwanger")])
    fields.setdefault("service_areas", [MunicipalityFactory(name="Deventer", cbs_code="GM0150")])
    fields.setdefault("is_public", True)
    fields.setdefault("access_route", AccessRoute.GP_REFERRAL)
    formats = fields.pop("formats", [])
    languages = fields.pop("languages", [])
    locations = fields.pop("locations", [])
    intervention = InterventionFactory(name=name, **fields)
    intervention.formats.set(formats)
    intervention.languages.set(languages)
    intervention.locations.set(locations)
    return intervention


@pytest.fixture
def guide(db):
    """Offers named by what they test; `guide["walk_in"]` etc."""
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599", slug="rotterdam")
    term(LifePhase, "zwangerschap-2e-trimester", "Zwangerschap, 2e trimester")
    baby = term(LifePhase, "0-1-jaar", "0–1 jaar", "Baby (0–1 year)")
    money = term(Theme, "geld", "Geld en schulden", "Money and debt", "Ik maak me zorgen over geld")
    term(
        Theme,
        "psychische-gezondheid",
        "Psychische gezondheid",
        "Mental health",
        "Ik voel me somber, angstig of gespannen",
    )
    walk_in = term(
        DeliveryFormat, "inloop", "Inloop", "Walk-in", "Ik kan zonder afspraak binnenlopen"
    )
    arabic = term(Language, "ar", "Arabisch", "Arabic")
    organisation = OrganisationFactory(
        name="Buurtteam Deventer", phone="0570 12 34 56", website="https://buurtteam.example/"
    )
    brink = LocationFactory(
        organisation=organisation,
        name="Buurthuis De Brink",
        address="Brink 12",
        postcode="7411 BT",
        municipality=deventer,
        walk_in_hours="Dinsdag 9.30–11.30 uur",
        latitude=Decimal("52.251200"),
        longitude=Decimal("6.159000"),
    )
    keizer = LocationFactory(
        organisation=organisation,
        name="Keizerhuis",
        address="Keizerstraat 5",
        municipality=deventer,
    )
    shelter = LocationFactory(
        organisation=organisation,
        name="Opvanghuis",
        address="Geheimelaan 99",
        municipality=deventer,
        is_confidential=True,
    )
    items = {
        # Alphabetically last, but a walk-in: it comes first.
        "walk_in": offer(
            "Zwangerschapsinloop",
            organisation=organisation,
            formats=[walk_in],
            locations=[brink, shelter],
            summary="Loop binnen voor koffie en vragen over je zwangerschap.",
        ),
        "free": offer(
            "Thuisadministratie",
            organisation=organisation,
            access_route=AccessRoute.FREE_ACCESS,
            cost_option=CostOption.FREE,
            themes=[money],
            languages=[arabic],
            locations=[keizer],
        ),
        # Alphabetically first, but needs a referral: it comes after the open ones.
        "referral": offer(
            "Aanvullende verloskundige zorg",
            organisation=organisation,
            cost_option=CostOption.INSURED,
        ),
        "baby": offer("Babygroep", organisation=organisation, life_phases=[baby]),
        "rotterdam": offer("Rotterdamse inloop", service_areas=[rotterdam]),
        "not_public": offer("Geheim overleg voor professionals", is_public=False),
        "inactive": offer("Gestopte inloop", status=InterventionStatus.INACTIVE),
        "closed_organisation": offer(
            "Aanbod van een gestopte organisatie",
            organisation=OrganisationFactory(is_active=False),
        ),
    }
    # Even a contact person visible to everyone is not for the parents' guide.
    for visibility, name, phone in [
        (Visibility.PUBLIC, "Fleur Testpersoon", "0570 99 88 77"),
        (Visibility.PROFESSIONALS, "Joris Onzichtbaar", "0570 11 22 33"),
    ]:
        ContactPersonFactory(
            organisation=organisation,
            name=name,
            phone=phone,
            email=f"{name.split()[0].lower()}@buurtteam.example",
            visibility=visibility,
            interventions=list(items.values()),
        )
    return items


def names_in_order(page: str, guide: dict) -> list[str]:
    """The guide's offers in the order the page shows them."""
    found = [(page.find(f">{item.name}<"), key) for key, item in guide.items()]
    return [key for position, key in sorted(found) if position >= 0]


def test_the_start_page_works_without_sign_in(anonymous, guide):
    response = anonymous.get(GUIDE)
    page = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    with translation.override("nl"):
        assert gettext("Where can I go?") in page
    # A GET form, so it works without JavaScript, that leads to the results under /ouders/.
    form = re.search(r'<form class="guide-form" method="get" action="([^"]+)"', page)
    assert form and form.group(1) == RESULTS
    for situation in ("kinderwens", "zwanger", "baby", "peuter"):
        assert f'name="situatie" value="{situation}"' in page
    assert '<option value="deventer">Deventer</option>' in page
    # Themes in the parent's own words.
    assert "Ik maak me zorgen over geld" in page
    assert "Ik voel me somber, angstig of gespannen" in page


def test_the_start_page_keeps_the_parents_choices(anonymous, guide):
    page = anonymous.get(f"{GUIDE}?situatie=baby&gemeente=deventer&thema=geld").content.decode()
    assert re.search(r'name="situatie" value="baby"[^>]*checked', page)
    assert not re.search(r'name="situatie" value="zwanger"[^>]*checked', page)
    assert '<option value="deventer" selected>' in page
    assert re.search(r'name="thema" value="geld"[^>]*checked', page)


def test_situation_municipality_and_theme_narrow_the_results(anonymous, guide):
    page = anonymous.get(f"{PREGNANT_IN_DEVENTER}&thema=geld").content.decode()
    assert names_in_order(page, guide) == ["free"]

    page = anonymous.get(PREGNANT_IN_DEVENTER).content.decode()
    assert set(names_in_order(page, guide)) == {"walk_in", "free", "referral"}

    page = anonymous.get(f"{RESULTS}?situatie=baby&gemeente=deventer").content.decode()
    assert names_in_order(page, guide) == ["baby"]

    page = anonymous.get(f"{RESULTS}?situatie=zwanger&gemeente=rotterdam").content.decode()
    assert names_in_order(page, guide) == ["rotterdam"]


def test_only_public_offers_appear(anonymous, guide):
    page = anonymous.get(RESULTS).content.decode()
    assert set(names_in_order(page, guide)) == {"walk_in", "free", "referral", "baby", "rotterdam"}
    for hidden in ("not_public", "inactive", "closed_organisation"):
        assert guide[hidden].name not in page
        detail = reverse("organisations:guide_intervention", args=[guide[hidden].slug])
        assert anonymous.get(detail).status_code == 404


def test_walk_in_and_free_access_come_first(anonymous, guide):
    page = anonymous.get(PREGNANT_IN_DEVENTER).content.decode()
    # By name the referral one would come first; open ones come first, each by name.
    assert names_in_order(page, guide) == ["free", "walk_in", "referral"]


@pytest.mark.parametrize("signed_in", [False, True])
def test_contact_persons_never_appear(login, professional, guide, signed_in):
    client = login(professional if signed_in else None)
    pages = [
        client.get(GUIDE),
        client.get(RESULTS),
        client.get(PREGNANT_IN_DEVENTER),
        client.get(reverse("organisations:guide_intervention", args=[guide["walk_in"].slug])),
        client.get(reverse("organisations:guide_intervention", args=[guide["free"].slug])),
    ]
    for response in pages:
        page = response.content.decode()
        assert response.status_code == 200
        for secret in ("Fleur Testpersoon", "0570 99 88 77", "Joris Onzichtbaar", "0570 11 22 33"):
            assert secret not in page
        assert "fleur@buurtteam.example" not in page and "joris@buurtteam.example" not in page
        # Nor a confidential address, also not for a signed-in professional printing it.
        assert "Geheimelaan" not in page


def test_an_offer_shows_costs_languages_walk_in_hours_and_a_map_link(anonymous, guide):
    page = anonymous.get(PREGNANT_IN_DEVENTER).content.decode()
    with translation.override("nl"):
        free = gettext("Free")
    assert free in page
    assert "Arabisch" in page
    assert "Dinsdag 9.30–11.30 uur" in page
    assert "Brink 12, 7411 BT Deventer" in page
    assert "https://www.openstreetmap.org/?mlat=52.251200&amp;mlon=6.159000" in page
    # Without coordinates the map link searches for the address.
    assert "https://www.openstreetmap.org/search?query=Keizerstraat+5%2C+7411+AB+Deventer" in page
    # How to get there and sign up: the organisation's general phone and website.
    assert "0570 12 34 56" in page and "https://buurtteam.example/" in page

    detail = anonymous.get(
        reverse("organisations:guide_intervention", args=[guide["walk_in"].slug])
    ).content.decode()
    assert "Loop binnen voor koffie en vragen over je zwangerschap." in detail
    assert "Dinsdag 9.30–11.30 uur" in detail and "openstreetmap.org/?mlat=52.251200" in detail
    assert "Ik kan zonder afspraak binnenlopen" in detail


def test_guide_pages_print_as_a_handout(anonymous, guide):
    stylesheet = Path(settings.BASE_DIR) / "static" / "css" / "guide.css"
    assert "@media print" in stylesheet.read_text()
    urls = [
        GUIDE,
        PREGNANT_IN_DEVENTER,
        reverse("organisations:guide_intervention", args=[guide["free"].slug]),
    ]
    for url in urls:
        page = anonymous.get(url).content.decode()
        assert 'href="/static/css/guide.css"' in page
        assert "guide-print-only" in page
    assert 'data-action="print"' in anonymous.get(PREGNANT_IN_DEVENTER).content.decode()


def test_the_guide_in_english_through_the_language_switch(anonymous, guide):
    response = anonymous.post(reverse("set_language"), {"language": "en", "next": GUIDE})
    assert response.status_code == 302 and response.url == GUIDE
    page = anonymous.get(GUIDE).content.decode()
    assert 'lang="en"' in page and "Where can I go?" in page and "I am pregnant" in page
    # The taxonomy has everyday words in Dutch only; English shows the English name.
    assert "Money and debt" in page and "Ik maak me zorgen over geld" not in page

    results = anonymous.get(PREGNANT_IN_DEVENTER).content.decode()
    assert "Help for you in Deventer" in results
    assert "Free" in results and "Arabic" in results and "Walk-in hours" in results
    # Remembered on the next page too.
    detail = anonymous.get(
        reverse("organisations:guide_intervention", args=[guide["free"].slug])
    ).content.decode()
    assert 'lang="en"' in detail and "You can go there yourself" in detail


@pytest.mark.parametrize(
    "query",
    [
        "?gemeente=atlantis",
        "?situatie=maanlanding&gemeente=deventer",
        "?thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E&situatie=zwanger",
        "?gemeente=deventer&pagina=veel",
        "?gemeente=deventer&pagina=99999",
        "?situatie=zwanger&situatie=baby&gemeente=",
        "?gemeente=" + "x" * 3000,
        "?gemeente=dev%00enter",
    ],
)
def test_odd_input_gives_a_normal_page(anonymous, guide, query):
    for url in (
        GUIDE + query,
        RESULTS + query,
        reverse("organisations:guide_intervention", args=[guide["free"].slug]) + query,
    ):
        response = anonymous.get(url)
        page = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert" not in page
        assert guide["not_public"].name not in page


def test_unrecognised_choices_are_ignored_and_said_so(anonymous, guide):
    page = anonymous.get(f"{RESULTS}?situatie=zwanger&gemeente=atlantis").content.decode()
    with translation.override("nl"):
        notice = gettext("Some of your choices were not recognised. We show help without them.")
    assert notice in page
    # The situation still counts: pregnancy offers everywhere, not the baby group.
    assert set(names_in_order(page, guide)) == {"walk_in", "free", "referral", "rotterdam"}
    assert notice not in anonymous.get(PREGNANT_IN_DEVENTER).content.decode()


def test_results_run_a_bounded_number_of_queries(anonymous, guide, django_assert_max_num_queries):
    query = f"{RESULTS}?situatie=zwanger&gemeente=deventer"
    anonymous.get(query)  # loads the taxonomies into memory, once per process
    reset_queries()
    # The municipality chosen, the count, the page, the links to the terms shown (life phases,
    # formats, languages), the locations. No session: a parent's visit stores nothing.
    with django_assert_max_num_queries(5) as few:
        anonymous.get(query)
    few_queries = len(few.captured_queries)
    organisation = guide["walk_in"].organisation
    locations = list(guide["walk_in"].locations.all()) + list(guide["free"].locations.all())
    for number in range(30):
        offer(
            f"Extra inloop {number}",
            organisation=OrganisationFactory() if number % 2 else organisation,
            formats=list(guide["walk_in"].formats.all()),
            languages=list(guide["free"].languages.all()),
            locations=locations,
        )
    reset_queries()
    with django_assert_max_num_queries(few_queries):
        response = anonymous.get(query)
    assert response.status_code == 200
    # Every offer on the page is shown with its details, and later pages exist.
    assert response.content.decode().count('class="guide-offer"') == 6
    assert "pagina=2" in response.content.decode()


def test_the_home_page_offers_both_doors(anonymous, professional_client, db):
    page = anonymous.get(reverse("home")).content.decode()
    with translation.override("nl"):
        parent, professional = gettext("I am a parent"), gettext("I am a professional")
    assert parent in page and professional in page
    assert f'href="{GUIDE}"' in page
    assert f'href="{reverse("accounts:login")}?next={reverse("organisations:search")}"' in page
    # The professionals' search stays on the start page.
    assert f'action="{reverse("organisations:search")}"' in page and 'name="q"' in page

    signed_in = professional_client.get(reverse("home")).content.decode()
    assert f'href="{GUIDE}"' in signed_in
    assert f'href="{reverse("organisations:search")}"' in signed_in


def test_a_temporarily_closed_offer_comes_last_and_says_why(anonymous, guide):
    closed = offer(
        "Alfabetisch eerste inloop",
        organisation=guide["walk_in"].organisation,
        access_route=AccessRoute.FREE_ACCESS,
        status=InterventionStatus.TEMPORARILY_CLOSED,
        status_notice="Gesloten tot 1 maart wegens verbouwing",
    )
    page = anonymous.get(PREGNANT_IN_DEVENTER).content.decode()
    assert names_in_order(page, {**guide, "closed": closed})[-1] == "closed"
    assert "Gesloten tot 1 maart wegens verbouwing" in page


def test_typed_text_stays_text_on_guide_pages(anonymous, guide):
    payload = '"><script>alert(1)</script>'
    intervention = guide["free"]
    intervention.summary = intervention.cost_note = payload[:200]
    intervention.save()
    location = intervention.locations.get()
    location.walk_in_hours = location.address = payload
    location.save()
    for url in (
        PREGNANT_IN_DEVENTER,
        reverse("organisations:guide_intervention", args=[intervention.slug]),
    ):
        page = anonymous.get(url).content.decode()
        assert "<script>alert(1)" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
