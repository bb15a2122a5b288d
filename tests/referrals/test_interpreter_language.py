"""The recipient sees which language the parent speaks whenever an interpreter is needed, on
the referral and in the inbox row, and only while the policy shows her contact details."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.translation import gettext, override

from consent.models import PARENT_LANGUAGES, Client, ConsentMethod
from referrals.models import Referral
from tests.conftest import signed_in

INBOX = reverse("referrals:list")


def tigrinya() -> str:
    with override("nl"):
        return str(dict(PARENT_LANGUAGES)["ti"])


def interpreter(language: str) -> str:
    with override("nl"):
        return gettext("Interpreter: %(language)s") % {"language": language}


def needs_interpreter(parties, needed: bool = True) -> Referral:
    referral = parties["referral"]
    Referral.objects.filter(pk=referral.pk).update(interpreter_needed=needed)
    Client.objects.filter(pk=referral.client_id).update(preferred_language="ti")
    return referral


@pytest.mark.parametrize("page", ["detail", "inbox"])
def test_the_recipient_sees_her_language_when_an_interpreter_is_needed(parties, page):
    referral = needs_interpreter(parties)
    url = referral.get_absolute_url() if page == "detail" else INBOX
    html = signed_in(parties["recipient"]).get(url).content.decode()
    if page == "detail":  # next to "interpreter needed", not only among her details
        assert f'<span class="interpreter-language">({tigrinya()})</span>' in html
    else:
        assert f'<span class="badge">{interpreter(tigrinya())}</span>' in html


def test_the_inbox_names_no_language_when_no_interpreter_is_needed(parties):
    needs_interpreter(parties, needed=False)
    html = signed_in(parties["recipient"]).get(INBOX).content.decode()
    assert tigrinya() not in html


@pytest.mark.parametrize("page", ["detail", "inbox"])
def test_the_language_is_hidden_once_the_policy_hides_her_contact_details(parties, page):
    referral = needs_interpreter(parties)
    parties["consent"].withdraw(by=parties["sender"], channel=ConsentMethod.PHONE)
    url = referral.get_absolute_url() if page == "detail" else INBOX
    html = signed_in(parties["recipient"]).get(url).content.decode()
    assert tigrinya() not in html


def test_the_inbox_with_interpreter_languages_stays_within_its_query_budget(
    parties, django_assert_max_num_queries
):
    needs_interpreter(parties)
    http = signed_in(parties["recipient"])
    http.get(INBOX)  # warm the session and the process's caches
    with django_assert_max_num_queries(12):
        assert http.get(INBOX).status_code == 200
