import { type Label, label } from './words.js';

/**
 * The words of the command line (`sammantrade`): help, options, messages and summaries, in Swedish
 * (the default: the people who run it are Swedish secretaries) and English (`--lang en`).
 */

const plural = (n: number, sv: [string, string], en: [string, string]): Label =>
  label(`${n} ${n === 1 ? sv[0] : sv[1]}`, `${n} ${n === 1 ? en[0] : en[1]}`);

/** The command line's words. */
export const CLI_WORDS = {
  program: label(
    'Sammanträde: kontrollera, importera och ta fram rapporter ur protokoll från kommunala organ.',
    'Sammanträde: check, import and report on the records of Swedish municipal bodies.',
  ),
  exitCodes: label(
    `
Slutkoder:
  0  allt är i ordning
  1  problem hittades (ogiltigt arkiv, oläsbar fil, fel i en handling)
  2  kommandot anropades fel (okänt kommando eller flagga, felaktigt värde)
  141  utdata stängdes i förtid (rör till head), som för andra Unix-verktyg`,
    `
Exit codes:
  0  everything is fine
  1  problems found (invalid archive, unreadable file, errors in a document)
  2  the command was called wrongly (unknown command or option, bad value)
  141  the output was closed early (piped into head), as for other Unix tools`,
  ),
  helpAfterError: label('(kör sammantrade --help för hjälp)', '(run sammantrade --help for usage)'),
  /** Commander's headings and its own options and errors. */
  help: {
    usage: label('Användning:', 'Usage:'),
    arguments: label('Argument:', 'Arguments:'),
    options: label('Flaggor:', 'Options:'),
    commands: label('Kommandon:', 'Commands:'),
    help: label('visa hjälpen för kommandot', 'display help for command'),
    version: label('visa versionen', 'output the version number'),
    helpCommand: label('visa hjälpen för ett kommando', 'display help for command'),
    default: label('standard', 'default'),
    options_: label('[flaggor]', '[options]'),
    command_: label('[kommando]', '[command]'),
    unknownOption: (option: string) => label(`fel: okänd flagga ${option}`, `error: unknown option ${option}`),
    unknownCommand: (command: string) => label(`fel: okänt kommando ${command}`, `error: unknown command ${command}`),
    missingArgument: (name: string) =>
      label(`fel: argumentet ${name} saknas`, `error: missing required argument ${name}`),
    missingValue: (option: string) =>
      label(`fel: flaggan ${option} behöver ett värde`, `error: option ${option} argument missing`),
    tooMany: label('fel: för många argument', 'error: too many arguments'),
  },
  lang: label(
    'språk: sv (svenska, standard) eller en (engelska)',
    'language: sv (Swedish, the default) or en (English)',
  ),
  langBad: (value: string) => label(`--lang ${value}: ange sv eller en`, `--lang ${value}: use sv or en`),
  archive: label('arkivmappen', 'the archive folder'),
  archiveOrDatabase: label(
    'arkivmappen eller en databas (postgres://…)',
    'the archive folder, or a database (postgres://…)',
  ),
  body: label('bara detta organ', 'only this body'),
  out: label('skriv till en fil i stället för terminalen', 'write to a file instead of the terminal'),
  force: label('ersätt --out om den finns', 'replace --out if it exists'),
  today: label(
    'bedöm datum per denna dag (standard: i dag, svensk tid)',
    'judge due dates as of this day (default: today in Stockholm)',
  ),
  json: label('skriv JSON', 'print JSON'),
  notDate: (flag: string, value: string) =>
    label(`--${flag} ${value}: inget datum (skriv ÅÅÅÅ-MM-DD)`, `--${flag} ${value}: not a date (use YYYY-MM-DD)`),
  notYear: (flag: string, value: string) => label(`--${flag} ${value}: inget årtal`, `--${flag} ${value}: not a year`),
  notPositive: (flag: string, value: string) =>
    label(`--${flag} ${value}: inget positivt tal`, `--${flag} ${value}: not a positive number`),
  unexpected: (message: string) => label(`oväntat fel: ${message}`, `unexpected error: ${message}`),

  validate: {
    description: label(
      'kontrollera varje fil i ett arkiv mot modellen; skriv varje problem som fil:rad',
      'check every file of an archive against the model; print each problem as file:line',
    ),
    quiet: label('skriv bara fel, inte varningar', 'print errors only, not warnings'),
    summary: (dir: string, files: number, errors: number, warnings: number) => {
      const f = plural(files, ['fil', 'filer'], ['file', 'files']);
      const e = plural(errors, ['fel', 'fel'], ['error', 'errors']);
      const w = plural(warnings, ['varning', 'varningar'], ['warning', 'warnings']);
      return label(`${dir}: ${f.sv} kontrollerade, ${e.sv}, ${w.sv}`, `${dir}: ${f.en} checked, ${e.en}, ${w.en}`);
    },
  },

  show: {
    description: label(
      'sammanfatta ett arkiv: organ, möten per år och öppna uppdrag',
      'summarise an archive: its bodies, meetings per year and open assignments',
    ),
    json: label('skriv sammanfattningen som JSON', 'print the summary as JSON'),
    today: label(
      'bedöm uppdragen per denna dag (standard: i dag, svensk tid)',
      'judge assignments as of this day (default: today in Stockholm)',
    ),
  },

  schema: {
    description: label(
      'skriv JSON Schema för varje slags post i arkivets mapp schema/, för redigerare',
      "write the JSON Schema of each record kind into the archive's schema/ folder, for editors",
    ),
    written: (dir: string) =>
      label(
        `${dir}/schema: scheman för organ, möten, sammanträdesplaner och program skrivna`,
        `${dir}/schema: body, meeting, schedule and programme schemas written`,
      ),
  },

  calendar: {
    description: label(
      'skriv iCalendar för ett arkiv, ett organ eller ett organs år (som flödet serverar den)',
      "write the iCalendar of an archive, a body or a body's year (as the feed serves it)",
    ),
    year: label('bara detta år (med --body)', 'only this year (with --body)'),
    deadlines: label(
      'lägg till sista dag för justering och datum för återrapportering som händelser',
      'add adjustment deadlines and report-back dates as events',
    ),
    publicUrl: label(
      'adressen kalendern publiceras på; dess värdnamn ingår i varje händelses UID',
      "the address the calendar is published at; its host goes into every event's UID",
    ),
    out: label('skriv till en fil (.ics) i stället för terminalen', 'write to a file (.ics) instead of the terminal'),
    yearNeedsBody: label('--year kräver --body', '--year needs --body'),
    notUrl: (value: string) =>
      label(`--public-url ${value}: ingen http(s)-adress`, `--public-url ${value}: not an http(s) address`),
    unknownBody: (id: string, known: string) =>
      label(
        `--body: okänt organ "${id}" (arkivet har: ${known})`,
        `--body: unknown body "${id}" (the archive has: ${known})`,
      ),
    written: (file: string, n: number) =>
      label(
        `${file}: ${plural(n, ['händelse', 'händelser'], ['event', 'events']).sv} skrivna`,
        `${file}: ${plural(n, ['händelse', 'händelser'], ['event', 'events']).en} written`,
      ),
  },

  parse: {
    description: label(
      'läs protokoll, kallelser, sammanträdesplaner eller program (PDF, Word .docx, text) och skriv vad de säger',
      'read minutes, agendas, schedule pages or programmes (PDF, Word .docx, text) and print what they say',
    ),
    files: label(
      'handlingar: PDF, Word .docx eller UTF-8-text, högst 20 MB var',
      'documents: PDF, Word .docx or UTF-8 text, at most 20 MB each',
    ),
    date: label('mötets datum när handlingen inte anger det', "the meeting's date when the document does not state it"),
    json: label(
      'skriv JSON: ett objekt för en fil, en lista för flera',
      'print JSON: one object for one file, an array for several',
    ),
    maxPages: (n: number) =>
      label(`vägra en PDF med fler sidor (standard ${n})`, `refuse a PDF of more pages (default ${n})`),
    maxSeconds: (s: number, perPage: number) =>
      label(
        `vägra en PDF- eller Word-fil som tar längre tid att läsa (standard ${s}; ${perPage} per PDF-sida)`,
        `refuse a PDF or Word file that takes longer to read (default ${s}; ${perPage} a PDF page)`,
      ),
    maxMemory: (mb: number) =>
      label(
        `vägra en PDF- eller Word-fil som behöver mer minne för att läsas (standard ${mb})`,
        `refuse a PDF or Word file that needs more memory to read (default ${mb})`,
      ),
  },

  import: {
    description: label(
      'tolka handlingar och skriv deras poster (organ, möte, sammanträdesplaner, program) i ett arkiv',
      'parse documents and write their records (body, meeting, schedules, programme) into an archive',
    ),
    files: label(
      'handlingar (PDF, Word .docx, UTF-8-text; högst 20 MB var) eller mappar med sådana',
      'documents (PDF, Word .docx, UTF-8 text; at most 20 MB each) or folders of them',
    ),
    into: label(
      'arkivmappen eller databasen (postgres://…) att skriva i (krävs)',
      'the archive folder, or a postgres:// database, to write into (required)',
    ),
    body: label(
      'organet att lägga posterna under, när handlingen inte namnger det',
      'the body to file the records under, when a document does not name it',
    ),
    force: label(
      'ersätt mötesposten som en handling annars skulle vägras för',
      'replace the meeting record a document would otherwise be refused for',
    ),
    needsInto: label('import kräver --into ARKIV', 'import needs --into ARCHIVE'),
    noDocuments: (paths: string) =>
      label(`inga handlingar (.pdf, .docx, .txt, .md) i ${paths}`, `no documents (.pdf, .docx, .txt, .md) in ${paths}`),
    /** "protokoll från Hälsingerådet 2023-10-11, 19 §, 18 personer". */
    meeting: (kind: Label, body: string, date: string | undefined, items: number, agenda: boolean, people: number) =>
      label(
        `${kind.sv} från ${body} ${date ?? '(datum saknas)'}, ${items} ${agenda ? (items === 1 ? 'punkt' : 'punkter') : '§'}, ${plural(people, ['person', 'personer'], ['', '']).sv}`,
        `${kind.en} of ${body} ${date ?? '(no date)'}, ${items} ${agenda ? 'items' : '§'}, ${people} people`,
      ),
    programme: (title: string, areas: number) =>
      label(
        `program "${title}", ${plural(areas, ['område', 'områden'], ['', '']).sv}`,
        `programme "${title}", ${areas} areas`,
      ),
    schedulePage: (bodies: string) => label(`sammanträdesplan för ${bodies}`, `schedule page of ${bodies}`),
    nothing: label('inget', 'nothing'),
    schedules: (years: string) => label(`, sammanträdesplan ${years}`, `, schedule ${years}`),
    replaces: (files: string) => label(` (ersätter ${files})`, ` (replaces ${files})`),
    kept: (files: string) => label(`; behölls som de var: ${files}`, `; kept as it was: ${files}`),
    warnings: (n: number) => plural(n, ['varning', 'varningar'], ['warning', 'warnings']),
    total: (imported: number, files: number, into: string) =>
      label(
        `${imported} av ${files} handlingar importerade till ${into}`,
        `${imported} of ${files} documents imported into ${into}`,
      ),
  },

  report: {
    description: label(
      'rapporter: uppdrag, beslut, närvaro, sammanträdesplan, ärende, frister, program',
      'reports: assignments, decisions, attendance, schedule, case, deadlines, programme',
    ),
    kind: (kinds: string) => label(`en av ${kinds}`, `one of ${kinds}`),
    archive: label(
      'arkivmappen eller databasen (postgres://…) (för case: först ärendets diarienummer, sedan arkivet)',
      'the archive folder or postgres:// database (for case: the case number, then the archive)',
    ),
    archiveAfter: label(
      'arkivmappen eller databasen (postgres://…), efter diarienumret',
      'the archive folder or postgres:// database, after the case number',
    ),
    from: label('från detta datum (ÅÅÅÅ-MM-DD)', 'from this date (YYYY-MM-DD)'),
    to: label('till och med detta datum (ÅÅÅÅ-MM-DD)', 'up to this date (YYYY-MM-DD)'),
    year: label('bara detta år (sammanträdesplan)', 'only this year (schedule)'),
    open: label('uppdrag: bara de som inte återrapporterats', 'assignments: only those not yet reported back'),
    separator: label('avgränsare i CSV: ; (Excel på svenska) eller ,', 'CSV separator: ; (Excel in Swedish) or ,'),
    kinds: label(
      `
Slag:
  assignments        varje uppdrag med datum för återrapportering och status (--open: ej återrapporterade)
  decisions          beslutsregistret
  attendance         per person och per kommun
  schedule           planerade och hållna möten, med varningar (--year)
  case NUMMER        ett ärendes historik, t.ex. report case GNS/8/2019 ARKIV
  deadlines          justering, anslag (KL 8:12) och överklagande (KL 13:5) per protokoll
  programme          utvecklingsprogrammets status per område`,
      `
Kinds:
  assignments        every assignment with its report-back date and status (--open: not yet reported)
  decisions          the decision register
  attendance         per person and per municipality
  schedule           planned and held meetings, with warnings (--year)
  case NUMBER        the history of one case, e.g. report case GNS/8/2019 ARCHIVE
  deadlines          adjustment, notice (KL 8:12) and appeal (KL 13:5) dates per set of minutes
  programme          the action programme's status per area`,
    ),
    badFormat: (value: string, formats: string) =>
      label(`--format ${value}: ange en av ${formats}`, `--format ${value}: use one of ${formats}`),
    badSeparator: (value: string) => label(`--separator ${value}: ange ; eller ,`, `--separator ${value}: use ; or ,`),
    fromAfterTo: (from: string, to: string) =>
      label(`--from ${from} är efter --to ${to}`, `--from ${from} is after --to ${to}`),
    unknownKind: (kind: string, kinds: string) =>
      label(`okänd rapport "${kind}": ange en av ${kinds}`, `unknown report "${kind}": use one of ${kinds}`),
    caseUsage: label(
      'användning: sammantrade report case NUMMER ARKIV',
      'usage: sammantrade report case NUMBER ARCHIVE',
    ),
    unexpectedArgument: (value: string) => label(`oväntat argument "${value}"`, `unexpected argument "${value}"`),
    written: (file: string, rows: number) =>
      label(
        `${file}: ${plural(rows, ['rad', 'rader'], ['row', 'rows']).sv} skrivna`,
        `${file}: ${plural(rows, ['rad', 'rader'], ['row', 'rows']).en} written`,
      ),
    binaryToTerminal: label(
      '--format xlsx skriver en fil: ange --out FIL.xlsx',
      '--format xlsx writes a file: give --out FILE.xlsx',
    ),
  },
  db: {
    description: label(
      'sköt en PostgreSQL-databas som håller ett arkiv',
      'manage a PostgreSQL database that holds an archive',
    ),
    migrate: label(
      'skapa eller uppdatera tabellerna i en Sammanträde-databas (går att köra igen)',
      'create or update the tables of a Sammanträde database (safe to run again)',
    ),
    url: label(
      'postgres://användare@värd:port/databas (standard: SAMMANTRADE_DATABASE_URL)',
      'postgres://user@host:port/database (default: SAMMANTRADE_DATABASE_URL)',
    ),
    needsUrl: label(
      'ange databasen som postgres://… eller sätt SAMMANTRADE_DATABASE_URL',
      'give the database as postgres://… or set SAMMANTRADE_DATABASE_URL',
    ),
    notUrl: (url: string) => label(`${url}: ingen postgres://-adress`, `${url}: not a postgres:// URL`),
    migrated: (url: string, version: number, applied: string) =>
      label(
        `${url}: migrerad till schemaversion ${version} (körde ${applied})`,
        `${url}: migrated to schema version ${version} (applied ${applied})`,
      ),
    upToDate: (url: string, version: number) =>
      label(`${url}: schemaversion ${version}, aktuell`, `${url}: schema version ${version}, up to date`),
  },

  sync: {
    description: label(
      'för in en arkivmapp (YAML) i en PostgreSQL-databas: bara ändrade poster, borttagna filer tas bort',
      'bring a YAML archive folder into a PostgreSQL database: only changed records, deleted files deleted',
    ),
    verbose: label(
      'lista varje post som lagts till, ändrats och tagits bort',
      'list every record added, changed and deleted',
    ),
    summary: (from: string, to: string, added: number, changed: number, deleted: number, unchanged: number) =>
      label(
        `${from} → ${to}: ${added} tillagda, ${changed} ändrade, ${deleted} borttagna, ${unchanged} oförändrade`,
        `${from} → ${to}: ${added} added, ${changed} changed, ${deleted} deleted, ${unchanged} unchanged`,
      ),
  },
} as const;
