"""The command line: thin wiring over the library (every command is a library call).

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, config or input
error (a file that could not be read, a broken config or rules file), or a backend the run
asked for is unavailable (``--grammar`` with no LanguageTool server: the other rules'
findings are still reported).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .config import Config, load_config
from .errors import NewslintError
from .violation import Severity

SEVERITIES = click.Choice(["info", "warning", "error"], case_sensitive=False)


class _Jobs(click.ParamType):
    """``--jobs``: a whole number >= 1, or "auto" (0)."""

    name = "N|auto"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        if value == "auto":
            return 0
        if (isinstance(value, int) and not isinstance(value, bool) and value >= 1) or \
                (isinstance(value, str) and value.isdigit() and int(value) >= 1):
            return int(value)
        self.fail(f"{value!r} is not a whole number >= 1 or 'auto'", param, ctx)


JOBS = _Jobs()


def _split_codes(values: tuple[str, ...]) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"newslint: error: {message}", err=True)
    return click.exceptions.Exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newslint")
def main() -> None:
    """newslint: lint news copy (headline, dateline, lead, body) before it is published."""


def _build(paths, config_file, isolated, overrides, disable_plugin, strict=False, verbose=False, grammar=False):
    """Config + Linter for a command; errors become a one-line message and exit code 2."""
    from .engine import Linter

    try:
        config = load_config(paths, config_file, isolated).with_overrides(**overrides)
        if grammar or config.grammar.get("enabled"):  # after overrides: --extend-select must not drop NL9xx
            config = config.with_grammar()
        if disable_plugin:
            config = config.with_overrides(disable_plugins=(*config.disable_plugins, *disable_plugin))
        linter = Linter(config, strict=strict, verbose=verbose)
    except NewslintError as exc:
        raise _fail(str(exc)) from None
    for err in linter.errors:
        click.echo(f"newslint: {err}", err=True)
    return config, linter


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--stdin-filename", default=None, help="Path to report for text read from '-' (standard input).")
@click.option("--select", multiple=True, help="Only these codes or prefixes (comma-separated; ALL for every rule).")
@click.option("--extend-select", multiple=True, help="Codes to add to the selection (opt-in rules by full code).")
@click.option("--ignore", multiple=True, help="Codes or prefixes to switch off.")
@click.option("--format", "fmt", default=None, help="Output format: text, json, sarif, github, ... (see 'newslint formats').")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), default=None, help="Write the report here instead of stdout.")
@click.option("--fail-on", type=SEVERITIES, default=None, help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (input and config errors still exit 2).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None, help="Use this config file; no discovery.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--date", default=None, help="Article date (YYYY-MM-DD) when front matter has none.")
@click.option("--jobs", "-j", type=JOBS, default=None,
              help="Processes: N, or 'auto' (default: one per CPU on runs of 50+ files); output order is unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="Only the findings: no summary line, no notices.")
@click.option("--statistics", is_flag=True, help="Print a count per code after the report.")
@click.option("--verbose", "-v", is_flag=True, help="Show loaded plugins, timings and tracebacks.")
@click.option("--disable-plugin", multiple=True, help="Do not load this plugin (by name); repeatable.")
@click.option("--strict", is_flag=True, default=None, help="Check every YAML rule's examples on load.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Record today's findings in this baseline file (then report none of them).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (atomically), then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply fixes that need an editor's eye.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff; change no file.")
@click.option("--grammar", is_flag=True, help="Also run the LanguageTool checks NL901-NL904 (needs a server: "
                                              "NEWSLINT_LT_URL; see docs/grammar.md).")
def check(paths, stdin_filename, select, extend_select, ignore, fmt, output_file, fail_on, exit_zero, config_file,
          isolated, date, jobs, quiet, statistics, verbose, disable_plugin, strict, baseline_file, write_baseline_file,
          fix, unsafe_fixes, show_diff, grammar):
    """Lint articles: files, folders, globs, or '-' for standard input."""
    from .document import parse_date

    if not paths:
        paths = ("-",) if stdin_filename else ()
    if not paths:
        raise _fail("no paths given (use '-' to read standard input)")
    try:
        date_value = parse_date(date) if date else None
    except ValueError as exc:
        raise _fail(f"--date: {exc}") from None
    overrides = dict(
        select=_split_codes(select), extend_select=_split_codes(extend_select), ignore=_split_codes(ignore),
        format=fmt, fail_on=Severity.parse(fail_on) if fail_on else None, date=date_value, jobs=jobs, strict=strict,
    )
    config, linter = _build(paths, config_file, isolated, overrides, disable_plugin, strict=bool(strict),
                            verbose=verbose, grammar=grammar)
    if grammar and "NL901" not in linter.registry:
        raise _fail("--grammar: the grammar plugin (newslint.grammar) is disabled")
    reporters = linter.plugins.reporters()
    if config.format not in reporters:
        raise _fail(f"unknown format '{config.format}' (choose from {', '.join(sorted(reporters))})")
    if verbose:
        for info in linter.plugins.infos():
            click.echo(f"newslint: plugin {info.name} {info.version} ({info.origin})", err=True)
        click.echo(f"newslint: config {config.path or '(none)'}; {len(linter.rules)} rules enabled", err=True)
    run = linter.lint_paths(list(paths), config.jobs, stdin_filename=stdin_filename or "-")
    if show_diff:
        sys.exit(_show_diff(run, unsafe_fixes))
    if fix:
        if _apply_fixes(run, unsafe_fixes, quiet):
            run = linter.lint_paths(list(paths), config.jobs, stdin_filename=stdin_filename or "-")
    run = _apply_baseline(run, baseline_file, write_baseline_file, quiet)
    for message, n in run.unavailable.items():  # once per run, even with --quiet: the check was incomplete
        click.echo(f"newslint: {message} ({n} file{'s' if n != 1 else ''} affected)", err=True)
    for f in run.files:
        for e in f.errors:
            click.echo(e, err=True)
        if not quiet:
            for n in f.notices:
                click.echo(n, err=True)
    report = reporters[config.format]().render(run)
    if quiet and config.format == "text":
        report = "".join(line + "\n" for line in report.splitlines()[:-1])
    if output_file:
        Path(output_file).write_text(report, encoding="utf-8")
    else:
        click.echo(report, nl=False)
    if statistics:
        counts = Counter(d.code for d in run.diagnostics)
        for code, n in sorted(counts.items()):
            name = linter.registry.rules[code].name if code in linter.registry else ""
            click.echo(f"{n:>5}  {code}  {name}", err=output_file is None and config.format != "text")
    sys.exit(run.exit_code(config.fail_on, exit_zero))


def _fixable_files(run):
    return [(f.path, f.diagnostics) for f in run.files
            if f.path != "-" and not f.input_error and any(d.fix for d in f.diagnostics)]


def _show_diff(run, unsafe: bool) -> int:
    """``--diff``: print what ``--fix`` would change; exit 1 when there is something to change."""
    from .fixes import fix_file, unified_diff

    changed = 0
    for path, diags in _fixable_files(run):
        outcome = fix_file(path, diags, unsafe)
        if outcome.changed:
            changed += 1
            click.echo(unified_diff(outcome), nl=False)
    return 1 if changed else 0


def _apply_fixes(run, unsafe: bool, quiet: bool) -> int:
    """``--fix``: write each fixed file atomically; return how many files changed."""
    from .fixes import fix_file, write_atomically

    changed = 0
    for path, diags in _fixable_files(run):
        try:
            outcome = fix_file(path, diags, unsafe)
            if outcome.changed:
                write_atomically(path, outcome)
                changed += 1
        except OSError as exc:
            click.echo(f"{path}: cannot write fixes: {exc.strerror or exc}", err=True)
            continue
        if not quiet and (outcome.applied or outcome.skipped):
            more = f"; {outcome.skipped} left (unsafe or overlapping: --unsafe-fixes)" if outcome.skipped else ""
            click.echo(f"{path}: applied {outcome.applied} fix{'es' if outcome.applied != 1 else ''}{more}", err=True)
    return changed


def _apply_baseline(run, baseline_file, write_baseline_file, quiet):
    """``--write-baseline`` records the run's findings; ``--baseline`` drops recorded ones."""
    from .baseline import filter_baseline, write_baseline

    if not (baseline_file or write_baseline_file):
        return run
    before = len(run.diagnostics)
    try:
        if write_baseline_file:
            n = write_baseline(run, write_baseline_file)
            click.echo(f"newslint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline_file}", err=True)
        run = filter_baseline(run, baseline_file or write_baseline_file)
    except NewslintError as exc:
        raise _fail(str(exc)) from None
    hidden = before - len(run.diagnostics)
    if baseline_file and hidden and not quiet:
        click.echo(f"newslint: {hidden} finding{'s' if hidden != 1 else ''} hidden by baseline {baseline_file}",
                   err=True)
    return run


@main.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True)
def rules_cmd(as_json, config_file, isolated):
    """List every rule: code, name, severity, on/off, origin, summary."""
    config, linter = _build((), config_file, isolated, {}, ())
    enabled = {r.code for r in linter.rules}
    rows = [
        {"code": r.code, "name": r.name, "severity": str(r.severity), "enabled": r.code in enabled,
         "fixable": r.fixable, "plugin": linter.registry.plugin_of[r.code], "summary": r.summary}
        for r in linter.registry
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    width = max((len(r["name"]) for r in rows), default=4)
    for r in rows:
        flag = "on " if r["enabled"] else "off"
        click.echo(f"{r['code']}  {r['name']:<{width}}  {r['severity']:<7}  {flag}  {r['summary']}")


@main.command("rule")
@click.argument("code")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True)
def rule_cmd(code, config_file, isolated):
    """Show one rule's documentation."""
    config, linter = _build((), config_file, isolated, {}, ())
    code = code.upper()
    if code not in linter.registry:
        raise _fail(f"no rule {code} (see 'newslint rules')")
    r = linter.registry[code]
    click.echo(f"# {r.code} {r.name}\n\n{r.summary}\n")
    click.echo(f"Severity: {r.severity}. Enabled by default: {'yes' if r.default_enabled else 'no'}. "
               f"Fixable: {'yes' if r.fixable else 'no'}. From: {linter.registry.plugin_of[code]} ({r.origin}).\n")
    if r.options:
        click.echo("Options: " + ", ".join(f"{k} = {v!r}" for k, v in r.options.items()) + "\n")
    click.echo(r.doc)


@main.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True)
def plugins_cmd(as_json, config_file, isolated):
    """List loaded plugins: name, version, origin, hooks and rules."""
    config, linter = _build((), config_file, isolated, {}, ())
    infos = linter.plugins.infos(linter.registry.by_plugin())
    if as_json:
        click.echo(json.dumps([info.__dict__ for info in infos], indent=2))
        return
    for info in infos:
        click.echo(f"{info.name} {info.version} ({info.origin})")
        if info.rules:
            click.echo(f"    rules: {', '.join(info.rules)}")


@main.command("check-rules")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True)
@click.option("--disable-plugin", multiple=True, help="Do not load this plugin (by name); repeatable.")
def check_rules_cmd(files, config_file, isolated, disable_plugin):
    """Check rules files: keys, types, regexes, codes, and each rule's examples.

    With no FILE: newslint's default rules.yml and the config's rules files. Exit 0 when
    all is well, 1 when an example no longer holds, 2 when a file cannot be loaded."""
    from .kinds.loader import default_rules_path, load_files, rules_files_for
    from .plugins import get_plugins

    try:
        config = load_config((), config_file, isolated)
        if disable_plugin:
            config = config.with_overrides(disable_plugins=(*config.disable_plugins, *disable_plugin))
        plugins = get_plugins(config)
    except NewslintError as exc:
        raise _fail(str(exc)) from None
    for err in plugins.errors:
        click.echo(f"newslint: {err}", err=True)
    default = default_rules_path()
    paths = [*([default] if default else []), *map(Path, files)] if files else rules_files_for(config)
    loaded = load_files(paths, plugins.rule_kinds(), check_examples=True)
    for err in (*loaded.errors, *loaded.example_errors):
        click.echo(str(err))
    n_files = len({r.path for r in loaded.rules})
    click.echo(f"newslint: {len(loaded.rules)} rules from {n_files} file{'s' * (n_files != 1)}, "
               f"{loaded.examples_checked} examples checked, "
               f"{len(loaded.errors) + len(loaded.example_errors)} problems", err=True)
    sys.exit(2 if loaded.errors else 1 if loaded.example_errors else 0)


@main.command("formats")
def formats_cmd():
    """List the output formats."""
    config, linter = _build((), None, True, {}, ())
    for name in sorted(linter.plugins.reporters()):
        click.echo(name)


if __name__ == "__main__":  # pragma: no cover
    main()
