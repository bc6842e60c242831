#pragma once

#include <QString>

// The desktop app's QSettings keys: the main window's layout and language, and the
// shared database last connected to (ConnectDialog; never its password).
namespace Hyoka::SettingsKey {

inline const QString geometry = QStringLiteral("MainWindow/geometry");
inline const QString state = QStringLiteral("MainWindow/state");
inline const QString gridHeader = QStringLiteral("MainWindow/gridHeader");
inline const QString detailSplitter = QStringLiteral("MainWindow/detailSplitter");
inline const QString reviewSplitter = QStringLiteral("MainWindow/reviewSplitter");
inline const QString language = QStringLiteral("language");

inline const QString host = QStringLiteral("sharedDatabase/host");
inline const QString port = QStringLiteral("sharedDatabase/port");
inline const QString database = QStringLiteral("sharedDatabase/database");
inline const QString user = QStringLiteral("sharedDatabase/user");
inline const QString sslMode = QStringLiteral("sharedDatabase/sslmode");
inline const QString caFile = QStringLiteral("sharedDatabase/sslrootcert");

} // namespace Hyoka::SettingsKey
