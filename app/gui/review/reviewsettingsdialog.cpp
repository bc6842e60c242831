#include "reviewsettingsdialog.h"

#include "flag.h"
#include "reviewrules.h"
#include "scalesteps.h"
#include "ui_reviewsettingsdialog.h"
#include "yearrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <cmath>

namespace Hyoka {

ReviewSettingsDialog::ReviewSettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReviewSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->reviewerEdit->setPlaceholderText(Flag::defaultReviewer());
    m_ui->readOnlyLabel->hide();
    addScaleChoosers();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReviewSettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked,
            this, [this] { setSettings(RuleSettings()); });
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &ReviewSettingsDialog::updateState);
    for (QSpinBox *spin : { m_ui->levelSpin, m_ui->underperformingSpin, m_ui->yearLevelSpin })
        connect(spin, &QSpinBox::valueChanged, this, &ReviewSettingsDialog::updateState);
    for (QDoubleSpinBox *spin : { m_ui->rateLowSpin, m_ui->rateHighSpin, m_ui->inconsistentLowSpin,
                                  m_ui->inconsistentHighSpin, m_ui->yearBudgetSpin })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ReviewSettingsDialog::updateState);
    retranslate();
    setSettings(RuleSettings());
}

ReviewSettingsDialog::~ReviewSettingsDialog() = default;

void ReviewSettingsDialog::addScaleChoosers()
{
    for (const QString &scale : { QStringLiteral("letter"), QStringLiteral("direction") }) {
        ScaleChooser c { scale, new QLabel(this), new QComboBox(this) };
        c.combo->setObjectName(scale + QStringLiteral("ReviewFromCombo"));
        c.label->setBuddy(c.combo);
        const int row = m_ui->rulesLayout->rowCount();
        m_ui->rulesLayout->addWidget(c.label, row, 1);
        m_ui->rulesLayout->addWidget(c.combo, row, 2);
        connect(c.combo, &QComboBox::currentIndexChanged, this, &ReviewSettingsDialog::updateState);
        m_scaleChoosers.append(c);
    }
    // The count and the read-only note stay under every rule (the form puts them last).
    for (QLabel *label : { m_ui->countLabel, m_ui->readOnlyLabel }) {
        m_ui->rulesLayout->removeWidget(label);
        m_ui->rulesLayout->addWidget(label, m_ui->rulesLayout->rowCount(), 0, 1, 3);
    }
}

void ReviewSettingsDialog::fillScaleChooser(QComboBox *combo, const QString &scale)
{
    const int current = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
    const QSignalBlocker block(combo);
    combo->clear();
    const int ranks = ScaleSteps::defaultRanks(scale);
    for (int from = 1; from <= ranks; ++from)
        combo->addItem(ScaleSteps::rangeName(scale, from, ranks), from);
    combo->addItem(tr("not reviewed"), 0);
    if (current >= 0)
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QCheckBox *ReviewSettingsDialog::ruleCheck(const QString &ruleId) const
{
    if (ruleId == u"level_below_target")
        return m_ui->levelCheck;
    if (ruleId == u"execution_rate_low")
        return m_ui->rateLowCheck;
    if (ruleId == u"execution_rate_high")
        return m_ui->rateHighCheck;
    if (ruleId == u"self_rating_inconsistent")
        return m_ui->inconsistentCheck;
    if (ruleId == u"indicator_unit_mismatch")
        return m_ui->unitCheck;
    if (ruleId == u"below_target_repeated")
        return m_ui->yearRepeatedCheck;
    if (ruleId == u"rating_worse")
        return m_ui->yearWorseCheck;
    if (ruleId == u"budget_up_rating_down")
        return m_ui->yearBudgetCheck;
    if (ruleId == u"project_disappeared")
        return m_ui->yearGoneCheck;
    return nullptr;
}

void ReviewSettingsDialog::setSettings(const RuleSettings &s)
{
    {
        const QSignalBlocker block(this); // one update at the end
        m_ui->levelSpin->setValue(s.belowTargetLevel);
        m_otherReviewFrom = s.reviewFromRank;
        for (const ScaleChooser &c : std::as_const(m_scaleChoosers)) {
            m_otherReviewFrom.remove(c.scale);
            const int from = s.reviewFrom(c.scale);
            const int index = c.combo->findData(from);
            c.combo->setCurrentIndex(index >= 0 ? index : c.combo->count() - 1);
        }
        m_ui->rateLowSpin->setValue(s.executionRateLow * 100.0);
        m_ui->rateHighSpin->setValue(s.executionRateHigh * 100.0);
        m_ui->underperformingSpin->setValue(s.underperformingLevel);
        m_ui->inconsistentLowSpin->setValue(s.inconsistentLowRatio * 100.0);
        m_ui->inconsistentHighSpin->setValue(s.inconsistentHighRatio * 100.0);
        m_unknownDisabledRules.clear();
        for (const QString &rule : s.disabledRules) {
            if (!ruleCheck(rule))
                m_unknownDisabledRules << rule;
        }
        for (const QString &rule : ReviewRules::ruleIds()) {
            if (QCheckBox *check = ruleCheck(rule))
                check->setChecked(s.isEnabled(rule));
        }
        m_ui->yearLevelSpin->setValue(s.years.belowTargetLevel);
        m_ui->yearBudgetSpin->setValue(s.years.budgetIncrease * 100.0);
        m_unknownDisabledYearRules.clear();
        for (const QString &rule : s.years.disabledRules) {
            if (!ruleCheck(rule))
                m_unknownDisabledYearRules << rule;
        }
        for (const QString &rule : YearRules::ruleIds())
            ruleCheck(rule)->setChecked(s.years.isEnabled(rule));
    }
    updateState();
}

RuleSettings ReviewSettingsDialog::settings() const
{
    RuleSettings s;
    s.belowTargetLevel = m_ui->levelSpin->value();
    s.reviewFromRank = m_otherReviewFrom;
    for (const ScaleChooser &c : m_scaleChoosers)
        s.reviewFromRank.insert(c.scale, c.combo->currentData().toInt());
    // Per cent in the dialog, ratios in the database; rounded so that 80 % is 0.8.
    auto ratio = [](const QDoubleSpinBox *spin) { return std::round(spin->value() * 10.0) / 1000.0; };
    s.executionRateLow = ratio(m_ui->rateLowSpin);
    s.executionRateHigh = ratio(m_ui->rateHighSpin);
    s.underperformingLevel = m_ui->underperformingSpin->value();
    s.inconsistentLowRatio = ratio(m_ui->inconsistentLowSpin);
    s.inconsistentHighRatio = ratio(m_ui->inconsistentHighSpin);
    s.disabledRules = m_unknownDisabledRules;
    for (const QString &rule : ReviewRules::ruleIds()) {
        const QCheckBox *check = ruleCheck(rule);
        if (check && !check->isChecked())
            s.disabledRules << rule;
    }
    s.years.belowTargetLevel = m_ui->yearLevelSpin->value();
    s.years.budgetIncrease = ratio(m_ui->yearBudgetSpin);
    s.years.disabledRules = m_unknownDisabledYearRules;
    for (const QString &rule : YearRules::ruleIds()) {
        if (!ruleCheck(rule)->isChecked())
            s.years.disabledRules << rule;
    }
    return s;
}

void ReviewSettingsDialog::setReviewer(const QString &name)
{
    m_ui->reviewerEdit->setText(name == Flag::defaultReviewer() ? QString() : name);
}

QString ReviewSettingsDialog::reviewer() const
{
    return m_ui->reviewerEdit->text().trimmed();
}

void ReviewSettingsDialog::setRulesEditable(bool editable)
{
    m_rulesEditable = editable;
    m_ui->readOnlyLabel->setVisible(!editable);
    for (QWidget *w : m_ui->rulesBox->findChildren<QWidget *>()) {
        if (w != m_ui->readOnlyLabel && w != m_ui->countLabel)
            w->setEnabled(editable);
    }
    for (QWidget *w : m_ui->yearRulesBox->findChildren<QWidget *>())
        w->setEnabled(editable);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setEnabled(editable);
    updateState();
}

void ReviewSettingsDialog::setCounter(const Counter &counter)
{
    m_counter = counter;
    updateState();
}

QString ReviewSettingsDialog::countText() const
{
    return m_ui->countLabel->text();
}

void ReviewSettingsDialog::updateState()
{
    if (signalsBlocked())
        return;
    const RuleSettings s = settings();
    m_ui->levelSpin->setEnabled(m_rulesEditable && s.isEnabled(QStringLiteral("level_below_target")));
    for (const ScaleChooser &c : std::as_const(m_scaleChoosers))
        c.combo->setEnabled(m_ui->levelSpin->isEnabled());
    m_ui->rateLowSpin->setEnabled(m_rulesEditable && s.isEnabled(QStringLiteral("execution_rate_low")));
    m_ui->rateHighSpin->setEnabled(m_rulesEditable && s.isEnabled(QStringLiteral("execution_rate_high")));
    const bool inconsistent = m_rulesEditable && s.isEnabled(QStringLiteral("self_rating_inconsistent"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->underperformingSpin, m_ui->inconsistentLowSpin,
                                                          m_ui->inconsistentHighSpin })
        w->setEnabled(inconsistent);
    m_ui->yearLevelSpin->setEnabled(m_rulesEditable && s.years.isEnabled(QStringLiteral("below_target_repeated")));
    m_ui->yearBudgetSpin->setEnabled(m_rulesEditable && s.years.isEnabled(QStringLiteral("budget_up_rating_down")));
    QString problem = ReviewRules::validate(s);
    if (problem.isEmpty())
        problem = YearRules::validate(s.years);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    const quint64 generation = ++m_countGeneration; // an answer still coming is stale now
    if (!problem.isEmpty()) {
        m_counting = false;
        m_ui->countLabel->setEnabled(true);
        m_ui->countLabel->setText(problem);
        return;
    }
    if (!m_counter) {
        m_counting = false;
        m_ui->countLabel->clear();
        return;
    }
    // The count is read on the review session's thread: the last one stays, greyed,
    // until the new one is in.
    m_counting = true;
    m_ui->countLabel->setEnabled(false);
    m_counter(s, [self = QPointer<ReviewSettingsDialog>(this), generation](qint64 count) {
        if (!self || generation != self->m_countGeneration)
            return;
        self->m_counting = false;
        self->m_ui->countLabel->setEnabled(true);
        self->m_ui->countLabel->setText(
                count < 0 ? QString()
                          : tr("With these rules %n project(s) in this database are suggested for review.", "",
                               int(count)));
    });
}

void ReviewSettingsDialog::accept()
{
    QString problem = ReviewRules::validate(settings());
    if (problem.isEmpty())
        problem = YearRules::validate(settings().years);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Review Settings"), problem);
        return;
    }
    QDialog::accept();
}

void ReviewSettingsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    for (const ScaleChooser &c : std::as_const(m_scaleChoosers)) {
        c.label->setText(tr("Review %1 from:", "scale name").arg(ScaleSteps::scaleName(c.scale)));
        fillScaleChooser(c.combo, c.scale);
    }
    for (const QString &rule : ReviewRules::ruleIds() + YearRules::ruleIds()) {
        if (QCheckBox *check = ruleCheck(rule)) {
            check->setText(ReviewRules::ruleName(rule));
            check->setToolTip(ReviewRules::ruleDescription(rule, settings()));
        }
    }
    m_ui->reviewerEdit->setPlaceholderText(Flag::defaultReviewer());
    updateState();
}

void ReviewSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Hyoka
