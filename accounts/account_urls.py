"""My account: /account/ (namespace `account`)."""

from django.urls import path

from . import account_views

app_name = "account"

urlpatterns = [
    path("", account_views.account, name="home"),
    path("wachtwoord/", account_views.change_password, name="password"),
    path("authenticator/", account_views.replace_authenticator, name="authenticator"),
    path("reservecodes/", account_views.regenerate_backup_codes, name="backup_codes"),
    path("meldingen/", account_views.choose_notifications, name="notifications"),
]
