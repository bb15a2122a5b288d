"""The settings helpers read the environment and fail loudly on bad values."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from rokportal.settings import env_bool, env_float, env_int, env_list


def test_booleans_accept_common_spellings(monkeypatch):
    for raw, expected in [
        ("true", True),
        ("1", True),
        ("ON", True),
        ("false", False),
        ("0", False),
    ]:
        monkeypatch.setenv("FLAG", raw)
        assert env_bool("FLAG", not expected) is expected
    monkeypatch.delenv("FLAG")
    assert env_bool("FLAG", True) is True


def test_bad_values_fail_loudly(monkeypatch):
    monkeypatch.setenv("FLAG", "misschien")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG", False)
    monkeypatch.setenv("NUMBER", "twintig")
    with pytest.raises(ImproperlyConfigured, match="NUMBER"):
        env_int("NUMBER", 20)
    monkeypatch.setenv("COST", "1.1 -c work_mem=1GB")
    with pytest.raises(ImproperlyConfigured, match="COST"):
        env_float("COST", 1.1)
    monkeypatch.setenv("COST", "4")
    assert env_float("COST", 1.1) == 4.0


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("HOSTS", " rokportaal.nl, www.rokportaal.nl ,")
    assert env_list("HOSTS", []) == ["rokportaal.nl", "www.rokportaal.nl"]
