import { z } from 'zod';
import { AssignmentSchema } from './assignment.js';
import { DecisionSchema } from './decision.js';
import { CaseNumberSchema, IsoDateSchema, LineSchema } from './primitives.js';

/**
 * The type codes some bodies put after a heading: (B) beslut, (I) information, (P) plan,
 * (R) rekommendation, (U) uppföljning.
 */
export const ParagraphTypeSchema = z.enum(['decision', 'information', 'plan', 'recommendation', 'follow-up']);
/** The type codes some bodies put after a heading: (B) beslut, (I) information, (P) plan, (R) rekommendation, (U) uppföljning. Parsed by {@link ParagraphTypeSchema}. */
export type ParagraphType = z.infer<typeof ParagraphTypeSchema>;

/** A titled part of a paragraph's text: Ärendebeskrivning, Bakgrund, Synpunkter, Yrkanden … */
export const SectionSchema = z.strictObject({
  heading: LineSchema,
  text: z.string(),
});
/** A titled part of a paragraph's text: Ärendebeskrivning, Bakgrund, Synpunkter, Yrkanden … Parsed by {@link SectionSchema}. */
export type Section = z.infer<typeof SectionSchema>;

/**
 * An earlier decision in the same case, as an agenda quotes it ("2020-05-29 § 14 … Beslut …"): its own
 * date, § and body, never those of the record quoting it.
 */
export const HistoryEntrySchema = z
  .strictObject({
    date: IsoDateSchema.optional(),
    /** The § number at that meeting. */
    paragraph: z.number().int().nonnegative().optional(),
    /** The body that decided, when another than this one. */
    body: LineSchema.optional(),
    title: LineSchema.optional(),
    /** What the extract says besides its decisions (they are not repeated here). */
    text: z.string().trim().min(1).optional(),
    decisions: z.array(DecisionSchema).default([]),
  })
  .refine((h) => h.text !== undefined || h.decisions.length > 0, {
    error: 'an earlier decision needs its text or its decisions',
  });
/** An earlier decision in the same case, as an agenda quotes it ("2020-05-29 § 14 … Beslut …"): its own date, § and body, never those of the record quoting it. Parsed by {@link HistoryEntrySchema}. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A paragraph (§) of minutes, or an item of an agenda. */
export const ParagraphSchema = z.strictObject({
  /** The § number (minutes) or item number (agenda). */
  number: z.number().int().nonnegative(),
  /** The title as the heading gives it. */
  title: LineSchema,
  types: z.array(ParagraphTypeSchema).default([]),
  caseNumber: CaseNumberSchema.optional(),
  /** Who presented the matter (föredragande). */
  presenters: z.array(LineSchema).default([]),
  /** The paragraph's text, without page headers and signature labels. */
  text: z.string().optional(),
  sections: z.array(SectionSchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  assignments: z.array(AssignmentSchema).default([]),
  /** Expedieras till / Utdrag till. */
  distribution: z.array(LineSchema).default([]),
  /** Beslutsunderlag. */
  documents: z.array(LineSchema).default([]),
  history: z.array(HistoryEntrySchema).default([]),
  /** The page of the source document the paragraph starts on. */
  page: z.number().int().positive().optional(),
});
/** A paragraph (§) of minutes, or an item of an agenda. Parsed by {@link ParagraphSchema}. */
export type Paragraph = z.infer<typeof ParagraphSchema>;
