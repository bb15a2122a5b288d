"""Who can receive a referral in the portal: an organisation with at least one active member,
kept in a flag that joining, leaving and switching an account off change (and the search's
cards follow); the directory shows it, and where a referral is not possible, the honest
alternatives."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from organisations.models import (
    DirectoryVersion,
    Intervention,
    Membership,
    MembershipRole,
    Organisation,
    referral_receivers_exist,
)
from tests.conftest import signed_in
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ALTERNATIVES = "Referring through the portal is not possible"
REFER = "Refer a family"


def receives(organisation: Organisation) -> bool:
    organisation.refresh_from_db()
    return organisation.receives_referrals


def agrees_with_the_rule() -> bool:
    """The kept flag is what the rule says, for every organisation."""
    rule = dict(
        Organisation.objects.annotate(now=referral_receivers_exist()).values_list("pk", "now")
    )
    kept = dict(Organisation.objects.values_list("pk", "has_referral_receivers"))
    return rule == kept


def test_an_organisation_receives_referrals_while_an_active_member_works_there():
    organisation = OrganisationFactory()
    assert not receives(organisation)
    membership = MembershipFactory(organisation=organisation)
    assert receives(organisation)
    assert list(Organisation.objects.receiving_referrals()) == [organisation]

    membership.user.is_active = False  # the account switched off
    membership.user.save()
    assert not receives(organisation)
    membership.user.is_active = True
    membership.user.save()
    assert receives(organisation)

    membership.end(by=UserFactory())  # the last member leaves
    assert not receives(organisation)
    assert not Organisation.objects.receiving_referrals().exists()
    assert agrees_with_the_rule()


def test_a_role_change_keeps_it_and_a_second_member_leaving_does_not_end_it():
    organisation = OrganisationFactory()
    first = MembershipFactory(organisation=organisation)
    second = MembershipFactory(organisation=organisation)
    first.change_role(MembershipRole.EDITOR, by=UserFactory())
    assert receives(organisation)
    second.end(by=UserFactory())
    assert receives(organisation)
    assert agrees_with_the_rule()


def test_an_inactive_organisation_receives_nothing_whoever_works_there():
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation)
    organisation.refresh_from_db()
    organisation.deactivate(by=UserFactory())
    assert not receives(organisation)
    assert not Organisation.objects.receiving_referrals().exists()


def test_a_stale_copy_saved_in_full_does_not_undo_a_new_member():
    organisation = OrganisationFactory()
    stale = Organisation.objects.get(pk=organisation.pk)
    MembershipFactory(organisation=organisation)
    stale.phone = "0570 11 22 33"
    stale.save()
    assert receives(organisation)


def test_an_offer_takes_portal_referrals_when_it_accepts_them_and_someone_receives_them():
    taking = InterventionFactory()  # its organisation has a member
    unread = InterventionFactory(organisation=OrganisationFactory())
    refusing = InterventionFactory(accepts_referrals=False)
    assert list(Intervention.objects.taking_portal_referrals()) == [taking]
    assert taking.takes_portal_referrals
    assert not unread.takes_portal_referrals and not refusing.takes_portal_referrals


def test_joining_and_leaving_renew_the_search_cards():
    organisation = OrganisationFactory()
    before = DirectoryVersion.objects.get().cards_token
    membership = MembershipFactory(organisation=organisation)
    joined = DirectoryVersion.objects.get().cards_token
    assert joined != before
    MembershipFactory(organisation=organisation)  # a second member changes nothing shown
    assert DirectoryVersion.objects.get().cards_token == joined
    Membership.objects.get(pk=membership.pk).end(by=UserFactory())
    assert DirectoryVersion.objects.get().cards_token == joined
    Membership.objects.get(organisation=organisation).end(by=UserFactory())
    assert DirectoryVersion.objects.get().cards_token != joined


def test_the_migration_fills_the_flag_from_the_members():
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "organisations.migrations.0012_referral_receivers_and_invitation_requests"
    )
    with_member, without = OrganisationFactory(), OrganisationFactory()
    MembershipFactory(organisation=with_member)
    Organisation.objects.update(has_referral_receivers=False)
    migration.fill_referral_receivers(apps, None)
    assert receives(with_member) and not receives(without)


# --- What the directory shows ---


@pytest.fixture
def unreachable():
    """An offer that accepts referrals at an organisation where nobody has an account, with a
    fixed contact person professionals may see."""
    intervention = InterventionFactory(organisation=OrganisationFactory(name="Dimence Test"))
    contact = ContactPersonFactory(
        organisation=intervention.organisation,
        name="Carla Contact",
        phone="0570 99 88 77",
        interventions=[intervention],
    )
    return intervention, contact


def test_the_offer_page_offers_the_referral_only_where_someone_receives_it(
    professional, unreachable
):
    reachable = InterventionFactory()
    http = signed_in(professional)
    page = http.get(reachable.get_absolute_url()).content.decode()
    assert gettext(REFER) in page and gettext(ALTERNATIVES) not in page

    intervention, contact = unreachable
    page = http.get(intervention.get_absolute_url()).content.decode()
    assert reverse("referrals:new") not in page
    assert gettext(ALTERNATIVES) in page
    assert contact.name in page and contact.tel_link in page  # call the contact person
    assert f"{reverse('organisations:handout')}?aanbod={intervention.slug}" in page
    assert f'action="{reverse("organisations:handout_add")}"' in page  # put it on the handout
    ask = reverse("organisations:ask_invitation", args=[intervention.organisation.slug])
    assert f'action="{ask}"' in page


def test_the_organisation_page_offers_the_referral_only_where_someone_receives_it(
    professional, unreachable
):
    intervention, _ = unreachable
    http = signed_in(professional)
    page = http.get(intervention.organisation.get_absolute_url()).content.decode()
    assert "?organisatie=" not in page and gettext(ALTERNATIVES) in page
    reachable = InterventionFactory().organisation
    page = http.get(reachable.get_absolute_url()).content.decode()
    assert f"?organisatie={reachable.slug}" in page and gettext(ALTERNATIVES) not in page


def test_anonymous_visitors_see_neither_button_nor_alternatives(anonymous, unreachable):
    intervention, _ = unreachable
    page = anonymous.get(intervention.get_absolute_url()).content.decode()
    assert gettext(ALTERNATIVES) not in page and reverse("referrals:new") not in page


def test_the_search_card_marks_offers_taking_portal_referrals(professional, unreachable):
    intervention, _ = unreachable
    reachable = InterventionFactory(name="Bereikbaar aanbod")
    page = signed_in(professional).get(reverse("organisations:search")).content.decode()
    badge = gettext("Referral through the portal")
    cards = {i.pk: page.split(f'id="result-{i.pk}"')[1][:3000] for i in (intervention, reachable)}
    assert badge in cards[reachable.pk].split("result__details")[0]
    assert badge not in cards[intervention.pk].split("result__details")[0]

    # Someone joins: the kept card shows it on the next search.
    MembershipFactory(organisation=intervention.organisation)
    page = signed_in(professional).get(reverse("organisations:search")).content.decode()
    card = page.split(f'id="result-{intervention.pk}"')[1].split("result__details")[0]
    assert badge in card


def test_the_organisation_page_stays_within_its_query_budget(
    professional, unreachable, django_assert_max_num_queries
):
    intervention, _ = unreachable
    for _ in range(5):
        InterventionFactory(organisation=intervention.organisation)
    http = signed_in(professional)
    http.get(intervention.organisation.get_absolute_url())  # the cards are kept
    # 12 queries on SQLite, 13 on PostgreSQL, and one for the referral counts in the menu.
    with django_assert_max_num_queries(13 + 1):
        page = http.get(intervention.organisation.get_absolute_url())
    assert page.status_code == 200
