import { z } from 'zod';
import { LineSchema, PartialDateSchema } from './primitives.js';

/**
 * What the record says of an assignment's state. `open` until the archive records a report-back;
 * reports derive `due-soon`, `overdue` and `unknown` from the due date.
 */
export const AssignmentStatusSchema = z.enum(['open', 'reported', 'withdrawn']);
/** What the record says of an assignment's state. Parsed by {@link AssignmentStatusSchema}. */
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;

/** An assignment (uppdrag) given in a paragraph: "X får i uppdrag att … Ska återrapporteras 19 januari". */
export const AssignmentSchema = z.strictObject({
  /** Who got the assignment, as written: "Kommuncheferna", "Ordförande Mikael Löthstam". */
  assignee: LineSchema,
  /** What to do. */
  task: z.string().trim().min(1, { error: 'an assignment needs its task' }),
  /** The report-back date: YYYY-MM-DD, or --MM-DD when the record gives no year. */
  due: PartialDateSchema.optional(),
  /** Whom to report to: "Hälsingerådet". */
  reportTo: LineSchema.optional(),
  status: AssignmentStatusSchema.default('open'),
});
/** An assignment (uppdrag) given in a paragraph: "X får i uppdrag att … Ska återrapporteras 19 januari". Parsed by {@link AssignmentSchema}. */
export type Assignment = z.infer<typeof AssignmentSchema>;
