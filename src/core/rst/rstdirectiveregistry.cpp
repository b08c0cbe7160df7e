// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstdirectiveregistry.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;
using Directive = RstDirectiveRegistry::Directive;

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

RstDirectiveRegistry::RstDirectiveRegistry()
{
    const QStringList common = words("class name");
    // docutils' admonitions: no arguments, body content required.
    for (const QString &name : words("attention caution danger error hint important note tip warning")) {
        addDirective({name, Kind::Admonition, 0, 0, false, Content::Body, true, common});
    }
    addDirective(
        {QStringLiteral("admonition"), Kind::Admonition, 1, 0, true, Content::Body, true, common, false, true});
    addDirective({QStringLiteral("topic"), Kind::Topic, 1, 0, true, Content::Body, true, common, false, true});
    addDirective({QStringLiteral("sidebar"), Kind::Sidebar, 0, 1, true, Content::Body, true,
                  words("subtitle class name"), false, true});
    addDirective({QStringLiteral("rubric"), Kind::Rubric, 1, 0, true, Content::None, false, common});
    for (const QString &name : words("epigraph highlights pull-quote")) {
        addDirective({name, Kind::BlockQuote, 0, 0, false, Content::Body, true, {}});
    }
    addDirective({QStringLiteral("compound"), Kind::Compound, 0, 0, false, Content::Body, true, common});
    addDirective({QStringLiteral("container"), Kind::Container, 0, 1, true, Content::Body, true, words("name")});
    addDirective({QStringLiteral("image"), Kind::Image, 1, 0, true, Content::None, false,
                  words("alt height width scale align target class name loading")});
    addDirective({QStringLiteral("figure"), Kind::Figure, 1, 0, true, Content::Figure, false,
                  words("alt height width scale align target class name loading figwidth figclass")});
    const QStringList codeOptions = words("class name number-lines linenos lineno-start emphasize-lines caption "
                                          "dedent force");
    // docutils' "code" needs a body; Sphinx's "code-block" and "sourcecode" do not (an empty block).
    addDirective({QStringLiteral("code"), Kind::LiteralBlock, 0, 1, false, Content::Literal, true, codeOptions});
    for (const QString &name : words("code-block sourcecode")) {
        addDirective({name, Kind::LiteralBlock, 0, 1, false, Content::Literal, false, codeOptions});
    }
    addDirective(
        {QStringLiteral("line-block"), Kind::LineBlock, 0, 0, false, Content::Body, true, words("class name")});
    addDirective({QStringLiteral("parsed-literal"), Kind::LiteralBlock, 0, 0, false, Content::Parsed, true, common});
    addDirective({QStringLiteral("math"), Kind::LiteralBlock, 0, 1, true, Content::Literal, false, common});
    addDirective(
        {QStringLiteral("raw"), Kind::Raw, 1, 0, true, Content::Literal, false, words("file url encoding class")});
    // docutils' list-table and csv-table check their content themselves, each with its own words.
    addDirective({QStringLiteral("list-table"), Kind::Table, 0, 1, true, Content::ListTable, false,
                  words("header-rows stub-columns width widths class name align")});
    addDirective({QStringLiteral("csv-table"), Kind::Table, 0, 1, true, Content::CsvTable, false,
                  words("header-rows stub-columns header width widths file url encoding class name align delim "
                        "quote keepspace escape")});
    addDirective({QStringLiteral("table"), Kind::Table, 0, 1, true, Content::Body, false,
                  words("class name align width widths")});
    // Directives docutils resolves in transforms: a pending node in the raw parse.
    addDirective({QStringLiteral("contents"), Kind::Topic, 0, 1, true, Content::None, false,
                  words("depth local backlinks class")});
    addDirective({QStringLiteral("sectnum"), Kind::Pending, 0, 0, false, Content::None, false,
                  words("depth start prefix suffix")});
    addDirective({QStringLiteral("section-numbering"), Kind::Pending, 0, 0, false, Content::None, false,
                  words("depth start prefix suffix")});
    addDirective(
        {QStringLiteral("target-notes"), Kind::Pending, 0, 0, false, Content::None, false, words("class name")});
    addDirective({QStringLiteral("class"), Kind::Pending, 1, 0, true, Content::Body, false, {}});
    addDirective({QStringLiteral("header"), Kind::Pending, 0, 0, false, Content::Body, true, {}});
    addDirective({QStringLiteral("footer"), Kind::Pending, 0, 0, false, Content::Body, true, {}});
    // Directives that leave no node of their own.
    // The role directive reads its name from its content's first line, as docutils' does.
    addDirective({QStringLiteral("role"), Kind::Pending, 0, 0, false, Content::Opaque, false, {}, true});
    addDirective({QStringLiteral("default-role"), Kind::Pending, 0, 1, false, Content::None, false, {}});
    addDirective({QStringLiteral("title"), Kind::Pending, 1, 0, true, Content::None, false, {}});
    addDirective({QStringLiteral("meta"), Kind::Pending, 0, 0, false, Content::Opaque, true, {}});
    addDirective({QStringLiteral("include"), Kind::Pending, 1, 0, true, Content::None, false,
                  words("literal code encoding tab-width start-line end-line start-after end-before number-lines "
                        "class name parser")});
    // Substitution-only directives.
    addDirective({QStringLiteral("replace"), Kind::Text, 0, 0, false, Content::Parsed, true, {}});
    addDirective({QStringLiteral("unicode"), Kind::Text, 1, 0, true, Content::None, false, words("trim ltrim rtrim")});
    addDirective({QStringLiteral("date"), Kind::Text, 0, 1, true, Content::None, false, {}});

    // Sphinx: kept as a sphinx_directive node whose content is not parsed …
    for (const QString &name :
         words("literalinclude glossary autosummary highlight index tabularcolumns productionlist "
               "code-include automodule autoclass autofunction graphviz blockdiag seqdiag nwdiag actdiag centered")) {
        addDirective({name, Kind::SphinxDirective, 0, 100, true, Content::Opaque, false, {}, true});
    }
    // Sphinx's toctree: its real options (a wrong one fails the build); text on its line is an entry.
    addDirective({QStringLiteral("toctree"), Kind::SphinxDirective, 0, 0, false, Content::Opaque, false,
                  words("maxdepth name class caption glob hidden includehidden numbered titlesonly reversed")});
    // … or whose content is body elements.
    for (const QString &name : words("seealso todo hlist")) {
        addDirective({name, Kind::SphinxDirective, 0, 0, false, Content::Body, false, {}, true});
    }
    for (const QString &name : words("only tab ifconfig")) {
        addDirective({name, Kind::SphinxDirective, 1, 0, true, Content::Body, false, {}, true});
    }
    // The version, then optional text that becomes the first paragraph.
    for (const QString &name : words("versionadded versionchanged deprecated versionremoved")) {
        addDirective({name, Kind::SphinxDirective, 1, 1, true, Content::Body, false, {}, true});
    }

    for (const QString &role :
         words("emphasis literal code math pep-reference pep rfc-reference rfc strong subscript sub superscript sup "
               "title-reference title t abbreviation ab acronym ac raw "
               // Sphinx and OpenStack specs
               "doc ref term abbr command file program option envvar guilabel menuselection kbd samp class func meth "
               "mod attr exc data obj const download numref keyword token any py:class py:func py:meth py:mod "
               "py:attr py:exc py:data py:obj py:const dfn mailheader mimetype newsgroup makevar regexp manpage bp "
               "launchpad bug blueprint "
               // Sphinx's other domains, by their full names (the std domain's are the plain ones above)
               "py:type c:member c:data c:var c:func c:macro c:struct c:union c:enum c:enumerator c:type c:expr "
               "c:texpr cpp:any cpp:class cpp:struct cpp:func cpp:member cpp:var cpp:type cpp:concept cpp:enum "
               "cpp:enumerator cpp:expr cpp:texpr js:func js:meth js:class js:data js:attr js:mod rst:dir rst:role "
               "math:numref eq")) {
        addRole(role);
    }
}

const RstDirectiveRegistry &RstDirectiveRegistry::instance()
{
    static const RstDirectiveRegistry registry;
    return registry;
}

const RstDirectiveRegistry::Directive *RstDirectiveRegistry::directive(const QString &name) const
{
    const auto it = m_directives.constFind(name.toLower());
    return it == m_directives.constEnd() ? nullptr : &it.value();
}

bool RstDirectiveRegistry::hasRole(const QString &name) const
{
    return m_roles.contains(roleName(name));
}

QString RstDirectiveRegistry::roleName(const QString &written)
{
    static const QStringList standard{QStringLiteral("doc"),      QStringLiteral("ref"),    QStringLiteral("term"),
                                      QStringLiteral("program"),  QStringLiteral("option"), QStringLiteral("envvar"),
                                      QStringLiteral("download"), QStringLiteral("numref"), QStringLiteral("keyword"),
                                      QStringLiteral("token")};
    const QString name = written.toLower();
    return name.startsWith(QLatin1String("std:")) && standard.contains(name.mid(4)) ? name.mid(4) : name;
}

void RstDirectiveRegistry::addDirective(const Directive &directive)
{
    m_directives.insert(directive.name.toLower(), directive);
}

void RstDirectiveRegistry::addRole(const QString &name)
{
    m_roles.insert(name.toLower());
}

QStringList RstDirectiveRegistry::directiveNames() const
{
    QStringList names = m_directives.keys();
    names.sort();
    return names;
}

QStringList RstDirectiveRegistry::roleNames() const
{
    QStringList names(m_roles.cbegin(), m_roles.cend());
    names.sort();
    return names;
}

} // namespace Specwright::Core
