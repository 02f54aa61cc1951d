#pragma once

#include <QByteArray>
#include <QSettings>

namespace candor {

// Typed access to the user's preferences, with every default in one place. Tests point QSettings at a temporary
// location with QStandardPaths::setTestModeEnabled(true).
class Settings
{
public:
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    int currentArea() const;
    void setCurrentArea(int area);
    QByteArray incidentHeaderState() const;
    void setIncidentHeaderState(const QByteArray &state);
    QByteArray teamsSplitterState() const;
    void setTeamsSplitterState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace candor
