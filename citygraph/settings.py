"""The one settings object. Every knob is an environment variable (or `.env`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from citygraph.errors import ConfigError
from citygraph.paths import PROJECT_ROOT

Port = Annotated[int, Field(ge=1, le=65535)]


class Settings(BaseSettings):
    """citygraph configuration.

    With `NEO4J_URI` unset the embedded ArcadeDB engine is the graph: it is started
    on loopback with its data under `CITYGRAPH_DATA_DIR`.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(default=None, alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: str | None = Field(default=None, alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")

    data_dir: Path = Field(default=PROJECT_ROOT / ".citygraph", alias="CITYGRAPH_DATA_DIR")
    embedded_bolt_port: Port = Field(default=7689, alias="CITYGRAPH_EMBEDDED_BOLT_PORT")
    embedded_http_port: Port = Field(default=2489, alias="CITYGRAPH_EMBEDDED_HTTP_PORT")
    embedded_heap: str = Field(default="2g", alias="CITYGRAPH_EMBEDDED_HEAP")
    embedded_password: str = Field(
        default="citygraph-embedded", alias="CITYGRAPH_EMBEDDED_PASSWORD"
    )
    embedded_start_timeout: float = Field(
        default=60.0, gt=0, alias="CITYGRAPH_EMBEDDED_START_TIMEOUT"
    )

    graph_wait: float = Field(default=0.0, ge=0, alias="CITYGRAPH_GRAPH_WAIT")
    query_timeout: float = Field(default=10.0, gt=0, alias="CITYGRAPH_QUERY_TIMEOUT")
    write_batch_size: int = Field(default=500, gt=0, alias="CITYGRAPH_WRITE_BATCH_SIZE")
    api_key: str | None = Field(default=None, alias="CITYGRAPH_API_KEY")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="CITYGRAPH_CORS_ORIGINS"
    )
    assets_dir: Path = Field(
        default=PROJECT_ROOT / ".citygraph" / "assets", alias="CITYGRAPH_ASSETS_DIR"
    )
    npm_registry: str = Field(default="https://registry.npmjs.org", alias="CITYGRAPH_NPM_REGISTRY")
    export_batch_size: int = Field(default=1000, gt=0, alias="CITYGRAPH_EXPORT_BATCH_SIZE")
    export_timeout: float = Field(default=600.0, gt=0, alias="CITYGRAPH_EXPORT_TIMEOUT")
    #: Tracebacks of internal errors on the command line (1/true/yes; 0/false/no/unset: off).
    debug: bool = Field(default=False, alias="CITYGRAPH_DEBUG")
    # CITYGRAPH_CACHE_DIR is read by loaders/derived_cache.py straight from the
    # environment: `citygraph extract` needs no other setting, and importing
    # pydantic-settings would add ~70 ms to its ~0.43 s run (measured).

    @property
    def embedded(self) -> bool:
        """True when no external Neo4j is configured."""
        return not self.neo4j_uri

    @property
    def engine_dir(self) -> Path:
        return self.data_dir / "arcadedb"

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        """Accept a comma-separated list, as environment variables give it."""
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment (and `.env`).

    Raises ConfigError naming each invalid variable, e.g.
    `CITYGRAPH_EMBEDDED_BOLT_PORT='abc': Input should be a valid integer`.
    """
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(describe_invalid(exc)) from None


def describe_invalid(exc: ValidationError) -> str:
    """One line naming each invalid variable, its value and what is wrong."""
    problems = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]) or "settings"
        value = error.get("input")
        shown = f"={value!r}" if isinstance(value, str | int | float) else ""
        problems.append(f"{name}{shown}: {error['msg']}")
    return "invalid configuration: " + "; ".join(problems)
