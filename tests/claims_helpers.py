"""Shared helpers of the claims rule tests (tests/test_claims_*.py): run the extractor on a sentence,
check every span against the raw text, and pick records or speakers."""

from helpers.claims import extract


def _claims(text, **kw):
    """The claims of ``text``; every one's span must index the raw text exactly."""
    out = extract(text, article_id="t", **kw)
    for c in out:
        assert text[c.start:c.end] == c.content
    return out


def _speakers(text, **kw):
    return [c.speaker for c in _claims(text, **kw)]


def _one(text, **want):
    """The claims of ``text`` that match every field in ``want`` (content by substring)."""
    out = []
    for c in _claims(text):
        ok = True
        for k, v in want.items():
            if k == "content_has":
                ok &= v in c.content
            elif k == "content_lacks":
                ok &= v not in c.content
            else:
                ok &= getattr(c, k) == v
        if ok:
            out.append(c)
    return out
