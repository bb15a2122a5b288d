"""Every page that shows client data agrees with the one policy function.

A generated set: clients whose consent is in force, expired, withdrawn, corrected, for another
recipient or for other categories; referrals in every state, on consent and on a safety basis;
and every kind of user (the registering organisation, the recipient, another organisation, a
user of both the recipient and another organisation, an outsider, the registering
organisation's designated officer, anonymous). For each user and referral, the inbox or outbox,
the referral page, the consent receipt and the officer's subject-access report show a
category's data exactly when `categories_by_referral` (for a referral) or the policy's
registrar and officer rules (for the pages about the client herself) say so.
"""

import datetime
import itertools

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consent import policy
from consent.models import ConsentMethod, DataCategory, PurposeEnd
from organisations.models import MembershipRole
from referrals.models import (
    LegalBasis,
    Message,
    Referral,
    ReferralStatus,
    categories_by_referral,
)
from tests.factories import (
    ClientFactory,
    ConsentRecordFactory,
    MembershipFactory,
    OrganisationFactory,
    ReferralFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CONSENTS = ["in_force", "expired", "withdrawn", "corrected", "other_recipient", "other_categories"]
STATES = ["draft", "sent", "accepted", "declined", "closed", "closed_long_ago", "withdrawn"]
BASES = ["consent", "meldcode"]

# One marker per category, each in a field of that category (consent/policy.py).
MARKED_FIELDS = {
    DataCategory.CONTACT_DETAILS: "name",
    DataCategory.REFERRAL_REASON: "reason",
    DataCategory.PREGNANCY_MEDICAL: "medical",
    DataCategory.PSYCHOSOCIAL: "psychosocial",
    DataCategory.CHILD_SAFETY: "safety",
}


def marker(number: int, what: str) -> str:
    return f"m{number:03d}-{what}-x"


@pytest.fixture
def world():
    organisations = {
        name: OrganisationFactory() for name in ("registrar", "recipient", "other", "outsider")
    }
    users = {name: UserFactory() for name in ("registrar", "recipient", "other", "outsider")}
    for name, user in users.items():
        MembershipFactory(user=user, organisation=organisations[name])
    users["both"] = UserFactory()
    MembershipFactory(user=users["both"], organisation=organisations["recipient"])
    MembershipFactory(user=users["both"], organisation=organisations["other"])
    users["officer"] = UserFactory()
    MembershipFactory(
        user=users["officer"], organisation=organisations["registrar"], role=MembershipRole.OFFICER
    )
    referrals = [
        make_referral(number, organisations, users["registrar"], consent, state, basis)
        for number, (basis, consent, state) in enumerate(
            itertools.chain(
                itertools.product(["consent"], CONSENTS, STATES),
                itertools.product(["meldcode"], ["none"], STATES),
            )
        )
    ]
    return {"organisations": organisations, "users": users, "referrals": referrals}


def make_referral(number, organisations, sender, consent_kind, state, basis) -> Referral:
    today = timezone.localdate()
    client = ClientFactory(
        organisation=organisations["registrar"],
        registered_by=sender,
        full_name=marker(number, "name"),
    )
    consent = None
    if basis == "consent":
        recipient = organisations["other" if consent_kind == "other_recipient" else "recipient"]
        categories = (
            [DataCategory.CONTACT_DETAILS, DataCategory.PREGNANCY_MEDICAL]
            if consent_kind == "other_categories"
            else list(DataCategory.values)
        )
        dates = {}
        if consent_kind == "expired":
            dates = {
                "valid_from": today - datetime.timedelta(days=200),
                "valid_until": today - datetime.timedelta(days=1),
            }
        consent = ConsentRecordFactory(
            client=client,
            recorded_by=sender,
            recipient_organisation=recipient,
            categories=categories,
            **dates,
        )
        if consent_kind == "withdrawn":
            consent.withdraw(by=sender, channel=ConsentMethod.PHONE)
        if consent_kind == "corrected":
            consent = consent.correct(categories=[DataCategory.REFERRAL_REASON])
    now = timezone.now()
    closed_at = now - datetime.timedelta(days=400 if state == "closed_long_ago" else 1)
    fields = {
        "draft": {"status": ReferralStatus.DRAFT},
        "sent": {"status": ReferralStatus.SENT, "sent_at": now},
        "accepted": {"status": ReferralStatus.ACCEPTED, "sent_at": now, "answered_at": now},
        "declined": {
            "status": ReferralStatus.DECLINED,
            "sent_at": now,
            "answered_at": now,
            "decline_reason": "Vol",
        },
        "closed": {
            "status": ReferralStatus.CLOSED,
            "sent_at": closed_at,
            "closed_at": closed_at,
            "outcome": "got_help",
        },
        "withdrawn": {"status": ReferralStatus.WITHDRAWN, "closed_at": now},
    }[state.replace("_long_ago", "")]
    if state == "closed_long_ago":
        fields["closed_at"] = closed_at
    referral = ReferralFactory(
        consent=consent,
        client=client,
        sender=sender,
        sender_organisation=organisations["registrar"],
        recipient_organisation=organisations["recipient"],
        legal_basis=LegalBasis.CONSENT if basis == "consent" else LegalBasis.MELDCODE,
        basis_justification="" if basis == "consent" else "Acute zorgen om de veiligheid.",
        reason=marker(number, "reason"),
        medical_notes=marker(number, "medical"),
        psychosocial_notes=marker(number, "psychosocial"),
        safety_notes=marker(number, "safety"),
        **fields,
    )
    if state != "draft":
        Message.objects.create(
            referral=referral,
            author=sender,
            author_organisation=organisations["registrar"],
            body=marker(number, "message"),
        )
    if consent and state in ("declined", "closed", "closed_long_ago", "withdrawn"):
        # What the referral's verb does when it ends (tested on its own in test_purpose.py).
        end = {"declined": PurposeEnd.DECLINED, "withdrawn": PurposeEnd.REFERRAL_WITHDRAWN}
        if state.startswith("closed"):
            consent.end_purpose(PurposeEnd.CLOSED, feedback_until=referral.feedback_until())
        else:
            consent.end_purpose(end[state])
    referral.number = number
    return referral


def sees(html: str, number: int) -> set[str]:
    return {category for category, what in MARKED_FIELDS.items() if marker(number, what) in html}


def fresh(referrals) -> list[Referral]:
    by_pk = Referral.objects.select_related("client", "consent").in_bulk(
        [referral.pk for referral in referrals]
    )
    for referral in referrals:
        by_pk[referral.pk].number = referral.number
    return [by_pk[referral.pk] for referral in referrals]


def list_pages(http, box: str) -> str:
    html, page = "", 1
    while True:
        response = http.get(reverse("referrals:list"), {"map": box, "pagina": page})
        assert response.status_code == 200
        html += response.content.decode()
        if not response.context["page"].has_next():
            return html
        page += 1


def test_every_page_agrees_with_the_policy(world, login, verified_login):
    # One world for every user: building it is most of the time.
    for who in ["registrar", "recipient", "other", "both", "outsider", "officer", "anonymous"]:
        user = world["users"].get(who)
        http = verified_login(user) if who == "officer" else login(user) if user else Client()
        pages_agree(fresh(world["referrals"]), who, user, http)


def pages_agree(referrals, who, user, http) -> None:
    policy_says = (
        categories_by_referral(user, referrals) if user else {r.pk: frozenset() for r in referrals}
    )
    organisations = policy.organisation_ids(user) if user else set()

    inbox = list_pages(http, "ontvangen") if organisations else ""
    outbox = list_pages(http, "verzonden") if organisations else ""
    for referral in referrals:
        number, allowed = referral.number, policy_says[referral.pk]
        is_sender = referral.sender_organisation_id in organisations
        is_recipient = (
            referral.recipient_organisation_id in organisations
            and referral.status != ReferralStatus.DRAFT
        )
        # The lists show the name exactly when contact details are visible.
        listed = (outbox if is_sender else "") + (inbox if is_recipient else "")
        name_listed = marker(number, "name") in listed
        assert name_listed == (
            (is_sender or is_recipient) and DataCategory.CONTACT_DETAILS in allowed
        ), (who, number)

        page = http.get(reverse("referrals:detail", args=[referral.pk]))
        if not (is_sender or is_recipient):
            assert page.status_code in (302, 404), (who, number)
            continue
        html = page.content.decode()
        assert page.status_code == 200
        assert sees(html, number) == set(allowed), (who, number, referral.status)
        thread_shown = marker(number, "message") in html
        assert thread_shown == (
            DataCategory.REFERRAL_REASON in allowed and referral.status != ReferralStatus.DRAFT
        ), (who, number)

    # The pages about the client herself: the receipt for the registering organisation, the
    # subject-access report for its designated officer; nobody else learns she exists.
    for referral in referrals:
        if referral.consent_id is None:
            continue
        receipt = http.get(reverse("consent:receipt", args=[referral.consent_id]))
        registrar = user is not None and policy.registered_by_users_organisation(
            user, referral.client
        )
        assert (receipt.status_code == 200) == registrar, (who, referral.number)
        assert (marker(referral.number, "name") in receipt.content.decode()) == registrar
        break  # one receipt per user is enough: the rule does not depend on the consent
    report = http.get(reverse("privacy:subject_access", args=[referrals[0].client_id]))
    officer = user is not None and policy.officer_of_registrar(user, referrals[0].client)
    assert (report.status_code == 200) == officer, who
    assert (marker(referrals[0].number, "name") in report.content.decode()) == officer


def test_the_generated_set_covers_every_outcome(world):
    """The set is worth its time only if the policy answers differently across it."""
    referrals = fresh(world["referrals"])
    recipient = world["users"]["recipient"]
    answers = set(categories_by_referral(recipient, referrals).values())
    assert frozenset() in answers
    assert frozenset(DataCategory.values) in answers
    assert frozenset({DataCategory.CONTACT_DETAILS, DataCategory.REFERRAL_REASON}) in answers
    assert len(answers) >= 5
