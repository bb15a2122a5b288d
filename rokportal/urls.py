from django.contrib import admin
from django.urls import include, path

from organisations.views import directory as directory_views
from referrals.views import start

from .views import health

urlpatterns = [
    path("", directory_views.home, name="home"),
    path("health/", health, name="health"),
    # Where a signed-in professional lands: what needs her now (it reads referrals).
    path("start/", start, name="start"),
    path("accounts/", include("accounts.urls")),
    path("account/", include("accounts.account_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("toestemming/", include("consent.urls")),
    path("verwijzingen/", include("referrals.urls")),
    path("privacy/", include("privacy.urls")),
    path("", include("organisations.urls")),
]
