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
# # ۰۳ · چه کسی چه گفت
# ## 03 · Who said what: claims and quotations
#
# در هر خبر، هر گزاره‌ای را که متن به منبعی نسبت می‌دهد پیدا می‌کنیم: گوینده (با ارجاع ضمیرها و عنوان‌ها به نام کامل)، فعل یا عبارت نقل، نوع نقل، موضع فعل، قیدهای تردید و تأکید، و بازه‌ی دقیق محتوا در متن خام.
#
# For every article we find each statement the text attributes to a source: the speaker (pronouns and titles resolved to the full name), the cue, the kind, the stance of the cue, hedges and boosters, and the exact character span of the content in the raw text.
#
# | نوع · kind | یعنی · means | نمونه · example |
# |---|---|---|
# | `direct` | نقل مستقیم، با دونقطه یا گیومه · colon speech or quotation marks | «وی افزود: …» |
# | `indirect` | نقل غیرمستقیم · reported clause or phrase | «گفت (که) …»، «از … خبر داد» |
# | `according_to` | به گفته‌ی … · attribution adverbial | «به گفته وزیر، …» |

# %% tags=["parameters"]
# Parameters (papermill); None means the default data and the repo's data/ folder.
ARTICLES = None  # unused here: notebook 01 loads the input
DATA_DIR = None  # folder for this run's interim/ and processed/ data
ENGINE = "pandas"  # "pandas" or "dask" (large archives)
SCHEDULER = None  # a Dask scheduler address (None: a local cluster)

# %%
import pandas as pd

from helpers import claims, display, engine, load, paths, summaries, tables

articles = load.read_articles(paths.interim_dir(DATA_DIR))
print(f"{len(articles)} articles")

# %% [markdown]
# ### استخراج · Extraction
# هر خبری که استخراجش خطا بدهد در جدول خطاها می‌آید و بقیه ادامه می‌یابند. *An article whose extraction fails is listed in the failures table; the rest go on.*

# %%
found, failures = engine.extract_claims(articles, engine=ENGINE, scheduler=SCHEDULER)
found = claims.with_unified_speakers(found)  # «رئیسی» in one article, «ابراهیم رئیسی» in another: one person
n_with = found["article_id"].nunique()
print(f"{len(found)} statements in {n_with} of {len(articles)} articles; {len(failures)} articles failed")

# %%
display.table(failures, "failures", caption="Articles whose extraction failed (reported, not dropped)")

# %% [markdown]
# ### خبر نمونه · The seed article
# گوینده آبی، فعل نقل نارنجی، محتوا زرد؛ متن همان متن خام است. *Speaker blue, cue orange, content yellow; the text shown is the raw text.*

# %%
example_id = paths.SEED_ID if paths.SEED_ID in set(articles["id"]) else articles["id"].iloc[0]
example_text = articles.set_index("id").loc[example_id, "text"]
example = found[found["article_id"] == example_id]
display.highlight(example_text, example)

# %%
display.table(example[["kind", "speaker", "speaker_surface", "cue", "stance", "content", "start", "end"]],
              "example_claims", caption=f"Statements in {example_id}")

# %% [markdown]
# ### همه‌ی گزاره‌ها · All statements
# جدول جست‌وجوپذیر: نام گوینده یا واژه‌ای از محتوا را بنویسید. *Searchable: type a speaker's name or a word of the content.*

# %%
tables.interactive(summaries.browse_table(found), "claims")

# %% [markdown]
# ### شمارش‌ها · Counts
# نوع نقل در هر سایت، و موضع فعل نقل در هر سایت. *Kind of statement per site, and stance of the cue per site.*

# %%
display.table(summaries.crosstab(found, "site", "kind"), "kind_by_site", caption="Statements per site and kind")

# %%
display.table(summaries.crosstab(found, "site", "stance"), "stance_by_site", caption="Statements per site and cue stance")

# %%
display.table(summaries.top_speakers(found, n=20), "top_speakers", caption="The 20 most-quoted speakers")

# %% [markdown]
# ### ارزیابی روی مجموعه‌ی طلایی · Evaluation on the gold set
# نمره‌ها همین حالا روی مقاله‌های برچسب‌خورده‌ی بخش توسعه حساب می‌شوند؛ بخش کنارگذاشته (heldout) هرگز برای ساختن قاعده‌ها دیده نشده است. *Scores computed now on the hand-annotated development articles; the held-out part was never used to build rules.*

# %%
display.table(summaries.evaluation_overview(), "evaluation", caption="Extractor vs gold (char IoU ≥ 0.5, one-to-one)")

# %% [markdown]
# ### مقاله‌ی خودتان را امتحان کنید · Try your own article
# متن خبر را میان سه‌گیومه‌ی زیر بچسبانید و فقط همین سلول و دو سلول بعدی را اجرا کنید. *Paste an article between the triple quotes below and run this cell and the next two; nothing else needs rerunning.*

# %% tags=["try-your-own"]
MY_ARTICLE = """ date 2026-02-04 مارکو روبیو، وزیر خارجه آمریکا، در نشست خبری کنفرانس مواد معدنی کمیاب، درباره سیاست واشینگتن در قبال تهران گفت: «ترامپ آماده است با هر کسی در جهان گفتوگو و تعامل کند.»

او افزود آمریکا دیدار و مذاکره را «امتیازدهی یا مشروعیتبخشی» تلقی نمیکند.

روبیو گفت: «این صرفا نشاندهنده آمادگی ما برای نشستن، شنیدن و صحبت کردن با هر کسی است؛ چه دشمن و چه متحد.»

🇺🇸🇮🇷⚡️ -- Secretary of State Marco Rubio on Iran:

I think it's pretty clear right now, President Trump is willing to talk to, meet with, and engage with anyone in the world.



We don't view meetings as a concession. We don't view meetings as even legitimization. pic.twitter.com/66LUTEMFoK -- Juan Carlos 🇮🇱 (@JuanCarlos23431) February 4, 2026

به گفته وزیر خارجه آمریکا، اگر فرصتی برای گفتوگوی مستقیم با همتایان جمهوری اسلامی فراهم شود، واشینگتن نسبت به آن گشوده است.

او گفت آمریکا تصور میکرد چارچوب مشخصی برای این گفتوگوها وجود دارد که در ترکیه بر سر آن توافق شده بود، اما گزارشهای متناقضی از سوی مقامهای ایرانی منتشر شده که نشان میدهد تهران با چنین چارچوبی موافقت نکرده است.

روبیو تاکید کرد: «در نهایت، آمریکا آماده تعامل است و همیشه آماده تعامل با ایران بوده است.»

وزیر خارجه آمریکا همچنین گفت مشکل اصلی جمهوری اسلامی این است که مطالبات مردم معترض در خیابانها ماهیت اقتصادی دارد و حکومت «قادر به پاسخگویی به آن نیست».

او افزود: «یکی از دلایل ناتوانی حکومت ایران در تامین کیفیت زندگی شایسته مردم، این است که منابع و ثروت کشور صرف حمایت از تروریسم، گروههای نیابتی و صدور انقلاب میشود.»

روبیو با تفکیک میان مردم ایران و حکومت جمهوری اسلامی گفت مردم ایران و حکومت ایران کاملا با هم متفاوتاند و افزود رهبری مذهبی جمهوری اسلامی بازتابدهنده جامعه و فرهنگ ایران نیست و «در هیچ کشور دیگری چنین شکاف عمیقی میان حاکمان و مردم وجود ندارد».

او همچنین به موضع دونالد ترامپ درباره سرکوب اعتراضات اشاره کرد و گفت اظهارات علنی رییسجمهوری آمریکا «مانع اجرای اعدامهای گستردهای شد که در آستانه اجرا قرار داشت.»

او در پایان تاکید کرد دولت ترامپ گفتوگو را به رویارویی ترجیح میدهد و گفت: «مطمئن نیستم بتوان با این افراد به توافق رسید، اما میخواهیم تلاش کنیم. این رییسجمهوری همیشه راهحل مسالمتآمیز را به هر درگیری یا چالش دیگری ترجیح میدهد.»"""

# %%
import pandas as pd

from helpers import claims, display

mine = pd.DataFrame([c.to_dict() for c in claims.extract(MY_ARTICLE, article_id="my-article")],
                    columns=claims.CLAIM_COLUMNS)
display.highlight(MY_ARTICLE, mine)

# %%
display.table(mine[["kind", "speaker", "cue", "stance", "source_type", "content"]], "my_claims",
              caption=f"{len(mine)} statements in your article")

# %% [markdown]
# ### ذخیره · Save for the next notebook

# %%
out = summaries.save_claims(found, failures, paths.processed_dir(DATA_DIR))
print("wrote", ", ".join(p.name for p in out))
