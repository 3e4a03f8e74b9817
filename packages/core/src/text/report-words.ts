import { KL_APPEAL, KL_NOTICE } from './phrases.js';
import { type Label, label } from './words.js';

/**
 * The words of the reports: titles, column headings and notes, in Swedish and English. Columns are
 * `[key, label]` pairs in the order the report shows them.
 */

const where = (body: string, date: string | undefined, paragraph: number): Label =>
  label(`${body} ${date ?? '(datum saknas)'} § ${paragraph}`, `${body} ${date ?? '(no date)'} § ${paragraph}`);

export const ASSIGNMENT_REPORT = {
  title: label('Uppdrag och återrapportering', 'Assignments and report-back'),
  columns: {
    due: label('Återrapportering', 'Report back'),
    status: label('Status', 'Status'),
    assignee: label('Uppdragstagare', 'Assignee'),
    task: label('Uppdrag', 'Task'),
    reportTo: label('Till', 'To'),
    body: label('Organ', 'Body'),
    meeting: label('Möte', 'Meeting'),
    paragraph: label('§', '§'),
    reportedIn: label('Återrapporterat i', 'Reported in'),
  },
  /** Where the report-back is recorded, and how the archive knows. */
  reportedIn: (body: string, date: string | undefined, paragraph: number, by: 'case' | 'reference' | 'record') => {
    const w = where(body, date, paragraph);
    return by === 'case'
      ? label(`${w.sv} (samma ärende)`, `${w.en} (same case)`)
      : label(`${w.sv} (hänvisar till paragrafen)`, `${w.en} (refers to the paragraph)`);
  },
  recorded: label('enligt protokollet', 'as the record states'),
  possibly: (body: string, date: string | undefined, paragraph: number, likeness: 'title' | 'agenda') => {
    const w = where(body, date, paragraph);
    return likeness === 'title'
      ? label(`möjligen ${w.sv} (liknande rubrik; kontrollera)`, `possibly ${w.en} (similar title; check it)`)
      : label(
          `möjligen ${w.sv} (samma ärende på en kallelse; kontrollera)`,
          `possibly ${w.en} (same case on an agenda; check it)`,
        );
  },
  statusNote: (today: string) =>
    label(
      `Status bedöms per ${today}, bara utifrån handlingar från möten till och med den dagen. "återrapporterat": protokollet säger det, eller ett senare protokoll behandlar samma ärende eller hänvisar till paragrafen. En liknande rubrik räknas inte: den står som "möjligen" och uppdraget förblir öppet. Ett datum utan år kan inte bedömas och står som öppet.`,
      `Status as of ${today}, from the records of meetings up to that day only. "reported": the record says so, or later minutes handle the same case or refer to the paragraph. A similar title does not count: it shows as "possibly" and the assignment stays open. A date without a year cannot be judged and shows as open.`,
    ),
  later: (n: number, today: string) =>
    label(
      `${n} uppdrag gavs efter ${today} och ingår inte.`,
      `${n} assignment${n === 1 ? ' was' : 's were'} given after ${today} and are left out.`,
    ),
  undated: (n: number) =>
    label(
      `${n} möten utan datum ingår inte i datumintervallet.`,
      `${n} meetings without a date are outside any date range.`,
    ),
} as const;

export const DEADLINE_REPORT = {
  title: label('Justering, anslag och överklagande', 'Adjustment, notice and appeal'),
  columns: {
    date: label('Möte', 'Meeting'),
    body: label('Organ', 'Body'),
    paragraphs: label('§§', '§§'),
    adjustBy: label('Justeras senast', 'Adjust by'),
    adjustByTime: label('kl.', 'at'),
    adjustSource: label('Källa för justering', 'Source of adjustment date'),
    adjusted: label('Justerat', 'Adjusted'),
    notice: label('Anslag', 'Notice'),
    noticeBasis: label('Anslag enligt', 'Notice from'),
    appealBy: label('Överklagande senast', 'Appeal by'),
    appealBasis: label('Överklagande enligt', 'Appeal date from'),
    remark: label('Anmärkning', 'Remark'),
  },
  noticeStated: label('protokollet: anslaget uppsatt', 'the minutes: notice posted'),
  noticeLatest: label('senast tillåtna dag (KL 8 kap. 12 §)', 'last day allowed (KL ch. 8 s. 12)'),
  notes: [
    label(`Anslag: ${KL_NOTICE.sv}.`, `Notice: ${KL_NOTICE.en}.`),
    label(
      `Överklagande: ${KL_APPEAL.sv}. En sista dag som infaller på lördag, söndag eller helgdag flyttas till nästa vardag enligt lag (1930:173). Ett datum som protokollet anger går före ett beräknat.`,
      `Appeal: ${KL_APPEAL.en}. A last day on a Saturday, Sunday or holiday moves to the next working day (Act 1930:173). A date the minutes state comes before a computed one.`,
    ),
    label(
      'Kommunallagens frister räknas bara för organ som lagen gäller: kommuner, regioner, kommunalförbund och gemensamma nämnder (organets legalForm).',
      "Kommunallagen's deadlines are counted only for bodies the law binds: municipalities, regions, federations and joint committees (the body's legalForm).",
    ),
  ],
} as const;

export const SCHEDULE_REPORT = {
  title: (year: number | undefined) =>
    label(`Sammanträden${year ? ` ${year}` : ''}`, `Meetings${year ? ` ${year}` : ''}`),
  columns: {
    date: label('Datum', 'Date'),
    weekday: label('Veckodag', 'Weekday'),
    body: label('Organ', 'Body'),
    start: label('Från', 'From'),
    end: label('Till', 'To'),
    location: label('Plats', 'Place'),
    host: label('Värd', 'Host'),
    status: label('Status', 'Status'),
    source: label('Källa', 'Source'),
    note: label('Anteckning', 'Note'),
    warning: label('Varning', 'Warning'),
  },
  source: {
    minutes: label('protokoll', 'minutes'),
    extract: label('protokollsutdrag', 'extract'),
    agenda: label('kallelse', 'agenda'),
    schedule: (year: number | undefined, proposed: boolean, published = false) =>
      proposed
        ? label(`förslag till sammanträdesplan ${year ?? ''}`.trim(), `proposed schedule ${year ?? ''}`.trim())
        : published
          ? label(`publicerad sammanträdesplan ${year ?? ''}`.trim(), `published schedule ${year ?? ''}`.trim())
          : label(`sammanträdesplan ${year ?? ''}`.trim(), `schedule ${year ?? ''}`.trim()),
    announced: label('aviserat i protokoll', 'announced in minutes'),
  },
  proposedStatus: label('förslag', 'proposed'),
  count: (n: number, warnings: number, proposed: number) =>
    label(
      `${n} sammanträden, ${warnings} med varning${proposed ? `, ${proposed} bara föreslagna (inte beslutade)` : ''}.`,
      `${n} meetings, ${warnings} with a warning${proposed ? `, ${proposed} only proposed (not decided)` : ''}.`,
    ),
  undated: (n: number) =>
    label(`${n} handlingar saknar datum och visas inte.`, `${n} records have no date and are not shown.`),
} as const;

export const CASE_REPORT = {
  title: (n: string) => label(`Ärende ${n}`, `Case ${n}`),
  columns: {
    date: label('Datum', 'Date'),
    body: label('Organ', 'Body'),
    paragraph: label('§/punkt', '§/item'),
    event: label('Handling', 'Record'),
    title: label('Rubrik', 'Title'),
    text: label('Beslut eller förslag', 'Decision or proposal'),
    outcome: label('Utfall', 'Outcome'),
  },
  event: {
    quoted: label('tidigare beslut', 'earlier decision'),
    minutes: label('protokoll', 'minutes'),
    extract: label('protokollsutdrag', 'extract'),
    agenda: (id: string) => label(`kallelse (${id})`, `agenda (${id})`),
    told: label('omnämnt i handlingen', 'told in the record'),
    mentioned: (caseNumber: string | undefined) =>
      label(`nämns i ${caseNumber ?? 'annat ärende'}`, `mentioned in ${caseNumber ?? 'another matter'}`),
  },
  proposal: (text: string) => label(`Förslag: ${text}`, `Proposal: ${text}`),
  order: label('Äldst först; handlingar utan datum sist.', 'Oldest first; records without a date last.'),
  unknownBody: label(
    'Organ står tomt där handlingen inte säger vems sammanträde det var.',
    'Body is empty where the record does not say whose meeting it was.',
  ),
  unknown: (n: string) => label(`Arkivet känner inte ärendet ${n}.`, `The archive does not know case ${n}.`),
} as const;

export const DECISION_REPORT = {
  title: label('Beslutsförteckning', 'Decision register'),
  columns: {
    date: label('Datum', 'Date'),
    body: label('Organ', 'Body'),
    paragraph: label('§', '§'),
    page: label('s.', 'p.'),
    title: label('Ärende', 'Matter'),
    caseNumber: label('Diarienummer', 'Case number'),
    outcome: label('Utfall', 'Outcome'),
    text: label('Beslut', 'Decision'),
    source: label('Källa', 'Source'),
  },
  quoted: (kind: 'agenda' | 'minutes' | 'extract', where: string, item: number) =>
    label(
      `citerat i ${kind === 'agenda' ? 'kallelsen' : 'protokollet'} ${where}, punkt ${item}`,
      `quoted in the ${kind === 'agenda' ? 'agenda' : 'minutes'} ${where}, item ${item}`,
    ),
  undated: (n: number) => label(`${n} möten utan datum ingår inte.`, `${n} meetings without a date are left out.`),
} as const;

export const ATTENDANCE_REPORT = {
  title: label('Närvaro', 'Attendance'),
  people: label('Per person', 'Per person'),
  places: label('Per kommun eller organisation', 'Per municipality or organisation'),
  columns: {
    name: label('Namn', 'Name'),
    party: label('Parti', 'Party'),
    place: label('Kommun/organisation', 'Municipality/organisation'),
    attended: label('Närvarande', 'Present'),
    absent: label('Frånvarande', 'Absent'),
    substituteFor: label('Ersättare för', 'Substitute for'),
    roles: label('Roller', 'Roles'),
    meetings: label('Möten med deltagare', 'Meetings attended'),
    attendedTimes: label('Närvarande (personer × möten)', 'Present (people × meetings)'),
  },
  counted: (n: number, undated: number) =>
    label(
      `Räknat ur ${n} protokoll${undated ? `, varav ${undated} utan datum` : ''}. Kallelser räknas inte: de visar vilka som kallats, inte vilka som kom.`,
      `Counted from ${n} sets of minutes${undated ? `, ${undated} without a date` : ''}. Agendas are not counted: they show who was invited, not who came.`,
    ),
} as const;

export const PROGRAMME_REPORT = {
  title: label('Utvecklingsprogram: status', 'Action programme: status'),
  areas: label('Per delområde', 'Per area'),
  items: label('Punkter', 'Items'),
  total: label('Totalt', 'Total'),
  columns: {
    programme: label('Program', 'Programme'),
    area: label('Delområde', 'Area'),
    done: label('Klart', 'Done'),
    ongoing: label('Pågår', 'Ongoing'),
    onHold: label('Avvaktar', 'On hold'),
    none: label('Ingen status', 'No status'),
    total: label('Totalt', 'Total'),
    item: label('Utvecklingsområde', 'Item'),
    status: label('Status', 'Status'),
    responsible: label('Ansvarig', 'Responsible'),
    activities: label('Aktiviteter', 'Activities'),
    notes: label('Anmärkning', 'Notes'),
  },
  none: label('Arkivet har inget utvecklingsprogram.', 'The archive has no action programme.'),
} as const;
