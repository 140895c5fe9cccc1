from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ingest import services
from ingest.tests.conftest import FAKE_VERSION, meet_text
from meetings.models import Article, Meeting, Report
from meetings.tests.factories import make_article

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_reprocess_reruns_the_named_articles_and_keeps_one_set_of_reports(fake_nlp):
    article = services.article_submit(text=meet_text(), queue=False).article
    services.articles_process_batch(article_ids=[article.pk])
    out, _ = run("reprocess", str(article.pk), "--sync")
    assert out.strip() == "reprocessed 1: 1 done, 0 skipped, 0 failed"
    assert Report.objects.count() == 1
    assert Meeting.objects.count() == 1


def test_reprocess_outdated_reruns_only_older_extractor_versions(fake_nlp):
    old = make_article(text=meet_text(), extractor_version="fake-1")
    current = make_article(text=meet_text(day="2016-03-01"), extractor_version=FAKE_VERSION)
    out, _ = run("reprocess", "--outdated", "--sync")
    assert out.startswith("reprocessed 1:")
    old.refresh_from_db()
    current.refresh_from_db()
    assert old.extractor_version == FAKE_VERSION
    assert current.reports.count() == 0


def test_reprocess_all_reruns_every_article(fake_nlp):
    for m in (1, 6):
        make_article(text=meet_text(day=f"2016-0{m}-02"), extractor_version=FAKE_VERSION)
    out, _ = run("reprocess", "--all", "--sync")
    assert out.startswith("reprocessed 2: 2 done")


def test_reprocess_says_which_ids_it_did_not_take(fake_nlp):
    busy = make_article(state=Article.State.PROCESSING)
    _, err = run("reprocess", str(busy.pk), "999", "--sync")
    assert f"not reprocessed (unknown, or being processed now): {busy.pk}, 999" in err


def test_reprocess_needs_a_choice():
    with pytest.raises(CommandError, match="name article ids, or use --outdated or --all"):
        run("reprocess")


def test_ingest_fetches_a_url_and_extracts_it(fake_nlp, web, allow_local):
    web.route("/story", f"<html><head><title>Talks</title></head><body><pre>{meet_text()}</pre></body></html>")
    out, err = run("ingest", web.url("/story"))
    assert out.strip() == "1 new, 0 duplicate, 0 failed; extracted 1, skipped 0, failed 0"
    article = Article.objects.get()
    assert (article.url, article.title, article.source, article.state) == (web.url("/story"), "Talks", "cli", "done")


def test_ingest_reports_a_refused_url_and_goes_on(fake_nlp, settings, tmp_path):
    settings.FETCH_ALLOWED_HOSTS = []
    good = tmp_path / "a.txt"
    good.write_text(meet_text())
    out, err = run("ingest", "http://10.0.0.1/secret", str(good))
    assert "http://10.0.0.1/secret: refused to fetch 10.0.0.1: it resolves to 10.0.0.1, a private address" in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")


def test_bench_extract_times_both_sides_and_says_how_many_articles_it_parsed(nlp, tmp_path, settings):
    import json

    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in [
        {"url": "urn:a", "published": "2020-05-06", "text": "Dutch Foreign Minister Anna de Vries met Peruvian President "
                                                             "Carlos Mendoza in Lima on Monday."},
        {"url": "urn:b", "published": "2020-05-06", "text": "Oil prices rose on Monday after the storm closed two refineries."},
    ]))
    for flags, parsed in (([], 1), (["--no-prefilter"], 2)):
        out = StringIO()
        call_command("bench_extract", str(corpus), "--repeat", "1", "--json", *flags, stdout=out)
        figures = json.loads(out.getvalue())
        assert (figures["articles"], figures["articles_parsed"]) == (2, parsed)
        assert figures["raw_nlp_pipe_seconds"] > 0 and figures["sidelines_ingest_seconds"] > 0
    assert settings.INGEST_PREFILTER is True and not Article.objects.exists()  # the setting back, the writes rolled back
