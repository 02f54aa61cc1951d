#include "Settings.h"

#include "storage/ConnectionSpec.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace candor {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString areaKey = QStringLiteral("mainWindow/area");
const QString incidentHeaderKey = QStringLiteral("incidents/header");
const QString teamsSplitterKey = QStringLiteral("teams/splitter");
const QString surveysSplitterKey = QStringLiteral("surveys/splitter");
const QString csvByteOrderMarkKey = QStringLiteral("export/csvByteOrderMark");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString languageKey = QStringLiteral("appearance/language");
const QString themeKey = QStringLiteral("appearance/theme");
const QString audienceThemeKey = QStringLiteral("audience/theme");
const QString audienceZoomKey = QStringLiteral("audience/zoom");
const QString sharedDatabaseKey = QStringLiteral("database/shared");
const QString lastSharedDatabaseKey = QStringLiteral("database/lastShared");

// The URL to keep: ConnectionSpec's form, with no password; empty when it is not one Candor accepts.
QString storableUrl(const QString &url)
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url);
    return spec ? spec->redacted() : QString();
}

// "surveyCsvMappings/<sha-256 of the header>": the header's cells joined by a separator no cell can hold unseen.
QString csvMappingGroup(const QStringList &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &cell : header) {
        hash.addData(cell.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("surveyCsvMappings/") + QString::fromLatin1(hash.result().toHex());
}
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

QByteArray Settings::surveysSplitterState() const
{
    return m_settings.value(surveysSplitterKey).toByteArray();
}

void Settings::setSurveysSplitterState(const QByteArray &state)
{
    m_settings.setValue(surveysSplitterKey, state);
}

std::optional<SurveyCsv::Mapping> Settings::surveyCsvMapping(const QStringList &header) const
{
    const QString group = csvMappingGroup(header);
    // Stored as text ("3,4,-1"): QSettings' native list formats differ for lists of one.
    const QString items = m_settings.value(group + QStringLiteral("/items")).toString();
    if (items.isEmpty())
        return std::nullopt;
    SurveyCsv::Mapping mapping;
    for (const QString &column : items.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = column.toInt(&ok);
        if (!ok)
            return std::nullopt;
        mapping.itemColumns.push_back(value);
    }
    mapping.commentColumn = m_settings.value(group + QStringLiteral("/comment"), -1).toInt();
    return mapping;
}

void Settings::setSurveyCsvMapping(const QStringList &header, const SurveyCsv::Mapping &mapping)
{
    const QString group = csvMappingGroup(header);
    QStringList items;
    for (int column : mapping.itemColumns)
        items.append(QString::number(column));
    m_settings.setValue(group + QStringLiteral("/items"), items.join(QLatin1Char(',')));
    m_settings.setValue(group + QStringLiteral("/comment"), mapping.commentColumn);
}

bool Settings::csvByteOrderMark() const
{
    return m_settings.value(csvByteOrderMarkKey, false).toBool();
}

void Settings::setCsvByteOrderMark(bool on)
{
    m_settings.setValue(csvByteOrderMarkKey, on);
}

QString Settings::exportFolder() const
{
    return m_settings.value(exportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(exportFolderKey, folder);
}

QString Settings::language() const
{
    return m_settings.value(languageKey).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(languageKey, code);
}

QString Settings::theme() const
{
    return m_settings.value(themeKey).toString();
}

void Settings::setTheme(const QString &key)
{
    m_settings.setValue(themeKey, key);
}

QString Settings::audienceTheme() const
{
    return m_settings.value(audienceThemeKey).toString();
}

void Settings::setAudienceTheme(const QString &key)
{
    m_settings.setValue(audienceThemeKey, key);
}

double Settings::audienceZoom() const
{
    bool ok = false;
    const double zoom = m_settings.value(audienceZoomKey, 1.0).toDouble(&ok);
    return ok ? zoom : 1.0;
}

void Settings::setAudienceZoom(double zoom)
{
    m_settings.setValue(audienceZoomKey, zoom);
}

QString Settings::sharedDatabase() const
{
    return storableUrl(m_settings.value(sharedDatabaseKey).toString());
}

bool Settings::setSharedDatabase(const QString &url)
{
    const QString kept = storableUrl(url);
    if (kept.isEmpty())
        return false;
    m_settings.setValue(sharedDatabaseKey, kept);
    m_settings.setValue(lastSharedDatabaseKey, kept);
    return true;
}

void Settings::forgetSharedDatabase()
{
    m_settings.remove(sharedDatabaseKey);
}

QString Settings::lastSharedDatabase() const
{
    return storableUrl(m_settings.value(lastSharedDatabaseKey).toString());
}

} // namespace candor
