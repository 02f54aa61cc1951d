#include "SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace candor {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// What a writer writes to: blocks handed to the (unbuffered) QSaveFile, each written completely or marked failed.
// The system may accept part of a write and refuse the rest (the disk is full, the file size limit is reached);
// QFileDevice returns such a short count without a reason, and a buffered QFileDevice only says "Unknown error" when
// it flushes. Here a short write is retried, so the refusal and its reason (errno) come out, and the first failure is
// kept even when the writer ignores it: the file is then never committed.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QSaveFile &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Writes what is still held to the file.
    bool flushBlock()
    {
        if (failed())
            return false;
        qint64 done = 0;
        while (done < m_block.size()) {
            const qint64 written = m_file.write(m_block.constData() + done, m_block.size() - done);
            if (written <= 0) {
                m_error = m_file.errorString();
                setErrorString(m_error);
                return false;
            }
            done += written;
        }
        m_block.clear();
        return true;
    }

    bool seek(qint64 position) override
    {
        // Writers that go back (to fill in a length) reach the file itself.
        if (!flushBlock() || !m_file.seek(position)) {
            if (!failed())
                m_error = m_file.errorString();
            setErrorString(m_error);
            return false;
        }
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        if (failed())
            return -1;
        m_block.append(data, size);
        if (m_block.size() >= BlockSize && !flushBlock())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype BlockSize = 256 * 1024;
    QSaveFile &m_file;
    QByteArray m_block;
    QString m_error;
};

} // namespace

Status SaveFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device, QString *error) {
        if (device.write(bytes) == bytes.size())
            return true;
        *error = device.errorString();
        return false;
    });
}

Status SaveFile::write(const QString &path, const std::function<bool(QIODevice &device, QString *error)> &writer)
{
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No file name given. Choose where to save the file."));
    if (QFileInfo(path).isDir())
        return Status::failure(
            tr("“%1” is a folder. Choose a file name inside it.").arg(QDir::toNativeSeparators(path)));

    const auto writeFailed = [&path](const QString &reason) {
        return Status::failure(tr("Could not write “%1”: %2. Nothing was saved; check the free space and try "
                                  "again.")
                                   .arg(shown(path), reason));
    };
    // Unbuffered: CheckedDevice gathers the writer's output in large blocks and sees every failure as it happens.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Status::failure(tr("Could not create “%1”: %2. Check that the folder exists and that you may write "
                                  "to it.")
                                   .arg(shown(path), file.errorString()));
    }
    CheckedDevice device(file);
    QString error;
    const bool written = writer(device, &error);
    if (!written || !device.flushBlock()) {
        // The destructor removes the temporary file; the target, if there was one, is untouched.
        file.cancelWriting();
        if (device.failed())
            error = device.error(); // the system's reason, more telling than what the writer made of it
        if (error.isEmpty())
            error = file.errorString();
        return writeFailed(error);
    }
    if (!file.commit())
        return writeFailed(file.errorString());
    return {};
}

QByteArray SaveFile::utf8(const QString &text, bool byteOrderMark)
{
    QByteArray bytes = text.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace candor
