// LearningModel under QAbstractItemModelTester: empty and populated, its header and flags, one list per kind that
// keeps to its kind as learnings are added and move between kinds through SessionEdits (precise row signals, never a
// reset), and cell edits that become undoable commands, are refused with editFailed, or push nothing.
#include "models/SessionModelFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>
#include <vector>

using namespace candor;
using namespace candor::testdata;

class TestLearningModel : public EditableSessionModelTest
{
    Q_OBJECT

protected:
    // What we learned; "went well" is in another list.
    Subject subject() override
    {
        return {[this] { return std::make_unique<LearningModel>(repo(), edits(), m_session, LearningKind::Learned); },
                [this] {
                    QList<Learning> learned;
                    for (const Learning &l : repo().learnings(m_session)) {
                        if (l.kind == LearningKind::Learned)
                            learned.append(l);
                    }
                    return idsOf(learned);
                }};
    }
    int expectedColumns() const override { return 1; }
    void headerRows() override;
    void undoableEditRows() override;
    void refusedEditRows() override;
    void unchangedEditRows() override;

private slots:
    void modelsKeepToTheirKind_data();
    void modelsKeepToTheirKind();
};

// ---- Rows of the test functions every session model passes ------------------------------------------------------

void TestLearningModel::headerRows()
{
    // As the class comment promises: a learning's text edits in place.
    QTest::newRow("text") << 0 << QStringLiteral("What we learned") << true;
}

void TestLearningModel::undoableEditRows()
{
    QTest::newRow("text") << 1 << 0 << QVariant(QStringLiteral("Canaries catch most bad deploys"))
                          << QStringLiteral("Edit “Canaries catch most bad deploys”");
}

void TestLearningModel::refusedEditRows()
{
    QTest::newRow("blank text") << 0 << int(Qt::EditRole) << QVariant(QStringLiteral("   ")) << true;
    QTest::newRow("display role") << 0 << int(Qt::DisplayRole) << QVariant(QStringLiteral("Lag alerts")) << false;
}

void TestLearningModel::unchangedEditRows()
{
    QTest::newRow("text") << 0 << 0 << false;
}

// ---- One list per kind -------------------------------------------------------------------------------------------

void TestLearningModel::modelsKeepToTheirKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("header");

    QTest::newRow("went well") << int(LearningKind::WentWell) << QStringLiteral("What went well");
    QTest::newRow("lucky") << int(LearningKind::Lucky) << QStringLiteral("Where we got lucky");
    QTest::newRow("learned") << int(LearningKind::Learned) << QStringLiteral("What we learned");
    QTest::newRow("question") << int(LearningKind::Question) << QStringLiteral("Open questions");
}

void TestLearningModel::modelsKeepToTheirKind()
{
    QFETCH(int, kind);
    QFETCH(QString, header);

    QVERIFY(populate().complete());
    const QList<LearningKind> kinds = PostmortemText::learningKinds();
    std::vector<std::unique_ptr<LearningModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<Spies>> spies;
    for (LearningKind k : kinds) {
        models.push_back(std::make_unique<LearningModel>(repo(), edits(), m_session, k));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        spies.push_back(std::make_unique<Spies>(models.back().get()));
    }
    auto stored = [this](LearningKind k) {
        QList<qint64> ids;
        for (const Learning &l : repo().learnings(m_session)) {
            if (l.kind == k)
                ids.append(l.id);
        }
        return ids;
    };
    auto check = [&] {
        for (size_t n = 0; n < models.size(); ++n) {
            QCOMPARE(models[n]->kind(), kinds.at(qsizetype(n)));
            QCOMPARE(shownIds(*models[n]), stored(kinds.at(qsizetype(n))));
            QCOMPARE(spies[n]->reset.size(), 0);
        }
    };
    auto clearSpies = [&] {
        for (const auto &s : spies)
            s->clear();
    };
    const auto mine = size_t(kind);
    const auto next = (mine + 1) % size_t(kinds.size());
    LearningModel &model = *models[mine];
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), header);
    QCOMPARE(model.columnCount(), 1);
    check();

    // Added to this list: one row at its end, and no signal from the other lists.
    const int end = model.rowCount();
    const Result<qint64> added =
        edits().addLearning(makeLearning(m_session, LearningKind(kind), QStringLiteral("Dashboards lagged too")));
    QVERIFY(added.ok());
    checkRowArguments(spies[mine]->inserted, end, end);
    for (size_t n = 0; n < models.size(); ++n) {
        if (n != mine)
            QCOMPARE(spies[n]->structural() + int(spies[n]->changed.size()), 0);
    }
    const QModelIndex index = model.index(end, 0);
    QCOMPARE(index.data(LearningModel::IdRole).toLongLong(), *added);
    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
        QCOMPARE(index.data(role).toString(), QStringLiteral("Dashboards lagged too"));
    QVERIFY(model.flags(index).testFlag(Qt::ItemIsEditable));
    check();
    clearSpies();

    // Moved to another list: out of this one, into the end of the other; undo moves it back.
    Learning moved = repo().learning(*added).value();
    moved.kind = kinds.at(qsizetype(next));
    const int otherEnd = models[next]->rowCount();
    QVERIFY(edits().editLearning(moved).ok());
    checkRowArguments(spies[mine]->removed, end, end);
    checkRowArguments(spies[next]->inserted, otherEnd, otherEnd);
    check();
    clearSpies();
    stack().undo();
    checkRowArguments(spies[mine]->inserted, end, end);
    checkRowArguments(spies[next]->removed, otherEnd, otherEnd);
    check();
}

QTEST_MAIN(TestLearningModel)
#include "tst_learningmodel.moc"
