import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { Collector } from './schedule-assemble.js';
import { bodyKey, bodyName, GENERIC } from './schedule-bodies.js';
import { type Item, readItem } from './schedule-cells.js';
import {
  abbreviationKey,
  abbreviations,
  bodyAt,
  bodyDetail,
  cellsOf,
  DEADLINE,
  footnote,
  legendEntries,
  MEETING_COLUMN,
  mentionsBody,
  monthHeader,
  type PageLine,
  STAR_BEFORE_WORD,
  scheduleHeading,
  sectionBody,
  timeCell,
  yearsIn,
} from './schedule-lines.js';
import type { ProseDefault, ProseLine } from './schedule-prose.js';
import {
  columnHeads,
  type FoundDate,
  monthRow,
  readColumnRows,
  readMonthColumnRows,
  readMonthRows,
  readMonthTable,
  rowColumnHeads,
  type Section,
} from './schedule-tables.js';

/** A body named in the indefinite form, as a table's column head: "Arbetsutskott", "Socialnämnd". */
const COLUMN_BODY = /^\p{Lu}\p{Ll}*(?:nämnd|styrelse|utskott|fullmäktige|direktion|råd|beredning|presidium)$/u;

/** A column head naming a kind of body, with its definite form: "Nämnd" over the section's own body's dates. */
const OWN_COLUMN: Readonly<Record<string, string>> = {
  Nämnd: 'nämnden',
  Styrelse: 'styrelsen',
  Direktion: 'direktionen',
  Fullmäktige: 'fullmäktige',
  Utskott: 'utskottet',
  Beredning: 'beredningen',
  Presidium: 'presidiet',
  Råd: 'rådet',
};

/**
 * One pass over a schedule page's lines: which line opens a section (a heading with a year, a body,
 * a month table, bodies side by side), which is a list of dates and whose, which is prose. What it
 * finds goes to a {@link Collector}; `assemble` makes meetings of it.
 */

/** A label before a list: "Datum:", "Sammanträden:", "Våren 2022:", "Nästa sammanträde:". */
const MEETING_LABEL =
  /^(?:datum|(?:(?:extra|extrainsatt|ordinarie|nästa|kommande)\s+)?(?:sammanträde(?:n|t|sdatum|sdagar|stider)?|möte(?:n|t|sdatum|stider)?)|våren|hösten|vt|ht|vår|höst|(?:första|andra) halvåret)$/iu;

/** Lines that keep a list's heading: about dates ("Preliminära datum"), or column labels ("Datum", "Tid"). */
const SCHEDULE_ISH = /datum|tider|dagar|sammanträd|möte|våren|hösten|halvår/iu;
const COLUMN_LABEL =
  /^(?:(?:datum|tid|klockan|kl|plats|lokal|dag|veckodag|vecka|månad|organ|nämnd|anteckningar?|kommentarer?|notering|övrigt|ärenden?)(?:\s+|$))+$/iu;

/** A table's column head of the meetings' hour: "Tid", "Kl.", "Klockan", "Starttid". */
const TIME_HEAD = /^(?:tid|kl\.?|klockan|starttid|tidpunkt)$/iu;

/** A table's week column head: "Vecka", "V.", "Vnr". */
const WEEK_HEAD = /^(?:vecka|v\.?|vnr|veckonr)$/iu;

/** The state of one pass over a page's lines. */
export class PageReader {
  readonly sink: Collector;
  readonly legend = new Map<string, string>();
  readonly prose: ProseLine[] = [];
  readonly details: ProseDefault[] = [];
  /** The rows under the last header line start with the week's number ("Vecka Dag Datum"). */
  private weekFirst = false;
  readonly pageBody: string | undefined;
  title: string | undefined;
  private readonly legendLines = new Set<number>();
  private readonly section: Section & {
    /** A line after which it is unclear whose dates they are ("Kommunstyrelsen, kl 13"). */
    unclear?: PageLine;
    /** A header of deadlines ("Sista dag för ärenden"), and the column of meetings when the header names one. */
    deadline?: { line: PageLine; meetingColumn?: number; timeColumn?: number; columns: number };
    told?: boolean;
  } = {};
  /** Counts the page's sections: the dates of one body in one section are one list, in time order. */
  private list = 0;
  /**
   * Whether list lines are under a heading of dates: `open` after one, `listing` while a list runs,
   * `between` after a short line inside a list, `closed` after a heading this reader does not know.
   */
  private anchor: 'open' | 'listing' | 'between' | 'closed' = 'open';
  private closer: PageLine | undefined;
  private readonly toldClosed = new Set<PageLine>();
  private lastText = -1;
  private adjacent = false;
  /** Single-date lines with the time line that follows each: "24 januari" / "13.00". */
  private readonly timed = new Map<string, { lines: number; pairs: { found: FoundDate[]; time: string | null }[] }>();
  private lastDates: { found: FoundDate[]; list: string } | undefined;

  private readonly lines: readonly PageLine[];
  /** Abbreviations of bodies: the page's own ("Byggnadsnämnden (BN)") and KF, KS, KSAU. */
  private readonly short: Map<string, string>;

  constructor(page: readonly PageLine[], diagnostics: Diagnostic[]) {
    this.sink = new Collector(diagnostics);
    this.short = abbreviations(page);
    // A heading or a cell that is an abbreviation ("KS") reads as the body's name.
    const expand = (text: string) => (text.length <= 8 ? this.short.get(abbreviationKey(text)) : undefined);
    const lines = page.map((line) => {
      const whole = expand(line.text);
      if (whole) return { ...line, text: whole, cells: [whole] };
      if (line.cells.length < 2 || !line.cells.some((c) => expand(c))) return line;
      return { ...line, cells: line.cells.map((c) => expand(c) ?? c) };
    });
    this.lines = lines;
    lines.forEach((line, i) => {
      const entries = legendEntries(line);
      if (entries.length > 0 && legendEntries({ ...line, cells: line.cells.slice(0, 1) }).length > 0) {
        this.legendLines.add(i);
        for (const [code, meaning] of entries) this.legend.set(code, meaning);
      }
    });
    const first = lines.find((l) => l.text);
    this.pageBody = first ? sectionBody(first.text) : undefined;
    if (this.pageBody) this.section.body = this.pageBody;
    this.title = first && first.text.length <= 100 && !bodyName(first.text) ? first.text : undefined;
  }

  private get diagnostics(): Diagnostic[] {
    return this.sink.diagnostics;
  }

  /** A new section of the page, of the body a heading names (a bare "Nämnden" keeps the page's fuller name). */
  private setBody(name: string | undefined): void {
    const s = this.section;
    if (name) s.body = this.fuller(name);
    delete s.unclear;
    this.newList();
  }

  /** The section's fuller name for a bare "Nämnden" a heading writes of it ("Nämndens sammanträden 2025"). */
  private fuller(name: string): string {
    const own = this.section.body;
    return GENERIC.test(name) && own && bodyKey(own).endsWith(bodyKey(name)) ? own : name;
  }

  private newList(): void {
    this.list++;
    delete this.section.deadline;
    delete this.section.told;
    this.lastDates = undefined;
  }

  read(): void {
    const { lines } = this;
    for (let i = 0; i < lines.length; ) i = this.step(i);
    this.pairTimes();
  }

  /** Reads what starts at line `i`; returns the index after it. */
  private step(i: number): number {
    const line = this.lines[i] as PageLine;
    if (!line.text) return i + 1;
    this.adjacent = i === this.lastText + 1;
    this.lastText = i;
    const next = this.stepLine(i, line);
    // A short line inside a list was a cell only if the list goes on right under it.
    if (this.anchor === 'between' && this.closer !== line) this.anchor = 'closed';
    return next;
  }

  private stepLine(i: number, starred: PageLine): number {
    const { lines, section } = this;
    if (this.legendLines.has(i)) return i + 1;
    const note = footnote(starred.text);
    // "* Gemensamt med …" explains a date marked "*" before it; with no such date, "* " is a bullet.
    const bullet = STAR_BEFORE_WORD.test(starred.text) && !(note && this.sink.waiting(note.marks));
    if (note && !bullet && !readItem(starred.text.replace(/^\*+\s*/, '')).startsWithDate) {
      this.sink.footnote(note.marks, note.text);
      return i + 1;
    }
    const line = this.withoutWeek(bullet ? unstarred(starred) : starred);
    const heading = scheduleHeading(line.text);
    if (heading) {
      this.anchor = 'open';
      this.title ??= line.text;
      // "Sammanträdesdatum 2023 för valnämnden: 6 februari, 13 mars" is a list of its own.
      if (heading.rest && this.addList(line, heading.rest, heading.body, heading.years[0])) return i + 1;
      section.year = heading.years[0] as number;
      section.years = heading.years;
      if (heading.body) this.setBody(heading.body);
      else this.newList();
      return i + 1;
    }
    if (monthHeader(line.text) !== undefined) {
      this.lastDates = undefined;
      this.anchor = 'open';
      return readMonthTable(lines, i, this.sectionNow(), this.sink) ?? i + 1;
    }
    const row = monthRow(line);
    if (row) {
      this.lastDates = undefined;
      this.anchor = 'open';
      return readMonthRows(lines, i, row, this.sectionNow(), this.sink);
    }
    const heads = this.bodyColumns(i);
    if (heads) {
      this.anchor = 'open';
      this.setBody(undefined);
      return readMonthColumnRows(lines, i + 1, heads, this.sectionNow(), this.sink);
    }
    const rowHeads = this.rowHeads(i);
    if (rowHeads) {
      this.anchor = 'open';
      this.setBody(undefined);
      return readColumnRows(lines, rowHeads.next, rowHeads.columns, section, this.sink);
    }
    const body = bodyAt(lines, i);
    if (body) {
      this.anchor = 'open';
      const columns = columnHeads(lines, i);
      if (columns) {
        this.setBody(undefined);
        return readColumnRows(lines, columns.next, columns.columns, section, this.sink);
      }
      this.setBody(body.name);
      return this.readDetails(body.next, body.name);
    }
    const named = sectionBody(line.text);
    if (named) {
      this.anchor = 'open';
      this.setBody(named);
      return i + 1;
    }
    if (this.addList(line, line.text) || this.addLabelled(line)) return i + 1;
    const time = timeCell(line.text);
    if (time !== undefined && this.lastDates && this.listGoesOn()) {
      const pairs = this.timed.get(this.lastDates.list);
      pairs?.pairs.push({ found: this.lastDates.found, time });
      this.lastDates = undefined;
      return i + 1;
    }
    this.lastDates = undefined;
    if (line.text.length <= 80 && !/[.!?]$/.test(line.text) && DEADLINE.test(line.text)) {
      const meetingColumn = line.cells.findIndex((c) => MEETING_COLUMN.test(c) && !DEADLINE.test(c));
      // "Datum | Tid | Sista dag för ärenden": the meetings' hour has a column of its own.
      const timeColumn = line.cells.findIndex((c) => TIME_HEAD.test(c));
      section.deadline = {
        line,
        columns: line.cells.length,
        ...(line.cells.length >= 2 && meetingColumn >= 0 ? { meetingColumn } : {}),
        ...(line.cells.length >= 3 && meetingColumn >= 0 && timeColumn >= 0 ? { timeColumn } : {}),
      };
      return i + 1;
    }
    if (mentionsBody(line.text)) section.unclear = line;
    this.mayClose(line);
    this.prose.push({
      text: line.text,
      no: line.no,
      ...(section.body && !section.unclear ? { body: section.body } : {}),
      ...(section.year !== undefined ? { year: section.year } : {}),
    });
    return i + 1;
  }

  /**
   * A short line of words this reader does not know ("Nyheter", "Kontakt", "Uppdrag") ends the dates of the
   * heading above it: dates after it may be news or documents. Inside a list, it may be a cell
   * ("Kommunhuset" under "13.00"): the list then goes on right under it.
   */
  private mayClose(line: PageLine): void {
    const text = line.text;
    if (text.length > 60 || /[\d.!?:]/.test(text) || text.split(' ').length > 6 || !/^\p{Lu}/u.test(text)) return;
    if (SCHEDULE_ISH.test(text) || COLUMN_LABEL.test(text)) return;
    this.anchor = this.anchor === 'listing' && this.adjacent ? 'between' : 'closed';
    this.closer = line;
  }

  /** Whether a list line may be read here; false (with a note) once the heading's dates have ended. */
  private listGoesOn(): boolean {
    if (this.anchor === 'between' && this.adjacent) this.anchor = 'listing';
    if (this.anchor === 'between') this.anchor = 'closed';
    if (this.anchor !== 'closed') {
      this.anchor = 'listing';
      return true;
    }
    const closer = this.closer;
    if (closer && !this.toldClosed.has(closer)) {
      this.toldClosed.add(closer);
      this.diagnostics.push(
        diagnostic(
          'info',
          'schedule-dates-after-heading',
          { text: closer.text, line: closer.no },
          { line: this.lines[this.lastText]?.no ?? closer.no },
        ),
      );
    }
    return false;
  }

  /** The section as tables see it: without a body once it has become unclear whose dates they are. */
  private sectionNow(): Section {
    const { body, unclear, ...rest } = this.section;
    if (unclear) this.tellUnclear(unclear.no);
    return { ...rest, ...(body && !unclear ? { body } : {}) };
  }

  private tellUnclear(no: number): void {
    const { unclear } = this.section;
    if (!unclear || this.section.told) return;
    this.section.told = true;
    this.diagnostics.push(
      diagnostic('warning', 'schedule-body-unclear', { text: unclear.text, line: unclear.no }, { line: no }),
    );
  }

  /** "tisdagar kl.14.00", "i Prologen" under a body's heading: its usual time and place. */
  private readDetails(from: number, body: string): number {
    let i = from;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i] as PageLine;
      if (!line.text) continue;
      const detail = bodyDetail(line.text);
      if (!detail) break;
      if (detail.start || detail.location) this.details.push({ body, ...detail, no: line.no });
    }
    return i;
  }

  /**
   * A list line ("21 januari", "8/2 15/3 19/4", "17-18 november kl. 09.00 (budget)") of the section's
   * body, or of `body`; false when the text is no list.
   */
  private addList(line: PageLine, text: string, body?: string, year?: number): boolean {
    const item = readItem(text);
    if (!item.startsWithDate || item.dates.length === 0) return false;
    if (!this.listGoesOn()) return true;
    if (item.notMeetings) {
      this.diagnostics.push(
        diagnostic(
          'info',
          'schedule-not-meetings',
          { text: text.slice(0, 80), reason: item.notMeetings },
          { line: line.no },
        ),
      );
      return true;
    }
    if (item.words > 4 * item.dates.length + 2 || item.garbled.length > 0) return false;
    const chosen = this.deadlineColumn(line, item);
    if (!chosen) return true;
    // "24 januari, sista dag för ärenden 10 januari": which date is the meeting cannot be told.
    if (chosen.dates.length > 1 && DEADLINE.test(text)) return this.leaveOut(line, {});
    // "24 januari Kommunstyrelsen": a body beside a date is the date's body.
    const beside = chosen.dates.map((d) => d.notes.map((n) => this.bodyOf(n)).find(Boolean));
    if (body && beside.some((b) => b && bodyKey(b) !== bodyKey(body))) return this.leaveOut(line, { body });
    // "Socialnämnden … Nämndens sammanträden 2025: 23/1, 20/2": the heading's "Nämnden" is the page's body.
    const named = body === undefined ? undefined : this.fuller(body);
    const { section } = this;
    const found: FoundDate[] = [];
    for (const [k, date] of chosen.dates.entries()) {
      if (beside[k]) date.notes = date.notes.filter((n) => !this.bodyOf(n));
      const whose = named ?? beside[k] ?? (section.unclear ? undefined : section.body);
      if (!named && !beside[k] && section.unclear) this.tellUnclear(line.no);
      const list = `list:${this.list}:${whose ?? ''}:${year ?? ''}`;
      const f: FoundDate = {
        date,
        ...(whose ? { body: whose } : {}),
        ...((year ?? section.year) !== undefined ? { year: year ?? section.year } : {}),
        ...(section.years && year === undefined ? { years: section.years } : {}),
        no: line.no,
        list,
      };
      this.sink.add(f);
      found.push(f);
    }
    const list = found[0]?.list ?? '';
    const entry = this.timed.get(list) ?? { lines: 0, pairs: [] };
    entry.lines++;
    this.timed.set(list, entry);
    this.lastDates = found.length === 1 ? { found, list } : undefined;
    return true;
  }

  /** Leaves a list line out, saying why; it is still a list line (true), so not prose. */
  /** Leaves out a line's dates: it names deadlines as well, or (`body`) another body than the section's. */
  private leaveOut(line: PageLine, why: { body?: string }): true {
    this.diagnostics.push(
      diagnostic('warning', 'schedule-row-ambiguous', { text: line.text.slice(0, 80), ...why }, { line: line.no }),
    );
    return true;
  }

  /**
   * Under a header of deadlines, only the column of meetings is read ("Sammanträde" beside "Sista dag
   * för ärenden"); without one, the dates cannot be told apart and are left out.
   */
  private deadlineColumn(line: PageLine, item: Item): Item | undefined {
    const deadline = this.section.deadline;
    if (!deadline) return item;
    if (deadline.meetingColumn !== undefined && line.cells.length === deadline.columns) {
      const meeting = line.cells[deadline.meetingColumn] as string;
      // The hour is taken only from a cell that holds an hour and nothing else.
      const time = deadline.timeColumn === undefined ? undefined : timeCell(line.cells[deadline.timeColumn] as string);
      const chosen = readItem(time ? `${meeting} kl. ${time.replace(':', '.')}` : meeting);
      if (chosen.startsWithDate && !chosen.notMeetings) return chosen;
    }
    this.diagnostics.push(
      diagnostic(
        'warning',
        'schedule-deadlines',
        { heading: deadline.line.text, line: deadline.line.no },
        { line: line.no },
      ),
    );
    return undefined;
  }

  /** "Kommunstyrelsen: 24 januari, 21 februari", "Datum: 8/2, 15/3", "Våren 2022: 3 februari". */
  private addLabelled(line: PageLine): boolean {
    const m =
      /^([^:\d]{2,60}?)(?:\s+((?:19|20)\d{2}))?\s*:\s*(\S.*)$/u.exec(line.text) ??
      /^(\D{2,70}?)()\s+(?=\d)(.*)$/u.exec(line.text);
    if (!m) return false;
    const label = (m[1] ?? '').trim();
    const year = m[2] ? Number(m[2]) : undefined;
    const body = this.bodyOf(label);
    if (!body && !MEETING_LABEL.test(label)) return false;
    // A label that names its body or says "sammanträde" is a heading of its own.
    if (this.anchor === 'closed') this.anchor = 'open';
    if (body) return this.addList(line, m[3] ?? '', body, year);
    return this.addList(line, m[3] ?? '', undefined, year ?? (yearsIn(label)?.[0] as number | undefined));
  }

  /** The body a text names, in full or by an abbreviation ("KS", "Ks au", "BN"). */
  private bodyOf(text: string): string | undefined {
    return (
      bodyName(text, true)?.name ??
      sectionBody(text) ??
      (text.length <= 8 ? this.short.get(abbreviationKey(text)) : undefined)
    );
  }

  /**
   * A row under a header whose first column is the week ("Vecka Dag Datum Tid" / "7 Onsdag 17 februari 09.30"),
   * without its week number, which no date reader should take for a day. The header line starts it; a header
   * line without it ends it.
   */
  private withoutWeek(line: PageLine): PageLine {
    if (line.cells.length >= 2 && COLUMN_LABEL.test(line.text)) {
      this.weekFirst = WEEK_HEAD.test(line.cells[0] ?? '');
      return line;
    }
    const week = line.cells[0] ?? '';
    if (!this.weekFirst || line.cells.length < 2 || !/^\d{1,2}$/u.test(week) || Number(week) > 53) return line;
    const cells = line.cells.slice(1);
    return { ...line, text: cells.join(' '), cells };
  }

  /** A header of bodies on one line, a cell each ("Kommunstyrelsen   Arbetsutskottet"), over rows of dates. */
  private rowHeads(i: number): ReturnType<typeof rowColumnHeads> {
    const line = this.lines[i] as PageLine;
    if (line.cells.length < 2) return undefined;
    const names = this.columnNames(line);
    if (!names.every(Boolean)) return undefined;
    return rowColumnHeads(this.lines, i, names as string[]);
  }

  /**
   * The body each cell of a header row names, or undefined for a cell that names none. A column's head may
   * name its body the short way ("Arbetsutskott" beside "Kommunstyrelsen").
   */
  private columnNames(line: PageLine): (string | undefined)[] {
    return line.cells.map((c) => this.bodyOf(c) ?? (COLUMN_BODY.test(c) ? c : this.ownColumn(c)));
  }

  /**
   * "Nämnd" over a column under the heading "Socialnämnden": the section's own body, written as a kind of
   * body. Only where the section's name ends in that kind; anywhere else the column names nobody.
   */
  private ownColumn(cell: string): string | undefined {
    const definite = OWN_COLUMN[cell];
    if (!definite) return undefined;
    const own = this.fuller(definite);
    return own === definite ? undefined : own;
  }

  /** A header of bodies on one line ("Månad   KS   KF") over rows that start with a month. */
  private bodyColumns(i: number): string[] | undefined {
    const line = this.lines[i] as PageLine;
    if (line.cells.length < 2) return undefined;
    const names = this.columnNames(line);
    const bodies = names[0] ? names : names.slice(1);
    if (bodies.length < 2 || !bodies.every(Boolean)) return undefined;
    let j = i + 1;
    while (j < this.lines.length && !(this.lines[j] as PageLine).text) j++;
    const row = this.lines[j];
    if (!row || row.cells.length !== bodies.length + 1 || monthHeader(row.cells[0] ?? '') === undefined)
      return undefined;
    return bodies as string[];
  }

  /** Times under single dates ("24 januari" / "13.00"): used when every date of the list has one. */
  private pairTimes(): void {
    for (const entry of this.timed.values()) {
      if (entry.pairs.length === 0) continue;
      if (entry.pairs.length !== entry.lines) {
        const first = entry.pairs[0]?.found[0];
        this.diagnostics.push(
          diagnostic(
            'info',
            'schedule-times-below',
            { count: entry.pairs.length, total: entry.lines },
            { line: first?.no },
          ),
        );
        continue;
      }
      for (const { found, time } of entry.pairs)
        for (const f of found) {
          if (time === null) f.date.timeUnknown = true;
          else f.date.start ??= time;
        }
    }
  }
}

/** A line whose "* " was a bullet, without it. */
function unstarred(line: PageLine): PageLine {
  const text = line.text.replace(STAR_BEFORE_WORD, '');
  return { ...line, text, cells: cellsOf(text) };
}
