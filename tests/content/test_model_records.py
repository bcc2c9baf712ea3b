"""Classes defined with `@record` (content/records.py) behave as `@dataclass` would make them:
each is held here to a twin made by `@dataclass` itself from the same fields (its methods are
written once in records.Record for start-up time, where `@dataclass` compiles them per class)."""

import copy
import dataclasses
import importlib
import pickle

import pytest

from guide_tui.content import model, records
from guide_tui.content.records import FrozenRecord, Record, record

MODULES = [
    "guide_tui.content.model",
    "guide_tui.content.kinds",
    "guide_tui.content.loader",
    "guide_tui.content.problems",
    "guide_tui.content.walks",
    "guide_tui.content.tomlfile",
    "guide_tui.settings",
    "guide_tui.session",
]


def _records():
    for name in MODULES:
        importlib.import_module(name)
    found, todo = [], [Record]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if dataclasses.is_dataclass(cls) and cls.__module__.startswith("guide_tui."):
            found.append(cls)
    return sorted(found, key=lambda cls: cls.__qualname__)


CLASSES = _records()


def _twin(cls):
    """What `@dataclass(frozen=...)` makes of the same fields."""
    specs = []
    for f in dataclasses.fields(cls):
        spec = dataclasses.field(default=f.default, default_factory=f.default_factory, repr=f.repr, compare=f.compare)
        specs.append((f.name, f.type, spec))
    return dataclasses.make_dataclass(cls.__qualname__, specs, frozen=issubclass(cls, FrozenRecord))


def _values(cls, marker):
    """A distinct value for every field (`marker` makes two sets differ)."""
    return {f.name: f"{f.name}-{marker}" for f in dataclasses.fields(cls)}


def _same(record, twin):
    names = [f.name for f in dataclasses.fields(type(record))]
    assert [f.name for f in dataclasses.fields(type(twin))] == names
    assert [getattr(record, name) for name in names] == [getattr(twin, name) for name in names]
    assert list(vars(record)) == list(vars(twin))  # set in the same order
    assert repr(record) == repr(twin)


def _raises_alike(compiled, cls, twin, *args, **kwargs):
    with pytest.raises(TypeError) as made:
        cls(*args, **kwargs)
    with pytest.raises(TypeError) as expected:
        twin(*args, **kwargs)
    if compiled:  # the same function: the same words
        assert str(made.value) == str(expected.value)


def test_the_records_of_the_start_path_are_found():
    names = {cls.__qualname__ for cls in CLASSES}
    assert {"Source", "Page", "HelpEntry", "Kind", "Manifest", "Problem", "Visit", "TomlFile"} <= names
    assert {"UserSettings", "ReaderSession"} <= names


@pytest.mark.parametrize("compiled", [False, True], ids=["shared init", "compiled init"])
@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__qualname__)
def test_a_record_behaves_as_the_dataclass_would(cls, compiled, monkeypatch):
    monkeypatch.setattr(cls, "__init__", Record.__init__)  # as @record leaves it
    monkeypatch.setattr(records, "COMPILE_AFTER", 10**9)
    if compiled:
        records.compile_init(cls)
        assert cls.__init__ is not Record.__init__
    twin = _twin(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    required = [
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    one, other = _values(cls, 1), _values(cls, 2)
    # made by keyword, by position, and with only what is required
    _same(cls(**one), twin(**one))
    _same(cls(*one.values()), twin(*one.values()))
    least = {name: one[name] for name in required}
    _same(cls(**least), twin(**least))
    if len(names) > len(required):  # defaults from a factory are new each time, as with @dataclass
        for name in names[len(required) :]:
            assert (getattr(cls(**least), name) is getattr(cls(**least), name)) == (
                getattr(twin(**least), name) is getattr(twin(**least), name)
            )
    # wrong calls fail as they would
    _raises_alike(compiled, cls, twin, *one.values(), "one too many")
    _raises_alike(compiled, cls, twin, **one, unknown="x")
    if required:
        _raises_alike(compiled, cls, twin, **{name: one[name] for name in required[1:]})
        _raises_alike(compiled, cls, twin, one[names[0]], **{names[0]: one[names[0]]})
    # equal, hashed and frozen alike
    a, same, b = cls(**one), cls(**one), cls(**other)
    assert a == same and not (a != same) and a != b
    assert a.__eq__(object()) is NotImplemented
    assert a != twin(**one)
    if issubclass(cls, FrozenRecord):
        assert hash(a) == hash(same) == hash(twin(**one))
        for made in (a, twin(**one)):
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(made, names[0], "changed")
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(made, names[0])
    else:
        with pytest.raises(TypeError):
            hash(a)
        with pytest.raises(TypeError):
            hash(twin(**one))
        a.__dict__[names[0]] = "changed"
        setattr(same, names[0], "changed")
        assert a == same
    assert dataclasses.replace(b, **{names[0]: one[names[0]]}) == cls(**{**other, names[0]: one[names[0]]})
    assert dataclasses.asdict(cls(**one)) == dataclasses.asdict(twin(**one)) == one
    assert pickle.loads(pickle.dumps(cls(**one))) == cls(**one)  # check's forked processes send problems
    assert copy.deepcopy(cls(**one)) == cls(**one)


def test_record_checks_the_base_class():
    with pytest.raises(TypeError):
        record(frozen=True)(type("Loose", (Record,), {"__annotations__": {"x": "int"}}))
    with pytest.raises(TypeError):
        record(type("Cold", (FrozenRecord,), {"__annotations__": {"x": "int"}}))


def test_a_subclass_never_equals_its_base():
    assert model.Entry(id="a") != model.Page(id="a")
    assert model.Page(id="a") == model.Page(id="a")


def test_a_class_gets_its_own_init_after_many_instances_and_only_it(monkeypatch):
    monkeypatch.setattr(model.Page, "__init__", Record.__init__)
    monkeypatch.setattr(model.Entry, "__init__", Record.__init__)
    monkeypatch.setitem(records._MADE, model.Entry, 0)
    for _ in range(records.COMPILE_AFTER):
        model.Entry(id="a")
    assert model.Entry.__init__ is not Record.__init__
    assert model.Page.__init__ is Record.__init__  # a subclass keeps the shared one until its turn
    assert model.Page("p", "page", summary="s").summary == "s"
    assert model.Entry("e", "menu") == model.Entry(id="e", kind="menu")


def test_compile_inits_gives_every_record_class_its_own(monkeypatch):
    for cls in CLASSES:
        monkeypatch.setattr(cls, "__init__", Record.__init__)
    records.compile_inits()
    assert [cls for cls in CLASSES if cls.__init__ is Record.__init__] == []
    assert model.Page("p", "page", summary="s") == model.Page(id="p", kind="page", summary="s")
