import type { Body } from '../model/body.js';
import type { Weekday } from '../model/primitives.js';
import { type Label, label, WORDS } from './words.js';

/**
 * The sentences reports, calendars and the viewer show, in Swedish and English: why a date is what it
 * is, why one is missing, what a warning means. Kept here with the words so every app says the same.
 */

const TIME_LIMIT_LAW = label(
  'lag (1930:173) om beräkning av lagstadgad tid',
  'Act (1930:173) on statutory time limits',
);
const days = (n: number, sv: boolean) => (sv ? `${n} ${n === 1 ? 'dag' : 'dagar'}` : `${n} day${n === 1 ? '' : 's'}`);
const source = (s: string | undefined) => (s ? ` (${s})` : '');

/** Kommunallagen's rules, by their paragraphs. */
export const KL_NOTICE = label(
  'KL 8 kap. 12 §: anslag senast andra dagen efter justeringen',
  'KL ch. 8 s. 12: notice at the latest the second day after adjustment',
);
export const KL_APPEAL = label(
  'KL 13 kap. 5 §: överklagande inom tre veckor från anslaget',
  'KL ch. 13 s. 5: appeal within three weeks of the notice',
);

/** Why a deadline is what it is, or why it is missing. */
export const DEADLINE_PHRASES = {
  stated: label('enligt protokollet', 'as the minutes state'),
  moved: (date: string, holiday: string | undefined): Label =>
    label(
      `${date} är ${holiday ?? 'helg'}; nästa vardag gäller (${TIME_LIMIT_LAW.sv})`,
      `${date} is ${holiday ? `a holiday (${holiday})` : 'a weekend'}; the next working day counts (${TIME_LIMIT_LAW.en})`,
    ),
  noMeetingDate: label('mötets datum saknas', 'the meeting has no date'),
  noAdjustmentRule: label(
    'protokollet anger ingen sista dag för justering och organet har ingen regel om det',
    'the minutes state no adjustment deadline and the body has no rule about it',
  ),
  ruleWithoutStart: (within: number, where: string | undefined): Label =>
    label(
      `organets regel om justering inom ${days(within, true)}${source(where)} anger inte från när den gäller; inget datum räknas ur den`,
      `the body's rule to adjust within ${days(within, false)}${source(where)} does not say when it applies from; no date is counted from it`,
    ),
  ruleNotYet: (within: number, since: string, where: string | undefined): Label =>
    label(
      `organets regel om justering inom ${days(within, true)}${source(where)} gäller från ${since}, efter mötet; protokollet anger ingen sista dag`,
      `the body's rule to adjust within ${days(within, false)}${source(where)} applies from ${since}, after the meeting; the minutes state no deadline`,
    ),
  fromRule: (within: number, where: string | undefined): Label =>
    label(
      `organets regel: justering inom ${days(within, true)}${source(where)}`,
      `the body's rule: adjustment within ${days(within, false)}${source(where)}`,
    ),
  legalFormUnknown: label(
    'organets juridiska form anges inte; Kommunallagens frister räknas bara för kommuner, regioner, kommunalförbund och gemensamma nämnder',
    "the body's legal form is not recorded; Kommunallagen's deadlines are counted only for municipalities, regions, federations and joint committees",
  ),
  lawNotApplicable: (body: Body): Label =>
    label(
      `Kommunallagens frister för anslag och överklagande gäller inte ${body.legalForm ? `en ${WORDS.sv.legalForm[body.legalForm]}` : 'organet'}`,
      `Kommunallagen's deadlines for notice and appeal do not apply to ${body.legalForm ? `an ${WORDS.en.legalForm[body.legalForm]}` : 'the body'}`,
    ),
  noticeAfterAdjustment: label(
    `${KL_NOTICE.sv} (räknat från justeringen)`,
    `${KL_NOTICE.en} (counted from the adjustment)`,
  ),
  noticeAfterDeadline: label(
    `${KL_NOTICE.sv} (räknat från sista dag för justering)`,
    `${KL_NOTICE.en} (counted from the last day of adjustment)`,
  ),
  appealFromNotice: (notice: string): Label =>
    label(`${KL_APPEAL.sv} (räknat från anslaget ${notice})`, `${KL_APPEAL.en} (counted from the notice of ${notice})`),
  appealAssumed: (latest: string): Label =>
    label(
      `om anslaget sattes upp sista tillåtna dagen, ${latest}`,
      `if the notice went up on the last allowed day, ${latest}`,
    ),
  appealAssumedRange: (latest: string, window: { from: string; to: string }, first: string, last: string): Label =>
    label(
      `${KL_APPEAL.sv}; protokollet anger inte när anslaget sattes upp: om det sattes upp sista tillåtna dagen, ${latest}; ett anslag ${window.from}–${window.to} ger sista dag ${first}–${last}`,
      `${KL_APPEAL.en}; the minutes do not say when the notice went up: if it went up on the last allowed day, ${latest}; a notice from ${window.from} to ${window.to} gives a last day from ${first} to ${last}`,
    ),
  nothingToCountFrom: label(
    'varken justering eller anslag kan dateras',
    'neither the adjustment nor the notice can be dated',
  ),
  jointCommitteeNotice: (host: string | undefined): Label =>
    host
      ? label(
          `gemensam nämnd: överklagandetiden räknas från anslaget hos ${host}, där nämnden ingår i organisationen (KL 13 kap. 5 §)`,
          `joint committee: the appeal period runs from the notice of ${host}, in whose organisation the committee sits (KL ch. 13 s. 5)`,
        )
      : label(
          'gemensam nämnd: överklagandetiden räknas från anslaget hos den kommun eller region där nämnden ingår i organisationen, som arkivet inte anger (KL 13 kap. 5 §)',
          'joint committee: the appeal period runs from the notice of the municipality or region in whose organisation the committee sits, which the archive does not record (KL ch. 13 s. 5)',
        ),
} as const;

const sameDay = (sv: boolean, days: readonly string[]) => days.join(sv ? ' eller ' : ' or ');

/** Warnings about a meeting's day and time. */
export const SCHEDULE_PHRASES = {
  weekdayRule: (
    actual: Weekday,
    rule: { days: readonly Weekday[]; source?: string | undefined; since?: string | undefined },
  ): Label =>
    label(
      `${WORDS.sv.weekday[actual]}: organet sammanträder ${sameDay(
        true,
        rule.days.map((d) => WORDS.sv.weekday[d]),
      )}${source(rule.source)}${rule.since ? '' : '; regeln anger inte från när den gäller'}`,
      `${WORDS.en.weekday[actual]}: the body meets on ${sameDay(
        false,
        rule.days.map((d) => WORDS.en.weekday[d]),
      )}${source(rule.source)}${rule.since ? '' : '; the rule does not say when it applies from'}`,
    ),
  holiday: (name: string): Label => label(name, `a public holiday (${name})`),
  statedWeekday: (date: string, stated: Weekday, actual: Weekday): Label =>
    label(
      `handlingen skriver ${WORDS.sv.weekday[stated]}, men ${date} är en ${WORDS.sv.weekday[actual]}`,
      `the document says ${WORDS.en.weekday[stated]}, but ${date} is a ${WORDS.en.weekday[actual]}`,
    ),
  gap: (date: string, time: string): Label =>
    label(
      `klockan ${time} finns inte ${date}: klockan ställs fram en timme den natten; tiden står som handlingen anger den`,
      `${time} does not exist on ${date}: the clocks go forward an hour that night; the time is kept as the document states it`,
    ),
  overlap: (date: string, time: string): Label =>
    label(
      `klockan ${time} inträffar två gånger ${date}: klockan ställs tillbaka en timme den natten; kalendern visar den första`,
      `${time} happens twice on ${date}: the clocks go back an hour that night; calendars show the first`,
    ),
} as const;

/** The words of calendar events. */
export const CALENDAR_PHRASES = {
  kind: { minutes: 'Protokoll', agenda: 'Kallelse', extract: 'Protokollsutdrag' },
  cancelled: 'INSTÄLLT: ',
  moved: 'FLYTTAT: ',
  proposed: 'Förslag: ',
  fromSchedule: (year: number | undefined) => `Planerat sammanträde enligt sammanträdesplanen ${year ?? ''}`.trimEnd(),
  fromProposal: (year: number | undefined) =>
    `Föreslaget sammanträde enligt förslaget till sammanträdesplan ${year ?? ''}; inte beslutat`.replace(' ;', ';'),
  announced: (date: string) => `Nästa möte enligt protokollet ${date}`,
  note: (text: string) => `Anteckning: ${text}`,
  host: (host: string) => `Värd: ${host}`,
  noTime: 'Tiden är inte angiven i handlingarna.',
  noEnd: 'Sluttiden är inte angiven i handlingarna.',
  warning: (text: string) => `Varning: ${text}`,
  agendaItems: 'Föredragningslista:',
  paragraphs: 'Paragrafer:',
  adjustmentSummary: (body: string, date: string | undefined) => `Justering senast: ${body}${date ? ` ${date}` : ''}`,
  adjustmentDescription: (date: string | undefined) =>
    `Sista dag för justering av protokollet${date ? ` från ${date}` : ''}, enligt protokollet.`,
  reportBackSummary: (assignee: string) => `Återrapportering: ${assignee}`,
  reportBackDescription: (task: string, body: string, paragraph: number, date: string | undefined, to?: string) =>
    `${task}\n\nUppdrag från ${body} § ${paragraph}${date ? `, ${date}` : ''}.${to ? ` Återrapporteras till ${to}.` : ''}`,
  allFeedName: 'Sammanträden',
  allFeedDescription: (bodies: readonly string[]) => `Alla organs sammanträden: ${bodies.join(', ')}`,
  bodyFeedDescription: (body: string, organisation: string | undefined) =>
    `Sammanträden för ${body}${organisation ? ` (${organisation})` : ''}`,
  yearFeedDescription: (body: string, year: number) => `Sammanträden för ${body} under ${year}`,
} as const;
