#pragma once

#include "ChoiceDelegate.h"

namespace candor {

// The translated names and values of the postmortem's enumerations, for combo boxes and ChoiceDelegate, in the
// order PostmortemText lists them.
ChoiceDelegate::Choices eventKindChoices();
ChoiceDelegate::Choices categoryChoices();
ChoiceDelegate::Choices actionKindChoices();
ChoiceDelegate::Choices actionStatusChoices();

// The names only, for measuring columns.
QStringList choiceNames(const ChoiceDelegate::Choices &choices);

} // namespace candor
