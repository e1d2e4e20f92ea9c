"""helpers.shaping / helpers.plots: the shaping rule, Persian digits, and every figure
checked on the glyphs matplotlib draws (tests/glyphs.py), on SVG, Agg and PDF."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("agg")

import arabic_reshaper  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from bidi import algorithm as bidi_algorithm  # noqa: E402
from bidi import get_display  # noqa: E402
from matplotlib import font_manager  # noqa: E402

import glyphs  # noqa: E402
import plots_data  # noqa: E402
from helpers import plots, shaping  # noqa: E402

BACKENDS = ("svg", "agg", "pdf")
ARABIC = re.compile("[\u0600-\u06ff]")

#: Labels that exercise bidi and shaping; all must be drawn right as logical strings.
CASES = [
    "گزارش BBC فارسی ۲۰۲۴",          # Persian + Latin + Persian digits
    "می‌گوید",                        # ZWNJ
    "نیم‌فاصله در سخنگوی‌ها",
    "(نرخ تورم) ٪۴۰",                # brackets, Arabic percent after digits
    "[گزارش] ۲۰٫۵٪",                 # square brackets, decimal separator
    "«سخنگوی دولت» گفت",             # guillemets
    "خط اول\nخط دوم با ۳ واژه",      # multi-line
    "لا إله",                        # lam-alef ligature
    "کتاب",
    "ورزش",                          # no joining letters at all
    "IMF صندوق بین‌المللی پول",      # Latin first
    "بِسمِ",                          # kasra (combining mark)
]
#: Where a second bidi pass is an exact mirror, the pre-shaped recipe must be reported
#: as "reversed" (elsewhere, e.g. digits after letters, it is "differs": still a failure).
REVERSED_WHEN_PRESHAPED = ["گزارش BBC فارسی ۲۰۲۴", "می‌گوید", "«سخنگوی دولت» گفت",
                           "خط اول\nخط دوم با ۳ واژه", "لا إله", "کتاب", "ورزش"]


def recipe(s: str) -> str:
    """The copied recipe, line by line: get_display(arabic_reshaper.reshape(s))."""
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in s.split("\n"))


@pytest.fixture(scope="module", autouse=True)
def _setup():
    plots.setup()
    yield
    plt.close("all")


@pytest.fixture(autouse=True)
def _close_new_figures():
    before = set(plt.get_fignums())
    yield
    for num in set(plt.get_fignums()) - before:
        plt.close(num)


def _text_figure(strings):
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(strings) + 1))
    for i, s in enumerate(strings):
        ax.text(0.05, 1 - (i + 0.5) / len(strings), s, va="center")
    ax.set_axis_off()
    return fig


def _statuses(fig, logical, backend):
    return {r.logical: r.status for r in glyphs.inspect_figure(fig, logical, backend=backend)}


# --- the shaping rule ---------------------------------------------------------------------------

def test_matplotlib_311_shapes_itself():
    assert matplotlib.ft2font.__libraqm_version__
    assert shaping.renderer_shapes("agg") is True


@pytest.mark.parametrize("renderer", ["agg", "png", "pdf", "ps", "svg", "inline", "matplotlib",
                                      "html", "markdown", "text"])
def test_fa_passes_logical_string_where_renderer_shapes(renderer):
    for s in CASES:
        assert plots.fa(s, renderer) == s


def test_fa_preshapes_for_cairo_and_basic_pillow():
    s = "گزارش BBC فارسی"
    for r in ("cairo", "pillow-basic"):
        out = plots.fa(s, r)
        assert out != s and re.search("[\ufe70-\ufeff\ufb50-\ufdff]", out)
        assert out == bidi_algorithm.get_display(arabic_reshaper.reshape(s))


def test_preshape_mirrors_brackets_and_keeps_newlines():
    out = shaping.preshape("(نرخ تورم)\nدوم")
    assert out.count("\n") == 1
    first = out.split("\n")[0]
    # visual order of an RTL line that starts with "(": the bracket is drawn at the right, mirrored
    assert first.startswith("(") and first.endswith(")")


def test_fa_unknown_renderer_wraps_in_lro_pdf():
    out = plots.fa("خط اول\nخط دوم", "unknown")
    for line in out.split("\n"):
        assert line.startswith(shaping.LRO) and line.endswith(shaping.PDF)


def test_fa_pillow_follows_raqm(monkeypatch):
    monkeypatch.setattr(shaping, "_pillow_has_raqm", lambda: True)
    assert plots.fa("کتاب", "wordcloud") == "کتاب"
    monkeypatch.setattr(shaping, "_pillow_has_raqm", lambda: False)
    assert plots.fa("کتاب", "wordcloud") == shaping.preshape("کتاب")


def test_fa_auto_follows_backend(monkeypatch):
    monkeypatch.setattr(matplotlib, "get_backend", lambda: "module://mplcairo.base")
    assert plots.fa("کتاب", "auto") != "کتاب"
    monkeypatch.setattr(matplotlib, "get_backend", lambda: "agg")
    assert plots.fa("کتاب", "auto") == "کتاب"


def test_fa_old_matplotlib_preshapes(monkeypatch):
    monkeypatch.setattr(shaping, "_matplotlib_shapes", lambda: False)
    assert plots.fa("کتاب", "agg") == shaping.preshape("کتاب")


def test_fa_rejects_unknown_renderer_names_and_handles_non_strings():
    with pytest.raises(ValueError):
        plots.fa("کتاب", "gtk")
    assert plots.fa(None) == "" and plots.fa(12) == "12"


# --- the glyph check itself: correct text passes, the copied recipe is caught --------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_glyph_check_passes_logical_strings(backend):
    fig = _text_figure(CASES)
    results = glyphs.inspect_figure(fig, backend=backend)
    assert len(results) == len(CASES)
    assert [str(r) for r in results if r.status != "ok"] == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_glyph_check_catches_preshaped_recipe_on_311(backend):
    shown = [recipe(s) for s in CASES]
    fig = _text_figure(shown)
    status = _statuses(fig, dict(zip(shown, CASES)), backend)
    assert len(status) == len(CASES)
    assert all(v != "ok" for v in status.values()), status
    for s in REVERSED_WHEN_PRESHAPED:
        assert status[s] == "reversed", (s, status[s])
    # without being told the logical strings the check recovers them and still fails them all
    assert all(r.status != "ok" for r in glyphs.inspect_figure(fig, backend=backend))


@pytest.mark.parametrize("backend", BACKENDS)
def test_glyph_check_accepts_lro_wrapped_presentation_forms(backend):
    cases = [s for s in CASES if "\u0650" not in s]     # arabic_reshaper deletes harakat
    shown = [plots.fa(s, "unknown") for s in cases]
    status = _statuses(_text_figure(shown), dict(zip(shown, cases)), backend)
    assert set(status.values()) == {"ok"}, status


def test_glyph_check_catches_visual_order_and_broken_joins():
    # get_display without reshaping: letters in visual order, then reordered again by raqm
    cases = ["گزارش روزانه", "خبرگزاری"]
    shown = [get_display(s) for s in cases]
    assert set(_statuses(_text_figure(shown), dict(zip(shown, cases)), "svg").values()) <= {"reversed", "differs"}
    # ZWNJ between all letters: isolated forms, not what the logical string asks for
    broken = ["\u200c".join("خبرگزاری")]
    assert _statuses(_text_figure(broken), {broken[0]: "خبرگزاری"}, "svg") == {"خبرگزاری": "differs"}


def test_glyph_check_expected_side_matches_harfbuzz_reference():
    font = glyphs.load_font(str(plots.FONT_FILES["regular"]))
    # 'کتاب' in visual order is beh-final, alef-final, teh-medial, keheh-initial (left to right)
    names = [font.name(g) for g, _, _ in glyphs.expected_line("کتاب", font, "fa")]
    assert [n.split(".")[0] for n in names] == ["uni0628", "uniFE8E", "uniFE98", "uniFB90"]
    # a mixed line: the Latin run stays left to right inside the right-to-left line
    runs = glyphs.visual_runs("گزارش BBC فارسی")
    assert [r for _, r in runs] == [" فارسی", "BBC", "گزارش "]   # logical text per run, runs in visual order


# --- small pieces ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value,kw,expected", [
    (0, {}, "۰"), (1403, {}, "۱۴۰۳"), (12345, {}, "۱۲٬۳۴۵"), (1234, {"grouping": True}, "۱٬۲۳۴"),
    (0.25, {}, "۰٫۲۵"), (3.14159, {"decimals": 1}, "۳٫۱"), (2.0, {}, "۲"), (-2, {}, "−۲"),
    (40, {"percent": True}, "۴۰٪"), ("2024 و ١٢", {}, "۲۰۲۴ و ۱۲"), (float("nan"), {}, ""), (None, {}, ""),
    (-0.001, {"decimals": 1}, "۰٫۰"),
])
def test_persian_digits(value, kw, expected):
    assert plots.persian_digits(value, **kw) == expected


def test_digits_formatter_scales_percent():
    assert plots.digits_formatter(percent=True, scale=100, decimals=0)(0.25, 0) == "۲۵٪"


@pytest.mark.parametrize("g,j", [((2024, 3, 20), (1403, 1, 1)), ((2026, 2, 4), (1404, 11, 15)),
                                 ((2003, 4, 12), (1382, 1, 23)), ((2023, 3, 20), (1401, 12, 29)),
                                 ((2025, 3, 21), (1404, 1, 1)), ((2024, 12, 31), (1403, 10, 11))])
def test_gregorian_to_jalali(g, j):
    assert plots.gregorian_to_jalali(*g) == j


def test_setup_registers_bundled_font():
    assert (plots.FONT_DIR / "OFL.txt").is_file()
    found = font_manager.findfont(font_manager.FontProperties(family=plots.FONT_FAMILY))
    assert found == str(plots.FONT_FILES["regular"])
    bold = font_manager.findfont(font_manager.FontProperties(family=plots.FONT_FAMILY, weight="bold"))
    assert bold == str(plots.FONT_FILES["bold"])
    assert matplotlib.rcParams["font.family"][:2] == ["Vazirmatn", "DejaVu Sans"]
    assert matplotlib.rcParams["svg.hashsalt"] == "goftar"


def test_content_tokens_keep_zwnj_words_and_drop_stopwords():
    toks = plots.content_tokens("وزیر گفت که قیمت‌ها می‌افزاید و از این 12 كشور است")
    assert "قیمت‌ها" in toks and "می‌افزاید" in toks and "کشور" in toks   # ZWNJ kept, ك folded
    assert not {"که", "و", "از", "این", "است", "12"} & set(toks)


def test_hedge_types_reads_all_shapes():
    assert plots.hedge_types([{"word": "قطعا", "type": "booster"}, {"word": "شاید", "type": "hedge"}]) == {
        "hedge", "booster"}
    assert plots.hedge_types([("بی‌تردید", "booster")]) == {"booster"}
    assert plots.hedge_types(["ممکن است"]) == {"hedge"}
    assert plots.hedge_types([]) == set() and plots.hedge_types(None) == set()
    assert plots.hedge_types(float("nan")) == set()


def test_shorten_wraps_and_cuts():
    assert plots.shorten("سخنگوی وزارت امور خارجه جمهوری اسلامی ایران", 20, 1).endswith("…")
    two = plots.shorten("سخنگوی وزارت امور خارجه جمهوری اسلامی ایران", 20, 2)
    assert two.count("\n") == 1 and two.endswith("…")
    assert plots.shorten("بانک مرکزی") == "بانک مرکزی"


def test_paragraph_starts():
    assert plots.paragraph_starts("الف\n\nب\nج") == [0, 5, 7]


# --- every figure function, checked on what it draws --------------------------------------------

@pytest.fixture(scope="module")
def data():
    articles = plots_data.make_articles()
    return plots_data.make_claims(articles), articles


def _make(name, data):
    claims, articles = data
    fn = plots.FIGURES[name]
    if name == "length_histogram":
        return fn(articles)
    if name == "normalization_by_site":
        return fn(plots_data.make_step_counts())
    return fn(claims, articles) if "articles" in fn.__code__.co_varnames[:fn.__code__.co_argcount] else fn(claims)


@pytest.fixture(scope="module")
def figures(data):
    figs = {name: _make(name, data) for name in plots.FIGURES}
    yield figs
    for f in figs.values():
        plt.close(f)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_figure_glyphs_are_drawn_right(figures, name, backend):
    fig = figures[name]
    results = glyphs.inspect_figure(fig, backend=backend)
    checked = [r for r in results if r.status == "ok"]
    assert [str(r) for r in results if r.status not in ("ok", "hidden")] == []
    assert sum(bool(ARABIC.search(r.text)) for r in checked) >= 5, "too few Persian texts checked"


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_figure_is_labelled_and_readable(figures, name):
    fig = figures[name]
    assert glyphs.overlapping_texts(fig) == []
    titles = [ax.get_title(loc) for ax in fig.axes for loc in ("left", "center", "right")]
    titles.append(fig._suptitle.get_text() if fig._suptitle else "")
    assert any(ARABIC.search(t) for t in titles)
    main = [ax for ax in fig.axes if ax.get_label() != "<colorbar>" and ax.axison]
    for ax in main:   # every panel says what it shows; panels sharing an axis label it once
        assert ARABIC.search(ax.get_xlabel()) or ARABIC.search(ax.get_ylabel()), (name, ax)
    assert any(ARABIC.search(ax.get_xlabel()) for ax in main), name
    assert any(ARABIC.search(ax.get_ylabel()) for ax in main), name
    assert ARABIC.search(plots.caption(fig, "fa")) and re.search("[a-z]", plots.caption(fig, "en"))
    # Persian digits everywhere (Latin digits only inside Latin words such as "BBC")
    texts = [t.get_text() for t in glyphs.text_artists(fig)]
    assert not [t for t in texts if re.search(r"(?<![A-Za-z])[0-9]", t)], texts


def test_top_speakers_counts_and_others(data):
    claims, _ = data
    fig = plots.top_speakers(claims, n=5)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    named = claims[claims["source_type"].ne("anonymous") & claims["speaker"].notna()]
    top = named["speaker"].value_counts()
    assert labels[0] == top.index[0] and len(labels) == 5
    rest = len(top) - 5
    assert plots.persian_digits(rest) in ax.get_title("right") and "دیگر" in ax.get_title("right")
    plt.close(fig)


def test_claims_per_outlet_numbers(data):
    claims, articles = data
    fig = plots.claims_per_outlet(claims, articles)
    texts = {t.get_text() for t in glyphs.text_artists(fig)}
    site = "tabnak.ir"
    per = (claims["site"] == site).sum() / (articles["site"] == site).sum()
    assert f" {plots.persian_digits(per, decimals=1)} " in texts
    plt.close(fig)


def test_seed_timeline_places_claims_on_paragraphs(data):
    claims, articles = data
    fig = plots.seed_timeline(claims, articles)
    xs = sorted(float(x) for coll in fig.axes[0].collections for x, _ in coll.get_offsets())
    assert xs == [1, 2, 2, 3, 4, 5]
    plt.close(fig)


def test_claims_over_time_uses_solar_hijri_years(data):
    claims, articles = data
    fig = plots.claims_over_time(claims, articles)
    labels = [t.get_text() for t in fig.axes[1].get_xticklabels()]
    assert labels[0] == "۱۳۸۱" or labels[0] == "۱۳۸۲"
    plt.close(fig)


def test_empty_inputs_give_a_figure_not_an_error(data):
    claims, articles = data
    empty = claims.iloc[0:0]
    for name in plots.FIGURES:
        if name == "length_histogram":
            continue
        fig = _make(name, (empty, articles))
        assert glyphs.problems(fig) == []
        plt.close(fig)


def test_save_is_deterministic(tmp_path, figures):
    fig = figures["top_speakers"]
    a = plots.save(fig, "f", folder=tmp_path / "a")
    b = plots.save(fig, "f", folder=tmp_path / "b")
    assert [p.suffix for p in a] == [".png", ".svg"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
    svg = a[1].read_text()
    assert "<dc:date>" not in svg and "Vazirmatn-Regular" in svg


def test_default_outlets_are_named(data):
    assert plots.outlet_name("farsnews.ir") == "فارس" and plots.outlet_name("x.com") == "x.com"
    assert plots.outlet_name(None) == "نامعلوم"
    assert isinstance(pd.Series([1]), pd.Series)
