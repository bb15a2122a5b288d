"""The calendar invitation of a joint meeting: an iCalendar file (RFC 5545, with the iTIP
methods of RFC 5546) that any calendar program imports.

Written here in a few lines rather than with a library: one event with fixed properties needs
only the text escaping and line folding of RFC 5545 §3.1 and §3.3.11, which are tested.

It holds no client data: the summary names the kind of meeting, the description is only the
link to the referral page (the reader signs in there), and the place is what the proposer
typed as the place (the form asks not to enter the family's address).
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from mail import outbox

from .models import Meeting, MeetingStatus

PRODUCT = "-//ROK Portaal//Driegesprek//NL"
SUMMARY = "Driegesprek (ROK Portaal)"
UID_DOMAIN = "rokportaal"


def meeting_invitation(meeting: Meeting, *, now: datetime.datetime | None = None) -> str:
    """The meeting as an iCalendar object: a REQUEST while it is on (proposed, moved or
    accepted), a CANCEL once declined or cancelled, so that a calendar that imported it
    before removes it (the same UID, a higher SEQUENCE). Lines end in CRLF, folded at 75
    octets."""
    cancelled = meeting.status in (MeetingStatus.DECLINED, MeetingStatus.CANCELLED)
    if cancelled:
        status = "CANCELLED"
    elif meeting.status == MeetingStatus.ACCEPTED:
        status = "CONFIRMED"
    else:
        status = "TENTATIVE"
    organiser = meeting.proposed_by
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        f"METHOD:{'CANCEL' if cancelled else 'REQUEST'}",
        "BEGIN:VEVENT",
        f"UID:{meeting.pk}@{UID_DOMAIN}",
        f"SEQUENCE:{meeting.sequence}",
        f"DTSTAMP:{utc(now or timezone.now())}",
        f"DTSTART:{utc(meeting.at)}",
        f"DTEND:{utc(meeting.ends_at())}",
        f"SUMMARY:{escape_text(SUMMARY)}",
        f"LOCATION:{escape_text(meeting.place)}",
        f"DESCRIPTION:{escape_text(outbox.link_to(meeting.referral.get_absolute_url()))}",
        f"URL:{outbox.link_to(meeting.referral.get_absolute_url())}",
        f"ORGANIZER;CN={quote_parameter(organiser.get_full_name())}:mailto:{organiser.email}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def utc(moment: datetime.datetime) -> str:
    """A DATE-TIME in UTC (RFC 5545 §3.3.5, form #2)."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break
    as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def quote_parameter(value: str) -> str:
    """A parameter value in double quotes (RFC 5545 §3.2), which may hold no double quote or
    control character."""
    cleaned = "".join(char for char in value if char != '"' and (char >= " " or char == "\t"))
    return f'"{cleaned}"'


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into lines of at most `limit` octets (RFC 5545 §3.1): each
    continuation starts with one space, and no UTF-8 character is split."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode())
        # A continuation's leading space counts towards its 75 octets.
        if size + octets > limit:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += octets
    parts.append(current)
    return "\r\n".join(parts)
