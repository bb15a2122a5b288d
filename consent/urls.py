from django.urls import path

from . import views

app_name = "consent"

urlpatterns = [
    path("<uuid:pk>/bewijs/", views.consent_receipt, name="receipt"),
    path("<uuid:pk>/bewijs/mailen/", views.email_receipt, name="email_receipt"),
]
