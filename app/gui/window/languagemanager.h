#pragma once

#include <QObject>
#include <QStringList>

class QLocale;
class QTranslator;

namespace Hyoka {

// Which language the window speaks: the system's by default, or the one chosen in
// the Language menu. Installs our translation (embedded .qm) and Qt's own for the
// standard dialogs, and sets the default QLocale; Qt then sends LanguageChange to
// every widget, which retranslates itself. No restart needed.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages we ship: "ja", "en".
    static QStringList availableLanguages();
    // The language for the system's locale (languageForLocale(QLocale::system())).
    static QString systemLanguage();
    // The first available language of the locale's UI languages; "ja" for the C
    // (POSIX) locale, which is what LANG=C or no locale at all gives (servers, CI,
    // minimal desktops): the data Hyoka reviews is Japanese. Else "en".
    static QString languageForLocale(const QLocale &locale);

    // "" follows the system, else one of availableLanguages().
    QString preference() const { return m_preference; }
    // The language in effect.
    QString language() const { return m_language; }

    // Loads and installs the translations; returns false when one is missing.
    bool setPreference(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_preference;
    QString m_language;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace Hyoka
