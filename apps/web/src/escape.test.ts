import { describe, expect, it } from 'vitest';
import { escapeHtml, Html, html, raw } from './escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Hälsingerådet § 763')).toBe('Hälsingerådet § 763');
  });
});

describe('html', () => {
  it('escapes every interpolated string, also inside arrays', () => {
    const evil = '<script>alert(1)</script>';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html`<ul>${['<b>', html`<li>${'&'}</li>`]}</ul>`.value).toBe('<ul>&lt;b&gt;<li>&amp;</li></ul>');
  });

  it('keeps Html, prints numbers and drops null, undefined and booleans', () => {
    expect(html`${raw('<br>')}${0}${null}${undefined}${false}${true}`.value).toBe('<br>0');
    expect(String(html`<i>${'x'}</i>`)).toBe('<i>x</i>');
    expect(html`a` instanceof Html).toBe(true);
  });

  it('does not let an attribute value break out of its quotes', () => {
    const value = `" onmouseover="alert(1)`;
    expect(html`<a href="${value}">`.value).toBe('<a href="&quot; onmouseover=&quot;alert(1)">');
  });
});
