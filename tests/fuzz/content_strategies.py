"""Hypothesis strategies for whole content folders that `guide-tui check` passes: every kind of
entry, with text that tries its luck (markup, escape codes, braces, Markdown, long words)."""

from pathlib import Path
from typing import Any, Dict, List

import tomli_w
from hypothesis import strategies as st

from guide_tui.content.model import CHANNEL_KINDS, REGIONS

RESERVED = {"home", "recognise", "privacy", "help"}

TRICKY = st.sampled_from(
    [
        "[bold]x[/]",
        "[@click=app.quit]quit[/]",
        "[/",
        "\x1b]52;c;ZXZpbA==\x07",
        "\x9b2J",
        "{done} {total} {",
        "}{",
        "# heading\n\n- item\n  - nested\n\n> quote",
        "`code` **bold** _it_",
        "[web](https://example.org) [file](file:///etc/passwd)",
        "&#27; &#x1b; &#0;",
        "\u202eevil\u202c",
        "👩‍👩‍👧 ZWJ",
        "x" * 300,
        " ",
        "\n\n",
        "| a | b |\n|---|---|\n| 1 | 2 |",
    ]
)
TEXT = st.one_of(st.text(min_size=1, max_size=40), TRICKY)
NONEMPTY = TEXT.filter(lambda value: value.strip() != "")
IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True).filter(lambda value: value not in RESERVED)


def markdown(ids: List[str]) -> st.SearchStrategy[str]:
    link = st.sampled_from(ids).map(lambda target: f"[{target}](page:{target})") if ids else st.just("")
    return st.lists(st.one_of(TEXT, link), min_size=1, max_size=5).map("\n\n".join)


@st.composite
def help_entry(draw, entry_id: str, topics: List[str]) -> Dict[str, Any]:
    slot = st.fixed_dictionaries(
        {
            "days": st.sampled_from(["mon-fri", "sat", "sun-tue", ["mon", "wed"]]),
            "from": st.just("09:00"),
            "to": st.sampled_from(["17:00", "24:00"]),
        }
    )
    channel = st.fixed_dictionaries(
        {"kind": st.sampled_from(CHANNEL_KINDS), "value": NONEMPTY},
        optional={"hours": st.one_of(st.just("24/7"), st.lists(slot, min_size=1, max_size=2)), "note": TEXT},
    )
    data: Dict[str, Any] = {
        "summary": draw(TEXT),
        "channels": draw(st.lists(channel, min_size=1, max_size=3)),
        "regions": draw(st.lists(st.sampled_from(REGIONS), min_size=1, max_size=4, unique=True)),
        "topics": draw(st.lists(st.sampled_from(topics), min_size=1, max_size=3, unique=True)),
    }
    data["emergency"] = draw(st.booleans())
    data["languages"] = draw(st.lists(st.sampled_from(["nl", "fr", "en", "de"]), max_size=3, unique=True))
    if draw(st.booleans()):
        data["min_age"], data["max_age"] = sorted(draw(st.lists(st.integers(0, 120), min_size=2, max_size=2)))
    return data


@st.composite
def entry(draw, kind: str, entry_id: str, ids: List[str], topics: List[str]) -> Dict[str, Any]:
    data: Dict[str, Any] = {"format": 1, "kind": kind, "id": entry_id, "title": draw(NONEMPTY)}
    if kind == "page":
        data["body"] = draw(markdown(ids))
        data["summary"] = draw(TEXT)
    elif kind == "menu":
        data["items"] = draw(st.lists(st.sampled_from(ids), max_size=6, unique=True)) if ids else []
        data["intro"] = draw(TEXT)
    elif kind == "help":
        data.update(draw(help_entry(entry_id, topics)))
    elif kind == "scenario":
        message = st.fixed_dictionaries(
            {"from": st.one_of(st.just("you"), NONEMPTY), "text": NONEMPTY}, optional={"red_flag": NONEMPTY}
        )
        choice = st.fixed_dictionaries({"text": NONEMPTY, "feedback": markdown(ids)}, optional={"safe": st.booleans()})
        data["messages"] = draw(st.lists(message, min_size=2, max_size=5))
        data["choices"] = draw(st.lists(choice, min_size=2, max_size=4))
        data["closing"] = draw(TEXT)
    elif kind == "checklist":
        step = st.fixed_dictionaries(
            {"title": NONEMPTY},
            optional={
                "how": TEXT,
                "path": TEXT,
                "platform": st.sampled_from(["all", "android", "ios", "web", "desktop"]),
            },
        )
        step_ids = draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
        data["steps"] = [{"id": step_id, **draw(step)} for step_id in step_ids]
    elif kind == "plan":
        step = st.fixed_dictionaries(
            {"id": st.sampled_from(ids), "minutes": st.integers(1, 120)}, optional={"note": TEXT}
        )
        data["audience"] = draw(NONEMPTY)
        data["goal"] = draw(NONEMPTY)
        data["steps"] = draw(st.lists(step, min_size=1, max_size=4))
        data["facilitator_notes"] = draw(TEXT)
        data["discussion"] = draw(st.lists(TEXT, max_size=3))
    elif kind == "selfcheck":
        results = draw(st.lists(IDS.filter(lambda value: value != "start"), min_size=1, max_size=4, unique=True))
        answer = st.fixed_dictionaries(
            {"text": NONEMPTY, "next": st.sampled_from(results)},
            optional={"region": st.sampled_from(REGIONS), "age": st.integers(0, 120)},
        )
        data["start"] = "start"
        data["unsure"] = results[0]
        data["nodes"] = [
            {"id": "start", "question": draw(NONEMPTY), "answers": draw(st.lists(answer, min_size=1, max_size=4))}
        ]
        for result in results:
            data["nodes"].append(
                {
                    "id": result,
                    "advice": draw(markdown(ids).filter(lambda value: value.strip() != "")),
                    "topics": draw(st.lists(st.sampled_from(topics), max_size=2, unique=True)),
                    "emergency": draw(st.booleans()),
                }
            )
    return data


@st.composite
def content_folders(draw) -> Dict[str, Dict[str, Any]]:
    """File name -> TOML data of one guide in English: required menus and a few generated entries."""
    topics = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    ids = draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
    kinds = draw(
        st.lists(
            st.sampled_from(["page", "menu", "help", "scenario", "checklist", "selfcheck", "plan"]),
            min_size=len(ids),
            max_size=len(ids),
        )
    )
    files: Dict[str, Dict[str, Any]] = {}
    for entry_id, kind in zip(ids, kinds):
        files[f"{entry_id}.toml"] = draw(entry(kind, entry_id, ids, topics))
    for menu in ("recognise", "privacy", "help"):
        files[f"{menu}.toml"] = {
            "format": 1,
            "kind": "menu",
            "id": menu,
            "title": draw(NONEMPTY),
            "items": draw(st.lists(st.sampled_from(ids), max_size=4, unique=True)),
        }
    files["home.toml"] = {
        "format": 1,
        "kind": "menu",
        "id": "home",
        "title": "Home",
        "items": ["recognise", "privacy", "help", *ids],
    }
    if draw(st.booleans()):
        strings = {
            "progress": draw(st.sampled_from(["{done}/{total}", "{total}{done}{{x}}", "no placeholders", "{unknown}"]))
        }
        files["strings.toml"] = {"format": 1, "strings": strings}
    return files


def write_folder(root: Path, files: Dict[str, Dict[str, Any]]) -> None:
    (root / "en").mkdir(parents=True)
    manifest = {"format": 1, "default_language": "en", "home": "home", "languages": [{"code": "en", "name": "English"}]}
    (root / "guide.toml").write_text(tomli_w.dumps(manifest), "utf-8")
    for name, data in files.items():
        (root / "en" / name).write_text(tomli_w.dumps(data), "utf-8")
