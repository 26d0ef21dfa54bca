"""Send a graph to any triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

PUT replaces the named graph, so pushing the same graph twice leaves the store as it was.
Fuseki, GraphDB, Virtuoso and Oxigraph all accept it.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

DEFAULT_GRAPH = "https://w3id.org/govkg/resource/graph"


class PushError(Exception):
    pass


def push(graph: str | Path, endpoint: str, graph_iri: str = DEFAULT_GRAPH, timeout: float = 120.0) -> int:
    """PUT ``graph`` (a graph.ttl or build folder) into the named graph ``graph_iri`` of the
    Graph Store endpoint ``endpoint``; returns the HTTP status."""
    p = Path(graph)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise PushError(f"{p}: no such graph file")
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: the endpoint must be an http(s) URL")
    separator = "&" if "?" in endpoint else "?"
    url = endpoint + separator + urllib.parse.urlencode({"graph": graph_iri})
    request = urllib.request.Request(url, data=p.read_bytes(), method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip()[:300]
        raise PushError(f"{endpoint} refused the graph: HTTP {err.code} {err.reason}" + (f": {body}" if body else "")) from err
    except urllib.error.URLError as err:
        raise PushError(f"cannot reach {endpoint}: {err.reason}") from err
    except OSError as err:
        raise PushError(f"cannot reach {endpoint}: {err}") from err
