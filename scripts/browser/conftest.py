"""Starts the real platform (debug build, fresh SQLite file, region loaded) for the
browser tests, with one coordinator account, and gives each test a Chromium page."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import base64
import json
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "regio"
PASSWORD = "browser-test-wachtwoord"
SCREENSHOTS = Path(os.environ.get("REGIO_SCREENSHOTS", ROOT / "screenshots"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The server's environment, so that a test can add users to its database with the CLI.
SERVER_ENV: dict = {}


@pytest.fixture(scope="session")
def server():
    if not BINARY.exists():
        pytest.fail(f"{BINARY} ontbreekt: draai eerst 'swift build'")
    workdir = Path(tempfile.mkdtemp(prefix="regio-browser-"))
    env = dict(os.environ, REGIO_SQLITE_PATH=str(workdir / "regio.sqlite"), REGIO_BCRYPT_COST="4",
               REGIO_PASSWORD=PASSWORD)
    env.pop("DATABASE_URL", None)
    SERVER_ENV.update(env)
    subprocess.run([str(BINARY), "user", "add", "--email", "coordinator@example.org", "--role", "coordinator",
                    "--name", "Carla Coördinator"], cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    log = open(workdir / "server.log", "w")
    process = subprocess.Popen([str(BINARY), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("de server start niet: " + (workdir / "server.log").read_text())
    yield base
    process.terminate()
    process.wait(timeout=10)
    log.close()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        executable = shutil.which("chromium") or "/usr/bin/chromium"
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, locale="nl-NL")
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # A form answered with 422 (validation) is expected; any other failed load is a bug.
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and "status of 422" not in m.text else None)
    yield pg
    context.close()
    assert errors == [], f"fouten in de browser: {errors}"


def screenshot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def login(page, email="coordinator@example.org"):
    """Logs in through the login page, as a person would."""
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def api(server, method, path, body):
    """A write through the JSON API as the coordinator; returns the answer's JSON (None for 204)."""
    token = base64.b64encode(f"coordinator@example.org:{PASSWORD}".encode()).decode()
    request = urllib.request.Request(server + path, data=None if body is None else json.dumps(body).encode(), method=method,
                                     headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"})
    with urllib.request.urlopen(request) as res:
        assert res.status in (200, 201, 204)
        return json.load(res) if res.status != 204 else None


def fictional_organisation(server, name, municipality):
    return api(server, "POST", "/api/v1/organisations", {"name": name, "municipalityCode": municipality, "kind": "zorg"})["id"]


def editor(email, organisation, name):
    """An editor of `organisation` (its name), added with the CLI as an administrator would."""
    subprocess.run([str(BINARY), "user", "add", "--email", email, "--role", "editor", "--organisation", organisation, "--name", name],
                   cwd=ROOT, env=SERVER_ENV, check=True, capture_output=True)
