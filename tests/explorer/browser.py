"""Headless Chromium for the page tests: Debian's chromium and chromium-driver.

Installed with apt-get when missing and this process may (root, apt-get present); else
the caller skips with the reason. A CJK font is installed with them so that the
screenshots show the Chinese names. Never downloads a browser of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
PACKAGES = ("chromium", "chromium-driver", "fonts-wqy-zenhei")
#: The flags that work on this kind of machine (closed network, no GPU, root).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


def _present() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists() and CJK_FONT.exists()


def ensure_chromium() -> str | None:
    """None when Chromium and ChromeDriver are there (installing them if need be);
    otherwise the reason they are not, for pytest.skip."""
    if _present():
        return None
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return (
            "headless Chromium is missing and cannot be installed here (needs root and "
            f"apt-get): install Debian's {' '.join(PACKAGES)}"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    steps = (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *PACKAGES],
    )
    for step in steps:
        done = subprocess.run(step, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            return f"`{' '.join(step)}` failed: {(done.stderr or done.stdout).strip()[-500:]}"
    return None if _present() else f"{' '.join(PACKAGES)} installed but a file is missing"


def chrome(user_data_dir: str | None = None) -> Any:
    """A selenium Chrome driver on Debian's Chromium with the flags above."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_data_dir or tempfile.mkdtemp(prefix='chromium-')}")
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
