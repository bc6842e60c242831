#pragma once

#include "rulesettings.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Ui {
class ReviewSettingsDialog;
}

namespace Hyoka {

// Review settings: the reviewer's name (this computer's) and the review rules'
// thresholds and switches (the database's, shared by everyone who reviews it), with
// a live count of the projects the rules would suggest. Validates with
// ReviewRules::validate(); the caller stores what settings() returns.
class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Counts the suggested records for some thresholds, then calls `answer(count)`
    // (-1: it cannot), now or later; an answer to settings since changed is ignored.
    using Counter = std::function<void(const RuleSettings &, const std::function<void(qint64)> &answer)>;

    explicit ReviewSettingsDialog(QWidget *parent = nullptr);
    ~ReviewSettingsDialog() override;

    void setSettings(const RuleSettings &settings);
    RuleSettings settings() const;
    void setReviewer(const QString &name);
    QString reviewer() const; // empty: the OS user name
    // A read-only database: the rules are shown but cannot be changed.
    void setRulesEditable(bool editable);
    void setCounter(const Counter &counter);
    QString countText() const;
    // Whether a count was asked and is not answered yet.
    bool isCounting() const { return m_counting; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    QCheckBox *ruleCheck(const QString &ruleId) const;
    // The review part of the letter and direction scales (docs/ratings-and-money.md,
    // "Review per scale"): one chooser each of the step it starts at, or none.
    void addScaleChoosers();
    void fillScaleChooser(QComboBox *combo, const QString &scale);

    struct ScaleChooser
    {
        QString scale;
        QLabel *label = nullptr;
        QComboBox *combo = nullptr;
    };
    QList<ScaleChooser> m_scaleChoosers;
    QMap<QString, int> m_otherReviewFrom; // scales without a chooser: kept as they are

    std::unique_ptr<Ui::ReviewSettingsDialog> m_ui;
    Counter m_counter;
    quint64 m_countGeneration = 0; // moves on with each count asked
    bool m_counting = false;
    QStringList m_unknownDisabledRules; // switched off by a newer version: kept as they are
    QStringList m_unknownDisabledYearRules;
    bool m_rulesEditable = true;
};

} // namespace Hyoka
