#include "RetroDialog.h"

#include "common/TeamComboBox.h"
#include "domain/Validation.h"
#include "item/TeamTreeModel.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>

namespace candor {

namespace {

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

RetroDialog::RetroDialog(const TeamTreeModel &teams, qint64 teamId, const QDate &today, Creator creator,
                         QWidget *parent)
    : EditDialog(parent)
    , m_creator(std::move(creator))
    , m_team(new TeamComboBox(this))
    , m_title(new QLineEdit(this))
    // The last two weeks, today included.
    , m_start(makeDateEdit(today.addDays(-13), this))
    , m_end(makeDateEdit(today, this))
{
    setObjectName(QStringLiteral("retroDialog"));
    setWindowTitle(tr("New retro"));

    m_team->setObjectName(QStringLiteral("retroTeamCombo"));
    m_team->setAccessibleName(tr("Team"));
    m_team->populate(teams, tr("Choose a team…"));
    m_team->chooseTeam(teamId);
    m_title->setObjectName(QStringLiteral("retroTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(Limits::NameLength);
    m_title->setPlaceholderText(tr("For example: Sprint 14 retro"));
    m_start->setObjectName(QStringLiteral("retroStartEdit"));
    m_start->setAccessibleName(tr("First day of the period"));
    m_end->setObjectName(QStringLiteral("retroEndEdit"));
    m_end->setAccessibleName(tr("Last day of the period"));
    followPeriod();
    // The title follows the period until the person types one of their own.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { m_titleTyped = !text.isEmpty(); });
    connect(m_start, &QDateEdit::dateChanged, this, &RetroDialog::followPeriod);
    connect(m_end, &QDateEdit::dateChanged, this, &RetroDialog::followPeriod);

    addField(QStringLiteral("team"), tr("T&eam:"), m_team);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("periodStart"), tr("&From:"), m_start);
    addField(QStringLiteral("periodEnd"), tr("T&o:"), m_end);
}

QString RetroDialog::defaultTitle(const QDate &start, const QDate &end)
{
    const QLocale locale;
    if (start == end)
        return tr("Retro, %1").arg(locale.toString(start, QLocale::ShortFormat));
    return tr("Retro, %1 – %2", "the period a retro looks back on: first day – last day")
        .arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}

void RetroDialog::followPeriod()
{
    if (!m_titleTyped)
        m_title->setText(defaultTitle(m_start->date(), m_end->date()));
}

Session RetroDialog::session() const
{
    Session s;
    s.kind = SessionKind::Retro;
    s.teamId = m_team->currentTeamId();
    s.title = m_title->text().trimmed();
    s.periodStart = m_start->date();
    s.periodEnd = m_end->date();
    return s;
}

FieldErrors RetroDialog::validate() const
{
    const Session s = session();
    FieldErrors errors;
    if (s.teamId <= 0)
        errors.append({QStringLiteral("team"), tr("Choose the team the retro is for.")});
    if (s.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("The title is empty. Type a title, for example the period.")});
    if (s.periodEnd < s.periodStart)
        errors.append(
            {QStringLiteral("periodEnd"), tr("The period ends before it starts. Choose a last day on or after %1.")
                                              .arg(QLocale().toString(s.periodStart, QLocale::ShortFormat))});
    return errors;
}

Status RetroDialog::save()
{
    const Result<qint64> id = m_creator(session());
    if (!id)
        return Status::failure(id.error());
    m_createdId = *id;
    return {};
}

} // namespace candor
