"""The public-figure gazetteer: claims_aliases.tsv (surname -> full name) and claims_offices.tsv
(office title -> holder by date), read by helpers.claims._lexicon and helpers.claims._gazetteer."""

import datetime as dt
import re
from collections import defaultdict

import pandas as pd
import pytest

from helpers import paths
from helpers.claims import _gazetteer as G
from helpers.claims._lexicon import _comment_free_rows, key, load

ALIASES = paths.LEXICONS / "claims_aliases.tsv"
OFFICES = paths.LEXICONS / "claims_offices.tsv"
ARABIC_LETTERS = re.compile("[يكة]")
HONORIFIC = re.compile(r"^(?:سید|سیده|آیت[ \u200c]?الله|حجت[ \u200c]?الاسلام|دکتر|سردار|مهندس|سرلشکر|سرتیپ)[ \u200c]")


# --------------------------------------------------------------------------- aliases

def test_alias_rows_parse_and_comments_between_rows_are_skipped():
    rows = _comment_free_rows(ALIASES)
    assert len(rows) > 150
    assert any(ln.startswith("#") for ln in ALIASES.read_text(encoding="utf-8").splitlines()[10:])  # family comments mid-file
    for r in rows:
        assert set(r) == {"alias", "canonical", "note"}, r
        assert r["alias"].strip() and r["canonical"].strip(), r
        assert not r["alias"].startswith("#")


def test_alias_keys_unique_and_canonical_names_clean():
    rows = _comment_free_rows(ALIASES)
    keys = [key(r["alias"]) for r in rows]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    amap = dict(zip(keys, (r["canonical"] for r in rows)))
    for r in rows:
        c = r["canonical"]
        assert not ARABIC_LETTERS.search(c), c
        assert not HONORIFIC.match(c), c
        assert c == c.strip() and "  " not in c
        # no chains: a canonical name that is itself an alias must map to itself
        assert amap.get(key(c), c) == c, (r["alias"], c)


@pytest.mark.parametrize("surname", ["موسوی", "حسینی", "لاریجانی", "رضایی", "احمدی", "کریمی", "محمدی", "جعفری",
                                     "هاشمی", "صالحی", "رحیمی", "رئیسی", "خاتمی", "جنتی", "سلیمانی", "گویا"])
def test_shared_surnames_are_not_aliases(surname):
    assert key(surname) not in load().aliases


@pytest.mark.parametrize("alias, canonical", [
    ("خالدی", "مجتبی خالدی"), ("نمکی", "سعید نمکی"), ("رییسی", None), ("جهان پور", "کیانوش جهانپور"),
    ("تخت روانچی", "مجید تخت‌روانچی"), ("ولادمیر پوتین", "ولادیمیر پوتین"), ("پامپئو", "مایک پمپئو"),
    ("احمدی نژاد", "محمود احمدی‌نژاد"), ("محسنی اژه ای", "غلامحسین محسنی اژه‌ای"), ("ظريف", "محمدجواد ظریف"),
])
def test_alias_lookup_folds_spelling(alias, canonical):
    assert load().aliases.get(key(alias)) == canonical


# --------------------------------------------------------------------------- offices

def test_office_rows_parse():
    terms = G.load_offices()
    assert len(terms) > 300
    header = [ln for ln in OFFICES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")][0]
    assert header.split("\t") == ["title", "holder", "from", "to", "note"]
    for t in terms:
        assert t.title and t.holder
        assert isinstance(t.start, dt.date)
        assert t.end is None or t.start < t.end, t
        assert not ARABIC_LETTERS.search(t.holder + t.title), t
        assert not HONORIFIC.match(t.holder), t


def test_office_terms_ordered_and_not_overlapping():
    by_title = defaultdict(list)
    for t in G.load_offices():
        by_title[G.title_key(t.title)].append(t)
    for k, ts in by_title.items():
        assert [t.start for t in ts] == sorted(t.start for t in ts), ts[0].title
        for a, b in zip(ts, ts[1:]):
            assert a.end is not None and a.end <= b.start, (a, b)


def test_office_holders_are_spelt_like_the_aliases():
    """A holder who also has an alias row is written with the alias's canonical spelling."""
    canon = {key(c): c for c in load().aliases.values()}
    for t in G.load_offices():
        if key(t.holder) in canon:
            assert canon[key(t.holder)] == t.holder, t


def test_malformed_offices_rejected(tmp_path):
    p = tmp_path / "o.tsv"
    p.write_text("title\tholder\tfrom\tto\tnote\nوزیر نیرو\tرضا اردکانیان\t2021-08-25\t2017-10-29\t\n", encoding="utf-8")
    with pytest.raises(ValueError):
        G.load_offices(p)
    p.write_text("title\tholder\tfrom\tto\tnote\nوزیر نیرو\tرضا اردکانیان\t1396/08/07\t\t\n", encoding="utf-8")
    with pytest.raises(ValueError):
        G.load_offices(p)
    p.write_text("# a comment\ntitle\tholder\tfrom\tto\tnote\n# family\nوزیر نیرو\tرضا اردکانیان\t2017-10-29\t\t\n", encoding="utf-8")
    assert [t.holder for t in G.load_offices(p)] == ["رضا اردکانیان"]
    assert G.office_holder("وزیر نیرو", "2030-01-01", path=p) == "رضا اردکانیان"   # open-ended term


@pytest.mark.parametrize("title, date, holder", [
    ("وزیر فرهنگ و ارشاد", "2008-10-26", "محمدحسین صفار هرندی"),          # speaker_checks: fars-5-186
    ("وزیر بهداشت", dt.date(2020, 3, 12), "سعید نمکی"),
    ("وزیر بهداشت، درمان و آموزش پزشکی", pd.Timestamp("2020-03-12 16:32"), "سعید نمکی"),
    ("این وزیر بهداشت", "2016-05-01", "حسن قاضی‌زاده هاشمی"),
    ("سخنگوی وزارت امور خارجه", "2019-12-01", "عباس موسوی"),
    ("سخنگوی وزارت امور خارجه", "2020-08-16", "سعید خطیب‌زاده"),          # handover day: the new holder
    ("سخنگوی وزارت امور خارجه", "2020-08-15", "عباس موسوی"),
    ("آقای سخنگوی دولت", "2020-04-01", "علی ربیعی"),
    ("رییس‌جمهوری آمریکا", "2019-12-20", "دونالد ترامپ"),
    ("رئیس جمهور آمریکا", dt.datetime(2009, 1, 20, 12), "باراک اوباما"),
    ("رئیس قوه قضائیه", "2019-06-01", "ابراهیم رئیسی"),
    ("رییس قوه قضاییه", "2015-06-01", "صادق آملی لاریجانی"),
    ("دبیر شورای عالی امنیت ملی", "2020-01-05", "علی شمخانی"),
    ("رئیس‌جمهور کشورمان", "2007-02-11", "محمود احمدی‌نژاد"),
    ("نخست وزیر عراق", "2011-09-03", "نوری مالکی"),
    ("سخنگوی وزارت خارجه آمریکا", "2020-01-27", "مورگان اورتگاس"),
    ("دبیرکل سازمان ملل", "2020-05-01", "آنتونیو گوترش"),
    ("رئیس مجلس", "2020-06-01", "محمدباقر قالیباف"),
])
def test_office_holder_examples(title, date, holder):
    assert G.office_holder(title, date) == holder


@pytest.mark.parametrize("title, date", [
    ("سخنگوی دولت", "2019-01-01"),             # ten months without a spokesman (Nobakht left 2018-07-31)
    ("وزیر بهداشت", "1990-01-01"),             # before any listed term
    ("رئیس‌جمهوری آمریکا", "1999-01-01"),
    ("وزیر بهداشت", None),                     # no date
    ("وزیر بهداشت", pd.NaT),
    ("وزیر بهداشت", ""),
    ("وزیر بهداشت", "not a date"),
    ("رئیس‌جمهور", "2020-01-01"),              # bare title: place-ambiguous, not listed
    ("وزیر دفاع", "2020-01-01"),
    ("مدیرکل حفاظت محیط زیست مازندران", "2020-01-01"),
    ("", "2020-01-01"),
])
def test_office_holder_none(title, date):
    assert G.office_holder(title, date) is None


def test_numpy_datetimes_are_dates_too():
    import numpy as np

    from helpers.claims._gazetteer import office_holder
    assert office_holder("سخنگوی وزارت امور خارجه", np.datetime64("2019-12-01")) == \
        office_holder("سخنگوی وزارت امور خارجه", "2019-12-01") is not None
    assert office_holder("سخنگوی وزارت امور خارجه", np.datetime64("NaT", "D")) is None
