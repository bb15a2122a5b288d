"""Klopt er iets niet? Professionals report corrections; editors and coordinators review them."""

import threading
import time

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from organisations.models import (
    Correction,
    CorrectionAlreadyReviewed,
    CorrectionStatus,
    InterventionStatus,
    MembershipRole,
)
from tests.factories import (
    InterventionFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)

NEW_PHONE = "0570 99 88 77"


@pytest.fixture
def intervention(organisation):
    return InterventionFactory(
        organisation=organisation, name="Budgetmaatje", slug="budgetmaatje", waiting_weeks=2
    )


@pytest.fixture
def correction(organisation, professional):
    """An open report by the professional that the organisation's phone number is wrong."""
    return Correction.objects.create(
        organisation=organisation,
        field_name="phone",
        description="Dit nummer is afgesloten; de receptie heeft een nieuw nummer.",
        suggested_value=NEW_PHONE,
        reported_by=professional,
    )


def detail_url(correction) -> str:
    return reverse("organisations:correction_detail", args=[correction.pk])


def accept_url(correction) -> str:
    return reverse("organisations:correction_accept", args=[correction.pk])


def reject_url(correction) -> str:
    return reverse("organisations:correction_reject", args=[correction.pk])


def report_url(entry) -> str:
    kind = "organisation" if entry._meta.model_name == "organisation" else "intervention"
    return reverse(f"organisations:report_{kind}_correction", args=[entry.slug])


def levels(response) -> list[str]:
    """The levels of the messages shown on the page."""
    return [message.level_tag for message in response.context["messages"]]


QUEUE_URL = "/beheer/correcties/"
MY_REPORTS_URL = "/beheer/correcties/mijn-meldingen/"


# --- The whole workflow ---


def test_a_reported_correction_is_reviewed_applied_and_the_reporter_told(
    login,
    professional,
    editor,
    other_editor,
    coordinator,
    organisation,
    django_capture_on_commit_callbacks,
):
    """Professional reports → editor and coordinator see it, the other editor does not →
    editor accepts → the entry changed, by the editor in its history → the reporter is told."""
    reporter = login(professional)
    page = reporter.get(report_url(organisation))
    assert page.status_code == 200
    assert 'value="phone"' in page.content.decode()

    assert not Correction.objects.exists()
    response = reporter.post(
        report_url(organisation),
        {
            "field_name": "phone",
            "description": "Het nummer is afgesloten.",
            "suggested_value": NEW_PHONE,
        },
        follow=True,
    )
    assert response.redirect_chain == [(organisation.get_absolute_url(), 302)]
    assert levels(response) == ["success"]
    correction = Correction.objects.get()
    assert (correction.organisation, correction.intervention) == (organisation, None)
    assert (correction.field_name, correction.suggested_value) == ("phone", NEW_PHONE)
    assert correction.reported_by == professional and correction.status == CorrectionStatus.OPEN

    for reviewer in (editor, coordinator):
        queue = login(reviewer).get(QUEUE_URL).content.decode()
        assert detail_url(correction) in queue
    assert detail_url(correction) not in login(other_editor).get(QUEUE_URL).content.decode()
    assert login(other_editor).get(detail_url(correction)).status_code == 404

    review = login(editor)
    page = review.get(detail_url(correction)).content.decode()
    assert "0570 12 34 56" in page and NEW_PHONE in page  # now and suggested, side by side
    assert accept_url(correction) in page and reject_url(correction) in page

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = review.post(accept_url(correction), {"accept-value": NEW_PHONE})
    assert response.status_code == 302
    assert response.url == QUEUE_URL

    organisation.refresh_from_db()
    assert organisation.phone == NEW_PHONE
    assert organisation.history.first().history_user == editor
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.ACCEPTED
    assert correction.reviewed_by == editor and correction.reviewed_at is not None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [professional.email]
    assert settings.PORTAL_BASE_URL.rstrip("/") + detail_url(correction) in message.body
    assert NEW_PHONE not in message.body and NEW_PHONE not in message.subject
    assert organisation.name not in message.body

    outcome = reporter.get(detail_url(correction)).content.decode()
    assert correction.get_status_display() in outcome
    assert accept_url(correction) not in outcome  # the reporter only reads the outcome


def test_the_organisations_editors_are_told_a_correction_waits(
    login,
    professional,
    editor,
    other_editor,
    coordinator,
    organisation,
    intervention,
    django_capture_on_commit_callbacks,
):
    inactive_editor = UserFactory(is_active=False)
    MembershipFactory(user=inactive_editor, organisation=organisation, role=MembershipRole.EDITOR)
    with django_capture_on_commit_callbacks(execute=True):
        login(professional).post(
            report_url(intervention),
            {"field_name": "waiting_weeks", "description": "Er is geen wachtlijst meer."},
        )
    assert [message.to for message in mail.outbox] == [[editor.email]]
    message = mail.outbox[0]
    assert QUEUE_URL in message.body
    assert intervention.name not in message.body and "wachtlijst" not in message.body


def test_an_editor_reporting_on_their_own_entry_gets_no_email_about_it(
    login, editor, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(
            report_url(organisation),
            {"field_name": "anders", "description": "De openingstijden kloppen niet."},
        )
    assert response.status_code == 302
    assert Correction.objects.get().field_name == ""
    assert mail.outbox == []


def test_the_reviewer_may_improve_the_suggestion_before_accepting(
    login, editor, correction, organisation
):
    response = login(editor).post(accept_url(correction), {"accept-value": "0570 11 11 11"})
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.phone == "0570 11 11 11"


def test_an_accepted_waiting_time_updates_the_capacity_date(
    login, coordinator, professional, intervention
):
    intervention.capacity_updated_on = None
    intervention.save()
    correction = Correction.objects.create(
        organisation=intervention.organisation,
        intervention=intervention,
        field_name="waiting_weeks",
        description="Nu zes weken wachttijd.",
        suggested_value="6",
        reported_by=professional,
    )
    response = login(coordinator).post(accept_url(correction))
    assert response.status_code == 302
    intervention.refresh_from_db()
    assert intervention.waiting_weeks == 6
    assert intervention.capacity_updated_on == timezone.localdate()
    assert intervention.history.first().history_user == coordinator


def test_something_else_is_marked_handled_without_changing_the_entry(
    login, editor, professional, organisation, django_capture_on_commit_callbacks
):
    correction = Correction.objects.create(
        organisation=organisation,
        description="De organisatie is verhuisd.",
        reported_by=professional,
    )
    records = organisation.history.count()
    page = login(editor).get(detail_url(correction)).content.decode()
    assert 'name="accept-value"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(accept_url(correction))
    assert response.status_code == 302
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.ACCEPTED
    assert organisation.history.count() == records
    assert [message.to for message in mail.outbox] == [[professional.email]]


# --- Rejecting ---


def test_rejecting_needs_a_reason(
    login, editor, correction, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(reject_url(correction), {"reject-reason": "  "})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_reject-reason_error"' in page
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN and correction.reviewed_at is None
    assert mail.outbox == []


def test_a_rejection_keeps_the_entry_and_tells_the_reporter_why(
    login, editor, professional, correction, organisation, django_capture_on_commit_callbacks
):
    reason = "Dit nummer werkt wel; het is alleen 's middags bereikbaar."
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(reject_url(correction), {"reject-reason": reason})
    assert response.status_code == 302
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.REJECTED
    assert correction.rejection_reason == reason and correction.reviewed_by == editor
    organisation.refresh_from_db()
    assert organisation.phone == "0570 12 34 56"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [professional.email]
    assert "middags" not in mail.outbox[0].body
    outcome = login(professional).get(detail_url(correction)).content.decode()
    assert "middags" in outcome


def test_reject_refuses_an_empty_reason_in_the_model_too(editor, correction):
    with pytest.raises(ValueError):
        correction.reject(by=editor, reason=" ")
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN


# --- Invalid values change nothing ---


def test_an_invalid_suggestion_is_refused_next_to_the_field_when_reported(
    login, professional, organisation
):
    response = login(professional).post(
        report_url(organisation),
        {"field_name": "phone", "description": "Nieuw nummer.", "suggested_value": "12345"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_suggested_value_error"' in page
    assert "Vul een Nederlands telefoonnummer in" in page
    assert "12345" in page  # what was typed is kept
    assert not Correction.objects.exists()


def test_an_invalid_value_is_refused_next_to_the_field_when_accepted(
    login, editor, correction, organisation, django_capture_on_commit_callbacks
):
    records = organisation.history.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(accept_url(correction), {"accept-value": "12345"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_accept-value_error"' in page
    assert "Vul een Nederlands telefoonnummer in" in page
    organisation.refresh_from_db()
    assert organisation.phone == "0570 12 34 56"
    assert organisation.history.count() == records
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN
    assert mail.outbox == []


def test_a_value_that_breaks_the_entrys_rules_is_refused(login, editor, professional, intervention):
    intervention.status = InterventionStatus.TEMPORARILY_CLOSED
    intervention.status_notice = "Gesloten tot 1 maart."
    intervention.save()
    correction = Correction.objects.create(
        organisation=intervention.organisation,
        intervention=intervention,
        field_name="status_notice",
        description="Ze zijn weer open.",
        reported_by=professional,
    )
    response = login(editor).post(accept_url(correction), {"accept-value": ""})
    assert response.status_code == 200
    assert 'id="id_accept-value_error"' in response.content.decode()
    intervention.refresh_from_db()
    assert intervention.status_notice == "Gesloten tot 1 maart."
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN


def test_a_required_field_cannot_be_emptied(login, editor, professional, organisation):
    correction = Correction.objects.create(
        organisation=organisation,
        field_name="name",
        description="Naam klopt niet.",
        reported_by=professional,
    )
    response = login(editor).post(accept_url(correction), {"accept-value": ""})
    assert response.status_code == 200
    organisation.refresh_from_db()
    assert organisation.name == "Sociaal Wijkteam Deventer"


# --- A correction is answered once ---


def test_a_second_answer_is_refused_and_changes_nothing(
    login, editor, coordinator, correction, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        login(editor).post(accept_url(correction), {"accept-value": NEW_PHONE})
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = login(coordinator).post(
            accept_url(correction), {"accept-value": "0570 22 22 22"}, follow=True
        )
        rejected = login(coordinator).post(
            reject_url(correction), {"reject-reason": "Toch niet."}, follow=True
        )
    for response in (again, rejected):
        assert response.redirect_chain == [(detail_url(correction), 302)]
        assert levels(response) == ["error"]
    organisation.refresh_from_db()
    assert organisation.phone == NEW_PHONE
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.ACCEPTED and correction.reviewed_by == editor
    assert correction.rejection_reason == ""
    assert mail.outbox == []


def test_the_history_names_the_reviewer_outside_a_request_too(coordinator, correction):
    correction.accept(by=coordinator)
    record = correction.organisation.history.first()
    assert record.history_user == coordinator and record.phone == NEW_PHONE


def test_a_deleted_reporters_correction_can_still_be_answered(
    editor, correction, django_capture_on_commit_callbacks
):
    correction.reported_by.delete()
    correction.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        correction.reject(by=editor, reason="Niet te controleren.")
    assert correction.status == CorrectionStatus.REJECTED and mail.outbox == []


def test_the_verbs_guard_the_state(editor, correction):
    correction.accept(by=editor)
    with pytest.raises(CorrectionAlreadyReviewed):
        correction.accept(by=editor)
    with pytest.raises(CorrectionAlreadyReviewed):
        correction.reject(by=editor, reason="Toch niet.")
    assert correction.status == CorrectionStatus.ACCEPTED


# --- Who may do what ---


def test_anonymous_visitors_are_sent_to_sign_in_on_every_url(anonymous, correction, intervention):
    urls = [
        report_url(correction.organisation),
        report_url(intervention),
        QUEUE_URL,
        MY_REPORTS_URL,
        detail_url(correction),
    ]
    for url in urls:
        response = anonymous.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:login")), url
    for url in [*urls[:2], accept_url(correction), reject_url(correction)]:
        response = anonymous.post(url, {"accept-value": "x", "reject-reason": "x"})
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:login")), url
    correction.refresh_from_db()
    assert (
        correction.status == CorrectionStatus.OPEN
        and not Correction.objects.exclude(pk=correction.pk).exists()
    )


def test_review_steps_only_accept_post(login, editor, correction, intervention):
    client = login(editor)
    for url in (accept_url(correction), reject_url(correction)):
        assert client.get(url).status_code == 405
    for entry in (correction.organisation, intervention):
        assert client.put(report_url(entry)).status_code == 405
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN and Correction.objects.count() == 1


@pytest.mark.parametrize(
    "persona, detail, queue, answer",
    [
        ("editor", 200, 200, 302),  # editor of the correction's organisation
        ("other_editor", 404, 200, 404),  # editor of another organisation
        ("coordinator", 200, 200, 302),
        ("professional", 200, 403, 403),  # the reporter: reads the outcome, may not review
        ("bystander", 404, 403, 404),  # a professional of another organisation
    ],
)
def test_permission_matrix(request, login, correction, persona, detail, queue, answer):
    if persona == "bystander":
        user = UserFactory()
        MembershipFactory(user=user, organisation=OrganisationFactory())
    else:
        user = request.getfixturevalue(persona)
    client = login(user)
    assert client.get(detail_url(correction)).status_code == detail
    assert client.get(QUEUE_URL).status_code == queue
    assert client.get(MY_REPORTS_URL).status_code == 200
    assert client.post(reject_url(correction), {"reject-reason": "Nee."}).status_code == answer
    correction.refresh_from_db()
    assert correction.status == (
        CorrectionStatus.REJECTED if answer == 302 else CorrectionStatus.OPEN
    )


@pytest.mark.parametrize("persona", ["professional", "editor", "other_editor", "coordinator"])
def test_every_signed_in_user_can_report(request, login, persona, organisation, intervention):
    client = login(request.getfixturevalue(persona))
    for entry in (organisation, intervention):
        assert client.get(report_url(entry)).status_code == 200
        response = client.post(
            report_url(entry), {"field_name": "name", "description": "Spelfout in de naam."}
        )
        assert response.status_code == 302 and response.url == entry.get_absolute_url()
    assert Correction.objects.count() == 2


def test_accepting_needs_the_same_rights_as_rejecting(
    login, other_editor, professional, correction
):
    for user in (other_editor, professional):
        response = login(user).post(accept_url(correction), {"accept-value": NEW_PHONE})
        assert response.status_code == (404 if user == other_editor else 403)
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.OPEN
    assert correction.organisation.phone == "0570 12 34 56"


def test_a_coordinator_of_another_region_does_not_see_it(login, organisation, correction):
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150")
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")
    organisation.municipalities.set([deventer])
    regional = UserFactory(is_coordinator=True)
    regional.coordinated_municipalities.set([rotterdam])
    client = login(regional)
    assert client.get(detail_url(correction)).status_code == 404
    assert detail_url(correction) not in client.get(QUEUE_URL).content.decode()
    regional.coordinated_municipalities.set([deventer])
    assert client.get(detail_url(correction)).status_code == 200


def test_only_listed_entries_can_be_reported_on(login, professional, organisation, intervention):
    client = login(professional)
    intervention.status = InterventionStatus.INACTIVE
    intervention.save()
    assert client.get(report_url(intervention)).status_code == 404
    closed = OrganisationFactory(is_active=False)
    offer_of_closed = InterventionFactory(organisation=closed)
    assert client.get(report_url(closed)).status_code == 404
    assert client.get(report_url(offer_of_closed)).status_code == 404
    assert client.get("/organisaties/bestaat-niet/klopt-er-iets-niet/").status_code == 404


def test_the_form_offers_the_entrys_fields_by_their_dutch_names(login, professional, intervention):
    page = login(professional).get(report_url(intervention)).content.decode()
    assert 'value="waiting_weeks"' in page and "Wachttijd in weken" in page
    assert 'value="anders"' in page
    assert 'value="service_areas"' not in page  # not settable with one text
    page = login(professional).get(report_url(intervention.organisation)).content.decode()
    assert 'value="phone"' in page and "Telefoon" in page


def test_a_field_that_cannot_be_corrected_is_refused(login, professional, organisation):
    response = login(professional).post(
        report_url(organisation),
        {"field_name": "kvk_number", "description": "Ander nummer.", "suggested_value": "1"},
    )
    assert response.status_code == 200
    assert 'id="id_field_name_error"' in response.content.decode()
    assert not Correction.objects.exists()


def test_the_link_is_shown_to_signed_in_users_only(login, anonymous, professional, intervention):
    for entry, detail in (
        (intervention, intervention.get_absolute_url()),
        (intervention.organisation, intervention.organisation.get_absolute_url()),
    ):
        assert report_url(entry) in login(professional).get(detail).content.decode()
        assert report_url(entry) not in anonymous.get(detail).content.decode()


# --- Lists ---


def test_the_queue_shows_open_ones_and_all_on_request(
    login, editor, correction, professional, organisation
):
    handled = Correction.objects.create(
        organisation=organisation, description="Oud.", reported_by=professional
    )
    handled.reject(by=editor, reason="Klopt wel.")
    client = login(editor)
    page = client.get(QUEUE_URL).content.decode()
    assert detail_url(correction) in page and detail_url(handled) not in page
    page = client.get(QUEUE_URL + "?toon=alle").content.decode()
    assert page.index(detail_url(correction)) < page.index(detail_url(handled))


def test_reporters_see_their_own_reports(login, professional, correction, editor):
    other = Correction.objects.create(
        organisation=correction.organisation, description="Van een ander.", reported_by=editor
    )
    page = login(professional).get(MY_REPORTS_URL).content.decode()
    assert detail_url(correction) in page and detail_url(other) not in page


def many_corrections(organisation, count: int) -> None:
    for n in range(count):
        reporter = UserFactory()
        offer = InterventionFactory(organisation=organisation)
        Correction.objects.create(
            organisation=organisation,
            intervention=offer if n % 2 else None,
            field_name="name",
            description=f"Melding {n}",
            reported_by=reporter,
        )


@pytest.mark.parametrize("persona", ["editor", "coordinator"])
def test_the_queue_takes_a_fixed_number_of_queries(
    request, login, persona, organisation, django_assert_max_num_queries
):
    many_corrections(organisation, 12)
    client = login(request.getfixturevalue(persona))
    with django_assert_max_num_queries(11):
        response = client.get(QUEUE_URL + "?toon=alle")
    assert len(response.context["corrections"]) == 12


def test_my_reports_take_a_fixed_number_of_queries(
    login, professional, organisation, django_assert_max_num_queries
):
    many_corrections(organisation, 4)
    for offer in organisation.interventions.all():
        Correction.objects.create(
            organisation=organisation,
            intervention=offer,
            description="Van mij.",
            reported_by=professional,
        )
    client = login(professional)
    with django_assert_max_num_queries(8):
        response = client.get(MY_REPORTS_URL)
    assert len(response.context["corrections"]) == organisation.interventions.count()


# --- Two reviewers at once ---


@pytest.mark.postgres(reason="real concurrent transactions")
@pytest.mark.django_db(transaction=True)
def test_two_reviewers_at_once_cannot_both_answer():
    organisation = OrganisationFactory()
    correction = Correction.objects.create(
        organisation=organisation,
        field_name="phone",
        description="Nieuw nummer.",
        suggested_value=NEW_PHONE,
        reported_by=UserFactory(),
    )
    first, second = UserFactory(), UserFactory()
    holding = threading.Event()
    results: dict[str, str] = {}

    def accept_while_holding_the_lock():
        with transaction.atomic():
            Correction.objects.select_for_update().get(pk=correction.pk)
            holding.set()
            time.sleep(0.3)  # the other reviewer's transaction now waits for this row
            Correction.objects.get(pk=correction.pk).accept(by=first)

    def reject():
        holding.wait(5)
        Correction.objects.get(pk=correction.pk).reject(by=second, reason="Klopt wel.")

    def run(target, name: str) -> threading.Thread:
        def work():
            try:
                target()
                results[name] = "answered"
            except CorrectionAlreadyReviewed as refused:
                results[name] = f"refused while {refused.status}"
            finally:
                connection.close()

        thread = threading.Thread(target=work)
        thread.start()
        return thread

    for thread in [run(accept_while_holding_the_lock, "accept"), run(reject, "reject")]:
        thread.join(10)
    assert results == {"accept": "answered", "reject": "refused while accepted"}
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.ACCEPTED and correction.reviewed_by == first
    organisation.refresh_from_db()
    assert organisation.phone == NEW_PHONE
