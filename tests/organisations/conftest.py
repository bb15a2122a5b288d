"""A small directory in two municipalities, enough to exercise every facet."""

import pytest

from organisations.models import (
    AccessRoute,
    CarePhase,
    DeliveryFormat,
    Domain,
    InterventionStatus,
    Language,
    LifePhase,
    OrganisationKind,
    Theme,
)
from tests.factories import InterventionFactory, MunicipalityFactory, OrganisationFactory


def term(model, slug: str, name: str, **extra):
    return model.objects.get_or_create(
        slug=slug, defaults={"name": name, "name_en": name, **extra}
    )[0]


@pytest.fixture
def directory(db):
    """Interventions named by letter; `directory["A"]` etc. Inactive ones are F and G."""
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599", slug="rotterdam")
    second_trimester = term(LifePhase, "zwangerschap-2e-trimester", "Zwangerschap, 2e trimester")
    maternity = term(LifePhase, "kraamperiode", "Kraamperiode")
    first_year = term(LifePhase, "0-1-jaar", "0–1 jaar")
    support = term(CarePhase, "steun-op-maat", "Steun op maat")
    attachment = term(Theme, "hechting", "Hechting en ouder-kindrelatie")
    money = term(Theme, "geld", "Geld", search_terms="schulden, armoede")
    addiction = term(Theme, "verslaving", "Verslaving")
    group = term(DeliveryFormat, "groep", "Groep")
    home_visit = term(DeliveryFormat, "huisbezoek", "Huisbezoek")
    individual = term(DeliveryFormat, "individueel", "Individueel")
    walk_in = term(DeliveryFormat, "inloop", "Inloop")
    arabic = term(Language, "ar", "Arabisch")

    def organisation(kind, domain, **extra):
        return OrganisationFactory(kind=kind, domain=domain, **extra)

    midwives = organisation(OrganisationKind.MIDWIFERY, Domain.MEDICAL)
    maternity_care = organisation(OrganisationKind.MATERNITY_CARE, Domain.MEDICAL)
    youth_mental = organisation(OrganisationKind.YOUTH_MENTAL_HEALTH, Domain.MEDICAL)
    debt = organisation(OrganisationKind.DEBT, Domain.SOCIAL)
    addiction_care = organisation(OrganisationKind.ADDICTION, Domain.BOTH)
    closed = organisation(OrganisationKind.WELFARE, Domain.SOCIAL, is_active=False)

    items = {
        "A": InterventionFactory(
            name="Centering Zwangerschap",
            description="Groepszorg tijdens de zwangerschap met andere aanstaande moeders.",
            organisation=midwives,
            life_phases=[second_trimester],
            service_areas=[deventer],
        ),
        "B": InterventionFactory(
            name="Kraamzorg steun op maat",
            description="Extra uren kraamzorg voor gezinnen die meer nodig hebben.",
            organisation=maternity_care,
            life_phases=[maternity],
            service_areas=[rotterdam],
            access_route=AccessRoute.GP_REFERRAL,
            waiting_weeks=4,
        ),
        "C": InterventionFactory(
            name="Ouder-baby groep",
            description="Samen spelen en kijken naar wat je baby nodig heeft.",
            organisation=youth_mental,
            life_phases=[first_year],
            service_areas=[deventer],
            themes=[attachment],
            access_route=AccessRoute.GP_REFERRAL,
            waiting_weeks=6,
            accepts_referrals=False,
        ),
        "D": InterventionFactory(
            name="Budgetcoaching",
            description="Een vrijwilliger helpt met post, rekeningen en een weekbudget.",
            organisation=debt,
            life_phases=[first_year],
            service_areas=[deventer, rotterdam],
            themes=[money],
        ),
        "E": InterventionFactory(
            name="Herstelgroep voor ouders",
            description="Ouders die worstelen met middelengebruik werken aan herstel.",
            organisation=addiction_care,
            life_phases=[first_year],
            service_areas=[deventer],
            themes=[addiction],
            access_route=AccessRoute.PROFESSIONAL_REFERRAL,
        ),
        "F": InterventionFactory(
            name="Gestopt project",
            organisation=debt,
            status=InterventionStatus.INACTIVE,
            service_areas=[deventer],
        ),
        "G": InterventionFactory(
            name="Aanbod van gesloten organisatie",
            organisation=closed,
            service_areas=[deventer],
        ),
    }
    items["A"].formats.set([group])
    items["A"].care_phases.set([support])
    items["B"].formats.set([home_visit])
    items["C"].formats.set([group])
    items["D"].formats.set([individual, walk_in])
    items["D"].languages.set([arabic])
    items["E"].formats.set([group])
    return items
