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
# # گفتار: چه کسی در خبرها چه گفت
# ## goftar: who said what in the news
#
# این صفحه برای دبیران است: چکیده‌ی گزاره‌های نقل‌شده در خبرهای این مجموعه، گوینده‌ها، شیوه‌ی نقل و موضع رسانه‌ها. هر عدد از داده‌ها حساب شده و هر گزاره به جای دقیقش در متن اصلی برمی‌گردد.
#
# This page is for editors: a summary of the statements quoted in this set of articles — who is quoted, how, and with what stance. Every number is computed from the data, and every statement points to its exact place in the original text.

# %% tags=["parameters"]
# Parameters (papermill); None means the default data and the repo's data/ folder.
ARTICLES = None  # unused here: notebook 01 loads the input
DATA_DIR = None  # folder for this run's interim/ and processed/ data

# %%
from helpers import display, load, paths, plots, summaries, tables

plots.setup()
articles = load.read_articles(paths.interim_dir(DATA_DIR))
claims = summaries.read_claims(paths.processed_dir(DATA_DIR))

# %% [markdown]
# ### در یک نگاه · At a glance

# %%
display.table(summaries.key_numbers(claims, articles), "key_numbers", caption="Key numbers")

# %% [markdown]
# ### پرنقل‌قول‌ترین گوینده‌ها · Most-quoted speakers

# %%
display.figure(plots.top_speakers(claims))

# %% [markdown]
# ### موضع رسانه‌ها · How outlets frame what they report
# «مدعی شد» و «به ادعای» فاصله‌گرفتن رسانه از گفته است؛ «تکذیب کرد» انکار گوینده.
#
# *“Claimed” and “according to the claim of” distance the outlet from the statement; “denied” is the speaker's denial.*

# %%
display.figure(plots.stance_by_outlet(claims, articles))

# %% [markdown]
# ### گزاره‌ها در گذر زمان · Statements over time

# %%
display.figure(plots.claims_over_time(claims, articles))

# %% [markdown]
# ### خبر نمونه · The seed article
# گوینده آبی، فعل نقل نارنجی، محتوا زرد. *Speaker blue, cue orange, content yellow.*

# %%
example_id = paths.SEED_ID if paths.SEED_ID in set(articles["id"]) else articles["id"].iloc[0]
display.highlight(articles.set_index("id").loc[example_id, "text"], claims[claims["article_id"] == example_id])

# %% [markdown]
# ### همه‌ی گزاره‌ها · All statements
# نام گوینده یا واژه‌ای از محتوا را در کادر جست‌وجو بنویسید؛ با کلیک روی عنوان ستون مرتب کنید. *Type a speaker's name or a word in the search box; click a column header to sort.*

# %%
tables.interactive(summaries.browse_table(claims), "report_claims")

# %% [markdown]
# ### روش و دقت · Method and accuracy
# گزاره‌ها با قاعده‌هایی استخراج می‌شوند که در فایل‌های داده نوشته شده‌اند (فهرست فعل‌های نقل با موضعشان، عبارت‌های استناد، قیدهای تردید و تأکید). دقت روی خبرهایی سنجیده شده که دستی برچسب خورده‌اند؛ بخش «heldout» هرگز برای ساختن قاعده‌ها دیده نشده است.
#
# Statements are extracted by rules kept as data files (reporting verbs with their stance, attribution phrases, hedges and boosters). Accuracy is measured on hand-annotated articles; the held-out part was never used to build the rules.

# %%
display.table(summaries.evaluation_overview(), "report_evaluation", caption="Extractor vs the hand-annotated gold set")
