import { z } from 'zod';

/**
 * How a matter ended: `approved` (bifalles, fastställs, godkänns), `rejected` (avslag),
 * `referred-back` (återremiss), `postponed` (bordläggs, flyttas till nästa möte),
 * `noted` (läggs till handlingarna), `other` when the text says something else.
 */
export const OutcomeSchema = z.enum(['approved', 'rejected', 'referred-back', 'postponed', 'noted', 'other']);
/** How a matter ended: `approved` (bifalles, fastställs, godkänns), `rejected` (avslag), `referred-back` (återremiss), `postponed` (bordläggs, flyttas till nästa möte), `noted` (läggs till handlingarna), `other` when the text says something else. Parsed by {@link OutcomeSchema}. */
export type Outcome = z.infer<typeof OutcomeSchema>;

/** One decision (beslut), or one numbered point of a decision. */
export const DecisionSchema = z.strictObject({
  /** The decision as recorded. */
  text: z.string().trim().min(1, { error: 'a decision needs its text' }),
  /** The number of the point when the decision has several ("1.", "2."). */
  point: z.number().int().positive().optional(),
  /** The proposal (förslag till beslut) it answered, when recorded. */
  proposal: z.string().trim().min(1).optional(),
  outcome: OutcomeSchema,
});
/** One decision (beslut), or one numbered point of a decision. Parsed by {@link DecisionSchema}. */
export type Decision = z.infer<typeof DecisionSchema>;
