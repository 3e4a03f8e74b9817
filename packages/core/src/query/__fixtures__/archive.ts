import {
  type Archive,
  BodySchema,
  createArchive,
  MeetingSchema,
  ProgrammeSchema,
  ScheduleSchema,
} from '../../index.js';

/** A small archive in memory: two bodies, dated and undated minutes, a schedule, a programme. */
export function fixtureArchive(): Archive {
  const bodies = [
    BodySchema.parse({ id: 'radet', name: 'Rådet' }),
    BodySchema.parse({ id: 'namnden', name: 'Nämnden' }),
  ];
  const meetings = [
    MeetingSchema.parse({
      id: '2024-03-20',
      body: 'radet',
      kind: 'minutes',
      date: '2024-03-20',
      status: 'held',
      nextMeeting: { date: '2024-05-15' },
      participants: [
        { name: 'Ada Ordf', roles: ['member', 'chair'], party: 'S', municipality: 'Bollnäs kommun' },
        { name: 'Bo Ledamot', roles: ['member', 'adjuster'], party: 'M' },
        { name: 'Cia Ersätt', roles: ['substitute'], substituteFor: 'Dan' },
        { name: 'Eva Sekr', roles: ['other', 'secretary'] },
        { name: 'Fia Föredr', roles: ['presenter'], note: '§ 3' },
        { name: 'Gun Borta', roles: ['absent', 'member'] },
        { name: 'Hans Ordf', roles: ['chair'] },
      ],
      paragraphs: [
        {
          number: 1,
          title: 'Budget 2024',
          caseNumber: 'KS 2024/1',
          text: 'Budgeten för Hälsingerådet gäller ramverket för samverkan.',
          decisions: [{ text: 'Budgeten fastställs.', outcome: 'approved' }],
          assignments: [
            { assignee: 'Kanslichefen', task: 'följa upp budgeten', due: '2024-04-01' },
            { assignee: 'Ekonomen', task: 'rapportera', due: '--01-19' },
          ],
        },
        { number: 2, title: 'Övriga frågor', text: 'Inga <script>alert(1)</script> frågor.' },
      ],
    }),
    MeetingSchema.parse({
      id: '2023-12-01',
      body: 'radet',
      kind: 'minutes',
      date: '2023-12-01',
      status: 'held',
      paragraphs: [
        {
          number: 9,
          title: 'Budget 2024, första läsning',
          caseNumber: 'ks 2024 / 1',
          decisions: [{ text: 'Ärendet bordläggs.', outcome: 'postponed' }],
          assignments: [{ assignee: 'Kanslichefen', task: 'skriva förslag', status: 'reported' }],
        },
      ],
    }),
    MeetingSchema.parse({
      id: 'p5-7',
      body: 'radet',
      kind: 'minutes',
      status: 'held',
      paragraphRange: { from: 5, to: 7 },
      paragraphs: [{ number: 5, title: 'Gammalt ärende', decisions: [{ text: 'Noterat.', outcome: 'noted' }] }],
    }),
    MeetingSchema.parse({
      id: '2024-02-02',
      body: 'namnden',
      kind: 'agenda',
      date: '2024-02-02',
      status: 'planned',
      paragraphs: [{ number: 1, title: 'Sammanträdestider', caseNumber: 'GNS/10/2020' }],
    }),
  ];
  const schedules = [
    ScheduleSchema.parse({
      body: 'radet',
      year: 2024,
      status: 'decided',
      meetings: [{ date: '2024-03-20' }, { date: '2024-06-19' }, { date: '2024-01-10' }],
    }),
  ];
  const programmes = [
    ProgrammeSchema.parse({
      id: 'program',
      body: 'radet',
      title: 'Programmet',
      areas: [
        { name: 'A', items: [{ name: 'a1', status: 'done' }, { name: 'a2' }] },
        {
          name: 'B',
          items: [
            { name: 'b1', status: 'ongoing' },
            { name: 'b2', status: 'on-hold' },
          ],
        },
      ],
    }),
  ];
  return createArchive({ bodies, meetings, schedules, programmes });
}
