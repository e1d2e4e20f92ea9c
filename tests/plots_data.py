"""A small synthetic claims table (the schema of helpers.claims) and its articles, for the plot tests.

Deterministic. The strings are chosen to exercise right-to-left drawing: ZWNJ
(«می‌گوید», «سخنگوی وزارت امور خارجه»), Latin inside Persian («گزارش BBC فارسی»),
digits, «» and brackets in speaker names, long names that wrap onto two lines,
and a seed article whose paragraphs hold several claims.
"""

from __future__ import annotations

import random

import pandas as pd

SEED_ID = "000_ca22d49b7a009fcd"

SPEAKERS = [
    ("حسن روحانی", "person"), ("سخنگوی وزارت امور خارجه جمهوری اسلامی ایران", "person"),
    ("بانک مرکزی", "organisation"), ("گزارش BBC فارسی", "media"), ("مرکز آمار (ایران)", "organisation"),
    ("«منابع آگاه»", "anonymous"), ("کارشناسان اقتصادی", "group"), ("وزیر نفت", "person"),
    ("خبرگزاری رویترز", "media"), ("سند برنامه‌ی هفتم", "document"), ("مجلس شورای اسلامی", "organisation"),
    ("رئیس‌جمهور آمریکا", "person"), ("یک مقام مسئول", "anonymous"), ("IMF صندوق بین‌المللی پول", "organisation"),
    ("دادستان تهران", "person"), ("نماینده‌ی مردم تبریز", "person"), ("شورای شهر", "organisation"),
    ("فعالان بازار", "group"),
]
SITES = ["farsnews.ir", "tabnak.ir", "asriran.com", "roozno.com"]
KINDS = ["direct", "indirect", "according_to"]
STANCES = ["neutral"] * 5 + ["emphatic", "distancing", "denial", "confirmation", "concession", "warning",
                             "announcement"]
CUES = {"neutral": "گفت", "emphatic": "تأکید کرد", "distancing": "مدعی شد", "denial": "تکذیب کرد",
        "confirmation": "تأیید کرد", "concession": "اذعان کرد", "warning": "هشدار داد",
        "announcement": "اعلام کرد"}
CONTENTS = [
    "نرخ تورم در سال آینده کاهش می‌یابد و قیمت‌ها ثابت می‌ماند",
    "مذاکرات هسته‌ای ممکن است به زودی از سر گرفته شود",
    "صادرات نفت قطعا افزایش خواهد یافت",
    "گزارش‌ها درباره‌ی افزایش قیمت بنزین درست نیست",
    "بودجه‌ی عمرانی احتمالا کاهش پیدا می‌کند",
    "بیکاری جوانان در شهرهای بزرگ افزایش یافته است",
    "بازار ارز به ثبات رسیده و نرخ دلار کاهش یافته است",
    "تحریم‌ها بی‌تردید بر اقتصاد کشور اثر گذاشته است",
]
HEDGES = {1: [{"word": "ممکن است", "type": "hedge"}], 2: [{"word": "قطعا", "type": "booster"}],
          4: [{"word": "احتمالا", "type": "hedge"}], 7: [("بی‌تردید", "booster")]}


def make_articles() -> pd.DataFrame:
    rows = [{"id": SEED_ID, "site": "seed", "date": pd.Timestamp("2024-03-25"), "text": SEED_TEXT}]
    rng = random.Random(7)
    for i in range(24):
        site = SITES[i % len(SITES)]
        y = 2003 + (i * 23) // 24
        rows.append({"id": f"{site.split('.')[0]}-{i:03d}", "site": site,
                     "date": pd.Timestamp(year=y, month=1 + rng.randrange(12), day=1 + rng.randrange(28)),
                     "text": "متن خبر " + " ".join(CONTENTS[rng.randrange(len(CONTENTS))] for _ in range(3))})
    return pd.DataFrame(rows)


SEED_TEXT = (
    "سخنگوی دولت روز دوشنبه گفت: «نرخ تورم در سال آینده کاهش می‌یابد.»\n"
    "به گزارش BBC فارسی، بانک مرکزی اعلام کرد که ذخایر ارزی افزایش یافته است.\n"
    "وزیر نفت تأکید کرد صادرات نفت قطعا افزایش خواهد یافت.\n"
    "یک مقام مسئول که نخواست نامش فاش شود مدعی شد مذاکرات ممکن است متوقف شود.\n"
    "مرکز آمار (ایران) این گزارش را تکذیب کرد."
)


def _seed_claims() -> list[dict]:
    spans = [
        ("سخنگوی دولت", "person", "direct", "neutral", "گفت", "نرخ تورم در سال آینده کاهش می‌یابد.", []),
        ("بانک مرکزی", "organisation", "indirect", "announcement", "اعلام کرد",
         "ذخایر ارزی افزایش یافته است", []),
        ("گزارش BBC فارسی", "media", "according_to", "neutral", "به گزارش",
         "بانک مرکزی اعلام کرد که ذخایر ارزی افزایش یافته است", []),
        ("وزیر نفت", "person", "indirect", "emphatic", "تأکید کرد", "صادرات نفت قطعا افزایش خواهد یافت",
         [{"word": "قطعا", "type": "booster"}]),
        ("یک مقام مسئول", "anonymous", "indirect", "distancing", "مدعی شد", "مذاکرات ممکن است متوقف شود",
         [{"word": "ممکن است", "type": "hedge"}]),
        ("مرکز آمار (ایران)", "organisation", "indirect", "denial", "تکذیب کرد", "این گزارش", []),
    ]
    out = []
    for who, st, kind, stance, cue, content, hedges in spans:
        start = SEED_TEXT.index(content)
        out.append({"article_id": SEED_ID, "kind": kind, "content": content, "start": start,
                    "end": start + len(content), "speaker": who if st != "anonymous" else None,
                    "speaker_surface": who, "cue": cue, "source_type": st, "stance": stance,
                    "hedges": hedges, "site": "seed", "date": pd.Timestamp("2024-03-25")})
    return out


def make_claims(articles: pd.DataFrame | None = None) -> pd.DataFrame:
    articles = make_articles() if articles is None else articles
    rng = random.Random(11)
    rows = _seed_claims()
    for _, a in articles[articles["id"] != SEED_ID].iterrows():
        for _k in range(1 + rng.randrange(5)):
            # a skewed speaker distribution, so there is a clear top and a long tail
            who, st = SPEAKERS[min(int(rng.expovariate(0.25)), len(SPEAKERS) - 1)]
            ci = rng.randrange(len(CONTENTS))
            stance = rng.choice(STANCES)
            content = CONTENTS[ci]
            start = rng.randrange(200)
            rows.append({"article_id": a["id"], "kind": rng.choice(KINDS), "content": content, "start": start,
                         "end": start + len(content), "speaker": None if st == "anonymous" else who,
                         "speaker_surface": who, "cue": CUES[stance], "source_type": st, "stance": stance,
                         "hedges": list(HEDGES.get(ci, [])), "site": a["site"], "date": a["date"]})
    # one claim with no speaker at all (unattributed)
    rows.append({**rows[-1], "speaker": None, "speaker_surface": None, "source_type": None})
    return pd.DataFrame(rows)


def make_step_counts() -> pd.DataFrame:
    """Mean changes per article by site and normalization step (the shape of normalize.counts_by_site)."""
    rng = random.Random(7)
    steps = ["bidi", "arabic_letters", "kashida", "zwnj_cleanup", "digits", "spaces", "zwnj_fused", "zwnj_spaced"]
    rows = []
    for site in SITES + ["seed"]:
        row = {"site": site, "articles": rng.randint(1, 200)}
        for s in steps:
            row[s] = round(rng.random() * (40 if s in ("digits", "zwnj_spaced") else 3), 2)
        rows.append(row)
    rows[0]["kashida"] = 0.0
    return pd.DataFrame(rows)
