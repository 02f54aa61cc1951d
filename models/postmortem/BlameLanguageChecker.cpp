#include "BlameLanguageChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace candor {

namespace {

std::optional<BlameLanguageChecker::Kind> kindFromKey(const QString &key)
{
    using Kind = BlameLanguageChecker::Kind;
    if (key == QLatin1String("hindsight"))
        return Kind::Hindsight;
    if (key == QLatin1String("omission"))
        return Kind::Omission;
    if (key == QLatin1String("label"))
        return Kind::Label;
    if (key == QLatin1String("minimising"))
        return Kind::Minimising;
    if (key == QLatin1String("whyDidnt"))
        return Kind::WhyDidnt;
    return std::nullopt;
}

// A phrase as a pattern: literal words, any white space between them, either apostrophe, whole words only. A "…"
// (or "...") between words stands for up to six other words of the same clause (no comma or sentence end between), for
// languages that put what a phrase is about inside it ("hätte … sollen" finds "hätte den Alarm früher sehen sollen").
// Names never have gaps: `gaps` is off for them, so a "…" in a name is only itself. Empty when nothing is left to
// match.
QString phrasePattern(const QString &phrase, bool gaps = true)
{
    QString pattern;
    bool gap = false;
    for (const QString &word : phrase.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (gaps && (word == QStringLiteral("\u2026") || word == QLatin1String("..."))) {
            gap = !pattern.isEmpty();
            continue;
        }
        QString escaped = QRegularExpression::escape(word);
        escaped.replace(QLatin1String("\\'"), QStringLiteral("['\u2019]"));
        escaped.replace(QStringLiteral("\\\u2019"), QStringLiteral("['\u2019]"));
        if (!pattern.isEmpty())
            pattern += gap ? QLatin1String("(?:\\s+[^\\s.,!?;:]+){0,6}?\\s+") : QLatin1String("\\s+");
        gap = false;
        pattern += escaped;
    }
    if (pattern.isEmpty())
        return {};
    return QLatin1String("(?<!\\w)") + pattern + QLatin1String("(?!\\w)");
}

QRegularExpression wholeWords(const QStringList &alternatives)
{
    return QRegularExpression(
        QLatin1String("(?<!\\w)(?:") + alternatives.join(QLatin1Char('|')) + QLatin1String(")(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

BlameLanguageChecker::NamePatterns BlameLanguageChecker::namePatterns(const QStringList &personNames)
{
    // Whole names in any letter case ("ana lima"); given names alone as written ("Ana", not "ana"), because people
    // are often called by their first name, which can also be an ordinary word ("Will", "May").
    QStringList full;
    QStringList given;
    for (const QString &name : personNames) {
        const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        full.append(phrasePattern(name, false));
        if (words.size() > 1 && words.constFirst().size() > 1)
            given.append(phrasePattern(words.constFirst(), false));
    }
    const auto longestFirst = [](QStringList &patterns) {
        patterns.removeDuplicates();
        std::sort(patterns.begin(), patterns.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    };
    longestFirst(full);
    longestFirst(given);
    NamePatterns patterns;
    if (!full.isEmpty())
        patterns.fullNames = wholeWords(full);
    if (!given.isEmpty())
        patterns.givenNames =
            QRegularExpression(QLatin1String("(?<!\\w)(?:") + given.join(QLatin1Char('|')) + QLatin1String(")(?!\\w)"),
                               QRegularExpression::UseUnicodePropertiesOption);
    return patterns;
}

BlameLanguageChecker BlameLanguageChecker::forLanguage(const QString &languageCode)
{
    for (const QString &code : {languageCode.left(2).toLower(), QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/blame/%1.json").arg(code));
        if (file.open(QIODevice::ReadOnly)) {
            BlameLanguageChecker checker = fromJson(file.readAll());
            if (!checker.isEmpty())
                return checker;
        }
    }
    return {};
}

BlameLanguageChecker BlameLanguageChecker::fromJson(const QByteArray &json, QString *error)
{
    BlameLanguageChecker checker;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The blame-language rules are not valid JSON: %1.").arg(parseError.errorString());
        return checker;
    }
    const QJsonObject root = document.object();
    checker.m_language = root.value(QLatin1String("language")).toString();
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const auto kind = kindFromKey(rule.value(QLatin1String("kind")).toString());
        if (!kind) {
            if (error)
                *error = tr("Unknown kind “%1” in the blame-language rules.")
                             .arg(rule.value(QLatin1String("kind")).toString());
            return {};
        }
        QStringList patterns;
        for (const QJsonValue &phrase : rule.value(QLatin1String("phrases")).toArray()) {
            if (const QString pattern = phrasePattern(phrase.toString()); !pattern.isEmpty())
                patterns.append(pattern);
        }
        // Longer phrases first, so "at fault" wins over "fault".
        std::sort(patterns.begin(), patterns.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        if (!patterns.isEmpty())
            checker.m_rules.append({*kind, wholeWords(patterns)});
    }
    return checker;
}

QList<BlameLanguageChecker::Finding> BlameLanguageChecker::check(const QString &text,
                                                                 const QStringList &personNames) const
{
    QList<Finding> found;
    auto collect = [&](Kind kind, const QRegularExpression &expression) {
        QRegularExpressionMatchIterator it = expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            found.append({int(match.capturedStart()), int(match.capturedLength()), kind, match.captured()});
        }
    };
    for (const Rule &rule : m_rules)
        collect(rule.kind, rule.expression);

    if (personNames != m_names.key) {
        m_names = namePatterns(personNames);
        m_names.key = personNames;
    }
    if (m_names.fullNames)
        collect(Kind::PersonAsCause, *m_names.fullNames);
    if (m_names.givenNames)
        collect(Kind::PersonAsCause, *m_names.givenNames);

    // In text order; where findings overlap, the earlier (then the longer) one stays.
    std::sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Finding> result;
    int end = -1;
    for (const Finding &f : std::as_const(found)) {
        if (f.start >= end) {
            result.append(f);
            end = f.start + f.length;
        }
    }
    return result;
}

QString BlameLanguageChecker::hint(Kind kind)
{
    switch (kind) {
    case Kind::Hindsight:
        return tr("Hindsight: describe what people knew and saw at the time, and why their actions made sense then.");
    case Kind::Omission:
        return tr("Describe what happened and what made it hard, rather than what someone did not do.");
    case Kind::Label:
        return tr("A label ends the inquiry. Ask what in the situation made this action likely.");
    case Kind::Minimising:
        return tr("Words like this hide how hard it was in the moment. Say what made it look the way it did.");
    case Kind::WhyDidnt:
        return tr("Ask how it looked at the time: what did they see, and what were they trying to do?");
    case Kind::PersonAsCause:
        return tr("Name the role or the situation rather than the person.");
    }
    return {};
}

} // namespace candor
