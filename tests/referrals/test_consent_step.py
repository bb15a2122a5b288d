"""The consent step: the text shown once, in the language chosen for it (Dutch when hers has
none, and then it says so); a language without a text is marked and cannot be chosen; a
right-to-left text is marked as such."""

import pytest
from django.utils.translation import gettext

from consent.models import Client, ConsentRecord
from tests.conftest import signed_in
from tests.factories import ConsentTextFactory, InterventionFactory, MembershipFactory, UserFactory

from .referral_steps import approach, consent, family, start, step

pytestmark = pytest.mark.django_db

DUTCH = "Ik geef toestemming om deze gegevens te delen."
ENGLISH = "I agree that these details are shared."
ARABIC = "أوافق على مشاركة هذه البيانات."


@pytest.fixture
def http():
    sender = UserFactory()
    MembershipFactory(user=sender)
    return signed_in(sender)


@pytest.fixture
def offer():
    return InterventionFactory()


def consent_step(http, offer, language: str = "nl") -> str:
    url = start(http, f"aanbod={offer.slug}&zorgen=nee")
    http.post(step(url, "gezin"), family(**{"client-preferred_language": language}))
    http.post(step(url, "aanpak"), approach())
    return step(url, "toestemming")


def test_the_text_is_shown_once_in_the_parents_language(http, offer):
    ConsentTextFactory(body=DUTCH)
    ConsentTextFactory(language="en", body=ENGLISH)
    page = http.get(consent_step(http, offer, "en")).content.decode()
    assert page.count(ENGLISH) == 1 and DUTCH not in page
    assert 'lang="en" dir="ltr"' in page


def test_another_language_is_shown_on_request_and_recorded(http, offer):
    ConsentTextFactory(body=DUTCH)
    english = ConsentTextFactory(language="en", body=ENGLISH)
    url = consent_step(http, offer, "nl")
    shown = http.post(url, {"consent-consent_language": "en", "show_language": "1"})
    assert shown.status_code == 302 and shown.url == url
    page = http.get(url).content.decode()
    assert ENGLISH in page and DUTCH not in page
    assert http.post(url, consent(**{"consent-consent_language": "en"})).status_code == 302
    http.post(step(url, "controleren"), {"send": "1"})
    assert ConsentRecord.objects.get().consent_text == english


def test_choosing_another_language_without_showing_it_asks_to_show_it_first(http, offer):
    ConsentTextFactory(body=DUTCH)
    ConsentTextFactory(language="en", body=ENGLISH)
    url = consent_step(http, offer, "nl")
    data = consent(**{"consent-consent_language": "en", "consent-shown_language": "nl"})
    response = http.post(url, data)
    assert response.status_code == 200
    assert response.context["form"].has_error("consent_language", "not_shown")
    content = response.content.decode()
    assert ENGLISH in content and DUTCH not in content  # now she can be shown it
    # The confirmation was for the other text: asked again.
    check = http.get(step(url, "controleren"))
    assert check.status_code == 302 and check.url == url


def test_a_language_without_a_text_is_marked_and_cannot_be_chosen(http, offer):
    ConsentTextFactory(body=DUTCH)
    url = consent_step(http, offer, "es")
    page = http.get(url).content.decode()
    assert DUTCH in page  # hers has no text yet: the Dutch one, and it says so
    spanish = gettext("Spanish")
    note = gettext(
        "There is no consent text in %(language)s yet: the Dutch text is shown. Use an "
        "interpreter to explain it."
    )
    assert note % {"language": spanish} in page
    assert f'<option value="es" disabled>{spanish} ({gettext("not yet translated")})' in page
    refused = http.post(url, consent(**{"consent-consent_language": "es"}))
    assert refused.status_code == 200
    assert refused.context["form"].has_error("consent_language")
    assert not Client.objects.exists()


def test_a_right_to_left_text_is_marked_so(http, offer):
    ConsentTextFactory(body=DUTCH)
    ConsentTextFactory(language="ar", body=ARABIC)
    url = consent_step(http, offer, "nl")
    http.post(url, {"consent-consent_language": "ar", "show_language": "1"})
    page = http.get(url).content.decode()
    assert 'lang="ar" dir="rtl"' in page and ARABIC in page and DUTCH not in page
