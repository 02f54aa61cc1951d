<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>candor::IncidentsArea</name>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
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
