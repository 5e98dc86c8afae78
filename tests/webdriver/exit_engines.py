#!/usr/bin/env python3
"""The quick exit and the privacy journey in Firefox and WebKit, through WebDriver.

Playwright covers Chromium (tests/e2e). This drives Debian's firefox-esr with
geckodriver and WebKitGTK (the engine behind Safari) with WebKitWebDriver,
against the release build in dist/, served here on 127.0.0.1 by a small
server that also counts every request it gets:

  privacy   a whole journey makes no request after the app's own files load,
            and the page itself fetched nothing from another origin;
  exit      by click, by Shift x3 and by Esc (when turned on): the page is
            left and every store of the app's origin is empty;
  iframe    the iframe snippet on another origin (localhost), with embed.js:
            Shift x3 6 s after the last click leaves the whole host page
            (without embed.js, Firefox leaves only the frame);
  no wasm   the .wasm does not load: the calm fallback shows at once (the
            boot script catches it; WebKit fires no error event) and the
            exit still works;
  repeated  EXIT_RUNS exits (default 100), alternating click and Shift x3,
            each after the app stored something: fails if any store keeps
            anything even once.

Usage: tests/webdriver/exit_engines.py firefox|webkit
WebKit needs a display: run it under `xvfb-run -a` (scripts/test does).
The exit's neutral page is on the real internet, which tests cannot reach: the
browser shows its own error page for it, which counts as left.
"""
import argparse
import functools
import http.server
import os
import shutil
import sys
import threading
import time
import traceback
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
START = "A private check for warning signs"
FALLBACK = "Sorry, this check stopped working"


class Server:
    """dist/ on 127.0.0.1, recording each request; can refuse the .wasm."""

    def __init__(self):
        self.requests = []
        self.block_wasm = False
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

            def do_GET(self):
                server.requests.append(self.path)
                if self.path == "/ngo-host.html":
                    # An NGO page on another origin (localhost, not 127.0.0.1) with
                    # the iframe snippet of docs/embedding.md and its embed.js.
                    body = server.host_page().encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if server.block_wasm and self.path.split("?")[0].endswith(".wasm"):
                    self.send_error(404)
                    return
                super().do_GET()

            def end_headers(self):
                # Never from the cache: the "no .wasm" journey must really lose it.
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def log_message(self, *args):
                pass

        class Quiet(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                # A browser leaving mid-download (the exit does that) closes the socket.
                if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                    super().handle_error(request, client_address)

        handler = functools.partial(Handler, directory=str(DIST))
        self.httpd = Quiet(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.host = f"http://localhost:{self.httpd.server_address[1]}/ngo-host.html"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def host_page(self):
        sandbox = ("allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation "
                   "allow-popups allow-popups-to-escape-sandbox")
        return (
            '<!doctype html><meta charset="utf-8"><title>Harbour NGO</title><h1>Harbour NGO</h1>'
            f'<iframe src="{self.base}index.html" title="Clear Signs: a private check" sandbox="{sandbox}" '
            'referrerpolicy="no-referrer" style="width: 100%; height: 600px; border: 0"></iframe>'
            f'<script src="{self.base}embed.js" defer></script>'
        )

    def stop(self):
        self.httpd.shutdown()


def firefox():
    from selenium.webdriver.firefox.options import Options
    from selenium.webdriver.firefox.service import Service

    options = Options()
    options.binary_location = shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
    options.add_argument("-headless")
    for name, value in {
        "intl.accept_languages": "en-US",
        "app.update.enabled": False,
        "browser.shell.checkDefaultBrowser": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.enabled": False,
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        "browser.safebrowsing.malware.enabled": False,
        "browser.safebrowsing.phishing.enabled": False,
    }.items():
        options.set_preference(name, value)
    driver = shutil.which("geckodriver") or str(Path.home() / ".cargo/bin/geckodriver")
    return webdriver.Firefox(options=options, service=Service(executable_path=driver))


def webkit():
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    options = Options()
    browser = next(
        (str(p) for p in Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser")),
        "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    )
    options.binary_location = browser
    options.add_argument("--automation")
    driver = shutil.which("WebKitWebDriver") or "/usr/bin/WebKitWebDriver"
    return webdriver.WebKitGTK(options=options, service=Service(executable_path=driver))


def wait(what, condition, timeout=20.0):
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        try:
            value = condition()
            if value:
                return value
        except WebDriverException as error:  # mid-navigation
            last = error
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}" + (f" ({last.msg})" if last else ""))


def script(d, code, *args):
    return d.execute_script(code, *args)


def go(d, url):
    """Open url; geckodriver may first report the exit's offline page as an error."""
    for attempt in range(3):
        try:
            d.get(url)
            return
        except WebDriverException as error:
            if "error page" not in str(error.msg).lower() or attempt == 2:
                raise


def fresh(d, base):
    """Start each journey with nothing stored (a previous journey may have kept answers)."""
    go(d, base + "exit.js")
    script(d, "sessionStorage.clear(); localStorage.clear();")


def open_app(d, base, keep=False):
    fresh(d, base)
    if keep:
        # As after ticking "Keep my answers on this device" (the only way the
        # app stores anything): the worst case for the exit's wipe.
        script(d, "localStorage.setItem('clear-signs.keep', 'yes')")
    go(d, base + "index.html")
    wait("the app to start", lambda: script(d, "return document.documentElement.hasAttribute('data-cs-ready')"))
    wait("the start screen", lambda: heading(d) == START)
    # Every visitor then fetches the language files (lang/<code>.txt); after
    # that the app makes no request at all.
    wait("the language files", lambda: script(d, "return document.documentElement.hasAttribute('data-cs-languages')"))


def heading(d):
    return script(
        d,
        "var hs = document.querySelectorAll('main h1');"
        "for (var i = 0; i < hs.length; i++) if (hs[i].offsetParent) return hs[i].textContent;"
        "return null;",
    )


def button(d, name):
    return d.find_element(By.XPATH, f"//button[normalize-space()='{name}']")


def exit_link(d):
    return d.find_element(By.CSS_SELECTOR, "header a.cs-exit[data-cs-exit]")


def leaving(action):
    """Run an action that exits. geckodriver reports the offline neutral page
    as an error ("Reached error page"): that is the page being left."""
    try:
        action()
    except WebDriverException as error:
        if "error page" not in str(error.msg).lower():
            raise


def press_exit(d):
    leaving(lambda: exit_link(d).click())


def stored(d):
    """Everything the current page's origin holds in every kind of storage."""
    return d.execute_async_script(
        """
        var done = arguments[arguments.length - 1];
        (async function () {
          var out = { session: Object.keys(sessionStorage), local: Object.keys(localStorage), cookies: document.cookie };
          out.indexedDB = indexedDB.databases ? (await indexedDB.databases()).map(function (d) { return d.name; }) : [];
          out.caches = window.caches ? await caches.keys() : [];
          return out;
        })().then(done, function (e) { done({ error: String(e) }); });
        """
    )


EMPTY = {"session": [], "local": [], "cookies": "", "indexedDB": [], "caches": []}


def left(d, base):
    """The app's page is gone: another address, or the browser's error page for it."""

    def gone():
        try:
            return not d.current_url.startswith(base)
        except WebDriverException as error:
            return "error page" in str(error.msg).lower()

    wait("the page to be left", gone, timeout=15)


def expect_empty(d, base, label):
    # A page of the app's origin that does not run the app: its storage as the exit left it.
    for attempt in range(3):
        go(d, base + "exit.js")
        try:
            keys = stored(d)
            break
        except WebDriverException as error:
            # The exit's own navigation (it leaves in the next task) may still
            # land while we read: the harness reads again, the check is unchanged.
            if "unloaded" not in str(error.msg).lower() or attempt == 2:
                raise
            time.sleep(0.3)
    assert keys == EMPTY, f"{label}: storage kept {keys}"


def shift3(d):
    for _ in range(3):
        leaving(lambda: ActionChains(d).key_down(Keys.SHIFT).key_up(Keys.SHIFT).perform())


def start_and_store(d, base, keep=True):
    """Start the check and answer the first question; with `keep`, the
    answers are kept on the device (localStorage), else in memory only."""
    open_app(d, base, keep)
    button(d, "Start the check").click()
    wait("a question", lambda: d.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"))
    choice = d.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")[0]
    script(d, "arguments[0].scrollIntoView({block: 'center'})", choice)
    choice.click()
    if keep:
        wait("the kept answer", lambda: "clear-signs.v1" in stored(d)["local"])
    else:
        time.sleep(0.1)
        found = stored(d)
        assert found == EMPTY, f"answers stored without being asked to: {found}"


def privacy(d, server):
    base = server.base
    open_app(d, base)
    before = len(server.requests)
    # The language files: every one but English (built in), one at a time in
    # the one fixed order (src/domain/content.rs), whatever the visitor does.
    # (Resource timing, as the browser may answer some from its cache.)
    names = script(d, "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    langs = [r.split("/lang/")[1] for r in names if "/lang/" in r]
    order = ["zh", "vi", "id", "fil", "th", "hi", "ar", "fr", "es", "pt-BR", "sw", "zh-Hant", "my", "km", "lo", "ms", "bn", "ne", "si", "ur", "am", "sq", "ro"]
    assert langs == [c + ".txt" for c in order], f"language files: {langs}"
    button(d, "Start the check").click()
    for _ in range(30):
        if script(d, "return !!document.querySelector('[data-level]')"):
            break
        # A radio button, or on the first question (choose all that fit) a
        # checkbox; then Next. Each is scrolled to first, as a person would:
        # WebKitWebDriver does not scroll a control below the window into view
        # itself (Next is below it on a question with a long hint).
        for css in ["input[type=radio], input[type=checkbox]", "button[type=submit]"]:
            control = d.find_elements(By.CSS_SELECTOR, css)[0]
            script(d, "arguments[0].scrollIntoView({block: 'center'})", control)
            control.click()
        time.sleep(0.05)
    assert script(d, "return !!document.querySelector('[data-level]')"), "the journey reached no result"
    for index in [1, 2, 3]:  # rights, help, staying safe (found again: each screen re-renders)
        d.find_elements(By.CSS_SELECTOR, ".cs-nav__button")[index].click()
        time.sleep(0.1)
    time.sleep(0.3)
    after = server.requests[before:]
    assert after == [], f"requests after load: {after}"
    resources = script(d, "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    foreign = [r for r in resources if not r.startswith(base.rstrip("/")) and not r.startswith("data:")]
    assert foreign == [], f"requests to another origin: {foreign}"


def exit_by_click(d, server):
    start_and_store(d, server.base)
    press_exit(d)
    left(d, server.base)
    expect_empty(d, server.base, "click")


def exit_by_shift(d, server):
    start_and_store(d, server.base)
    shift3(d)
    left(d, server.base)
    expect_empty(d, server.base, "Shift x3")


def exit_by_escape(d, server):
    start_and_store(d, server.base)
    ActionChains(d).send_keys(Keys.ESCAPE).perform()
    time.sleep(0.3)
    assert d.current_url.startswith(server.base), "Esc exited while it was off"
    script(d, "document.documentElement.setAttribute('data-cs-exit-esc', 'on')")
    leaving(lambda: ActionChains(d).send_keys(Keys.ESCAPE).perform())
    left(d, server.base)
    expect_empty(d, server.base, "Esc")


def iframe_shift(d, server):
    """From inside the iframe, 6 s after the last click: the whole host page goes."""
    fresh(d, server.base)
    go(d, server.host)
    d.switch_to.frame(d.find_element(By.TAG_NAME, "iframe"))
    wait("the app in the frame", lambda: script(d, "return document.documentElement.hasAttribute('data-cs-ready')"))
    # This engine cannot tell whether the host page covers the frame's header
    # (no IntersectionObserver v2): the exit floats, on screen and big enough.
    wait(
        "the exit to float in reach",
        lambda: script(
            d,
            "var a = document.querySelector('header a.cs-exit'), r = a.getBoundingClientRect();"
            "return a.classList.contains('cs-exit--float') && r.top >= 0 && r.bottom <= innerHeight"
            " && r.height >= 44 && r.width >= 44;",
        ),
        timeout=5,
    )
    button(d, "Start the check").click()
    time.sleep(6)  # no user activation left (5 s in Chromium and Firefox, less in WebKit)
    shift3(d)
    d.switch_to.default_content()
    wait("the host page to be left", lambda: not d.current_url.startswith(server.host), timeout=15)


def no_wasm(d, server):
    fresh(d, server.base)
    server.block_wasm = True
    try:
        started = time.monotonic()
        d.get(server.base + "index.html")
        wait("the fallback", lambda: heading(d) == FALLBACK, timeout=5)
        took = time.monotonic() - started
        assert took < 5, f"the fallback took {took:.1f} s"
        print(f"    fallback shown {took:.1f} s after opening")
        script(d, "sessionStorage.setItem('clear-signs.v1', '{}')")
        press_exit(d)
        left(d, server.base)
        expect_empty(d, server.base, "exit without wasm")
    finally:
        server.block_wasm = False


def repeated(d, server, runs):
    failures = []
    started = time.monotonic()
    for run in range(runs):
        # Answers kept on the device, or (the default) in memory only; exit
        # by click or Shift x3; then, every other run, the sequence a security
        # test used: Back, and open the check again in the same tab.
        keep = run % 4 < 2
        start_and_store(d, server.base, keep)
        if run % 2:
            shift3(d)
        else:
            press_exit(d)
        left(d, server.base)
        try:
            if run % 4 in (1, 2):
                leaving(lambda: d.back())
                go(d, server.base + "index.html")
                wait("the check again", lambda: heading(d) == START)
                found = stored(d)
                assert found == EMPTY, f"exit {run + 1} (keep={keep}), Back, reopened: {found}"
            expect_empty(d, server.base, f"exit {run + 1} (keep={keep})")
        except AssertionError as error:
            failures.append(str(error))
    took = time.monotonic() - started
    print(f"    {runs} exits in {took:.0f} s ({1000 * took / runs:.0f} ms each)")
    assert not failures, f"{len(failures)} of {runs} exits left something stored: {failures[:5]}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engine", choices=["firefox", "webkit"])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("EXIT_RUNS", "100")))
    args = parser.parse_args()
    if not (DIST / "index.html").exists():
        sys.exit("dist/ is missing: run `trunk build --release` first")
    server = Server()
    d = firefox() if args.engine == "firefox" else webkit()
    d.set_window_size(480, 900)
    journeys = [
        ("privacy: no request after load", privacy),
        ("exit by click", exit_by_click),
        ("exit by Shift x3", exit_by_shift),
        ("exit by Esc when turned on", exit_by_escape),
        ("iframe on another origin: Shift x3 with no recent click leaves the host page", iframe_shift),
        ("the .wasm does not load: fallback at once, exit works", no_wasm),
        (f"{args.runs} exits in a row leave nothing stored", lambda d, s: repeated(d, s, args.runs)),
    ]
    failed = 0
    try:
        for name, journey in journeys:
            started = time.monotonic()
            try:
                journey(d, server)
                print(f"  ok   {args.engine}: {name} ({time.monotonic() - started:.1f} s)")
            except Exception as error:  # report every journey, then fail
                failed += 1
                where = traceback.extract_tb(error.__traceback__)[-3:]
                print(f"  FAIL {args.engine}: {name}: {str(error).splitlines()[0]}")
                print("".join(traceback.format_list(where)))
    finally:
        d.quit()
        server.stop()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
