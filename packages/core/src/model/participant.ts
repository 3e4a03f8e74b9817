import { z } from 'zod';
import { LineSchema } from './primitives.js';

/**
 * What a person was at a meeting. One person may hold several roles (a member who chairs and adjusts).
 * - `member` beslutande/ledamot · `substitute` ersättare · `chair` ordförande · `vice-chair` vice ordförande
 * - `secretary` sekreterare · `adjuster` justerare · `other` övriga deltagare · `absent` ej närvarande
 * - `presenter` föredragande
 */
export const RoleSchema = z.enum([
  'member',
  'substitute',
  'chair',
  'vice-chair',
  'secretary',
  'adjuster',
  'other',
  'absent',
  'presenter',
]);
/** What a person was at a meeting. Parsed by {@link RoleSchema}. */
export type Role = z.infer<typeof RoleSchema>;

/** A person named in a meeting's record. Facts the record does not state are left out. */
export const ParticipantSchema = z.strictObject({
  name: LineSchema,
  roles: z.array(RoleSchema).min(1, { error: 'a participant needs at least one role' }),
  /** Party abbreviation as written: S, M, C, V, KD, SD, NP … Absent when unknown (a record's "(?)"). */
  party: LineSchema.optional(),
  /** The municipality the person represents, e.g. "Bollnäs kommun". */
  municipality: LineSchema.optional(),
  /** An organisation that is not a municipality: "Region Jämtland Härjedalen", "Länsstyrelsen". */
  organisation: LineSchema.optional(),
  /** Title or function: "EU-samordnare", "kommundirektör". */
  title: LineSchema.optional(),
  /** For a substitute: the member they stood in for ("ersättare för Marit Holmstrand"). */
  substituteFor: LineSchema.optional(),
  /** A remark such as "från 9.30" or "§ 5". */
  note: LineSchema.optional(),
});
/** A person named in a meeting's record. Parsed by {@link ParticipantSchema}. */
export type Participant = z.infer<typeof ParticipantSchema>;
