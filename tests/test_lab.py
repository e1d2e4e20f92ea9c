"""`make lab` in a real browser: the live JupyterLab UI shows Persian right to left.

One JupyterLab server is started for the module through ``helpers.lab`` (the same command line
and environment as ``make lab``) on a free localhost port with a random token, on a temporary
copy of the notebooks (so autosave never touches the committed ones) and a temporary HOME (so
we can check nothing is written into ``~/.jupyter``). Debian's Chromium is driven through
Playwright. Screenshots go to ``test-artifacts/``. The server, its kernels and the browser are
stopped even when a test fails.

Without ``/usr/bin/chromium`` (or Playwright) the browser tests skip on a laptop and FAIL in CI
(``CI`` set), so CI can never pass them silently.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

from helpers import lab, paths

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = paths.ROOT / "test-artifacts"
STARTUP_TIMEOUT = 180  # s: JupyterLab on 2 busy cores can take 20-40 s, often more under load
RUN_TIMEOUT_MS = 240_000  # ms: kernel start + hazm/helpers import + extraction on busy cores
TRY_TAG = "try-your-own"
NB_CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"  # the open tab's cells
# A short article of our own (not from the corpus): a named speaker with a title, a quotation,
# a pronoun-resolved paraphrase, and markup that must show as text, never as HTML.
MY_ARTICLE = ("مهندس کاوه نوری، مدیرعامل شرکت آب شهر، روز دوشنبه گفت: "
              "«ذخیره‌ی سدهای استان به کمترین حد رسیده است.»\n"
              "وی افزود که مردم باید در مصرف آب صرفه‌جویی کنند و <b>هشدار</b> جدی است.")
MY_SPEAKER = "کاوه نوری"


# --------------------------------------------------------------------------- server

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _notebook_copies(dest: Path) -> list[str]:
    """Copy every notebook into ``dest`` (from the .ipynb, or built from the .py twin while the
    .ipynb does not exist yet); the try-your-own notebook loses its outputs, so highlights can
    only come from the live kernel."""
    import jupytext

    names = []
    for py in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")):
        ipynb = py.with_suffix(".ipynb")
        nb = nbformat.read(ipynb, as_version=4) if ipynb.exists() else jupytext.read(py)
        if any(TRY_TAG in c.metadata.get("tags", []) for c in nb.cells):
            for c in nb.cells:
                if c.cell_type == "code":
                    c.outputs, c.execution_count = [], None
        nbformat.write(nb, dest / ipynb.name)
        names.append(ipynb.name)
    return names


class Server:
    def __init__(self, tmp: Path):
        self.root = tmp / "notebooks"
        self.home = tmp / "home"
        for d in (self.root, self.home):
            d.mkdir()
        self.notebooks = _notebook_copies(self.root)
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "jupyterlab.log"
        env = dict(os.environ)
        env["HOME"] = str(self.home)
        env["JUPYTER_RUNTIME_DIR"] = str(tmp / "runtime")
        # this test's settings and workspace stay in tmp, not in the checkout's lab/config/lab
        env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp / "lab-user-settings")
        env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp / "lab-workspaces")
        # exactly what `make lab` runs, with a port, a token and no browser
        cmd = [sys.executable, "-m", "helpers.lab", "--root", str(self.root), "--no-browser",
               f"--port={self.port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
               f"--IdentityProvider.token={self.token}"]
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, env=env, cwd=tmp, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def api(self, path: str, method: str = "GET", body: dict | None = None, timeout: float = 30):
        req = urllib.request.Request(
            f"{self.url}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, r.headers, raw

    def wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if self.api("/api/status", timeout=5)[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.5)
        pytest.fail(f"JupyterLab did not answer within {STARTUP_TIMEOUT} s:\n{self.log_tail()}")

    def log_tail(self, n: int = 40) -> str:
        self.log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    def stop(self) -> None:
        """Shut down the kernels and the server this test started (only those)."""
        if self.proc.poll() is None:
            try:
                for k in json.loads(self.api("/api/kernels", timeout=10)[2]):
                    self.api(f"/api/kernels/{k['id']}", method="DELETE", timeout=30)
                self.api("/api/shutdown", method="POST", timeout=10)
            except Exception:
                pass
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=15)
        try:  # anything left in the server's own process group
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("lab"))
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


# --------------------------------------------------------------------------- browser

def _require_browser():
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is missing (pip install playwright)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _require_browser()
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    ctx = None
    try:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM),
            headless=True, args=CHROMIUM_FLAGS, viewport={"width": 1400, "height": 1000})
        yield ctx
    finally:
        if ctx is not None:
            ctx.close()
        pw.stop()


def _open(ctx, server: Server, name: str):
    page = ctx.new_page()
    page.set_default_timeout(RUN_TIMEOUT_MS)
    # a workspace of its own per notebook, so no tab of an earlier test is restored beside it
    page.goto(f"{server.url}/lab/workspaces/{Path(name).stem}/tree/{name}?token={server.token}")
    page.wait_for_selector(".jp-NotebookPanel .jp-MarkdownCell .jp-RenderedMarkdown p",
                           timeout=STARTUP_TIMEOUT * 1000)
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_selector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status="idle"]',
                           timeout=STARTUP_TIMEOUT * 1000)
    # JupyterLab asks once whether to fetch Jupyter news; answer so the toast leaves the view
    no = page.locator(".jp-Notification-Toast button, .Toastify__toast button").filter(has_text="No")
    try:
        no.first.click(timeout=3000)
    except Exception:
        pass
    return page


def _shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / name
    page.screenshot(path=str(out))
    return out


# Where a paragraph's lines sit: the right edge of its last line against the content box.
_LINES_JS = """(el) => {
  const r = document.createRange(); r.selectNodeContents(el);
  const rects = [...r.getClientRects()].filter(x => x.width > 0);
  const box = el.getBoundingClientRect(), cs = getComputedStyle(el);
  const inner = {left: box.left + parseFloat(cs.paddingLeft), right: box.right - parseFloat(cs.paddingRight)};
  const lastTop = Math.max(...rects.map(x => x.top));
  const last = rects.filter(x => Math.abs(x.top - lastTop) < 2);
  return {direction: cs.direction, textAlign: cs.textAlign, unicodeBidi: cs.unicodeBidi,
          fontFamily: cs.fontFamily, lines: new Set(rects.map(x => Math.round(x.top))).size,
          lastLeft: Math.min(...last.map(x => x.left)), lastRight: Math.max(...last.map(x => x.right)),
          boxLeft: inner.left, boxRight: inner.right, text: el.textContent.slice(0, 60)};
}"""

_PERSIAN = re.compile(r"^[\s#*_«]*[\u0600-\u06FF]")
_LATIN = re.compile(r"^[\s*_]*[A-Za-z]")


def _paragraph(page, pattern: re.Pattern, min_len: int = 120):
    for p in page.locator(".jp-MarkdownCell .jp-RenderedMarkdown p").all():
        text = p.text_content() or ""
        if len(text) >= min_len and pattern.match(text):
            return p
    raise AssertionError(f"no markdown paragraph matching {pattern.pattern} of >= {min_len} chars")


# --------------------------------------------------------------------------- tests

def test_lab_config_comes_from_the_repo(server):
    """The page loads custom.css from lab/config/custom, and the font is served."""
    _, _, html = server.api("/lab")
    assert b'href="/custom/custom.css"' in html, "LabApp.custom_css is not on"
    status, _, css = server.api("/custom/custom.css")
    assert status == 200 and css == lab.CUSTOM_CSS.read_bytes()
    for face in re.findall(rb'url\("\.\./(static/fonts/[^"]+)"\)', css):
        status, headers, font = server.api("/" + face.decode())
        assert status == 200 and len(font) > 10_000, face
    status, _, body = server.api("/api/kernelspecs")
    assert json.loads(body)["default"] == "python3"


def test_saving_from_lab_strips_volatile_metadata(server):
    """A notebook saved through the server (as JupyterLab saves) loses timings, papermill
    metadata and the Python patch version, like `make sync` strips them."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["language_info"] = {"name": "python", "version": "3.12.99"}
    nb.metadata["papermill"] = {"duration": 1.5}
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    cell.metadata["tags"] = ["kept"]
    nb.cells.append(cell)
    server.api("/api/contents/zz_saved.ipynb", method="PUT",
               body={"type": "notebook", "format": "json", "content": nb})
    saved = json.loads((server.root / "zz_saved.ipynb").read_text())
    assert "papermill" not in saved["metadata"]
    assert "version" not in saved["metadata"]["language_info"]
    assert saved["cells"][0]["metadata"] == {"tags": ["kept"]}


def test_saving_an_unchanged_notebook_from_lab_gives_no_diff(server):
    """Open and save every committed pair through the server, as JupyterLab does (jupytext
    pairs the files, the pre-save hook strips volatile metadata): no byte of the .ipynb or of
    its .py twin changes."""
    import difflib

    folder = server.root / "roundtrip"
    folder.mkdir()
    shutil.copy(paths.ROOT / "jupytext.toml", folder)
    stems = sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")
                   if p.with_suffix(".py").exists())
    assert stems
    changed = []
    for stem in stems:
        for ext in (".ipynb", ".py"):
            shutil.copy(paths.NOTEBOOKS / f"{stem}{ext}", folder)
        _, _, body = server.api(f"/api/contents/roundtrip/{stem}.ipynb?content=1")
        content = json.loads(body)["content"]
        # what a live session adds: the kernel's full language_info
        content["metadata"].setdefault("language_info", {})["version"] = "3.12.99"
        server.api(f"/api/contents/roundtrip/{stem}.ipynb", method="PUT",
                   body={"type": "notebook", "format": "json", "content": content})
        for ext in (".ipynb", ".py"):
            a = (paths.NOTEBOOKS / f"{stem}{ext}").read_text(encoding="utf-8").splitlines()
            b = (folder / f"{stem}{ext}").read_text(encoding="utf-8").splitlines()
            if a != b:
                changed.append("\n".join(difflib.unified_diff(a, b, f"committed {stem}{ext}",
                                                               f"saved in lab {stem}{ext}",
                                                               n=1, lineterm=""))[:1500])
    assert not changed, ("saving in JupyterLab would change committed files (are they in the "
                         "form `make sync` writes with jupytext.toml?):\n" + "\n".join(changed))


def test_live_notebook_01_is_rtl(server, browser):
    page = _open(browser, server, "01_load_articles.ipynb")
    try:
        fa = page.evaluate(_LINES_JS, _paragraph(page, _PERSIAN).element_handle())
        assert fa["direction"] == "rtl", fa
        assert fa["textAlign"] in ("right", "start"), fa
        assert fa["lines"] >= 2, f"want a multi-line Persian paragraph for the layout check: {fa}"
        # aligned to the start: the last (short) line ends at the right edge, not the left
        assert abs(fa["lastRight"] - fa["boxRight"]) <= 3, fa
        assert fa["lastLeft"] - fa["boxLeft"] > 20, fa
        assert "Vazirmatn" in fa["fontFamily"], fa
        # an English paragraph in the same RTL cell still reads left to right from the left
        en = page.evaluate(_LINES_JS, _paragraph(page, _LATIN).element_handle())
        assert abs(en["lastLeft"] - en["boxLeft"]) <= 3, en
        # code cells are left to right
        code = page.locator(".jp-CodeCell .cm-content").first
        assert code.evaluate("e => getComputedStyle(e).direction") == "ltr"
        assert page.locator(".jp-CodeCell .jp-InputArea").first.evaluate(
            "e => getComputedStyle(e).direction") == "ltr"
        # the bundled font was actually fetched and used
        assert page.evaluate("""[...document.fonts].some(f => f.family.replace(/"/g, '') === 'Vazirmatn'
                                                              && f.status === 'loaded')""")
        # tables in RTL order, flush right in their output
        table = page.locator(".jp-OutputArea-output table").first
        table.scroll_into_view_if_needed()
        t = table.evaluate("""t => {
            const ths = [...t.querySelectorAll('thead th')].filter(h => h.offsetWidth > 0);
            const out = t.closest('.jp-OutputArea-output').getBoundingClientRect();
            return {direction: getComputedStyle(t).direction,
                    first: ths[0].getBoundingClientRect().right, second: ths[1].getBoundingClientRect().right,
                    right: t.getBoundingClientRect().right,
                    outRight: out.right - parseFloat(getComputedStyle(t.closest('.jp-OutputArea-output')).paddingRight)};
        }""")
        assert t["direction"] == "rtl" and t["first"] > t["second"], t
        assert abs(t["right"] - t["outRight"]) <= 3, t
        page.locator(".jp-Notebook").first.evaluate("e => e.scrollTo(0, 0)")
        _shot(page, "lab_01_load_articles.png")
    finally:
        page.close()


def _tagged_notebooks() -> list[str]:
    """Notebooks with a try-your-own cell (from the .ipynb, or the .py twin while it is new)."""
    import jupytext

    names = []
    for py in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")):
        ipynb = py.with_suffix(".ipynb")
        nb = nbformat.read(ipynb, as_version=4) if ipynb.exists() else jupytext.read(py)
        if any(TRY_TAG in c.metadata.get("tags", []) for c in nb.cells):
            names.append(ipynb.name)
    return names


def _try_section(server: Server, name: str) -> tuple[int, int]:
    """(index of the tagged cell, number of code cells to run from it)."""
    cells = nbformat.read(server.root / name, as_version=4).cells
    first = next(i for i, c in enumerate(cells) if TRY_TAG in c.metadata.get("tags", []))
    n = 1
    while first + n < len(cells) and cells[first + n].cell_type == "code":
        n += 1
    return first, n


def _run_cells(page, first: int, n: int) -> None:
    """Select cell ``first`` and press Shift+Enter ``n`` times, as an analyst would; wait until
    they have run (or one failed) and fail with the traceback if any did not finish."""
    cells = page.locator(NB_CELLS)
    prompts = [cells.nth(k).locator(".jp-InputPrompt") for k in range(first, first + n)]
    before = [p.text_content() for p in prompts]
    prompts[0].click()
    page.keyboard.press("Escape")
    for _ in range(n):
        page.keyboard.press("Shift+Enter")
    page.wait_for_function(
        """([els, before]) => /\\[\\d+\\]/.test(els[0].textContent) && els[0].textContent !== before[0]
                              && els.every(e => !e.textContent.includes('*'))""",
        arg=[[p.element_handle() for p in prompts], before], timeout=RUN_TIMEOUT_MS)
    for k, (p, b) in enumerate(zip(prompts, before)):
        after = p.text_content()
        if after == b or not re.search(r"\[\d+\]", after):
            errors = [o.text_content() for c in range(first, first + n)
                      for o in cells.nth(c).locator(
                          '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').all()]
            raise AssertionError(f"cell {first + k} did not run in the live kernel "
                                 f"(prompt {b!r} -> {after!r}):\n" + "\n".join(errors)[-3000:])


def _with_article(source: str, article: str) -> str:
    """The tagged cell's source with its MY_ARTICLE string replaced (other lines kept)."""
    new, n = re.subn(r'MY_ARTICLE\s*=\s*(""".*?"""|\'\'\'.*?\'\'\')',
                     lambda m: f'MY_ARTICLE = """{article}"""', source, count=1, flags=re.S)
    assert n == 1, f"no MY_ARTICLE = \"\"\"...\"\"\" in the {TRY_TAG} cell:\n{source[:300]}"
    return new


@pytest.mark.parametrize("name", _tagged_notebooks() or [None])
def test_try_your_own_article_runs_in_the_live_kernel(server, browser, name):
    if name is None:
        pytest.skip("no notebook has a cell tagged try-your-own yet")
    first, n = _try_section(server, name)
    page = _open(browser, server, name)
    try:
        cells = page.locator(NB_CELLS)
        # only the try-your-own cells, in a fresh kernel: nothing above them is run
        _run_cells(page, first, n)
        assert page.locator(".goftar-highlight").count() == 1
        for role in ("speaker", "cue", "content"):
            assert page.locator(f".goftar-highlight mark.goftar-{role}").count() > 0, role
        hl = page.locator(".goftar-highlight").first
        assert hl.evaluate("e => getComputedStyle(e).direction") == "rtl"

        # paste a new article into the tagged cell and rerun only these cells
        editor = cells.nth(first).locator(".cm-content")
        editor.click()
        page.keyboard.press("Control+a")
        source = nbformat.read(server.root / name, as_version=4).cells[first].source
        page.keyboard.insert_text(_with_article(source, MY_ARTICLE))
        page.keyboard.press("Escape")
        _run_cells(page, first, n)
        hl = page.locator(".goftar-highlight").first
        speakers = [m.text_content() for m in page.locator(".goftar-highlight mark.goftar-speaker").all()]
        assert any(MY_SPEAKER in s for s in speakers), speakers
        assert "روبیو" not in hl.text_content()  # the seed is gone: this is the new article
        # the pasted markup shows as text, escaped, never as HTML
        assert "<b>هشدار</b>" in hl.text_content() and hl.locator("b").count() == 0
        # and its claims table lists the speaker, in RTL order
        table = cells.nth(first + n - 1).locator(".jp-OutputArea-output table")
        assert MY_SPEAKER in table.text_content()
        assert table.evaluate("t => getComputedStyle(t).direction") == "rtl"
        hl.scroll_into_view_if_needed()
        cells.nth(first).evaluate("e => e.scrollIntoView({block: 'start'})")
        _shot(page, f"lab_try_your_own_{Path(name).stem}.png")
    finally:
        page.close()


def test_lab_left_the_users_jupyter_alone(server):
    """Nothing was written to ~/.jupyter (the server ran with config from lab/config)."""
    assert not (server.home / ".jupyter").exists()
    assert lab.lab_env({"HOME": "/x"})["JUPYTER_CONFIG_DIR"] == str(lab.CONFIG_DIR)


# --------------------------------------------------------------------------- kernel

def _kernel_value(env: dict, probe_dir: Path) -> list[str]:
    """Import a module, change its file on disk, read it again: with autoreload the second
    read sees the change."""
    from jupyter_client.manager import start_new_kernel

    mod = probe_dir / "goftar_autoreload_probe.py"
    mod.write_text("VALUE = 'before'\n")
    km, kc = start_new_kernel(kernel_name="python3", env=env, cwd=str(probe_dir),
                              startup_timeout=STARTUP_TIMEOUT)
    try:
        out = []

        def run(code):
            msgs = []
            reply = kc.execute_interactive(code, timeout=120, output_hook=msgs.append)
            assert reply["content"]["status"] == "ok", reply["content"]
            out.extend(m["content"]["data"]["text/plain"] for m in msgs
                       if m["msg_type"] == "execute_result")

        run("import goftar_autoreload_probe as p, helpers\np.VALUE")
        mod.write_text("VALUE = 'after'\n")
        st = mod.stat()
        os.utime(mod, (st.st_atime + 5, st.st_mtime + 5))
        run("p.VALUE")
        run("helpers.__file__")
        return out
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_lab_kernel_autoreloads_and_imports_helpers(tmp_path):
    env = lab.lab_env()
    env["PYTHONPATH"] = str(tmp_path)
    before, after, helpers_file = _kernel_value(env, tmp_path)
    assert (before, after) == ("'before'", "'after'")
    assert str(paths.ROOT / "src" / "helpers") in helpers_file


def test_plain_kernel_does_not_autoreload(tmp_path):
    """The autoreload comes from the lab profile only: papermill, nbval and `make notebooks`
    (which do not use it) keep their outputs unchanged."""
    env = {k: v for k, v in os.environ.items() if k != "IPYTHONDIR"}
    env["IPYTHONDIR"] = str(tmp_path / "ipython")
    env["PYTHONPATH"] = str(tmp_path)
    before, after, _ = _kernel_value(env, tmp_path)
    assert (before, after) == ("'before'", "'before'")
