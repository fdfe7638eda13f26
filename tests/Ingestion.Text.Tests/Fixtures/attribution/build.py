#!/usr/bin/env python3
"""Builds dev.jsonl and check.jsonl from articles.py: annotations are written as strings, offsets computed here.

Each quotation is q(source, cue, content, type, name=..., quote=..., at=...):
- content (a string, or a list of strings for a quotation in several pieces) must occur once in the article,
  or once after the text given as `at`;
- source and cue are the occurrences (whole words) nearest to the first content piece, outside every piece;
- quote defaults to direct when the content opens with a quotation mark, mixed when it holds one, else indirect;
- name defaults to the source text;
- near (a unique string) moves the search for source and cue next to it.
Run: python3 build.py [--show]   (--show prints every annotation in context for review)
"""
import json, os, re, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402

OPENERS = "“\"‘'"


def find_unique(text, needle, after=0, what=""):
    first = text.find(needle, after)
    if first < 0:
        raise SystemExit(f"{what}: not found: {needle!r}")
    if text.find(needle, first + 1) >= 0 and after == 0:
        raise SystemExit(f"{what}: ambiguous (give at=...): {needle!r}")
    return first, first + len(needle)


def nearest(text, needle, anchor, avoid, what):
    best = None
    pattern = re.escape(needle)
    if needle[:1].isalnum():
        pattern = r"(?<![\w’'])" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?![\w])"
    for m in re.finditer(pattern, text):
        s, e = m.start(), m.end()
        if any(s < ae and as_ < e for as_, ae in avoid):
            continue
        d = max(anchor[0] - e, s - anchor[1], 0)
        if best is None or d < best[0]:
            best = (d, s, e)
    if best is None:
        raise SystemExit(f"{what}: not found outside the content: {needle!r}")
    return best[1], best[2]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def build(article, show):
    aid, text, quotes = article["id"], article["text"], article["quotes"]
    out = []
    for i, q in enumerate(quotes):
        what = f"{aid}#{i}"
        pieces = q["content"] if isinstance(q["content"], list) else [q["content"]]
        after = text.index(q["at"]) if q.get("at") else 0
        contents = []
        for p in pieces:
            s, e = find_unique(text, p, after, what)
            contents.append((s, e))
            after = e if q.get("at") else after
        anchor = find_unique(text, q["near"], 0, what) if q.get("near") else contents[0]
        src = nearest(text, q["source"], anchor, contents, what + " source")
        cue = nearest(text, q["cue"], anchor, contents, what + " cue")
        quote = q.get("quote")
        if quote is None:
            joined = "".join(pieces)
            quote = "direct" if all(p[0] in OPENERS for p in pieces) else ("mixed" if any(c in joined for c in "“\"") else "indirect")
        out.append({
            "source": span(text, *src), "cue": span(text, *cue), "contents": [span(text, s, e) for s, e in contents],
            "sourceType": q["type"], "name": q.get("name", q["source"]), "quote": quote,
        })
        if show:
            print(f"{what}: [{text[src[0]:src[1]]}] <{text[cue[0]:cue[1]]}> {quote} {q['type']} -> {' | '.join(text[s:e] for s, e in contents)}")
    return {"id": aid, "text": text, "attributions": out}


def main():
    show = "--show" in sys.argv
    ids = set()
    files = {"dev": [], "check": []}
    for a in ARTICLES:
        if a["id"] in ids:
            raise SystemExit(f"duplicate id {a['id']}")
        ids.add(a["id"])
        files[a["split"]].append(build(a, show))
    for split, lines in files.items():
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{split}: {len(lines)} articles, {sum(len(l['attributions']) for l in lines)} quotations")


if __name__ == "__main__":
    main()
