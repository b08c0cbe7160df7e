#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential fuzzing of Specwright's RST engine against docutils (the oracle).

    rst_differential.py --cli PATH_TO_specwright-cli [--seed N] [--mutants N] [--seconds S]
                        [--max-rate R] [--max-false-errors N] [--minimise] [--report OUT.md] PATH...

PATH is an .rst file or a folder (searched for *.rst). Each mutant is one of those files with one
structure-level mutation: a line deleted, duplicated, indented or unindented; an adornment's
character or length changed; a blank line inserted or removed; two lines joined; a list marker
swapped; or one of * ` _ | : inserted in a line. For each mutant it compares

  structure  ``specwright-cli tree --format=compare --no-lines`` with docutils' tree (no lines);
  messages   WARNING and above, level and first line of text, after docutils' transforms
             (``--transform-messages`` on our side); their lines are reported, not compared.

Files whose unmutated text already differs are left out (the conformance tests cover them): a
mismatch is what the mutation uncovered. A mutant where we report a message docutils does not
counts as a false error too: sphinx-build -W would pass what we call broken.

Mismatches are grouped by cause (the first differing tree line, or the messages that differ, with
names and numbers blanked); with --minimise each group's first mutant is cut down to the fewest
lines that still show the same cause.

Exit status: 0 when the mismatch rate is at most --max-rate and the false errors at most
--max-false-errors; 1 otherwise, or when the CLI crashed or hung; 2 usage error; 77 when no
input exists.
"""

import argparse
import collections
import difflib
import os
import random
import re
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docutils_tree  # noqa: E402


TIMEOUT_S = 10
SERIOUS = ("WARNING", "ERROR", "SEVERE")
ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}\s*$")
MESSAGE = re.compile(r"^(\w+) @(\S+) (.*)$")


class CliFailure(Exception):
    pass


class OracleFailure(Exception):
    """docutils itself failed on the text (it has crashed on some mutants, e.g. KeyError in its
    Substitutions transform): there is nothing to compare with, so the text is left out."""


# --- the two parsers -------------------------------------------------------------------------

def ours(cli, path):
    """(structure lines, [(level, line, text)]) from specwright-cli."""
    try:
        run = subprocess.run([cli, "tree", "--format=compare", "--no-lines", "--transform-messages", path],
                             capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise CliFailure("timed out after %d s" % TIMEOUT_S)
    if run.returncode != 0:
        raise CliFailure("exit %d: %s" % (run.returncode, run.stderr.decode("utf-8", "replace").strip()))
    return split(run.stdout.decode("utf-8").splitlines())


def split(lines):
    if "#messages" not in lines:
        return lines, []
    at = lines.index("#messages")
    messages = []
    for line in lines[at + 1:]:
        match = MESSAGE.match(line)
        if match:
            messages.append((match.group(1), match.group(2), match.group(3)))
    return lines[:at], messages


def theirs(text, path):
    """(structure lines, [(level, line, text)]) from docutils: the raw tree, then the messages after
    its transforms (references, substitutions, transitions), with Sphinx's settings."""
    try:
        raw = docutils_tree.parse_text(text, path)
        structure, _ = split(docutils_tree.tree_lines(raw, lines=False))
        return structure, docutils_tree.transformed_messages(text, path)
    except Exception as e:  # noqa: BLE001 - any failure of the oracle, not of Specwright
        raise OracleFailure("%s: %s" % (type(e).__name__, e)) from e


# --- comparison ----------------------------------------------------------------------------

def blank_names(text):
    text = re.sub(r'"[^"]*"', '"…"', text)
    return re.sub(r"\d+", "N", text)


def compare(cli, text, path):
    """None when both agree, else (cause, false_error, detail)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    our_tree, our_messages = ours(cli, path)
    their_tree, their_messages = theirs(text, path)
    mine = collections.Counter((l, t) for l, _, t in our_messages if l in SERIOUS)
    docutils = collections.Counter((l, t) for l, _, t in their_messages if l in SERIOUS)
    if our_tree == their_tree and mine == docutils:
        return None
    false_error = bool(mine - docutils)
    if our_tree != their_tree:
        diff = [d for d in difflib.unified_diff(their_tree, our_tree, "docutils", "specwright", n=0, lineterm="")
                if d[:1] in "+-" and not d.startswith(("---", "+++"))]
        cause = "tree: " + " | ".join(d.strip() if d[0] == "+" else d[0] + d[1:].strip() for d in diff[:2])
        detail = "\n".join(diff[:12])
    else:
        extra = sorted("%s %s" % m for m in (mine - docutils))
        missing = sorted("%s %s" % m for m in (docutils - mine))
        cause = "messages: " + "; ".join(["ours only: " + blank_names(e) for e in extra] +
                                         ["docutils only: " + blank_names(m) for m in missing])
        detail = "\n".join(["specwright: %s @%s %s" % m for m in our_messages if m[0] in SERIOUS] +
                           ["docutils:   %s @%s %s" % m for m in their_messages if m[0] in SERIOUS])
    return cause, false_error, detail


# --- mutations -------------------------------------------------------------------------------

MARKERS = {"* ": "- ", "- ": "+ ", "+ ": "* ", "#. ": "1. ", "1. ": "#. ", "2. ": "#. "}


def mutate(lines, rng):
    """(mutated lines, what was done); lines is not changed."""
    lines = list(lines)
    if not lines:
        return ["*"], "insert *"
    i = rng.randrange(len(lines))
    kind = rng.choice(("delete", "duplicate", "indent", "unindent", "adornment", "blank", "unblank", "join",
                       "marker", "inline", "inline"))
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "indent":
        lines[i] = " " * rng.choice((1, 2, 3, 4)) + lines[i]
    elif kind == "unindent":
        stripped = lines[i].lstrip(" ")
        lines[i] = " " * max(0, len(lines[i]) - len(stripped) - rng.choice((1, 2, 3))) + stripped
    elif kind == "adornment":
        candidates = [k for k, line in enumerate(lines) if ADORNMENT.match(line)]
        if candidates:
            i = rng.choice(candidates)
            line = lines[i].rstrip()
            if rng.random() < 0.5:
                lines[i] = rng.choice("=-~^*+#`'\".:") * len(line)
            else:
                lines[i] = line[0] * max(1, len(line) + rng.choice((-3, -2, -1, 1, 2)))
    elif kind == "blank":
        lines.insert(i, "")
    elif kind == "unblank":
        blanks = [k for k, line in enumerate(lines) if not line.strip()]
        if blanks:
            del lines[rng.choice(blanks)]
    elif kind == "join" and i + 1 < len(lines):
        lines[i] = lines[i] + " " + lines.pop(i + 1).strip()
    elif kind == "marker":
        listed = [k for k, line in enumerate(lines) if any(line.lstrip().startswith(m) for m in MARKERS)]
        if listed:
            i = rng.choice(listed)
            body = lines[i].lstrip()
            for old, new in MARKERS.items():
                if body.startswith(old):
                    lines[i] = lines[i][:len(lines[i]) - len(body)] + new + body[len(old):]
                    break
    else:
        kind = "inline"
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice("*`_|:") + lines[i][at:]
    return lines, "%s at line %d" % (kind, i + 1)


def minimise(cli, lines, cause, path, budget):
    """The fewest lines (chunks removed greedily, within budget comparisons) that keep cause."""
    evaluations = 0
    chunk = max(1, len(lines) // 2)
    while chunk >= 1 and evaluations < budget:
        start = 0
        removed = False
        while start < len(lines) and evaluations < budget:
            candidate = lines[:start] + lines[start + chunk:]
            evaluations += 1
            try:
                result = compare(cli, "\n".join(candidate) + "\n", path) if candidate else None
            except (CliFailure, OracleFailure):
                result = None
            if result and result[0] == cause:
                lines = candidate
                removed = True
            else:
                start += chunk
        if not removed:
            chunk //= 2
    return lines


# --- the run ---------------------------------------------------------------------------------

def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".rst")]
        elif p.endswith(".rst") and os.path.isfile(p):
            files.append(p)
    return files


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutants", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=0,
                        help="mutate for this long instead of --mutants times (after checking the files)")
    parser.add_argument("--max-rate", type=float, default=1.0)
    parser.add_argument("--max-false-errors", type=int, default=10 ** 9)
    parser.add_argument("--minimise", action="store_true")
    parser.add_argument("--report")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    files = collect(args.paths)
    if not files:
        print("rst_differential: no input under %s" % " ".join(args.paths))
        return 77
    rng = random.Random(args.seed)
    started = time.monotonic()
    workdir = tempfile.mkdtemp(prefix="rst-differential-")
    scratch = os.path.join(workdir, "mutant.rst")

    # The files both already agree on: what a mutation breaks is then the mutation's doing.
    sources = []
    for path in files:
        try:
            text = docutils_tree.read_text(path)
        except (OSError, UnicodeDecodeError):
            continue
        try:
            if compare(args.cli, text, scratch) is None:
                sources.append(text.splitlines())
        except OracleFailure:
            continue
        except CliFailure as e:
            print("rst_differential: specwright-cli failed on %s: %s" % (path, e))
            return 1
    if not sources:
        print("rst_differential: no input file on which both agree")
        return 77

    groups = collections.OrderedDict()
    mutants = mismatches = false_errors = oracle_failures = 0
    mutating = time.monotonic()  # --seconds is the mutants' time, after the files' own check
    while True:
        if args.seconds > 0:
            if time.monotonic() - mutating >= args.seconds or mutants >= args.mutants * 1000:
                break
        elif mutants >= args.mutants or oracle_failures > args.mutants:
            break
        source = rng.choice(sources)
        lines, what = mutate(source, rng)
        text = "\n".join(lines) + "\n"
        try:
            result = compare(args.cli, text, scratch)
        except OracleFailure:
            oracle_failures += 1
            continue
        except CliFailure as e:
            print("rst_differential: specwright-cli failed (%s) on this mutant (%s):\n%s" % (e, what, text))
            return 1
        mutants += 1
        if result is None:
            continue
        cause, false_error, detail = result
        mismatches += 1
        false_errors += 1 if false_error else 0
        group = groups.setdefault(cause, {"count": 0, "false_error": false_error, "lines": lines,
                                          "what": what, "detail": detail})
        group["count"] += 1

    if args.minimise:
        for cause, group in groups.items():
            group["lines"] = minimise(args.cli, group["lines"], cause, scratch, budget=120)
            try:
                result = compare(args.cli, "\n".join(group["lines"]) + "\n", scratch)
            except (CliFailure, OracleFailure):
                result = None
            group["detail"] = result[2] if result else group["detail"]

    rate = mismatches / mutants if mutants else 0.0
    out = ["# RST differential run", "",
           "seed %d, %d mutants of %d files (of %d; the others differ unmutated), %.0f s" %
           (args.seed, mutants, len(sources), len(files), time.monotonic() - started),
           "", "**mismatch rate %.2f%%** (%d mutants), false errors in %d mutants, %d causes" %
           (100.0 * rate, mismatches, false_errors, len(groups)), ""]
    if oracle_failures:
        out += ["%d mutants left out: docutils itself failed on them" % oracle_failures, ""]
    for cause, group in sorted(groups.items(), key=lambda item: -item[1]["count"]):
        out += ["## %d× %s%s" % (group["count"], cause, " (false error)" if group["false_error"] else ""), "",
                "mutation: %s" % group["what"], "", "```rst"] + group["lines"][:40] + ["```", "", "```"] + \
            group["detail"].splitlines() + ["```", ""]
    report = "\n".join(out) + "\n"
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(report)
    print("\n".join(out[:6]))
    for cause, group in sorted(groups.items(), key=lambda item: -item[1]["count"]):
        print("  %4d× %s%s" % (group["count"], cause[:150], " (false error)" if group["false_error"] else ""))
    ok = rate <= args.max_rate and false_errors <= args.max_false_errors
    if not ok:
        print("rst_differential: over the limits (rate %.2f%% > %.2f%% or false errors %d > %d)" %
              (100.0 * rate, 100.0 * args.max_rate, false_errors, args.max_false_errors))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
