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
# # ۰۲ · یکدست‌سازی متن
# ## 02 · Normalizing the text
#
# متن‌ها از همه‌جا می‌آیند: «ي» و «ك» عربی در آرشیو قدیمی فارس، «می شود» با فاصله، و خبرهایی که نیم‌فاصله‌شان حذف شده (مثل خبر نمونه: «گفتوگو»، «نمیکند»). شمارش واژه‌ها و یافتن گوینده‌ها به یک شکل یکدست نیاز دارد، اما خواننده همیشه باید متن اصلی را ببیند؛ پس هر تغییر با نگاشتی دقیق به متن خام برمی‌گردد.
#
# Texts come from everywhere: Arabic ي/ك in old Fars archives, «می شود» with a space, feeds that strip the zero-width non-joiner (like the seed: «گفتوگو», «نمیکند»). Counting words and matching speakers need one normalized form, but readers must always see the original, so every change carries an exact map back to the raw text.

# %% tags=["parameters"]
# Parameters (papermill); None means the default data and the repo's data/ folder.
ARTICLES = None  # unused here: notebook 01 loads the input
DATA_DIR = None  # folder for this run's interim/ and processed/ data
ENGINE = "pandas"  # "pandas" or "dask" (large archives)
SCHEDULER = None  # a Dask scheduler address (None: a local cluster)

# %%
from helpers import display, engine, load, normalize, paths, plots, zwnj_bench

plots.setup()
articles = load.read_articles(paths.interim_dir(DATA_DIR))
print(f"{len(articles)} articles")

# %% [markdown]
# ### گام‌ها · The steps
# هر گام نام دارد و می‌توان خاموشش کرد: `normalize(text, steps=[...])`. *Each step is named and can be switched off.*

# %%
display.table(normalize.steps_table(), "steps", caption="Normalization steps, in the order they run")

# %% [markdown]
# ### خبر نمونه، پیش و پس · The seed article, before and after
# نویسه‌های تغییرکرده رنگی‌اند (سرخ در متن خام، سبز در متن یکدست‌شده)؛ نشانگر را روی هر کدام نگه دارید تا نام گام را ببینید. *Changed characters are marked (red raw, green normalized); hover for the step.*

# %%
example_id = paths.SEED_ID if paths.SEED_ID in set(articles["id"]) else articles["id"].iloc[0]
example = normalize.normalize(articles.set_index("id").loc[example_id, "text"])
display.changes(example)

# %% [markdown]
# هر تغییر در یک سطر؛ نویسه‌های نامرئی با نامشان نوشته شده‌اند. *Every change, invisible characters spelled out.*

# %%
changes = display.changes_table(example)
print(changes["step"].value_counts().to_dict())
display.table(changes, "example_changes", caption=f"Changes in {example_id}", max_rows=30)

# %% [markdown]
# نگاشت دقیق است: هر بازه در متن یکدست‌شده به بازه‌ای از متن خام برمی‌گردد. *The map is exact: a span of the normalized text maps back to a raw span.*

# %%
for norm_span in normalize.changed_words(example, limit=5):
    raw_span = example.to_raw(*norm_span)
    print(f"normalized {example.text[slice(*norm_span)]!r} at {norm_span} ← raw {example.raw[slice(*raw_span)]!r} at {raw_span}")

# %% [markdown]
# ### همه‌ی خبرها · All articles
# چند بار هر گام در هر سایت اجرا شد (میانگین در هر خبر). *How often each step fired per site (mean per article).*

# %%
norm = engine.normalize_articles(articles, engine=ENGINE, scheduler=SCHEDULER)
per_site = normalize.counts_by_site(norm, articles)
display.table(per_site, "steps_per_site", caption="Mean number of changes per article, by site and step", precision=1)

# %%
display.figure(plots.normalization_by_site(per_site))

# %% [markdown]
# ### محک نیم‌فاصله · The ZWNJ benchmark
# روی خبرهای بخش توسعه که نیم‌فاصله را پیوسته به کار برده‌اند: همه‌ی نیم‌فاصله‌ها حذف (یا به فاصله تبدیل) و دوباره بازسازی می‌شوند؛ هر مرز میان دو حرف با متن اصلی مقایسه می‌شود. *On dev articles that use ZWNJ consistently: strip every ZWNJ (or turn it into a space), restore, and score every letter–letter boundary against the original.*

# %%
bench = zwnj_bench.benchmark_table()
display.table(bench, "zwnj_benchmark", caption="ZWNJ restoration: ours vs hazm's Normalizer alone", precision=3)

# %% [markdown]
# ### ذخیره · Save for the next notebook

# %%
out = normalize.save_normalized(norm, paths.interim_dir(DATA_DIR))
print("wrote", out.name)
