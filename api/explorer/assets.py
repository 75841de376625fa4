"""The explorer's front-end libraries: pinned npm tarballs, fetched, verified, unpacked.

`assets.json` beside this file names each package with its version, its sha512
integrity (as the npm registry records it) and the files to take from it. They are
fetched from `CITYGRAPH_NPM_REGISTRY` once, into `CITYGRAPH_ASSETS_DIR/NAME@VERSION/`,
and only a tarball whose digest matches the manifest is unpacked. Nothing is
hand-copied into the repository; `python -m api.explorer.assets` fetches ahead of time
(the Docker image does this at build).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import shutil
import tarfile
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from citygraph.errors import CitygraphError
from citygraph.settings import Settings, get_settings

log = logging.getLogger("citygraph.explorer")

MANIFEST = Path(__file__).resolve().parent / "assets.json"
_DONE = ".verified"
_RETRY_AFTER = 30.0  # seconds before a failed fetch is tried again
_TIMEOUT = 30.0


class AssetsUnavailableError(CitygraphError):
    """The explorer's libraries are not cached and could not be fetched."""


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str
    files: dict[str, str]  # path inside the tarball -> served name

    @property
    def folder(self) -> str:
        return f"{self.name}@{self.version}"

    def tarball_url(self, registry: str) -> str:
        base = self.name.rsplit("/", 1)[-1]
        return f"{registry.rstrip('/')}/{self.name}/-/{base}-{self.version}.tgz"


def load_manifest(path: Path = MANIFEST) -> list[Package]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Package(p["name"], p["version"], p["integrity"], dict(p["files"])) for p in data["packages"]
    ]


def integrity_of(data: bytes) -> str:
    """The Subresource-Integrity string npm records: 'sha512-' + base64 digest."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def unpack(package: Package, data: bytes, target: Path) -> None:
    """Write the package's listed files from tarball bytes into `target` (atomically)."""
    wanted = dict(package.files)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{package.name}-", dir=target.parent))
    staging.chmod(0o755)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            for member in archive.getmembers():
                inner = member.name.split("/", 1)[-1]  # npm tarballs wrap files in package/
                if member.isfile() and inner in wanted:
                    source = archive.extractfile(member)
                    if source is not None:
                        (staging / wanted.pop(inner)).write_bytes(source.read())
        if wanted:
            raise AssetsUnavailableError(
                f"{package.folder}: the tarball lacks {', '.join(sorted(wanted))}"
            )
        (staging / _DONE).write_text(package.integrity + "\n", encoding="ascii")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class Assets:
    """The cached libraries of one settings' assets folder."""

    def __init__(self, settings: Settings, packages: list[Package] | None = None) -> None:
        self.root = settings.assets_dir
        self.registry = settings.npm_registry
        self.packages = packages if packages is not None else load_manifest()
        self._by_name = {
            served: package for package in self.packages for served in package.files.values()
        }
        self._lock = threading.Lock()
        self._failed: tuple[float, str] | None = None

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def is_ready(self, package: Package) -> bool:
        marker = self.root / package.folder / _DONE
        return marker.is_file() and marker.read_text(encoding="ascii").strip() == package.integrity

    def missing(self) -> list[Package]:
        return [p for p in self.packages if not self.is_ready(p)]

    def path(self, served_name: str) -> Path | None:
        """The cached file served as `served_name` (fetching if needed); None if unknown."""
        package = self._by_name.get(served_name)
        if package is None:
            return None
        self.ensure()
        return self.root / package.folder / served_name

    def ensure(self) -> None:
        """Fetch and verify whatever is missing; raise AssetsUnavailableError if impossible."""
        if not self.missing():
            return
        with self._lock:
            if self._failed and time.monotonic() - self._failed[0] < _RETRY_AFTER:
                raise AssetsUnavailableError(self._failed[1])
            try:
                for package in self.missing():
                    self.fetch(package)
            except AssetsUnavailableError as exc:
                self._failed = (time.monotonic(), str(exc))
                raise
            self._failed = None

    def prefetch(self) -> threading.Thread | None:
        """Fetch what is missing in a background thread (first serve); failures are logged
        and the explorer page explains them."""
        if not self.missing():
            return None

        def run() -> None:
            try:
                self.ensure()
                log.info("explorer libraries ready in %s", self.root)
            except AssetsUnavailableError as exc:
                log.error("the explorer (/explore) is unavailable: %s", exc)

        thread = threading.Thread(target=run, name="explorer-assets", daemon=True)
        thread.start()
        return thread

    def fetch(self, package: Package) -> None:
        url = package.tarball_url(self.registry)
        try:
            with urllib.request.urlopen(url, timeout=_TIMEOUT) as response:
                data = response.read()
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise AssetsUnavailableError(
                f"the explorer's library {package.folder} could not be fetched from {url} "
                f"({reason}); connect to the npm registry once (or set CITYGRAPH_NPM_REGISTRY "
                f"to a mirror) and run `python -m api.explorer.assets`"
            ) from None
        found = integrity_of(data)
        if found != package.integrity:
            raise AssetsUnavailableError(
                f"{url} does not match the integrity pinned in {MANIFEST.name} "
                f"(expected {package.integrity}, got {found}); refusing to use it"
            )
        try:
            unpack(package, data, self.root / package.folder)
        except (tarfile.TarError, OSError) as exc:
            raise AssetsUnavailableError(f"{package.folder}: cannot unpack ({exc})") from None


def main() -> int:
    """Fetch the explorer's libraries now (install time), printing what happened."""
    assets = Assets(get_settings())
    missing = [p.folder for p in assets.missing()]
    try:
        assets.ensure()
    except AssetsUnavailableError as exc:
        print(f"error: {exc}")
        return 1
    fetched = f"fetched {', '.join(missing)}" if missing else "all cached"
    print(f"explorer assets in {assets.root}: {fetched}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
