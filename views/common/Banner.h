#pragma once

#include <QLabel>

namespace candor {

// An inline message above the content it is about: a problem (what went wrong and what to do) or a warning that
// asks for a decision. It hides itself while it has nothing to say, so callers just set the text.
class Banner : public QLabel
{
    Q_OBJECT
public:
    enum Kind { Problem, Warning };
    explicit Banner(Kind kind, QWidget *parent = nullptr);

    // Shows the message; an empty message hides the banner.
    void showMessage(const QString &message);
    // The message while it is shown, otherwise empty.
    QString message() const;
};

} // namespace candor
