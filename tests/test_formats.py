"""Every export format loads back into what was built."""
import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from govkg.formats import document_graphs, to_graphml, to_jsonld, to_neo4j_csv, to_trig
from govkg.vocab import GK


def test_ntriples_round_trip(examples_kg, tmp_path):
    examples_kg.write(tmp_path, html=False, formats=["ntriples"])
    data = (tmp_path / "graph.nt").read_bytes()
    assert data.splitlines() == sorted(set(data.splitlines()))  # sorted, each triple once
    assert isomorphic(Graph().parse(data=data.decode(), format="nt"), examples_kg.rdf)


def test_jsonld_round_trip(examples_kg):
    assert isomorphic(Graph().parse(data=to_jsonld(examples_kg.rdf).decode(), format="json-ld"), examples_kg.rdf)


def test_trig_has_one_named_graph_per_document_and_loses_nothing(examples_kg):
    ds = Dataset()
    ds.parse(data=to_trig(examples_kg.rdf).decode(), format="trig")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, examples_kg.rdf)
    docs = {str(d) for d in examples_kg.rdf.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), GK.Document)}
    named = {str(g.identifier) for g in ds.graphs() if str(g.identifier) in docs}
    assert named == docs and len(docs) == 4


def test_a_documents_graph_holds_what_it_says(examples_kg):
    parts = document_graphs(examples_kg.rdf)
    jinan = next(d for d in parts if d is not None and "jinan" in str(d))
    text = parts[jinan].serialize(format="nt")
    assert "评星定级" in text and "威海讲坛" not in text
    assert (URIRef("https://w3id.org/govkg/resource/organization/%E6%B5%8E%E5%8D%97"), GK.establishes, None) in parts[jinan]


def test_graphml_opens_with_labels(examples_kg, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(to_graphml(examples_kg.nx))
    g = nx.read_graphml(path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (examples_kg.nx.number_of_nodes(), examples_kg.nx.number_of_edges())
    assert {d["label"] for _, d in g.nodes(data=True)} >= {"威海", "威海讲坛"}


def test_neo4j_csv_headers_and_rows(examples_kg):
    nodes, edges = to_neo4j_csv(examples_kg.nx)
    n = list(csv.reader(io.StringIO(nodes.decode())))
    e = list(csv.reader(io.StringIO(edges.decode())))
    assert n[0] == ["id:ID", "label", "aliases:string[]", ":LABEL"]
    assert e[0] == [":START_ID", ":END_ID", ":TYPE", "label"]
    assert len(n) - 1 == examples_kg.nx.number_of_nodes() and len(e) - 1 == examples_kg.nx.number_of_edges()
    ids = {row[0] for row in n[1:]}
    assert all(row[0] in ids and row[1] in ids for row in e[1:])
    assert any(row[2] == "runs" and row[3] == "举办" for row in e[1:])


@pytest.mark.parametrize("fmt, files", [("trig", ["graph.trig"]), ("csv", ["nodes.csv", "edges.csv"]),
                                        ("graphml", ["graph.graphml"])])
def test_build_writes_the_formats_asked_for(fmt, files, tmp_path):
    import subprocess
    import sys

    from tests.conftest import EXAMPLES

    done = subprocess.run([sys.executable, "-m", "govkg", "build", str(EXAMPLES / "jinan-2018-08.txt"), "--out",
                           str(tmp_path), "--format", "turtle", "--format", fmt, "--no-html"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(["graph.ttl", *files])


def test_formats_are_deterministic(examples_kg):
    assert to_trig(examples_kg.rdf) == to_trig(examples_kg.rdf)
    assert to_jsonld(examples_kg.rdf) == to_jsonld(examples_kg.rdf)
    assert to_neo4j_csv(examples_kg.nx) == to_neo4j_csv(examples_kg.nx)
