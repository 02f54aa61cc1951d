<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnonymityPolicy</name>
    <message>
        <source>Withheld (k = %1)</source>
        <comment>withheld survey figure</comment>
        <translation>Zurückgehalten (k = %1)</translation>
    </message>
    <message numerus="yes">
        <source>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</source>
        <translation>
            <numerusform>Zurückgehalten: weniger als %n Antwort, oder ausgeblendet, damit sich eine kleinere Gruppe nicht aus den angezeigten Werten errechnen lässt.</numerusform>
            <numerusform>Zurückgehalten: weniger als %n Antworten, oder ausgeblendet, damit sich eine kleinere Gruppe nicht aus den angezeigten Werten errechnen lässt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceFilter</name>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Noch niemand ist beigetreten.</translation>
    </message>
    <message>
        <source>Notable events</source>
        <translation>Wichtige Ereignisse</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Was geschah, der Reihe nach</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Noch nichts auf der Zeitleiste.</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Was uns behindert hat</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <source>No factors yet.</source>
        <translation>Noch keine Faktoren.</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Was uns geholfen hat</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Noch offen von früher: Haben unsere Korrekturen gehalten?</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Was wir tun werden</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The summary is being written.</source>
        <translation>Die Zusammenfassung wird gerade geschrieben.</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation>Wie es uns geht</translation>
    </message>
    <message numerus="yes">
        <source>Shown once at least %n people have answered.</source>
        <translation>
            <numerusform>Wird angezeigt, sobald mindestens %n Person geantwortet hat.</numerusform>
            <numerusform>Wird angezeigt, sobald mindestens %n Personen geantwortet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers are being collected. The result appears when everyone has answered.</source>
        <translation>Die Antworten werden gesammelt. Das Ergebnis erscheint, wenn alle geantwortet haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Average %1 out of 5</source>
        <translation>Durchschnitt %1 von 5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>the database stayed busy: another program kept it locked. Try again in a moment.</source>
        <translation>die Datenbank blieb belegt: Ein anderes Programm hielt sie gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>SQLite reported: %1.</source>
        <translation>SQLite meldete: %1.</translation>
    </message>
    <message>
        <source>No backup file was given. Give the path of the file to write.</source>
        <translation>Es wurde keine Sicherungsdatei angegeben. Geben Sie den Pfad der zu schreibenden Datei an.</translation>
    </message>
    <message>
        <source>Cannot back up: the database is not open.</source>
        <translation>Sicherung nicht möglich: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data yet; there is nothing to back up.</source>
        <translation>„%1“ enthält noch keine Candor-Daten; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name inside it.</source>
        <translation>„%1“ ist ein Ordner. Geben Sie einen Dateinamen darin an.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose another file for the backup.</source>
        <translation>„%1“ ist die Datenbank selbst. Wählen Sie eine andere Datei für die Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is a database in use (there is a “-wal” file beside it). Choose another file for the backup.</source>
        <translation>„%1“ ist eine Datenbank in Benutzung (daneben liegt eine „-wal“-Datei). Wählen Sie eine andere Datei für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another place for the backup.</source>
        <translation>Der Ordner „%1“ existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort für die Sicherung.</translation>
    </message>
    <message>
        <source>Could not back up to “%1”: %2 Nothing was written there.</source>
        <translation>Sicherung nach „%1“ fehlgeschlagen: %2 Dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>cannot create a file in “%1” (%2). Check that you may write there.</source>
        <translation>in „%1“ kann keine Datei angelegt werden (%2). Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>the copy could not be made a single file (journal mode “%1”).</source>
        <translation>die Kopie konnte nicht zu einer einzelnen Datei gemacht werden (Journalmodus „%1“).</translation>
    </message>
    <message>
        <source>the copy failed its check (%1).</source>
        <translation>die Kopie hat ihre Prüfung nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>%1. Check the free space and that you may write to the folder.</source>
        <translation>%1. Prüfen Sie den freien Speicherplatz und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>No backup file was given. Choose the backup to restore.</source>
        <translation>Es wurde keine Sicherungsdatei angegeben. Wählen Sie die Sicherung, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the path of the backup.</source>
        <translation>Es gibt keine Datei „%1“. Prüfen Sie den Pfad der Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file.</source>
        <translation>„%1“ ist ein Ordner, keine Sicherungsdatei. Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup (it is not a SQLite file, or it is damaged). Choose another file.</source>
        <translation>„%1“ ist keine Candor-Sicherung (keine SQLite-Datei oder beschädigt). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it is another program&apos;s database, or an empty one. Choose another file.</source>
        <translation>„%1“ ist keine Candor-Sicherung: Es ist die Datenbank eines anderen Programms oder eine leere Datenbank. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to restore it.</source>
        <translation>„%1“ stammt aus einer neueren Candor-Version (Schemaversion %2; diese Candor-Version kennt bis %3). Aktualisieren Sie Candor, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it holds no Candor data. Choose another file.</source>
        <translation>„%1“ ist keine Candor-Sicherung: Sie enthält keine Candor-Daten. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is damaged (its integrity check failed), so it cannot be restored. Choose another backup.</source>
        <translation>„%1“ ist beschädigt (die Integritätsprüfung ist fehlgeschlagen) und kann daher nicht wiederhergestellt werden. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Cannot restore: the database is not open.</source>
        <translation>Wiederherstellen nicht möglich: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose a backup to restore.</source>
        <translation>„%1“ ist die Datenbank selbst. Wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>“%1” is open in Candor or in another program. Close it there, then restore again; nothing was changed.</source>
        <translation>„%1“ ist in Candor oder in einem anderen Programm geöffnet. Schließen Sie sie dort und stellen Sie dann erneut wieder her; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Did not restore, because keeping the current database as a backup failed. %1</source>
        <translation>Nicht wiederhergestellt, weil die aktuelle Datenbank nicht als Sicherung aufbewahrt werden konnte. %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2 Nothing was restored.</source>
        <translation>„%1“ kann nicht gelesen werden: %2 Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not restore “%1” into “%2”: %3 The database was not changed.</source>
        <translation>„%1“ konnte nicht in „%2“ wiederhergestellt werden: %3 Die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder “%1”. Check that you may write there.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor makes backup files of SQLite databases only. Ask the server&apos;s administrator for its backups.</source>
        <translation>%1 liegt auf einem PostgreSQL-Server: Candor erstellt Sicherungsdateien nur von SQLite-Datenbanken. Fragen Sie die Administration des Servers nach dessen Sicherungen.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor restores backup files into SQLite databases only. Ask the server&apos;s administrator to restore it.</source>
        <translation>%1 liegt auf einem PostgreSQL-Server: Candor stellt Sicherungsdateien nur in SQLite-Datenbanken wieder her. Bitten Sie die Administration des Servers, sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>BlameLanguageChecker</name>
    <message>
        <source>The blame-language rules are not valid JSON: %1.</source>
        <translation>Die Regeln für Schuldzuweisungssprache sind kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” in the blame-language rules.</source>
        <translation>Unbekannte Art „%1“ in den Regeln für Schuldzuweisungssprache.</translation>
    </message>
    <message>
        <source>Hindsight: describe what people knew and saw at the time, and why their actions made sense then.</source>
        <translation>Rückschaufehler: Beschreiben Sie, was die Beteiligten damals wussten und sahen und warum ihr Handeln zu diesem Zeitpunkt sinnvoll war.</translation>
    </message>
    <message>
        <source>Describe what happened and what made it hard, rather than what someone did not do.</source>
        <translation>Beschreiben Sie, was geschah und was es schwer machte, statt dessen, was jemand nicht getan hat.</translation>
    </message>
    <message>
        <source>A label ends the inquiry. Ask what in the situation made this action likely.</source>
        <translation>Ein Urteil wie dieses beendet das Nachfragen. Fragen Sie, was in der Situation diese Handlung wahrscheinlich machte.</translation>
    </message>
    <message>
        <source>Words like this hide how hard it was in the moment. Say what made it look the way it did.</source>
        <translation>Solche Wörter verbergen, wie schwer es im Moment war. Sagen Sie, warum es so aussah, wie es aussah.</translation>
    </message>
    <message>
        <source>Ask how it looked at the time: what did they see, and what were they trying to do?</source>
        <translation>Fragen Sie, wie es damals aussah: Was haben die Beteiligten gesehen, und was wollten sie erreichen?</translation>
    </message>
    <message>
        <source>Name the role or the situation rather than the person.</source>
        <translation>Nennen Sie die Rolle oder die Situation statt der Person.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>A bulk write ran outside a transaction; nothing was written. Start a write transaction first.</source>
        <translation>Ein Massenschreibvorgang lief außerhalb einer Transaktion; es wurde nichts geschrieben. Starten Sie zuerst eine Schreibtransaktion.</translation>
    </message>
</context>
<context>
    <name>CandorCli</name>
    <message>
        <source>The action: add.</source>
        <translation>Die Aktion: add.</translation>
    </message>
    <message>
        <source>The new team&apos;s name.</source>
        <translation>Der Name des neuen Teams.</translation>
    </message>
    <message>
        <source>Put the team under this team (its department).</source>
        <translation>Das Team unter diesem Team einordnen (seiner Abteilung).</translation>
    </message>
    <message>
        <source>Add a team.</source>
        <translation>Ein Team hinzufügen.</translation>
    </message>
    <message>
        <source>Use: candor-cli team add NAME [--parent NAME]</source>
        <translation>Aufruf: candor-cli team add NAME [--parent NAME]</translation>
    </message>
    <message>
        <source>Added team “%1” (id %2).</source>
        <translation>Team „%1“ hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>Der Name des Mitglieds.</translation>
    </message>
    <message>
        <source>The member&apos;s team.</source>
        <translation>Das Team des Mitglieds.</translation>
    </message>
    <message>
        <source>The member&apos;s role, e.g. &quot;Site reliability engineer&quot;.</source>
        <translation>Die Rolle des Mitglieds, z. B. „Site Reliability Engineer“.</translation>
    </message>
    <message>
        <source>The member manages people on the team.</source>
        <translation>Das Mitglied hat Personalverantwortung im Team.</translation>
    </message>
    <message>
        <source>Add a member to a team.</source>
        <translation>Ein Mitglied zu einem Team hinzufügen.</translation>
    </message>
    <message>
        <source>Use: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</source>
        <translation>Aufruf: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</translation>
    </message>
    <message>
        <source>Say which team the member is on with --team NAME.</source>
        <translation>Geben Sie mit --team NAME an, zu welchem Team das Mitglied gehört.</translation>
    </message>
    <message>
        <source>Added “%1” to “%2” (id %3).</source>
        <translation>„%1“ zu „%2“ hinzugefügt (ID %3).</translation>
    </message>
    <message>
        <source>Write the postmortem report of an incident: title, summary, customer impact, incident metrics, participants, the agreed timeline, contributing factors by category with the events each explains, learnings, action items (owner team, due date, status), the phases, the phase log and the closing check.

--format md prints CommonMark (exactly what candor-cli postmortem show prints), --format html a standalone HTML page; both go to standard output unless -o FILE is given. --format pdf needs -o FILE; its page size is --page a4 or --page letter, by default Letter in the United States, Canada and other countries that use it, and A4 elsewhere. Times are local time. A file is written completely or not at all.</source>
        <translation>Den Postmortem-Bericht eines Vorfalls schreiben: Titel, Zusammenfassung, Auswirkung auf Kunden, Vorfallkennzahlen, Teilnehmende, die vereinbarte Zeitleiste, Einflussfaktoren nach Kategorie mit den Ereignissen, die sie erklären, Erkenntnisse, Maßnahmen (verantwortliches Team, Fälligkeitsdatum, Status), die Phasen, das Phasenprotokoll und die Abschlussabfrage.

--format md gibt CommonMark aus (genau das, was candor-cli postmortem show ausgibt), --format html eine eigenständige HTML-Seite; beide gehen an die Standardausgabe, sofern nicht -o FILE angegeben ist. --format pdf braucht -o FILE; das Seitenformat ist --page a4 oder --page letter, standardmäßig Letter in den Vereinigten Staaten, Kanada und anderen Ländern, die es verwenden, und sonst A4. Zeiten sind Ortszeit. Eine Datei wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>The incident&apos;s id, as candor-cli list incidents shows it.</source>
        <translation>Die ID des Vorfalls, wie candor-cli list incidents sie anzeigt.</translation>
    </message>
    <message>
        <source>md (Markdown), html or pdf.</source>
        <translation>md (Markdown), html oder pdf.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page size: a4 or letter (default: from the locale).</source>
        <translation>Das Seitenformat des PDFs: a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>Use: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</source>
        <translation>Aufruf: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</translation>
    </message>
    <message>
        <source>“%1” is not an incident id. Use the number that candor-cli list incidents shows.</source>
        <translation>„%1“ ist keine Vorfall-ID. Verwenden Sie die Nummer, die candor-cli list incidents anzeigt.</translation>
    </message>
    <message>
        <source>Say which format: --format md, html or pdf.</source>
        <translation>Geben Sie das Format an: --format md, html oder pdf.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md, html or pdf.</source>
        <translation>Unbekanntes Format „%1“. Verwenden Sie --format md, html oder pdf.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output. Name the file with -o FILE.pdf.</source>
        <translation>Ein PDF kann nicht an die Standardausgabe gehen. Geben Sie die Datei mit -o FILE.pdf an.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or --page letter.</source>
        <translation>Unbekanntes Seitenformat „%1“. Verwenden Sie --page a4 oder --page letter.</translation>
    </message>
    <message>
        <source>--page is for PDF only. Use it with --format pdf.</source>
        <translation>--page gilt nur für PDF. Verwenden Sie es mit --format pdf.</translation>
    </message>
    <message>
        <source>%1 See the ids with: candor-cli list incidents</source>
        <translation>%1 Die IDs anzeigen mit: candor-cli list incidents</translation>
    </message>
    <message>
        <source>This candor-cli cannot draw PDF files here. Use --format html and print that page to PDF instead.</source>
        <translation>Dieses candor-cli kann hier keine PDF-Dateien erzeugen. Verwenden Sie --format html und drucken Sie diese Seite stattdessen als PDF.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>matched in</source>
        <translation>gefunden in</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Die Wörter, nach denen gesucht wird.</translation>
    </message>
    <message>
        <source>Only incidents of this team and its sub-teams.</source>
        <translation>Nur Vorfälle dieses Teams und seiner Unterteams.</translation>
    </message>
    <message>
        <source>At most this many incidents (default 20).</source>
        <translation>Höchstens so viele Vorfälle (Standard 20).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Search the incidents&apos; titles, services and summaries and their postmortems&apos; timelines and contributing factors. Every word must start a word of the same text (case and accents are ignored); the best match comes first, a title match before the rest (when a word is in thousands of texts: title, service, summary, then timeline and factor matches, newest first). Each incident shows where it matched and an excerpt with the matched words in [brackets]. Times are ISO 8601 (UTC) in CSV and JSON.</source>
        <translation>Durchsucht die Titel, Dienste und Zusammenfassungen der Vorfälle sowie die Zeitleisten und Einflussfaktoren ihrer Postmortems. Jedes Wort muss den Anfang eines Wortes im selben Text bilden (Groß-/Kleinschreibung und Akzente werden ignoriert); der beste Treffer kommt zuerst, ein Treffer im Titel vor den übrigen (wenn ein Wort in Tausenden von Texten vorkommt: Titel, Dienst, Zusammenfassung, dann Treffer in Zeitleiste und Faktoren, neueste zuerst). Zu jedem Vorfall wird angezeigt, wo er gefunden wurde, und ein Auszug mit den gefundenen Wörtern in [eckigen Klammern]. Zeiten sind in CSV und JSON im Format ISO 8601 (UTC).</translation>
    </message>
    <message>
        <source>Give the text to search for as one argument (quote it when it has spaces): candor-cli search &quot;disk full&quot;</source>
        <translation>Geben Sie den Suchtext als ein Argument an (in Anführungszeichen, wenn er Leerzeichen enthält): candor-cli search &quot;disk full&quot;</translation>
    </message>
    <message>
        <source>The search text is empty. Give at least one word to look for.</source>
        <translation>Der Suchtext ist leer. Geben Sie mindestens ein Wort an, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000, not “%1”.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 10000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format table, csv or json.</source>
        <translation>Unbekanntes Format „%1“. Verwenden Sie --format table, csv oder json.</translation>
    </message>
    <message>
        <source>No incident matches “%1”.</source>
        <translation>Kein Vorfall passt zu „%1“.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version. Exit 0: healthy; 1: problems found (listed); 2: the database cannot be opened.</source>
        <translation>Prüft Integrität und Schemaversion der Datenbank. Exit-Code 0: in Ordnung; 1: Probleme gefunden (aufgelistet); 2: Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>check takes no arguments. Run: candor-cli check --help</source>
        <translation>check nimmt keine Argumente. Aufruf: candor-cli check --help</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>Schemaversion: %1 (aktuell)</translation>
    </message>
    <message>
        <source>Schema version: %1 (Candor updates it to %2 the next time it opens the file)</source>
        <translation>Schemaversion: %1 (Candor aktualisiert sie auf %2, wenn die Datei das nächste Mal geöffnet wird)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n</source>
        <translation>
            <numerusform>Probleme gefunden: %n</numerusform>
            <numerusform>Probleme gefunden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Run: candor-cli %2 --help</source>
        <translation>%1. Aufruf: candor-cli %2 --help</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (complete or not at all).</source>
        <translation>In FILE statt in die Standardausgabe schreiben (vollständig oder gar nicht).</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>--db needs a path: candor-cli --db PATH COMMAND</source>
        <translation>--db braucht einen Pfad: candor-cli --db PATH COMMAND</translation>
    </message>
    <message>
        <source>Unknown option “%1” before the command. Run: candor-cli --help</source>
        <translation>Unbekannte Option „%1“ vor dem Befehl. Aufruf: candor-cli --help</translation>
    </message>
    <message>
        <source>No command given. Run: candor-cli --help</source>
        <translation>Kein Befehl angegeben. Aufruf: candor-cli --help</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run: candor-cli --help</source>
        <translation>Unbekannter Befehl „%1“. Aufruf: candor-cli --help</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-02.</source>
        <translation>--%1 „%2“ ist kein Datum. Schreiben Sie es als YYYY-MM-DD, z. B. 2026-03-02.</translation>
    </message>
    <message>
        <source>--%1 “%2” must be a whole number from %3 to %4.</source>
        <translation>--%1 „%2“ muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>--%1 is required. Use: %2</source>
        <translation>--%1 ist erforderlich. Aufruf: %2</translation>
    </message>
    <message>
        <source>--columns “%1” must list column numbers from 1, separated by commas, e.g. 2,3,4.</source>
        <translation>--columns „%1“ muss Spaltennummern ab 1 auflisten, durch Kommas getrennt, z. B. 2,3,4.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CSV file. Use: %1</source>
        <translation>Geben Sie eine CSV-Datei an. Aufruf: %1</translation>
    </message>
    <message>
        <source>--wave and --columns are required. Use: %1</source>
        <translation>--wave und --columns sind erforderlich. Aufruf: %1</translation>
    </message>
    <message>
        <source>--wave “%1” is not a wave id. candor-cli survey create-wave prints it.</source>
        <translation>--wave „%1“ ist keine Wellen-ID. candor-cli survey create-wave gibt sie aus.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, more than any survey export. Check the file.</source>
        <translation>„%1“ ist größer als %2 MB, größer als jeder Umfrageexport. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Aus „%1“ wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>--columns lists %1 columns, but wave %2 asks %3 questions. List one column per question, in question order.</source>
        <translation>--columns listet %1 Spalten auf, aber Welle %2 stellt %3 Fragen. Geben Sie eine Spalte pro Frage an, in der Reihenfolge der Fragen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n problem(s). %2</source>
        <translation>
            <numerusform>Aus „%1“ wurde nichts importiert: %n Problem. %2</numerusform>
            <numerusform>Aus „%1“ wurde nichts importiert: %n Probleme. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no answers below its header row; nothing was imported.</source>
        <translation>„%1“ enthält unter der Kopfzeile keine Antworten; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into wave %1.</source>
        <translation>
            <numerusform>%n Antwort in Welle %1 importiert.</numerusform>
            <numerusform>%n Antworten in Welle %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>create-wave or import.</source>
        <translation>create-wave oder import.</translation>
    </message>
    <message>
        <source>create-wave: the team surveyed.</source>
        <translation>create-wave: das befragte Team.</translation>
    </message>
    <message>
        <source>create-wave: psych-safety, westrum, health-check or a custom instrument&apos;s key.</source>
        <translation>create-wave: psych-safety, westrum, health-check oder der Schlüssel eines eigenen Fragebogens.</translation>
    </message>
    <message>
        <source>create-wave: the day the wave opens.</source>
        <translation>create-wave: der Tag, an dem die Welle beginnt.</translation>
    </message>
    <message>
        <source>create-wave: the day it closes (optional).</source>
        <translation>create-wave: der Tag, an dem sie endet (optional).</translation>
    </message>
    <message>
        <source>create-wave: how many people are invited.</source>
        <translation>create-wave: wie viele Personen eingeladen sind.</translation>
    </message>
    <message>
        <source>create-wave: the anonymity threshold, 3 to 10 (default 5): no figure rests on fewer responses.</source>
        <translation>create-wave: die Anonymitätsschwelle, 3 bis 10 (Standard 5): Kein Wert beruht auf weniger Antworten.</translation>
    </message>
    <message>
        <source>create-wave: comments are shown from this many responses (default: k).</source>
        <translation>create-wave: Kommentare werden ab so vielen Antworten angezeigt (Standard: k).</translation>
    </message>
    <message>
        <source>create-wave: a title, e.g. &quot;Spring pulse&quot;.</source>
        <translation>create-wave: ein Titel, z. B. „Frühjahrs-Puls“.</translation>
    </message>
    <message>
        <source>import: the wave&apos;s id.</source>
        <translation>import: die ID der Welle.</translation>
    </message>
    <message>
        <source>import: the CSV column numbers (from 1) of the questions, in question order.</source>
        <translation>import: die CSV-Spaltennummern (ab 1) der Fragen, in der Reihenfolge der Fragen.</translation>
    </message>
    <message>
        <source>import: the CSV column number of a comment.</source>
        <translation>import: die CSV-Spaltennummer eines Kommentars.</translation>
    </message>
    <message>
        <source>create-wave takes no arguments, only options. Use: %1</source>
        <translation>create-wave nimmt keine Argumente, nur Optionen. Aufruf: %1</translation>
    </message>
    <message>
        <source>Use: candor-cli survey create-wave ... or candor-cli survey import .... Run: candor-cli survey --help</source>
        <translation>Aufruf: candor-cli survey create-wave ... oder candor-cli survey import .... Siehe: candor-cli survey --help</translation>
    </message>
    <message>
        <source>Only this team, or this department with every team below it.</source>
        <translation>Nur dieses Team oder diese Abteilung mit allen Teams darunter.</translation>
    </message>
    <message>
        <source>The whole organisation (the default).</source>
        <translation>Die gesamte Organisation (Standard).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: what the locale uses).</source>
        <translation>Papierformat: a4 oder letter (Standard: wie im Gebietsschema üblich).</translation>
    </message>
    <message>
        <source>The survey insights report for HR as a PDF: for every instrument the trend charts of the teams and departments by quarter, a heatmap of teams by quarter, and a note on what was withheld and why. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld and carries no number.</source>
        <translation>Der Auswertungsbericht der Umfragen für HR als PDF: für jeden Fragebogen die Trenddiagramme der Teams und Abteilungen nach Quartal, eine Heatmap der Teams nach Quartal und ein Hinweis, was zurückgehalten wurde und warum. Ein Wert, der auf weniger Antworten beruht als die Anonymitätsschwelle seiner Welle, oder einer, aus dem sich ein solcher Wert errechnen ließe, wird zurückgehalten und trägt keine Zahl.</translation>
    </message>
    <message>
        <source>insights-report takes no arguments, only options. Run: candor-cli insights-report --help</source>
        <translation>insights-report nimmt keine Argumente, nur Optionen. Aufruf: candor-cli insights-report --help</translation>
    </message>
    <message>
        <source>Use either --team NAME or --all, not both.</source>
        <translation>Verwenden Sie entweder --team NAME oder --all, nicht beides.</translation>
    </message>
    <message>
        <source>insights-report needs -o FILE.pdf: a PDF is not written to standard output.</source>
        <translation>insights-report braucht -o FILE.pdf: Ein PDF wird nicht in die Standardausgabe geschrieben.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or letter.</source>
        <translation>Unbekanntes Seitenformat „%1“. Verwenden Sie --page a4 oder letter.</translation>
    </message>
    <message>
        <source>Write the whole database as JSON: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments. Ids are kept; responses carry no id and no order. Times are ISO 8601 (UTC). docs/json-format.md describes the format. Load the file into a new database with: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>Die gesamte Datenbank als JSON schreiben: Teams, Mitglieder, Vorfälle, Postmortems und Retros mit allem, was darin festgehalten wurde, Umfragefragebögen, Wellen, ihre anonymen Antworten und Kommentare. IDs bleiben erhalten; Antworten tragen keine ID und keine Reihenfolge. Zeiten sind im Format ISO 8601 (UTC). docs/json-format.md beschreibt das Format. Laden Sie die Datei in eine neue Datenbank mit: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.json. Run: candor-cli export --help</source>
        <translation>export nimmt keine Argumente; geben Sie die Datei mit -o FILE.json an. Aufruf: candor-cli export --help</translation>
    </message>
    <message>
        <source>A JSON export of Candor.</source>
        <translation>Ein JSON-Export von Candor.</translation>
    </message>
    <message>
        <source>Load a JSON export (candor-cli export) into a new, empty database. The whole file is checked first and written in one transaction: a file with any problem changes nothing, and the message names the place in the file, such as $.incidents[12].severity. Files of up to 512 MB are read.</source>
        <translation>Einen JSON-Export (candor-cli export) in eine neue, leere Datenbank laden. Die ganze Datei wird zuerst geprüft und in einer Transaktion geschrieben: Eine Datei mit irgendeinem Problem ändert nichts, und die Meldung nennt die Stelle in der Datei, etwa $.incidents[12].severity. Dateien bis 512 MB werden gelesen.</translation>
    </message>
    <message>
        <source>import needs one file: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>import braucht eine Datei: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>“%1” already holds data; an import would mix two organisations. Import into a new database: candor-cli --db NEW.sqlite import %2</source>
        <translation>„%1“ enthält bereits Daten; ein Import würde zwei Organisationen vermischen. Importieren Sie in eine neue Datenbank: candor-cli --db NEW.sqlite import %2</translation>
    </message>
    <message>
        <source>Imported teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Importiert: Teams: %1, Mitglieder: %2, Vorfälle: %3, Postmortems und Retros: %4, Umfragefragebögen: %5, Umfragewellen: %6, Antworten: %7, Kommentare: %8.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>teams, members, incidents or actions.</source>
        <translation>teams, members, incidents oder actions.</translation>
    </message>
    <message>
        <source>Only this team and its sub-teams (for actions: the owning team).</source>
        <translation>Nur dieses Team und seine Unterteams (bei actions: das verantwortliche Team).</translation>
    </message>
    <message>
        <source>actions only: only open items due before today.</source>
        <translation>nur actions: nur offene Maßnahmen, die vor heute fällig waren.</translation>
    </message>
    <message>
        <source>actions only: open, in-progress, done or dropped.</source>
        <translation>nur actions: open, in-progress, done oder dropped.</translation>
    </message>
    <message>
        <source>csv only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one.</source>
        <translation>nur csv: mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen, für Tabellenkalkulationen, die eine brauchen.</translation>
    </message>
    <message>
        <source>List teams, members, incidents or the action items of every postmortem and retro. Times and dates are ISO 8601 (UTC) in CSV and JSON. Action items are listed overdue and soonest due first; their &quot;overdue&quot; column says whether an open item was due before today.</source>
        <translation>Teams, Mitglieder, Vorfälle oder die Maßnahmen aller Postmortems und Retros auflisten. Zeiten und Daten sind in CSV und JSON im Format ISO 8601 (UTC). Maßnahmen werden überfällige und am frühesten fällige zuerst aufgelistet; ihre Spalte „overdue“ gibt an, ob eine offene Maßnahme vor heute fällig war.</translation>
    </message>
    <message>
        <source>Say what to list: candor-cli list teams|members|incidents|actions</source>
        <translation>Geben Sie an, was aufgelistet werden soll: candor-cli list teams|members|incidents|actions</translation>
    </message>
    <message>
        <source>--bom applies only to --format csv.</source>
        <translation>--bom gilt nur für --format csv.</translation>
    </message>
    <message>
        <source>--overdue and --status apply only to: candor-cli list actions</source>
        <translation>--overdue und --status gelten nur für: candor-cli list actions</translation>
    </message>
    <message>
        <source>Unknown status “%1”. Use --status open, in-progress, done or dropped.</source>
        <translation>Unbekannter Status „%1“. Verwenden Sie --status open, in-progress, done oder dropped.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, safe while Candor is writing to it. FILE is complete or not written at all.</source>
        <translation>Eine konsistente Kopie der Datenbank nach FILE schreiben, sicher auch während Candor in sie schreibt. FILE ist vollständig oder wird gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>backup takes one file name. Run: candor-cli backup --help</source>
        <translation>backup nimmt einen Dateinamen. Aufruf: candor-cli backup --help</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Give the database to back up with --db PATH.</source>
        <translation>Unter „%1“ gibt es keine Datenbank. Geben Sie die zu sichernde Datenbank mit --db PATH an.</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation>„%1“ nach „%2“ gesichert (%3).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is checked first (a Candor database, intact, not from a newer Candor); the replaced database is kept in the backups folder beside it. Refused while Candor or another command has the database open.</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen. Die Sicherung wird zuerst geprüft (eine Candor-Datenbank, unbeschädigt, nicht aus einer neueren Candor-Version); die ersetzte Datenbank wird im Sicherungsordner daneben aufbewahrt. Wird verweigert, solange Candor oder ein anderer Befehl die Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>restore takes one backup file. Run: candor-cli restore --help</source>
        <translation>restore nimmt eine Sicherungsdatei. Aufruf: candor-cli restore --help</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Give the backup to restore.</source>
        <translation>„%1“ ist die Datenbank selbst. Geben Sie die wiederherzustellende Sicherung an.</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2</source>
        <translation>„%1“ wiederhergestellt, aber die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2 The replaced database is in “%3”.</source>
        <translation>„%1“ wiederhergestellt, aber die Datenbank kann nicht geöffnet werden: %2 Die ersetzte Datenbank liegt in „%3“.</translation>
    </message>
    <message>
        <source>Restored “%1” into “%2”.</source>
        <translation>„%1“ in „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>Die ersetzte Datenbank wird als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup had schema version %1; it was updated to %2 (the backups folder holds a copy from before the update).</source>
        <translation>Die Sicherung hatte Schemaversion %1; sie wurde auf %2 aktualisiert (der Sicherungsordner enthält eine Kopie von vor der Aktualisierung).</translation>
    </message>
    <message>
        <source>Show the whole record of an incident&apos;s postmortem: facilitator, participants, each phase and how it closed, the phase log, the timeline, contributing factors, learnings, action items and, once at least 3 people answered, the closing check as an average.

--format md (default) prints the postmortem report in CommonMark, as candor-cli report INCIDENT_ID --format md does, with times in local time. --format json prints one object with times in ISO 8601 UTC, dates as YYYY-MM-DD, and null where a value is unknown:
  session_id, title, team, facilitator, facilitator_conflict_accepted, created, summary
  phase: opening|timeline|factors|actions|closing|finished
  incident: {id, title, severity (SEV1..SEV4), status (open|mitigated|resolved), service, started,
    detected, mitigated, resolved}
  participants: [{name, role}]
  phases: [{phase, state (agreed|skipped|current|not-reached), started, agreed, agreed_by, skip_reason}]
  phase_log: [{at, phase, what (agreed|skipped|reopened), who, reason}]
  timeline: [{id, time, kind (detection|diagnosis|repair|key-moment|communication|other), text}]
  factors: [{id, category (people|process|technology|environment|organisation), text,
    events: [{id, time}]}], in category order
  learnings: {went-well: [text], lucky: [text], learned: [text], question: [text]}
  actions: [{id, kind (prevent|detect-sooner|mitigate-faster|respond-better|learn-and-share), text,
    owner_team, owner_person, due, status (open|in-progress|done|dropped), overdue, done, factor_id,
    factor}]
  closing_check: {shown, minimum_answers, and when shown: answers, mean}</source>
        <translation>Die vollständigen Aufzeichnungen zum Postmortem eines Vorfalls anzeigen: Moderation, Teilnehmende, jede Phase und wie sie abgeschlossen wurde, das Phasenprotokoll, die Zeitleiste, Einflussfaktoren, Erkenntnisse, Maßnahmen und, sobald mindestens 3 Personen geantwortet haben, die Abschlussabfrage als Durchschnitt.

--format md (Standard) gibt den Postmortem-Bericht in CommonMark aus, wie candor-cli report INCIDENT_ID --format md, mit Zeiten in Ortszeit. --format json gibt ein Objekt aus, mit Zeiten in ISO 8601 UTC, Daten als YYYY-MM-DD und null, wo ein Wert unbekannt ist:
  session_id, title, team, facilitator, facilitator_conflict_accepted, created, summary
  phase: opening|timeline|factors|actions|closing|finished
  incident: {id, title, severity (SEV1..SEV4), status (open|mitigated|resolved), service, started,
    detected, mitigated, resolved}
  participants: [{name, role}]
  phases: [{phase, state (agreed|skipped|current|not-reached), started, agreed, agreed_by, skip_reason}]
  phase_log: [{at, phase, what (agreed|skipped|reopened), who, reason}]
  timeline: [{id, time, kind (detection|diagnosis|repair|key-moment|communication|other), text}]
  factors: [{id, category (people|process|technology|environment|organisation), text,
    events: [{id, time}]}], in Reihenfolge der Kategorien
  learnings: {went-well: [text], lucky: [text], learned: [text], question: [text]}
  actions: [{id, kind (prevent|detect-sooner|mitigate-faster|respond-better|learn-and-share), text,
    owner_team, owner_person, due, status (open|in-progress|done|dropped), overdue, done, factor_id,
    factor}]
  closing_check: {shown, minimum_answers, und wenn angezeigt: answers, mean}</translation>
    </message>
    <message>
        <source>The action: show.</source>
        <translation>Die Aktion: show.</translation>
    </message>
    <message>
        <source>md (Markdown, the default) or json.</source>
        <translation>md (Markdown, Standard) oder json.</translation>
    </message>
    <message>
        <source>Use: candor-cli postmortem show INCIDENT_ID [--format md|json]</source>
        <translation>Aufruf: candor-cli postmortem show INCIDENT_ID [--format md|json]</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md or json.</source>
        <translation>Unbekanntes Format „%1“. Verwenden Sie --format md oder json.</translation>
    </message>
    <message>
        <source>small (about 120 incidents) or large (50,000).</source>
        <translation>small (etwa 120 Vorfälle) oder large (50.000).</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same data.</source>
        <translation>Startwert für den Generator; derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo organisation: departments, teams, members, incidents, postmortems and a team retro with their action items, and five years of quarterly survey waves.</source>
        <translation>Eine leere Datenbank mit einer realistischen Demo-Organisation füllen: Abteilungen, Teams, Mitglieder, Vorfälle, Postmortems und eine Team-Retro mit ihren Maßnahmen sowie fünf Jahre vierteljährlicher Umfragewellen.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --scale and --seed. Run: candor-cli demo --help</source>
        <translation>demo nimmt keine Argumente, nur --scale und --seed. Aufruf: candor-cli demo --help</translation>
    </message>
    <message>
        <source>Unknown scale “%1”. Use --scale small or --scale large.</source>
        <translation>Unbekannte Größe „%1“. Verwenden Sie --scale small oder --scale large.</translation>
    </message>
    <message>
        <source>The seed “%1” is not a whole number from 0 to 4294967295.</source>
        <translation>Der Startwert „%1“ ist keine ganze Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>Created %1 departments, %2 teams in all, %3 members and %4 incidents in %5 s.</source>
        <translation>%1 Abteilungen, insgesamt %2 Teams, %3 Mitglieder und %4 Vorfälle in %5 s angelegt.</translation>
    </message>
    <message>
        <source>Postmortems: %1 (finished and in progress). Team retros: %2.</source>
        <translation>Postmortems: %1 (abgeschlossen und laufend). Team-Retros: %2.</translation>
    </message>
    <message>
        <source>Survey waves: %1, with %2 answers.</source>
        <translation>Umfragewellen: %1, mit %2 Antworten.</translation>
    </message>
    <message>
        <source>Every team and department (the default).</source>
        <translation>Alle Teams und Abteilungen (Standard).</translation>
    </message>
    <message>
        <source>Only this instrument: psych-safety, westrum, health-check or a custom key.</source>
        <translation>Nur dieser Fragebogen: psych-safety, westrum, health-check oder ein eigener Schlüssel.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>Survey trends: one row per team and per department rollup, per instrument and quarter. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld: its row says suppressed and has no numbers.</source>
        <translation>Umfragetrends: eine Zeile pro Team und pro Abteilungszusammenfassung, pro Fragebogen und Quartal. Ein Wert, der auf weniger Antworten beruht als die Anonymitätsschwelle seiner Welle, oder einer, aus dem sich ein solcher Wert errechnen ließe, wird zurückgehalten: Seine Zeile lautet suppressed und enthält keine Zahlen.</translation>
    </message>
    <message>
        <source>trends takes no arguments, only options. Run: candor-cli trends --help</source>
        <translation>trends nimmt keine Argumente, nur Optionen. Aufruf: candor-cli trends --help</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format csv or json.</source>
        <translation>Unbekanntes Format „%1“. Verwenden Sie --format csv oder json.</translation>
    </message>
    <message>
        <source>Messages in the language CODE: en, de, fr or es.</source>
        <translation>Meldungen in der Sprache CODE: en, de, fr oder es.</translation>
    </message>
    <message>
        <source>--lang needs a language code: candor-cli --lang de COMMAND</source>
        <translation>--lang braucht einen Sprachcode: candor-cli --lang de COMMAND</translation>
    </message>
    <message>
        <source>Survey waves. Usage:
  %1
  %2
The CSV file has a header row; answers are numbers or the scale&apos;s labels in English, German, French or Spanish. Nothing is imported unless every row is clean.</source>
        <translation>Umfragewellen. Aufruf:
  %1
  %2
Die CSV-Datei hat eine Kopfzeile; Antworten sind Zahlen oder die Bezeichnungen der Skala auf Englisch, Deutsch, Französisch oder Spanisch. Es wird nur importiert, wenn jede Zeile fehlerfrei ist.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the PostgreSQL database at a postgresql://USER@HOST:PORT/NAME URL.</source>
        <translation>Die Datenbankdatei unter PATH verwenden oder die PostgreSQL-Datenbank unter einer URL postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Cannot list the tables of “%1”: %2</source>
        <translation>Die Tabellen von „%1“ können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of table %1 in %2: %3</source>
        <translation>Die Zeilen der Tabelle %1 in %2 können nicht gezählt werden: %3</translation>
    </message>
    <message>
        <source>The Candor database file to copy (it is not changed).</source>
        <translation>Die zu kopierende Candor-Datenbankdatei (sie wird nicht verändert).</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database to copy into, as postgresql://USER@HOST:PORT/NAME. The password comes from PGPASSWORD or ~/.pgpass, or is asked for at a terminal; never put it in the URL.</source>
        <translation>Die leere PostgreSQL-Datenbank, in die kopiert wird, als postgresql://USER@HOST:PORT/NAME. Das Passwort stammt aus PGPASSWORD oder ~/.pgpass oder wird im Terminal abgefragt; schreiben Sie es nie in die URL.</translation>
    </message>
    <message>
        <source>Copy a Candor database file into an empty database on a shared PostgreSQL server: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments, with their ids. The copy is written in one transaction, then the rows of every table are counted on both sides; any difference is exit code 1. The file is not changed; one from an older Candor is updated in a temporary copy.</source>
        <translation>Eine Candor-Datenbankdatei in eine leere Datenbank auf einem gemeinsamen PostgreSQL-Server kopieren: Teams, Mitglieder, Vorfälle, Postmortems und Retros mit allem, was darin festgehalten wurde, Umfragefragebögen, Wellen, ihre anonymen Antworten und Kommentare, jeweils mit ihren IDs. Die Kopie wird in einer Transaktion geschrieben, danach werden die Zeilen jeder Tabelle auf beiden Seiten gezählt; jede Abweichung ergibt Exit-Code 1. Die Datei wird nicht verändert; eine Datei aus einer älteren Candor-Version wird in einer temporären Kopie aktualisiert.</translation>
    </message>
    <message>
        <source>migrate takes no arguments; name the database file with --from and the server with --to. Run: candor-cli migrate --help</source>
        <translation>migrate nimmt keine Argumente; geben Sie die Datenbankdatei mit --from und den Server mit --to an. Aufruf: candor-cli migrate --help</translation>
    </message>
    <message>
        <source>migrate does not take --db: name the database file with --from FILE and the server with --to URL.</source>
        <translation>migrate nimmt kein --db: Geben Sie die Datenbankdatei mit --from FILE und den Server mit --to URL an.</translation>
    </message>
    <message>
        <source>migrate needs both --from and --to: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</source>
        <translation>migrate braucht sowohl --from als auch --to: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</translation>
    </message>
    <message>
        <source>--from takes the path of a Candor database file, not a server URL. Give the file with --from and the server with --to.</source>
        <translation>--from erwartet den Pfad einer Candor-Datenbankdatei, keine Server-URL. Geben Sie die Datei mit --from und den Server mit --to an.</translation>
    </message>
    <message>
        <source>“%1” is given as both --from and --to. Give the server database to copy into with --to postgresql://USER@HOST:PORT/NAME.</source>
        <translation>„%1“ ist sowohl bei --from als auch bei --to angegeben. Geben Sie die Serverdatenbank, in die kopiert werden soll, mit --to postgresql://USER@HOST:PORT/NAME an.</translation>
    </message>
    <message>
        <source>--to takes the URL of a PostgreSQL database, such as postgresql://USER@HOST:5432/NAME, not “%1”. To copy a database file, use: candor-cli backup FILE</source>
        <translation>--to erwartet die URL einer PostgreSQL-Datenbank, etwa postgresql://USER@HOST:5432/NAME, nicht „%1“. Um eine Datenbankdatei zu kopieren, verwenden Sie: candor-cli backup FILE</translation>
    </message>
    <message>
        <source>There is no database file at “%1”. Give the Candor database to copy with --from FILE.</source>
        <translation>Unter „%1“ gibt es keine Datenbankdatei. Geben Sie die zu kopierende Candor-Datenbank mit --from FILE an.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Candor database. Give the Candor database to copy with --from FILE.</source>
        <translation>„%1“ ist leer und keine Candor-Datenbank. Geben Sie die zu kopierende Candor-Datenbank mit --from FILE an.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data. Give the Candor database to copy with --from FILE.</source>
        <translation>„%1“ enthält keine Candor-Daten. Geben Sie die zu kopierende Candor-Datenbank mit --from FILE an.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to update a copy of “%1”: %2</source>
        <translation>Es kann kein temporärer Ordner angelegt werden, um eine Kopie von „%1“ zu aktualisieren: %2</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to update it: %2</source>
        <translation>„%1“ kann nicht zum Aktualisieren kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot bring a copy of “%1” from schema version %2 to %3: %4</source>
        <translation>Eine Kopie von „%1“ kann nicht von Schemaversion %2 auf %3 gebracht werden: %4</translation>
    </message>
    <message>
        <source>%1 already holds data; migrate copies into an empty database only. Create a new database on the server (CREATE DATABASE name) and give its URL with --to.</source>
        <translation>%1 enthält bereits Daten; migrate kopiert nur in eine leere Datenbank. Legen Sie auf dem Server eine neue Datenbank an (CREATE DATABASE name) und geben Sie ihre URL mit --to an.</translation>
    </message>
    <message>
        <source>“%1” changed while it was read. Quit Candor (or anything else writing to the file) and run migrate again; nothing was copied.</source>
        <translation>„%1“ hat sich während des Lesens geändert. Beenden Sie Candor (oder alles andere, was in die Datei schreibt) und führen Sie migrate erneut aus; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The data was copied, but it could not be checked: %1</source>
        <translation>Die Daten wurden kopiert, konnten aber nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The copy is not complete: table %1 holds %2 rows in “%3” but %4 in %5. Drop that database and create it again before you run migrate again.</source>
        <translation>Die Kopie ist unvollständig: Tabelle %1 enthält %2 Zeilen in „%3“, aber %4 in %5. Löschen Sie diese Datenbank und legen Sie sie neu an, bevor Sie migrate erneut ausführen.</translation>
    </message>
    <message>
        <source>Copied “%1” to %2.</source>
        <translation>„%1“ nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Teams: %1, Mitglieder: %2, Vorfälle: %3, Postmortems und Retros: %4, Umfragefragebögen: %5, Umfragewellen: %6, Antworten: %7, Kommentare: %8.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: each of the %Ln tables holds the same number of rows on both sides.</source>
        <translation>
            <numerusform>Geprüft: Die %Ln Tabelle enthält auf beiden Seiten gleich viele Zeilen.</numerusform>
            <numerusform>Geprüft: Jede der %Ln Tabellen enthält auf beiden Seiten gleich viele Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli [--db PATH] [--lang CODE] COMMAND [options]

Candor&apos;s command-line tool. Every command takes --db PATH; without it Candor uses CANDOR_DB, or its default database. --lang CODE (en, de, fr or es) sets the language of the messages; without it Candor uses the system&apos;s.

Commands:
  demo [--scale small|large] [--seed N]      fill an empty database with a demo organisation
                                             and its postmortems
  team add NAME [--parent NAME]              add a team (or a department&apos;s sub-team)
  member add NAME --team NAME [--role TEXT] [--manager]
                                             add a member to a team
  list teams|members|incidents [--team NAME] [--format table|csv|json] [--bom] [-o FILE]
                                             list data
  list actions [--team NAME] [--overdue] [--status open|in-progress|done|dropped]
               [--format table|csv|json] [--bom] [-o FILE]
                                             list the action items of every session
  postmortem show INCIDENT_ID [--format md|json]
                                             show the whole record of an incident&apos;s postmortem
  survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD]
                     [--invited N] [--k N]   start a survey wave; prints its id
  survey import --wave ID --columns LIST [--comment-column N] FILE.csv
                                             import a form tool&apos;s answers (all or nothing)
  trends [--team NAME | --all] [--instrument KEY] [--format csv|json] [--bom] [-o FILE]
                                             survey trends per team, department and quarter,
                                             with small groups withheld
  search TEXT [--team NAME] [--limit N] [--format table|csv|json] [-o FILE]
                                             find incidents by the words in their titles, summaries,
                                             timelines and contributing factors
  report INCIDENT_ID --format md|html|pdf [--page a4|letter] -o FILE
                                             the postmortem report of an incident
  insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf
                                             survey trends for HR as a PDF, small groups withheld
  export -o FILE.json                        the whole database as JSON (docs/json-format.md)
  import FILE.json                           load a JSON export into an empty database
  backup FILE                                a consistent copy of the database, safe while Candor
                                             is writing
  restore FILE                               replace the database with a backup (the replaced
                                             database is kept as a backup too)
  migrate --from FILE.sqlite --to URL        copy a database file into an empty PostgreSQL
                                             database (URL: postgresql://USER@HOST:PORT/NAME)
  check                                      check integrity and schema version

Options:
  -h, --help       show this help, or a command&apos;s help after its name
  -v, --version    show the version

Exit codes: 0 success, 1 the command failed or found problems, 2 the database cannot be opened, 64 the command line is wrong.
</source>
        <translation>Aufruf: candor-cli [--db PATH] [--lang CODE] COMMAND [options]

Das Befehlszeilenwerkzeug von Candor. Jeder Befehl akzeptiert --db PATH; ohne diese Option verwendet Candor CANDOR_DB oder seine Standarddatenbank. --lang CODE (en, de, fr oder es) legt die Sprache der Meldungen fest; ohne diese Option verwendet Candor die des Systems.

Befehle:
  demo [--scale small|large] [--seed N]      eine leere Datenbank mit einer Demo-Organisation
                                             und ihren Postmortems füllen
  team add NAME [--parent NAME]              ein Team hinzufügen (oder ein Unterteam einer Abteilung)
  member add NAME --team NAME [--role TEXT] [--manager]
                                             ein Mitglied zu einem Team hinzufügen
  list teams|members|incidents [--team NAME] [--format table|csv|json] [--bom] [-o FILE]
                                             Daten auflisten
  list actions [--team NAME] [--overdue] [--status open|in-progress|done|dropped]
               [--format table|csv|json] [--bom] [-o FILE]
                                             die Maßnahmen aller Sitzungen auflisten
  postmortem show INCIDENT_ID [--format md|json]
                                             die vollständigen Aufzeichnungen zum Postmortem eines Vorfalls anzeigen
  survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD]
                     [--invited N] [--k N]   eine Umfragewelle starten; gibt ihre ID aus
  survey import --wave ID --columns LIST [--comment-column N] FILE.csv
                                             die Antworten eines Formularwerkzeugs importieren (alle oder keine)
  trends [--team NAME | --all] [--instrument KEY] [--format csv|json] [--bom] [-o FILE]
                                             Umfragetrends pro Team, Abteilung und Quartal,
                                             kleine Gruppen zurückgehalten
  search TEXT [--team NAME] [--limit N] [--format table|csv|json] [-o FILE]
                                             Vorfälle anhand der Wörter in Titeln, Zusammenfassungen,
                                             Zeitleisten und Einflussfaktoren finden
  report INCIDENT_ID --format md|html|pdf [--page a4|letter] -o FILE
                                             der Postmortem-Bericht eines Vorfalls
  insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf
                                             Umfragetrends für HR als PDF, kleine Gruppen zurückgehalten
  export -o FILE.json                        die gesamte Datenbank als JSON (docs/json-format.md)
  import FILE.json                           einen JSON-Export in eine leere Datenbank laden
  backup FILE                                eine konsistente Kopie der Datenbank, sicher auch während
                                             Candor schreibt
  restore FILE                               die Datenbank durch eine Sicherung ersetzen (die ersetzte
                                             Datenbank wird ebenfalls als Sicherung aufbewahrt)
  migrate --from FILE.sqlite --to URL        eine Datenbankdatei in eine leere PostgreSQL-Datenbank
                                             kopieren (URL: postgresql://USER@HOST:PORT/NAME)
  check                                      Integrität und Schemaversion prüfen

Optionen:
  -h, --help       diese Hilfe anzeigen, oder die Hilfe eines Befehls nach seinem Namen
  -v, --version    die Version anzeigen

Exit-Codes: 0 Erfolg, 1 der Befehl ist fehlgeschlagen oder hat Probleme gefunden, 2 die Datenbank kann nicht geöffnet werden, 64 die Befehlszeile ist fehlerhaft.
</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Keep theirs to leave what is stored now, or write yours over theirs to replace it.</source>
        <translation>Behalten Sie die andere Version, um zu belassen, was jetzt gespeichert ist, oder überschreiben Sie sie mit Ihrer, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Andere Version behalten</translation>
    </message>
    <message>
        <source>Write mine over theirs</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <source>Changed on another desktop</source>
        <translation>An einem anderen Rechner geändert</translation>
    </message>
    <message>
        <source>Deleted on another desktop</source>
        <translation>An einem anderen Rechner gelöscht</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The URL contains a password. Leave it out: give the password in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Die URL enthält ein Passwort. Lassen Sie es weg: Geben Sie das Passwort in der Umgebungsvariablen PGPASSWORD oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>A PostgreSQL location starts with postgresql://, as in postgresql://host/database.</source>
        <translation>Ein PostgreSQL-Speicherort beginnt mit postgresql://, zum Beispiel postgresql://host/datenbank.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL URL: %1.</source>
        <translation>Dies ist keine gültige PostgreSQL-URL: %1.</translation>
    </message>
    <message>
        <source>The URL ends with a fragment (“#…”), which PostgreSQL does not use. Leave it out.</source>
        <translation>Die URL endet mit einem Fragment („#…“), das PostgreSQL nicht verwendet. Lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The URL names no database. Add its name after the host, as in postgresql://host/candor.</source>
        <translation>Die URL nennt keine Datenbank. Fügen Sie ihren Namen nach dem Host an, zum Beispiel postgresql://host/candor.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the URL. Candor knows these: %2.</source>
        <translation>Unbekannte Option „%1“ in der URL. Candor kennt diese: %2.</translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the URL.</source>
        <translation>Die Option „%1“ steht zweimal in der URL.</translation>
    </message>
    <message>
        <source>The option “%1” in the URL has no value.</source>
        <translation>Die Option „%1“ in der URL hat keinen Wert.</translation>
    </message>
    <message>
        <source>The value of the option “%1” cannot contain a semicolon.</source>
        <translation>Der Wert der Option „%1“ darf kein Semikolon enthalten.</translation>
    </message>
    <message>
        <source>The sslmode “%1” is unknown. Use one of: %2.</source>
        <translation>Der sslmode „%1“ ist unbekannt. Verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>The connect_timeout “%1” is not a number of seconds.</source>
        <translation>Der connect_timeout „%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>The database holds an unexpected value in table %1, row %2, column %3: “%4”. Run candor-cli check, or restore a backup.</source>
        <translation>Die Datenbank enthält einen unerwarteten Wert in Tabelle %1, Zeile %2, Spalte %3: „%4“. Führen Sie candor-cli check aus oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>Objekt erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2.</source>
        <translation>unbekanntes Feld %1; die Felder hier sind %2.</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>dieses Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>expected text, found %1.</source>
        <translation>Text erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>true oder false erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found %1.</source>
        <translation>Zahl von 0 oder mehr erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1) or null, found %2.</source>
        <translation>ID (ganze Zahl von 1 bis %1) oder null erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1), found %2.</source>
        <translation>ID (ganze Zahl von 1 bis %1) erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, or null, found %1.</source>
        <translation>Zeit in ISO 8601 mit Abweichung von UTC erwartet, etwa &quot;2024-03-01T09:30:00Z&quot;, oder null, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, found %1.</source>
        <translation>Zeit in ISO 8601 mit Abweichung von UTC erwartet, etwa &quot;2024-03-01T09:30:00Z&quot;, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot; or null, found %1.</source>
        <translation>Datum wie &quot;2024-03-01&quot; oder null erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot;, found %1.</source>
        <translation>Datum wie &quot;2024-03-01&quot; erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>Array erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>the id %1 is used twice (also at %2); ids are unique.</source>
        <translation>die ID %1 wird zweimal verwendet (auch bei %2); IDs sind eindeutig.</translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;: &quot;%1&quot;, found an array; this is not a Candor export.</source>
        <translation>Objekt mit &quot;format&quot;: &quot;%1&quot; erwartet, Array gefunden; dies ist kein Candor-Export.</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;; this is not a Candor export.</source>
        <translation>%1 ist nicht &quot;%2&quot;; dies ist kein Candor-Export.</translation>
    </message>
    <message>
        <source>the file is format version %1, written by a newer Candor; this Candor reads format version %2 and older. Update Candor to import it.</source>
        <translation>die Datei hat Formatversion %1 und wurde von einer neueren Candor-Version geschrieben; diese Candor-Version liest Formatversion %2 und älter. Aktualisieren Sie Candor, um sie zu importieren.</translation>
    </message>
    <message>
        <source>there is no team with id %1 in $.teams.</source>
        <translation>in $.teams gibt es kein Team mit der ID %1.</translation>
    </message>
    <message>
        <source>there is no member with id %1 in $.members.</source>
        <translation>in $.members gibt es kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is also the name of $.teams[%2]; team names are unique.</source>
        <translation>%1 ist auch der Name von $.teams[%2]; Teamnamen sind eindeutig.</translation>
    </message>
    <message>
        <source>the team %1 would be its own department (its parents form a circle).</source>
        <translation>das Team %1 wäre seine eigene Abteilung (seine übergeordneten Teams bilden einen Kreis).</translation>
    </message>
    <message>
        <source>a postmortem needs its incident&apos;s id.</source>
        <translation>ein Postmortem braucht die ID seines Vorfalls.</translation>
    </message>
    <message>
        <source>a retro has no incident; expected null.</source>
        <translation>eine Retro hat keinen Vorfall; null erwartet.</translation>
    </message>
    <message>
        <source>there is no incident with id %1 in $.incidents.</source>
        <translation>in $.incidents gibt es keinen Vorfall mit der ID %1.</translation>
    </message>
    <message>
        <source>the incident %1 already has its postmortem at $.sessions[%2]; an incident has at most one.</source>
        <translation>der Vorfall %1 hat sein Postmortem bereits bei $.sessions[%2]; ein Vorfall hat höchstens eines.</translation>
    </message>
    <message>
        <source>the phase %1 is recorded twice.</source>
        <translation>die Phase %1 ist zweimal erfasst.</translation>
    </message>
    <message>
        <source>there is no participant with id %1 in this session&apos;s participants.</source>
        <translation>unter den Teilnehmenden dieser Sitzung gibt es niemanden mit der ID %1.</translation>
    </message>
    <message>
        <source>there is no event with id %1 in this session&apos;s timeline.</source>
        <translation>in der Zeitleiste dieser Sitzung gibt es kein Ereignis mit der ID %1.</translation>
    </message>
    <message>
        <source>the event %1 is listed twice.</source>
        <translation>das Ereignis %1 ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>there is no factor with id %1 in this session&apos;s factors.</source>
        <translation>unter den Faktoren dieser Sitzung gibt es keinen Faktor mit der ID %1.</translation>
    </message>
    <message>
        <source>the %1 check&apos;s count of answer %2 is given twice.</source>
        <translation>die Anzahl der Antwort %2 in der Abfrage %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>the draft of %1 is given twice.</source>
        <translation>der Entwurf von %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>version %1 of %2 is also $.survey_instruments[%3]; each version of an instrument is listed once.</source>
        <translation>Version %1 von %2 ist auch $.survey_instruments[%3]; jede Version eines Fragebogens wird einmal aufgeführt.</translation>
    </message>
    <message>
        <source>an instrument asks at least one question.</source>
        <translation>ein Fragebogen stellt mindestens eine Frage.</translation>
    </message>
    <message>
        <source>there is no instrument with id %1 in $.survey_instruments.</source>
        <translation>in $.survey_instruments gibt es keinen Fragebogen mit der ID %1.</translation>
    </message>
    <message>
        <source>the wave closes before it opens (%1).</source>
        <translation>die Welle endet, bevor sie beginnt (%1).</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, each with an optional trend mark +, = or -, such as &quot;3+ 2= 1&quot;</source>
        <translation>Antworten von 1 bis %1, getrennt durch einzelne Leerzeichen, jede mit einer optionalen Trendmarke +, = oder -, etwa &quot;3+ 2= 1&quot;</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, such as &quot;3 2 1&quot;</source>
        <translation>Antworten von 1 bis %1, getrennt durch einzelne Leerzeichen, etwa &quot;3 2 1&quot;</translation>
    </message>
    <message>
        <source>expected a string of %1, found %2.</source>
        <translation>Zeichenkette aus %1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>%1 does not read as %2 (answer %3).</source>
        <translation>%1 lässt sich nicht als %2 lesen (Antwort %3).</translation>
    </message>
    <message numerus="yes">
        <source>the response %1 has %n answer(s), but the instrument has %2 statements.</source>
        <translation>
            <numerusform>die Antwort %1 hat %n Antwortwert, aber der Fragebogen hat %2 Aussagen.</numerusform>
            <numerusform>die Antwort %1 hat %n Antwortwerte, aber der Fragebogen hat %2 Aussagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more, found %1.</source>
        <translation>ganze Zahl von 0 oder mehr erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 does not match the responses, which give %2.</source>
        <translation>%1 passt nicht zu den Antworten, die %2 ergeben.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing the responses of %1 failed: %2</source>
        <translation>Schreiben der Antworten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the comments of %1</source>
        <translation>die Kommentare von %1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; import needs version %2. Open it with this Candor first.</source>
        <translation>Die Datenbank hat Schemaversion %1; der Import braucht Version %2. Öffnen Sie sie zuerst mit dieser Candor-Version.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (byte %3): %4.</source>
        <translation>JSON-Syntaxfehler in Zeile %1, Spalte %2 (Byte %3): %4.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Schreiben kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>The database already holds data, and an import would mix two organisations. Import into a new, empty database.</source>
        <translation>Die Datenbank enthält bereits Daten, und ein Import würde zwei Organisationen vermischen. Importieren Sie in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Give the path of a JSON export.</source>
        <translation>„%1“ existiert nicht. Geben Sie den Pfad eines JSON-Exports an.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the path of a JSON export.</source>
        <translation>„%1“ ist ein Ordner. Geben Sie den Pfad eines JSON-Exports an.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Candor imports files of up to %3 MB. Nothing was imported.</source>
        <translation>„%1“ ist %2 MB groß; Candor importiert Dateien bis %3 MB. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is damaged (the integrity check failed). Restore it from a backup; the file was not changed.</source>
        <translation>„%1“ ist beschädigt (die Integritätsprüfung ist fehlgeschlagen). Stellen Sie sie aus einer Sicherung wieder her; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not a SQLite file, or it is damaged). Choose another file or restore a backup.</source>
        <translation>„%1“ ist keine Candor-Datenbank (keine SQLite-Datei oder beschädigt). Wählen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is in use: another program has kept it locked for more than %2 seconds. Close the other program (or the other Candor) that has it open, then try again; nothing was changed.</source>
        <translation>„%1“ ist in Benutzung: Ein anderes Programm hält sie seit mehr als %2 Sekunden gesperrt. Schließen Sie das andere Programm (oder das andere Candor), das sie geöffnet hat, und versuchen Sie es dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full, or the file size limit of this process is reached (SQLite needs room for its journal beside the file). Free some space or raise the limit, then try again; nothing was changed.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Datenträger ist voll, oder die Dateigrößenbeschränkung dieses Prozesses ist erreicht (SQLite braucht neben der Datei Platz für sein Journal). Geben Sie Speicherplatz frei oder erhöhen Sie die Beschränkung und versuchen Sie es dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), though there are backups of it in “%2”: its content was lost, perhaps in a copy or a save that was cut off. Restore the latest backup; the file was not changed.</source>
        <translation>„%1“ ist leer (0 Byte), obwohl es Sicherungen davon in „%2“ gibt: Der Inhalt ging verloren, vielleicht bei einem abgebrochenen Kopier- oder Speichervorgang. Stellen Sie die neueste Sicherung wieder her; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it ends inside its header, after %2 bytes. Restore it from a backup; the file was not changed.</source>
        <translation>„%1“ ist abgeschnitten: Sie endet nach %2 Byte mitten im Dateikopf. Stellen Sie sie aus einer Sicherung wieder her; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it holds %2 bytes, but its header describes %3. The end of the database is lost, perhaps to a full disk or an interrupted copy. Restore it from a backup; the file was not changed.</source>
        <translation>„%1“ ist abgeschnitten: Sie enthält %2 Byte, aber ihr Dateikopf beschreibt %3. Das Ende der Datenbank ist verloren, vielleicht durch einen vollen Datenträger oder einen unterbrochenen Kopiervorgang. Stellen Sie sie aus einer Sicherung wieder her; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Give the path of a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Candor saves every change at once, so make the file writable or open a copy.</source>
        <translation>„%1“ ist schreibgeschützt. Candor speichert jede Änderung sofort; machen Sie die Datei daher beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another path.</source>
        <translation>Der Ordner „%1“ existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only; Candor needs to write its journal there. Choose a writable folder.</source>
        <translation>Der Ordner „%1“ ist schreibgeschützt; Candor muss dort sein Journal schreiben. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not Candor&apos;s. Choose another file.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms, nicht von Candor. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to open it; the file was not changed.</source>
        <translation>„%1“ wurde von einer neueren Candor-Version geschrieben (Schemaversion %2; diese Candor-Version kennt bis %3). Aktualisieren Sie Candor, um sie zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>No database path was given. Give the path of a database file.</source>
        <translation>Es wurde kein Datenbankpfad angegeben. Geben Sie den Pfad einer Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Candor did not update “%1” to this version, because the backup it takes first failed: %2 The file was not changed.</source>
        <translation>Candor hat „%1“ nicht auf diese Version aktualisiert, weil die zuvor angelegte Sicherung fehlgeschlagen ist: %2 Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not Candor&apos;s. Give Candor an empty database of its own.</source>
        <translation>%1 enthält Tabellen eines anderen Programms, nicht die von Candor. Geben Sie Candor eine eigene, leere Datenbank.</translation>
    </message>
    <message>
        <source>The server %1 refused the password of user “%2”. Set PGPASSWORD or add the password to ~/.pgpass, then try again.</source>
        <translation>Der Server %1 hat das Passwort des Benutzers „%2“ abgelehnt. Setzen Sie PGPASSWORD oder tragen Sie das Passwort in ~/.pgpass ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the name in %2, or ask the server&apos;s administrator to create it.</source>
        <translation>Der Server hat keine Datenbank „%1“. Prüfen Sie den Namen in %2 oder bitten Sie die Administration des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1, port %2 (%3). Check the address and that the server is running, then try again.</source>
        <translation>Der PostgreSQL-Server auf %1, Port %2, ist nicht erreichbar (%3). Prüfen Sie die Adresse und ob der Server läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>This Candor cannot connect to PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the Debian package libqt6sql6-psql.</source>
        <translation>Dieses Candor kann keine Verbindung zu PostgreSQL herstellen: Der PostgreSQL-Treiber von Qt fehlt. Installieren Sie das Debian-Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>There is no server connection to restore.</source>
        <translation>Es gibt keine Serververbindung, die wiederhergestellt werden könnte.</translation>
    </message>
</context>
<context>
    <name>DemoOrganisation</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database. Use --db with a new file.</source>
        <translation>Die Datenbank enthält bereits Daten; Demodaten kommen nur in eine leere Datenbank. Verwenden Sie --db mit einer neuen Datei.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Teil von %1</translation>
    </message>
</context>
<context>
    <name>DemoPostmortems</name>
    <message>
        <source>A demo session did not reach its end.</source>
        <translation>Eine Demo-Sitzung hat ihr Ende nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>DemoSurveys</name>
    <message>
        <source>%1 pulse</source>
        <translation>Puls %1</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration in days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>severity code and how many incidents had it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>incident count (counts by severity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>Time to detect (MTTD)</source>
        <translation>Zeit bis zur Erkennung (MTTD)</translation>
    </message>
    <message>
        <source>no detection time known yet</source>
        <translation>noch keine Erkennungszeit bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a detection time, not counted</source>
        <translation>
            <numerusform>%Ln ohne Erkennungszeit, nicht gezählt</numerusform>
            <numerusform>%Ln ohne Erkennungszeit, nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Zeit bis zur Behebung (MTTR)</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>noch keiner behoben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not resolved yet, not counted</source>
        <translation>
            <numerusform>%Ln noch nicht behoben, nicht gezählt</numerusform>
            <numerusform>%Ln noch nicht behoben, nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Time between incidents (MTBF)</source>
        <translation>Zeit zwischen Vorfällen (MTBF)</translation>
    </message>
    <message>
        <source>needs at least two incidents</source>
        <translation>braucht mindestens zwei Vorfälle</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Completed postmortems</source>
        <translation>Abgeschlossene Postmortems</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <comment>completed postmortems of incidents (share)</comment>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <comment>action item counts (of the total)</comment>
        <translation>%1 (von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done on time</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln rechtzeitig erledigt</numerusform>
            <numerusform>%Ln rechtzeitig erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done late</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln verspätet erledigt</numerusform>
            <numerusform>%Ln verspätet erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, not due yet</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln offen, noch nicht fällig</numerusform>
            <numerusform>%Ln offen, noch nicht fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln verworfen</numerusform>
            <numerusform>%Ln verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>SEV1: critical, customers broadly affected</source>
        <translation>SEV1: kritisch, Kunden weitgehend betroffen</translation>
    </message>
    <message>
        <source>SEV2: major, a key function degraded</source>
        <translation>SEV2: schwer, eine Kernfunktion beeinträchtigt</translation>
    </message>
    <message>
        <source>SEV3: minor, limited impact</source>
        <translation>SEV3: gering, begrenzte Auswirkung</translation>
    </message>
    <message>
        <source>SEV4: low, no customer impact</source>
        <translation>SEV4: niedrig, keine Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>incident status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <comment>incident status</comment>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>InsightsReport</name>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (%2-stufige Skala)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>chart heading, part, parts</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 with all its teams</source>
        <translation>%1 mit allen Teams</translation>
    </message>
    <message>
        <source>Departments (each with all its teams) and teams of their own</source>
        <translation>Abteilungen (jeweils mit allen Teams) und eigenständige Teams</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>The teams of %1</source>
        <translation>Die Teams von %1</translation>
    </message>
    <message>
        <source>With this many teams the teams are not charted one by one: the heatmap below compares them. A report of one department charts its teams.</source>
        <translation>Bei so vielen Teams werden die Teams nicht einzeln dargestellt: Die Heatmap unten vergleicht sie. Ein Bericht über eine einzelne Abteilung stellt ihre Teams dar.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>k = %1: a figure is shown only when at least %1 people answered. k is the anonymity threshold, fixed for each survey wave when it was created.</source>
        <translation>k = %1: Ein Wert wird nur angezeigt, wenn mindestens %1 Personen geantwortet haben. k ist die Anonymitätsschwelle, die für jede Umfragewelle bei ihrer Erstellung festgelegt wurde.</translation>
    </message>
    <message>
        <source>k = %1 to %2, fixed for each survey wave when it was created: a figure is shown only when at least k people answered, where k is the strictest threshold among the waves behind it.</source>
        <translation>k = %1 bis %2, für jede Umfragewelle bei ihrer Erstellung festgelegt: Ein Wert wird nur angezeigt, wenn mindestens k Personen geantwortet haben, wobei k die strengste Schwelle unter den zugrunde liegenden Wellen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole organisation: %1.</source>
        <translation>Die gesamte Organisation: %1.</translation>
    </message>
    <message>
        <source>The whole organisation: %1 and %2.</source>
        <comment>departments, teams</comment>
        <translation>Die gesamte Organisation: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln Abteilung</numerusform>
            <numerusform>%Ln Abteilungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (part of %1)</source>
        <comment>after a team&apos;s name</comment>
        <translation> (Teil von %1)</translation>
    </message>
    <message>
        <source>%1%2.</source>
        <comment>team, where it belongs</comment>
        <translation>%1%2.</translation>
    </message>
    <message>
        <source>%1%2 with the teams below it: %3.</source>
        <comment>team, where it belongs, its teams</comment>
        <translation>%1%2 mit den Teams darunter: %3.</translation>
    </message>
    <message>
        <source>Survey insights</source>
        <translation>Umfrageauswertung</translation>
    </message>
    <message>
        <source>Team psychological safety and health by quarter, for HR</source>
        <translation>Psychologische Sicherheit und Gesundheit der Teams nach Quartal, für HR</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>So lesen Sie diesen Bericht</translation>
    </message>
    <message>
        <source>Each figure is the mean score of a group&apos;s answers in one calendar quarter: a team&apos;s own survey waves, or a department&apos;s together with all the teams below it. Scores run from 1, the least favourable answer, to the top of the instrument&apos;s scale; negatively worded statements are turned round before they count. No single person&apos;s answer appears anywhere in this report.</source>
        <translation>Jeder Wert ist der mittlere Punktwert der Antworten einer Gruppe in einem Kalenderquartal: die eigenen Umfragewellen eines Teams oder die einer Abteilung zusammen mit allen Teams darunter. Die Punktwerte reichen von 1, der ungünstigsten Antwort, bis zum oberen Ende der Skala des Fragebogens; negativ formulierte Aussagen werden umgepolt, bevor sie zählen. Die Antwort einer einzelnen Person erscheint nirgends in diesem Bericht.</translation>
    </message>
    <message>
        <source>What is withheld and why</source>
        <translation>Was zurückgehalten wird und warum</translation>
    </message>
    <message>
        <source>A figure is withheld for one of two reasons. Too few answers: fewer than k people answered, so the figure would come too close to individuals. Complementary suppression: the figure would let a withheld one be worked out. When a department&apos;s figure and all but one of its teams&apos; figures are shown, for example, the last team&apos;s figure follows by subtraction, so one more figure of that department is withheld too. The report does not say which reason applies to which figure, since that too would say something about a small group.</source>
        <translation>Ein Wert wird aus einem von zwei Gründen zurückgehalten. Zu wenige Antworten: Weniger als k Personen haben geantwortet, sodass der Wert einzelnen Personen zu nahe käme. Komplementäre Unterdrückung: Aus dem Wert ließe sich ein zurückgehaltener Wert errechnen. Werden zum Beispiel der Wert einer Abteilung und die Werte aller ihrer Teams bis auf eines angezeigt, ergibt sich der Wert des letzten Teams durch Subtraktion; deshalb wird ein weiterer Wert dieser Abteilung ebenfalls zurückgehalten. Der Bericht sagt nicht, welcher Grund für welchen Wert gilt, da auch das etwas über eine kleine Gruppe verraten würde.</translation>
    </message>
    <message>
        <source>A withheld figure reads “%1” in the tables and leaves a gap in its chart line. No number behind it, neither its score nor how many people answered, is written anywhere in this file.</source>
        <translation>Ein zurückgehaltener Wert erscheint in den Tabellen als „%1“ und lässt eine Lücke in seiner Diagrammlinie. Keine Zahl dahinter, weder sein Punktwert noch die Anzahl der Antwortenden, steht irgendwo in dieser Datei.</translation>
    </message>
    <message numerus="yes">
        <source>No figure in this report had to be withheld (%Ln figure(s) in all).</source>
        <translation>
            <numerusform>Kein Wert in diesem Bericht musste zurückgehalten werden (insgesamt %Ln Wert).</numerusform>
            <numerusform>Kein Wert in diesem Bericht musste zurückgehalten werden (insgesamt %Ln Werte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withheld: %Ln of the %1 figures in this report.</source>
        <translation>
            <numerusform>Zurückgehalten: %Ln der %1 Werte in diesem Bericht.</numerusform>
            <numerusform>Zurückgehalten: %Ln der %1 Werte in diesem Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 withheld.</source>
        <comment>instrument, withheld figures, all figures</comment>
        <translation>
            <numerusform>%1: %Ln von %2 zurückgehalten.</numerusform>
            <numerusform>%1: %Ln von %2 zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 to %2. Mean scores from 1 (least favourable) to %3 (most favourable). %4</source>
        <translation>%1 bis %2. Mittlere Punktwerte von 1 (am ungünstigsten) bis %3 (am günstigsten). %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 figures withheld.</source>
        <translation>
            <numerusform>%Ln von %1 Werten zurückgehalten.</numerusform>
            <numerusform>%Ln von %1 Werten zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heatmap: mean score by team and quarter</source>
        <translation>Heatmap: mittlerer Punktwert nach Team und Quartal</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first and last quarter</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>n = %1</source>
        <comment>how many people answered</comment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Least favourable</source>
        <translation>Am ungünstigsten</translation>
    </message>
    <message>
        <source>Most favourable</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>No survey in that quarter.</source>
        <translation>Keine Umfrage in diesem Quartal.</translation>
    </message>
    <message>
        <source>Each cell is the mean score of the quarter, with n, the number of people who answered. A department&apos;s row in bold counts all its teams.</source>
        <translation>Jede Zelle ist der mittlere Punktwert des Quartals, mit n, der Anzahl der Antwortenden. Die fett gedruckte Zeile einer Abteilung umfasst alle ihre Teams.</translation>
    </message>
    <message>
        <source>The insights report draws its charts with Qt Widgets: make it from Candor or with candor-cli insights-report.</source>
        <translation>Der Auswertungsbericht zeichnet seine Diagramme mit Qt Widgets: Erstellen Sie ihn in Candor oder mit candor-cli insights-report.</translation>
    </message>
    <message>
        <source>The team of the report no longer exists. Choose another team and try again.</source>
        <translation>Das Team des Berichts existiert nicht mehr. Wählen Sie ein anderes Team und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <source>There are no survey results for %1 yet, so there is nothing to report. Run a survey wave first.</source>
        <translation>Für %1 gibt es noch keine Umfrageergebnisse, daher gibt es nichts zu berichten. Führen Sie zuerst eine Umfragewelle durch.</translation>
    </message>
    <message>
        <source>Survey insights: %1</source>
        <translation>Umfrageauswertung: %1</translation>
    </message>
    <message>
        <source>Candor · %1 · %2</source>
        <comment>footer: title, date</comment>
        <translation>Candor · %1 · %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Das PDF konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Insights report, %1.pdf</source>
        <comment>file name: ISO date</comment>
        <translation>Auswertungsbericht, %1.pdf</translation>
    </message>
    <message>
        <source>Insights report, %1, %2.pdf</source>
        <comment>file name: team, ISO date</comment>
        <translation>Auswertungsbericht, %1, %2.pdf</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Team psychological safety</source>
        <translation>Psychologische Sicherheit im Team</translation>
    </message>
    <message>
        <source>How safe it feels to take interpersonal risks on this team: to speak up, ask, admit and try.</source>
        <translation>Wie sicher es sich anfühlt, in diesem Team zwischenmenschliche Risiken einzugehen: sich zu äußern, zu fragen, etwas einzugestehen und etwas auszuprobieren.</translation>
    </message>
    <message>
        <source>Mistakes held against you</source>
        <translation>Fehler werden nachgetragen</translation>
    </message>
    <message>
        <source>When someone on this team gets something wrong, it tends to be remembered against them.</source>
        <translation>Wenn jemandem in diesem Team etwas misslingt, wird es der Person meist nachgetragen.</translation>
    </message>
    <message>
        <source>Raising problems</source>
        <translation>Probleme ansprechen</translation>
    </message>
    <message>
        <source>On this team we can raise problems and hard topics openly.</source>
        <translation>In diesem Team können wir Probleme und schwierige Themen offen ansprechen.</translation>
    </message>
    <message>
        <source>Being different</source>
        <translation>Anderssein</translation>
    </message>
    <message>
        <source>People here are sometimes pushed aside for being different.</source>
        <translation>Menschen werden hier manchmal ausgegrenzt, weil sie anders sind.</translation>
    </message>
    <message>
        <source>Taking risks</source>
        <translation>Risiken eingehen</translation>
    </message>
    <message>
        <source>It feels safe to try something risky on this team.</source>
        <translation>In diesem Team fühlt es sich sicher an, etwas Riskantes auszuprobieren.</translation>
    </message>
    <message>
        <source>Asking for help</source>
        <translation>Um Hilfe bitten</translation>
    </message>
    <message>
        <source>Asking colleagues on this team for help is difficult.</source>
        <translation>Es ist schwierig, Kolleginnen und Kollegen in diesem Team um Hilfe zu bitten.</translation>
    </message>
    <message>
        <source>No undermining</source>
        <translation>Kein Untergraben</translation>
    </message>
    <message>
        <source>Nobody on this team would knowingly work against my efforts.</source>
        <translation>Niemand in diesem Team würde wissentlich gegen meine Bemühungen arbeiten.</translation>
    </message>
    <message>
        <source>Skills valued</source>
        <translation>Fähigkeiten geschätzt</translation>
    </message>
    <message>
        <source>My particular skills and talents are valued and put to use here.</source>
        <translation>Meine besonderen Fähigkeiten und Talente werden hier geschätzt und genutzt.</translation>
    </message>
    <message>
        <source>Team culture (Westrum)</source>
        <translation>Teamkultur (Westrum)</translation>
    </message>
    <message>
        <source>How information flows on the team, from power-oriented through rule-oriented to generative.</source>
        <translation>Wie Informationen im Team fließen, von machtorientiert über regelorientiert bis generativ.</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>People on my team work together readily to get things done.</source>
        <translation>Die Menschen in meinem Team arbeiten bereitwillig zusammen, um Dinge zu erledigen.</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Überbringer</translation>
    </message>
    <message>
        <source>Whoever brings bad news is thanked for it, not blamed.</source>
        <translation>Wer schlechte Nachrichten überbringt, bekommt dafür Dank statt Schuldzuweisungen.</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Geteilte Risiken</translation>
    </message>
    <message>
        <source>When we take on a risk, we carry it together.</source>
        <translation>Wenn wir ein Risiko eingehen, tragen wir es gemeinsam.</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Brücken bauen</translation>
    </message>
    <message>
        <source>Working with other teams is encouraged and recognised.</source>
        <translation>Die Zusammenarbeit mit anderen Teams wird gefördert und anerkannt.</translation>
    </message>
    <message>
        <source>Failure leads to inquiry</source>
        <translation>Fehlschläge führen zu Ursachenforschung</translation>
    </message>
    <message>
        <source>When something fails, we look into why rather than for whom.</source>
        <translation>Wenn etwas schiefgeht, fragen wir nach dem Warum statt nach dem Wer.</translation>
    </message>
    <message>
        <source>New ideas</source>
        <translation>Neue Ideen</translation>
    </message>
    <message>
        <source>Fresh ideas are given a fair hearing here.</source>
        <translation>Neue Ideen finden hier ein offenes Ohr.</translation>
    </message>
    <message>
        <source>Team health check</source>
        <translation>Team-Gesundheitscheck</translation>
    </message>
    <message>
        <source>A traffic-light check of ten sides of team life, each with the direction it is heading.</source>
        <translation>Ein Ampel-Check von zehn Aspekten des Teamlebens, jeweils mit der Richtung, in die er sich entwickelt.</translation>
    </message>
    <message>
        <source>Ease of release</source>
        <translation>Einfaches Ausliefern</translation>
    </message>
    <message>
        <source>Shipping a change is easy, safe and mostly automatic.</source>
        <translation>Eine Änderung auszuliefern ist einfach, sicher und weitgehend automatisiert.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>The way we work suits us.</source>
        <translation>Unsere Arbeitsweise passt zu uns.</translation>
    </message>
    <message>
        <source>Code health</source>
        <translation>Codequalität</translation>
    </message>
    <message>
        <source>Our code is in good shape and pleasant to work with.</source>
        <translation>Unser Code ist in gutem Zustand und angenehm zu bearbeiten.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>What we build matters to the people who use it.</source>
        <translation>Was wir bauen, ist den Menschen wichtig, die es nutzen.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>We get things done quickly, without long waits.</source>
        <translation>Wir erledigen Dinge schnell, ohne lange Wartezeiten.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>We know why our team exists, and that drives us.</source>
        <translation>Wir wissen, warum es unser Team gibt, und das treibt uns an.</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Spaß</translation>
    </message>
    <message>
        <source>We enjoy working together.</source>
        <translation>Wir arbeiten gern zusammen.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>We keep learning new things as we work.</source>
        <translation>Wir lernen bei der Arbeit ständig Neues dazu.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>When we ask for help, we get it quickly.</source>
        <translation>Wenn wir um Hilfe bitten, bekommen wir sie schnell.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eigenverantwortung</translation>
    </message>
    <message>
        <source>We decide what we build and how we build it.</source>
        <translation>Wir entscheiden, was wir bauen und wie wir es bauen.</translation>
    </message>
    <message>
        <source>%1 (disagree)</source>
        <translation>%1 (Ablehnung)</translation>
    </message>
    <message>
        <source>%1 (agree)</source>
        <translation>%1 (Zustimmung)</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Wird schlechter</translation>
    </message>
    <message>
        <source>Staying the same</source>
        <translation>Bleibt gleich</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Wird besser</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Stimme überhaupt nicht zu</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Stimme nicht zu</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Stimme eher nicht zu</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Weder Zustimmung noch Ablehnung</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Stimme eher zu</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Stimme zu</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Stimme voll und ganz zu</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Einige Bedenken</translation>
    </message>
    <message>
        <source>Going well</source>
        <translation>Läuft gut</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot migrate from schema version %1 to %2.</source>
        <translation>Migration von Schemaversion %1 auf %2 nicht möglich.</translation>
    </message>
    <message>
        <source>Cannot start updating the database: %1</source>
        <translation>Die Aktualisierung der Datenbank kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot mark the database as Candor&apos;s: %1</source>
        <translation>Die Datenbank kann nicht als Candor-Datenbank gekennzeichnet werden: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Schemaversion %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PhaseRules</name>
    <message>
        <source>The session is finished. Go back to a phase to change it.</source>
        <translation>Die Sitzung ist beendet. Kehren Sie zu einer Phase zurück, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Name who confirmed the group&apos;s agreement, for example the facilitator.</source>
        <translation>Nennen Sie, wer die Einigung der Gruppe bestätigt hat, zum Beispiel die Moderation.</translation>
    </message>
    <message>
        <source>The name of who confirmed is too long. Shorten it.</source>
        <translation>Der Name der bestätigenden Person ist zu lang. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Name the facilitator before the session starts.</source>
        <translation>Benennen Sie die Moderation, bevor die Sitzung beginnt.</translation>
    </message>
    <message>
        <source>Add the people in the room before the session starts.</source>
        <translation>Fügen Sie die Anwesenden hinzu, bevor die Sitzung beginnt.</translation>
    </message>
    <message>
        <source>The facilitator is close to the team, which can change what people dare to say. Choose a facilitator from outside the team, or record that the group keeps this facilitator.</source>
        <translation>Die Moderation steht dem Team nahe, was beeinflussen kann, was sich die Beteiligten zu sagen trauen. Wählen Sie eine Moderation von außerhalb des Teams, oder halten Sie fest, dass die Gruppe diese Moderation beibehält.</translation>
    </message>
    <message>
        <source>The timeline is empty. Add what happened, or skip the phase with a reason.</source>
        <translation>Die Zeitleiste ist leer. Fügen Sie hinzu, was geschah, oder überspringen Sie die Phase mit einer Begründung.</translation>
    </message>
    <message>
        <source>No contributing factors yet. Add what made the incident possible, or skip the phase with a reason.</source>
        <translation>Noch keine Einflussfaktoren. Fügen Sie hinzu, was den Vorfall möglich gemacht hat, oder überspringen Sie die Phase mit einer Begründung.</translation>
    </message>
    <message>
        <source>No action items yet. Agree at least one, or skip the phase with a reason.</source>
        <translation>Noch keine Maßnahmen. Vereinbaren Sie mindestens eine, oder überspringen Sie die Phase mit einer Begründung.</translation>
    </message>
    <message>
        <source>The opening cannot be skipped: the ground rules and who is in the room come first.</source>
        <translation>Die Eröffnung kann nicht übersprungen werden: Die Grundregeln und wer im Raum ist, kommen zuerst.</translation>
    </message>
    <message>
        <source>Write why the group moves on without agreement; the reason stays in the record.</source>
        <translation>Schreiben Sie, warum die Gruppe ohne Einigung weitergeht; die Begründung bleibt in den Aufzeichnungen.</translation>
    </message>
    <message>
        <source>The reason is too long. Shorten it.</source>
        <translation>Die Begründung ist zu lang. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>You can only go back to an earlier phase.</source>
        <translation>Sie können nur zu einer früheren Phase zurückkehren.</translation>
    </message>
</context>
<context>
    <name>PostmortemReport</name>
    <message>
        <source>Incident %1 has no postmortem yet, so there is no report. Start one in Candor: select the incident and choose Postmortem &gt; Start postmortem.</source>
        <translation>Vorfall %1 hat noch kein Postmortem, daher gibt es keinen Bericht. Beginnen Sie eines in Candor: Wählen Sie den Vorfall aus und wählen Sie Postmortem &gt; Postmortem starten.</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Blameless postmortem of incident %1</source>
        <translation>Postmortem ohne Schuldzuweisung zu Vorfall %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>incident id (severity, status)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>noch nicht benannt</translation>
    </message>
    <message>
        <source>%1 (the group kept this facilitator after the conflict warning)</source>
        <translation>%1 (die Gruppe hat diese Moderation nach der Konfliktwarnung beibehalten)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Sitzung begonnen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Noch keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>No customer impact was recorded for this incident.</source>
        <translation>Für diesen Vorfall wurde keine Auswirkung auf Kunden erfasst.</translation>
    </message>
    <message>
        <source>Incident metrics</source>
        <translation>Vorfallkennzahlen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>duration (when)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>erkannt am %1</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>noch nicht erkannt</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>mitigated %1</source>
        <translation>eingedämmt am %1</translation>
    </message>
    <message>
        <source>not mitigated yet</source>
        <translation>noch nicht eingedämmt</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>behoben am %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>noch nicht behoben</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Nobody has been added yet.</source>
        <translation>Es wurde noch niemand hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1.</source>
        <translation>Die Gruppe hat sich am %1 auf diese Zeitleiste geeinigt.</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1 (confirmed by %2).</source>
        <translation>Die Gruppe hat sich am %1 auf diese Zeitleiste geeinigt (bestätigt von %2).</translation>
    </message>
    <message>
        <source>The group moved on without agreeing this timeline. Reason: %1</source>
        <translation>Die Gruppe ist ohne Einigung über diese Zeitleiste weitergegangen. Begründung: %1</translation>
    </message>
    <message>
        <source>The group is still writing this timeline; it has not been agreed yet.</source>
        <translation>Die Gruppe schreibt diese Zeitleiste noch; es gibt noch keine Einigung.</translation>
    </message>
    <message>
        <source>The timeline has not been started yet.</source>
        <translation>Die Zeitleiste wurde noch nicht begonnen.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>time (event kind): text</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No contributing factors yet.</source>
        <translation>Noch keine Einflussfaktoren.</translation>
    </message>
    <message>
        <source>Not linked to a timeline event.</source>
        <translation>Mit keinem Ereignis der Zeitleiste verknüpft.</translation>
    </message>
    <message>
        <source>Explains the events at %1</source>
        <translation>Erklärt die Ereignisse um %1</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>action kind before its text</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>owner team, person</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>status on date</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>no particular factor</source>
        <translation>kein bestimmter Faktor</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>vereinbart am %1</translation>
    </message>
    <message>
        <source>agreed %1, confirmed by %2</source>
        <translation>vereinbart am %1, bestätigt von %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>in progress since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Phase log</source>
        <translation>Phasenprotokoll</translation>
    </message>
    <message>
        <source>No phase has been closed yet.</source>
        <translation>Es wurde noch keine Phase abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2 agreed</source>
        <translation>%1: %2 vereinbart</translation>
    </message>
    <message>
        <source>%1: %2 agreed, confirmed by %3</source>
        <translation>%1: %2 vereinbart, bestätigt von %3</translation>
    </message>
    <message>
        <source>%1: %2 skipped. Reason: %3</source>
        <translation>%1: %2 übersprungen. Begründung: %3</translation>
    </message>
    <message>
        <source>%1: %2 reopened</source>
        <translation>%1: %2 wieder geöffnet</translation>
    </message>
    <message>
        <source>%1: %2 reopened by %3</source>
        <translation>%1: %2 wieder geöffnet von %3</translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation>Abschlussabfrage</translation>
    </message>
    <message>
        <source>The closing check comes at the end of the session.</source>
        <translation>Die Abschlussabfrage kommt am Ende der Sitzung.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so the result is not shown.</source>
        <translation>Weniger als %1 Personen haben geantwortet, daher wird das Ergebnis nicht angezeigt.</translation>
    </message>
    <message>
        <source>Answers: %1. Average: %2 out of 5.</source>
        <translation>Antworten: %1. Durchschnitt: %2 von 5.</translation>
    </message>
</context>
<context>
    <name>PostmortemText</name>
    <message>
        <source>Opening</source>
        <comment>session phase</comment>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>Notable events</source>
        <comment>retro phase</comment>
        <translation>Wichtige Ereignisse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>session phase</comment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Helped and hindered</source>
        <comment>retro phase</comment>
        <translation>Geholfen und behindert</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <comment>session phase</comment>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>session phase</comment>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Closing</source>
        <comment>session phase</comment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>session phase</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>timeline event kind</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>People and coordination</source>
        <translation>Menschen und Koordination</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umfeld</translation>
    </message>
    <message>
        <source>Organisation and pressure</source>
        <translation>Organisation und Druck</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Was wir gelernt haben</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>Detect sooner</source>
        <translation>Früher erkennen</translation>
    </message>
    <message>
        <source>Mitigate faster</source>
        <translation>Schneller eindämmen</translation>
    </message>
    <message>
        <source>Respond better</source>
        <translation>Besser reagieren</translation>
    </message>
    <message>
        <source>Learn and share</source>
        <translation>Lernen und teilen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>action status</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action status</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>action status</comment>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>Retro</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>We are here to learn how our systems and our work let this happen, not to find someone to blame.</source>
        <translation>Wir sind hier, um zu verstehen, wie unsere Systeme und unsere Arbeit dies möglich gemacht haben, nicht um jemandem die Schuld zu geben.</translation>
    </message>
    <message>
        <source>Everyone acted in good faith with what they knew and had at the time.</source>
        <translation>Alle haben nach bestem Wissen und Gewissen gehandelt, mit dem, was sie damals wussten und hatten.</translation>
    </message>
    <message>
        <source>We ask what made an action make sense back then, not who got it wrong.</source>
        <translation>Wir fragen, warum eine Handlung damals sinnvoll erschien, nicht, wer etwas falsch gemacht hat.</translation>
    </message>
    <message>
        <source>Everyone gets a turn. Passing is fine. Nobody is interrupted or judged for what they say.</source>
        <translation>Alle kommen an die Reihe. Aussetzen ist in Ordnung. Niemand wird unterbrochen oder für das Gesagte bewertet.</translation>
    </message>
    <message>
        <source>What is said in the room stays about the work, never about a person.</source>
        <translation>Was im Raum gesagt wird, betrifft die Arbeit, niemals eine Person.</translation>
    </message>
    <message>
        <source>How safe do you feel to speak up today? (1 = not at all, 5 = completely)</source>
        <translation>Wie sicher fühlen Sie sich heute, offen zu sprechen? (1 = überhaupt nicht, 5 = vollkommen)</translation>
    </message>
    <message>
        <source>How are you doing after this incident? (1 = not well, 5 = very well)</source>
        <translation>Wie geht es Ihnen nach diesem Vorfall? (1 = nicht gut, 5 = sehr gut)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>table header: cell</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Nothing was undone (%1). %2</source>
        <translation>Es wurde nichts rückgängig gemacht (%1). %2</translation>
    </message>
    <message>
        <source>Nothing was redone (%1). %2</source>
        <translation>Es wurde nichts wiederhergestellt (%1). %2</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>No file name given. Choose where to save the file.</source>
        <translation>Kein Dateiname angegeben. Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Nothing was saved; check the free space and try again.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>„%1“ konnte nicht angelegt werden: %2. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Cannot find out what this login may do in the database: %1</source>
        <translation>Es lässt sich nicht ermitteln, was dieser Zugang in der Datenbank darf: %1</translation>
    </message>
    <message>
        <source>This login may read none of Candor&apos;s data in this database. Ask the server&apos;s administrator to make it a member of candor_facilitator or candor_hr.</source>
        <translation>Dieser Zugang darf keine Daten von Candor in dieser Datenbank lesen. Bitten Sie die Administration des Servers, ihn zum Mitglied von candor_facilitator oder candor_hr zu machen.</translation>
    </message>
    <message>
        <source>This login (%1) may read Candor&apos;s data but not change it. Ask the server&apos;s administrator for a facilitator&apos;s login to make changes.</source>
        <translation>Dieser Zugang (%1) darf die Daten von Candor lesen, aber nicht ändern. Bitten Sie die Administration des Servers um einen Zugang mit Moderationsrechten, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>This database was written by an older Candor, and this login (%1) may not update it. Ask the server&apos;s administrator to open it once as candor_owner, which updates it, and to run scripts/pg-roles.sql again.</source>
        <translation>Diese Datenbank wurde von einer älteren Candor-Version geschrieben, und dieser Zugang (%1) darf sie nicht aktualisieren. Bitten Sie die Administration des Servers, sie einmal als candor_owner zu öffnen, wodurch sie aktualisiert wird, und scripts/pg-roles.sql erneut auszuführen.</translation>
    </message>
    <message>
        <source>This Candor needs schema version %1, the database is at version %2, and this login (%3) may not change the schema. Ask the server&apos;s administrator to open the database once as candor_owner, which updates it, or use the Candor version the others use.</source>
        <translation>Dieses Candor braucht Schemaversion %1, die Datenbank hat Version %2, und dieser Zugang (%3) darf das Schema nicht ändern. Bitten Sie die Administration des Servers, die Datenbank einmal als candor_owner zu öffnen, wodurch sie aktualisiert wird, oder verwenden Sie die Candor-Version, die auch die anderen verwenden.</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>database login role</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>facilitator</source>
        <comment>database login role</comment>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>database login role</comment>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <source>HR</source>
        <comment>database login role</comment>
        <translation>HR</translation>
    </message>
    <message>
        <source>no access</source>
        <comment>database login role</comment>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>This login (%1) can read survey trends only: Candor&apos;s window shows them as survey insights, and candor-cli trends and insights-report print them. Incidents, postmortems and survey waves need a facilitator&apos;s login.</source>
        <translation>Dieser Zugang (%1) darf nur Umfragetrends lesen: Das Fenster von Candor zeigt sie als Umfrageauswertung an, und candor-cli trends und insights-report geben sie aus. Für Vorfälle, Postmortems und Umfragewellen ist ein Zugang mit Moderationsrechten nötig.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is read-only. Make it writable and try again.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt. Machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Candor could not write to the database file: the disk may be full, over a size limit or failing. Free some space and try again; the change was not saved.</source>
        <translation>Candor konnte nicht in die Datenbankdatei schreiben: Der Datenträger ist möglicherweise voll, über einer Größenbeschränkung oder defekt. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database reported an error: %1.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Es gibt keinen Vorfall mit der ID %1.</translation>
    </message>
    <message>
        <source>The incident&apos;s team no longer exists. Choose another team.</source>
        <translation>Das Team des Vorfalls existiert nicht mehr. Wählen Sie ein anderes Team.</translation>
    </message>
    <message>
        <source>“%1” has a postmortem, which keeps what the group agreed. Delete the postmortem first if the incident must go.</source>
        <translation>„%1“ hat ein Postmortem, das festhält, worauf sich die Gruppe geeinigt hat. Löschen Sie zuerst das Postmortem, wenn der Vorfall entfernt werden muss.</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search takes up to %2. Look for a few words instead.</source>
        <translation>Der Suchtext hat %1 Zeichen; eine Suche nimmt bis zu %2. Suchen Sie stattdessen nach einigen Wörtern.</translation>
    </message>
    <message>
        <source>There is no postmortem or retro with id %1.</source>
        <translation>Es gibt kein Postmortem und keine Retro mit der ID %1.</translation>
    </message>
    <message>
        <source>A speaking turn must last between 10 seconds and one hour.</source>
        <translation>Ein Redebeitrag muss zwischen 10 Sekunden und einer Stunde dauern.</translation>
    </message>
    <message>
        <source>A phase&apos;s timebox must be between 1 minute and 8 hours.</source>
        <translation>Die Zeitvorgabe einer Phase muss zwischen 1 Minute und 8 Stunden liegen.</translation>
    </message>
    <message>
        <source>The response has %1 answers but the survey asks %2 questions.</source>
        <translation>Die Antwort enthält %1 Antwortwerte, aber die Umfrage stellt %2 Fragen.</translation>
    </message>
    <message>
        <source>Answer %1 is %2, but answers run from 1 to %3.</source>
        <translation>Antwort %1 ist %2, aber Antworten reichen von 1 bis %3.</translation>
    </message>
    <message>
        <source>The response carries trends that this survey does not ask for.</source>
        <translation>Die Antwort enthält Trends, nach denen diese Umfrage nicht fragt.</translation>
    </message>
    <message>
        <source>A trend must be worse, the same or better.</source>
        <translation>Ein Trend muss „schlechter“, „gleich“ oder „besser“ sein.</translation>
    </message>
    <message>
        <source>The comment has %1 characters; a comment holds up to %2. Shorten it.</source>
        <translation>Der Kommentar hat %1 Zeichen; ein Kommentar fasst bis zu %2. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>There is no survey wave with id %1.</source>
        <translation>Es gibt keine Umfragewelle mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument with id %1.</source>
        <translation>Es gibt keinen Fragebogen mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument “%1”. Known instruments: %2.</source>
        <translation>Es gibt keinen Fragebogen „%1“. Bekannte Fragebögen: %2.</translation>
    </message>
    <message>
        <source>Give the instrument a name.</source>
        <translation>Geben Sie dem Fragebogen einen Namen.</translation>
    </message>
    <message>
        <source>An instrument&apos;s name and description hold up to %1 characters each. Shorten them.</source>
        <translation>Name und Beschreibung eines Fragebogens fassen jeweils bis zu %1 Zeichen. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>A scale has from %1 to %2 points.</source>
        <translation>Eine Skala hat %1 bis %2 Stufen.</translation>
    </message>
    <message>
        <source>An instrument asks from 1 to %1 questions.</source>
        <translation>Ein Fragebogen stellt 1 bis %1 Fragen.</translation>
    </message>
    <message>
        <source>Every question needs its text. Remove empty questions.</source>
        <translation>Jede Frage braucht ihren Text. Entfernen Sie leere Fragen.</translation>
    </message>
    <message>
        <source>A question holds up to %1 characters, its construct up to %2. Shorten them.</source>
        <translation>Eine Frage fasst bis zu %1 Zeichen, ihr Konstrukt bis zu %2. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The built-in instruments cannot be changed. Make a new one.</source>
        <translation>Die mitgelieferten Fragebögen können nicht geändert werden. Legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>There is already an instrument called “%1”. Choose another name.</source>
        <translation>Es gibt bereits einen Fragebogen namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” has a %2-point scale; answers on another scale cannot share its trend. Make a new instrument instead.</source>
        <translation>„%1“ hat eine %2-stufige Skala; Antworten auf einer anderen Skala können ihren Trend nicht teilen. Legen Sie stattdessen einen neuen Fragebogen an.</translation>
    </message>
    <message>
        <source>Give the day the wave opens.</source>
        <translation>Geben Sie den Tag an, an dem die Welle beginnt.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a later closing day.</source>
        <translation>Die Welle endet, bevor sie beginnt. Wählen Sie einen späteren Endtag.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be from %1 to %2 responses.</source>
        <translation>Die Anonymitätsschwelle muss zwischen %1 und %2 Antworten liegen.</translation>
    </message>
    <message>
        <source>The comment threshold must be at least the anonymity threshold (%1) and at most %2.</source>
        <translation>Die Kommentarschwelle muss mindestens der Anonymitätsschwelle (%1) entsprechen und darf höchstens %2 betragen.</translation>
    </message>
    <message>
        <source>The number of people invited cannot be negative.</source>
        <translation>Die Zahl der eingeladenen Personen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A wave&apos;s title holds up to %1 characters. Shorten it.</source>
        <translation>Der Titel einer Welle fasst bis zu %1 Zeichen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>Es gibt kein Team mit der ID %1.</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>That timeline event no longer exists.</source>
        <translation>Dieses Ereignis der Zeitleiste existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The event has no valid time. Type a time such as 14:05.</source>
        <translation>Das Ereignis hat keine gültige Zeit. Geben Sie eine Zeit wie 14:05 ein.</translation>
    </message>
    <message>
        <source>That contributing factor no longer exists.</source>
        <translation>Dieser Einflussfaktor existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Diese Maßnahme existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The action item has no owning team. Choose the team that will do it.</source>
        <translation>Die Maßnahme hat kein verantwortliches Team. Wählen Sie das Team, das sie umsetzt.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long. Shorten it.</source>
        <translation>Der Name der verantwortlichen Person ist zu lang. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The change was already saved or abandoned.</source>
        <translation>Die Änderung wurde bereits gespeichert oder verworfen.</translation>
    </message>
    <message>
        <source>Several teams are called “%1” in different letter case. Give the exact name.</source>
        <translation>Mehrere Teams heißen „%1“ in unterschiedlicher Groß-/Kleinschreibung. Geben Sie den genauen Namen an.</translation>
    </message>
    <message>
        <source>There is no team called “%1”. List the teams with: candor-cli list teams</source>
        <translation>Es gibt kein Team namens „%1“. Listen Sie die Teams auf mit: candor-cli list teams</translation>
    </message>
    <message>
        <source>A team called “%1” already exists. Choose another name.</source>
        <translation>Ein Team namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A team cannot be placed under itself or one of its own sub-teams. Choose another parent.</source>
        <translation>Ein Team kann nicht unter sich selbst oder einem seiner Unterteams eingeordnet werden. Wählen Sie ein anderes übergeordnetes Team.</translation>
    </message>
    <message>
        <source>The parent team no longer exists. Choose another parent.</source>
        <translation>Das übergeordnete Team existiert nicht mehr. Wählen Sie ein anderes übergeordnetes Team.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n sub-team(s). Move or delete the sub-teams first.</source>
        <translation>
            <numerusform>„%1“ hat %n Unterteam. Verschieben oder löschen Sie zuerst das Unterteam.</numerusform>
            <numerusform>„%1“ hat %n Unterteams. Verschieben oder löschen Sie zuerst die Unterteams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n incident(s). Move the incidents to another team first.</source>
        <translation>
            <numerusform>„%1“ gehört %n Vorfall. Verschieben Sie den Vorfall zuerst zu einem anderen Team.</numerusform>
            <numerusform>„%1“ gehören %n Vorfälle. Verschieben Sie die Vorfälle zuerst zu einem anderen Team.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has postmortems, retros or action items, which keep what groups agreed. Keep the team, or give its action items to another team first.</source>
        <translation>„%1“ hat Postmortems, Retros oder Maßnahmen, die festhalten, worauf sich Gruppen geeinigt haben. Behalten Sie das Team, oder übertragen Sie seine Maßnahmen zuerst einem anderen Team.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n survey wave(s), which belong to its trend. Delete the waves first.</source>
        <translation>
            <numerusform>„%1“ hat %n Umfragewelle, die zu seinem Trend gehört. Löschen Sie zuerst die Welle.</numerusform>
            <numerusform>„%1“ hat %n Umfragewellen, die zu seinem Trend gehören. Löschen Sie zuerst die Wellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>Es gibt kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>The text is empty. Type what happened or what was said.</source>
        <translation>Der Text ist leer. Geben Sie ein, was geschah oder was gesagt wurde.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters. Shorten it.</source>
        <translation>Der Text ist länger als %1 Zeichen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>A postmortem needs an incident. Choose the incident first.</source>
        <translation>Ein Postmortem braucht einen Vorfall. Wählen Sie zuerst den Vorfall.</translation>
    </message>
    <message>
        <source>The retro has no title. Type a title, for example the period.</source>
        <translation>Die Retro hat keinen Titel. Geben Sie einen Titel ein, zum Beispiel den Zeitraum.</translation>
    </message>
    <message>
        <source>The title or the facilitator&apos;s name is too long. Shorten it.</source>
        <translation>Der Titel oder der Name der Moderation ist zu lang. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>This incident already has a postmortem. Open it instead.</source>
        <translation>Dieser Vorfall hat bereits ein Postmortem. Öffnen Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Shorten them.</source>
        <translation>Die Notizen sind länger als %1 Zeichen. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters. Shorten it.</source>
        <translation>Die Zusammenfassung ist länger als %1 Zeichen. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The participant has no name. Type a name or choose a member.</source>
        <translation>Die teilnehmende Person hat keinen Namen. Geben Sie einen Namen ein oder wählen Sie ein Mitglied.</translation>
    </message>
    <message>
        <source>The participant&apos;s name or role is too long. Shorten it.</source>
        <translation>Name oder Rolle der teilnehmenden Person ist zu lang. Kürzen Sie die Angabe.</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Diese teilnehmende Person ist nicht mehr in der Sitzung.</translation>
    </message>
    <message>
        <source>An answer must be between 1 and 5.</source>
        <translation>Eine Antwort muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>A count must be between 0 and %1.</source>
        <translation>Eine Anzahl muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The database did not report the new row&apos;s id; the row may not have been added.</source>
        <translation>Die Datenbank hat die Kennung der neuen Zeile nicht gemeldet; die Zeile wurde möglicherweise nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The incident “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>Der Vorfall „%1“ wurde an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert. Legen Sie ihn erneut an, falls er noch gebraucht wird.</translation>
    </message>
    <message>
        <source>The incident “%1” was changed on another desktop after you last saw it, so your change was not saved. Open it again to see what is stored now, and make your change again if it is still needed.</source>
        <translation>Der Vorfall „%1“ wurde an einem anderen Rechner geändert, nachdem Sie ihn zuletzt gesehen haben, daher wurde Ihre Änderung nicht gespeichert. Öffnen Sie ihn erneut, um zu sehen, was jetzt gespeichert ist, und nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>It was deleted on another desktop in the meantime.</source>
        <translation>Der Eintrag wurde inzwischen an einem anderen Rechner gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>„%1“ wurde an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert. Legen Sie den Eintrag erneut an, falls er noch gebraucht wird.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>„%1“ wurde an einem anderen Rechner geändert, nachdem Sie den Eintrag zuletzt gesehen haben, daher wurde Ihre Änderung nicht gespeichert. Sehen Sie sich an, was jetzt gespeichert ist, und nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>The team “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>Das Team „%1“ wurde an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert. Legen Sie es erneut an, falls es noch gebraucht wird.</translation>
    </message>
    <message>
        <source>The team “%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>Das Team „%1“ wurde an einem anderen Rechner geändert, nachdem Sie es zuletzt gesehen haben, daher wurde Ihre Änderung nicht gespeichert. Sehen Sie sich an, was jetzt gespeichert ist, und nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>“%1” was removed from the teams on another desktop, so your change was not saved. Add them again if they are still needed.</source>
        <translation>„%1“ wurde an einem anderen Rechner aus den Teams entfernt, daher wurde Ihre Änderung nicht gespeichert. Fügen Sie die Person erneut hinzu, falls sie noch gebraucht wird.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw them, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>Die Angaben zu „%1“ wurden an einem anderen Rechner geändert, nachdem Sie sie zuletzt gesehen haben, daher wurde Ihre Änderung nicht gespeichert. Sehen Sie sich an, was jetzt gespeichert ist, und nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The session was deleted on another desktop, so your change was not saved.</source>
        <translation>Die Sitzung wurde an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session&apos;s settings were changed on another desktop after you last saw them, so your change was not saved. Look at what is set now and change it again if it is still needed.</source>
        <translation>Die Einstellungen der Sitzung wurden an einem anderen Rechner geändert, nachdem Sie sie zuletzt gesehen haben, daher wurde Ihre Änderung nicht gespeichert. Sehen Sie sich an, was jetzt eingestellt ist, und ändern Sie es erneut, falls nötig.</translation>
    </message>
    <message>
        <source>The session was finished on another desktop in the meantime.</source>
        <translation>Die Sitzung wurde inzwischen an einem anderen Rechner beendet.</translation>
    </message>
    <message>
        <source>The session already moved to “%1” on another desktop.</source>
        <translation>Die Sitzung ist an einem anderen Rechner bereits zu „%1“ weitergegangen.</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>The file is larger than %1 MB, more than any survey export. Check that you chose the file of answers exported by the form tool.</source>
        <translation>Die Datei ist größer als %1 MB, größer als jeder Umfrageexport. Prüfen Sie, ob Sie die vom Formularwerkzeug exportierte Antwortdatei gewählt haben.</translation>
    </message>
    <message>
        <source>Line %1 holds characters that are not UTF-8 text. Export or save the file as “CSV UTF-8” and import it again.</source>
        <translation>Zeile %1 enthält Zeichen, die kein UTF-8-Text sind. Exportieren oder speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed. Add the missing closing quote mark (&quot;) and import the file again.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird. Ergänzen Sie das fehlende schließende Anführungszeichen (&quot;) und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file is empty. Export the answers again, with the header row of questions, and import that file.</source>
        <translation>Die Datei ist leer. Exportieren Sie die Antworten erneut, mit der Kopfzeile der Fragen, und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>comment</source>
        <comment>a word looked for in CSV column headers to find the comment column</comment>
        <translation>kommentar</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen for answers, but the instrument asks %1 questions. Choose one column per question.</source>
        <translation>
            <numerusform>%n Spalte für Antworten gewählt, aber der Fragebogen stellt %1 Fragen. Wählen Sie eine Spalte pro Frage.</numerusform>
            <numerusform>%n Spalten für Antworten gewählt, aber der Fragebogen stellt %1 Fragen. Wählen Sie eine Spalte pro Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 “%2” has no column. Choose the column that holds its answers.</source>
        <translation>Frage %1 „%2“ hat keine Spalte. Wählen Sie die Spalte, die ihre Antworten enthält.</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 “%2” is set to column %3, but the file has only %n column(s). Choose one of its columns.</source>
        <translation>
            <numerusform>Frage %1 „%2“ ist Spalte %3 zugeordnet, aber die Datei hat nur %n Spalte. Wählen Sie eine ihrer Spalten.</numerusform>
            <numerusform>Frage %1 „%2“ ist Spalte %3 zugeordnet, aber die Datei hat nur %n Spalten. Wählen Sie eine ihrer Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions %1 and %2 are both set to column %3 “%4”. Choose a column of its own for each question.</source>
        <translation>Die Fragen %1 und %2 sind beide Spalte %3 „%4“ zugeordnet. Wählen Sie für jede Frage eine eigene Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are set to column %1, but the file has only %n column(s). Choose one of its columns, or none.</source>
        <translation>
            <numerusform>Kommentare sind Spalte %1 zugeordnet, aber die Datei hat nur %n Spalte. Wählen Sie eine ihrer Spalten oder keine.</numerusform>
            <numerusform>Kommentare sind Spalte %1 zugeordnet, aber die Datei hat nur %n Spalten. Wählen Sie eine ihrer Spalten oder keine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 “%2” is set to hold both comments and the answers to question %3. Choose another column for comments, or none.</source>
        <translation>Spalte %1 „%2“ soll sowohl Kommentare als auch die Antworten auf Frage %3 enthalten. Wählen Sie eine andere Spalte für Kommentare oder keine.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) ends after column %3, but answers are expected up to column %4 “%5”. Check that the row is complete and that line breaks in comments are inside quotes, then import the file again.</source>
        <translation>Zeile %1 (Zeile %2 der Datei) endet nach Spalte %3, aber Antworten werden bis Spalte %4 „%5“ erwartet. Prüfen Sie, ob die Zeile vollständig ist und ob Zeilenumbrüche in Kommentaren in Anführungszeichen stehen, und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4” is blank. Every question needs an answer: fill it in or remove the row, then import the file again.</source>
        <translation>Zeile %1 (Zeile %2 der Datei), Spalte %3 „%4“ ist leer. Jede Frage braucht eine Antwort: Füllen Sie sie aus oder entfernen Sie die Zeile und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6. Correct the file and import it again.</source>
        <translation>Zeile %1 (Zeile %2 der Datei), Spalte %3 „%4“: „%5“ ist keine Antwort von 1 bis %6. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: the comment has %5 characters; a comment holds up to %6. Shorten it in the file and import it again.</source>
        <translation>Zeile %1 (Zeile %2 der Datei), Spalte %3 „%4“: Der Kommentar hat %5 Zeichen; ein Kommentar fasst bis zu %6. Kürzen Sie ihn in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6 or one of the scale&apos;s labels. Correct the file and import it again.</source>
        <translation>Zeile %1 (Zeile %2 der Datei), Spalte %3 „%4“: „%5“ ist weder eine Antwort von 1 bis %6 noch eine der Bezeichnungen der Skala. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Timebox</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>a long time: days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1 ist leer. Füllen Sie das Feld aus.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters). Shorten it to at most %3.</source>
        <translation>%1 ist zu lang (%2 Zeichen). Kürzen Sie den Text auf höchstens %3.</translation>
    </message>
    <message>
        <source>%1 is before %2. Correct one of the two times.</source>
        <translation>%1 liegt vor der %2. Korrigieren Sie eine der beiden Zeiten.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A team cannot be its own parent. Choose another parent team.</source>
        <translation>Ein Team kann nicht sein eigenes übergeordnetes Team sein. Wählen Sie ein anderes übergeordnetes Team.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Name des Mitglieds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the member&apos;s team.</source>
        <translation>Es ist kein Team gewählt. Wählen Sie das Team des Mitglieds.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the team that owns the incident.</source>
        <translation>Es ist kein Team gewählt. Wählen Sie das Team, dem der Vorfall gehört.</translation>
    </message>
    <message>
        <source>Severity must be SEV1, SEV2, SEV3 or SEV4.</source>
        <translation>Der Schweregrad muss SEV1, SEV2, SEV3 oder SEV4 sein.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Started time is missing. Enter when the incident began.</source>
        <translation>Die Startzeit fehlt. Geben Sie ein, wann der Vorfall begann.</translation>
    </message>
    <message>
        <source>Detected time</source>
        <translation>Erkennungszeit</translation>
    </message>
    <message>
        <source>started time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Mitigated time</source>
        <translation>Eindämmungszeit</translation>
    </message>
    <message>
        <source>Resolved time</source>
        <translation>Behebungszeit</translation>
    </message>
    <message>
        <source>mitigated time</source>
        <translation>Eindämmungszeit</translation>
    </message>
    <message>
        <source>Status is Mitigated but the mitigated time is missing. Enter when it was mitigated.</source>
        <translation>Der Status ist „Eingedämmt“, aber die Eindämmungszeit fehlt. Geben Sie ein, wann der Vorfall eingedämmt wurde.</translation>
    </message>
    <message>
        <source>Status is Resolved but the resolved time is missing. Enter when it was resolved.</source>
        <translation>Der Status ist „Behoben“, aber die Behebungszeit fehlt. Geben Sie ein, wann der Vorfall behoben wurde.</translation>
    </message>
    <message>
        <source>A resolved time is set but the status is %1. Set the status to Resolved or clear the resolved time.</source>
        <translation>Eine Behebungszeit ist gesetzt, aber der Status ist %1. Setzen Sie den Status auf „Behoben“ oder löschen Sie die Behebungszeit.</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsArea</name>
    <message>
        <source>%1, overdue</source>
        <comment>due date</comment>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>The incident or retro the item came from. Double-click an incident to open it.</source>
        <translation>Der Vorfall oder die Retro, aus dem bzw. der die Maßnahme stammt. Doppelklicken Sie auf einen Vorfall, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>Show the items a team owns, including its sub-teams</source>
        <translation>Die Maßnahmen eines Teams anzeigen, einschließlich seiner Unterteams</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Offen oder in Arbeit</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Show only items that are not done and past their due date</source>
        <translation>Nur Maßnahmen anzeigen, die nicht erledigt sind und deren Fälligkeitsdatum überschritten ist</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark the selected items done; Edit &gt; Undo takes it back</source>
        <translation>Die ausgewählten Maßnahmen als erledigt markieren; Bearbeiten &gt; Rückgängig nimmt das zurück</translation>
    </message>
    <message>
        <source>Set the selected done or dropped items back to open</source>
        <translation>Die ausgewählten erledigten oder verworfenen Maßnahmen wieder auf „Offen“ setzen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip, then its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Number of action items shown</source>
        <translation>Anzahl der angezeigten Maßnahmen</translation>
    </message>
    <message>
        <source>Reading the action items…</source>
        <translation>Maßnahmen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln Maßnahme</numerusform>
            <numerusform>%Ln Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln overdue</source>
        <comment>how many action items, then how many of them are overdue</comment>
        <translation>
            <numerusform>%1, %Ln überfällig</numerusform>
            <numerusform>%1, %Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln action item(s) done</source>
        <translation>
            <numerusform>%Ln Maßnahme als erledigt markieren</numerusform>
            <numerusform>%Ln Maßnahmen als erledigt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln action item(s)</source>
        <translation>
            <numerusform>%Ln Maßnahme wieder öffnen</numerusform>
            <numerusform>%Ln Maßnahmen wieder öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur über&amp;fällige</translation>
    </message>
    <message>
        <source>F2 edits the current cell; Enter on where an item came from opens that postmortem; Ctrl+D marks the selected items done</source>
        <translation>F2 bearbeitet die aktuelle Zelle; die Eingabetaste in der Spalte „Herkunft“ öffnet das zugehörige Postmortem; Strg+D markiert die ausgewählten Maßnahmen als erledigt</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>candor::ActionsPage</name>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Noch offen von früher: Haben unsere Korrekturen gehalten?</translation>
    </message>
    <message>
        <source>Open earlier actions</source>
        <translation>Offene frühere Maßnahmen</translation>
    </message>
    <message>
        <source>What will we do? Enter adds it</source>
        <translation>Was werden wir tun? Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Art der Maßnahme</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Person (optional)</translation>
    </message>
    <message>
        <source>Person who owns it</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Factor it addresses</source>
        <translation>Betroffener Faktor</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Was wir tun werden</translation>
    </message>
    <message>
        <source>Addresses no single factor</source>
        <translation>Betrifft keinen einzelnen Faktor</translation>
    </message>
    <message>
        <source>Type the action item, then press Enter.</source>
        <translation>Geben Sie die Maßnahme ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Adds the action item (Enter in the text or the person)</source>
        <translation>Fügt die Maßnahme hinzu (Eingabetaste im Text oder bei der Person)</translation>
    </message>
</context>
<context>
    <name>candor::AudienceWindow</name>
    <message>
        <source>Candor: audience view</source>
        <translation>Candor: Publikumsansicht</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Publikumsansicht</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Es spricht: %1</translation>
    </message>
    <message>
        <source>Still to speak this round: %1</source>
        <translation>In dieser Runde noch an der Reihe: %1</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Phase um %1 überzogen</translation>
    </message>
    <message>
        <source>Phase %1 left</source>
        <translation>Phase: noch %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>um %1 überzogen</translation>
    </message>
    <message>
        <source>Bright room: dark text on white</source>
        <translation>Heller Raum: dunkler Text auf Weiß</translation>
    </message>
    <message>
        <source>Dark room: light text on black</source>
        <translation>Dunkler Raum: heller Text auf Schwarz</translation>
    </message>
</context>
<context>
    <name>candor::BackgroundReads</name>
    <message>
        <source>Could not read “%1” in the background: %2</source>
        <translation>„%1“ konnte im Hintergrund nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>candor::Banner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>candor::BlameTextEdit</name>
    <message>
        <source>Wording that may sound like blame is underlined, with a suggestion to reframe it. It never stops you typing.</source>
        <translation>Formulierungen, die nach Schuldzuweisung klingen können, werden unterstrichen, mit einem Vorschlag zur Umformulierung. Das Tippen wird nie blockiert.</translation>
    </message>
</context>
<context>
    <name>candor::CheckKiosk</name>
    <message>
        <source>Anonymous check</source>
        <translation>Anonyme Abfrage</translation>
    </message>
    <message>
        <source>Your answer is anonymous: only the count of each answer is kept, never who gave it. The screen clears as soon as you answer.</source>
        <translation>Ihre Antwort ist anonym: Gespeichert wird nur, wie oft jede Antwort gegeben wurde, nie von wem. Der Bildschirm wird geleert, sobald Sie antworten.</translation>
    </message>
    <message>
        <source>Answer %1 of 5</source>
        <translation>Antwort %1 von 5</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer too.</source>
        <translation>Sie können auch mit den Tasten 1 bis 5 antworten.</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved and no longer on screen.
Pass the screen on.</source>
        <translation>Vielen Dank. Ihre Antwort ist gespeichert und nicht mehr auf dem Bildschirm.
Geben Sie den Bildschirm weiter.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Finish collecting</source>
        <translation>Sammeln beenden</translation>
    </message>
    <message>
        <source>Answer with the keys 1 to 5; the answer is anonymous</source>
        <translation>Antworten Sie mit den Tasten 1 bis 5; die Antwort ist anonym</translation>
    </message>
</context>
<context>
    <name>candor::CheckPanel</name>
    <message>
        <source>Open the kiosk…</source>
        <translation>Kiosk öffnen…</translation>
    </message>
    <message>
        <source>A full-screen page passed around the room; it clears after every answer.</source>
        <translation>Eine Vollbildseite, die im Raum herumgereicht wird; sie wird nach jeder Antwort geleert.</translation>
    </message>
    <message>
        <source>Or count the paper slips:</source>
        <translation>Oder zählen Sie die Papierzettel:</translation>
    </message>
    <message>
        <source>Slips answering %1</source>
        <translation>Zettel mit Antwort %1</translation>
    </message>
    <message>
        <source>Add slips</source>
        <translation>Zettel hinzufügen</translation>
    </message>
    <message>
        <source>Adds these slips to the answers collected so far</source>
        <translation>Fügt diese Zettel den bisher gesammelten Antworten hinzu</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Neu beginnen…</translation>
    </message>
    <message>
        <source>Forgets every answer of this check, for example to count the slips again</source>
        <translation>Verwirft alle Antworten dieser Abfrage, zum Beispiel um die Zettel neu zu zählen</translation>
    </message>
    <message>
        <source>Collecting answers on the kiosk. The result appears when you finish collecting.</source>
        <translation>Antworten werden am Kiosk gesammelt. Das Ergebnis erscheint, wenn Sie das Sammeln beenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. Results appear once at least %1 people have answered.</source>
        <translation>
            <numerusform>Bisher %n Antwort. Ergebnisse erscheinen, sobald mindestens %1 Personen geantwortet haben.</numerusform>
            <numerusform>Bisher %n Antworten. Ergebnisse erscheinen, sobald mindestens %1 Personen geantwortet haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5.</source>
        <translation>
            <numerusform>%n Antwort, Durchschnitt %1 von 5.</numerusform>
            <numerusform>%n Antworten, Durchschnitt %1 von 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Distribution: %1</source>
        <translation>
            <numerusform>%n Antwort. Verteilung: %1</numerusform>
            <numerusform>%n Antworten. Verteilung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many slips gave each answer, then choose Add slips.</source>
        <translation>Geben Sie für jede Antwort die Anzahl der Zettel ein und wählen Sie dann „Zettel hinzufügen“.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forget every answer of this check, from the kiosk and from slips, and collect them again? This cannot be undone.</source>
        <translation>Alle Antworten dieser Abfrage verwerfen, vom Kiosk und von Zetteln, und neu sammeln? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>candor::ClosingPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What happened, what we agreed and what we will do, in a few sentences. Saved as you type.</source>
        <translation>Was geschah, worauf wir uns geeinigt haben und was wir tun werden, in wenigen Sätzen. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>How are people doing?</source>
        <translation>Wie geht es den Beteiligten?</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Das Protokoll</translation>
    </message>
    <message>
        <source>%1: agreed %2, confirmed by %3</source>
        <translation>%1: vereinbart am %2, bestätigt von %3</translation>
    </message>
    <message>
        <source>%1: moved on without agreement %2. Reason: %3</source>
        <translation>%1: am %2 ohne Einigung weitergegangen. Begründung: %3</translation>
    </message>
    <message>
        <source>%1: reopened %2</source>
        <translation>%1: wieder geöffnet am %2</translation>
    </message>
    <message>
        <source>No phase has been agreed yet.</source>
        <translation>Es wurde noch keine Phase vereinbart.</translation>
    </message>
</context>
<context>
    <name>candor::ConnectDialog</name>
    <message>
        <source>The server refused that password. Password for %1:</source>
        <translation>Der Server hat dieses Passwort abgelehnt. Passwort für %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Connect to the shared database</source>
        <translation>Mit der gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Mit einer gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>Candor can keep its data in a PostgreSQL database that your team shares. The server&apos;s administrator gives you these details.</source>
        <translation>Candor kann seine Daten in einer PostgreSQL-Datenbank speichern, die Ihr Team gemeinsam nutzt. Die Administration des Servers teilt Ihnen diese Angaben mit.</translation>
    </message>
    <message>
        <source>For example: db.example.org</source>
        <translation>Zum Beispiel: db.example.org</translation>
    </message>
    <message>
        <source>For example: candor</source>
        <translation>Zum Beispiel: candor</translation>
    </message>
    <message>
        <source>Your login name, %1</source>
        <translation>Ihr Anmeldename, %1</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server offers it</source>
        <translation>prefer: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require: immer verschlüsseln, jedem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate&apos;s authority</source>
        <translation>verify-ca: verschlüsseln, Zertifizierungsstelle des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the authority and the server&apos;s name</source>
        <translation>verify-full: verschlüsseln, Zertifizierungsstelle und Namen des Servers prüfen</translation>
    </message>
    <message>
        <source>How the connection to the server is encrypted (libpq&apos;s sslmode).</source>
        <translation>Wie die Verbindung zum Server verschlüsselt wird (sslmode von libpq).</translation>
    </message>
    <message>
        <source>Optional: ~/.postgresql/root.crt when empty</source>
        <translation>Optional: ~/.postgresql/root.crt, wenn leer</translation>
    </message>
    <message>
        <source>Optional: only when the server asks for one</source>
        <translation>Optional: nur wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Optional: the client certificate&apos;s key</source>
        <translation>Optional: der Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Client-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Choose the client key file</source>
        <translation>Client-Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>V&amp;erschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s certificate</source>
        <translation>Zertifikat der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Choose your client certificate</source>
        <translation>Ihr Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Choose your client certificate&apos;s key</source>
        <translation>Den Schlüssel Ihres Client-Zertifikats auswählen</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Verbindet mit:</translation>
    </message>
    <message>
        <source>Candor asks for the password when it connects and keeps it only while it runs: it is never saved.</source>
        <translation>Candor fragt beim Verbinden nach dem Passwort und behält es nur, solange es läuft: Es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Certificates and keys (*.crt *.pem *.key *.cer);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.crt *.pem *.key *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address, for example db.example.org (localhost for a server on this computer).</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein, zum Beispiel db.example.org (localhost für einen Server auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535: PostgreSQL usually listens on %2.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535: PostgreSQL lauscht normalerweise auf %2.</translation>
    </message>
    <message>
        <source>Enter the name of the database, as the server&apos;s administrator gave it.</source>
        <translation>Geben Sie den Namen der Datenbank so ein, wie ihn die Administration des Servers mitgeteilt hat.</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>das CA-Zertifikat</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>den Client-Schlüssel</translation>
    </message>
    <message>
        <source>There is no file “%1”. Choose %2 again, or leave the field empty.</source>
        <translation>Es gibt keine Datei „%1“. Wählen Sie %2 erneut aus, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1 Candor stays on the database it has open.</source>
        <translation>%1 Candor bleibt bei der geöffneten Datenbank.</translation>
    </message>
    <message>
        <source>(enter the server and the database)</source>
        <translation>(Server und Datenbank eingeben)</translation>
    </message>
</context>
<context>
    <name>candor::ConnectionWatchdog</name>
    <message>
        <source>the server closed the connection or stopped answering</source>
        <translation>der Server hat die Verbindung geschlossen oder antwortet nicht mehr</translation>
    </message>
</context>
<context>
    <name>candor::CsvImportDialog</name>
    <message>
        <source>Import answers from CSV</source>
        <translation>Antworten aus CSV importieren</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Welle vom %1</translation>
    </message>
    <message>
        <source>Answers for “%1” (%2), asked with “%3”. Export the answers from the form tool as CSV, one person per row with a header row of questions.</source>
        <translation>Antworten für „%1“ (%2), erhoben mit „%3“. Exportieren Sie die Antworten aus dem Formularwerkzeug als CSV, eine Person pro Zeile, mit einer Kopfzeile der Fragen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or browse</source>
        <translation>Geben Sie einen Pfad ein und drücken Sie die Eingabetaste, oder durchsuchen Sie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>The file&apos;s columns and first rows</source>
        <translation>Die Spalten und ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Column of question %1</source>
        <translation>Spalte von Frage %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number. question text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Column of comments</source>
        <translation>Spalte der Kommentare</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional)</source>
        <translation>&amp;Kommentar (optional)</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>Vor dem Import zu behebende Probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at “%1”. Check the path, or choose the file with Browse….</source>
        <translation>Unter „%1“ gibt es keine Datei. Prüfen Sie den Pfad oder wählen Sie die Datei mit „Durchsuchen…“.</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than any survey export (at most %3). Check that you chose the file of answers the form tool exported.</source>
        <translation>„%1“ ist %2 groß, größer als jeder Umfrageexport (höchstens %3). Prüfen Sie, ob Sie die vom Formularwerkzeug exportierte Antwortdatei gewählt haben.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file is not open elsewhere and that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei nicht anderswo geöffnet ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header</source>
        <translation>
            <numerusform>%n Zeile unter der Kopfzeile</numerusform>
            <numerusform>%n Zeilen unter der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>column number. header text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The columns you chose last time for a file with these headings.</source>
        <translation>Die Spalten, die Sie beim letzten Mal für eine Datei mit diesen Überschriften gewählt haben.</translation>
    </message>
    <message>
        <source>Columns matched by their headings. Check them, and choose the column of any question that says “(not in the file)”.</source>
        <translation>Spalten anhand ihrer Überschriften zugeordnet. Prüfen Sie sie und wählen Sie die Spalte jeder Frage, bei der „(nicht in der Datei)“ steht.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiteres.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything can be imported: correct the file or the columns above.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor etwas importiert werden kann: Korrigieren Sie die Datei oder die Spalten oben.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor etwas importiert werden kann: Korrigieren Sie die Datei oder die Spalten oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of answers below its header.</source>
        <translation>Die Datei hat unter ihrer Kopfzeile keine Zeilen mit Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n response(s).</source>
        <translation>
            <numerusform>Bereit, %n Antwort zu importieren.</numerusform>
            <numerusform>Bereit, %n Antworten zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s).</source>
        <translation>
            <numerusform>%n Antwort importiert.</numerusform>
            <numerusform>%n Antworten importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DueDateDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>candor::Edits</name>
    <message>
        <source>Add team “%1”</source>
        <translation>Team „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename team “%1” to “%2”</source>
        <translation>Team „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Team „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete team “%1”</source>
        <translation>Team „%1“ löschen</translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>Mitglied „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>Mitglied „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete member “%1”</source>
        <translation>Mitglied „%1“ löschen</translation>
    </message>
    <message>
        <source>Add incident “%1”</source>
        <translation>Vorfall „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit incident “%1”</source>
        <translation>Vorfall „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete incident “%1”</source>
        <translation>Vorfall „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>candor::ExportActions</name>
    <message>
        <source>&amp;Incidents as CSV…</source>
        <translation>&amp;Vorfälle als CSV…</translation>
    </message>
    <message>
        <source>Save the incidents the Incidents list shows, with its filters and in its order, as a CSV file for spreadsheets.</source>
        <translation>Die Vorfälle, die die Vorfallliste anzeigt, mit ihren Filtern und in ihrer Reihenfolge als CSV-Datei für Tabellenkalkulationen speichern.</translation>
    </message>
    <message>
        <source>&amp;Action items as CSV…</source>
        <translation>&amp;Maßnahmen als CSV…</translation>
    </message>
    <message>
        <source>Save the action items the Action items list shows, with its filters, as a CSV file for spreadsheets.</source>
        <translation>Die Maßnahmen, die die Maßnahmenliste anzeigt, mit ihren Filtern als CSV-Datei für Tabellenkalkulationen speichern.</translation>
    </message>
    <message>
        <source>Survey &amp;trends as CSV…</source>
        <translation>Umfrage&amp;trends als CSV…</translation>
    </message>
    <message>
        <source>Save the survey trends of every team and department per quarter as a CSV file; figures from groups below the anonymity threshold are withheld.</source>
        <translation>Die Umfragetrends aller Teams und Abteilungen pro Quartal als CSV-Datei speichern; Werte von Gruppen unterhalb der Anonymitätsschwelle werden zurückgehalten.</translation>
    </message>
    <message>
        <source>&amp;Byte-order mark for Excel</source>
        <translation>&amp;Byte-Order-Mark für Excel</translation>
    </message>
    <message>
        <source>Start CSV files with a byte-order mark, so that Excel reads accented letters and emoji correctly. Leave it off for other programs.</source>
        <translation>CSV-Dateien mit einer Byte-Order-Mark beginnen, damit Excel Buchstaben mit Akzenten und Emojis richtig liest. Für andere Programme ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>The incidents were not exported</source>
        <translation>Die Vorfälle wurden nicht exportiert</translation>
    </message>
    <message>
        <source>Export incidents as CSV</source>
        <translation>Vorfälle als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>Den %n Vorfall in „%1“ gespeichert.</numerusform>
            <numerusform>Alle %n Vorfälle in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Den %n Vorfall, den die Vorfallliste anzeigt (mit ihren Filtern), in „%1“ gespeichert.</numerusform>
            <numerusform>Die %n Vorfälle, die die Vorfallliste anzeigt (mit ihren Filtern), in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation>Maßnahmen als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n action item(s) to “%1”.</source>
        <translation>
            <numerusform>Die %n Maßnahme in „%1“ gespeichert.</numerusform>
            <numerusform>Alle %n Maßnahmen in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Die %n Maßnahme, die die Maßnahmenliste anzeigt (mit ihren Filtern), in „%1“ gespeichert.</numerusform>
            <numerusform>Die %n Maßnahmen, die die Maßnahmenliste anzeigt (mit ihren Filtern), in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export survey trends as CSV</source>
        <translation>Umfragetrends als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</source>
        <translation>
            <numerusform>%n Zeile mit Umfragetrends in „%1“ gespeichert. Werte von Gruppen unterhalb der Anonymitätsschwelle werden zurückgehalten: Ihre Zeilen weisen darauf hin und enthalten keine Zahlen.</numerusform>
            <numerusform>%n Zeilen mit Umfragetrends in „%1“ gespeichert. Werte von Gruppen unterhalb der Anonymitätsschwelle werden zurückgehalten: Ihre Zeilen weisen darauf hin und enthalten keine Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>Der Export wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>candor::FactorModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Einflussfaktor</translation>
    </message>
    <message>
        <source>Explains</source>
        <translation>Erklärt</translation>
    </message>
</context>
<context>
    <name>candor::FactorsPage</name>
    <message>
        <source>Category of the factor</source>
        <translation>Kategorie des Faktors</translation>
    </message>
    <message>
        <source>What hindered us? Enter adds it</source>
        <translation>Was hat uns behindert? Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>What made this possible, or harder to handle? Enter adds it</source>
        <translation>Was hat dies möglich gemacht oder die Bewältigung erschwert? Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <source>Timeline events the selected factor explains</source>
        <translation>Ereignisse der Zeitleiste, die der ausgewählte Faktor erklärt</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Was uns behindert hat</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Was uns geholfen hat</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Tippen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Type the contributing factor, then press Enter.</source>
        <translation>Geben Sie den Einflussfaktor ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Adds the contributing factor (Enter in the text)</source>
        <translation>Fügt den Einflussfaktor hinzu (Eingabetaste im Text)</translation>
    </message>
    <message>
        <source>The selected factor e&amp;xplains:</source>
        <translation>Der ausgewählte Faktor &amp;erklärt:</translation>
    </message>
</context>
<context>
    <name>candor::FigureStore</name>
    <message>
        <source>%1 Q%2</source>
        <comment>a calendar quarter: year, then the quarter&apos;s number</comment>
        <translation>Q%2 %1</translation>
    </message>
</context>
<context>
    <name>candor::HeatmapModel</name>
    <message>
        <source>Item %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team, then why nothing is shown</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: no answers</source>
        <comment>team, construct</comment>
        <translation>%1, %2: keine Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%Ln response(s))</source>
        <comment>team, construct, mean</comment>
        <translation>
            <numerusform>%1, %2: %3 (%Ln Antwort)</numerusform>
            <numerusform>%1, %2: %3 (%Ln Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>candor::IncidentDialog</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Vorfall bearbeiten</translation>
    </message>
    <message>
        <source>What customers or colleagues noticed, in a few words</source>
        <translation>Was Kunden oder Kollegen bemerkt haben, in wenigen Worten</translation>
    </message>
    <message>
        <source>For example: checkout-api</source>
        <translation>Zum Beispiel: checkout-api</translation>
    </message>
    <message>
        <source>What happened, in a few sentences. Describe the situation, not who is to blame.</source>
        <translation>Was geschah, in wenigen Sätzen. Beschreiben Sie die Situation, nicht, wer schuld ist.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Erkannt:</translation>
    </message>
    <message>
        <source>&amp;Mitigated:</source>
        <translation>Ei&amp;ngedämmt:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Behoben:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Customer impact:</source>
        <translation>Aus&amp;wirkung auf Kunden:</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
</context>
<context>
    <name>candor::IncidentTableModel</name>
    <message>
        <source>The detection time is not known yet</source>
        <translation>Der Erkennungszeitpunkt ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Noch nicht behoben</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
</context>
<context>
    <name>candor::IncidentsArea</name>
    <message>
        <source>%1, last 90 days</source>
        <translation>%1, letzte 90 Tage</translation>
    </message>
    <message>
        <source>No incidents started in the last 90 days.</source>
        <translation>In den letzten 90 Tagen hat kein Vorfall begonnen.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Vorfall löschen</translation>
    </message>
    <message>
        <source>Search titles, services, summaries, timelines and factors (Ctrl+F)</source>
        <translation>Titel, Dienste, Zusammenfassungen, Zeitleisten und Faktoren durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Every word you type must start a word of the incident&apos;s title, service or summary, or of one timeline event or contributing factor of its postmortem. Esc clears.</source>
        <translation>Jedes eingegebene Wort muss am Anfang eines Wortes stehen: im Titel, Dienst oder in der Zusammenfassung des Vorfalls oder in einem Ereignis der Zeitleiste bzw. einem Einflussfaktor seines Postmortems. Esc leert das Feld.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Neuer Vorfall…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln Vorfall</numerusform>
            <numerusform>%Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) found</source>
        <translation>
            <numerusform>%Ln Vorfall gefunden</numerusform>
            <numerusform>%Ln Vorfälle gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>time to detect %1</source>
        <translation>Zeit bis zur Erkennung %1</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>time to mitigate %1</source>
        <translation>Zeit bis zur Eindämmung %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>time to resolve %1</source>
        <translation>Zeit bis zur Behebung %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Cannot open the incident</source>
        <translation>Der Vorfall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Delete the incident “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Den Vorfall „%1“ löschen? Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Cannot delete the incident</source>
        <translation>Der Vorfall kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Edi&amp;t incident…</source>
        <translation>Vorfall bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>Show the incidents of</source>
        <translation>Vorfälle anzeigen von</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Enter edits the selected incident, Delete removes it, Ctrl+P opens its postmortem</source>
        <translation>Die Eingabetaste bearbeitet den ausgewählten Vorfall, Entf entfernt ihn, Strg+P öffnet sein Postmortem</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Details des Vorfalls</translation>
    </message>
    <message>
        <source>Edit the selected incident (Enter in the list)</source>
        <translation>Den ausgewählten Vorfall bearbeiten (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Delete the selected incident (Delete in the list)</source>
        <translation>Den ausgewählten Vorfall löschen (Entf in der Liste)</translation>
    </message>
</context>
<context>
    <name>candor::InsightsArea</name>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>Survey trend by quarter</source>
        <translation>Umfragetrend nach Quartal</translation>
    </message>
    <message>
        <source>Incidents by quarter</source>
        <translation>Vorfälle nach Quartal</translation>
    </message>
    <message>
        <source>Teams by construct</source>
        <translation>Teams nach Konstrukt</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>One instrument at a time: scales of different length are never drawn together</source>
        <translation>Jeweils ein Fragebogen: Skalen unterschiedlicher Länge werden nie zusammen dargestellt</translation>
    </message>
    <message>
        <source>Team trend</source>
        <translation>Teamtrend</translation>
    </message>
    <message>
        <source>Compare teams</source>
        <translation>Teams vergleichen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Whole department</source>
        <translation>Ganze Abteilung</translation>
    </message>
    <message>
        <source>Show the department with all its teams instead of its own waves only</source>
        <translation>Die Abteilung mit allen ihren Teams anzeigen statt nur mit ihren eigenen Wellen</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>Teams to compare</source>
        <translation>Zu vergleichende Teams</translation>
    </message>
    <message>
        <source>Check the teams to compare (Space checks the current one)</source>
        <translation>Haken Sie die zu vergleichenden Teams an (die Leertaste hakt das aktuelle an)</translation>
    </message>
    <message>
        <source>Departments to show</source>
        <translation>Anzuzeigende Abteilungen</translation>
    </message>
    <message>
        <source>Check the departments to show, each with all its teams</source>
        <translation>Haken Sie die anzuzeigenden Abteilungen an, jeweils mit allen ihren Teams</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktwerte</translation>
    </message>
    <message>
        <source>Incidents and MTTR</source>
        <translation>Vorfälle und MTTR</translation>
    </message>
    <message>
        <source>Unfavourable %1 favourable. Mean of each construct&apos;s answers (reversed items turned round); the value is written in every cell.</source>
        <translation>Ungünstig %1 günstig. Mittelwert der Antworten je Konstrukt (umgekehrt gepolte Fragen umgepolt); der Wert steht in jeder Zelle.</translation>
    </message>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (%2-stufige Skala)</translation>
    </message>
    <message>
        <source>Save the survey insights of %1 and every team below it as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Die Umfrageauswertung von %1 und allen Teams darunter als PDF für HR speichern: Trenddiagramme, die Heatmap und was zurückgehalten wurde und warum</translation>
    </message>
    <message>
        <source>Save the survey insights of the whole organisation as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Die Umfrageauswertung der gesamten Organisation als PDF für HR speichern: Trenddiagramme, die Heatmap und was zurückgehalten wurde und warum</translation>
    </message>
    <message>
        <source>Export insights report</source>
        <translation>Auswertungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The insights report was not saved</source>
        <translation>Der Auswertungsbericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the insights report to “%1”. Figures of groups below the anonymity threshold are withheld.</source>
        <translation>Auswertungsbericht in „%1“ gespeichert. Werte von Gruppen unterhalb der Anonymitätsschwelle werden zurückgehalten.</translation>
    </message>
    <message>
        <source>Computing the survey figures…</source>
        <translation>Die Umfragewerte werden berechnet…</translation>
    </message>
    <message>
        <source>No survey waves yet: create one in Surveys.</source>
        <translation>Noch keine Umfragewellen: Legen Sie eine unter „Umfragen“ an.</translation>
    </message>
    <message>
        <source>No waves of “%1” yet. Choose another instrument, or create a wave in Surveys.</source>
        <translation>Noch keine Wellen von „%1“. Wählen Sie einen anderen Fragebogen oder legen Sie unter „Umfragen“ eine Welle an.</translation>
    </message>
    <message>
        <source>No team figures for this instrument yet.</source>
        <translation>Noch keine Teamwerte für diesen Fragebogen.</translation>
    </message>
    <message>
        <source>Check the teams to compare in the list.</source>
        <translation>Haken Sie in der Liste die zu vergleichenden Teams an.</translation>
    </message>
    <message>
        <source>Check the departments to show in the list.</source>
        <translation>Haken Sie in der Liste die anzuzeigenden Abteilungen an.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Wählen Sie ein Team.</translation>
    </message>
    <message>
        <source>No waves of this instrument for %1 yet.</source>
        <translation>Noch keine Wellen dieses Fragebogens für %1.</translation>
    </message>
    <message>
        <source>No waves of this instrument for the chosen teams yet.</source>
        <translation>Noch keine Wellen dieses Fragebogens für die gewählten Teams.</translation>
    </message>
    <message>
        <source>The incidents of this quarter could not be read: %1</source>
        <translation>Die Vorfälle dieses Quartals konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Whole &amp;department</source>
        <translation>Ganze Abtei&amp;lung</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>An&amp;sicht:</translation>
    </message>
    <message>
        <source>No survey wave has enough responses to show yet.</source>
        <translation>Noch hat keine Umfragewelle genug Antworten, um angezeigt zu werden.</translation>
    </message>
    <message>
        <source>No wave of “%1” has enough responses to show yet. Choose another instrument.</source>
        <translation>Noch hat keine Welle von „%1“ genug Antworten, um angezeigt zu werden. Wählen Sie einen anderen Fragebogen.</translation>
    </message>
</context>
<context>
    <name>candor::InsightsWindow</name>
    <message>
        <source>Survey insights</source>
        <translation>Umfrageauswertung</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Survey insights only: this login reads anonymity-safe survey figures and changes nothing.</source>
        <translation>Nur Umfrageauswertung: Dieser Zugang liest anonymitätssichere Umfragewerte und ändert nichts.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>E&amp;xport insights report (PDF)…</source>
        <translation>Auswertungsbericht e&amp;xportieren (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF: the team shown in the team trend, else the whole organisation.</source>
        <translation>Die Umfrageauswertung als PDF speichern: das im Teamtrend angezeigte Team, sonst die gesamte Organisation.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Mit &amp;gemeinsamer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read the teams and survey figures again: a wave that reached enough responses since shows then.</source>
        <translation>Teams und Umfragewerte erneut lesen: Eine Welle, die inzwischen genug Antworten erreicht hat, wird dann angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <source>The teams and survey figures were read again.</source>
        <translation>Teams und Umfragewerte wurden neu gelesen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; the figures shown may be out of date until it is back.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen (%2). Candor verbindet sich erneut; bis dahin sind die angezeigten Werte möglicherweise nicht aktuell.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbindung unterbrochen; neuer Verbindungsversuch …</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after View &gt; Read again: %1</source>
        <translation>Änderungen an anderen Rechnern werden erst nach Ansicht &gt; Erneut lesen angezeigt: %1</translation>
    </message>
    <message>
        <source>Reconnected; the figures shown were read again.</source>
        <translation>Wieder verbunden; die angezeigten Werte wurden neu gelesen.</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;This login reads the survey insights of the shared database %2: figures of waves with enough responses to keep every answer anonymous, never an answer or a comment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems ohne Schuldzuweisung und psychologische Sicherheit im Team, auf Ihrem Desktop.&lt;/p&gt;&lt;p&gt;Dieser Zugang liest die Umfrageauswertung der gemeinsamen Datenbank %2: Werte von Wellen mit genug Antworten, dass jede Antwort anonym bleibt, nie eine einzelne Antwort oder einen Kommentar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::InstrumentDialog</name>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>Frage &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Frage nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Frage nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save instrument</source>
        <translation>Fragebogen speichern</translation>
    </message>
    <message>
        <source>C&amp;opy as new</source>
        <translation>Als neuen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as a new instrument</source>
        <translation>Als neuen Fragebogen kopieren</translation>
    </message>
    <message>
        <source>Survey instruments</source>
        <translation>Umfragefragebögen</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>New &amp;instrument</source>
        <translation>Neuer &amp;Fragebogen</translation>
    </message>
    <message>
        <source>New instrument</source>
        <translation>Neuer Fragebogen</translation>
    </message>
    <message>
        <source>Start a new instrument from the selected one&apos;s questions</source>
        <translation>Einen neuen Fragebogen aus den Fragen des ausgewählten beginnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What it measures; respondents see this before they start</source>
        <translation>Was er misst; die Befragten sehen dies, bevor sie beginnen</translation>
    </message>
    <message>
        <source>Scale points</source>
        <translation>Skalenstufen</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after the number of points of a scale</comment>
        <translation> Stufen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Umgepolt</translation>
    </message>
    <message>
        <source>Negatively worded: agreeing is unfavourable, so the answer is reverse-scored</source>
        <translation>Negativ formuliert: Zustimmung ist ungünstig, daher wird die Antwort umgekehrt gewertet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Fra&amp;gen:</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Built in: read only, so its results stay comparable everywhere. Use Copy as new to start your own from it.</source>
        <translation>Mitgeliefert: schreibgeschützt, damit seine Ergebnisse überall vergleichbar bleiben. Mit „Als neuen kopieren“ beginnen Sie daraus Ihren eigenen.</translation>
    </message>
    <message>
        <source>Each answer also says whether things are getting better, staying the same or getting worse.</source>
        <translation>Jede Antwort gibt außerdem an, ob es besser wird, gleich bleibt oder schlechter wird.</translation>
    </message>
    <message>
        <source>The scale is fixed once the instrument exists: answers on a scale of another length could not be compared with earlier waves. Make a new instrument for another scale.</source>
        <translation>Die Skala steht fest, sobald der Fragebogen existiert: Antworten auf einer Skala anderer Länge ließen sich nicht mit früheren Wellen vergleichen. Legen Sie für eine andere Skala einen neuen Fragebogen an.</translation>
    </message>
    <message>
        <source>Answers run from 1 (disagree) to this number (agree). It cannot change once the instrument is saved.</source>
        <translation>Antworten reichen von 1 (Ablehnung) bis zu dieser Zahl (Zustimmung). Sie kann nicht mehr geändert werden, sobald der Fragebogen gespeichert ist.</translation>
    </message>
    <message>
        <source>the new instrument</source>
        <translation>den neuen Fragebogen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They are not saved yet.</source>
        <translation>Ihre Änderungen an %1 verwerfen? Sie sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Saved as version 1. New waves can ask it now.</source>
        <translation>Als Version 1 gespeichert. Neue Wellen können ihn jetzt verwenden.</translation>
    </message>
    <message>
        <source>Nothing changed: it stays version %1.</source>
        <translation>Nichts geändert: Er bleibt Version %1.</translation>
    </message>
    <message>
        <source>Saved as version %1. Waves already run keep the version they asked; new waves ask this one.</source>
        <translation>Als Version %1 gespeichert. Bereits durchgeführte Wellen behalten die Version, mit der sie gefragt haben; neue Wellen verwenden diese.</translation>
    </message>
</context>
<context>
    <name>candor::KioskRespondent</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <comment>kiosk answer button: key number, answer words</comment>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>And is it getting better, staying the same or getting worse?</source>
        <translation>Und wird es besser, bleibt es gleich oder wird es schlechter?</translation>
    </message>
    <message>
        <source>Keys 1 to %1 answer too.</source>
        <translation>Sie können auch mit den Tasten 1 bis %1 antworten.</translation>
    </message>
    <message>
        <source>Keys 1 to 9 answer too.</source>
        <translation>Sie können auch mit den Tasten 1 bis 9 antworten.</translation>
    </message>
    <message>
        <source>B: getting better, S: staying the same, W: getting worse.</source>
        <comment>the letters are the keys the kiosk listens to (see B, S and W)</comment>
        <translation>B: wird besser, G: bleibt gleich, S: wird schlechter.</translation>
    </message>
    <message>
        <source>Backspace goes back.</source>
        <translation>Mit der Rücktaste gehen Sie zurück.</translation>
    </message>
    <message>
        <source>Discard my answers</source>
        <translation>Meine Antworten verwerfen</translation>
    </message>
    <message>
        <source>The question before (Backspace)</source>
        <translation>Die vorige Frage (Rücktaste)</translation>
    </message>
    <message>
        <source>The next question (Enter)</source>
        <translation>Die nächste Frage (Eingabetaste)</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>Möchten Sie noch etwas ergänzen? (optional)</translation>
    </message>
    <message numerus="yes">
        <source>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</source>
        <translation>
            <numerusform>Kommentare werden getrennt von Ihren Antworten gespeichert und erst dann in zufälliger Reihenfolge angezeigt, wenn mindestens %n Person geantwortet hat. Lassen Sie Namen weg, auch Ihren eigenen.</numerusform>
            <numerusform>Kommentare werden getrennt von Ihren Antworten gespeichert und erst dann in zufälliger Reihenfolge angezeigt, wenn mindestens %n Personen geantwortet haben. Lassen Sie Namen weg, auch Ihren eigenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Your comment, if you have one</source>
        <translation>Ihr Kommentar, falls Sie einen haben</translation>
    </message>
    <message>
        <source>The last question</source>
        <translation>Die letzte Frage</translation>
    </message>
    <message>
        <source>Send your answers (Ctrl+Enter)</source>
        <translation>Ihre Antworten senden (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>B</source>
        <comment>key: getting better</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key: staying the same</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>W</source>
        <comment>key: getting worse</comment>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>candor::KioskWindow</name>
    <message>
        <source>Candor survey</source>
        <translation>Candor-Umfrage</translation>
    </message>
    <message>
        <source>Anonymous survey</source>
        <translation>Anonyme Umfrage</translation>
    </message>
    <message>
        <source>The wave&apos;s instrument asks no questions.</source>
        <translation>Der Fragebogen der Welle enthält keine Fragen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team: wave title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your answers are anonymous. Results are shown only when at least %1 people have answered; comments only when at least %2 have.</source>
        <translation>Ihre Antworten sind anonym. Ergebnisse werden erst angezeigt, wenn mindestens %1 Personen geantwortet haben, Kommentare erst ab %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</source>
        <translation>
            <numerusform>%n Frage, eine pro Bildschirm. Nichts hält fest, wer wann geantwortet hat, und der Bildschirm wird geleert, sobald Sie absenden.</numerusform>
            <numerusform>%n Fragen, eine pro Bildschirm. Nichts hält fest, wer wann geantwortet hat, und der Bildschirm wird geleert, sobald Sie absenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start the survey</source>
        <translation>Die Umfrage beginnen</translation>
    </message>
    <message>
        <source>End kiosk mode</source>
        <translation>Kioskmodus beenden</translation>
    </message>
    <message>
        <source>For the facilitator: end the session (Esc)</source>
        <translation>Für die Moderation: die Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved and no longer on screen.
Please pass the screen on.</source>
        <translation>Vielen Dank. Ihre Antworten sind gespeichert und nicht mehr auf dem Bildschirm.
Bitte geben Sie den Bildschirm weiter.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1 They stay on screen; ask the facilitator for help.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1 Sie bleiben auf dem Bildschirm; bitten Sie die Moderation um Hilfe.</translation>
    </message>
    <message>
        <source>End kiosk mode? The answers of the person answering now are discarded; answers already submitted are saved.</source>
        <translation>Kioskmodus beenden? Die Antworten der Person, die gerade antwortet, werden verworfen; bereits abgesendete Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>End kiosk mode for this wave? Answers already submitted are saved.</source>
        <translation>Kioskmodus für diese Welle beenden? Bereits abgesendete Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation>Antworten verwerfen</translation>
    </message>
    <message>
        <source>Discard this person&apos;s answers and go back to the start? Nothing of them is saved.</source>
        <translation>Die Antworten dieser Person verwerfen und zum Anfang zurückkehren? Davon wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>candor::LimitedTextEdit</name>
    <message>
        <source>This field holds up to %1 characters; with that it would have %2. Nothing was added: shorten the text first, or keep the long text in a document and link to it.</source>
        <translation>Dieses Feld fasst bis zu %1 Zeichen; damit wären es %2. Es wurde nichts hinzugefügt: Kürzen Sie zuerst den Text, oder legen Sie den langen Text in einem Dokument ab und verlinken Sie es.</translation>
    </message>
</context>
<context>
    <name>candor::LongTextDelegate</name>
    <message>
        <source>Changed on another desktop while you were typing; it now reads “%1”. Press Enter to write yours over it, or Escape to keep it.</source>
        <translation>Während Sie tippten, an einem anderen Rechner geändert; jetzt steht dort „%1“. Drücken Sie die Eingabetaste, um Ihren Text darüberzuschreiben, oder Escape, um den gespeicherten Text zu behalten.</translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Die Änderung konnte nicht vorgenommen werden</translation>
    </message>
    <message>
        <source>%1 Choose File &gt; Restore backup… to go back to the last good copy; until then some lists may fail to show.</source>
        <translation>%1 Wählen Sie Datei &gt; Sicherung wiederherstellen…, um zur letzten guten Kopie zurückzukehren; bis dahin können manche Listen möglicherweise nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Neuer &amp;Vorfall…</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Neues &amp;Mitglied…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Insights &amp;report (PDF)…</source>
        <translation>&amp;Auswertungsbericht (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF for HR: the team shown in Insights with the teams below it, or the whole organisation</source>
        <translation>Die Umfrageauswertung als PDF für HR speichern: das unter „Auswertungen“ angezeigte Team mit den Teams darunter oder die gesamte Organisation</translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation>&amp;Demo-Organisation laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Su&amp;rveys</source>
        <translation>&amp;Umfragen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>I&amp;nsights</source>
        <translation>&amp;Auswertungen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Postmortem</source>
        <translation>&amp;Postmortem</translation>
    </message>
    <message>
        <source>Start &amp;postmortem</source>
        <translation>&amp;Postmortem starten</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Neue &amp;Retro…</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>&amp;Umfrage</translation>
    </message>
    <message>
        <source>New &amp;wave…</source>
        <translation>Neue &amp;Welle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Im &amp;Kioskmodus durchführen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Import answers from CSV…</source>
        <translation>Antworten aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>&amp;Fragebögen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open &amp;postmortem</source>
        <translation>&amp;Postmortem öffnen</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Kein Vorfall ausgewählt</translation>
    </message>
    <message>
        <source>Select the incident in the Incidents list, then start its postmortem.</source>
        <translation>Wählen Sie den Vorfall in der Vorfallliste aus und starten Sie dann sein Postmortem.</translation>
    </message>
    <message>
        <source>Cannot start the postmortem</source>
        <translation>Das Postmortem kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Die Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln Vorfall</numerusform>
            <numerusform>%Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Candor</source>
        <translation>Willkommen bei Candor</translation>
    </message>
    <message>
        <source>This database is empty. Load a small demo organisation (3 departments, 10 teams, 60 people and 120 incidents, with five years of survey waves) to look around? You can also start with your own teams.</source>
        <translation>Diese Datenbank ist leer. Eine kleine Demo-Organisation laden (3 Abteilungen, 10 Teams, 60 Personen und 120 Vorfälle, mit fünf Jahren Umfragewellen), um sich umzusehen? Sie können auch mit Ihren eigenen Teams beginnen.</translation>
    </message>
    <message>
        <source>Cannot load the demo organisation</source>
        <translation>Die Demo-Organisation kann nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo organisation: %n incident(s).</source>
        <translation>
            <numerusform>Die Demo-Organisation wurde geladen: %n Vorfall.</numerusform>
            <numerusform>Die Demo-Organisation wurde geladen: %n Vorfälle.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data stays in one file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems ohne Schuldzuweisung und psychologische Sicherheit im Team, auf Ihrem Desktop.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>The survey kiosk is running</source>
        <translation>Der Umfrage-Kiosk läuft</translation>
    </message>
    <message>
        <source>Candor changes its language once the kiosk is closed: someone may be answering. Close the kiosk, then choose the language again in Preferences.</source>
        <translation>Candor wechselt die Sprache erst, wenn der Kiosk geschlossen ist: Vielleicht antwortet gerade jemand. Schließen Sie den Kiosk und wählen Sie die Sprache dann erneut in den Einstellungen.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 switch between the areas.</source>
        <translation>Strg+1 bis Strg+6 wechseln zwischen den Bereichen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; changes cannot be saved until it is back.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen (%2). Candor verbindet sich erneut; bis dahin können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbindung unterbrochen; neuer Verbindungsversuch …</translation>
    </message>
    <message>
        <source>Reconnected; everything shown was read again.</source>
        <translation>Wieder verbunden; alles Angezeigte wurde neu gelesen.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Mit &amp;gemeinsamer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Work on a Candor database on a PostgreSQL server that your team shares</source>
        <translation>Mit einer Candor-Datenbank auf einem PostgreSQL-Server arbeiten, die Ihr Team gemeinsam nutzt</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Stop using the shared database and open the database file on this computer</source>
        <translation>Die gemeinsame Datenbank nicht mehr verwenden und die Datenbankdatei auf diesem Rechner öffnen</translation>
    </message>
    <message>
        <source>The connection to the server was lost; Candor is reconnecting. What you type now cannot be saved.</source>
        <translation>Die Verbindung zum Server ist unterbrochen; Candor verbindet sich erneut. Was Sie jetzt eingeben, kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after a restart: %1</source>
        <translation>Änderungen an anderen Rechnern werden erst nach einem Neustart angezeigt: %1</translation>
    </message>
    <message>
        <source>Another desktop changed many records at once; everything shown was read again.</source>
        <translation>An einem anderen Rechner wurden viele Datensätze auf einmal geändert; alles Angezeigte wurde neu gelesen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data is in the shared database %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems ohne Schuldzuweisung und psychologische Sicherheit im Team, auf Ihrem Desktop.&lt;/p&gt;&lt;p&gt;Ihre Daten liegen in der gemeinsamen Datenbank %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::MemberDialog</name>
    <message>
        <source>Manages people on this team</source>
        <translation>Hat Personalverantwortung in diesem Team</translation>
    </message>
    <message>
        <source>Active (still on the team)</source>
        <translation>Aktiv (noch im Team)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <source>For example: Site reliability engineer</source>
        <translation>Zum Beispiel: Site Reliability Engineer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>candor::MemberTableModel</name>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>Hat das Team verlassen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Führungsrolle</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>member</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>candor::MttrChart</name>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Zeit bis zur Behebung (MTTR)</translation>
    </message>
    <message>
        <source>Time to resolve per quarter</source>
        <translation>Zeit bis zur Behebung pro Quartal</translation>
    </message>
    <message>
        <source>Mean time to resolve of each quarter&apos;s resolved incidents. The Incidents table shows the same figures.</source>
        <translation>Mittlere Zeit bis zur Behebung der behobenen Vorfälle jedes Quartals. Die Vorfalltabelle zeigt dieselben Werte.</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR) per quarter; open incidents are left out</source>
        <translation>Zeit bis zur Behebung (MTTR) pro Quartal; offene Vorfälle sind nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>candor::NumbersPanel</name>
    <message>
        <source>The numbers behind the chosen point</source>
        <translation>Die Zahlen hinter dem gewählten Punkt</translation>
    </message>
    <message>
        <source>Click a point of the chart, or choose a cell of the table, to see the numbers behind it.</source>
        <translation>Klicken Sie auf einen Punkt des Diagramms oder wählen Sie eine Zelle der Tabelle, um die Zahlen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>No survey in this quarter</source>
        <translation>Keine Umfrage in diesem Quartal</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Antwortende</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>%1 on a scale of 1 to %2</source>
        <translation>%1 auf einer Skala von 1 bis %2</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>interval</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 ungünstig, %2 neutral, %3 günstig</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Rücklaufquote</translation>
    </message>
    <message>
        <source>Item means</source>
        <translation>Mittelwerte der Fragen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Incidents of the team and its sub-teams</source>
        <translation>Vorfälle des Teams und seiner Unterteams</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>keine Vorfälle</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>noch keiner behoben</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Zeit bis zur Behebung (MTTR)</translation>
    </message>
    <message>
        <source>Open incidents left out of MTTR</source>
        <translation>Offene Vorfälle, die bei der MTTR nicht berücksichtigt sind</translation>
    </message>
</context>
<context>
    <name>candor::OpenFailureDialog</name>
    <message>
        <source>the daily backup</source>
        <translation>die tägliche Sicherung</translation>
    </message>
    <message>
        <source>the backup taken before the update from version %1</source>
        <translation>die vor der Aktualisierung von Version %1 angelegte Sicherung</translation>
    </message>
    <message>
        <source>the backup taken before the last restore</source>
        <translation>die vor der letzten Wiederherstellung angelegte Sicherung</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>eine Kopie</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Candor can go back to %1 of this database, taken %2 (%3). Changes made after it are only in the damaged file, which Candor keeps beside the database as “%4”: it is not deleted.</source>
        <translation>Candor kann zu %1 dieser Datenbank zurückkehren, angelegt am %2 (%3). Danach vorgenommene Änderungen sind nur in der beschädigten Datei enthalten, die Candor als „%4“ neben der Datenbank aufbewahrt: Sie wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Could not keep the damaged file aside as “%1”: %2. Nothing was changed; check that you may write to the folder.</source>
        <translation>Die beschädigte Datei konnte nicht als „%1“ beiseitegelegt werden: %2. Es wurde nichts geändert; prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 The damaged file is back in its place.</source>
        <translation>%1 Die beschädigte Datei ist wieder an ihrem Platz.</translation>
    </message>
    <message>
        <source>Candor cannot open the shared database</source>
        <translation>Candor kann die gemeinsame Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Candor was set to open the shared database %1. You can try again (once the server or your network is back), or work on the local database on this computer: Candor then opens it at start, and File &gt; Connect to a shared database… connects to the server again.</source>
        <translation>Candor ist so eingestellt, dass es die gemeinsame Datenbank %1 öffnet. Sie können es erneut versuchen (sobald der Server oder Ihr Netzwerk wieder erreichbar ist) oder mit der lokalen Datenbank auf diesem Rechner arbeiten: Candor öffnet dann diese beim Start, und Datei &gt; Mit gemeinsamer Datenbank verbinden… verbindet wieder mit dem Server.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>&amp;Lokale Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>candor::OpeningPage</name>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Name; ideally someone from outside the team</source>
        <translation>Name; idealerweise jemand von außerhalb des Teams</translation>
    </message>
    <message>
        <source>The group discussed this and keeps this facilitator</source>
        <translation>Die Gruppe hat dies besprochen und behält diese Moderation bei</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>Speaking &amp;turn:</source>
        <translation>&amp;Redezeit:</translation>
    </message>
    <message>
        <source>Time per &amp;phase:</source>
        <translation>Zeit pro &amp;Phase:</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>Name of a member or a guest</source>
        <translation>Name eines Mitglieds oder Gasts</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Name der teilnehmenden Person</translation>
    </message>
    <message>
        <source>Role, e.g. developer, product owner</source>
        <translation>Rolle, z. B. Entwicklung, Product Owner</translation>
    </message>
    <message>
        <source>Role in the incident, e.g. on call, incident lead</source>
        <translation>Rolle im Vorfall, z. B. Bereitschaft, Incident Lead</translation>
    </message>
    <message>
        <source>Participant&apos;s role</source>
        <translation>Rolle der teilnehmenden Person</translation>
    </message>
    <message>
        <source>Participant&apos;s role in the incident</source>
        <translation>Rolle der teilnehmenden Person im Vorfall</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the &amp;whole team</source>
        <translation>&amp;Ganzes Team hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rolle im Vorfall</translation>
    </message>
    <message>
        <source>Safety check before we start</source>
        <translation>Sicherheitsabfrage vor dem Start</translation>
    </message>
    <message>
        <source>People may say less with them in the chair. Consider a facilitator from outside the team.</source>
        <translation>Mit dieser Person in der Moderation sagen die Beteiligten möglicherweise weniger. Erwägen Sie eine Moderation von außerhalb des Teams.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen der teilnehmenden Person ein.</translation>
    </message>
    <message>
        <source>%1 is already in the room.</source>
        <translation>%1 ist bereits im Raum.</translation>
    </message>
    <message>
        <source>Select the participant to remove.</source>
        <translation>Wählen Sie die teilnehmende Person aus, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>Delete removes the selected person; Ctrl+Z brings them back</source>
        <translation>Entf entfernt die ausgewählte Person; Strg+Z holt sie zurück</translation>
    </message>
</context>
<context>
    <name>candor::OptionalDateTimeEdit</name>
    <message>
        <source>%1: known</source>
        <comment>a time that may be unknown, e.g. Detected: known</comment>
        <translation>%1: bekannt</translation>
    </message>
</context>
<context>
    <name>candor::PhaseStepper</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>Alle Schritte erledigt</translation>
    </message>
</context>
<context>
    <name>candor::PostmortemSession</name>
    <message>
        <source>%1 belongs to the team whose incident this is.</source>
        <translation>%1 gehört zu dem Team, dessen Vorfall dies ist.</translation>
    </message>
    <message>
        <source>%1 belongs to the team holding this retro.</source>
        <translation>%1 gehört zu dem Team, das diese Retro durchführt.</translation>
    </message>
    <message>
        <source>%1 manages %2, who is in the room.</source>
        <translation>%1 ist Führungskraft von %2 (im Raum).</translation>
    </message>
    <message>
        <source>Add the people in the room before starting a round.</source>
        <translation>Fügen Sie die Anwesenden hinzu, bevor Sie eine Runde beginnen.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Nobody is speaking. Start a round first.</source>
        <translation>Niemand spricht. Beginnen Sie zuerst eine Runde.</translation>
    </message>
    <message>
        <source>A number of slips must be between 0 and %1.</source>
        <translation>Die Anzahl der Zettel muss zwischen 0 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>Candor&apos;s windows change to this language when you close Preferences.</source>
        <translation>Die Fenster von Candor wechseln zu dieser Sprache, wenn Sie die Einstellungen schließen.</translation>
    </message>
    <message>
        <source>Light text on black suits a dark meeting room; dark text on white suits a bright one.</source>
        <translation>Heller Text auf Schwarz passt zu einem dunklen Besprechungsraum, dunkler Text auf Weiß zu einem hellen.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent sign after a number; keep the space the language uses</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>100 % is the size the screen calls for; Ctrl+plus and Ctrl+minus change it during a session.</source>
        <translation>100 % ist die Größe, die der Bildschirm vorsieht; Strg+Plus und Strg+Minus ändern sie während einer Sitzung.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Publikumsansicht</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
</context>
<context>
    <name>candor::QuarterIncidentsModel</name>
    <message>
        <source>The incidents beside the trend could not be read: %1</source>
        <translation>Die Vorfälle neben dem Trend konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No incident of this quarter is resolved yet</source>
        <translation>In diesem Quartal ist noch kein Vorfall behoben</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <source>Mean time to resolve of the quarter&apos;s resolved incidents</source>
        <translation>Mittlere Zeit bis zur Behebung der behobenen Vorfälle des Quartals</translation>
    </message>
    <message>
        <source>Incidents of the quarter not resolved yet, left out of MTTR</source>
        <translation>Noch nicht behobene Vorfälle des Quartals, bei der MTTR nicht berücksichtigt</translation>
    </message>
</context>
<context>
    <name>candor::ReportExport</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;int report…</source>
        <translation>Bericht druc&amp;ken…</translation>
    </message>
    <message>
        <source>Save the postmortem report as PDF, Markdown or an HTML page</source>
        <translation>Den Postmortem-Bericht als PDF, Markdown oder HTML-Seite speichern</translation>
    </message>
    <message>
        <source>Print the postmortem report</source>
        <translation>Den Postmortem-Bericht drucken</translation>
    </message>
    <message>
        <source>The incident has no postmortem yet, so there is no report.</source>
        <translation>Der Vorfall hat noch kein Postmortem, daher gibt es keinen Bericht.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export postmortem report</source>
        <translation>Postmortem-Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the postmortem report to “%1”.</source>
        <translation>Postmortem-Bericht in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Der Bericht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Print postmortem report</source>
        <translation>Postmortem-Bericht drucken</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Der Bericht wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is ready, or export the report as PDF and print that.</source>
        <translation>Der Drucker konnte nicht verwendet werden. Prüfen Sie, ob er bereit ist, oder exportieren Sie den Bericht als PDF und drucken Sie diese.</translation>
    </message>
    <message>
        <source>Sent the postmortem report to “%1”.</source>
        <translation>Postmortem-Bericht an „%1“ gesendet.</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupAction</name>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Before the update from version %1</source>
        <translation>Vor der Aktualisierung von Version %1</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Durch eine Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Andere Kopie</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Candor keeps the current database as a backup first, so you can return to it the same way.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Candor bewahrt die aktuelle Datenbank zuerst als Sicherung auf, sodass Sie auf demselben Weg zu ihr zurückkehren können.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet. Candor takes one each day it starts and before it updates a database; choose Other file… for a backup kept elsewhere.</source>
        <translation>In „%1“ gibt es noch keine Sicherungen. Candor legt an jedem Tag, an dem es startet, und vor jeder Aktualisierung einer Datenbank eine an; wählen Sie „Andere Datei…“ für eine anderswo aufbewahrte Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Candor databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Candor-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore “%1” (from %2)?</source>
        <translation>„%1“ (vom %2) wiederherstellen?</translation>
    </message>
    <message>
        <source>The current database is kept as a backup in “%1” first, so you can go back to it. Open postmortem and retro windows close; then Candor shows the data of the backup.</source>
        <translation>Die aktuelle Datenbank wird zuerst als Sicherung in „%1“ aufbewahrt, sodass Sie zu ihr zurückkehren können. Offene Postmortem- und Retro-Fenster werden geschlossen; danach zeigt Candor die Daten der Sicherung.</translation>
    </message>
    <message>
        <source>This backup comes from an earlier Candor (schema version %1). Candor updates it after restoring and keeps a copy from before the update.</source>
        <translation>Diese Sicherung stammt aus einer älteren Candor-Version (Schemaversion %1). Candor aktualisiert sie nach der Wiederherstellung und bewahrt eine Kopie von vor der Aktualisierung auf.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Enter restores the selected backup</source>
        <translation>Die Eingabetaste stellt die ausgewählte Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>candor::RetroDialog</name>
    <message>
        <source>New retro</source>
        <translation>Neue Retro</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Team wählen…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Sprint 14 retro</source>
        <translation>Zum Beispiel: Retro Sprint 14</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Retro, %1</source>
        <translation>Retro, %1</translation>
    </message>
    <message>
        <source>Retro, %1 – %2</source>
        <comment>the period a retro looks back on: first day – last day</comment>
        <translation>Retro, %1 – %2</translation>
    </message>
    <message>
        <source>Choose the team the retro is for.</source>
        <translation>Wählen Sie das Team, für das die Retro ist.</translation>
    </message>
    <message>
        <source>The title is empty. Type a title, for example the period.</source>
        <translation>Der Titel ist leer. Geben Sie einen Titel ein, zum Beispiel den Zeitraum.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a last day on or after %1.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Wählen Sie als letzten Tag den %1 oder einen späteren Tag.</translation>
    </message>
</context>
<context>
    <name>candor::SessionConsole</name>
    <message>
        <source>Retro: %1</source>
        <translation>Retro: %1</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Who confirms the group agrees</source>
        <translation>Wer die Einigung der Gruppe bestätigt</translation>
    </message>
    <message>
        <source>Agreement confirmed by</source>
        <translation>Einigung bestätigt von</translation>
    </message>
    <message>
        <source>A&amp;gree and continue</source>
        <translation>Einigung bestätigen und &amp;weiter</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase (Ctrl+Enter)</source>
        <translation>Hält fest, dass sich die Gruppe auf diese Phase geeinigt hat (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Reason to move on without agreement (kept in the record)</source>
        <translation>Begründung, ohne Einigung weiterzugehen (bleibt in den Aufzeichnungen)</translation>
    </message>
    <message>
        <source>Reason to skip the phase</source>
        <translation>Begründung für das Überspringen der Phase</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Überspr&amp;ingen</translation>
    </message>
    <message>
        <source>&amp;Back to…</source>
        <translation>&amp;Zurück zu…</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>Bestätigt &amp;von:</translation>
    </message>
    <message>
        <source>Fair turns</source>
        <translation>Faire Runden</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Redeliste</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Runde starten</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>✓ spoke  ↷ passed  • still to speak this round
F6 start, F7 next, F8 pass</source>
        <translation>✓ hat gesprochen  ↷ ausgesetzt  • in dieser Runde noch an der Reihe
F6 Start, F7 Weiter, F8 Aussetzen</translation>
    </message>
    <message>
        <source>The session is finished. Everything is saved.
Use “Back to…” to reopen a phase; the record keeps every agreement.</source>
        <translation>Die Sitzung ist beendet. Alles ist gespeichert.
Mit „Zurück zu…“ öffnen Sie eine Phase wieder; die Aufzeichnungen behalten jede Einigung.</translation>
    </message>
    <message>
        <source>Private notes (never on the projector)</source>
        <translation>Private Notizen (nie auf dem Projektor)</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Only you see these. Saved as you type.</source>
        <translation>Nur Sie sehen diese. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Agree and continue</source>
        <translation>Einigung bestätigen und &amp;weiter</translation>
    </message>
    <message>
        <source>&amp;Skip with the reason given</source>
        <translation>Mit der angegebenen Begründung über&amp;springen</translation>
    </message>
    <message>
        <source>S&amp;tart a speaking round</source>
        <translation>Eine Sprech&amp;runde starten</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Nächste Person</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>&amp;Close console</source>
        <translation>&amp;Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Present to the room</source>
        <translation>Im Raum &amp;präsentieren</translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Bildschirm %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Go back to “%1”? Its agreement and those of every later phase are reopened; the record keeps them.</source>
        <translation>Zu „%1“ zurückgehen? Die Einigung dieser Phase und aller späteren Phasen wird wieder geöffnet; die Aufzeichnungen behalten sie.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Has not spoken yet in this phase</source>
        <translation>Hat in dieser Phase noch nicht gesprochen</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 · %n still to speak</source>
        <translation>
            <numerusform>Runde %1 · noch %n an der Reihe</numerusform>
            <numerusform>Runde %1 · noch %n an der Reihe</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Es spricht: %1</translation>
    </message>
    <message>
        <source>Nobody is speaking</source>
        <translation>Niemand spricht</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Phase um %1 überzogen</translation>
    </message>
    <message>
        <source>Phase: %1 left</source>
        <translation>Phase: noch %1</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Um %1 überzogen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Phase timer</source>
        <translation>Phasen-Timer</translation>
    </message>
    <message>
        <source>Time left in this phase, or how far it has run over</source>
        <translation>Verbleibende Zeit in dieser Phase oder wie weit sie überzogen ist</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase, confirmed by the person named beside it, and opens the next phase (Ctrl+Enter)</source>
        <translation>Hält fest, dass sich die Gruppe auf diese Phase geeinigt hat, bestätigt von der daneben genannten Person, und öffnet die nächste Phase (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Moves on without agreement; the reason is kept in the record (Enter in the reason)</source>
        <translation>Geht ohne Einigung weiter; die Begründung bleibt in den Aufzeichnungen (Eingabetaste in der Begründung)</translation>
    </message>
    <message>
        <source>Reopens an earlier phase and every phase after it; the record keeps their agreements</source>
        <translation>Öffnet eine frühere Phase und alle späteren Phasen wieder; die Aufzeichnungen behalten ihre Einigungen</translation>
    </message>
    <message>
        <source>Turn timer</source>
        <translation>Redezeit-Timer</translation>
    </message>
    <message>
        <source>Time left in the speaker&apos;s turn, or how far it has run over</source>
        <translation>Verbleibende Redezeit der sprechenden Person oder wie weit sie überzogen ist</translation>
    </message>
    <message>
        <source>Everyone in the room in speaking order: ▶ speaking, ✓ spoke, ↷ passed, • still to speak this round</source>
        <translation>Alle im Raum in der Reihenfolge der Redebeiträge: ▶ spricht, ✓ hat gesprochen, ↷ ausgesetzt, • in dieser Runde noch an der Reihe</translation>
    </message>
    <message>
        <source>Starts a round: everyone in the room speaks in turn (F6)</source>
        <translation>Startet eine Runde: Alle im Raum sprechen nacheinander (F6)</translation>
    </message>
    <message>
        <source>The speaker has spoken; the next one in the queue speaks (F7)</source>
        <translation>Die sprechende Person ist fertig; die nächste in der Redeliste spricht (F7)</translation>
    </message>
    <message>
        <source>The speaker passes; the next one in the queue speaks (F8)</source>
        <translation>Die sprechende Person setzt aus; die nächste in der Redeliste spricht (F8)</translation>
    </message>
    <message>
        <source>Audience text &amp;larger</source>
        <translation>Publikumsansicht: Schrift &amp;größer</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Audience text s&amp;maller</source>
        <translation>Publikumsansicht: Schrift &amp;kleiner</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Facilitators see these on their desktops; the room never does. Saved as you type.</source>
        <translation>Die Moderation sieht diese auf ihren Rechnern, der Raum nie. Wird beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>candor::SessionEdits</name>
    <message>
        <source>Add participant “%1”</source>
        <translation>Teilnehmende Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Diese teilnehmende Person ist nicht mehr in der Sitzung.</translation>
    </message>
    <message>
        <source>Edit participant “%1”</source>
        <translation>Teilnehmende Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove participant “%1”</source>
        <translation>Teilnehmende Person „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add timeline event “%1”</source>
        <translation>Ereignis „%1“ zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Edit timeline event “%1”</source>
        <translation>Ereignis „%1“ der Zeitleiste bearbeiten</translation>
    </message>
    <message>
        <source>Delete timeline event “%1”</source>
        <translation>Ereignis „%1“ aus der Zeitleiste löschen</translation>
    </message>
    <message>
        <source>Add contributing factor “%1”</source>
        <translation>Einflussfaktor „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit contributing factor “%1”</source>
        <translation>Einflussfaktor „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete contributing factor “%1”</source>
        <translation>Einflussfaktor „%1“ löschen</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Maßnahme „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Mark “%1” in progress</source>
        <translation>„%1“ als in Arbeit markieren</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>„%1“ verwerfen</translation>
    </message>
    <message>
        <source>Delete action item “%1”</source>
        <translation>Maßnahme „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>candor::SessionTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
</context>
<context>
    <name>candor::SessionsArea</name>
    <message>
        <source>Start a postmortem from an incident, or a retro for a team.</source>
        <translation>Beginnen Sie ein Postmortem zu einem Vorfall oder eine Retro für ein Team.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Postmortems and retros</source>
        <translation>Postmortems und Retros</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Neue &amp;Retro…</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Neue Retro</translation>
    </message>
    <message>
        <source>Look back on a period with a team</source>
        <translation>Mit einem Team auf einen Zeitraum zurückblicken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected postmortem or retro (Enter)</source>
        <translation>Das ausgewählte Postmortem oder die ausgewählte Retro öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>A retro is for a team. Add the team under Teams first, then start its retro.</source>
        <translation>Eine Retro ist für ein Team. Fügen Sie das Team zuerst unter „Teams“ hinzu und beginnen Sie dann seine Retro.</translation>
    </message>
    <message>
        <source>Delete the retro “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? This cannot be undone.</source>
        <translation>Die Retro „%1“ mit allem darin Festgehaltenen löschen: Teilnehmende, Zeitleiste, Einflussfaktoren, Erkenntnisse, Maßnahmen und Notizen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete the postmortem of “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? The incident stays. This cannot be undone.</source>
        <translation>Das Postmortem von „%1“ mit allem darin Festgehaltenen löschen: Teilnehmende, Zeitleiste, Einflussfaktoren, Erkenntnisse, Maßnahmen und Notizen? Der Vorfall bleibt erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Retro löschen</translation>
    </message>
    <message>
        <source>Delete postmortem</source>
        <translation>Postmortem löschen</translation>
    </message>
    <message>
        <source>Cannot delete the retro</source>
        <translation>Die Retro kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete the postmortem</source>
        <translation>Das Postmortem kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the selected postmortem or retro and everything recorded in it (Delete in the list)</source>
        <translation>Das ausgewählte Postmortem oder die ausgewählte Retro mit allem darin Festgehaltenen löschen (Entf in der Liste)</translation>
    </message>
</context>
<context>
    <name>candor::SurveyWaveModel</name>
    <message>
        <source>Collecting in kiosk mode</source>
        <translation>Sammelt im Kioskmodus</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>anonymity threshold k (comment threshold)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Figures are shown from %n response(s)</source>
        <translation>
            <numerusform>Werte werden ab %n Antwort angezeigt</numerusform>
            <numerusform>Werte werden ab %n Antworten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n response(s)</source>
        <translation>
            <numerusform>Kommentare werden ab %n Antwort angezeigt</numerusform>
            <numerusform>Kommentare werden ab %n Antworten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Werte erscheinen, wenn die Kiosk-Sitzung endet, damit sich die Antworten einzelner Personen nicht unterscheiden lassen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</source>
        <translation>
            <numerusform>Unter %n Antwort wird nichts angezeigt, ebenso wenig, wo sich aus einem Wert eine verborgene Gruppe errechnen ließe, damit niemand herausgegriffen werden kann.</numerusform>
            <numerusform>Unter %n Antworten wird nichts angezeigt, ebenso wenig, wo sich aus einem Wert eine verborgene Gruppe errechnen ließe, damit niemand herausgegriffen werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Welle vom %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The anonymity threshold k (and the comment threshold when it is higher), frozen when the wave opened</source>
        <translation>Die Anonymitätsschwelle k (und die Kommentarschwelle, wenn sie höher ist), festgelegt beim Beginn der Welle</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>k (comments)</source>
        <comment>column of the anonymity threshold k and the comment threshold</comment>
        <translation>k (Kommentare)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>candor::SurveysArea</name>
    <message>
        <source>No survey waves here yet. Start one with New wave…</source>
        <translation>Hier gibt es noch keine Umfragewellen. Beginnen Sie eine mit „Neue Welle…“.</translation>
    </message>
    <message>
        <source>Kiosk &amp;screen:</source>
        <translation>Kiosk-Bild&amp;schirm:</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Im &amp;Kioskmodus durchführen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Delete wave…</source>
        <translation>Welle &amp;löschen…</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Include sub-teams</source>
        <translation>Unterteams einbeziehen</translation>
    </message>
    <message>
        <source>Also list the waves of the teams below the chosen one</source>
        <translation>Auch die Wellen der Teams unterhalb des gewählten auflisten</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Umfragewellen</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Ne&amp;w wave…</source>
        <translation>Neue &amp;Welle…</translation>
    </message>
    <message>
        <source>New wave</source>
        <translation>Neue Welle</translation>
    </message>
    <message>
        <source>Start a survey wave for a team</source>
        <translation>Eine Umfragewelle für ein Team beginnen</translation>
    </message>
    <message>
        <source>Run in kiosk mode</source>
        <translation>Im Kioskmodus durchführen</translation>
    </message>
    <message>
        <source>Collect answers on a shared screen, one person at a time; it clears after everyone</source>
        <translation>Antworten an einem gemeinsamen Bildschirm sammeln, eine Person nach der anderen; er wird nach jeder Person geleert</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Add the answers a form tool exported as CSV to the selected wave</source>
        <translation>Die von einem Formularwerkzeug als CSV exportierten Antworten zur ausgewählten Welle hinzufügen</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>&amp;Fragebögen…</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>See the built-in questionnaires and make your own</source>
        <translation>Die mitgelieferten Fragebögen ansehen und eigene erstellen</translation>
    </message>
    <message>
        <source>Delete wave</source>
        <translation>Welle löschen</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Kiosk-Bildschirm</translation>
    </message>
    <message>
        <source>Reading the survey waves…</source>
        <translation>Die Umfragewellen werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <comment>screen number: name (width × height)</comment>
        <translation>%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>A survey wave is for a team. Add the team under Teams first, then start its wave.</source>
        <translation>Eine Umfragewelle ist für ein Team. Fügen Sie das Team zuerst unter „Teams“ hinzu und beginnen Sie dann seine Welle.</translation>
    </message>
    <message>
        <source>The wave “%1” opens on %2. Collect answers for it now anyway?</source>
        <translation>Die Welle „%1“ beginnt am %2. Trotzdem jetzt Antworten dafür sammeln?</translation>
    </message>
    <message>
        <source>The wave “%1” closed on %2. Collect answers for it now anyway?</source>
        <translation>Die Welle „%1“ wurde am %2 beendet. Trotzdem jetzt Antworten dafür sammeln?</translation>
    </message>
    <message>
        <source>Cannot run the kiosk</source>
        <translation>Der Kiosk kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot delete the wave</source>
        <translation>Die Welle kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The wave “%1” is running in kiosk mode. End the kiosk session first.</source>
        <translation>Die Welle „%1“ läuft im Kioskmodus. Beenden Sie zuerst die Kiosk-Sitzung.</translation>
    </message>
    <message>
        <source>Delete the wave “%1” of %2? This removes all its answers and comments. This cannot be undone.</source>
        <translation>Die Welle „%1“ von %2 löschen? Damit werden alle ihre Antworten und Kommentare entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>With su&amp;b-teams</source>
        <translation>Mit U&amp;nterteams</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Details der Welle</translation>
    </message>
    <message>
        <source>Delete the selected wave with all its answers and comments (Delete in the list)</source>
        <translation>Die ausgewählte Welle mit allen Antworten und Kommentaren löschen (Entf in der Liste)</translation>
    </message>
</context>
<context>
    <name>candor::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Team bearbeiten</translation>
    </message>
    <message>
        <source>For example: Payments, or Checkout</source>
        <translation>Zum Beispiel: Payments oder Checkout</translation>
    </message>
    <message>
        <source>None (a department or top-level team)</source>
        <translation>Keines (eine Abteilung oder ein Team der obersten Ebene)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Teil von:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>candor::TeamTreeModel</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) here and in sub-teams</source>
        <translation>
            <numerusform>%Ln Mitglied hier und in Unterteams</numerusform>
            <numerusform>%Ln Mitglieder hier und in Unterteams</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>candor::TeamsArea</name>
    <message>
        <source>New &amp;sub-team…</source>
        <translation>Neues U&amp;nterteam…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Mitglied bearbeiten…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Mitglied löschen</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Neues &amp;Mitglied…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People in %1</source>
        <translation>Personen in %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team “%1” and its %n member(s)? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Das Team „%1“ und sein %n Mitglied löschen? Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
            <numerusform>Das Team „%1“ und seine %n Mitglieder löschen? Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the team “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Das Team „%1“ löschen? Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Cannot delete the team</source>
        <translation>Das Team kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>„%1“ löschen? Sie können dies mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Cannot delete the member</source>
        <translation>Das Mitglied kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Edi&amp;t team…</source>
        <translation>Team bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Enter edits the selected team, Delete removes it</source>
        <translation>Die Eingabetaste bearbeitet das ausgewählte Team, Entf entfernt es</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Enter edits the selected member, Delete removes them</source>
        <translation>Die Eingabetaste bearbeitet das ausgewählte Mitglied, Entf entfernt es</translation>
    </message>
    <message>
        <source>Edit the selected team (Enter in the tree)</source>
        <translation>Das ausgewählte Team bearbeiten (Eingabetaste im Baum)</translation>
    </message>
    <message>
        <source>Delete the selected team (Delete in the tree)</source>
        <translation>Das ausgewählte Team löschen (Entf im Baum)</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter in the list)</source>
        <translation>Das ausgewählte Mitglied bearbeiten (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Delete the selected member (Delete in the list)</source>
        <translation>Das ausgewählte Mitglied löschen (Entf in der Liste)</translation>
    </message>
</context>
<context>
    <name>candor::Theme</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>candor::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>candor::TimelinePage</name>
    <message>
        <source>Day of the event</source>
        <translation>Tag des Ereignisses</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Uhrzeit des Ereignisses</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>What happened in the period? Enter adds it</source>
        <translation>Was geschah im Zeitraum? Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>What happened? Enter adds it</source>
        <translation>Was geschah? Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Tab moves between time, kind and text. Double-click or F2 edits a cell; Delete removes the selected event; Ctrl+Z undoes.</source>
        <translation>Tab wechselt zwischen Zeit, Art und Text. Doppelklick oder F2 bearbeitet eine Zelle; Entf entfernt das ausgewählte Ereignis; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Type what happened, then press Enter.</source>
        <translation>Geben Sie ein, was geschah, und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Adds the event to the timeline (Enter in the text)</source>
        <translation>Fügt das Ereignis zur Zeitleiste hinzu (Eingabetaste im Text)</translation>
    </message>
</context>
<context>
    <name>candor::TrendChart</name>
    <message>
        <source>Survey trend chart</source>
        <translation>Diagramm des Umfragetrends</translation>
    </message>
    <message>
        <source>Mean score by quarter. The table beside it shows the same figures.</source>
        <translation>Mittlerer Punktwert nach Quartal. Die Tabelle daneben zeigt dieselben Werte.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Incidents in the quarter</source>
        <translation>Vorfälle im Quartal</translation>
    </message>
    <message>
        <source>Mean score (1 to %1)</source>
        <translation>Mittlerer Punktwert (1 bis %1)</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <comment>severity code, e.g. SEV1 incidents</comment>
        <translation>%1-Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</source>
        <translation>
            <numerusform>Lücken: weniger als %n Antwort oder zurückgehalten, damit sich eine kleinere Gruppe nicht errechnen lässt.</numerusform>
            <numerusform>Lücken: weniger als %n Antworten oder zurückgehalten, damit sich eine kleinere Gruppe nicht errechnen lässt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps: no survey in that quarter.</source>
        <translation>Lücken: keine Umfrage in diesem Quartal.</translation>
    </message>
</context>
<context>
    <name>candor::TrendModel</name>
    <message>
        <source>%1, all teams</source>
        <comment>a department&apos;s figure over its whole subtree</comment>
        <translation>%1, alle Teams</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>series, quarter</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no survey in this quarter</source>
        <translation>%1: keine Umfrage in diesem Quartal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, then why nothing is shown</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 (95% CI %3 to %4), %Ln response(s)</source>
        <translation>
            <numerusform>%1: Mittelwert %2 (95-%-KI %3 bis %4), %Ln Antwort</numerusform>
            <numerusform>%1: Mittelwert %2 (95-%-KI %3 bis %4), %Ln Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::UndoFacade</name>
    <message>
        <source>It was deleted on another desktop in the meantime, so your change was not saved.</source>
        <translation>Der Eintrag wurde inzwischen an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>„%1“ wurde an einem anderen Rechner gelöscht, daher wurde Ihre Änderung nicht gespeichert. Legen Sie den Eintrag erneut an, falls er noch gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>candor::WaveDetails</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Choose a wave to see what it may show.</source>
        <translation>Wählen Sie eine Welle, um zu sehen, was sie zeigen darf.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>Rücklaufquote:</translation>
    </message>
    <message>
        <source>Internal consistency:</source>
        <translation>Interne Konsistenz:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Details der Welle</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Fragebogen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Eingeladen:</translation>
    </message>
    <message>
        <source>Shown from:</source>
        <translation>Angezeigt ab:</translation>
    </message>
    <message>
        <source>Mean per question</source>
        <translation>Mittelwert pro Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Antwortende:</translation>
    </message>
    <message>
        <source>Mean score:</source>
        <translation>Mittlerer Punktwert:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>Comments, in random order</source>
        <translation>Kommentare, in zufälliger Reihenfolge</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Welle vom %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a wave&apos;s first and last day</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>From %1, open-ended</source>
        <translation>Ab %1, unbefristet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Figures from %1 responses (k), comments from %2. Frozen when the wave opened.</source>
        <translation>Werte ab %1 Antworten (k), Kommentare ab %2. Festgelegt beim Beginn der Welle.</translation>
    </message>
    <message>
        <source>Collecting answers in kiosk mode. Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Antworten werden im Kioskmodus gesammelt. Werte erscheinen, wenn die Kiosk-Sitzung endet, damit sich die Antworten einzelner Personen nicht unterscheiden lassen.</translation>
    </message>
    <message>
        <source>%1 Nothing is shown, so no one can be singled out.</source>
        <translation>%1 Es wird nichts angezeigt, damit niemand herausgegriffen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown only when the wave&apos;s figures are, from %n responses.</source>
        <translation>
            <numerusform>Kommentare werden nur angezeigt, wenn auch die Werte der Welle angezeigt werden, ab %n Antwort.</numerusform>
            <numerusform>Kommentare werden nur angezeigt, wenn auch die Werte der Welle angezeigt werden, ab %n Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: enough people answered for no one to be singled out.</source>
        <translation>Angezeigt: Es haben genug Personen geantwortet, sodass niemand herausgegriffen werden kann.</translation>
    </message>
    <message>
        <source>%1 (95% confidence interval %2 to %3) on a scale of 1 to %4</source>
        <translation>%1 (95-%-Konfidenzintervall %2 bis %3) auf einer Skala von 1 bis %4</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 ungünstig, %2 neutral, %3 günstig</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%1 von %2 Eingeladenen</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha %1</source>
        <translation>Cronbachs Alpha %1</translation>
    </message>
    <message>
        <source>Reverse-scored: higher is better here too</source>
        <translation>Umgekehrt gewertet: Auch hier ist höher besser</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>In random order, apart from the answers.</source>
        <translation>In zufälliger Reihenfolge, getrennt von den Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n responses, so no one is known by how they write.</source>
        <translation>
            <numerusform>Kommentare werden ab %n Antwort angezeigt, damit niemand an seinem Schreibstil erkannt wird.</numerusform>
            <numerusform>Kommentare werden ab %n Antworten angezeigt, damit niemand an seinem Schreibstil erkannt wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::WaveDialog</name>
    <message>
        <source>Closes on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>New survey wave</source>
        <translation>Neue Umfragewelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Team wählen…</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Optional, for example: Q3 pulse</source>
        <translation>Optional, zum Beispiel: Puls Q3</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>The wave has a closing day</source>
        <translation>Die Welle hat einen Endtag</translation>
    </message>
    <message>
        <source>People invited</source>
        <translation>Eingeladene Personen</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>How many people were asked to answer. The response rate is shown only when at least k people were invited.</source>
        <translation>Wie viele Personen um eine Antwort gebeten wurden. Die Rücklaufquote wird nur angezeigt, wenn mindestens k Personen eingeladen wurden.</translation>
    </message>
    <message>
        <source>Anonymity threshold k</source>
        <translation>Anonymitätsschwelle k</translation>
    </message>
    <message>
        <source> responses</source>
        <comment>after the anonymity threshold&apos;s number</comment>
        <translation> Antworten</translation>
    </message>
    <message>
        <source>Comment threshold</source>
        <translation>Kommentarschwelle</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>In&amp;vited:</source>
        <translation>Ein&amp;geladen:</translation>
    </message>
    <message>
        <source>&amp;Anonymity threshold:</source>
        <translation>&amp;Anonymitätsschwelle:</translation>
    </message>
    <message>
        <source>Co&amp;mment threshold:</source>
        <translation>&amp;Kommentarschwelle:</translation>
    </message>
    <message>
        <source>No figure of this wave is shown until at least k people have answered, and no comment until the comment threshold is reached. Both are frozen when the wave opens and shown to every respondent before they answer, so they cannot be changed later.</source>
        <translation>Kein Wert dieser Welle wird angezeigt, bevor mindestens k Personen geantwortet haben, und kein Kommentar, bevor die Kommentarschwelle erreicht ist. Beide werden beim Beginn der Welle festgelegt und allen Befragten vor dem Antworten angezeigt; sie können daher später nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 (custom, version %2)</source>
        <translation>%1 (eigener, Version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on a %1-point scale.</source>
        <translation>
            <numerusform>%n Frage auf einer %1-stufigen Skala.</numerusform>
            <numerusform>%n Fragen auf einer %1-stufigen Skala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the team the wave is for.</source>
        <translation>Wählen Sie das Team, für das die Welle ist.</translation>
    </message>
    <message>
        <source>Choose the instrument the wave asks.</source>
        <translation>Wählen Sie den Fragebogen, den die Welle verwendet.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a closing day on or after %1, or leave it open-ended.</source>
        <translation>Die Welle endet, bevor sie beginnt. Wählen Sie als Endtag den %1 oder einen späteren Tag, oder lassen Sie sie unbefristet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnostic: start, show the main window, quit once it has painted and is idle (no prompts). For measuring start-up.</source>
        <translation>Diagnose: starten, das Hauptfenster anzeigen und beenden, sobald es gezeichnet ist und ruht (ohne Rückfragen). Zum Messen der Startzeit.</translation>
    </message>
    <message>
        <source>Candor: blameless postmortems and team psychological safety.</source>
        <translation>Candor: Postmortems ohne Schuldzuweisung und psychologische Sicherheit im Team.</translation>
    </message>
    <message>
        <source>The replaced database is in “%1”.</source>
        <translation>Die ersetzte Datenbank liegt in „%1“.</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>Die ersetzte Datenbank wird als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored the latest backup. The damaged file is kept as “%1”.</source>
        <translation>Die neueste Sicherung wurde wiederhergestellt. Die beschädigte Datei wird als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Use the language CODE for this run (%1; default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Die Sprache CODE für diesen Lauf verwenden (%1; Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the database on a PostgreSQL server at a postgresql:// URL (default: the shared database chosen in File &gt; Connect to a shared database…, else CANDOR_DB, else %1).</source>
        <translation>Die Datenbankdatei unter PATH verwenden oder die Datenbank auf einem PostgreSQL-Server unter einer postgresql://-URL (Standard: die unter Datei &gt; Mit gemeinsamer Datenbank verbinden… gewählte gemeinsame Datenbank, sonst CANDOR_DB, sonst %1).</translation>
    </message>
    <message>
        <source>Candor is already on %1.</source>
        <translation>Candor verwendet bereits %1.</translation>
    </message>
    <message>
        <source>Cannot change the database</source>
        <translation>Die Datenbank kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>%1 Candor stays on %2.</source>
        <translation>%1 Candor bleibt bei %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
</context>
</TS>
