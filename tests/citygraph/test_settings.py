"""Settings: bounds, and an invalid value named by its variable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from citygraph.errors import ConfigError
from citygraph.settings import get_settings


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Iterator[None]:
    monkeypatch.chdir(tmp_path)  # no .env
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CITYGRAPH_EMBEDDED_BOLT_PORT", "abc"),
        ("CITYGRAPH_EMBEDDED_HTTP_PORT", "0"),
        ("CITYGRAPH_EMBEDDED_HTTP_PORT", "65536"),
        ("CITYGRAPH_QUERY_TIMEOUT", "0"),
        ("CITYGRAPH_EXPORT_TIMEOUT", "-5"),
        ("CITYGRAPH_EMBEDDED_START_TIMEOUT", "0"),
        ("CITYGRAPH_GRAPH_WAIT", "-1"),
        ("CITYGRAPH_WRITE_BATCH_SIZE", "0"),
        ("CITYGRAPH_EXPORT_BATCH_SIZE", "0"),
        ("CITYGRAPH_DEBUG", "maybe"),
    ],
)
def test_an_invalid_value_is_a_config_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=rf"^invalid configuration: {variable}='{value}': "):
        get_settings()


def test_the_home_city_is_no_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYGRAPH_HOME_CITY", "city:jp:tokyo")
    assert not hasattr(get_settings(), "home_city")
