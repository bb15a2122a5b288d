from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("logboek/", views.access_log, name="access_log"),
    path("opvallend/", views.unusual, name="unusual"),
    path("opvallend/beoordeeld/", views.mark_reviewed, name="mark_reviewed"),
    path("clienten/", views.find_client, name="find_client"),
    path("clienten/<uuid:pk>/inzage/", views.subject_access, name="subject_access"),
    path("clienten/<uuid:pk>/inzage.json", views.subject_access_json, name="subject_access_json"),
    path("clienten/<uuid:pk>/wissen/", views.erase, name="erase"),
]
