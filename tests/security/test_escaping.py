"""Text typed by people — directory entries, a family's details, messages, corrections — is shown
back escaped on every page that shows it: a script or an HTML attribute break-out stays text."""

import datetime

from django.urls import reverse
from django.utils import timezone

from organisations.models import Correction, MembershipRole
from referrals.actions import send_referral
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    ContactPersonFactory,
    InterventionFactory,
    LocationFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

SCRIPT = "<script>alert('xss')</script>"
BREAK_OUT = '"><img src=x onerror=alert(1)>'
PAYLOAD = f"Hulp {SCRIPT} {BREAK_OUT}"


def assert_escaped(response) -> None:
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hulp " in page, "the text should be on this page"
    assert SCRIPT not in page
    assert "<img src=x onerror" not in page


def test_directory_text_is_escaped_on_public_and_maintenance_pages(
    editor, organisation, coordinator, login
):
    organisation.description = PAYLOAD
    organisation.save()
    intervention = InterventionFactory(
        organisation=organisation,
        name=f"Aanbod {PAYLOAD}",
        summary=PAYLOAD,
        description=PAYLOAD,
        cost_note=PAYLOAD[:200],
    )
    location = LocationFactory(
        organisation=organisation, name=f"Locatie {PAYLOAD}", walk_in_hours=PAYLOAD
    )
    intervention.locations.add(location)
    ContactPersonFactory(
        organisation=organisation,
        name=f"Hulp {SCRIPT}",
        job_title=BREAK_OUT,
        availability=PAYLOAD,
        interventions=[intervention],
    )
    client = login(editor)
    for url in (
        organisation.get_absolute_url(),
        intervention.get_absolute_url(),
        reverse("organisations:search") + "?q=aanbod",
        reverse("organisations:handout") + f"?aanbod={intervention.slug}",
        reverse("organisations:manage_organisation", args=[organisation.slug]),
        reverse("organisations:edit_intervention", args=[intervention.slug]),
        reverse("organisations:organisation_history", args=[organisation.slug]),
    ):
        assert_escaped(client.get(url))
    assert_escaped(login(coordinator).get(reverse("organisations:dashboard")))


def test_a_reported_correction_is_escaped_for_the_reviewer(editor, organisation, login):
    correction = Correction.objects.create(
        organisation=organisation,
        field_name="description",
        description=PAYLOAD,
        suggested_value=PAYLOAD,
        reported_by=UserFactory(),
    )
    url = reverse("organisations:correction_detail", args=[correction.pk])
    assert_escaped(login(editor).get(url))


def test_a_familys_details_and_messages_are_escaped(login, verified_login):
    sending, receiving = OrganisationFactory(), OrganisationFactory()
    sender, recipient = UserFactory(), UserFactory()
    MembershipFactory(user=sender, organisation=sending)
    MembershipFactory(user=recipient, organisation=receiving)
    family = ClientFactory(full_name=f"Hulp {SCRIPT}", organisation=sending, registered_by=sender)
    consent = ConsentRecordFactory(
        client=family, recorded_by=sender, recipient_organisation=receiving
    )
    referral = ReferralFactory(consent=consent, reason=PAYLOAD, best_times=PAYLOAD[:200])
    send_referral(referral, by=sender)
    referral.post_message(
        by=sender,
        organisation=sending,
        body=PAYLOAD,
        meeting_at=timezone.now() + datetime.timedelta(days=2),
        meeting_place=BREAK_OUT,
    )
    for user, box in ((sender, "verzonden"), (recipient, "ontvangen")):
        client = login(user)
        assert_escaped(client.get(reverse("referrals:detail", args=[referral.pk])))
        assert_escaped(client.get(reverse("referrals:list") + f"?map={box}"))
    officer = UserFactory()
    MembershipFactory(user=officer, organisation=sending, role=MembershipRole.OFFICER)
    reviewing = verified_login(officer)
    assert_escaped(reviewing.get(reverse("privacy:subject_access", args=[family.pk])))
    found = reviewing.post(
        reverse("privacy:find_client"),
        {"full_name": family.full_name, "date_of_birth": family.date_of_birth},
    )
    assert_escaped(found)
    reviewed = reviewing.post(
        reverse("privacy:mark_reviewed"), {"day": timezone.localdate(), "note": PAYLOAD}
    )
    assert_escaped(reviewing.get(reviewed["Location"]))
