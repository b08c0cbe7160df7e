#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compare specwright-cli's RST block structure with docutils' (the oracle), file by file.

    compare_trees.py --cli PATH_TO_specwright-cli [--report OUT.md] [--min-structure 0.99]
                     [--expect-differences tests/data/KNOWN_DIFFERENCES.md] PATH...

PATH is an .rst file or a directory (searched recursively for *.rst). For each file, docutils
parses in-process (docutils_tree.py) and ``CLI tree --format=compare FILE`` runs as a subprocess
(10 s limit). Three views are compared:

  (a) section tree     document/section/title lines, with @LINE
  (b) structure        every node, @LINE stripped
  (c) with lines       every node, with @LINE
and, for the report only, the #messages lists.

Expected differences: every markdown list item of the --expect-differences file that starts with
a backticked glob, optionally followed by the views it excuses in brackets, e.g.

  - `specs/kilo/foo.rst` [structure, lines] reason...
  - `specs/api/*` reason...              (no brackets: all views)

excuses those views of matching files (matched against the path as given, relative to a PATH
directory, or as a path suffix). Views: sections, structure, lines, messages. A CLI crash or
timeout is never excused.

Exit status: 0 when the section tree matches for every file and the structure ratio is at least
--min-structure (excused files count as matching); 1 otherwise; 2 usage error; 77 (ctest "skip")
when no input file exists, e.g. the corpus is absent.
"""

import argparse
import difflib
import fnmatch
import os
import re
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docutils_tree  # noqa: E402

VIEWS = ("sections", "structure", "lines", "messages")
TIMEOUT_S = 10
DIFF_CAP = 40


def collect(paths):
    """[(path, root)] for every .rst file under PATHs, in a stable order; root is the PATH dir."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                found += [os.path.join(dirpath, f) for f in filenames if f.endswith(".rst")]
            files += [(f, p) for f in sorted(found) if os.path.isfile(f)]
        elif os.path.isfile(p):
            files.append((p, os.path.dirname(p)))
        else:
            print("compare_trees.py: no such file or directory: %s" % p, file=sys.stderr)
    return files


def load_expectations(path):
    """[(glob, set of views)] from a KNOWN_DIFFERENCES.md file."""
    entries = []
    if not path:
        return entries
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        print("compare_trees.py: cannot read %s: %s" % (path, e), file=sys.stderr)
        return entries
    item = re.compile(r"^ {0,3}[-*]\s+`([^`]+)`\s*(?:\[([^\]]*)\])?")
    for line in text.splitlines():
        m = item.match(line)
        if not m:
            continue
        views = set(VIEWS)
        if m.group(2) is not None:
            views = {v.strip() for v in m.group(2).split(",") if v.strip()}
            unknown = views - set(VIEWS)
            if unknown:
                print("compare_trees.py: %s: unknown view(s) %s" % (path, ", ".join(sorted(unknown))),
                      file=sys.stderr)
        entries.append((m.group(1), views))
    return entries


def excused_views(path, root, entries):
    names = {path, os.path.relpath(path, root) if root else path, os.path.abspath(path)}
    names = {n.replace(os.sep, "/") for n in names}
    views = set()
    for glob, v in entries:
        if any(fnmatch.fnmatchcase(n, glob) or fnmatch.fnmatchcase(n, "*/" + glob) for n in names):
            views |= v
    return views


def split_messages(lines):
    if "#messages" in lines:
        i = lines.index("#messages")
        return lines[:i], lines[i + 1:]
    return lines, None


def views_of(full):
    tree, messages = split_messages(full)
    return {
        "sections": docutils_tree.sections_only(tree),
        "structure": docutils_tree.strip_lines(tree),
        "lines": tree,
        "messages": messages,
    }


def run_cli(cli, path):
    """(lines or None, problem description or None)."""
    try:
        proc = subprocess.run([cli, "tree", "--format=compare", path], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT_S
    except OSError as e:
        return None, "cannot run %s: %s" % (cli, e)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = (": " + err[-1]) if err else ""
        if proc.returncode < 0:
            return None, "killed by signal %d%s" % (-proc.returncode, detail)
        return None, "exit status %d%s" % (proc.returncode, detail)
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines, None


def capped_diff(expected, actual, path, what):
    diff = list(difflib.unified_diff(expected, actual, "docutils %s (%s)" % (path, what),
                                     "specwright-cli %s (%s)" % (path, what), n=2, lineterm=""))
    if len(diff) > DIFF_CAP:
        diff = diff[:DIFF_CAP] + ["... (%d more diff lines)" % (len(diff) - DIFF_CAP)]
    return diff


def pct(n, total):
    return "%.1f%%" % (100.0 * n / total) if total else "n/a"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--cli", required=True, help="path to specwright-cli")
    ap.add_argument("--report", help="also write the summary and diffs to this markdown file")
    ap.add_argument("--min-structure", type=float, default=1.0,
                    help="minimum share of files whose structure matches (default 1.0)")
    ap.add_argument("--expect-differences", help="markdown list of known differences")
    ap.add_argument("paths", nargs="+", metavar="PATH")
    args = ap.parse_args(argv)

    files = collect(args.paths)
    if not files:
        print("compare_trees.py: no input files: skipped")
        return 77
    entries = load_expectations(args.expect_differences)

    counts = dict.fromkeys(VIEWS, 0)
    effective = dict.fromkeys(VIEWS, 0)
    problems, details, stale = [], [], []
    t_docutils = t_cli = 0.0
    for path, root in files:
        excused = excused_views(path, root, entries)
        t0 = time.monotonic()
        try:
            ours_expected = docutils_tree.file_tree(path)
        except (OSError, UnicodeDecodeError) as e:
            ours_expected = ["#error docutils cannot read the file: %s" % e]
        t1 = time.monotonic()
        actual, problem = run_cli(args.cli, path)
        t_cli += time.monotonic() - t1
        t_docutils += t1 - t0

        exp = views_of(ours_expected)
        if problem:
            problems.append((path, problem))
            details.append((path, ["crash"], ["CLI failed: " + problem]))
            continue
        act = views_of(actual)
        differs = [v for v in VIEWS if exp[v] != act[v]]
        for v in VIEWS:
            if v not in differs:
                counts[v] += 1
            if v not in differs or v in excused:
                effective[v] += 1
        if excused and not (set(differs) & excused):
            stale.append((path, sorted(excused)))
        if not differs:
            continue
        label = [v + (" (expected)" if v in excused else "") for v in differs]
        if "sections" in differs:
            body = capped_diff(exp["sections"], act["sections"], path, "section tree")
        elif "structure" in differs:
            body = capped_diff(exp["structure"], act["structure"], path, "structure")
        elif "lines" in differs:
            body = capped_diff(exp["lines"], act["lines"], path, "with lines")
        else:
            body = capped_diff(exp["messages"] or [], act["messages"] or ["(no #messages line)"], path,
                               "messages")
        details.append((path, label, body))

    n = len(files)
    out = ["# Block-structure comparison: specwright-cli vs docutils %s" % docutils_tree.docutils.__version__,
           "",
           "- files: %d" % n,
           "- section tree identical: %d/%d (%s)" % (counts["sections"], n, pct(counts["sections"], n)),
           "- structure identical: %d/%d (%s)" % (counts["structure"], n, pct(counts["structure"], n)),
           "- with lines identical: %d/%d (%s)" % (counts["lines"], n, pct(counts["lines"], n)),
           "- messages identical: %d/%d (%s)" % (counts["messages"], n, pct(counts["messages"], n)),
           "- CLI failures (crash, error exit or timeout): %d" % len(problems)]
    if entries:
        out.append("- counting known differences as matching: section tree %d/%d, structure %d/%d (%s), "
                   "with lines %d/%d" % (effective["sections"], n, effective["structure"], n,
                                         pct(effective["structure"], n), effective["lines"], n))
    out.append("- time: docutils %.1f s, specwright-cli %.1f s" % (t_docutils, t_cli))
    sections_ok = effective["sections"] == n
    structure_ratio = effective["structure"] / n
    passed = sections_ok and structure_ratio >= args.min_structure
    out.append("- result: %s (section tree must be 100%%, structure >= %s%%)"
               % ("PASS" if passed else "FAIL", "%g" % (100 * args.min_structure)))
    if stale:
        out += ["", "## Known differences that no longer differ", ""]
        out += ["- `%s` [%s]" % (p, ", ".join(v)) for p, v in stale]
    if details:
        out += ["", "## Differing files", ""]
        for path, label, body in details:
            fence = "```" if label == ["crash"] else "```diff"
            out += ["### %s: %s" % (path, ", ".join(label)), "", fence] + body + ["```", ""]

    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(text)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
