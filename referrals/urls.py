from django.urls import path

from . import views

app_name = "referrals"

urlpatterns = [
    path("", views.referral_list, name="list"),
    path("nieuw/", views.new_referral, name="new"),
    path("nieuw/<uuid:token>/<slug:step>/", views.referral_form_step, name="new_step"),
    path("<uuid:pk>/bewerken/", views.edit_draft, name="edit"),
    path("<uuid:pk>/verwijderen/", views.delete_draft_view, name="delete"),
    path("<uuid:pk>/", views.referral_detail, name="detail"),
    path("<uuid:pk>/versturen/", views.send, name="send"),
    path("<uuid:pk>/accepteren/", views.accept, name="accept"),
    path("<uuid:pk>/afwijzen/", views.decline, name="decline"),
    path("<uuid:pk>/toewijzen/", views.assign, name="assign"),
    path("<uuid:pk>/voortgang/", views.report_progress, name="progress"),
    path("<uuid:pk>/afsluiten/", views.close, name="close"),
    path("<uuid:pk>/intrekken/", views.withdraw, name="withdraw"),
    path("<uuid:pk>/bericht/", views.post_message, name="message"),
    path("<uuid:pk>/driegesprek/accepteren/", views.accept_meeting, name="meeting_accept"),
    path("<uuid:pk>/driegesprek/afwijzen/", views.decline_meeting, name="meeting_decline"),
    path(
        "<uuid:pk>/driegesprek/ander-moment/",
        views.reschedule_meeting,
        name="meeting_reschedule",
    ),
    path("<uuid:pk>/driegesprek/annuleren/", views.cancel_meeting, name="meeting_cancel"),
    path(
        "<uuid:pk>/driegesprek/<uuid:meeting_pk>/agenda.ics",
        views.meeting_calendar,
        name="meeting_calendar",
    ),
    path("<uuid:pk>/toestemming-corrigeren/", views.correct_consent_view, name="correct_consent"),
    path(
        "<uuid:pk>/toestemming-intrekken/",
        views.withdraw_consent_view,
        name="withdraw_consent",
    ),
]
