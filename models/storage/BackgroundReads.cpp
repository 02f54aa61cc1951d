#include "BackgroundReads.h"

namespace candor {

BackgroundReads::BackgroundReads(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    // Two readers at most: the GUI thread keeps a core on a two-core machine.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("candor-background-reads"));
}

BackgroundReads::~BackgroundReads()
{
    m_pool.waitForDone();
}

Database::Options BackgroundReads::connectionOptions()
{
    Database::Options options;
    options.migrate = false;
    options.quickCheck = false;
    options.readOnly = true;
    return options;
}

} // namespace candor
