#include "Settings.h"

namespace candor {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString areaKey = QStringLiteral("mainWindow/area");
const QString incidentHeaderKey = QStringLiteral("incidents/header");
const QString teamsSplitterKey = QStringLiteral("teams/splitter");
} // namespace

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

int Settings::currentArea() const
{
    return m_settings.value(areaKey, 0).toInt();
}

void Settings::setCurrentArea(int area)
{
    m_settings.setValue(areaKey, area);
}

QByteArray Settings::incidentHeaderState() const
{
    return m_settings.value(incidentHeaderKey).toByteArray();
}

void Settings::setIncidentHeaderState(const QByteArray &state)
{
    m_settings.setValue(incidentHeaderKey, state);
}

QByteArray Settings::teamsSplitterState() const
{
    return m_settings.value(teamsSplitterKey).toByteArray();
}

void Settings::setTeamsSplitterState(const QByteArray &state)
{
    m_settings.setValue(teamsSplitterKey, state);
}

} // namespace candor
