import type { Archive } from '../archive/archive.js';
import { programmeProgress } from '../view/programme.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, note, type Report } from './table.js';

/** `report programme`: each action programme's status per area, and its items. */
export function programmeReport(archive: Archive, options: ReportOptions): Report {
  const programmes = archive.programmes.filter((p) => options.body === undefined || p.body === options.body);
  const areaRows = [];
  const itemRows = [];
  for (const programme of programmes) {
    const progress = programmeProgress(programme);
    for (const area of [...progress.areas, { name: 'Totalt', counts: progress.total }]) {
      areaRows.push({
        programme: programme.title,
        area: area.name,
        done: area.counts.done,
        ongoing: area.counts.ongoing,
        onHold: area.counts['on-hold'],
        none: area.counts.none,
        total: area.counts.total,
      });
    }
    for (const area of programme.areas) {
      for (const item of area.items) {
        itemRows.push({
          programme: programme.title,
          area: area.name,
          item: item.name,
          status: item.status ?? null,
          responsible: item.responsible ?? null,
          activities: item.activities.join('; ') || null,
          notes: item.notes ?? null,
        });
      }
    }
  }
  return {
    kind: 'programme',
    title: note('Utvecklingsprogram: status', 'Action programme: status'),
    tables: [
      {
        title: note('Per delområde', 'Per area'),
        columns: [
          col('programme', 'Program', 'Programme'),
          col('area', 'Delområde', 'Area'),
          col('done', 'Klart', 'Done', 'number'),
          col('ongoing', 'Pågår', 'Ongoing', 'number'),
          col('onHold', 'Avvaktar', 'On hold', 'number'),
          col('none', 'Ingen status', 'No status', 'number'),
          col('total', 'Totalt', 'Total', 'number'),
        ],
        rows: areaRows,
      },
      {
        title: note('Punkter', 'Items'),
        columns: [
          col('area', 'Delområde', 'Area'),
          col('item', 'Utvecklingsområde', 'Item'),
          { ...col('status', 'Status', 'Status'), codes: CODES.programmeStatus },
          col('responsible', 'Ansvarig', 'Responsible'),
          col('activities', 'Aktiviteter', 'Activities'),
          col('notes', 'Anmärkning', 'Notes'),
        ],
        rows: itemRows.map(({ programme: _p, ...row }) => row),
      },
    ],
    notes: programmes.length
      ? programmes.map((p) =>
          note(
            `${p.title}${p.date ? `, ${p.date}` : ''}${p.author ? `, ${p.author}` : ''}.`,
            `${p.title}${p.date ? `, ${p.date}` : ''}${p.author ? `, ${p.author}` : ''}.`,
          ),
        )
      : [note('Arkivet har inget utvecklingsprogram.', 'The archive has no action programme.')],
  };
}
