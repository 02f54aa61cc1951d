// The application as app/main.cpp builds it, on a database in a temporary folder, for GUI tests.
#pragma once

#include "MainWindow.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/Clock.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"
#include "undo/SessionEdits.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace candor::testdata {

// Everything app/main.cpp builds, in the same order; the clock is a manual one so timers are testable.
struct App
{
    explicit App(const QString &path)
    {
        status = database.open(path);
        if (!status)
            return;
        teams = std::make_unique<TeamRepository>(database);
        incidents = std::make_unique<IncidentRepository>(database);
        teamModel = std::make_unique<TeamTreeModel>(*teams);
        memberModel = std::make_unique<MemberTableModel>(*teams);
        incidentModel = std::make_unique<IncidentTableModel>(*incidents, *teams);
        undoStack = std::make_unique<QUndoStack>();
        edits = std::make_unique<Edits>(*undoStack, *teams, *incidents);
        postmortems = std::make_unique<PostmortemRepository>(database);
        sessionEdits = std::make_unique<SessionEdits>(*undoStack, *postmortems);
        sessionModel = std::make_unique<SessionTableModel>(*postmortems);
        ActionFilter open;
        open.openOnly = true;
        actionModel = std::make_unique<ActionItemsModel>(*postmortems, *sessionEdits, open);
        // Every change the window makes must keep the models consistent.
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            teamModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            memberModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        auto incidentTester = std::make_unique<QAbstractItemModelTester>(
            incidentModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        incidentTester->setUseFetchMore(false);
        testers.push_back(std::move(incidentTester));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            sessionModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            actionModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        window = std::make_unique<MainWindow>(AppContext{database, *teams, *incidents, *teamModel, *memberModel,
                                                         *incidentModel, *undoStack, *edits, *postmortems,
                                                         *sessionEdits, *sessionModel, *actionModel, clock, checker});
    }

    ~App()
    {
        window.reset(); // before the stack and models it watches
        testers.clear();
        actionModel.reset();
        sessionModel.reset();
        sessionEdits.reset();
        edits.reset();
        undoStack.reset();
        postmortems.reset();
        incidentModel.reset();
        memberModel.reset();
        teamModel.reset();
        incidents.reset();
        teams.reset();
    }

    Database database;
    Status status;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    std::unique_ptr<TeamRepository> teams;
    std::unique_ptr<IncidentRepository> incidents;
    std::unique_ptr<TeamTreeModel> teamModel;
    std::unique_ptr<MemberTableModel> memberModel;
    std::unique_ptr<IncidentTableModel> incidentModel;
    std::unique_ptr<QUndoStack> undoStack;
    std::unique_ptr<Edits> edits;
    std::unique_ptr<PostmortemRepository> postmortems;
    std::unique_ptr<SessionEdits> sessionEdits;
    std::unique_ptr<SessionTableModel> sessionModel;
    std::unique_ptr<ActionItemsModel> actionModel;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::unique_ptr<MainWindow> window;
};

} // namespace candor::testdata
