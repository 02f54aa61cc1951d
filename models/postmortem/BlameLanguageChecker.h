#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

// Marks words that slide from learning into blame or hindsight ("should have", "human error", "obviously"...),
// with a gentle hint to reframe. Rules are data, one JSON file per language in resources/blame/. The checker only
// reports; it never changes or blocks what people type, and its findings are for the facilitator's console only.
class BlameLanguageChecker
{
    Q_DECLARE_TR_FUNCTIONS(BlameLanguageChecker)
public:
    enum class Kind { Hindsight, Omission, Label, Minimising, WhyDidnt, PersonAsCause };

    struct Finding
    {
        int start = 0;
        int length = 0;
        Kind kind = Kind::Label;
        QString text; // the words as written
    };

    // Rules for a language code ("en", "de"...); falls back to English when the language has no rules.
    static BlameLanguageChecker forLanguage(const QString &languageCode);
    // Rules from a JSON document (see resources/blame/en.json); an invalid document gives a checker with no rules.
    static BlameLanguageChecker fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_rules.isEmpty(); }
    QString language() const { return m_language; }

    // Findings in text order, never overlapping. personNames: people who must not appear as a cause (used for
    // contributing factors); a whole name is matched as whole words in any letter case, and the given name of a
    // name with several words also on its own, as written (capitalised).
    QList<Finding> check(const QString &text, const QStringList &personNames = {}) const;

    static QString hint(Kind kind);

private:
    struct Rule
    {
        Kind kind;
        QRegularExpression expression;
    };
    // The person-name expressions, compiled once per list of names (the console asks for every painted cell).
    struct NamePatterns
    {
        QStringList key;
        std::optional<QRegularExpression> fullNames;
        std::optional<QRegularExpression> givenNames;
    };
    static NamePatterns namePatterns(const QStringList &personNames);

    QString m_language;
    QList<Rule> m_rules;
    mutable NamePatterns m_names;
};

} // namespace candor
