"""Which help entries fit a reader: by topic, then language, region and age where known."""

from __future__ import annotations

from typing import Iterable, List, Optional, Set, Tuple

from .model import HelpEntry


def _serves_age(entry: HelpEntry, age: Optional[int]) -> bool:
    if age is None:
        return True
    return (entry.min_age is None or entry.min_age <= age) and (entry.max_age is None or age <= entry.max_age)


def _serves_region(entry: HelpEntry, region: Optional[str]) -> bool:
    # "national" (a site's default region for all of Belgium) tells nothing about where the
    # reader lives, so no regional service is ruled out.
    if region is None or region == "national":
        return True
    return not entry.regions or "national" in entry.regions or region in entry.regions


def match_help(
    entries: Iterable[HelpEntry],
    topics: Iterable[str],
    language: str,
    region: Optional[str] = None,
    age: Optional[int] = None,
    emergency: bool = False,
) -> List[HelpEntry]:
    """Emergency numbers first (when asked for), then services sharing a topic.

    Region and age rule a service out: it cannot help there. Language only orders the list,
    services in the reader's language first: an English reader must still see Child Focus,
    which answers in Dutch and French. National services come before regional ones the reader
    did not say they live in.
    """
    wanted = set(topics)
    urgent, matching = _shown(entries, wanted, region, age, emergency)

    def relevance(entry: HelpEntry) -> Tuple[bool, bool, int]:
        """Services for all of Belgium or the reader's own region first, then those in the
        reader's language, then those sharing more topics; the content order breaks ties."""
        local = not entry.regions or "national" in entry.regions or (region is not None and region in entry.regions)
        foreign = bool(entry.languages) and language not in entry.languages
        return (not local, foreign, -len(wanted.intersection(entry.topics)))

    matching.sort(key=relevance)
    return urgent + matching


def shown_help(
    entries: Iterable[HelpEntry],
    topics: Iterable[str],
    region: Optional[str] = None,
    age: Optional[int] = None,
    emergency: bool = False,
) -> List[HelpEntry]:
    """The entries `match_help` gives, not in its order: for `check`, which asks only whether
    a reader is shown any help, or any emergency number (ordering them was most of its time)."""
    urgent, matching = _shown(entries, set(topics), region, age, emergency)
    return urgent + matching


def _shown(
    entries: Iterable[HelpEntry], wanted: Set[str], region: Optional[str], age: Optional[int], emergency: bool
) -> Tuple[List[HelpEntry], List[HelpEntry]]:
    """The emergency numbers (when asked for) and the services sharing a topic, in content order."""
    pool = [e for e in entries if _serves_region(e, region) and _serves_age(e, age)]
    urgent = [e for e in pool if e.emergency] if emergency else []
    matching = [e for e in pool if not e.emergency and wanted.intersection(e.topics)]
    return urgent, matching
