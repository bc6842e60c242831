#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Hyoka {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return { QStringLiteral("ja"), QStringLiteral("en") };
}

QString LanguageManager::systemLanguage()
{
    return languageForLocale(QLocale::system());
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("ja");
    const QStringList available = availableLanguages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : { &m_appTranslator, &m_qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setPreference(const QString &language)
{
    const QString preference = availableLanguages().contains(language) ? language : QString();
    const QString effective = preference.isEmpty() ? systemLanguage() : preference;
    m_preference = preference;
    if (effective == m_language && m_appTranslator)
        return true;

    removeTranslators();
    bool ok = true;
    auto *app = new QTranslator(this);
    // hyoka_en.qm carries the English plural forms; hyoka_ja.qm everything.
    if (app->load(QStringLiteral(":/i18n/hyoka_%1.qm").arg(effective))) {
        m_appTranslator = app;
    } else {
        delete app;
        ok = false;
    }
    auto *qt = new QTranslator(this);
    if (effective != u"en"
        && qt->load(QStringLiteral("qtbase_%1").arg(effective),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = qt;
    } else {
        delete qt;
    }

    const QLocale locale(effective == u"ja" ? QLocale(QLocale::Japanese, QLocale::Japan)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    m_language = effective;
    // Installing sends QEvent::LanguageChange to every window.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator);
    emit languageChanged(effective);
    return ok;
}

} // namespace Hyoka

