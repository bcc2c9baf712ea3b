"""Which services a self-check result shows."""

from guide_tui.content.matching import match_help, shown_help
from guide_tui.content.model import REGIONS, HelpEntry, SelfCheck
from guide_tui.content.validate import _candidates


def entry(entry_id, topics=("sextortion",), languages=(), regions=("national",), **more):
    return HelpEntry(
        id=entry_id,
        kind="help",
        title=entry_id,
        topics=list(topics),
        languages=list(languages),
        regions=list(regions),
        **more,
    )


def ids(entries):
    return [e.id for e in entries]


def test_topic_decides_and_the_readers_language_comes_first_without_hiding_others():
    found = match_help(
        [
            entry("nl-fr", languages=["nl", "fr"]),
            entry("en", languages=["en"]),
            entry("any"),
            entry("other-topic", topics=["suicide"]),
        ],
        ["sextortion"],
        "en",
    )
    assert ids(found) == ["en", "any", "nl-fr"]


def test_region_and_age_rule_services_out():
    services = [
        entry("flanders", regions=["flanders"]),
        entry("wallonia", regions=["wallonia"]),
        entry("adults", min_age=18),
        entry("minors", max_age=17),
        entry("national"),
    ]
    assert ids(match_help(services, ["sextortion"], "nl", region="flanders", age=15)) == [
        "flanders",
        "minors",
        "national",
    ]
    # Region unknown: nothing ruled out, national services first (review minor item 10).
    assert ids(match_help(services, ["sextortion"], "nl")) == ["adults", "minors", "national", "flanders", "wallonia"]


def test_a_national_reader_region_rules_no_regional_service_out():
    """A site whose default region is "national" knows nothing about where the reader lives."""
    services = [entry("flanders", regions=["flanders"]), entry("national")]
    assert ids(match_help(services, ["sextortion"], "nl", region="national")) == ["national", "flanders"]


def test_more_shared_topics_come_first_among_equals():
    services = [entry("one", topics=["sextortion"]), entry("two", topics=["sextortion", "images"])]
    assert ids(match_help(services, ["sextortion", "images"], "nl")) == ["two", "one"]


def test_emergency_numbers_come_first_only_when_the_result_asks():
    services = [entry("child-focus"), entry("112", topics=["emergency"], emergency=True)]
    assert ids(match_help(services, ["sextortion"], "fr", emergency=True)) == ["112", "child-focus"]
    assert ids(match_help(services, ["sextortion"], "fr")) == ["child-focus"]


def test_check_matches_only_the_candidates_and_finds_what_matching_all_helpers_finds(bundled_guide):
    """check's walks match each result against the helpers that share a topic (or are
    emergency numbers when it is an emergency): the same list as from every helper."""
    compared = 0
    for code in bundled_guide.language_codes:
        content = bundled_guide.content(code)
        helpers = [e for e in content.readable(None).values() if isinstance(e, HelpEntry)]
        helpers.append(entry("emergency-other-topic", topics=["none"], emergency=True))
        checks = [e for e in content.entries.values() if isinstance(e, SelfCheck)]
        for check in checks:
            for node in check.nodes.values():
                some = _candidates(helpers, node.topics, node.emergency)
                assert len(some) < len(helpers)
                for region in (None, *REGIONS):
                    for age in (None, 10, 14, 17, 30):
                        expected = match_help(helpers, node.topics, code, region, age, node.emergency)
                        assert match_help(some, node.topics, code, region, age, node.emergency) == expected
                        shown = shown_help(some, node.topics, region, age, node.emergency)
                        assert sorted(ids(shown)) == sorted(ids(expected))  # the same, in any order
                        compared += bool(expected)
    assert compared > 500  # walks that show some help
