import type { Archive } from '../archive/archive.js';
import { programmeProgress } from '../query/programme.js';
import { PROGRAMME_REPORT as W } from '../text/report-words.js';
import { label } from '../text/words.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, type Report } from './table.js';

/** `report programme`: each action programme's status per area, and its items. */
export function programmeReport(archive: Archive, options: ReportOptions): Report {
  const programmes = archive.programmes.filter((p) => options.body === undefined || p.body === options.body);
  const areaRows = [];
  const itemRows = [];
  for (const programme of programmes) {
    const progress = programmeProgress(programme);
    for (const area of [...progress.areas, { name: W.total, counts: progress.total }]) {
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
  const c = W.columns;
  const about = (p: (typeof programmes)[number]) =>
    `${p.title}${p.date ? `, ${p.date}` : ''}${p.author ? `, ${p.author}` : ''}.`;
  return {
    kind: 'programme',
    title: W.title,
    tables: [
      {
        title: W.areas,
        columns: [
          col('programme', c.programme),
          col('area', c.area),
          col('done', c.done, 'number'),
          col('ongoing', c.ongoing, 'number'),
          col('onHold', c.onHold, 'number'),
          col('none', c.none, 'number'),
          col('total', c.total, 'number'),
        ],
        rows: areaRows,
      },
      {
        title: W.items,
        columns: [
          col('area', c.area),
          col('item', c.item),
          col('status', c.status, 'text', CODES.programmeStatus),
          col('responsible', c.responsible),
          col('activities', c.activities),
          col('notes', c.notes),
        ],
        rows: itemRows,
      },
    ],
    notes: programmes.length ? programmes.map((p) => label(about(p), about(p))) : [W.none],
  };
}
