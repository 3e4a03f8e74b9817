import { z } from 'zod';
import { BodySchema } from './body.js';
import { MeetingSchema } from './meeting.js';
import { ProgrammeSchema } from './programme.js';
import { ScheduleSchema } from './schedule.js';

/** The record kinds an archive holds, each with its schema. */
export const recordSchemas = {
  body: BodySchema,
  meeting: MeetingSchema,
  schedule: ScheduleSchema,
  programme: ProgrammeSchema,
} as const;
export type RecordKind = keyof typeof recordSchemas;

/**
 * The JSON Schema (draft 2020-12) of one record kind, describing the file a person writes
 * (defaults optional), for editors and other tools.
 */
export function toJsonSchema(kind: RecordKind): Record<string, unknown> {
  const schema = z.toJSONSchema(recordSchemas[kind], { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: `Sammanträde ${kind}`,
  };
}
