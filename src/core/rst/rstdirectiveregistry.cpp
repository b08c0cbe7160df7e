// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstdirectiveregistry.h"

#include "rstadmonitiondirectives.h"
#include "rstbodydirectives.h"
#include "rstimagedirectives.h"
#include "rstmiscdirectives.h"
#include "rstpartsdirectives.h"
#include "rstsphinxdirectives.h"
#include "rsttabledirectives.h"

namespace Specwright::Core {

RstDirectiveRegistry::RstDirectiveRegistry()
{
    // One family per docutils module, each with its handlers (Sphinx's last).
    RstAdmonitionDirectives::addTo(*this);
    RstBodyDirectives::addTo(*this);
    RstImageDirectives::addTo(*this);
    RstTableDirectives::addTo(*this);
    RstPartsDirectives::addTo(*this);
    RstMiscDirectives::addTo(*this);
    RstSphinxDirectives::addTo(*this);

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

void RstDirectiveRegistry::addDirective(Directive directive, Directive::Handler handler)
{
    directive.handler = handler;
    addDirective(directive);
}

QStringList RstDirectiveRegistry::words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
