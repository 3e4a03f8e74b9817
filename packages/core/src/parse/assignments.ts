import type { Assignment } from '../model/assignment.js';
import { type DateMention, findDates, resolveDate } from './dates.js';
import { isAboutEarlierMeeting } from './decisions.js';

/**
 * Assignments (uppdrag) given at a meeting: "X får/fick i uppdrag att …", "Hälsingerådet uppdrar till X
 * att …", "Kommunstyrelsen ger X i uppdrag att …", with the report-back date when the record gives one
 * ("Ska återrapporteras till Hälsingerådet 19 januari", "till nästa Hälsingeråd den 19 januari").
 */

/** Sentences longer than this are not read for assignments (keeps the scan linear on pathological input). */
const MAX_SENTENCE = 2000;

const GETS_VERB = /(?<![\p{L}\p{N}])(?:får|fick|ges|gavs|erhåller|erhöll)(?![\p{L}\p{N}])/giu;
const GETS_TAIL = /^\s+(?:(.{0,150}?)\s+)?i\s+uppdrag(?:et)?\s+att\s+/iu;
// The infinitive after "beslutar att" too: "… beslutar att uppdra åt förvaltningen att …", "… att ge X i uppdrag att …".
const ORDERS_VERB = /(?<![\p{L}\p{N}])(?:uppdrar|uppdrog|uppdra)\s+(?:åt|till)\s+/giu;
const GIVES_VERB = /(?<![\p{L}\p{N}])(?:ger|gav|ge)\s+/giu;
const GIVES_TAIL = /^(.{1,120}?)\s+i\s+uppdrag\s+att\s+/iu;
const PASSIVE = /(?<![\p{L}\p{N}])uppdras\s+att\s+/iu;

/** Who got the assignment, cleaned of what leads into it ("Beslut:", "… beslutar att"); undefined if none. */
function assigneeOf(raw: string): string | undefined {
  let who = raw.trim().replace(/^(?:beslut(?:et)?\s*:?\s*|att\s+|och\s+|samt\s+)/iu, '');
  const att = who.toLowerCase().lastIndexOf(' att ');
  if (att !== -1) who = who.slice(att + 5);
  who = who.replace(/[,;:]\s*$/, '').trim();
  if (!who || who.length > 90 || who.split(/\s+/).length > 9) return undefined;
  // A relative clause ("…, som får i uppdrag") or an adverbial first ("Vid mötet fick X …") is no assignee.
  if (/(?:^|[\s,])som$|(?:^|\s)som\s/iu.test(who)) return undefined;
  if (/^(?:vid|på|under|i|efter|inför|det|detta|man|här)(?:\s|$)/iu.test(who)) return undefined;
  return who;
}

const REPORT = /(?:åter)?rapporter\p{L}*|redovis\p{L}*|återkomm\p{L}*/iu;
// To whom: a capitalised name ("Hälsingerådet", "Kommunstyrelsen"), or a body's own name in lower case as
// running text writes it ("till kommunstyrelsen", "för barn- och utbildningsnämnden"); a bare "nämnden" names
// no body.
const REPORT_TO =
  /(?:(?:åter)?rapporter\p{L}*|redovis\p{L}*|återkomm\p{L}*)\s+(?:till|för|inför)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|(?:\p{Ll}+-\s+och\s+)?\p{Ll}+(?:styrelsen|nämnden|fullmäktige|utskottet|rådet|direktionen|beredningen)(?![\p{L}]))/u;
const DUE_BEFORE =
  /(?:senast|före|innan|till|(?:till|vid|inför)\s+nästa\s+[\p{L}-]+|(?:åter)?rapporter\p{L}*(?:\s+till\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?|redovis\p{L}*(?:\s+(?:till|för)\s+\p{Lu}[\p{L}-]*)?)\s*$/iu;

/**
 * A sentence after the assignment that gives its report-back: "Ska återrapporteras …", "Redovisning sker …",
 * and with the assignment as its subject, "Uppdraget ska återrapporteras till kommunstyrelsen senast …".
 */
const REPORT_NEXT =
  /^(?:(?:uppdraget|utredningen|översynen|arbetet|resultatet|detta|det)\s+)?(?:ska|skall|och)?\s*(?:(?:åter)?rapporter|redovis|återkomm)|^återrapportering/iu;

/** The report-back date a sentence gives: a date after "senast", "till nästa X den", "återrapporteras till X". */
function dueIn(text: string, reportSentence: boolean): DateMention | undefined {
  for (const d of findDates(text)) {
    const before = text.slice(Math.max(0, d.index - 60), d.index);
    if (reportSentence || DUE_BEFORE.test(before)) return d;
  }
  return undefined;
}

/** What is read from one sentence, and the sentence that may follow with the report-back. */
export interface AssignmentContext {
  /** The meeting's date, which gives a year to "19 januari". */
  meetingDate?: string;
}

function finish(
  assignee: string,
  task: string,
  next: string | undefined,
  context: AssignmentContext,
): Assignment | undefined {
  const cleanTask = task.trim().replace(/[.;]\s*$/, '');
  if (!cleanTask) return undefined;
  const a: Assignment = { assignee, task: cleanTask, status: 'open' };
  const reportNext = next !== undefined && REPORT_NEXT.test(next);
  let due = dueIn(cleanTask, false);
  let reportText = REPORT.test(cleanTask) ? cleanTask : undefined;
  if (!due && reportNext && next) {
    due = dueIn(next, true);
    reportText = next;
  }
  if (due) {
    const date = resolveDate(due, context.meetingDate ? { after: context.meetingDate } : {});
    if (date) a.due = date;
  }
  if (reportText) {
    const to = REPORT_TO.exec(reportText);
    if (to?.[1]) a.reportTo = to[1];
  }
  return a;
}

/**
 * The assignments in a paragraph's sentences (taken from its decision and narrative, never from a
 * proposal). Sentences about an earlier meeting ("Vid förra mötet fick …") and questions are skipped.
 */
export function assignmentsOf(sentences: readonly { text: string }[], context: AssignmentContext): Assignment[] {
  const out: Assignment[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const text = (sentences[i]?.text ?? '').replace(/^[-•]\s+/, '');
    if (text.length > MAX_SENTENCE || !text.includes('uppdr') || text.endsWith('?') || isAboutEarlierMeeting(text))
      continue;
    const next = sentences[i + 1]?.text;
    const found = readOne(text);
    if (!found) continue;
    const a = finish(found.assignee, found.task, next, context);
    if (a) out.push(a);
  }
  return out;
}

function readOne(text: string): { assignee: string; task: string } | undefined {
  GETS_VERB.lastIndex = 0;
  for (let m = GETS_VERB.exec(text); m !== null; m = GETS_VERB.exec(text)) {
    const tail = GETS_TAIL.exec(text.slice(m.index + m[0].length));
    if (!tail) continue;
    const assignee = assigneeOf(text.slice(0, m.index));
    if (!assignee) return undefined;
    const rest = text.slice(m.index + m[0].length + tail[0].length);
    return { assignee, task: tail[1] ? `${tail[1].trim()} ${rest}` : rest };
  }
  ORDERS_VERB.lastIndex = 0;
  const order = ORDERS_VERB.exec(text);
  if (order) {
    const after = text.slice(order.index + order[0].length);
    const att = /\s+att\s+/iu.exec(after);
    if (att && att.index <= 120) {
      const assignee = after.slice(0, att.index).trim();
      const rest = after.slice(att.index + att[0].length);
      if (assignee && !/\s(?:som|och att)\s/iu.test(assignee)) return { assignee, task: rest };
    }
  }
  GIVES_VERB.lastIndex = 0;
  for (let m = GIVES_VERB.exec(text); m !== null; m = GIVES_VERB.exec(text)) {
    const tail = GIVES_TAIL.exec(text.slice(m.index + m[0].length));
    if (!tail?.[1]) continue;
    return { assignee: tail[1].trim(), task: text.slice(m.index + m[0].length + tail[0].length) };
  }
  const passive = PASSIVE.exec(text);
  if (passive) {
    const assignee = assigneeOf(text.slice(0, passive.index));
    if (assignee) return { assignee, task: text.slice(passive.index + passive[0].length) };
  }
  return undefined;
}
