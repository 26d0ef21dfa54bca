"""The Oxigraph endpoint and the Graph Store push, over real HTTP on loopback."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from govkg.push import PushError, push
from govkg.serve import oxigraph_binary
from tests.conftest import ROOT

GRAPH = ROOT / "output" / "graph.ttl"
NAMED = "https://w3id.org/govkg/resource/graph"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(port)


def sparql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/query", data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = dict(os.environ, TMPDIR=str(tmp_path))
    process = subprocess.Popen([sys.executable, "-m", "govkg", "serve", str(GRAPH), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        announced = [process.stdout.readline() for _ in range(2)]  # the server is up once it says so
        yield port, process, tmp_path, announced
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)


def test_serve_answers_sparql_protocol_queries_with_the_ontology_loaded(served):
    port, process, _, _ = served
    data = sparql(port, """PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?who WHERE { ?o gk:runs ?p ; rdfs:label ?who . ?p rdfs:label "威海讲坛"@zh .
                            gk:runs rdfs:label "举办"@zh }""")
    assert [b["who"]["value"] for b in data["results"]["bindings"]] == ["威海"]


def test_serve_refuses_updates(served):
    port, _, _, _ = served
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/update",
        data=urllib.parse.urlencode({"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}).encode())
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code in (403, 405)


def test_serve_prints_its_urls_and_stops_cleanly_leaving_no_store(served):
    port, process, tmp, announced = served
    assert announced == [f"SPARQL endpoint: http://127.0.0.1:{port}/query\n", f"query page:      http://127.0.0.1:{port}/\n"]
    assert any(p.name.startswith("govkg-store-") for p in tmp.iterdir())
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=30)
    assert process.returncode == 0
    assert not any(p.name.startswith("govkg-store-") for p in tmp.iterdir())
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


@pytest.fixture
def writable_store(tmp_path):
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "store"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def count(port: int) -> int:
    data = sparql(port, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{NAMED}> {{ ?s ?p ?o }} }}")
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_push_replaces_the_named_graph_so_pushing_twice_changes_nothing(writable_store):
    endpoint = f"http://127.0.0.1:{writable_store}/store"
    assert push(GRAPH, endpoint) in (200, 201, 204)
    first = count(writable_store)
    from rdflib import Graph

    assert first == len(Graph().parse(GRAPH))
    assert push(GRAPH, endpoint) in (200, 201, 204)
    assert count(writable_store) == first


def test_push_to_a_read_only_endpoint_is_a_clear_error(served):
    port, _, _, _ = served
    with pytest.raises(PushError, match="refused the graph: HTTP 403"):
        push(GRAPH, f"http://127.0.0.1:{port}/store")


def test_push_to_nothing_is_a_clear_error():
    with pytest.raises(PushError, match="cannot reach"):
        push(GRAPH, f"http://127.0.0.1:{free_port()}/store", timeout=5)


def test_push_command_reports_errors_without_a_traceback():
    done = subprocess.run([sys.executable, "-m", "govkg", "push", str(GRAPH), "--endpoint",
                           f"http://127.0.0.1:{free_port()}/store"], capture_output=True, text=True)
    assert done.returncode == 1 and "cannot reach" in done.stderr and "Traceback" not in done.stderr
