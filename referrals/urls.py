from django.urls import path

from . import views

app_name = "referrals"

urlpatterns = [
    path("", views.referral_list, name="list"),
    path("nieuw/", views.new_referral, name="new"),
    path("<uuid:pk>/", views.referral_detail, name="detail"),
    path("<uuid:pk>/versturen/", views.send, name="send"),
    path("<uuid:pk>/accepteren/", views.accept, name="accept"),
    path("<uuid:pk>/afwijzen/", views.decline, name="decline"),
    path("<uuid:pk>/toewijzen/", views.assign, name="assign"),
    path("<uuid:pk>/voortgang/", views.report_progress, name="progress"),
    path("<uuid:pk>/afsluiten/", views.close, name="close"),
    path("<uuid:pk>/intrekken/", views.withdraw, name="withdraw"),
    path("<uuid:pk>/bericht/", views.post_message, name="message"),
    path("<uuid:pk>/toestemming-corrigeren/", views.correct_consent_view, name="correct_consent"),
    path(
        "<uuid:pk>/toestemming-intrekken/",
        views.withdraw_consent_view,
        name="withdraw_consent",
    ),
]
