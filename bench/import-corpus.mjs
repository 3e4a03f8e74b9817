// A generated corpus of seed-like documents for the import benchmark: the five layouts the seeds show
// (markdown minutes with glued bold page headers, plain minutes with signature labels, minutes with
// tab-separated head fields, an agenda with its documents and decision extracts, a programme with
// HTML table cells), written from made-up bodies, people and sentences, about 20 KB each.
// Usage: import { generateCorpus } from './import-corpus.mjs'; generateCorpus(1000)
import { SWEDISH_MONTHS } from '../packages/core/dist/index.js';

const PLACES = ['Sala', 'Heby', 'Timrå', 'Ånge', 'Kramfors', 'Sollefteå', 'Härnösand', 'Sundsvall', 'Östersund', 'Åre'];
const FIRST = [
  'Anna',
  'Karin',
  'Eva',
  'Lisa',
  'Maria',
  'Per',
  'Bo',
  'Kim',
  'Lars',
  'Olle',
  'Jonas',
  'Sara',
  'Ingrid',
  'Mats',
];
const LAST = [
  'Berg',
  'Ek',
  'Lind',
  'Nord',
  'Ström',
  'Holm',
  'Sten',
  'Lund',
  'Dahl',
  'Falk',
  'Hägg',
  'Björk',
  'Wall',
  'Sjö',
];
const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'SD', 'L', 'MP'];
const BODIES = ['Mittlandsrådet', 'Norrdalsrådet', 'Kustrådet', 'Fjällrådet', 'Skogsrådet', 'Älvdalsrådet'];
const TOPICS = [
  'bredband på landsbygden',
  'gemensam lönehantering',
  'kollektivtrafiken',
  'kompetensförsörjning inom vården',
  'besöksnäringen',
  'e-arkiv',
  'räddningstjänsten',
  'vuxenutbildningen',
  'digital samverkan',
  'inflyttning och bostäder',
];
const VERBS = ['redovisade', 'beskrev', 'informerade om', 'gick igenom', 'presenterade'];
// Full month names (July left out, as the seeds' bodies do not meet then), numbered by the importer's own table.
const MONTHS = Object.keys(SWEDISH_MONTHS).filter((m) => m.length > 3 && m !== 'juli');
const MONTH_NO = SWEDISH_MONTHS;
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** A small deterministic random generator, so every run measures the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

function makeTools(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = () => {
    const topic = pick(TOPICS);
    const forms = [
      `${person()} ${pick(VERBS)} arbetet med ${topic} i ${pick(PLACES)}.`,
      `Det finns ett behov av att samordna ${topic} mellan kommunerna och regionen.`,
      `Gruppen diskuterade hur ${topic} kan utvecklas under de kommande åren.`,
      `Erfarenheterna från ${pick(PLACES)} visar att ett gemensamt arbetssätt ger resultat.`,
      `Frågan om ${topic} behöver förankras i respektive kommunledning innan nästa steg tas.`,
      `Flera deltagare lyfte att resurserna för ${topic} är begränsade och att prioriteringar behövs.`,
    ];
    return pick(forms);
  };
  const prose = (n) => Array.from({ length: n }, sentence).join(' ');
  const date = (year) => {
    const month = pick(MONTHS);
    const day = int(1, 28);
    const weekday = WEEKDAYS[new Date(Date.UTC(year, MONTH_NO[month] - 1, day)).getUTCDay()];
    return { day, month, year, weekday };
  };
  return { pick, int, person, prose, date };
}

function markdownMinutes(t, i) {
  const body = t.pick(BODIES);
  const org = `8${t.int(20000, 29999)}0-${t.int(1000, 9999)}`;
  const d = t.date(2020 + (i % 5));
  const first = t.int(1, 500);
  const n = t.int(14, 20);
  const head = `**${body}****SAMMANTRÄDESPROTOKOLL**${body.replace('rådet', '')} Samverkan ek för  \n${org}`;
  const members = Array.from({ length: 10 }, () => `${t.person()} (${t.pick(PARTIES)}), ${t.pick(PLACES)} kommun  `);
  const out = [
    '',
    `${head}**Tid och plats**`,
    '',
    `Kommunhuset den ${d.day} ${d.month} ${d.year} kl 09:00-15:00`,
    '',
    '**Paragrafer**',
    '',
    `§§ ${first}-${first + n - 1}`,
    '',
    '**Beslutande**',
    '',
    ...members,
    '',
    '**Utses att justera**',
    '',
    members[1].trim(),
    '',
  ];
  for (let p = 0; p < n; p++) out.push(`§${first + p} Ärende ${p + 1} (${t.pick(['B', 'I', 'P'])}) .....\t${p + 3}`);
  out.push('', 'B\tbeslut', 'I\tinformation', 'P\tplan', '');
  for (let p = 0; p < n; p++) {
    const number = first + p;
    if (p % 2 === 0) out.push(`${head}**§${number} Ärende ${p + 1} om ${t.pick(TOPICS)} (${t.pick(['B', 'I'])})**`, '');
    else out.push(`## §${number} Ärende ${p + 1} om ${t.pick(TOPICS)} (P)`, '');
    out.push(t.prose(t.int(4, 9)), '', t.prose(t.int(3, 7)), '');
    if (p % 3 === 0)
      out.push(
        'Förslag till beslut:',
        '',
        `*Att rådet beslutar att anta planen för ${t.pick(TOPICS)}.*`,
        '',
        'Rådet fattade beslut om att förslaget bifalles.',
        '',
      );
    if (p % 4 === 1) out.push(`${t.person()} fick i uppdrag att ta fram ett underlag om ${t.pick(TOPICS)}.`, '');
    if (p === 2) {
      out.push(`*Att rådet sammanträder ${d.year + 1} följande datum:*`, '');
      for (const m of ['februari', 'april', 'juni', 'oktober']) out.push(`*${t.int(1, 28)} ${m}*`, '');
      out.push('Rådet fattade beslut om att förslaget bifalles.', '');
    }
    out.push('**Ordförande****Justerande****Utdragsbestyrkande**', '');
  }
  out.push(
    `## §${first + n} Nästa möte`,
    '',
    `Nästa råd är planerat till ${t.int(1, 28)} december. ${t.pick(PLACES)} kommer att stå värd för mötet.`,
    '',
  );
  return out.join('\n');
}

function plainMinutes(t) {
  const first = t.int(100, 900);
  const n = t.int(15, 22);
  const out = [
    '',
    'Tid och plats',
    '',
    `${t.pick(PLACES)}, klockan 09.00-15.00`,
    '',
    'Paragrafer',
    '',
    `§§ ${first}-${first + n - 1}`,
    '',
    'Beslutande',
    '',
  ];
  for (let k = 0; k < 12; k++) {
    out.push(
      k === 4
        ? `${t.person()}, (?), ${t.pick(PLACES)} kommun (ersättare för ${t.person()})`
        : `${t.person()}, (${t.pick(PARTIES)}), ${t.pick(PLACES)} kommun`,
    );
  }
  out.push('', 'Övriga deltagare', '');
  for (let k = 0; k < 5; k++) out.push(`${t.person()}, ${t.pick(PLACES)} kommun`);
  const labels = ['Ordförande', '', '', '', 'Justerande', '', '', '', 'Utdragsbestyrkande', ''];
  out.push(
    '',
    'Utses att justera',
    '',
    t.person(),
    '',
    ...labels,
    `${t.person()}, sekreterare`,
    '',
    `${t.person()}, ordförande`,
    '',
    ...labels,
    'Innehållsförteckning',
    '',
  );
  for (let p = 0; p < n; p++) out.push(`§ ${first + p} Punkt ${p + 1}\t${p + 4}`);
  out.push('Bilagor\t30', '', ...labels);
  for (let p = 0; p < n; p++) {
    out.push(
      `§ ${first + p} Punkt ${p + 1} om ${t.pick(TOPICS)}`,
      '',
      t.prose(t.int(5, 10)),
      '',
      t.prose(t.int(2, 5)),
      '',
    );
    if (p % 3 === 0)
      out.push(
        `Beslut: ${t.person()} får i uppdrag att utreda ${t.pick(TOPICS)}. Ska återrapporteras till rådet ${t.int(1, 28)} ${t.pick(MONTHS)}.`,
        '',
      );
    if (p % 5 === 2) out.push('Ärendet flyttades till nästa möte.', '');
    out.push(...labels);
  }
  out.push('Bilagor', '', `- Rapport om ${t.pick(TOPICS)}`, `- Underlag om ${t.pick(TOPICS)}`, '', ...labels);
  return out.join('\n');
}

function tabbedMinutes(t, i) {
  const d = t.date(2021 + (i % 4));
  const next = t.date(d.year);
  const first = t.int(1, 40);
  const n = t.int(6, 9);
  const together = Array.from({ length: 9 }, () => `${t.person()}, ${t.pick(PLACES)}`).join(' ');
  const out = [
    '',
    'Samverkansmöte kommuner och region',
    '',
    `Tid och plats:\t${d.weekday} ${d.day} ${d.month} ${d.year} kl. 09.00 - 12.00 Regionhuset, Sal ${t.int(1, 9)}`,
    `Deltagare:\t${together}`,
    `Ej närvarande:\t${t.person()}, ${t.pick(PLACES)} ${t.person()}, ${t.pick(PLACES)}`,
    `Övriga deltagare:\t${t.person()}, ordförande/förbundschef ${t.person()}, sekreterare`,
    `Justeringens tid och plats:\t${d.weekday} ${d.day} ${d.month} ${d.year}, digitalt`,
    `Paragrafer:\t${first}-${first + n - 1}`,
    `Nästa möte:\t${next.weekday} ${next.day} ${next.month} ${next.year}, kl. 13.00-15.00`,
    '',
    'Innehållsförteckning',
    '',
  ];
  for (let p = 0; p < n; p++) out.push(`§ ${first + p} Punkt ${p + 1}.....\t${p + 2}`);
  out.push('');
  for (let p = 0; p < n; p++) {
    out.push(
      `§ ${first + p} Punkt ${p + 1} om ${t.pick(TOPICS)}`,
      '',
      'Föredragande',
      '',
      `${t.person()}, Region Mittland`,
      '',
      'Bakgrund',
      '',
    );
    for (let k = 0; k < t.int(3, 6); k++) out.push(t.prose(t.int(3, 6)), '');
    out.push('Synpunkter', '', t.prose(t.int(4, 8)), '');
  }
  return out.join('\n');
}

function agenda(t, i) {
  const year = 2019 + (i % 5);
  const out = [
    '',
    'Tid: kl. 09:00-12:00',
    '',
    `Plats: ${t.pick(PLACES)}, Via Teams`,
    '',
    'Ordförande',
    '',
    `${t.person()} (${t.pick(PARTIES)})`,
    '',
    'Ledamöter',
    '',
  ];
  for (let k = 0; k < 8; k++) out.push(`${t.person()} (${t.pick(PARTIES)})${k === 6 ? ', Vice ordförande' : ''}`, '');
  out.push('Ersättare', '');
  for (let k = 0; k < 8; k++) out.push(`${t.person()} (${t.pick(PARTIES)})`, '');
  out.push('Övriga', '', '1. Fastställande av föredragningslista', '', '2. Val av justerare', '');
  const items = [];
  for (let k = 3; k <= 10; k++) {
    const caseNo = `SN/${t.int(1, 30)}/${year}`;
    items.push([k, caseNo]);
    out.push(
      `${k}. Ärende om ${t.pick(TOPICS)} (${caseNo})`,
      '',
      'Ärendebeskrivning',
      '',
      t.prose(t.int(4, 8)),
      '',
      t.prose(t.int(3, 6)),
      '',
      'Förslag till beslut',
      '',
    );
    if (k === 3) {
      out.push('Följande sammanträdesdagar fastställs:', '');
      for (const m of ['februari', 'maj', 'september', 'december']) {
        const day = t.int(1, 28);
        const wd = WEEKDAYS[new Date(Date.UTC(year + 1, MONTH_NO[m] - 1, day)).getUTCDay()];
        out.push(`${wd[0].toUpperCase()}${wd.slice(1)} ${day} ${m} (${t.pick(['bokslut', 'budget', 'delår'])})`, '');
      }
    } else if (k % 2 === 0)
      out.push(`1. Nämnden godkänner rapporten om ${t.pick(TOPICS)}.`, `2. Ärendet avslutas.`, '');
    else out.push(`Nämnden uppmanar parterna att prioritera ${t.pick(TOPICS)}.`, '');
    out.push(
      'Expedieras till',
      '',
      'Nämndens parter',
      '',
      'Beslutsunderlag',
      '',
      `- Tjänsteskrivelse om ${t.pick(TOPICS)}`,
      '',
    );
  }
  for (const [k, caseNo] of items) {
    out.push(
      '',
      `${k}`,
      '',
      `Ärende om ${t.pick(TOPICS)}`,
      '',
      caseNo,
      '',
      'Tjänsteskrivelse',
      '',
      `${year}-11-0${t.int(1, 9)}`,
      '',
      t.prose(t.int(6, 10)),
      '',
    );
    if (k % 3 === 0) {
      out.push(
        'Gemensam nämnd för samverkan',
        'i Mittland',
        '',
        `${year}-0${t.int(1, 9)}-1${t.int(0, 9)}`,
        '',
        `§${t.int(1, 60)}`,
        '',
        `Tidigare beslut (${caseNo})`,
        '',
        'Sammanfattning',
        '',
        t.prose(5),
        '',
      );
      out.push(
        'Förslag till beslut',
        '',
        '1. Rapporten läggs till handlingarna.',
        '2. Frågan utreds vidare.',
        '',
        'Beslut',
        '',
        '1. Rapporten läggs till handlingarna.',
        '2. Frågan utreds vidare.',
        '',
      );
    }
  }
  return out.join('\n');
}

function programme(t, i) {
  const body = t.pick(BODIES);
  const out = ['', `# Utvecklingsprogram ${body} ${2020 + (i % 5)}-0${t.int(1, 9)}-1${t.int(0, 9)}`, ''];
  for (let a = 0; a < 8; a++) {
    out.push(
      `## Delområde **${t.pick(TOPICS)}**`,
      '',
      'Utvecklingsområde\tAktivitet\tAnsv\tKlart\tAnmärkning/Uppföljning',
    );
    for (let r = 0; r < t.int(6, 12); r++) {
      const items = Array.from({ length: t.int(1, 4) }, () => `<li>• ${t.prose(1)}</li>`).join(' ');
      out.push(
        `<b>${t.pick(TOPICS)}</b>\t<ul style="list-style-type: none"> ${items} </ul>\t${t.pick(PLACES)}\t${t.pick(['Klart', 'Pågår', '', ''])}\t${t.pick(['Avvaktar', '', t.prose(1)])}`,
      );
    }
    out.push('');
  }
  out.push(`**${t.person()} 2022-03-22**`);
  return out.join('\n');
}

const LAYOUTS = [
  ['markdown minutes', markdownMinutes],
  ['plain minutes', plainMinutes],
  ['tabbed minutes', tabbedMinutes],
  ['agenda', agenda],
  ['programme', programme],
];

/** `count` documents, the five layouts in turn: `{ layout, name, text }`. */
export function generateCorpus(count = 1000, seed = 7) {
  const t = makeTools(random(seed));
  return Array.from({ length: count }, (_, i) => {
    const [layout, make] = LAYOUTS[i % LAYOUTS.length];
    return { layout, name: `${String(i).padStart(4, '0')}-${layout.replace(' ', '-')}.txt`, text: make(t, i) };
  });
}
