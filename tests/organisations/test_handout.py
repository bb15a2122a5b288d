"""The handout: offers picked for a parent stay picked across pages, filters and organisation
pages until emptied; a signed-in professional can e-mail it to the parent, and the portal keeps
no trace of her address."""

import pytest
from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse

from mail.models import OutgoingEmail
from organisations.handout import MAX_ITEMS
from organisations.models import InterventionStatus
from tests.factories import (
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db

PARENT = "ouder.fictief@voorbeeld.example"


def add(client, intervention, **extra):
    return client.post(
        reverse("organisations:handout_add"),
        {"aanbod": intervention.slug, "next": "/zoeken/?pagina=2"},
        **extra,
    )


def remove(client, intervention):
    return client.post(
        reverse("organisations:handout_remove"), {"aanbod": intervention.slug, "next": "/zoeken/"}
    )


def handout_page(client) -> str:
    response = client.get(reverse("organisations:handout"))
    assert response.status_code == 200
    return response.content.decode()


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def offers(db):
    """Two listed offers of one organisation; one has a professionals-only contact person and a
    confidential address besides a public one."""
    organisation = OrganisationFactory(name="JGZ Voorbeeld", phone="0570 12 34 56")
    voorzorg = InterventionFactory(
        organisation=organisation, name="VoorZorg", slug="voorzorg", summary="Huisbezoeken."
    )
    stevig = InterventionFactory(organisation=organisation, name="Stevig Ouderschap")
    ContactPersonFactory(
        organisation=organisation,
        name="Vera Vast",
        email="vera@jgz.example",
        phone="06 1234 5678",
        interventions=[voorzorg],
    )
    public = LocationFactory(organisation=organisation, address="Brink 1", postcode="7411 AB")
    shelter = LocationFactory(
        organisation=organisation,
        address="Geheime Steeg 3",
        postcode="7411 XY",
        is_confidential=True,
    )
    voorzorg.locations.set([public, shelter])
    return voorzorg, stevig


def test_picked_offers_stay_across_pages_filters_and_the_organisation_page(anonymous, offers):
    voorzorg, stevig = offers
    response = add(anonymous, voorzorg)
    assert response.status_code == 302 and response["Location"] == "/zoeken/?pagina=2"
    add(anonymous, stevig)
    for url in (
        reverse("organisations:search"),
        reverse("organisations:search") + "?pagina=2&q=zorg",
        reverse("organisations:search") + "?weergave=kaart",
        reverse("organisations:organisation_detail", args=[voorzorg.organisation.slug]),
    ):
        assert "Overzicht voor ouders (2)" in page(anonymous, url)
    assert 'aria-pressed="true"' in page(anonymous, reverse("organisations:search"))
    handout = handout_page(anonymous)
    assert "VoorZorg" in handout and "Stevig Ouderschap" in handout
    assert handout.index("VoorZorg") < handout.index("Stevig Ouderschap")  # in the order picked


def test_an_offer_can_be_taken_off_and_the_handout_emptied(anonymous, offers):
    voorzorg, stevig = offers
    add(anonymous, voorzorg)
    add(anonymous, stevig)
    add(anonymous, stevig)  # twice is once
    assert "Overzicht voor ouders (2)" in page(anonymous, reverse("organisations:search"))
    remove(anonymous, voorzorg)
    handout = handout_page(anonymous)
    assert "Stevig Ouderschap" in handout and "VoorZorg" not in handout
    response = anonymous.post(reverse("organisations:handout_clear"))
    assert response.status_code == 302
    assert "Overzicht voor ouders (0)" in page(anonymous, reverse("organisations:search"))
    assert "Stevig Ouderschap" not in handout_page(anonymous)


def test_the_handout_belongs_to_one_session(anonymous, offers):
    add(anonymous, offers[0])
    assert "Overzicht voor ouders (0)" in page(HttpClient(), reverse("organisations:search"))


def test_with_htmx_the_toggle_and_the_counter_swap_in_place(anonymous, offers):
    response = add(anonymous, offers[0], headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'aria-pressed="true"' in body
    assert reverse("organisations:handout_remove") in body
    assert 'id="handout-link" href="/zoeken/folder/" hx-swap-oob="true"' in body
    assert "Overzicht voor ouders (1)" in body
    assert 'name="next" value="/zoeken/?pagina=2"' in body  # without JS later: back to her page


def test_changing_the_handout_needs_the_csrf_token(offers):
    client = HttpClient(enforce_csrf_checks=True)
    assert add(client, offers[0]).status_code == 403
    assert client.post(reverse("organisations:handout_clear")).status_code == 403
    assert "Overzicht voor ouders (0)" in page(client, reverse("organisations:search"))


def test_changing_the_handout_is_a_post(anonymous, offers):
    url = reverse("organisations:handout_add") + f"?aanbod={offers[0].slug}"
    assert anonymous.get(url).status_code == 405
    assert "Overzicht voor ouders (0)" in page(anonymous, reverse("organisations:search"))


def test_only_listed_offers_can_be_picked(anonymous, offers):
    stopped = InterventionFactory(name="Gestopt aanbod", status=InterventionStatus.INACTIVE)
    response = add(anonymous, stopped)
    assert response.status_code == 302
    assert "Overzicht voor ouders (0)" in page(anonymous, reverse("organisations:search"))
    response = anonymous.post(reverse("organisations:handout_add"), {"aanbod": "bestaat-niet"})
    assert response.status_code == 302
    assert "Overzicht voor ouders (0)" in page(anonymous, reverse("organisations:search"))


def test_an_offer_that_stops_being_listed_drops_out(anonymous, offers):
    voorzorg, stevig = offers
    add(anonymous, voorzorg)
    add(anonymous, stevig)
    stevig.status = InterventionStatus.INACTIVE
    stevig.save()
    handout = handout_page(anonymous)
    assert "VoorZorg" in handout and "Stevig Ouderschap" not in handout
    assert "Overzicht voor ouders (1)" in page(anonymous, reverse("organisations:search"))


def test_the_handout_holds_at_most_max_items(anonymous, db):
    organisation = OrganisationFactory()
    extra = [InterventionFactory(organisation=organisation) for _ in range(MAX_ITEMS + 1)]
    for intervention in extra:
        add(anonymous, intervention)
    search_page = page(anonymous, reverse("organisations:search"))
    assert f"Overzicht voor ouders ({MAX_ITEMS})" in search_page
    assert extra[-1].name not in handout_page(anonymous)


def test_the_handout_page_has_public_details_only_and_a_bounded_query_count(
    anonymous, offers, django_assert_max_num_queries
):
    for intervention in offers:
        add(anonymous, intervention)
    with django_assert_max_num_queries(12):
        handout = handout_page(anonymous)
    assert "Brink 1" in handout and "0570 12 34 56" in handout
    assert "Geheime Steeg 3" not in handout
    assert "Vera Vast" not in handout and "vera@jgz.example" not in handout


# --- E-mail to the parent ---


def send(client, **data):
    return client.post(
        reverse("organisations:handout_email"), {"email": PARENT, "language": "nl", **data}
    )


def test_a_professional_e_mails_the_handout_and_the_portal_forgets_the_address(
    professional_client, offers, django_capture_on_commit_callbacks
):
    for intervention in offers:
        add(professional_client, intervention)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(professional_client)
    assert response.status_code == 302 and response["Location"] == reverse("organisations:handout")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [PARENT]
    assert "VoorZorg" in sent.body and "Stevig Ouderschap" in sent.body
    assert "Brink 1" in sent.body and "0570 12 34 56" in sent.body
    assert "http://testserver/ouders/" in sent.body or "/ouders/" in sent.body
    # public details only: no contact person, no confidential address
    assert "Vera Vast" not in sent.body and "vera@jgz.example" not in sent.body
    assert "06 1234 5678" not in sent.body and "Geheime Steeg 3" not in sent.body
    # nothing keeps the address
    row = OutgoingEmail.objects.get(kind="handout")
    assert row.is_delivered and row.to == []
    assert not OutgoingEmail.objects.filter(to__icontains="voorbeeld.example").exists()
    assert PARENT not in str(list(OutgoingEmail.objects.values()))
    assert PARENT not in str(dict(professional_client.session))
    # the selection stays, e.g. to print it as well
    assert "Overzicht voor ouders (2)" in page(professional_client, reverse("organisations:search"))


def test_the_e_mail_is_in_the_parents_language(
    professional_client, offers, django_capture_on_commit_callbacks
):
    add(professional_client, offers[0])
    with django_capture_on_commit_callbacks(execute=True):
        send(professional_client, language="en")
    assert mail.outbox[0].subject == "Support for you and your child"
    assert "How to get this help" in mail.outbox[0].body


def test_an_address_not_delivered_to_is_forgotten_when_given_up_on(
    professional_client, offers, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    add(professional_client, offers[0])
    with django_capture_on_commit_callbacks(execute=True):
        send(professional_client)
    row = OutgoingEmail.objects.get(kind="handout")
    assert not row.is_delivered and row.to == [PARENT]  # kept only to try again
    OutgoingEmail.objects.filter(pk=row.pk).update(attempts=9)
    assert not row.deliver()
    row.refresh_from_db()
    assert row.to == []


def test_a_bad_address_gets_a_clear_message_and_nothing_is_lost(professional_client, offers):
    add(professional_client, offers[0])
    response = send(professional_client, email="geen-adres", language="nl")
    assert response.status_code == 400
    body = response.content.decode()
    assert 'aria-invalid="true"' in body and 'value="geen-adres"' in body
    assert "VoorZorg" in body
    assert not OutgoingEmail.objects.exists() and not mail.outbox
    assert "Overzicht voor ouders (1)" in page(professional_client, reverse("organisations:search"))


def test_an_unknown_language_is_refused(professional_client, offers):
    add(professional_client, offers[0])
    assert send(professional_client, language="xx").status_code == 400
    assert not OutgoingEmail.objects.exists()


def test_anonymous_visitors_cannot_send_the_handout(anonymous, offers):
    add(anonymous, offers[0])
    response = send(anonymous)
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    assert not OutgoingEmail.objects.exists() and not mail.outbox
    assert 'name="email"' not in handout_page(anonymous)


def test_sending_needs_picked_offers(professional_client, db):
    response = send(professional_client)
    assert response.status_code == 302
    assert not OutgoingEmail.objects.exists()


def test_sending_is_a_post(professional_client, offers):
    add(professional_client, offers[0])
    assert professional_client.get(reverse("organisations:handout_email")).status_code == 405


def test_with_htmx_a_full_handout_says_so_in_place(anonymous, db):
    organisation = OrganisationFactory()
    for intervention in [InterventionFactory(organisation=organisation) for _ in range(MAX_ITEMS)]:
        add(anonymous, intervention)
    one_too_many = InterventionFactory(organisation=organisation)
    body = add(anonymous, one_too_many, headers={"HX-Request": "true"}).content.decode()
    assert 'role="alert"' in body and 'aria-pressed="false"' in body
    assert f"Overzicht voor ouders ({MAX_ITEMS})" in body
