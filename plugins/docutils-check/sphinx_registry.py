# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the raw docutils RST parser accept the Sphinx and OpenStack markup used by spec repositories.

Sphinx is not needed: each Sphinx directive is modelled closely enough for the *block structure*
to match what a Sphinx build parses, and unknown-to-docutils roles become inline literals.

* ``code-block`` / ``sourcecode``: docutils' ``code`` directive with Sphinx's options; the result
  is a ``literal_block`` (an empty body is accepted, as Sphinx does).
* Leaf directives (content not parsed): one ``sphinx_directive`` node with ``name``.
* Container directives (content parsed as body elements into the node): likewise, with children.
  ``seealso`` and ``todo`` take no argument (text on the directive line is content, as for
  ``note``); ``versionadded``, ``versionchanged``, ``deprecated`` and ``versionremoved`` take a
  version and turn optional text after it into a first paragraph, as Sphinx does.
* Roles: an inline ``literal`` node, never an error.

Call ``register()`` once before parsing (it is idempotent).
"""

from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles
from docutils.parsers.rst.directives.body import CodeBlock

__all__ = ["sphinx_directive", "register", "SphinxTocTree", "LEAF_DIRECTIVES", "CONTAINER_DIRECTIVES",
           "ADMONITION_DIRECTIVES", "VERSION_DIRECTIVES", "GENERIC_ROLES"]


class sphinx_directive(nodes.General, nodes.Element):
    """A Sphinx-only directive; ``node['name']`` is the directive name."""


class _AnyOptions(dict):
    """An option_spec that accepts every option name, with any (or no) value."""

    def __missing__(self, key):
        return directives.unchanged

    def __bool__(self):
        return True


class SphinxCodeBlock(CodeBlock):
    option_spec = dict(CodeBlock.option_spec)
    option_spec.update({
        "linenos": directives.flag,
        "lineno-start": directives.nonnegative_int,
        "emphasize-lines": directives.unchanged_required,
        "caption": directives.unchanged_required,
        "name": directives.unchanged,
        "dedent": directives.unchanged,
        "force": directives.flag,
        "class": directives.class_option,
    })

    def run(self):
        if self.content:
            return super().run()
        # Sphinx does not require a body: an empty code block is an empty literal_block.
        classes = ["code"] + self.arguments[:1] + self.options.get("class", [])
        node = nodes.literal_block("", "", classes=classes)
        self.add_name(node)
        return [node]


def _make_node(directive):
    node = sphinx_directive()
    node["name"] = directive.name.lower()
    node.source, node.line = directive.state_machine.get_source_and_line(directive.lineno)
    return node


class SphinxLeafDirective(Directive):
    """Any arguments and options; the content is kept out of the tree."""

    required_arguments = 0
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOptions()
    has_content = True

    def run(self):
        return [_make_node(self)]


def _int_or_nothing(argument):
    return 999 if not argument else int(argument)


class SphinxTocTree(SphinxLeafDirective):
    """Sphinx's toctree: no arguments (text on its line is an entry), and its own options only."""

    optional_arguments = 0
    final_argument_whitespace = False
    option_spec = {
        "maxdepth": int,
        "name": directives.unchanged,
        "class": directives.class_option,
        "caption": directives.unchanged_required,
        "glob": directives.flag,
        "hidden": directives.flag,
        "includehidden": directives.flag,
        "numbered": _int_or_nothing,
        "titlesonly": directives.flag,
        "reversed": directives.flag,
    }


class SphinxContainerDirective(SphinxLeafDirective):
    """Any arguments and options; the content is parsed as body elements into the node."""

    def run(self):
        node = _make_node(self)
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class SphinxAdmonitionDirective(SphinxContainerDirective):
    """Like docutils' admonitions (seealso, todo): no arguments, text on the directive line is content."""

    optional_arguments = 0


class SphinxVersionDirective(SphinxContainerDirective):
    """versionadded & co.: a version argument, then optional text that becomes a paragraph (as in
    Sphinx's VersionChange: the paragraph's line is the directive's), then the parsed content."""

    required_arguments = 1
    optional_arguments = 1

    def run(self):
        node = _make_node(self)
        messages = []
        if len(self.arguments) == 2:
            inodes, messages = self.state.inline_text(self.arguments[1], self.lineno + 1)
            para = nodes.paragraph(self.arguments[1], "", *inodes)
            para.source, para.line = self.state_machine.get_source_and_line(self.lineno)
            node += para
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, node)
        return [node] + messages


LEAF_DIRECTIVES = (
    "literalinclude", "glossary", "autosummary", "highlight", "index", "tabularcolumns",
    "productionlist", "code-include", "automodule", "autoclass", "autofunction", "graphviz",
    "blockdiag", "seqdiag", "nwdiag", "actdiag", "centered",
)

CONTAINER_DIRECTIVES = ("only", "hlist", "tab", "ifconfig")
ADMONITION_DIRECTIVES = ("seealso", "todo")
VERSION_DIRECTIVES = ("versionadded", "versionchanged", "deprecated", "versionremoved")

GENERIC_ROLES = (
    "doc", "ref", "term", "abbr", "command", "file", "program", "option", "envvar", "guilabel",
    "menuselection", "kbd", "samp", "class", "func", "meth", "mod", "attr", "exc", "data", "obj",
    "const", "download", "numref", "keyword", "token", "any",
    "py:class", "py:func", "py:meth", "py:mod", "py:attr", "py:exc", "py:data", "py:obj", "py:const",
    "dfn", "mailheader", "mimetype", "newsgroup", "makevar", "regexp", "manpage",
    # OpenStack specs
    "bp", "launchpad", "bug", "blueprint",
    # Sphinx's other domains, by their full names
    "py:type", "c:member", "c:data", "c:var", "c:func", "c:macro", "c:struct", "c:union", "c:enum",
    "c:enumerator", "c:type", "c:expr", "c:texpr", "cpp:any", "cpp:class", "cpp:struct", "cpp:func",
    "cpp:member", "cpp:var", "cpp:type", "cpp:concept", "cpp:enum", "cpp:enumerator", "cpp:expr",
    "cpp:texpr", "js:func", "js:meth", "js:class", "js:data", "js:attr", "js:mod", "rst:dir", "rst:role",
    "math:numref", "eq",
)
# The std domain's roles also go by their full names (:std:ref: is :ref:).
GENERIC_ROLES += tuple("std:" + name for name in (
    "doc", "ref", "term", "program", "option", "envvar", "download", "numref", "keyword", "token"))


def generic_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.literal(rawtext, nodes.unescape(text))], []


_registered = False


def register():
    global _registered
    if _registered:
        return
    directives.register_directive("code-block", SphinxCodeBlock)
    directives.register_directive("sourcecode", SphinxCodeBlock)
    directives.register_directive("toctree", SphinxTocTree)
    for name in LEAF_DIRECTIVES:
        directives.register_directive(name, SphinxLeafDirective)
    for name in CONTAINER_DIRECTIVES:
        directives.register_directive(name, SphinxContainerDirective)
    for name in ADMONITION_DIRECTIVES:
        directives.register_directive(name, SphinxAdmonitionDirective)
    for name in VERSION_DIRECTIVES:
        directives.register_directive(name, SphinxVersionDirective)
    for name in GENERIC_ROLES:
        roles.register_local_role(name, generic_role)
    _registered = True
