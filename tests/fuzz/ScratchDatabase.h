// A Candor database in a temporary folder for the fuzz targets: prepared once as a template (schema, and whatever
// setUp adds), then reset to a fresh copy of it whenever a target needs an untouched one. Put TMPDIR on a tmpfs
// (scripts/fuzz uses /dev/shm) and the durable commits cost next to nothing.
#pragma once

#include "FuzzTargets.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

namespace candor::fuzz {

class ScratchDatabase
{
public:
    explicit ScratchDatabase(const std::function<void(Database &)> &setUp = {})
        : m_folder(QDir::tempPath() + QStringLiteral("/candor-fuzz-XXXXXX"))
    {
        require(m_folder.isValid(), "a temporary folder for the database", m_folder.errorString());
        m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
        m_path = m_folder.filePath(QStringLiteral("scratch.sqlite"));
        {
            Database prepared;
            const Status opened = prepared.open(m_template);
            require(bool(opened), "the template database opens", opened.error());
            if (setUp)
                setUp(prepared);
        } // closed: everything is in the file itself, no -wal left
        reset();
    }

    Database &database() { return m_database; }

    // Back to a fresh copy of the template.
    void reset()
    {
        m_database.close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
        require(QFile::copy(m_template, m_path), "copying the template database", m_path);
        Database::Options options;
        options.quickCheck = false; // the template was checked when it was made
        const Status opened = m_database.open(m_path, options);
        require(bool(opened), "the scratch database opens", opened.error());
    }

private:
    QTemporaryDir m_folder;
    QString m_template;
    QString m_path;
    Database m_database; // declared last: closed before the folder is removed
};

} // namespace candor::fuzz
