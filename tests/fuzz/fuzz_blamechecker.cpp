// fuzz_blamechecker: the blame-language checker, every language's rules (see FuzzTargets.h).
#include "FuzzTargets.h"

#include "postmortem/BlameLanguageChecker.h"

#include <QDir>

namespace candor::fuzz {

namespace {

// One checker per rules file Candor carries (resources/blame/<language>.json).
const QList<BlameLanguageChecker> &checkers()
{
    static const QList<BlameLanguageChecker> all = [] {
        QList<BlameLanguageChecker> list;
        const QStringList files = QDir(QStringLiteral(":/blame")).entryList({QStringLiteral("*.json")}, QDir::Files);
        require(!files.isEmpty(), "Candor carries blame-language rules");
        for (const QString &file : files) {
            const QString language = file.chopped(5);
            const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(language);
            require(!checker.isEmpty() && checker.language() == language, "each language's rules load", file);
            list.append(checker);
        }
        return list;
    }();
    return all;
}

void checkFindings(const QString &text, const QList<BlameLanguageChecker::Finding> &findings, bool withNames)
{
    int end = 0;
    for (const BlameLanguageChecker::Finding &finding : findings) {
        require(finding.start >= end, "findings in text order, never overlapping", QString::number(finding.start));
        require(finding.length > 0, "a finding marks at least one character");
        require(finding.start + finding.length <= text.size(), "a finding lies inside the text");
        require(finding.text == text.mid(finding.start, finding.length), "a finding's text is the text marked");
        require(withNames || finding.kind != BlameLanguageChecker::Kind::PersonAsCause,
                "no person-as-cause finding without names");
        require(!BlameLanguageChecker::hint(finding.kind).isEmpty(), "every finding has a hint");
        end = finding.start + finding.length;
    }
}

} // namespace

int blameChecker(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    QString input;
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        // UTF-16LE code units as they come, lone surrogates and all.
        input.resize(qsizetype((size - 2) / 2));
        for (qsizetype i = 0; i < input.size(); ++i)
            input[i] = QChar(char16_t(data[2 + 2 * i] | (data[3 + 2 * i] << 8)));
    } else {
        input = QString::fromUtf8(bytes, qsizetype(size));
    }
    QStringList pieces = input.split(QChar(0));
    const QString text = pieces.takeFirst();
    const QStringList &names = pieces;

    for (const BlameLanguageChecker &checker : checkers()) {
        const QList<BlameLanguageChecker::Finding> plain = checker.check(text);
        checkFindings(text, plain, false);
        const QList<BlameLanguageChecker::Finding> withNames = checker.check(text, names);
        checkFindings(text, withNames, !names.isEmpty());
        // The compiled names are cached per list: asking again gives the same answer.
        const QList<BlameLanguageChecker::Finding> again = checker.check(text, names);
        require(again.size() == withNames.size(), "the same findings when asked again");
        for (qsizetype i = 0; i < again.size(); ++i)
            require(again[i].start == withNames[i].start && again[i].length == withNames[i].length &&
                        again[i].kind == withNames[i].kind,
                    "the same findings when asked again");
    }
    return 0;
}

} // namespace candor::fuzz

CANDOR_LIBFUZZER_TARGET(blameChecker)
