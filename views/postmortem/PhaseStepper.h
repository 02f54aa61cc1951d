#pragma once

#include <QStringList>
#include <QWidget>

namespace candor {

// The phases as a row of numbered steps: done ones ticked, the current one filled. Used large on the audience
// view and compact in the console; its size follows the widget's font.
class PhaseStepper : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseStepper(QWidget *parent = nullptr);

    void setPhases(const QStringList &names, int current);
    // Colours for a presentation theme; the console uses the palette.
    void setColours(const QColor &text, const QColor &accent, const QColor &muted);
    QString currentText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    int m_current = 0;
    QColor m_text;
    QColor m_accent;
    QColor m_muted;
};

} // namespace candor
