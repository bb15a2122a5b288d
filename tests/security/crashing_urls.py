"""A URL configuration with one view that fails, to see what a visitor gets on a server error."""

from django.urls import include, path


def crash(request):
    raise RuntimeError("secret detail: client Jansen, BSN 123456782")


urlpatterns = [path("kapot/", crash), path("", include("rokportal.urls"))]
