"""Reading rules files: YAML nodes → rule kinds → ordinary :class:`newslint.Rule` objects.

Decoding works on PyYAML's node tree (``yaml.compose``), not on plain dicts, so every
problem (a YAML syntax error, an unknown or duplicate key, a wrong type, a bad regex, a
duplicate code, an example that no longer holds) is reported as ``file:line:col: message``.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..document import Document
from ..errors import ConfigError
from ..rule import Rule
from .base import Examples, RuleDefinitionError, RuleKind, yaml_key
from .matching import FileMatcher

#: Top-level keys of a rules file.
FILE_KEYS = ("rules", "disable", "lexicons")
_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"


class RulesFileError(ConfigError):
    """One or more problems in rules files; ``str()`` is the first, with a count of the rest."""

    def __init__(self, errors: Sequence[ConfigError]):
        self.errors = list(errors)
        first = self.errors[0]
        more = len(self.errors) - 1
        message = first.message + (f" (and {more} more problem{'s' * (more > 1)}: run 'newslint check-rules')"
                                   if more else "")
        super().__init__(first.path, message, first.line, first.column)


class _NodeError(Exception):
    def __init__(self, message: str, node: Node):
        self.message, self.node = message, node
        super().__init__(message)


@dataclass
class LoadedRule:
    """A YAML rule as loaded: the Rule, the kind object behind it and where it was written."""

    path: Path
    rule: Rule
    kind: RuleKind
    node: MappingNode
    fields: dict[str, tuple[Node, Node]]


@dataclass
class Loaded:
    """What loading a set of rules files gave."""

    rules: list[LoadedRule] = field(default_factory=list)
    errors: list[ConfigError] = field(default_factory=list)  # the files themselves
    example_errors: list[ConfigError] = field(default_factory=list)  # examples that no longer hold
    examples_checked: int = 0
    #: The files' ``lexicons:`` entries (a ``rules.lexicons.LexiconExtension``), in load order.
    lexicons: Any = None

    def pairs(self) -> list[tuple[Path, Rule]]:
        return [(label(r.path), r.rule) for r in self.rules]


def display_path(path: Path) -> Path:
    """``path`` relative to the working directory when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def label(path: Path) -> Path:
    """How a rules file is named in listings and origins: ``newslint/rules.yml`` for the
    default house style (wherever it is installed), else the path as displayed."""
    default = default_rules_path()
    if default is not None and Path(path).resolve() == default:
        return Path("newslint/rules.yml")
    return display_path(Path(path))


@functools.cache
def default_rules_path() -> Path | None:
    """newslint's own house style: ``newslint/rules.yml`` in an installed wheel, else the
    repository's top-level ``rules.yml`` (editable or source checkout; not duplicated)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "rules.yml", package.parent.parent / "rules.yml"):
        if candidate.is_file():
            return candidate
    return None


# -- loading ---------------------------------------------------------------------------


def load_files(paths: Iterable[Path], kinds: Mapping[str, type[RuleKind]], check_examples: bool = False) -> Loaded:
    """Load ``paths`` in order; later files may ``disable`` rules of earlier ones."""
    loaded = Loaded()
    seen: dict[str, str] = {}
    done: set[Path] = set()
    for path in paths:
        real = Path(path).resolve()
        if real in done:
            continue
        done.add(real)
        _load_file(Path(path), kinds, loaded, seen)
    if check_examples:
        for entry in loaded.rules:
            loaded.example_errors.extend(check_rule_examples(entry, loaded))
    return loaded


def _error(path: Path, message: str, node: Node | None) -> ConfigError:
    if node is None:
        return ConfigError(str(display_path(path)), message)
    mark = node.start_mark
    return ConfigError(str(display_path(path)), message, mark.line + 1, mark.column + 1)


def _load_file(path: Path, kinds: Mapping[str, type[RuleKind]], loaded: Loaded, seen: dict[str, str]) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        loaded.errors.append(ConfigError(str(display_path(path)), f"cannot read rules file: {reason}"))
        return
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loaded.errors.append(ConfigError(str(display_path(path)), f"invalid YAML: {exc.problem or exc.context}",
                                         mark.line + 1 if mark else None, mark.column + 1 if mark else None))
        return
    except yaml.YAMLError as exc:
        loaded.errors.append(ConfigError(str(display_path(path)), f"invalid YAML: {exc}"))
        return
    if root is None or (isinstance(root, ScalarNode) and root.tag == _NULL):
        return
    decoder = _Decoder(path)
    try:
        top = decoder.mapping(root, "the rules file")
    except _NodeError as exc:
        loaded.errors.append(_error(path, exc.message, exc.node))
        return
    for key, (key_node, _) in top.items():
        if key not in FILE_KEYS and not key.startswith("x-"):  # x-*: room for YAML anchors
            known = ", ".join(FILE_KEYS)
            loaded.errors.append(_error(path, f"unknown top-level key '{key}' (known: {known}, and x-* for anchors)",
                                        key_node))
    matcher = FileMatcher()
    if "rules" in top:
        rules_node = top["rules"][1]
        if not isinstance(rules_node, SequenceNode):
            if not (isinstance(rules_node, ScalarNode) and rules_node.tag == _NULL):
                loaded.errors.append(_error(path, "'rules' must be a list of rules", rules_node))
        else:
            for node in rules_node.value:
                try:
                    entry = _load_rule(path, node, kinds, matcher, decoder)
                except _NodeError as exc:
                    loaded.errors.append(_error(path, exc.message, exc.node))
                    continue
                where = f"{label(path)}:{node.start_mark.line + 1}"
                if entry.rule.code in seen:
                    message = f"duplicate code {entry.rule.code}: already used by {seen[entry.rule.code]}"
                    loaded.errors.append(_error(path, message, entry.fields["code"][1]))
                    continue
                seen[entry.rule.code] = where
                loaded.rules.append(entry)
    matcher.compile()
    if "disable" in top:
        _apply_disable(path, top["disable"][1], decoder, loaded)
    if "lexicons" in top:
        _load_lexicons(path, top["lexicons"][1], decoder, loaded)


def _apply_disable(path: Path, node: Node, decoder: "_Decoder", loaded: Loaded) -> None:
    try:
        codes = decoder.convert(node, list[str], "disable")
    except _NodeError as exc:
        loaded.errors.append(_error(path, exc.message, exc.node))
        return
    for code, item in zip(codes, node.value):
        prefix = code.strip().upper()
        keep = [r for r in loaded.rules if not r.rule.code.startswith(prefix) or r.path == path]
        if len(keep) == len(loaded.rules):
            loaded.errors.append(_error(path, f"disable: {code!r} matches no rule loaded before this file", item))
        loaded.rules = keep


def _load_lexicons(path: Path, node: Node, decoder: "_Decoder", loaded: Loaded) -> None:
    """``lexicons:``: entries added to the NL3xx lexicons, in the schema of their data files."""
    from ..rules import lexicons as lx  # lazily: the rules package is not needed to read rules

    try:
        items = decoder.mapping(node, "'lexicons'")
    except _NodeError as exc:
        loaded.errors.append(_error(path, exc.message, exc.node))
        return
    known_cues = set(lx.default_titles().cues.phrases) if "titles" in items else set()
    added: dict[str, list[Any]] = {"titles": [], "org-names": [], "places": []}
    for name, (key_node, value) in items.items():
        if name not in LEXICON_KEYS:
            hint = difflib.get_close_matches(name, LEXICON_KEYS, 1)
            loaded.errors.append(_error(path, f"unknown lexicon '{name}'" + (f"; did you mean '{hint[0]}'?" if hint
                                        else "") + f" (known: {', '.join(LEXICON_KEYS)})", key_node))
            continue
        try:
            entries = _lexicon_entries(decoder, name, value)
        except _NodeError as exc:
            loaded.errors.append(_error(path, exc.message, exc.node))
            continue
        for where, raw, entry_node in entries:
            try:
                if name == "titles":
                    entry = lx.title_entry(raw, where)
                    unknown = (entry.wrong | entry.right | entry.right_document) - known_cues
                    if unknown:
                        raise ConfigError(where, f"unknown cue kind(s) {', '.join(sorted(unknown))} "
                                                 f"(known: {', '.join(sorted(known_cues))})")
                elif name == "org-names":
                    entry = lx.org_name(raw, where)
                    if not (entry.variants or entry.always_wrong):
                        raise ConfigError(where, "needs 'variants' or 'always_wrong'")
                else:
                    entry = raw
            except ConfigError as exc:
                loaded.errors.append(_error(path, f"lexicons: {exc.path}: {exc.message}", entry_node))
                continue
            added[name].append(entry)
    extension = lx.LexiconExtension(tuple(added["titles"]), tuple(added["org-names"]), tuple(added["places"]))
    loaded.lexicons = extension if loaded.lexicons is None else loaded.lexicons + extension


#: ``lexicons:`` keys, and the keys and types of an entry of each list (as in the data files).
LEXICON_KEYS = ("titles", "org-names", "places")
LEXICON_ENTRY_KEYS: dict[str, dict[str, Any]] = {
    "titles": {"id": str, "forms": list[str], "regex": str, "needs": list[str], "not_after": list[str],
               "correct": str, "mode": str, "case_sensitive": bool, "wrong": list[str], "right": list[str],
               "window": int, "right_scope": str, "right_document": list[str], "min_cues": int, "why": str,
               "note": str},
    "org-names": {"canonical": str, "variants": list[str], "always_wrong": list[str]},
}


def _lexicon_entries(decoder: "_Decoder", name: str, node: Node) -> list[tuple[str, Any, Node]]:
    """One lexicon's entries, decoded strictly (known keys, right types): ``(where, value, node)``
    with a mapping per ``titles``/``org-names`` entry, a ``(foreign, English)`` pair per place."""
    if name == "places":
        pairs = decoder.mapping(node, "lexicons: 'places'")
        out = []
        for foreign, (key_node, value) in pairs.items():
            english = decoder.convert(value, str, f"places.{foreign}")
            if not foreign.strip() or not english.strip():
                raise _NodeError("lexicons: places: a name must not be empty", key_node if not foreign.strip() else value)
            out.append((f"places.{foreign}", (foreign, english), key_node))
        return out
    if not isinstance(node, SequenceNode):
        raise _NodeError(f"lexicons: '{name}' must be a list of entries", node)
    keys = LEXICON_ENTRY_KEYS[name]
    out = []
    for i, item in enumerate(node.value):
        where = f"{name}[{i}]"
        raw: dict[str, Any] = {}
        for key, (key_node, value) in decoder.mapping(item, f"lexicons: {where}").items():
            if key not in keys:
                hint = difflib.get_close_matches(key, keys, 1)
                raise _NodeError(f"unknown key '{key}' in lexicons: {where}" + (f"; did you mean '{hint[0]}'?"
                                 if hint else "") + f" (known: {', '.join(keys)})", key_node)
            raw[key] = decoder.convert(value, keys[key], key)
        out.append((where, raw, item))
    return out


def _load_rule(path: Path, node: Node, kinds: Mapping[str, type[RuleKind]], matcher: FileMatcher,
               decoder: "_Decoder") -> LoadedRule:
    items = decoder.mapping(node, "a rule")
    if "kind" not in items:
        raise _NodeError(f"a rule needs 'kind' (one of: {', '.join(sorted(kinds))})", node)
    kind_node = items["kind"][1]
    kind_name = decoder.convert(kind_node, str, "kind")
    cls = kinds.get(kind_name)
    if cls is None:
        hint = difflib.get_close_matches(kind_name, kinds, 1)
        raise _NodeError(f"unknown kind '{kind_name}'" + (f"; did you mean '{hint[0]}'?" if hint else "")
                         + f" (known: {', '.join(sorted(kinds))})", kind_node)
    obj = decoder.dataclass(cls, node, f"a {kind_name} rule", items)
    try:
        obj.prepare(matcher)
    except RuleDefinitionError as exc:
        raise _NodeError(exc.message, _locate(node, items, exc)) from None
    except Exception as exc:  # noqa: BLE001 - a plugin kind's bug is reported, not a traceback
        raise _NodeError(f"rule kind '{kind_name}' failed to prepare: {type(exc).__name__}: {exc}", node) from None
    try:
        rule = Rule(
            code=obj.code, name=obj.name, check=obj.run, summary=_summary(obj), doc=rule_doc(obj, path),
            severity=obj.severity_value, fixable=type(obj).fixable, default_enabled=obj.default_enabled,
            origin=f"{label(path)}:{node.start_mark.line + 1}", link=obj.link,
        )
    except ValueError as exc:
        raise _NodeError(str(exc), node) from None
    return LoadedRule(path, rule, obj, node, items)


def _locate(node: MappingNode, items: dict[str, tuple[Node, Node]], exc: RuleDefinitionError) -> Node:
    if exc.key is None or exc.key not in items:
        return node
    key_node, value = items[exc.key]
    if exc.item is None:
        return value
    if isinstance(value, SequenceNode) and isinstance(exc.item, int) and exc.item < len(value.value):
        return value.value[exc.item]
    if isinstance(value, MappingNode):
        for k, v in value.value:
            if isinstance(k, ScalarNode) and k.value == exc.item:
                return v if exc.at_value else k
    return value


# -- strict decoding ---------------------------------------------------------------------


class _Decoder:
    """Node → Python values, checked against type hints; errors carry the node."""

    def __init__(self, path: Path):
        self.path = path
        self.constructor = yaml.constructor.SafeConstructor()

    def scalar(self, node: Node) -> Any:
        return self.constructor.construct_object(node, deep=True)

    def mapping(self, node: Node, what: str) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            raise _NodeError(f"{what} must be a mapping of keys to values", node)
        out: dict[str, tuple[Node, Node]] = {}
        merged: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:  # "<<: *defaults" shares keys between rules
                sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
                for source in sources:
                    for k, pair in self.mapping(source, "a merged mapping ('<<')").items():
                        merged.setdefault(k, pair)
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
                raise _NodeError("keys must be plain words", key_node)
            key = str(key_node.value)
            if key in out:
                line = out[key][0].start_mark.line + 1
                raise _NodeError(f"duplicate key '{key}' (first at line {line})", key_node)
            out[key] = (key_node, value_node)
        return {**merged, **out}

    def dataclass(self, cls: type, node: Node, what: str, items: dict[str, tuple[Node, Node]] | None = None) -> Any:
        """Decode a mapping into dataclass ``cls``: unknown keys and missing ones are errors."""
        items = self.mapping(node, what) if items is None else items
        hints = typing.get_type_hints(cls)
        fields = {yaml_key(f.name): f for f in dataclasses.fields(cls) if f.init}
        values: dict[str, Any] = {}
        for key, (key_node, value_node) in items.items():
            f = fields.get(key)
            if f is None:
                hint = difflib.get_close_matches(key, fields, 1)
                raise _NodeError(f"unknown key '{key}' in {what}" + (f"; did you mean '{hint[0]}'?" if hint else "")
                                 + f" (known: {', '.join(sorted(fields))})", key_node)
            values[f.name] = self.convert(value_node, hints[f.name], key)
        missing = [k for k, f in fields.items() if f.name not in values
                   and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        if missing:
            raise _NodeError(f"{what} needs {', '.join(repr(m) for m in missing)}", node)
        return cls(**values)

    def convert(self, node: Node, hint: Any, what: str) -> Any:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if hint is Any:
            return self.scalar(node)
        if origin in (typing.Union, types.UnionType):
            if isinstance(node, ScalarNode) and node.tag == _NULL and type(None) in args:
                return None
            options = [a for a in args if a is not type(None)]
            errors = []
            for option in options:
                try:
                    return self.convert(node, option, what)
                except _NodeError as exc:
                    errors.append(exc)
            raise errors[0]
        if dataclasses.is_dataclass(hint):
            return self.dataclass(hint, node, f"'{what}'")
        if origin is list:
            if not isinstance(node, SequenceNode):
                raise _NodeError(f"'{what}' must be a list", node)
            return [self.convert(item, args[0] if args else Any, f"{what}[{i}]") for i, item in enumerate(node.value)]
        if origin is dict:
            items = self.mapping(node, f"'{what}'")
            return {k: self.convert(v, args[1] if args else Any, f"{what}.{k}") for k, (_, v) in items.items()}
        if not isinstance(node, ScalarNode):
            raise _NodeError(f"'{what}' must be {_NAMES.get(hint, getattr(hint, '__name__', hint))}", node)
        value = self.scalar(node)
        if hint is str and not isinstance(value, str):
            quote = " (quote it: YAML reads it as " + type(value).__name__ + ")" if value is not None else ""
            raise _NodeError(f"'{what}' must be a string{quote}", node)
        if hint is bool and not isinstance(value, bool):
            raise _NodeError(f"'{what}' must be true or false", node)
        if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise _NodeError(f"'{what}' must be a whole number", node)
        if hint is float and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise _NodeError(f"'{what}' must be a number", node)
        return value


_NAMES = {str: "a string", bool: "true or false", int: "a whole number", float: "a number"}


# -- docs and examples -----------------------------------------------------------------


def _summary(kind: RuleKind) -> str:
    first = kind.description.strip().split("\n", 1)[0].strip()
    return first or f"{kind.name.replace('-', ' ').capitalize()} ({kind.kind} rule)."


def rule_doc(kind: RuleKind, path: Path) -> str:
    """The rule's documentation, with the four sections every rule has."""
    rest = kind.description.strip().split("\n", 1)[1].strip() if "\n" in kind.description.strip() else ""
    case = "any case" if kind.ignore_case else "exact case"
    what = [rest, "", f"A `{kind.kind}` rule from `{display_path(path).name}`, checked in each {kind.scope} ({case})."]
    what += ["", *kind.describe()] if kind.describe() else []
    if kind.exceptions:
        what += ["", "Not reported inside: " + ", ".join(f"`{e}`" for e in kind.exceptions) + "."]
    why = kind.why.strip() or f"It is part of the house style in `{display_path(path).name}`."
    if kind.link:
        why += f"\n\nSee {kind.link}."
    example: list[str] = []
    ex = kind.examples or Examples()
    for title, texts in (("Reported:", ex.bad), ("Not reported:", ex.good)):
        if texts:
            example += [title, "", "```", *texts, "```", ""]
    if not example:
        example = ["(The rule gives no examples.)"]
    silence = (f"`<!-- newslint: disable-next-line {kind.code} -->` above the line, `ignore: [{kind.code}]` in the "
               f"config, or `disable: [{kind.code}]` in a project's rules file.")
    return "\n".join([
        "## What it catches", *what, "",
        "## Why it matters", why, "",
        "## Example", *example, "",
        "## How to silence", silence,
    ]).replace("\n\n\n", "\n\n").strip()


def example_document(text: str, scope: str) -> Document:
    """An article for one example: used as-is when it has paragraphs (a blank line),
    else the headline (headline scope) or the lead under a one-word headline."""
    from ..loaders.plain import load_plain

    if "\n\n" not in text.strip() and scope != "headline":
        text = "Example\n\n" + text
    return load_plain("example.txt", text)


def check_rule_examples(entry: LoadedRule, loaded: Loaded | None = None) -> list[ConfigError]:
    """Errors for each bad example the rule misses and each good one it reports."""
    ex = entry.kind.examples
    if ex is None:
        return []
    nodes = entry.fields["examples"][1]
    items = {k.value: v for k, v in nodes.value} if isinstance(nodes, MappingNode) else {}
    errors = []
    label = f"{entry.rule.code} {entry.rule.name}"
    for which, texts in (("bad", ex.bad), ("good", ex.good)):
        seq = items.get(which)
        for i, text in enumerate(texts):
            node = seq.value[i] if isinstance(seq, SequenceNode) and i < len(seq.value) else nodes
            if loaded is not None:
                loaded.examples_checked += 1
            try:
                found = list(entry.kind.check(example_document(text, entry.kind.scope)))
            except Exception as exc:  # noqa: BLE001
                message = f"{label} crashed on its {which} example: {type(exc).__name__}: {exc}"
                errors.append(_error(entry.path, message, node))
                continue
            short = text if len(text) <= 60 else text[:57] + "..."
            if which == "bad" and not found:
                errors.append(_error(entry.path, f"{label} does not fire on its bad example {short!r}", node))
            elif which == "good" and found:
                message = f"{label} fires on its good example {short!r}: {found[0].message}"
                errors.append(_error(entry.path, message, node))
    return errors


def rules_files_for(config: Any) -> list[Path]:
    """The default house style, then the project's rules files, in load order."""
    default = default_rules_path()
    files = [default] if default is not None else []
    return files + [Path(p) for p in getattr(config, "rules_files", ())]


__all__ = ["Loaded", "LoadedRule", "RulesFileError", "check_rule_examples", "default_rules_path", "display_path",
           "example_document", "load_files", "rule_doc", "rules_files_for"]
