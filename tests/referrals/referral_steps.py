"""Walking the referral form's steps through the test client, as a professional would."""

import datetime

from django.urls import reverse
from django.utils import timezone

NEW = reverse("referrals:new")


def family(**overrides) -> dict:
    today = timezone.localdate()
    return {
        "client-full_name": "Fenna Fictief",
        "client-date_of_birth": "1999-04-12",
        "client-phone": "06 1234 5678",
        "client-postcode": "7411 AB",
        "client-due_date": (today + datetime.timedelta(days=90)).isoformat(),
        "client-preferred_language": "nl",
        **overrides,
    }


def approach(**overrides) -> dict:
    return {
        "referral-reason": "Eerste kind, weinig steun in de buurt.",
        "referral-urgency": "normal",
        "referral-contact_method": "phone",
        "referral-sender_phone": "0570 12 34 56",
        **overrides,
    }


def consent(**overrides) -> dict:
    today = timezone.localdate()
    return {
        "consent-consent_language": "nl",
        "consent-relation": "self",
        "consent-method": "verbal_in_person",
        "consent-parent_present": "on",
        "consent-purpose": "Extra kraamzorg regelen",
        "consent-categories": ["contact_details", "referral_reason"],
        "consent-valid_until": (today + datetime.timedelta(days=180)).isoformat(),
        "consent-text_shown": "on",
        **overrides,
    }


def basis(**overrides) -> dict:
    return {
        "basis-legal_basis": "meldcode",
        "basis-basis_justification": "Partner dreigt met geweld; de baby is in gevaar.",
        "basis-meldcode_followed": "on",
        **overrides,
    }


def start(http, query: str) -> str:
    """Open the form (past the safety question when `query` answers it): the first step's
    address."""
    response = http.get(f"{NEW}?{query}")
    assert response.status_code == 302, response.status_code
    return response.url


def step(url: str, name: str) -> str:
    """The address of another step of the same form."""
    return url.rsplit("/", 2)[0] + f"/{name}/"


def refer(
    http,
    query: str,
    *,
    family_data: dict | None = None,
    approach_data: dict | None = None,
    consent_data: dict | None = None,
    basis_data: dict | None = None,
    send: bool = True,
):
    """Fill in every step and send (or save as a draft); the last response."""
    url = start(http, query)
    safety = "zorgen=ja" in query
    for name, data in [
        ("gezin", family() if family_data is None else family_data),
        ("aanpak", approach() if approach_data is None else approach_data),
        ("grondslag", basis() if basis_data is None else basis_data)
        if safety
        else ("toestemming", consent() if consent_data is None else consent_data),
    ]:
        response = http.post(step(url, name), data)
        if response.status_code != 302:
            return response
    return http.post(step(url, "controleren"), {"send" if send else "draft": "1"})
