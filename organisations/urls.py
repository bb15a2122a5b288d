from django.urls import path

from .views import (
    acting,
    corrections,
    dashboard,
    directory,
    guide,
    handout,
    imports,
    invitation_requests,
    invitations,
    maintenance,
    members,
)

app_name = "organisations"

urlpatterns = [
    path("zoeken/", directory.search, name="search"),
    path("werkzaam-voor/", acting.act_for_organisation, name="act_for"),
    # The handout for a parent: picked offers kept in the session until cleared.
    path("zoeken/folder/", handout.handout, name="handout"),
    path("zoeken/folder/toevoegen/", handout.handout_add, name="handout_add"),
    path("zoeken/folder/weghalen/", handout.handout_remove, name="handout_remove"),
    path("zoeken/folder/leegmaken/", handout.handout_clear, name="handout_clear"),
    path("zoeken/folder/mailen/", handout.handout_email, name="handout_email"),
    path("organisaties/<slug:slug>/", directory.organisation_detail, name="organisation_detail"),
    path("aanbod/<slug:slug>/", directory.intervention_detail, name="intervention_detail"),
    # The parents' guide: public, no sign-in, plain language.
    path("ouders/", guide.guide, name="guide"),
    path("ouders/hulp/", guide.guide_results, name="guide_results"),
    path("ouders/aanbod/<slug:slug>/", guide.guide_intervention, name="guide_intervention"),
    # What needs checking: coordinators see their region, editors their own organisations.
    path("beheer/", dashboard.dashboard, name="dashboard"),
    # Spreadsheets: coordinators import (dry run, then confirm) and export the directory.
    path("beheer/import/", imports.import_upload, name="import_upload"),
    path("beheer/import/<int:pk>/", imports.import_preview, name="import_preview"),
    path("beheer/import/<int:pk>/bevestigen/", imports.import_confirm, name="import_confirm"),
    path("beheer/export/", imports.export, name="export"),
    # Klopt er iets niet? Reports by professionals, reviewed by editors and coordinators.
    path(
        "organisaties/<slug:slug>/klopt-er-iets-niet/",
        corrections.report_organisation_correction,
        name="report_organisation_correction",
    ),
    path(
        "aanbod/<slug:slug>/klopt-er-iets-niet/",
        corrections.report_intervention_correction,
        name="report_intervention_correction",
    ),
    path("beheer/correcties/", corrections.correction_list, name="correction_list"),
    path("beheer/correcties/mijn-meldingen/", corrections.my_corrections, name="my_corrections"),
    path("beheer/correcties/<int:pk>/", corrections.correction_detail, name="correction_detail"),
    path(
        "beheer/correcties/<int:pk>/accepteren/",
        corrections.correction_accept,
        name="correction_accept",
    ),
    path(
        "beheer/correcties/<int:pk>/afwijzen/",
        corrections.correction_reject,
        name="correction_reject",
    ),
    # Maintenance by editors and coordinators, under /beheer/.
    path("beheer/organisaties/nieuw/", maintenance.new_organisation, name="new_organisation"),
    path(
        "beheer/organisaties/<slug:slug>/",
        maintenance.manage_organisation,
        name="manage_organisation",
    ),
    path(
        "beheer/organisaties/<slug:slug>/bewerken/",
        maintenance.edit_organisation,
        name="edit_organisation",
    ),
    path(
        "beheer/organisaties/<slug:slug>/gecontroleerd/",
        maintenance.verify_organisation,
        name="verify_organisation",
    ),
    path(
        "beheer/organisaties/<slug:slug>/deactiveren/",
        maintenance.set_organisation_active,
        {"active": False},
        name="deactivate_organisation",
    ),
    path(
        "beheer/organisaties/<slug:slug>/heractiveren/",
        maintenance.set_organisation_active,
        {"active": True},
        name="reactivate_organisation",
    ),
    path(
        "beheer/organisaties/<slug:slug>/geschiedenis/",
        maintenance.organisation_history,
        name="organisation_history",
    ),
    path(
        "beheer/geschiedenis/<str:kind>/<int:history_id>/herstellen/",
        maintenance.restore_version,
        name="restore_version",
    ),
    path(
        "beheer/organisaties/<slug:slug>/locaties/nieuw/",
        maintenance.new_location,
        name="new_location",
    ),
    path("beheer/locaties/<int:pk>/bewerken/", maintenance.edit_location, name="edit_location"),
    path(
        "beheer/organisaties/<slug:slug>/aanbod/nieuw/",
        maintenance.new_intervention,
        name="new_intervention",
    ),
    path(
        "beheer/aanbod/<slug:slug>/bewerken/",
        maintenance.edit_intervention,
        name="edit_intervention",
    ),
    path(
        "beheer/aanbod/<slug:slug>/gecontroleerd/",
        maintenance.verify_intervention,
        name="verify_intervention",
    ),
    path(
        "beheer/aanbod/<slug:slug>/deactiveren/",
        maintenance.set_intervention_active,
        {"active": False},
        name="deactivate_intervention",
    ),
    path(
        "beheer/aanbod/<slug:slug>/heractiveren/",
        maintenance.set_intervention_active,
        {"active": True},
        name="reactivate_intervention",
    ),
    path(
        "beheer/organisaties/<slug:slug>/contactpersonen/nieuw/",
        maintenance.new_contact,
        name="new_contact",
    ),
    path(
        "beheer/contactpersonen/<int:pk>/bewerken/",
        maintenance.edit_contact,
        name="edit_contact",
    ),
    path(
        "beheer/contactpersonen/<int:pk>/deactiveren/",
        maintenance.set_contact_active,
        {"active": False},
        name="deactivate_contact",
    ),
    path(
        "beheer/contactpersonen/<int:pk>/heractiveren/",
        maintenance.set_contact_active,
        {"active": True},
        name="reactivate_contact",
    ),
    path("beheer/organisaties/<slug:slug>/medewerkers/", members.members, name="members"),
    path(
        "beheer/uitnodigingen/<int:pk>/intrekken/",
        members.withdraw_invitation,
        name="withdraw_invitation",
    ),
    # Asking the coordinator to invite an organisation nobody receives referrals at.
    path(
        "organisaties/<slug:slug>/uitnodiging-vragen/",
        invitation_requests.ask_invitation,
        name="ask_invitation",
    ),
    path(
        "beheer/uitnodigingsverzoeken/<int:pk>/afhandelen/",
        invitation_requests.dismiss_invitation_request,
        name="dismiss_invitation_request",
    ),
    path("uitnodiging/<str:token>/", invitations.accept_invitation, name="accept_invitation"),
    path("beheer/medewerkers/<int:pk>/rol/", members.change_role, name="change_role"),
    path("beheer/medewerkers/<int:pk>/verwijderen/", members.remove_member, name="remove_member"),
]
