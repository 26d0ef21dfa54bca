"""A real SPARQL endpoint: the Oxigraph server, read-only on loopback, over a built graph."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .lexicon import ontology_dir


class ServeError(Exception):
    pass


def oxigraph_binary() -> str:
    """The `oxigraph` command of the PyPI package `oxigraph`, beside this Python or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def load_store(graph: str | Path, location: str | Path) -> None:
    """Load a graph.ttl and the ontology into an Oxigraph store folder."""
    p = Path(graph)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise ServeError(f"{p}: no such graph file")
    done = subprocess.run([oxigraph_binary(), "load", "--location", str(location),
                           "--file", str(p), "--file", str(ontology_dir() / "govkg.ttl")],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise ServeError(f"oxigraph could not load {p}: {done.stderr.strip()[-500:]}")


def wait_for_port(host: str, port: int, process: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"the oxigraph server exited with status {process.returncode}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise ServeError(f"the oxigraph server did not start listening on {host}:{port}")


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, store: str | Path | None = None,
          timeout: int = 30, announce=print) -> int:
    """Serve ``graph`` read-only until interrupted; returns the exit status. Without ``store`` the
    Oxigraph store lives in a temporary folder that is removed on exit."""
    location = Path(store) if store else Path(tempfile.mkdtemp(prefix="govkg-store-"))
    process = None

    def stop(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C and a plain kill both stop the server and clean up, even where the shell
    # started this process with SIGINT ignored (a background job)
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        load_store(graph, location)
        process = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(location),
                                    "--bind", f"{host}:{port}", "--timeout-s", str(timeout)])
        wait_for_port(host, port, process)
        shown = f"[{host}]" if ":" in host else host
        announce(f"SPARQL endpoint: http://{shown}:{port}/query")
        announce(f"query page:      http://{shown}:{port}/")
        announce("read-only; press Ctrl-C to stop")
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if store is None:
            shutil.rmtree(location, ignore_errors=True)
