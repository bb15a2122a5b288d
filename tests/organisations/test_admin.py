"""The admin is a coordinator's back office: every directory page opens and searches."""

import pytest
from django.contrib import admin
from django.urls import reverse

from organisations.models import Intervention
from tests.conftest import signed_in
from tests.factories import ContactPersonFactory, LocationFactory, UserFactory

DIRECTORY_MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label in {"organisations", "accounts"}
]


@pytest.fixture
def superuser_client(db):
    return signed_in(UserFactory(is_staff=True, is_superuser=True))


@pytest.mark.parametrize("model", DIRECTORY_MODELS, ids=lambda m: m._meta.model_name)
def test_list_search_and_add_pages_open(superuser_client, directory, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert superuser_client.get(changelist).status_code == 200
    assert superuser_client.get(changelist, {"q": "ouders"}).status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    # Memberships, the logs and the requests to invite change elsewhere (the colleagues page,
    # the verbs, the dashboard): shown only.
    read_only = model._meta.model_name in {
        "membership",
        "membershipevent",
        "accountevent",
        "invitationrequest",
    }
    assert superuser_client.get(add).status_code == (403 if read_only else 200)


def test_organisation_page_has_locations_and_contact_persons_inline(superuser_client, directory):
    organisation = directory["A"].organisation
    LocationFactory(organisation=organisation, name="Praktijk aan de Brink")
    ContactPersonFactory(organisation=organisation, name="Fenna Fictief")
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    page = superuser_client.get(url).content.decode()
    assert "Praktijk aan de Brink" in page and "Fenna Fictief" in page


def test_intervention_page_lists_its_contact_persons(superuser_client, directory):
    intervention: Intervention = directory["A"]
    ContactPersonFactory(
        organisation=intervention.organisation, name="Fenna Fictief", interventions=[intervention]
    )
    url = reverse("admin:organisations_intervention_change", args=[intervention.pk])
    response = superuser_client.get(url)
    assert response.status_code == 200
    assert "Fenna Fictief" in response.content.decode()


def test_staff_without_permissions_cannot_change_the_directory(client, directory):
    client.force_login(UserFactory(is_staff=True))
    url = reverse("admin:organisations_intervention_change", args=[directory["A"].pk])
    assert client.get(url).status_code == 403
