"""Every URL under /beheer/, found from the URL configuration itself (so a new one cannot be
forgotten): visitors are sent to sign in, and a professional without maintenance rights never
gets a page or changes anything — whatever the method."""

import pytest
from django.urls import get_resolver, reverse

from organisations.models import (
    Correction,
    DirectoryImport,
    Intervention,
    Invitation,
    Organisation,
)
from tests.factories import ContactPersonFactory, InterventionFactory, LocationFactory

# Pages every signed-in user has: the reports they made themselves.
OPEN_TO_EVERY_PROFESSIONAL = {"my_corrections"}


@pytest.fixture
def maintenance_objects(organisation, editor, coordinator):
    """One object of each kind a /beheer/ URL points to, all of the editor's organisation."""
    intervention = InterventionFactory(organisation=organisation)
    invitation, _token = Invitation.send_new(
        email="nieuw@wijk.example", organisation=organisation, role="professional", by=editor
    )
    return {
        "organisation": organisation,
        "intervention": intervention,
        "location": LocationFactory(organisation=organisation),
        "contact": ContactPersonFactory(organisation=organisation),
        "membership": organisation.memberships.get(user=editor),
        "correction": Correction.objects.create(
            organisation=organisation, description="Het telefoonnummer klopt niet."
        ),
        "import": DirectoryImport.objects.create(
            uploaded_by=coordinator, file_name="regio.csv", content=b"soort\n"
        ),
        "invitation": invitation,
        "history": intervention.history.first(),
    }


def maintenance_url_names() -> list[str]:
    names = []
    for pattern in get_resolver().url_patterns:
        for inner in getattr(pattern, "url_patterns", []):
            if getattr(pattern, "namespace", None) == "organisations" and str(
                inner.pattern
            ).startswith("beheer/"):
                names.append(inner.name)
    return names


def url_for(name: str, objects: dict) -> str:
    """Fill in the URL's arguments with the objects of the editor's organisation."""
    route = next(
        str(p.pattern)
        for ns in get_resolver().url_patterns
        if getattr(ns, "namespace", None) == "organisations"
        for p in ns.url_patterns
        if p.name == name
    )
    if "<str:kind>" in route:
        return reverse(f"organisations:{name}", args=["intervention", objects["history"].pk])
    segment_objects = {
        "organisaties/<slug:slug>": objects["organisation"].slug,
        "aanbod/<slug:slug>": objects["intervention"].slug,
        "locaties/<int:pk>": objects["location"].pk,
        "contactpersonen/<int:pk>": objects["contact"].pk,
        "medewerkers/<int:pk>": objects["membership"].pk,
        "correcties/<int:pk>": objects["correction"].pk,
        "import/<int:pk>": objects["import"].pk,
        "uitnodigingen/<int:pk>": objects["invitation"].pk,
    }
    for segment, value in segment_objects.items():
        if segment in route:
            return reverse(f"organisations:{name}", args=[value])
    assert "<" not in route, f"add the objects for {route} to this test"
    return reverse(f"organisations:{name}")


def test_the_list_of_maintenance_urls_is_complete():
    names = set(maintenance_url_names())
    assert {"dashboard", "edit_intervention", "correction_list", "import_upload", "export"} <= names
    assert len(names) >= 30


def test_visitors_are_asked_to_sign_in_everywhere(anonymous, maintenance_objects):
    for name in maintenance_url_names():
        url = url_for(name, maintenance_objects)
        for method in ("get", "post"):
            response = getattr(anonymous, method)(url)
            if method == "get" and response.status_code == 405:
                continue  # a POST-only action: nothing to show, nothing done
            assert response.status_code == 302, (method, url)
            assert response["Location"].startswith(reverse("accounts:login")), url


def test_a_professional_without_rights_gets_nothing(professional, maintenance_objects, login):
    client = login(professional)
    organisation = maintenance_objects["organisation"]
    before = (
        organisation.memberships.count(),
        Intervention.objects.listed().count(),
        Correction.objects.open().count(),
        Organisation.objects.active().count(),
    )
    for name in maintenance_url_names():
        if name in OPEN_TO_EVERY_PROFESSIONAL:
            continue
        url = url_for(name, maintenance_objects)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code in (403, 404, 405), (method, url, response.status_code)
    after = (
        organisation.memberships.count(),
        Intervention.objects.listed().count(),
        Correction.objects.open().count(),
        Organisation.objects.active().count(),
    )
    assert after == before
    assert Invitation.objects.pending().count() == 1
