import { fileURLToPath } from 'node:url';
import {
  type Archive,
  BodySchema,
  createArchive,
  MeetingSchema,
  ProgrammeSchema,
  ScheduleSchema,
} from '@sammantrade/core';
import { loadArchive } from '@sammantrade/core/node';

/** The bundled sample archive. */
export const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

/** A fixed "today" inside the sample's dates: 20 September 2024, Stockholm. */
export const NOW = () => new Date('2024-09-20T10:00:00Z');

let sample: Promise<Archive> | undefined;
/** The sample archive, loaded once per test file. */
export function sampleArchive(): Promise<Archive> {
  sample ??= loadArchive(SAMPLE);
  return sample;
}

/** Text an attacker might put in a record. */
export const EVIL = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;

/** A case number with markup, short enough for the schema. */
export const EVIL_CASE = 'KS <script>x</script>';

/** An archive whose every text field carries markup, to prove it is shown as text. */
export function hostileArchive(): Archive {
  return createArchive({
    bodies: [BodySchema.parse({ id: 'ond', name: `Ond ${EVIL}`, description: EVIL, members: [EVIL] })],
    meetings: [
      MeetingSchema.parse({
        id: '2024-01-10',
        body: 'ond',
        kind: 'minutes',
        date: '2024-01-10',
        status: 'held',
        title: EVIL,
        location: EVIL,
        participants: [{ name: EVIL, roles: ['member'], party: EVIL, municipality: EVIL, note: EVIL }],
        adjustment: { place: EVIL, signatories: [EVIL] },
        attachments: [{ title: EVIL }],
        paragraphs: [
          {
            number: 1,
            title: `Rubrik ${EVIL}`,
            caseNumber: EVIL_CASE,
            presenters: [EVIL],
            text: `Text ${EVIL}\n\nMer`,
            sections: [{ heading: EVIL, text: EVIL }],
            decisions: [{ text: EVIL, proposal: EVIL, outcome: 'approved' }],
            assignments: [{ assignee: EVIL, task: EVIL, due: '2024-02-01', reportTo: EVIL }],
            documents: [EVIL],
            distribution: [EVIL],
            history: [{ text: EVIL, title: EVIL, body: EVIL, decisions: [{ text: EVIL, outcome: 'noted' }] }],
          },
        ],
      }),
    ],
    schedules: [
      ScheduleSchema.parse({
        body: 'ond',
        year: 2024,
        status: 'decided',
        note: EVIL,
        meetings: [{ date: '2024-03-01', note: EVIL, location: EVIL }],
      }),
    ],
    programmes: [
      ProgrammeSchema.parse({
        id: 'ondprogram',
        body: 'ond',
        title: EVIL,
        author: EVIL,
        areas: [{ name: EVIL, items: [{ name: EVIL, activities: [EVIL], responsible: EVIL, notes: EVIL }] }],
      }),
    ],
  });
}
