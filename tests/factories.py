"""Small factories for the directory; each builds a valid object with the fewest fields."""

import datetime

import factory
from django.utils import timezone

from accounts.models import User
from consent.models import (
    Client,
    ConsentMethod,
    ConsentRecord,
    ConsentText,
    DataCategory,
    Relation,
    TranslationStatus,
)
from organisations.models import (
    ContactPerson,
    Domain,
    Intervention,
    LifePhase,
    Location,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Theme,
)
from referrals.models import Referral


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@rokportaal.example")
    full_name = factory.Sequence(lambda n: f"Professional {n}")
    password = factory.django.Password("correct horse battery staple")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["cbs_code"]

    name = "Deventer"
    cbs_code = "GM0150"
    slug = factory.LazyAttribute(lambda m: m.name.lower().replace(" ", "-"))


class LifePhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LifePhase
        django_get_or_create = ["slug"]

    name = "Zwangerschap, 1e trimester"
    name_en = "Pregnancy, first trimester"
    slug = "zwangerschap-1e-trimester"


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Thema {n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    domain = Domain.SOCIAL
    kind = OrganisationKind.NEIGHBOURHOOD_TEAM
    phone = "0570 12 34 56"
    email = factory.Sequence(lambda n: f"info{n}@organisatie.example")


class ReceivingOrganisationFactory(OrganisationFactory):
    """An organisation where someone receives referrals in the portal: one active member."""

    @factory.post_generation
    def members(self, create, extracted, **kwargs):
        if create:
            for user in extracted if extracted is not None else [UserFactory()]:
                Membership.objects.create(user=user, organisation=self)
            self.refresh_from_db(fields=["has_referral_receivers"])


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    address = "Brink 1"
    postcode = "7411 AB"
    city = "Deventer"
    municipality = factory.SubFactory(MunicipalityFactory)


class InterventionFactory(factory.django.DjangoModelFactory):
    """An active intervention in Deventer for the first trimester, taking referrals through the
    portal, unless told otherwise."""

    class Meta:
        model = Intervention
        skip_postgeneration_save = True

    # Someone there receives referrals: the offer takes them through the portal.
    organisation = factory.SubFactory(ReceivingOrganisationFactory)
    name = factory.Sequence(lambda n: f"Aanbod {n}")
    slug = factory.Sequence(lambda n: f"aanbod-{n}")
    description = "Ondersteuning voor ouders."
    summary = "Wij helpen u."
    waiting_weeks = 0
    capacity_updated_on = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def life_phases(self, create, extracted, **kwargs):
        self.life_phases.set(extracted if extracted is not None else [LifePhaseFactory()])

    @factory.post_generation
    def service_areas(self, create, extracted, **kwargs):
        self.service_areas.set(extracted if extracted is not None else [MunicipalityFactory()])

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contactpersoon {n}")
    job_title = "Jeugdverpleegkundige"
    phone = "0570 65 43 21"
    email = factory.Sequence(lambda n: f"contact{n}@organisatie.example")

    @factory.post_generation
    def interventions(self, create, extracted, **kwargs):
        if extracted:
            self.interventions.set(extracted)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class ClientFactory(factory.django.DjangoModelFactory):
    """A fictional parent, registered by a member of her organisation."""

    class Meta:
        model = Client

    full_name = factory.Sequence(lambda n: f"Cliënt {n}")
    date_of_birth = datetime.date(2000, 5, 17)
    phone = "06 9876 5432"
    postcode = "7411 AB"
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=120))
    organisation = factory.SubFactory(OrganisationFactory)
    registered_by = factory.SubFactory(UserFactory)


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentText
        django_get_or_create = ["version", "language"]

    # Not a version the portal ships (consent's data migration loads 2026-1 in every language).
    version = "proef-1"
    language = "nl"
    body = (
        "Ik geef toestemming om deze gegevens te delen met de genoemde organisatie. Mijn "
        "toestemming geldt één jaar."
    )
    valid_for_months = 12
    translation_status = factory.LazyAttribute(
        lambda text: (
            TranslationStatus.ORIGINAL if text.language == "nl" else TranslationStatus.NEEDS_CHECK
        )
    )


class ConsentRecordFactory(factory.django.DjangoModelFactory):
    """Consent by the parent herself, valid for a year, for contact details and reason."""

    class Meta:
        model = ConsentRecord

    client = factory.SubFactory(ClientFactory)
    given_by_name = factory.LazyAttribute(lambda c: c.client.full_name)
    relation = Relation.SELF
    method = ConsentMethod.VERBAL_IN_PERSON
    parent_present = True
    recorded_by = factory.LazyAttribute(lambda c: c.client.registered_by)
    recipient_organisation = factory.SubFactory(ReceivingOrganisationFactory)
    purpose = "Warme overdracht voor steun bij geldzorgen"
    categories = factory.LazyFunction(
        lambda: [DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON]
    )
    valid_from = factory.LazyFunction(timezone.localdate)
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    consent_text = factory.SubFactory(ConsentTextFactory)


class ReferralFactory(factory.django.DjangoModelFactory):
    """A draft referral resting on consent in force for its recipient."""

    class Meta:
        model = Referral

    consent = factory.SubFactory(ConsentRecordFactory)
    client = factory.LazyAttribute(lambda r: r.consent.client)
    sender = factory.LazyAttribute(lambda r: r.consent.recorded_by)
    sender_organisation = factory.LazyAttribute(lambda r: r.consent.client.organisation)
    sender_phone = "0570 12 34 56"
    recipient_organisation = factory.LazyAttribute(lambda r: r.consent.recipient_organisation)
    reason = "Zorgen over geld en weinig steun rond de bevalling."
