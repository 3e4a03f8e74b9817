/**
 * Sweden's municipalities, regions and the public organisations that sit in inter-municipal bodies.
 * Participant lists name people by where they come from ("Sara Schelin, Åre"); knowing the places
 * tells a place from a person's name when lists run together ("Östersund Lars Gunnar Nordlander").
 */

const MUNICIPALITIES =
  `Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn Salem
Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands_Väsby Upplands-Bro Vallentuna Vaxholm
Värmdö Österåker Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar Eskilstuna Flen Gnesta Katrineholm
Nyköping Oxelösund Strängnäs Trosa Vingåker Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping
Vadstena Valdemarsvik Ydre Åtvidaberg Ödeshög Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö
Tranås Vaggeryd Vetlanda Värnamo Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult Borgholm Emmaboda
Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby Västervik Gotland Karlshamn Karlskrona
Olofström Ronneby Sölvesborg Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan
Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv Svedala
Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra_Göinge Falkenberg Halmstad Hylte Kungsbacka
Laholm Varberg Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp Gullspång Göteborg
Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil Mariestad Mark Mellerud Munkedal
Mölndal Orust Partille Skara Skövde Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo
Trollhättan Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö Arvika Eda Filipstad Forshaga Grums
Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors Sunne Säffle Torsby Årjäng Askersund Degerfors Hallsberg
Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora Örebro Arboga Fagersta Hallstahammar Kungsör
Köping Norberg Sala Skinnskatteberg Surahammar Västerås Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika
Malung-Sälen Mora Orsa Rättvik Smedjebacken Säter Vansbro Älvdalen Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig
Ockelbo Ovanåker Sandviken Söderhamn Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik Berg Bräcke
Härjedalen Krokom Ragunda Strömsund Åre Östersund Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors
Skellefteå Sorsele Storuman Umeå Vilhelmina Vindeln Vännäs Åsele Arjeplog Arvidsjaur Boden Gällivare Haparanda
Jokkmokk Kalix Kiruna Luleå Pajala Piteå Älvsbyn Överkalix Övertorneå`
    .split(/\s+/)
    .map((name) => name.replace(/_/g, ' '));

const REGION_NAMES =
  `Stockholm Uppsala Sörmland Östergötland Jönköpings_län Kronoberg Kalmar_län Gotland Blekinge Skåne Halland
Värmland Örebro_län Västmanland Dalarna Gävleborg Västernorrland Jämtland_Härjedalen Västerbotten Norrbotten Västra_Götaland`
    .split(/\s+/)
    .map((name) => name.replace(/_/g, ' '));

/** Words that open an organisation's name. */
const ORGANISATION_HEADS = new Set(
  `region regionen länsstyrelsen kommunförbundet kommunalförbundet polisen polismyndigheten trafikverket
försäkringskassan arbetsförmedlingen skatteverket skr högskolan universitetet räddningstjänsten räddningsförbundet
samordningsförbundet västra_götalandsregionen destination`
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' ')),
);

const municipalitySet = new Set(MUNICIPALITIES.map((m) => m.toLowerCase()));
/** Municipality names by their first word, lower case: "upplands" → [["upplands", "väsby"], ["upplands-bro"]…]. */
const byFirstWord = new Map<string, string[][]>();
for (const name of MUNICIPALITIES) {
  const parts = name.toLowerCase().split(' ');
  const list = byFirstWord.get(parts[0] ?? '') ?? [];
  list.push(parts);
  byFirstWord.set(parts[0] ?? '', list);
}
const regionTails = REGION_NAMES.map((r) => r.toLowerCase().split(' '));

/** True for the name of a Swedish municipality ("Åre", "Upplands Väsby") or "X kommun". */
export function isMunicipality(text: string): boolean {
  const t = text.trim().toLowerCase();
  return municipalitySet.has(t) || /(?:^|\s)kommun$/.test(t) || /^[\p{L}-]+\s+kommuns?$/u.test(t);
}

/** True for a region, a county administrative board or another public organisation. */
export function isOrganisation(text: string): boolean {
  const t = text.trim().toLowerCase();
  const head = t.split(/\s+/)[0] ?? '';
  return (
    ORGANISATION_HEADS.has(head) ||
    /(?:^|\s)(?:ab|ek\.? ?för|ekonomisk förening|förening|förbund|förbundet)$/.test(t) ||
    t === 'västra götalandsregionen'
  );
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if ((words[at + k] ?? '').toLowerCase() !== phrase[k]) return false;
  return true;
}

/**
 * How many of the leading `words` name a place or an organisation: a municipality ("Upplands Väsby"),
 * "X kommun", "Region Jämtland Härjedalen", "Länsstyrelsen". 0 when they do not start with one.
 */
export function leadingPlaceLength(words: readonly string[]): number {
  let best = 0;
  for (const parts of byFirstWord.get((words[0] ?? '').toLowerCase()) ?? []) {
    if (parts.length > best && matchesAt(words, 0, parts)) best = parts.length;
  }
  // "Bollnäs kommun", "Malung-Sälens kommun": a genitive and "kommun".
  if ((words[1] ?? '').toLowerCase() === 'kommun' && /^\p{Lu}/u.test(words[0] ?? '')) best = Math.max(best, 2);
  else if (best > 0 && (words[best] ?? '').toLowerCase() === 'kommun') best += 1;
  const head = (words[0] ?? '').toLowerCase();
  if (ORGANISATION_HEADS.has(head)) {
    let length = 1;
    for (const tail of regionTails) if (matchesAt(words, 1, tail)) length = Math.max(length, 1 + tail.length);
    best = Math.max(best, length);
  }
  return best;
}
