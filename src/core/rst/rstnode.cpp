// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstnode.h"

namespace Specwright::Core {

// Trees of big specs hold hundreds of thousands of nodes: keep the name and attributes out of line.
static_assert(sizeof(RstNode) <= 64);

bool RstNode::hasOwnPlainText() const
{
    switch (kind) {
    case Kind::Text:
    case Kind::Literal:
    case Kind::InterpretedText:
    case Kind::FootnoteReference:
    case Kind::CitationReference:
    case Kind::SubstitutionReference:
    case Kind::InlineTarget:
    case Kind::Problematic:
        return true;
    case Kind::Reference:
        return children.empty();
    default:
        return false;
    }
}

QString RstNode::plainText() const
{
    if (hasOwnPlainText()) {
        return text; // shared, not copied
    }
    QString out;
    visitPlainText([&out](QStringView piece) {
        out += piece;
        return true;
    });
    return out;
}

QString RstNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Document:
        return QStringLiteral("document");
    case Kind::Section:
        return QStringLiteral("section");
    case Kind::Title:
        return QStringLiteral("title");
    case Kind::Subtitle:
        return QStringLiteral("subtitle");
    case Kind::Transition:
        return QStringLiteral("transition");
    case Kind::Paragraph:
        return QStringLiteral("paragraph");
    case Kind::BulletList:
        return QStringLiteral("bullet_list");
    case Kind::EnumeratedList:
        return QStringLiteral("enumerated_list");
    case Kind::ListItem:
        return QStringLiteral("list_item");
    case Kind::DefinitionList:
        return QStringLiteral("definition_list");
    case Kind::DefinitionListItem:
        return QStringLiteral("definition_list_item");
    case Kind::Term:
        return QStringLiteral("term");
    case Kind::Classifier:
        return QStringLiteral("classifier");
    case Kind::Definition:
        return QStringLiteral("definition");
    case Kind::FieldList:
        return QStringLiteral("field_list");
    case Kind::Field:
        return QStringLiteral("field");
    case Kind::FieldName:
        return QStringLiteral("field_name");
    case Kind::FieldBody:
        return QStringLiteral("field_body");
    case Kind::OptionList:
        return QStringLiteral("option_list");
    case Kind::OptionListItem:
        return QStringLiteral("option_list_item");
    case Kind::OptionGroup:
        return QStringLiteral("option_group");
    case Kind::Option:
        return QStringLiteral("option");
    case Kind::OptionString:
        return QStringLiteral("option_string");
    case Kind::OptionArgument:
        return QStringLiteral("option_argument");
    case Kind::Description:
        return QStringLiteral("description");
    case Kind::LiteralBlock:
        return QStringLiteral("literal_block");
    case Kind::LineBlock:
        return QStringLiteral("line_block");
    case Kind::Line:
        return QStringLiteral("line");
    case Kind::BlockQuote:
        return QStringLiteral("block_quote");
    case Kind::Attribution:
        return QStringLiteral("attribution");
    case Kind::DoctestBlock:
        return QStringLiteral("doctest_block");
    case Kind::Table:
        return QStringLiteral("table");
    case Kind::TableGroup:
        return QStringLiteral("tgroup");
    case Kind::ColumnSpec:
        return QStringLiteral("colspec");
    case Kind::TableHead:
        return QStringLiteral("thead");
    case Kind::TableBody:
        return QStringLiteral("tbody");
    case Kind::Row:
        return QStringLiteral("row");
    case Kind::Entry:
        return QStringLiteral("entry");
    case Kind::Footnote:
        return QStringLiteral("footnote");
    case Kind::Citation:
        return QStringLiteral("citation");
    case Kind::Label:
        return QStringLiteral("label");
    case Kind::Target:
        return QStringLiteral("target");
    case Kind::SubstitutionDefinition:
        return QStringLiteral("substitution_definition");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Admonition:
        return QStringLiteral("admonition");
    case Kind::Topic:
        return QStringLiteral("topic");
    case Kind::Sidebar:
        return QStringLiteral("sidebar");
    case Kind::Rubric:
        return QStringLiteral("rubric");
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Figure:
        return QStringLiteral("figure");
    case Kind::Caption:
        return QStringLiteral("caption");
    case Kind::Legend:
        return QStringLiteral("legend");
    case Kind::Compound:
        return QStringLiteral("compound");
    case Kind::Container:
        return QStringLiteral("container");
    case Kind::Raw:
        return QStringLiteral("raw");
    case Kind::Pending:
        return QStringLiteral("pending");
    case Kind::SphinxDirective:
        return QStringLiteral("sphinx_directive");
    case Kind::Text:
        return QStringLiteral("#text");
    case Kind::Emphasis:
        return QStringLiteral("emphasis");
    case Kind::Strong:
        return QStringLiteral("strong");
    case Kind::Literal:
        return QStringLiteral("literal");
    case Kind::InterpretedText:
        return QStringLiteral("interpreted");
    case Kind::Reference:
        return QStringLiteral("reference");
    case Kind::InlineTarget:
        return QStringLiteral("target");
    case Kind::FootnoteReference:
        return QStringLiteral("footnote_reference");
    case Kind::CitationReference:
        return QStringLiteral("citation_reference");
    case Kind::SubstitutionReference:
        return QStringLiteral("substitution_reference");
    case Kind::Problematic:
        return QStringLiteral("problematic");
    }
    return QStringLiteral("unknown");
}

} // namespace Specwright::Core
