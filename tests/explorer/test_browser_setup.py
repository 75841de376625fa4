"""The page test's Chromium setup: installs with apt-get when it may, else says why not."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.explorer import browser


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[list[str]]:
    """Chromium absent; apt-get calls recorded (and answered by the test)."""
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "chromium")
    calls: list[list[str]] = []
    return calls


def test_not_root_skips_with_the_packages_to_install(
    no_chromium: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browser.os, "geteuid", lambda: 1000)
    reason = browser.ensure_chromium()
    assert reason is not None and "needs root" in reason and "chromium-driver" in reason


def test_a_failing_apt_get_is_the_reason(
    no_chromium: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browser.os, "geteuid", lambda: 0)
    monkeypatch.setattr(browser.shutil, "which", lambda name: "/usr/bin/apt-get")

    def run(step: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        no_chromium.append(step)
        return subprocess.CompletedProcess(step, 100, "", "E: Unable to locate package chromium")

    monkeypatch.setattr(browser.subprocess, "run", run)
    reason = browser.ensure_chromium()
    assert reason is not None and "Unable to locate package chromium" in reason
    assert no_chromium == [["apt-get", "update", "-qq"]]


def test_apt_get_installs_the_browser_its_driver_and_a_cjk_font(
    no_chromium: list[list[str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(browser.os, "geteuid", lambda: 0)
    monkeypatch.setattr(browser.shutil, "which", lambda name: "/usr/bin/apt-get")

    def run(step: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        no_chromium.append(step)
        if "install" in step:
            browser.CHROMIUM.touch()
        return subprocess.CompletedProcess(step, 0, "", "")

    monkeypatch.setattr(browser.subprocess, "run", run)
    monkeypatch.setattr(browser, "CHROMEDRIVER", tmp_path)  # exists
    monkeypatch.setattr(browser, "CJK_FONT", tmp_path)
    assert browser.ensure_chromium() is None
    assert no_chromium[-1][-3:] == ["chromium", "chromium-driver", "fonts-wqy-zenhei"]
