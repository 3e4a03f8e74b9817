import type { Decision, Outcome } from '../model/decision.js';
import { findDates, toIsoDate } from './dates.js';
import type { Line } from './lines.js';
import { joinAll, joinText, sentencesOf } from './lines.js';

/**
 * Decisions and their outcomes, read from what the record says: "förslaget bifalles", "fastställs",
 * "godkänns", "beviljar", "tillstyrker" → approved; "avslås", "avstyrker", "beviljar inte" → rejected;
 * "Ärendet flyttades till nästa möte", "bordläggs", "bordlägger" → postponed; "återremitteras"
 * → referred back; "lades till handlingarna", "noterar informationen" → noted. Numbered points of a decision stay separate.
 */

// Unicode-aware word edges: JS \b does not know that "ä" is a letter.
const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

const POSTPONED = words(
  'bordl(?:äggs|ägges|ägger|ades|ade|agt|ägga)|flytta(?:s|des|t)?(?:\\s+\\p{L}+){0,3}?\\s+(?:till|vid)\\s+(?:nästa|kommande|ett\\s+senare)|skjuts\\s+upp|sköts\\s+upp|senareläggs|senarelades',
);
const REFERRED_BACK = words('återremi(?:ss|tteras|tterades|ttera|tteringen|tterar)');
const REJECTED = words(
  'avslås|avslogs|avslår|avslog|(?:att|och)\\s+avslå|förslaget\\s+(?:faller|föll)|(?:ej|inte)\\s+(?:att\\s+)?(?:bifalla|godkänna|fastställa|anta|bevilja|tillstyrka|godta)|(?:ej|inte)\\s+bifall(?:es|s)?|avstyrk(?:er|a|s|te|tes|ts)|(?:bifall(?:er|es|s)|godkänn(?:er|es|s)|beviljar|beviljas|tillstyrker|tillstyrks|antar|antas|fastställ(?:er|es|s)|godtar|godtas)\\s+(?:ej|inte)',
);
const APPROVED = words(
  '(?:i\\s+enlighet\\s+med|enligt)\\s+(?:\\p{L}+\\s+){0,2}?förslag(?:et)?|bifall(?:es|s|er|a)?|biföll|bifölls|fastställ(?:s|es|des|ts|er|a)|fastställde|godkänn(?:s|es|er|a)|godkändes|godkände|antas|antages|antogs|antar|anta|beviljas|beviljades|beviljar|beviljade|bevilja|tillstyrk(?:er|s|a|te|tes|ts)|godta(?:r|s|ga|gs)?|ställer\\s+sig\\s+bakom|ställde\\s+sig\\s+bakom',
);
const NOTED = words(
  'till\\s+handlingarna|noteras|noterades|(?:noterar|noterade|att\\s+notera|tackar\\s+för|att\\s+tacka\\s+för)\\s+(?:informationen|rapporten|redovisningen|uppföljningen|återrapporteringen|dragningen|anmälan|meddelandet|meddelandena)|informationen\\s+tas\\s+emot|(?:tagit|tar|tog)\\s+del\\s+av\\s+(?:informationen|rapporten|redovisningen|uppföljningen|återrapporteringen)|till\\s+protokollet',
);

/** A motion to refer the matter back, refused: "avslå yrkandet om återremiss", "återremissyrkandet avslås". */
const REFERRAL_REFUSED = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:att\s+)?(?:avslå|avslår|avslås|avslog|avslogs)\s+(?:\p{L}+\s+){0,3}?(?:(?:yrkande(?:t|na)?|förslag(?:et)?)\s+om\s+återremiss|återremissyrkande(?:t|na)?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:(?:yrkande(?:t|na)?|förslag(?:et)?)\s+om\s+återremiss|återremissyrkande(?:t|na)?)(?:\s+\p{L}+){0,3}?\s+(?:avslås|avslogs|faller|föll)(?![\p{L}])`,
  ].join('|'),
  'giu',
);

/**
 * The outcome a decision's words state, or undefined when they state none
 * (a decision that gives an assignment or sets a rule).
 */
export function outcomeOf(raw: string): Outcome | undefined {
  // "… beslutar att avslå yrkandet om återremiss och att anta riktlinjerna": a referral refused is no referral,
  // and its "avslå" no rejection of the matter; what the decision says besides decides.
  const text = /återremiss/iu.test(raw) ? raw.replace(REFERRAL_REFUSED, ' ') : raw;
  if (POSTPONED.test(text)) return 'postponed';
  if (REFERRED_BACK.test(text)) return 'referred-back';
  if (REJECTED.test(text)) return 'rejected';
  if (APPROVED.test(text)) return 'approved';
  if (NOTED.test(text)) return 'noted';
  return undefined;
}

/** Words that make a sentence of minutes a decision taken at this meeting. */
const DECIDING = words(
  'beslutades|beslöts|(?:beslutar|beslöt|beslutade)(?:\\s+\\p{L}+){0,4}?(?:\\s+|\\s*[:–-]\\s*)(?:att|om)|(?:beslutar|beslöt|beslutade)\\s+(?:i\\s+enlighet\\s+med|enligt)|fattade\\s+beslut|fattades\\s+beslut|beslut\\s+fattades|bifalles|bifalls|bifölls|biföll|fastställs|fastställes|fastställdes|godkänns|godkännes|godkändes|antas|antogs|beviljas|beviljades|bordläggs|bordlades|återremitteras|återremitterades|avslås|avslogs|(?:läggs|lades|lägger)(?:\\s+\\p{L}+){0,2}\\s+till\\s+handlingarna|flytta(?:s|des)(?:\\s+\\p{L}+){0,3}?\\s+(?:till|vid)\\s+(?:nästa|kommande)|skjuts\\s+upp|sköts\\s+upp|(?:noterar|noterade)\\s+(?:informationen|rapporten|redovisningen|uppföljningen|återrapporteringen)',
);
/** "Kommunfullmäktige har beslutat": a report of a decision taken elsewhere. */
const REPORTED = words('har\\s+(?:beslutat|godkänt|godkänts|fastställt|fastställts|antagit|bifallit)|hade\\s+beslutat');
/** "Vid förra mötet …", "Vid Hälsingerådets möte i augusti …": about an earlier meeting. */
const EARLIER =
  /^(?:vid|på|under|i)\s+(?:förra|föregående|tidigare|(?!dagens\s)\p{L}+s\s+(?:möte|sammanträde))|förra\s+mötet|föregående\s+(?:möte|sammanträde)(?!t\s+protokoll)/iu;

/** A cheap first look: the stems every decision word has. Most sentences have none. */
const DECISION_STEMS =
  /beslut|beslöt|bifall|biföll|fastställ|godkän|antas|antogs|bevilja|bordl|återremitt|avslå|avslog|handlingarna|flytta|skjuts|sköts|noter/i;

/** True when a sentence records a decision of this meeting. */
export function isDecisionSentence(text: string, meetingDate?: string): boolean {
  if (!DECISION_STEMS.test(text)) return false;
  if (!DECIDING.test(text) || REPORTED.test(text) || EARLIER.test(text) || text.trim().endsWith('?')) return false;
  // A sentence dated to another day tells what was decided then: "Den 6 december 2019 beslutade nämnden …".
  if (meetingDate) {
    for (const d of findDates(text)) {
      const iso = d.year !== undefined ? toIsoDate(d.year, d.month, d.day) : undefined;
      if (iso && iso < meetingDate) return false;
    }
  }
  return true;
}

/** True when a sentence is about an earlier meeting ("Vid förra mötet fick …"). */
export const isAboutEarlierMeeting = (text: string): boolean => EARLIER.test(text);

/** A numbered point: "1. …", "2) …", "- c) …". */
export interface Point {
  point?: number;
  text: string;
  no: number;
}

const NUMBERED = /^(?:[-•]\s*)?(\d{1,2})[.)]\s+(\S.*)$/u;
const LETTERED = /^(?:[-•]\s*)?([a-z])\)\s+(\S.*)$/u;

/** Splits a point's marker off a line: "c) Dagordningen fastställs" → point 3. A "0." is no point. */
export function pointOf(text: string): { point?: number; text: string } {
  const n = NUMBERED.exec(text);
  if (n?.[1] && n[2] && Number(n[1]) > 0) return { point: Number(n[1]), text: n[2] };
  const l = LETTERED.exec(text);
  if (l?.[1] && l[2]) return { point: l[1].charCodeAt(0) - 96, text: l[2] };
  return { text: text.replace(/^[-•]\s+/, '') };
}

/**
 * The points of a decision or proposal: its numbered lines (with the lines that continue them),
 * or the whole text as one point when nothing is numbered.
 */
export function pointsOf(lines: readonly Line[]): Point[] {
  const points: Point[] = [];
  let numbered = false;
  for (const line of lines) {
    if (line.text === '') continue;
    const p = pointOf(line.text);
    if (p.point !== undefined) {
      numbered = true;
      points.push({ point: p.point, text: p.text, no: line.no });
    } else if (NUMBERED.test(line.text)) {
      // "0. …": a point the model cannot number; kept whole, as its own point.
      numbered = true;
      points.push({ text: line.text, no: line.no });
    } else if (numbered && points.length > 0) {
      const last = points[points.length - 1] as Point;
      // A line before the points ("Gemensam nämnd för samverkan") is their subject, not a point.
      last.text = `${last.text} ${line.text}`;
    }
  }
  if (numbered) return points;
  const text = joinText(lines);
  const first = lines.find((l) => l.text !== '');
  return text && first ? [{ text, no: first.no }] : [];
}

/** A text's words in lower case, one space between: what `adopts` compares. */
export const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The points of a proposal as one text, each on its line with its number ("2. …"). */
export function wholeText(points: readonly Point[]): string {
  return joinAll(
    points.map((p) => (p.point !== undefined ? `${p.point}. ${p.text}` : p.text)),
    '\n',
  );
}

/**
 * `normal(wholeText(points))` from the points' own normal forms (`normals[k]` is `normal(points[k].text)`),
 * without normalising the whole again: a run of letters and digits never crosses the line break or the
 * ". " after a number, and lower case looks no further than such a run's neighbours (final sigma), so
 * the whole's words are the points' words in order. A paragraph that repeats its proposal thousands of
 * times had its whole proposal, megabytes, normalised once more, which cost more than all its points.
 */
export function wholeNormal(points: readonly Point[], normals: readonly string[]): string {
  const words: string[] = [];
  points.forEach((p, k) => {
    if (p.point !== undefined) words.push(String(p.point));
    const n = normals[k];
    if (n) words.push(n);
  });
  return joinAll(words, ' ');
}

/**
 * True when a decision's text is a proposal's, word for word (the proposal was adopted as it stood).
 * Both are normalised already: normalising the whole proposal again for every decision made a document
 * with many decisions quadratic.
 */
function adopts(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 0.85 * long.length && long.includes(short);
}

/** What a paragraph's decisions are read from. */
export interface DecisionSources {
  /** "Beslut" sections, in order. */
  decisionSections: readonly (readonly Line[])[];
  /** "Förslag till beslut" and "X:s förslag" sections. */
  proposalSections: readonly (readonly Line[])[];
  /** "Arbetsutskottets förslag till kommunstyrelsen": what the meeting recommends to another body. */
  recommendationSections?: readonly (readonly Line[])[];
  /** "Yrkanden" sections: a motion adopted word for word is an approval too. */
  motionSections: readonly (readonly Line[])[];
  /** Narrative lines: everything that is not a proposal, motion, list or heading. */
  narrative: readonly Line[];
  /** The narrative's sentences, when the caller has them already. */
  narrativeSentences?: readonly { text: string; no: number }[];
}

/** The proposals of a paragraph as points: "1. Nämnden uppmanar …", "2. …". */
export function proposalsOf(sources: Pick<DecisionSources, 'proposalSections' | 'recommendationSections'>): Point[] {
  return [...sources.proposalSections, ...(sources.recommendationSections ?? [])].flatMap((lines) => pointsOf(lines));
}

/**
 * The decisions of a paragraph of minutes. A "Beslut" section gives them point by point; without one,
 * each sentence that records a decision of this meeting is one. The outcome is what the words say;
 * a decision that repeats the proposal word for word approved it; otherwise it is `other`.
 */
export function decisionsOf(sources: DecisionSources, meetingDate?: string): Decision[] {
  const proposals = proposalsOf(sources);
  const normalProposals = proposals.map((p) => normal(p.text));
  const motions = sources.motionSections
    .flatMap((lines) => pointsOf(lines))
    .map((m) => normal(m.text.replace(/^.*?:\s*/, '')));
  const numberedProposals = proposals.some((p) => p.point !== undefined);
  // The first proposal point with each number, looked up once per decision.
  const pointIndex = new Map<number, number>();
  proposals.forEach((p, k) => {
    if (p.point !== undefined && !pointIndex.has(p.point)) pointIndex.set(p.point, k);
  });
  // The whole proposal and its normal form, each made when a decision first asks for it.
  let whole: string | undefined;
  let normalWhole: string | undefined;
  const wholeProposal = (): [string, string] => {
    whole ??= wholeText(proposals);
    normalWhole ??= wholeNormal(proposals, normalProposals);
    return [whole, normalWhole];
  };
  /** The proposal a decision answered (and its normal form): the point with its number, or the whole. */
  const proposalFor = (point: number | undefined, clean: string): [string, string] | undefined => {
    if (proposals.length === 0) return undefined;
    if (point !== undefined && numberedProposals) {
      const k = pointIndex.get(point);
      return k !== undefined ? [(proposals[k] as Point).text, normalProposals[k] as string] : undefined;
    }
    if (point !== undefined) {
      normalWhole ??= wholeNormal(proposals, normalProposals);
      return adopts(clean, normalWhole) ? wholeProposal() : undefined;
    }
    return wholeProposal();
  };
  const decide = (text: string, point: number | undefined): Decision | undefined => {
    // "- beslutar i enlighet med …": a dash where a flattened copy lost the body's name.
    const clean = text.trim().replace(/^[-–•]\s+/u, '');
    if (!clean) return undefined;
    // Normalised only when there is something to compare it with.
    const normalText = proposals.length > 0 || motions.length > 0 ? normal(clean) : '';
    const proposal = proposalFor(point, normalText);
    const adopted =
      (proposal !== undefined && adopts(normalText, proposal[1])) || motions.some((m) => adopts(normalText, m));
    const outcome = outcomeOf(clean) ?? (adopted ? 'approved' : 'other');
    return {
      text: clean,
      ...(point !== undefined ? { point } : {}),
      ...(proposal ? { proposal: proposal[0] } : {}),
      outcome,
    };
  };
  const decisions: Decision[] = [];
  // "Arbetsutskottets förslag till kommunstyrelsen" is this meeting's decision when no "Beslut" says otherwise.
  const sections =
    sources.decisionSections.length > 0 ? sources.decisionSections : (sources.recommendationSections ?? []);
  if (sections.length > 0) {
    for (const lines of sections) {
      for (const p of pointsOf(lines)) {
        const d = decide(p.text, p.point);
        if (d) decisions.push(d);
      }
    }
    return decisions;
  }
  for (const s of withAttClauses(sources.narrativeSentences ?? sentencesOf(sources.narrative))) {
    const { point, text } = pointOf(s.text);
    if (!isDecisionSentence(text, meetingDate)) continue;
    const d = decide(text, point);
    if (d) decisions.push(d);
  }
  return decisions;
}

/** "Kommunstyrelsen beslutar" (or "beslutar följande:") on a line of its own, its "att" clauses below. */
const OPENS_DECISION = /^[\p{Lu}][\p{L} -]{0,80}?\s(?:beslutar|beslöt|beslutade)(?:\s+(?:enligt\s+)?följande)?\s*:?$/u;

/**
 * Sentences with a decision's opening line joined to the "att" clauses on the lines under it
 * ("Kommunstyrelsen beslutar" / "att anta …" / "att …"): apart, neither reads as a decision.
 */
function withAttClauses(sentences: readonly { text: string; no: number }[]): { text: string; no: number }[] {
  const out: { text: string; no: number }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as { text: string; no: number };
    // Its words are written in lower case: a sentence without "besl" is passed over before the pattern's search.
    if (!s.text.includes('besl') || !OPENS_DECISION.test(s.text)) {
      out.push(s);
      continue;
    }
    const parts = [s.text];
    let last = s.no;
    let j = k + 1;
    for (; j < sentences.length; j++) {
      const next = sentences[j] as { text: string; no: number };
      if (next.no - last > 2 || !/^att\s/iu.test(next.text)) break;
      parts.push(next.text);
      last = next.no;
    }
    out.push(parts.length > 1 ? { text: parts.join('\n'), no: s.no } : s);
    k = j - 1;
  }
  return out;
}

/** True when a block reads as the record of a decision ("Styrelsen fattade beslut om att förslaget bifalles"). */
export function recordsDecision(text: string): boolean {
  return DECISION_STEMS.test(text) && DECIDING.test(text) && !REPORTED.test(text);
}
