"""Glyph-level check: does matplotlib *draw* each text the way HarfBuzz + bidi say it should?

Strings can look right and still be drawn backwards (the arabic_reshaper +
python-bidi recipe on matplotlib 3.11), so this compares what is drawn, not
what is stored:

* **drawn**: the figure is saved to an in-memory SVG with
  ``svg.fonttype='path'``; each text artist is tagged with a temporary gid, and
  each of its lines is a ``<g>`` of ``<use xlink:href="#<PostScriptName>-<hex>">``
  elements, one per glyph, with the pen offset in ``transform``. On matplotlib
  >= 3.11 the hex number is the glyph index (the libraqm layout shared by Agg,
  PDF, PS and SVG); before 3.11 it is the character code, mapped to a glyph
  through the font's cmap.
* **expected**: the logical string, line by line, is split into runs of equal
  bidi level (python-bidi's reference implementation of the Unicode Bidi
  Algorithm, ``bidi.algorithm``), each run is shaped by HarfBuzz (uharfbuzz)
  with the *same font file* matplotlib chose for the artist, the direction from
  the run's level and the artist's language, and the runs are put in visual
  order (rule L2).

Both are read left to right **by x position** (not by SVG order), glyphs with
no ink (space, ZWNJ) are dropped, and a glyph for an Arabic presentation-form
code point (what arabic_reshaper emits) is replaced by the glyph HarfBuzz picks
for that letter in that joining form, so correctly pre-shaped text on a
non-shaping renderer compares equal. Then the glyph sequences must be equal and
the pen positions must agree within ``POS_TOL`` em.

Verdict per artist: ``ok``, ``reversed`` (exactly the expected glyphs, mirrored),
``differs`` (other glyphs or order, e.g. isolated letters), ``spacing`` (same
glyphs, wrong positions), ``skipped`` (mathtext, not drawn, or a glyph from a
font other than the one shaped with), ``hidden`` (a tick label outside the
view limits, which matplotlib does not draw). Tests should demand ``ok`` for all
but hidden tick labels.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from unittest import mock

import matplotlib
import matplotlib.ft2font
import uharfbuzz as hb
from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from matplotlib import cbook, font_manager
from matplotlib.text import Text

MPL_SHAPES = getattr(matplotlib.ft2font, "__libraqm_version__", None) is not None
PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
ZWJ = "\u200d"
#: Largest allowed difference of a glyph's pen position, in em. Agg rounds (hints) each
#: advance to whole pixels, so a long line drifts by a fraction of an em; a wrong glyph
#: order or a missing advance moves glyphs by about an em.
POS_TOL = 0.35
_TRANSLATE = re.compile(r"translate\(\s*([-\d.e]+)")


class Font:
    """A font file as HarfBuzz sees it."""

    def __init__(self, path: str):
        self.path = path
        blob = hb.Blob.from_file_path(path)
        self.face = hb.Face(blob)
        self.hb = hb.Font(self.face)
        self.upem = self.face.upem
        self.psname = matplotlib.ft2font.FT2Font(path).postscript_name
        self.canon = self._presentation_map()

    def shape(self, text: str, rtl: bool, language: str | None):
        """[(glyph id, x pen position in font units)], left to right, and the run's advance."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        if language:
            buf.language = language
        hb.shape(self.hb, buf, {})
        out, x = [], 0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            out.append((info.codepoint, x + pos.x_offset))
            x += pos.x_advance
        return out, x

    def ink(self, gid: int) -> bool:
        ext = self.hb.get_glyph_extents(gid)
        return ext is not None and (ext.width != 0 or ext.height != 0)

    def _presentation_map(self) -> dict[int, int]:
        """glyph of each presentation-form code point -> HarfBuzz's glyph for that letter and form."""
        context = {"<isolated>": ("", ""), "<initial>": ("", ZWJ), "<medial>": (ZWJ, ZWJ), "<final>": (ZWJ, "")}
        mapping = {}
        for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
            gid = self.hb.get_nominal_glyph(cp)
            tag, *codes = unicodedata.decomposition(chr(cp)).split() or [""]
            if gid is None or tag not in context:
                continue
            before, after = context[tag]
            letters = "".join(chr(int(c, 16)) for c in codes)
            shaped = [g for g, _ in self.shape(before + letters + after, True, "fa")[0] if self.ink(g)]
            if len(shaped) == 1:
                mapping[gid] = shaped[0]
        return mapping

    def name(self, gid: int) -> str:
        return self.hb.get_glyph_name(gid) or str(gid)


@lru_cache(maxsize=None)
def load_font(path: str) -> Font:
    return Font(path)


# --- bidi -----------------------------------------------------------------------------------

def bidi_levels(line: str) -> list[int]:
    """Resolved embedding level of each character (UBA up to rule I2; X9-removed
    characters such as ZWNJ take the level of the character before them)."""
    st = uba.get_empty_storage()
    st["base_level"] = uba.get_base_level(line)
    st["base_dir"] = "LR"[st["base_level"]]
    uba.get_embedding_levels(line, st)
    uba.explicit_embed_and_overrides(st)
    uba.resolve_weak_types(st)
    uba.resolve_neutral_types(st, False)
    uba.resolve_implicit_levels(st, False)
    kept = iter([ch["level"] for ch in st["chars"]])
    levels, level = [], st["base_level"]
    for ch in line:
        if unicodedata.bidirectional(ch) not in uba.X9_REMOVED:
            level = next(kept)
        levels.append(level)
    return levels


def visual_runs(line: str) -> list[tuple[int, str]]:
    """Runs of equal bidi level (logical text inside each), in visual order (rule L2)."""
    if not line:
        return []
    levels = bidi_levels(line)
    runs, start = [], 0
    for i in range(1, len(line) + 1):
        if i == len(line) or levels[i] != levels[start]:
            runs.append((levels[start], line[start:i]))
            start = i
    for level in range(max(levels), 0, -1):
        out, seq = [], []
        for run in runs + [(-1, "")]:
            if run[0] >= level:
                seq.append(run)
            else:
                out += seq[::-1]
                seq = []
                out.append(run)
        runs = out[:-1]
    return runs


def display_order(line: str) -> str:
    """Visual order of a line (rules L2, L4); its own inverse for ordinary text."""
    return "".join("".join(MIRRORED.get(c, c) for c in reversed(run)) if lvl % 2 else run
                   for lvl, run in visual_runs(line))


def recover_logical(shown: str) -> str:
    """Undo ``get_display(reshape(s))``: drop bidi controls, decompose presentation
    forms (a ligature's letters reversed so reordering restores them), reorder."""
    text = "".join(unicodedata.normalize("NFKC", c)[::-1] if PRESENTATION.match(c) else c
                   for c in shown.translate(BIDI_CONTROLS))
    return "\n".join(display_order(line) for line in text.split("\n"))


# --- expected and drawn glyphs ----------------------------------------------------------------

Glyphs = list[tuple[int, float, bool]]   # (glyph id, x, in a right-to-left run) left to right


def _canonical(font: Font, glyphs: Glyphs) -> Glyphs:
    """Drop glyphs without ink, map presentation forms, sort by x (stable)."""
    kept = [(font.canon.get(g, g), x, rtl) for g, x, rtl in glyphs if font.ink(g)]
    kept.sort(key=lambda gx: gx[1])
    return kept


def expected_line(line: str, font: Font, language: str | None) -> Glyphs:
    out, x0 = [], 0
    for level, run in visual_runs(line):
        rtl = level % 2 == 1
        glyphs, adv = font.shape(run, rtl, language)
        out += [(g, x0 + x, rtl) for g, x in glyphs]
        x0 += adv
    return _canonical(font, out)


_MIRROR_NAMES = re.compile(r"(paren|bracket|brace|guillemot|guilsingl|angle)(left|right)")


def _root(font: Font, gid: int) -> str:
    """A glyph's letter identity: contextual alternates (``.long``) and the side of
    mirrored pairs (``parenleft``/``parenright``) ignored."""
    return _MIRROR_NAMES.sub(r"\1", font.name(gid).split(".")[0])


def _mirrored_variants(line: Glyphs) -> list[list[int]]:
    """How `line` looks when drawn backwards: fully mirrored, and mirrored with the
    left-to-right runs (Latin, digits) still reading left to right, which is what a
    second bidi pass over pre-shaped text draws."""
    full = [g for g, _, _ in line][::-1]
    runs, cur = [], []
    for g, _, rtl in line:
        if cur and cur[-1][1] != rtl:
            runs.append(cur)
            cur = []
        cur.append((g, rtl))
    if cur:
        runs.append(cur)
    keep_ltr = [g for run in runs[::-1] for g, rtl in (run[::-1] if run[0][1] else run)]
    return [full, keep_ltr]


def drawn_glyphs(fig, artists, backend: str = "svg") -> dict:
    """{artist: [(set of PostScript names, Glyphs) per drawn line]} as drawn by `backend`.

    ``svg``: parsed from the SVG (``svg.fonttype='path'``). ``agg``: the glyphs handed
    to the Agg rasterizer (``RendererAgg._draw_text_glyphs_and_boxes``). ``pdf``: the
    glyphs the PDF backend writes (``matplotlib._text_helpers.layout`` inside
    ``RendererPdf.draw_text``). For agg and pdf the drawing artist is known by
    wrapping ``Text.draw``, since multi-line texts are drawn without ``mtext``.
    """
    if backend == "svg":
        return _drawn_svg(fig, artists)
    if backend not in ("agg", "pdf"):
        raise ValueError(backend)
    wanted = set(artists)
    stack, drawn = [], {}
    orig_draw = Text.draw

    def text_draw(self, renderer):
        stack.append(self)
        try:
            return orig_draw(self, renderer)
        finally:
            stack.pop()

    def record(items):
        if stack and stack[-1] in wanted:
            line = [(ps, gid, float(x), False) for ps, gid, x in items]
            drawn.setdefault(stack[-1], []).append(({ps for ps, _, _, _ in line}, [l[1:] for l in line]))

    patches = [mock.patch.object(Text, "draw", text_draw)]
    if backend == "agg":
        from matplotlib.backends.backend_agg import RendererAgg
        orig_glyphs = RendererAgg._draw_text_glyphs_and_boxes

        def glyphs_and_boxes(self, gc, x, y, angle, glyphs, boxes):
            glyphs = list(glyphs)
            record([(f.postscript_name, gid, dx) for f, _size, gid, _sl, _ex, dx, _dy in glyphs])
            return orig_glyphs(self, gc, x, y, angle, glyphs, boxes)
        patches.append(mock.patch.object(RendererAgg, "_draw_text_glyphs_and_boxes", glyphs_and_boxes))
    else:
        import matplotlib._text_helpers as th
        from matplotlib.backends.backend_pdf import RendererPdf
        orig_layout, orig_pdf_text = th.layout, RendererPdf.draw_text
        in_pdf_text = []

        def layout(string, font, **kw):
            items = list(orig_layout(string, font, **kw))
            if in_pdf_text:
                record([(it.ft_object.postscript_name, it.glyph_index, it.x) for it in items])
            yield from items

        def pdf_text(self, *args, **kw):
            in_pdf_text.append(True)
            try:
                return orig_pdf_text(self, *args, **kw)
            finally:
                in_pdf_text.pop()
        patches += [mock.patch.object(th, "layout", layout), mock.patch.object(RendererPdf, "draw_text", pdf_text)]
    with contextlib.ExitStack() as st:
        for p in patches:
            st.enter_context(p)
        fig.savefig(io.BytesIO(), format="png" if backend == "agg" else "pdf")
    # glyphs carry (gid, x, rtl=False); _canonical sorts them by x
    return {a: [(fonts, [(g, x, r) for g, x, r in line]) for fonts, line in lines] for a, lines in drawn.items()}


def _drawn_svg(fig, artists) -> dict:
    old = [a.get_gid() for a in artists]
    for i, a in enumerate(artists):
        a.set_gid(f"glyphcheck-{i}")
    try:
        buf = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "path"}):
            fig.savefig(buf, format="svg")
    finally:
        for a, gid in zip(artists, old):
            a.set_gid(gid)
    root = ET.fromstring(buf.getvalue())
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    drawn = {}
    for i, a in enumerate(artists):
        group = groups.get(f"glyphcheck-{i}")
        if group is None:
            continue
        lines = []
        for g in group.findall(f"{SVG}g"):
            fonts, glyphs = set(), []
            for u in g.findall(f"{SVG}use"):
                ps, num = urllib.parse.unquote(u.get(XLINK).lstrip("#")).rsplit("-", 1)
                m = _TRANSLATE.search(u.get("transform") or "")
                fonts.add(ps)
                glyphs.append((int(num, 16), float(m.group(1)) if m else 0.0, False))
            lines.append((fonts, glyphs))
        drawn[a] = lines
    return drawn


# --- comparison ---------------------------------------------------------------------------------

@dataclass
class Result:
    text: str      # what the artist holds
    logical: str   # what it should read as
    status: str    # ok / reversed / differs / spacing / skipped
    detail: str = ""

    def __str__(self):
        shown = repr(self.text)
        if self.text != self.logical:
            shown += f" (logical {self.logical!r})"
        return f"{self.status:8s} {shown} {self.detail}".rstrip()


def _position_error(drawn: Glyphs, expected: Glyphs, upem: int) -> float:
    """Largest pen-position difference, in em, after scaling the drawn line onto the
    expected one (drawn units are pixels or SVG units, expected are font units)."""
    dx = [x for _, x, _ in drawn]
    ex = [x for _, x, _ in expected]
    d_span, e_span = max(dx) - min(dx), max(ex) - min(ex)
    if d_span <= 0 or e_span <= 0:
        return 0.0
    scale = e_span / d_span
    return max(abs((a - dx[0]) * scale - (b - ex[0])) for a, b in zip(dx, ex)) / upem


def compare(drawn_lines, logical: str, font: Font, language: str | None) -> tuple[str, str]:
    expected = [e for e in (expected_line(line, font, language) for line in logical.split("\n")) if e]
    drawn = []
    for fonts, glyphs in drawn_lines:
        if fonts - {font.psname}:
            return "skipped", f"drawn with other font(s) {sorted(fonts - {font.psname})}, shaped with {font.psname}"
        if not MPL_SHAPES:   # before 3.11 the number is a character code
            glyphs = [(font.hb.get_nominal_glyph(c) or 0, x, r) for c, x, r in glyphs]
        line = _canonical(font, glyphs)
        if line:
            drawn.append(line)
    if not drawn and expected:
        return "skipped", "no glyphs drawn as text"
    d = [[g for g, _, _ in line] for line in drawn]
    e = [[g for g, _, _ in line] for line in expected]
    names = lambda lines: "|".join(" ".join(font.name(g) for g in line) for line in lines)  # noqa: E731
    if d != e:
        roots = lambda line: [_root(font, g) for g in line]   # noqa: E731
        if len(d) == len(e) and all(
                any(roots(dl) == roots(v) for v in _mirrored_variants(el)) for dl, el in zip(d, expected)):
            return "reversed", f"drawn backwards: [{names(d)}] expected [{names(e)}]"
        return "differs", f"drawn [{names(d)}] expected [{names(e)}]"
    worst = max((_position_error(dl, el, font.upem) for dl, el in zip(drawn, expected)), default=0.0)
    if worst > POS_TOL:
        return "spacing", f"glyph positions differ by up to {worst:.2f} em"
    return "ok", ""


def text_artists(fig, all_text: bool = True) -> list[Text]:
    fig.draw_without_rendering()   # creates tick labels
    return [t for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip()
            and (all_text or re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", t.get_text()))]


def inspect_figure(fig, logical: dict[str, str] | None = None, all_text: bool = True,
                   backend: str = "svg") -> list[Result]:
    """One Result per visible text artist of `fig` (all of them, or only Arabic-script ones).

    `logical` maps a shown (e.g. pre-shaped) string to the logical string it is meant
    to read as; without it, presentation-form strings are recovered with
    :func:`recover_logical` and others are taken as logical.
    """
    logical = logical or {}
    artists = text_artists(fig, all_text)
    drawn = drawn_glyphs(fig, artists, backend)
    ticklabels = _ticklabels(fig)
    results = []
    for t in artists:
        shown = t.get_text()
        meant = logical.get(shown) or (recover_logical(shown) if PRESENTATION.search(shown) else shown)
        if t.get_usetex() or cbook.is_math_text(shown):
            results.append(Result(shown, meant, "skipped", "mathtext/usetex"))
        elif t not in drawn:
            # tick labels outside the view limits exist but are not drawn: nothing to judge
            status = "hidden" if t in ticklabels else "skipped"
            results.append(Result(shown, meant, status, "not drawn"))
        else:
            font = load_font(font_manager.findfont(t.get_fontproperties()))
            language = t.get_language() if hasattr(t, "get_language") else None
            language = language or matplotlib.rcParams.get("text.language")
            results.append(Result(shown, meant, *compare(drawn[t], meant, font, language)))
    return results


def problems(fig, logical=None, backend: str = "svg") -> list[str]:
    """Everything that is not ``ok`` (skipped included; tick labels outside the view
    limits excepted), as strings; [] when all texts are drawn right."""
    return [str(r) for r in inspect_figure(fig, logical, backend=backend) if r.status not in ("ok", "hidden")]


# --- layout --------------------------------------------------------------------------------------

def overlapping_texts(fig, tol_px: float = 1.0) -> list[str]:
    """Pairs of drawn text artists whose boxes overlap by more than `tol_px` pixels each way."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    hidden = _hidden_ticklabels(fig)
    boxes = [(t, t.get_window_extent(renderer)) for t in text_artists(fig) if t not in hidden]
    out = []
    for i, (a, ba) in enumerate(boxes):
        for b, bb in boxes[i + 1:]:
            w = min(ba.x1, bb.x1) - max(ba.x0, bb.x0)
            h = min(ba.y1, bb.y1) - max(ba.y0, bb.y0)
            if w > tol_px and h > tol_px:
                out.append(f"{a.get_text()!r} overlaps {b.get_text()!r}")
    return out


def _ticks(fig):
    for ax in fig.axes:
        for axis in ax._axis_map.values():
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                yield axis, tick


def _ticklabels(fig) -> set:
    return {lab for _, tick in _ticks(fig) for lab in (tick.label1, tick.label2)}


def _hidden_ticklabels(fig) -> set:
    """Tick labels of ticks outside the view limits (matplotlib does not draw them)."""
    out = set()
    for axis, tick in _ticks(fig):
        lo, hi = sorted(axis.get_view_interval())
        if not lo - 1e-9 * max(1.0, abs(hi - lo)) <= tick.get_loc() <= hi + 1e-9 * max(1.0, abs(hi - lo)):
            out |= {tick.label1, tick.label2}
    return out
