"""The one settings object. Every knob is an environment variable (or `.env`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from citygraph.paths import PROJECT_ROOT


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
    embedded_bolt_port: int = Field(default=7689, alias="CITYGRAPH_EMBEDDED_BOLT_PORT")
    embedded_http_port: int = Field(default=2489, alias="CITYGRAPH_EMBEDDED_HTTP_PORT")
    embedded_heap: str = Field(default="2g", alias="CITYGRAPH_EMBEDDED_HEAP")
    embedded_password: str = Field(
        default="citygraph-embedded", alias="CITYGRAPH_EMBEDDED_PASSWORD"
    )
    embedded_start_timeout: float = Field(default=60.0, alias="CITYGRAPH_EMBEDDED_START_TIMEOUT")

    graph_wait: float = Field(default=0.0, alias="CITYGRAPH_GRAPH_WAIT")
    query_timeout: float = Field(default=10.0, alias="CITYGRAPH_QUERY_TIMEOUT")
    write_batch_size: int = Field(default=500, alias="CITYGRAPH_WRITE_BATCH_SIZE")
    api_key: str | None = Field(default=None, alias="CITYGRAPH_API_KEY")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="CITYGRAPH_CORS_ORIGINS"
    )
    home_city: str = Field(default="city:tw:kaohsiung", alias="CITYGRAPH_HOME_CITY")
    assets_dir: Path = Field(
        default=PROJECT_ROOT / ".citygraph" / "assets", alias="CITYGRAPH_ASSETS_DIR"
    )
    npm_registry: str = Field(default="https://registry.npmjs.org", alias="CITYGRAPH_NPM_REGISTRY")
    export_batch_size: int = Field(default=1000, alias="CITYGRAPH_EXPORT_BATCH_SIZE")
    export_timeout: float = Field(default=600.0, alias="CITYGRAPH_EXPORT_TIMEOUT")

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
    return Settings()
