#!/usr/bin/env python3
"""Builds dev.jsonl and check.jsonl from articles.py (every third article goes to check), and fresh.jsonl from the
articles marked split="fresh" (kept out of the rotation, so dev and check do not change when fresh grows).

Checks that every entity mention, date text and quantity text occurs in the article body (after the headline)
as whole words, that coordinates are paired and country codes are two capital letters.
Run: python3 build.py [--hints]   (--hints lists capitalised words of each body that no entity mention covers,
to review the annotation for exhaustiveness; most are sentence openers or titles)
"""
import json, os, re, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402


def body_of(text):
    head, _, body = text.partition("\n")
    return len(head) + 1 + (len(body) - len(body.lstrip())), body.lstrip()


def occurs(body, needle):
    pat = re.escape(needle)
    if needle[:1].isalnum():
        pat = r"(?<!\w)" + pat
    if needle[-1:].isalnum():
        pat += r"(?!\w)"
    return [m.span() for m in re.finditer(pat, body)]


def check(a):
    aid = a["id"]
    _, body = body_of(a["text"])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]):
        raise SystemExit(f"{aid}: published must be YYYY-MM-DD")
    names = set()
    for e in a["entities"]:
        if e["name"] in names:
            raise SystemExit(f"{aid}: entity {e['name']!r} twice")
        names.add(e["name"])
        for m in e["mentions"]:
            if not occurs(body, m):
                raise SystemExit(f"{aid}: mention {m!r} of {e['name']!r} not in the body")
        if e.get("country") is not None and not re.fullmatch(r"[A-Z]{2}", e["country"]):
            raise SystemExit(f"{aid}: bad country {e['country']!r}")
    spans = [(s, e, en["name"]) for en in a["entities"] for m in en["mentions"] for s, e in occurs(body, m)]
    for en in a["entities"]:
        for m in en["mentions"]:
            if not any(not any(s <= o[0] and o[1] <= e and e - s > o[1] - o[0] and n != en["name"] for s, e, n in spans)
                       for o in occurs(body, m)):
                raise SystemExit(f"{aid}: mention {m!r} of {en['name']!r} occurs only inside another entity's mention")
    for d in a["dates"]:
        if not occurs(body, d["text"]):
            raise SystemExit(f"{aid}: date {d['text']!r} not in the body")
        if not re.fullmatch(r"\d{3,4}(-\d{2}(-\d{2})?|-W\d{2}|-Q\d)?", d["value"]):
            raise SystemExit(f"{aid}: date value {d['value']!r}")
    for q in a["quantities"]:
        if not occurs(body, q["text"]):
            raise SystemExit(f"{aid}: quantity {q['text']!r} not in the body")
    return body


def hints(a, body):
    covered = [s for e in a["entities"] for m in e["mentions"] for s in occurs(body, m)]
    covered += [s for d in a["dates"] for s in occurs(body, d["text"])]
    out = []
    for m in re.finditer(r"\b[A-Z][\w’'.-]*", body):
        if not any(s <= m.start() < e for s, e in covered):
            out.append(m.group())
    return sorted(set(out))


def main():
    show = "--hints" in sys.argv
    files = {"dev": [], "check": [], "fresh": []}
    rotation = 0
    ids = set()
    for a in ARTICLES:
        if a["id"] in ids:
            raise SystemExit(f"duplicate id {a['id']}")
        ids.add(a["id"])
        body = check(a)
        if show:
            print(f"{a['id']}: {' '.join(hints(a, body))}")
        line = {k: a[k] for k in ("id", "published", "text", "entities", "dates", "quantities")}
        if a.get("split"):
            files[a["split"]].append(line)
        else:
            files["check" if rotation % 3 == 2 else "dev"].append(line)
            rotation += 1
    for split, lines in files.items():
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{split}: {len(lines)} articles, {sum(len(l['entities']) for l in lines)} entities, "
              f"{sum(len(l['dates']) for l in lines)} dates, {sum(len(l['quantities']) for l in lines)} quantities, "
              f"{sum(len(l['text'].split()) for l in lines)} words")


if __name__ == "__main__":
    main()
