from django.urls import path

from .views import directory

app_name = "organisations"

urlpatterns = [
    path("zoeken/", directory.search, name="search"),
    path("zoeken/folder/", directory.handout, name="handout"),
    path("organisaties/<slug:slug>/", directory.organisation_detail, name="organisation_detail"),
    path("aanbod/<slug:slug>/", directory.intervention_detail, name="intervention_detail"),
]
