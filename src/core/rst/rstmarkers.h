// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Specwright::Core {

/**
 * The markers that start RST body constructs, scanned the way docutils' Body state matches
 * its transition patterns (docutils/parsers/rst/states.py, Body.patterns): bullets,
 * enumerators, field markers, option markers, table borders and adornment lines.
 *
 * Each scanner looks at one line as the parser sees it: tabs expanded and trailing whitespace
 * removed (RstText::linesOf()), the marker at column 0. Ends and positions are indices into
 * that line.
 *
 * \note Reentrant: pure functions of their arguments.
 * \sa RstBlockParser
 */
class RstMarkers final
{
public:
    /**
     * Whether \a text starts with the ASCII \a prefix: asked for every line parsed, so compared in
     * place, without a call into the general string comparison.
     */
    template<size_t N>
    static bool startsWithAscii(QStringView text, const char (&prefix)[N])
    {
        constexpr qsizetype length = qsizetype(N) - 1;
        if (text.size() < length) {
            return false;
        }
        for (qsizetype k = 0; k < length; ++k) {
            if (text[k].unicode() != char16_t(prefix[k])) {
                return false;
            }
        }
        return true;
    }

    /** docutils' enumerator formats: "1." (period), "(1)" (parens) and "1)" (rparen). */
    enum class EnumeratorFormat { Period, Parens, RParen };
    /** docutils' enumerator sequences; Auto is the "#" enumerator, None no sequence. */
    enum class EnumeratorSequence { None, Auto, Arabic, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman };

    /** One enumerator as docutils' Body.parse_enumerator() analyses it. */
    struct Enumerator
    {
        EnumeratorFormat format = EnumeratorFormat::Period;
        EnumeratorSequence sequence = EnumeratorSequence::None;
        QStringView text;   ///< The marker without its punctuation, a view of the scanned line
        int ordinal = 0;    ///< 0 when not valid; -1 for a non-canonical roman numeral (docutils' None)
        int end = 0;        ///< Index after the marker and its spaces
        bool valid = false; ///< Whether the enumerator pattern matched with a known sequence
    };

    /** Whether \a c is in docutils' "nonalphanum7bit" class, [!-/:-@[-`{-~]. */
    static bool isPunctuation7Bit(QChar c);

    /**
     * Whether \a text matches docutils' "line" pattern, one 7-bit punctuation character
     * repeated: a section title's adornment or a transition. \a text has no trailing spaces.
     */
    static bool isAdornment(QStringView text);

    /**
     * docutils' "bullet" pattern, [-+*\\u2022\\u2023\\u2043]( +|$): the index after the
     * bullet and its spaces, or -1 when \a text starts no bullet list item.
     */
    static int bulletMarkerEnd(QStringView text);

    /** The pattern fragment "( +|$)" at \a p: the index after the spaces, \a p at the end of \a text, else -1. */
    static int spacesOrEnd(QStringView text, int p);

    /**
     * The enumtype docutils gives an enumerated list of \a sequence ("arabic", "loweralpha", …;
     * "arabic" for Auto), or an empty string for None.
     */
    static QString sequenceName(EnumeratorSequence sequence);

    /**
     * The value of the roman numeral \a roman in either case (docutils' roman.fromRoman()),
     * or 0 when it is not a canonical numeral.
     */
    static int romanToInt(QStringView roman);

    /** \a value (1 or more) as a lower-case roman numeral (docutils' roman.toRoman(), lower-cased). */
    static QString intToRoman(int value);

    /**
     * docutils' "enumerator" pattern followed by Body.parse_enumerator(): the enumerator at the
     * start of \a text, its format, sequence and ordinal, and in \c end the index after it and its
     * spaces. \c valid is false when the pattern does not match. A roman numeral that is not
     * canonical ("iiii") is valid with ordinal -1 (docutils' None). \a expectedSequence, the
     * sequence of the list being continued, is tried first, as in docutils.
     */
    static Enumerator parseEnumerator(QStringView text, EnumeratorSequence expectedSequence = EnumeratorSequence::None);

    /**
     * The enumerator of \a ordinal in \a sequence and \a format, as docutils' Body.make_enumerator()
     * builds the next item's marker (without its trailing space): "2.", "(b)", "iv)" or "#.".
     * Empty when \a ordinal has no enumerator in \a sequence (alphabetic beyond 26) or for None.
     */
    static QString formatEnumerator(EnumeratorSequence sequence, EnumeratorFormat format, int ordinal);

    /**
     * docutils' "field_marker" pattern, ":name:" followed by spaces or the end, where the name
     * does not start with a space or colon, does not end with a space, and may hold
     * backslash-escaped characters and colons not followed by a space, backquote or the end.
     * Returns the index after the marker and its spaces, or -1; sets \a name (when not null) to
     * the name as written, backslashes included.
     */
    static int fieldMarkerEnd(QStringView text, QString *name);

    /**
     * One option of docutils' "option" pattern at \a p: a short option ("-a", "+a") or a long one
     * ("--all", "/V"), with an optional argument after "=" or a space ("FILE", "<a b>"). Returns
     * the index after it, or -1 when no option starts at \a p; sets \a optionString and, when there
     * is an argument, \a argument and \a delimiter (both cleared otherwise). A space-delimited word
     * that is not followed by a space, ", " or the end is not taken as the argument.
     */
    static int optionEnd(QStringView text, int p, QString *optionString, QString *argument, QString *delimiter);

    /**
     * docutils' "option_marker" pattern, options separated by ", " and followed by two or more
     * spaces or the end: whether \a text starts an option list item, with \a descriptionStart set
     * to the index of the description (the end of \a text when there is none on this line).
     */
    static bool isOptionListLine(QStringView text, int *descriptionStart);

    /** Whether \a text matches docutils' "grid_table_top" pattern, \\+-[-+]+-\\+ *$ ("+---+---+"). */
    static bool isGridBorder(QStringView text);

    /**
     * With \a top, whether \a text matches docutils' "simple_table_top" pattern, =+( +=+)+ *$ (at
     * least two columns: "=== ==="); without, its simple_table_border_pat, =+[ =]*$, which also
     * takes a one-column border ("=====").
     */
    static bool isSimpleBorder(QStringView text, bool top);

    /**
     * Whether \a text, not indented, matches one of docutils' Body transitions other than "text":
     * a bullet, enumerator, field marker, option marker, ">>>", "|", table top, "..", "__" or
     * adornment line. A paragraph-like line that does, ends a definition list.
     */
    static bool startsBodyConstruct(QStringView text);

private:
    static bool allOf(QStringView text, bool (*pred)(QChar));
};

} // namespace Specwright::Core
