import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from organisations.models import (
    ContactPerson,
    InterventionStatus,
    Location,
    Membership,
    RecognitionDatabank,
    RecognitionLevel,
    Visibility,
)
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def refuses(**changes):
    """Saving an intervention with these field values breaks a database constraint."""
    intervention = InterventionFactory()
    for field, value in changes.items():
        setattr(intervention, field, value)
    with pytest.raises(IntegrityError), transaction.atomic():
        intervention.save()


def test_waiting_time_cannot_be_negative():
    refuses(waiting_weeks=-1)


def test_temporarily_closed_needs_a_notice():
    refuses(status=InterventionStatus.TEMPORARILY_CLOSED, status_notice="")


def test_temporarily_closed_with_notice_is_fine():
    intervention = InterventionFactory()
    intervention.status = InterventionStatus.TEMPORARILY_CLOSED
    intervention.status_notice = "Zomerstop tot 1 september"
    intervention.save()
    assert intervention.is_temporarily_closed


def test_recognition_level_needs_a_databank_and_the_other_way_round():
    refuses(recognition_databank=RecognitionDatabank.NJI, recognition_level="")
    refuses(recognition_databank="", recognition_level=RecognitionLevel.EFFECTIVE_GOOD)


def test_unknown_status_is_refused_by_the_database():
    refuses(status="paused")


def test_location_coordinates_come_in_pairs_and_within_range():
    location = LocationFactory(postcode="1000 AA")  # unknown: no coordinates of its own
    location.latitude = 52.25
    with pytest.raises(IntegrityError), transaction.atomic():
        location.save()
    location.longitude = 250
    with pytest.raises(IntegrityError), transaction.atomic():
        location.save()
    location.longitude = 6.16
    location.save()


def test_postcode_is_normalised_and_validated():
    location = LocationFactory(postcode="7411ab")
    assert Location.objects.get(pk=location.pk).postcode == "7411 AB"
    location.postcode = "ABCD 12"
    with pytest.raises(ValidationError) as error:
        location.full_clean()
    assert "postcode" in error.value.message_dict


def test_phone_kvk_and_agb_are_validated():
    organisation = OrganisationFactory.build(phone="12345", kvk_number="1234", agb_code="abc")
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert {"phone", "kvk_number", "agb_code"} <= set(error.value.message_dict)
    organisation = OrganisationFactory.build(
        phone="+31 6 1234 5678", kvk_number="12345678", agb_code="01234567"
    )
    organisation.full_clean()


def test_contact_person_period_must_be_in_order():
    contact = ContactPersonFactory()
    contact.active_from = datetime.date(2026, 5, 1)
    contact.active_until = datetime.date(2026, 4, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        contact.save()


def test_contact_person_cannot_be_their_own_backup():
    contact = ContactPersonFactory()
    contact.backup = contact
    with pytest.raises(IntegrityError), transaction.atomic():
        contact.save()


def test_one_membership_per_user_and_organisation():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=membership.user, organisation=membership.organisation)


def test_email_is_the_login_name_and_unique_regardless_of_case():
    UserFactory(email="Verloskundige@Example.nl")
    assert User.objects.get_by_natural_key("verloskundige@example.nl")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user(email="VERLOSKUNDIGE@example.nl", password="x")


def test_contact_person_availability_follows_active_period_and_absence():
    today = timezone.localdate()
    contact = ContactPersonFactory.build(active_from=today, active_until=today)
    assert contact.is_available(today)
    assert not contact.is_available(today + datetime.timedelta(days=1))
    assert not contact.is_available(today - datetime.timedelta(days=1))
    contact.away_until = today
    assert not contact.is_available(today)
    assert contact.is_available(today + datetime.timedelta(days=1)) is False  # period ended


def test_backup_is_shown_while_the_fixed_contact_is_away(professional):
    intervention = InterventionFactory()
    backup = ContactPersonFactory(organisation=intervention.organisation, name="Backup")
    fixed = ContactPersonFactory(
        organisation=intervention.organisation,
        name="Vast",
        backup=backup,
        interventions=[intervention],
    )
    assert intervention.contact_for(professional) == fixed
    fixed.away_until = timezone.localdate() + datetime.timedelta(days=7)
    fixed.save()
    intervention.refresh_from_db()
    assert intervention.contact_for(professional) == backup


def test_contact_for_respects_visibility(professional):
    from django.contrib.auth.models import AnonymousUser

    intervention = InterventionFactory()
    contact = ContactPersonFactory(
        organisation=intervention.organisation, interventions=[intervention]
    )
    assert contact.visibility == Visibility.PROFESSIONALS
    assert intervention.contact_for(AnonymousUser()) is None
    assert intervention.contact_for(professional) == contact
    contact.visibility = Visibility.REFERRAL_PARTIES
    contact.save()
    assert intervention.contact_for(professional) is None
    contact.visibility = Visibility.PUBLIC
    contact.save()
    assert intervention.contact_for(AnonymousUser()) == contact
    assert ContactPerson.objects.visible_to(AnonymousUser()).get() == contact


def test_keywords_follow_theme_and_organisation_names():
    from tests.factories import ThemeFactory

    theme = ThemeFactory(name="Geldzorgen", search_terms="schulden, armoede")
    intervention = InterventionFactory(themes=[theme])
    intervention.refresh_from_db()
    assert "schulden" in intervention.keywords
    theme.search_terms = "budget"
    theme.save()
    intervention.refresh_from_db()
    assert "budget" in intervention.keywords and "schulden" not in intervention.keywords
    organisation = intervention.organisation
    organisation.name = "Nieuwe Naam Welzijn"
    organisation.save()
    intervention.refresh_from_db()
    assert "Nieuwe Naam Welzijn" in intervention.keywords
    theme.interventions.clear()
    intervention.refresh_from_db()
    assert "Geldzorgen" not in intervention.keywords
