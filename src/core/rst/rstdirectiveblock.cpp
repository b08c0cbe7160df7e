// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstdirectiveblock.h"

#include "rstmarkers.h"
#include "rsttext.h"

#include <QRegularExpression>

namespace Specwright::Core {

namespace {

// Python's repr() of an option value, as docutils quotes it in its messages.
QString pythonRepr(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("None") : QLatin1Char('\'') + value + QLatin1Char('\'');
}

// What docutils' (or Sphinx's) converter for option \a name says of \a value; empty when it takes it.
// Flags, required values and toctree's numbers are checked only for a directive whose options are
// all \a known: a Sphinx directive taking any option may mean another thing by the same name.
QString optionValueProblem(const QString &directive, const QString &name, const QString &value, bool known)
{
    auto invalid = [&](const QString &detail) {
        return QStringLiteral("invalid option value: (option: \"%1\"; value: %2)\n%3")
            .arg(name, pythonRepr(value), detail);
    };
    auto notAnInteger = [](const QString &word) {
        bool ok = false;
        word.trimmed().toInt(&ok);
        return ok ? QString() : QStringLiteral("invalid literal for int() with base 10: %1").arg(pythonRepr(word));
    };
    static const QStringList integerOptions = {QStringLiteral("header-rows"), QStringLiteral("stub-columns"),
                                               QStringLiteral("depth"), QStringLiteral("lineno-start"),
                                               QStringLiteral("start")};
    static const QStringList flagOptions = {QStringLiteral("local"),         QStringLiteral("literal"),
                                            QStringLiteral("glob"),          QStringLiteral("hidden"),
                                            QStringLiteral("includehidden"), QStringLiteral("titlesonly"),
                                            QStringLiteral("reversed"),      QStringLiteral("force"),
                                            QStringLiteral("linenos"),       QStringLiteral("keepspace")};
    static const QStringList requiredOptions = {QStringLiteral("caption"), QStringLiteral("emphasize-lines")};
    static const QStringList lengthOptions = {QStringLiteral("width"), QStringLiteral("height"),
                                              QStringLiteral("figwidth")};
    static const QRegularExpression length(
        QStringLiteral("^\\d+(\\.\\d*)?\\s*(em|ex|px|in|cm|mm|pt|pc|%|vw|vh|ch|rem|vmin|vmax|Q)?$"));
    const bool integer =
        integerOptions.contains(name) ||
        (known && (name == QLatin1String("maxdepth") || (name == QLatin1String("numbered") && !value.isEmpty())));
    if (integer) {
        const QString problem = notAnInteger(value);
        return problem.isEmpty() ? problem : invalid(problem);
    }
    if (known && flagOptions.contains(name) && !value.isEmpty()) {
        return invalid(QStringLiteral("no argument is allowed; \"%1\" supplied").arg(value));
    }
    if (known && requiredOptions.contains(name) && value.isEmpty()) {
        return invalid(QStringLiteral("argument required but none supplied"));
    }
    if (name == QLatin1String("widths") && value != QLatin1String("auto") && value != QLatin1String("grid")) {
        // docutils' positive_int_list: comma- or space-separated positive integers.
        const QStringList entries = value.contains(QLatin1Char(','))
                                        ? value.split(QLatin1Char(','))
                                        : value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            if (const QString problem = notAnInteger(entry); !problem.isEmpty()) {
                return invalid(problem);
            }
            if (entry.trimmed().toInt() < 1) {
                return invalid(QStringLiteral("negative or zero value; must be positive"));
            }
        }
        return entries.isEmpty() ? invalid(QStringLiteral("argument required but none supplied")) : QString();
    }
    if (name == QLatin1String("align") && known) {
        // docutils' choice(): the image's own list, left/center/right for figures and tables.
        static const QStringList imageAlign = {QStringLiteral("top"),    QStringLiteral("middle"),
                                               QStringLiteral("bottom"), QStringLiteral("left"),
                                               QStringLiteral("center"), QStringLiteral("right")};
        static const QStringList blockAlign = {QStringLiteral("left"), QStringLiteral("center"),
                                               QStringLiteral("right")};
        const QStringList &choices = directive == QLatin1String("image") ? imageAlign : blockAlign;
        if (!choices.contains(value.toLower())) {
            QStringList quoted;
            for (const QString &choice : choices) {
                quoted.append(QLatin1Char('"') + choice + QLatin1Char('"'));
            }
            const QString last = quoted.takeLast();
            return invalid(QStringLiteral("\"%1\" unknown; choose from %2, or %3")
                               .arg(value, quoted.join(QStringLiteral(", ")), last));
        }
    }
    if (lengthOptions.contains(name) && !(name == QLatin1String("figwidth") && value == QLatin1String("image")) &&
        !length.match(value).hasMatch()) {
        return invalid(QStringLiteral("not a positive measure of one of the following units:\nem ex px in cm mm pt pc "
                                      "% vw vh ch rem vmin vmax Q or \"\""));
    }
    return QString();
}

} // namespace

RstDirectiveBlock RstDirectiveBlock::read(const RstDirectiveRegistry::Directive &spec, const RstLines &block)
{
    const QString name = spec.name;
    RstDirectiveBlock result;
    RstLines indentedLines = block;
    if (!indentedLines.empty() && indentedLines.front().isBlank()) {
        indentedLines.erase(indentedLines.begin());
    }
    while (!indentedLines.empty() && indentedLines.back().isBlank()) {
        indentedLines.pop_back();
    }
    const bool takesArguments = spec.requiredArguments > 0 || spec.optionalArguments > 0;
    const bool takesOptions = !spec.options.isEmpty() || spec.anyOption;
    RstLines argBlock;
    RstLines content;
    int blankAt = int(indentedLines.size());
    if (!indentedLines.empty() && (takesArguments || takesOptions)) {
        for (int k = 0; k < int(indentedLines.size()); ++k) {
            if (indentedLines[k].isBlank()) {
                blankAt = k;
                break;
            }
        }
        argBlock.assign(indentedLines.begin(), indentedLines.begin() + blankAt);
        if (blankAt + 1 <= int(indentedLines.size())) {
            content.assign(indentedLines.begin() + qMin(blankAt + 1, int(indentedLines.size())), indentedLines.end());
        }
    } else {
        content = indentedLines;
    }
    auto directiveError = [&](const QString &detail) {
        result.error = detail;
        return result;
    };
    QList<QPair<QString, QString>> options;
    if (takesOptions) {
        int optionStart = -1;
        for (int k = 0; k < int(argBlock.size()); ++k) {
            if (RstMarkers::fieldMarkerEnd(argBlock[k].text, nullptr) >= 0) {
                optionStart = k;
                break;
            }
        }
        if (optionStart >= 0) {
            RstLines optionBlock(argBlock.begin() + optionStart, argBlock.end());
            argBlock.resize(optionStart);
            result.optionBlock = optionBlock;
            for (int k = 0; k < int(optionBlock.size());) {
                QString optionName;
                const int end = RstMarkers::fieldMarkerEnd(optionBlock[k].text, &optionName);
                if (end < 0) {
                    return directiveError(QStringLiteral("invalid option block"));
                }
                QString value = optionBlock[k].text.mid(end).toString();
                ++k;
                while (k < int(optionBlock.size()) && optionBlock[k].indent() > 0) {
                    value += QLatin1Char('\n') + optionBlock[k].text.trimmed().toString();
                    ++k;
                }
                // docutils takes an option's name from its field name read as inline text:
                // "maxdepth_" is a reference whose text is "maxdepth".
                int nameEnd = int(optionName.size());
                while (nameEnd > 0 && optionName.at(nameEnd - 1) == QLatin1Char('_') &&
                       optionName.size() - nameEnd < 2) {
                    --nameEnd;
                }
                if (nameEnd < optionName.size() && nameEnd > 0 && RstText::simpleNameEnd(optionName, 0) == nameEnd) {
                    optionName.truncate(nameEnd);
                }
                optionName = optionName.toLower();
                if (!spec.anyOption && !spec.options.contains(optionName)) {
                    return directiveError(QStringLiteral("unknown option: \"%1\"").arg(optionName));
                }
                for (const auto &existing : std::as_const(options)) {
                    if (existing.first == optionName) {
                        return directiveError(QStringLiteral("duplicate option \"%1\"").arg(optionName));
                    }
                }
                const QString problem =
                    optionValueProblem(name.toLower(), optionName, value.trimmed(), !spec.anyOption);
                if (!problem.isEmpty()) {
                    return directiveError(problem);
                }
                options.append({optionName, value.trimmed()});
            }
        }
    }
    if (!argBlock.empty() && !takesArguments) {
        RstLines merged = argBlock;
        if (blankAt < int(indentedLines.size())) {
            merged.insert(merged.end(), indentedLines.begin() + blankAt, indentedLines.end());
        }
        content = merged;
        argBlock.clear();
    }
    while (!content.empty() && content.front().isBlank()) {
        content.erase(content.begin());
    }
    QStringList arguments;
    if (takesArguments) {
        QString argText;
        for (const RstLineRef &line : argBlock) {
            argText += (argText.isEmpty() ? QString() : QStringLiteral("\n")) + line.text;
        }
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        static const QRegularExpression oneSpace(QStringLiteral("\\s"));
        arguments = argText.split(whitespace, Qt::SkipEmptyParts);
        const int maximum = spec.requiredArguments + spec.optionalArguments;
        if (arguments.size() < spec.requiredArguments) {
            return directiveError(QStringLiteral("%1 argument(s) required, %2 supplied")
                                      .arg(spec.requiredArguments)
                                      .arg(arguments.size()));
        }
        if (arguments.size() > maximum) {
            if (spec.finalArgumentWhitespace && maximum > 0) {
                // Split off maximum-1 words; the rest (whitespace kept) is the last argument.
                QStringList split;
                QString rest = argText.trimmed();
                for (int k = 0; k < maximum - 1; ++k) {
                    const int space = int(rest.indexOf(oneSpace));
                    split.append(rest.left(space));
                    rest = rest.mid(space).trimmed();
                }
                split.append(rest);
                arguments = split;
            } else {
                return directiveError(
                    QStringLiteral("maximum %1 argument(s) allowed, %2 supplied").arg(maximum).arg(arguments.size()));
            }
        } else if (spec.finalArgumentWhitespace && arguments.size() == maximum && maximum > 0) {
            QString rest = argText.trimmed();
            QStringList split;
            for (int k = 0; k < maximum - 1; ++k) {
                const int space = int(rest.indexOf(oneSpace));
                split.append(rest.left(space));
                rest = rest.mid(space).trimmed();
            }
            split.append(rest);
            arguments = split;
        }
    }
    if (!content.empty() && spec.content == RstDirectiveRegistry::Content::None) {
        return directiveError(QStringLiteral("no content permitted"));
    }
    result.arguments = arguments;
    result.options = options;
    result.content = content;
    return result;
}

} // namespace Specwright::Core
