"""The explorer's pinned libraries: integrity, unpacking, and clear failures (no network)."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.explorer.assets import (
    Assets,
    AssetsUnavailableError,
    Package,
    integrity_of,
    load_manifest,
    unpack,
)
from citygraph.settings import Settings

CLOSED_REGISTRY = "http://127.0.0.1:1"


def tarball(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def settings(tmp_path: Path) -> Settings:
    return Settings(
        NEO4J_URI="bolt://127.0.0.1:1",
        NEO4J_PASSWORD="unused-password",
        CITYGRAPH_ASSETS_DIR=tmp_path / "assets",
        CITYGRAPH_NPM_REGISTRY=CLOSED_REGISTRY,
    )


def test_manifest_pins_every_library_the_page_loads() -> None:
    packages = load_manifest()
    served = {name for p in packages for name in p.files.values()}
    page = (Path(__file__).parents[2] / "api/explorer/static/index.html").read_text("utf-8")
    for name in ("cytoscape.min.js", "leaflet.js", "leaflet.css", "topojson-client.min.js"):
        assert name in served and f"/explore/vendor/{name}" in page
    assert "countries-110m.json" in served
    for package in packages:
        assert package.integrity.startswith("sha512-") and package.version[0].isdigit()
        assert package.tarball_url("https://registry.npmjs.org") == (
            f"https://registry.npmjs.org/{package.name}/-/{package.name}-{package.version}.tgz"
        )


def test_unpack_takes_only_the_listed_files(tmp_path: Path) -> None:
    data = tarball({"dist/lib.min.js": b"lib()", "src/other.js": b"x", "LICENSE": b"MIT"})
    package = Package("lib", "1.0.0", integrity_of(data), {"dist/lib.min.js": "lib.min.js"})
    unpack(package, data, tmp_path / "lib@1.0.0")
    assert (tmp_path / "lib@1.0.0" / "lib.min.js").read_bytes() == b"lib()"
    assert not (tmp_path / "lib@1.0.0" / "other.js").exists()
    assets = Assets(Settings(CITYGRAPH_ASSETS_DIR=tmp_path), [package])
    assert assets.missing() == [] and assets.path("lib.min.js") == tmp_path / "lib@1.0.0/lib.min.js"
    assert assets.path("../../etc/passwd") is None


def test_a_tarball_missing_a_listed_file_is_refused(tmp_path: Path) -> None:
    data = tarball({"README.md": b"x"})
    package = Package("lib", "1.0.0", integrity_of(data), {"dist/lib.js": "lib.js"})
    with pytest.raises(AssetsUnavailableError, match=r"lacks dist/lib.js"):
        unpack(package, data, tmp_path / "lib@1.0.0")
    assert not (tmp_path / "lib@1.0.0").exists()


def test_a_tarball_with_another_digest_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Package("lib", "1.0.0", integrity_of(b"the pinned bytes"), {"a.js": "a.js"})
    assets = Assets(settings(tmp_path), [package])

    class Response(io.BytesIO):
        def __enter__(self) -> Response:
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    monkeypatch.setattr(
        "urllib.request.urlopen", lambda url, timeout: Response(tarball({"a.js": b"evil"}))
    )
    with pytest.raises(AssetsUnavailableError, match="does not match the integrity"):
        assets.ensure()
    assert assets.missing() == [package]


def test_an_unreachable_registry_is_a_clear_error_and_a_503_page(tmp_path: Path) -> None:
    assets = Assets(settings(tmp_path))
    thread = assets.prefetch()
    assert thread is not None
    thread.join(timeout=30)
    with pytest.raises(
        AssetsUnavailableError, match=r"could not be fetched from http://127\.0\.0\.1:1"
    ):
        assets.ensure()
    with TestClient(create_app(settings(tmp_path)), raise_server_exceptions=False) as client:
        page = client.get("/explore")
        assert page.status_code == 503
        assert "The explorer is not available" in page.text and CLOSED_REGISTRY in page.text
        assert "Traceback" not in page.text
        vendor = client.get("/explore/vendor/cytoscape.min.js")
        assert vendor.status_code == 503 and "CITYGRAPH_NPM_REGISTRY" in vendor.json()["detail"]
        assert client.get("/explore/vendor/nothing.js").status_code == 404
        assert client.get("/explore/static/explorer.js").status_code == 200
        assert client.get("/explore/static/secret.py").status_code == 404
