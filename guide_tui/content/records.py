"""Dataclasses that are cheap to define: `@record` is `@dataclass` for `Record` classes.

`@dataclass` writes `__init__`, `__repr__`, `__eq__` (and, when frozen, `__setattr__`,
`__delattr__` and `__hash__`) as source text and compiles it for every class: about 0.2 ms a
method, which every start of the guide paid before its first screen for the model's classes.
Here these methods are written once, for every class: `@record` is `@dataclass(init=False,
repr=False, eq=False)` on a `Record` (or `FrozenRecord`) subclass, which brings them. The
shared `__init__` is slower a call, so a class that makes many instances (`check`) gets its
own compiled after COMPILE_AFTER of them. Fields, defaults, `dataclasses.fields`, `replace` and
`is_dataclass` work as with `@dataclass`; mypy sees `@dataclass` itself.
tests/content/test_model_records.py holds each class to its `@dataclass` twin."""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any, Dict, List, Tuple

__all__ = ["FrozenRecord", "Record", "record"]

# Per class: (name, default, default factory) of each field, in order.
_Plan = Tuple[Tuple[str, Any, Any], ...]
_PLANS: Dict[type, _Plan] = {}
_MADE: Dict[type, int] = {}  # instances made by the shared __init__, per class
_DEFINED: List[type] = []  # every @record class
# From this many instances on, a class gets an `__init__` of its own, compiled as `@dataclass`
# would (about 5 times faster a call): `check` makes thousands, the first screens a few.
COMPILE_AFTER = 200


def _plan(cls: type) -> _Plan:
    plan = _PLANS[cls] = tuple((f.name, f.default, f.default_factory) for f in fields(cls))
    return plan


def compile_init(cls: type) -> None:
    """Give `cls` its own `__init__`, the one `@dataclass` would write."""
    frozen = issubclass(cls, FrozenRecord)  # its __setattr__ refuses: set as object does
    in_dict = frozen and cls.__dictoffset__ != 0  # its fields in a __dict__, not slots
    names: Dict[str, Any] = {"_MISSING": MISSING, "_put": object.__setattr__}
    params, lines = [], []
    for index, (name, default, factory) in enumerate(_PLANS.get(cls) or _plan(cls)):
        if default is not MISSING:
            names[f"_default{index}"] = default
            params.append(f"{name}=_default{index}")
        elif factory is not MISSING:
            names[f"_factory{index}"] = factory
            params.append(f"{name}=_MISSING")
            lines.append(f"    if {name} is _MISSING:\n        {name} = _factory{index}()")
        else:
            params.append(name)
        if in_dict:  # as object.__setattr__ would (no field is a descriptor), a call less a field
            lines.append(f"    _fields[{name!r}] = {name}")
        else:
            lines.append(f"    _put(self, {name!r}, {name})" if frozen else f"    self.{name} = {name}")
    if in_dict and lines:
        lines.insert(0, "    _fields = self.__dict__")
    made: Dict[str, Any] = {}
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines or ["    pass"]), names, made)
    made["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = made["__init__"]  # type: ignore[misc]


def compile_inits() -> None:
    """Every @record class its own `__init__` now, before work that makes many instances
    (`check`): what `@dataclass` would have done on import."""
    for cls in _DEFINED:
        if cls.__dict__.get("__init__") is Record.__init__:
            compile_init(cls)


class Record:
    """`__init__`, `__repr__`, `__eq__` and `__hash__` as `@dataclass` writes them."""

    __slots__ = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        plan = _PLANS.get(cls) or _plan(cls)
        made = _MADE[cls] = _MADE.get(cls, 0) + 1
        if made >= COMPILE_AFTER:
            compile_init(cls)
        if len(args) > len(plan):
            raise TypeError(
                f"{cls.__qualname__}.__init__() takes {len(plan) + 1} positional arguments but {len(args) + 1} were given"
            )
        put = object.__setattr__  # frozen classes too, as @dataclass does
        for index, (name, default, factory) in enumerate(plan):
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for argument '{name}'")
                value = args[index]
            elif name in kwargs:
                value = kwargs.pop(name)
            elif default is not MISSING:
                value = default
            elif factory is not MISSING:
                value = factory()
            else:
                raise TypeError(f"{cls.__qualname__}.__init__() missing 1 required positional argument: '{name}'")
            put(self, name, value)
        if kwargs:
            raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument '{next(iter(kwargs))}'")

    @recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({shown})"

    def _compared(self) -> Tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq and not frozen


class FrozenRecord(Record):
    """A `Record` for `@record(frozen=True)`: fields cannot be set or deleted once made, and it
    is hashed by its fields, as a frozen dataclass."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(getattr(self, f.name) for f in fields(self) if (f.compare if f.hash is None else f.hash)))  # type: ignore[arg-type]


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:

    def record(cls: type = None, /, *, frozen: bool = False) -> Any:
        """`@dataclass` for a `Record` subclass (`frozen=True`: a `FrozenRecord` subclass)."""

        def define(cls: type) -> type:
            if not issubclass(cls, FrozenRecord if frozen else Record) or (
                not frozen and issubclass(cls, FrozenRecord)
            ):
                raise TypeError(
                    f"@record({'frozen=True' if frozen else ''}) on {cls.__qualname__}: not a matching Record"
                )
            cls = dataclass(init=False, repr=False, eq=False)(cls)
            cls.__init__ = Record.__init__  # its own, so that compile_init never reaches a subclass
            _DEFINED.append(cls)
            return cls

        return define if cls is None else define(cls)
