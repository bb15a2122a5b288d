from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.decorators import second_factor_required
from mail import outbox

from .forms import ReceiptEmailForm
from .models import AccessAction, ConsentRecord
from .policy import log_access, registered_by_users_organisation


def get_consent_for_user(request: HttpRequest, pk) -> ConsentRecord:
    """A consent record, for members of the organisation that registered the client (404 for
    anyone else, logged)."""
    consent = (
        ConsentRecord.objects.select_related(
            "client",
            "client__organisation",
            "recorded_by",
            "recipient_organisation",
            "recipient_intervention",
            "consent_text",
        )
        .filter(pk=pk)
        .first()
    )
    if consent is None:
        raise Http404
    if not registered_by_users_organisation(request.user, consent.client):
        log_access(
            request, client=consent.client, obj=consent, action=AccessAction.VIEW, granted=False
        )
        raise Http404
    return consent


def receipt_language(consent: ConsentRecord) -> str:
    """The language of the receipt's own words: the parent's when the portal speaks it, else
    Dutch, the language her professional explains it in. The consent text itself is always
    shown in the language she read it in."""
    language = consent.client.preferred_language
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@login_required
@never_cache
@second_factor_required(recent=True, only_with_mfa=True)
def consent_receipt(request: HttpRequest, pk) -> HttpResponse:
    """A printable page for the parent, in her language: what is shared with whom, for what,
    until when, and whom to call to withdraw; and a form to e-mail it to her."""
    consent = get_consent_for_user(request, pk)
    log_access(request, client=consent.client, obj=consent, action=AccessAction.PRINT, granted=True)
    return render_receipt(request, consent, ReceiptEmailForm())


def render_receipt(
    request: HttpRequest, consent: ConsentRecord, form: ReceiptEmailForm
) -> HttpResponse:
    context = {"consent": consent, "email_form": form, "text": consent.consent_text}
    with translation.override(receipt_language(consent)):
        return render(request, "consent/consent_receipt.html", context)


@require_POST
@login_required
@never_cache
@second_factor_required(recent=True, only_with_mfa=True)
def email_receipt(request: HttpRequest, pk) -> HttpResponse:
    """E-mail the parent what she agreed to and whom to call to withdraw.

    What the e-mail holds, and why: the consent text she read (the same for every parent), its
    version and fingerprint, the day she agreed and until when it counts, and who recorded it
    at which organisation with that organisation's phone and e-mail: what she needs to withdraw.
    It does not hold her name, the organisation she is referred to, the purpose or the data
    categories. Those are health data (a referral to addiction care or Veilig Thuis says
    enough), and an e-mail is read wherever it goes: a shared mailbox, a partner's phone, a
    forward. A link that opens the full receipt without an account would be the same data
    behind a key that works for whoever holds the e-mail, so there is no such link either; the
    full receipt is printed or shown to her by her professional.

    The address is used for this e-mail only (the outbox forgets it once sent) unless she
    wants it kept, which her record then holds. The e-mail is logged as an export of the
    consent record, keeping the address as a change of her record."""
    consent = get_consent_for_user(request, pk)
    form = ReceiptEmailForm(request.POST)
    if not form.is_valid():  # the receipt again, with the error next to the field
        log_access(
            request, client=consent.client, obj=consent, action=AccessAction.PRINT, granted=True
        )
        return render_receipt(request, consent, form)
    keep = form.cleaned_data["keep_address"]
    language = receipt_language(consent)
    with transaction.atomic():
        outbox.queue(
            "consent_receipt",
            [form.cleaned_data["email"]],
            subject_template="consent/email/receipt_subject.txt",
            body_template="consent/email/receipt_body.txt",
            context={"consent": consent, "text": consent.consent_text, "kept": keep},
            about=consent,
            language=language,
            forget_recipient=not keep,
        )
        log_access(
            request, client=consent.client, obj=consent, action=AccessAction.EXPORT, granted=True
        )
        if keep:
            consent.client.keep_email(form.cleaned_data["email"])
            log_access(
                request,
                client=consent.client,
                obj=consent.client,
                action=AccessAction.CHANGE,
                granted=True,
            )
    messages.success(
        request,
        _("The receipt is on its way to the parent. The portal kept her address, as she wanted.")
        if keep
        else _("The receipt is on its way to the parent. The portal did not keep the address."),
    )
    return redirect("consent:receipt", pk=consent.pk)
