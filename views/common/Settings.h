#pragma once

#include "survey/SurveyCsv.h"

#include <QByteArray>
#include <QSettings>

#include <optional>

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
    QByteArray surveysSplitterState() const;
    void setSurveysSplitterState(const QByteArray &state);
    // The column mapping last used to import a CSV file with exactly this header row (any file with the same
    // header, such as the next export of the same form), keyed by a hash of the header; nothing when none is
    // remembered.
    std::optional<SurveyCsv::Mapping> surveyCsvMapping(const QStringList &header) const;
    void setSurveyCsvMapping(const QStringList &header, const SurveyCsv::Mapping &mapping);
    // Exports: whether CSV files start with a UTF-8 byte-order mark (off by default; Excel needs it to read UTF-8),
    // and the folder the last export or report was saved in (the documents folder at first).
    bool csvByteOrderMark() const;
    void setCsvByteOrderMark(bool on);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    // Appearance. The language code ("de"; empty: the system's), the theme's key (see Theme; empty: follow the
    // system), and the audience view's own presentation theme and text zoom (1.0 = the size the screen calls for).
    QString language() const;
    void setLanguage(const QString &code);
    QString theme() const;
    void setTheme(const QString &key);
    QString audienceTheme() const;
    void setAudienceTheme(const QString &key);
    double audienceZoom() const;
    void setAudienceZoom(double zoom);
    // The shared PostgreSQL database Candor opens at start when no --db is given: its URL without a password
    // (ConnectionSpec::redacted); empty for the local file. Setting it also makes it the last server used.
    // setSharedDatabase() refuses (returns false, stores nothing) what ConnectionSpec does not accept, so a URL with
    // a password never reaches the settings file. forgetSharedDatabase() goes back to the local file at start and
    // keeps lastSharedDatabase(), which fills in File > Connect to a shared database… next time.
    QString sharedDatabase() const;
    bool setSharedDatabase(const QString &url);
    void forgetSharedDatabase();
    QString lastSharedDatabase() const;

private:
    QSettings m_settings;
};

} // namespace candor
