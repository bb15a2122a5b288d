"""The portal is Dutch unless the visitor chooses English with the language switch."""

from django.urls import reverse


def test_dutch_by_default_even_for_an_english_browser(client, db):
    response = client.get(reverse("organisations:search"), headers={"Accept-Language": "en-US"})
    assert response["Content-Language"] == "nl"
    assert "Wie bel ik?" in response.content.decode()


def test_the_language_switch_is_remembered(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/zoeken/"})
    assert response.status_code == 302 and response.url == "/zoeken/"
    page = client.get("/zoeken/").content.decode()
    assert "Who do I call?" in page and 'lang="en"' in page
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    assert "Wie bel ik?" in client.get("/zoeken/").content.decode()


def test_an_unknown_language_cookie_falls_back_to_dutch(client, db):
    client.cookies["django_language"] = "xx"
    assert "Wie bel ik?" in client.get("/zoeken/").content.decode()
