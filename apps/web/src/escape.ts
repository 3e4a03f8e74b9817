import { stripControlChars } from '@sammantrade/core';

/**
 * HTML that is safe to send: built only by {@link html} (which escapes every value) or {@link raw}
 * (for constants written in this app). Data from an archive never becomes `Html` any other way.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate. `null`, `undefined` and booleans render nothing, so `cond && html`… works. */
export type Content = Html | string | number | boolean | null | undefined | readonly Content[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value, leaving out control characters. */
export function escapeHtml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function render(value: Content): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * Tagged template for HTML: the literal parts are trusted, every interpolated value is escaped
 * (arrays are joined, `Html` is kept). Always quote attributes: `<a href="${url}">`.
 */
export function html(strings: TemplateStringsArray, ...values: Content[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Marks a string as HTML without escaping. Only for markup written in this app, never for data. */
export function raw(markup: string): Html {
  return new Html(markup);
}
