"""The widened public-figure alias gazetteer (claims_aliases.tsv, second pass): bare surnames of the public figures
Persian news of 2000-2021 quotes are completed to the canonical full name only within the years the row's note
gives (± _engine.ALIAS_YEAR_MARGIN), shared surnames and common words stay out, and a person who also holds an
office in claims_offices.tsv is spelt the same way in both files."""

import pytest
from claims_helpers import _speakers

from helpers import paths
from helpers.claims import _engine as E
from helpers.claims._lexicon import _comment_free_rows, alias_years, key, load

ALIASES = paths.LEXICONS / "claims_aliases.tsv"
OFFICES = paths.LEXICONS / "claims_offices.tsv"


def _said(name):
    return f"{name} گفت: این طرح از هفته آینده اجرا می‌شود."


# surname, a date inside the figure's years, the canonical name, a date outside the years (± the margin)
CASES = [
    ("جلیلی", "2010-05-01", "سعید جلیلی", "2001-05-01"),
    ("کروبی", "2003-05-01", "مهدی کروبی", "1980-05-01"),
    ("نهاوندیان", "2016-05-01", "محمد نهاوندیان", "2005-05-01"),
    ("ضرغامی", "2010-05-01", "عزت‌الله ضرغامی", "1995-05-01"),
    ("سلطانیه", "2008-05-01", "علی‌اصغر سلطانیه", "2000-05-01"),
    ("آخوندی", "2015-05-01", "عباس آخوندی", "2005-05-01"),
    ("خانزادی", "2019-05-01", "حسین خانزادی", "2010-05-01"),
    ("کی‌روش", "2014-05-01", "کارلوس کی‌روش", "2003-05-01"),
    ("کیروش", "2014-05-01", "کارلوس کی‌روش", "2003-05-01"),            # ZWNJ folded
    ("کفاشیان", "2012-05-01", "علی کفاشیان", "2000-05-01"),
    ("پانتا", "2012-05-01", "لئون پانتا", "2001-05-01"),
    ("خلیلزاد", "2019-05-01", "زلمای خلیلزاد", "1996-05-01"),
    ("منوچین", "2018-05-01", "استیون منوچین", "2010-05-01"),
    ("پاتروشف", "2015-05-01", "نیکولای پاتروشف", "1990-05-01"),
    ("استولتنبرگ", "2019-05-01", "ینس استولتنبرگ", "2005-05-01"),
    ("اشتاین‌مایر", "2016-05-01", "فرانک والتر اشتاین‌مایر", "1998-05-01"),
    ("ییلدیریم", "2017-05-01", "بن‌علی ییلدیریم", "2005-05-01"),
    ("عرفات", "2002-05-01", "یاسر عرفات", "2015-05-01"),
    ("ابومازن", "2010-05-01", "محمود عباس", "1995-05-01"),
    ("المعلم", "2015-05-01", "ولید المعلم", "1998-05-01"),
    ("زیباری", "2008-05-01", "هوشیار زیباری", "1995-05-01"),
    ("مودی", "2019-05-01", "نارندرا مودی", "2005-05-01"),
    ("آبه", "2014-05-01", "شینزو آبه", "2000-05-01"),
    ("سیستانی", "2020-05-01", "علی حسینی سیستانی", "1985-05-01"),   # a note that gained its years in this pass
    ("هنیه", "2019-05-01", "اسماعیل هنیه", "2000-05-01"),
]


@pytest.mark.parametrize("surname, inside, full, outside", CASES)
def test_bare_surname_completed_within_the_years_only(surname, inside, full, outside):
    assert _speakers(_said(surname), date=inside) == [full]
    assert _speakers(_said(surname), date=outside) == [surname]


@pytest.mark.parametrize("surname, inside, full, outside", CASES)
def test_case_dates_agree_with_the_notes(surname, inside, full, outside):
    lo, hi = load().alias_years[key(surname)]
    m = E.ALIAS_YEAR_MARGIN
    assert lo - m <= int(inside[:4]) <= hi + m
    assert not lo - m <= int(outside[:4]) <= hi + m


@pytest.mark.parametrize("variant, full", [
    ("علی‌اکبر هاشمی رفسنجانی", "اکبر هاشمی رفسنجانی"),
    ("هیلری کلینتون", "هیلاری کلینتون"),
    ("جوزف بایدن", "جو بایدن"),
    ("انگلا مرکل", "آنگلا مرکل"),
    ("سرگی لاوروف", "سرگئی لاوروف"),
    ("امامعلی رحمانف", "امامعلی رحمان"),
])
def test_full_name_variants_have_one_spelling_at_any_date(variant, full):
    assert load().aliases.get(key(variant)) == full
    assert _speakers(_said(variant), date="2015-05-01") == [full]


@pytest.mark.parametrize("surname", [
    # shared by two public figures of the period
    "زارع‌پور", "منتظری", "فرهادی", "قاسمی", "اسماعیلی", "زاهدی", "چمران", "کدیور", "صانعی", "ربانی", "ایوانف",
    "میلیبند", "کارتر", "گیتس", "کاسترو", "سرکیسیان", "بوتو", "الجعفری", "النجیفی",
    # common words
    "دهقان", "سیف", "مخبر", "تاج", "آزمون", "دایی", "سریع", "کلانتری", "نقدی", "رسایی", "تراس", "پرز", "نخاله",
    "باباجان", "برنز", "میلی", "آستین", "غنی", "لولا",
])
def test_shared_surnames_and_common_words_are_left_out(surname):
    assert key(surname) not in load().aliases
    assert surname in ALIASES.read_text(encoding="utf-8").split("alias\tcanonical\tnote")[0]   # listed in the header


def test_a_shared_surname_in_2020_stays_as_written():
    # roozno-961 (2020): «دکتر زارع‌پور رئیس مرکز آمار و انفورماتیک قوه قضاییه» is not عیسی زارع‌پور, ICT minister 2021-
    assert _speakers(_said("زارع‌پور"), date="2020-04-13") == ["زارع‌پور"]


def test_every_surname_row_names_its_years():
    """A one-word alias (no space) is gated by the years of its note, so every such note must name them."""
    missing = [r["alias"] for r in _comment_free_rows(ALIASES)
               if " " not in r["alias"].strip() and alias_years(r["note"] or "") is None]
    assert not missing, missing


def test_years_in_notes_are_plausible():
    for r in _comment_free_rows(ALIASES):
        y = alias_years(r["note"] or "")
        if y:
            assert 1960 <= y[0] <= y[1] and (y[1] <= 2026 or y[1] == 9999), r


def test_no_canonical_name_differs_from_the_office_holders_spelling_by_fold_space_or_zwnj_only():
    holders = {}
    for r in _comment_free_rows(OFFICES):
        holders.setdefault(key(r["holder"]), set()).add(r["holder"].strip())
    bad = [(r["canonical"], holders[key(r["canonical"])]) for r in _comment_free_rows(ALIASES)
           if key(r["canonical"]) in holders and r["canonical"].strip() not in holders[key(r["canonical"])]]
    assert not bad, bad
    # and one spelling per person inside the alias file itself
    by_key = {}
    for r in _comment_free_rows(ALIASES):
        by_key.setdefault(key(r["canonical"]), set()).add(r["canonical"].strip())
    assert all(len(v) == 1 for v in by_key.values()), {k: v for k, v in by_key.items() if len(v) > 1}


def test_gazetteer_is_wider():
    rows = _comment_free_rows(ALIASES)
    assert len(rows) >= 400
    assert sum(" " not in r["alias"].strip() for r in rows) >= 300
