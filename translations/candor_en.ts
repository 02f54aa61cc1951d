<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnonymityPolicy</name>
    <message numerus="yes">
        <source>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</source>
        <translation>
            <numerusform>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</numerusform>
            <numerusform>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceFilter</name>
    <message numerus="yes">
        <source>Shown once at least %n people have answered.</source>
        <translation>
            <numerusform>Shown once at least %n people have answered.</numerusform>
            <numerusform>Shown once at least %n people have answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandorCli</name>
    <message numerus="yes">
        <source>Problems found: %n</source>
        <translation>
            <numerusform>Problems found: %n</numerusform>
            <numerusform>Problems found: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n problem(s). %2</source>
        <translation>
            <numerusform>Nothing was imported from “%1”: %n problem. %2</numerusform>
            <numerusform>Nothing was imported from “%1”: %n problems. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into wave %1.</source>
        <translation>
            <numerusform>Imported %n response into wave %1.</numerusform>
            <numerusform>Imported %n responses into wave %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: each of the %Ln tables holds the same number of rows on both sides.</source>
        <translation>
            <numerusform>Checked: each of the %Ln tables holds the same number of rows on both sides.</numerusform>
            <numerusform>Checked: each of the %Ln tables holds the same number of rows on both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message numerus="yes">
        <source>the response %1 has %n answer(s), but the instrument has %2 statements.</source>
        <translation>
            <numerusform>the response %1 has %n answer, but the instrument has %2 statements.</numerusform>
            <numerusform>the response %1 has %n answers, but the instrument has %2 statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentMetrics</name>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a detection time, not counted</source>
        <translation>
            <numerusform>%Ln without a detection time, not counted</numerusform>
            <numerusform>%Ln without a detection time, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not resolved yet, not counted</source>
        <translation>
            <numerusform>%Ln not resolved yet, not counted</numerusform>
            <numerusform>%Ln not resolved yet, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done on time</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln done on time</numerusform>
            <numerusform>%Ln done on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done late</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln done late</numerusform>
            <numerusform>%Ln done late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, not due yet</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln open, not due yet</numerusform>
            <numerusform>%Ln open, not due yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln dropped</numerusform>
            <numerusform>%Ln dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsReport</name>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln department</numerusform>
            <numerusform>%Ln departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No figure in this report had to be withheld (%Ln figure(s) in all).</source>
        <translation>
            <numerusform>No figure in this report had to be withheld (%Ln figure in all).</numerusform>
            <numerusform>No figure in this report had to be withheld (%Ln figures in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withheld: %Ln of the %1 figures in this report.</source>
        <translation>
            <numerusform>Withheld: %Ln of the %1 figures in this report.</numerusform>
            <numerusform>Withheld: %Ln of the %1 figures in this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 withheld.</source>
        <comment>instrument, withheld figures, all figures</comment>
        <translation>
            <numerusform>%1: %Ln of %2 withheld.</numerusform>
            <numerusform>%1: %Ln of %2 withheld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 figures withheld.</source>
        <translation>
            <numerusform>%Ln of %1 figures withheld.</numerusform>
            <numerusform>%Ln of %1 figures withheld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>“%1” has %n sub-team(s). Move or delete the sub-teams first.</source>
        <translation>
            <numerusform>“%1” has %n sub-team. Move or delete the sub-teams first.</numerusform>
            <numerusform>“%1” has %n sub-teams. Move or delete the sub-teams first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n incident(s). Move the incidents to another team first.</source>
        <translation>
            <numerusform>“%1” owns %n incident. Move the incidents to another team first.</numerusform>
            <numerusform>“%1” owns %n incidents. Move the incidents to another team first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n survey wave(s), which belong to its trend. Delete the waves first.</source>
        <translation>
            <numerusform>“%1” has %n survey wave, which belong to its trend. Delete the waves first.</numerusform>
            <numerusform>“%1” has %n survey waves, which belong to its trend. Delete the waves first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message numerus="yes">
        <source>%n column(s) chosen for answers, but the instrument asks %1 questions. Choose one column per question.</source>
        <translation>
            <numerusform>%n column chosen for answers, but the instrument asks %1 questions. Choose one column per question.</numerusform>
            <numerusform>%n columns chosen for answers, but the instrument asks %1 questions. Choose one column per question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1 “%2” is set to column %3, but the file has only %n column(s). Choose one of its columns.</source>
        <translation>
            <numerusform>Question %1 “%2” is set to column %3, but the file has only %n column. Choose one of its columns.</numerusform>
            <numerusform>Question %1 “%2” is set to column %3, but the file has only %n columns. Choose one of its columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are set to column %1, but the file has only %n column(s). Choose one of its columns, or none.</source>
        <translation>
            <numerusform>Comments are set to column %1, but the file has only %n column. Choose one of its columns, or none.</numerusform>
            <numerusform>Comments are set to column %1, but the file has only %n columns. Choose one of its columns, or none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsArea</name>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln overdue</source>
        <comment>how many action items, then how many of them are overdue</comment>
        <translation>
            <numerusform>%1, %Ln overdue</numerusform>
            <numerusform>%1, %Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln action item(s) done</source>
        <translation>
            <numerusform>Mark %Ln action item done</numerusform>
            <numerusform>Mark %Ln action items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln action item(s)</source>
        <translation>
            <numerusform>Reopen %Ln action item</numerusform>
            <numerusform>Reopen %Ln action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::CheckPanel</name>
    <message numerus="yes">
        <source>%n answer(s) so far. Results appear once at least %1 people have answered.</source>
        <translation>
            <numerusform>%n answer so far. Results appear once at least %1 people have answered.</numerusform>
            <numerusform>%n answers so far. Results appear once at least %1 people have answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5.</source>
        <translation>
            <numerusform>%n answer, average %1 out of 5.</numerusform>
            <numerusform>%n answers, average %1 out of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Distribution: %1</source>
        <translation>
            <numerusform>%n answer. Distribution: %1</numerusform>
            <numerusform>%n answers. Distribution: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header</source>
        <translation>
            <numerusform>%n row below the header</numerusform>
            <numerusform>%n rows below the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything can be imported: correct the file or the columns above.</source>
        <translation>
            <numerusform>%n problem to fix before anything can be imported: correct the file or the columns above.</numerusform>
            <numerusform>%n problems to fix before anything can be imported: correct the file or the columns above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n response(s).</source>
        <translation>
            <numerusform>Ready to import %n response.</numerusform>
            <numerusform>Ready to import %n responses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s).</source>
        <translation>
            <numerusform>Imported %n response.</numerusform>
            <numerusform>Imported %n responses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ExportActions</name>
    <message numerus="yes">
        <source>Saved all %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>Saved all %n incident to “%1”.</numerusform>
            <numerusform>Saved all %n incidents to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Saved the %n incident the Incidents list shows (its filters applied) to “%1”.</numerusform>
            <numerusform>Saved the %n incidents the Incidents list shows (its filters applied) to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n action item(s) to “%1”.</source>
        <translation>
            <numerusform>Saved all %n action item to “%1”.</numerusform>
            <numerusform>Saved all %n action items to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Saved the %n action item the Action items list shows (its filters applied) to “%1”.</numerusform>
            <numerusform>Saved the %n action items the Action items list shows (its filters applied) to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</source>
        <translation>
            <numerusform>Saved %n survey trend row to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</numerusform>
            <numerusform>Saved %n survey trend rows to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HeatmapModel</name>
    <message numerus="yes">
        <source>%1, %2: %3 (%Ln response(s))</source>
        <comment>team, construct, mean</comment>
        <translation>
            <numerusform>%1, %2: %3 (%Ln response)</numerusform>
            <numerusform>%1, %2: %3 (%Ln responses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::IncidentsArea</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) found</source>
        <translation>
            <numerusform>%Ln incident found</numerusform>
            <numerusform>%Ln incidents found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KioskRespondent</name>
    <message numerus="yes">
        <source>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</source>
        <translation>
            <numerusform>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</numerusform>
            <numerusform>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KioskWindow</name>
    <message numerus="yes">
        <source>%n question(s), one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</source>
        <translation>
            <numerusform>%n question, one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</numerusform>
            <numerusform>%n questions, one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message numerus="yes">
        <source>Loaded the demo organisation: %n incident(s).</source>
        <translation>
            <numerusform>Loaded the demo organisation: %n incident.</numerusform>
            <numerusform>Loaded the demo organisation: %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::SessionConsole</name>
    <message numerus="yes">
        <source>Round %1 · %n still to speak</source>
        <translation>
            <numerusform>Round %1 · %n still to speak</numerusform>
            <numerusform>Round %1 · %n still to speak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::SurveyWaveModel</name>
    <message numerus="yes">
        <source>Figures are shown from %n response(s)</source>
        <translation>
            <numerusform>Figures are shown from %n response</numerusform>
            <numerusform>Figures are shown from %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n response(s)</source>
        <translation>
            <numerusform>Comments are shown from %n response</numerusform>
            <numerusform>Comments are shown from %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</source>
        <translation>
            <numerusform>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</numerusform>
            <numerusform>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::TeamTreeModel</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) here and in sub-teams</source>
        <translation>
            <numerusform>%Ln member here and in sub-teams</numerusform>
            <numerusform>%Ln members here and in sub-teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::TeamsArea</name>
    <message numerus="yes">
        <source>Delete the team “%1” and its %n member(s)? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Delete the team “%1” and its %n member? You can undo this with Edit &gt; Undo.</numerusform>
            <numerusform>Delete the team “%1” and its %n members? You can undo this with Edit &gt; Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::TrendChart</name>
    <message numerus="yes">
        <source>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</source>
        <translation>
            <numerusform>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</numerusform>
            <numerusform>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::TrendModel</name>
    <message numerus="yes">
        <source>%1: mean %2 (95% CI %3 to %4), %Ln response(s)</source>
        <translation>
            <numerusform>%1: mean %2 (95% CI %3 to %4), %Ln response</numerusform>
            <numerusform>%1: mean %2 (95% CI %3 to %4), %Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::WaveDetails</name>
    <message numerus="yes">
        <source>Comments are shown only when the wave's figures are, from %n responses.</source>
        <translation>
            <numerusform>Comments are shown only when the wave's figures are, from %n responses.</numerusform>
            <numerusform>Comments are shown only when the wave's figures are, from %n responses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n responses, so no one is known by how they write.</source>
        <translation>
            <numerusform>Comments are shown from %n responses, so no one is known by how they write.</numerusform>
            <numerusform>Comments are shown from %n responses, so no one is known by how they write.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::WaveDialog</name>
    <message numerus="yes">
        <source>%n question(s) on a %1-point scale.</source>
        <translation>
            <numerusform>%n question on a %1-point scale.</numerusform>
            <numerusform>%n questions on a %1-point scale.</numerusform>
        </translation>
    </message>
</context>
</TS>
