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
# # ۰۴ · تصویر گفته‌ها
# ## 04 · Visualizing who said what
#
# نمودارهایی که ویراستاران اول نگاه می‌کنند. همه‌ی برچسب‌های فارسی با یک قاعده به matplotlib داده می‌شوند (`helpers.plots.fa`) و آزمون‌ها همان گلیف‌هایی را که کشیده شده با شکل‌دهی درست HarfBuzz مقایسه می‌کنند. هر نمودار در `reports/figures/` با قالب PNG و SVG هم ذخیره می‌شود.
#
# The figures editors look at first. Every Persian label reaches matplotlib through one rule (`helpers.plots.fa`), and the tests compare the glyphs actually drawn with HarfBuzz's correct shaping. Each figure is also saved as PNG and SVG under `reports/figures/`.

# %% tags=["parameters"]
# Parameters (papermill); None means the default data and the repo's data/ and reports/ folders.
ARTICLES = None  # unused here: notebook 01 loads the input
DATA_DIR = None  # folder for this run's interim/ and processed/ data
FIGURES_DIR = None  # where figures are saved (None: reports/figures)

# %%
from helpers import display, load, paths, plots, summaries

plots.setup()
articles = load.read_articles(paths.interim_dir(DATA_DIR))
claims = summaries.read_claims(paths.processed_dir(DATA_DIR))
figures_dir = FIGURES_DIR or paths.FIGURES
print(f"{len(claims)} statements from {len(articles)} articles")


# %%
def show(fig, name):
    """Save the figure (PNG + SVG) for editors, print its caption, and show it once."""
    plots.save(fig, name, figures_dir)
    print(plots.caption(fig, "en"))
    display.figure(fig)


# %% [markdown]
# ### ۱. پرنقل‌قول‌ترین گوینده‌ها · Most-quoted speakers
# به تفکیک نوع نقل. *Split by kind of statement.*

# %%
show(plots.top_speakers(claims), "01_top_speakers")

# %% [markdown]
# ### ۲. گزاره در هر خبر، به تفکیک سایت · Statements per article, by outlet
# و سهم منبع‌های ناشناس یا بی‌نام. *And the share of anonymous or unattributed sources.*

# %%
show(plots.claims_per_outlet(claims, articles), "02_claims_per_outlet")

# %% [markdown]
# ### ۳. موضع فعل نقل در هر سایت · Cue stance by outlet
# کجا رسانه‌ها از آنچه نقل می‌کنند فاصله می‌گیرند («مدعی شد»، «به ادعای»)؟ *Where do outlets distance themselves from what they report?*

# %%
show(plots.stance_by_outlet(claims, articles), "03_stance_by_outlet")

# %% [markdown]
# ### ۴. تردید و قطعیت · Hedging and certainty
# سهم گزاره‌هایی که قید تردید («ممکن است»، «احتمالا») یا تأکید («قطعا») دارند. *Share of statements with hedges or boosters.*

# %%
show(plots.hedging(claims, by="site"), "04_hedging_by_outlet")

# %%
show(plots.hedging(claims, by="source_type"), "04b_hedging_by_source_type")

# %% [markdown]
# ### ۵. گزاره‌ها در گذر زمان · Statements over time

# %%
show(plots.claims_over_time(claims, articles), "05_claims_over_time")

# %% [markdown]
# ### ۶. چه کسی در کدام رسانه · Who is quoted where
# و پرتکرارترین واژه‌های محتوای نقل‌شده (بدون واژه‌های پربسامد دستوری). *And the most frequent words of quoted content, stopwords removed.*

# %%
show(plots.speaker_outlet_heatmap(claims), "06_speaker_outlet")

# %%
show(plots.content_words(claims), "06b_content_words")

# %% [markdown]
# ### ۷. گزاره‌های خبر نمونه در طول متن · The seed article's statements, paragraph by paragraph

# %%
example_id = paths.SEED_ID if paths.SEED_ID in set(articles["id"]) else articles["id"].iloc[0]
show(plots.seed_timeline(claims, articles, article_id=example_id), "07_seed_timeline")
