#include "MessageBox.h"

#include <QAbstractButton>

#include <optional>

namespace candor {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
bool scripted = false;
QStringList shownTexts;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QHash<QMessageBox::StandardButton, QString> &labels)
{
    shownTexts.append(text);
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (scripted)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QHash<QMessageBox::StandardButton, QString> &labels)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, labels);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBox::setScripted(bool on)
{
    scripted = on;
}

const QStringList &MessageBox::shown()
{
    return shownTexts;
}

void MessageBox::clearShown()
{
    shownTexts.clear();
}

} // namespace candor
