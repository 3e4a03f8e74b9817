/**
 * The database's versioned migrations, applied in order by `migrate` and never edited once released:
 * a change to the schema is a new entry at the end.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Version 1. Every row is derived from one record file (`sources.path`, as the YAML archive names it)
 * and goes with it (`on delete cascade`), so replacing or deleting a record is one statement. Each
 * record keeps its validated form (`record jsonb`), which is what reads return, so a report is the same
 * from either store; the typed columns and child tables beside it are what SQL asks: a body's meetings
 * by date, a case's paragraphs, open assignments by date, the Swedish full-text index.
 */
const INITIAL = `
create table sources (
  path text primary key,
  kind text not null check (kind in ('body', 'meeting', 'schedule', 'programme')),
  sha256 text not null,
  modified timestamptz not null
);

create table bodies (
  id text primary key,
  source text not null unique references sources (path) on delete cascade,
  name text not null,
  organisation text,
  legal_form text,
  record jsonb not null
);

create table meetings (
  body text not null references bodies (id) deferrable initially deferred,
  id text not null,
  source text not null unique references sources (path) on delete cascade,
  kind text not null,
  status text not null,
  date date,
  start_time text,
  title text,
  location text,
  record jsonb not null,
  primary key (body, id)
);
create index meetings_body_date on meetings (body, date);
create index meetings_date on meetings (date);

create table participants (
  body text not null,
  meeting text not null,
  ordinal int not null,
  name text not null,
  roles text[] not null,
  party text,
  municipality text,
  substitute_for text,
  primary key (body, meeting, ordinal),
  foreign key (body, meeting) references meetings (body, id) on delete cascade
);
create index participants_name on participants (lower(name));

create table paragraphs (
  body text not null,
  meeting text not null,
  ordinal int not null,
  number int not null,
  meeting_date date,
  title text not null,
  case_key text,
  primary key (body, meeting, ordinal),
  foreign key (body, meeting) references meetings (body, id) on delete cascade
);
create index paragraphs_date on paragraphs (meeting_date desc nulls last);

-- A case (diarienummer) and the paragraphs that handled it.
create view cases as
  select case_key, body, meeting, number, meeting_date from paragraphs where case_key is not null;
create index paragraphs_case on paragraphs (case_key) where case_key is not null;

create table decisions (
  body text not null,
  meeting text not null,
  paragraph int not null,
  ordinal int not null,
  outcome text not null,
  text text not null,
  proposal text,
  primary key (body, meeting, paragraph, ordinal),
  foreign key (body, meeting, paragraph) references paragraphs (body, meeting, ordinal) on delete cascade
);

create table assignments (
  body text not null,
  meeting text not null,
  paragraph int not null,
  ordinal int not null,
  assignee text not null,
  task text not null,
  due text,
  report_to text,
  status text not null,
  primary key (body, meeting, paragraph, ordinal),
  foreign key (body, meeting, paragraph) references paragraphs (body, meeting, ordinal) on delete cascade
);
create index assignments_open_due on assignments (due) where status <> 'done';

create table schedules (
  body text not null,
  year int not null,
  source text not null unique references sources (path) on delete cascade,
  status text not null,
  record jsonb not null,
  primary key (body, year)
);

create table planned_meetings (
  body text not null,
  year int not null,
  ordinal int not null,
  date date not null,
  start_time text,
  status text not null,
  primary key (body, year, ordinal),
  foreign key (body, year) references schedules (body, year) on delete cascade
);
create index planned_meetings_date on planned_meetings (body, date);

create table programmes (
  id text primary key,
  source text not null unique references sources (path) on delete cascade,
  body text,
  title text not null,
  record jsonb not null
);

-- What the search finds: each paragraph and programme item as the embedded index holds it
-- (SearchDocument, without the body's name, joined in when asked, so renaming a body touches none of
-- these), and its terms made by core's Swedish stemmer (so both find the same): a word's stem at each
-- place it stands, weighted by field (title and case number A, decision B, assignment C, text D), and
-- case numbers as '#<case key>'.
create table search_documents (
  id text not null,
  source text not null references sources (path) on delete cascade,
  kind text not null,
  body text,
  date date,
  document jsonb not null,
  terms tsvector not null
);
create index search_documents_source on search_documents (source);
create index search_documents_terms on search_documents using gin (terms);

-- Originals imported with --into: the document a meeting or programme was made from.
create table documents (
  path text primary key,
  sha256 text not null,
  bytes bytea not null
);

-- The calendar feeds' event revisions (SEQUENCE, LAST-MODIFIED), shared by every feed process.
create table calendar_revisions (
  uid text primary key,
  fingerprint text not null,
  sequence int not null check (sequence >= 0),
  last_modified text not null
);
`;

/**
 * Version 2. Every word stem the search documents have held: a query's long word also matches the
 * stems one typo away, and asks the index only for those that exist here (hundreds of unknown lexemes
 * in one query made PostgreSQL guess that every row matches and scan the table). Never pruned: a stem
 * no longer used matches nothing. Filled from the documents already stored.
 */
const LEXICON = `
create table search_lexicon (
  term text primary key
);
insert into search_lexicon (term)
  select word from ts_stat('select terms from search_documents') where word not like '#%'
  on conflict do nothing;
`;

/**
 * Version 3. What a database served a body at a time asks without reading every record: the next
 * meeting a record announces, by date (the start page's timeline), and a body's search documents (a
 * search filtered to one body reads its rows, not every match of a common word), and the lexicon's
 * stems by prefix in byte order (a query's prefix becomes the stems that begin with it).
 */
const NEXT_MEETING = `
create index meetings_next_date on meetings ((record->'nextMeeting'->>'date'));
create index search_documents_body on search_documents (body);
create index search_lexicon_prefix on search_lexicon (term text_pattern_ops);
`;

/**
 * Version 4. What the servers made from a body's records and keep for every process and restart (a
 * rendered calendar feed), with the stamp of the records it was made from: served while they are
 * unchanged, made again when they are not. Goes with its body. Each write counts a change of the bodies
 * whose records it touched (\`body_versions\`; the row '' counts records of no body), so whether a
 * body's own records changed is one row to read, not a list of its records. The case index holds the
 * meeting too, so the meetings in a case are found without reading the paragraphs.
 */
const MADE_PARTS = `
create table body_versions (
  body text primary key,
  version bigint not null
);
create table made_parts (
  body text not null references bodies (id) on delete cascade,
  key text not null,
  stamp text not null,
  meta jsonb not null,
  bytes bytea not null,
  made timestamptz not null default now(),
  primary key (body, key)
);
-- The meetings in a case, from the index alone (judging a meeting's assignments reads them).
drop index paragraphs_case;
create index paragraphs_case on paragraphs (case_key) include (body, meeting) where case_key is not null;
`;

/**
 * Version 5. What the start page counts, kept on write: each body's minutes and agendas per year (0 for
 * undated ones) and their paragraphs and decisions. Counting every row of a national archive took
 * seconds after each change. Filled here from the rows already stored. And the planned meetings by
 * date alone (the timeline's nearest days of every body).
 */
const MEETING_COUNTS = `
create index planned_meetings_day on planned_meetings (date);
create table meeting_counts (
  body text not null,
  year int not null,
  minutes int not null,
  agendas int not null,
  paragraphs bigint not null,
  decisions bigint not null,
  primary key (body, year)
);
insert into meeting_counts (body, year, minutes, agendas, paragraphs, decisions)
  select m.body, coalesce(extract(year from m.date)::int, 0),
         count(*) filter (where m.kind <> 'agenda'), count(*) filter (where m.kind = 'agenda'),
         coalesce(sum(p.n), 0), coalesce(sum(d.n), 0)
    from meetings m
    left join (select body, meeting, count(*) as n from paragraphs group by 1, 2) p
      on p.body = m.body and p.meeting = m.id
    left join (select body, meeting, count(*) as n from decisions group by 1, 2) d
      on d.body = m.body and d.meeting = m.id
   group by 1, 2;
`;

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'records, search and calendar state', sql: INITIAL },
  { version: 2, name: 'search lexicon for typo variants', sql: LEXICON },
  { version: 3, name: 'announced next meetings by date, search documents by body', sql: NEXT_MEETING },
  { version: 4, name: 'what the servers made from a body, kept', sql: MADE_PARTS },
  { version: 5, name: 'meetings, paragraphs and decisions counted on write', sql: MEETING_COUNTS },
];
