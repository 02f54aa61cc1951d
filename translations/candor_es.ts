<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnonymityPolicy</name>
    <message>
        <source>Withheld (k = %1)</source>
        <comment>withheld survey figure</comment>
        <translation>Oculto (k = %1)</translation>
    </message>
    <message numerus="yes">
        <source>Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from the figures shown.</source>
        <translation>
            <numerusform>Oculto: menos de %n respuesta, o retenido para que no se pueda deducir un grupo más pequeño a partir de las cifras mostradas.</numerusform>
            <numerusform>Oculto: menos de %n respuestas, o retenido para que no se pueda deducir un grupo más pequeño a partir de las cifras mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceFilter</name>
    <message>
        <source>Ground rules</source>
        <translation>Reglas básicas</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Todavía no se ha unido nadie.</translation>
    </message>
    <message>
        <source>Notable events</source>
        <translation>Acontecimientos destacados</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Qué ocurrió, en orden</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Todavía no hay nada en la cronología.</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Qué nos dificultó</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>No factors yet.</source>
        <translation>Todavía no hay factores.</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Qué nos ayudó</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Sigue abierto de antes: ¿funcionaron nuestras correcciones?</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Qué haremos</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Todavía no hay acciones.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The summary is being written.</source>
        <translation>Se está redactando el resumen.</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation>Cómo estamos</translation>
    </message>
    <message numerus="yes">
        <source>Shown once at least %n people have answered.</source>
        <translation>
            <numerusform>Se muestra cuando haya respondido al menos %n persona.</numerusform>
            <numerusform>Se muestra cuando hayan respondido al menos %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers are being collected. The result appears when everyone has answered.</source>
        <translation>Se están recogiendo las respuestas. El resultado aparece cuando todos hayan respondido.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Average %1 out of 5</source>
        <translation>Media: %1 de 5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>the database stayed busy: another program kept it locked. Try again in a moment.</source>
        <translation>la base de datos siguió ocupada: otro programa la mantenía bloqueada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>el archivo está dañado.</translation>
    </message>
    <message>
        <source>SQLite reported: %1.</source>
        <translation>SQLite informó: %1.</translation>
    </message>
    <message>
        <source>No backup file was given. Give the path of the file to write.</source>
        <translation>No se indicó ningún archivo de copia de seguridad. Indique la ruta del archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Cannot back up: the database is not open.</source>
        <translation>No se puede hacer la copia de seguridad: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data yet; there is nothing to back up.</source>
        <translation>«%1» todavía no contiene datos de Candor; no hay nada que copiar.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name inside it.</source>
        <translation>«%1» es una carpeta. Indique un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose another file for the backup.</source>
        <translation>«%1» es la propia base de datos. Elija otro archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is a database in use (there is a “-wal” file beside it). Choose another file for the backup.</source>
        <translation>«%1» es una base de datos en uso (tiene al lado un archivo «-wal»). Elija otro archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another place for the backup.</source>
        <translation>La carpeta «%1» no existe. Créela o elija otro lugar para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not back up to “%1”: %2 Nothing was written there.</source>
        <translation>No se pudo hacer la copia de seguridad en «%1»: %2 No se escribió nada allí.</translation>
    </message>
    <message>
        <source>cannot create a file in “%1” (%2). Check that you may write there.</source>
        <translation>no se puede crear un archivo en «%1» (%2). Compruebe que tiene permiso de escritura allí.</translation>
    </message>
    <message>
        <source>the copy could not be made a single file (journal mode “%1”).</source>
        <translation>no se pudo convertir la copia en un único archivo (modo de diario «%1»).</translation>
    </message>
    <message>
        <source>the copy failed its check (%1).</source>
        <translation>la copia no superó la comprobación (%1).</translation>
    </message>
    <message>
        <source>%1. Check the free space and that you may write to the folder.</source>
        <translation>%1. Compruebe el espacio libre y que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <source>No backup file was given. Choose the backup to restore.</source>
        <translation>No se indicó ningún archivo de copia de seguridad. Elija la copia que desea restaurar.</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the path of the backup.</source>
        <translation>No existe el archivo «%1». Compruebe la ruta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file.</source>
        <translation>«%1» es una carpeta, no un archivo de copia de seguridad. Elija un archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>No se puede leer «%1». Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup (it is not a SQLite file, or it is damaged). Choose another file.</source>
        <translation>«%1» no es una copia de seguridad de Candor (no es un archivo SQLite o está dañado). Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it is another program&apos;s database, or an empty one. Choose another file.</source>
        <translation>«%1» no es una copia de seguridad de Candor: es la base de datos de otro programa, o una vacía. Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to restore it.</source>
        <translation>«%1» procede de una versión más reciente de Candor (versión de esquema %2; esta versión admite hasta la %3). Actualice Candor para restaurarla.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor backup: it holds no Candor data. Choose another file.</source>
        <translation>«%1» no es una copia de seguridad de Candor: no contiene datos de Candor. Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is damaged (its integrity check failed), so it cannot be restored. Choose another backup.</source>
        <translation>«%1» está dañado (no superó la comprobación de integridad), así que no se puede restaurar. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot restore: the database is not open.</source>
        <translation>No se puede restaurar: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Choose a backup to restore.</source>
        <translation>«%1» es la propia base de datos. Elija una copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <source>“%1” is open in Candor or in another program. Close it there, then restore again; nothing was changed.</source>
        <translation>«%1» está abierto en Candor o en otro programa. Ciérrelo allí y vuelva a restaurar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Did not restore, because keeping the current database as a backup failed. %1</source>
        <translation>No se restauró porque falló la conservación de la base de datos actual como copia de seguridad. %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2 Nothing was restored.</source>
        <translation>No se puede leer «%1»: %2 No se restauró nada.</translation>
    </message>
    <message>
        <source>Could not restore “%1” into “%2”: %3 The database was not changed.</source>
        <translation>No se pudo restaurar «%1» en «%2»: %3 La base de datos no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder “%1”. Check that you may write there.</source>
        <translation>No se puede crear la carpeta de copias de seguridad «%1». Compruebe que tiene permiso de escritura allí.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor makes backup files of SQLite databases only. Ask the server&apos;s administrator for its backups.</source>
        <translation>%1 está en un servidor PostgreSQL: Candor solo crea archivos de copia de seguridad de bases de datos SQLite. Pida sus copias de seguridad a la administración del servidor.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server: Candor restores backup files into SQLite databases only. Ask the server&apos;s administrator to restore it.</source>
        <translation>%1 está en un servidor PostgreSQL: Candor solo restaura copias de seguridad en bases de datos SQLite. Pida a la administración del servidor que la restaure.</translation>
    </message>
</context>
<context>
    <name>BlameLanguageChecker</name>
    <message>
        <source>The blame-language rules are not valid JSON: %1.</source>
        <translation>Las reglas de lenguaje culpabilizador no son un JSON válido: %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” in the blame-language rules.</source>
        <translation>Tipo desconocido «%1» en las reglas de lenguaje culpabilizador.</translation>
    </message>
    <message>
        <source>Hindsight: describe what people knew and saw at the time, and why their actions made sense then.</source>
        <translation>Sesgo retrospectivo: describa lo que las personas sabían y veían en ese momento, y por qué sus acciones tenían sentido entonces.</translation>
    </message>
    <message>
        <source>Describe what happened and what made it hard, rather than what someone did not do.</source>
        <translation>Describa lo que ocurrió y lo que lo hizo difícil, en lugar de lo que alguien no hizo.</translation>
    </message>
    <message>
        <source>A label ends the inquiry. Ask what in the situation made this action likely.</source>
        <translation>Una etiqueta pone fin a la indagación. Pregunte qué de la situación hizo probable esta acción.</translation>
    </message>
    <message>
        <source>Words like this hide how hard it was in the moment. Say what made it look the way it did.</source>
        <translation>Palabras como esta ocultan lo difícil que era en ese momento. Explique qué hizo que pareciera lo que parecía.</translation>
    </message>
    <message>
        <source>Ask how it looked at the time: what did they see, and what were they trying to do?</source>
        <translation>Pregunte cómo se veía en ese momento: ¿qué veían y qué intentaban hacer?</translation>
    </message>
    <message>
        <source>Name the role or the situation rather than the person.</source>
        <translation>Nombre el rol o la situación en lugar de la persona.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>A bulk write ran outside a transaction; nothing was written. Start a write transaction first.</source>
        <translation>Una escritura masiva se ejecutó fuera de una transacción; no se escribió nada. Inicie antes una transacción de escritura.</translation>
    </message>
</context>
<context>
    <name>CandorCli</name>
    <message>
        <source>The action: add.</source>
        <translation>La acción: add.</translation>
    </message>
    <message>
        <source>The new team&apos;s name.</source>
        <translation>El nombre del nuevo equipo.</translation>
    </message>
    <message>
        <source>Put the team under this team (its department).</source>
        <translation>Situar el equipo bajo este equipo (su departamento).</translation>
    </message>
    <message>
        <source>Add a team.</source>
        <translation>Añadir un equipo.</translation>
    </message>
    <message>
        <source>Use: candor-cli team add NAME [--parent NAME]</source>
        <translation>Uso: candor-cli team add NAME [--parent NAME]</translation>
    </message>
    <message>
        <source>Added team “%1” (id %2).</source>
        <translation>Se añadió el equipo «%1» (id %2).</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>El nombre del miembro.</translation>
    </message>
    <message>
        <source>The member&apos;s team.</source>
        <translation>El equipo del miembro.</translation>
    </message>
    <message>
        <source>The member&apos;s role, e.g. &quot;Site reliability engineer&quot;.</source>
        <translation>El rol del miembro, p. ej., «Ingeniera de fiabilidad de sitios».</translation>
    </message>
    <message>
        <source>The member manages people on the team.</source>
        <translation>El miembro dirige a personas del equipo.</translation>
    </message>
    <message>
        <source>Add a member to a team.</source>
        <translation>Añadir un miembro a un equipo.</translation>
    </message>
    <message>
        <source>Use: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</source>
        <translation>Uso: candor-cli member add NAME --team NAME [--role TEXT] [--manager]</translation>
    </message>
    <message>
        <source>Say which team the member is on with --team NAME.</source>
        <translation>Indique en qué equipo está el miembro con --team NAME.</translation>
    </message>
    <message>
        <source>Added “%1” to “%2” (id %3).</source>
        <translation>Se añadió «%1» a «%2» (id %3).</translation>
    </message>
    <message>
        <source>Write the postmortem report of an incident: title, summary, customer impact, incident metrics, participants, the agreed timeline, contributing factors by category with the events each explains, learnings, action items (owner team, due date, status), the phases, the phase log and the closing check.

--format md prints CommonMark (exactly what candor-cli postmortem show prints), --format html a standalone HTML page; both go to standard output unless -o FILE is given. --format pdf needs -o FILE; its page size is --page a4 or --page letter, by default Letter in the United States, Canada and other countries that use it, and A4 elsewhere. Times are local time. A file is written completely or not at all.</source>
        <translation>Escribe el informe postmortem de un incidente: título, resumen, impacto en los clientes, métricas del incidente, participantes, la cronología acordada, los factores contribuyentes por categoría con los acontecimientos que explica cada uno, aprendizajes, acciones (equipo responsable, fecha límite, estado), las fases, el registro de fases y la comprobación de cierre.

--format md imprime CommonMark (exactamente lo que imprime candor-cli postmortem show), --format html una página HTML independiente; ambos van a la salida estándar a menos que se indique -o FILE. --format pdf necesita -o FILE; su tamaño de página es --page a4 o --page letter; de forma predeterminada, Carta en Estados Unidos, Canadá y otros países que lo usan, y A4 en el resto. Las horas son locales. Un archivo se escribe completo o no se escribe.</translation>
    </message>
    <message>
        <source>The incident&apos;s id, as candor-cli list incidents shows it.</source>
        <translation>El id del incidente, tal como lo muestra candor-cli list incidents.</translation>
    </message>
    <message>
        <source>md (Markdown), html or pdf.</source>
        <translation>md (Markdown), html o pdf.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page size: a4 or letter (default: from the locale).</source>
        <translation>El tamaño de página del PDF: a4 o letter (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <source>Use: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</source>
        <translation>Uso: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]</translation>
    </message>
    <message>
        <source>“%1” is not an incident id. Use the number that candor-cli list incidents shows.</source>
        <translation>«%1» no es un id de incidente. Use el número que muestra candor-cli list incidents.</translation>
    </message>
    <message>
        <source>Say which format: --format md, html or pdf.</source>
        <translation>Indique el formato: --format md, html o pdf.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md, html or pdf.</source>
        <translation>Formato desconocido «%1». Use --format md, html o pdf.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output. Name the file with -o FILE.pdf.</source>
        <translation>Un PDF no puede ir a la salida estándar. Indique el archivo con -o FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or --page letter.</source>
        <translation>Tamaño de página desconocido «%1». Use --page a4 o --page letter.</translation>
    </message>
    <message>
        <source>--page is for PDF only. Use it with --format pdf.</source>
        <translation>--page solo sirve para PDF. Úselo con --format pdf.</translation>
    </message>
    <message>
        <source>%1 See the ids with: candor-cli list incidents</source>
        <translation>%1 Consulte los ids con: candor-cli list incidents</translation>
    </message>
    <message>
        <source>This candor-cli cannot draw PDF files here. Use --format html and print that page to PDF instead.</source>
        <translation>Este candor-cli no puede generar archivos PDF aquí. Use --format html e imprima esa página en PDF.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>cronología</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>started</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>matched in</source>
        <translation>coincide en</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>fragmento</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Las palabras que se buscan.</translation>
    </message>
    <message>
        <source>Only incidents of this team and its sub-teams.</source>
        <translation>Solo los incidentes de este equipo y sus subequipos.</translation>
    </message>
    <message>
        <source>At most this many incidents (default 20).</source>
        <translation>Como máximo, este número de incidentes (predeterminado: 20).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>Search the incidents&apos; titles, services and summaries and their postmortems&apos; timelines and contributing factors. Every word must start a word of the same text (case and accents are ignored); the best match comes first, a title match before the rest (when a word is in thousands of texts: title, service, summary, then timeline and factor matches, newest first). Each incident shows where it matched and an excerpt with the matched words in [brackets]. Times are ISO 8601 (UTC) in CSV and JSON.</source>
        <translation>Busca en los títulos, servicios y resúmenes de los incidentes y en las cronologías y los factores contribuyentes de sus postmortems. Cada palabra debe ser el comienzo de una palabra del mismo texto (se ignoran mayúsculas y acentos); la mejor coincidencia aparece primero, y una coincidencia en el título antes que las demás (cuando una palabra aparece en miles de textos: título, servicio, resumen y después coincidencias en cronología y factores, de la más reciente a la más antigua). Cada incidente muestra dónde coincidió y un fragmento con las palabras coincidentes entre [corchetes]. Las horas están en ISO 8601 (UTC) en CSV y JSON.</translation>
    </message>
    <message>
        <source>Give the text to search for as one argument (quote it when it has spaces): candor-cli search &quot;disk full&quot;</source>
        <translation>Indique el texto que se busca como un único argumento (entre comillas si tiene espacios): candor-cli search &quot;disk full&quot;</translation>
    </message>
    <message>
        <source>The search text is empty. Give at least one word to look for.</source>
        <translation>El texto de búsqueda está vacío. Indique al menos una palabra que buscar.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000, not “%1”.</source>
        <translation>--limit debe ser un número entero de 1 a 10000, no «%1».</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format table, csv or json.</source>
        <translation>Formato desconocido «%1». Use --format table, csv o json.</translation>
    </message>
    <message>
        <source>No incident matches “%1”.</source>
        <translation>Ningún incidente coincide con «%1».</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version. Exit 0: healthy; 1: problems found (listed); 2: the database cannot be opened.</source>
        <translation>Comprueba la integridad y la versión del esquema de la base de datos. Salida 0: correcta; 1: se encontraron problemas (se enumeran); 2: no se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>check takes no arguments. Run: candor-cli check --help</source>
        <translation>check no admite argumentos. Ejecute: candor-cli check --help</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>Versión del esquema: %1 (actual)</translation>
    </message>
    <message>
        <source>Schema version: %1 (Candor updates it to %2 the next time it opens the file)</source>
        <translation>Versión del esquema: %1 (Candor la actualizará a %2 la próxima vez que abra el archivo)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridad: correcta</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n</source>
        <translation>
            <numerusform>Problemas encontrados: %n</numerusform>
            <numerusform>Problemas encontrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Run: candor-cli %2 --help</source>
        <translation>%1. Ejecute: candor-cli %2 --help</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (complete or not at all).</source>
        <translation>Escribir en FILE en lugar de en la salida estándar (completo o nada).</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>No se pudo escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>--db needs a path: candor-cli --db PATH COMMAND</source>
        <translation>--db necesita una ruta: candor-cli --db PATH COMMAND</translation>
    </message>
    <message>
        <source>Unknown option “%1” before the command. Run: candor-cli --help</source>
        <translation>Opción desconocida «%1» antes de la orden. Ejecute: candor-cli --help</translation>
    </message>
    <message>
        <source>No command given. Run: candor-cli --help</source>
        <translation>No se indicó ninguna orden. Ejecute: candor-cli --help</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run: candor-cli --help</source>
        <translation>Orden desconocida «%1». Ejecute: candor-cli --help</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-02.</source>
        <translation>--%1 «%2» no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2026-03-02.</translation>
    </message>
    <message>
        <source>--%1 “%2” must be a whole number from %3 to %4.</source>
        <translation>--%1 «%2» debe ser un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>--%1 is required. Use: %2</source>
        <translation>--%1 es obligatorio. Uso: %2</translation>
    </message>
    <message>
        <source>--columns “%1” must list column numbers from 1, separated by commas, e.g. 2,3,4.</source>
        <translation>--columns «%1» debe enumerar números de columna a partir de 1, separados por comas, p. ej., 2,3,4.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CSV file. Use: %1</source>
        <translation>Indique un único archivo CSV. Uso: %1</translation>
    </message>
    <message>
        <source>--wave and --columns are required. Use: %1</source>
        <translation>--wave y --columns son obligatorios. Uso: %1</translation>
    </message>
    <message>
        <source>--wave “%1” is not a wave id. candor-cli survey create-wave prints it.</source>
        <translation>--wave «%1» no es un id de oleada. candor-cli survey create-wave lo imprime.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, more than any survey export. Check the file.</source>
        <translation>«%1» ocupa más de %2 MB, más que cualquier exportación de encuestas. Compruebe el archivo.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>No se importó nada de «%1»: %2</translation>
    </message>
    <message>
        <source>--columns lists %1 columns, but wave %2 asks %3 questions. List one column per question, in question order.</source>
        <translation>--columns enumera %1 columnas, pero la oleada %2 tiene %3 preguntas. Indique una columna por pregunta, en el orden de las preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n problem(s). %2</source>
        <translation>
            <numerusform>No se importó nada de «%1»: %n problema. %2</numerusform>
            <numerusform>No se importó nada de «%1»: %n problemas. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no answers below its header row; nothing was imported.</source>
        <translation>«%1» no contiene respuestas bajo la fila de encabezado; no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into wave %1.</source>
        <translation>
            <numerusform>Se importó %n respuesta en la oleada %1.</numerusform>
            <numerusform>Se importaron %n respuestas en la oleada %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>create-wave or import.</source>
        <translation>create-wave o import.</translation>
    </message>
    <message>
        <source>create-wave: the team surveyed.</source>
        <translation>create-wave: el equipo encuestado.</translation>
    </message>
    <message>
        <source>create-wave: psych-safety, westrum, health-check or a custom instrument&apos;s key.</source>
        <translation>create-wave: psych-safety, westrum, health-check o la clave de un instrumento personalizado.</translation>
    </message>
    <message>
        <source>create-wave: the day the wave opens.</source>
        <translation>create-wave: el día en que se abre la oleada.</translation>
    </message>
    <message>
        <source>create-wave: the day it closes (optional).</source>
        <translation>create-wave: el día en que se cierra (opcional).</translation>
    </message>
    <message>
        <source>create-wave: how many people are invited.</source>
        <translation>create-wave: cuántas personas están invitadas.</translation>
    </message>
    <message>
        <source>create-wave: the anonymity threshold, 3 to 10 (default 5): no figure rests on fewer responses.</source>
        <translation>create-wave: el umbral de anonimato, de 3 a 10 (predeterminado: 5): ninguna cifra se basa en menos respuestas.</translation>
    </message>
    <message>
        <source>create-wave: comments are shown from this many responses (default: k).</source>
        <translation>create-wave: los comentarios se muestran a partir de este número de respuestas (predeterminado: k).</translation>
    </message>
    <message>
        <source>create-wave: a title, e.g. &quot;Spring pulse&quot;.</source>
        <translation>create-wave: un título, p. ej., «Pulso de primavera».</translation>
    </message>
    <message>
        <source>import: the wave&apos;s id.</source>
        <translation>import: el id de la oleada.</translation>
    </message>
    <message>
        <source>import: the CSV column numbers (from 1) of the questions, in question order.</source>
        <translation>import: los números de columna del CSV (a partir de 1) de las preguntas, en el orden de las preguntas.</translation>
    </message>
    <message>
        <source>import: the CSV column number of a comment.</source>
        <translation>import: el número de columna del CSV de un comentario.</translation>
    </message>
    <message>
        <source>create-wave takes no arguments, only options. Use: %1</source>
        <translation>create-wave no admite argumentos, solo opciones. Uso: %1</translation>
    </message>
    <message>
        <source>Use: candor-cli survey create-wave ... or candor-cli survey import .... Run: candor-cli survey --help</source>
        <translation>Uso: candor-cli survey create-wave ... o candor-cli survey import .... Ejecute: candor-cli survey --help</translation>
    </message>
    <message>
        <source>Only this team, or this department with every team below it.</source>
        <translation>Solo este equipo, o este departamento con todos los equipos que dependen de él.</translation>
    </message>
    <message>
        <source>The whole organisation (the default).</source>
        <translation>Toda la organización (predeterminado).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: what the locale uses).</source>
        <translation>Tamaño de papel: a4 o letter (predeterminado: el de la configuración regional).</translation>
    </message>
    <message>
        <source>The survey insights report for HR as a PDF: for every instrument the trend charts of the teams and departments by quarter, a heatmap of teams by quarter, and a note on what was withheld and why. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld and carries no number.</source>
        <translation>El informe de resultados de encuestas para RR. HH. en PDF: para cada instrumento, los gráficos de tendencia de los equipos y departamentos por trimestre, un mapa de calor de los equipos por trimestre y una nota sobre lo que se ocultó y por qué. Una cifra basada en menos respuestas que el umbral de anonimato de su oleada, o que permitiría deducir una cifra así, se oculta y no muestra ningún número.</translation>
    </message>
    <message>
        <source>insights-report takes no arguments, only options. Run: candor-cli insights-report --help</source>
        <translation>insights-report no admite argumentos, solo opciones. Ejecute: candor-cli insights-report --help</translation>
    </message>
    <message>
        <source>Use either --team NAME or --all, not both.</source>
        <translation>Use --team NAME o --all, no ambos.</translation>
    </message>
    <message>
        <source>insights-report needs -o FILE.pdf: a PDF is not written to standard output.</source>
        <translation>insights-report necesita -o FILE.pdf: un PDF no se escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”. Use --page a4 or letter.</source>
        <translation>Tamaño de página desconocido «%1». Use --page a4 o letter.</translation>
    </message>
    <message>
        <source>Write the whole database as JSON: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments. Ids are kept; responses carry no id and no order. Times are ISO 8601 (UTC). docs/json-format.md describes the format. Load the file into a new database with: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>Escribe toda la base de datos en JSON: equipos, miembros, incidentes, postmortems y retrospectivas con todo lo que se registró en ellos, instrumentos de encuesta, oleadas y sus respuestas y comentarios anónimos. Los ids se conservan; las respuestas no llevan id ni orden. Las horas están en ISO 8601 (UTC). docs/json-format.md describe el formato. Cargue el archivo en una base de datos nueva con: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.json. Run: candor-cli export --help</source>
        <translation>export no admite argumentos; indique el archivo con -o FILE.json. Ejecute: candor-cli export --help</translation>
    </message>
    <message>
        <source>A JSON export of Candor.</source>
        <translation>Una exportación JSON de Candor.</translation>
    </message>
    <message>
        <source>Load a JSON export (candor-cli export) into a new, empty database. The whole file is checked first and written in one transaction: a file with any problem changes nothing, and the message names the place in the file, such as $.incidents[12].severity. Files of up to 512 MB are read.</source>
        <translation>Carga una exportación JSON (candor-cli export) en una base de datos nueva y vacía. Primero se comprueba todo el archivo y se escribe en una sola transacción: un archivo con cualquier problema no cambia nada, y el mensaje indica el lugar del archivo, como $.incidents[12].severity. Se leen archivos de hasta 512 MB.</translation>
    </message>
    <message>
        <source>import needs one file: candor-cli --db NEW.sqlite import FILE.json</source>
        <translation>import necesita un archivo: candor-cli --db NEW.sqlite import FILE.json</translation>
    </message>
    <message>
        <source>“%1” already holds data; an import would mix two organisations. Import into a new database: candor-cli --db NEW.sqlite import %2</source>
        <translation>«%1» ya contiene datos; una importación mezclaría dos organizaciones. Importe en una base de datos nueva: candor-cli --db NEW.sqlite import %2</translation>
    </message>
    <message>
        <source>Imported teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Importado: equipos: %1, miembros: %2, incidentes: %3, postmortems y retrospectivas: %4, instrumentos de encuesta: %5, oleadas: %6, respuestas: %7, comentarios: %8.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>teams, members, incidents or actions.</source>
        <translation>teams, members, incidents o actions.</translation>
    </message>
    <message>
        <source>Only this team and its sub-teams (for actions: the owning team).</source>
        <translation>Solo este equipo y sus subequipos (para actions: el equipo responsable).</translation>
    </message>
    <message>
        <source>actions only: only open items due before today.</source>
        <translation>solo actions: solo las acciones abiertas que vencían antes de hoy.</translation>
    </message>
    <message>
        <source>actions only: open, in-progress, done or dropped.</source>
        <translation>solo actions: open, in-progress, done o dropped.</translation>
    </message>
    <message>
        <source>csv only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one.</source>
        <translation>solo csv: empezar con una marca de orden de bytes UTF-8, para hojas de cálculo que la necesiten.</translation>
    </message>
    <message>
        <source>List teams, members, incidents or the action items of every postmortem and retro. Times and dates are ISO 8601 (UTC) in CSV and JSON. Action items are listed overdue and soonest due first; their &quot;overdue&quot; column says whether an open item was due before today.</source>
        <translation>Enumera equipos, miembros, incidentes o las acciones de todos los postmortems y retrospectivas. Las horas y fechas están en ISO 8601 (UTC) en CSV y JSON. Las acciones se enumeran primero las vencidas y las de vencimiento más próximo; su columna &quot;overdue&quot; indica si una acción abierta vencía antes de hoy.</translation>
    </message>
    <message>
        <source>Say what to list: candor-cli list teams|members|incidents|actions</source>
        <translation>Indique qué enumerar: candor-cli list teams|members|incidents|actions</translation>
    </message>
    <message>
        <source>--bom applies only to --format csv.</source>
        <translation>--bom solo se aplica a --format csv.</translation>
    </message>
    <message>
        <source>--overdue and --status apply only to: candor-cli list actions</source>
        <translation>--overdue y --status solo se aplican a: candor-cli list actions</translation>
    </message>
    <message>
        <source>Unknown status “%1”. Use --status open, in-progress, done or dropped.</source>
        <translation>Estado desconocido «%1». Use --status open, in-progress, done o dropped.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>El archivo de copia de seguridad que se escribe (se sustituye si existe).</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, safe while Candor is writing to it. FILE is complete or not written at all.</source>
        <translation>Escribe en FILE una copia coherente de la base de datos, segura aunque Candor esté escribiendo en ella. FILE queda completo o no se escribe.</translation>
    </message>
    <message>
        <source>backup takes one file name. Run: candor-cli backup --help</source>
        <translation>backup admite un solo nombre de archivo. Ejecute: candor-cli backup --help</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Give the database to back up with --db PATH.</source>
        <translation>No hay ninguna base de datos en «%1». Indique la base de datos que se copiará con --db PATH.</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation>Se hizo una copia de seguridad de «%1» en «%2» (%3).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que se restaurará.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is checked first (a Candor database, intact, not from a newer Candor); the replaced database is kept in the backups folder beside it. Refused while Candor or another command has the database open.</source>
        <translation>Sustituye la base de datos por una copia de seguridad. Primero se comprueba la copia (una base de datos de Candor, intacta, no de una versión más reciente de Candor); la base de datos sustituida se conserva en la carpeta de copias de seguridad a su lado. Se rechaza mientras Candor u otra orden tenga abierta la base de datos.</translation>
    </message>
    <message>
        <source>restore takes one backup file. Run: candor-cli restore --help</source>
        <translation>restore admite un solo archivo de copia de seguridad. Ejecute: candor-cli restore --help</translation>
    </message>
    <message>
        <source>“%1” is the database itself. Give the backup to restore.</source>
        <translation>«%1» es la propia base de datos. Indique la copia de seguridad que se restaurará.</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2</source>
        <translation>Se restauró «%1», pero no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <source>Restored “%1”, but the database cannot be opened: %2 The replaced database is in “%3”.</source>
        <translation>Se restauró «%1», pero no se puede abrir la base de datos: %2 La base de datos sustituida está en «%3».</translation>
    </message>
    <message>
        <source>Restored “%1” into “%2”.</source>
        <translation>Se restauró «%1» en «%2».</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>La base de datos sustituida se conserva como «%1».</translation>
    </message>
    <message>
        <source>The backup had schema version %1; it was updated to %2 (the backups folder holds a copy from before the update).</source>
        <translation>La copia de seguridad tenía la versión de esquema %1; se actualizó a %2 (la carpeta de copias de seguridad contiene una copia anterior a la actualización).</translation>
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
        <translation>Muestra el registro completo del postmortem de un incidente: facilitador, participantes, cada fase y cómo se cerró, el registro de fases, la cronología, los factores contribuyentes, los aprendizajes, las acciones y, cuando han respondido al menos 3 personas, la comprobación de cierre como media.

--format md (predeterminado) imprime el informe postmortem en CommonMark, como hace candor-cli report INCIDENT_ID --format md, con las horas en hora local. --format json imprime un objeto con las horas en ISO 8601 UTC, las fechas como YYYY-MM-DD y null donde se desconoce un valor:
  session_id, title, team, facilitator, facilitator_conflict_accepted, created, summary
  phase: opening|timeline|factors|actions|closing|finished
  incident: {id, title, severity (SEV1..SEV4), status (open|mitigated|resolved), service, started,
    detected, mitigated, resolved}
  participants: [{name, role}]
  phases: [{phase, state (agreed|skipped|current|not-reached), started, agreed, agreed_by, skip_reason}]
  phase_log: [{at, phase, what (agreed|skipped|reopened), who, reason}]
  timeline: [{id, time, kind (detection|diagnosis|repair|key-moment|communication|other), text}]
  factors: [{id, category (people|process|technology|environment|organisation), text,
    events: [{id, time}]}], en orden de categoría
  learnings: {went-well: [text], lucky: [text], learned: [text], question: [text]}
  actions: [{id, kind (prevent|detect-sooner|mitigate-faster|respond-better|learn-and-share), text,
    owner_team, owner_person, due, status (open|in-progress|done|dropped), overdue, done, factor_id,
    factor}]
  closing_check: {shown, minimum_answers, y cuando se muestra: answers, mean}</translation>
    </message>
    <message>
        <source>The action: show.</source>
        <translation>La acción: show.</translation>
    </message>
    <message>
        <source>md (Markdown, the default) or json.</source>
        <translation>md (Markdown, predeterminado) o json.</translation>
    </message>
    <message>
        <source>Use: candor-cli postmortem show INCIDENT_ID [--format md|json]</source>
        <translation>Uso: candor-cli postmortem show INCIDENT_ID [--format md|json]</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format md or json.</source>
        <translation>Formato desconocido «%1». Use --format md o json.</translation>
    </message>
    <message>
        <source>small (about 120 incidents) or large (50,000).</source>
        <translation>small (unos 120 incidentes) o large (50 000).</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same data.</source>
        <translation>Semilla del generador; la misma semilla produce los mismos datos.</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo organisation: departments, teams, members, incidents, postmortems and a team retro with their action items, and five years of quarterly survey waves.</source>
        <translation>Llena una base de datos vacía con una organización de demostración realista: departamentos, equipos, miembros, incidentes, postmortems y una retrospectiva de equipo con sus acciones, y cinco años de oleadas trimestrales de encuestas.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --scale and --seed. Run: candor-cli demo --help</source>
        <translation>demo no admite argumentos, solo --scale y --seed. Ejecute: candor-cli demo --help</translation>
    </message>
    <message>
        <source>Unknown scale “%1”. Use --scale small or --scale large.</source>
        <translation>Escala desconocida «%1». Use --scale small o --scale large.</translation>
    </message>
    <message>
        <source>The seed “%1” is not a whole number from 0 to 4294967295.</source>
        <translation>La semilla «%1» no es un número entero de 0 a 4294967295.</translation>
    </message>
    <message>
        <source>Created %1 departments, %2 teams in all, %3 members and %4 incidents in %5 s.</source>
        <translation>Se crearon %1 departamentos, %2 equipos en total, %3 miembros y %4 incidentes en %5 s.</translation>
    </message>
    <message>
        <source>Postmortems: %1 (finished and in progress). Team retros: %2.</source>
        <translation>Postmortems: %1 (terminados y en curso). Retrospectivas de equipo: %2.</translation>
    </message>
    <message>
        <source>Survey waves: %1, with %2 answers.</source>
        <translation>Oleadas de encuestas: %1, con %2 respuestas.</translation>
    </message>
    <message>
        <source>Every team and department (the default).</source>
        <translation>Todos los equipos y departamentos (predeterminado).</translation>
    </message>
    <message>
        <source>Only this instrument: psych-safety, westrum, health-check or a custom key.</source>
        <translation>Solo este instrumento: psych-safety, westrum, health-check o una clave personalizada.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Survey trends: one row per team and per department rollup, per instrument and quarter. A figure resting on fewer responses than its wave&apos;s anonymity threshold, or one that would let such a figure be worked out, is withheld: its row says suppressed and has no numbers.</source>
        <translation>Tendencias de las encuestas: una fila por equipo y por agregado de departamento, por instrumento y trimestre. Una cifra basada en menos respuestas que el umbral de anonimato de su oleada, o que permitiría deducir una cifra así, se oculta: su fila indica suppressed y no tiene números.</translation>
    </message>
    <message>
        <source>trends takes no arguments, only options. Run: candor-cli trends --help</source>
        <translation>trends no admite argumentos, solo opciones. Ejecute: candor-cli trends --help</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use --format csv or json.</source>
        <translation>Formato desconocido «%1». Use --format csv o json.</translation>
    </message>
    <message>
        <source>Messages in the language CODE: en, de, fr or es.</source>
        <translation>Mensajes en el idioma CODE: en, de, fr o es.</translation>
    </message>
    <message>
        <source>--lang needs a language code: candor-cli --lang de COMMAND</source>
        <translation>--lang necesita un código de idioma: candor-cli --lang de COMMAND</translation>
    </message>
    <message>
        <source>Survey waves. Usage:
  %1
  %2
The CSV file has a header row; answers are numbers or the scale&apos;s labels in English, German, French or Spanish. Nothing is imported unless every row is clean.</source>
        <translation>Oleadas de encuestas. Uso:
  %1
  %2
El archivo CSV tiene una fila de encabezado; las respuestas son números o las etiquetas de la escala en inglés, alemán, francés o español. No se importa nada a menos que todas las filas sean correctas.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the PostgreSQL database at a postgresql://USER@HOST:PORT/NAME URL.</source>
        <translation>Usar el archivo de base de datos PATH, o la base de datos PostgreSQL de una URL postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>Cannot list the tables of “%1”: %2</source>
        <translation>No se pueden enumerar las tablas de «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of table %1 in %2: %3</source>
        <translation>No se pueden contar las filas de la tabla %1 en %2: %3</translation>
    </message>
    <message>
        <source>The Candor database file to copy (it is not changed).</source>
        <translation>El archivo de base de datos de Candor que se copia (no se modifica).</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database to copy into, as postgresql://USER@HOST:PORT/NAME. The password comes from PGPASSWORD or ~/.pgpass, or is asked for at a terminal; never put it in the URL.</source>
        <translation>La base de datos PostgreSQL vacía en la que se copia, como postgresql://USER@HOST:PORT/NAME. La contraseña se toma de PGPASSWORD o ~/.pgpass, o se pide en el terminal; no la ponga nunca en la URL.</translation>
    </message>
    <message>
        <source>Copy a Candor database file into an empty database on a shared PostgreSQL server: teams, members, incidents, postmortems and retros with everything recorded in them, survey instruments, waves, their anonymous responses and comments, with their ids. The copy is written in one transaction, then the rows of every table are counted on both sides; any difference is exit code 1. The file is not changed; one from an older Candor is updated in a temporary copy.</source>
        <translation>Copia un archivo de base de datos de Candor en una base de datos vacía de un servidor PostgreSQL compartido: equipos, miembros, incidentes, postmortems y retrospectivas con todo lo que se registró en ellos, instrumentos de encuesta, oleadas y sus respuestas y comentarios anónimos, con sus ids. La copia se escribe en una sola transacción y después se cuentan las filas de cada tabla en ambos lados; cualquier diferencia da el código de salida 1. El archivo no se modifica; si es de una versión anterior de Candor, se actualiza en una copia temporal.</translation>
    </message>
    <message>
        <source>migrate takes no arguments; name the database file with --from and the server with --to. Run: candor-cli migrate --help</source>
        <translation>migrate no admite argumentos; indique el archivo de base de datos con --from y el servidor con --to. Ejecute: candor-cli migrate --help</translation>
    </message>
    <message>
        <source>migrate does not take --db: name the database file with --from FILE and the server with --to URL.</source>
        <translation>migrate no admite --db: indique el archivo de base de datos con --from FILE y el servidor con --to URL.</translation>
    </message>
    <message>
        <source>migrate needs both --from and --to: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</source>
        <translation>migrate necesita --from y --to: candor-cli migrate --from FILE.sqlite --to postgresql://USER@HOST:PORT/NAME</translation>
    </message>
    <message>
        <source>--from takes the path of a Candor database file, not a server URL. Give the file with --from and the server with --to.</source>
        <translation>--from espera la ruta de un archivo de base de datos de Candor, no la URL de un servidor. Indique el archivo con --from y el servidor con --to.</translation>
    </message>
    <message>
        <source>“%1” is given as both --from and --to. Give the server database to copy into with --to postgresql://USER@HOST:PORT/NAME.</source>
        <translation>«%1» se indica a la vez en --from y en --to. Indique la base de datos del servidor en la que copiar con --to postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>--to takes the URL of a PostgreSQL database, such as postgresql://USER@HOST:5432/NAME, not “%1”. To copy a database file, use: candor-cli backup FILE</source>
        <translation>--to espera la URL de una base de datos PostgreSQL, como postgresql://USER@HOST:5432/NAME, no «%1». Para copiar un archivo de base de datos, use: candor-cli backup FILE</translation>
    </message>
    <message>
        <source>There is no database file at “%1”. Give the Candor database to copy with --from FILE.</source>
        <translation>No hay ningún archivo de base de datos en «%1». Indique la base de datos de Candor que se copia con --from FILE.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Candor database. Give the Candor database to copy with --from FILE.</source>
        <translation>«%1» está vacío; no es una base de datos de Candor. Indique la base de datos de Candor que se copia con --from FILE.</translation>
    </message>
    <message>
        <source>“%1” holds no Candor data. Give the Candor database to copy with --from FILE.</source>
        <translation>«%1» no contiene datos de Candor. Indique la base de datos de Candor que se copia con --from FILE.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to update a copy of “%1”: %2</source>
        <translation>No se puede crear una carpeta temporal para actualizar una copia de «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to update it: %2</source>
        <translation>No se puede copiar «%1» para actualizarlo: %2</translation>
    </message>
    <message>
        <source>Cannot bring a copy of “%1” from schema version %2 to %3: %4</source>
        <translation>No se puede llevar una copia de «%1» de la versión %2 del esquema a la %3: %4</translation>
    </message>
    <message>
        <source>%1 already holds data; migrate copies into an empty database only. Create a new database on the server (CREATE DATABASE name) and give its URL with --to.</source>
        <translation>%1 ya contiene datos; migrate solo copia en una base de datos vacía. Cree una base de datos nueva en el servidor (CREATE DATABASE name) e indique su URL con --to.</translation>
    </message>
    <message>
        <source>“%1” changed while it was read. Quit Candor (or anything else writing to the file) and run migrate again; nothing was copied.</source>
        <translation>«%1» cambió mientras se leía. Cierre Candor (o cualquier otro programa que escriba en el archivo) y vuelva a ejecutar migrate; no se copió nada.</translation>
    </message>
    <message>
        <source>The data was copied, but it could not be checked: %1</source>
        <translation>Los datos se copiaron, pero no se pudieron comprobar: %1</translation>
    </message>
    <message>
        <source>The copy is not complete: table %1 holds %2 rows in “%3” but %4 in %5. Drop that database and create it again before you run migrate again.</source>
        <translation>La copia no está completa: la tabla %1 tiene %2 filas en «%3», pero %4 en %5. Elimine esa base de datos y vuelva a crearla antes de ejecutar migrate de nuevo.</translation>
    </message>
    <message>
        <source>Copied “%1” to %2.</source>
        <translation>Se copió «%1» en %2.</translation>
    </message>
    <message>
        <source>Teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, survey waves: %6, responses: %7, comments: %8.</source>
        <translation>Equipos: %1, miembros: %2, incidentes: %3, postmortems y retrospectivas: %4, instrumentos de encuesta: %5, oleadas: %6, respuestas: %7, comentarios: %8.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: each of the %Ln tables holds the same number of rows on both sides.</source>
        <translation>
            <numerusform>Comprobado: %Ln tabla tiene el mismo número de filas en ambos lados.</numerusform>
            <numerusform>Comprobado: cada una de las %Ln tablas tiene el mismo número de filas en ambos lados.</numerusform>
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
        <translation>Uso: candor-cli [--db PATH] [--lang CODE] COMMAND [options]

Herramienta de línea de órdenes de Candor. Todas las órdenes aceptan --db PATH; sin esta opción, Candor usa CANDOR_DB o su base de datos predeterminada. --lang CODE (en, de, fr o es) establece el idioma de los mensajes; sin esta opción, Candor usa el del sistema.

Órdenes:
  demo [--scale small|large] [--seed N]      llena una base de datos vacía con una organización
                                             de demostración y sus postmortems
  team add NAME [--parent NAME]              añade un equipo (o un subequipo de un departamento)
  member add NAME --team NAME [--role TEXT] [--manager]
                                             añade un miembro a un equipo
  list teams|members|incidents [--team NAME] [--format table|csv|json] [--bom] [-o FILE]
                                             enumera datos
  list actions [--team NAME] [--overdue] [--status open|in-progress|done|dropped]
               [--format table|csv|json] [--bom] [-o FILE]
                                             enumera las acciones de todas las sesiones
  postmortem show INCIDENT_ID [--format md|json]
                                             muestra el registro completo del postmortem de un incidente
  survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD]
                     [--invited N] [--k N]   inicia una oleada; imprime su id
  survey import --wave ID --columns LIST [--comment-column N] FILE.csv
                                             importa las respuestas de una herramienta de formularios (todo o nada)
  trends [--team NAME | --all] [--instrument KEY] [--format csv|json] [--bom] [-o FILE]
                                             tendencias de las encuestas por equipo, departamento y trimestre,
                                             con los grupos pequeños ocultos
  search TEXT [--team NAME] [--limit N] [--format table|csv|json] [-o FILE]
                                             busca incidentes por las palabras de sus títulos, resúmenes,
                                             cronologías y factores contribuyentes
  report INCIDENT_ID --format md|html|pdf [--page a4|letter] -o FILE
                                             el informe postmortem de un incidente
  insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf
                                             tendencias de las encuestas para RR. HH. en PDF, grupos pequeños ocultos
  export -o FILE.json                        toda la base de datos en JSON (docs/json-format.md)
  import FILE.json                           carga una exportación JSON en una base de datos vacía
  backup FILE                                una copia coherente de la base de datos, segura aunque Candor
                                             esté escribiendo
  restore FILE                               sustituye la base de datos por una copia de seguridad (la base
                                             sustituida también se conserva como copia)
  migrate --from FILE.sqlite --to URL        copia un archivo de base de datos en una base de datos
                                             PostgreSQL vacía (URL: postgresql://USER@HOST:PORT/NAME)
  check                                      comprueba la integridad y la versión del esquema

Opciones:
  -h, --help       muestra esta ayuda, o la de una orden si va tras su nombre
  -v, --version    muestra la versión

Códigos de salida: 0 éxito, 1 la orden falló o encontró problemas, 2 no se puede abrir la base de datos, 64 la línea de órdenes es incorrecta.
</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Keep theirs to leave what is stored now, or write yours over theirs to replace it.</source>
        <translation>Conserve la otra versión para dejar lo que está guardado ahora, o sobrescríbala con la suya para reemplazarla.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <source>Write mine over theirs</source>
        <translation>Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>Changed on another desktop</source>
        <translation>Modificado en otro ordenador</translation>
    </message>
    <message>
        <source>Deleted on another desktop</source>
        <translation>Eliminado en otro ordenador</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The URL contains a password. Leave it out: give the password in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>La URL contiene una contraseña. Quítela: indique la contraseña en la variable de entorno PGPASSWORD o en ~/.pgpass.</translation>
    </message>
    <message>
        <source>A PostgreSQL location starts with postgresql://, as in postgresql://host/database.</source>
        <translation>Una ubicación de PostgreSQL empieza por postgresql://, como en postgresql://servidor/basededatos.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL URL: %1.</source>
        <translation>No es una URL de PostgreSQL válida: %1.</translation>
    </message>
    <message>
        <source>The URL ends with a fragment (“#…”), which PostgreSQL does not use. Leave it out.</source>
        <translation>La URL termina con un fragmento («#…»), que PostgreSQL no usa. Quítelo.</translation>
    </message>
    <message>
        <source>The URL names no database. Add its name after the host, as in postgresql://host/candor.</source>
        <translation>La URL no indica ninguna base de datos. Añada su nombre después del servidor, como en postgresql://servidor/candor.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the URL. Candor knows these: %2.</source>
        <translation>Opción «%1» desconocida en la URL. Candor conoce estas: %2.</translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the URL.</source>
        <translation>La opción «%1» aparece dos veces en la URL.</translation>
    </message>
    <message>
        <source>The option “%1” in the URL has no value.</source>
        <translation>La opción «%1» de la URL no tiene valor.</translation>
    </message>
    <message>
        <source>The value of the option “%1” cannot contain a semicolon.</source>
        <translation>El valor de la opción «%1» no puede contener un punto y coma.</translation>
    </message>
    <message>
        <source>The sslmode “%1” is unknown. Use one of: %2.</source>
        <translation>El sslmode «%1» es desconocido. Use uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>The connect_timeout “%1” is not a number of seconds.</source>
        <translation>El connect_timeout «%1» no es un número de segundos.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>The database holds an unexpected value in table %1, row %2, column %3: “%4”. Run candor-cli check, or restore a backup.</source>
        <translation>La base de datos contiene un valor inesperado en la tabla %1, fila %2, columna %3: «%4». Ejecute candor-cli check o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>se esperaba un objeto, se encontró %1.</translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2.</source>
        <translation>campo desconocido %1; los campos aquí son %2.</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>falta este campo obligatorio.</translation>
    </message>
    <message>
        <source>expected text, found %1.</source>
        <translation>se esperaba texto, se encontró %1.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>se esperaba true o false, se encontró %1.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found %1.</source>
        <translation>se esperaba un número igual o mayor que 0, se encontró %1.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1) or null, found %2.</source>
        <translation>se esperaba un id (un número entero de 1 a %1) o null, se encontró %2.</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to %1), found %2.</source>
        <translation>se esperaba un id (un número entero de 1 a %1), se encontró %2.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, or null, found %1.</source>
        <translation>se esperaba una hora en ISO 8601 con su desfase respecto a UTC, como «2024-03-01T09:30:00Z», o null, se encontró %1.</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its offset from UTC, such as &quot;2024-03-01T09:30:00Z&quot;, found %1.</source>
        <translation>se esperaba una hora en ISO 8601 con su desfase respecto a UTC, como «2024-03-01T09:30:00Z», se encontró %1.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot; or null, found %1.</source>
        <translation>se esperaba una fecha como «2024-03-01» o null, se encontró %1.</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2024-03-01&quot;, found %1.</source>
        <translation>se esperaba una fecha como «2024-03-01», se encontró %1.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 no es ninguno de %2.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>se esperaba una matriz, se encontró %1.</translation>
    </message>
    <message>
        <source>the id %1 is used twice (also at %2); ids are unique.</source>
        <translation>el id %1 se usa dos veces (también en %2); los ids son únicos.</translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;: &quot;%1&quot;, found an array; this is not a Candor export.</source>
        <translation>se esperaba un objeto con &quot;format&quot;: &quot;%1&quot;, se encontró una matriz; esto no es una exportación de Candor.</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;; this is not a Candor export.</source>
        <translation>%1 no es &quot;%2&quot;; esto no es una exportación de Candor.</translation>
    </message>
    <message>
        <source>the file is format version %1, written by a newer Candor; this Candor reads format version %2 and older. Update Candor to import it.</source>
        <translation>el archivo tiene la versión de formato %1, escrita por una versión más reciente de Candor; esta versión lee la versión de formato %2 y anteriores. Actualice Candor para importarlo.</translation>
    </message>
    <message>
        <source>there is no team with id %1 in $.teams.</source>
        <translation>no hay ningún equipo con id %1 en $.teams.</translation>
    </message>
    <message>
        <source>there is no member with id %1 in $.members.</source>
        <translation>no hay ningún miembro con id %1 en $.members.</translation>
    </message>
    <message>
        <source>%1 is also the name of $.teams[%2]; team names are unique.</source>
        <translation>%1 también es el nombre de $.teams[%2]; los nombres de equipo son únicos.</translation>
    </message>
    <message>
        <source>the team %1 would be its own department (its parents form a circle).</source>
        <translation>el equipo %1 sería su propio departamento (sus equipos superiores forman un círculo).</translation>
    </message>
    <message>
        <source>a postmortem needs its incident&apos;s id.</source>
        <translation>un postmortem necesita el id de su incidente.</translation>
    </message>
    <message>
        <source>a retro has no incident; expected null.</source>
        <translation>una retrospectiva no tiene incidente; se esperaba null.</translation>
    </message>
    <message>
        <source>there is no incident with id %1 in $.incidents.</source>
        <translation>no hay ningún incidente con id %1 en $.incidents.</translation>
    </message>
    <message>
        <source>the incident %1 already has its postmortem at $.sessions[%2]; an incident has at most one.</source>
        <translation>el incidente %1 ya tiene su postmortem en $.sessions[%2]; un incidente tiene como máximo uno.</translation>
    </message>
    <message>
        <source>the phase %1 is recorded twice.</source>
        <translation>la fase %1 está registrada dos veces.</translation>
    </message>
    <message>
        <source>there is no participant with id %1 in this session&apos;s participants.</source>
        <translation>no hay ningún participante con id %1 entre los participantes de esta sesión.</translation>
    </message>
    <message>
        <source>there is no event with id %1 in this session&apos;s timeline.</source>
        <translation>no hay ningún acontecimiento con id %1 en la cronología de esta sesión.</translation>
    </message>
    <message>
        <source>the event %1 is listed twice.</source>
        <translation>el acontecimiento %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>there is no factor with id %1 in this session&apos;s factors.</source>
        <translation>no hay ningún factor con id %1 entre los factores de esta sesión.</translation>
    </message>
    <message>
        <source>the %1 check&apos;s count of answer %2 is given twice.</source>
        <translation>el recuento de la respuesta %2 de la comprobación %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>the draft of %1 is given twice.</source>
        <translation>el borrador de %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>version %1 of %2 is also $.survey_instruments[%3]; each version of an instrument is listed once.</source>
        <translation>la versión %1 de %2 también es $.survey_instruments[%3]; cada versión de un instrumento aparece una sola vez.</translation>
    </message>
    <message>
        <source>an instrument asks at least one question.</source>
        <translation>un instrumento tiene al menos una pregunta.</translation>
    </message>
    <message>
        <source>there is no instrument with id %1 in $.survey_instruments.</source>
        <translation>no hay ningún instrumento con id %1 en $.survey_instruments.</translation>
    </message>
    <message>
        <source>the wave closes before it opens (%1).</source>
        <translation>la oleada se cierra antes de abrirse (%1).</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, each with an optional trend mark +, = or -, such as &quot;3+ 2= 1&quot;</source>
        <translation>respuestas de 1 a %1 separadas por un solo espacio, cada una con una marca de tendencia opcional +, = o -, como «3+ 2= 1»</translation>
    </message>
    <message>
        <source>answers from 1 to %1 separated by single spaces, such as &quot;3 2 1&quot;</source>
        <translation>respuestas de 1 a %1 separadas por un solo espacio, como «3 2 1»</translation>
    </message>
    <message>
        <source>expected a string of %1, found %2.</source>
        <translation>se esperaba una cadena de %1, se encontró %2.</translation>
    </message>
    <message>
        <source>%1 does not read as %2 (answer %3).</source>
        <translation>%1 no se puede leer como %2 (respuesta %3).</translation>
    </message>
    <message numerus="yes">
        <source>the response %1 has %n answer(s), but the instrument has %2 statements.</source>
        <translation>
            <numerusform>la respuesta %1 tiene %n respuesta, pero el instrumento tiene %2 enunciados.</numerusform>
            <numerusform>la respuesta %1 tiene %n respuestas, pero el instrumento tiene %2 enunciados.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more, found %1.</source>
        <translation>se esperaba un número entero igual o mayor que 0, se encontró %1.</translation>
    </message>
    <message>
        <source>%1 does not match the responses, which give %2.</source>
        <translation>%1 no coincide con las respuestas, que dan %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>Writing the responses of %1 failed: %2</source>
        <translation>Falló la escritura de las respuestas de %1: %2</translation>
    </message>
    <message>
        <source>the comments of %1</source>
        <translation>los comentarios de %1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; import needs version %2. Open it with this Candor first.</source>
        <translation>La base de datos tiene la versión de esquema %1; la importación necesita la versión %2. Ábrala primero con esta versión de Candor.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (byte %3): %4.</source>
        <translation>Error de sintaxis JSON en la línea %1, columna %2 (byte %3): %4.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>No se puede empezar a escribir: %1</translation>
    </message>
    <message>
        <source>The database already holds data, and an import would mix two organisations. Import into a new, empty database.</source>
        <translation>La base de datos ya contiene datos, y una importación mezclaría dos organizaciones. Importe en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Give the path of a JSON export.</source>
        <translation>«%1» no existe. Indique la ruta de una exportación JSON.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the path of a JSON export.</source>
        <translation>«%1» es una carpeta. Indique la ruta de una exportación JSON.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Candor imports files of up to %3 MB. Nothing was imported.</source>
        <translation>«%1» ocupa %2 MB; Candor importa archivos de hasta %3 MB. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
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
        <translation>«%1» está dañado (falló la comprobación de integridad). Restáurelo desde una copia de seguridad; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not a SQLite file, or it is damaged). Choose another file or restore a backup.</source>
        <translation>«%1» no es una base de datos de Candor (no es un archivo SQLite o está dañado). Elija otro archivo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is in use: another program has kept it locked for more than %2 seconds. Close the other program (or the other Candor) that has it open, then try again; nothing was changed.</source>
        <translation>«%1» está en uso: otro programa lo mantiene bloqueado desde hace más de %2 segundos. Cierre el otro programa (o la otra instancia de Candor) que lo tiene abierto y vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full, or the file size limit of this process is reached (SQLite needs room for its journal beside the file). Free some space or raise the limit, then try again; nothing was changed.</source>
        <translation>No se puede abrir «%1»: el disco está lleno o se ha alcanzado el límite de tamaño de archivo de este proceso (SQLite necesita espacio para su diario junto al archivo). Libere espacio o aumente el límite y vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), though there are backups of it in “%2”: its content was lost, perhaps in a copy or a save that was cut off. Restore the latest backup; the file was not changed.</source>
        <translation>«%1» está vacío (0 bytes), aunque hay copias de seguridad de él en «%2»: su contenido se perdió, quizá en una copia o un guardado interrumpidos. Restaure la copia de seguridad más reciente; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it ends inside its header, after %2 bytes. Restore it from a backup; the file was not changed.</source>
        <translation>«%1» está truncado: termina dentro de su encabezado, tras %2 bytes. Restáurelo desde una copia de seguridad; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is cut short: it holds %2 bytes, but its header describes %3. The end of the database is lost, perhaps to a full disk or an interrupted copy. Restore it from a backup; the file was not changed.</source>
        <translation>«%1» está truncado: contiene %2 bytes, pero su encabezado describe %3. Se ha perdido el final de la base de datos, quizá por un disco lleno o una copia interrumpida. Restáurelo desde una copia de seguridad; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Give the path of a file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos. Indique la ruta de un archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check the file&apos;s permissions.</source>
        <translation>No se puede leer «%1». Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Candor saves every change at once, so make the file writable or open a copy.</source>
        <translation>«%1» es de solo lectura. Candor guarda cada cambio al instante, así que permita la escritura en el archivo o abra una copia.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it or choose another path.</source>
        <translation>La carpeta «%1» no existe. Créela o elija otra ruta.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only; Candor needs to write its journal there. Choose a writable folder.</source>
        <translation>La carpeta «%1» es de solo lectura; Candor necesita escribir allí su diario. Elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not Candor&apos;s. Choose another file.</source>
        <translation>«%1» es una base de datos de otro programa, no de Candor. Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (schema version %2; this Candor knows up to %3). Update Candor to open it; the file was not changed.</source>
        <translation>«%1» se escribió con una versión más reciente de Candor (versión de esquema %2; esta versión admite hasta la %3). Actualice Candor para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>No se puede preparar «%1»: %2</translation>
    </message>
    <message>
        <source>No database path was given. Give the path of a database file.</source>
        <translation>No se indicó ninguna ruta de base de datos. Indique la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Candor did not update “%1” to this version, because the backup it takes first failed: %2 The file was not changed.</source>
        <translation>Candor no actualizó «%1» a esta versión porque falló la copia de seguridad que hace antes: %2 El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>La tabla %1, fila %2, hace referencia a una fila que falta en %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not Candor&apos;s. Give Candor an empty database of its own.</source>
        <translation>%1 contiene tablas de otro programa, no las de Candor. Dé a Candor una base de datos vacía propia.</translation>
    </message>
    <message>
        <source>The server %1 refused the password of user “%2”. Set PGPASSWORD or add the password to ~/.pgpass, then try again.</source>
        <translation>El servidor %1 rechazó la contraseña del usuario «%2». Defina PGPASSWORD o añada la contraseña a ~/.pgpass y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the name in %2, or ask the server&apos;s administrator to create it.</source>
        <translation>El servidor no tiene ninguna base de datos «%1». Compruebe el nombre en %2 o pida a la administración del servidor que la cree.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1, port %2 (%3). Check the address and that the server is running, then try again.</source>
        <translation>No se puede contactar con el servidor PostgreSQL en %1, puerto %2 (%3). Compruebe la dirección y que el servidor esté en marcha, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>This Candor cannot connect to PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the Debian package libqt6sql6-psql.</source>
        <translation>Este Candor no puede conectarse a PostgreSQL: falta el controlador de PostgreSQL de Qt. Instale el paquete de Debian libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>There is no server connection to restore.</source>
        <translation>No hay ninguna conexión con el servidor que restablecer.</translation>
    </message>
</context>
<context>
    <name>DemoOrganisation</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database. Use --db with a new file.</source>
        <translation>La base de datos ya contiene datos; los datos de demostración solo se cargan en una base de datos vacía. Use --db con un archivo nuevo.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Parte de %1</translation>
    </message>
</context>
<context>
    <name>DemoPostmortems</name>
    <message>
        <source>A demo session did not reach its end.</source>
        <translation>Una sesión de demostración no llegó al final.</translation>
    </message>
</context>
<context>
    <name>DemoSurveys</name>
    <message>
        <source>%1 pulse</source>
        <translation>Pulso de %1</translation>
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
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>incident count (counts by severity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>mediana %1</translation>
    </message>
    <message>
        <source>Time to detect (MTTD)</source>
        <translation>Tiempo de detección (MTTD)</translation>
    </message>
    <message>
        <source>no detection time known yet</source>
        <translation>aún no se conoce ningún tiempo de detección</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a detection time, not counted</source>
        <translation>
            <numerusform>%Ln sin tiempo de detección, no contabilizado</numerusform>
            <numerusform>%Ln sin tiempo de detección, no contabilizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Tiempo de resolución (MTTR)</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>aún no hay ninguno resuelto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not resolved yet, not counted</source>
        <translation>
            <numerusform>%Ln aún sin resolver, no contabilizado</numerusform>
            <numerusform>%Ln aún sin resolver, no contabilizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Time between incidents (MTBF)</source>
        <translation>Tiempo entre incidentes (MTBF)</translation>
    </message>
    <message>
        <source>needs at least two incidents</source>
        <translation>se necesitan al menos dos incidentes</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Completed postmortems</source>
        <translation>Postmortems completados</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <comment>completed postmortems of incidents (share)</comment>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <comment>action item counts (of the total)</comment>
        <translation>%1 (de %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done on time</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln hecha a tiempo</numerusform>
            <numerusform>%Ln hechas a tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln vencida</numerusform>
            <numerusform>%Ln vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done late</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln hecha con retraso</numerusform>
            <numerusform>%Ln hechas con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, not due yet</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln abierta, aún sin vencer</numerusform>
            <numerusform>%Ln abiertas, aún sin vencer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>action items</comment>
        <translation>
            <numerusform>%Ln descartada</numerusform>
            <numerusform>%Ln descartadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>SEV1: critical, customers broadly affected</source>
        <translation>SEV1: crítico, clientes afectados de forma generalizada</translation>
    </message>
    <message>
        <source>SEV2: major, a key function degraded</source>
        <translation>SEV2: grave, una función clave degradada</translation>
    </message>
    <message>
        <source>SEV3: minor, limited impact</source>
        <translation>SEV3: menor, impacto limitado</translation>
    </message>
    <message>
        <source>SEV4: low, no customer impact</source>
        <translation>SEV4: bajo, sin impacto en clientes</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>incident status</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <comment>incident status</comment>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>InsightsReport</name>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (escala de %2 puntos)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>chart heading, part, parts</comment>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 with all its teams</source>
        <translation>%1 con todos sus equipos</translation>
    </message>
    <message>
        <source>Departments (each with all its teams) and teams of their own</source>
        <translation>Departamentos (cada uno con todos sus equipos) y equipos independientes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>The teams of %1</source>
        <translation>Los equipos de %1</translation>
    </message>
    <message>
        <source>With this many teams the teams are not charted one by one: the heatmap below compares them. A report of one department charts its teams.</source>
        <translation>Con tantos equipos, no se representa cada equipo por separado: el mapa de calor de abajo los compara. Un informe de un solo departamento representa sus equipos.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>k = %1: a figure is shown only when at least %1 people answered. k is the anonymity threshold, fixed for each survey wave when it was created.</source>
        <translation>k = %1: una cifra solo se muestra cuando han respondido al menos %1 personas. k es el umbral de anonimato, fijado para cada oleada de encuesta al crearla.</translation>
    </message>
    <message>
        <source>k = %1 to %2, fixed for each survey wave when it was created: a figure is shown only when at least k people answered, where k is the strictest threshold among the waves behind it.</source>
        <translation>k = %1 a %2, fijado para cada oleada de encuesta al crearla: una cifra solo se muestra cuando han respondido al menos k personas, donde k es el umbral más estricto de las oleadas en que se basa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln equipo</numerusform>
            <numerusform>%Ln equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole organisation: %1.</source>
        <translation>Toda la organización: %1.</translation>
    </message>
    <message>
        <source>The whole organisation: %1 and %2.</source>
        <comment>departments, teams</comment>
        <translation>Toda la organización: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln departamento</numerusform>
            <numerusform>%Ln departamentos</numerusform>
        </translation>
    </message>
    <message>
        <source> (part of %1)</source>
        <comment>after a team&apos;s name</comment>
        <translation> (parte de %1)</translation>
    </message>
    <message>
        <source>%1%2.</source>
        <comment>team, where it belongs</comment>
        <translation>%1%2.</translation>
    </message>
    <message>
        <source>%1%2 with the teams below it: %3.</source>
        <comment>team, where it belongs, its teams</comment>
        <translation>%1%2 con los equipos que dependen de él: %3.</translation>
    </message>
    <message>
        <source>Survey insights</source>
        <translation>Resultados de las encuestas</translation>
    </message>
    <message>
        <source>Team psychological safety and health by quarter, for HR</source>
        <translation>Seguridad psicológica y salud de los equipos por trimestre, para RR. HH.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Elaborado</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Cómo leer este informe</translation>
    </message>
    <message>
        <source>Each figure is the mean score of a group&apos;s answers in one calendar quarter: a team&apos;s own survey waves, or a department&apos;s together with all the teams below it. Scores run from 1, the least favourable answer, to the top of the instrument&apos;s scale; negatively worded statements are turned round before they count. No single person&apos;s answer appears anywhere in this report.</source>
        <translation>Cada cifra es la puntuación media de las respuestas de un grupo en un trimestre natural: las oleadas de encuesta propias de un equipo, o las de un departamento junto con todos los equipos que dependen de él. Las puntuaciones van de 1, la respuesta menos favorable, al máximo de la escala del instrumento; los enunciados formulados en negativo se invierten antes de contabilizarse. La respuesta de ninguna persona concreta aparece en ninguna parte de este informe.</translation>
    </message>
    <message>
        <source>What is withheld and why</source>
        <translation>Qué se oculta y por qué</translation>
    </message>
    <message>
        <source>A figure is withheld for one of two reasons. Too few answers: fewer than k people answered, so the figure would come too close to individuals. Complementary suppression: the figure would let a withheld one be worked out. When a department&apos;s figure and all but one of its teams&apos; figures are shown, for example, the last team&apos;s figure follows by subtraction, so one more figure of that department is withheld too. The report does not say which reason applies to which figure, since that too would say something about a small group.</source>
        <translation>Una cifra se oculta por uno de dos motivos. Demasiado pocas respuestas: respondieron menos de k personas, así que la cifra se acercaría demasiado a individuos concretos. Supresión complementaria: la cifra permitiría deducir otra que está oculta. Por ejemplo, cuando se muestran la cifra de un departamento y las de todos sus equipos menos uno, la del último equipo se obtiene por resta, así que también se oculta otra cifra de ese departamento. El informe no indica qué motivo se aplica a cada cifra, porque eso también revelaría algo sobre un grupo pequeño.</translation>
    </message>
    <message>
        <source>A withheld figure reads “%1” in the tables and leaves a gap in its chart line. No number behind it, neither its score nor how many people answered, is written anywhere in this file.</source>
        <translation>Una cifra oculta aparece como «%1» en las tablas y deja un hueco en la línea de su gráfico. Ningún número que la respalde, ni su puntuación ni cuántas personas respondieron, se escribe en ninguna parte de este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>No figure in this report had to be withheld (%Ln figure(s) in all).</source>
        <translation>
            <numerusform>No hubo que ocultar ninguna cifra de este informe (%Ln cifra en total).</numerusform>
            <numerusform>No hubo que ocultar ninguna cifra de este informe (%Ln cifras en total).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withheld: %Ln of the %1 figures in this report.</source>
        <translation>
            <numerusform>Ocultas: %Ln de las %1 cifras de este informe.</numerusform>
            <numerusform>Ocultas: %Ln de las %1 cifras de este informe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln of %2 withheld.</source>
        <comment>instrument, withheld figures, all figures</comment>
        <translation>
            <numerusform>%1: %Ln de %2 oculta.</numerusform>
            <numerusform>%1: %Ln de %2 ocultas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>%1 to %2. Mean scores from 1 (least favourable) to %3 (most favourable). %4</source>
        <translation>De %1 a %2. Puntuaciones medias de 1 (menos favorable) a %3 (más favorable). %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 figures withheld.</source>
        <translation>
            <numerusform>%Ln de %1 cifras oculta.</numerusform>
            <numerusform>%Ln de %1 cifras ocultas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heatmap: mean score by team and quarter</source>
        <translation>Mapa de calor: puntuación media por equipo y trimestre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first and last quarter</comment>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>n = %1</source>
        <comment>how many people answered</comment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Least favourable</source>
        <translation>Menos favorable</translation>
    </message>
    <message>
        <source>Most favourable</source>
        <translation>Más favorable</translation>
    </message>
    <message>
        <source>No survey in that quarter.</source>
        <translation>No hubo encuesta en ese trimestre.</translation>
    </message>
    <message>
        <source>Each cell is the mean score of the quarter, with n, the number of people who answered. A department&apos;s row in bold counts all its teams.</source>
        <translation>Cada celda es la puntuación media del trimestre, con n, el número de personas que respondieron. La fila de un departamento en negrita incluye todos sus equipos.</translation>
    </message>
    <message>
        <source>The insights report draws its charts with Qt Widgets: make it from Candor or with candor-cli insights-report.</source>
        <translation>El informe de resultados dibuja sus gráficos con Qt Widgets: genérelo desde Candor o con candor-cli insights-report.</translation>
    </message>
    <message>
        <source>The team of the report no longer exists. Choose another team and try again.</source>
        <translation>El equipo del informe ya no existe. Elija otro equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>There are no survey results for %1 yet, so there is nothing to report. Run a survey wave first.</source>
        <translation>Todavía no hay resultados de encuestas para %1, así que no hay nada que informar. Realice primero una oleada de encuesta.</translation>
    </message>
    <message>
        <source>Survey insights: %1</source>
        <translation>Resultados de las encuestas: %1</translation>
    </message>
    <message>
        <source>Candor · %1 · %2</source>
        <comment>footer: title, date</comment>
        <translation>Candor · %1 · %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>No se pudo iniciar el PDF: %1</translation>
    </message>
    <message>
        <source>Insights report, %1.pdf</source>
        <comment>file name: ISO date</comment>
        <translation>Informe de resultados, %1.pdf</translation>
    </message>
    <message>
        <source>Insights report, %1, %2.pdf</source>
        <comment>file name: team, ISO date</comment>
        <translation>Informe de resultados, %1, %2.pdf</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Team psychological safety</source>
        <translation>Seguridad psicológica del equipo</translation>
    </message>
    <message>
        <source>How safe it feels to take interpersonal risks on this team: to speak up, ask, admit and try.</source>
        <translation>Lo seguro que resulta asumir riesgos interpersonales en este equipo: hablar, preguntar, admitir errores y probar cosas.</translation>
    </message>
    <message>
        <source>Mistakes held against you</source>
        <translation>Errores echados en cara</translation>
    </message>
    <message>
        <source>When someone on this team gets something wrong, it tends to be remembered against them.</source>
        <translation>Cuando alguien de este equipo se equivoca en algo, se le suele tener en cuenta en su contra.</translation>
    </message>
    <message>
        <source>Raising problems</source>
        <translation>Plantear problemas</translation>
    </message>
    <message>
        <source>On this team we can raise problems and hard topics openly.</source>
        <translation>En este equipo podemos plantear abiertamente problemas y temas difíciles.</translation>
    </message>
    <message>
        <source>Being different</source>
        <translation>Ser diferente</translation>
    </message>
    <message>
        <source>People here are sometimes pushed aside for being different.</source>
        <translation>Aquí a veces se margina a las personas por ser diferentes.</translation>
    </message>
    <message>
        <source>Taking risks</source>
        <translation>Asumir riesgos</translation>
    </message>
    <message>
        <source>It feels safe to try something risky on this team.</source>
        <translation>En este equipo resulta seguro intentar algo arriesgado.</translation>
    </message>
    <message>
        <source>Asking for help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Asking colleagues on this team for help is difficult.</source>
        <translation>Es difícil pedir ayuda a los compañeros de este equipo.</translation>
    </message>
    <message>
        <source>No undermining</source>
        <translation>Sin sabotajes</translation>
    </message>
    <message>
        <source>Nobody on this team would knowingly work against my efforts.</source>
        <translation>Nadie de este equipo actuaría a sabiendas en contra de mis esfuerzos.</translation>
    </message>
    <message>
        <source>Skills valued</source>
        <translation>Habilidades valoradas</translation>
    </message>
    <message>
        <source>My particular skills and talents are valued and put to use here.</source>
        <translation>Aquí se valoran y se aprovechan mis habilidades y talentos particulares.</translation>
    </message>
    <message>
        <source>Team culture (Westrum)</source>
        <translation>Cultura del equipo (Westrum)</translation>
    </message>
    <message>
        <source>How information flows on the team, from power-oriented through rule-oriented to generative.</source>
        <translation>Cómo fluye la información en el equipo: de la orientación al poder, pasando por la orientación a las normas, hasta la cultura generativa.</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>People on my team work together readily to get things done.</source>
        <translation>Las personas de mi equipo colaboran de buen grado para sacar el trabajo adelante.</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Mensajeros</translation>
    </message>
    <message>
        <source>Whoever brings bad news is thanked for it, not blamed.</source>
        <translation>A quien trae malas noticias se le dan las gracias, no se le culpa.</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Riesgos compartidos</translation>
    </message>
    <message>
        <source>When we take on a risk, we carry it together.</source>
        <translation>Cuando asumimos un riesgo, lo asumimos juntos.</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Tender puentes</translation>
    </message>
    <message>
        <source>Working with other teams is encouraged and recognised.</source>
        <translation>Se fomenta y se reconoce el trabajo con otros equipos.</translation>
    </message>
    <message>
        <source>Failure leads to inquiry</source>
        <translation>El fallo lleva a indagar</translation>
    </message>
    <message>
        <source>When something fails, we look into why rather than for whom.</source>
        <translation>Cuando algo falla, buscamos el porqué y no a quién culpar.</translation>
    </message>
    <message>
        <source>New ideas</source>
        <translation>Ideas nuevas</translation>
    </message>
    <message>
        <source>Fresh ideas are given a fair hearing here.</source>
        <translation>Aquí las ideas nuevas reciben una consideración justa.</translation>
    </message>
    <message>
        <source>Team health check</source>
        <translation>Revisión de salud del equipo</translation>
    </message>
    <message>
        <source>A traffic-light check of ten sides of team life, each with the direction it is heading.</source>
        <translation>Una revisión tipo semáforo de diez aspectos de la vida del equipo, cada uno con la dirección en que evoluciona.</translation>
    </message>
    <message>
        <source>Ease of release</source>
        <translation>Facilidad de publicación</translation>
    </message>
    <message>
        <source>Shipping a change is easy, safe and mostly automatic.</source>
        <translation>Publicar un cambio es fácil, seguro y casi siempre automático.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>The way we work suits us.</source>
        <translation>Nuestra forma de trabajar nos va bien.</translation>
    </message>
    <message>
        <source>Code health</source>
        <translation>Salud del código</translation>
    </message>
    <message>
        <source>Our code is in good shape and pleasant to work with.</source>
        <translation>Nuestro código está en buen estado y es agradable trabajar con él.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What we build matters to the people who use it.</source>
        <translation>Lo que construimos importa a las personas que lo usan.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>We get things done quickly, without long waits.</source>
        <translation>Sacamos el trabajo rápido, sin largas esperas.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>We know why our team exists, and that drives us.</source>
        <translation>Sabemos por qué existe nuestro equipo, y eso nos motiva.</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Diversión</translation>
    </message>
    <message>
        <source>We enjoy working together.</source>
        <translation>Disfrutamos trabajando juntos.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>We keep learning new things as we work.</source>
        <translation>Seguimos aprendiendo cosas nuevas mientras trabajamos.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>When we ask for help, we get it quickly.</source>
        <translation>Cuando pedimos ayuda, la recibimos rápido.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Autonomía</translation>
    </message>
    <message>
        <source>We decide what we build and how we build it.</source>
        <translation>Decidimos qué construimos y cómo lo construimos.</translation>
    </message>
    <message>
        <source>%1 (disagree)</source>
        <translation>%1 (en desacuerdo)</translation>
    </message>
    <message>
        <source>%1 (agree)</source>
        <translation>%1 (de acuerdo)</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Empeorando</translation>
    </message>
    <message>
        <source>Staying the same</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Algo en desacuerdo</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ni de acuerdo ni en desacuerdo</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Algo de acuerdo</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Algunas preocupaciones</translation>
    </message>
    <message>
        <source>Going well</source>
        <translation>Va bien</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>No se puede leer la versión del esquema de la base de datos.</translation>
    </message>
    <message>
        <source>Cannot migrate from schema version %1 to %2.</source>
        <translation>No se puede migrar de la versión de esquema %1 a la %2.</translation>
    </message>
    <message>
        <source>Cannot start updating the database: %1</source>
        <translation>No se puede empezar a actualizar la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot mark the database as Candor&apos;s: %1</source>
        <translation>No se puede marcar la base de datos como de Candor: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos a la versión %1: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>No se puede registrar la versión de esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>PhaseRules</name>
    <message>
        <source>The session is finished. Go back to a phase to change it.</source>
        <translation>La sesión ha terminado. Vuelva a una fase para modificarla.</translation>
    </message>
    <message>
        <source>Name who confirmed the group&apos;s agreement, for example the facilitator.</source>
        <translation>Indique quién confirmó el acuerdo del grupo, por ejemplo, el facilitador.</translation>
    </message>
    <message>
        <source>The name of who confirmed is too long. Shorten it.</source>
        <translation>El nombre de quien confirmó es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Name the facilitator before the session starts.</source>
        <translation>Indique el facilitador antes de que empiece la sesión.</translation>
    </message>
    <message>
        <source>Add the people in the room before the session starts.</source>
        <translation>Añada a las personas presentes en la sala antes de que empiece la sesión.</translation>
    </message>
    <message>
        <source>The facilitator is close to the team, which can change what people dare to say. Choose a facilitator from outside the team, or record that the group keeps this facilitator.</source>
        <translation>El facilitador es cercano al equipo, lo que puede cambiar lo que las personas se atreven a decir. Elija un facilitador ajeno al equipo o registre que el grupo mantiene a este facilitador.</translation>
    </message>
    <message>
        <source>The timeline is empty. Add what happened, or skip the phase with a reason.</source>
        <translation>La cronología está vacía. Añada lo que ocurrió u omita la fase indicando un motivo.</translation>
    </message>
    <message>
        <source>No contributing factors yet. Add what made the incident possible, or skip the phase with a reason.</source>
        <translation>Todavía no hay factores contribuyentes. Añada lo que hizo posible el incidente u omita la fase indicando un motivo.</translation>
    </message>
    <message>
        <source>No action items yet. Agree at least one, or skip the phase with a reason.</source>
        <translation>Todavía no hay acciones. Acuerde al menos una u omita la fase indicando un motivo.</translation>
    </message>
    <message>
        <source>The opening cannot be skipped: the ground rules and who is in the room come first.</source>
        <translation>La apertura no se puede omitir: primero van las reglas básicas y quién está en la sala.</translation>
    </message>
    <message>
        <source>Write why the group moves on without agreement; the reason stays in the record.</source>
        <translation>Escriba por qué el grupo sigue adelante sin acuerdo; el motivo queda en el registro.</translation>
    </message>
    <message>
        <source>The reason is too long. Shorten it.</source>
        <translation>El motivo es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>You can only go back to an earlier phase.</source>
        <translation>Solo se puede volver a una fase anterior.</translation>
    </message>
</context>
<context>
    <name>PostmortemReport</name>
    <message>
        <source>Incident %1 has no postmortem yet, so there is no report. Start one in Candor: select the incident and choose Postmortem &gt; Start postmortem.</source>
        <translation>El incidente %1 todavía no tiene postmortem, así que no hay informe. Inicie uno en Candor: seleccione el incidente y elija Postmortem &gt; Iniciar postmortem.</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Blameless postmortem of incident %1</source>
        <translation>Postmortem sin culpables del incidente %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>incident id (severity, status)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>sin indicar todavía</translation>
    </message>
    <message>
        <source>%1 (the group kept this facilitator after the conflict warning)</source>
        <translation>%1 (el grupo mantuvo a este facilitador tras el aviso de conflicto)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Inicio de la sesión</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>hora local (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Todavía no hay resumen.</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Resumen del incidente</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impacto en los clientes</translation>
    </message>
    <message>
        <source>No customer impact was recorded for this incident.</source>
        <translation>No se registró ningún impacto en los clientes para este incidente.</translation>
    </message>
    <message>
        <source>Incident metrics</source>
        <translation>Métricas del incidente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>duration (when)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>detectado el %1</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>aún no detectado</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Tiempo de mitigación</translation>
    </message>
    <message>
        <source>mitigated %1</source>
        <translation>mitigado el %1</translation>
    </message>
    <message>
        <source>not mitigated yet</source>
        <translation>aún no mitigado</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelto el %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>aún no resuelto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Nobody has been added yet.</source>
        <translation>Todavía no se ha añadido a nadie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1.</source>
        <translation>El grupo acordó esta cronología el %1.</translation>
    </message>
    <message>
        <source>The group agreed this timeline on %1 (confirmed by %2).</source>
        <translation>El grupo acordó esta cronología el %1 (confirmado por %2).</translation>
    </message>
    <message>
        <source>The group moved on without agreeing this timeline. Reason: %1</source>
        <translation>El grupo siguió adelante sin acordar esta cronología. Motivo: %1</translation>
    </message>
    <message>
        <source>The group is still writing this timeline; it has not been agreed yet.</source>
        <translation>El grupo todavía está redactando esta cronología; aún no se ha acordado.</translation>
    </message>
    <message>
        <source>The timeline has not been started yet.</source>
        <translation>La cronología todavía no se ha empezado.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Todavía no hay acontecimientos.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>time (event kind): text</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No contributing factors yet.</source>
        <translation>Todavía no hay factores contribuyentes.</translation>
    </message>
    <message>
        <source>Not linked to a timeline event.</source>
        <translation>No vinculado a ningún acontecimiento de la cronología.</translation>
    </message>
    <message>
        <source>Explains the events at %1</source>
        <translation>Explica los acontecimientos de %1</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Aprendizajes</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se registró ninguno.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Todavía no hay acciones.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Aborda</translation>
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
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>status on date</comment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>no particular factor</source>
        <translation>ningún factor concreto</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>acordada el %1</translation>
    </message>
    <message>
        <source>agreed %1, confirmed by %2</source>
        <translation>acordada el %1, confirmado por %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitida: %1</translation>
    </message>
    <message>
        <source>in progress since %1</source>
        <translation>en curso desde %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>Phase log</source>
        <translation>Registro de fases</translation>
    </message>
    <message>
        <source>No phase has been closed yet.</source>
        <translation>Todavía no se ha cerrado ninguna fase.</translation>
    </message>
    <message>
        <source>%1: %2 agreed</source>
        <translation>%1: se acordó %2</translation>
    </message>
    <message>
        <source>%1: %2 agreed, confirmed by %3</source>
        <translation>%1: se acordó %2, confirmado por %3</translation>
    </message>
    <message>
        <source>%1: %2 skipped. Reason: %3</source>
        <translation>%1: se omitió %2. Motivo: %3</translation>
    </message>
    <message>
        <source>%1: %2 reopened</source>
        <translation>%1: se reabrió %2</translation>
    </message>
    <message>
        <source>%1: %2 reopened by %3</source>
        <translation>%1: %3 reabrió %2</translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation>Comprobación de cierre</translation>
    </message>
    <message>
        <source>The closing check comes at the end of the session.</source>
        <translation>La comprobación de cierre llega al final de la sesión.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so the result is not shown.</source>
        <translation>Respondieron menos de %1 personas, así que no se muestra el resultado.</translation>
    </message>
    <message>
        <source>Answers: %1. Average: %2 out of 5.</source>
        <translation>Respuestas: %1. Media: %2 de 5.</translation>
    </message>
</context>
<context>
    <name>PostmortemText</name>
    <message>
        <source>Opening</source>
        <comment>session phase</comment>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Notable events</source>
        <comment>retro phase</comment>
        <translation>Acontecimientos destacados</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>session phase</comment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Helped and hindered</source>
        <comment>retro phase</comment>
        <translation>Qué ayudó y qué dificultó</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <comment>session phase</comment>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>session phase</comment>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Closing</source>
        <comment>session phase</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>session phase</comment>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Momento clave</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>timeline event kind</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>People and coordination</source>
        <translation>Personas y coordinación</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Organisation and pressure</source>
        <translation>Organización y presión</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Dónde tuvimos suerte</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Qué aprendimos</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prevenir</translation>
    </message>
    <message>
        <source>Detect sooner</source>
        <translation>Detectar antes</translation>
    </message>
    <message>
        <source>Mitigate faster</source>
        <translation>Mitigar más rápido</translation>
    </message>
    <message>
        <source>Respond better</source>
        <translation>Responder mejor</translation>
    </message>
    <message>
        <source>Learn and share</source>
        <translation>Aprender y compartir</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action status</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>action status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action status</comment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>action status</comment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>Retrospectiva</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>We are here to learn how our systems and our work let this happen, not to find someone to blame.</source>
        <translation>Estamos aquí para aprender cómo nuestros sistemas y nuestro trabajo permitieron que esto ocurriera, no para buscar a alguien a quien culpar.</translation>
    </message>
    <message>
        <source>Everyone acted in good faith with what they knew and had at the time.</source>
        <translation>Todos actuaron de buena fe con lo que sabían y tenían en ese momento.</translation>
    </message>
    <message>
        <source>We ask what made an action make sense back then, not who got it wrong.</source>
        <translation>Preguntamos qué hizo que una acción tuviera sentido en aquel momento, no quién se equivocó.</translation>
    </message>
    <message>
        <source>Everyone gets a turn. Passing is fine. Nobody is interrupted or judged for what they say.</source>
        <translation>Todos tienen su turno. Se puede pasar. No se interrumpe ni se juzga a nadie por lo que dice.</translation>
    </message>
    <message>
        <source>What is said in the room stays about the work, never about a person.</source>
        <translation>Lo que se dice en la sala trata sobre el trabajo, nunca sobre una persona.</translation>
    </message>
    <message>
        <source>How safe do you feel to speak up today? (1 = not at all, 5 = completely)</source>
        <translation>¿Hasta qué punto siente hoy que es seguro expresar su opinión? (1 = nada, 5 = completamente)</translation>
    </message>
    <message>
        <source>How are you doing after this incident? (1 = not well, 5 = very well)</source>
        <translation>¿Cómo se encuentra después de este incidente? (1 = mal, 5 = muy bien)</translation>
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
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>table header: cell</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>no se pudo dibujar el PDF</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Nothing was undone (%1). %2</source>
        <translation>No se deshizo nada (%1). %2</translation>
    </message>
    <message>
        <source>Nothing was redone (%1). %2</source>
        <translation>No se rehízo nada (%1). %2</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>No file name given. Choose where to save the file.</source>
        <translation>No se indicó ningún nombre de archivo. Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Nothing was saved; check the free space and try again.</source>
        <translation>No se pudo escribir «%1»: %2. No se guardó nada; compruebe el espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>No se pudo crear «%1»: %2. Compruebe que la carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Cannot find out what this login may do in the database: %1</source>
        <translation>No se puede averiguar qué puede hacer esta cuenta en la base de datos: %1</translation>
    </message>
    <message>
        <source>This login may read none of Candor&apos;s data in this database. Ask the server&apos;s administrator to make it a member of candor_facilitator or candor_hr.</source>
        <translation>Esta cuenta no puede leer ninguno de los datos de Candor en esta base de datos. Pida a la administración del servidor que la haga miembro de candor_facilitator o candor_hr.</translation>
    </message>
    <message>
        <source>This login (%1) may read Candor&apos;s data but not change it. Ask the server&apos;s administrator for a facilitator&apos;s login to make changes.</source>
        <translation>Esta cuenta (%1) puede leer los datos de Candor, pero no modificarlos. Pida a la administración del servidor una cuenta de facilitador para hacer cambios.</translation>
    </message>
    <message>
        <source>This database was written by an older Candor, and this login (%1) may not update it. Ask the server&apos;s administrator to open it once as candor_owner, which updates it, and to run scripts/pg-roles.sql again.</source>
        <translation>Esta base de datos la escribió una versión anterior de Candor, y esta cuenta (%1) no puede actualizarla. Pida a la administración del servidor que la abra una vez como candor_owner, lo que la actualiza, y que vuelva a ejecutar scripts/pg-roles.sql.</translation>
    </message>
    <message>
        <source>This Candor needs schema version %1, the database is at version %2, and this login (%3) may not change the schema. Ask the server&apos;s administrator to open the database once as candor_owner, which updates it, or use the Candor version the others use.</source>
        <translation>Este Candor necesita la versión %1 del esquema, la base de datos está en la versión %2 y esta cuenta (%3) no puede modificar el esquema. Pida a la administración del servidor que abra la base de datos una vez como candor_owner, lo que la actualiza, o use la versión de Candor que usan los demás.</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>database login role</comment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>facilitator</source>
        <comment>database login role</comment>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>database login role</comment>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>HR</source>
        <comment>database login role</comment>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>no access</source>
        <comment>database login role</comment>
        <translation>sin acceso</translation>
    </message>
    <message>
        <source>This login (%1) can read survey trends only: Candor&apos;s window shows them as survey insights, and candor-cli trends and insights-report print them. Incidents, postmortems and survey waves need a facilitator&apos;s login.</source>
        <translation>Esta cuenta (%1) solo puede leer las tendencias de las encuestas: la ventana de Candor las muestra como resultados de las encuestas, y candor-cli trends y candor-cli insights-report las imprimen. Los incidentes, los postmortems y las oleadas de encuesta necesitan una cuenta de facilitador.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa está escribiendo en ella. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database file is read-only. Make it writable and try again.</source>
        <translation>El archivo de base de datos es de solo lectura. Permita la escritura en él e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>El archivo de base de datos está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Candor could not write to the database file: the disk may be full, over a size limit or failing. Free some space and try again; the change was not saved.</source>
        <translation>Candor no pudo escribir en el archivo de base de datos: puede que el disco esté lleno, que supere un límite de tamaño o que esté fallando. Libere espacio y vuelva a intentarlo; el cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>The database reported an error: %1.</source>
        <translation>La base de datos informó de un error: %1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>No hay ningún incidente con id %1.</translation>
    </message>
    <message>
        <source>The incident&apos;s team no longer exists. Choose another team.</source>
        <translation>El equipo del incidente ya no existe. Elija otro equipo.</translation>
    </message>
    <message>
        <source>“%1” has a postmortem, which keeps what the group agreed. Delete the postmortem first if the incident must go.</source>
        <translation>«%1» tiene un postmortem, que conserva lo que acordó el grupo. Elimine primero el postmortem si el incidente debe desaparecer.</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search takes up to %2. Look for a few words instead.</source>
        <translation>El texto de búsqueda tiene %1 caracteres; una búsqueda admite hasta %2. Busque solo unas pocas palabras.</translation>
    </message>
    <message>
        <source>There is no postmortem or retro with id %1.</source>
        <translation>No hay ningún postmortem ni retrospectiva con id %1.</translation>
    </message>
    <message>
        <source>A speaking turn must last between 10 seconds and one hour.</source>
        <translation>Un turno de palabra debe durar entre 10 segundos y una hora.</translation>
    </message>
    <message>
        <source>A phase&apos;s timebox must be between 1 minute and 8 hours.</source>
        <translation>El tiempo asignado a una fase debe estar entre 1 minuto y 8 horas.</translation>
    </message>
    <message>
        <source>The response has %1 answers but the survey asks %2 questions.</source>
        <translation>La respuesta tiene %1 respuestas, pero la encuesta tiene %2 preguntas.</translation>
    </message>
    <message>
        <source>Answer %1 is %2, but answers run from 1 to %3.</source>
        <translation>La respuesta %1 es %2, pero las respuestas van de 1 a %3.</translation>
    </message>
    <message>
        <source>The response carries trends that this survey does not ask for.</source>
        <translation>La respuesta incluye tendencias que esta encuesta no pregunta.</translation>
    </message>
    <message>
        <source>A trend must be worse, the same or better.</source>
        <translation>Una tendencia debe ser peor, igual o mejor.</translation>
    </message>
    <message>
        <source>The comment has %1 characters; a comment holds up to %2. Shorten it.</source>
        <translation>El comentario tiene %1 caracteres; un comentario admite hasta %2. Acórtelo.</translation>
    </message>
    <message>
        <source>There is no survey wave with id %1.</source>
        <translation>No hay ninguna oleada de encuesta con id %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument with id %1.</source>
        <translation>No hay ningún instrumento de encuesta con id %1.</translation>
    </message>
    <message>
        <source>There is no survey instrument “%1”. Known instruments: %2.</source>
        <translation>No hay ningún instrumento de encuesta «%1». Instrumentos conocidos: %2.</translation>
    </message>
    <message>
        <source>Give the instrument a name.</source>
        <translation>Asigne un nombre al instrumento.</translation>
    </message>
    <message>
        <source>An instrument&apos;s name and description hold up to %1 characters each. Shorten them.</source>
        <translation>El nombre y la descripción de un instrumento admiten hasta %1 caracteres cada uno. Acórtelos.</translation>
    </message>
    <message>
        <source>A scale has from %1 to %2 points.</source>
        <translation>Una escala tiene de %1 a %2 puntos.</translation>
    </message>
    <message>
        <source>An instrument asks from 1 to %1 questions.</source>
        <translation>Un instrumento tiene de 1 a %1 preguntas.</translation>
    </message>
    <message>
        <source>Every question needs its text. Remove empty questions.</source>
        <translation>Cada pregunta necesita su texto. Elimine las preguntas vacías.</translation>
    </message>
    <message>
        <source>A question holds up to %1 characters, its construct up to %2. Shorten them.</source>
        <translation>Una pregunta admite hasta %1 caracteres, y su constructo hasta %2. Acórtelos.</translation>
    </message>
    <message>
        <source>The built-in instruments cannot be changed. Make a new one.</source>
        <translation>Los instrumentos integrados no se pueden modificar. Cree uno nuevo.</translation>
    </message>
    <message>
        <source>There is already an instrument called “%1”. Choose another name.</source>
        <translation>Ya existe un instrumento llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>“%1” has a %2-point scale; answers on another scale cannot share its trend. Make a new instrument instead.</source>
        <translation>«%1» tiene una escala de %2 puntos; las respuestas en otra escala no pueden compartir su tendencia. Cree un instrumento nuevo.</translation>
    </message>
    <message>
        <source>Give the day the wave opens.</source>
        <translation>Indique el día en que se abre la oleada.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a later closing day.</source>
        <translation>La oleada se cierra antes de abrirse. Elija un día de cierre posterior.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be from %1 to %2 responses.</source>
        <translation>El umbral de anonimato debe estar entre %1 y %2 respuestas.</translation>
    </message>
    <message>
        <source>The comment threshold must be at least the anonymity threshold (%1) and at most %2.</source>
        <translation>El umbral de comentarios debe ser como mínimo el umbral de anonimato (%1) y como máximo %2.</translation>
    </message>
    <message>
        <source>The number of people invited cannot be negative.</source>
        <translation>El número de personas invitadas no puede ser negativo.</translation>
    </message>
    <message>
        <source>A wave&apos;s title holds up to %1 characters. Shorten it.</source>
        <translation>El título de una oleada admite hasta %1 caracteres. Acórtelo.</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>No hay ningún equipo con id %1.</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Respuesta %1: %2</translation>
    </message>
    <message>
        <source>That timeline event no longer exists.</source>
        <translation>Ese acontecimiento de la cronología ya no existe.</translation>
    </message>
    <message>
        <source>The event has no valid time. Type a time such as 14:05.</source>
        <translation>El acontecimiento no tiene una hora válida. Escriba una hora como 14:05.</translation>
    </message>
    <message>
        <source>That contributing factor no longer exists.</source>
        <translation>Ese factor contribuyente ya no existe.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
    <message>
        <source>The action item has no owning team. Choose the team that will do it.</source>
        <translation>La acción no tiene equipo responsable. Elija el equipo que la llevará a cabo.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long. Shorten it.</source>
        <translation>El nombre del responsable es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The change was already saved or abandoned.</source>
        <translation>El cambio ya se guardó o se descartó.</translation>
    </message>
    <message>
        <source>Several teams are called “%1” in different letter case. Give the exact name.</source>
        <translation>Hay varios equipos llamados «%1» con distintas mayúsculas y minúsculas. Indique el nombre exacto.</translation>
    </message>
    <message>
        <source>There is no team called “%1”. List the teams with: candor-cli list teams</source>
        <translation>No hay ningún equipo llamado «%1». Consulte los equipos con: candor-cli list teams</translation>
    </message>
    <message>
        <source>A team called “%1” already exists. Choose another name.</source>
        <translation>Ya existe un equipo llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>A team cannot be placed under itself or one of its own sub-teams. Choose another parent.</source>
        <translation>Un equipo no se puede situar bajo sí mismo ni bajo uno de sus subequipos. Elija otro equipo superior.</translation>
    </message>
    <message>
        <source>The parent team no longer exists. Choose another parent.</source>
        <translation>El equipo superior ya no existe. Elija otro.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n sub-team(s). Move or delete the sub-teams first.</source>
        <translation>
            <numerusform>«%1» tiene %n subequipo. Mueva o elimine primero el subequipo.</numerusform>
            <numerusform>«%1» tiene %n subequipos. Mueva o elimine primero los subequipos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n incident(s). Move the incidents to another team first.</source>
        <translation>
            <numerusform>«%1» es responsable de %n incidente. Mueva primero el incidente a otro equipo.</numerusform>
            <numerusform>«%1» es responsable de %n incidentes. Mueva primero los incidentes a otro equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has postmortems, retros or action items, which keep what groups agreed. Keep the team, or give its action items to another team first.</source>
        <translation>«%1» tiene postmortems, retrospectivas o acciones, que conservan lo que acordaron los grupos. Conserve el equipo o asigne antes sus acciones a otro equipo.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n survey wave(s), which belong to its trend. Delete the waves first.</source>
        <translation>
            <numerusform>«%1» tiene %n oleada de encuesta, que forma parte de su tendencia. Elimine primero la oleada.</numerusform>
            <numerusform>«%1» tiene %n oleadas de encuesta, que forman parte de su tendencia. Elimine primero las oleadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>No hay ningún miembro con id %1.</translation>
    </message>
    <message>
        <source>The text is empty. Type what happened or what was said.</source>
        <translation>El texto está vacío. Escriba lo que ocurrió o lo que se dijo.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters. Shorten it.</source>
        <translation>El texto tiene más de %1 caracteres. Acórtelo.</translation>
    </message>
    <message>
        <source>A postmortem needs an incident. Choose the incident first.</source>
        <translation>Un postmortem necesita un incidente. Elija primero el incidente.</translation>
    </message>
    <message>
        <source>The retro has no title. Type a title, for example the period.</source>
        <translation>La retrospectiva no tiene título. Escriba un título, por ejemplo, el periodo.</translation>
    </message>
    <message>
        <source>The title or the facilitator&apos;s name is too long. Shorten it.</source>
        <translation>El título o el nombre del facilitador es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>This incident already has a postmortem. Open it instead.</source>
        <translation>Este incidente ya tiene un postmortem. Ábralo.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Shorten them.</source>
        <translation>Las notas tienen más de %1 caracteres. Acórtelas.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters. Shorten it.</source>
        <translation>El resumen tiene más de %1 caracteres. Acórtelo.</translation>
    </message>
    <message>
        <source>The participant has no name. Type a name or choose a member.</source>
        <translation>El participante no tiene nombre. Escriba un nombre o elija un miembro.</translation>
    </message>
    <message>
        <source>The participant&apos;s name or role is too long. Shorten it.</source>
        <translation>El nombre o el rol del participante es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Ese participante ya no está en la sesión.</translation>
    </message>
    <message>
        <source>An answer must be between 1 and 5.</source>
        <translation>Una respuesta debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>A count must be between 0 and %1.</source>
        <translation>Un recuento debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The database did not report the new row&apos;s id; the row may not have been added.</source>
        <translation>La base de datos no indicó el identificador de la nueva fila; puede que la fila no se haya añadido.</translation>
    </message>
    <message>
        <source>The incident “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>El incidente «%1» se eliminó en otro ordenador, así que su cambio no se guardó. Vuelva a añadirlo si todavía es necesario.</translation>
    </message>
    <message>
        <source>The incident “%1” was changed on another desktop after you last saw it, so your change was not saved. Open it again to see what is stored now, and make your change again if it is still needed.</source>
        <translation>El incidente «%1» se modificó en otro ordenador después de que usted lo viera por última vez, así que su cambio no se guardó. Ábralo de nuevo para ver lo que está guardado ahora y vuelva a hacer su cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>It was deleted on another desktop in the meantime.</source>
        <translation>Mientras tanto, se eliminó en otro ordenador.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>«%1» se eliminó en otro ordenador, así que su cambio no se guardó. Vuelva a añadirlo si todavía es necesario.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>«%1» se modificó en otro ordenador después de que usted lo viera por última vez, así que su cambio no se guardó. Revise lo que está guardado ahora y vuelva a hacer su cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>The team “%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>El equipo «%1» se eliminó en otro ordenador, así que su cambio no se guardó. Vuelva a añadirlo si todavía es necesario.</translation>
    </message>
    <message>
        <source>The team “%1” was changed on another desktop after you last saw it, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>El equipo «%1» se modificó en otro ordenador después de que usted lo viera por última vez, así que su cambio no se guardó. Revise lo que está guardado ahora y vuelva a hacer su cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>“%1” was removed from the teams on another desktop, so your change was not saved. Add them again if they are still needed.</source>
        <translation>«%1» se quitó de los equipos en otro ordenador, así que su cambio no se guardó. Vuelva a añadir a esa persona si todavía es necesario.</translation>
    </message>
    <message>
        <source>“%1” was changed on another desktop after you last saw them, so your change was not saved. Look at what is stored now and make your change again if it is still needed.</source>
        <translation>Los datos de «%1» se modificaron en otro ordenador después de que usted los viera por última vez, así que su cambio no se guardó. Revise lo que está guardado ahora y vuelva a hacer su cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The session was deleted on another desktop, so your change was not saved.</source>
        <translation>La sesión se eliminó en otro ordenador, así que su cambio no se guardó.</translation>
    </message>
    <message>
        <source>The session&apos;s settings were changed on another desktop after you last saw them, so your change was not saved. Look at what is set now and change it again if it is still needed.</source>
        <translation>La configuración de la sesión se modificó en otro ordenador después de que usted la viera por última vez, así que su cambio no se guardó. Revise la configuración actual y vuelva a cambiarla si todavía es necesario.</translation>
    </message>
    <message>
        <source>The session was finished on another desktop in the meantime.</source>
        <translation>Mientras tanto, la sesión se terminó en otro ordenador.</translation>
    </message>
    <message>
        <source>The session already moved to “%1” on another desktop.</source>
        <translation>La sesión ya pasó a «%1» en otro ordenador.</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>The file is larger than %1 MB, more than any survey export. Check that you chose the file of answers exported by the form tool.</source>
        <translation>El archivo ocupa más de %1 MB, más que cualquier exportación de encuestas. Compruebe que eligió el archivo de respuestas exportado por la herramienta de formularios.</translation>
    </message>
    <message>
        <source>Line %1 holds characters that are not UTF-8 text. Export or save the file as “CSV UTF-8” and import it again.</source>
        <translation>La línea %1 contiene caracteres que no son texto UTF-8. Exporte o guarde el archivo como «CSV UTF-8» y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed. Add the missing closing quote mark (&quot;) and import the file again.</source>
        <translation>La línea %1 abre un campo entre comillas que nunca se cierra. Añada la comilla de cierre que falta (&quot;) y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>The file is empty. Export the answers again, with the header row of questions, and import that file.</source>
        <translation>El archivo está vacío. Vuelva a exportar las respuestas, con la fila de encabezado de las preguntas, e importe ese archivo.</translation>
    </message>
    <message>
        <source>comment</source>
        <comment>a word looked for in CSV column headers to find the comment column</comment>
        <translation>comentario</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen for answers, but the instrument asks %1 questions. Choose one column per question.</source>
        <translation>
            <numerusform>Se eligió %n columna para las respuestas, pero el instrumento tiene %1 preguntas. Elija una columna por pregunta.</numerusform>
            <numerusform>Se eligieron %n columnas para las respuestas, pero el instrumento tiene %1 preguntas. Elija una columna por pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 “%2” has no column. Choose the column that holds its answers.</source>
        <translation>La pregunta %1 «%2» no tiene columna. Elija la columna que contiene sus respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 “%2” is set to column %3, but the file has only %n column(s). Choose one of its columns.</source>
        <translation>
            <numerusform>La pregunta %1 «%2» está asignada a la columna %3, pero el archivo solo tiene %n columna. Elija una de sus columnas.</numerusform>
            <numerusform>La pregunta %1 «%2» está asignada a la columna %3, pero el archivo solo tiene %n columnas. Elija una de sus columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions %1 and %2 are both set to column %3 “%4”. Choose a column of its own for each question.</source>
        <translation>Las preguntas %1 y %2 están asignadas a la misma columna %3 «%4». Elija una columna distinta para cada pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are set to column %1, but the file has only %n column(s). Choose one of its columns, or none.</source>
        <translation>
            <numerusform>Los comentarios están asignados a la columna %1, pero el archivo solo tiene %n columna. Elija una de sus columnas o ninguna.</numerusform>
            <numerusform>Los comentarios están asignados a la columna %1, pero el archivo solo tiene %n columnas. Elija una de sus columnas o ninguna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 “%2” is set to hold both comments and the answers to question %3. Choose another column for comments, or none.</source>
        <translation>La columna %1 «%2» está asignada a la vez a los comentarios y a las respuestas de la pregunta %3. Elija otra columna para los comentarios o ninguna.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) ends after column %3, but answers are expected up to column %4 “%5”. Check that the row is complete and that line breaks in comments are inside quotes, then import the file again.</source>
        <translation>La fila %1 (línea %2) termina tras la columna %3, pero se esperan respuestas hasta la columna %4 «%5». Compruebe que la fila está completa y que los saltos de línea de los comentarios están entre comillas, y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4” is blank. Every question needs an answer: fill it in or remove the row, then import the file again.</source>
        <translation>La fila %1 (línea %2), columna %3 «%4», está vacía. Cada pregunta necesita una respuesta: rellénela o elimine la fila, y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6. Correct the file and import it again.</source>
        <translation>Fila %1 (línea %2), columna %3 «%4»: «%5» no es una respuesta de 1 a %6. Corrija el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: the comment has %5 characters; a comment holds up to %6. Shorten it in the file and import it again.</source>
        <translation>Fila %1 (línea %2), columna %3 «%4»: el comentario tiene %5 caracteres; un comentario admite hasta %6. Acórtelo en el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6 or one of the scale&apos;s labels. Correct the file and import it again.</source>
        <translation>Fila %1 (línea %2), columna %3 «%4»: «%5» no es una respuesta de 1 a %6 ni una de las etiquetas de la escala. Corrija el archivo y vuelva a importarlo.</translation>
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
        <translation>%1: el campo está vacío. Rellénelo.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters). Shorten it to at most %3.</source>
        <translation>%1: el texto es demasiado largo (%2 caracteres). Acórtelo a %3 como máximo.</translation>
    </message>
    <message>
        <source>%1 is before %2. Correct one of the two times.</source>
        <translation>%1 es anterior a %2. Corrija una de las dos horas.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>A team cannot be its own parent. Choose another parent team.</source>
        <translation>Un equipo no puede ser su propio equipo superior. Elija otro equipo superior.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nombre del miembro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the member&apos;s team.</source>
        <translation>No se ha elegido ningún equipo. Elija el equipo del miembro.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>No team is chosen. Choose the team that owns the incident.</source>
        <translation>No se ha elegido ningún equipo. Elija el equipo responsable del incidente.</translation>
    </message>
    <message>
        <source>Severity must be SEV1, SEV2, SEV3 or SEV4.</source>
        <translation>La gravedad debe ser SEV1, SEV2, SEV3 o SEV4.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impacto en los clientes</translation>
    </message>
    <message>
        <source>Started time is missing. Enter when the incident began.</source>
        <translation>Falta la hora de inicio. Indique cuándo empezó el incidente.</translation>
    </message>
    <message>
        <source>Detected time</source>
        <translation>Hora de detección</translation>
    </message>
    <message>
        <source>started time</source>
        <translation>la hora de inicio</translation>
    </message>
    <message>
        <source>Mitigated time</source>
        <translation>Hora de mitigación</translation>
    </message>
    <message>
        <source>Resolved time</source>
        <translation>Hora de resolución</translation>
    </message>
    <message>
        <source>mitigated time</source>
        <translation>la hora de mitigación</translation>
    </message>
    <message>
        <source>Status is Mitigated but the mitigated time is missing. Enter when it was mitigated.</source>
        <translation>El estado es Mitigado, pero falta la hora de mitigación. Indique cuándo se mitigó.</translation>
    </message>
    <message>
        <source>Status is Resolved but the resolved time is missing. Enter when it was resolved.</source>
        <translation>El estado es Resuelto, pero falta la hora de resolución. Indique cuándo se resolvió.</translation>
    </message>
    <message>
        <source>A resolved time is set but the status is %1. Set the status to Resolved or clear the resolved time.</source>
        <translation>Hay una hora de resolución, pero el estado es %1. Cambie el estado a Resuelto o borre la hora de resolución.</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsArea</name>
    <message>
        <source>%1, overdue</source>
        <comment>due date</comment>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>The incident or retro the item came from. Double-click an incident to open it.</source>
        <translation>El incidente o la retrospectiva de donde procede la acción. Haga doble clic en un incidente para abrirlo.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <source>Show the items a team owns, including its sub-teams</source>
        <translation>Mostrar las acciones de las que es responsable un equipo, incluidos sus subequipos</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Abiertas o en curso</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <source>Show only items that are not done and past their due date</source>
        <translation>Mostrar solo las acciones no hechas cuya fecha límite ya pasó</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark the selected items done; Edit &gt; Undo takes it back</source>
        <translation>Marcar como hechas las acciones seleccionadas; Edición &gt; Deshacer lo revierte</translation>
    </message>
    <message>
        <source>Set the selected done or dropped items back to open</source>
        <translation>Volver a abrir las acciones seleccionadas que están hechas o descartadas</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip, then its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Number of action items shown</source>
        <translation>Número de acciones mostradas</translation>
    </message>
    <message>
        <source>Reading the action items…</source>
        <translation>Leyendo las acciones…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln overdue</source>
        <comment>how many action items, then how many of them are overdue</comment>
        <translation>
            <numerusform>%1, %Ln vencida</numerusform>
            <numerusform>%1, %Ln vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln action item(s) done</source>
        <translation>
            <numerusform>Marcar %Ln acción como hecha</numerusform>
            <numerusform>Marcar %Ln acciones como hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln action item(s)</source>
        <translation>
            <numerusform>Reabrir %Ln acción</numerusform>
            <numerusform>Reabrir %Ln acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Solo vencidas</translation>
    </message>
    <message>
        <source>F2 edits the current cell; Enter on where an item came from opens that postmortem; Ctrl+D marks the selected items done</source>
        <translation>F2 edita la celda actual; Intro sobre el origen de una acción abre ese postmortem; Ctrl+D marca como hechas las acciones seleccionadas</translation>
    </message>
</context>
<context>
    <name>candor::ActionItemsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Aborda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>candor::ActionsPage</name>
    <message>
        <source>Still open from earlier: did our fixes hold?</source>
        <translation>Sigue abierto de antes: ¿funcionaron nuestras correcciones?</translation>
    </message>
    <message>
        <source>Open earlier actions</source>
        <translation>Acciones anteriores abiertas</translation>
    </message>
    <message>
        <source>What will we do? Enter adds it</source>
        <translation>¿Qué haremos? Intro la añade</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Persona (opcional)</translation>
    </message>
    <message>
        <source>Person who owns it</source>
        <translation>Persona responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Factor it addresses</source>
        <translation>Factor que aborda</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Qué haremos</translation>
    </message>
    <message>
        <source>Addresses no single factor</source>
        <translation>No aborda ningún factor concreto</translation>
    </message>
    <message>
        <source>Type the action item, then press Enter.</source>
        <translation>Escriba la acción y pulse Intro.</translation>
    </message>
    <message>
        <source>Adds the action item (Enter in the text or the person)</source>
        <translation>Añade la acción (Intro en el texto o en la persona)</translation>
    </message>
</context>
<context>
    <name>candor::AudienceWindow</name>
    <message>
        <source>Candor: audience view</source>
        <translation>Candor: vista del público</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vista del público</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Habla: %1</translation>
    </message>
    <message>
        <source>Still to speak this round: %1</source>
        <translation>Aún falta por hablar en esta ronda: %1</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Fase excedida en %1</translation>
    </message>
    <message>
        <source>Phase %1 left</source>
        <translation>Quedan %1 de la fase</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>excedido en %1</translation>
    </message>
    <message>
        <source>Bright room: dark text on white</source>
        <translation>Sala luminosa: texto oscuro sobre blanco</translation>
    </message>
    <message>
        <source>Dark room: light text on black</source>
        <translation>Sala oscura: texto claro sobre negro</translation>
    </message>
</context>
<context>
    <name>candor::BackgroundReads</name>
    <message>
        <source>Could not read “%1” in the background: %2</source>
        <translation>No se pudo leer «%1» en segundo plano: %2</translation>
    </message>
</context>
<context>
    <name>candor::Banner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>candor::BlameTextEdit</name>
    <message>
        <source>Wording that may sound like blame is underlined, with a suggestion to reframe it. It never stops you typing.</source>
        <translation>El lenguaje que puede sonar culpabilizador se subraya, con una sugerencia para reformularlo. Nunca le impide escribir.</translation>
    </message>
</context>
<context>
    <name>candor::CheckKiosk</name>
    <message>
        <source>Anonymous check</source>
        <translation>Comprobación anónima</translation>
    </message>
    <message>
        <source>Your answer is anonymous: only the count of each answer is kept, never who gave it. The screen clears as soon as you answer.</source>
        <translation>Su respuesta es anónima: solo se guarda el recuento de cada respuesta, nunca quién la dio. La pantalla se borra en cuanto responde.</translation>
    </message>
    <message>
        <source>Answer %1 of 5</source>
        <translation>Respuesta %1 de 5</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer too.</source>
        <translation>También puede responder con las teclas del 1 al 5.</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved and no longer on screen.
Pass the screen on.</source>
        <translation>Gracias. Su respuesta se ha guardado y ya no está en pantalla.
Pase la pantalla a la siguiente persona.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Finish collecting</source>
        <translation>Terminar la recogida</translation>
    </message>
    <message>
        <source>Answer with the keys 1 to 5; the answer is anonymous</source>
        <translation>Responda con las teclas del 1 al 5; la respuesta es anónima</translation>
    </message>
</context>
<context>
    <name>candor::CheckPanel</name>
    <message>
        <source>Open the kiosk…</source>
        <translation>Abrir el quiosco…</translation>
    </message>
    <message>
        <source>A full-screen page passed around the room; it clears after every answer.</source>
        <translation>Una página a pantalla completa que se pasa por la sala; se borra tras cada respuesta.</translation>
    </message>
    <message>
        <source>Or count the paper slips:</source>
        <translation>O cuente las papeletas:</translation>
    </message>
    <message>
        <source>Slips answering %1</source>
        <translation>Papeletas que responden %1</translation>
    </message>
    <message>
        <source>Add slips</source>
        <translation>Añadir papeletas</translation>
    </message>
    <message>
        <source>Adds these slips to the answers collected so far</source>
        <translation>Añade estas papeletas a las respuestas recogidas hasta ahora</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Empezar de nuevo…</translation>
    </message>
    <message>
        <source>Forgets every answer of this check, for example to count the slips again</source>
        <translation>Olvida todas las respuestas de esta comprobación, por ejemplo, para volver a contar las papeletas</translation>
    </message>
    <message>
        <source>Collecting answers on the kiosk. The result appears when you finish collecting.</source>
        <translation>Recogiendo respuestas en el quiosco. El resultado aparece cuando termine la recogida.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. Results appear once at least %1 people have answered.</source>
        <translation>
            <numerusform>%n respuesta hasta ahora. Los resultados aparecen cuando han respondido al menos %1 personas.</numerusform>
            <numerusform>%n respuestas hasta ahora. Los resultados aparecen cuando han respondido al menos %1 personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5.</source>
        <translation>
            <numerusform>%n respuesta, media de %1 sobre 5.</numerusform>
            <numerusform>%n respuestas, media de %1 sobre 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Distribution: %1</source>
        <translation>
            <numerusform>%n respuesta. Distribución: %1</numerusform>
            <numerusform>%n respuestas. Distribución: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many slips gave each answer, then choose Add slips.</source>
        <translation>Escriba cuántas papeletas dieron cada respuesta y elija Añadir papeletas.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Forget every answer of this check, from the kiosk and from slips, and collect them again? This cannot be undone.</source>
        <translation>¿Olvidar todas las respuestas de esta comprobación, tanto del quiosco como de las papeletas, y volver a recogerlas? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>candor::ClosingPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What happened, what we agreed and what we will do, in a few sentences. Saved as you type.</source>
        <translation>Qué ocurrió, qué acordamos y qué haremos, en pocas frases. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>How are people doing?</source>
        <translation>¿Cómo están las personas?</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>%1: agreed %2, confirmed by %3</source>
        <translation>%1: acuerdo el %2, confirmado por %3</translation>
    </message>
    <message>
        <source>%1: moved on without agreement %2. Reason: %3</source>
        <translation>%1: se siguió adelante sin acuerdo el %2. Motivo: %3</translation>
    </message>
    <message>
        <source>%1: reopened %2</source>
        <translation>%1: se reabrió el %2</translation>
    </message>
    <message>
        <source>No phase has been agreed yet.</source>
        <translation>Todavía no se ha acordado ninguna fase.</translation>
    </message>
</context>
<context>
    <name>candor::ConnectDialog</name>
    <message>
        <source>The server refused that password. Password for %1:</source>
        <translation>El servidor rechazó esa contraseña. Contraseña para %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>Connect to the shared database</source>
        <translation>Conectarse a la base de datos compartida</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <source>Candor can keep its data in a PostgreSQL database that your team shares. The server&apos;s administrator gives you these details.</source>
        <translation>Candor puede guardar sus datos en una base de datos PostgreSQL que comparte su equipo. La administración del servidor le facilita estos datos.</translation>
    </message>
    <message>
        <source>For example: db.example.org</source>
        <translation>Por ejemplo: db.example.org</translation>
    </message>
    <message>
        <source>For example: candor</source>
        <translation>Por ejemplo: candor</translation>
    </message>
    <message>
        <source>Your login name, %1</source>
        <translation>Su nombre de usuario, %1</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: sin cifrado</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server offers it</source>
        <translation>prefer: cifrar cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require: cifrar siempre, confiar en cualquier certificado</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate&apos;s authority</source>
        <translation>verify-ca: cifrar, comprobar la autoridad del certificado</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the authority and the server&apos;s name</source>
        <translation>verify-full: cifrar, comprobar la autoridad y el nombre del servidor</translation>
    </message>
    <message>
        <source>How the connection to the server is encrypted (libpq&apos;s sslmode).</source>
        <translation>Cómo se cifra la conexión con el servidor (sslmode de libpq).</translation>
    </message>
    <message>
        <source>Optional: ~/.postgresql/root.crt when empty</source>
        <translation>Opcional: ~/.postgresql/root.crt si se deja vacío</translation>
    </message>
    <message>
        <source>Optional: only when the server asks for one</source>
        <translation>Opcional: solo si el servidor lo pide</translation>
    </message>
    <message>
        <source>Optional: the client certificate&apos;s key</source>
        <translation>Opcional: la clave del certificado de cliente</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Elegir el archivo del certificado de cliente</translation>
    </message>
    <message>
        <source>Choose the client key file</source>
        <translation>Elegir el archivo de la clave de cliente</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>C&amp;ifrado (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la C&amp;A:</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s certificate</source>
        <translation>Elegir el certificado de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Cer&amp;tificado de cliente:</translation>
    </message>
    <message>
        <source>Choose your client certificate</source>
        <translation>Elegir su certificado de cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>Choose your client certificate&apos;s key</source>
        <translation>Elegir la clave de su certificado de cliente</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Se conecta a:</translation>
    </message>
    <message>
        <source>Candor asks for the password when it connects and keeps it only while it runs: it is never saved.</source>
        <translation>Candor pide la contraseña al conectarse y solo la conserva mientras se ejecuta: nunca se guarda.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Certificates and keys (*.crt *.pem *.key *.cer);;All files (*)</source>
        <translation>Certificados y claves (*.crt *.pem *.key *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address, for example db.example.org (localhost for a server on this computer).</source>
        <translation>Escriba el nombre o la dirección del servidor, por ejemplo, db.example.org (localhost para un servidor en este ordenador).</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535: PostgreSQL usually listens on %2.</source>
        <translation>El puerto «%1» no es un número del 1 al 65535: PostgreSQL suele escuchar en el %2.</translation>
    </message>
    <message>
        <source>Enter the name of the database, as the server&apos;s administrator gave it.</source>
        <translation>Escriba el nombre de la base de datos tal como se lo indicó la administración del servidor.</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>el certificado de la CA</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>el certificado de cliente</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>la clave de cliente</translation>
    </message>
    <message>
        <source>There is no file “%1”. Choose %2 again, or leave the field empty.</source>
        <translation>No existe el archivo «%1». Vuelva a elegir %2 o deje el campo vacío.</translation>
    </message>
    <message>
        <source>%1 Candor stays on the database it has open.</source>
        <translation>%1 Candor sigue con la base de datos que tiene abierta.</translation>
    </message>
    <message>
        <source>(enter the server and the database)</source>
        <translation>(escriba el servidor y la base de datos)</translation>
    </message>
</context>
<context>
    <name>candor::ConnectionWatchdog</name>
    <message>
        <source>the server closed the connection or stopped answering</source>
        <translation>el servidor cerró la conexión o dejó de responder</translation>
    </message>
</context>
<context>
    <name>candor::CsvImportDialog</name>
    <message>
        <source>Import answers from CSV</source>
        <translation>Importar respuestas desde CSV</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Oleada de %1</translation>
    </message>
    <message>
        <source>Answers for “%1” (%2), asked with “%3”. Export the answers from the form tool as CSV, one person per row with a header row of questions.</source>
        <translation>Respuestas para «%1» (%2), preguntadas con «%3». Exporte las respuestas desde la herramienta de formularios como CSV, una persona por fila y con una fila de encabezado con las preguntas.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or browse</source>
        <translation>Escriba una ruta y pulse Intro, o examine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The file&apos;s columns and first rows</source>
        <translation>Las columnas y primeras filas del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <source>Column of question %1</source>
        <translation>Columna de la pregunta %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number. question text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Column of comments</source>
        <translation>Columna de comentarios</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional)</source>
        <translation>Co&amp;mentario (opcional)</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>Problemas que corregir antes de importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at “%1”. Check the path, or choose the file with Browse….</source>
        <translation>No hay ningún archivo en «%1». Compruebe la ruta o elija el archivo con Examinar….</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than any survey export (at most %3). Check that you chose the file of answers the form tool exported.</source>
        <translation>«%1» ocupa %2, más que cualquier exportación de encuestas (como máximo %3). Compruebe que eligió el archivo de respuestas que exportó la herramienta de formularios.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file is not open elsewhere and that you may read it.</source>
        <translation>No se puede leer «%1»: %2. Compruebe que el archivo no está abierto en otro programa y que tiene permiso de lectura.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header</source>
        <translation>
            <numerusform>%n fila bajo el encabezado</numerusform>
            <numerusform>%n filas bajo el encabezado</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>column number. header text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The columns you chose last time for a file with these headings.</source>
        <translation>Las columnas que eligió la última vez para un archivo con estos encabezados.</translation>
    </message>
    <message>
        <source>Columns matched by their headings. Check them, and choose the column of any question that says “(not in the file)”.</source>
        <translation>Columnas asignadas según sus encabezados. Revíselas y elija la columna de cualquier pregunta que indique «(no está en el archivo)».</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything can be imported: correct the file or the columns above.</source>
        <translation>
            <numerusform>%n problema que corregir antes de poder importar nada: corrija el archivo o las columnas de arriba.</numerusform>
            <numerusform>%n problemas que corregir antes de poder importar nada: corrija el archivo o las columnas de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of answers below its header.</source>
        <translation>El archivo no tiene filas de respuestas bajo el encabezado.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n response(s).</source>
        <translation>
            <numerusform>Listo para importar %n respuesta.</numerusform>
            <numerusform>Listo para importar %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s).</source>
        <translation>
            <numerusform>Se importó %n respuesta.</numerusform>
            <numerusform>Se importaron %n respuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DueDateDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>candor::Edits</name>
    <message>
        <source>Add team “%1”</source>
        <translation>Añadir el equipo «%1»</translation>
    </message>
    <message>
        <source>Rename team “%1” to “%2”</source>
        <translation>Cambiar el nombre del equipo «%1» a «%2»</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Editar el equipo «%1»</translation>
    </message>
    <message>
        <source>Delete team “%1”</source>
        <translation>Eliminar el equipo «%1»</translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>Añadir el miembro «%1»</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>Editar el miembro «%1»</translation>
    </message>
    <message>
        <source>Delete member “%1”</source>
        <translation>Eliminar el miembro «%1»</translation>
    </message>
    <message>
        <source>Add incident “%1”</source>
        <translation>Añadir el incidente «%1»</translation>
    </message>
    <message>
        <source>Edit incident “%1”</source>
        <translation>Editar el incidente «%1»</translation>
    </message>
    <message>
        <source>Delete incident “%1”</source>
        <translation>Eliminar el incidente «%1»</translation>
    </message>
</context>
<context>
    <name>candor::ExportActions</name>
    <message>
        <source>&amp;Incidents as CSV…</source>
        <translation>&amp;Incidentes como CSV…</translation>
    </message>
    <message>
        <source>Save the incidents the Incidents list shows, with its filters and in its order, as a CSV file for spreadsheets.</source>
        <translation>Guardar los incidentes que muestra la lista Incidentes, con sus filtros y en su orden, como archivo CSV para hojas de cálculo.</translation>
    </message>
    <message>
        <source>&amp;Action items as CSV…</source>
        <translation>&amp;Acciones como CSV…</translation>
    </message>
    <message>
        <source>Save the action items the Action items list shows, with its filters, as a CSV file for spreadsheets.</source>
        <translation>Guardar las acciones que muestra la lista Acciones, con sus filtros, como archivo CSV para hojas de cálculo.</translation>
    </message>
    <message>
        <source>Survey &amp;trends as CSV…</source>
        <translation>&amp;Tendencias de encuestas como CSV…</translation>
    </message>
    <message>
        <source>Save the survey trends of every team and department per quarter as a CSV file; figures from groups below the anonymity threshold are withheld.</source>
        <translation>Guardar las tendencias de las encuestas de todos los equipos y departamentos por trimestre como archivo CSV; las cifras de grupos por debajo del umbral de anonimato se ocultan.</translation>
    </message>
    <message>
        <source>&amp;Byte-order mark for Excel</source>
        <translation>&amp;Marca de orden de bytes para Excel</translation>
    </message>
    <message>
        <source>Start CSV files with a byte-order mark, so that Excel reads accented letters and emoji correctly. Leave it off for other programs.</source>
        <translation>Empezar los archivos CSV con una marca de orden de bytes para que Excel lea correctamente las letras acentuadas y los emojis. Déjela desactivada para otros programas.</translation>
    </message>
    <message>
        <source>The incidents were not exported</source>
        <translation>No se exportaron los incidentes</translation>
    </message>
    <message>
        <source>Export incidents as CSV</source>
        <translation>Exportar incidentes como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>Se guardó %n incidente en «%1».</numerusform>
            <numerusform>Se guardaron los %n incidentes en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Se guardó el %n incidente que muestra la lista Incidentes (con sus filtros aplicados) en «%1».</numerusform>
            <numerusform>Se guardaron los %n incidentes que muestra la lista Incidentes (con sus filtros aplicados) en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation>Exportar acciones como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n action item(s) to “%1”.</source>
        <translation>
            <numerusform>Se guardó %n acción en «%1».</numerusform>
            <numerusform>Se guardaron las %n acciones en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.</source>
        <translation>
            <numerusform>Se guardó la %n acción que muestra la lista Acciones (con sus filtros aplicados) en «%1».</numerusform>
            <numerusform>Se guardaron las %n acciones que muestra la lista Acciones (con sus filtros aplicados) en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export survey trends as CSV</source>
        <translation>Exportar tendencias de encuestas como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity threshold are withheld: their rows say so and carry no numbers.</source>
        <translation>
            <numerusform>Se guardó %n fila de tendencias de encuestas en «%1». Las cifras de grupos por debajo del umbral de anonimato se ocultan: sus filas lo indican y no llevan números.</numerusform>
            <numerusform>Se guardaron %n filas de tendencias de encuestas en «%1». Las cifras de grupos por debajo del umbral de anonimato se ocultan: sus filas lo indican y no llevan números.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>No se guardó la exportación</translation>
    </message>
</context>
<context>
    <name>candor::FactorModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Factor contribuyente</translation>
    </message>
    <message>
        <source>Explains</source>
        <translation>Explica</translation>
    </message>
</context>
<context>
    <name>candor::FactorsPage</name>
    <message>
        <source>Category of the factor</source>
        <translation>Categoría del factor</translation>
    </message>
    <message>
        <source>What hindered us? Enter adds it</source>
        <translation>¿Qué nos dificultó? Intro lo añade</translation>
    </message>
    <message>
        <source>What made this possible, or harder to handle? Enter adds it</source>
        <translation>¿Qué hizo esto posible o más difícil de gestionar? Intro lo añade</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Añadir factor</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>Timeline events the selected factor explains</source>
        <translation>Acontecimientos de la cronología que explica el factor seleccionado</translation>
    </message>
    <message>
        <source>What hindered us</source>
        <translation>Qué nos dificultó</translation>
    </message>
    <message>
        <source>What helped us</source>
        <translation>Qué nos ayudó</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Escriba y pulse Intro</translation>
    </message>
    <message>
        <source>Type the contributing factor, then press Enter.</source>
        <translation>Escriba el factor contribuyente y pulse Intro.</translation>
    </message>
    <message>
        <source>Adds the contributing factor (Enter in the text)</source>
        <translation>Añade el factor contribuyente (Intro en el texto)</translation>
    </message>
    <message>
        <source>The selected factor e&amp;xplains:</source>
        <translation>El factor seleccionado e&amp;xplica:</translation>
    </message>
</context>
<context>
    <name>candor::FigureStore</name>
    <message>
        <source>%1 Q%2</source>
        <comment>a calendar quarter: year, then the quarter&apos;s number</comment>
        <translation>%1 T%2</translation>
    </message>
</context>
<context>
    <name>candor::HeatmapModel</name>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team, then why nothing is shown</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: no answers</source>
        <comment>team, construct</comment>
        <translation>%1, %2: sin respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%Ln response(s))</source>
        <comment>team, construct, mean</comment>
        <translation>
            <numerusform>%1, %2: %3 (%Ln respuesta)</numerusform>
            <numerusform>%1, %2: %3 (%Ln respuestas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>candor::IncidentDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Editar incidente</translation>
    </message>
    <message>
        <source>What customers or colleagues noticed, in a few words</source>
        <translation>Lo que notaron los clientes o los compañeros, en pocas palabras</translation>
    </message>
    <message>
        <source>For example: checkout-api</source>
        <translation>Por ejemplo: checkout-api</translation>
    </message>
    <message>
        <source>What happened, in a few sentences. Describe the situation, not who is to blame.</source>
        <translation>Qué ocurrió, en pocas frases. Describa la situación, no a quién culpar.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Detección:</translation>
    </message>
    <message>
        <source>&amp;Mitigated:</source>
        <translation>&amp;Mitigación:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>&amp;Customer impact:</source>
        <translation>Impacto en los &amp;clientes:</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
</context>
<context>
    <name>candor::IncidentTableModel</name>
    <message>
        <source>The detection time is not known yet</source>
        <translation>Aún no se conoce la hora de detección</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Aún sin resolver</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
</context>
<context>
    <name>candor::IncidentsArea</name>
    <message>
        <source>%1, last 90 days</source>
        <translation>%1, últimos 90 días</translation>
    </message>
    <message>
        <source>No incidents started in the last 90 days.</source>
        <translation>No empezó ningún incidente en los últimos 90 días.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Eliminar incidente</translation>
    </message>
    <message>
        <source>Search titles, services, summaries, timelines and factors (Ctrl+F)</source>
        <translation>Buscar en títulos, servicios, resúmenes, cronologías y factores (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word you type must start a word of the incident&apos;s title, service or summary, or of one timeline event or contributing factor of its postmortem. Esc clears.</source>
        <translation>Cada palabra que escriba debe ser el comienzo de una palabra del título, el servicio o el resumen del incidente, o de un acontecimiento de la cronología o un factor contribuyente de su postmortem. Esc borra la búsqueda.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Nuevo &amp;incidente…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) found</source>
        <translation>
            <numerusform>%Ln incidente encontrado</numerusform>
            <numerusform>%Ln incidentes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Seleccione un incidente para ver sus detalles.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>time to detect %1</source>
        <translation>tiempo de detección: %1</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>time to mitigate %1</source>
        <translation>tiempo de mitigación: %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>time to resolve %1</source>
        <translation>tiempo de resolución: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impacto en los clientes</translation>
    </message>
    <message>
        <source>Cannot open the incident</source>
        <translation>No se puede abrir el incidente</translation>
    </message>
    <message>
        <source>Delete the incident “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar el incidente «%1»? Puede deshacerlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete the incident</source>
        <translation>No se puede eliminar el incidente</translation>
    </message>
    <message>
        <source>Edi&amp;t incident…</source>
        <translation>Edi&amp;tar incidente…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Show the incidents of</source>
        <translation>Mostrar los incidentes de</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Enter edits the selected incident, Delete removes it, Ctrl+P opens its postmortem</source>
        <translation>Intro edita el incidente seleccionado, Supr lo elimina y Ctrl+P abre su postmortem</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Detalles del incidente</translation>
    </message>
    <message>
        <source>Edit the selected incident (Enter in the list)</source>
        <translation>Editar el incidente seleccionado (Intro en la lista)</translation>
    </message>
    <message>
        <source>Delete the selected incident (Delete in the list)</source>
        <translation>Eliminar el incidente seleccionado (Supr en la lista)</translation>
    </message>
</context>
<context>
    <name>candor::InsightsArea</name>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Survey trend by quarter</source>
        <translation>Tendencia de la encuesta por trimestre</translation>
    </message>
    <message>
        <source>Incidents by quarter</source>
        <translation>Incidentes por trimestre</translation>
    </message>
    <message>
        <source>Teams by construct</source>
        <translation>Equipos por constructo</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>One instrument at a time: scales of different length are never drawn together</source>
        <translation>Un instrumento cada vez: las escalas de distinta longitud nunca se representan juntas</translation>
    </message>
    <message>
        <source>Team trend</source>
        <translation>Tendencia del equipo</translation>
    </message>
    <message>
        <source>Compare teams</source>
        <translation>Comparar equipos</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Whole department</source>
        <translation>Departamento completo</translation>
    </message>
    <message>
        <source>Show the department with all its teams instead of its own waves only</source>
        <translation>Mostrar el departamento con todos sus equipos en lugar de solo sus propias oleadas</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrar equipos</translation>
    </message>
    <message>
        <source>Teams to compare</source>
        <translation>Equipos que comparar</translation>
    </message>
    <message>
        <source>Check the teams to compare (Space checks the current one)</source>
        <translation>Marque los equipos que desea comparar (Espacio marca el actual)</translation>
    </message>
    <message>
        <source>Departments to show</source>
        <translation>Departamentos que mostrar</translation>
    </message>
    <message>
        <source>Check the departments to show, each with all its teams</source>
        <translation>Marque los departamentos que desea mostrar, cada uno con todos sus equipos</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Incidents and MTTR</source>
        <translation>Incidentes y MTTR</translation>
    </message>
    <message>
        <source>Unfavourable %1 favourable. Mean of each construct&apos;s answers (reversed items turned round); the value is written in every cell.</source>
        <translation>Desfavorable %1 favorable. Media de las respuestas de cada constructo (con los elementos inversos invertidos); el valor aparece en cada celda.</translation>
    </message>
    <message>
        <source>%1 (%2-point scale)</source>
        <comment>instrument name, scale length</comment>
        <translation>%1 (escala de %2 puntos)</translation>
    </message>
    <message>
        <source>Save the survey insights of %1 and every team below it as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Guardar los resultados de las encuestas de %1 y de todos los equipos que dependen de él como PDF para RR. HH.: gráficos de tendencia, el mapa de calor y qué se ocultó y por qué</translation>
    </message>
    <message>
        <source>Save the survey insights of the whole organisation as a PDF for HR: trend charts, the heatmap, and what was withheld and why</source>
        <translation>Guardar los resultados de las encuestas de toda la organización como PDF para RR. HH.: gráficos de tendencia, el mapa de calor y qué se ocultó y por qué</translation>
    </message>
    <message>
        <source>Export insights report</source>
        <translation>Exportar informe de resultados</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The insights report was not saved</source>
        <translation>No se guardó el informe de resultados</translation>
    </message>
    <message>
        <source>Saved the insights report to “%1”. Figures of groups below the anonymity threshold are withheld.</source>
        <translation>Se guardó el informe de resultados en «%1». Las cifras de grupos por debajo del umbral de anonimato se ocultan.</translation>
    </message>
    <message>
        <source>Computing the survey figures…</source>
        <translation>Calculando las cifras de las encuestas…</translation>
    </message>
    <message>
        <source>No survey waves yet: create one in Surveys.</source>
        <translation>Todavía no hay oleadas de encuesta: cree una en Encuestas.</translation>
    </message>
    <message>
        <source>No waves of “%1” yet. Choose another instrument, or create a wave in Surveys.</source>
        <translation>Todavía no hay oleadas de «%1». Elija otro instrumento o cree una oleada en Encuestas.</translation>
    </message>
    <message>
        <source>No team figures for this instrument yet.</source>
        <translation>Todavía no hay cifras de equipos para este instrumento.</translation>
    </message>
    <message>
        <source>Check the teams to compare in the list.</source>
        <translation>Marque en la lista los equipos que desea comparar.</translation>
    </message>
    <message>
        <source>Check the departments to show in the list.</source>
        <translation>Marque en la lista los departamentos que desea mostrar.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Elija un equipo.</translation>
    </message>
    <message>
        <source>No waves of this instrument for %1 yet.</source>
        <translation>Todavía no hay oleadas de este instrumento para %1.</translation>
    </message>
    <message>
        <source>No waves of this instrument for the chosen teams yet.</source>
        <translation>Todavía no hay oleadas de este instrumento para los equipos elegidos.</translation>
    </message>
    <message>
        <source>The incidents of this quarter could not be read: %1</source>
        <translation>No se pudieron leer los incidentes de este trimestre: %1</translation>
    </message>
    <message>
        <source>Whole &amp;department</source>
        <translation>&amp;Departamento completo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>Vi&amp;sta:</translation>
    </message>
    <message>
        <source>No survey wave has enough responses to show yet.</source>
        <translation>Todavía ninguna oleada de encuesta tiene suficientes respuestas para mostrarse.</translation>
    </message>
    <message>
        <source>No wave of “%1” has enough responses to show yet. Choose another instrument.</source>
        <translation>Todavía ninguna oleada de «%1» tiene suficientes respuestas para mostrarse. Elija otro instrumento.</translation>
    </message>
</context>
<context>
    <name>candor::InsightsWindow</name>
    <message>
        <source>Survey insights</source>
        <translation>Resultados de las encuestas</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Survey insights only: this login reads anonymity-safe survey figures and changes nothing.</source>
        <translation>Solo resultados de las encuestas: esta cuenta lee cifras de encuesta que preservan el anonimato y no cambia nada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>E&amp;xport insights report (PDF)…</source>
        <translation>E&amp;xportar informe de resultados (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF: the team shown in the team trend, else the whole organisation.</source>
        <translation>Guardar los resultados de las encuestas como PDF: el equipo que se muestra en la tendencia del equipo o, si no hay ninguno, toda la organización.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>&amp;Conectarse a una base de datos compartida…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Usar la base de datos &amp;local</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>Read the teams and survey figures again: a wave that reached enough responses since shows then.</source>
        <translation>Volver a leer los equipos y las cifras de las encuestas: así aparece la oleada que haya alcanzado suficientes respuestas desde la última lectura.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
    <message>
        <source>The teams and survey figures were read again.</source>
        <translation>Se han vuelto a leer los equipos y las cifras de las encuestas.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; the figures shown may be out of date until it is back.</source>
        <translation>Se perdió la conexión con %1 (%2). Candor se está reconectando; puede que las cifras que se muestran no estén actualizadas hasta que vuelva.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Conexión perdida; reconectando…</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after View &gt; Read again: %1</source>
        <translation>Los cambios hechos en otros ordenadores solo se mostrarán tras Ver &gt; Volver a leer: %1</translation>
    </message>
    <message>
        <source>Reconnected; the figures shown were read again.</source>
        <translation>Reconectado; las cifras que se muestran se han vuelto a leer.</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;This login reads the survey insights of the shared database %2: figures of waves with enough responses to keep every answer anonymous, never an answer or a comment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems sin culpables y seguridad psicológica de los equipos, en su escritorio.&lt;/p&gt;&lt;p&gt;Esta cuenta lee los resultados de las encuestas de la base de datos compartida %2: cifras de oleadas con suficientes respuestas para que cada respuesta siga siendo anónima, nunca una respuesta ni un comentario.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::InstrumentDialog</name>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Quitar pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Subir la pregunta</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Bajar la pregunta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save instrument</source>
        <translation>Guardar el instrumento</translation>
    </message>
    <message>
        <source>C&amp;opy as new</source>
        <translation>C&amp;opiar como nuevo</translation>
    </message>
    <message>
        <source>Copy as a new instrument</source>
        <translation>Copiar como instrumento nuevo</translation>
    </message>
    <message>
        <source>Survey instruments</source>
        <translation>Instrumentos de encuesta</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>New &amp;instrument</source>
        <translation>Nuevo &amp;instrumento</translation>
    </message>
    <message>
        <source>New instrument</source>
        <translation>Nuevo instrumento</translation>
    </message>
    <message>
        <source>Start a new instrument from the selected one&apos;s questions</source>
        <translation>Empezar un instrumento nuevo a partir de las preguntas del seleccionado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it measures; respondents see this before they start</source>
        <translation>Qué mide; las personas encuestadas lo ven antes de empezar</translation>
    </message>
    <message>
        <source>Scale points</source>
        <translation>Puntos de la escala</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after the number of points of a scale</comment>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mide</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Inverso</translation>
    </message>
    <message>
        <source>Negatively worded: agreeing is unfavourable, so the answer is reverse-scored</source>
        <translation>Formulado en negativo: estar de acuerdo es desfavorable, así que la respuesta se puntúa de forma inversa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Built in: read only, so its results stay comparable everywhere. Use Copy as new to start your own from it.</source>
        <translation>Integrado: de solo lectura, para que sus resultados sigan siendo comparables en todas partes. Use Copiar como nuevo para crear el suyo a partir de él.</translation>
    </message>
    <message>
        <source>Each answer also says whether things are getting better, staying the same or getting worse.</source>
        <translation>Cada respuesta indica también si las cosas están mejorando, siguen igual o están empeorando.</translation>
    </message>
    <message>
        <source>The scale is fixed once the instrument exists: answers on a scale of another length could not be compared with earlier waves. Make a new instrument for another scale.</source>
        <translation>La escala queda fijada una vez que existe el instrumento: las respuestas en una escala de otra longitud no se podrían comparar con oleadas anteriores. Cree un instrumento nuevo para otra escala.</translation>
    </message>
    <message>
        <source>Answers run from 1 (disagree) to this number (agree). It cannot change once the instrument is saved.</source>
        <translation>Las respuestas van de 1 (en desacuerdo) a este número (de acuerdo). No se puede cambiar una vez guardado el instrumento.</translation>
    </message>
    <message>
        <source>the new instrument</source>
        <translation>el instrumento nuevo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They are not saved yet.</source>
        <translation>¿Descartar los cambios en %1? Todavía no se han guardado.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Saved as version 1. New waves can ask it now.</source>
        <translation>Guardado como versión 1. Las nuevas oleadas ya pueden usarlo.</translation>
    </message>
    <message>
        <source>Nothing changed: it stays version %1.</source>
        <translation>No ha cambiado nada: sigue siendo la versión %1.</translation>
    </message>
    <message>
        <source>Saved as version %1. Waves already run keep the version they asked; new waves ask this one.</source>
        <translation>Guardado como versión %1. Las oleadas ya realizadas conservan la versión que usaron; las nuevas oleadas usan esta.</translation>
    </message>
</context>
<context>
    <name>candor::KioskRespondent</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <comment>kiosk answer button: key number, answer words</comment>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>And is it getting better, staying the same or getting worse?</source>
        <translation>¿Y está mejorando, sigue igual o está empeorando?</translation>
    </message>
    <message>
        <source>Keys 1 to %1 answer too.</source>
        <translation>También puede responder con las teclas del 1 al %1.</translation>
    </message>
    <message>
        <source>Keys 1 to 9 answer too.</source>
        <translation>También puede responder con las teclas del 1 al 9.</translation>
    </message>
    <message>
        <source>B: getting better, S: staying the same, W: getting worse.</source>
        <comment>the letters are the keys the kiosk listens to (see B, S and W)</comment>
        <translation>M: mejorando, S: sin cambios, E: empeorando.</translation>
    </message>
    <message>
        <source>Backspace goes back.</source>
        <translation>Retroceso vuelve atrás.</translation>
    </message>
    <message>
        <source>Discard my answers</source>
        <translation>Descartar mis respuestas</translation>
    </message>
    <message>
        <source>The question before (Backspace)</source>
        <translation>La pregunta anterior (Retroceso)</translation>
    </message>
    <message>
        <source>The next question (Enter)</source>
        <translation>La pregunta siguiente (Intro)</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>¿Algo que quiera añadir? (opcional)</translation>
    </message>
    <message numerus="yes">
        <source>Comments are kept apart from your answers and shown, in random order, only once at least %n people have answered. Leave out names, your own too.</source>
        <translation>
            <numerusform>Los comentarios se guardan aparte de sus respuestas y solo se muestran, en orden aleatorio, cuando ha respondido al menos %n persona. No incluya nombres, tampoco el suyo.</numerusform>
            <numerusform>Los comentarios se guardan aparte de sus respuestas y solo se muestran, en orden aleatorio, cuando han respondido al menos %n personas. No incluya nombres, tampoco el suyo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Your comment, if you have one</source>
        <translation>Su comentario, si lo tiene</translation>
    </message>
    <message>
        <source>The last question</source>
        <translation>La última pregunta</translation>
    </message>
    <message>
        <source>Send your answers (Ctrl+Enter)</source>
        <translation>Enviar sus respuestas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>B</source>
        <comment>key: getting better</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key: staying the same</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>W</source>
        <comment>key: getting worse</comment>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>candor::KioskWindow</name>
    <message>
        <source>Candor survey</source>
        <translation>Encuesta de Candor</translation>
    </message>
    <message>
        <source>Anonymous survey</source>
        <translation>Encuesta anónima</translation>
    </message>
    <message>
        <source>The wave&apos;s instrument asks no questions.</source>
        <translation>El instrumento de la oleada no tiene preguntas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>team: wave title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your answers are anonymous. Results are shown only when at least %1 people have answered; comments only when at least %2 have.</source>
        <translation>Sus respuestas son anónimas. Los resultados solo se muestran cuando han respondido al menos %1 personas; los comentarios, solo cuando han respondido al menos %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), one per screen. Nothing records who answered or when, and the screen clears as soon as you submit.</source>
        <translation>
            <numerusform>%n pregunta, una por pantalla. Nada registra quién respondió ni cuándo, y la pantalla se borra en cuanto envía sus respuestas.</numerusform>
            <numerusform>%n preguntas, una por pantalla. Nada registra quién respondió ni cuándo, y la pantalla se borra en cuanto envía sus respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the survey</source>
        <translation>Empezar la encuesta</translation>
    </message>
    <message>
        <source>End kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>For the facilitator: end the session (Esc)</source>
        <translation>Para el facilitador: terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved and no longer on screen.
Please pass the screen on.</source>
        <translation>Gracias. Sus respuestas se han guardado y ya no están en pantalla.
Pase la pantalla a la siguiente persona.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1 They stay on screen; ask the facilitator for help.</source>
        <translation>No se pudieron guardar sus respuestas: %1 Siguen en pantalla; pida ayuda al facilitador.</translation>
    </message>
    <message>
        <source>End kiosk mode? The answers of the person answering now are discarded; answers already submitted are saved.</source>
        <translation>¿Salir del modo quiosco? Se descartarán las respuestas de la persona que está respondiendo ahora; las respuestas ya enviadas están guardadas.</translation>
    </message>
    <message>
        <source>End kiosk mode for this wave? Answers already submitted are saved.</source>
        <translation>¿Salir del modo quiosco para esta oleada? Las respuestas ya enviadas están guardadas.</translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation>Descartar respuestas</translation>
    </message>
    <message>
        <source>Discard this person&apos;s answers and go back to the start? Nothing of them is saved.</source>
        <translation>¿Descartar las respuestas de esta persona y volver al inicio? No se guardará nada de ellas.</translation>
    </message>
</context>
<context>
    <name>candor::LimitedTextEdit</name>
    <message>
        <source>This field holds up to %1 characters; with that it would have %2. Nothing was added: shorten the text first, or keep the long text in a document and link to it.</source>
        <translation>Este campo admite hasta %1 caracteres; con esto tendría %2. No se añadió nada: acorte antes el texto, o guarde el texto largo en un documento y enlácelo.</translation>
    </message>
</context>
<context>
    <name>candor::LongTextDelegate</name>
    <message>
        <source>Changed on another desktop while you were typing; it now reads “%1”. Press Enter to write yours over it, or Escape to keep it.</source>
        <translation>Se modificó en otro ordenador mientras escribía; ahora dice «%1». Pulse Intro para escribir su texto encima, o Escape para conservar el texto guardado.</translation>
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
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>No se pudo realizar el cambio</translation>
    </message>
    <message>
        <source>%1 Choose File &gt; Restore backup… to go back to the last good copy; until then some lists may fail to show.</source>
        <translation>%1 Elija Archivo &gt; Restaurar copia de seguridad… para volver a la última copia correcta; hasta entonces, puede que algunas listas no se muestren.</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Falló la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Nuevo &amp;incidente…</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>Nuevo &amp;equipo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Nuevo &amp;miembro…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Insights &amp;report (PDF)…</source>
        <translation>Informe de &amp;resultados (PDF)…</translation>
    </message>
    <message>
        <source>Save the survey insights as a PDF for HR: the team shown in Insights with the teams below it, or the whole organisation</source>
        <translation>Guardar los resultados de las encuestas como PDF para RR. HH.: el equipo que se muestra en Resultados con los equipos que dependen de él, o toda la organización</translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation>Cargar organización de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Equipos</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Su&amp;rveys</source>
        <translation>E&amp;ncuestas</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>I&amp;nsights</source>
        <translation>&amp;Resultados</translation>
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
        <translation>&amp;Iniciar postmortem</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Nueva &amp;retrospectiva…</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>E&amp;ncuesta</translation>
    </message>
    <message>
        <source>New &amp;wave…</source>
        <translation>Nueva &amp;oleada…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Ejecutar en modo &amp;quiosco…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Import answers from CSV…</source>
        <translation>&amp;Importar respuestas desde CSV…</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>I&amp;nstrumentos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open &amp;postmortem</source>
        <translation>A&amp;brir postmortem</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>No hay ningún incidente seleccionado</translation>
    </message>
    <message>
        <source>Select the incident in the Incidents list, then start its postmortem.</source>
        <translation>Seleccione el incidente en la lista Incidentes e inicie su postmortem.</translation>
    </message>
    <message>
        <source>Cannot start the postmortem</source>
        <translation>No se puede iniciar el postmortem</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln equipo</numerusform>
            <numerusform>%Ln equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Candor</source>
        <translation>Le damos la bienvenida a Candor</translation>
    </message>
    <message>
        <source>This database is empty. Load a small demo organisation (3 departments, 10 teams, 60 people and 120 incidents, with five years of survey waves) to look around? You can also start with your own teams.</source>
        <translation>Esta base de datos está vacía. ¿Cargar una pequeña organización de demostración (3 departamentos, 10 equipos, 60 personas y 120 incidentes, con cinco años de oleadas de encuesta) para explorar? También puede empezar con sus propios equipos.</translation>
    </message>
    <message>
        <source>Cannot load the demo organisation</source>
        <translation>No se puede cargar la organización de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo organisation: %n incident(s).</source>
        <translation>
            <numerusform>Se cargó la organización de demostración: %n incidente.</numerusform>
            <numerusform>Se cargó la organización de demostración: %n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data stays in one file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems sin culpables y seguridad psicológica de los equipos, en su escritorio.&lt;/p&gt;&lt;p&gt;Sus datos permanecen en un solo archivo: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>The survey kiosk is running</source>
        <translation>El quiosco de encuestas está en marcha</translation>
    </message>
    <message>
        <source>Candor changes its language once the kiosk is closed: someone may be answering. Close the kiosk, then choose the language again in Preferences.</source>
        <translation>Candor cambia de idioma cuando se cierra el quiosco: puede que alguien esté respondiendo. Cierre el quiosco y vuelva a elegir el idioma en Preferencias.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 switch between the areas.</source>
        <translation>Ctrl+1 a Ctrl+6 cambian de un área a otra.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Candor is reconnecting; changes cannot be saved until it is back.</source>
        <translation>Se perdió la conexión con %1 (%2). Candor se está reconectando; los cambios no se pueden guardar hasta que vuelva.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Conexión perdida; reconectando…</translation>
    </message>
    <message>
        <source>Reconnected; everything shown was read again.</source>
        <translation>Reconectado; todo lo que se muestra se ha vuelto a leer.</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>&amp;Conectarse a una base de datos compartida…</translation>
    </message>
    <message>
        <source>Work on a Candor database on a PostgreSQL server that your team shares</source>
        <translation>Trabajar con una base de datos de Candor en un servidor PostgreSQL que comparte su equipo</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Usar la base de datos &amp;local</translation>
    </message>
    <message>
        <source>Stop using the shared database and open the database file on this computer</source>
        <translation>Dejar de usar la base de datos compartida y abrir el archivo de base de datos de este ordenador</translation>
    </message>
    <message>
        <source>The connection to the server was lost; Candor is reconnecting. What you type now cannot be saved.</source>
        <translation>Se perdió la conexión con el servidor; Candor se está reconectando. Lo que escriba ahora no se puede guardar.</translation>
    </message>
    <message>
        <source>Changes made on other desktops will show only after a restart: %1</source>
        <translation>Los cambios hechos en otros ordenadores solo se mostrarán tras reiniciar: %1</translation>
    </message>
    <message>
        <source>Another desktop changed many records at once; everything shown was read again.</source>
        <translation>Otro ordenador cambió muchos registros a la vez; todo lo que se muestra se ha vuelto a leer.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and team psychological safety, on your desktop.&lt;/p&gt;&lt;p&gt;Your data is in the shared database %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Postmortems sin culpables y seguridad psicológica de los equipos, en su escritorio.&lt;/p&gt;&lt;p&gt;Sus datos están en la base de datos compartida %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::MemberDialog</name>
    <message>
        <source>Manages people on this team</source>
        <translation>Dirige a personas de este equipo</translation>
    </message>
    <message>
        <source>Active (still on the team)</source>
        <translation>Activo (sigue en el equipo)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>For example: Site reliability engineer</source>
        <translation>Por ejemplo: Ingeniera de fiabilidad de sitios</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>candor::MemberTableModel</name>
    <message>
        <source>Manager</source>
        <translation>Responsable de personas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>Dejó el equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Dirige personas</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>member</comment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>candor::MttrChart</name>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Tiempo de resolución (MTTR)</translation>
    </message>
    <message>
        <source>Time to resolve per quarter</source>
        <translation>Tiempo de resolución por trimestre</translation>
    </message>
    <message>
        <source>Mean time to resolve of each quarter&apos;s resolved incidents. The Incidents table shows the same figures.</source>
        <translation>Tiempo medio de resolución de los incidentes resueltos en cada trimestre. La tabla Incidentes muestra las mismas cifras.</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR) per quarter; open incidents are left out</source>
        <translation>Tiempo de resolución (MTTR) por trimestre; se excluyen los incidentes abiertos</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
</context>
<context>
    <name>candor::NumbersPanel</name>
    <message>
        <source>The numbers behind the chosen point</source>
        <translation>Los números detrás del punto elegido</translation>
    </message>
    <message>
        <source>Click a point of the chart, or choose a cell of the table, to see the numbers behind it.</source>
        <translation>Haga clic en un punto del gráfico o elija una celda de la tabla para ver los números que hay detrás.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>No survey in this quarter</source>
        <translation>No hubo encuesta en este trimestre</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Personas encuestadas</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>%1 on a scale of 1 to %2</source>
        <translation>%1 en una escala de 1 a %2</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>Intervalo de confianza del 95&#xa0;%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>interval</comment>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 desfavorables, %2 neutras, %3 favorables</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Item means</source>
        <translation>Medias por elemento</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Incidents of the team and its sub-teams</source>
        <translation>Incidentes del equipo y sus subequipos</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Por gravedad</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>sin incidentes</translation>
    </message>
    <message>
        <source>none resolved yet</source>
        <translation>aún no hay ninguno resuelto</translation>
    </message>
    <message>
        <source>Time to resolve (MTTR)</source>
        <translation>Tiempo de resolución (MTTR)</translation>
    </message>
    <message>
        <source>Open incidents left out of MTTR</source>
        <translation>Incidentes abiertos excluidos del MTTR</translation>
    </message>
</context>
<context>
    <name>candor::OpenFailureDialog</name>
    <message>
        <source>the daily backup</source>
        <translation>la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>the backup taken before the update from version %1</source>
        <translation>la copia de seguridad hecha antes de la actualización desde la versión %1</translation>
    </message>
    <message>
        <source>the backup taken before the last restore</source>
        <translation>la copia de seguridad hecha antes de la última restauración</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>una copia</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Candor can go back to %1 of this database, taken %2 (%3). Changes made after it are only in the damaged file, which Candor keeps beside the database as “%4”: it is not deleted.</source>
        <translation>Candor puede volver a %1 de esta base de datos, hecha el %2 (%3). Los cambios posteriores solo están en el archivo dañado, que Candor conserva junto a la base de datos como «%4»: no se elimina.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Could not keep the damaged file aside as “%1”: %2. Nothing was changed; check that you may write to the folder.</source>
        <translation>No se pudo apartar el archivo dañado como «%1»: %2. No se ha cambiado nada; compruebe que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <source>%1 The damaged file is back in its place.</source>
        <translation>%1 El archivo dañado ha vuelto a su sitio.</translation>
    </message>
    <message>
        <source>Candor cannot open the shared database</source>
        <translation>Candor no puede abrir la base de datos compartida</translation>
    </message>
    <message>
        <source>Candor was set to open the shared database %1. You can try again (once the server or your network is back), or work on the local database on this computer: Candor then opens it at start, and File &gt; Connect to a shared database… connects to the server again.</source>
        <translation>Candor está configurado para abrir la base de datos compartida %1. Puede volver a intentarlo (cuando el servidor o su red vuelvan a estar disponibles) o trabajar con la base de datos local de este ordenador: Candor la abrirá entonces al iniciarse, y Archivo &gt; Conectarse a una base de datos compartida… vuelve a conectar con el servidor.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>Abrir la base de datos &amp;local</translation>
    </message>
</context>
<context>
    <name>candor::OpeningPage</name>
    <message>
        <source>Ground rules</source>
        <translation>Reglas básicas</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Name; ideally someone from outside the team</source>
        <translation>Nombre; idealmente alguien ajeno al equipo</translation>
    </message>
    <message>
        <source>The group discussed this and keeps this facilitator</source>
        <translation>El grupo lo ha hablado y mantiene a este facilitador</translation>
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
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>Speaking &amp;turn:</source>
        <translation>&amp;Turno de palabra:</translation>
    </message>
    <message>
        <source>Time per &amp;phase:</source>
        <translation>Tie&amp;mpo por fase:</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Name of a member or a guest</source>
        <translation>Nombre de un miembro o de un invitado</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Role, e.g. developer, product owner</source>
        <translation>Rol, p. ej., desarrollador, propietario de producto</translation>
    </message>
    <message>
        <source>Role in the incident, e.g. on call, incident lead</source>
        <translation>Rol en el incidente, p. ej., de guardia, responsable del incidente</translation>
    </message>
    <message>
        <source>Participant&apos;s role</source>
        <translation>Rol del participante</translation>
    </message>
    <message>
        <source>Participant&apos;s role in the incident</source>
        <translation>Rol del participante en el incidente</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the &amp;whole team</source>
        <translation>Añadir el equipo &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rol en el incidente</translation>
    </message>
    <message>
        <source>Safety check before we start</source>
        <translation>Comprobación de seguridad antes de empezar</translation>
    </message>
    <message>
        <source>People may say less with them in the chair. Consider a facilitator from outside the team.</source>
        <translation>Puede que las personas digan menos si esta persona dirige la sesión. Considere un facilitador ajeno al equipo.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Escriba primero el nombre del participante.</translation>
    </message>
    <message>
        <source>%1 is already in the room.</source>
        <translation>%1 ya está en la sala.</translation>
    </message>
    <message>
        <source>Select the participant to remove.</source>
        <translation>Seleccione el participante que desea quitar.</translation>
    </message>
    <message>
        <source>Delete removes the selected person; Ctrl+Z brings them back</source>
        <translation>Supr elimina la persona seleccionada; Ctrl+Z la recupera</translation>
    </message>
</context>
<context>
    <name>candor::OptionalDateTimeEdit</name>
    <message>
        <source>%1: known</source>
        <comment>a time that may be unknown, e.g. Detected: known</comment>
        <translation>%1: conocida</translation>
    </message>
</context>
<context>
    <name>candor::PhaseStepper</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>Todos los pasos completados</translation>
    </message>
</context>
<context>
    <name>candor::PostmortemSession</name>
    <message>
        <source>%1 belongs to the team whose incident this is.</source>
        <translation>%1 pertenece al equipo del incidente.</translation>
    </message>
    <message>
        <source>%1 belongs to the team holding this retro.</source>
        <translation>%1 pertenece al equipo que celebra esta retrospectiva.</translation>
    </message>
    <message>
        <source>%1 manages %2, who is in the room.</source>
        <translation>%1 dirige a %2, que está en la sala.</translation>
    </message>
    <message>
        <source>Add the people in the room before starting a round.</source>
        <translation>Añada a las personas presentes en la sala antes de empezar una ronda.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <source>Nobody is speaking. Start a round first.</source>
        <translation>No está hablando nadie. Empiece primero una ronda.</translation>
    </message>
    <message>
        <source>A number of slips must be between 0 and %1.</source>
        <translation>El número de papeletas debe estar entre 0 y %1.</translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Candor&apos;s windows change to this language when you close Preferences.</source>
        <translation>Las ventanas de Candor cambian a este idioma al cerrar Preferencias.</translation>
    </message>
    <message>
        <source>Light text on black suits a dark meeting room; dark text on white suits a bright one.</source>
        <translation>El texto claro sobre negro es adecuado para una sala de reuniones oscura; el texto oscuro sobre blanco, para una luminosa.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent sign after a number; keep the space the language uses</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>100 % is the size the screen calls for; Ctrl+plus and Ctrl+minus change it during a session.</source>
        <translation>100&#xa0;% es el tamaño que requiere la pantalla; Ctrl+más y Ctrl+menos lo cambian durante una sesión.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vista del público</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
</context>
<context>
    <name>candor::QuarterIncidentsModel</name>
    <message>
        <source>The incidents beside the trend could not be read: %1</source>
        <translation>No se pudieron leer los incidentes junto a la tendencia: %1</translation>
    </message>
    <message>
        <source>No incident of this quarter is resolved yet</source>
        <translation>Todavía no se ha resuelto ningún incidente de este trimestre</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Mean time to resolve of the quarter&apos;s resolved incidents</source>
        <translation>Tiempo medio de resolución de los incidentes resueltos del trimestre</translation>
    </message>
    <message>
        <source>Incidents of the quarter not resolved yet, left out of MTTR</source>
        <translation>Incidentes del trimestre aún sin resolver, excluidos del MTTR</translation>
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
        <translation>Página HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Pr&amp;int report…</source>
        <translation>Impri&amp;mir informe…</translation>
    </message>
    <message>
        <source>Save the postmortem report as PDF, Markdown or an HTML page</source>
        <translation>Guardar el informe postmortem como PDF, Markdown o página HTML</translation>
    </message>
    <message>
        <source>Print the postmortem report</source>
        <translation>Imprimir el informe postmortem</translation>
    </message>
    <message>
        <source>The incident has no postmortem yet, so there is no report.</source>
        <translation>El incidente todavía no tiene postmortem, así que no hay informe.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Export postmortem report</source>
        <translation>Exportar informe postmortem</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <source>Saved the postmortem report to “%1”.</source>
        <translation>Se guardó el informe postmortem en «%1».</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>No se puede imprimir el informe</translation>
    </message>
    <message>
        <source>Print postmortem report</source>
        <translation>Imprimir informe postmortem</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>No se imprimió el informe</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is ready, or export the report as PDF and print that.</source>
        <translation>No se pudo usar la impresora. Compruebe que está lista, o exporte el informe como PDF e imprima ese archivo.</translation>
    </message>
    <message>
        <source>Sent the postmortem report to “%1”.</source>
        <translation>Se envió el informe postmortem a «%1».</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupAction</name>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>candor::RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Before the update from version %1</source>
        <translation>Antes de la actualización desde la versión %1</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Sustituida por una restauración</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Otra copia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Candor keeps the current database as a backup first, so you can return to it the same way.</source>
        <translation>Elija la copia de seguridad a la que desea volver. Candor conserva primero la base de datos actual como copia de seguridad, para que pueda volver a ella de la misma forma.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet. Candor takes one each day it starts and before it updates a database; choose Other file… for a backup kept elsewhere.</source>
        <translation>Todavía no hay copias de seguridad en «%1». Candor hace una cada día que se inicia y antes de actualizar una base de datos; elija Otro archivo… para una copia guardada en otro lugar.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>Candor databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de Candor (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore “%1” (from %2)?</source>
        <translation>¿Restaurar «%1» (del %2)?</translation>
    </message>
    <message>
        <source>The current database is kept as a backup in “%1” first, so you can go back to it. Open postmortem and retro windows close; then Candor shows the data of the backup.</source>
        <translation>Primero se conserva la base de datos actual como copia de seguridad en «%1», para que pueda volver a ella. Las ventanas de postmortems y retrospectivas abiertas se cierran; después, Candor muestra los datos de la copia de seguridad.</translation>
    </message>
    <message>
        <source>This backup comes from an earlier Candor (schema version %1). Candor updates it after restoring and keeps a copy from before the update.</source>
        <translation>Esta copia de seguridad procede de una versión anterior de Candor (versión de esquema %1). Candor la actualiza tras restaurarla y conserva una copia de antes de la actualización.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Enter restores the selected backup</source>
        <translation>Intro restaura la copia de seguridad seleccionada</translation>
    </message>
</context>
<context>
    <name>candor::RetroDialog</name>
    <message>
        <source>New retro</source>
        <translation>Nueva retrospectiva</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Elija un equipo…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Sprint 14 retro</source>
        <translation>Por ejemplo: Retrospectiva del sprint 14</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Retro, %1</source>
        <translation>Retrospectiva, %1</translation>
    </message>
    <message>
        <source>Retro, %1 – %2</source>
        <comment>the period a retro looks back on: first day – last day</comment>
        <translation>Retrospectiva, %1 – %2</translation>
    </message>
    <message>
        <source>Choose the team the retro is for.</source>
        <translation>Elija el equipo al que corresponde la retrospectiva.</translation>
    </message>
    <message>
        <source>The title is empty. Type a title, for example the period.</source>
        <translation>El título está vacío. Escriba un título, por ejemplo, el periodo.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a last day on or after %1.</source>
        <translation>El periodo termina antes de empezar. Elija un último día igual o posterior al %1.</translation>
    </message>
</context>
<context>
    <name>candor::SessionConsole</name>
    <message>
        <source>Retro: %1</source>
        <translation>Retrospectiva: %1</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Who confirms the group agrees</source>
        <translation>Quién confirma que el grupo está de acuerdo</translation>
    </message>
    <message>
        <source>Agreement confirmed by</source>
        <translation>Acuerdo confirmado por</translation>
    </message>
    <message>
        <source>A&amp;gree and continue</source>
        <translation>Acor&amp;dar y continuar</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase (Ctrl+Enter)</source>
        <translation>Registra que el grupo está de acuerdo con esta fase (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Reason to move on without agreement (kept in the record)</source>
        <translation>Motivo para seguir adelante sin acuerdo (queda en el registro)</translation>
    </message>
    <message>
        <source>Reason to skip the phase</source>
        <translation>Motivo para omitir la fase</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Back to…</source>
        <translation>Vo&amp;lver a…</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>Confirmado &amp;por:</translation>
    </message>
    <message>
        <source>Fair turns</source>
        <translation>Turnos equitativos</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Iniciar ronda</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente participante</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>✓ spoke  ↷ passed  • still to speak this round
F6 start, F7 next, F8 pass</source>
        <translation>✓ habló  ↷ pasó  • aún por hablar en esta ronda
F6 iniciar, F7 siguiente, F8 pasar</translation>
    </message>
    <message>
        <source>The session is finished. Everything is saved.
Use “Back to…” to reopen a phase; the record keeps every agreement.</source>
        <translation>La sesión ha terminado. Todo está guardado.
Use «Volver a…» para reabrir una fase; el registro conserva todos los acuerdos.</translation>
    </message>
    <message>
        <source>Private notes (never on the projector)</source>
        <translation>Notas privadas (nunca en el proyector)</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Only you see these. Saved as you type.</source>
        <translation>Solo usted las ve. Se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Agree and continue</source>
        <translation>&amp;Acordar y continuar</translation>
    </message>
    <message>
        <source>&amp;Skip with the reason given</source>
        <translation>&amp;Omitir con el motivo indicado</translation>
    </message>
    <message>
        <source>S&amp;tart a speaking round</source>
        <translation>&amp;Iniciar una ronda de palabra</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Siguiente &amp;participante</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>Pa&amp;sar</translation>
    </message>
    <message>
        <source>&amp;Close console</source>
        <translation>&amp;Cerrar consola</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Present to the room</source>
        <translation>&amp;Proyectar en la sala</translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation>Proyectar &amp;en</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Pantalla %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Go back to “%1”? Its agreement and those of every later phase are reopened; the record keeps them.</source>
        <translation>¿Volver a «%1»? Se reabren su acuerdo y los de todas las fases posteriores; el registro los conserva.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Has not spoken yet in this phase</source>
        <translation>Aún no ha hablado en esta fase</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 · %n still to speak</source>
        <translation>
            <numerusform>Ronda %1 · %n por hablar</numerusform>
            <numerusform>Ronda %1 · %n por hablar</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Habla: %1</translation>
    </message>
    <message>
        <source>Nobody is speaking</source>
        <translation>No está hablando nadie</translation>
    </message>
    <message>
        <source>Phase over by %1</source>
        <translation>Fase excedida en %1</translation>
    </message>
    <message>
        <source>Phase: %1 left</source>
        <translation>Fase: quedan %1</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Excedido en %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Phase timer</source>
        <translation>Temporizador de la fase</translation>
    </message>
    <message>
        <source>Time left in this phase, or how far it has run over</source>
        <translation>Tiempo restante de esta fase, o cuánto se ha excedido</translation>
    </message>
    <message>
        <source>Records that the group agrees this phase, confirmed by the person named beside it, and opens the next phase (Ctrl+Enter)</source>
        <translation>Registra que el grupo está de acuerdo con esta fase, confirmado por la persona indicada al lado, y abre la fase siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Moves on without agreement; the reason is kept in the record (Enter in the reason)</source>
        <translation>Sigue adelante sin acuerdo; el motivo queda en el registro (Intro en el motivo)</translation>
    </message>
    <message>
        <source>Reopens an earlier phase and every phase after it; the record keeps their agreements</source>
        <translation>Reabre una fase anterior y todas las posteriores; el registro conserva sus acuerdos</translation>
    </message>
    <message>
        <source>Turn timer</source>
        <translation>Temporizador del turno</translation>
    </message>
    <message>
        <source>Time left in the speaker&apos;s turn, or how far it has run over</source>
        <translation>Tiempo restante del turno de quien habla, o cuánto se ha excedido</translation>
    </message>
    <message>
        <source>Everyone in the room in speaking order: ▶ speaking, ✓ spoke, ↷ passed, • still to speak this round</source>
        <translation>Todas las personas de la sala en orden de intervención: ▶ habla, ✓ habló, ↷ pasó, • aún por hablar en esta ronda</translation>
    </message>
    <message>
        <source>Starts a round: everyone in the room speaks in turn (F6)</source>
        <translation>Inicia una ronda: todas las personas de la sala hablan por turnos (F6)</translation>
    </message>
    <message>
        <source>The speaker has spoken; the next one in the queue speaks (F7)</source>
        <translation>Quien hablaba ha terminado; habla la siguiente persona de la cola (F7)</translation>
    </message>
    <message>
        <source>The speaker passes; the next one in the queue speaks (F8)</source>
        <translation>Quien hablaba pasa; habla la siguiente persona de la cola (F8)</translation>
    </message>
    <message>
        <source>Audience text &amp;larger</source>
        <translation>Texto del público más &amp;grande</translation>
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
        <translation>Texto del público más pe&amp;queño</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Facilitators see these on their desktops; the room never does. Saved as you type.</source>
        <translation>Los facilitadores las ven en sus ordenadores; la sala, nunca. Se guardan mientras escribe.</translation>
    </message>
</context>
<context>
    <name>candor::SessionEdits</name>
    <message>
        <source>Add participant “%1”</source>
        <translation>Añadir el participante «%1»</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Ese participante ya no está en la sesión.</translation>
    </message>
    <message>
        <source>Edit participant “%1”</source>
        <translation>Editar el participante «%1»</translation>
    </message>
    <message>
        <source>Remove participant “%1”</source>
        <translation>Quitar el participante «%1»</translation>
    </message>
    <message>
        <source>Add timeline event “%1”</source>
        <translation>Añadir el acontecimiento «%1» a la cronología</translation>
    </message>
    <message>
        <source>Edit timeline event “%1”</source>
        <translation>Editar el acontecimiento «%1» de la cronología</translation>
    </message>
    <message>
        <source>Delete timeline event “%1”</source>
        <translation>Eliminar el acontecimiento «%1» de la cronología</translation>
    </message>
    <message>
        <source>Add contributing factor “%1”</source>
        <translation>Añadir el factor contribuyente «%1»</translation>
    </message>
    <message>
        <source>Edit contributing factor “%1”</source>
        <translation>Editar el factor contribuyente «%1»</translation>
    </message>
    <message>
        <source>Delete contributing factor “%1”</source>
        <translation>Eliminar el factor contribuyente «%1»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Añadir la acción «%1»</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Editar la acción «%1»</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reabrir «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” in progress</source>
        <translation>Marcar «%1» como en curso</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcar «%1» como hecha</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>Descartar «%1»</translation>
    </message>
    <message>
        <source>Delete action item “%1”</source>
        <translation>Eliminar la acción «%1»</translation>
    </message>
</context>
<context>
    <name>candor::SessionTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>candor::SessionsArea</name>
    <message>
        <source>Start a postmortem from an incident, or a retro for a team.</source>
        <translation>Inicie un postmortem desde un incidente, o una retrospectiva para un equipo.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Postmortems and retros</source>
        <translation>Postmortems y retrospectivas</translation>
    </message>
    <message>
        <source>New &amp;retro…</source>
        <translation>Nueva &amp;retrospectiva…</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Nueva retrospectiva</translation>
    </message>
    <message>
        <source>Look back on a period with a team</source>
        <translation>Revisar un periodo con un equipo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected postmortem or retro (Enter)</source>
        <translation>Abrir el postmortem o la retrospectiva seleccionados (Intro)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Todavía no hay equipos</translation>
    </message>
    <message>
        <source>A retro is for a team. Add the team under Teams first, then start its retro.</source>
        <translation>Una retrospectiva corresponde a un equipo. Añada primero el equipo en Equipos y después inicie su retrospectiva.</translation>
    </message>
    <message>
        <source>Delete the retro “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? This cannot be undone.</source>
        <translation>¿Eliminar la retrospectiva «%1» y todo lo registrado en ella: participantes, cronología, factores contribuyentes, aprendizajes, acciones y notas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the postmortem of “%1” and everything recorded in it: participants, timeline, contributing factors, learnings, action items and notes? The incident stays. This cannot be undone.</source>
        <translation>¿Eliminar el postmortem de «%1» y todo lo registrado en él: participantes, cronología, factores contribuyentes, aprendizajes, acciones y notas? El incidente se conserva. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Eliminar retrospectiva</translation>
    </message>
    <message>
        <source>Delete postmortem</source>
        <translation>Eliminar postmortem</translation>
    </message>
    <message>
        <source>Cannot delete the retro</source>
        <translation>No se puede eliminar la retrospectiva</translation>
    </message>
    <message>
        <source>Cannot delete the postmortem</source>
        <translation>No se puede eliminar el postmortem</translation>
    </message>
    <message>
        <source>Delete the selected postmortem or retro and everything recorded in it (Delete in the list)</source>
        <translation>Eliminar el postmortem o la retrospectiva seleccionados y todo lo registrado en ellos (Supr en la lista)</translation>
    </message>
</context>
<context>
    <name>candor::SurveyWaveModel</name>
    <message>
        <source>Collecting in kiosk mode</source>
        <translation>Recogiendo en modo quiosco</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>anonymity threshold k (comment threshold)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Figures are shown from %n response(s)</source>
        <translation>
            <numerusform>Las cifras se muestran a partir de %n respuesta</numerusform>
            <numerusform>Las cifras se muestran a partir de %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n response(s)</source>
        <translation>
            <numerusform>Los comentarios se muestran a partir de %n respuesta</numerusform>
            <numerusform>Los comentarios se muestran a partir de %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Las cifras aparecen cuando termina la sesión del quiosco, para que no se puedan distinguir las respuestas de nadie.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is shown below %n responses, or where a figure would let a hidden group be worked out, so no one can be singled out.</source>
        <translation>
            <numerusform>No se muestra nada con menos de %n respuesta, ni donde una cifra permitiría deducir un grupo oculto, para que no se pueda identificar a nadie.</numerusform>
            <numerusform>No se muestra nada con menos de %n respuestas, ni donde una cifra permitiría deducir un grupo oculto, para que no se pueda identificar a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Oleada de %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sin fecha de cierre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The anonymity threshold k (and the comment threshold when it is higher), frozen when the wave opened</source>
        <translation>El umbral de anonimato k (y el umbral de comentarios cuando es mayor), fijado al abrirse la oleada</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Oleada</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>k (comments)</source>
        <comment>column of the anonymity threshold k and the comment threshold</comment>
        <translation>k (comentarios)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>candor::SurveysArea</name>
    <message>
        <source>No survey waves here yet. Start one with New wave…</source>
        <translation>Todavía no hay oleadas de encuesta aquí. Inicie una con Nueva oleada…</translation>
    </message>
    <message>
        <source>Kiosk &amp;screen:</source>
        <translation>Pantalla del quio&amp;sco:</translation>
    </message>
    <message>
        <source>Run in &amp;kiosk mode…</source>
        <translation>Ejecutar en modo &amp;quiosco…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete wave…</source>
        <translation>Elimina&amp;r oleada…</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Equ&amp;ipo:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Include sub-teams</source>
        <translation>Incluir subequipos</translation>
    </message>
    <message>
        <source>Also list the waves of the teams below the chosen one</source>
        <translation>Mostrar también las oleadas de los equipos que dependen del elegido</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Oleadas de encuesta</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sin fecha de cierre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Ne&amp;w wave…</source>
        <translation>Nueva &amp;oleada…</translation>
    </message>
    <message>
        <source>New wave</source>
        <translation>Nueva oleada</translation>
    </message>
    <message>
        <source>Start a survey wave for a team</source>
        <translation>Iniciar una oleada de encuesta para un equipo</translation>
    </message>
    <message>
        <source>Run in kiosk mode</source>
        <translation>Ejecutar en modo quiosco</translation>
    </message>
    <message>
        <source>Collect answers on a shared screen, one person at a time; it clears after everyone</source>
        <translation>Recoger respuestas en una pantalla compartida, una persona cada vez; se borra después de cada una</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Add the answers a form tool exported as CSV to the selected wave</source>
        <translation>Añadir a la oleada seleccionada las respuestas que exportó una herramienta de formularios como CSV</translation>
    </message>
    <message>
        <source>I&amp;nstruments…</source>
        <translation>Ins&amp;trumentos…</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>See the built-in questionnaires and make your own</source>
        <translation>Ver los cuestionarios integrados y crear los suyos</translation>
    </message>
    <message>
        <source>Delete wave</source>
        <translation>Eliminar oleada</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Pantalla del quiosco</translation>
    </message>
    <message>
        <source>Reading the survey waves…</source>
        <translation>Leyendo las oleadas de encuesta…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <comment>screen number: name (width × height)</comment>
        <translation>%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Todavía no hay equipos</translation>
    </message>
    <message>
        <source>A survey wave is for a team. Add the team under Teams first, then start its wave.</source>
        <translation>Una oleada de encuesta corresponde a un equipo. Añada primero el equipo en Equipos y después inicie su oleada.</translation>
    </message>
    <message>
        <source>The wave “%1” opens on %2. Collect answers for it now anyway?</source>
        <translation>La oleada «%1» se abre el %2. ¿Recoger respuestas ahora de todos modos?</translation>
    </message>
    <message>
        <source>The wave “%1” closed on %2. Collect answers for it now anyway?</source>
        <translation>La oleada «%1» se cerró el %2. ¿Recoger respuestas ahora de todos modos?</translation>
    </message>
    <message>
        <source>Cannot run the kiosk</source>
        <translation>No se puede ejecutar el quiosco</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Cannot delete the wave</source>
        <translation>No se puede eliminar la oleada</translation>
    </message>
    <message>
        <source>The wave “%1” is running in kiosk mode. End the kiosk session first.</source>
        <translation>La oleada «%1» se está ejecutando en modo quiosco. Termine primero la sesión del quiosco.</translation>
    </message>
    <message>
        <source>Delete the wave “%1” of %2? This removes all its answers and comments. This cannot be undone.</source>
        <translation>¿Eliminar la oleada «%1» de %2? Se eliminarán todas sus respuestas y comentarios. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>With su&amp;b-teams</source>
        <translation>Con su&amp;bequipos</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Detalles de la oleada</translation>
    </message>
    <message>
        <source>Delete the selected wave with all its answers and comments (Delete in the list)</source>
        <translation>Eliminar la oleada seleccionada con todas sus respuestas y comentarios (Supr en la lista)</translation>
    </message>
</context>
<context>
    <name>candor::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Editar equipo</translation>
    </message>
    <message>
        <source>For example: Payments, or Checkout</source>
        <translation>Por ejemplo: Pagos o Checkout</translation>
    </message>
    <message>
        <source>None (a department or top-level team)</source>
        <translation>Ninguno (un departamento o un equipo de nivel superior)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Parte de:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>candor::TeamTreeModel</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) here and in sub-teams</source>
        <translation>
            <numerusform>%Ln miembro aquí y en subequipos</numerusform>
            <numerusform>%Ln miembros aquí y en subequipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>candor::TeamsArea</name>
    <message>
        <source>New &amp;sub-team…</source>
        <translation>Nuevo &amp;subequipo…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Editar miembro…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Eliminar miembro</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrar equipos</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>Nuevo e&amp;quipo…</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Nuevo &amp;miembro…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>People in %1</source>
        <translation>Personas de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team “%1” and its %n member(s)? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>¿Eliminar el equipo «%1» y su %n miembro? Puede deshacerlo con Edición &gt; Deshacer.</numerusform>
            <numerusform>¿Eliminar el equipo «%1» y sus %n miembros? Puede deshacerlo con Edición &gt; Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the team “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar el equipo «%1»? Puede deshacerlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete the team</source>
        <translation>No se puede eliminar el equipo</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar a «%1»? Puede deshacerlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete the member</source>
        <translation>No se puede eliminar el miembro</translation>
    </message>
    <message>
        <source>Edi&amp;t team…</source>
        <translation>Edi&amp;tar equipo…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Enter edits the selected team, Delete removes it</source>
        <translation>Intro edita el equipo seleccionado, Supr lo elimina</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Enter edits the selected member, Delete removes them</source>
        <translation>Intro edita el miembro seleccionado, Supr lo elimina</translation>
    </message>
    <message>
        <source>Edit the selected team (Enter in the tree)</source>
        <translation>Editar el equipo seleccionado (Intro en el árbol)</translation>
    </message>
    <message>
        <source>Delete the selected team (Delete in the tree)</source>
        <translation>Eliminar el equipo seleccionado (Supr en el árbol)</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter in the list)</source>
        <translation>Editar el miembro seleccionado (Intro en la lista)</translation>
    </message>
    <message>
        <source>Delete the selected member (Delete in the list)</source>
        <translation>Eliminar el miembro seleccionado (Supr en la lista)</translation>
    </message>
</context>
<context>
    <name>candor::Theme</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>candor::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>candor::TimelinePage</name>
    <message>
        <source>Day of the event</source>
        <translation>Día del acontecimiento</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Hora del acontecimiento</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tipo de acontecimiento</translation>
    </message>
    <message>
        <source>What happened in the period? Enter adds it</source>
        <translation>¿Qué ocurrió en el periodo? Intro lo añade</translation>
    </message>
    <message>
        <source>What happened? Enter adds it</source>
        <translation>¿Qué ocurrió? Intro lo añade</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Tab moves between time, kind and text. Double-click or F2 edits a cell; Delete removes the selected event; Ctrl+Z undoes.</source>
        <translation>Tab pasa de la hora al tipo y al texto. Doble clic o F2 edita una celda; Supr elimina el acontecimiento seleccionado; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Type what happened, then press Enter.</source>
        <translation>Escriba lo que ocurrió y pulse Intro.</translation>
    </message>
    <message>
        <source>Adds the event to the timeline (Enter in the text)</source>
        <translation>Añade el acontecimiento a la cronología (Intro en el texto)</translation>
    </message>
</context>
<context>
    <name>candor::TrendChart</name>
    <message>
        <source>Survey trend chart</source>
        <translation>Gráfico de tendencia de la encuesta</translation>
    </message>
    <message>
        <source>Mean score by quarter. The table beside it shows the same figures.</source>
        <translation>Puntuación media por trimestre. La tabla de al lado muestra las mismas cifras.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Incidents in the quarter</source>
        <translation>Incidentes del trimestre</translation>
    </message>
    <message>
        <source>Mean score (1 to %1)</source>
        <translation>Puntuación media (1 a %1)</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <comment>severity code, e.g. SEV1 incidents</comment>
        <translation>Incidentes %1</translation>
    </message>
    <message numerus="yes">
        <source>Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked out.</source>
        <translation>
            <numerusform>Huecos: menos de %n respuesta, o retenido para que no se pueda deducir un grupo más pequeño.</numerusform>
            <numerusform>Huecos: menos de %n respuestas, o retenido para que no se pueda deducir un grupo más pequeño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps: no survey in that quarter.</source>
        <translation>Huecos: no hubo encuesta en ese trimestre.</translation>
    </message>
</context>
<context>
    <name>candor::TrendModel</name>
    <message>
        <source>%1, all teams</source>
        <comment>a department&apos;s figure over its whole subtree</comment>
        <translation>%1, todos los equipos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>series, quarter</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no survey in this quarter</source>
        <translation>%1: no hubo encuesta en este trimestre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, then why nothing is shown</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 (95% CI %3 to %4), %Ln response(s)</source>
        <translation>
            <numerusform>%1: media %2 (IC 95&#xa0;% de %3 a %4), %Ln respuesta</numerusform>
            <numerusform>%1: media %2 (IC 95&#xa0;% de %3 a %4), %Ln respuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::UndoFacade</name>
    <message>
        <source>It was deleted on another desktop in the meantime, so your change was not saved.</source>
        <translation>Mientras tanto, se eliminó en otro ordenador, así que su cambio no se guardó.</translation>
    </message>
    <message>
        <source>“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still needed.</source>
        <translation>«%1» se eliminó en otro ordenador, así que su cambio no se guardó. Vuelva a añadirlo si todavía es necesario.</translation>
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
        <translation>Elija una oleada para ver qué puede mostrar.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>Tasa de respuesta:</translation>
    </message>
    <message>
        <source>Internal consistency:</source>
        <translation>Consistencia interna:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Wave details</source>
        <translation>Detalles de la oleada</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrumento:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Invitados:</translation>
    </message>
    <message>
        <source>Shown from:</source>
        <translation>Se muestra a partir de:</translation>
    </message>
    <message>
        <source>Mean per question</source>
        <translation>Media por pregunta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Personas encuestadas:</translation>
    </message>
    <message>
        <source>Mean score:</source>
        <translation>Puntuación media:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <source>Comments, in random order</source>
        <translation>Comentarios, en orden aleatorio</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Oleada de %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a wave&apos;s first and last day</comment>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>From %1, open-ended</source>
        <translation>Desde el %1, sin fecha de cierre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Figures from %1 responses (k), comments from %2. Frozen when the wave opened.</source>
        <translation>Cifras a partir de %1 respuestas (k), comentarios a partir de %2. Fijados al abrirse la oleada.</translation>
    </message>
    <message>
        <source>Collecting answers in kiosk mode. Figures appear when the kiosk session ends, so no one&apos;s answers can be told apart.</source>
        <translation>Recogiendo respuestas en modo quiosco. Las cifras aparecen cuando termina la sesión del quiosco, para que no se puedan distinguir las respuestas de nadie.</translation>
    </message>
    <message>
        <source>%1 Nothing is shown, so no one can be singled out.</source>
        <translation>%1 No se muestra nada, para que no se pueda identificar a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown only when the wave&apos;s figures are, from %n responses.</source>
        <translation>
            <numerusform>Los comentarios solo se muestran cuando se muestran las cifras de la oleada, a partir de %n respuesta.</numerusform>
            <numerusform>Los comentarios solo se muestran cuando se muestran las cifras de la oleada, a partir de %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: enough people answered for no one to be singled out.</source>
        <translation>Se muestra: respondieron suficientes personas para que no se pueda identificar a nadie.</translation>
    </message>
    <message>
        <source>%1 (95% confidence interval %2 to %3) on a scale of 1 to %4</source>
        <translation>%1 (intervalo de confianza del 95&#xa0;%: de %2 a %3) en una escala de 1 a %4</translation>
    </message>
    <message>
        <source>%1 unfavourable, %2 neutral, %3 favourable</source>
        <translation>%1 desfavorables, %2 neutras, %3 favorables</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%1 de %2 invitados</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha %1</source>
        <translation>Alfa de Cronbach %1</translation>
    </message>
    <message>
        <source>Reverse-scored: higher is better here too</source>
        <translation>Puntuación inversa: aquí también, cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>No hay comentarios.</translation>
    </message>
    <message>
        <source>In random order, apart from the answers.</source>
        <translation>En orden aleatorio, separados de las respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>Comments are shown from %n responses, so no one is known by how they write.</source>
        <translation>
            <numerusform>Los comentarios se muestran a partir de %n respuesta, para que nadie sea reconocido por su forma de escribir.</numerusform>
            <numerusform>Los comentarios se muestran a partir de %n respuestas, para que nadie sea reconocido por su forma de escribir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::WaveDialog</name>
    <message>
        <source>Closes on</source>
        <translation>Se cierra el</translation>
    </message>
    <message>
        <source>New survey wave</source>
        <translation>Nueva oleada de encuesta</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Elija un equipo…</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Optional, for example: Q3 pulse</source>
        <translation>Opcional, por ejemplo: Pulso T3</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Se abre el</translation>
    </message>
    <message>
        <source>The wave has a closing day</source>
        <translation>La oleada tiene un día de cierre</translation>
    </message>
    <message>
        <source>People invited</source>
        <translation>Personas invitadas</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>How many people were asked to answer. The response rate is shown only when at least k people were invited.</source>
        <translation>Cuántas personas fueron invitadas a responder. La tasa de respuesta solo se muestra cuando se invitó al menos a k personas.</translation>
    </message>
    <message>
        <source>Anonymity threshold k</source>
        <translation>Umbral de anonimato k</translation>
    </message>
    <message>
        <source> responses</source>
        <comment>after the anonymity threshold&apos;s number</comment>
        <translation> respuestas</translation>
    </message>
    <message>
        <source>Comment threshold</source>
        <translation>Umbral de comentarios</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>Apertu&amp;ra:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>&amp;Cierre:</translation>
    </message>
    <message>
        <source>In&amp;vited:</source>
        <translation>In&amp;vitados:</translation>
    </message>
    <message>
        <source>&amp;Anonymity threshold:</source>
        <translation>Umbral de &amp;anonimato:</translation>
    </message>
    <message>
        <source>Co&amp;mment threshold:</source>
        <translation>Umbral de co&amp;mentarios:</translation>
    </message>
    <message>
        <source>No figure of this wave is shown until at least k people have answered, and no comment until the comment threshold is reached. Both are frozen when the wave opens and shown to every respondent before they answer, so they cannot be changed later.</source>
        <translation>Ninguna cifra de esta oleada se muestra hasta que hayan respondido al menos k personas, ni ningún comentario hasta alcanzar el umbral de comentarios. Ambos quedan fijados al abrirse la oleada y se muestran a cada persona encuestada antes de responder, así que no se pueden cambiar después.</translation>
    </message>
    <message>
        <source>%1 (custom, version %2)</source>
        <translation>%1 (personalizado, versión %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on a %1-point scale.</source>
        <translation>
            <numerusform>%n pregunta en una escala de %1 puntos.</numerusform>
            <numerusform>%n preguntas en una escala de %1 puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the team the wave is for.</source>
        <translation>Elija el equipo al que corresponde la oleada.</translation>
    </message>
    <message>
        <source>Choose the instrument the wave asks.</source>
        <translation>Elija el instrumento que usa la oleada.</translation>
    </message>
    <message>
        <source>The wave closes before it opens. Choose a closing day on or after %1, or leave it open-ended.</source>
        <translation>La oleada se cierra antes de abrirse. Elija un día de cierre igual o posterior al %1, o déjela sin fecha de cierre.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnostic: start, show the main window, quit once it has painted and is idle (no prompts). For measuring start-up.</source>
        <translation>Diagnóstico: iniciar, mostrar la ventana principal y salir cuando se haya dibujado y esté inactiva (sin preguntas). Para medir el arranque.</translation>
    </message>
    <message>
        <source>Candor: blameless postmortems and team psychological safety.</source>
        <translation>Candor: postmortems sin culpables y seguridad psicológica de los equipos.</translation>
    </message>
    <message>
        <source>The replaced database is in “%1”.</source>
        <translation>La base de datos sustituida está en «%1».</translation>
    </message>
    <message>
        <source>Candor cannot open its database</source>
        <translation>Candor no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Se restauró «%1».</translation>
    </message>
    <message>
        <source>The replaced database is kept as “%1”.</source>
        <translation>La base de datos sustituida se conserva como «%1».</translation>
    </message>
    <message>
        <source>Restored the latest backup. The damaged file is kept as “%1”.</source>
        <translation>Se restauró la última copia de seguridad. El archivo dañado se conserva como «%1».</translation>
    </message>
    <message>
        <source>Use the language CODE for this run (%1; default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Usar el idioma CODE en esta ejecución (%1; predeterminado: el elegido en Preferencias o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the database on a PostgreSQL server at a postgresql:// URL (default: the shared database chosen in File &gt; Connect to a shared database…, else CANDOR_DB, else %1).</source>
        <translation>Usar el archivo de base de datos de PATH, o la base de datos de un servidor PostgreSQL en una URL postgresql:// (predeterminado: la base de datos compartida elegida en Archivo &gt; Conectarse a una base de datos compartida…; si no, CANDOR_DB; si no, %1).</translation>
    </message>
    <message>
        <source>Candor is already on %1.</source>
        <translation>Candor ya está usando %1.</translation>
    </message>
    <message>
        <source>Cannot change the database</source>
        <translation>No se puede cambiar de base de datos</translation>
    </message>
    <message>
        <source>%1 Candor stays on %2.</source>
        <translation>%1 Candor sigue con %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
</context>
</TS>
