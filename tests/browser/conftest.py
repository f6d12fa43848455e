"""Browser-test fixtures: a live ASGI server on a thread of this process, and Debian's Chromium."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserType, Playwright, sync_playwright

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """`playwright install` cannot download here: drive Debian's Chromium, kept off the network."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    """Playwright's sync API keeps an event loop running on the main thread while it is started.

    pytest-playwright starts it once per session, which makes every later asyncio test (and every
    `async_to_sync`) in the same run fail; here it stops when this package's tests are done.
    """
    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="package")
def browser_context_args(playwright: Playwright, device: str | None) -> dict:
    """A desktop window, or the `--device` given (pytest-playwright's version needs a session Playwright)."""
    return dict(playwright.devices[device]) if device else {"viewport": {"width": 1280, "height": 800}}


@pytest.fixture(scope="package")
def browser_type(playwright: Playwright, browser_name: str) -> BrowserType:
    return getattr(playwright, browser_name)


@pytest.fixture(scope="package")
def browser(browser_type: BrowserType, browser_type_launch_args: dict) -> Iterator[Browser]:
    browser = browser_type.launch(**browser_type_launch_args)
    yield browser
    browser.close()


def _application():
    """The project's ASGI app with static files served, as `runserver` does."""
    from channels.routing import ProtocolTypeRouter
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

    from deployments.asgi import GatewayApp
    from tuneloop.asgi import application, django_asgi_app

    return ProtocolTypeRouter(
        {
            "http": GatewayApp(ASGIStaticFilesHandler(django_asgi_app)),
            "websocket": application.application_mapping["websocket"],
        }
    )


@pytest.fixture(scope="package")
def live_url(django_db_setup: None) -> Iterator[str]:
    """Daphne on a thread of the test process, so it shares the test database and the in-memory
    channel layer (a forked server process hung on database calls here).

    Twisted's reactor can run only once per process, hence one server for the package. It is stopped
    after the package so that later tests' events no longer go to its (remembered) event loop.
    """
    from daphne.server import Server
    from twisted.internet import reactor

    server = Server(_application(), endpoints=["tcp:port=0:interface=127.0.0.1"], signal_handlers=False, verbosity=0)
    thread = threading.Thread(target=server.run, name="live-asgi-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.listening_addresses:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the live server did not start listening")
        time.sleep(0.05)
    host, port = server.listening_addresses[0]
    yield f"http://{host}:{port}"
    reactor.callFromThread(reactor.stop)
    thread.join(timeout=10)
    from deployments.services.recording import recorder

    recorder.process.stop()  # its connection to the test database would keep the database from being dropped


@pytest.fixture
def screenshot(page) -> Callable[[str], Path]:
    """screenshot("name") saves the whole page as tests/browser/artifacts/<name>.png."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def log_in(page, live_url: str) -> Callable:
    """log_in(user) fills in the login form as a person would and waits for the campaign list."""

    def submit(user, password: str = "pw-for-tests") -> None:
        page.goto(f"{live_url}/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("heading", name="Campaigns").wait_for()

    return submit
