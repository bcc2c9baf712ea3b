"""Starter files for volunteers: one commented file per kind, and a new language.

Every starter passes `guide-tui check` as written: it holds no facts (no numbers, addresses
or sources), only placeholders and comments that say what to fill in and where facts must
come from. Nothing here overwrites a file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List

from .kinds import KINDS
from .loader import MANIFEST, STRINGS, read_manifest
from .model import HelpEntry, Menu
from .schema import ID_PATTERN

if TYPE_CHECKING:
    from .guide import Guide


class ScaffoldError(Exception):
    """Why a starter file was not written."""


# Where each kind's new file goes inside a language folder ("" is the folder itself).
FOLDERS: Dict[str, str] = {
    "menu": "",
    "page": "",
    "help": "help",
    "scenario": "scenarios",
    "selfcheck": "",
    "checklist": "checklists",
    "plan": "plans",
}
ALIASES = {"self-check": "selfcheck", "help-entry": "help"}

_SOURCES = """\
# Facts (numbers, addresses, menu paths, figures) come only from a published source. List each
# one here, for example: sources = [{ url = "the address of the page", date = "2026-11" }]
# and set reviewed = YYYY-MM-DD (the day you checked the text against those sources).
sources = []
"""

_TEMPLATES: Dict[str, str] = {
    "menu": """\
kind = "menu"
id = "{id}"
# The title shown in the menu above this one and at the top of this menu.
title = "New menu: write its title here"
# One or two sentences shown above the list (or delete this line).
intro = "Write a short introduction here."
# The ids of the entries in this menu, in the order shown; each must exist.
items = []
""",
    "page": """\
kind = "page"
id = "{id}"
# The title shown in menus and at the top of the page.
title = "New page: write its title here"
# One sentence about the page (or delete this line).
summary = "Write one sentence about this page here."
{sources}
# The text, in Markdown, between the two lines of three quotes. Start lines at the left
# edge (an indented line becomes a code block). Link to another page with [text](page:ID).
# Never write a service's number or address here: write {{phone:ID}}, {{web:ID}}... with the id
# of its help entry, and the guide fills in what its card says.
body = \"\"\"
Write the text of the page here.
\"\"\"
""",
    "help": """\
kind = "help"
id = "{id}"
# The name of the service.
title = "New service: write its name here"
# One line: who it is for and what they do.
summary = "Write who this service is for and what it does here."
# Where it serves: national, flanders, brussels, wallonia.
regions = ["national"]
# Short words a self-check result looks for, such as "listening", "sextortion", "images".
# A service with no topics is never shown as a self-check result.
topics = []
# Language codes the service answers in, such as ["nl", "fr"] (or delete this line).
languages = []
{sources}
# One [[channels]] table per way to reach them: kind is phone, chat, web, mail, address or app,
# and value the number or address exactly as the source gives it. Never guess a number.
# Add hours = "24/7", or [[channels.hours]] tables, only where the source gives current hours.
[[channels]]
kind = "web"
value = "write the web address here"
""",
    "scenario": """\
kind = "scenario"
id = "{id}"
# The title shown in the menu of scenarios (id "scenarios": add this id to its items).
title = "New scenario: write its title here"
# One line for the menu.
summary = "Write one line about the situation here."
# The app the chat happens in, shown at the top of the chat (or delete this line).
app = "Write the app's name here"
# The situation, shown before the first message.
intro = "Write the situation here."
# A short summary shown at the end.
closing = "Write what to remember here."

# 6 to 12 messages, one [[messages]] table each, in order. from is a name, or "you" for the
# reader. red_flag says why a message is a warning sign (leave it out for ordinary ones).
[[messages]]
from = "Sam"
text = "Write the first message here."
red_flag = "Write why this message is a warning sign here."

[[messages]]
from = "you"
text = "Write the reader's answer here."

# At least two choices. Mark the good ones safe = true. Never shame: every feedback ends with
# what helps.
[[choices]]
text = "Write a good choice here."
feedback = "Write why it helps here."
safe = true

[[choices]]
text = "Write a risky choice here."
feedback = "Write, without blame, what would help instead here."
""",
    "selfcheck": """\
kind = "selfcheck"
id = "{id}"
title = "New self-check: write its title here"
# Shown above the first question.
intro = "Answer a few questions. Nothing is saved."
# The id of the first node, and where "I'm not sure" leads.
start = "start"
unsure = "talk"

# A node is a question (question and [[nodes.answers]] with text and next)...
[[nodes]]
id = "start"
question = "Write the first question here."

[[nodes.answers]]
text = "Write an answer here."
next = "talk"

# ...or a result: advice in Markdown, and the topics of the help entries to show.
# Help entries with one of these topics are shown with the advice; change them to fit.
[[nodes]]
id = "talk"
advice = "Write the advice for this result here."
topics = [{topic}]
""",
    "checklist": """\
kind = "checklist"
id = "{id}"
title = "New checklist: write its title here"
# The app whose settings these are.
app = "Write the app's name here"
intro = "Tick each step once it is done. Menus change: search a setting's name if you can't find it."
{sources}
# One [[steps]] table per setting. id is unique in this checklist. Add
# path = "Profile > Settings > ..." only where a source gives the menu path, and
# platform = "android", "ios", "web" or "desktop" when the step is only on one of them.
[[steps]]
id = "first-step"
title = "Write the step's title here"
how = "Write what to do here."
""",
    "plan": """\
kind = "plan"
id = "{id}"
# A lesson plan for facilitators, opened in facilitator mode; it adds no facts of its own.
title = "New lesson plan: write its title here"
# Who the lesson is for, and what the group knows or can do afterwards.
audience = "Write who the lesson is for here (ages, or parents and teachers)."
goal = "Write in one sentence what the group knows or can do afterwards."

# One [[steps]] table per part of the lesson: the id of a page, scenario, self-check,
# checklist or menu that exists, the minutes it takes, and an optional note for the facilitator.
[[steps]]
id = {home}
minutes = 5
note = "Write what the facilitator does in this step here."
""",
}


def kind_name(kind: str) -> str:
    """The kind as the registry names it, accepting a few spellings volunteers use."""
    name = ALIASES.get(kind, kind)
    if name not in KINDS:
        raise ScaffoldError(f"unknown kind '{kind}'; choose from {', '.join(KINDS)}, or 'language'")
    return name


def starter_text(kind: str, entry_id: str, topic: str = "", home: str = "home") -> str:
    """The starter file; `topic` (a topic some help entry has) is what a self-check result
    shows, and `home` (the main menu's id) the first step of a lesson plan."""
    return _TEMPLATES[kind_name(kind)].format(
        id=entry_id, sources=_SOURCES.rstrip("\n"), topic=_toml_string(topic) if topic else "", home=_toml_string(home)
    )


def _common_topic(guide: "Guide", code: str) -> str:
    """The topic most help entries that serve all of Belgium have, so a new result shows help."""
    readable = guide.content(code).readable(guide.content(guide.default_language))
    counts = Counter(
        topic
        for entry in readable.values()
        if isinstance(entry, HelpEntry) and "national" in entry.regions
        for topic in entry.topics
    )
    return min(counts, key=lambda topic: (-counts[topic], topic)) if counts else ""


def new_entry(guide: "Guide", kind: str, entry_id: str, code: str) -> Path:
    """Write a starter file of `kind` for `entry_id` in language `code`; return its path."""
    name = kind_name(kind)
    if not ID_PATTERN.match(entry_id):
        raise ScaffoldError(f"'{entry_id}' is not a valid id: use lower-case letters, digits and '-'")
    if code not in guide.language_codes:
        raise ScaffoldError(
            f"'{code}' is not a language of this guide ({', '.join(guide.language_codes)}); "
            f"add it first with: guide-tui new language {code} --name NAME"
        )
    existing = guide.content(code).entries.get(entry_id)
    if existing is not None:
        raise ScaffoldError(f"'{entry_id}' already exists in {code}: {existing.path}")
    path = guide.root / code / FOLDERS[name] / f"{entry_id}.toml"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; it is left as it is")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as file:
        topic = _common_topic(guide, code) if name == "selfcheck" else ""
        file.write(starter_text(name, entry_id, topic, guide.home))
    return path


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def new_language(guide: "Guide", code: str, name: str) -> List[Path]:
    """Add `code` to guide.toml and start its folder with strings.toml and a home menu.

    Everything else is shown in the default language until someone translates it.
    Returns the files written or changed.
    """
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise ScaffoldError(f"'{code}' is not a language code: use two or three lower-case letters, such as 'de'")
    if code in guide.language_codes:
        raise ScaffoldError(f"'{code}' is already a language of this guide")
    if not name.strip() or '"' in name or "\n" in name:
        raise ScaffoldError("give the language's name in that language, such as --name Deutsch")
    manifest = guide.root / MANIFEST
    folder = guide.root / code
    if not manifest.is_file():
        raise ScaffoldError(f"no {MANIFEST} in {guide.root}")
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists; it is left as it is")
    before = manifest.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in before else "\n"
    block = [
        "",
        "[[languages]]",
        f"code = {_toml_string(code)}",
        f"name = {_toml_string(name)}",
        '# "Choose your language" in this language, shown on the first screen: translate it,',
        "# then remove the # in front of the next line.",
        '# prompt = "Choose your language"',
    ]
    after = before if before.endswith(("\n", "\r")) or not before else before + newline
    after += newline.join(block) + newline
    manifest.write_bytes(after.encode("utf-8"))
    if code not in [language.code for language in read_manifest(guide.root).languages]:
        manifest.write_bytes(before.encode("utf-8"))
        raise ScaffoldError(f"could not add '{code}' to {manifest} without breaking it; it is unchanged")
    folder.mkdir()
    default = guide.default_language
    strings = guide.strings(default)
    lines = [
        f"# The interface text (buttons, labels) in {name}. Each line below is still the",
        f"# {guide.language_name(default)} text, switched off by the # in front of it, so the guide shows the",
        f"# {default} text. To translate one: remove the # and the space after it, then translate the",
        "# text between the quotes. Keep parts in curly braces, such as {language}, as they are.",
        "",
        "[strings]",
    ]
    lines += [f"# {key} = {_toml_string(value)}" for key, value in strings.items()]
    written = [manifest]
    strings_path = folder / STRINGS
    strings_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written.append(strings_path)
    home = guide.content(default).entries.get(guide.home)
    if isinstance(home, Menu):
        home_path = folder / f"{guide.home}.toml"
        home_lines = [
            f"# The main menu in {name}. Translate the title and the intro; keep the ids in items.",
            f"# Until a page is translated, readers see it in {guide.language_name(default)}.",
            'kind = "menu"',
            f"id = {_toml_string(home.id)}",
            f"title = {_toml_string(home.title)}",
        ]
        if home.intro:
            home_lines.append(f"intro = {_toml_string(home.intro)}")
        home_lines.append("items = [" + ", ".join(_toml_string(item) for item in home.items) + "]")
        home_path.write_text("\n".join(home_lines) + "\n", encoding="utf-8")
        written.append(home_path)
    return written
