// The review session's rules and permissions (read when a database is opened or its
// server is back), the reviewer's name, saving the rules, counting their suggestions
// and exporting the review list: all on the session's write thread, in turn with the
// flag writes (docs/architecture.md, "Threading").
#include "reviewsession.h"

#include "bureaupermissions.h"
#include "reviewdatabase.h"
#include "reviewqueries.h"
#include "reviewrules.h"
#include "yearrules.h"

#include <QSettings>

namespace Hyoka {

namespace {

// Where the reviewer's name is kept (QSettings).
QString reviewerKey()
{
    return QStringLiteral("review/reviewer");
}

// What the session reads about a database when it is opened or the server is back.
struct ReviewState
{
    RuleSettings rules;
    std::optional<QStringList> flaggable;
};

} // namespace

void ReviewSession::loadReviewState()
{
    if (!m_db || !m_writer)
        return;
    enqueue([this] {
        m_writer->readBeside(
                m_writes, this, QueryWorker::Priority::Rows,
                [readOnly = m_readOnly](ReviewDatabase *db) {
                    ReviewState state;
                    if (db) {
                        state.rules = ReviewRules::loadSettings(*db);
                        if (!readOnly)
                            state.flaggable = BureauPermissions::flaggableBureaus(*db);
                    }
                    return state;
                },
                [this](const ReviewState &state) {
                    const bool rulesChanged = state.rules != m_rules;
                    m_rules = state.rules;
                    m_flaggable = state.flaggable;
                    m_permissionsKnown = true;
                    if (rulesChanged)
                        emit ruleSettingsChanged(m_rules);
                    emit permissionsChanged();
                    finishOperation();
                });
    });
}

bool ReviewSession::mayFlag(const QString &bureau) const
{
    return m_permissionsKnown && (!m_flaggable || m_flaggable->contains(bureau));
}

QString ReviewSession::permissionNotice() const
{
    if (!m_flaggable || !m_permissionsKnown)
        return QString();
    if (m_flaggable->isEmpty())
        return tr("No bureau is granted to you for review: you can read every flag and note, but "
                  "not change them. Ask the database's administrator (hyoka grant).");
    return tr("You review %1: the projects of other bureaus are greyed out; you can read their "
              "flags but not change them.")
            .arg(m_flaggable->join(tr(", ", "list separator")));
}

// ---- reviewer and rules ----------------------------------------------------------

QString ReviewSession::storedReviewer()
{
    return QSettings().value(reviewerKey()).toString().trimmed();
}

QString ReviewSession::reviewer() const
{
    const QString name = storedReviewer();
    return name.isEmpty() ? Flag::defaultReviewer() : name;
}

void ReviewSession::setReviewer(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(reviewerKey());
    else
        settings.setValue(reviewerKey(), name.trimmed());
}

void ReviewSession::saveRuleSettings(const RuleSettings &settings, const std::function<void(const QString &)> &done)
{
    if (!m_db || m_readOnly || !m_writer) {
        if (done)
            done(tr("The database is read-only: the review rules cannot be changed."));
        return;
    }
    enqueue([this, settings, done] {
        m_writer->readBeside(
                m_writes, this, QueryWorker::Priority::Rows,
                [settings, years = !(settings.years == m_rules.years)](ReviewDatabase *db) {
                    QString error;
                    if (!db)
                        error = tr("No review database is open.");
                    else if (ReviewRules::saveSettings(*db, settings, &error) && years)
                        YearRules::saveSettings(*db, settings.years, &error);
                    return error;
                },
                [this, settings, done](const QString &error) {
                    if (error.isEmpty()) {
                        m_rules = settings;
                        emit ruleSettingsChanged(m_rules);
                    }
                    if (done)
                        done(error);
                    finishOperation();
                });
    });
}

void ReviewSession::countSuggestions(const RuleSettings &settings, const std::function<void(qint64)> &answer)
{
    if (!m_writer) {
        answer(-1);
        return;
    }
    m_writer->read(
            m_counts, this, QueryWorker::Priority::Browse,
            [settings](ReviewDatabase *db) -> qint64 {
                return db ? ReviewQueries::suggestedCount(*db, settings).value_or(-1) : -1;
            },
            answer);
}

void ReviewSession::exportReviewList(const QString &path, ReviewListWriter::Format format,
                                     const std::function<void(const ExportAnswer &)> &done)
{
    if (!m_db || !m_writer) {
        done({ tr("No review database is open."), 0 });
        return;
    }
    enqueue([this, path, format, done] {
        // Not a Figures read: a file is written, never stopped half-way to run again.
        m_writer->readBeside(
                m_writes, this, QueryWorker::Priority::Browse,
                [path, format, rules = m_rules](ReviewDatabase *db) {
                    ExportAnswer answer;
                    ReviewListWriter writer(path, format);
                    if (!db)
                        answer.error = tr("No review database is open.");
                    else if (!writer.writeAll(*db, rules, &answer.count))
                        answer.error = writer.errorString();
                    return answer;
                },
                [this, done](const ExportAnswer &answer) {
                    done(answer);
                    finishOperation();
                });
    });
}

} // namespace Hyoka
