"""The HTML page in real Chromium (Debian's, driven by Playwright), with the network blocked.

Skipped when /usr/bin/chromium is absent. Every request the page makes is
logged and aborted unless it is the page file itself; Content-Security-Policy
violations and dialogs are recorded too.
"""

from pathlib import Path

import pytest

from graph import Edge, Node, Source, add_records, new_graph
from graph.html import write_html
from supplygraph.build import build_graph
from supplygraph.views import select_view

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "build" / "html-synthetic-diamond.png"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")]

XSS_FIRM = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = ("<script>alert(2)</script><img src=y onerror=alert(3)> Made-up Grit Works "
                "presses diamond grit in Henan.")

# Where an edge is drawn, in page coordinates (t: fraction along the edge).
EDGE_POINT = """([id, t]) => {
  const net = window.supplygraph.network;
  const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(t));
  const r = document.querySelector('#sg-graph canvas').getBoundingClientRect();
  return {x: r.left + p.x, y: r.top + p.y};
}"""


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """One page opened from a file with every other request blocked and logged."""

    def __init__(self, browser, path: Path, csp: bool = True):
        self.context = browser.new_context(viewport={"width": 1500, "height": 950}, bypass_csp=not csp)
        self.page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.requests, self.blocked, self.dialogs, self.errors = [], [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                                  " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.supplygraph && window.supplygraph.state.stable",
                                    timeout=60_000)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def assert_quiet(self):
        """No request but the page itself, nothing blocked by CSP, no dialog, no script error."""
        assert self.requests == [self.url]
        assert self.blocked == []
        assert self.js("() => window.__csp") == []
        assert self.dialogs == [] and self.errors == []

    def details(self) -> tuple[str, str]:
        return (self.js("() => document.getElementById('sg-details').getAttribute('data-shown')"),
                self.page.inner_text("#sg-details"))

    def point_at_edge(self, edge_id: str, action: str) -> tuple[str, str]:
        """Hover or click the edge (trying points along it until it is the one hit)."""
        for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75):
            pt = self.js(EDGE_POINT, [edge_id, t])
            self.page.mouse.move(5, 5)
            if action == "click":
                self.page.mouse.click(pt["x"], pt["y"])
            else:
                self.page.mouse.move(pt["x"], pt["y"])
            shown, text = self.details()
            if shown == f"edge:{edge_id}":
                return shown, text
            if action == "click":  # unpin before the next try
                self.page.mouse.click(5, 5)
        return self.details()

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def diamond(tmp_path_factory):
    """The default view for synthetic diamond on the bundled reference tables."""
    G = build_graph(ROOT / "data")
    view = select_view(G, None, ["synthetic diamond"], "China", as_of="2026-01-01")
    path = tmp_path_factory.mktemp("html") / "diamond.html"
    write_html(view.graph, path, view.title, view.caption, focus=view.focus, data_label="data/")
    return view, path


def test_diamond_view_offline_counts_provenance_and_screenshot(browser, diamond):
    view, path = diamond
    pg = Page(browser, path)
    try:
        counts = pg.js("() => [supplygraph.nodes.length, supplygraph.edges.length,"
                       " supplygraph.network.body.nodeIndices.length, supplygraph.network.body.edgeIndices.length]")
        n, m = view.graph.number_of_nodes(), view.graph.number_of_edges()
        assert counts == [n, m, n, m]
        assert pg.js("() => supplygraph.network.physics.physicsEnabled") is False  # frozen once stable
        edge = "country:china|material:synthetic-diamond|SUPPLIES|synthetic"
        shown, text = pg.point_at_edge(edge, "hover")
        assert shown == f"edge:{edge}"
        assert "SUPPLIES" in text and "95%" in text and "synthetic" in text
        assert "production.csv, row" in text and "https://" in text
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        pg.page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 20_000
        pg.assert_quiet()
    finally:
        pg.close()


def test_filter_by_type_and_search(browser, diamond):
    view, path = diamond
    pg = Page(browser, path)
    try:
        firms = sum(1 for _, t in view.graph.nodes(data="type") if t == "Firm")
        assert firms > 0
        pg.page.uncheck('#sg-legend-nodes input[data-type="Firm"]')
        visible = pg.js("() => supplygraph.nodes.get({filter: n => !n.hidden}).length")
        assert visible == view.graph.number_of_nodes() - firms
        pg.page.check('#sg-legend-nodes input[data-type="Firm"]')
        pg.page.fill("#sg-search", "Whirlwind")
        assert pg.page.inner_text("#sg-search-results").startswith("1 match")
        pg.page.click("#sg-search-results button")
        assert pg.js("() => supplygraph.network.getSelectedNodes()") == ["firm:henan-huanghe-whirlwind"]
        assert pg.details()[0] == "node:firm:henan-huanghe-whirlwind"
        pg.assert_quiet()
    finally:
        pg.close()


def xss_graph():
    G = new_graph()
    firm, dia, cn = Node("Firm", XSS_FIRM), Node("Material", "synthetic diamond"), Node("Country", "China")
    sentence = Source.from_document("made-up-article.txt", XSS_SENTENCE, 0, len(XSS_SENTENCE),
                                    source_url="javascript:alert(4)")
    table = Source.from_table("made-up.csv", 7, "https://example.org/<b>grit</b>")
    add_records(G, [firm, dia, cn,
                    Edge("PRODUCES", firm.id, dia.id, {}, (sentence,)),
                    Edge("SUPPLIES", cn.id, dia.id, {"stage": "synthetic", "share": 0.9}, (table,))])
    return G, f"{firm.id}|{dia.id}|PRODUCES"


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_xss_payloads_render_as_text(browser, tmp_path, csp):
    G, edge = xss_graph()
    path = write_html(G, tmp_path / "xss.html", XSS_FIRM, XSS_SENTENCE)
    pg = Page(browser, path, csp=csp)
    try:
        shown, text = pg.point_at_edge(edge, "click")
        assert shown == f"edge:{edge}"
        assert XSS_SENTENCE in text and XSS_FIRM in text
        assert "javascript:alert(4)" in text
        assert pg.js("() => document.querySelectorAll('#sg-details a').length") == 0  # not a link
        pg.page.fill("#sg-search", "<img")
        assert XSS_FIRM in pg.page.inner_text("#sg-search-results")
        assert pg.page.inner_text("#sg-title") == XSS_FIRM
        assert pg.js("() => document.querySelectorAll('img, b, #sg-details script').length") == 0
        pg.page.wait_for_timeout(300)  # give a stray onerror handler time to fire
        pg.assert_quiet()
    finally:
        pg.close()


def test_large_graph_is_capped_and_frozen(browser, tmp_path):
    G = new_graph()
    src = (Source.from_table("gen.csv", 2, None),)
    mats = [Node("Material", f"material {i:02d}") for i in range(50)]
    firms = [Node("Firm", f"Firm {i:04d}") for i in range(2500)]
    add_records(G, mats + firms + [Edge("PRODUCES", f.id, mats[i % 50].id, {}, src) for i, f in enumerate(firms)])
    path = write_html(G, tmp_path / "big.html", "big", max_nodes=300)
    pg = Page(browser, path)
    try:
        assert pg.js("() => supplygraph.network.body.nodeIndices.length") == 300
        caption = pg.page.inner_text("#sg-caption")
        assert "300 nodes" in caption and "Left out" in caption and "2,250 nodes" in caption
        assert pg.js("() => supplygraph.network.physics.physicsEnabled") is False
        pg.assert_quiet()
    finally:
        pg.close()


def test_an_edge_of_the_learned_model_is_dashed_faint_and_counted(browser, tmp_path):
    G = new_graph()
    src = Source.from_document("a.txt", "Globex Group turns spodumene from its own mines into lithium hydroxide.", 0, 71)
    add_records(G, [Node("Firm", "Globex Group"), Node("Material", "spodumene"), Node("Material", "lithium hydroxide"),
                    Edge("PRODUCES", "firm:globex-group", "material:spodumene", {"found_by": "learned"}, (src,)),
                    Edge("PRODUCES", "firm:globex-group", "material:lithium-hydroxide", {}, (src,))])
    path = tmp_path / "learned.html"
    write_html(G, path, "learned")
    pg = Page(browser, path)
    try:
        learned = pg.js("() => supplygraph.edges.get('firm:globex-group|material:spodumene|PRODUCES')")
        ruled = pg.js("() => supplygraph.edges.get('firm:globex-group|material:lithium-hydroxide|PRODUCES')")
        assert learned["dashes"] == [2, 5] and learned["color"]["opacity"] < ruled["color"]["opacity"]
        assert ruled["dashes"] is False
        assert "1" in pg.page.inner_text("#sg-legend-learned")
        shown, text = pg.point_at_edge("firm:globex-group|material:spodumene|PRODUCES", "click")
        assert shown == "edge:firm:globex-group|material:spodumene|PRODUCES" and "learned" in text
        pg.assert_quiet()
    finally:
        pg.close()
