import type pg from 'pg';
import type { Archive } from '../archive/archive.js';
import type { RevisionState } from '../calendar/revisions.js';
import { caseKey } from '../model/case-key.js';
import type { ArchiveOverview, ArchiveParts, KeptPart, PartOptions } from '../node/live.js';
import { caseSlug } from '../query/cases.js';
import type { BodySummary } from '../query/summary.js';
import { meetingTimeline } from '../query/timeline.js';
import { readCounts } from './counts.js';
import { keepLeads, leadMeetings, meetingLeads, restoreLeads, unsettled } from './leads.js';
import { type Kind, limitRecordCache, listRecords, readArchive, recordsStamp, stampOf } from './read.js';
import { updateRevisions } from './revisions.js';
import { CORE_VERSION } from './version.js';
import { bodyVersion, organisationCounts, organisationStamp, peersParameter } from './versions.js';

/** How many meetings on each side of the day the overview's timeline is made from (the start page shows 8). */
const TIMELINE = 8;
/**
 * The key a body's follow-up leads are kept under in `made_parts`: named by the form they are kept in
 * and core's version, since how leads are found may change with it.
 */
const LEADS = `follow-up-leads/2/${CORE_VERSION}`;
/** What a meeting page shows of a body read for it: the body and meetings (not its schedules or programmes). */
const PAGE: readonly Kind[] = ['body', 'meeting'];
/** The date of the next meeting a record announces (indexed, see migration 3). */
const NEXT = "(record->'nextMeeting'->>'date')";
/** Validated records kept for reading a body again after a change (only what changed is parsed again). */
const RECORDS_KEPT = 100_000;

/** One body's archive in memory (read when first needed), and what was made from it. */
interface Entry {
  archive?: Promise<Archive | undefined>;
  /** Every body whose records the archive holds (its own, and those of related meetings) once read. */
  readonly bodies: Set<string>;
  /** Reads under way (of the records, or of their list): a change meanwhile may not be in them. */
  reading: number;
  readonly derived: Map<string, Promise<unknown>>;
  /** The kept parts asked for (by key), and each as last made: made again at once after a change. */
  readonly asked: Map<string, (archive: Archive) => Promise<KeptPart | undefined>>;
  readonly done: Map<string, KeptPart>;
  /** Parts made before a change of the body, served until they are made again. */
  readonly previous: Map<string, KeptPart>;
  /** The stamp of the records the archive was read from (see `keep`), once read. */
  stamp?: string;
}

/** A {@link KeptPart}'s stamp: the records it was made from, and what `key` made of them. */
const keptStamp = (key: string, records: string): string => `${key}\n${records}`;

/**
 * {@link ArchiveParts} over a database: bodies read when first asked for, the least recently used
 * forgotten past `limit`, and each dropped when a change names it or a body its archive holds records
 * of (see {@link BodyArchives.changed}).
 */
export class BodyArchives implements ArchiveParts {
  private readonly entries = new Map<string, Entry>();
  private readonly overviews = new Map<string, Promise<ArchiveOverview>>();
  /** The bodies of each organisation, as the directory last seen lists them (see `peers`). */
  private organisations: { directory: Archive; byOrganisation: Map<string | undefined, string[]> } | undefined;
  /** Who makes the leads a page found not kept, when not this thread (see `makeElsewhere`). */
  private elsewhere: ((bodies: readonly string[]) => void) | undefined;
  /** Bodies whose follow-up leads are queued to be made (see `makeLater`). */
  private readonly leadsQueued = new Set<string>();
  /** Parts being made again after changes, one at a time (a sync of many files must not make all at once). */
  private remaking: Promise<void> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    /** The bodies and programmes, in the archive's order (the overview lists the bodies so). */
    private readonly directory: () => Archive,
    private readonly limit = 256,
  ) {
    limitRecordCache(pool, RECORDS_KEPT);
  }

  get cached(): number {
    return this.entries.size;
  }

  body(id: string, options: PartOptions = {}): Promise<Archive | undefined> {
    const related = options.related !== false;
    return this.archiveOf(this.entry(id, related), id, related);
  }

  async meeting(bodyId: string, meetingId: string): Promise<Archive | undefined> {
    if (this.entries.get(bodyId)?.archive) return this.body(bodyId);
    if (!this.directory().body(bodyId)) return undefined;
    const { cases, ...kept } = await this.firstAsked(bodyId, meetingId);
    if (cases.length === 0) {
      const archive = await readArchive(this.pool, { bodies: [bodyId], meetings: [meetingId], kinds: PAGE });
      if (!archive.body(bodyId)) return undefined;
      const meeting = archive.meeting(bodyId, meetingId);
      if (!meeting?.paragraphs.some(unsettled)) return archive;
    }
    if (!kept.stored) {
      // Made after this page, which judges from the body's own records and the other bodies'
      // meetings in its cases alone (a tenth of what the leads are made from).
      this.makeLater(bodyId, kept.stamp);
      return this.judgedFromCases(bodyId, meetingId, cases);
    }
    // Judged from the body's leads, with the meeting and the meetings they name read alone.
    const leads = meetingLeads(kept.stored, meetingId);
    const named = leadMeetings(leads);
    const own = named.filter((m) => m.body === bodyId).map((m) => m.meeting);
    const archive = await readArchive(this.pool, {
      bodies: [bodyId],
      meetings: [meetingId, ...own],
      also: named.filter((m) => m.body !== bodyId),
      kinds: PAGE,
    });
    if (!archive.body(bodyId)) return undefined;
    if (!archive.meeting(bodyId, meetingId) || restoreLeads(archive, bodyId, meetingId, leads)) return archive;
    // The records changed between the two reads: judged from them as read now.
    return this.judgedFromCases(bodyId, meetingId, cases);
  }

  /**
   * The body's own records and the other bodies' meetings in the cases of the meeting's unsettled
   * assignments (`fromRows`, the cases the assignment rows name), read again with the cases the record
   * names when those differ: what judging them takes.
   */
  private async judgedFromCases(
    bodyId: string,
    meetingId: string,
    fromRows: readonly (string | null)[],
  ): Promise<Archive | undefined> {
    const listed = fromRows.flatMap((c) => (c === null ? [] : [c]));
    const archive = await readArchive(this.pool, { bodies: [bodyId], related: true, cases: listed });
    if (!archive.body(bodyId)) return undefined;
    const meeting = archive.meeting(bodyId, meetingId);
    const open = (meeting?.paragraphs ?? []).filter(unsettled);
    const cases = [...new Set(open.flatMap((p) => (p.caseNumber ? [caseKey(p.caseNumber)] : [])))];
    const enough = open.length === 0 || (fromRows.length > 0 && cases.every((c) => listed.includes(c)));
    return enough ? archive : readArchive(this.pool, { bodies: [bodyId], related: true, cases });
  }

  /**
   * Makes the body's leads: in the thread `makeElsewhere` named, else here after the requests now
   * waiting, one body at a time (a body asked for again meanwhile is made once).
   */
  private makeLater(bodyId: string, stamp: string): void {
    if (this.elsewhere) {
      this.elsewhere([bodyId]);
      return;
    }
    if (this.leadsQueued.has(bodyId)) return;
    this.leadsQueued.add(bodyId);
    this.remaking = this.remaking.then(async () => {
      this.leadsQueued.delete(bodyId);
      await new Promise((resolve) => setImmediate(resolve));
      await this.makeLeads(bodyId, stamp).catch(() => {}); // left for the next page
    });
  }

  /**
   * Makes the follow-up leads (see `keepLeads`) of each of `bodies` that the database does not keep as
   * made from its records now, one body at a time, without pushing the bodies asked for lately out of
   * memory: after a bulk load or a change, a meeting page of the body then reads only what it shows.
   * Stops when `stop()` says so; a body that fails is left for its first page. Resolves to how many
   * were made and how many were found kept.
   */
  async prepare(bodies: readonly string[], stop: () => boolean): Promise<{ made: number; kept: number }> {
    let made = 0;
    let kept = 0;
    for (const id of bodies) {
      if (stop()) break;
      if (!this.directory().body(id)) continue;
      try {
        const found = await this.keptLeads(id);
        if (found.stored) kept++;
        else if (await this.makeLeads(id, found.stamp)) made++;
      } catch {
        // left for its first page, which says what failed
      }
      await new Promise((resolve) => setImmediate(resolve)); // requests go first
    }
    return { made, kept };
  }

  /** The bodies of `bodyId`'s organisation (itself among them), by the directory in memory. */
  private peers(bodyId: string): readonly string[] {
    const directory = this.directory();
    if (this.organisations?.directory !== directory) {
      const byOrganisation = new Map<string | undefined, string[]>();
      for (const b of directory.bodies) {
        const list = byOrganisation.get(b.organisation);
        if (list) list.push(b.id);
        else byOrganisation.set(b.organisation, [b.id]);
      }
      this.organisations = { directory, byOrganisation };
    }
    const body = directory.body(bodyId);
    return (body && this.organisations.byOrganisation.get(body.organisation)) ?? [bodyId];
  }

  makeElsewhere(make: (bodies: readonly string[]) => void): void {
    this.elsewhere = make;
  }

  /**
   * The follow-up leads of a body's unsettled assignments as the database keeps them (see `keepLeads`), when they were
   * made from its records and the related ones as they are now (by the stamp of its organisation's
   * records, see `organisationCounts`), and that stamp, taken before any read that makes them. Those
   * found are not remembered: a change of another body of the organisation changes them, and only an
   * entry that read the related records is dropped by it (see `changed`).
   */
  private async keptLeads(bodyId: string): Promise<{ stored?: Uint8Array; stamp: string }> {
    const { stored, stamp } = await this.firstAsked(bodyId, null);
    return stored ? { stored, stamp } : { stamp };
  }

  /**
   * What a meeting page asks first, in one statement (one round trip, where three statements on three
   * connections cost a page as much again in system calls and wake-ups): the cases of the meeting's
   * assignments that need judging, from their rows (none for no meeting), and the body's kept leads
   * (see `keptLeads`). The record read after decides: rows are derived from it, and a row edited by
   * hand must not make a page judge from less than it needs.
   */
  private async firstAsked(
    bodyId: string,
    meetingId: string | null,
  ): Promise<{ cases: (string | null)[]; stored?: Uint8Array; stamp: string }> {
    const { rows } = await this.pool.query<{
      cases: (string | null)[];
      counts: string | null;
      kept: string | null;
      bytes: Buffer | null;
    }>({
      name: 'sammantrade-page-first',
      text: `select array(select distinct p.case_key from assignments a
                join paragraphs p on p.body = a.body and p.meeting = a.meeting and p.ordinal = a.paragraph
               where a.body = $1 and a.meeting = $2 and a.status not in ('reported', 'withdrawn')) as cases,
              (${organisationCounts('$3')}) as counts, m.stamp as kept, m.bytes
         from (values (1)) as one (x) left join made_parts m on m.body = $1 and m.key = $4`,
      values: [bodyId, meetingId, peersParameter(this.peers(bodyId)), LEADS],
    });
    const row = rows[0];
    const stamp = organisationStamp(row?.counts);
    const cases = row?.cases ?? [];
    if (!row?.bytes || row.kept !== keptStamp(LEADS, stamp)) return { cases, stamp };
    return { cases, stored: row.bytes, stamp };
  }

  /**
   * The leads made from the body's archive (read now, and not kept in memory, unless it is there), and
   * kept in the database with `stamp`, which was taken before: only if the records were read here (an
   * archive in memory may be older than the stamp).
   */
  private makeLeads(bodyId: string, stamp: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(bodyId, true, false);
    const read = !entry.archive;
    return this.once(entry, LEADS, async () => {
      const archive = await this.archiveOf(entry, bodyId, true);
      if (!archive) return undefined;
      const leads = keepLeads(archive, bodyId);
      if (read) {
        await this.pool
          .query(
            `insert into made_parts (body, key, stamp, meta, bytes) values ($1, $2, $3, 'null', $4)
               on conflict (body, key) do update set stamp = excluded.stamp, meta = excluded.meta,
                 bytes = excluded.bytes, made = now()`,
            [bodyId, LEADS, keptStamp(LEADS, stamp), leads],
          )
          .catch(() => {}); // a database that takes no writes (a replica) only costs the make
      }
      return leads;
    });
  }

  async derived<T>(
    id: string,
    key: string,
    make: (archive: Archive) => T | Promise<T>,
    options: PartOptions = {},
  ): Promise<T | undefined> {
    const related = options.related !== false;
    const entry = this.entry(id, related);
    return this.once(entry, key, () =>
      this.archiveOf(entry, id, related).then((archive) => (archive ? make(archive) : undefined)),
    );
  }

  kept(
    id: string,
    key: string,
    make: (archive: Archive) => Promise<KeptPart | undefined>,
    options: PartOptions = {},
  ): Promise<KeptPart | undefined> {
    const related = options.related !== false;
    const entry = this.entry(id, related, options.remember !== false);
    entry.asked.set(key, make);
    const previous = entry.previous.get(key);
    return previous ? Promise.resolve(previous) : this.make(entry, id, key, related);
  }

  async case(slugOrNumber: string): Promise<Archive> {
    const key = caseKey(slugOrNumber.replaceAll('~', '/').replaceAll('_', ' '));
    let { rows } = await this.pool.query<{ body: string; case_key: string }>(
      'select distinct body, case_key from paragraphs where case_key = $1',
      [key],
    );
    if (rows.length === 0 && /[-_]/.test(slugOrNumber)) {
      // A slug stands for characters it could not keep ('-') and runs of spaces ('_'): match those loosely, then exactly.
      const pattern = slugOrNumber
        .replace(/[\\%]/g, (c) => `\\${c}`)
        .replaceAll('~', '/')
        .replaceAll('_', '%')
        .replaceAll('-', '_');
      ({ rows } = await this.pool.query<{ body: string; case_key: string }>(
        'select distinct body, case_key from paragraphs where case_key like $1',
        [pattern.toUpperCase()],
      ));
      rows = rows.filter((r) => caseSlug(r.case_key) === slugOrNumber);
    }
    return readArchive(this.pool, { bodies: [...new Set(rows.map((r) => r.body))], related: true });
  }

  overview(today: string): Promise<ArchiveOverview> {
    let made = this.overviews.get(today);
    if (!made) {
      made = this.makeOverview(today);
      this.overviews.clear(); // one day at a time
      this.overviews.set(today, made);
      made.catch(() => {
        if (this.overviews.get(today) === made) this.overviews.delete(today);
      });
    }
    return made;
  }

  updateRevisions(
    uids: readonly string[],
    next: (previous: RevisionState) => RevisionState | Promise<RevisionState>,
  ): Promise<RevisionState> {
    return updateRevisions(this.pool, next, uids);
  }

  /**
   * A change named `bodies` (undefined: it did not say which): their archives, those holding records
   * of them, every read still under way (it may have read before the change) and the overview go.
   */
  changed(bodies?: readonly string[]): void {
    this.overviews.clear();
    const named = bodies ? new Set(bodies) : undefined;
    const again: [string, Entry][] = [];
    for (const [slot, entry] of this.entries) {
      const concerned = named && [...entry.bodies].some((b) => named.has(b));
      if (!named || entry.reading > 0 || concerned) this.entries.delete(slot);
      if (concerned && entry.asked.size > 0) again.push([slot, entry]);
    }
    // The parts asked of a named body (its feeds) are made again now, one after another, and the ones
    // made before are served meanwhile: a subscriber's next request finds the new one ready.
    for (const [slot, old] of again) {
      const [id, own] = slot.split('\u0000') as [string, string | undefined];
      const related = own === undefined;
      const entry = this.entry(id, related);
      for (const [key, make] of old.asked) {
        entry.asked.set(key, make);
        const previous = old.done.get(key) ?? old.previous.get(key);
        if (previous) entry.previous.set(key, previous);
        this.remaking = this.remaking.then(async () => {
          if (this.entries.get(slot) !== entry) return; // changed again (queued anew) or pushed out
          await this.make(entry, id, key, related).catch(() => {});
          entry.previous.delete(key);
        });
      }
    }
    // The leads of every body of the named bodies' organisations no longer hold (see `keptLeads`):
    // handed to the thread that makes them, so the next page of such a body finds them made, even
    // when nobody asks for one meanwhile. Unnamed (a reconnection), every body's may not.
    if (this.elsewhere) {
      const again = named
        ? new Set([...named].flatMap((b) => this.peers(b)))
        : this.directory().bodies.map((b) => b.id);
      this.elsewhere([...again]);
    }
  }

  /** The kept part `key` of the entry: made (or found in the database) once, and remembered as made. */
  private make(entry: Entry, id: string, key: string, related: boolean): Promise<KeptPart | undefined> {
    const make = entry.asked.get(key);
    if (!make) return Promise.resolve(undefined);
    return this.once(entry, `kept\u0000${key}`, async () => {
      const part = await this.keep(entry, id, key, make, related);
      if (part) entry.done.set(key, part);
      return part;
    });
  }

  /** What `make` gives, made once per entry under `key` (a failure is not kept: the next request tries again). */
  private once<T>(entry: Entry, key: string, make: () => Promise<T>): Promise<T> {
    let made = entry.derived.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      entry.derived.set(key, made);
      made.catch(() => {
        if (entry.derived.get(key) === made) entry.derived.delete(key);
      });
    }
    return made;
  }

  /**
   * The part kept in the database when the body's records are not in memory and are those it was
   * made from; else made from the records (read now or kept) and kept, stamped with the records it was
   * made from (not those listed before: the archive in memory may be older, and then the stamp says so).
   */
  private async keep(
    entry: Entry,
    id: string,
    key: string,
    make: (archive: Archive) => Promise<KeptPart | undefined>,
    related: boolean,
  ): Promise<KeptPart | undefined> {
    if (!this.directory().body(id)) return undefined;
    if (!entry.archive) {
      entry.reading++;
      try {
        const [stamp, stored] = await Promise.all([
          this.stamp(entry, id, related),
          this.pool.query<{ stamp: string; meta: unknown; bytes: Buffer }>({
            name: 'sammantrade-made-part',
            text: 'select stamp, meta, bytes from made_parts where body = $1 and key = $2',
            values: [id, key],
          }),
        ]);
        const found = stored.rows[0];
        if (found && found.stamp === keptStamp(key, stamp)) return { meta: found.meta, bytes: found.bytes };
      } finally {
        entry.reading--;
      }
    }
    const archive = await this.archiveOf(entry, id, related);
    if (!archive) return undefined;
    const part = await make(archive);
    if (part && entry.stamp !== undefined) {
      // Kept for the next process or start; a database that takes no writes (a replica) only costs the make.
      await this.pool
        .query(
          `insert into made_parts (body, key, stamp, meta, bytes) values ($1, $2, $3, $4, $5)
             on conflict (body, key) do update set stamp = excluded.stamp, meta = excluded.meta,
               bytes = excluded.bytes, made = now()`,
          [id, key, keptStamp(key, entry.stamp), JSON.stringify(part.meta), part.bytes],
        )
        .catch(() => {});
    }
    return part;
  }

  /**
   * The records of a body as of now, as a stamp: its own alone by its count of changes (one row), with
   * the related ones by the list of their paths and hashes (they belong to other bodies).
   */
  private async stamp(entry: Entry, id: string, related: boolean): Promise<string> {
    if (!related) return bodyVersion(this.pool, id);
    const rows = await listRecords(this.pool, { bodies: [id], related });
    for (const r of rows) if (r.body !== null) entry.bodies.add(r.body);
    return recordsStamp(rows);
  }

  /** The entry of a body's records (with `remember` false, one kept nowhere unless there is one already). */
  private entry(id: string, related: boolean, remember = true): Entry {
    const slot = related ? id : `${id}\u0000own`;
    const known = this.entries.get(slot);
    if (known) {
      if (remember) {
        this.entries.delete(slot);
        this.entries.set(slot, known); // the most recently used last
      }
      return known;
    }
    const entry: Entry = {
      bodies: new Set([id]),
      reading: 0,
      derived: new Map(),
      asked: new Map(),
      done: new Map(),
      previous: new Map(),
    };
    if (!remember) return entry;
    this.entries.set(slot, entry);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  /** The entry's archive, read now if it is not yet. */
  private archiveOf(entry: Entry, id: string, related: boolean): Promise<Archive | undefined> {
    if (entry.archive) return entry.archive;
    const slot = related ? id : `${id}\u0000own`;
    entry.reading++;
    // A body's own records: its count of changes is read first, so the archive is at least as new as it
    // says, and what is made from it is never kept under a newer stamp than its records.
    const read = async () => {
      const version = related ? undefined : await bodyVersion(this.pool, id);
      const archive = await readArchive(this.pool, { bodies: [id], related });
      entry.stamp = version ?? stampOf(archive);
      return archive;
    };
    const archive = read().then(
      (archive) => {
        entry.reading--;
        if (!archive.body(id)) {
          this.drop(slot, entry); // no such body: nothing to keep
          return undefined;
        }
        for (const b of archive.bodies) entry.bodies.add(b.id);
        return archive;
      },
      (error: unknown) => {
        entry.reading--;
        this.drop(slot, entry);
        throw error;
      },
    );
    entry.archive = archive;
    return archive;
  }

  private drop(id: string, entry: Entry): void {
    if (this.entries.get(id) === entry) this.entries.delete(id);
  }

  private async makeOverview(today: string): Promise<ArchiveOverview> {
    const pool = this.pool;
    const [counts, upcoming, before] = await Promise.all([
      readCounts(pool),
      this.near(today, true),
      this.near(today, false),
    ]);
    const perBody = new Map<string, BodySummary>();
    for (const body of this.directory().bodies)
      perBody.set(body.id, { id: body.id, name: body.name, years: [], undated: 0, schedules: [], programmes: 0 });
    for (const r of counts.years) {
      const summary = perBody.get(r.body);
      if (!summary) continue;
      if (r.year === null) summary.undated += r.minutes + r.agendas;
      else summary.years.push({ year: r.year, minutes: r.minutes, agendas: r.agendas });
    }
    for (const summary of perBody.values()) summary.years.sort((a, b) => a.year - b.year);
    return {
      bodies: [...perBody.values()],
      meetings: counts.meetings,
      paragraphs: counts.paragraphs,
      decisions: counts.decisions,
      timeline: {
        upcoming: meetingTimeline(upcoming, today, { limit: TIMELINE }).upcoming,
        recent: meetingTimeline(before, today, { limit: TIMELINE }).recent,
      },
    };
  }

  /**
   * The bodies with the meeting days nearest `today` (from it on, or before it), by record, schedule
   * or a record's announcement of the next meeting, with their schedules and every meeting that is or
   * announces a day up to the farthest of those: what the timeline's first entries on that side are
   * made from (see `meetingDays`).
   */
  private async near(today: string, later: boolean): Promise<Archive> {
    const [side, order] = later ? ['>=', 'asc'] : ['<', 'desc'];
    // Each part ordered by its indexed column (\`date\`, not the text it is given as: ordered by that text,
    // every meeting was read and sorted, seconds on a national archive).
    const { rows } = await this.pool.query<{ body: string; date: string }>(
      `select body, day as date from (
         (select body, date::text as day from meetings where date ${side} $1::date order by date ${order} limit $2)
         union all
         (select body, date::text as day from planned_meetings where date ${side} $1::date order by date ${order} limit $2)
         union all
         (select body, ${NEXT} as day from meetings where ${NEXT} ${side} $1::text and ${NEXT} like '____-__-__'
           order by ${NEXT} ${order} limit $2)) near
        order by day ${order} limit $2`,
      [today, TIMELINE],
    );
    const bodies = [...new Set(rows.map((r) => r.body))];
    const bound = rows.at(-1)?.date ?? today;
    const [from, to] = later ? [today, bound] : [bound, today];
    const upTo = later ? '<=' : '<';
    const ids = await this.pool.query<{ id: string }>(
      `select id from meetings where body = any($1::text[])
          and ((date >= $2 and date ${upTo} $3) or (${NEXT} >= $2::text and ${NEXT} ${upTo} $3::text))`,
      [bodies, from, to],
    );
    return readArchive(this.pool, {
      bodies,
      meetings: ids.rows.map((r) => r.id),
      kinds: ['body', 'meeting', 'schedule'],
    });
  }
}
