// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttabledirectives.h"

#include "rstdirectivecall.h"

#include <optional>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

RstNode tableGroup(std::vector<RstNode> rows, int columns, int headerRows, const SourceRange &range)
{
    // docutils' table structure: tgroup > colspec…, thead (the first headerRows rows), tbody.
    RstNode group;
    group.kind = Kind::TableGroup;
    group.range = range;
    group.editAttributes().append({QStringLiteral("cols"), QString::number(columns)});
    for (int c = 0; c < columns; ++c) {
        RstNode spec;
        spec.kind = Kind::ColumnSpec;
        spec.range = range;
        group.children.push_back(std::move(spec));
    }
    RstNode head;
    head.kind = Kind::TableHead;
    head.range = range;
    RstNode body;
    body.kind = Kind::TableBody;
    body.range = range;
    for (size_t r = 0; r < rows.size(); ++r) {
        (int(r) < headerRows ? head : body).children.push_back(std::move(rows[r]));
    }
    if (!head.children.empty()) {
        group.children.push_back(std::move(head));
    }
    group.children.push_back(std::move(body));
    return group;
}

void buildListTable(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &table)
{
    const QString &name = call.writtenName;
    const RstDirectiveHost::Options &options = call.options;
    const RstLines &content = call.content;
    const SourceRange &range = call.range;
    if (content.empty()) {
        host.message(MessageId::DirectiveError, Severity::Error,
                     QStringLiteral("The \"%1\" directive is empty; content required.").arg(name), range);
        return table.children.clear();
    }
    const qsizetype references = host.referenceCount();
    RstNode holder;
    host.parseNested(content, holder, call.depth);
    auto fail = [&](const QString &detail) {
        host.forgetReferencesFrom(references);
        host.message(MessageId::DirectiveError, Severity::Error,
                     QStringLiteral("Error parsing content block for the \"%1\" directive: %2").arg(name, detail),
                     range);
        table.children.clear();
    };
    if (holder.children.size() != 1 || holder.children.front().kind != Kind::BulletList) {
        fail(QStringLiteral("exactly one bullet list expected."));
        return;
    }
    const RstNode &rows = holder.children.front();
    int columns = -1;
    for (size_t r = 0; r < rows.children.size(); ++r) {
        const RstNode &item = rows.children[r];
        if (item.children.size() != 1 || item.children.front().kind != Kind::BulletList) {
            fail(QStringLiteral("two-level bullet list expected, but row %1 does not contain a second-level bullet "
                                "list.")
                     .arg(r + 1));
            return;
        }
        const int count = int(item.children.front().children.size());
        if (columns < 0) {
            columns = count;
        } else if (count != columns) {
            fail(QStringLiteral("uniform two-level bullet list expected, but row %1 does not contain the same number "
                                "of items as row 1 (%2 vs %3).")
                     .arg(r + 1)
                     .arg(count)
                     .arg(columns));
            return;
        }
    }
    int headerRows = 0;
    for (const auto &option : options) {
        if (option.first == QLatin1String("header-rows")) {
            headerRows = option.second.toInt();
        }
    }
    if (headerRows >= int(rows.children.size())) {
        host.forgetReferencesFrom(references);
        host.message(
            MessageId::DirectiveError, Severity::Error,
            QStringLiteral("%1 header row(s) specified but only %2 row(s) of data supplied (\"%3\" directive).")
                .arg(headerRows)
                .arg(rows.children.size())
                .arg(name),
            range);
        table.children.clear();
        return;
    }
    std::vector<RstNode> tableRows;
    for (const RstNode &item : rows.children) {
        RstNode row;
        row.kind = Kind::Row;
        row.range = item.range;
        for (const RstNode &cell : item.children.front().children) {
            RstNode entry = cell;
            entry.kind = Kind::Entry;
            row.children.push_back(std::move(entry));
        }
        tableRows.push_back(std::move(row));
    }
    table.children.push_back(tableGroup(std::move(tableRows), columns, headerRows, range));
}

void buildCsvTable(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &table)
{
    const RstDirectiveHost::Options &options = call.options;
    const RstLines &content = call.content;
    const SourceRange &range = call.range;
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
    int headerRows = 0;
    QString header;
    auto fail = [&](Severity severity, const QString &text) {
        host.message(MessageId::DirectiveError, severity, text, range);
        table.children.clear();
    };
    const bool external = std::any_of(options.begin(), options.end(), [](const auto &option) {
        return option.first == QLatin1String("file") || option.first == QLatin1String("url");
    });
    if (content.empty() && !external) {
        return fail(Severity::Warning, QStringLiteral("The \"csv-table\" directive requires content; none supplied."));
    }
    if (!content.empty() && external) {
        return fail(Severity::Error,
                    QStringLiteral("\"csv-table\" directive may not both specify an external file and have content."));
    }
    for (const auto &option : options) {
        if (option.first == QLatin1String("delim") && !option.second.isEmpty()) {
            delimiter = option.second == QLatin1String("tab") ? QLatin1Char('\t') : option.second.front();
        } else if (option.first == QLatin1String("quote") && !option.second.isEmpty()) {
            quote = option.second.front();
        } else if (option.first == QLatin1String("header-rows")) {
            headerRows = option.second.toInt();
        } else if (option.first == QLatin1String("header")) {
            header = option.second;
        } else if (option.first == QLatin1String("file") || option.first == QLatin1String("url")) {
            host.message(MessageId::OtherMarkup, Severity::Warning,
                         QStringLiteral("\"csv-table\" data from a file or URL is not shown in the preview."),
                         call.firstLine());
        }
    }
    // One CSV record per row, read as Python's csv module reads it in docutils' strict dialect
    // (skipinitialspace, doublequote): a quote opens a quoted field only at the field's start;
    // one still open at a line's end carries the field, and its row, on to the next line; after
    // a closing quote only the delimiter or the line's end may come.
    enum class State { StartField, InField, InQuoted, QuoteInQuoted };
    QString csvError;
    auto parseCsv = [&](const RstLines &lines) {
        std::vector<std::vector<RstLines>> rows;
        std::vector<RstLines> row;
        RstLines cell;
        QString value;
        RstLineRef valueAt;
        State state = State::StartField;
        // The cell's lines keep their own positions; the first is trimmed, the others only at their end.
        auto keepLine = [&] {
            QString piece = cell.empty() ? value.trimmed() : value;
            while (!piece.isEmpty() && piece.back().isSpace()) {
                piece.chop(1);
            }
            cell.push_back({valueAt.line, valueAt.column, host.keep(piece)});
            value.clear();
        };
        auto finishCell = [&] {
            keepLine();
            row.push_back(std::move(cell));
            cell.clear();
        };
        for (const RstLineRef &line : lines) {
            const QStringView text = line.text;
            if (state == State::InQuoted) {
                keepLine(); // the field goes on: its next line
            } else {
                state = State::StartField;
            }
            valueAt = {line.line, line.column, {}};
            for (int p = 0; p < text.size() && csvError.isEmpty(); ++p) {
                const QChar c = text.at(p);
                switch (state) {
                case State::StartField:
                    if (c == quote) {
                        state = State::InQuoted;
                    } else if (c == delimiter) {
                        finishCell();
                        valueAt.column = line.column + p + 1;
                    } else if (c != QLatin1Char(' ')) {
                        value += c;
                        state = State::InField;
                    }
                    break;
                case State::InField:
                    if (c == delimiter) {
                        finishCell();
                        valueAt.column = line.column + p + 1;
                        state = State::StartField;
                    } else {
                        value += c; // a quote inside an unquoted field is text
                    }
                    break;
                case State::InQuoted:
                    if (c == quote) {
                        state = State::QuoteInQuoted;
                    } else {
                        value += c;
                    }
                    break;
                case State::QuoteInQuoted:
                    if (c == quote) {
                        value += quote; // doubled: one quote in the text
                        state = State::InQuoted;
                    } else if (c == delimiter) {
                        finishCell();
                        valueAt.column = line.column + p + 1;
                        state = State::StartField;
                    } else {
                        csvError = QStringLiteral("'%1' expected after '%2'").arg(delimiter, quote);
                    }
                    break;
                }
            }
            if (state != State::InQuoted) {
                finishCell();
                rows.push_back(std::move(row));
                row.clear();
            }
        }
        if (state == State::InQuoted && csvError.isEmpty()) {
            csvError = QStringLiteral("unexpected end of data");
        }
        return rows;
    };
    std::vector<std::vector<RstLines>> rows;
    if (!header.isEmpty()) {
        RstLines headerLines{{range.startLine, range.startColumn, host.keep(header)}};
        rows = parseCsv(headerLines);
        headerRows += int(rows.size());
    }
    auto body = parseCsv(content);
    rows.insert(rows.end(), body.begin(), body.end());
    if (!csvError.isEmpty()) {
        return fail(Severity::Error, QStringLiteral("Error with CSV data in \"csv-table\" directive:\n") + csvError);
    }
    if (body.empty()) {
        return table.children.clear(); // data from a file or URL, which the preview does not read
    }
    int columns = 0;
    for (const auto &row : rows) {
        columns = qMax(columns, int(row.size()));
    }
    std::vector<RstNode> tableRows;
    for (const auto &cells : rows) {
        RstNode row;
        row.kind = Kind::Row;
        row.range = range;
        for (int c = 0; c < columns; ++c) {
            RstNode entry;
            entry.kind = Kind::Entry;
            entry.range = range;
            if (c < int(cells.size()) &&
                std::any_of(cells[c].begin(), cells[c].end(), [](const RstLineRef &line) { return !line.isBlank(); })) {
                host.parseNested(cells[c], entry, call.depth);
            }
            row.children.push_back(std::move(entry));
        }
        tableRows.push_back(std::move(row));
    }
    table.children.push_back(tableGroup(std::move(tableRows), columns, headerRows, range));
}

void runTable(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    // docutils' Table checks its content itself: a WARNING, not the generic ERROR.
    if (call.content.empty()) {
        call.report(
            host, MessageId::DirectiveError, Severity::Warning,
            QStringLiteral("Content block expected for the \"%1\" directive; none found.").arg(call.writtenName));
        return;
    }
    std::optional<RstNode> title;
    if (!call.arguments.isEmpty()) {
        title = call.title(host, call.arguments.constFirst());
    }
    const qsizetype references = host.referenceCount();
    RstNode holder;
    host.parseNested(call.content, holder, call.depth);
    if (holder.children.size() != 1 || holder.children.front().kind != Kind::Table) {
        host.forgetReferencesFrom(references);
        call.report(host, MessageId::DirectiveError, Severity::Error,
                    QStringLiteral("Error parsing content block for the \"%1\" directive: exactly one table expected.")
                        .arg(call.writtenName));
        return;
    }
    RstNode table = std::move(holder.children.front());
    if (title) {
        table.children.insert(table.children.begin(), std::move(*title));
    }
    table.range = call.range;
    table.editAttributes() = call.options;
    RstDirectiveCall::append(host, parent, std::move(table));
}

void runListTable(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (!call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    }
    buildListTable(host, call, node);
    if (!node.children.empty()) {
        parent.children.push_back(std::move(node));
    }
}

void runCsvTable(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    // The preview reads no file, but none may be named outside the repository.
    for (const auto &option : call.options) {
        if (option.first == QLatin1String("file")) {
            host.fileInReach(option.second, call.range, QLatin1String("Include"));
        }
    }
    RstNode node = call.node();
    if (!call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    }
    buildCsvTable(host, call, node);
    if (!node.children.empty()) {
        parent.children.push_back(std::move(node));
    }
}

} // namespace

void RstTableDirectives::addTo(RstDirectiveRegistry &registry)
{
    // list-table and csv-table check their content themselves, each with its own words.
    registry.addDirective({QStringLiteral("list-table"), Kind::Table, 0, 1, true, Content::ListTable, false,
                           RstDirectiveRegistry::words("header-rows stub-columns width widths class name align")},
                          &runListTable);
    registry.addDirective(
        {QStringLiteral("csv-table"), Kind::Table, 0, 1, true, Content::CsvTable, false,
         RstDirectiveRegistry::words(
             "header-rows stub-columns header width widths file url encoding class name align delim quote "
             "keepspace escape")},
        &runCsvTable);
    registry.addDirective({QStringLiteral("table"), Kind::Table, 0, 1, true, Content::Body, false,
                           RstDirectiveRegistry::words("class name align width widths")},
                          &runTable);
}

} // namespace Specwright::Core
