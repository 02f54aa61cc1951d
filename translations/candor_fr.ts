<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnonymityPolicy</name>
    <message>
        <source>Withheld (k = %1)</source>
        <comment>withheld survey figure</comment>
        <translation>Masqué (k = %1)</translation>
    </message>
    <message numerus="yes">
        <source>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</source>
        <translation>
            <numerusform>Masqué&#xa0;: moins de %n réponse, ou chiffre retenu afin qu&apos;un groupe plus petit ne puisse pas être déduit des chiffres affichés.</numerusform>
            <numerusform>Masqué&#xa0;: moins de %n réponses, ou chiffre retenu afin qu&apos;un groupe plus petit ne puisse pas être déduit des chiffres affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceFilter</name>
    <message>
        <source>Ground rules</source>
        <translation>Règles de base</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Personne n&apos;a encore rejoint la séance.</translation>
    </message>
    <message>
        <source>Notable events</source>
        <translation>Événements marquants</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Ce qui s&apos;est passé, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Rien dans la chronologie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Ce qui nous a freinés</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>No factors yet.</source>
        <translation>Aucun facteur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Ce qui nous a aidés</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Actions précédentes encore ouvertes&#xa0;: nos correctifs ont-ils tenu&#xa0;?</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Ce que nous allons faire</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Aucune action pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The summary is being written.</source>
        <translation>Le résumé est en cours de rédaction.</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation>Comment nous nous sentons</translation>
    </message>
    <message numerus="yes">
        <source>Shown once at least %n people have answered.</source>
        <translation>
            <numerusform>Affiché dès qu&apos;au moins %n personne a répondu.</numerusform>
            <numerusform>Affiché dès qu&apos;au moins %n personnes ont répondu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers are being collected. The result appears when everyone has answered.</source>
        <translation>Les réponses sont en cours de collecte. Le résultat s&apos;affiche quand tout le monde a répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Average %1 out of 5</source>
        <translation>Moyenne&#xa0;: %1 sur 5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>the database stayed busy: another program kept it locked. Try again in a moment.</source>
        <translation>la base de données est restée occupée&#xa0;: un autre programme la verrouillait. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>le fichier est endommagé.</translation>
    </message>
    <message>
        <source>SQLite reported: %1.</source>
        <translation>SQLite a signalé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No backup file was given. Give the path of the file to write.</source>
        <translation>Aucun fichier de sauvegarde indiqué. Indiquez le chemin du fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot back up: the database is not open.</source>
        <translation>Sauvegarde impossible&#xa0;: la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data yet; there is nothing to back up.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient encore aucune donnée Candor&#xa0;; il n&apos;y a rien à sauvegarder.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Indiquez un nom de fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose another file for the backup.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données elle-même. Choisissez un autre fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is a database in use (there is a “-wal” file beside it). Choose another file for the backup.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données en cours d&apos;utilisation (un fichier «&#xa0;-wal&#xa0;» se trouve à côté). Choisissez un autre fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another place for the backup.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le ou choisissez un autre emplacement pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Could not back up to “%1”: %2 Nothing was written there.</source>
        <translation>Impossible de sauvegarder vers «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>cannot create a file in “%1” (%2). Check that you may write there.</source>
        <translation>impossible de créer un fichier dans «&#xa0;%1&#xa0;» (%2). Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>the copy could not be made a single file (journal mode “%1”).</source>
        <translation>la copie n&apos;a pas pu être réunie en un seul fichier (mode de journal «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the copy failed its check (%1).</source>
        <translation>la vérification de la copie a échoué (%1).</translation>
    </message>
    <message>
        <source>%1. Check the free space and that you may write to the folder.</source>
        <translation>%1. Vérifiez l&apos;espace libre et que vous avez le droit d&apos;écrire dans le dossier.</translation>
    </message>
    <message>
        <source>No backup file was given. Choose the backup to restore.</source>
        <translation>Aucun fichier de sauvegarde indiqué. Choisissez la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the path of the backup.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas. Vérifiez le chemin de la sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de sauvegarde. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup (it is not a SQLite file, or it is damaged). Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une sauvegarde Candor (ce n&apos;est pas un fichier SQLite, ou il est endommagé). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it is another program&apos;s database, or an empty one. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une sauvegarde Candor&#xa0;: c&apos;est la base de données d&apos;un autre programme, ou une base vide. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to restore it.</source>
        <translation>«&#xa0;%1&#xa0;» provient d&apos;une version plus récente de Candor (version de schéma %2&#xa0;; cette version de Candor gère jusqu&apos;à la version %3). Mettez Candor à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it holds no Candor data. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une sauvegarde Candor&#xa0;: il ne contient aucune donnée Candor. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is damaged (its integrity check failed), so it cannot be restored. Choose another backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (son contrôle d&apos;intégrité a échoué) et ne peut donc pas être restauré. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot restore: the database is not open.</source>
        <translation>Restauration impossible&#xa0;: la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose a backup to restore.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données elle-même. Choisissez une sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>“%1” is open in Candor or in another program. Close it there, then restore again; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans Candor ou dans un autre programme. Fermez-le là-bas, puis relancez la restauration&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Did not restore, because keeping the current database as a backup failed. %1</source>
        <translation>Aucune restauration effectuée, car la conservation de la base de données actuelle comme sauvegarde a échoué. %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2 Nothing was restored.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Could not restore “%1” into “%2”: %3 The database was not changed.</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: %3 La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder “%1”. Check that you may write there.</source>
        <translation>Impossible de créer le dossier des sauvegardes «&#xa0;%1&#xa0;». Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor makes backup files of SQLite databases only. Ask the server&apos;s administrator for its backups.</source>
        <translation>%1 se trouve sur un serveur PostgreSQL&#xa0;: Candor ne crée des fichiers de sauvegarde que pour les bases SQLite. Demandez ses sauvegardes à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor restores backup files into SQLite databases only. Ask the server&apos;s administrator to restore it.</source>
        <translation>%1 se trouve sur un serveur PostgreSQL&#xa0;: Candor ne restaure des fichiers de sauvegarde que dans des bases SQLite. Demandez à l&apos;administrateur du serveur de la restaurer.</translation>
    </message>
</context>
<context>
    <name>BlameLanguageChecker</name>
    <message>
        <source>The blame-language rules are not valid JSON: %1.</source>
        <translation>Les règles de langage accusateur ne sont pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” in the blame-language rules.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu dans les règles de langage accusateur.</translation>
    </message>
    <message>
        <source>Hindsight: describe what people knew and saw at the time, and why their actions made sense then.</source>
        <translation>Biais rétrospectif&#xa0;: décrivez ce que les personnes savaient et voyaient sur le moment, et pourquoi leurs actions avaient alors du sens.</translation>
    </message>
    <message>
        <source>Describe what happened and what made it hard, rather than what someone did not do.</source>
        <translation>Décrivez ce qui s&apos;est passé et ce qui l&apos;a rendu difficile, plutôt que ce que quelqu&apos;un n&apos;a pas fait.</translation>
    </message>
    <message>
        <source>A label ends the inquiry. Ask what in the situation made this action likely.</source>
        <translation>Une étiquette clôt l&apos;analyse. Demandez ce qui, dans la situation, rendait cette action probable.</translation>
    </message>
    <message>
        <source>Words like this hide how hard it was in the moment. Say what made it look the way it did.</source>
        <translation>Ce genre de mots masque la difficulté du moment. Dites pourquoi les choses paraissaient alors ainsi.</translation>
    </message>
    <message>
        <source>Ask how it looked at the time: what did they see, and what were they trying to do?</source>
        <translation>Demandez comment la situation se présentait sur le moment&#xa0;: que voyaient-ils, et que cherchaient-ils à faire&#xa0;?</translation>
    </message>
    <message>
        <source>Name the role or the situation rather than the person.</source>
        <translation>Nommez le rôle ou la situation plutôt que la personne.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>A bulk write ran outside a transaction; nothing was written. Start a write transaction first.</source>
        <translation>Une écriture groupée a été lancée hors transaction&#xa0;; rien n&apos;a été écrit. Commencez d&apos;abord une transaction d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>CandorCli</name>
    <message>
        <source>The action: add.</source>
        <translation>L&apos;action&#xa0;: add.</translation>
    </message>
    <message>
        <source>The new team&apos;s name.</source>
        <translation>Le nom de la nouvelle équipe.</translation>
    </message>
    <message>
        <source>Put the team under this team (its department).</source>
        <translation>Placer l&apos;équipe sous cette équipe (son département).</translation>
    </message>
    <message>
        <source>Add a team.</source>
        <translation>Ajouter une équipe.</translation>
    </message>
    <message>
        <source>Use: candor-cli team add NAME [--parent NAME]</source>
        <translation>Usage&#xa0;: candor-cli team add NAME [--parent NAME]</translation>
    </message>
    <message>
        <source>Added team “%1” (id %2).</source>
        <translation>Équipe «&#xa0;%1&#xa0;» ajoutée (id %2).</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>Le nom du membre.</translation>
    </message>
    <message>
        <source>The member&apos;s team.</source>
        <translation>L&apos;équipe du membre.</translation>
    </message>
    <message>
        <source>The member&apos;s role, e.g. &quot;Site reliability engineer&quot;.</source>
        <translation>Le rôle du membre, par ex. «&#xa0;Ingénieur fiabilité de site&#xa0;».</translation>
    </message>
    <message>
        <source>The member manages people on the team.</source>
        <translation>Le membre encadre des personnes de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Add a member to a team.</source>
        <translation>Ajouter un membre à une équipe.</translation>
    </message>
    <message>
        <source>Use: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</source>
        <translation>Usage&#xa0;: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</translation>
    </message>
    <message>
        <source>Say which team the member is on with --team NAME.</source>
        <translation>Indiquez l&apos;équipe du membre avec --team NAME.</translation>
    </message>
    <message>
        <source>Added “%1” to “%2” (id %3).</source>
        <translation>«&#xa0;%1&#xa0;» ajouté à «&#xa0;%2&#xa0;» (id %3).</translation>
    </message>
    <message>
        <source>Write the postmortem report of an incident: title, summary, customer impact, incident metrics, participants, the agreed timeline, contributing factors by category with the events each explains, learnings, action items (owner team, due date, status), the phases, the phase log and the closing check.

--format md prints CommonMark (exactly what candor-cli postmortem show prints), --format html a standalone HTML page; both go to standard output unless -o FILE is given. --format pdf needs -o FILE; its page size is --page a4 or --page letter, by default Letter in the United States, Canada and other countries that use it, and A4 elsewhere. Times are local time. A file is written completely or not at all.</source>
        <translation>Écrire le rapport de post-mortem d&apos;un incident&#xa0;: titre, résumé, impact client, métriques de l&apos;incident, participants, chronologie validée, facteurs contributifs par catégorie avec les événements que chacun explique, enseignements, actions (équipe responsable, échéance, statut), phases, journal des phases et bilan de clôture.

--format md affiche du CommonMark (exactement ce qu&apos;affiche candor-cli postmortem show), --format html une page HTML autonome&#xa0;; les deux vont sur la sortie standard sauf si -o FILE est indiqué. --format pdf exige -o FILE&#xa0;; le format de page est --page a4 ou --page letter, par défaut Letter aux États-Unis, au Canada et dans les autres pays qui l&apos;utilisent, et A4 ailleurs. Les heures sont en heure locale. Un fichier est écrit entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>The incident&apos;s id, as candor-cli list incidents shows it.</source>
        <translation>L&apos;id de l&apos;incident, tel que l&apos;affiche candor-cli list incidents.</translation>
    </message>
    <message>
        <source>md (Markdown), html or pdf.</source>
        <translation>md (Markdown), html ou pdf.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page size: a4 or letter (default: from the locale).</source>
        <translation>Le format de page du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>Use: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</source>
        <translation>Usage&#xa0;: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</translation>
    </message>
    <message>
        <source>“%1” is not an incident id. Use the number that candor-cli list incidents shows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id d&apos;incident. Utilisez le numéro qu&apos;affiche candor-cli list incidents.</translation>
    </message>
    <message>
        <source>Say which format: --format md, html or pdf.</source>
        <translation>Indiquez le format&#xa0;: --format md, html ou pdf.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md, html or pdf.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu. Utilisez --format md, html ou pdf.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output. Name the file with -o FILE.pdf.</source>
        <translation>Un PDF ne peut pas être envoyé sur la sortie standard. Nommez le fichier avec -o FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or --page letter.</source>
        <translation>Format de page «&#xa0;%1&#xa0;» inconnu. Utilisez --page a4 ou --page letter.</translation>
    </message>
    <message>
        <source>--page is for PDF only. Use it with --format pdf.</source>
        <translation>--page ne sert que pour le PDF. Utilisez-le avec --format pdf.</translation>
    </message>
    <message>
        <source>%1 See the ids with: candor-cli list incidents</source>
        <translation>%1 Voir les id avec&#xa0;: candor-cli list incidents</translation>
    </message>
    <message>
        <source>This candor-cli cannot draw PDF files here. Use --format html and print that page to PDF instead.</source>
        <translation>Ce candor-cli ne peut pas produire de fichiers PDF ici. Utilisez plutôt --format html et imprimez cette page en PDF.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>started</source>
        <translation>début</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>matched in</source>
        <translation>trouvé dans</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à rechercher.</translation>
    </message>
    <message>
        <source>Only incidents of this team and its sub-teams.</source>
        <translation>Uniquement les incidents de cette équipe et de ses sous-équipes.</translation>
    </message>
    <message>
        <source>At most this many incidents (default 20).</source>
        <translation>Au plus ce nombre d&apos;incidents (20 par défaut).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Search the incidents&apos; titles, services and summaries and their postmortems&apos; timelines and contributing factors. Every word must start a word of the same text (case and accents are ignored); the best match comes first, a title match before the rest (when a word is in thousands of texts: title, service, summary, then timeline and factor matches, newest first). Each incident shows where it matched and an excerpt with the matched words in [brackets]. Times are ISO 8601 (UTC) in CSV and JSON.</source>
        <translation>Rechercher dans les titres, services et résumés des incidents ainsi que dans les chronologies et facteurs contributifs de leurs post-mortems. Chaque mot doit être le début d&apos;un mot du même texte (la casse et les accents sont ignorés)&#xa0;; la meilleure correspondance vient en premier, une correspondance dans le titre avant les autres (quand un mot figure dans des milliers de textes&#xa0;: titre, service, résumé, puis chronologie et facteurs, les plus récents en premier). Chaque incident indique où il correspond et un extrait avec les mots trouvés entre [crochets]. Les heures sont au format ISO 8601 (UTC) en CSV et JSON.</translation>
    </message>
    <message>
        <source>Give the text to search for as one argument (quote it when it has spaces): candor-cli search &quot;disk full&quot;</source>
        <translation>Indiquez le texte à rechercher en un seul argument (entre guillemets s&apos;il contient des espaces)&#xa0;: candor-cli search &quot;disque plein&quot;</translation>
    </message>
    <message>
        <source>The search text is empty. Give at least one word to look for.</source>
        <translation>Le texte de recherche est vide. Indiquez au moins un mot à rechercher.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000, not “%1”.</source>
        <translation>--limit doit être un nombre entier de 1 à 10000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format table, csv or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu. Utilisez --format table, csv ou json.</translation>
    </message>
    <message>
        <source>No incident matches “%1”.</source>
        <translation>Aucun incident ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version. Exit 0: healthy; 1: problems found (listed); 2: the database cannot be opened.</source>
        <translation>Vérifier l&apos;intégrité et la version de schéma de la base de données. Code de sortie 0&#xa0;: saine&#xa0;; 1&#xa0;: problèmes trouvés (listés)&#xa0;; 2&#xa0;: la base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>check takes no arguments. Run: candor-cli check --help</source>
        <translation>check ne prend aucun argument. Exécutez&#xa0;: candor-cli check --help</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>Version de schéma&#xa0;: %1 (actuelle)</translation>
    </message>
    <message>
        <source>Schema version: %1 (Candor updates it to %2 the next time it opens the file)</source>
        <translation>Version de schéma&#xa0;: %1 (Candor la mettra à jour vers la version %2 à la prochaine ouverture du fichier)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité&#xa0;: ok</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n</source>
        <translation>
            <numerusform>Problème trouvé&#xa0;: %n</numerusform>
            <numerusform>Problèmes trouvés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Run: candor-cli %2 --help</source>
        <translation>%1. Exécutez&#xa0;: candor-cli %2 --help</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (complete or not at all).</source>
        <translation>Écrire dans FILE au lieu de la sortie standard (complet ou pas du tout).</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>--db needs a path: candor-cli --db PATH COMMAND</source>
        <translation>--db demande un chemin&#xa0;: candor-cli --db PATH COMMAND</translation>
    </message>
    <message>
        <source>Unknown option “%1” before the command. Run: candor-cli --help</source>
        <translation>Option «&#xa0;%1&#xa0;» inconnue avant la commande. Exécutez&#xa0;: candor-cli --help</translation>
    </message>
    <message>
        <source>No command given. Run: candor-cli --help</source>
        <translation>Aucune commande indiquée. Exécutez&#xa0;: candor-cli --help</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run: candor-cli --help</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Exécutez&#xa0;: candor-cli --help</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-02.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date. Écrivez-la au format YYYY-MM-DD, par ex. 2026-03-02.</translation>
    </message>
    <message>
        <source>--%1 “%2” must be a whole number from %3 to %4.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>--%1 is required. Use: %2</source>
        <translation>--%1 est obligatoire. Usage&#xa0;: %2</translation>
    </message>
    <message>
        <source>--columns “%1” must list column numbers from 1, separated by commas, e.g. 2,3,4.</source>
        <translation>--columns «&#xa0;%1&#xa0;» doit lister des numéros de colonne à partir de 1, séparés par des virgules, par ex. 2,3,4.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CSV file. Use: %1</source>
        <translation>Indiquez un seul fichier CSV. Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>--wave and --columns are required. Use: %1</source>
        <translation>--wave et --columns sont obligatoires. Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>--wave “%1” is not a wave id. candor-cli survey create-wave prints it.</source>
        <translation>--wave «&#xa0;%1&#xa0;» n&apos;est pas un id de vague. candor-cli survey create-wave l&apos;affiche.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, more than any survey export. Check the file.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo, plus que n&apos;importe quel export d&apos;enquête. Vérifiez le fichier.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Rien n&apos;a été importé depuis «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--columns lists %1 columns, but wave %2 asks %3 questions. List one column per question, in question order.</source>
        <translation>--columns liste %1 colonnes, mais la vague %2 pose %3 questions. Indiquez une colonne par question, dans l&apos;ordre des questions.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n problem(s). %2</source>
        <translation>
            <numerusform>Rien n&apos;a été importé depuis «&#xa0;%1&#xa0;»&#xa0;: %n problème. %2</numerusform>
            <numerusform>Rien n&apos;a été importé depuis «&#xa0;%1&#xa0;»&#xa0;: %n problèmes. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no answers below its header row; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune réponse sous sa ligne d&apos;en-tête&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into wave %1.</source>
        <translation>
            <numerusform>%n réponse importée dans la vague %1.</numerusform>
            <numerusform>%n réponses importées dans la vague %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>create-wave or import.</source>
        <translation>create-wave ou import.</translation>
    </message>
    <message>
        <source>create-wave: the team surveyed.</source>
        <translation>create-wave&#xa0;: l&apos;équipe interrogée.</translation>
    </message>
    <message>
        <source>create-wave: psych-safety, westrum, health-check or a custom instrument&apos;s key.</source>
        <translation>create-wave&#xa0;: psych-safety, westrum, health-check ou la clé d&apos;un questionnaire personnalisé.</translation>
    </message>
    <message>
        <source>create-wave: the day the wave opens.</source>
        <translation>create-wave&#xa0;: le jour d&apos;ouverture de la vague.</translation>
    </message>
    <message>
        <source>create-wave: the day it closes (optional).</source>
        <translation>create-wave&#xa0;: le jour de sa clôture (facultatif).</translation>
    </message>
    <message>
        <source>create-wave: how many people are invited.</source>
        <translation>create-wave&#xa0;: le nombre de personnes invitées.</translation>
    </message>
    <message>
        <source>create-wave: the anonymity threshold, 3 to 10 (default 5): no figure rests on fewer responses.</source>
        <translation>create-wave&#xa0;: le seuil d&apos;anonymat, de 3 à 10 (5 par défaut)&#xa0;: aucun chiffre ne repose sur moins de réponses.</translation>
    </message>
    <message>
        <source>create-wave: comments are shown from this many responses (default: k).</source>
        <translation>create-wave&#xa0;: les commentaires sont affichés à partir de ce nombre de réponses (par défaut&#xa0;: k).</translation>
    </message>
    <message>
        <source>create-wave: a title, e.g. &quot;Spring pulse&quot;.</source>
        <translation>create-wave&#xa0;: un titre, par ex. «&#xa0;Baromètre de printemps&#xa0;».</translation>
    </message>
    <message>
        <source>import: the wave&apos;s id.</source>
        <translation>import&#xa0;: l&apos;id de la vague.</translation>
    </message>
    <message>
        <source>import: the CSV column numbers (from 1) of the questions, in question order.</source>
        <translation>import&#xa0;: les numéros de colonne CSV (à partir de 1) des questions, dans l&apos;ordre des questions.</translation>
    </message>
    <message>
        <source>import: the CSV column number of a comment.</source>
        <translation>import&#xa0;: le numéro de colonne CSV d&apos;un commentaire.</translation>
    </message>
    <message>
        <source>create-wave takes no arguments, only options. Use: %1</source>
        <translation>create-wave ne prend aucun argument, seulement des options. Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use: candor-cli survey create-wave ... or candor-cli survey import .... Run: candor-cli survey --help</source>
        <translation>Usage&#xa0;: candor-cli survey create-wave ... ou candor-cli survey import .... Exécutez&#xa0;: candor-cli survey --help</translation>
    </message>
    <message>
        <source>Only this team, or this department with every team below it.</source>
        <translation>Uniquement cette équipe, ou ce département avec toutes les équipes qui en dépendent.</translation>
    </message>
    <message>
        <source>The whole organisation (the default).</source>
        <translation>Toute l&apos;organisation (par défaut).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: what the locale uses).</source>
        <translation>Format de papier&#xa0;: a4 ou letter (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>The survey insights report for HR as a PDF: for every instrument the trend charts of the teams and departments by quarter, a heatmap of teams by quarter, and a note on what was withheld and why. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld and carries no number.</source>
        <translation>Le rapport d&apos;analyse des enquêtes pour les RH, en PDF&#xa0;: pour chaque questionnaire, les graphiques de tendance des équipes et des départements par trimestre, une carte de chaleur des équipes par trimestre, et une note sur ce qui a été masqué et pourquoi. Un chiffre reposant sur moins de réponses que le seuil d&apos;anonymat de sa vague, ou qui permettrait de déduire un tel chiffre, est masqué et n&apos;affiche aucun nombre.</translation>
    </message>
    <message>
        <source>insights-report takes no arguments, only options. Run: candor-cli insights-report --help</source>
        <translation>insights-report ne prend aucun argument, seulement des options. Exécutez&#xa0;: candor-cli insights-report --help</translation>
    </message>
    <message>
        <source>Use either --team NAME or --all, not both.</source>
        <translation>Utilisez soit --team NAME, soit --all, pas les deux.</translation>
    </message>
    <message>
        <source>insights-report needs -o FILE.pdf: a PDF is not written to standard output.</source>
        <translation>insights-report exige -o FILE.pdf&#xa0;: un PDF n&apos;est pas écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or letter.</source>
        <translation>Format de page «&#xa0;%1&#xa0;» inconnu. Utilisez --page a4 ou letter.</translation>
    </message>
    <message>
        <source>Write the whole database as JSON: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments. Ids are kept; responses carry no id and no order. Times are ISO 8601 (UTC). docs/json-format.md describes the format. Load the file into a new database with: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>Écrire toute la base de données en JSON&#xa0;: équipes, membres, incidents, post-mortems et rétrospectives avec tout ce qui y est consigné, questionnaires d&apos;enquête, vagues, leurs réponses anonymes et leurs commentaires. Les id sont conservés&#xa0;; les réponses n&apos;ont ni id ni ordre. Les heures sont au format ISO 8601 (UTC). docs/json-format.md décrit le format. Chargez le fichier dans une nouvelle base de données avec&#xa0;: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.json. Run: candor-cli export --help</source>
        <translation>export ne prend aucun argument&#xa0;; nommez le fichier avec -o FILE.json. Exécutez&#xa0;: candor-cli export --help</translation>
    </message>
    <message>
        <source>A JSON export of Candor.</source>
        <translation>Un export JSON de Candor.</translation>
    </message>
    <message>
        <source>Load a JSON export (candor-cli export) into a new, empty database. The whole file is checked first and written in one transaction: a file with any problem changes nothing, and the message names the place in the file, such as $.incidents[12].severity. Files of up to 512 MB are read.</source>
        <translation>Charger un export JSON (candor-cli export) dans une nouvelle base de données vide. Tout le fichier est d&apos;abord vérifié puis écrit en une seule transaction&#xa0;: un fichier comportant le moindre problème ne modifie rien, et le message indique l&apos;emplacement dans le fichier, par ex. $.incidents[12].severity. Les fichiers jusqu&apos;à 512 Mo sont lus.</translation>
    </message>
    <message>
        <source>import needs one file: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>import demande un fichier&#xa0;: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>“%1” already holds data; an import would mix two organisations. Import into a new database: candor-cli --db NEW.sqlite import %2</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà des données&#xa0;; un import mélangerait deux organisations. Importez dans une nouvelle base de données&#xa0;: candor-cli --db NEW.sqlite import %2</translation>
    </message>
    <message>
        <source>Imported teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Importé — équipes&#xa0;: %1, membres&#xa0;: %2, incidents&#xa0;: %3, post-mortems et rétrospectives&#xa0;: %4, questionnaires d&apos;enquête&#xa0;: %5, vagues d&apos;enquête&#xa0;: %6, réponses&#xa0;: %7, commentaires&#xa0;: %8.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>teams, members, incidents or actions.</source>
        <translation>teams, members, incidents ou actions.</translation>
    </message>
    <message>
        <source>Only this team and its sub-teams (for actions: the owning team).</source>
        <translation>Uniquement cette équipe et ses sous-équipes (pour les actions&#xa0;: l&apos;équipe responsable).</translation>
    </message>
    <message>
        <source>actions only: only open items due before today.</source>
        <translation>actions uniquement&#xa0;: seulement les actions ouvertes dont l&apos;échéance est passée.</translation>
    </message>
    <message>
        <source>actions only: open, in-progress, done or dropped.</source>
        <translation>actions uniquement&#xa0;: open, in-progress, done ou dropped.</translation>
    </message>
    <message>
        <source>csv only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one.</source>
        <translation>csv uniquement&#xa0;: commencer par une marque d&apos;ordre des octets UTF-8, pour les tableurs qui en ont besoin.</translation>
    </message>
    <message>
        <source>List teams, members, incidents or the action items of every postmortem and retro. Times and dates are ISO 8601 (UTC) in CSV and JSON. Action items are listed overdue and soonest due first; their &quot;overdue&quot; column says whether an open item was due before today.</source>
        <translation>Lister les équipes, les membres, les incidents ou les actions de tous les post-mortems et rétrospectives. Les heures et les dates sont au format ISO 8601 (UTC) en CSV et JSON. Les actions sont listées en commençant par celles en retard puis par les échéances les plus proches&#xa0;; leur colonne &quot;overdue&quot; indique si une action ouverte était due avant aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Say what to list: candor-cli list teams|members|incidents|actions</source>
        <translation>Indiquez quoi lister&#xa0;: candor-cli list teams|members|incidents|actions</translation>
    </message>
    <message>
        <source>--bom applies only to --format csv.</source>
        <translation>--bom ne s&apos;applique qu&apos;à --format csv.</translation>
    </message>
    <message>
        <source>--overdue and --status apply only to: candor-cli list actions</source>
        <translation>--overdue et --status ne s&apos;appliquent qu&apos;à&#xa0;: candor-cli list actions</translation>
    </message>
    <message>
        <source>Unknown status “%1”. Use --status open, in-progress, done or dropped.</source>
        <translation>Statut «&#xa0;%1&#xa0;» inconnu. Utilisez --status open, in-progress, done ou dropped.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Le fichier de sauvegarde à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, safe while Candor is writing to it. FILE is complete or not written at all.</source>
        <translation>Écrire une copie cohérente de la base de données dans FILE, sans risque même pendant que Candor y écrit. FILE est complet ou n&apos;est pas écrit du tout.</translation>
    </message>
    <message>
        <source>backup takes one file name. Run: candor-cli backup --help</source>
        <translation>backup prend un seul nom de fichier. Exécutez&#xa0;: candor-cli backup --help</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Give the database to back up with --db PATH.</source>
        <translation>Il n&apos;y a pas de base de données à «&#xa0;%1&#xa0;». Indiquez la base de données à sauvegarder avec --db PATH.</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation>«&#xa0;%1&#xa0;» sauvegardée dans «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is checked first (a Candor database, intact, not from a newer Candor); the replaced database is kept in the backups folder beside it. Refused while Candor or another command has the database open.</source>
        <translation>Remplacer la base de données par une sauvegarde. La sauvegarde est d&apos;abord vérifiée (une base de données Candor, intacte, qui ne provient pas d&apos;une version plus récente de Candor)&#xa0;; la base de données remplacée est conservée dans le dossier des sauvegardes situé à côté. Refusé tant que Candor ou une autre commande a la base de données ouverte.</translation>
    </message>
    <message>
        <source>restore takes one backup file. Run: candor-cli restore --help</source>
        <translation>restore prend un seul fichier de sauvegarde. Exécutez&#xa0;: candor-cli restore --help</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Give the backup to restore.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données elle-même. Indiquez la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» restaurée, mais la base de données ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2 The replaced database is in “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» restaurée, mais la base de données ne peut pas être ouverte&#xa0;: %2 La base de données remplacée se trouve dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Restored “%1” into “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» restaurée dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>La base de données remplacée est conservée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The backup had schema version %1; it was updated to %2 (the backups folder holds a copy from before the update).</source>
        <translation>La sauvegarde avait la version de schéma %1&#xa0;; elle a été mise à jour vers la version %2 (le dossier des sauvegardes contient une copie d&apos;avant la mise à jour).</translation>
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
        <translation>Afficher le dossier complet du post-mortem d&apos;un incident&#xa0;: animateur, participants, chaque phase et sa clôture, le journal des phases, la chronologie, les facteurs contributifs, les enseignements, les actions et, dès qu&apos;au moins 3 personnes ont répondu, le bilan de clôture sous forme de moyenne.

--format md (par défaut) affiche le rapport de post-mortem en CommonMark, comme candor-cli report INCIDENT_ID --format md, avec les heures en heure locale. --format json affiche un objet avec les heures en ISO 8601 UTC, les dates au format YYYY-MM-DD, et null là où une valeur est inconnue&#xa0;:
  session_id, title, team, facilitator, facilitator_conflict_accepted, created, summary
  phase: opening|timeline|factors|actions|closing|finished
  incident: {id, title, severity (SEV1..SEV4), status (open|mitigated|resolved), service, started,
    detected, mitigated, resolved}
  participants: [{name, role}]
  phases: [{phase, state (agreed|skipped|current|not-reached), started, agreed, agreed_by, skip_reason}]
  phase_log: [{at, phase, what (agreed|skipped|reopened), who, reason}]
  timeline: [{id, time, kind (detection|diagnosis|repair|key-moment|communication|other), text}]
  factors: [{id, category (people|process|technology|environment|organisation), text,
    events: [{id, time}]}], dans l&apos;ordre des catégories
  learnings: {went-well: [text], lucky: [text], learned: [text], question: [text]}
  actions: [{id, kind (prevent|detect-sooner|mitigate-faster|respond-better|learn-and-share), text,
    owner_team, owner_person, due, status (open|in-progress|done|dropped), overdue, done, factor_id,
    factor}]
  closing_check: {shown, minimum_answers, et quand il est affiché&#xa0;: answers, mean}</translation>
    </message>
    <message>
        <source>The action: show.</source>
        <translation>L&apos;action&#xa0;: show.</translation>
    </message>
    <message>
        <source>md (Markdown, the default) or json.</source>
        <translation>md (Markdown, par défaut) ou json.</translation>
    </message>
    <message>
        <source>Use: candor-cli postmortem show INCIDENT_ID [--format md|json]</source>
        <translation>Usage&#xa0;: candor-cli postmortem show INCIDENT_ID [--format md|json]</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu. Utilisez --format md ou json.</translation>
    </message>
    <message>
        <source>small (about 120 incidents) or large (50,000).</source>
        <translation>small (environ 120 incidents) ou large (50&#xa0;000).</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same data.</source>
        <translation>Graine du générateur&#xa0;; la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo organisation: departments, teams, members, incidents, postmortems and a team retro with their action items, and five years of quarterly survey waves.</source>
        <translation>Remplir une base de données vide avec une organisation de démonstration réaliste&#xa0;: départements, équipes, membres, incidents, post-mortems et une rétrospective d&apos;équipe avec leurs actions, et cinq ans de vagues d&apos;enquête trimestrielles.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --scale and --seed. Run: candor-cli demo --help</source>
        <translation>demo ne prend aucun argument, seulement --scale et --seed. Exécutez&#xa0;: candor-cli demo --help</translation>
    </message>
    <message>
        <source>Unknown scale “%1”. Use --scale small or --scale large.</source>
        <translation>Échelle «&#xa0;%1&#xa0;» inconnue. Utilisez --scale small ou --scale large.</translation>
    </message>
    <message>
        <source>The seed “%1” is not a whole number from 0 to 4294967295.</source>
        <translation>La graine «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>Created %1 departments, %2 teams in all, %3 members and %4 incidents in %5 s.</source>
        <translation>%1 départements, %2 équipes au total, %3 membres et %4 incidents créés en %5 s.</translation>
    </message>
    <message>
        <source>Postmortems: %1 (finished and in progress). Team retros: %2.</source>
        <translation>Post-mortems&#xa0;: %1 (terminés et en cours). Rétrospectives d&apos;équipe&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Survey waves: %1, with %2 answers.</source>
        <translation>Vagues d&apos;enquête&#xa0;: %1, avec %2 réponses.</translation>
    </message>
    <message>
        <source>Every team and department (the default).</source>
        <translation>Toutes les équipes et tous les départements (par défaut).</translation>
    </message>
    <message>
        <source>Only this instrument: psych-safety, westrum, health-check or a custom key.</source>
        <translation>Uniquement ce questionnaire&#xa0;: psych-safety, westrum, health-check ou une clé personnalisée.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Survey trends: one row per team and per department rollup, per instrument and quarter. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld: its row says suppressed and has no numbers.</source>
        <translation>Tendances des enquêtes&#xa0;: une ligne par équipe et par agrégat de département, par questionnaire et par trimestre. Un chiffre reposant sur moins de réponses que le seuil d&apos;anonymat de sa vague, ou qui permettrait de déduire un tel chiffre, est masqué&#xa0;: sa ligne indique suppressed et ne contient aucun nombre.</translation>
    </message>
    <message>
        <source>trends takes no arguments, only options. Run: candor-cli trends --help</source>
        <translation>trends ne prend aucun argument, seulement des options. Exécutez&#xa0;: candor-cli trends --help</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format csv or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu. Utilisez --format csv ou json.</translation>
    </message>
    <message>
        <source>Messages in the language CODE: en, de, fr or es.</source>
        <translation>Messages dans la langue CODE&#xa0;: en, de, fr ou es.</translation>
    </message>
    <message>
        <source>--lang needs a language code: candor-cli --lang de COMMAND</source>
        <translation>--lang demande un code de langue&#xa0;: candor-cli --lang de COMMAND</translation>
    </message>
    <message>
        <source>Survey waves. Usage:
  %1
  %2
The CSV file has a header row; answers are numbers or the scale&apos;s labels in English, German, French or Spanish. Nothing is imported unless every row is clean.</source>
        <translation>Vagues d&apos;enquête. Usage&#xa0;:
  %1
  %2
Le fichier CSV a une ligne d&apos;en-tête&#xa0;; les réponses sont des nombres ou les libellés de l&apos;échelle en anglais, allemand, français ou espagnol. Rien n&apos;est importé tant que chaque ligne n&apos;est pas correcte.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the PostgreSQL database at a postgresql://USER@HOST:PORT/NAME URL.</source>
        <translation>Utiliser le fichier de base de données PATH, ou la base PostgreSQL d&apos;une URL postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot list the tables of “%1”: %2</source>
        <translation>Impossible de lister les tables de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of table %1 in %2: %3</source>
        <translation>Impossible de compter les lignes de la table %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The Candor database file to copy (it is not changed).</source>
        <translation>Le fichier de base de données Candor à copier (il n&apos;est pas modifié).</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database to copy into, as postgresql://USER@HOST:PORT/NAME. The password comes from PGPASSWORD or ~/.pgpass, or is asked for at a terminal; never put it in the URL.</source>
        <translation>La base de données PostgreSQL vide dans laquelle copier, sous la forme postgresql://USER@HOST:PORT/NAME. Le mot de passe provient de PGPASSWORD ou de ~/.pgpass, ou est demandé dans un terminal&#xa0;; ne le mettez jamais dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Copy a Candor database file into an empty database on a shared PostgreSQL server: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments, with their ids. The copy is written in one transaction, then the rows of every table are counted on both sides; any difference is exit code 1. The file is not changed; one from an older Candor is updated in a temporary copy.</source>
        <translation>Copier un fichier de base de données Candor dans une base de données vide sur un serveur PostgreSQL partagé&#xa0;: équipes, membres, incidents, post-mortems et rétrospectives avec tout ce qui y est consigné, questionnaires d&apos;enquête, vagues, leurs réponses anonymes et leurs commentaires, avec leurs id. La copie est écrite en une seule transaction, puis les lignes de chaque table sont comptées des deux côtés&#xa0;; toute différence donne le code de sortie 1. Le fichier n&apos;est pas modifié&#xa0;; celui d&apos;une version antérieure de Candor est mis à jour dans une copie temporaire.</translation>
    </message>
    <message>
        <source>migrate takes no arguments; name the database file with --from and the server with --to. Run: candor-cli migrate --help</source>
        <translation>migrate ne prend aucun argument&#xa0;; indiquez le fichier de base de données avec --from et le serveur avec --to. Exécutez&#xa0;: candor-cli migrate --help</translation>
    </message>
    <message>
        <source>migrate does not take --db: name the database file with --from FILE and the server with --to URL.</source>
        <translation>migrate n&apos;accepte pas --db&#xa0;: indiquez le fichier de base de données avec --from FILE et le serveur avec --to URL.</translation>
    </message>
    <message>
        <source>migrate needs both --from and --to: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</source>
        <translation>migrate exige à la fois --from et --to&#xa0;: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</translation>
    </message>
    <message>
        <source>--from takes the path of a Candor database file, not a server URL. Give the file with --from and the server with --to.</source>
        <translation>--from attend le chemin d&apos;un fichier de base de données Candor, pas l&apos;URL d&apos;un serveur. Indiquez le fichier avec --from et le serveur avec --to.</translation>
    </message>
    <message>
        <source>“%1” is given as both --from and --to. Give the server database to copy into with --to postgresql://USER@HOST:PORT/NAME.</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué à la fois pour --from et pour --to. Indiquez la base de données du serveur dans laquelle copier avec --to postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>--to takes the URL of a PostgreSQL database, such as postgresql://USER@HOST:5432/NAME, not “%1”. To copy a database file, use: candor-cli backup FILE</source>
        <translation>--to attend l&apos;URL d&apos;une base de données PostgreSQL, par exemple postgresql://USER@HOST:5432/NAME, et non «&#xa0;%1&#xa0;». Pour copier un fichier de base de données, utilisez&#xa0;: candor-cli backup FILE</translation>
    </message>
    <message>
        <source>There is no database file at “%1”. Give the Candor database to copy with --from FILE.</source>
        <translation>Il n&apos;y a aucun fichier de base de données à l&apos;emplacement «&#xa0;%1&#xa0;». Indiquez la base de données Candor à copier avec --from FILE.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Candor database. Give the Candor database to copy with --from FILE.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: ce n&apos;est pas une base de données Candor. Indiquez la base de données Candor à copier avec --from FILE.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data. Give the Candor database to copy with --from FILE.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune donnée Candor. Indiquez la base de données Candor à copier avec --from FILE.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to update a copy of “%1”: %2</source>
        <translation>Impossible de créer un dossier temporaire pour mettre à jour une copie de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to update it: %2</source>
        <translation>Impossible de copier «&#xa0;%1&#xa0;» pour le mettre à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot bring a copy of “%1” from schema version %2 to %3: %4</source>
        <translation>Impossible de faire passer une copie de «&#xa0;%1&#xa0;» de la version de schéma %2 à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 already holds data; migrate copies into an empty database only. Create a new database on the server (CREATE DATABASE name) and give its URL with --to.</source>
        <translation>%1 contient déjà des données&#xa0;; migrate ne copie que dans une base de données vide. Créez une nouvelle base de données sur le serveur (CREATE DATABASE name) et indiquez son URL avec --to.</translation>
    </message>
    <message>
        <source>“%1” changed while it was read. Quit Candor (or anything else writing to the file) and run migrate again; nothing was copied.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié pendant sa lecture. Quittez Candor (ou tout autre programme qui écrit dans le fichier) et relancez migrate&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The data was copied, but it could not be checked: %1</source>
        <translation>Les données ont été copiées, mais n&apos;ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy is not complete: table %1 holds %2 rows in “%3” but %4 in %5. Drop that database and create it again before you run migrate again.</source>
        <translation>La copie est incomplète&#xa0;: la table %1 contient %2 lignes dans «&#xa0;%3&#xa0;» mais %4 dans %5. Supprimez cette base de données et recréez-la avant de relancer migrate.</translation>
    </message>
    <message>
        <source>Copied “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» copié vers %2.</translation>
    </message>
    <message>
        <source>Teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Équipes&#xa0;: %1, membres&#xa0;: %2, incidents&#xa0;: %3, post-mortems et rétrospectives&#xa0;: %4, questionnaires d&apos;enquête&#xa0;: %5, vagues d&apos;enquête&#xa0;: %6, réponses&#xa0;: %7, commentaires&#xa0;: %8.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: each of the %Ln tables holds the same number of rows on both sides.</source>
        <translation>
            <numerusform>Vérifié&#xa0;: %Ln table contient le même nombre de lignes des deux côtés.</numerusform>
            <numerusform>Vérifié&#xa0;: chacune des %Ln tables contient le même nombre de lignes des deux côtés.</numerusform>
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
        <translation>Usage&#xa0;: candor-cli [--db PATH] [--lang CODE] COMMAND [options]

L&apos;outil en ligne de commande de Candor. Chaque commande accepte --db PATH&#xa0;; sans cette option, Candor utilise CANDOR_DB, ou sa base de données par défaut. --lang CODE (en, de, fr ou es) choisit la langue des messages&#xa0;; sans cette option, Candor utilise celle du système.

Commandes&#xa0;:
  demo [--scale small|large] [--seed N]      remplir une base de données vide avec une organisation
                                             de démonstration et ses post-mortems
  team add NAME [--parent NAME]              ajouter une équipe (ou la sous-équipe d&apos;un département)
  member add NAME --team NAME [--role TEXT] [--manager]
                                             ajouter un membre à une équipe
  list teams|members|incidents [--team NAME] [--format table|csv|json] [--bom] [-o FILE]
                                             lister des données
  list actions [--team NAME] [--overdue] [--status open|in-progress|done|dropped]
               [--format table|csv|json] [--bom] [-o FILE]
                                             lister les actions de toutes les séances
  postmortem show INCIDENT_ID [--format md|json]
                                             afficher le dossier complet du post-mortem d&apos;un incident
  survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD]
                     [--invited N] [--k N]   lancer une vague d&apos;enquête&#xa0;; affiche son id
  survey import --wave ID --columns LIST [--comment-column N] FILE.csv
                                             importer les réponses d&apos;un outil de formulaires (tout ou rien)
  trends [--team NAME | --all] [--instrument KEY] [--format csv|json] [--bom] [-o FILE]
                                             tendances des enquêtes par équipe, département et trimestre,
                                             petits groupes masqués
  search TEXT [--team NAME] [--limit N] [--format table|csv|json] [-o FILE]
                                             trouver des incidents par les mots de leurs titres, résumés,
                                             chronologies et facteurs contributifs
  report INCIDENT_ID --format md|html|pdf [--page a4|letter] -o FILE
                                             le rapport de post-mortem d&apos;un incident
  insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf
                                             tendances des enquêtes pour les RH en PDF, petits groupes masqués
  export -o FILE.json                        toute la base de données en JSON (docs/json-format.md)
  import FILE.json                           charger un export JSON dans une base de données vide
  backup FILE                                une copie cohérente de la base de données, sûre même pendant
                                             que Candor écrit
  restore FILE                               remplacer la base de données par une sauvegarde (la base
                                             remplacée est elle aussi conservée comme sauvegarde)
  migrate --from FILE.sqlite --to URL        copier un fichier de base de données dans une base
                                             PostgreSQL vide (URL&#xa0;: postgresql://USER@HOST:PORT/NAME)
  check                                      vérifier l&apos;intégrité et la version de schéma

Options&#xa0;:
  -h, --help       afficher cette aide, ou l&apos;aide d&apos;une commande après son nom
  -v, --version    afficher la version

Codes de sortie&#xa0;: 0 succès, 1 la commande a échoué ou a trouvé des problèmes, 2 la base de données ne peut pas être ouverte, 64 la ligne de commande est incorrecte.
</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Keep theirs to leave what is stored now, or write yours over theirs to replace it.</source>
        <translation>Gardez leur version pour conserver ce qui est enregistré maintenant, ou écrasez-la avec la vôtre pour la remplacer.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <source>Write mine over theirs</source>
        <translation>Écraser avec la mienne</translation>
    </message>
    <message>
        <source>Changed on another desktop</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <source>Deleted on another desktop</source>
        <translation>Supprimé sur un autre poste</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The URL contains a password. Leave it out: give the password in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>L&apos;URL contient un mot de passe. Retirez-le&#xa0;: indiquez le mot de passe dans la variable d&apos;environnement PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>A PostgreSQL location starts with postgresql://, as in postgresql://host/database.</source>
        <translation>Un emplacement PostgreSQL commence par postgresql://, par exemple postgresql://serveur/base.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL URL: %1.</source>
        <translation>Ce n&apos;est pas une URL PostgreSQL valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The URL ends with a fragment (“#…”), which PostgreSQL does not use. Leave it out.</source>
        <translation>L&apos;URL se termine par un fragment («&#xa0;#…&#xa0;»), que PostgreSQL n&apos;utilise pas. Retirez-le.</translation>
    </message>
    <message>
        <source>The URL names no database. Add its name after the host, as in postgresql://host/candor.</source>
        <translation>L&apos;URL ne nomme aucune base de données. Ajoutez son nom après le serveur, par exemple postgresql://serveur/candor.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the URL. Candor knows these: %2.</source>
        <translation>Option «&#xa0;%1&#xa0;» inconnue dans l&apos;URL. Candor connaît celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the URL.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» figure deux fois dans l&apos;URL.</translation>
    </message>
    <message>
        <source>The option “%1” in the URL has no value.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» de l&apos;URL n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The value of the option “%1” cannot contain a semicolon.</source>
        <translation>La valeur de l&apos;option «&#xa0;%1&#xa0;» ne peut pas contenir de point-virgule.</translation>
    </message>
    <message>
        <source>The sslmode “%1” is unknown. Use one of: %2.</source>
        <translation>Le sslmode «&#xa0;%1&#xa0;» est inconnu. Utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connect_timeout “%1” is not a number of seconds.</source>
        <translation>Le connect_timeout «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>The database holds an unexpected value in table %1, row %2, column %3: “%4”. Run candor-cli check, or restore a backup.</source>
        <translation>La base de données contient une valeur inattendue dans la table %1, ligne %2, colonne %3&#xa0;: «&#xa0;%4&#xa0;». Exécutez candor-cli check, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>objet attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2.</source>
        <translation>champ %1 inconnu&#xa0;; les champs possibles ici sont %2.</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>ce champ obligatoire est absent.</translation>
    </message>
    <message>
        <source>expected text, found %1.</source>
        <translation>texte attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>true ou false attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>nombre entier de %1 à %2 attendu, %3 trouvé.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found %1.</source>
        <translation>nombre supérieur ou égal à 0 attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1) or null, found %2.</source>
        <translation>id (nombre entier de 1 à %1) ou null attendu, %2 trouvé.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1), found %2.</source>
        <translation>id (nombre entier de 1 à %1) attendu, %2 trouvé.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, or null, found %1.</source>
        <translation>heure ISO 8601 avec son décalage par rapport à UTC, comme &quot;2024-03-01T09:30:00Z&quot;, ou null attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, found %1.</source>
        <translation>heure ISO 8601 avec son décalage par rapport à UTC, comme &quot;2024-03-01T09:30:00Z&quot;, attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot; or null, found %1.</source>
        <translation>date comme &quot;2024-03-01&quot; ou null attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot;, found %1.</source>
        <translation>date comme &quot;2024-03-01&quot; attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>tableau attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>the id %1 is used twice (also at %2); ids are unique.</source>
        <translation>l&apos;id %1 est utilisé deux fois (aussi à %2)&#xa0;; les id sont uniques.</translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;: &quot;%1&quot;, found an array; this is not a Candor export.</source>
        <translation>objet avec &quot;format&quot;: &quot;%1&quot; attendu, tableau trouvé&#xa0;; ce n&apos;est pas un export Candor.</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;; this is not a Candor export.</source>
        <translation>%1 n&apos;est pas &quot;%2&quot;&#xa0;; ce n&apos;est pas un export Candor.</translation>
    </message>
    <message>
        <source>the file is format version %1, written by a newer Candor; this Candor reads format version %2 and older. Update Candor to import it.</source>
        <translation>le fichier est en version de format %1, écrite par une version plus récente de Candor&#xa0;; cette version de Candor lit la version de format %2 et les précédentes. Mettez Candor à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>there is no team with id %1 in $.teams.</source>
        <translation>aucune équipe avec l&apos;id %1 dans $.teams.</translation>
    </message>
    <message>
        <source>there is no member with id %1 in $.members.</source>
        <translation>aucun membre avec l&apos;id %1 dans $.members.</translation>
    </message>
    <message>
        <source>%1 is also the name of $.teams[%2]; team names are unique.</source>
        <translation>%1 est aussi le nom de $.teams[%2]&#xa0;; les noms d&apos;équipe sont uniques.</translation>
    </message>
    <message>
        <source>the team %1 would be its own department (its parents form a circle).</source>
        <translation>l&apos;équipe %1 serait son propre département (ses parents forment un cycle).</translation>
    </message>
    <message>
        <source>a postmortem needs its incident&apos;s id.</source>
        <translation>un post-mortem a besoin de l&apos;id de son incident.</translation>
    </message>
    <message>
        <source>a retro has no incident; expected null.</source>
        <translation>une rétrospective n&apos;a pas d&apos;incident&#xa0;; null attendu.</translation>
    </message>
    <message>
        <source>there is no incident with id %1 in $.incidents.</source>
        <translation>aucun incident avec l&apos;id %1 dans $.incidents.</translation>
    </message>
    <message>
        <source>the incident %1 already has its postmortem at $.sessions[%2]; an incident has at most one.</source>
        <translation>l&apos;incident %1 a déjà son post-mortem à $.sessions[%2]&#xa0;; un incident en a au plus un.</translation>
    </message>
    <message>
        <source>the phase %1 is recorded twice.</source>
        <translation>la phase %1 est enregistrée deux fois.</translation>
    </message>
    <message>
        <source>there is no participant with id %1 in this session&apos;s participants.</source>
        <translation>aucun participant avec l&apos;id %1 parmi les participants de cette séance.</translation>
    </message>
    <message>
        <source>there is no event with id %1 in this session&apos;s timeline.</source>
        <translation>aucun événement avec l&apos;id %1 dans la chronologie de cette séance.</translation>
    </message>
    <message>
        <source>the event %1 is listed twice.</source>
        <translation>l&apos;événement %1 est listé deux fois.</translation>
    </message>
    <message>
        <source>there is no factor with id %1 in this session&apos;s factors.</source>
        <translation>aucun facteur avec l&apos;id %1 parmi les facteurs de cette séance.</translation>
    </message>
    <message>
        <source>the %1 check&apos;s count of answer %2 is given twice.</source>
        <translation>le nombre de réponses %2 du bilan %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>the draft of %1 is given twice.</source>
        <translation>le brouillon de %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>version %1 of %2 is also $.survey_instruments[%3]; each version of an instrument is listed once.</source>
        <translation>la version %1 de %2 est aussi $.survey_instruments[%3]&#xa0;; chaque version d&apos;un questionnaire n&apos;est listée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>an instrument asks at least one question.</source>
        <translation>un questionnaire pose au moins une question.</translation>
    </message>
    <message>
        <source>there is no instrument with id %1 in $.survey_instruments.</source>
        <translation>aucun questionnaire avec l&apos;id %1 dans $.survey_instruments.</translation>
    </message>
    <message>
        <source>the wave closes before it opens (%1).</source>
        <translation>la vague se clôt avant de s&apos;ouvrir (%1).</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, each with an optional trend mark +, = or -, such as &quot;3+ 2= 1&quot;</source>
        <translation>réponses de 1 à %1 séparées par des espaces simples, chacune avec une marque de tendance facultative +, = ou -, comme &quot;3+ 2= 1&quot;</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, such as &quot;3 2 1&quot;</source>
        <translation>réponses de 1 à %1 séparées par des espaces simples, comme &quot;3 2 1&quot;</translation>
    </message>
    <message>
        <source>expected a string of %1, found %2.</source>
        <translation>chaîne de %1 attendue, %2 trouvé.</translation>
    </message>
    <message>
        <source>%1 does not read as %2 (answer %3).</source>
        <translation>%1 ne se lit pas comme %2 (réponse %3).</translation>
    </message>
    <message numerus="yes">
        <source>the response %1 has %n answer(s), but the instrument has %2 statements.</source>
        <translation>
            <numerusform>la réponse %1 comporte %n valeur, mais le questionnaire a %2 énoncés.</numerusform>
            <numerusform>la réponse %1 comporte %n valeurs, mais le questionnaire a %2 énoncés.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more, found %1.</source>
        <translation>nombre entier supérieur ou égal à 0 attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>%1 does not match the responses, which give %2.</source>
        <translation>%1 ne correspond pas aux réponses, qui donnent %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing the responses of %1 failed: %2</source>
        <translation>L&apos;écriture des réponses de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the comments of %1</source>
        <translation>les commentaires de %1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; import needs version %2. Open it with this Candor first.</source>
        <translation>La base de données a la version de schéma %1&#xa0;; l&apos;import exige la version %2. Ouvrez-la d&apos;abord avec cette version de Candor.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (byte %3): %4.</source>
        <translation>Erreur de syntaxe JSON à la ligne %1, colonne %2 (octet %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Impossible de commencer l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database already holds data, and an import would mix two organisations. Import into a new, empty database.</source>
        <translation>La base de données contient déjà des données, et un import mélangerait deux organisations. Importez dans une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Give the path of a JSON export.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas. Indiquez le chemin d&apos;un export JSON.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the path of a JSON export.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Indiquez le chemin d&apos;un export JSON.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Candor imports files of up to %3 MB. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#xa0;; Candor importe les fichiers jusqu&apos;à %3 Mo. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is damaged (the integrity check failed). Restore it from a backup; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (le contrôle d&apos;intégrité a échoué). Restaurez-le à partir d&apos;une sauvegarde&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not a SQLite file, or it is damaged). Choose another file or restore a backup.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Candor (ce n&apos;est pas un fichier SQLite, ou il est endommagé). Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is in use: another program has kept it locked for more than %2 seconds. Close the other program (or the other Candor) that has it open, then try again; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours d&apos;utilisation&#xa0;: un autre programme le verrouille depuis plus de %2 secondes. Fermez l&apos;autre programme (ou l&apos;autre Candor) qui l&apos;a ouvert, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full, or the file size limit of this process is reached (SQLite needs room for its journal beside the file). Free some space or raise the limit, then try again; nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: le disque est plein, ou la taille de fichier maximale de ce processus est atteinte (SQLite a besoin de place pour son journal à côté du fichier). Libérez de l&apos;espace ou relevez la limite, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), though there are backups of it in “%2”: its content was lost, perhaps in a copy or a save that was cut off. Restore the latest backup; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet), alors qu&apos;il en existe des sauvegardes dans «&#xa0;%2&#xa0;»&#xa0;: son contenu a été perdu, peut-être lors d&apos;une copie ou d&apos;un enregistrement interrompu. Restaurez la dernière sauvegarde&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it ends inside its header, after %2 bytes. Restore it from a backup; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: il se termine au milieu de son en-tête, après %2 octets. Restaurez-le à partir d&apos;une sauvegarde&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it holds %2 bytes, but its header describes %3. The end of the database is lost, perhaps to a full disk or an interrupted copy. Restore it from a backup; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: il contient %2 octets, mais son en-tête en annonce %3. La fin de la base de données est perdue, peut-être à cause d&apos;un disque plein ou d&apos;une copie interrompue. Restaurez-le à partir d&apos;une sauvegarde&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Give the path of a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données. Indiquez le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Candor saves every change at once, so make the file writable or open a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule. Candor enregistre chaque modification immédiatement&#xa0;: rendez le fichier modifiable ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another path.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only; Candor needs to write its journal there. Choose a writable folder.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est en lecture seule&#xa0;; Candor doit pouvoir y écrire son journal. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not Candor&apos;s. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données d&apos;un autre programme, pas de Candor. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to open it; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Candor (version de schéma %2&#xa0;; cette version de Candor gère jusqu&apos;à la version %3). Mettez Candor à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>Impossible de configurer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No database path was given. Give the path of a database file.</source>
        <translation>Aucun chemin de base de données indiqué. Indiquez le chemin d&apos;un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Candor did not update “%1” to this version, because the backup it takes first failed: %2 The file was not changed.</source>
        <translation>Candor n&apos;a pas mis «&#xa0;%1&#xa0;» à jour vers cette version, car la sauvegarde préalable a échoué&#xa0;: %2 Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Table %1, la ligne %2 fait référence à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not Candor&apos;s. Give Candor an empty database of its own.</source>
        <translation>%1 contient les tables d&apos;un autre programme, pas celles de Candor. Donnez à Candor une base de données vide qui lui soit propre.</translation>
    </message>
    <message>
        <source>The server %1 refused the password of user “%2”. Set PGPASSWORD or add the password to ~/.pgpass, then try again.</source>
        <translation>Le serveur %1 a refusé le mot de passe de l&apos;utilisateur «&#xa0;%2&#xa0;». Définissez PGPASSWORD ou ajoutez le mot de passe à ~/.pgpass, puis réessayez.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the name in %2, or ask the server&apos;s administrator to create it.</source>
        <translation>Le serveur n&apos;a pas de base de données «&#xa0;%1&#xa0;». Vérifiez le nom dans %2, ou demandez à l&apos;administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1, port %2 (%3). Check the address and that the server is running, then try again.</source>
        <translation>Impossible de joindre le serveur PostgreSQL sur %1, port %2 (%3). Vérifiez l&apos;adresse et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This Candor cannot connect to PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the Debian package libqt6sql6-psql.</source>
        <translation>Ce Candor ne peut pas se connecter à PostgreSQL&#xa0;: le pilote PostgreSQL de Qt manque. Installez le paquet Debian libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>There is no server connection to restore.</source>
        <translation>Il n&apos;y a aucune connexion au serveur à rétablir.</translation>
    </message>
</context>
<context>
    <name>DemoOrganisation</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database. Use --db with a new file.</source>
        <translation>La base de données contient déjà des données&#xa0;; les données de démonstration ne vont que dans une base vide. Utilisez --db avec un nouveau fichier.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Fait partie de %1</translation>
    </message>
</context>
<context>
    <name>DemoPostmortems</name>
    <message>
        <source>A demo session did not reach its end.</source>
        <translation>Une séance de démonstration n&apos;est pas allée jusqu&apos;au bout.</translation>
    </message>
</context>
<context>
    <name>DemoSurveys</name>
    <message>
        <source>%1 pulse</source>
        <translation>Baromètre %1</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>severity code and how many incidents had it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>incident count (counts by severity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>médiane %1</translation>
    </message>
    <message>
        <source>Time to detect (MTTD)</source>
        <translation>Délai de détection (MTTD)</translation>
    </message>
    <message>
        <source>no detection time known yet</source>
        <translation>aucune heure de détection connue pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a detection time, not counted</source>
        <translation>
            <numerusform>%Ln sans heure de détection, non compté</numerusform>
            <numerusform>%Ln sans heure de détection, non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Délai de résolution (MTTR)</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>aucun résolu pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not resolved yet, not counted</source>
        <translation>
            <numerusform>%Ln pas encore résolu, non compté</numerusform>
            <numerusform>%Ln pas encore résolus, non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Time between incidents (MTBF)</source>
        <translation>Temps entre incidents (MTBF)</translation>
    </message>
    <message>
        <source>needs at least two incidents</source>
        <translation>il faut au moins deux incidents</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Completed postmortems</source>
        <translation>Post-mortems terminés</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <comment>completed postmortems of incidents (share)</comment>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <comment>action item counts (of the total)</comment>
        <translation>%1 (sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done on time</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln terminée dans les délais</numerusform>
            <numerusform>%Ln terminées dans les délais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done late</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln terminée en retard</numerusform>
            <numerusform>%Ln terminées en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, not due yet</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln ouverte, pas encore échue</numerusform>
            <numerusform>%Ln ouvertes, pas encore échues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln abandonnée</numerusform>
            <numerusform>%Ln abandonnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>SEV1: critical, customers broadly affected</source>
        <translation>SEV1&#xa0;: critique, clients largement touchés</translation>
    </message>
    <message>
        <source>SEV2: major, a key function degraded</source>
        <translation>SEV2&#xa0;: majeur, une fonction clé dégradée</translation>
    </message>
    <message>
        <source>SEV3: minor, limited impact</source>
        <translation>SEV3&#xa0;: mineur, impact limité</translation>
    </message>
    <message>
        <source>SEV4: low, no customer impact</source>
        <translation>SEV4&#xa0;: faible, aucun impact client</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>incident status</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <comment>incident status</comment>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>InsightsReport</name>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (échelle en %2 points)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>chart heading, part, parts</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 with all its teams</source>
        <translation>%1 avec toutes ses équipes</translation>
    </message>
    <message>
        <source>Departments (each with all its teams) and teams of their own</source>
        <translation>Départements (chacun avec toutes ses équipes) et équipes autonomes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>The teams of %1</source>
        <translation>Les équipes de %1</translation>
    </message>
    <message>
        <source>With this many teams the teams are not charted one by one: the heatmap below compares them. A report of one department charts its teams.</source>
        <translation>Avec autant d&apos;équipes, celles-ci ne sont pas représentées une par une&#xa0;: la carte de chaleur ci-dessous les compare. Un rapport portant sur un seul département représente ses équipes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>k = %1: a figure is shown only when at least %1 people answered. k is the anonymity threshold, fixed for each survey wave when it was created.</source>
        <translation>k = %1&#xa0;: un chiffre n&apos;est affiché que si au moins %1 personnes ont répondu. k est le seuil d&apos;anonymat, fixé pour chaque vague d&apos;enquête lors de sa création.</translation>
    </message>
    <message>
        <source>k = %1 to %2, fixed for each survey wave when it was created: a figure is shown only when at least k people answered, where k is the strictest threshold among the waves behind it.</source>
        <translation>k = %1 à %2, fixé pour chaque vague d&apos;enquête lors de sa création&#xa0;: un chiffre n&apos;est affiché que si au moins k personnes ont répondu, k étant le seuil le plus strict parmi les vagues sur lesquelles il repose.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln équipe</numerusform>
            <numerusform>%Ln équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole organisation: %1.</source>
        <translation>Toute l&apos;organisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The whole organisation: %1 and %2.</source>
        <comment>departments, teams</comment>
        <translation>Toute l&apos;organisation&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln département</numerusform>
            <numerusform>%Ln départements</numerusform>
        </translation>
    </message>
    <message>
        <source> (part of %1)</source>
        <comment>after a team&apos;s name</comment>
        <translation> (fait partie de %1)</translation>
    </message>
    <message>
        <source>%1%2.</source>
        <comment>team, where it belongs</comment>
        <translation>%1%2.</translation>
    </message>
    <message>
        <source>%1%2 with the teams below it: %3.</source>
        <comment>team, where it belongs, its teams</comment>
        <translation>%1%2 avec les équipes qui en dépendent&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Survey insights</source>
        <translation>Analyses des enquêtes</translation>
    </message>
    <message>
        <source>Team psychological safety and health by quarter, for HR</source>
        <translation>Sécurité psychologique et santé des équipes par trimestre, pour les RH</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Comment lire ce rapport</translation>
    </message>
    <message>
        <source>Each figure is the mean score of a group&apos;s answers in one calendar quarter: a team&apos;s own survey waves, or a department&apos;s together with all the teams below it. Scores run from 1, the least favourable answer, to the top of the instrument&apos;s scale; negatively worded statements are turned round before they count. No single person&apos;s answer appears anywhere in this report.</source>
        <translation>Chaque chiffre est le score moyen des réponses d&apos;un groupe sur un trimestre civil&#xa0;: les vagues d&apos;enquête propres à une équipe, ou celles d&apos;un département avec toutes les équipes qui en dépendent. Les scores vont de 1, la réponse la moins favorable, au haut de l&apos;échelle du questionnaire&#xa0;; les énoncés formulés négativement sont inversés avant d&apos;être comptés. La réponse d&apos;aucune personne n&apos;apparaît individuellement dans ce rapport.</translation>
    </message>
    <message>
        <source>What is withheld and why</source>
        <translation>Ce qui est masqué et pourquoi</translation>
    </message>
    <message>
        <source>A figure is withheld for one of two reasons. Too few answers: fewer than k people answered, so the figure would come too close to individuals. Complementary suppression: the figure would let a withheld one be worked out. When a department&apos;s figure and all but one of its teams&apos; figures are shown, for example, the last team&apos;s figure follows by subtraction, so one more figure of that department is withheld too. The report does not say which reason applies to which figure, since that too would say something about a small group.</source>
        <translation>Un chiffre est masqué pour l&apos;une de deux raisons. Trop peu de réponses&#xa0;: moins de k personnes ont répondu, et le chiffre serait trop proche des individus. Masquage complémentaire&#xa0;: le chiffre permettrait de déduire un chiffre masqué. Par exemple, quand le chiffre d&apos;un département et ceux de toutes ses équipes sauf une sont affichés, le chiffre de la dernière équipe s&apos;obtient par soustraction&#xa0;; un autre chiffre de ce département est donc masqué lui aussi. Le rapport n&apos;indique pas quelle raison s&apos;applique à quel chiffre, car cela aussi révélerait quelque chose sur un petit groupe.</translation>
    </message>
    <message>
        <source>A withheld figure reads “%1” in the tables and leaves a gap in its chart line. No number behind it, neither its score nor how many people answered, is written anywhere in this file.</source>
        <translation>Un chiffre masqué apparaît comme «&#xa0;%1&#xa0;» dans les tableaux et laisse un vide dans la courbe de son graphique. Aucun nombre sous-jacent, ni son score ni le nombre de personnes ayant répondu, n&apos;est écrit nulle part dans ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>No figure in this report had to be withheld (%Ln figure(s) in all).</source>
        <translation>
            <numerusform>Aucun chiffre de ce rapport n&apos;a dû être masqué (%Ln chiffre au total).</numerusform>
            <numerusform>Aucun chiffre de ce rapport n&apos;a dû être masqué (%Ln chiffres au total).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withheld: %Ln of the %1 figures in this report.</source>
        <translation>
            <numerusform>Masqué&#xa0;: %Ln des %1 chiffres de ce rapport.</numerusform>
            <numerusform>Masqués&#xa0;: %Ln des %1 chiffres de ce rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 withheld.</source>
        <comment>instrument, withheld figures, all figures</comment>
        <translation>
            <numerusform>%1&#xa0;: %Ln sur %2 masqué.</numerusform>
            <numerusform>%1&#xa0;: %Ln sur %2 masqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>%1 to %2. Mean scores from 1 (least favourable) to %3 (most favourable). %4</source>
        <translation>%1 à %2. Scores moyens de 1 (le moins favorable) à %3 (le plus favorable). %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 figures withheld.</source>
        <translation>
            <numerusform>%Ln chiffre sur %1 masqué.</numerusform>
            <numerusform>%Ln chiffres sur %1 masqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heatmap: mean score by team and quarter</source>
        <translation>Carte de chaleur&#xa0;: score moyen par équipe et par trimestre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first and last quarter</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>n = %1</source>
        <comment>how many people answered</comment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Least favourable</source>
        <translation>Le moins favorable</translation>
    </message>
    <message>
        <source>Most favourable</source>
        <translation>Le plus favorable</translation>
    </message>
    <message>
        <source>No survey in that quarter.</source>
        <translation>Aucune enquête ce trimestre-là.</translation>
    </message>
    <message>
        <source>Each cell is the mean score of the quarter, with n, the number of people who answered. A department&apos;s row in bold counts all its teams.</source>
        <translation>Chaque cellule indique le score moyen du trimestre, avec n, le nombre de personnes ayant répondu. La ligne d&apos;un département, en gras, compte toutes ses équipes.</translation>
    </message>
    <message>
        <source>The insights report draws its charts with Qt Widgets: make it from Candor or with candor-cli insights-report.</source>
        <translation>Le rapport d&apos;analyse dessine ses graphiques avec Qt Widgets&#xa0;: générez-le depuis Candor ou avec candor-cli insights-report.</translation>
    </message>
    <message>
        <source>The team of the report no longer exists. Choose another team and try again.</source>
        <translation>L&apos;équipe du rapport n&apos;existe plus. Choisissez une autre équipe et réessayez.</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <source>There are no survey results for %1 yet, so there is nothing to report. Run a survey wave first.</source>
        <translation>Il n&apos;y a pas encore de résultats d&apos;enquête pour %1, il n&apos;y a donc rien à présenter. Lancez d&apos;abord une vague d&apos;enquête.</translation>
    </message>
    <message>
        <source>Survey insights: %1</source>
        <translation>Analyses des enquêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candor · %1 · %2</source>
        <comment>footer: title, date</comment>
        <translation>Candor · %1 · %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Le PDF n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insights report, %1.pdf</source>
        <comment>file name: ISO date</comment>
        <translation>Rapport d&apos;analyse, %1.pdf</translation>
    </message>
    <message>
        <source>Insights report, %1, %2.pdf</source>
        <comment>file name: team, ISO date</comment>
        <translation>Rapport d&apos;analyse, %1, %2.pdf</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Team psychological safety</source>
        <translation>Sécurité psychologique de l&apos;équipe</translation>
    </message>
    <message>
        <source>How safe it feels to take interpersonal risks on this team: to speak up, ask, admit and try.</source>
        <translation>Le sentiment de sécurité à prendre des risques interpersonnels dans cette équipe&#xa0;: s&apos;exprimer, demander, reconnaître et essayer.</translation>
    </message>
    <message>
        <source>Mistakes held against you</source>
        <translation>Erreurs reprochées</translation>
    </message>
    <message>
        <source>When someone on this team gets something wrong, it tends to be remembered against them.</source>
        <translation>Dans cette équipe, quand quelqu&apos;un se trompe, on a tendance à lui en tenir rigueur.</translation>
    </message>
    <message>
        <source>Raising problems</source>
        <translation>Soulever les problèmes</translation>
    </message>
    <message>
        <source>On this team we can raise problems and hard topics openly.</source>
        <translation>Dans cette équipe, nous pouvons aborder ouvertement les problèmes et les sujets difficiles.</translation>
    </message>
    <message>
        <source>Being different</source>
        <translation>Être différent</translation>
    </message>
    <message>
        <source>People here are sometimes pushed aside for being different.</source>
        <translation>Ici, des personnes sont parfois mises à l&apos;écart parce qu&apos;elles sont différentes.</translation>
    </message>
    <message>
        <source>Taking risks</source>
        <translation>Prendre des risques</translation>
    </message>
    <message>
        <source>It feels safe to try something risky on this team.</source>
        <translation>Dans cette équipe, on se sent en sécurité pour tenter quelque chose de risqué.</translation>
    </message>
    <message>
        <source>Asking for help</source>
        <translation>Demander de l&apos;aide</translation>
    </message>
    <message>
        <source>Asking colleagues on this team for help is difficult.</source>
        <translation>Il est difficile de demander de l&apos;aide aux collègues de cette équipe.</translation>
    </message>
    <message>
        <source>No undermining</source>
        <translation>Aucun sabotage</translation>
    </message>
    <message>
        <source>Nobody on this team would knowingly work against my efforts.</source>
        <translation>Personne dans cette équipe ne chercherait sciemment à contrecarrer mes efforts.</translation>
    </message>
    <message>
        <source>Skills valued</source>
        <translation>Compétences valorisées</translation>
    </message>
    <message>
        <source>My particular skills and talents are valued and put to use here.</source>
        <translation>Ici, mes compétences et talents particuliers sont reconnus et mis à profit.</translation>
    </message>
    <message>
        <source>Team culture (Westrum)</source>
        <translation>Culture d&apos;équipe (Westrum)</translation>
    </message>
    <message>
        <source>How information flows on the team, from power-oriented through rule-oriented to generative.</source>
        <translation>La manière dont l&apos;information circule dans l&apos;équipe, d&apos;une culture orientée pouvoir à une culture générative, en passant par une culture orientée règles.</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>People on my team work together readily to get things done.</source>
        <translation>Dans mon équipe, les gens collaborent volontiers pour faire avancer les choses.</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Messagers</translation>
    </message>
    <message>
        <source>Whoever brings bad news is thanked for it, not blamed.</source>
        <translation>La personne qui apporte une mauvaise nouvelle en est remerciée, pas blâmée.</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Risques partagés</translation>
    </message>
    <message>
        <source>When we take on a risk, we carry it together.</source>
        <translation>Quand nous prenons un risque, nous l&apos;assumons ensemble.</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>Working with other teams is encouraged and recognised.</source>
        <translation>Le travail avec les autres équipes est encouragé et reconnu.</translation>
    </message>
    <message>
        <source>Failure leads to inquiry</source>
        <translation>L&apos;échec mène à l&apos;analyse</translation>
    </message>
    <message>
        <source>When something fails, we look into why rather than for whom.</source>
        <translation>Quand quelque chose échoue, nous cherchons pourquoi, plutôt que qui.</translation>
    </message>
    <message>
        <source>New ideas</source>
        <translation>Idées nouvelles</translation>
    </message>
    <message>
        <source>Fresh ideas are given a fair hearing here.</source>
        <translation>Ici, les idées nouvelles sont examinées équitablement.</translation>
    </message>
    <message>
        <source>Team health check</source>
        <translation>Bilan de santé de l&apos;équipe</translation>
    </message>
    <message>
        <source>A traffic-light check of ten sides of team life, each with the direction it is heading.</source>
        <translation>Un bilan en feux tricolores de dix aspects de la vie d&apos;équipe, chacun avec sa tendance.</translation>
    </message>
    <message>
        <source>Ease of release</source>
        <translation>Facilité de livraison</translation>
    </message>
    <message>
        <source>Shipping a change is easy, safe and mostly automatic.</source>
        <translation>Livrer une modification est facile, sûr et en grande partie automatisé.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>The way we work suits us.</source>
        <translation>Notre façon de travailler nous convient.</translation>
    </message>
    <message>
        <source>Code health</source>
        <translation>Santé du code</translation>
    </message>
    <message>
        <source>Our code is in good shape and pleasant to work with.</source>
        <translation>Notre code est en bon état et agréable à faire évoluer.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What we build matters to the people who use it.</source>
        <translation>Ce que nous construisons compte pour les personnes qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Rapidité</translation>
    </message>
    <message>
        <source>We get things done quickly, without long waits.</source>
        <translation>Nous avançons vite, sans longues attentes.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>We know why our team exists, and that drives us.</source>
        <translation>Nous savons pourquoi notre équipe existe, et cela nous motive.</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Plaisir</translation>
    </message>
    <message>
        <source>We enjoy working together.</source>
        <translation>Nous aimons travailler ensemble.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>We keep learning new things as we work.</source>
        <translation>Nous continuons d&apos;apprendre de nouvelles choses en travaillant.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>When we ask for help, we get it quickly.</source>
        <translation>Quand nous demandons de l&apos;aide, nous l&apos;obtenons rapidement.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>We decide what we build and how we build it.</source>
        <translation>Nous décidons de ce que nous construisons et de la manière de le construire.</translation>
    </message>
    <message>
        <source>%1 (disagree)</source>
        <translation>%1 (pas d&apos;accord)</translation>
    </message>
    <message>
        <source>%1 (agree)</source>
        <translation>%1 (d&apos;accord)</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Se dégrade</translation>
    </message>
    <message>
        <source>Staying the same</source>
        <translation>Reste stable</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>S&apos;améliore</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Pas du tout d&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Plutôt pas d&apos;accord</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ni d&apos;accord ni pas d&apos;accord</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Plutôt d&apos;accord</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Tout à fait d&apos;accord</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande de l&apos;attention</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Quelques inquiétudes</translation>
    </message>
    <message>
        <source>Going well</source>
        <translation>Tout va bien</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Impossible de lire la version de schéma de la base de données.</translation>
    </message>
    <message>
        <source>Cannot migrate from schema version %1 to %2.</source>
        <translation>Impossible de migrer de la version de schéma %1 à la version %2.</translation>
    </message>
    <message>
        <source>Cannot start updating the database: %1</source>
        <translation>Impossible de commencer la mise à jour de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot mark the database as Candor&apos;s: %1</source>
        <translation>Impossible de marquer la base de données comme appartenant à Candor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>La mise à jour de la base de données vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Impossible d&apos;enregistrer la version de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhaseRules</name>
    <message>
        <source>The session is finished. Go back to a phase to change it.</source>
        <translation>La séance est terminée. Revenez à une phase pour la modifier.</translation>
    </message>
    <message>
        <source>Name who confirmed the group&apos;s agreement, for example the facilitator.</source>
        <translation>Indiquez qui a confirmé l&apos;accord du groupe, par exemple l&apos;animateur.</translation>
    </message>
    <message>
        <source>The name of who confirmed is too long. Shorten it.</source>
        <translation>Le nom de la personne qui a confirmé est trop long. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Name the facilitator before the session starts.</source>
        <translation>Désignez l&apos;animateur avant le début de la séance.</translation>
    </message>
    <message>
        <source>Add the people in the room before the session starts.</source>
        <translation>Ajoutez les personnes présentes avant le début de la séance.</translation>
    </message>
    <message>
        <source>The facilitator is close to the team, which can change what people dare to say. Choose a facilitator from outside the team, or record that the group keeps this facilitator.</source>
        <translation>L&apos;animateur est proche de l&apos;équipe, ce qui peut changer ce que les gens osent dire. Choisissez un animateur extérieur à l&apos;équipe, ou consignez que le groupe garde cet animateur.</translation>
    </message>
    <message>
        <source>The timeline is empty. Add what happened, or skip the phase with a reason.</source>
        <translation>La chronologie est vide. Ajoutez ce qui s&apos;est passé, ou passez la phase en indiquant une raison.</translation>
    </message>
    <message>
        <source>No contributing factors yet. Add what made the incident possible, or skip the phase with a reason.</source>
        <translation>Aucun facteur contributif pour l&apos;instant. Ajoutez ce qui a rendu l&apos;incident possible, ou passez la phase en indiquant une raison.</translation>
    </message>
    <message>
        <source>No action items yet. Agree at least one, or skip the phase with a reason.</source>
        <translation>Aucune action pour l&apos;instant. Convenez d&apos;au moins une action, ou passez la phase en indiquant une raison.</translation>
    </message>
    <message>
        <source>The opening cannot be skipped: the ground rules and who is in the room come first.</source>
        <translation>L&apos;ouverture ne peut pas être passée&#xa0;: les règles de base et la liste des présents viennent en premier.</translation>
    </message>
    <message>
        <source>Write why the group moves on without agreement; the reason stays in the record.</source>
        <translation>Écrivez pourquoi le groupe avance sans accord&#xa0;; la raison reste consignée.</translation>
    </message>
    <message>
        <source>The reason is too long. Shorten it.</source>
        <translation>La raison est trop longue. Raccourcissez-la.</translation>
    </message>
    <message>
        <source>You can only go back to an earlier phase.</source>
        <translation>Vous ne pouvez revenir qu&apos;à une phase précédente.</translation>
    </message>
</context>
<context>
    <name>PostmortemReport</name>
    <message>
        <source>Incident %1 has no postmortem yet, so there is no report. Start one in Candor: select the incident and choose Postmortem &gt; Start postmortem.</source>
        <translation>L&apos;incident %1 n&apos;a pas encore de post-mortem, il n&apos;y a donc pas de rapport. Lancez-en un dans Candor&#xa0;: sélectionnez l&apos;incident et choisissez Post-mortem &gt; Démarrer le post-mortem.</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Post-mortem&#xa0;: %1</translation>
    </message>
    <message>
        <source>Blameless postmortem of incident %1</source>
        <translation>Post-mortem sans blâme de l&apos;incident %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>incident id (severity, status)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>%1 (the group kept this facilitator after the conflict warning)</source>
        <translation>%1 (le groupe a gardé cet animateur après l&apos;avertissement de conflit)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Début de la séance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>heure locale (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Pas encore de résumé.</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Résumé de l&apos;incident</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impact client</translation>
    </message>
    <message>
        <source>No customer impact was recorded for this incident.</source>
        <translation>Aucun impact client n&apos;a été consigné pour cet incident.</translation>
    </message>
    <message>
        <source>Incident metrics</source>
        <translation>Métriques de l&apos;incident</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>duration (when)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>détecté le %1</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>pas encore détecté</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Délai d&apos;atténuation</translation>
    </message>
    <message>
        <source>mitigated %1</source>
        <translation>atténué le %1</translation>
    </message>
    <message>
        <source>not mitigated yet</source>
        <translation>pas encore atténué</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>pas encore résolu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nobody has been added yet.</source>
        <translation>Personne n&apos;a encore été ajouté.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1.</source>
        <translation>Le groupe a validé cette chronologie le %1.</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1 (confirmed by %2).</source>
        <translation>Le groupe a validé cette chronologie le %1 (accord confirmé par %2).</translation>
    </message>
    <message>
        <source>The group moved on without agreeing this timeline. Reason: %1</source>
        <translation>Le groupe a poursuivi sans valider cette chronologie. Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>The group is still writing this timeline; it has not been agreed yet.</source>
        <translation>Le groupe rédige encore cette chronologie&#xa0;; elle n&apos;a pas encore été validée.</translation>
    </message>
    <message>
        <source>The timeline has not been started yet.</source>
        <translation>La chronologie n&apos;a pas encore été commencée.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aucun événement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>time (event kind): text</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>No contributing factors yet.</source>
        <translation>Aucun facteur contributif pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not linked to a timeline event.</source>
        <translation>Non relié à un événement de la chronologie.</translation>
    </message>
    <message>
        <source>Explains the events at %1</source>
        <translation>Explique les événements de %1</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien de consigné.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Aucune action pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Facteur traité</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>action kind before its text</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>owner team, person</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>status on date</comment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>no particular factor</source>
        <translation>aucun facteur en particulier</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>validée le %1</translation>
    </message>
    <message>
        <source>agreed %1, confirmed by %2</source>
        <translation>validée le %1, accord confirmé par %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>passée&#xa0;: %1</translation>
    </message>
    <message>
        <source>in progress since %1</source>
        <translation>en cours depuis le %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>Phase log</source>
        <translation>Journal des phases</translation>
    </message>
    <message>
        <source>No phase has been closed yet.</source>
        <translation>Aucune phase n&apos;a encore été close.</translation>
    </message>
    <message>
        <source>%1: %2 agreed</source>
        <translation>%1&#xa0;: phase %2 validée</translation>
    </message>
    <message>
        <source>%1: %2 agreed, confirmed by %3</source>
        <translation>%1&#xa0;: phase %2 validée, accord confirmé par %3</translation>
    </message>
    <message>
        <source>%1: %2 skipped. Reason: %3</source>
        <translation>%1&#xa0;: phase %2 passée. Raison&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 reopened</source>
        <translation>%1&#xa0;: phase %2 rouverte</translation>
    </message>
    <message>
        <source>%1: %2 reopened by %3</source>
        <translation>%1&#xa0;: phase %2 rouverte par %3</translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation>Bilan de clôture</translation>
    </message>
    <message>
        <source>The closing check comes at the end of the session.</source>
        <translation>Le bilan de clôture a lieu à la fin de la séance.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so the result is not shown.</source>
        <translation>Moins de %1 personnes ont répondu, le résultat n&apos;est donc pas affiché.</translation>
    </message>
    <message>
        <source>Answers: %1. Average: %2 out of 5.</source>
        <translation>Réponses&#xa0;: %1. Moyenne&#xa0;: %2 sur 5.</translation>
    </message>
</context>
<context>
    <name>PostmortemText</name>
    <message>
        <source>Opening</source>
        <comment>session phase</comment>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Notable events</source>
        <comment>retro phase</comment>
        <translation>Événements marquants</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>session phase</comment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Helped and hindered</source>
        <comment>retro phase</comment>
        <translation>Ce qui a aidé et freiné</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <comment>session phase</comment>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>session phase</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Closing</source>
        <comment>session phase</comment>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>session phase</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Moment clé</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>timeline event kind</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>People and coordination</source>
        <translation>Personnes et coordination</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Organisation and pressure</source>
        <translation>Organisation et pression</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Là où nous avons eu de la chance</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Ce que nous avons appris</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <source>Detect sooner</source>
        <translation>Détecter plus tôt</translation>
    </message>
    <message>
        <source>Mitigate faster</source>
        <translation>Atténuer plus vite</translation>
    </message>
    <message>
        <source>Respond better</source>
        <translation>Mieux réagir</translation>
    </message>
    <message>
        <source>Learn and share</source>
        <translation>Apprendre et partager</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>action status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>action status</comment>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>We are here to learn how our systems and our work let this happen, not to find someone to blame.</source>
        <translation>Nous sommes ici pour comprendre comment nos systèmes et notre travail ont permis que cela arrive, pas pour trouver un coupable.</translation>
    </message>
    <message>
        <source>Everyone acted in good faith with what they knew and had at the time.</source>
        <translation>Chacun a agi de bonne foi avec ce qu&apos;il savait et ce dont il disposait à ce moment-là.</translation>
    </message>
    <message>
        <source>We ask what made an action make sense back then, not who got it wrong.</source>
        <translation>Nous cherchons ce qui rendait une action sensée à ce moment-là, pas qui s&apos;est trompé.</translation>
    </message>
    <message>
        <source>Everyone gets a turn. Passing is fine. Nobody is interrupted or judged for what they say.</source>
        <translation>Chacun a son tour de parole. On peut passer son tour. Personne n&apos;est interrompu ni jugé pour ce qu&apos;il dit.</translation>
    </message>
    <message>
        <source>What is said in the room stays about the work, never about a person.</source>
        <translation>Ce qui se dit dans la salle porte sur le travail, jamais sur une personne.</translation>
    </message>
    <message>
        <source>How safe do you feel to speak up today? (1 = not at all, 5 = completely)</source>
        <translation>À quel point vous sentez-vous en sécurité pour vous exprimer aujourd&apos;hui&#xa0;? (1 = pas du tout, 5 = complètement)</translation>
    </message>
    <message>
        <source>How are you doing after this incident? (1 = not well, 5 = very well)</source>
        <translation>Comment allez-vous après cet incident&#xa0;? (1 = pas bien, 5 = très bien)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>table header: cell</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Nothing was undone (%1). %2</source>
        <translation>Rien n&apos;a été annulé (%1). %2</translation>
    </message>
    <message>
        <source>Nothing was redone (%1). %2</source>
        <translation>Rien n&apos;a été rétabli (%1). %2</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>No file name given. Choose where to save the file.</source>
        <translation>Aucun nom de fichier indiqué. Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Nothing was saved; check the free space and try again.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n&apos;a été enregistré&#xa0;; vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Cannot find out what this login may do in the database: %1</source>
        <translation>Impossible de déterminer ce que ce compte peut faire dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This login may read none of Candor&apos;s data in this database. Ask the server&apos;s administrator to make it a member of candor_facilitator or candor_hr.</source>
        <translation>Ce compte ne peut lire aucune des données de Candor dans cette base de données. Demandez à l&apos;administrateur du serveur de le rendre membre de candor_facilitator ou de candor_hr.</translation>
    </message>
    <message>
        <source>This login (%1) may read Candor&apos;s data but not change it. Ask the server&apos;s administrator for a facilitator&apos;s login to make changes.</source>
        <translation>Ce compte (%1) peut lire les données de Candor mais pas les modifier. Demandez à l&apos;administrateur du serveur un compte d&apos;animateur pour faire des modifications.</translation>
    </message>
    <message>
        <source>This database was written by an older Candor, and this login (%1) may not update it. Ask the server&apos;s administrator to open it once as candor_owner, which updates it, and to run scripts/pg-roles.sql again.</source>
        <translation>Cette base de données a été écrite par une version antérieure de Candor, et ce compte (%1) ne peut pas la mettre à jour. Demandez à l&apos;administrateur du serveur de l&apos;ouvrir une fois en tant que candor_owner, ce qui la met à jour, puis d&apos;exécuter à nouveau scripts/pg-roles.sql.</translation>
    </message>
    <message>
        <source>This Candor needs schema version %1, the database is at version %2, and this login (%3) may not change the schema. Ask the server&apos;s administrator to open the database once as candor_owner, which updates it, or use the Candor version the others use.</source>
        <translation>Ce Candor nécessite la version de schéma %1, la base de données est en version %2, et ce compte (%3) ne peut pas modifier le schéma. Demandez à l&apos;administrateur du serveur d&apos;ouvrir la base de données une fois en tant que candor_owner, ce qui la met à jour, ou utilisez la version de Candor qu&apos;utilisent les autres.</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>database login role</comment>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>facilitator</source>
        <comment>database login role</comment>
        <translation>animateur</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>database login role</comment>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>HR</source>
        <comment>database login role</comment>
        <translation>RH</translation>
    </message>
    <message>
        <source>no access</source>
        <comment>database login role</comment>
        <translation>aucun accès</translation>
    </message>
    <message>
        <source>This login (%1) can read survey trends only: Candor&apos;s window shows them as survey insights, and candor-cli trends and insights-report print them. Incidents, postmortems and survey waves need a facilitator&apos;s login.</source>
        <translation>Ce compte (%1) ne peut lire que les tendances des enquêtes&#xa0;: la fenêtre de Candor les présente comme analyses des enquêtes, et candor-cli trends et insights-report les affichent. Les incidents, les post-mortems et les vagues d&apos;enquête nécessitent un compte d&apos;animateur.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: un autre programme y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database file is read-only. Make it writable and try again.</source>
        <translation>Le fichier de base de données est en lecture seule. Rendez-le modifiable et réessayez.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Le fichier de base de données est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Candor could not write to the database file: the disk may be full, over a size limit or failing. Free some space and try again; the change was not saved.</source>
        <translation>Candor n&apos;a pas pu écrire dans le fichier de base de données&#xa0;: le disque est peut-être plein, au-delà d&apos;une limite de taille ou défaillant. Libérez de l&apos;espace et réessayez&#xa0;; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database reported an error: %1.</source>
        <translation>La base de données a signalé une erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Aucun incident avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>The incident&apos;s team no longer exists. Choose another team.</source>
        <translation>L&apos;équipe de l&apos;incident n&apos;existe plus. Choisissez une autre équipe.</translation>
    </message>
    <message>
        <source>“%1” has a postmortem, which keeps what the group agreed. Delete the postmortem first if the incident must go.</source>
        <translation>«&#xa0;%1&#xa0;» a un post-mortem, qui conserve ce que le groupe a validé. Supprimez d&apos;abord le post-mortem si l&apos;incident doit disparaître.</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search takes up to %2. Look for a few words instead.</source>
        <translation>Le texte recherché compte %1 caractères&#xa0;; une recherche en accepte au plus %2. Recherchez plutôt quelques mots.</translation>
    </message>
    <message>
        <source>There is no postmortem or retro with id %1.</source>
        <translation>Aucun post-mortem ni aucune rétrospective avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>A speaking turn must last between 10 seconds and one hour.</source>
        <translation>Un tour de parole doit durer entre 10 secondes et une heure.</translation>
    </message>
    <message>
        <source>A phase&apos;s timebox must be between 1 minute and 8 hours.</source>
        <translation>La durée impartie à une phase doit être comprise entre 1 minute et 8 heures.</translation>
    </message>
    <message>
        <source>The response has %1 answers but the survey asks %2 questions.</source>
        <translation>La réponse comporte %1 valeurs mais l&apos;enquête pose %2 questions.</translation>
    </message>
    <message>
        <source>Answer %1 is %2, but answers run from 1 to %3.</source>
        <translation>La réponse %1 vaut %2, mais les réponses vont de 1 à %3.</translation>
    </message>
    <message>
        <source>The response carries trends that this survey does not ask for.</source>
        <translation>La réponse comporte des tendances que cette enquête ne demande pas.</translation>
    </message>
    <message>
        <source>A trend must be worse, the same or better.</source>
        <translation>Une tendance doit être&#xa0;: se dégrade, reste stable ou s&apos;améliore.</translation>
    </message>
    <message>
        <source>The comment has %1 characters; a comment holds up to %2. Shorten it.</source>
        <translation>Le commentaire compte %1 caractères&#xa0;; un commentaire en contient au plus %2. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>There is no survey wave with id %1.</source>
        <translation>Aucune vague d&apos;enquête avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument with id %1.</source>
        <translation>Aucun questionnaire avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument “%1”. Known instruments: %2.</source>
        <translation>Aucun questionnaire «&#xa0;%1&#xa0;». Questionnaires connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give the instrument a name.</source>
        <translation>Donnez un nom au questionnaire.</translation>
    </message>
    <message>
        <source>An instrument&apos;s name and description hold up to %1 characters each. Shorten them.</source>
        <translation>Le nom et la description d&apos;un questionnaire contiennent chacun au plus %1 caractères. Raccourcissez-les.</translation>
    </message>
    <message>
        <source>A scale has from %1 to %2 points.</source>
        <translation>Une échelle compte de %1 à %2 points.</translation>
    </message>
    <message>
        <source>An instrument asks from 1 to %1 questions.</source>
        <translation>Un questionnaire pose de 1 à %1 questions.</translation>
    </message>
    <message>
        <source>Every question needs its text. Remove empty questions.</source>
        <translation>Chaque question doit avoir un texte. Supprimez les questions vides.</translation>
    </message>
    <message>
        <source>A question holds up to %1 characters, its construct up to %2. Shorten them.</source>
        <translation>Une question contient au plus %1 caractères, son construit au plus %2. Raccourcissez-les.</translation>
    </message>
    <message>
        <source>The built-in instruments cannot be changed. Make a new one.</source>
        <translation>Les questionnaires intégrés ne peuvent pas être modifiés. Créez-en un nouveau.</translation>
    </message>
    <message>
        <source>There is already an instrument called “%1”. Choose another name.</source>
        <translation>Il existe déjà un questionnaire nommé «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” has a %2-point scale; answers on another scale cannot share its trend. Make a new instrument instead.</source>
        <translation>«&#xa0;%1&#xa0;» a une échelle en %2 points&#xa0;; des réponses sur une autre échelle ne peuvent pas partager sa tendance. Créez plutôt un nouveau questionnaire.</translation>
    </message>
    <message>
        <source>Give the day the wave opens.</source>
        <translation>Indiquez le jour d&apos;ouverture de la vague.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a later closing day.</source>
        <translation>La vague se clôt avant de s&apos;ouvrir. Choisissez un jour de clôture plus tardif.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be from %1 to %2 responses.</source>
        <translation>Le seuil d&apos;anonymat doit être compris entre %1 et %2 réponses.</translation>
    </message>
    <message>
        <source>The comment threshold must be at least the anonymity threshold (%1) and at most %2.</source>
        <translation>Le seuil des commentaires doit être au moins égal au seuil d&apos;anonymat (%1) et au plus égal à %2.</translation>
    </message>
    <message>
        <source>The number of people invited cannot be negative.</source>
        <translation>Le nombre de personnes invitées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A wave&apos;s title holds up to %1 characters. Shorten it.</source>
        <translation>Le titre d&apos;une vague contient au plus %1 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>Aucune équipe avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Réponse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>That timeline event no longer exists.</source>
        <translation>Cet événement de la chronologie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The event has no valid time. Type a time such as 14:05.</source>
        <translation>L&apos;événement n&apos;a pas d&apos;heure valide. Saisissez une heure comme 14:05.</translation>
    </message>
    <message>
        <source>That contributing factor no longer exists.</source>
        <translation>Ce facteur contributif n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Cette entrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Cette action n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The action item has no owning team. Choose the team that will do it.</source>
        <translation>L&apos;action n&apos;a pas d&apos;équipe responsable. Choisissez l&apos;équipe qui la réalisera.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long. Shorten it.</source>
        <translation>Le nom du responsable est trop long. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The change was already saved or abandoned.</source>
        <translation>La modification a déjà été enregistrée ou abandonnée.</translation>
    </message>
    <message>
        <source>Several teams are called “%1” in different letter case. Give the exact name.</source>
        <translation>Plusieurs équipes s&apos;appellent «&#xa0;%1&#xa0;» avec une casse différente. Indiquez le nom exact.</translation>
    </message>
    <message>
        <source>There is no team called “%1”. List the teams with: candor-cli list teams</source>
        <translation>Aucune équipe ne s&apos;appelle «&#xa0;%1&#xa0;». Listez les équipes avec&#xa0;: candor-cli list teams</translation>
    </message>
    <message>
        <source>A team called “%1” already exists. Choose another name.</source>
        <translation>Une équipe nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A team cannot be placed under itself or one of its own sub-teams. Choose another parent.</source>
        <translation>Une équipe ne peut pas être placée sous elle-même ni sous l&apos;une de ses sous-équipes. Choisissez un autre parent.</translation>
    </message>
    <message>
        <source>The parent team no longer exists. Choose another parent.</source>
        <translation>L&apos;équipe parente n&apos;existe plus. Choisissez un autre parent.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n sub-team(s). Move or delete the sub-teams first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n sous-équipe. Déplacez ou supprimez d&apos;abord la sous-équipe.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n sous-équipes. Déplacez ou supprimez d&apos;abord les sous-équipes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n incident(s). Move the incidents to another team first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est responsable de %n incident. Déplacez d&apos;abord l&apos;incident vers une autre équipe.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est responsable de %n incidents. Déplacez d&apos;abord les incidents vers une autre équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has postmortems, retros or action items, which keep what groups agreed. Keep the team, or give its action items to another team first.</source>
        <translation>«&#xa0;%1&#xa0;» a des post-mortems, des rétrospectives ou des actions, qui conservent ce que les groupes ont validé. Gardez l&apos;équipe, ou confiez d&apos;abord ses actions à une autre équipe.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n survey wave(s), which belong to its trend. Delete the waves first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n vague d&apos;enquête, qui fait partie de sa tendance. Supprimez d&apos;abord la vague.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n vagues d&apos;enquête, qui font partie de sa tendance. Supprimez d&apos;abord les vagues.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>Aucun membre avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>The text is empty. Type what happened or what was said.</source>
        <translation>Le texte est vide. Saisissez ce qui s&apos;est passé ou ce qui a été dit.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters. Shorten it.</source>
        <translation>Le texte dépasse %1 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>A postmortem needs an incident. Choose the incident first.</source>
        <translation>Un post-mortem nécessite un incident. Choisissez d&apos;abord l&apos;incident.</translation>
    </message>
    <message>
        <source>The retro has no title. Type a title, for example the period.</source>
        <translation>La rétrospective n&apos;a pas de titre. Saisissez un titre, par exemple la période.</translation>
    </message>
    <message>
        <source>The title or the facilitator&apos;s name is too long. Shorten it.</source>
        <translation>Le titre ou le nom de l&apos;animateur est trop long. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>This incident already has a postmortem. Open it instead.</source>
        <translation>Cet incident a déjà un post-mortem. Ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Shorten them.</source>
        <translation>Les notes dépassent %1 caractères. Raccourcissez-les.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters. Shorten it.</source>
        <translation>Le résumé dépasse %1 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The participant has no name. Type a name or choose a member.</source>
        <translation>Le participant n&apos;a pas de nom. Saisissez un nom ou choisissez un membre.</translation>
    </message>
    <message>
        <source>The participant&apos;s name or role is too long. Shorten it.</source>
        <translation>Le nom ou le rôle du participant est trop long. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Ce participant ne fait plus partie de la séance.</translation>
    </message>
    <message>
        <source>An answer must be between 1 and 5.</source>
        <translation>Une réponse doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>A count must be between 0 and %1.</source>
        <translation>Un nombre doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The database did not report the new row&apos;s id; the row may not have been added.</source>
        <translation>La base de données n&apos;a pas indiqué l&apos;identifiant de la nouvelle ligne&#xa0;; la ligne n&apos;a peut-être pas été ajoutée.</translation>
    </message>
    <message>
        <source>The incident “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>L&apos;incident «&#xa0;%1&#xa0;» a été supprimé sur un autre poste, votre modification n&apos;a donc pas été enregistrée. Ajoutez-le à nouveau s&apos;il est encore nécessaire.</translation>
    </message>
    <message>
        <source>The incident “%1” was changed on another desktop after you last saw it, so your change was not saved. Open it again to see what is stored now, and make your change again if it is still needed.</source>
        <translation>L&apos;incident «&#xa0;%1&#xa0;» a été modifié sur un autre poste depuis la dernière fois que vous l&apos;avez vu, votre modification n&apos;a donc pas été enregistrée. Rouvrez-le pour voir ce qui est enregistré maintenant, et refaites votre modification si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>It was deleted on another desktop in the meantime.</source>
        <translation>L&apos;élément a été supprimé entre-temps sur un autre poste.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé sur un autre poste, votre modification n&apos;a donc pas été enregistrée. Ajoutez l&apos;élément à nouveau s&apos;il est encore nécessaire.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur un autre poste depuis la dernière fois que vous l&apos;avez vu, votre modification n&apos;a donc pas été enregistrée. Regardez ce qui est enregistré maintenant et refaites votre modification si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>The team “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>L&apos;équipe «&#xa0;%1&#xa0;» a été supprimée sur un autre poste, votre modification n&apos;a donc pas été enregistrée. Ajoutez-la à nouveau si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>The team “%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>L&apos;équipe «&#xa0;%1&#xa0;» a été modifiée sur un autre poste depuis la dernière fois que vous l&apos;avez vue, votre modification n&apos;a donc pas été enregistrée. Regardez ce qui est enregistré maintenant et refaites votre modification si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>“%1” was removed from the teams on another desktop, so your change was not saved. Add them again if they are still needed.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» a été retiré des équipes sur un autre poste, votre modification n&apos;a donc pas été enregistrée. Ajoutez-le à nouveau s&apos;il est encore nécessaire.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw them, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>Les informations de «&#xa0;%1&#xa0;» ont été modifiées sur un autre poste depuis la dernière fois que vous les avez vues, votre modification n&apos;a donc pas été enregistrée. Regardez ce qui est enregistré maintenant et refaites votre modification si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The session was deleted on another desktop, so your change was not saved.</source>
        <translation>La séance a été supprimée sur un autre poste, votre modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The session&apos;s settings were changed on another desktop after you last saw them, so your change was not saved. Look at what is set now and change it again if it is still needed.</source>
        <translation>Les paramètres de la séance ont été modifiés sur un autre poste depuis la dernière fois que vous les avez vus, votre modification n&apos;a donc pas été enregistrée. Regardez ce qui est défini maintenant et modifiez-le à nouveau si nécessaire.</translation>
    </message>
    <message>
        <source>The session was finished on another desktop in the meantime.</source>
        <translation>La séance a été terminée entre-temps sur un autre poste.</translation>
    </message>
    <message>
        <source>The session already moved to “%1” on another desktop.</source>
        <translation>La séance est déjà passée à «&#xa0;%1&#xa0;» sur un autre poste.</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>The file is larger than %1 MB, more than any survey export. Check that you chose the file of answers exported by the form tool.</source>
        <translation>Le fichier dépasse %1 Mo, plus que n&apos;importe quel export d&apos;enquête. Vérifiez que vous avez choisi le fichier des réponses exporté par l&apos;outil de formulaires.</translation>
    </message>
    <message>
        <source>Line %1 holds characters that are not UTF-8 text. Export or save the file as “CSV UTF-8” and import it again.</source>
        <translation>La ligne %1 contient des caractères qui ne sont pas du texte UTF-8. Exportez ou enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed. Add the missing closing quote mark (&quot;) and import the file again.</source>
        <translation>La ligne %1 ouvre un champ entre guillemets qui n&apos;est jamais fermé. Ajoutez le guillemet fermant manquant (&quot;) et importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file is empty. Export the answers again, with the header row of questions, and import that file.</source>
        <translation>Le fichier est vide. Exportez à nouveau les réponses, avec la ligne d&apos;en-tête des questions, et importez ce fichier.</translation>
    </message>
    <message>
        <source>comment</source>
        <comment>a word looked for in CSV column headers to find the comment column</comment>
        <translation>commentaire</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen for answers, but the instrument asks %1 questions. Choose one column per question.</source>
        <translation>
            <numerusform>%n colonne choisie pour les réponses, mais le questionnaire pose %1 questions. Choisissez une colonne par question.</numerusform>
            <numerusform>%n colonnes choisies pour les réponses, mais le questionnaire pose %1 questions. Choisissez une colonne par question.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 “%2” has no column. Choose the column that holds its answers.</source>
        <translation>La question %1 «&#xa0;%2&#xa0;» n&apos;a pas de colonne. Choisissez la colonne qui contient ses réponses.</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 “%2” is set to column %3, but the file has only %n column(s). Choose one of its columns.</source>
        <translation>
            <numerusform>La question %1 «&#xa0;%2&#xa0;» est associée à la colonne %3, mais le fichier n&apos;a que %n colonne. Choisissez l&apos;une de ses colonnes.</numerusform>
            <numerusform>La question %1 «&#xa0;%2&#xa0;» est associée à la colonne %3, mais le fichier n&apos;a que %n colonnes. Choisissez l&apos;une de ses colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions %1 and %2 are both set to column %3 “%4”. Choose a column of its own for each question.</source>
        <translation>Les questions %1 et %2 sont toutes deux associées à la colonne %3 «&#xa0;%4&#xa0;». Choisissez une colonne distincte pour chaque question.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are set to column %1, but the file has only %n column(s). Choose one of its columns, or none.</source>
        <translation>
            <numerusform>Les commentaires sont associés à la colonne %1, mais le fichier n&apos;a que %n colonne. Choisissez l&apos;une de ses colonnes, ou aucune.</numerusform>
            <numerusform>Les commentaires sont associés à la colonne %1, mais le fichier n&apos;a que %n colonnes. Choisissez l&apos;une de ses colonnes, ou aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 “%2” is set to hold both comments and the answers to question %3. Choose another column for comments, or none.</source>
        <translation>La colonne %1 «&#xa0;%2&#xa0;» est associée à la fois aux commentaires et aux réponses à la question %3. Choisissez une autre colonne pour les commentaires, ou aucune.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) ends after column %3, but answers are expected up to column %4 “%5”. Check that the row is complete and that line breaks in comments are inside quotes, then import the file again.</source>
        <translation>La ligne %1 (ligne %2 du fichier) s&apos;arrête après la colonne %3, alors que des réponses sont attendues jusqu&apos;à la colonne %4 «&#xa0;%5&#xa0;». Vérifiez que la ligne est complète et que les sauts de ligne dans les commentaires sont entre guillemets, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4” is blank. Every question needs an answer: fill it in or remove the row, then import the file again.</source>
        <translation>Ligne %1 (ligne %2 du fichier), la colonne %3 «&#xa0;%4&#xa0;» est vide. Chaque question doit avoir une réponse&#xa0;: complétez-la ou supprimez la ligne, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6. Correct the file and import it again.</source>
        <translation>Ligne %1 (ligne %2 du fichier), colonne %3 «&#xa0;%4&#xa0;»&#xa0;: «&#xa0;%5&#xa0;» n&apos;est pas une réponse de 1 à %6. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: the comment has %5 characters; a comment holds up to %6. Shorten it in the file and import it again.</source>
        <translation>Ligne %1 (ligne %2 du fichier), colonne %3 «&#xa0;%4&#xa0;»&#xa0;: le commentaire compte %5 caractères&#xa0;; un commentaire en contient au plus %6. Raccourcissez-le dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6 or one of the scale&apos;s labels. Correct the file and import it again.</source>
        <translation>Ligne %1 (ligne %2 du fichier), colonne %3 «&#xa0;%4&#xa0;»&#xa0;: «&#xa0;%5&#xa0;» n&apos;est ni une réponse de 1 à %6 ni l&apos;un des libellés de l&apos;échelle. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Timebox</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>a long time: days and hours</comment>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1 est vide. Renseignez ce champ.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters). Shorten it to at most %3.</source>
        <translation>%1 est trop long (%2 caractères). Raccourcissez-le à %3 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 is before %2. Correct one of the two times.</source>
        <translation>%1 est antérieur à %2. Corrigez l&apos;une des deux heures.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A team cannot be its own parent. Choose another parent team.</source>
        <translation>Une équipe ne peut pas être son propre parent. Choisissez une autre équipe parente.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the member&apos;s team.</source>
        <translation>Aucune équipe choisie. Choisissez l&apos;équipe du membre.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the team that owns the incident.</source>
        <translation>Aucune équipe choisie. Choisissez l&apos;équipe responsable de l&apos;incident.</translation>
    </message>
    <message>
        <source>Severity must be SEV1, SEV2, SEV3 or SEV4.</source>
        <translation>La gravité doit être SEV1, SEV2, SEV3 ou SEV4.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impact client</translation>
    </message>
    <message>
        <source>Started time is missing. Enter when the incident began.</source>
        <translation>L&apos;heure de début est manquante. Indiquez quand l&apos;incident a commencé.</translation>
    </message>
    <message>
        <source>Detected time</source>
        <translation>Heure de détection</translation>
    </message>
    <message>
        <source>started time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>Mitigated time</source>
        <translation>Heure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Resolved time</source>
        <translation>Heure de résolution</translation>
    </message>
    <message>
        <source>mitigated time</source>
        <translation>heure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Status is Mitigated but the mitigated time is missing. Enter when it was mitigated.</source>
        <translation>Le statut est Atténué mais l&apos;heure d&apos;atténuation est manquante. Indiquez quand l&apos;incident a été atténué.</translation>
    </message>
    <message>
        <source>Status is Resolved but the resolved time is missing. Enter when it was resolved.</source>
        <translation>Le statut est Résolu mais l&apos;heure de résolution est manquante. Indiquez quand l&apos;incident a été résolu.</translation>
    </message>
    <message>
        <source>A resolved time is set but the status is %1. Set the status to Resolved or clear the resolved time.</source>
        <translation>Une heure de résolution est indiquée mais le statut est %1. Passez le statut à Résolu ou effacez l&apos;heure de résolution.</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsArea</name>
    <message>
        <source>%1, overdue</source>
        <comment>due date</comment>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>The incident or retro the item came from. Double-click an incident to open it.</source>
        <translation>L&apos;incident ou la rétrospective d&apos;où vient l&apos;action. Double-cliquez sur un incident pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Show the items a team owns, including its sub-teams</source>
        <translation>Afficher les actions dont une équipe est responsable, sous-équipes comprises</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Ouvertes ou en cours</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Show only items that are not done and past their due date</source>
        <translation>Afficher uniquement les actions non terminées dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark the selected items done; Edit &gt; Undo takes it back</source>
        <translation>Marquer les actions sélectionnées comme terminées&#xa0;; Édition &gt; Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Set the selected done or dropped items back to open</source>
        <translation>Rouvrir les actions sélectionnées terminées ou abandonnées</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip, then its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Number of action items shown</source>
        <translation>Nombre d&apos;actions affichées</translation>
    </message>
    <message>
        <source>Reading the action items…</source>
        <translation>Lecture des actions…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln overdue</source>
        <comment>how many action items, then how many of them are overdue</comment>
        <translation>
            <numerusform>%1, dont %Ln en retard</numerusform>
            <numerusform>%1, dont %Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln action item(s) done</source>
        <translation>
            <numerusform>Marquer %Ln action comme terminée</numerusform>
            <numerusform>Marquer %Ln actions comme terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln action item(s)</source>
        <translation>
            <numerusform>Rouvrir %Ln action</numerusform>
            <numerusform>Rouvrir %Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En retard &amp;uniquement</translation>
    </message>
    <message>
        <source>F2 edits the current cell; Enter on where an item came from opens that postmortem; Ctrl+D marks the selected items done</source>
        <translation>F2 modifie la cellule courante&#xa0;; Entrée sur l&apos;origine d&apos;une action ouvre ce post-mortem&#xa0;; Ctrl+D marque les actions sélectionnées comme terminées</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Facteur traité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>candor::ActionsPage</name>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Actions précédentes encore ouvertes&#xa0;: nos correctifs ont-ils tenu&#xa0;?</translation>
    </message>
    <message>
        <source>Open earlier actions</source>
        <translation>Actions précédentes encore ouvertes</translation>
    </message>
    <message>
        <source>What will we do? Enter adds it</source>
        <translation>Qu&apos;allons-nous faire&#xa0;? Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Personne (facultatif)</translation>
    </message>
    <message>
        <source>Person who owns it</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Factor it addresses</source>
        <translation>Facteur traité</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Ce que nous allons faire</translation>
    </message>
    <message>
        <source>Addresses no single factor</source>
        <translation>Ne traite aucun facteur en particulier</translation>
    </message>
    <message>
        <source>Type the action item, then press Enter.</source>
        <translation>Saisissez l&apos;action, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Adds the action item (Enter in the text or the person)</source>
        <translation>Ajoute l&apos;action (Entrée dans le texte ou dans le nom de la personne)</translation>
    </message>
</context>
<context>
    <name>candor::AudienceWindow</name>
    <message>
        <source>Candor: audience view</source>
        <translation>Candor&#xa0;: vue de la salle</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vue de la salle</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Parole à %1</translation>
    </message>
    <message>
        <source>Still to speak this round: %1</source>
        <translation>Doivent encore parler dans ce tour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Phase dépassée de %1</translation>
    </message>
    <message>
        <source>Phase %1 left</source>
        <translation>Phase&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>dépassé de %1</translation>
    </message>
    <message>
        <source>Bright room: dark text on white</source>
        <translation>Salle claire&#xa0;: texte sombre sur fond blanc</translation>
    </message>
    <message>
        <source>Dark room: light text on black</source>
        <translation>Salle sombre&#xa0;: texte clair sur fond noir</translation>
    </message>
</context>
<context>
    <name>candor::BackgroundReads</name>
    <message>
        <source>Could not read “%1” in the background: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» en arrière-plan&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>candor::Banner</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>candor::BlameTextEdit</name>
    <message>
        <source>Wording that may sound like blame is underlined, with a suggestion to reframe it. It never stops you typing.</source>
        <translation>Les formulations qui peuvent sembler accusatrices sont soulignées, avec une suggestion pour les reformuler. Cela ne vous empêche jamais de saisir.</translation>
    </message>
</context>
<context>
    <name>candor::CheckKiosk</name>
    <message>
        <source>Anonymous check</source>
        <translation>Bilan anonyme</translation>
    </message>
    <message>
        <source>Your answer is anonymous: only the count of each answer is kept, never who gave it. The screen clears as soon as you answer.</source>
        <translation>Votre réponse est anonyme&#xa0;: seul le nombre de chaque réponse est conservé, jamais qui l&apos;a donnée. L&apos;écran s&apos;efface dès que vous répondez.</translation>
    </message>
    <message>
        <source>Answer %1 of 5</source>
        <translation>Réponse %1 sur 5</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer too.</source>
        <translation>Les touches 1 à 5 permettent aussi de répondre.</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved and no longer on screen.
Pass the screen on.</source>
        <translation>Merci. Votre réponse est enregistrée et n&apos;est plus à l&apos;écran.
Passez l&apos;écran à la personne suivante.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Finish collecting</source>
        <translation>Terminer la collecte</translation>
    </message>
    <message>
        <source>Answer with the keys 1 to 5; the answer is anonymous</source>
        <translation>Répondez avec les touches 1 à 5&#xa0;; la réponse est anonyme</translation>
    </message>
</context>
<context>
    <name>candor::CheckPanel</name>
    <message>
        <source>Open the kiosk…</source>
        <translation>Ouvrir le kiosque…</translation>
    </message>
    <message>
        <source>A full-screen page passed around the room; it clears after every answer.</source>
        <translation>Une page plein écran qui circule dans la salle&#xa0;; elle s&apos;efface après chaque réponse.</translation>
    </message>
    <message>
        <source>Or count the paper slips:</source>
        <translation>Ou comptez les bulletins papier&#xa0;:</translation>
    </message>
    <message>
        <source>Slips answering %1</source>
        <translation>Bulletins répondant %1</translation>
    </message>
    <message>
        <source>Add slips</source>
        <translation>Ajouter les bulletins</translation>
    </message>
    <message>
        <source>Adds these slips to the answers collected so far</source>
        <translation>Ajoute ces bulletins aux réponses collectées jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Recommencer…</translation>
    </message>
    <message>
        <source>Forgets every answer of this check, for example to count the slips again</source>
        <translation>Oublie toutes les réponses de ce bilan, par exemple pour recompter les bulletins</translation>
    </message>
    <message>
        <source>Collecting answers on the kiosk. The result appears when you finish collecting.</source>
        <translation>Collecte des réponses sur le kiosque. Le résultat s&apos;affiche quand vous terminez la collecte.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. Results appear once at least %1 people have answered.</source>
        <translation>
            <numerusform>%n réponse pour l&apos;instant. Les résultats s&apos;affichent dès qu&apos;au moins %1 personnes ont répondu.</numerusform>
            <numerusform>%n réponses pour l&apos;instant. Les résultats s&apos;affichent dès qu&apos;au moins %1 personnes ont répondu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5.</source>
        <translation>
            <numerusform>%n réponse, moyenne %1 sur 5.</numerusform>
            <numerusform>%n réponses, moyenne %1 sur 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Distribution: %1</source>
        <translation>
            <numerusform>%n réponse. Répartition&#xa0;: %1</numerusform>
            <numerusform>%n réponses. Répartition&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many slips gave each answer, then choose Add slips.</source>
        <translation>Saisissez le nombre de bulletins pour chaque réponse, puis choisissez Ajouter les bulletins.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Forget every answer of this check, from the kiosk and from slips, and collect them again? This cannot be undone.</source>
        <translation>Oublier toutes les réponses de ce bilan, du kiosque comme des bulletins, et les collecter à nouveau&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>candor::ClosingPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened, what we agreed and what we will do, in a few sentences. Saved as you type.</source>
        <translation>Ce qui s&apos;est passé, ce que nous avons validé et ce que nous allons faire, en quelques phrases. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>How are people doing?</source>
        <translation>Comment vont les participants&#xa0;?</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Le compte rendu</translation>
    </message>
    <message>
        <source>%1: agreed %2, confirmed by %3</source>
        <translation>%1&#xa0;: validée le %2, accord confirmé par %3</translation>
    </message>
    <message>
        <source>%1: moved on without agreement %2. Reason: %3</source>
        <translation>%1&#xa0;: poursuite sans accord le %2. Raison&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: reopened %2</source>
        <translation>%1&#xa0;: rouverte le %2</translation>
    </message>
    <message>
        <source>No phase has been agreed yet.</source>
        <translation>Aucune phase n&apos;a encore été validée.</translation>
    </message>
</context>
<context>
    <name>candor::ConnectDialog</name>
    <message>
        <source>The server refused that password. Password for %1:</source>
        <translation>Le serveur a refusé ce mot de passe. Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to the shared database</source>
        <translation>Se connecter à la base de données partagée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <source>Candor can keep its data in a PostgreSQL database that your team shares. The server&apos;s administrator gives you these details.</source>
        <translation>Candor peut conserver ses données dans une base de données PostgreSQL partagée par votre équipe. L&apos;administrateur du serveur vous communique ces informations.</translation>
    </message>
    <message>
        <source>For example: db.example.org</source>
        <translation>Par exemple&#xa0;: db.example.org</translation>
    </message>
    <message>
        <source>For example: candor</source>
        <translation>Par exemple&#xa0;: candor</translation>
    </message>
    <message>
        <source>Your login name, %1</source>
        <translation>Votre nom d&apos;utilisateur, %1</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable&#xa0;: aucun chiffrement</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server offers it</source>
        <translation>prefer&#xa0;: chiffrer lorsque le serveur le propose</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require&#xa0;: toujours chiffrer, accepter tout certificat</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate&apos;s authority</source>
        <translation>verify-ca&#xa0;: chiffrer, vérifier l&apos;autorité du certificat</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the authority and the server&apos;s name</source>
        <translation>verify-full&#xa0;: chiffrer, vérifier l&apos;autorité et le nom du serveur</translation>
    </message>
    <message>
        <source>How the connection to the server is encrypted (libpq&apos;s sslmode).</source>
        <translation>Comment la connexion au serveur est chiffrée (sslmode de libpq).</translation>
    </message>
    <message>
        <source>Optional: ~/.postgresql/root.crt when empty</source>
        <translation>Facultatif&#xa0;: ~/.postgresql/root.crt si vide</translation>
    </message>
    <message>
        <source>Optional: only when the server asks for one</source>
        <translation>Facultatif&#xa0;: seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Optional: the client certificate&apos;s key</source>
        <translation>Facultatif&#xa0;: la clé du certificat client</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Choisir le fichier du certificat client</translation>
    </message>
    <message>
        <source>Choose the client key file</source>
        <translation>Choisir le fichier de la clé client</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>C&amp;hiffrement (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;A&amp;C&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s certificate</source>
        <translation>Choisir le certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Cer&amp;tificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Choose your client certificate</source>
        <translation>Choisir votre certificat client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Choose your client certificate&apos;s key</source>
        <translation>Choisir la clé de votre certificat client</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Connexion à&#xa0;:</translation>
    </message>
    <message>
        <source>Candor asks for the password when it connects and keeps it only while it runs: it is never saved.</source>
        <translation>Candor demande le mot de passe lors de la connexion et ne le garde que pendant son exécution&#xa0;: il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Certificates and keys (*.crt *.pem *.key *.cer);;All files (*)</source>
        <translation>Certificats et clés (*.crt *.pem *.key *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address, for example db.example.org (localhost for a server on this computer).</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur, par exemple db.example.org (localhost pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535: PostgreSQL usually listens on %2.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535&#xa0;: PostgreSQL écoute généralement sur le port %2.</translation>
    </message>
    <message>
        <source>Enter the name of the database, as the server&apos;s administrator gave it.</source>
        <translation>Saisissez le nom de la base de données tel que l&apos;administrateur du serveur l&apos;a indiqué.</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>le certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>le certificat client</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>la clé client</translation>
    </message>
    <message>
        <source>There is no file “%1”. Choose %2 again, or leave the field empty.</source>
        <translation>Il n&apos;y a pas de fichier «&#xa0;%1&#xa0;». Choisissez à nouveau %2, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>%1 Candor stays on the database it has open.</source>
        <translation>%1 Candor reste sur la base de données ouverte.</translation>
    </message>
    <message>
        <source>(enter the server and the database)</source>
        <translation>(saisissez le serveur et la base de données)</translation>
    </message>
</context>
<context>
    <name>candor::ConnectionWatchdog</name>
    <message>
        <source>the server closed the connection or stopped answering</source>
        <translation>le serveur a fermé la connexion ou ne répond plus</translation>
    </message>
</context>
<context>
    <name>candor::CsvImportDialog</name>
    <message>
        <source>Import answers from CSV</source>
        <translation>Importer des réponses depuis un CSV</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Vague de %1</translation>
    </message>
    <message>
        <source>Answers for “%1” (%2), asked with “%3”. Export the answers from the form tool as CSV, one person per row with a header row of questions.</source>
        <translation>Réponses pour «&#xa0;%1&#xa0;» (%2), recueillies avec «&#xa0;%3&#xa0;». Exportez les réponses depuis l&apos;outil de formulaires au format CSV, une personne par ligne, avec une ligne d&apos;en-tête contenant les questions.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or browse</source>
        <translation>Saisissez un chemin et appuyez sur Entrée, ou parcourez</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The file&apos;s columns and first rows</source>
        <translation>Les colonnes et premières lignes du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Column of question %1</source>
        <translation>Colonne de la question %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number. question text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Column of comments</source>
        <translation>Colonne des commentaires</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional)</source>
        <translation>Co&amp;mmentaire (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>P&amp;roblèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>Problèmes à corriger avant l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file at “%1”. Check the path, or choose the file with Browse….</source>
        <translation>Il n&apos;y a pas de fichier à «&#xa0;%1&#xa0;». Vérifiez le chemin, ou choisissez le fichier avec Parcourir….</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than any survey export (at most %3). Check that you chose the file of answers the form tool exported.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, plus que n&apos;importe quel export d&apos;enquête (au plus %3). Vérifiez que vous avez choisi le fichier des réponses exporté par l&apos;outil de formulaires.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file is not open elsewhere and that you may read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2. Vérifiez que le fichier n&apos;est pas ouvert ailleurs et que vous avez le droit de le lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header</source>
        <translation>
            <numerusform>%n ligne sous l&apos;en-tête</numerusform>
            <numerusform>%n lignes sous l&apos;en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absente du fichier)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>column number. header text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The columns you chose last time for a file with these headings.</source>
        <translation>Les colonnes que vous avez choisies la dernière fois pour un fichier avec ces en-têtes.</translation>
    </message>
    <message>
        <source>Columns matched by their headings. Check them, and choose the column of any question that says “(not in the file)”.</source>
        <translation>Colonnes associées d&apos;après leurs en-têtes. Vérifiez-les, et choisissez la colonne de chaque question marquée «&#xa0;(absente du fichier)&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything can be imported: correct the file or the columns above.</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir importer quoi que ce soit&#xa0;: corrigez le fichier ou les colonnes ci-dessus.</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir importer quoi que ce soit&#xa0;: corrigez le fichier ou les colonnes ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of answers below its header.</source>
        <translation>Le fichier ne contient aucune ligne de réponses sous son en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n response(s).</source>
        <translation>
            <numerusform>Prêt à importer %n réponse.</numerusform>
            <numerusform>Prêt à importer %n réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s).</source>
        <translation>
            <numerusform>%n réponse importée.</numerusform>
            <numerusform>%n réponses importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DueDateDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>candor::Edits</name>
    <message>
        <source>Add team “%1”</source>
        <translation>Ajouter l&apos;équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename team “%1” to “%2”</source>
        <translation>Renommer l&apos;équipe «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Modifier l&apos;équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete team “%1”</source>
        <translation>Supprimer l&apos;équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>Ajouter le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>Modifier le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete member “%1”</source>
        <translation>Supprimer le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add incident “%1”</source>
        <translation>Ajouter l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit incident “%1”</source>
        <translation>Modifier l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete incident “%1”</source>
        <translation>Supprimer l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>candor::ExportActions</name>
    <message>
        <source>&amp;Incidents as CSV…</source>
        <translation>&amp;Incidents en CSV…</translation>
    </message>
    <message>
        <source>Save the incidents the Incidents list shows, with its filters and in its order, as a CSV file for spreadsheets.</source>
        <translation>Enregistrer les incidents affichés dans la liste Incidents, avec ses filtres et dans son ordre, dans un fichier CSV pour tableur.</translation>
    </message>
    <message>
        <source>&amp;Action items as CSV…</source>
        <translation>&amp;Actions en CSV…</translation>
    </message>
    <message>
        <source>Save the action items the Action items list shows, with its filters, as a CSV file for spreadsheets.</source>
        <translation>Enregistrer les actions affichées dans la liste Actions, avec ses filtres, dans un fichier CSV pour tableur.</translation>
    </message>
    <message>
        <source>Survey &amp;trends as CSV…</source>
        <translation>&amp;Tendances des enquêtes en CSV…</translation>
    </message>
    <message>
        <source>Save the survey trends of every team and department per quarter as a CSV file; figures from groups below the anonymity threshold are withheld.</source>
        <translation>Enregistrer les tendances des enquêtes de chaque équipe et département par trimestre dans un fichier CSV&#xa0;; les chiffres des groupes sous le seuil d&apos;anonymat sont masqués.</translation>
    </message>
    <message>
        <source>&amp;Byte-order mark for Excel</source>
        <translation>&amp;Marque d&apos;ordre des octets (BOM) pour Excel</translation>
    </message>
    <message>
        <source>Start CSV files with a byte-order mark, so that Excel reads accented letters and emoji correctly. Leave it off for other programs.</source>
        <translation>Commencer les fichiers CSV par une marque d&apos;ordre des octets, pour qu&apos;Excel lise correctement les lettres accentuées et les emojis. Laissez cette option désactivée pour les autres programmes.</translation>
    </message>
    <message>
        <source>The incidents were not exported</source>
        <translation>Les incidents n&apos;ont pas été exportés</translation>
    </message>
    <message>
        <source>Export incidents as CSV</source>
        <translation>Exporter les incidents en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>%n incident enregistré dans «&#xa0;%1&#xa0;» (la totalité).</numerusform>
            <numerusform>%n incidents enregistrés dans «&#xa0;%1&#xa0;» (la totalité).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>%n incident affiché dans la liste Incidents (filtres appliqués) enregistré dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n incidents affichés dans la liste Incidents (filtres appliqués) enregistrés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation>Exporter les actions en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n action item(s) to “%1”.</source>
        <translation>
            <numerusform>%n action enregistrée dans «&#xa0;%1&#xa0;» (la totalité).</numerusform>
            <numerusform>%n actions enregistrées dans «&#xa0;%1&#xa0;» (la totalité).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>%n action affichée dans la liste Actions (filtres appliqués) enregistrée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n actions affichées dans la liste Actions (filtres appliqués) enregistrées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export survey trends as CSV</source>
        <translation>Exporter les tendances des enquêtes en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</source>
        <translation>
            <numerusform>%n ligne de tendances d&apos;enquête enregistrée dans «&#xa0;%1&#xa0;». Les chiffres des groupes sous le seuil d&apos;anonymat sont masqués&#xa0;: leurs lignes l&apos;indiquent et ne contiennent aucun nombre.</numerusform>
            <numerusform>%n lignes de tendances d&apos;enquête enregistrées dans «&#xa0;%1&#xa0;». Les chiffres des groupes sous le seuil d&apos;anonymat sont masqués&#xa0;: leurs lignes l&apos;indiquent et ne contiennent aucun nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>L&apos;export n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>candor::FactorModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Facteur contributif</translation>
    </message>
    <message>
        <source>Explains</source>
        <translation>Explique</translation>
    </message>
</context>
<context>
    <name>candor::FactorsPage</name>
    <message>
        <source>Category of the factor</source>
        <translation>Catégorie du facteur</translation>
    </message>
    <message>
        <source>What hindered us? Enter adds it</source>
        <translation>Qu&apos;est-ce qui nous a freinés&#xa0;? Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>What made this possible, or harder to handle? Enter adds it</source>
        <translation>Qu&apos;est-ce qui a rendu cela possible, ou plus difficile à gérer&#xa0;? Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Ajouter le facteur</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>Timeline events the selected factor explains</source>
        <translation>Événements de la chronologie expliqués par le facteur sélectionné</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Ce qui nous a freinés</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Ce qui nous a aidés</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Saisissez et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type the contributing factor, then press Enter.</source>
        <translation>Saisissez le facteur contributif, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Adds the contributing factor (Enter in the text)</source>
        <translation>Ajoute le facteur contributif (Entrée dans le texte)</translation>
    </message>
    <message>
        <source>The selected factor e&amp;xplains:</source>
        <translation>Le facteur sélectionné e&amp;xplique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>candor::FigureStore</name>
    <message>
        <source>%1 Q%2</source>
        <comment>a calendar quarter: year, then the quarter&apos;s number</comment>
        <translation>T%2 %1</translation>
    </message>
</context>
<context>
    <name>candor::HeatmapModel</name>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team, then why nothing is shown</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: no answers</source>
        <comment>team, construct</comment>
        <translation>%1, %2&#xa0;: aucune réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%Ln response(s))</source>
        <comment>team, construct, mean</comment>
        <translation>
            <numerusform>%1, %2&#xa0;: %3 (%Ln réponse)</numerusform>
            <numerusform>%1, %2&#xa0;: %3 (%Ln réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>candor::IncidentDialog</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>What customers or colleagues noticed, in a few words</source>
        <translation>Ce que les clients ou les collègues ont remarqué, en quelques mots</translation>
    </message>
    <message>
        <source>For example: checkout-api</source>
        <translation>Par exemple&#xa0;: checkout-api</translation>
    </message>
    <message>
        <source>What happened, in a few sentences. Describe the situation, not who is to blame.</source>
        <translation>Ce qui s&apos;est passé, en quelques phrases. Décrivez la situation, pas qui est à blâmer.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>Détecti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mitigated:</source>
        <translation>&amp;Atténuation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Customer impact:</source>
        <translation>&amp;Impact client&#xa0;:</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
</context>
<context>
    <name>candor::IncidentTableModel</name>
    <message>
        <source>The detection time is not known yet</source>
        <translation>L&apos;heure de détection n&apos;est pas encore connue</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Pas encore résolu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
</context>
<context>
    <name>candor::IncidentsArea</name>
    <message>
        <source>%1, last 90 days</source>
        <translation>%1, 90 derniers jours</translation>
    </message>
    <message>
        <source>No incidents started in the last 90 days.</source>
        <translation>Aucun incident n&apos;a commencé ces 90 derniers jours.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Search titles, services, summaries, timelines and factors (Ctrl+F)</source>
        <translation>Rechercher dans les titres, services, résumés, chronologies et facteurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word you type must start a word of the incident&apos;s title, service or summary, or of one timeline event or contributing factor of its postmortem. Esc clears.</source>
        <translation>Chaque mot saisi doit être le début d&apos;un mot du titre, du service ou du résumé de l&apos;incident, ou d&apos;un événement de la chronologie ou d&apos;un facteur contributif de son post-mortem. Échap efface la recherche.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nouvel incident…</translation>
    </message>
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
            <numerusform>%Ln incident trouvé</numerusform>
            <numerusform>%Ln incidents trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Sélectionnez un incident pour voir ses détails.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>time to detect %1</source>
        <translation>délai de détection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>time to mitigate %1</source>
        <translation>délai d&apos;atténuation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>time to resolve %1</source>
        <translation>délai de résolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impact client</translation>
    </message>
    <message>
        <source>Cannot open the incident</source>
        <translation>Impossible d&apos;ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>Delete the incident “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer l&apos;incident «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Cannot delete the incident</source>
        <translation>Impossible de supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Edi&amp;t incident…</source>
        <translation>&amp;Modifier l&apos;incident…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>Show the incidents of</source>
        <translation>Afficher les incidents de</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Enter edits the selected incident, Delete removes it, Ctrl+P opens its postmortem</source>
        <translation>Entrée modifie l&apos;incident sélectionné, Suppr le supprime, Ctrl+P ouvre son post-mortem</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Détails de l&apos;incident</translation>
    </message>
    <message>
        <source>Edit the selected incident (Enter in the list)</source>
        <translation>Modifier l&apos;incident sélectionné (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Delete the selected incident (Delete in the list)</source>
        <translation>Supprimer l&apos;incident sélectionné (Suppr dans la liste)</translation>
    </message>
</context>
<context>
    <name>candor::InsightsArea</name>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Survey trend by quarter</source>
        <translation>Tendance des enquêtes par trimestre</translation>
    </message>
    <message>
        <source>Incidents by quarter</source>
        <translation>Incidents par trimestre</translation>
    </message>
    <message>
        <source>Teams by construct</source>
        <translation>Équipes par construit</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>One instrument at a time: scales of different length are never drawn together</source>
        <translation>Un questionnaire à la fois&#xa0;: des échelles de longueurs différentes ne sont jamais représentées ensemble</translation>
    </message>
    <message>
        <source>Team trend</source>
        <translation>Tendance de l&apos;équipe</translation>
    </message>
    <message>
        <source>Compare teams</source>
        <translation>Comparer les équipes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Whole department</source>
        <translation>Département entier</translation>
    </message>
    <message>
        <source>Show the department with all its teams instead of its own waves only</source>
        <translation>Afficher le département avec toutes ses équipes au lieu de ses seules vagues propres</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>Q&amp;uestionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <source>Teams to compare</source>
        <translation>Équipes à comparer</translation>
    </message>
    <message>
        <source>Check the teams to compare (Space checks the current one)</source>
        <translation>Cochez les équipes à comparer (Espace coche l&apos;équipe courante)</translation>
    </message>
    <message>
        <source>Departments to show</source>
        <translation>Départements à afficher</translation>
    </message>
    <message>
        <source>Check the departments to show, each with all its teams</source>
        <translation>Cochez les départements à afficher, chacun avec toutes ses équipes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Incidents and MTTR</source>
        <translation>Incidents et MTTR</translation>
    </message>
    <message>
        <source>Unfavourable %1 favourable. Mean of each construct&apos;s answers (reversed items turned round); the value is written in every cell.</source>
        <translation>Défavorable %1 favorable. Moyenne des réponses de chaque construit (items inversés remis à l&apos;endroit)&#xa0;; la valeur est inscrite dans chaque cellule.</translation>
    </message>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (échelle en %2 points)</translation>
    </message>
    <message>
        <source>Save the survey insights of %1 and every team below it as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Enregistrer les analyses des enquêtes de %1 et de toutes les équipes qui en dépendent en PDF pour les RH&#xa0;: graphiques de tendance, carte de chaleur, et ce qui a été masqué et pourquoi</translation>
    </message>
    <message>
        <source>Save the survey insights of the whole organisation as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Enregistrer les analyses des enquêtes de toute l&apos;organisation en PDF pour les RH&#xa0;: graphiques de tendance, carte de chaleur, et ce qui a été masqué et pourquoi</translation>
    </message>
    <message>
        <source>Export insights report</source>
        <translation>Exporter le rapport d&apos;analyse</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The insights report was not saved</source>
        <translation>Le rapport d&apos;analyse n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved the insights report to “%1”. Figures of groups below the anonymity threshold are withheld.</source>
        <translation>Rapport d&apos;analyse enregistré dans «&#xa0;%1&#xa0;». Les chiffres des groupes sous le seuil d&apos;anonymat sont masqués.</translation>
    </message>
    <message>
        <source>Computing the survey figures…</source>
        <translation>Calcul des chiffres d&apos;enquête…</translation>
    </message>
    <message>
        <source>No survey waves yet: create one in Surveys.</source>
        <translation>Aucune vague d&apos;enquête pour l&apos;instant&#xa0;: créez-en une dans Enquêtes.</translation>
    </message>
    <message>
        <source>No waves of “%1” yet. Choose another instrument, or create a wave in Surveys.</source>
        <translation>Aucune vague de «&#xa0;%1&#xa0;» pour l&apos;instant. Choisissez un autre questionnaire, ou créez une vague dans Enquêtes.</translation>
    </message>
    <message>
        <source>No team figures for this instrument yet.</source>
        <translation>Aucun chiffre d&apos;équipe pour ce questionnaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Check the teams to compare in the list.</source>
        <translation>Cochez dans la liste les équipes à comparer.</translation>
    </message>
    <message>
        <source>Check the departments to show in the list.</source>
        <translation>Cochez dans la liste les départements à afficher.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
    <message>
        <source>No waves of this instrument for %1 yet.</source>
        <translation>Aucune vague de ce questionnaire pour %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No waves of this instrument for the chosen teams yet.</source>
        <translation>Aucune vague de ce questionnaire pour les équipes choisies pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The incidents of this quarter could not be read: %1</source>
        <translation>Les incidents de ce trimestre n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whole &amp;department</source>
        <translation>&amp;Département entier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>No survey wave has enough responses to show yet.</source>
        <translation>Aucune vague d&apos;enquête n&apos;a encore assez de réponses pour être affichée.</translation>
    </message>
    <message>
        <source>No wave of “%1” has enough responses to show yet. Choose another instrument.</source>
        <translation>Aucune vague de «&#xa0;%1&#xa0;» n&apos;a encore assez de réponses pour être affichée. Choisissez un autre questionnaire.</translation>
    </message>
</context>
<context>
    <name>candor::InsightsWindow</name>
    <message>
        <source>Survey insights</source>
        <translation>Analyses des enquêtes</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Survey insights only: this login reads anonymity-safe survey figures and changes nothing.</source>
        <translation>Analyses des enquêtes uniquement&#xa0;: ce compte lit des chiffres d&apos;enquête qui préservent l&apos;anonymat et ne modifie rien.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>E&amp;xport insights report (PDF)…</source>
        <translation>E&amp;xporter le rapport d&apos;analyse (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF: the team shown in the team trend, else the whole organisation.</source>
        <translation>Enregistrer les analyses des enquêtes en PDF&#xa0;: l&apos;équipe affichée dans la tendance de l&apos;équipe, sinon toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Se &amp;connecter à une base de données partagée…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Utiliser la base de données &amp;locale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the teams and survey figures again: a wave that reached enough responses since shows then.</source>
        <translation>Relire les équipes et les chiffres des enquêtes&#xa0;: une vague qui a atteint assez de réponses entre-temps s&apos;affiche alors.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
    <message>
        <source>The teams and survey figures were read again.</source>
        <translation>Les équipes et les chiffres des enquêtes ont été relus.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; the figures shown may be out of date until it is back.</source>
        <translation>La connexion à %1 a été perdue (%2). Candor se reconnecte&#xa0;; les chiffres affichés risquent de ne pas être à jour avant son retour.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connexion perdue&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after View &gt; Read again: %1</source>
        <translation>Les modifications faites sur d&apos;autres postes n&apos;apparaîtront qu&apos;après Affichage &gt; Relire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reconnected; the figures shown were read again.</source>
        <translation>Reconnecté&#xa0;; les chiffres affichés ont été relus.</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;This login reads the survey insights of the shared database %2: figures of waves with enough responses to keep every answer anonymous, never an answer or a comment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Post-mortems sans blâme et sécurité psychologique des équipes, sur votre ordinateur.&lt;/p&gt;&lt;p&gt;Ce compte lit les analyses des enquêtes de la base de données partagée %2&#xa0;: les chiffres des vagues ayant assez de réponses pour que chaque réponse reste anonyme, jamais une réponse ni un commentaire.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::InstrumentDialog</name>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Retirer la question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save instrument</source>
        <translation>Enregistrer le questionnaire</translation>
    </message>
    <message>
        <source>C&amp;opy as new</source>
        <translation>&amp;Copier comme nouveau</translation>
    </message>
    <message>
        <source>Copy as a new instrument</source>
        <translation>Copier comme nouveau questionnaire</translation>
    </message>
    <message>
        <source>Survey instruments</source>
        <translation>Questionnaires d&apos;enquête</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>New &amp;instrument</source>
        <translation>Nouveau ques&amp;tionnaire</translation>
    </message>
    <message>
        <source>New instrument</source>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <source>Start a new instrument from the selected one&apos;s questions</source>
        <translation>Créer un nouveau questionnaire à partir des questions du questionnaire sélectionné</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What it measures; respondents see this before they start</source>
        <translation>Ce qu&apos;il mesure&#xa0;; les répondants le voient avant de commencer</translation>
    </message>
    <message>
        <source>Scale points</source>
        <translation>Points de l&apos;échelle</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after the number of points of a scale</comment>
        <translation> points</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <source>Negatively worded: agreeing is unfavourable, so the answer is reverse-scored</source>
        <translation>Formulé négativement&#xa0;: être d&apos;accord est défavorable, la réponse est donc inversée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Éc&amp;helle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Built in: read only, so its results stay comparable everywhere. Use Copy as new to start your own from it.</source>
        <translation>Intégré&#xa0;: en lecture seule, pour que ses résultats restent comparables partout. Utilisez Copier comme nouveau pour créer le vôtre à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Each answer also says whether things are getting better, staying the same or getting worse.</source>
        <translation>Chaque réponse indique aussi si les choses s&apos;améliorent, restent stables ou se dégradent.</translation>
    </message>
    <message>
        <source>The scale is fixed once the instrument exists: answers on a scale of another length could not be compared with earlier waves. Make a new instrument for another scale.</source>
        <translation>L&apos;échelle est fixée dès que le questionnaire existe&#xa0;: des réponses sur une échelle d&apos;une autre longueur ne pourraient pas être comparées aux vagues précédentes. Créez un nouveau questionnaire pour une autre échelle.</translation>
    </message>
    <message>
        <source>Answers run from 1 (disagree) to this number (agree). It cannot change once the instrument is saved.</source>
        <translation>Les réponses vont de 1 (pas d&apos;accord) à ce nombre (d&apos;accord). Il ne peut plus changer une fois le questionnaire enregistré.</translation>
    </message>
    <message>
        <source>the new instrument</source>
        <translation>le nouveau questionnaire</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They are not saved yet.</source>
        <translation>Abandonner vos modifications de %1&#xa0;? Elles ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Saved as version 1. New waves can ask it now.</source>
        <translation>Enregistré en version 1. Les nouvelles vagues peuvent maintenant l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Nothing changed: it stays version %1.</source>
        <translation>Aucune modification&#xa0;: il reste en version %1.</translation>
    </message>
    <message>
        <source>Saved as version %1. Waves already run keep the version they asked; new waves ask this one.</source>
        <translation>Enregistré en version %1. Les vagues déjà menées gardent la version qu&apos;elles ont utilisée&#xa0;; les nouvelles vagues utilisent celle-ci.</translation>
    </message>
</context>
<context>
    <name>candor::KioskRespondent</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <comment>kiosk answer button: key number, answer words</comment>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>And is it getting better, staying the same or getting worse?</source>
        <translation>Et est-ce que cela s&apos;améliore, reste stable ou se dégrade&#xa0;?</translation>
    </message>
    <message>
        <source>Keys 1 to %1 answer too.</source>
        <translation>Les touches 1 à %1 permettent aussi de répondre.</translation>
    </message>
    <message>
        <source>Keys 1 to 9 answer too.</source>
        <translation>Les touches 1 à 9 permettent aussi de répondre.</translation>
    </message>
    <message>
        <source>B: getting better, S: staying the same, W: getting worse.</source>
        <comment>the letters are the keys the kiosk listens to (see B, S and W)</comment>
        <translation>A&#xa0;: s&apos;améliore, S&#xa0;: reste stable, D&#xa0;: se dégrade.</translation>
    </message>
    <message>
        <source>Backspace goes back.</source>
        <translation>La touche Retour arrière revient à la question précédente.</translation>
    </message>
    <message>
        <source>Discard my answers</source>
        <translation>Abandonner mes réponses</translation>
    </message>
    <message>
        <source>The question before (Backspace)</source>
        <translation>La question précédente (Retour arrière)</translation>
    </message>
    <message>
        <source>The next question (Enter)</source>
        <translation>La question suivante (Entrée)</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>Quelque chose à ajouter&#xa0;? (facultatif)</translation>
    </message>
    <message numerus="yes">
        <source>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</source>
        <translation>
            <numerusform>Les commentaires sont conservés séparément de vos réponses et affichés, dans un ordre aléatoire, seulement quand au moins %n personne a répondu. N&apos;indiquez aucun nom, pas même le vôtre.</numerusform>
            <numerusform>Les commentaires sont conservés séparément de vos réponses et affichés, dans un ordre aléatoire, seulement quand au moins %n personnes ont répondu. N&apos;indiquez aucun nom, pas même le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Your comment, if you have one</source>
        <translation>Votre commentaire, si vous en avez un</translation>
    </message>
    <message>
        <source>The last question</source>
        <translation>La dernière question</translation>
    </message>
    <message>
        <source>Send your answers (Ctrl+Enter)</source>
        <translation>Envoyer vos réponses (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>B</source>
        <comment>key: getting better</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key: staying the same</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>W</source>
        <comment>key: getting worse</comment>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>candor::KioskWindow</name>
    <message>
        <source>Candor survey</source>
        <translation>Enquête Candor</translation>
    </message>
    <message>
        <source>Anonymous survey</source>
        <translation>Enquête anonyme</translation>
    </message>
    <message>
        <source>The wave&apos;s instrument asks no questions.</source>
        <translation>Le questionnaire de cette vague ne pose aucune question.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team: wave title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your answers are anonymous. Results are shown only when at least %1 people have answered; comments only when at least %2 have.</source>
        <translation>Vos réponses sont anonymes. Les résultats ne sont affichés que si au moins %1 personnes ont répondu&#xa0;; les commentaires, que si au moins %2 ont répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</source>
        <translation>
            <numerusform>%n question, une par écran. Rien n&apos;enregistre qui a répondu ni quand, et l&apos;écran s&apos;efface dès que vous envoyez vos réponses.</numerusform>
            <numerusform>%n questions, une par écran. Rien n&apos;enregistre qui a répondu ni quand, et l&apos;écran s&apos;efface dès que vous envoyez vos réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the survey</source>
        <translation>Commencer l&apos;enquête</translation>
    </message>
    <message>
        <source>End kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>For the facilitator: end the session (Esc)</source>
        <translation>Pour l&apos;animateur&#xa0;: terminer la séance (Échap)</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved and no longer on screen.
Please pass the screen on.</source>
        <translation>Merci. Vos réponses sont enregistrées et ne sont plus à l&apos;écran.
Veuillez passer l&apos;écran à la personne suivante.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1 They stay on screen; ask the facilitator for help.</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;: %1 Elles restent à l&apos;écran&#xa0;; demandez de l&apos;aide à l&apos;animateur.</translation>
    </message>
    <message>
        <source>End kiosk mode? The answers of the person answering now are discarded; answers already submitted are saved.</source>
        <translation>Quitter le mode kiosque&#xa0;? Les réponses de la personne en train de répondre sont abandonnées&#xa0;; les réponses déjà envoyées sont enregistrées.</translation>
    </message>
    <message>
        <source>End kiosk mode for this wave? Answers already submitted are saved.</source>
        <translation>Quitter le mode kiosque pour cette vague&#xa0;? Les réponses déjà envoyées sont enregistrées.</translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation>Abandonner les réponses</translation>
    </message>
    <message>
        <source>Discard this person&apos;s answers and go back to the start? Nothing of them is saved.</source>
        <translation>Abandonner les réponses de cette personne et revenir au début&#xa0;? Rien n&apos;en sera enregistré.</translation>
    </message>
</context>
<context>
    <name>candor::LimitedTextEdit</name>
    <message>
        <source>This field holds up to %1 characters; with that it would have %2. Nothing was added: shorten the text first, or keep the long text in a document and link to it.</source>
        <translation>Ce champ contient au plus %1 caractères&#xa0;; avec cet ajout il en aurait %2. Rien n&apos;a été ajouté&#xa0;: raccourcissez d&apos;abord le texte, ou conservez le texte long dans un document et ajoutez-y un lien.</translation>
    </message>
</context>
<context>
    <name>candor::LongTextDelegate</name>
    <message>
        <source>Changed on another desktop while you were typing; it now reads “%1”. Press Enter to write yours over it, or Escape to keep it.</source>
        <translation>Modifié sur un autre poste pendant votre saisie&#xa0;; il indique maintenant «&#xa0;%1&#xa0;». Appuyez sur Entrée pour le remplacer par votre texte, ou sur Échap pour garder le texte enregistré.</translation>
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
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>La modification n&apos;a pas pu être effectuée</translation>
    </message>
    <message>
        <source>%1 Choose File &gt; Restore backup… to go back to the last good copy; until then some lists may fail to show.</source>
        <translation>%1 Choisissez Fichier &gt; Restaurer une sauvegarde… pour revenir à la dernière copie saine&#xa0;; d&apos;ici là, certaines listes risquent de ne pas s&apos;afficher.</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La sauvegarde quotidienne a échoué</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>Nouvelle éq&amp;uipe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Nouveau &amp;membre…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Insights &amp;report (PDF)…</source>
        <translation>&amp;Rapport d&apos;analyse (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF for HR: the team shown in Insights with the teams below it, or the whole organisation</source>
        <translation>Enregistrer les analyses des enquêtes en PDF pour les RH&#xa0;: l&apos;équipe affichée dans Analyses avec les équipes qui en dépendent, ou toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation>Charger l&apos;organisation de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Su&amp;rveys</source>
        <translation>&amp;Enquêtes</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>I&amp;nsights</source>
        <translation>A&amp;nalyses</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Postmortem</source>
        <translation>&amp;Post-mortem</translation>
    </message>
    <message>
        <source>Start &amp;postmortem</source>
        <translation>Démarrer le &amp;post-mortem</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Nouvelle &amp;rétrospective…</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>&amp;Enquête</translation>
    </message>
    <message>
        <source>New &amp;wave…</source>
        <translation>Nouvelle &amp;vague…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Lancer en mode &amp;kiosque…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Import answers from CSV…</source>
        <translation>&amp;Importer des réponses depuis un CSV…</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>&amp;Questionnaires…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Open &amp;postmortem</source>
        <translation>Ouvrir le &amp;post-mortem</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Aucun incident sélectionné</translation>
    </message>
    <message>
        <source>Select the incident in the Incidents list, then start its postmortem.</source>
        <translation>Sélectionnez l&apos;incident dans la liste Incidents, puis démarrez son post-mortem.</translation>
    </message>
    <message>
        <source>Cannot start the postmortem</source>
        <translation>Impossible de démarrer le post-mortem</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Impossible d&apos;ouvrir la séance</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln équipe</numerusform>
            <numerusform>%Ln équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Candor</source>
        <translation>Bienvenue dans Candor</translation>
    </message>
    <message>
        <source>This database is empty. Load a small demo organisation (3 departments, 10 teams, 60 people and 120 incidents, with five years of survey waves) to look around? You can also start with your own teams.</source>
        <translation>Cette base de données est vide. Charger une petite organisation de démonstration (3 départements, 10 équipes, 60 personnes et 120 incidents, avec cinq ans de vagues d&apos;enquête) pour découvrir l&apos;application&#xa0;? Vous pouvez aussi commencer avec vos propres équipes.</translation>
    </message>
    <message>
        <source>Cannot load the demo organisation</source>
        <translation>Impossible de charger l&apos;organisation de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo organisation: %n incident(s).</source>
        <translation>
            <numerusform>Organisation de démonstration chargée&#xa0;: %n incident.</numerusform>
            <numerusform>Organisation de démonstration chargée&#xa0;: %n incidents.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data stays in one file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Post-mortems sans blâme et sécurité psychologique des équipes, sur votre ordinateur.&lt;/p&gt;&lt;p&gt;Vos données restent dans un seul fichier&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>The survey kiosk is running</source>
        <translation>Le kiosque d&apos;enquête est ouvert</translation>
    </message>
    <message>
        <source>Candor changes its language once the kiosk is closed: someone may be answering. Close the kiosk, then choose the language again in Preferences.</source>
        <translation>Candor change de langue une fois le kiosque fermé&#xa0;: quelqu&apos;un est peut-être en train de répondre. Fermez le kiosque, puis choisissez à nouveau la langue dans les Préférences.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 switch between the areas.</source>
        <translation>Ctrl+1 à Ctrl+6 permettent de passer d&apos;une rubrique à l&apos;autre.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; changes cannot be saved until it is back.</source>
        <translation>La connexion à %1 a été perdue (%2). Candor se reconnecte&#xa0;; les modifications ne peuvent pas être enregistrées avant son retour.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connexion perdue&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected; everything shown was read again.</source>
        <translation>Reconnecté&#xa0;; tout ce qui est affiché a été relu.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Se &amp;connecter à une base de données partagée…</translation>
    </message>
    <message>
        <source>Work on a Candor database on a PostgreSQL server that your team shares</source>
        <translation>Travailler sur une base de données Candor située sur un serveur PostgreSQL partagé par votre équipe</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Utiliser la base de données &amp;locale</translation>
    </message>
    <message>
        <source>Stop using the shared database and open the database file on this computer</source>
        <translation>Ne plus utiliser la base de données partagée et ouvrir le fichier de base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>The connection to the server was lost; Candor is reconnecting. What you type now cannot be saved.</source>
        <translation>La connexion au serveur a été perdue&#xa0;; Candor se reconnecte. Ce que vous saisissez maintenant ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after a restart: %1</source>
        <translation>Les modifications faites sur d&apos;autres postes n&apos;apparaîtront qu&apos;après un redémarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another desktop changed many records at once; everything shown was read again.</source>
        <translation>Un autre poste a modifié de nombreux enregistrements à la fois&#xa0;; tout ce qui est affiché a été relu.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data is in the shared database %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Post-mortems sans blâme et sécurité psychologique des équipes, sur votre ordinateur.&lt;/p&gt;&lt;p&gt;Vos données se trouvent dans la base de données partagée %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::MemberDialog</name>
    <message>
        <source>Manages people on this team</source>
        <translation>Encadre des personnes de cette équipe</translation>
    </message>
    <message>
        <source>Active (still on the team)</source>
        <translation>Actif (toujours dans l&apos;équipe)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>For example: Site reliability engineer</source>
        <translation>Par exemple&#xa0;: Ingénieur fiabilité de site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>candor::MemberTableModel</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>A quitté l&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Encadre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>member</comment>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>candor::MttrChart</name>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Délai de résolution (MTTR)</translation>
    </message>
    <message>
        <source>Time to resolve per quarter</source>
        <translation>Délai de résolution par trimestre</translation>
    </message>
    <message>
        <source>Mean time to resolve of each quarter&apos;s resolved incidents. The Incidents table shows the same figures.</source>
        <translation>Délai moyen de résolution des incidents résolus de chaque trimestre. Le tableau Incidents montre les mêmes chiffres.</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR) per quarter; open incidents are left out</source>
        <translation>Délai de résolution (MTTR) par trimestre&#xa0;; les incidents ouverts sont exclus</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>candor::NumbersPanel</name>
    <message>
        <source>The numbers behind the chosen point</source>
        <translation>Les chiffres derrière le point choisi</translation>
    </message>
    <message>
        <source>Click a point of the chart, or choose a cell of the table, to see the numbers behind it.</source>
        <translation>Cliquez sur un point du graphique, ou choisissez une cellule du tableau, pour voir les chiffres correspondants.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>No survey in this quarter</source>
        <translation>Aucune enquête ce trimestre</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>%1 on a scale of 1 to %2</source>
        <translation>%1 sur une échelle de 1 à %2</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>Intervalle de confiance à 95&#xa0;%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>interval</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 défavorables, %2 neutres, %3 favorables</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Item means</source>
        <translation>Moyennes par item</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Incidents of the team and its sub-teams</source>
        <translation>Incidents de l&apos;équipe et de ses sous-équipes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: count</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>aucun incident</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>aucun résolu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Délai de résolution (MTTR)</translation>
    </message>
    <message>
        <source>Open incidents left out of MTTR</source>
        <translation>Incidents ouverts exclus du MTTR</translation>
    </message>
</context>
<context>
    <name>candor::OpenFailureDialog</name>
    <message>
        <source>the daily backup</source>
        <translation>la sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>the backup taken before the update from version %1</source>
        <translation>la sauvegarde effectuée avant la mise à jour depuis la version %1</translation>
    </message>
    <message>
        <source>the backup taken before the last restore</source>
        <translation>la sauvegarde effectuée avant la dernière restauration</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>une copie</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Candor can go back to %1 of this database, taken %2 (%3). Changes made after it are only in the damaged file, which Candor keeps beside the database as “%4”: it is not deleted.</source>
        <translation>Candor peut revenir à %1 de cette base de données, effectuée le %2 (%3). Les modifications faites depuis ne se trouvent que dans le fichier endommagé, que Candor conserve à côté de la base de données sous le nom «&#xa0;%4&#xa0;»&#xa0;: il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Could not keep the damaged file aside as “%1”: %2. Nothing was changed; check that you may write to the folder.</source>
        <translation>Impossible de mettre de côté le fichier endommagé sous le nom «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n&apos;a été modifié&#xa0;; vérifiez que vous avez le droit d&apos;écrire dans le dossier.</translation>
    </message>
    <message>
        <source>%1 The damaged file is back in its place.</source>
        <translation>%1 Le fichier endommagé a été remis à sa place.</translation>
    </message>
    <message>
        <source>Candor cannot open the shared database</source>
        <translation>Candor ne peut pas ouvrir la base de données partagée</translation>
    </message>
    <message>
        <source>Candor was set to open the shared database %1. You can try again (once the server or your network is back), or work on the local database on this computer: Candor then opens it at start, and File &gt; Connect to a shared database… connects to the server again.</source>
        <translation>Candor est configuré pour ouvrir la base de données partagée %1. Vous pouvez réessayer (une fois le serveur ou votre réseau rétabli), ou travailler sur la base de données locale de cet ordinateur&#xa0;: Candor l&apos;ouvre alors au démarrage, et Fichier &gt; Se connecter à une base de données partagée… vous reconnecte au serveur.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Essayer à nouveau</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>Ouvrir la base de données &amp;locale</translation>
    </message>
</context>
<context>
    <name>candor::OpeningPage</name>
    <message>
        <source>Ground rules</source>
        <translation>Règles de base</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Name; ideally someone from outside the team</source>
        <translation>Nom&#xa0;; idéalement une personne extérieure à l&apos;équipe</translation>
    </message>
    <message>
        <source>The group discussed this and keeps this facilitator</source>
        <translation>Le groupe en a discuté et garde cet animateur</translation>
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
        <translation>&amp;Animateur&#xa0;:</translation>
    </message>
    <message>
        <source>Speaking &amp;turn:</source>
        <translation>&amp;Tour de parole&#xa0;:</translation>
    </message>
    <message>
        <source>Time per &amp;phase:</source>
        <translation>Durée par &amp;phase&#xa0;:</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <source>Name of a member or a guest</source>
        <translation>Nom d&apos;un membre ou d&apos;un invité</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Role, e.g. developer, product owner</source>
        <translation>Rôle, par ex. développeur, product owner</translation>
    </message>
    <message>
        <source>Role in the incident, e.g. on call, incident lead</source>
        <translation>Rôle dans l&apos;incident, par ex. astreinte, responsable de l&apos;incident</translation>
    </message>
    <message>
        <source>Participant&apos;s role</source>
        <translation>Rôle du participant</translation>
    </message>
    <message>
        <source>Participant&apos;s role in the incident</source>
        <translation>Rôle du participant dans l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the &amp;whole team</source>
        <translation>Ajouter toute l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rôle dans l&apos;incident</translation>
    </message>
    <message>
        <source>Safety check before we start</source>
        <translation>Bilan de sécurité avant de commencer</translation>
    </message>
    <message>
        <source>People may say less with them in the chair. Consider a facilitator from outside the team.</source>
        <translation>Les gens risquent d&apos;en dire moins si cette personne anime. Envisagez un animateur extérieur à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom du participant.</translation>
    </message>
    <message>
        <source>%1 is already in the room.</source>
        <translation>%1 est déjà dans la salle.</translation>
    </message>
    <message>
        <source>Select the participant to remove.</source>
        <translation>Sélectionnez le participant à retirer.</translation>
    </message>
    <message>
        <source>Delete removes the selected person; Ctrl+Z brings them back</source>
        <translation>Suppr retire la personne sélectionnée&#xa0;; Ctrl+Z la rétablit</translation>
    </message>
</context>
<context>
    <name>candor::OptionalDateTimeEdit</name>
    <message>
        <source>%1: known</source>
        <comment>a time that may be unknown, e.g. Detected: known</comment>
        <translation>%1&#xa0;: heure connue</translation>
    </message>
</context>
<context>
    <name>candor::PhaseStepper</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>Toutes les étapes sont terminées</translation>
    </message>
</context>
<context>
    <name>candor::PostmortemSession</name>
    <message>
        <source>%1 belongs to the team whose incident this is.</source>
        <translation>%1 fait partie de l&apos;équipe concernée par cet incident.</translation>
    </message>
    <message>
        <source>%1 belongs to the team holding this retro.</source>
        <translation>%1 fait partie de l&apos;équipe qui tient cette rétrospective.</translation>
    </message>
    <message>
        <source>%1 manages %2, who is in the room.</source>
        <translation>%1 encadre %2, qui est dans la salle.</translation>
    </message>
    <message>
        <source>Add the people in the room before starting a round.</source>
        <translation>Ajoutez les personnes présentes avant de lancer un tour.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>La séance est terminée.</translation>
    </message>
    <message>
        <source>Nobody is speaking. Start a round first.</source>
        <translation>Personne n&apos;a la parole. Lancez d&apos;abord un tour.</translation>
    </message>
    <message>
        <source>A number of slips must be between 0 and %1.</source>
        <translation>Un nombre de bulletins doit être compris entre 0 et %1.</translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Candor&apos;s windows change to this language when you close Preferences.</source>
        <translation>Les fenêtres de Candor passent à cette langue quand vous fermez les Préférences.</translation>
    </message>
    <message>
        <source>Light text on black suits a dark meeting room; dark text on white suits a bright one.</source>
        <translation>Un texte clair sur fond noir convient à une salle de réunion sombre&#xa0;; un texte sombre sur fond blanc, à une salle claire.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent sign after a number; keep the space the language uses</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>100 % is the size the screen calls for; Ctrl+plus and Ctrl+minus change it during a session.</source>
        <translation>100&#xa0;% correspond à la taille adaptée à l&apos;écran&#xa0;; Ctrl+plus et Ctrl+moins la modifient pendant une séance.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vue de la salle</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>candor::QuarterIncidentsModel</name>
    <message>
        <source>The incidents beside the trend could not be read: %1</source>
        <translation>Les incidents affichés à côté de la tendance n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No incident of this quarter is resolved yet</source>
        <translation>Aucun incident de ce trimestre n&apos;est encore résolu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Non résolus</translation>
    </message>
    <message>
        <source>Mean time to resolve of the quarter&apos;s resolved incidents</source>
        <translation>Délai moyen de résolution des incidents résolus du trimestre</translation>
    </message>
    <message>
        <source>Incidents of the quarter not resolved yet, left out of MTTR</source>
        <translation>Incidents du trimestre pas encore résolus, exclus du MTTR</translation>
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
        <translation>Page HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Pr&amp;int report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Save the postmortem report as PDF, Markdown or an HTML page</source>
        <translation>Enregistrer le rapport de post-mortem en PDF, en Markdown ou en page HTML</translation>
    </message>
    <message>
        <source>Print the postmortem report</source>
        <translation>Imprimer le rapport de post-mortem</translation>
    </message>
    <message>
        <source>The incident has no postmortem yet, so there is no report.</source>
        <translation>L&apos;incident n&apos;a pas encore de post-mortem, il n&apos;y a donc pas de rapport.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>Export postmortem report</source>
        <translation>Exporter le rapport de post-mortem</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved the postmortem report to “%1”.</source>
        <translation>Rapport de post-mortem enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Impossible d&apos;imprimer le rapport</translation>
    </message>
    <message>
        <source>Print postmortem report</source>
        <translation>Imprimer le rapport de post-mortem</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Le rapport n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is ready, or export the report as PDF and print that.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée. Vérifiez qu&apos;elle est prête, ou exportez le rapport en PDF et imprimez ce fichier.</translation>
    </message>
    <message>
        <source>Sent the postmortem report to “%1”.</source>
        <translation>Rapport de post-mortem envoyé à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupAction</name>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Before the update from version %1</source>
        <translation>Avant la mise à jour depuis la version %1</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Remplacée par une restauration</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Autre copie</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Candor keeps the current database as a backup first, so you can return to it the same way.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Candor conserve d&apos;abord la base de données actuelle comme sauvegarde, pour que vous puissiez y revenir de la même façon.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet. Candor takes one each day it starts and before it updates a database; choose Other file… for a backup kept elsewhere.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde dans «&#xa0;%1&#xa0;». Candor en effectue une chaque jour au démarrage et avant de mettre à jour une base de données&#xa0;; choisissez Autre fichier… pour une sauvegarde conservée ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Candor databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données Candor (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Impossible de restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore “%1” (from %2)?</source>
        <translation>Restaurer «&#xa0;%1&#xa0;» (du %2)&#xa0;?</translation>
    </message>
    <message>
        <source>The current database is kept as a backup in “%1” first, so you can go back to it. Open postmortem and retro windows close; then Candor shows the data of the backup.</source>
        <translation>La base de données actuelle est d&apos;abord conservée comme sauvegarde dans «&#xa0;%1&#xa0;», pour que vous puissiez y revenir. Les fenêtres de post-mortem et de rétrospective ouvertes se ferment&#xa0;; Candor affiche ensuite les données de la sauvegarde.</translation>
    </message>
    <message>
        <source>This backup comes from an earlier Candor (schema version %1). Candor updates it after restoring and keeps a copy from before the update.</source>
        <translation>Cette sauvegarde provient d&apos;une version antérieure de Candor (version de schéma %1). Candor la met à jour après la restauration et conserve une copie d&apos;avant la mise à jour.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Enter restores the selected backup</source>
        <translation>Entrée restaure la sauvegarde sélectionnée</translation>
    </message>
</context>
<context>
    <name>candor::RetroDialog</name>
    <message>
        <source>New retro</source>
        <translation>Nouvelle rétrospective</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Choisissez une équipe…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example: Sprint 14 retro</source>
        <translation>Par exemple&#xa0;: rétrospective du sprint 14</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Retro, %1</source>
        <translation>Rétrospective, %1</translation>
    </message>
    <message>
        <source>Retro, %1 – %2</source>
        <comment>the period a retro looks back on: first day – last day</comment>
        <translation>Rétrospective, %1 – %2</translation>
    </message>
    <message>
        <source>Choose the team the retro is for.</source>
        <translation>Choisissez l&apos;équipe concernée par la rétrospective.</translation>
    </message>
    <message>
        <source>The title is empty. Type a title, for example the period.</source>
        <translation>Le titre est vide. Saisissez un titre, par exemple la période.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a last day on or after %1.</source>
        <translation>La période se termine avant de commencer. Choisissez comme dernier jour le %1 ou une date ultérieure.</translation>
    </message>
</context>
<context>
    <name>candor::SessionConsole</name>
    <message>
        <source>Retro: %1</source>
        <translation>Rétrospective&#xa0;: %1</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Post-mortem&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Who confirms the group agrees</source>
        <translation>Qui confirme l&apos;accord du groupe</translation>
    </message>
    <message>
        <source>Agreement confirmed by</source>
        <translation>Accord confirmé par</translation>
    </message>
    <message>
        <source>A&amp;gree and continue</source>
        <translation>&amp;Valider et continuer</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase (Ctrl+Enter)</source>
        <translation>Consigne que le groupe valide cette phase (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reason to move on without agreement (kept in the record)</source>
        <translation>Raison de poursuivre sans accord (conservée dans le compte rendu)</translation>
    </message>
    <message>
        <source>Reason to skip the phase</source>
        <translation>Raison de passer la phase</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Passer la p&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Back to…</source>
        <translation>&amp;Revenir à…</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Confirmé par&#xa0;:</translation>
    </message>
    <message>
        <source>Fair turns</source>
        <translation>Tours de parole équitables</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>File de parole</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Lancer le tour</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passer son tour</translation>
    </message>
    <message>
        <source>✓ spoke  ↷ passed  • still to speak this round
F6 start, F7 next, F8 pass</source>
        <translation>✓ a parlé  ↷ a passé son tour  • doit encore parler dans ce tour
F6 lancer, F7 suivant, F8 passer</translation>
    </message>
    <message>
        <source>The session is finished. Everything is saved.
Use “Back to…” to reopen a phase; the record keeps every agreement.</source>
        <translation>La séance est terminée. Tout est enregistré.
Utilisez «&#xa0;Revenir à…&#xa0;» pour rouvrir une phase&#xa0;; le compte rendu conserve chaque accord.</translation>
    </message>
    <message>
        <source>Private notes (never on the projector)</source>
        <translation>Notes privées (jamais projetées)</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Only you see these. Saved as you type.</source>
        <translation>Vous seul les voyez. Enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Agree and continue</source>
        <translation>&amp;Valider et continuer</translation>
    </message>
    <message>
        <source>&amp;Skip with the reason given</source>
        <translation>Passer la phase avec la &amp;raison indiquée</translation>
    </message>
    <message>
        <source>S&amp;tart a speaking round</source>
        <translation>&amp;Lancer un tour de parole</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Personne &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>Passer son &amp;tour</translation>
    </message>
    <message>
        <source>&amp;Close console</source>
        <translation>&amp;Fermer la console</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Present to the room</source>
        <translation>&amp;Projeter dans la salle</translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation>Projeter &amp;sur</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Écran %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Go back to “%1”? Its agreement and those of every later phase are reopened; the record keeps them.</source>
        <translation>Revenir à «&#xa0;%1&#xa0;»&#xa0;? Son accord et ceux de toutes les phases suivantes sont rouverts&#xa0;; le compte rendu les conserve.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Has not spoken yet in this phase</source>
        <translation>N&apos;a pas encore parlé dans cette phase</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 · %n still to speak</source>
        <translation>
            <numerusform>Tour %1 · %n doit encore parler</numerusform>
            <numerusform>Tour %1 · %n doivent encore parler</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Parole à %1</translation>
    </message>
    <message>
        <source>Nobody is speaking</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Phase dépassée de %1</translation>
    </message>
    <message>
        <source>Phase: %1 left</source>
        <translation>Phase&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Dépassé de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>Phase timer</source>
        <translation>Minuteur de la phase</translation>
    </message>
    <message>
        <source>Time left in this phase, or how far it has run over</source>
        <translation>Temps restant dans cette phase, ou son dépassement</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase, confirmed by the person named beside it, and opens the next phase (Ctrl+Enter)</source>
        <translation>Consigne que le groupe valide cette phase, accord confirmé par la personne indiquée à côté, et ouvre la phase suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Moves on without agreement; the reason is kept in the record (Enter in the reason)</source>
        <translation>Poursuit sans accord&#xa0;; la raison est conservée dans le compte rendu (Entrée dans la raison)</translation>
    </message>
    <message>
        <source>Reopens an earlier phase and every phase after it; the record keeps their agreements</source>
        <translation>Rouvre une phase précédente et toutes les phases suivantes&#xa0;; le compte rendu conserve leurs accords</translation>
    </message>
    <message>
        <source>Turn timer</source>
        <translation>Minuteur du tour de parole</translation>
    </message>
    <message>
        <source>Time left in the speaker&apos;s turn, or how far it has run over</source>
        <translation>Temps restant pour la personne qui a la parole, ou son dépassement</translation>
    </message>
    <message>
        <source>Everyone in the room in speaking order: ▶ speaking, ✓ spoke, ↷ passed, • still to speak this round</source>
        <translation>Toutes les personnes présentes dans l&apos;ordre de parole&#xa0;: ▶ a la parole, ✓ a parlé, ↷ a passé son tour, • doit encore parler dans ce tour</translation>
    </message>
    <message>
        <source>Starts a round: everyone in the room speaks in turn (F6)</source>
        <translation>Lance un tour&#xa0;: chaque personne présente parle à son tour (F6)</translation>
    </message>
    <message>
        <source>The speaker has spoken; the next one in the queue speaks (F7)</source>
        <translation>La personne a parlé&#xa0;; la suivante dans la file prend la parole (F7)</translation>
    </message>
    <message>
        <source>The speaker passes; the next one in the queue speaks (F8)</source>
        <translation>La personne passe son tour&#xa0;; la suivante dans la file prend la parole (F8)</translation>
    </message>
    <message>
        <source>Audience text &amp;larger</source>
        <translation>Texte de la salle plus &amp;grand</translation>
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
        <translation>Texte de la salle plus pe&amp;tit</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Facilitators see these on their desktops; the room never does. Saved as you type.</source>
        <translation>Les animateurs les voient sur leur poste&#xa0;; la salle, jamais. Enregistrées au fil de la saisie.</translation>
    </message>
</context>
<context>
    <name>candor::SessionEdits</name>
    <message>
        <source>Add participant “%1”</source>
        <translation>Ajouter le participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Ce participant ne fait plus partie de la séance.</translation>
    </message>
    <message>
        <source>Edit participant “%1”</source>
        <translation>Modifier le participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove participant “%1”</source>
        <translation>Retirer le participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add timeline event “%1”</source>
        <translation>Ajouter l&apos;événement «&#xa0;%1&#xa0;» à la chronologie</translation>
    </message>
    <message>
        <source>Edit timeline event “%1”</source>
        <translation>Modifier l&apos;événement «&#xa0;%1&#xa0;» de la chronologie</translation>
    </message>
    <message>
        <source>Delete timeline event “%1”</source>
        <translation>Supprimer l&apos;événement «&#xa0;%1&#xa0;» de la chronologie</translation>
    </message>
    <message>
        <source>Add contributing factor “%1”</source>
        <translation>Ajouter le facteur contributif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit contributing factor “%1”</source>
        <translation>Modifier le facteur contributif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete contributing factor “%1”</source>
        <translation>Supprimer le facteur contributif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Ajouter l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Modifier l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” in progress</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme en cours</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme terminée</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>Abandonner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete action item “%1”</source>
        <translation>Supprimer l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>candor::SessionTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>candor::SessionsArea</name>
    <message>
        <source>Start a postmortem from an incident, or a retro for a team.</source>
        <translation>Démarrez un post-mortem à partir d&apos;un incident, ou une rétrospective pour une équipe.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Postmortems and retros</source>
        <translation>Post-mortems et rétrospectives</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Nouvelle &amp;rétrospective…</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Nouvelle rétrospective</translation>
    </message>
    <message>
        <source>Look back on a period with a team</source>
        <translation>Faire le bilan d&apos;une période avec une équipe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected postmortem or retro (Enter)</source>
        <translation>Ouvrir le post-mortem ou la rétrospective sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l&apos;instant</translation>
    </message>
    <message>
        <source>A retro is for a team. Add the team under Teams first, then start its retro.</source>
        <translation>Une rétrospective concerne une équipe. Ajoutez d&apos;abord l&apos;équipe dans Équipes, puis démarrez sa rétrospective.</translation>
    </message>
    <message>
        <source>Delete the retro “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? This cannot be undone.</source>
        <translation>Supprimer la rétrospective «&#xa0;%1&#xa0;» et tout ce qui y est consigné&#xa0;: participants, chronologie, facteurs contributifs, enseignements, actions et notes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the postmortem of “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? The incident stays. This cannot be undone.</source>
        <translation>Supprimer le post-mortem de «&#xa0;%1&#xa0;» et tout ce qui y est consigné&#xa0;: participants, chronologie, facteurs contributifs, enseignements, actions et notes&#xa0;? L&apos;incident est conservé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Supprimer la rétrospective</translation>
    </message>
    <message>
        <source>Delete postmortem</source>
        <translation>Supprimer le post-mortem</translation>
    </message>
    <message>
        <source>Cannot delete the retro</source>
        <translation>Impossible de supprimer la rétrospective</translation>
    </message>
    <message>
        <source>Cannot delete the postmortem</source>
        <translation>Impossible de supprimer le post-mortem</translation>
    </message>
    <message>
        <source>Delete the selected postmortem or retro and everything recorded in it (Delete in the list)</source>
        <translation>Supprimer le post-mortem ou la rétrospective sélectionné et tout ce qui y est consigné (Suppr dans la liste)</translation>
    </message>
</context>
<context>
    <name>candor::SurveyWaveModel</name>
    <message>
        <source>Collecting in kiosk mode</source>
        <translation>Collecte en mode kiosque</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>anonymity threshold k (comment threshold)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Figures are shown from %n response(s)</source>
        <translation>
            <numerusform>Les chiffres sont affichés à partir de %n réponse</numerusform>
            <numerusform>Les chiffres sont affichés à partir de %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n response(s)</source>
        <translation>
            <numerusform>Les commentaires sont affichés à partir de %n réponse</numerusform>
            <numerusform>Les commentaires sont affichés à partir de %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Les chiffres s&apos;affichent à la fin de la séance en mode kiosque, pour que personne ne puisse distinguer les réponses de chacun.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</source>
        <translation>
            <numerusform>Rien n&apos;est affiché en dessous de %n réponse, ni là où un chiffre permettrait de déduire celui d&apos;un groupe masqué&#xa0;: personne ne peut être identifié.</numerusform>
            <numerusform>Rien n&apos;est affiché en dessous de %n réponses, ni là où un chiffre permettrait de déduire celui d&apos;un groupe masqué&#xa0;: personne ne peut être identifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Vague de %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The anonymity threshold k (and the comment threshold when it is higher), frozen when the wave opened</source>
        <translation>Le seuil d&apos;anonymat k (et le seuil des commentaires s&apos;il est plus élevé), figé à l&apos;ouverture de la vague</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>k (comments)</source>
        <comment>column of the anonymity threshold k and the comment threshold</comment>
        <translation>k (commentaires)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>candor::SurveysArea</name>
    <message>
        <source>No survey waves here yet. Start one with New wave…</source>
        <translation>Aucune vague d&apos;enquête ici pour l&apos;instant. Lancez-en une avec Nouvelle vague…</translation>
    </message>
    <message>
        <source>Kiosk &amp;screen:</source>
        <translation>É&amp;cran du kiosque&#xa0;:</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Lancer en mode &amp;kiosque…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete wave…</source>
        <translation>Supprimer la &amp;vague…</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Include sub-teams</source>
        <translation>Inclure les sous-équipes</translation>
    </message>
    <message>
        <source>Also list the waves of the teams below the chosen one</source>
        <translation>Lister aussi les vagues des équipes qui dépendent de l&apos;équipe choisie</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Vagues d&apos;enquête</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Ne&amp;w wave…</source>
        <translation>&amp;Nouvelle vague…</translation>
    </message>
    <message>
        <source>New wave</source>
        <translation>Nouvelle vague</translation>
    </message>
    <message>
        <source>Start a survey wave for a team</source>
        <translation>Lancer une vague d&apos;enquête pour une équipe</translation>
    </message>
    <message>
        <source>Run in kiosk mode</source>
        <translation>Lancer en mode kiosque</translation>
    </message>
    <message>
        <source>Collect answers on a shared screen, one person at a time; it clears after everyone</source>
        <translation>Recueillir les réponses sur un écran partagé, une personne à la fois&#xa0;; il s&apos;efface après chacune</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Add the answers a form tool exported as CSV to the selected wave</source>
        <translation>Ajouter à la vague sélectionnée les réponses exportées en CSV par un outil de formulaires</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>Q&amp;uestionnaires…</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>See the built-in questionnaires and make your own</source>
        <translation>Voir les questionnaires intégrés et créer les vôtres</translation>
    </message>
    <message>
        <source>Delete wave</source>
        <translation>Supprimer la vague</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Écran du kiosque</translation>
    </message>
    <message>
        <source>Reading the survey waves…</source>
        <translation>Lecture des vagues d&apos;enquête…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <comment>screen number: name (width × height)</comment>
        <translation>%1&#xa0;: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l&apos;instant</translation>
    </message>
    <message>
        <source>A survey wave is for a team. Add the team under Teams first, then start its wave.</source>
        <translation>Une vague d&apos;enquête concerne une équipe. Ajoutez d&apos;abord l&apos;équipe dans Équipes, puis lancez sa vague.</translation>
    </message>
    <message>
        <source>The wave “%1” opens on %2. Collect answers for it now anyway?</source>
        <translation>La vague «&#xa0;%1&#xa0;» s&apos;ouvre le %2. Recueillir quand même des réponses maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The wave “%1” closed on %2. Collect answers for it now anyway?</source>
        <translation>La vague «&#xa0;%1&#xa0;» s&apos;est close le %2. Recueillir quand même des réponses maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot run the kiosk</source>
        <translation>Impossible de lancer le kiosque</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Cannot delete the wave</source>
        <translation>Impossible de supprimer la vague</translation>
    </message>
    <message>
        <source>The wave “%1” is running in kiosk mode. End the kiosk session first.</source>
        <translation>La vague «&#xa0;%1&#xa0;» est en cours en mode kiosque. Terminez d&apos;abord la séance de kiosque.</translation>
    </message>
    <message>
        <source>Delete the wave “%1” of %2? This removes all its answers and comments. This cannot be undone.</source>
        <translation>Supprimer la vague «&#xa0;%1&#xa0;» de %2&#xa0;? Toutes ses réponses et tous ses commentaires seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>With su&amp;b-teams</source>
        <translation>Avec les &amp;sous-équipes</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Détails de la vague</translation>
    </message>
    <message>
        <source>Delete the selected wave with all its answers and comments (Delete in the list)</source>
        <translation>Supprimer la vague sélectionnée avec toutes ses réponses et tous ses commentaires (Suppr dans la liste)</translation>
    </message>
</context>
<context>
    <name>candor::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Modifier l&apos;équipe</translation>
    </message>
    <message>
        <source>For example: Payments, or Checkout</source>
        <translation>Par exemple&#xa0;: Paiements, ou Tunnel de commande</translation>
    </message>
    <message>
        <source>None (a department or top-level team)</source>
        <translation>Aucune (un département ou une équipe de premier niveau)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Fait partie de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>candor::TeamTreeModel</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) here and in sub-teams</source>
        <translation>
            <numerusform>%Ln membre ici et dans les sous-équipes</numerusform>
            <numerusform>%Ln membres ici et dans les sous-équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>candor::TeamsArea</name>
    <message>
        <source>New &amp;sub-team…</source>
        <translation>Nouvelle &amp;sous-équipe…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Modifier le membre…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Nouveau m&amp;embre…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>People in %1</source>
        <translation>Personnes de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team “%1” and its %n member(s)? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Supprimer l&apos;équipe «&#xa0;%1&#xa0;» et %n membre&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</numerusform>
            <numerusform>Supprimer l&apos;équipe «&#xa0;%1&#xa0;» et ses %n membres&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the team “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer l&apos;équipe «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Cannot delete the team</source>
        <translation>Impossible de supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Cannot delete the member</source>
        <translation>Impossible de supprimer le membre</translation>
    </message>
    <message>
        <source>Edi&amp;t team…</source>
        <translation>&amp;Modifier l&apos;équipe…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Enter edits the selected team, Delete removes it</source>
        <translation>Entrée modifie l&apos;équipe sélectionnée, Suppr la supprime</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Enter edits the selected member, Delete removes them</source>
        <translation>Entrée modifie le membre sélectionné, Suppr le supprime</translation>
    </message>
    <message>
        <source>Edit the selected team (Enter in the tree)</source>
        <translation>Modifier l&apos;équipe sélectionnée (Entrée dans l&apos;arborescence)</translation>
    </message>
    <message>
        <source>Delete the selected team (Delete in the tree)</source>
        <translation>Supprimer l&apos;équipe sélectionnée (Suppr dans l&apos;arborescence)</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter in the list)</source>
        <translation>Modifier le membre sélectionné (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Delete the selected member (Delete in the list)</source>
        <translation>Supprimer le membre sélectionné (Suppr dans la liste)</translation>
    </message>
</context>
<context>
    <name>candor::Theme</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>candor::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>candor::TimelinePage</name>
    <message>
        <source>Day of the event</source>
        <translation>Jour de l&apos;événement</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Heure de l&apos;événement</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>What happened in the period? Enter adds it</source>
        <translation>Que s&apos;est-il passé pendant la période&#xa0;? Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>What happened? Enter adds it</source>
        <translation>Que s&apos;est-il passé&#xa0;? Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Tab moves between time, kind and text. Double-click or F2 edits a cell; Delete removes the selected event; Ctrl+Z undoes.</source>
        <translation>Tab passe de l&apos;heure au type puis au texte. Double-cliquez ou appuyez sur F2 pour modifier une cellule&#xa0;; Suppr supprime l&apos;événement sélectionné&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Type what happened, then press Enter.</source>
        <translation>Saisissez ce qui s&apos;est passé, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Adds the event to the timeline (Enter in the text)</source>
        <translation>Ajoute l&apos;événement à la chronologie (Entrée dans le texte)</translation>
    </message>
</context>
<context>
    <name>candor::TrendChart</name>
    <message>
        <source>Survey trend chart</source>
        <translation>Graphique de tendance des enquêtes</translation>
    </message>
    <message>
        <source>Mean score by quarter. The table beside it shows the same figures.</source>
        <translation>Score moyen par trimestre. Le tableau à côté montre les mêmes chiffres.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Incidents in the quarter</source>
        <translation>Incidents du trimestre</translation>
    </message>
    <message>
        <source>Mean score (1 to %1)</source>
        <translation>Score moyen (1 à %1)</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <comment>severity code, e.g. SEV1 incidents</comment>
        <translation>Incidents %1</translation>
    </message>
    <message numerus="yes">
        <source>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</source>
        <translation>
            <numerusform>Vides&#xa0;: moins de %n réponse, ou chiffre retenu afin qu&apos;un groupe plus petit ne puisse pas être déduit.</numerusform>
            <numerusform>Vides&#xa0;: moins de %n réponses, ou chiffre retenu afin qu&apos;un groupe plus petit ne puisse pas être déduit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps: no survey in that quarter.</source>
        <translation>Vides&#xa0;: aucune enquête ce trimestre-là.</translation>
    </message>
</context>
<context>
    <name>candor::TrendModel</name>
    <message>
        <source>%1, all teams</source>
        <comment>a department&apos;s figure over its whole subtree</comment>
        <translation>%1, toutes équipes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>series, quarter</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no survey in this quarter</source>
        <translation>%1&#xa0;: aucune enquête ce trimestre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, then why nothing is shown</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 (95% CI %3 to %4), %Ln response(s)</source>
        <translation>
            <numerusform>%1&#xa0;: moyenne %2 (IC à 95&#xa0;% de %3 à %4), %Ln réponse</numerusform>
            <numerusform>%1&#xa0;: moyenne %2 (IC à 95&#xa0;% de %3 à %4), %Ln réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::UndoFacade</name>
    <message>
        <source>It was deleted on another desktop in the meantime, so your change was not saved.</source>
        <translation>L&apos;élément a été supprimé entre-temps sur un autre poste, votre modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé sur un autre poste, votre modification n&apos;a donc pas été enregistrée. Ajoutez l&apos;élément à nouveau s&apos;il est encore nécessaire.</translation>
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
        <translation>Choisissez une vague pour voir ce qu&apos;elle peut afficher.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>Taux de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Internal consistency:</source>
        <translation>Cohérence interne&#xa0;:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Détails de la vague</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Invités&#xa0;:</translation>
    </message>
    <message>
        <source>Shown from:</source>
        <translation>Affiché à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Mean per question</source>
        <translation>Moyenne par question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Répondants&#xa0;:</translation>
    </message>
    <message>
        <source>Mean score:</source>
        <translation>Score moyen&#xa0;:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses&#xa0;:</translation>
    </message>
    <message>
        <source>Comments, in random order</source>
        <translation>Commentaires, dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Vague de %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a wave&apos;s first and last day</comment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>From %1, open-ended</source>
        <translation>À partir du %1, sans date de fin</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Figures from %1 responses (k), comments from %2. Frozen when the wave opened.</source>
        <translation>Chiffres à partir de %1 réponses (k), commentaires à partir de %2. Figé à l&apos;ouverture de la vague.</translation>
    </message>
    <message>
        <source>Collecting answers in kiosk mode. Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Collecte des réponses en mode kiosque. Les chiffres s&apos;affichent à la fin de la séance en mode kiosque, pour que personne ne puisse distinguer les réponses de chacun.</translation>
    </message>
    <message>
        <source>%1 Nothing is shown, so no one can be singled out.</source>
        <translation>%1 Rien n&apos;est affiché, pour que personne ne puisse être identifié.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown only when the wave&apos;s figures are, from %n responses.</source>
        <translation>
            <numerusform>Les commentaires ne sont affichés que lorsque les chiffres de la vague le sont, à partir de %n réponse.</numerusform>
            <numerusform>Les commentaires ne sont affichés que lorsque les chiffres de la vague le sont, à partir de %n réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: enough people answered for no one to be singled out.</source>
        <translation>Affiché&#xa0;: suffisamment de personnes ont répondu pour que personne ne puisse être identifié.</translation>
    </message>
    <message>
        <source>%1 (95% confidence interval %2 to %3) on a scale of 1 to %4</source>
        <translation>%1 (intervalle de confiance à 95&#xa0;% de %2 à %3) sur une échelle de 1 à %4</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 défavorables, %2 neutres, %3 favorables</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%1 sur %2 invités</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha %1</source>
        <translation>Alpha de Cronbach %1</translation>
    </message>
    <message>
        <source>Reverse-scored: higher is better here too</source>
        <translation>Score inversé&#xa0;: ici aussi, plus c&apos;est élevé, mieux c&apos;est</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message>
        <source>In random order, apart from the answers.</source>
        <translation>Dans un ordre aléatoire, séparément des réponses.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n responses, so no one is known by how they write.</source>
        <translation>
            <numerusform>Les commentaires sont affichés à partir de %n réponse, pour que personne ne soit reconnu à sa façon d&apos;écrire.</numerusform>
            <numerusform>Les commentaires sont affichés à partir de %n réponses, pour que personne ne soit reconnu à sa façon d&apos;écrire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::WaveDialog</name>
    <message>
        <source>Closes on</source>
        <translation>Clôture le</translation>
    </message>
    <message>
        <source>New survey wave</source>
        <translation>Nouvelle vague d&apos;enquête</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Choisissez une équipe…</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Optional, for example: Q3 pulse</source>
        <translation>Facultatif, par exemple&#xa0;: baromètre T3</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Ouverture le</translation>
    </message>
    <message>
        <source>The wave has a closing day</source>
        <translation>La vague a un jour de clôture</translation>
    </message>
    <message>
        <source>People invited</source>
        <translation>Personnes invitées</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>How many people were asked to answer. The response rate is shown only when at least k people were invited.</source>
        <translation>Le nombre de personnes invitées à répondre. Le taux de réponse n&apos;est affiché que si au moins k personnes ont été invitées.</translation>
    </message>
    <message>
        <source>Anonymity threshold k</source>
        <translation>Seuil d&apos;anonymat k</translation>
    </message>
    <message>
        <source> responses</source>
        <comment>after the anonymity threshold&apos;s number</comment>
        <translation> réponses</translation>
    </message>
    <message>
        <source>Comment threshold</source>
        <translation>Seuil des commentaires</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>Questi&amp;onnaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>O&amp;uverture&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>&amp;Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;vited:</source>
        <translation>&amp;Invités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Anonymity threshold:</source>
        <translation>Seuil d&apos;&amp;anonymat&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mment threshold:</source>
        <translation>Seuil des co&amp;mmentaires&#xa0;:</translation>
    </message>
    <message>
        <source>No figure of this wave is shown until at least k people have answered, and no comment until the comment threshold is reached. Both are frozen when the wave opens and shown to every respondent before they answer, so they cannot be changed later.</source>
        <translation>Aucun chiffre de cette vague n&apos;est affiché tant qu&apos;au moins k personnes n&apos;ont pas répondu, et aucun commentaire tant que le seuil des commentaires n&apos;est pas atteint. Les deux seuils sont figés à l&apos;ouverture de la vague et présentés à chaque répondant avant qu&apos;il réponde&#xa0;: ils ne peuvent donc plus être modifiés ensuite.</translation>
    </message>
    <message>
        <source>%1 (custom, version %2)</source>
        <translation>%1 (personnalisé, version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on a %1-point scale.</source>
        <translation>
            <numerusform>%n question sur une échelle en %1 points.</numerusform>
            <numerusform>%n questions sur une échelle en %1 points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the team the wave is for.</source>
        <translation>Choisissez l&apos;équipe concernée par la vague.</translation>
    </message>
    <message>
        <source>Choose the instrument the wave asks.</source>
        <translation>Choisissez le questionnaire utilisé par la vague.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a closing day on or after %1, or leave it open-ended.</source>
        <translation>La vague se clôt avant de s&apos;ouvrir. Choisissez comme jour de clôture le %1 ou une date ultérieure, ou laissez-la sans date de fin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnostic: start, show the main window, quit once it has painted and is idle (no prompts). For measuring start-up.</source>
        <translation>Diagnostic&#xa0;: démarrer, afficher la fenêtre principale, quitter dès qu&apos;elle est dessinée et inactive (sans aucune question). Pour mesurer le démarrage.</translation>
    </message>
    <message>
        <source>Candor: blameless postmortems and team psychological safety.</source>
        <translation>Candor&#xa0;: post-mortems sans blâme et sécurité psychologique des équipes.</translation>
    </message>
    <message>
        <source>The replaced database is in “%1”.</source>
        <translation>La base de données remplacée se trouve dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>La base de données remplacée est conservée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Restored the latest backup. The damaged file is kept as “%1”.</source>
        <translation>Dernière sauvegarde restaurée. Le fichier endommagé est conservé sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use the language CODE for this run (%1; default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Utiliser la langue CODE pour cette exécution (%1&#xa0;; par défaut&#xa0;: celle choisie dans les Préférences, sinon celle du système).</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the database on a PostgreSQL server at a postgresql:// URL (default: the shared database chosen in File &gt; Connect to a shared database…, else CANDOR_DB, else %1).</source>
        <translation>Utiliser le fichier de base de données situé à PATH, ou la base de données d&apos;un serveur PostgreSQL à une URL postgresql:// (par défaut&#xa0;: la base de données partagée choisie dans Fichier &gt; Se connecter à une base de données partagée…, sinon CANDOR_DB, sinon %1).</translation>
    </message>
    <message>
        <source>Candor is already on %1.</source>
        <translation>Candor utilise déjà %1.</translation>
    </message>
    <message>
        <source>Cannot change the database</source>
        <translation>Impossible de changer de base de données</translation>
    </message>
    <message>
        <source>%1 Candor stays on %2.</source>
        <translation>%1 Candor reste sur %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Ouvert&#xa0;: %1.</translation>
    </message>
</context>
</TS>
