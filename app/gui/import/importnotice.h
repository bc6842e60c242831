#pragma once

#include "record.h"

#include <QPointer>
#include <QToolButton>

namespace Hyoka {

class ImportWarningsDialog;

// A quiet note in the status bar that an import warned ("⚠ 2 import warnings"); a
// click opens the warnings list (file:line: message) in a window that does not
// block the review window. Used for the bundled sample on first start, which must
// not greet a new user with a modal dialog (docs/install.md, "First start").
class ImportNotice : public QToolButton
{
    Q_OBJECT
public:
    explicit ImportNotice(QWidget *parent = nullptr);

    // Shows the notice for `source` (a file name) and its warnings; hides it when
    // there are none.
    void setWarnings(const QString &source, int importedRecords,
                     const QList<ImportWarning> &warnings);
    QList<ImportWarning> warnings() const { return m_warnings; }
    // The list, opened (or raised) non-modally.
    ImportWarningsDialog *showWarnings();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_source;
    int m_importedRecords = 0;
    QList<ImportWarning> m_warnings;
    QPointer<ImportWarningsDialog> m_dialog;
};

} // namespace Hyoka
