"""An intervention's status changes only through its verbs (deactivate, reactivate,
close_temporarily): the maintenance button, the edit form and the spreadsheet import end in the
same state with the same history record, so a deactivation always resets what the verb resets."""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from organisations.forms import InterventionForm
from organisations.models import Intervention, InterventionStatus
from organisations.spreadsheets import import_directory
from tests.factories import InterventionFactory
from tests.organisations.test_import_export import make_xlsx

pytestmark = pytest.mark.django_db

NOTICE = "Zomerstop tot 1 september."


@pytest.fixture
def closed(organisation) -> Intervention:
    """A temporarily closed intervention of the editor's organisation."""
    intervention = InterventionFactory(organisation=organisation)
    intervention.close_temporarily(by=None, notice=NOTICE)
    return intervention


def form_data(intervention: Intervention, **changes) -> dict:
    """The edit form as it shows this intervention, with `changes` typed in."""
    data = {}
    for name, value in model_to_dict(intervention, fields=InterventionForm._meta.fields).items():
        if isinstance(value, list):
            value = [related.pk for related in value]
        if value is None or value is False:
            continue  # an empty field or an unticked box is not posted
        data[name] = "on" if value is True else value
    return data | changes


def import_row(intervention: Intervention, **cells) -> dict:
    """An "Aanbod" sheet with this intervention's required columns and `cells`."""
    return {
        "Aanbod": [
            {
                "organisatie": intervention.organisation.slug,
                "sleutel": intervention.slug,
                "naam": intervention.name,
                "omschrijving": intervention.description,
                "samenvatting voor ouders": intervention.summary,
                "levensfasen": "; ".join(p.slug for p in intervention.life_phases.all()),
                "werkgebied": "; ".join(m.cbs_code for m in intervention.service_areas.all()),
                **cells,
            }
        ]
    }


def deactivate_by_button(intervention, user, login) -> None:
    login(user).post(reverse("organisations:deactivate_intervention", args=[intervention.slug]))


def deactivate_by_form(intervention, user, login) -> None:
    # The notice is still in its field, as the editor left it.
    data = form_data(intervention, status=InterventionStatus.INACTIVE, status_notice=NOTICE)
    response = login(user).post(
        reverse("organisations:edit_intervention", args=[intervention.slug]), data
    )
    assert response.status_code == 302


def deactivate_by_import(intervention, user, login) -> None:
    sheets = import_row(intervention, status="inactive", melding=NOTICE)
    summary = import_directory("kaart.xlsx", make_xlsx(sheets), by=user)
    assert not summary.errors and summary.counts["intervention"]["updated"] == 1


def deactivate_by_verb(intervention, user, login) -> None:
    intervention.deactivate(by=user)


def state(intervention: Intervention) -> dict:
    """What the intervention holds, apart from when it was saved."""
    values = model_to_dict(Intervention.objects.get(pk=intervention.pk))
    return {
        name: [related.pk for related in value] if isinstance(value, list) else value
        for name, value in values.items()
    }


def history_record(record) -> tuple:
    return (record.history_type, record.history_user, record.status, record.status_notice)


@pytest.mark.parametrize(
    "deactivate",
    [deactivate_by_button, deactivate_by_form, deactivate_by_import],
    ids=["button", "edit-form", "import"],
)
def test_every_way_to_deactivate_resets_what_the_verb_resets(
    deactivate, closed, editor, login, organisation
):
    twin = InterventionFactory(organisation=organisation)
    twin.close_temporarily(by=None, notice=NOTICE)
    deactivate_by_verb(twin, editor, login)
    expected = state(twin)

    before = closed.history.count()
    deactivate(closed, editor, login)

    after = state(closed)
    assert after["status"] == InterventionStatus.INACTIVE and after["status_notice"] == ""
    assert {k: v for k, v in after.items() if k not in {"id", "slug", "name"}} == {
        k: v for k, v in expected.items() if k not in {"id", "slug", "name"}
    }
    assert closed.history.count() == before + 1
    assert history_record(closed.history.first()) == history_record(twin.history.first())
    assert history_record(closed.history.first()) == ("~", editor, "inactive", "")


def test_the_form_closes_temporarily_and_reopens_through_the_verbs(editor, login, organisation):
    offer = InterventionFactory(organisation=organisation)
    url = reverse("organisations:edit_intervention", args=[offer.slug])
    client = login(editor)
    closing = form_data(offer, status=InterventionStatus.TEMPORARILY_CLOSED, status_notice=NOTICE)
    assert client.post(url, closing).status_code == 302
    offer.refresh_from_db()
    assert (offer.status, offer.status_notice) == (InterventionStatus.TEMPORARILY_CLOSED, NOTICE)
    reopening = form_data(offer, status=InterventionStatus.ACTIVE)
    assert client.post(url, reopening).status_code == 302
    offer.refresh_from_db()
    assert (offer.status, offer.status_notice) == (InterventionStatus.ACTIVE, "")
    assert [r.status for r in offer.history.all()[:2]] == ["active", "temporarily_closed"]


def test_an_import_that_reopens_clears_the_notice_and_one_that_closes_needs_one(
    closed, coordinator
):
    reopened = import_directory(
        "kaart.xlsx", make_xlsx(import_row(closed, status="active", melding="")), by=coordinator
    )
    assert not reopened.errors
    closed.refresh_from_db()
    assert (closed.status, closed.status_notice) == (InterventionStatus.ACTIVE, "")
    summary = import_directory(
        "kaart.xlsx",
        make_xlsx(import_row(closed, status="temporarily_closed", melding="")),
        by=coordinator,
    )
    assert summary.errors
    closed.refresh_from_db()
    assert closed.status == InterventionStatus.ACTIVE


def test_a_new_intervention_imported_as_inactive_is_made_by_the_verb(closed, coordinator):
    row = import_row(closed, status="inactive", melding=NOTICE)
    row["Aanbod"][0].update(sleutel="nieuw-aanbod", naam="Nieuw aanbod")
    summary = import_directory("kaart.xlsx", make_xlsx(row), by=coordinator)
    assert not summary.errors
    new = Intervention.objects.get(slug="nieuw-aanbod")
    assert (new.status, new.status_notice) == (InterventionStatus.INACTIVE, "")
    assert [history_record(r) for r in new.history.all()] == [("+", coordinator, "inactive", "")]


def test_a_temporary_closure_needs_a_notice():
    offer = InterventionFactory()
    with pytest.raises(ValueError):
        offer.close_temporarily(by=None, notice="  ")
    offer.refresh_from_db()
    assert offer.status == InterventionStatus.ACTIVE


def test_a_form_that_does_not_save_leaves_the_status_as_typed(closed, editor, login):
    """A refused edit shows the status the editor chose again, and nothing changes."""
    data = form_data(closed, status=InterventionStatus.INACTIVE, name="")
    response = login(editor).post(
        reverse("organisations:edit_intervention", args=[closed.slug]), data
    )
    assert response.status_code == 200
    assert response.context["form"]["status"].value() == InterventionStatus.INACTIVE
    closed.refresh_from_db()
    assert closed.status == InterventionStatus.TEMPORARILY_CLOSED
