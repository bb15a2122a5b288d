"""`manage.py load_demo_referrals`: fictional parents, their consent and referrals in every status.

Run it after `load_demo`, which creates the directory and the demo accounts it relies on. The data
lives in `referrals/demo_data.py`. Demo parents are recognised by name and registering
organisation: when they are already there the command changes nothing, so it is safe to run again.

Every state change goes through the verb methods and actions (`send_referral`, `accept`,
`decline`, `close`, `withdraw`, `withdraw_consent`, `ConsentRecord.correct`), so the timeline and
the consent history are the real ones. Afterwards the timestamps of the demo referrals, their
events and their parents are moved back to the working days the demo data gives, so inboxes show
fresh, answered and overdue referrals. Consent records are never edited: they are created with
their (past) recording time.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone, translation

from consent.models import (
    Client,
    ConsentRecord,
    ConsentStatus,
    ConsentText,
    Relation,
    TranslationStatus,
)
from organisations.models import ContactPerson, Intervention, Membership, Organisation, Theme
from referrals import demo_data
from referrals.actions import send_referral, withdraw_consent
from referrals.models import EventKind, MeetingStatus, Referral, ReferralStatus

ANSWER_STEPS = {"accept", "decline"}
CLOSING_STEPS = {"close", "withdraw"}
# Steps a member of the recipient organisation takes besides answering.
RECIPIENT_STEPS = {"close", "assign", "progress"}


IN_MEMORY_EMAIL = "django.core.mail.backends.locmem.EmailBackend"


class Command(BaseCommand):
    help = (
        "Load fictional parents, their consent and referrals between the demo organisations, "
        "in every status. Run after load_demo. Does nothing when the demo parents already exist."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        self.now = timezone.now()
        self.today = timezone.localdate(self.now)
        # The demo's notifications go to fictional .example addresses: keep them in memory
        # instead of printing or queueing them.
        with override_settings(EMAIL_BACKEND=IN_MEMORY_EMAIL), transaction.atomic():
            present = self.existing_demo_clients()
            if present:
                self.stdout.write(
                    f"Demo referrals already present ({present} of {len(demo_data.CLIENTS)} demo "
                    "parents found); nothing changed."
                )
            else:
                self.load()
        self.print_counts()
        if not present:
            self.stdout.write(self.style.SUCCESS("Demo referrals loaded."))

    # --- Loading ---

    def existing_demo_clients(self) -> int:
        return sum(
            Client.objects.filter(
                full_name=data["full_name"], organisation__slug=data["organisation"]
            ).exists()
            for data in demo_data.CLIENTS
        )

    def load(self) -> None:
        texts = self.load_consent_texts()
        clients = {data["key"]: self.load_client(data) for data in demo_data.CLIENTS}
        consents = {
            data["key"]: self.load_consent(data, clients[data["client"]], texts)
            for data in demo_data.CONSENTS
        }
        for client in clients.values():
            # Registered a little before her first consent was recorded.
            first = min(c.recorded_at for c in client.consents.all())
            Client.objects.filter(pk=client.pk).update(
                created_at=first - datetime.timedelta(minutes=15)
            )
        referrals: dict[str, Referral] = {}
        for data in demo_data.REFERRALS:
            consent = consents[data["consent"]] if data["consent"] else None
            rerouted_from = referrals.get(data.get("rerouted_from", ""))
            referral = self.load_referral(data, clients[data["client"]], consent, rerouted_from)
            if "key" in data:
                referrals[data["key"]] = referral

    def load_consent_texts(self) -> dict[str, ConsentText]:
        """The 2026-1 texts; an existing text is never changed, it may have been shown already."""
        published = datetime.date.fromisoformat(demo_data.CONSENT_TEXT_PUBLISHED)
        return {
            language: ConsentText.objects.get_or_create(
                version=demo_data.CONSENT_TEXT_VERSION,
                language=language,
                defaults={
                    "body": body,
                    "valid_for_months": demo_data.CONSENT_TEXT_MONTHS,
                    "published_on": min(published, self.today),
                    "translation_status": TranslationStatus.ORIGINAL
                    if language == "nl"
                    else TranslationStatus.NEEDS_CHECK,
                },
            )[0]
            for language, body in demo_data.CONSENT_TEXTS.items()
        }

    def load_client(self, data: dict[str, Any]) -> Client:
        organisation = self.organisation(data["organisation"])
        user = self.member(data["registered_by"], organisation)
        years, days = data["age"]
        client = Client(
            full_name=data["full_name"],
            date_of_birth=years_before(self.today, years) - datetime.timedelta(days=days),
            phone=data["phone"],
            postcode=data["postcode"],
            due_date=(
                self.today + datetime.timedelta(weeks=40 - data["pregnant_weeks"])
                if "pregnant_weeks" in data
                else None
            ),
            child_birth_date=(
                self.today - datetime.timedelta(days=data["child_days"])
                if "child_days" in data
                else None
            ),
            preferred_language=data.get("preferred_language", "nl"),
            organisation=organisation,
            registered_by=user,
        )
        client.full_clean()
        client.save()
        return client

    def load_consent(
        self, data: dict[str, Any], client: Client, texts: dict[str, ConsentText]
    ) -> ConsentRecord:
        recipient = self.organisation(data["recipient"])
        given_by, relation = data.get("given_by", (client.full_name, Relation.SELF))
        recorded_at = self.moment(*data["recorded"])
        valid_from = timezone.localdate(recorded_at)
        consent = ConsentRecord(
            client=client,
            given_by_name=given_by,
            relation=relation,
            method=data["method"],
            parent_present=True,
            recorded_by=client.registered_by,
            recorded_at=recorded_at,
            recipient_organisation=recipient,
            recipient_intervention=self.intervention(data["intervention"], recipient),
            purpose=data["purpose"],
            categories=data["categories"],
            valid_from=valid_from,
            valid_until=years_before(valid_from, -1),
            consent_text=texts[client.preferred_language],
        )
        consent.save()  # validates: a record is complete or not stored at all
        if correction := data.get("correction"):
            changes = {key: value for key, value in correction.items() if key != "recorded"}
            consent = consent.correct(recorded_at=self.moment(*correction["recorded"]), **changes)
        return consent

    def load_referral(
        self,
        data: dict[str, Any],
        client: Client,
        consent: ConsentRecord | None,
        rerouted_from: Referral | None = None,
    ) -> Referral:
        sender, sender_organisation = client.registered_by, client.organisation
        recipient = self.organisation(data["recipient"])
        contact_person = self.contact_person(data["contact_person"], recipient)
        referral = Referral(
            client=client,
            sender=sender,
            sender_organisation=sender_organisation,
            sender_phone=self.direct_phone(sender, sender_organisation),
            recipient_organisation=recipient,
            intervention=self.intervention(data["intervention"], recipient),
            contact_person=contact_person,
            reason=data["reason"],
            urgency=data.get("urgency", "normal"),
            contact_method=data["contact_method"],
            best_times=data["best_times"],
            interpreter_needed=data.get("interpreter_needed", False),
            legal_basis=data.get("legal_basis", "consent"),
            consent=consent,
            basis_justification=data.get("basis_justification", ""),
            rerouted_from=rerouted_from,
        )
        referral.full_clean()
        referral.save()
        referral.themes.set(self.themes(data["themes"]))

        times: dict[str, datetime.datetime] = {}
        event_times: list[datetime.datetime | None] = []
        for verb, days_ago, time, actor_email, arguments in data["steps"]:
            at = self.moment(days_ago, time) if time else None
            if verb != "create":
                event_times.append(at)
            if at:
                times[verb] = at
            if verb == "create":
                continue
            recipient_side = (
                verb in ANSWER_STEPS | RECIPIENT_STEPS or arguments.get("side") == "recipient"
            )
            actor = (
                self.member(actor_email, recipient if recipient_side else sender_organisation)
                if actor_email
                else sender
            )
            self.take_step(referral, verb, actor, arguments)
        self.backdate(referral, times, event_times)
        if rerouted_from is not None and "send" in times:
            # Sending it marked the declined referral's timeline (actions.send_referral).
            rerouted_from.events.filter(kind=EventKind.REROUTED).update(at=times["send"])
        return referral

    def take_step(self, referral: Referral, verb: str, actor, arguments: dict[str, Any]) -> None:
        if verb == "send":
            send_referral(referral, by=actor)
        elif verb == "accept":
            referral.accept(by=actor)
        elif verb == "decline":
            suggested = arguments.get("suggested_organisation")
            referral.decline(
                by=actor,
                reason=arguments["reason"],
                suggested_organisation=self.organisation(suggested) if suggested else None,
            )
        elif verb == "assign":
            to = arguments.get("to")
            referral.assign(
                to=self.member(to, referral.recipient_organisation) if to else None, by=actor
            )
        elif verb == "progress":
            # An appointment's day is counted from today: the demo always plans ahead.
            ahead = arguments.get("days_ahead")
            on = self.today + datetime.timedelta(days=ahead) if ahead is not None else None
            referral.report_progress(arguments["kind"], by=actor, on=on)
        elif verb == "close":
            referral.close(by=actor, outcome=arguments["outcome"], feedback=arguments["feedback"])
        elif verb == "withdraw":
            referral.withdraw(by=actor, reason=arguments["reason"])
        elif verb == "withdraw_consent":
            withdraw_consent(
                referral.consent, by=actor, channel=arguments["channel"], reason=arguments["reason"]
            )
        elif verb == "propose_meeting":
            hour, minute = map(int, arguments["time"].split(":"))
            day = timezone.localdate() + datetime.timedelta(days=arguments["days_ahead"])
            referral.post_message(
                by=actor,
                organisation=self.organisation_of(actor, referral),
                body=arguments["body"],
                meeting_at=timezone.make_aware(
                    datetime.datetime.combine(day, datetime.time(hour, minute))
                ),
                meeting_place=arguments["place"],
            )
        elif verb == "accept_meeting":
            meeting = referral.meetings.filter(status=MeetingStatus.PROPOSED).get()
            meeting.accept(by=actor, organisation=self.organisation_of(actor, referral))
        else:
            raise CommandError(f"Unknown step {verb!r} in demo data")

    def organisation_of(self, user, referral: Referral) -> Organisation:
        """The side of the referral this demo user acts for."""
        if user.memberships.filter(organisation=referral.sender_organisation_id).exists():
            return referral.sender_organisation
        return referral.recipient_organisation

    def backdate(
        self,
        referral: Referral,
        times: dict[str, datetime.datetime],
        event_times: list[datetime.datetime | None],
    ) -> None:
        """Move the referral's timestamps and its events to the demo days (status untouched)."""
        fields = {"created_at": times["create"]}
        if "send" in times:
            fields["sent_at"] = times["send"]
        if answered := [times[verb] for verb in ANSWER_STEPS if verb in times]:
            fields["answered_at"] = answered[0]
        if closed := [times[verb] for verb in CLOSING_STEPS if verb in times]:
            fields["closed_at"] = closed[0]
        Referral.objects.filter(pk=referral.pk).update(**fields)
        events = list(referral.events.order_by("pk"))
        if len(events) != len(event_times):
            raise CommandError(f"Expected {len(event_times)} events, found {len(events)}")
        for event, at in zip(events, event_times, strict=True):
            if at:  # a step without a time keeps the moment it really happened
                type(event).objects.filter(pk=event.pk).update(at=at)

    # --- Looking up what load_demo made ---

    def organisation(self, slug: str) -> Organisation:
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            raise CommandError(f"Organisation {slug!r} not found: run `manage.py load_demo` first.")
        return organisation

    def member(self, email: str, organisation: Organisation):
        user = get_user_model().objects.filter(email=email).first()
        if user is None:
            raise CommandError(f"Demo user {email} not found: run `manage.py load_demo` first.")
        if not Membership.objects.filter(user=user, organisation=organisation).exists():
            raise CommandError(f"Demo user {email} does not work for {organisation}.")
        return user

    def intervention(self, slug: str, organisation: Organisation) -> Intervention:
        intervention = Intervention.objects.filter(slug=slug, organisation=organisation).first()
        if intervention is None:
            raise CommandError(f"Intervention {slug!r} of {organisation} not found.")
        return intervention

    def contact_person(self, email: str, organisation: Organisation) -> ContactPerson:
        contact = ContactPerson.objects.filter(email=email, organisation=organisation).first()
        if contact is None:
            raise CommandError(f"Contact person {email} of {organisation} not found.")
        return contact

    def themes(self, slugs: list[str]) -> list[Theme]:
        themes = list(Theme.objects.filter(slug__in=slugs))
        if len(themes) != len(slugs):
            missing = set(slugs) - {theme.slug for theme in themes}
            raise CommandError(f"Unknown themes {sorted(missing)} in demo data")
        return themes

    def direct_phone(self, user, organisation: Organisation) -> str:
        """The sender's own number as a contact person, else her organisation's."""
        contact = ContactPerson.objects.filter(user=user, organisation=organisation).first()
        return (contact.phone if contact else "") or organisation.phone

    def moment(self, working_days_ago: int, time: str) -> datetime.datetime:
        """That time of day, that many working days ago; never later than now."""
        day = self.today
        for _ in range(working_days_ago):
            day -= datetime.timedelta(days=1)
            while day.weekday() >= 5:
                day -= datetime.timedelta(days=1)
        at = timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))
        if day == self.today:
            # Today's steps must lie in the past: squeeze the day into the hour before now,
            # which keeps the order the data gives them.
            midnight = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
            at = min(at, self.now - datetime.timedelta(hours=1) + (at - midnight) / 24)
        return at

    # --- Output ---

    @translation.override("en")
    def print_counts(self) -> None:
        consents = Counter(
            record.status for record in ConsentRecord.objects.select_related("superseded_by")
        )
        referrals = Counter(Referral.objects.values_list("status", flat=True))
        self.stdout.write(self.style.MIGRATE_HEADING("\nClients, consent and referrals"))
        self.stdout.write(f"  {'Clients':<28} {Client.objects.count():>4}")
        self.stdout.write(f"  {'Consent records':<28} {sum(consents.values()):>4}")
        for status in ConsentStatus:
            self.stdout.write(f"    {status.label:<26} {consents[status]:>4}")
        self.stdout.write(f"  {'Referrals':<28} {sum(referrals.values()):>4}")
        for status in ReferralStatus:
            self.stdout.write(f"    {status.label:<26} {referrals[status]:>4}")


def years_before(day: datetime.date, years: int) -> datetime.date:
    """The same calendar day `years` earlier (later when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
