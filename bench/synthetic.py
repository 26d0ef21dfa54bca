"""A synthetic corpus for benchmarks: distinct articles made by recombining the sections of the
development articles, with other unit names, programme names and numbers.

    python bench/synthetic.py OUT_DIR --articles 1000 [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
# characters to make place names that are no real place (so every article brings new nodes)
NAME_CHARS = "安宝昌辰丹德东丰福阜广海汉和华淮惠吉嘉建江金锦京靖康乐立联林临龙隆鲁洛茂梅明宁平普齐庆荣瑞润山善上绍盛石顺泰滕通桐万文西祥新信兴秀许阳宜义益永禹玉元岳云长肇正中舟"
HEADER = re.compile(r"^([\u4e00-\u9fff]{2,8})[::](.+)$")


def _sections() -> list[tuple[str, str, list[str]]]:
    """(speaker, headline, body lines) of every section of the development articles."""
    from govkg.lexicon import lexicon

    chrome = lexicon().boilerplate
    out, speaker, headline, body = [], None, None, []
    for text in sorted(CORPUS.glob("*.txt")):
        for line in text.read_text(encoding="utf-8").splitlines():
            if any(marker in line for marker in chrome) or line.startswith(("来源", "(本版", "1、")):
                continue
            m = HEADER.match(line)
            if m and len(line) < 40:
                if speaker and body:
                    out.append((speaker, headline, body))
                speaker, headline, body = m.group(1), m.group(2), []
            elif speaker and line.strip():
                body.append(line)
        if speaker and body:
            out.append((speaker, headline, body))
        speaker, body = None, []
    return out


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.sample(NAME_CHARS, 3 if len(used) > 2000 else 2))
        if name not in used:
            used.add(name)
            return name


def _renumber(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group(0)) + rng.randint(-9, 9))), text)


def make_article(index: int, rng: random.Random, sections, used: set[str]) -> str:
    year, month, day = rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 26)
    host = _name(rng, used)
    chosen = rng.sample(sections, k=min(len(sections), rng.randint(6, 11)))
    speakers = [_name(rng, used) for _ in chosen]
    lines = [f"{year}-{month:02d}-{day:02d} 10:{rng.randint(10, 59)}:00",
             f"来源: 大众日报编者按:全省第{index + 1}次学习型党组织建设工作经验交流会{month}月{day + 2}日在{host}召开。"
             f"交流会上,{'、'.join(speakers[:3])}等{len(speakers)}个市的负责同志作了典型发言。现摘要刊发。"]
    for (old, headline, body), new in zip(chosen, speakers):
        lines.append(f"{new}:{_renumber(headline.replace(old, new), rng)}")
        for line in body:
            # the unit's own name, and programme names built on it (威海讲坛 → 新名讲坛)
            line = line.replace(old, new)
            lines.append(_renumber(line, rng))
    lines.append(f"(本版稿件系记者{rng.choice('王李张刘陈杨黄赵')}{''.join(rng.sample('明华军平建国伟红英', 2))}按发言顺序整理)")
    return "\n".join(lines) + "\n"


def generate(out_dir: str | Path, articles: int, seed: int = 1) -> list[Path]:
    """Write ``articles`` distinct articles into ``out_dir``; returns their paths."""
    rng = random.Random(seed)
    sections = _sections()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    paths = []
    for i in range(articles):
        path = out / f"synthetic-{i:05d}.txt"
        path.write_text(make_article(i, rng, sections, used), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(f"wrote {len(generate(a.out, a.articles, a.seed))} articles to {a.out}")
