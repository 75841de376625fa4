"""The explorer page in headless Chromium, served by the real app over the real graph
loaded with the sample reports in seed/reports: search, neighbourhood, evidence, map,
attendance. Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from api.app import create_app
from citygraph.paths import PROJECT_ROOT, SEED_REPORTS_DIR
from citygraph.settings import Settings
from graph.driver import Graph
from graph.writer import clear_graph
from loaders.pipeline import load_files
from tests.conftest import free_port
from tests.explorer.browser import chrome, ensure_chromium

pytestmark = pytest.mark.integration

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
BUSAN = "city:kr:busan"
LANTERN = "series:kaohsiung-lantern-festival"


@pytest.fixture(scope="module")
def server(graph_settings: Settings, graph: Graph) -> Iterator[str]:
    """The API on a free loopback port, over the graph holding the seed reports."""
    clear_graph(graph)
    load_files(graph, sorted(SEED_REPORTS_DIR.glob("*.txt")))
    app = create_app(graph_settings)
    app.state.assets.ensure()  # the pinned libraries, fetched once into the cache
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    reason = ensure_chromium()
    if reason:
        pytest.skip(reason)
    driver = chrome(str(tmp_path_factory.mktemp("chromium-profile")))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver: Any, script: str, timeout: float = 15.0) -> Any:
    """Poll a JavaScript expression until it is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = driver.execute_script(f"return ({script});")
        if value:
            return value
        if time.monotonic() > deadline:
            status = driver.execute_script("return document.querySelector('#status').textContent")
            raise AssertionError(f"timed out waiting for {script!r}; status: {status!r}")
        time.sleep(0.1)


def screenshot(driver: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path


def test_search_shows_busan_and_an_edge_click_shows_its_evidence(server: str, browser: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(f"{server}/explore")
    assert browser.title == "citygraph explorer"
    wait_for(browser, "window.explorer && window.cytoscape && window.L")
    box = browser.find_element(By.ID, "q")
    box.send_keys("釜山", Keys.ENTER)

    wait_for(browser, f"explorer.state.center === '{BUSAN}'")
    wait_for(browser, "explorer.cy.nodes().length > 1")
    wait_for(browser, "document.querySelector('#timeline .timeline')")  # the page has settled
    busan_edges = browser.execute_script(
        f"return explorer.cy.getElementById('{BUSAN}').connectedEdges().map(e => e.id())"
    )
    assert len(busan_edges) >= 5
    assert "Busan" in browser.find_element(By.ID, "details").text
    first_hit = browser.find_element(By.CSS_SELECTOR, "#results li")
    assert first_hit.get_attribute("data-id") == BUSAN

    # A real click on the middle of an edge that carries evidence, as a person would:
    # the edge whose midpoint lies farthest from every node, so no node is hit instead.
    target = browser.execute_script(
        """
        const nodes = explorer.cy.nodes().map(n => n.renderedPosition());
        const clearance = (e) => Math.min(...nodes.map(p =>
          Math.hypot(p.x - e.renderedMidpoint().x, p.y - e.renderedMidpoint().y)));
        const edge = explorer.cy.edges()
          .filter(e => explorer.state.edges.get(e.id()).evidence.length > 0)
          .sort((a, b) => clearance(b) - clearance(a))[0];
        const box = document.querySelector('#graph').getBoundingClientRect();
        const mid = edge.renderedMidpoint();
        return {id: edge.id(), x: mid.x, y: mid.y, w: box.width, h: box.height};
        """
    )
    canvas = browser.find_element(By.ID, "graph")
    ActionChains(browser).move_to_element_with_offset(
        canvas, round(target["x"] - target["w"] / 2), round(target["y"] - target["h"] / 2)
    ).click().perform()
    wait_for(browser, "document.querySelector('#evidence blockquote')")
    assert browser.execute_script("return explorer.cy.edges(':selected').map(e => e.id())") == [
        target["id"]
    ]
    quote = browser.find_element(By.CSS_SELECTOR, "#evidence blockquote").text
    expected = browser.execute_script(
        "return explorer.state.edges.get(arguments[0]).evidence[0].text", target["id"]
    )
    assert quote == expected and len(quote) > 5
    path = screenshot(browser, "explorer-busan-evidence.png")
    assert path.stat().st_size > 10_000

    # the shortest path from Busan to Malé is drawn and marked
    browser.find_element(By.ID, "path-to").send_keys("馬列", Keys.ENTER)
    wait_for(browser, "explorer.cy.edges('.path').length >= 2")
    marked = browser.execute_script("return explorer.cy.nodes('.path').map(n => n.id())")
    assert {BUSAN, "city:mv:male"} <= set(marked)
    screenshot(browser, "explorer-busan-path-to-male.png")


def test_map_and_attendance_panels(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/explore?id={LANTERN}")
    wait_for(browser, f"explorer.state.center === '{LANTERN}'")
    wait_for(browser, "document.querySelectorAll('#attendance-table tr').length > 2")
    browser.find_element(By.CSS_SELECTOR, "[data-panel=attendance]").click()
    table = browser.find_element(By.ID, "attendance-table").text
    assert "2013" in table and "Busan" in table
    screenshot(browser, "explorer-attendance.png")

    browser.find_element(By.CSS_SELECTOR, "[data-panel=map]").click()
    # coastlines from world-atlas plus one marker per partner city with coordinates
    wait_for(browser, "document.querySelectorAll('#map path.leaflet-interactive').length >= 3")
    assert wait_for(browser, "document.querySelectorAll('#map svg path').length > 100")
    screenshot(browser, "explorer-map.png")
