# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: -execution,-papermill,-ExecuteTime
#     formats: ipynb,py:percent
#     notebook_metadata_filter: -jupytext.text_representation.jupytext_version,-widgets,-papermill
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # ۰۱ · بارگذاری خبرها
# ## 01 · Loading the articles
#
# این دفترچه همه‌ی خبرهای ورودی را می‌خواند و هیچ‌کدام را گم نمی‌کند: هر رکورد یا بارگذاری می‌شود یا با دلیلش در جدول قرنطینه می‌آید. متن هر خبر دقیقاً همان‌طور که داده شده نگه داشته می‌شود، چون همه‌ی بازه‌هایی که مراحل بعد گزارش می‌کنند به همین متن اشاره دارند.
#
# This notebook reads every input article and loses none: each record is either loaded or listed in the quarantine table with its reason. The text is kept exactly as given, because every span the later notebooks report points into it.

# %% tags=["parameters"]
# Parameters (papermill); None means the default data: the seed article and the 1,000-article corpus.
ARTICLES = None  # a .jsonl/.csv/.json file or a folder of .txt files
DATA_DIR = None  # folder for this run's interim/ and processed/ data (None: the repo's data/)

# %%
from helpers import display, load, paths, plots

plots.setup()

# %% [markdown]
# ### بارگذاری · Load
# ورودی‌ها و شمار رکوردها. *Inputs and record counts.*

# %%
result = load.load_default() if ARTICLES is None else load.load_articles(ARTICLES)
articles = result.articles
print("inputs:", ", ".join(result.inputs))
result.summary()

# %% [markdown]
# هیچ رکوردی گم نمی‌شود: بارگذاری‌شده + قرنطینه = ورودی. *Nothing is lost: loaded + quarantined = input.*

# %%
result.check()
assert len(articles) + len(result.quarantine) == result.n_input
print(f"{len(articles)} loaded + {len(result.quarantine)} quarantined = {result.n_input} input records")

# %% [markdown]
# ### خبرها در هر سایت · Articles per site
# تعداد خبر، میانه‌ی طول متن (نویسه) و بازه‌ی تاریخ برای هر سایت. *Articles, median body length (characters) and date range per site.*

# %%
display.table(load.per_site(articles), "per_site", caption="Articles per site")

# %% [markdown]
# ### خبرها در هر ماه · Articles per month
# تاریخ خبرهای فارس از شناسه‌ی نشانی آن‌ها (تاریخ شمسی) خوانده شده و تاریخ خبر نمونه از سطر اول متن. *Fars dates come from the Jalali date in their URL ids; the seed's from its first line.*

# %%
display.table(load.date_sources(articles), "date_sources", caption="Where each date comes from")

# %%
display.table(load.per_month(articles), "per_month", caption="Articles per month (months with at least one article)", max_rows=40)

# %% [markdown]
# ### طول متن · Body length

# %%
display.figure(plots.length_histogram(articles))

# %% [markdown]
# ### قرنطینه · Quarantine
# رکوردهایی که بارگذاری نشدند، با دلیل. *Records that were not loaded, with the reason.*

# %%
print(f"{len(result.quarantine)} records quarantined")
display.table(result.quarantine, "quarantine", caption="Quarantined records")

# %% [markdown]
# ### ذخیره برای دفترچه‌ی بعد · Save for the next notebook

# %%
out = load.save_articles(result, paths.interim_dir(DATA_DIR))
print("wrote", ", ".join(p.name for p in out))
