"""Coordinators import the directory from a spreadsheet (dry run first) and export it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import spreadsheets
from ..forms import DirectoryImportForm
from ..models import DirectoryImport
from ..permissions import coordinated_organisations, is_coordinator

RECENT_IMPORTS = 10


def require_coordinator(request: HttpRequest) -> None:
    """Only coordinators import and export the directory."""
    if not is_coordinator(request.user):
        raise PermissionDenied


def get_import_for_user(request: HttpRequest, pk: int) -> DirectoryImport:
    """One of this coordinator's own uploads (404 for anyone else's)."""
    require_coordinator(request)
    return get_object_or_404(request.user.directory_imports.all(), pk=pk)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    """Upload a spreadsheet; it is checked in a dry run and kept for the preview."""
    require_coordinator(request)
    form = DirectoryImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            summary = spreadsheets.import_directory(
                upload.name, content, by=request.user, within_region_of=request.user, dry_run=True
            )
        except spreadsheets.SpreadsheetRefused as refused:
            form.add_error("file", refused.message)
        else:
            directory_import = DirectoryImport.objects.create(
                uploaded_by=request.user,
                file_name=upload.name[:200],
                content=content,
                summary=summary.as_dict(),
            )
            return redirect("organisations:import_preview", directory_import.pk)
    recent = request.user.directory_imports.defer("content")[:RECENT_IMPORTS]
    return render(
        request, "organisations/import_upload.html", {"form": form, "recent_imports": recent}
    )


@login_required
@never_cache
@require_GET
def import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """What the import would change (or did change), and the errors row by row."""
    directory_import = get_import_for_user(request, pk)
    return render(
        request,
        "organisations/import_preview.html",
        {"directory_import": directory_import, "summary": directory_import.summary},
    )


@login_required
@require_POST
def import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Apply a previewed import, once, all or nothing."""
    get_import_for_user(request, pk)
    with transaction.atomic():
        directory_import = DirectoryImport.objects.select_for_update().get(pk=pk)
        if directory_import.applied_at is not None:
            messages.info(request, _("This file has already been imported."))
            return redirect("organisations:import_preview", pk)
        try:
            summary = spreadsheets.import_directory(
                directory_import.file_name,
                bytes(directory_import.content),
                by=request.user,
                within_region_of=request.user,
            )
        except spreadsheets.SpreadsheetRefused as refused:
            messages.error(request, refused.message)
            return redirect("organisations:import_preview", pk)
        directory_import.summary = summary.as_dict()
        if summary.errors:
            directory_import.save(update_fields=["summary"])
            messages.error(request, spreadsheets.error_count_message(len(summary.errors)))
            return redirect("organisations:import_preview", pk)
        directory_import.applied_at = timezone.now()
        # The entries now hold the data; the uploaded copy is no longer needed.
        directory_import.content = b""
        directory_import.save(update_fields=["summary", "applied_at", "content"])
    messages.success(request, _("The import is done."))
    return redirect("organisations:import_preview", pk)


@login_required
@never_cache
@require_GET
def export(request: HttpRequest) -> HttpResponse:
    """The coordinator's part of the directory as a spreadsheet (?formaat=xlsx or csv)."""
    require_coordinator(request)
    file_format = request.GET.get("formaat", "xlsx")
    if file_format not in spreadsheets.FORMATS:
        return HttpResponseBadRequest(_("Choose the format csv or xlsx."))
    content = spreadsheets.export_directory(file_format, coordinated_organisations(request.user))
    response = HttpResponse(content, content_type=spreadsheets.CONTENT_TYPES[file_format])
    file_name = f"sociale-kaart-{timezone.localdate():%Y-%m-%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response
