from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def search(request: HttpRequest) -> HttpResponse:
    raise NotImplementedError


def handout(request: HttpRequest) -> HttpResponse:
    raise NotImplementedError


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    raise NotImplementedError


def intervention_detail(request: HttpRequest, slug: str) -> HttpResponse:
    raise NotImplementedError
