#include "PostmortemChoices.h"

#include "domain/Postmortem.h"

namespace candor {

namespace {

template <typename Enum, typename NameOf>
ChoiceDelegate::Choices choicesOf(const QList<Enum> &values, NameOf nameOf)
{
    ChoiceDelegate::Choices choices;
    for (Enum value : values)
        choices.append({nameOf(value), static_cast<int>(value)});
    return choices;
}

} // namespace

ChoiceDelegate::Choices eventKindChoices()
{
    return choicesOf(PostmortemText::eventKinds(), &PostmortemText::eventKindName);
}

ChoiceDelegate::Choices categoryChoices()
{
    return choicesOf(PostmortemText::categories(), &PostmortemText::categoryName);
}

ChoiceDelegate::Choices actionKindChoices()
{
    return choicesOf(PostmortemText::actionKinds(), &PostmortemText::actionKindName);
}

ChoiceDelegate::Choices actionStatusChoices()
{
    return choicesOf(PostmortemText::actionStatuses(), &PostmortemText::actionStatusName);
}

QStringList choiceNames(const ChoiceDelegate::Choices &choices)
{
    QStringList names;
    for (const auto &[name, value] : choices)
        names.append(name);
    return names;
}

} // namespace candor
