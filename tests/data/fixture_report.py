# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # گزارش آزمایشی
# ## A fixture page for the export and browser tests
#
# این پاراگراف فارسی است و باید راست‌به‌چپ و از سمت راست چیده شود. *Persian first, then English.*
#
# This paragraph is English only and may stay left to right.
#
# - نخستین بند فهرست
# - دومین بند فهرست

# %% tags=["parameters"]
ARTICLES = None
DATA_DIR = None

# %%
import pandas as pd

from helpers import display, load, paths, plots, tables

plots.setup()
src = ARTICLES or str(paths.ROOT / "tests" / "data" / "xss_articles.jsonl")
result = load.load_articles(src)
articles = result.articles

# %% [markdown]
# ### جدول خبرها · Articles
# عنوان و متن خبرها، همان‌طور که رسیده‌اند (نشانه‌گذاری باید به‌صورت متن دیده شود).

# %%
for title in articles["title"]:
    print("عنوان:", title)

# %%
display.table(articles[["id", "title", "site", "url", "text"]], "articles", caption="خبرها <i>(untrusted)</i>")

# %% [markdown]
# ### ادعاها · Claims
# جدول جستجوپذیر: نام یک گوینده را بنویسید.

# %%
claims = pd.DataFrame({
    "speaker": ["علی لاریجانی", "سخنگوی وزارت امور خارجه", "سخنگوی دولت", "علی لاریجانی"],
    "quote": ["مذاکرات هسته‌ای با جدیت ادامه دارد.", "ما همواره از گفت‌وگو استقبال کرده‌ایم.",
              articles.loc[articles["id"] == "xss_markup", "text"].iloc[0][:120],
              "دولت به تعهدات خود پایبند است."],
    "kind": pd.Categorical(["direct", "direct", "direct", "indirect"]),
    "confidence": [0.85, 0.612345, 0.9, 0.7],
    "article": ["quote_larijani", "quote_spokesman", "xss_markup", "quote_larijani"],
})
tables.interactive(claims, "claims", caption="ادعاها <script>window.__goftar_xss_caption=1</script>")

# %% [markdown]
# ### طول متن · Body length

# %%
display.figure(plots.length_histogram(articles))
