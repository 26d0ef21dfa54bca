"""The explorer page, in a real browser with the network cut off."""

import pytest

import govkg
from govkg.render import render_html
from tests.browser import ARGS, CHROMIUM, PageSession, require_chromium
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def example_page(tmp_path_factory, examples_kg):
    out = tmp_path_factory.mktemp("page")
    return examples_kg.write(out)[1]


@pytest.fixture
def session(browser, example_page):
    s = PageSession(browser, example_page)
    yield s
    s.page.close()


def test_the_page_loads_offline_with_no_external_request(session):
    assert session.external == []
    assert session.errors == []


def test_the_page_is_one_utf8_file_with_the_library_inlined(example_page):
    text = example_page.read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in text
    assert "src=" not in text.split("<script", 1)[1].split(">", 1)[0]
    assert "cdn" not in text.lower().replace("cdnjs", "") or "cdn.jsdelivr" not in text


def test_node_and_edge_counts_equal_the_graph(session, examples_kg):
    nodes, edges = session.page.evaluate("[window.govkg.nodes.length, window.govkg.edges.length]")
    assert (nodes, edges) == (examples_kg.nx.number_of_nodes(), examples_kg.nx.number_of_edges())


def test_searching_selects_and_focuses_the_node(session):
    session.page.fill("#search", "威海讲坛")
    session.page.press("#search", "Enter")
    selected = session.page.evaluate("window.govkg.network.getSelectedNodes()")
    assert selected == [session.node_id("威海讲坛")]
    assert session.page.inner_text("#panel h2") == "威海讲坛"


def test_search_finds_by_alias(session):
    session.page.fill("#search", "书香泉城")
    items = session.page.locator("#results li").all_inner_texts()
    assert any(t.startswith("书香泉城全民阅读活动") for t in items)


def test_clicking_a_node_shows_the_sentence_it_came_from(session):
    session.click_node(session.node_id("威海讲坛"))
    panel = session.page.inner_text("#panel")
    assert "以“威海讲坛”等为载体,经常邀请高层次专家学者进行专题辅导。" in panel
    assert "dazhong-2011-08-17.txt" in panel
    assert "举办" in panel and "威海" in panel
    assert "威海讲坛" in session.page.locator("#panel mark").all_inner_texts()


def test_a_metric_shows_its_value_unit_comparator_period_and_group(session):
    metric = session.page.evaluate(
        "window.govkg.graph.nodes.find(n => n.cls === 'Metric' && n.metric.value.startsWith('18')).id")
    session.click_node(metric)
    panel = session.page.inner_text("#panel")
    for text in ("18", "分", "不少于", "每年", "处级以上干部"):
        assert text in panel


def test_the_class_filter_hides_metrics(session):
    session.page.locator("#legend input[data-cls=Metric]").uncheck()
    hidden = session.page.evaluate("""() => {
        const all = window.govkg.nodes.get();
        return [all.filter(n => window.govkg.graph.nodes[n.id].cls === 'Metric').every(n => n.hidden),
                all.filter(n => window.govkg.graph.nodes[n.id].cls !== 'Metric').some(n => n.hidden)]; }""")
    assert hidden == [True, False]


def test_the_document_filter_keeps_one_documents_nodes(session):
    session.page.select_option("#doc-filter", label="jinan-2018-08.txt")
    visible = session.page.evaluate(
        "window.govkg.nodes.get({filter: n => !n.hidden}).map(n => window.govkg.graph.nodes[n.id].label)")
    assert "济南" in visible and "评星定级机制" in visible and "威海讲坛" not in visible


def test_the_neighbourhood_view_shows_the_selected_node_and_its_neighbours(session):
    session.page.fill("#search", "威海")
    session.page.press("#search", "Enter")
    session.page.check("#neighbourhood")
    visible = set(session.page.evaluate(
        "window.govkg.nodes.get({filter: n => !n.hidden}).map(n => window.govkg.graph.nodes[n.id].label)"))
    assert {"威海", "威海讲坛", "干部自主选学制度"} <= visible and "青岛讲坛" not in visible


def test_physics_can_be_switched(session):
    session.page.uncheck("#physics")
    assert session.page.evaluate("window.govkg.network.physics.options.enabled") is False
    session.page.check("#physics")
    assert session.page.evaluate("window.govkg.network.physics.options.enabled") is True


PAYLOAD = ("临江县打造学习品牌<script>window.__xss=1</script>\n"
           "近年来,临江县创办“<img src=x onerror=window.__xss=2>讲坛”。"
           "临江县开展“<script>window.__xss=3</script>”主题活动。建立“<b onmouseover=window.__xss=4>考核</b>”机制。\n")


def test_document_text_never_executes(browser, tmp_path):
    article = tmp_path / "payload.txt"
    article.write_text(PAYLOAD, encoding="utf-8")
    kg = govkg.build([article])
    labels = {data["label"] for _, data in kg.nx.nodes(data=True)}
    assert any("<img src=x" in label for label in labels)  # the payload really is in the graph
    page = kg.write(tmp_path / "out")[1]
    s = PageSession(browser, page)
    try:
        assert s.page.title().endswith("<script>window.__xss=1</script>")
        for n in s.page.evaluate("window.govkg.graph.nodes.map(n => n.id)"):
            s.hover_node(n)  # its tooltip shows the payload as text
            s.page.wait_for_timeout(200)
            s.click_node(n)
        s.page.fill("#search", "img")
        s.page.fill("#search", "<script>")
        s.page.press("#search", "Enter")
        assert s.page.evaluate("window.__xss") is None
        assert "<img src=x onerror=window.__xss=2>讲坛" in s.page.inner_text("#panel") + \
            " ".join(s.page.locator("#results li").all_inner_texts()) + s.page.evaluate(
                "window.govkg.graph.nodes.map(n => n.label).join(' ')")
        assert s.errors == [] and s.external == []
    finally:
        s.page.close()


def test_rendering_does_not_change_the_graph(examples_kg):
    triples, quads = examples_kg.ntriples.read_bytes(), set(examples_kg.store)
    render_html(examples_kg)
    assert examples_kg.ntriples.read_bytes() == triples and set(examples_kg.store) == quads


def test_large_graphs_start_with_physics_off_and_positions_from_python(tmp_path):
    import sys

    sys.path.insert(0, str(EXAMPLES.parent / "bench"))
    from synthetic import generate

    generate(tmp_path / "corpus", 10)
    kg = govkg.build([tmp_path / "corpus"])
    assert kg.nx.number_of_nodes() > 300
    page = render_html(kg)
    assert page == render_html(govkg.build([tmp_path / "corpus"]))  # seeded: the same page every time
    assert '"big":true' in page and '"enabled":false' in page


def test_render_command(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "page.html"
    done = subprocess.run([sys.executable, "-m", "govkg", "render", str(EXAMPLES.parent / "output" / "graph.ttl"),
                           "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (EXAMPLES.parent / "output" / "graph.html").read_bytes()


def test_hovering_shows_class_label_and_aliases(session):
    session.hover_node(session.node_id("书香泉城全民阅读活动"))
    session.page.wait_for_selector(".tooltip:not([hidden])", timeout=10000)
    text = session.page.inner_text(".tooltip")
    assert "书香泉城全民阅读活动" in text and "Program" in text and "书香泉城" in text.split("别名")[1]


def test_a_large_graph_draws_unlabelled_and_gains_labels_when_zoomed_in(browser, tmp_path):
    import sys

    sys.path.insert(0, str(EXAMPLES.parent / "bench"))
    from synthetic import generate

    generate(tmp_path / "corpus", 10)
    page = govkg.build([tmp_path / "corpus"]).write(tmp_path / "out")[1]
    s = PageSession(browser, page)
    try:
        assert s.page.evaluate("window.govkg.nodes.get().every(n => n.label === undefined)")
        assert s.page.is_checked("#physics") is False
        label = s.page.evaluate("window.govkg.graph.nodes.find(n => n.cls === 'Program').label")
        s.page.fill("#search", label)
        s.page.press("#search", "Enter")
        s.page.wait_for_function("window.govkg.nodes.get().some(n => n.label !== undefined)")
        assert s.page.evaluate("window.govkg.nodes.get().filter(n => n.label).length") == s.page.evaluate(
            "window.govkg.graph.nodes.length")
    finally:
        s.page.close()
