#pragma once

#include <QHash>
#include <QMessageBox>
#include <QStringList>

namespace candor {

// The one way views ask or tell something in a dialog. Tests script it: setNextAnswer() makes the next question
// return an answer without showing anything, and shown() lists what would have been shown.
class MessageBox
{
public:
    // `labels` renames buttons ("Keep theirs" instead of "No").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // For tests.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setScripted(bool scripted); // when on, nothing is shown and unscripted questions get the default
    static const QStringList &shown();
    static void clearShown();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QHash<QMessageBox::StandardButton, QString> &labels = {});
};

} // namespace candor
