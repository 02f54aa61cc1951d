// team add, member add.
#include "Cli.h"

#include "storage/TeamRepository.h"

namespace candor::cli {

int teamCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add"), Text::tr("The action: add."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The new team's name."));
    parser.addOption(
        {QStringLiteral("parent"), Text::tr("Put the team under this team (its department)."), QStringLiteral("NAME")});
    int code = Ok;
    if (!parse(parser, args, Text::tr("Add a team."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != QLatin1String("add"))
        return fail(Text::tr("Use: candor-cli team add NAME [--parent NAME]"), Usage);

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    TeamRepository teams(database);
    Team team;
    team.name = positional[1].trimmed();
    if (parser.isSet(QStringLiteral("parent"))) {
        const Result<Team> parent = teams.teamByName(parser.value(QStringLiteral("parent")));
        if (!parent)
            return fail(parent.error());
        team.parentId = parent->id;
    }
    const Result<qint64> id = teams.insertTeam(team);
    if (!id)
        return fail(id.error());
    out() << Text::tr("Added team “%1” (id %2).").arg(team.name).arg(*id) << Qt::endl;
    return Ok;
}

int memberCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add"), Text::tr("The action: add."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The member's name."));
    parser.addOption({QStringLiteral("team"), Text::tr("The member's team."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), Text::tr("The member's role, e.g. \"Site reliability engineer\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("manager"), Text::tr("The member manages people on the team.")});
    int code = Ok;
    if (!parse(parser, args, Text::tr("Add a member to a team."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != QLatin1String("add"))
        return fail(Text::tr("Use: candor-cli member add NAME --team NAME [--role TEXT] [--manager]"), Usage);
    if (!parser.isSet(QStringLiteral("team")))
        return fail(Text::tr("Say which team the member is on with --team NAME."), Usage);

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    TeamRepository teams(database);
    const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
    if (!team)
        return fail(team.error());
    Member member;
    member.name = positional[1].trimmed();
    member.teamId = team->id;
    member.role = parser.value(QStringLiteral("role")).trimmed();
    member.isManager = parser.isSet(QStringLiteral("manager"));
    const Result<qint64> id = teams.insertMember(member);
    if (!id)
        return fail(id.error());
    out() << Text::tr("Added “%1” to “%2” (id %3).").arg(member.name, team->name).arg(*id) << Qt::endl;
    return Ok;
}

} // namespace candor::cli
