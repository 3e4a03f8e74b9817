/**
 * The endings of an officer's title, not an elected member's: "förvaltningschef", "kommundirektör",
 * "nämndsekreterare", "controller". One list for every reader that tells an officer's title from a name
 * or a heading's words (people lists, agenda presenter columns, attendance entries).
 */
export const OFFICE_TITLE_ENDS =
  'chef|direktör|sekreterare|handläggare|strateg|ekonom|controller|samordnare|ledare|utvecklare|koordinator|assistent|rådgivare|revisor|kommunikatör|utredare|specialist|jurist|ingenjör|inspektör|arkitekt|planerare|administratör';

const OFFICE_TITLE = new RegExp(`^\\p{Ll}*(?:${OFFICE_TITLE_ENDS})$`, 'u');

/** Whether a capitalised word is an officer's title ("Ekonomichef", "Controller"). */
export function isCapitalisedOfficeTitle(word: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(word) && OFFICE_TITLE.test(word.toLowerCase());
}
