#!/usr/bin/env python3
"""Builds dev.jsonl and check.jsonl from every articles_*.py module here (see annotate.py for the API and
README.md for the annotation conventions): annotations are written as strings, offsets computed here. The modules
in FRESH (articles_g) go whole to fresh.jsonl instead, outside the dev/check rotation, so dev and check do not move
when fresh grows: fresh is held out, written after the rules were tuned, and must not be tuned on.

Checks that fail the build: a content piece not found or ambiguous, a source or cue not found outside the
contents, a duplicate article id, and two attributions that share a token (the set is univocal: no token is
in two attributions), except that an outer attribution's content may hold a whole inner attribution (a chain).
Run: python3 build.py [--show] [--only MODULE]   (--show prints every annotation in context for review;
--only checks one module, e.g. articles_a, and writes nothing)
"""
import glob, importlib, json, os, re, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import annotate  # noqa: E402

OPENERS = "“\"‘'"
TYPES = {"person", "organization", "outlet", "group", "anonymous", "pronoun", "none"}
CLASSES = {"speech", "belief", "intent", "evaluation", "evidence", "question"}
FRESH = {"articles_g"}


def find_unique(text, needle, after, what, unique):
    first = text.find(needle, after)
    if first < 0:
        raise SystemExit(f"{what}: not found: {needle!r}")
    if unique and text.find(needle, first + 1) >= 0:
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
    out, spans = [], []
    for i, q in enumerate(quotes):
        what = f"{aid}#{i}"
        if q["type"] not in TYPES or q["cls"] not in CLASSES:
            raise SystemExit(f"{what}: unknown type {q['type']!r} or class {q['cls']!r}")
        if (q["source"] is None) != (q["type"] == "none"):
            raise SystemExit(f"{what}: type 'none' goes with source None, and only with it")
        pieces = q["content"] if isinstance(q["content"], list) else [q["content"]]
        after = text.index(q["at"]) if q.get("at") else 0
        contents = []
        for p in pieces:
            s, e = find_unique(text, p, after, what, unique=not q.get("at"))
            contents.append((s, e))
            if q.get("at"):
                after = e
        anchor = find_unique(text, q["near"], 0, what, True) if q.get("near") else contents[0]
        src = nearest(text, q["source"], anchor, contents, what + " source") if q["source"] else None
        cue = nearest(text, q["cue"], anchor, contents, what + " cue")
        quote = q.get("quote")
        if quote is None:
            joined = "".join(pieces)
            quote = "direct" if all(p[0] in OPENERS for p in pieces) else ("mixed" if any(c in joined for c in "“\"") else "indirect")
        out.append({
            "source": span(text, *src) if src else None, "cue": span(text, *cue),
            "contents": [span(text, s, e) for s, e in contents],
            "sourceType": q["type"], "cueClass": q["cls"], "name": q.get("name", q["source"]), "quote": quote,
        })
        spans.append((what, [x for x in [src, cue] if x] + contents, contents))
        if show:
            shown = text[src[0]:src[1]] if src else "-"
            print(f"{what}: [{shown}] <{text[cue[0]:cue[1]]}> {q['cls']} {quote} {q['type']} -> {' | '.join(text[s:e] for s, e in contents)}")
    check_univocal(aid, spans)
    return {"id": aid, "text": text, "attributions": out}


def check_univocal(aid, spans):
    """No token in two attributions, except a whole attribution inside another's content (a chain)."""
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (wa, all_a, contents_a), (wb, all_b, contents_b) = spans[i], spans[j]
            if within(all_b, contents_a) or within(all_a, contents_b):
                continue
            for x in all_a:
                for y in all_b:
                    if x[0] < y[1] and y[0] < x[1]:
                        raise SystemExit(f"{aid}: {wa} and {wb} share text at {x} and {y}")


def within(inner, contents):
    return all(any(cs <= s and e <= ce for cs, ce in contents) for s, e in inner)


def main():
    show = "--show" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    for path in sorted(glob.glob(os.path.join(HERE, "articles_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if only is None or name == only:
            importlib.import_module(name)
    ids = set()
    files = {"dev": [], "check": [], "fresh": []}
    for a in annotate.ARTICLES:
        if a["id"] in ids:
            raise SystemExit(f"duplicate id {a['id']}")
        ids.add(a["id"])
        files["fresh" if a["module"] in FRESH else a["split"]].append(build(a, show))
    if only:
        for split, lines in files.items():
            if not lines:
                continue
            print(f"{only} {split}: {len(lines)} articles, {sum(len(l['attributions']) for l in lines)} attributions")
        return
    for split, lines in files.items():
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{split}: {len(lines)} articles, {sum(len(l['attributions']) for l in lines)} attributions")


if __name__ == "__main__":
    main()
