from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("zoeken/", views.search, name="search"),
    path("zoeken/folder/", views.handout, name="handout"),
    path("organisaties/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("aanbod/<slug:slug>/", views.intervention_detail, name="intervention_detail"),
]
