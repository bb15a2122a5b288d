"""The parent's rights: everything held about her (art. 15) as a page and a JSON file, and
erasure (art. 17) once nothing is in progress. Both need the second factor, freshly given, and
both are logged."""

import datetime
import json

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from accounts.decorators import SECOND_FACTOR_AT
from consent.models import AccessAction, AccessLogEntry, Client
from mail.models import OutgoingEmail
from referrals.models import Meeting, Message, Outcome, Referral, ReferralEvent

pytestmark = pytest.mark.django_db
SECOND_FACTOR = reverse("accounts:second_factor")


def url(name: str, client: Client) -> str:
    return reverse(f"privacy:{name}", args=[client.pk])


def exports(client: Client, *, granted: bool = True) -> int:
    return AccessLogEntry.objects.filter(
        client=client, action=AccessAction.EXPORT, granted=granted
    ).count()


def test_the_officer_finds_her_by_name_and_date_of_birth_without_a_url(case, verified_login):
    officer = verified_login(case["officer"])
    find = reverse("privacy:find_client")
    assert officer.get(find).status_code == 200
    found = officer.post(find, {"full_name": " fenna fictief ", "date_of_birth": "2000-05-17"})
    assert found.context["found"] == [case["client"]]
    assert url("subject_access", case["client"]) in found.content.decode()
    assert AccessLogEntry.objects.filter(client=case["client"], granted=True).exists()
    nobody = officer.post(find, {"full_name": "Fenna Fictief", "date_of_birth": "2001-05-17"})
    assert nobody.context["found"] == []
    invalid = officer.post(find, {"full_name": "", "date_of_birth": "gisteren"})
    assert invalid.status_code == 200 and set(invalid.context["form"].errors) == {
        "full_name",
        "date_of_birth",
    }


def test_everything_she_can_ask_for_is_on_the_page_and_its_production_is_logged(
    case, verified_login
):
    response = verified_login(case["officer"]).get(url("subject_access", case["client"]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    for shown in (
        "Fenna Fictief",
        "06 9876 5432",
        case["consent"].consent_text.body,
        "Zorgen over geld rond de bevalling.",
        "Zij is &#x27;s ochtends het best bereikbaar.",
        case["receiving"].name,
    ):
        assert shown in page, shown
    assert case["officer"].email not in page  # employees are not named to her (C-579/21)
    assert exports(case["client"]) == 1


def test_the_json_file_holds_the_same_and_is_named_by_reference(case, verified_login):
    response = verified_login(case["officer"]).get(url("subject_access_json", case["client"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == (
        f'attachment; filename="inzage-{case["client"].pk}.json"'
    )
    data = json.loads(response.content)
    assert data["client"]["name"] == "Fenna Fictief"
    assert data["client"]["date_of_birth"] == "2000-05-17"
    assert [consent["recipient_organisation"] for consent in data["consents"]] == [
        case["receiving"].name
    ]
    (referral,) = data["referrals"]
    assert referral["reason"] == "Zorgen over geld rond de bevalling."
    assert referral["messages"][0]["text"] == "Zij is 's ochtends het best bereikbaar."
    assert [event["what"] for event in referral["timeline"]]
    assert data["access_log"], "the log of who saw her data is part of it"
    assert exports(case["client"]) == 1


def test_exporting_asks_for_the_second_factor_again_after_a_while(case, verified_login):
    officer = verified_login(case["officer"])
    session = officer.session
    session[SECOND_FACTOR_AT] -= 6 * 60
    session.save()
    for name in ("subject_access", "subject_access_json", "erase"):
        response = officer.get(url(name, case["client"]))
        assert response.status_code == 302
        assert response["Location"].startswith(SECOND_FACTOR)
    assert exports(case["client"]) == 0
    assert officer.get(reverse("privacy:access_log")).status_code == 200  # reading the log: no


def test_only_her_organisations_officer_may_export_or_erase(case, verified_login):
    other = verified_login(case["other_officer"])
    for name in ("subject_access", "subject_access_json", "erase"):
        assert other.get(url(name, case["client"])).status_code == 404
    assert other.post(url("erase", case["client"]), {"confirm": "on"}).status_code == 404
    assert Client.objects.filter(pk=case["client"].pk).exists()
    refused = AccessLogEntry.objects.filter(client=case["client"], granted=False)
    assert refused.count() == 4 and {entry.user for entry in refused} == {case["other_officer"]}
    sender = verified_login(case["sender"])
    assert sender.get(url("subject_access", case["client"])).status_code == 403
    missing = url("subject_access", Client(pk="00000000-0000-0000-0000-000000000000"))
    assert verified_login(case["officer"]).get(missing).status_code == 404


def test_erasure_waits_until_nothing_is_in_progress(case, verified_login):
    officer = verified_login(case["officer"])
    page = officer.get(url("erase", case["client"]))
    assert page.status_code == 200 and page.context["open_referrals"] == 1
    response = officer.post(url("erase", case["client"]), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == url("erase", case["client"])
    assert Client.objects.filter(pk=case["client"].pk).exists()
    assert Referral.objects.filter(client=case["client"]).exists()


def test_erasure_must_be_confirmed(case, verified_login):
    case["referral"].withdraw(by=case["sender"])
    officer = verified_login(case["officer"])
    response = officer.post(url("erase", case["client"]), {})
    assert response.status_code == 200 and "confirm" in response.context["form"].errors
    assert Client.objects.filter(pk=case["client"].pk).exists()


def test_erasure_removes_her_and_leaves_no_orphans_and_a_log_entry(case, verified_login):
    referral = case["referral"]
    referral.accept(by=case["recipient"])
    referral.post_message(
        by=case["sender"],
        organisation=referral.sender_organisation,
        body="Samen langs?",
        meeting_at=timezone.now() + datetime.timedelta(days=2),
        meeting_place="Praktijk",
    )
    referral.close(by=case["recipient"], outcome=Outcome.GOT_HELP)
    assert OutgoingEmail.objects.about([referral]).exists()  # the sender was told of both
    officer = verified_login(case["officer"])
    officer.get(url("subject_access", case["client"]))
    client_pk = case["client"].pk
    entries_before = AccessLogEntry.objects.count()
    response = officer.post(url("erase", case["client"]), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("privacy:find_client")
    assert not Client.objects.filter(pk=client_pk).exists()
    assert not Referral.objects.exists()
    assert not OutgoingEmail.objects.filter(about_type="referrals.referral").exists()
    for model in (Message, Meeting, ReferralEvent, Referral.themes.through):
        assert not model.objects.exists(), model
    assert not apps.get_model("consent", "ConsentRecord").objects.exists()
    assert AccessLogEntry.objects.count() == entries_before + 1
    assert not AccessLogEntry.objects.filter(client__isnull=False).exists()
    erased = AccessLogEntry.objects.get(action=AccessAction.ERASE)
    assert (erased.user, erased.object_id, erased.granted) == (
        case["officer"],
        str(client_pk),
        True,
    )
    assert erased.organisation == case["sending"]
    assert officer.get(reverse("privacy:erase", args=[client_pk])).status_code == 404


def test_printing_the_consent_receipt_asks_for_the_second_factor_again(
    case, verified_login, settings
):
    settings.PORTAL_REQUIRE_MFA = True
    sender = verified_login(case["sender"])
    receipt = reverse("consent:receipt", args=[case["consent"].pk])
    assert sender.get(receipt).status_code == 200
    session = sender.session
    session[SECOND_FACTOR_AT] -= 6 * 60
    session.save()
    response = sender.get(receipt)
    assert response.status_code == 302 and response["Location"].startswith(SECOND_FACTOR)
    assert sender.get(reverse("referrals:list")).status_code == 200  # the rest still works
