<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>candor::IncidentsArea</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
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
</TS>
