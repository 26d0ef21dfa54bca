"""Building a corpus: throughput against plain jieba.lcut, --jobs 2 against --jobs 1, an
incremental rebuild after adding one article, and peak memory — measured side by side in one run.

    python bench/corpus_bench.py [--articles 1000] [--memory-articles 10000]

Goals: build throughput ≥ 0.5× jieba.lcut's; --jobs 2 ≥ 1.6× faster than --jobs 1 (2 cores);
an incremental rebuild < 5% of the full build; peak memory for 10,000 articles < 1 GB.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from synthetic import generate  # noqa: E402


#: how many rebuilds, each after adding one article, are timed
REBUILDS = 5


def compile_govkg() -> None:
    """Compile govkg's modules to bytecode first, as pip does when it installs a package. jieba's
    come compiled from its install; govkg's, installed editable under a Python told not to write
    bytecode (PYTHONDONTWRITEBYTECODE), would otherwise be compiled again in every process."""
    import compileall

    import govkg

    compileall.compile_dir(str(Path(govkg.__file__).parent), quiet=1)


def govkg(*args: str) -> float:
    """Run `govkg` in its own process; returns the seconds it took. Each timed run starts with
    the disk settled: what the run before left to write is written first, not during it."""
    os.sync()
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "govkg", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def lcut_seconds(files: list[Path]) -> float:
    """jieba.lcut over the same text in a fresh process, dictionary load included as in a build."""
    code = ("import sys, time, jieba, logging; jieba.setLogLevel(logging.WARNING); t = time.perf_counter(); "
            "jieba.initialize(); [jieba.lcut(open(f, encoding='utf-8').read()) for f in sys.argv[1:]]; "
            "print(time.perf_counter() - t)")
    os.sync()
    out = subprocess.run([sys.executable, "-c", code, *map(str, files)], check=True, capture_output=True, text=True)
    return float(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--memory-articles", type=int, default=10000)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-corpus-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    compile_govkg()
    files = generate(work / "corpus", a.articles)
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    print(f"corpus: {a.articles} distinct articles, {chars:,} characters")

    lcut = lcut_seconds(files)
    one = govkg("build", str(work / "corpus"), "--out", str(work / "out1"), "--no-cache", "--no-html", "-q", "--jobs", "1")
    two = govkg("build", str(work / "corpus"), "--out", str(work / "out2"), "--no-cache", "--no-html", "-q", "--jobs", "2")
    same = (work / "out1" / "graph.ttl").read_bytes() == (work / "out2" / "graph.ttl").read_bytes()
    print(f"\njieba.lcut alone:         {lcut:7.1f} s  {chars / lcut:>10,.0f} chars/s")
    print(f"govkg build --jobs 1:     {one:7.1f} s  {chars / one:>10,.0f} chars/s  = {lcut / one:.2f}× lcut (goal ≥ 0.5×)")
    print(f"govkg build --jobs 2:     {two:7.1f} s  {chars / two:>10,.0f} chars/s  = {lcut / two:.2f}× lcut, "
          f"{one / two:.2f}× --jobs 1 (goal ≥ 1.6×); "
          f"output identical: {same}")

    cache = work / "cache"
    full = govkg("build", str(work / "corpus"), "--out", str(work / "out3"), "--cache", str(cache), "--no-html", "-q")
    extra = generate(work / "extra", a.articles + REBUILDS, seed=99)[-REBUILDS:]
    rebuilds = []
    for i, article in enumerate(extra):  # one article added at a time
        shutil.copy(article, work / "corpus" / f"added-{i}.txt")
        rebuilds.append(govkg("build", str(work / "corpus"), "--out", str(work / "out3"), "--cache", str(cache),
                              "--no-html", "-q"))
    govkg("build", str(work / "corpus"), "--out", str(work / "out4"), "--no-cache", "--no-html", "-q")
    same = (work / "out3" / "graph.ttl").read_bytes() == (work / "out4" / "graph.ttl").read_bytes()
    each = ", ".join(f"{r:.2f} s" for r in rebuilds)
    median = statistics.median(rebuilds)
    print(f"full build with cache (default --jobs, {len(os.sched_getaffinity(0))}): {full:.1f} s; "
          f"{REBUILDS} rebuilds, each after adding one article: {each}; median {median:.2f} s = {median / full:.1%} "
          f"of the full build, slowest {max(rebuilds) / full:.1%} (goal < 5%); "
          f"same Turtle as a build without cache: {same}")

    if a.memory_articles:
        generate(work / "big", a.memory_articles, seed=7)
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([sys.executable, "-m", "govkg", "build", str(work / "big"), "--out", str(work / "outbig"),
                        "--no-cache", "--no-html", "-q", "--jobs", "2"], check=True, stdout=subprocess.DEVNULL)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"{a.memory_articles:,} articles (--jobs 2): {time.perf_counter() - t:.0f} s, "
              f"peak memory of the largest process {max(peak, before) / 1024:.0f} MB (goal < 1024 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
