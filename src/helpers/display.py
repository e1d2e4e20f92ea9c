"""Tables and text for the notebooks: right-to-left, escaped, deterministic.

pandas Stylers get a fixed uuid (nbval compares HTML exactly) and ``dir="rtl"`` so
columns run right to left in JupyterLab and in the exported HTML. Cell values are
escaped: article text is untrusted input and must show as text, never run.
"""

from __future__ import annotations

import html
import re

import pandas as pd
from pandas.io.formats.style import Styler

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_]")


class RtlTable(Styler):
    """A Styler whose plain-text repr is stable (the default one carries a memory address,
    which made every rerun of a notebook change its stored outputs)."""

    def __repr__(self) -> str:
        rows, cols = self.data.shape
        return f"<table {self.uuid}: {rows} rows x {cols} columns>"


def table(df: pd.DataFrame, name: str, caption: str | None = None, index: bool = False,
          precision: int = 2, max_rows: int | None = None) -> Styler:
    """A right-to-left, escaped, deterministic Styler for ``df``.

    ``name`` becomes the table's HTML id (``T_<name>``), so it must be unique within a
    notebook and stable between runs. Long tables are cut to ``max_rows`` with a caption note.
    """
    shown = df if max_rows is None or len(df) <= max_rows else df.head(max_rows)
    sty = RtlTable(shown, uuid=_SAFE_NAME.sub("_", name)).format(precision=precision, escape="html", na_rep="")
    sty = sty.set_table_attributes('dir="rtl" class="goftar-table"')
    if not index:
        sty = sty.hide(axis="index")
    note = f" (first {max_rows} of {len(df)} rows)" if shown is not df else ""
    if caption or note:
        sty = sty.set_caption(html.escape((caption or "") + note, quote=False))
    return sty




def figure(fig) -> None:
    """Show a matplotlib figure exactly once.

    Under nbval the inline backend's automatic display of open pyplot figures can fire
    twice, which makes the stored and recomputed outputs differ; closing the figure and
    displaying it explicitly gives one ``display_data`` output in every runner.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    plt.close(fig)
    display(fig)


# --------------------------------------------------------------------------- highlighted articles

HIGHLIGHT_CSS = """
<style>
.goftar-highlight { direction: rtl; text-align: start; unicode-bidi: isolate; line-height: 2.1;
  font-family: Vazirmatn, 'DejaVu Sans', sans-serif; font-size: 15px; max-width: 60em;
  border: 1px solid #ddd; border-radius: 6px; padding: 0.6em 1em; background: #fff; color: #111; }
.goftar-highlight .goftar-line { min-height: 1em; text-align: start; }
.goftar-highlight mark { padding: 0.1em 0; border-radius: 3px; color: inherit; }
.goftar-highlight mark.goftar-content { background: #fff3b0; }
.goftar-highlight mark.goftar-cue { background: #ffd0a8; font-weight: bold; }
.goftar-highlight mark.goftar-speaker { background: #c7e3ff; font-weight: bold; }
.goftar-highlight mark.goftar-content.goftar-nested { background: #ffe27a; }
.goftar-legend { direction: rtl; font-size: 13px; margin: 0.3em 0 0.6em; }
.goftar-legend mark { padding: 0.1em 0.4em; border-radius: 3px; margin-inline-start: 0.6em; }
</style>
"""

_LEGEND = ('<div class="goftar-legend" dir="rtl">'
           '<mark style="background:#c7e3ff">گوینده · speaker</mark>'
           '<mark style="background:#ffd0a8">فعل یا عبارت نقل · cue</mark>'
           '<mark style="background:#fff3b0">محتوا · content</mark></div>')


def highlight_html(text: str, claims, legend: bool = True) -> str:
    """The raw article with every claim's speaker, cue and content marked, as escaped RTL HTML.

    ``claims`` is a DataFrame (or list of dicts) with ``start, end`` (content), ``cue``,
    ``cue_start``, ``speaker_surface``, ``speaker_start``, ``speaker`` and ``kind``; offsets
    index ``text``. Nested statements overlap: a character inside two contents is marked
    ``goftar-nested``. The text itself is never changed, only wrapped (escaped) in marks.
    """
    import pandas as pd

    rows = claims.to_dict("records") if isinstance(claims, pd.DataFrame) else list(claims)
    n = len(text)
    depth = [0] * (n + 1)
    role = [None] * n  # 'cue' / 'speaker' override content
    tip: list[str | None] = [None] * n
    for r in rows:
        s, e = int(r["start"]), int(r["end"])
        depth[max(0, s)] += 1
        depth[min(n, e)] -= 1
        label = f"{r.get('speaker') or '?'} · {r.get('kind', '')}"
        for i in range(max(0, s), min(n, e)):
            tip[i] = label if tip[i] is None else tip[i]
        for key, surf, name in (("cue_start", "cue", "cue"), ("speaker_start", "speaker_surface", "speaker")):
            st, sf = r.get(key), r.get(surf)
            if st is None or sf is None or (isinstance(st, float) and pd.isna(st)) or not sf:
                continue
            for i in range(int(st), min(n, int(st) + len(sf))):
                role[i] = name
    level, cur = [], 0
    for i in range(n):
        cur += depth[i]
        level.append(cur)
    out = [HIGHLIGHT_CSS]
    if legend:
        out.append(_LEGEND)
    out.append('<div dir="rtl" class="goftar-highlight"><div class="goftar-line" dir="auto">')
    i = 0
    while i < n:
        key = (role[i], min(level[i], 2), tip[i])
        j = i
        while j < n and (role[j], min(level[j], 2), tip[j]) == key and text[j] != "\n":
            j += 1
        if j == i:  # a newline: each line is its own bidi paragraph (an English line stays LTR)
            out.append('</div><div class="goftar-line" dir="auto">')
            i += 1
            continue
        chunk = html.escape(text[i:j])
        r_, lv, tp = key
        classes = []
        if r_:
            classes.append(f"goftar-{r_}")
        elif lv:
            classes.append("goftar-content")
            if lv > 1:
                classes.append("goftar-nested")
        if classes:
            title = f' title="{html.escape(tp)}"' if tp and not r_ else ""
            out.append(f'<mark class="{" ".join(classes)}"{title}>{chunk}</mark>')
        else:
            out.append(chunk)
        i = j
    out.append("</div></div>")
    return "".join(out)


def highlight(text: str, claims, legend: bool = True):
    """Display :func:`highlight_html` in a notebook."""
    from IPython.display import HTML

    return HTML(highlight_html(text, claims, legend))


# --------------------------------------------------------------------------- normalization changes

CHANGES_CSS = """
<style>
.goftar-changes { display: flex; gap: 1em; direction: rtl; }
.goftar-changes > div { flex: 1; direction: rtl; text-align: start; line-height: 2.1; border: 1px solid #ddd;
  border-radius: 6px; padding: 0.5em 0.9em; font-family: Vazirmatn, 'DejaVu Sans', sans-serif; font-size: 14px; }
.goftar-changes h4 { margin: 0 0 0.3em; font-size: 13px; color: #555; }
.goftar-changes mark { padding: 0 1px; border-radius: 2px; color: inherit; }
.goftar-changes mark.goftar-raw { background: #ffc9c9; }
.goftar-changes mark.goftar-norm { background: #c3f0c8; }
</style>
"""

_INVISIBLE = {"\u200c": "ZWNJ", "\u200d": "ZWJ", "\u200e": "LRM", "\u200f": "RLM", "\u0640": "KASHIDA",
              "\ufeff": "BOM", "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO",
              "\u202e": "RLO", "\u00a0": "NBSP", "\r": "CR", "\n": "LF", " ": "SPACE", "\t": "TAB"}


def visible(s: str) -> str:
    """``s`` with invisible and space characters spelled out: ``'می\\u200cشود'`` → ``'می<ZWNJ>شود'``."""
    return "".join(f"<{_INVISIBLE[c]}>" if c in _INVISIBLE else c for c in s)


def _marked(text: str, spans: list[tuple[int, int, str]], cls: str) -> str:
    out, pos = [], 0
    for s, e, step in spans:
        out.append(html.escape(text[pos:s]).replace("\n", "<br>"))
        out.append(f'<mark class="{cls}" title="{html.escape(step)}">{html.escape(text[s:e]).replace(chr(10), "<br>")}</mark>')
        pos = e
    out.append(html.escape(text[pos:]).replace("\n", "<br>"))
    return "".join(out)


def changes_html(normalized, limit: int | None = None) -> str:
    """Raw and normalized text side by side, every changed region marked (hover: the step)."""
    ch = normalized.changes()
    raw_spans = [(r0, r1, st) for r0, r1, _, _, st in ch]
    norm_spans = [(n0, n1, st) for _, _, n0, n1, st in ch]
    raw, norm = normalized.raw, normalized.text
    if limit is not None and len(raw) > limit:
        cut_raw = limit
        cut_norm = normalized.from_raw(0, limit)[1]
        raw_spans = [s for s in raw_spans if s[1] <= cut_raw]
        norm_spans = [s for s in norm_spans if s[1] <= cut_norm]
        raw, norm = raw[:cut_raw] + " …", norm[:cut_norm] + " …"
    return (CHANGES_CSS + '<div class="goftar-changes" dir="rtl">'
            f'<div><h4>متن خام · raw</h4>{_marked(raw, raw_spans, "goftar-raw")}</div>'
            f'<div><h4>متن یکدست‌شده · normalized</h4>{_marked(norm, norm_spans, "goftar-norm")}</div></div>')


def changes_table(normalized) -> "pd.DataFrame":
    """Every change as a row: raw and normalized segments (invisible characters spelled out) and the step."""
    import pandas as pd

    rows = [{"raw_start": r0, "raw_end": r1, "raw": visible(normalized.raw[r0:r1]),
             "normalized": visible(normalized.text[n0:n1]), "step": st}
            for r0, r1, n0, n1, st in normalized.changes()]
    return pd.DataFrame(rows, columns=["raw_start", "raw_end", "raw", "normalized", "step"])


def changes(normalized, limit: int | None = None):
    """Display :func:`changes_html` in a notebook."""
    from IPython.display import HTML

    return HTML(changes_html(normalized, limit))
