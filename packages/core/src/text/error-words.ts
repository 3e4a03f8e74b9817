import type { Body } from '../model/body.js';
import { type Label, label } from './words.js';

/**
 * The words of core's errors that reach a user (a file that is not there or not readable, a limit, an
 * import that would overwrite something), keyed by a stable reason, in Swedish and English. A
 * {@link SammantradeError} made from them keeps its English `message` and its `words` for other languages.
 * Every message starts with the file or folder it is about.
 */

/** What a file-system entry is, for a message. */
export type EntryKind = 'file' | 'folder' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'link' | 'other';
export const ENTRY_KIND: Readonly<Record<EntryKind, Label>> = {
  file: label('en vanlig fil', 'a regular file'),
  folder: label('en mapp', 'a folder'),
  fifo: label('en FIFO (namngiven pipe)', 'a FIFO (named pipe)'),
  'character-device': label('en teckenenhet', 'a character device'),
  'block-device': label('en blockenhet', 'a block device'),
  socket: label('en socket', 'a socket'),
  link: label('en symbolisk länk', 'a symbolic link'),
  other: label('inte en vanlig fil', 'not a regular file'),
};

/** The documents the readers know, for a message. */
export type DocumentWord = 'pdf' | 'docx' | 'document';
const DOCUMENT: Readonly<Record<DocumentWord, Label>> = {
  pdf: label('en PDF-fil', 'a PDF'),
  docx: label('ett Word-dokument', 'a Word document'),
  document: label('en handling', 'a document'),
};

type F = { file: string };

/** What a PostgreSQL store was asked to do when it failed, for a message. */
export type DatabaseWork = 'migrate' | 'sync' | 'import' | 'write' | 'read' | 'read-again' | 'search' | 'revisions';
const DATABASE_WORK: Readonly<Record<DatabaseWork, Label>> = {
  migrate: label('kan inte migrera', 'cannot migrate'),
  sync: label('kan inte synka', 'cannot sync'),
  import: label('kan inte importera', 'cannot import'),
  write: label('kan inte skriva', 'cannot write'),
  read: label('kan inte läsa arkivet', 'cannot read the archive'),
  'read-again': label('kan inte läsa arkivet igen', 'cannot read the archive again'),
  search: label('kan inte söka', 'cannot search'),
  revisions: label('kan inte uppdatera kalenderns tillstånd', 'cannot update calendar state'),
};
/** `file: sv` and `file: en`. */
const on = (file: string, sv: string, en: string): Label => label(`${file}: ${sv}`, `${file}: ${en}`);

/** Core's user-facing errors, by reason. */
export const ERROR_WORDS = {
  // Files in and out.
  'no-such-file': (a: F) => on(a.file, 'filen finns inte', 'no such file'),
  'is-folder': (a: F) => on(a.file, 'är en mapp, inte en handling', 'is a folder, not a document'),
  'is-device': (a: F) =>
    on(a.file, 'är en socket eller enhet, inte en vanlig fil', 'is a socket or device, not a regular file'),
  'cannot-read': (a: F & { reason: string }) => on(a.file, `kan inte läsas (${a.reason})`, `cannot read (${a.reason})`),
  'cannot-be-read': (a: F & { reason: string }) =>
    on(a.file, `kan inte läsas (${a.reason})`, `cannot be read (${a.reason})`),
  'not-regular-read': (a: F & { kind: EntryKind }) =>
    on(
      a.file,
      `är ${ENTRY_KIND[a.kind].sv}, inte en vanlig fil; bara vanliga filer läses`,
      `is ${ENTRY_KIND[a.kind].en}, not a regular file; only regular files are read`,
    ),
  'too-large': (a: F & { size: string; limit: string }) =>
    on(a.file, `för stor (${a.size}; gränsen är ${a.limit})`, `too large (${a.size}; the limit is ${a.limit})`),
  'cannot-write': (a: F & { reason: string }) =>
    on(a.file, `kan inte skrivas (${a.reason})`, `cannot write (${a.reason})`),
  'already-exists': (a: F) => on(a.file, 'finns redan', 'already exists'),
  'not-regular-write': (a: F & { kind: EntryKind }) =>
    on(
      a.file,
      `är ${ENTRY_KIND[a.kind].sv}, inte en vanlig fil; bara vanliga filer skrivs`,
      `is ${ENTRY_KIND[a.kind].en}, not a regular file; only regular files are written`,
    ),
  'dangling-link': (a: F) =>
    on(
      a.file,
      'är en symbolisk länk till ingenting; bara vanliga filer skrivs',
      'is a symbolic link to nothing; only regular files are written',
    ),
  'link-to-special': (a: F & { kind: EntryKind }) =>
    on(
      a.file,
      `är en symbolisk länk till ${ENTRY_KIND[a.kind].sv}; bara vanliga filer skrivs`,
      `is a symbolic link to ${ENTRY_KIND[a.kind].en}; only regular files are written`,
    ),
  'link-unwritable': (a: F & { target: string; reason: string }) =>
    on(
      a.file,
      `är en symbolisk länk till ${a.target}, i en mapp som inte går att skriva i (${a.reason})`,
      `is a symbolic link to ${a.target}, in a folder that cannot be written (${a.reason})`,
    ),

  // Reading documents.
  'file-empty': (a: F) => on(a.file, 'filen är tom', 'the file is empty'),
  'is-image': (a: F & { format: string; claimed: DocumentWord }) =>
    on(
      a.file,
      `är en ${a.format}-bild, inte ${DOCUMENT[a.claimed].sv}; kör OCR på den först`,
      `is a ${a.format} image, not ${DOCUMENT[a.claimed].en}; run OCR on it first`,
    ),
  'is-zip': (a: F) => on(a.file, 'är ett ZIP-arkiv, inte ett Word-dokument', 'is a ZIP archive, not a Word document'),
  'is-doc': (a: F) =>
    on(a.file, 'är en gammal Word-fil (.doc); spara den som .docx', 'is an old Word .doc file; save it as .docx'),
  'not-claimed-format': (a: F & { claimed: DocumentWord; text: boolean }) =>
    on(
      a.file,
      `är inte ${DOCUMENT[a.claimed].sv} (den innehåller ${a.text ? 'vanlig text' : 'annan binär data'}); byt namn på den eller exportera den igen`,
      `is not ${DOCUMENT[a.claimed].en} (it holds ${a.text ? 'plain text' : 'other binary data'}); rename it or export it again`,
    ),
  'not-text': (a: { line: Label }) => a.line,
  'missing-reader': (a: F & { kind: 'pdf' | 'docx'; packages: string }) => {
    const several = a.packages.includes(' ');
    const names = a.packages.split(' ').join(' and ');
    const namn = a.packages.split(' ').join(' och ');
    const what = a.kind === 'pdf' ? label('PDF-filer', 'PDF files') : label('Word-dokument', 'Word documents');
    return on(
      a.file,
      `för att läsa ${what.sv} behövs ${several ? `paketen ${namn}, som inte är installerade` : `paketet ${namn}, som inte är installerat`} (npm install ${a.packages})`,
      `reading ${what.en} needs ${several ? `the packages ${names}, which are` : `the package ${names}, which is`} not installed (npm install ${a.packages})`,
    );
  },
  'pdf-truncated': (a: F) =>
    on(
      a.file,
      'PDF-filen är avkortad eller skadad (den saknar slutmarkering)',
      'the PDF is truncated or damaged (it has no end-of-file marker)',
    ),
  'pdf-encrypted': (a: F) =>
    on(
      a.file,
      'PDF-filen är krypterad (lösenordsskyddad); spara en oskyddad kopia och importera den',
      'the PDF is encrypted (password-protected); save an unprotected copy and import that',
    ),
  'pdf-damaged': (a: F & { detail: string }) =>
    on(
      a.file,
      `PDF-filen är skadad och kan inte läsas (${a.detail})`,
      `the PDF is damaged and cannot be read (${a.detail})`,
    ),
  'pdf-no-text': (a: F & { pages: number }) =>
    on(
      a.file,
      `PDF-filen har inget textlager (${a.pages === 1 ? 'sidan är en bild' : `de ${a.pages} sidorna är bilder`}, inskannad?); kör OCR på den först`,
      `the PDF has no text layer (${a.pages === 1 ? 'its page is' : `its ${a.pages} pages are`} images, a scan?); run OCR on it first`,
    ),
  'pdf-pages': (a: F & { pages: number; limit: number }) =>
    on(
      a.file,
      `PDF-filen har ${a.pages} sidor; gränsen är ${a.limit}`,
      `the PDF has ${a.pages} pages; the limit is ${a.limit}`,
    ),
  'pdf-page-time': (a: F & { page: number; limit: number }) =>
    on(
      a.file,
      `att läsa sidan ${a.page} i PDF-filen tog över ${a.limit} s; gränsen är ${a.limit} s per sida`,
      `reading page ${a.page} of the PDF took over ${a.limit} s; the limit is ${a.limit} s per page`,
    ),
  'read-time': (a: F & { what: 'pdf' | 'docx'; limit: number }) =>
    a.what === 'pdf'
      ? on(
          a.file,
          `att läsa PDF-filen tog över ${a.limit} s; gränsen är ${a.limit} s`,
          `reading the PDF took over ${a.limit} s; the limit is ${a.limit} s`,
        )
      : on(
          a.file,
          `att läsa Word-dokumentet tog över ${a.limit} s; gränsen är ${a.limit} s`,
          `reading the Word document took over ${a.limit} s; the limit is ${a.limit} s`,
        ),
  'read-memory': (a: F & { what: 'pdf' | 'docx'; limit: number }) =>
    a.what === 'pdf'
      ? on(
          a.file,
          `att läsa PDF-filen kräver över ${a.limit} MB minne; gränsen är ${a.limit} MB`,
          `reading the PDF needs over ${a.limit} MB of memory; the limit is ${a.limit} MB`,
        )
      : on(
          a.file,
          `att läsa Word-dokumentet kräver över ${a.limit} MB minne; gränsen är ${a.limit} MB`,
          `reading the Word document needs over ${a.limit} MB of memory; the limit is ${a.limit} MB`,
        ),
  'word-damaged': (a: F & { detail: string }) =>
    on(
      a.file,
      `Word-dokumentet är skadat och kan inte läsas (${a.detail})`,
      `the Word document is damaged and cannot be read (${a.detail})`,
    ),
  'word-parts': (a: F & { parts: number; limit: number }) =>
    on(
      a.file,
      `Word-dokumentet har ${a.parts} delar; gränsen är ${a.limit}`,
      `the Word document has ${a.parts} parts; the limit is ${a.limit}`,
    ),
  'word-part-size': (a: F & { name: string; size: string; limit: string }) =>
    on(
      a.file,
      `${a.name} i Word-dokumentet packas upp till ${a.size}; gränsen är ${a.limit} per del`,
      `${a.name} in the Word document unpacks to ${a.size}; the limit is ${a.limit} per part`,
    ),
  'word-unpacked': (a: F & { limit: string }) =>
    on(
      a.file,
      `Word-dokumentet packas upp till över ${a.limit}; det är gränsen`,
      `the Word document unpacks to over ${a.limit}; that is the limit`,
    ),
  'word-zip-bomb': (a: F & { name: string }) =>
    on(
      a.file,
      `${a.name} i Word-dokumentet packas upp till mer än det anger (en zip-bomb?)`,
      `${a.name} in the Word document unpacks to more than it declares (a zip bomb?)`,
    ),

  // The archive and importing into it.
  'no-archive-folder': (a: { dir: string }) => on(a.dir, 'arkivmappen finns inte', 'no such archive folder'),
  'not-a-folder': (a: { dir: string }) => on(a.dir, 'är ingen mapp', 'not a folder'),
  'folder-unreadable': (a: { dir: string; reason: string }) =>
    on(a.dir, `mappen kan inte läsas (${a.reason})`, `cannot read the folder (${a.reason})`),
  'too-many-files': (a: { dir: string; max: number }) =>
    on(a.dir, `fler än ${a.max} filer med poster`, `more than ${a.max} record files`),
  'archive-errors': (a: { dir: string; count: number }) =>
    on(a.dir, `arkivet har ${a.count} fel`, `the archive has ${a.count} error${a.count === 1 ? '' : 's'}`),
  'not-imported': (a: F & { problem?: Label }) =>
    on(
      a.file,
      `importeras inte: ${a.problem?.sv ?? 'inget att importera'}`,
      `not imported: ${a.problem?.en ?? 'nothing to import'}`,
    ),
  'holds-other-programme': (a: F & { rel: string }) =>
    on(
      a.file,
      `importeras inte: ${a.rel} innehåller redan ett annat program`,
      `not imported: ${a.rel} already holds another programme`,
    ),
  'written-by-hand': (a: F & { rel: string }) =>
    on(
      a.file,
      `importeras inte: ${a.rel} har samma §§ och är skriven för hand`,
      `not imported: ${a.rel} records the same §§ and was written by hand`,
    ),
  'records-other-document': (a: F & { rel: string }) =>
    on(
      a.file,
      `importeras inte: ${a.rel} kommer redan från en annan handling`,
      `not imported: ${a.rel} already records another document`,
    ),
  'record-exists': (a: F & { rel: string }) =>
    on(a.file, `importeras inte: ${a.rel} finns redan`, `not imported: ${a.rel} already exists`),
  'body-file-errors': (a: F) =>
    on(
      a.file,
      'organets fil har fel; rätta dem innan något importeras till den',
      "the body's file has errors; fix it before importing into it",
    ),
  'merge-would-break': (a: F) =>
    on(
      a.file,
      'att föra in handlingens uppgifter skulle förstöra filen; inget har ändrats',
      "merging the document's facts would break the file; nothing was changed",
    ),
  'lock-failed': (a: F & { reason: string }) =>
    on(a.file, `importlåset kan inte tas (${a.reason})`, `cannot take the import lock (${a.reason})`),
  'import-running': (a: { dir: string; lock: string }) =>
    on(
      a.dir,
      `en annan import till arkivet pågår fortfarande (${a.lock})`,
      `another import into this archive is still running (${a.lock})`,
    ),
  'import-write-failed': (a: F & { reason: 'disk-full' | 'permission' | string }) => {
    const why =
      a.reason === 'disk-full'
        ? label('disken är full', 'the disk is full')
        : a.reason === 'permission'
          ? label('åtkomst nekas', 'permission denied')
          : label(a.reason, a.reason);
    return on(
      a.file,
      `kan inte skrivas (${why.sv}); inget importerades`,
      `cannot write (${why.en}); nothing was imported`,
    );
  },
  'journal-outside': (a: F) =>
    on(a.file, 'nämner filer utanför arkivets mappar för poster', "names files outside the archive's record folders"),

  unexpected: (a: { detail: string }) => label(`oväntat fel: ${a.detail}`, `unexpected error: ${a.detail}`),

  // A PostgreSQL store. The server's own message stays as the server wrote it.
  'database-url': (a: { url: string }) => on(a.url, 'är ingen postgres://-adress', 'not a postgres:// URL'),
  'database-failed': (a: { url: string; doing: DatabaseWork; detail: string }) =>
    on(a.url, `${DATABASE_WORK[a.doing].sv}: ${a.detail}`, `${DATABASE_WORK[a.doing].en}: ${a.detail}`),
  'database-schema-old': (a: { url: string; version: number; needs: number }) =>
    on(
      a.url,
      `databasen har schemaversion ${a.version}, programmet behöver ${a.needs}: kör sammantrade db migrate URL`,
      `the database has schema version ${a.version}, this program needs ${a.needs}: run sammantrade db migrate URL`,
    ),
  'database-schema-new': (a: { url: string; version: number; known: number }) =>
    on(
      a.url,
      `databasen har schemaversion ${a.version}; programmet känner till upp till ${a.known}: uppgradera Sammanträde`,
      `the database is at schema version ${a.version}; this program knows up to ${a.known}: upgrade Sammanträde`,
    ),
  'stored-record-invalid': (a: { file: string; path: string; detail: string }) =>
    on(
      a.file,
      `den sparade posten bryter mot modellen (${a.path}: ${a.detail})`,
      `the stored record breaks the model (${a.path}: ${a.detail})`,
    ),
  'import-read-back': (a: F) =>
    on(
      a.file,
      'importen skrev en post som inte går att läsa tillbaka',
      'the import wrote a record that does not read back',
    ),

  // Reports.
  'unknown-report-body': (a: { id: string; known: readonly Body[] }) => {
    const known = a.known.map((b) => b.id).join(', ');
    return label(`okänt organ "${a.id}" (arkivet har: ${known})`, `unknown body "${a.id}" (the archive has: ${known})`);
  },
  'case-needs-number': (_: Record<string, never>) =>
    label(
      'ärenderapporten behöver ett diarienummer, t.ex. GNS/8/2019',
      'the case report needs a case number, e.g. GNS/8/2019',
    ),
} satisfies Record<string, (args: never) => Label>;

/** Why core refused, for programs: the key of its words in {@link ERROR_WORDS}. */
export type ErrorReason = keyof typeof ERROR_WORDS;

/** The facts an error's words fill in, by reason. */
export type ErrorArgs<R extends ErrorReason> = Parameters<(typeof ERROR_WORDS)[R]>[0];
