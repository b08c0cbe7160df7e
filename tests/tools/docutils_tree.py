#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the normalised block structure of an RST file as parsed by docutils (no transforms).

This is the oracle for ``specwright-cli tree --format=compare FILE``; both print the same format:

    <tagname>[ key=value ...][ "title text"][ @LINE]      one node per line, 2 spaces per depth
    #messages
    <LEVEL> @<line or ?> <first line of message text>     one per system_message (level >= 1)

Usage:
    docutils_tree.py [--no-lines] [--sections-only] FILE
    docutils_tree.py [--no-lines] [--sections-only] --batch FILE...     ("=== path" before each)

Run it inside the build environment (packaging/devroot.sh exec ...) so docutils is the expected
version. Exit status: 0 success, 2 usage or I/O error.
"""

import io
import json
import os
import re
import sys

import docutils
import docutils.frontend
import docutils.utils
from docutils import nodes
from docutils.parsers.rst import Parser, directives, roles

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'plugins', 'docutils-check'))
import sphinx_registry  # noqa: E402

LEVELS = {1: "INFO", 2: "WARNING", 3: "ERROR", 4: "SEVERE"}
SECTION_TAGS = ("document", "section")
_LINE_SUFFIX = re.compile(r" @\d+$")


def _settings():
    try:
        settings = docutils.frontend.get_default_settings(Parser)
    except AttributeError:  # docutils < 0.19
        settings = docutils.frontend.OptionParser(components=(Parser,)).get_default_values()
    settings.report_level = 5
    settings.halt_level = 5
    settings.syntax_highlight = "none"
    settings.file_insertion_enabled = True
    settings.raw_enabled = True
    settings.input_encoding = "utf-8"
    settings.warning_stream = io.StringIO()
    return settings


_SETTINGS = None


def parse_text(text, path):
    """Parse ``text`` (from ``path``, used for includes and messages) into a raw doctree."""
    global _SETTINGS
    sphinx_registry.register()
    if _SETTINGS is None:
        _SETTINGS = _settings()
    settings = _SETTINGS.copy() if hasattr(_SETTINGS, "copy") else _settings()
    settings.warning_stream = io.StringIO()
    document = docutils.utils.new_document(path, settings)
    # ".. role::" registers roles process-wide; keep one document's roles out of the next one.
    saved_roles, saved_directives = dict(roles._roles), dict(directives._directives)
    try:
        Parser().parse(text, document)
    finally:
        roles._roles.clear()
        roles._roles.update(saved_roles)
        directives._directives.clear()
        directives._directives.update(saved_directives)
    return document


def read_text(path):
    """The file's text; raises OSError or UnicodeDecodeError."""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def _attributes(node):
    attrs = []
    if isinstance(node, nodes.bullet_list):
        if "bullet" in node:
            attrs.append(("bullet", node["bullet"]))
    elif isinstance(node, nodes.enumerated_list):
        if "enumtype" in node:
            attrs.append(("enumtype", node["enumtype"]))
        if node.get("start", 1) != 1:
            attrs.append(("start", node["start"]))
    elif isinstance(node, sphinx_registry.sphinx_directive):
        attrs.append(("name", node["name"]))
    elif isinstance(node, nodes.entry):
        for key in ("morecols", "morerows"):
            if node.get(key):
                attrs.append((key, node[key]))
    elif isinstance(node, nodes.tgroup):
        if "cols" in node:
            attrs.append(("cols", node["cols"]))
    return attrs


def _format(node, depth, lines):
    parts = ["  " * depth + node.tagname]
    parts += ["%s=%s" % kv for kv in _attributes(node)]
    if isinstance(node, (nodes.title, nodes.subtitle)):
        parts.append(json.dumps(node.astext(), ensure_ascii=False))
    if lines and node.line is not None:
        parts.append("@%d" % node.line)
    return " ".join(parts)


def _walk(node, depth, lines, out):
    out.append(_format(node, depth, lines))
    if isinstance(node, nodes.substitution_definition):
        return
    for child in node.children:
        if isinstance(child, (nodes.Text, nodes.system_message)):
            continue
        if isinstance(child, nodes.Inline) and isinstance(node, nodes.TextElement):
            continue
        _walk(child, depth + 1, lines, out)


def _messages(document):
    found = list(document.findall(nodes.system_message))
    seen = {id(m) for m in found}
    # Messages docutils reported but never put in the tree (normally none).
    found += [m for m in document.parse_messages + document.transform_messages if id(m) not in seen]
    out = []
    for msg in found:
        level = msg.get("level", 0)
        if level < 1:
            continue
        line = msg.get("line")
        text = msg.children[0].astext() if msg.children else ""
        first = text.splitlines()[0] if text else ""
        out.append("%s @%s %s" % (LEVELS.get(level, str(level)), "?" if line is None else line, first))
    return out


def transformed_messages(text, path):
    """[(level name, line or "?", first line of text)] of every message docutils reports for ``text``
    after its transforms as well (references, substitutions, transitions …), with the settings a
    Sphinx build has: no promotion of a lone section's title."""
    import docutils.core
    sphinx_registry.register()
    saved_roles, saved_directives = dict(roles._roles), dict(directives._directives)
    try:
        document = docutils.core.publish_doctree(
            text, source_path=path,
            settings_overrides={"report_level": 1, "halt_level": 5, "warning_stream": io.StringIO(),
                                "syntax_highlight": "none", "file_insertion_enabled": True,
                                "raw_enabled": True, "input_encoding": "utf-8", "_disable_config": True,
                                "doctitle_xform": False})
    finally:
        roles._roles.clear()
        roles._roles.update(saved_roles)
        directives._directives.clear()
        directives._directives.update(saved_directives)
    found = []
    for line in _messages(document):
        level, at, message = line.split(" ", 2)
        found.append((level, at[1:], message))
    return found


def serious_messages(messages):
    """The WARNING, ERROR and SEVERE ones as sorted "LEVEL text" lines: what the gate fails on."""
    return sorted("%s %s" % (level, text) for level, _, text in messages
                  if level in ("WARNING", "ERROR", "SEVERE"))


def tree_lines(document, lines=True):
    """The normalised tree and messages of a parsed document, as a list of lines (no newlines)."""
    out = []
    _walk(document, 0, lines, out)
    out.append("#messages")
    out += _messages(document)
    return out


def sections_only(tree):
    """Keep document/section lines and the titles directly under them (works on any compare output)."""
    out = []
    stack = []  # tag per depth of the lines seen so far
    in_messages = False
    for line in tree:
        if line == "#messages":
            in_messages = True
        if in_messages:
            continue
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        tag = stripped.split(" ", 1)[0]
        del stack[depth:]
        stack.append(tag)
        if tag in SECTION_TAGS and all(t in SECTION_TAGS for t in stack[:-1]):
            out.append(line)
        elif tag == "title" and len(stack) >= 2 and all(t in SECTION_TAGS for t in stack[:-1]):
            out.append(line)
    return out


def strip_lines(tree):
    """Remove every trailing ' @LINE' from tree lines (message lines are left alone)."""
    out = []
    in_messages = False
    for line in tree:
        if line == "#messages":
            in_messages = True
        out.append(line if in_messages else _LINE_SUFFIX.sub("", line))
    return out


def file_tree(path, lines=True, sections=False):
    """Lines for one file; raises OSError or UnicodeDecodeError when the file cannot be read."""
    document = parse_text(read_text(path), path)
    out = tree_lines(document, lines)
    return sections_only(out) if sections else out


def main(argv):
    args = list(argv)
    lines, sections, batch = True, False, False
    files = []
    for arg in args:
        if arg == "--no-lines":
            lines = False
        elif arg == "--sections-only":
            sections = True
        elif arg == "--batch":
            batch = True
        elif arg in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif arg.startswith("--"):
            print("docutils_tree.py: unknown option %s" % arg, file=sys.stderr)
            return 2
        else:
            files.append(arg)
    if not files or (len(files) > 1 and not batch):
        print("usage: docutils_tree.py [--no-lines] [--sections-only] [--batch] FILE...", file=sys.stderr)
        return 2
    status = 0
    stdout = sys.stdout
    for path in files:
        if batch:
            stdout.write("=== %s\n" % path)
        try:
            out = file_tree(path, lines, sections)
        except (OSError, UnicodeDecodeError) as e:
            print("docutils_tree.py: cannot read %s as UTF-8: %s" % (path, e), file=sys.stderr)
            status = 2
            continue
        stdout.write("\n".join(out) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
