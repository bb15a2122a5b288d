"""`manage.py generate_scale`: national-scale data that is deterministic, spread and valid.

The small scale is generated once for the module (`small_scale`), in a transaction that is rolled
back afterwards; each test runs inside it in its own savepoint, as usual.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef
from django.test import override_settings

from bench import scale_data
from consent.models import Client, ConsentRecord
from organisations.models import (
    ContactPerson,
    CoordinatesSource,
    Intervention,
    Location,
    Membership,
    MembershipRole,
    Municipality,
    Organisation,
    coordinates_of,
)
from organisations.places import municipality_postcodes
from referrals.models import Referral, ReferralEvent, ReferralStatus
from tests.factories import MunicipalityFactory, OrganisationFactory

SMALL = scale_data.SCALES["small"]
FAST_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"


def generate(*args: str) -> str:
    out = io.StringIO()
    call_command(
        "generate_scale", "--scale", "small", "--force", "--password", "geheim", *args, stdout=out
    )
    return out.getvalue()


def counts() -> dict[str, int]:
    organisations = scale_data.generated_organisations()
    return {
        "organisations": organisations.count(),
        "locations": Location.objects.filter(organisation__in=organisations).count(),
        "interventions": Intervention.objects.filter(organisation__in=organisations).count(),
        "contacts": ContactPerson.objects.filter(organisation__in=organisations).count(),
        "memberships": Membership.objects.filter(organisation__in=organisations).count(),
        "clients": Client.objects.filter(organisation__in=organisations).count(),
        "consents": ConsentRecord.objects.filter(client__organisation__in=organisations).count(),
        "events": ReferralEvent.objects.count(),
        **{
            f"referrals {status}": Referral.objects.filter(status=status).count()
            for status in ReferralStatus.values
        },
    }


@pytest.fixture(scope="module")
def small_scale(django_db_setup, django_db_blocker):
    """The small scale with seed 1, next to an organisation and a municipality of load_demo."""
    # Module-scoped, so it runs before conftest's per-test fast hasher: use the same one here.
    fast_hashing = override_settings(PASSWORD_HASHERS=[FAST_HASHER])
    with django_db_blocker.unblock(), transaction.atomic(), fast_hashing:
        # As load_demo leaves it: the generator reuses the row, matched on the CBS code.
        MunicipalityFactory(name="Deventer", cbs_code="GM0150", slug="deventer")
        own = OrganisationFactory(name="Kraamzorg De Wieg", slug="kraamzorg-de-wieg")
        output = generate("--seed", "1")
        connection.check_constraints()  # the foreign keys, which the database checks at commit
        yield {
            "output": output,
            "own": own,
            "fingerprint": scale_data.fingerprint(),
            "counts": counts(),
        }
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_refuses_to_fill_a_database_with_debug_off(settings):
    settings.DEBUG = False
    before = Organisation.objects.count()
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("generate_scale", "--scale", "small", stdout=io.StringIO())
    assert Organisation.objects.count() == before


@pytest.mark.django_db
def test_small_scale_spreads_over_the_country_in_every_status_and_keeps_the_rules(small_scale):

    organisations = scale_data.generated_organisations()
    assert organisations.count() == SMALL.organisations
    found = counts()
    assert found["interventions"] == SMALL.interventions
    assert found["contacts"] == SMALL.contacts
    assert Referral.objects.count() == SMALL.referrals
    assert Municipality.objects.count() == 342
    assert Municipality.objects.get(cbs_code="GM0150").slug == "deventer"
    assert Municipality.objects.filter(cbs_code__in=["GM0363", "GM0599", "GM1992"]).count() == 3
    # Every municipality has organisations with a location there, not only the big cities.
    assert Location.objects.values("municipality").distinct().count() == 342
    # At one of the municipality's own postcodes, placed at its centre as Location.save would.
    own_postcodes = municipality_postcodes()
    for location in Location.objects.select_related("municipality")[:200]:
        assert location.postcode[:4] in own_postcodes[location.municipality.cbs_code]
        assert location.coordinates_source == CoordinatesSource.POSTCODE
        assert (location.latitude, location.longitude, "postcode") == coordinates_of(
            location.postcode
        )

    for status in ReferralStatus.values:
        of_status = Referral.objects.filter(status=status)
        assert of_status.values("recipient_organisation").distinct().count() >= 10, status
        assert of_status.values("sender_organisation").distinct().count() >= 10, status

    # The rules the database cannot check: consent for this client and this recipient, the
    # offer and contact person of the recipient, a sender who works for the sending organisation.
    referrals = Referral.objects.all()
    assert not referrals.exclude(consent=None).exclude(
        consent__client=F("client"), consent__recipient_organisation=F("recipient_organisation")
    )
    assert not referrals.exclude(intervention=None).exclude(
        intervention__organisation=F("recipient_organisation")
    )
    assert not referrals.exclude(contact_person=None).exclude(
        contact_person__organisation=F("recipient_organisation")
    )
    works_there = Membership.objects.filter(
        user=OuterRef("sender"), organisation=OuterRef("sender_organisation")
    )
    assert not referrals.exclude(Exists(works_there))
    assert not ConsentRecord.objects.exclude(recipient_intervention=None).exclude(
        recipient_intervention__organisation=F("recipient_organisation")
    )

    # What save() and the signals would have kept current.
    for intervention in Intervention.objects.select_related("organisation")[:20]:
        assert intervention.keywords == intervention.build_keywords()
    editor = Membership.objects.filter(role=MembershipRole.EDITOR).select_related(
        "user", "organisation"
    )[0]
    assert editor.user.has_perm("organisations.change_organisation", editor.organisation)

    busy = Organisation.objects.get(slug=scale_data.BUSY_SLUG)
    assert Referral.objects.received_by([busy.pk]).count() >= 50
    account = get_user_model().objects.get(email=scale_data.INBOX_ACCOUNT)
    assert account.check_password("geheim")
    assert Membership.objects.filter(user=account, organisation=busy).exists()
    assert scale_data.BUSY_SLUG in small_scale["output"]
    assert scale_data.INBOX_ACCOUNT in small_scale["output"]


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_data_and_a_second_run_needs_replace(small_scale):
    with pytest.raises(CommandError, match="--replace"):
        generate("--seed", "1")

    generate("--seed", "1", "--replace")
    connection.check_constraints()
    assert scale_data.fingerprint() == small_scale["fingerprint"]
    assert counts() == small_scale["counts"]
    # Only generated rows were replaced.
    assert Organisation.objects.filter(pk=small_scale["own"].pk).exists()
    assert Organisation.objects.count() == SMALL.organisations + 1
    assert Municipality.objects.count() == 342


@pytest.mark.postgres(reason="Dutch full-text search on the stored search vector")
@pytest.mark.django_db
def test_search_finds_the_generated_interventions(small_scale):
    generated = Intervention.objects.filter(organisation__in=scale_data.generated_organisations())
    assert not generated.filter(search_document=None).exists()

    found = Intervention.objects.listed().search("kraamzorg")
    assert found.filter(pk__in=generated.values("pk")).count() >= 10
    # A synonym of a theme (through the keywords) and a place (through the name or organisation).
    assert Intervention.objects.listed().search("schulden Amsterdam").exists()
    assert Intervention.objects.listed().search("somber zwanger").exists()
