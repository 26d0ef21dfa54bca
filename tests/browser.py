"""Headless Chromium (Debian's package) driven by Playwright, with no network."""
import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]


def require_chromium():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            raise RuntimeError("chromium is not installed; .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")


class PageSession:
    """A page whose every non-file request is blocked and recorded."""

    def __init__(self, browser, path):
        self.external: list[str] = []
        self.errors: list[str] = []
        # the CSP would also stop playwright's own polling (eval); bypassing it shows the page itself
        # requests nothing external, CSP or not
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.govkg && window.govkg.firstDraw !== null", timeout=60000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def node_id(self, label: str) -> int:
        return self.page.evaluate("(l) => window.govkg.graph.nodes.find(n => n.label === l).id", label)

    def node_point(self, node_id: int) -> tuple[float, float]:
        return self.page.evaluate("""(id) => {
            const net = window.govkg.network;
            const p = net.canvasToDOM(net.getPosition(id));
            const box = document.getElementById('network').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y]; }""", node_id)

    def hold_still_at(self, node_id: int) -> tuple[float, float]:
        """Where the node is on the page, once the layout is held still around it and drawn there."""
        # small graphs start with physics on: hold the layout still so the node stays under the
        # mouse, and wait for the view to be drawn where it was moved before pointing at the node
        self.page.evaluate("""(id) => new Promise(done => { const net = window.govkg.network;
            net.stopSimulation(); net.setOptions({physics: {enabled: false}});
            net.once('afterDrawing', () => done());
            net.focus(id, {scale: 1.0, animation: false}); net.redraw(); })""", node_id)
        return self.node_point(node_id)

    def hover_node(self, node_id: int) -> None:
        x, y = self.hold_still_at(node_id)
        self.page.mouse.move(x - 40, y - 40)  # from off the node, so that the page sees the pointer arrive
        self.page.mouse.move(x, y, steps=4)

    def click_node(self, node_id: int) -> None:
        x, y = self.hold_still_at(node_id)
        self.page.mouse.click(x, y)
        self.page.wait_for_function("(id) => window.govkg.network.getSelectedNodes().includes(id)", arg=node_id,
                                    timeout=5000)
