"""Which services a self-check result shows."""

from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry


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
