/**
 * The static site's search, run in the browser: fetches the prebuilt index (sok/index.json), searches
 * it with core's search and writes the same list the server would. Every value goes through the
 * escaping `html` template before it reaches the page.
 */
import { createSearchIndex, type SearchDocument } from '@sammantrade/core';
import { html } from '../escape.js';
import { hitList } from '../pages/search-hit.js';
import { Urls } from '../urls.js';

const LIMIT = 100;

async function run(): Promise<void> {
  const out = document.getElementById('sok-resultat');
  const input = document.getElementById('q');
  const q = new URLSearchParams(window.location.search).get('q') ?? '';
  if (!out || !q.trim()) return;
  if (input instanceof HTMLInputElement) input.value = q;
  out.textContent = 'Söker …';
  try {
    const response = await fetch(out.dataset.index ?? 'index.json');
    if (!response.ok) throw new Error(String(response.status));
    const index = createSearchIndex((await response.json()) as SearchDocument[]);
    const result = index.search(q, { limit: LIMIT });
    out.innerHTML =
      html`<section aria-labelledby="traffar"><h2 id="traffar">Träffar</h2>${hitList(result, new Urls(out.dataset.base ?? ''), 0)}${
        result.total > LIMIT
          ? html`<p>De ${LIMIT} bästa träffarna visas. Lägg till fler ord för att hitta rätt.</p>`
          : ''
      }</section>`.value;
    document.title = `Sök: ${q.trim()} – ${document.title.split(' – ').pop() ?? ''}`;
  } catch {
    out.textContent = 'Sökningen kunde inte läsa in sitt register. Försök igen senare.';
  }
}

void run();
