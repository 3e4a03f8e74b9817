import { z } from 'zod';
import { IsoDateSchema, LineSchema, SlugSchema, SourceRefSchema, STOCKHOLM, WeekdaySchema } from './primitives.js';

/**
 * The day a rule applies from: the meeting that decided it. Before it the rule did not exist, so no date
 * is worked out from it; a rule without one is never used for a deadline, only for warnings.
 */
const SinceSchema = IsoDateSchema.meta({ description: 'The day the rule applies from (the meeting that decided it).' });

/** A rule of the body about when its minutes are adjusted (justering), as its own documents state it. */
export const AdjustmentRuleSchema = z.strictObject({
  /** The minutes are adjusted at the latest this many days after the meeting. */
  withinDays: z.number().int().min(0).max(60),
  /** Where the rule is stated, e.g. "Hälsingerådet 2023-10-11 § 751". */
  source: SourceRefSchema.optional(),
  since: SinceSchema.optional(),
});

/** A rule of the body about which weekdays it meets on. */
export const WeekdayRuleSchema = z.strictObject({
  days: z.array(WeekdaySchema).min(1),
  source: SourceRefSchema.optional(),
  since: SinceSchema.optional(),
});

/** A rule about where the body meets, in words ("every other meeting at Orbaden"). */
export const PlaceRuleSchema = z.strictObject({
  text: LineSchema,
  source: SourceRefSchema.optional(),
  since: SinceSchema.optional(),
});

/**
 * What kind of body it is in law, which decides whether Kommunallagen's deadlines bind it:
 * `municipality` (a kommun and its nämnder and styrelser), `region`, `federation` (kommunalförbund) and
 * `joint-committee` (gemensam nämnd) are bound; an `economic-association` (ekonomisk förening) and an
 * `informal` group (a samverkansgrupp, a network) are not.
 */
export const LegalFormSchema = z.enum([
  'municipality',
  'region',
  'federation',
  'joint-committee',
  'economic-association',
  'informal',
]);
/** What kind of body it is in law, which decides whether Kommunallagen's deadlines bind it: `municipality` (a kommun and its nämnder and styrelser), `region`, `federation` (kommunalförbund) and `joint-committee` (gemensam nämnd) are bound; an `economic-association` (ekonomisk förening) and an `informal` group (a samverkansgrupp, a network) are not. Parsed by {@link LegalFormSchema}. */
export type LegalForm = z.infer<typeof LegalFormSchema>;

/** The rules a body's own documents state. Absent rules are unknown, not "none". */
export const BodyRulesSchema = z.strictObject({
  adjustment: AdjustmentRuleSchema.optional(),
  weekdays: WeekdayRuleSchema.optional(),
  place: PlaceRuleSchema.optional(),
});

/**
 * A body (nämnd, styrelse, samverkansråd, kommunalförbund) whose meetings the archive records.
 * @example { id: 'halsingeradet', name: 'Hälsingerådet', orgNumber: '769602-5290' }
 */
export const BodySchema = z.strictObject({
  /** Stable id used in file names, URLs and calendar UIDs. */
  id: SlugSchema,
  /** The name the body uses of itself. */
  name: LineSchema,
  /** The legal organisation behind it, e.g. "Styrelsen Kommunalsamverkan ek för". */
  organisation: LineSchema.optional(),
  /** What kind of body it is in law; absent when the records do not say. */
  legalForm: LegalFormSchema.optional(),
  /**
   * For a joint committee (gemensam nämnd): the municipality or region in whose organisation it sits
   * (värdkommun, värdregion). Appeals run from the notice on that member's notice board (KL 13 kap. 5 §).
   */
  host: LineSchema.optional(),
  /** Swedish organisation number, NNNNNN-NNNN. */
  orgNumber: z
    .string()
    .regex(/^\d{6}-\d{4}$/, { error: (i) => `not an organisation number (NNNNNN-NNNN): ${JSON.stringify(i.input)}` })
    .optional(),
  /** Always Europe/Stockholm; stated so that feeds and reports never guess. */
  timeZone: z.literal(STOCKHOLM).default(STOCKHOLM),
  /** Where the body usually meets. */
  defaultLocation: LineSchema.optional(),
  /** Member municipalities or parties, as the documents name them. */
  members: z.array(LineSchema).default([]),
  rules: BodyRulesSchema.default({}),
  /** Free text for the reader. */
  description: z.string().optional(),
});
/** A body (nämnd, styrelse, samverkansråd, kommunalförbund) whose meetings the archive records. Parsed by {@link BodySchema}. */
export type Body = z.infer<typeof BodySchema>;
/** What {@link BodySchema} accepts: the form people write, before defaults are filled in. */
export type BodyInput = z.input<typeof BodySchema>;
/** The rules a body's own documents state. Parsed by {@link BodyRulesSchema}. */
export type BodyRules = z.infer<typeof BodyRulesSchema>;
