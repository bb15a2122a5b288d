from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views
from .forms import LoginForm, QueuedPasswordResetForm

app_name = "accounts"

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            form_class=QueuedPasswordResetForm,
            success_url=reverse_lazy("accounts:password_reset_done"),
            subject_template_name="registration/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "nieuw-wachtwoord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("accounts:password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "nieuw-wachtwoord/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("tweede-stap/", views.second_factor, name="second_factor"),
    path("tweede-stap/qr-code/", views.second_factor_qr, name="second_factor_qr"),
    path("tweede-stap/reservecodes/", views.backup_codes, name="backup_codes"),
    path(
        "tweede-stap/<int:pk>/opnieuw/",
        views.reset_second_factor,
        name="reset_second_factor",
    ),
    path("vergrendelingen/", views.lockouts, name="lockouts"),
    path("vergrendelingen/<int:pk>/ontgrendelen/", views.unlock, name="unlock"),
]
