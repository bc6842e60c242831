#pragma once

class QSqlDatabase;

namespace Hyoka {

// libpq prints what a PostgreSQL server says outside a query — "FATAL: terminating
// connection due to administrator command" when it shuts down, notices — straight to
// stderr, bypassing Qt's message handler: the command line's one-line error would get
// extra lines, the window's terminal output noise. This asks the server for warnings
// and worse only (client_min_messages) and routes what still comes into the logging
// category hyoka.server (debug level; QT_LOGGING_RULES="hyoka.server.debug=true"
// shows them). Call after every open of a QPSQL connection; does nothing for others.
// docs/robustness.md, "The server going away".
void quietServerNotices(const QSqlDatabase &db);

} // namespace Hyoka
