// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstmiscdirectives.h"

#include "rstdirectivecall.h"
#include "rstmarkers.h"
#include "rsttext.h"

#include <QDate>
#include <QLocale>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;
using Directive = RstDirectiveRegistry::Directive;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

void runInclude(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    host.include(call.arguments.value(0), call.options, call.range, parent, call.depth);
}

// docutils' Raw: its text comes from the content or from a file or URL, never both.
void runRaw(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    for (const auto &option : call.options) {
        if (option.first == QLatin1String("file")) {
            host.fileInReach(option.second, call.range, QLatin1String("Include"));
        }
    }
    const bool external = call.hasOption(QStringLiteral("file")) || call.hasOption(QStringLiteral("url"));
    if (call.content.empty() && !external) {
        call.report(
            host, MessageId::DirectiveError, Severity::Error,
            QStringLiteral("Content block expected for the \"%1\" directive; none found.").arg(call.writtenName));
        return;
    }
    if (!call.content.empty() && external) {
        call.report(host, MessageId::DirectiveError, Severity::Error,
                    QStringLiteral("\"%1\" directive may not both specify an external file and have content.")
                        .arg(call.writtenName));
        return;
    }
    RstNode node = call.node();
    node.text = host.joinedText(call.content);
    if (!call.arguments.isEmpty()) {
        node.editAttributes().prepend({QStringLiteral("format"), call.arguments.constFirst()});
    }
    host.appendShared(parent, std::move(node));
}

QString unicodeText(const QStringList &arguments)
{
    QString text;
    for (const QString &code : arguments.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (code.startsWith(QLatin1String(".."))) {
            break; // a comment follows
        }
        QString digits = code;
        for (const char *prefix : {"0x", "x", "\\x", "U+", "u", "\\u", "&#x"}) {
            if (digits.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
                digits = digits.mid(qstrlen(prefix));
                break;
            }
        }
        bool ok = false;
        const uint value = digits.remove(QLatin1Char(';')).toUInt(&ok, 16);
        if (ok && value <= 0x10FFFF) {
            text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1);
        } else {
            text += code;
        }
    }
    return text;
}

// strftime-style formats, as docutils' date directive uses them: the format is its content.
QString dateText(RstDirectiveHost &host, const RstLines &content)
{
    QString format = host.joinedText(content);
    if (format.isEmpty()) {
        format = QStringLiteral("%Y-%m-%d");
    }
    const QDate today = QDate::currentDate();
    const QList<QPair<QString, QString>> codes = {
        {QStringLiteral("%Y"), today.toString(QStringLiteral("yyyy"))},
        {QStringLiteral("%m"), today.toString(QStringLiteral("MM"))},
        {QStringLiteral("%d"), today.toString(QStringLiteral("dd"))},
        {QStringLiteral("%B"), QLocale::c().monthName(today.month())},
        {QStringLiteral("%b"), QLocale::c().monthName(today.month(), QLocale::ShortFormat)},
        {QStringLiteral("%A"), QLocale::c().dayName(today.dayOfWeek())},
        {QStringLiteral("%a"), QLocale::c().dayName(today.dayOfWeek(), QLocale::ShortFormat)},
        {QStringLiteral("%y"), today.toString(QStringLiteral("yy"))},
        {QStringLiteral("%%"), QStringLiteral("%")}};
    for (const auto &[code, value] : codes) {
        format.replace(code, value);
    }
    return format;
}

// replace, unicode and date: the substitution's text, as a paragraph the definition unwraps.
void runSubstitutionText(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode paragraph;
    paragraph.kind = Kind::Paragraph;
    paragraph.range = call.range;
    if (call.name == QLatin1String("replace")) {
        host.parseInline(paragraph, call.content);
    } else {
        RstNode textNode;
        textNode.kind = Kind::Text;
        textNode.range = call.range;
        textNode.text =
            call.name == QLatin1String("unicode") ? unicodeText(call.arguments) : dateText(host, call.content);
        paragraph.children.push_back(std::move(textNode));
    }
    parent.children.push_back(std::move(paragraph));
}

// docutils' Class: with content, the classes go to the content's elements; alone, to the next one.
void runClass(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    if (call.content.empty()) {
        RstDirectiveCall::append(host, parent, call.node());
    } else {
        host.parseNested(call.content, parent, call.depth);
    }
}

// docutils' Role reads its own block: "custom" or "custom(base)" on the directive's line, then the
// base role's options; anything more is an error.
void runRole(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &)
{
    auto error = [&](MessageId id, Severity severity, const QString &text) { call.report(host, id, severity, text); };
    if (call.content.empty() || call.content.front().line != call.range.startLine) {
        error(MessageId::DirectiveError, Severity::Error,
              QStringLiteral("\"%1\" directive requires arguments on the first line.").arg(call.writtenName));
        return;
    }
    // docutils' pattern: simplename, optionally followed by "(simplename)".
    const QString argumentLine = call.content.front().text.toString();
    const int nameEnd = RstText::simpleNameEnd(argumentLine, 0);
    const QStringView rest = nameEnd > 0 ? QStringView(argumentLine).mid(nameEnd).trimmed() : QStringView();
    bool valid = nameEnd > 0;
    QString base;
    if (valid && !rest.isEmpty()) {
        valid = rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'));
        const QStringView inner = valid ? rest.mid(1, rest.size() - 2).trimmed() : QStringView();
        valid = valid && !inner.isEmpty() && RstText::simpleNameEnd(inner, 0) == inner.size();
        base = inner.toString().toLower();
    }
    if (!valid) {
        error(MessageId::DirectiveError, Severity::Error,
              QStringLiteral("\"%1\" directive arguments not valid role names: \"%2\".")
                  .arg(call.writtenName, argumentLine));
        return;
    }
    if (!base.isEmpty() && !host.hasRole(base)) {
        error(MessageId::UnknownRole, Severity::Info,
              QStringLiteral("No role entry for \"%1\" in module \"docutils.parsers.rst.languages.en\".\n"
                             "Trying \"%1\" as canonical role name.")
                  .arg(base));
        error(MessageId::UnknownRole, Severity::Error,
              QStringLiteral("Unknown interpreted text role \"%1\".").arg(base));
        return;
    }
    // The lines after the name are the base role's options, read as parse_directive_block reads
    // a directive's: a field list before the first blank line and nothing else.
    size_t k = 1;
    while (k < call.content.size() && call.content[k].isBlank()) {
        ++k;
    }
    bool content = false;
    bool inOptions = k < call.content.size() && RstMarkers::fieldMarkerEnd(call.content[k].text, nullptr) >= 0;
    for (; k < call.content.size(); ++k) {
        const RstLineRef &line = call.content[k];
        if (line.isBlank()) {
            inOptions = false;
        } else if (!inOptions || (line.indent() == 0 && RstMarkers::fieldMarkerEnd(line.text, nullptr) < 0)) {
            content = true;
        }
    }
    if (content) {
        error(MessageId::DirectiveError, Severity::Error,
              QStringLiteral("Error in \"%1\" directive:\nno content permitted.").arg(call.writtenName));
        return;
    }
    host.defineRole(argumentLine.left(nameEnd).toLower());
}

void runDefaultRole(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &)
{
    const QString role = call.arguments.value(0).toLower();
    host.setDefaultRole(role);
    if (!role.isEmpty() && !host.hasRole(role)) {
        call.report(host, MessageId::UnknownRole, Severity::Error,
                    QStringLiteral("Unknown interpreted text role \"%1\".").arg(role));
    }
}

// One meta node per field, placed at the start of the document (docutils' Meta directive).
void runMeta(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &)
{
    for (const RstLineRef &line : call.content) {
        if (RstMarkers::fieldMarkerEnd(line.text, nullptr) >= 0) {
            RstNode meta;
            meta.kind = Kind::Pending;
            meta.setName(QStringLiteral("meta"));
            meta.range = {line.line, line.column, line.line, int(line.column + line.text.size())};
            host.addMeta(std::move(meta));
        }
    }
}

// title sets the document's metadata title: nothing in the body.
void runTitle(RstDirectiveHost &, const RstDirectiveCall &, RstNode &) {}

void runPending(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstDirectiveCall::append(host, parent, call.node());
}

} // namespace

void RstMiscDirectives::addTo(RstDirectiveRegistry &registry)
{
    registry.addDirective(
        {QStringLiteral("include"), Kind::Pending, 1, 0, true, Content::None, false,
         RstDirectiveRegistry::words(
             "literal code encoding tab-width start-line end-line start-after end-before number-lines class name "
             "parser")},
        &runInclude);
    registry.addDirective({QStringLiteral("raw"), Kind::Raw, 1, 0, true, Content::Literal, false,
                           RstDirectiveRegistry::words("file url encoding class")},
                          &runRaw);
    Directive replace{QStringLiteral("replace"), Kind::Text, 0, 0, false, Content::Parsed, true, {}};
    Directive unicode{QStringLiteral("unicode"),
                      Kind::Text,
                      1,
                      0,
                      true,
                      Content::None,
                      false,
                      RstDirectiveRegistry::words("trim ltrim rtrim")};
    // docutils' Date takes no argument: text on its line, or after it, is the format (content).
    Directive date{QStringLiteral("date"), Kind::Text, 0, 0, false, Content::Opaque, false, {}};
    for (Directive *substitution : {&replace, &unicode, &date}) {
        substitution->substitutionOnly = true;
        registry.addDirective(*substitution, &runSubstitutionText);
    }
    registry.addDirective({QStringLiteral("class"), Kind::Pending, 1, 0, true, Content::Body, false, {}}, &runClass);
    // The role directive reads its name from its content's first line, as docutils' does.
    registry.addDirective({QStringLiteral("role"), Kind::Pending, 0, 0, false, Content::Opaque, false, {}, true},
                          &runRole);
    registry.addDirective({QStringLiteral("default-role"), Kind::Pending, 0, 1, false, Content::None, false, {}},
                          &runDefaultRole);
    registry.addDirective({QStringLiteral("title"), Kind::Pending, 1, 0, true, Content::None, false, {}}, &runTitle);
    registry.addDirective({QStringLiteral("meta"), Kind::Pending, 0, 0, false, Content::Opaque, true, {}}, &runMeta);
    registry.addDirective({QStringLiteral("target-notes"), Kind::Pending, 0, 0, false, Content::None, false,
                           RstDirectiveRegistry::words("class name")},
                          &runPending);
}

} // namespace Specwright::Core
