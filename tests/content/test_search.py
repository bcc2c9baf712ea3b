"""Search in the content layer: folding, ranking, snippets, on the fixture and the bundled guide."""

import time

import pytest

from guide_tui.content.model import Channel, HelpEntry, Page
from guide_tui.content.search import SearchIndex, fold, index_for, query_words, snippet


def ids(results):
    return [result.entry.id for result in results]


def page(entry_id, title, summary="", body=""):
    return Page(id=entry_id, kind="page", title=title, summary=summary, body=body, lang="fr")


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Écoute", "ecoute"),
        ("ÉCOUTE-ENFANTS", "ecoute-enfants"),
        ("Financiële", "financiele"),
        ("ﬁn", "fin"),
        ("Straße", "strasse"),
    ],
)
def test_fold_drops_accents_and_case(text, folded):
    assert fold(text) == folded


def test_short_and_common_query_words():
    assert query_words("Wat is GROOMING grooming") == ["wat", "grooming"]
    assert query_words("je tu") == ["je", "tu"]  # nothing longer: the short words count
    assert query_words("  ...  ") == []


def test_accent_and_case_insensitive_both_ways():
    index = SearchIndex([page("a", "Écoute-Enfants"), page("b", "ecoute"), page("c", "Autre")])
    assert set(ids(index.search("ECOUTE"))) == {"a", "b"}
    assert set(ids(index.search("écoute"))) == {"a", "b"}


def test_title_hits_rank_above_summary_and_body_hits():
    index = SearchIndex(
        [
            page("body", "Un", body="On parle de chantage ici."),
            page("summary", "Deux", summary="Du chantage."),
            page("title", "Le chantage en ligne"),
            page("none", "Rien"),
        ]
    )
    assert ids(index.search("chantage")) == ["title", "summary", "body"]


def test_more_matched_words_rank_higher_and_the_start_of_a_word_matches():
    index = SearchIndex(
        [
            page("one", "Sextortion"),
            page("two", "Autre", body="sextorsion et preuves"),
            page("three", "Encore", body="les preuves"),
        ]
    )
    results = index.search("sextor preuve")
    assert ids(results) == ["two", "one", "three"]
    assert results[0].matched == ("sextor", "preuve")
    assert index.search("se") == []  # two letters only match a whole word


def test_a_word_in_most_entries_does_not_outrank_the_rare_one():
    entries = [page(str(n), f"Page {n}", body="what to do") for n in range(5)]
    entries.append(page("grooming", "Grooming"))
    assert ids(SearchIndex(entries).search("what is grooming")) == ["grooming"]


def test_help_entries_are_found_by_their_number_with_or_without_spaces():
    helpline = HelpEntry(id="helpline", kind="help", title="Helpline", channels=[Channel("phone", "116 000")])
    index = SearchIndex([helpline, page("other", "Other", body="call 112")])
    assert ids(index.search("116 000")) == ["helpline"]
    assert ids(index.search("116000")) == ["helpline"]


def test_snippet_shows_the_matching_words_with_their_accents():
    text = "Au début il y a beaucoup de texte sans rapport. " * 3 + "Puis Écoute-Enfants répond au 103, gratuitement."
    found = snippet(text, ["ecoute", "103"], width=60)
    assert found.text.startswith("…") and "Écoute-Enfants" in found.text
    assert [found.text[a:b] for a, b in found.marks] == ["Écoute", "103"]
    assert len(found.text) <= 62


def test_snippet_of_a_markdown_body_has_no_marks_or_link_targets():
    index = SearchIndex([page("p", "Titre", body="## Preuves\n\n- **Garde** les [preuves](page:keep-evidence).")])
    result = index.search("garde")[0]
    assert result.snippet.text == "Preuves Garde les preuves."
    assert [result.snippet.text[a:b] for a, b in result.snippet.marks] == ["Garde"]


def test_a_title_only_hit_shows_the_summary_unmarked():
    index = SearchIndex([page("p", "Grooming", summary="Quand un adulte gagne ta confiance.")])
    assert index.search("grooming")[0].snippet.text == "Quand un adulte gagne ta confiance."
    assert index.search("grooming")[0].snippet.marks == ()


def test_fixture_guide_finds_every_kind_of_entry(mini_guide):
    index = index_for(mini_guide, "en")
    assert index is index_for(mini_guide, "en")  # built once
    assert ids(index.search("mature"))[0] == "scenario-demo"  # a chat message
    assert ids(index.search("threaten"))[0] == "self-check"  # a question
    assert "checklist-demo" in ids(index.search("settings privacy"))  # a step's menu path
    assert "helpline" in ids(index.search("example.org/chat"))  # a channel value
    # French readers also find what only exists in English, the fallback language.
    assert "lock-account" in ids(index_for(mini_guide, "fr").search("lock"))


@pytest.mark.parametrize(
    "code, query, first",
    [
        ("fr", "ecoute", "ecoute-enfants"),
        ("fr", "chantage", None),
        ("fr", "nudes", None),
        ("nl", "sextortion", None),
        ("nl", "bewijs", "keep-evidence"),
        ("en", "evidence", "keep-evidence"),
        ("en", "112", "help-112"),
    ],
)
def test_bundled_guide_finds_the_words_students_know(bundled_guide, code, query, first):
    results = index_for(bundled_guide, code).search(query)
    assert results, f"nothing for {query!r} in {code}"
    if first:
        assert results[0].entry.id == first
    for result in results[:5]:
        assert result.entry.lang == code  # translated: no fallback text
        assert not result.snippet.marks or any(
            fold(result.snippet.text[a:b]).startswith(fold(query)) for a, b in result.snippet.marks
        )


def test_building_the_bundled_index_is_quick(bundled_guide):
    bundled_guide.content("nl"), bundled_guide.content(bundled_guide.default_language)
    start = time.perf_counter()
    index = index_for(bundled_guide, "nl")
    index.search("sextortion")
    assert time.perf_counter() - start < 1.0  # about 20 ms on a laptop; a loose bound for slow CI
    plans = [i for i in bundled_guide.entry_ids("nl") if bundled_guide.find(i, "nl").entry.kind == "plan"]
    assert len(index) == len(bundled_guide.entry_ids("nl")) - len(plans)  # lesson plans are not searched


def test_snippet_marks_stay_right_where_folding_changes_the_length():
    text = "La ﬁn: E\u0301coute et Straße, puis ecoute."  # a ligature, a combining accent, ß
    found = snippet(text, ["fin", "ecoute", "strasse"])
    assert [found.text[a:b] for a, b in found.marks] == ["ﬁn", "E\u0301coute", "Straße", "ecoute"]
