"""Speaker rules of the sixth pass, found on the round-2 tune articles and the reviews r3/r4
(data/gold/review_r3.tsv, review_r4.tsv: fresh unannotated dev articles); article ids in comments.
Every case fails if its rule is removed."""

from helpers.claims import extract


def _claims(text):
    out = extract(text, article_id="t")
    for c in out:
        assert text[c.start:c.end] == c.content
    return out


def _speakers(text):
    return [c.speaker for c in _claims(text)]


def test_rank_that_is_a_given_name_before_a_lone_surname_is_kept():
    # roozno-44 (review r3): «امیر شجاعان، رئیس … گفت» — «امیر» is his given name, not the army rank;
    # «امیر سرتیپ …» / «امیر حبیب‌الله سیاری» keep it a rank, «امیر قطر» is not a name
    text = "امیر شجاعان، رئیس ستاد انتخابات کشور گفت: ثبت نام داوطلبان از فردا آغاز می‌شود."
    assert _speakers(text) == ["امیر شجاعان"]
    assert _speakers("امیر سرتیپ کیومرث حیدری گفت: ارتش آماده است.") == ["کیومرث حیدری"]
    assert _speakers("امیر حبیب الله سیاری گفت: ارتش آماده است.") == ["حبیب الله سیاری"]
