import { z } from 'zod';
import { IsoDateSchema, LineSchema, SlugSchema } from './primitives.js';

/** Klart → `done`, Pågår → `ongoing`, Avvaktar → `on-hold`. Absent when the table leaves it blank. */
export const ProgrammeStatusSchema = z.enum(['done', 'ongoing', 'on-hold']);
/** Klart → `done`, Pågår → `ongoing`, Avvaktar → `on-hold`. Parsed by {@link ProgrammeStatusSchema}. */
export type ProgrammeStatus = z.infer<typeof ProgrammeStatusSchema>;

/** One line of an action programme's table (utvecklingsområde). */
export const ProgrammeItemSchema = z.strictObject({
  name: LineSchema,
  activities: z.array(LineSchema).default([]),
  /** Ansvarig, as written. */
  responsible: LineSchema.optional(),
  status: ProgrammeStatusSchema.optional(),
  /** Anmärkning/uppföljning. */
  notes: z.string().trim().min(1).optional(),
});
/** One line of an action programme's table (utvecklingsområde). Parsed by {@link ProgrammeItemSchema}. */
export type ProgrammeItem = z.infer<typeof ProgrammeItemSchema>;

/** An area (delområde) of a programme. */
export const ProgrammeAreaSchema = z.strictObject({
  name: LineSchema,
  items: z.array(ProgrammeItemSchema).default([]),
});
/** An area (delområde) of a programme. Parsed by {@link ProgrammeAreaSchema}. */
export type ProgrammeArea = z.infer<typeof ProgrammeAreaSchema>;

/** An action programme (utvecklingsprogram) and the status of its items. */
export const ProgrammeSchema = z.strictObject({
  id: SlugSchema,
  /** The body whose programme it is. */
  body: SlugSchema.optional(),
  title: LineSchema,
  date: IsoDateSchema.optional(),
  /** Who last updated it, and when, when the document says. */
  author: LineSchema.optional(),
  authorDate: IsoDateSchema.optional(),
  areas: z.array(ProgrammeAreaSchema).default([]),
});
/** An action programme (utvecklingsprogram) and the status of its items. Parsed by {@link ProgrammeSchema}. */
export type Programme = z.infer<typeof ProgrammeSchema>;
