"""The model's dataclasses compare, hash and print as `@dataclass` would make them: their
`__eq__`, `__hash__` and `__repr__` are written once in model.Record (start-up time), and
these hold them to what `@dataclass(eq=True)` generates."""

import dataclasses

import pytest

from guide_tui.content import model

CLASSES = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__
]


def _sample(cls, marker):
    """An instance with a distinct value in every field (`marker` makes two samples differ)."""
    values = {field.name: f"{field.name}-{marker}" for field in dataclasses.fields(cls) if field.init}
    return cls(**values)


def test_every_model_dataclass_is_a_record():
    assert len(CLASSES) >= 19
    for cls in CLASSES:
        params = cls.__dataclass_params__
        assert issubclass(cls, model.FrozenRecord if params.frozen else model.Record), cls
        assert not params.eq and not params.repr, cls  # else @dataclass would generate them again


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_a_record_behaves_as_the_dataclass_would(cls):
    one, same, other = _sample(cls, 1), _sample(cls, 1), _sample(cls, 2)
    values = tuple(getattr(one, field.name) for field in dataclasses.fields(cls))
    shown = ", ".join(f"{field.name}={getattr(one, field.name)!r}" for field in dataclasses.fields(cls))
    assert repr(one) == f"{cls.__qualname__}({shown})"
    assert one == same and not (one != same)
    assert one != other
    assert one.__eq__(object()) is NotImplemented
    if cls.__dataclass_params__.frozen:
        assert hash(one) == hash(values) == hash(same)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, dataclasses.fields(cls)[0].name, "changed")
    else:
        with pytest.raises(TypeError):
            hash(one)
    assert dataclasses.replace(one) == one


def test_a_subclass_never_equals_its_base():
    assert model.Entry(id="a") != model.Page(id="a")
    assert model.Page(id="a") == model.Page(id="a")
