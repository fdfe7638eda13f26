"""The annotation API of the news attribution set: each articles_*.py module calls A(...) once an article.

q(source, cue, content, type, cls, **kw) is one attribution:
- source: the source's words as they stand in the text (found as the occurrence nearest the content, outside it),
  or None for an attribution with no explicit source ("the plan is expected to ...", "it was reported that");
- cue: the cue's words (verb group, noun, preposition or punctuation);
- content: a string, or a list of strings for a quotation in several pieces (a continuing quote);
  each must occur once in the article, or once after the text given as at=...;
- type: person | organization | outlet | group | anonymous | pronoun | none (none only with source=None);
- cls: speech | belief | intent | evaluation | evidence | question;
- name=...: the canonical name (the fullest form of the source in the article; defaults to the source text);
- quote=...: direct | indirect | mixed (defaults: direct when every piece opens with a quotation mark, mixed when a
  piece holds one, else indirect);
- near=...: a unique string next to which source and cue are searched (when the nearest occurrence is wrong);
- at=...: content pieces are searched after this unique string.
"""
ARTICLES = []

_MODULE_COUNTS = {}


def q(source, cue, content, type, cls, **kw):
    return dict(source=source, cue=cue, content=content, type=type, cls=cls, **kw)


def A(id, text, *quotes, module):
    """module: the calling module's name; its articles alternate dev, check, dev, check ... (build.py sends the
    modules in its FRESH set, articles_g, whole to the held-out split fresh instead)"""
    n = _MODULE_COUNTS.get(module, 0)
    _MODULE_COUNTS[module] = n + 1
    split = "check" if n % 2 == 1 else "dev"
    ARTICLES.append(dict(id=id, split=split, text=text.strip(), quotes=list(quotes), module=module))
