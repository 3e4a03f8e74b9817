/**
 * The static site's search, run in the browser: fetches the prebuilt index (sok/index.json), searches
 * it with core's search and writes the same list the server would. Every value goes through the
 * escaping `html` template before it reaches the page.
 */
import { loadSearchIndex } from '@sammantrade/core';
import { html } from '../escape.js';
import { hitList, searchOptionsOf, searchRequestOf } from '../pages/search-hit.js';
import { Urls } from '../urls.js';

const LIMIT = 100;

async function run(): Promise<void> {
  const out = document.getElementById('sok-resultat');
  const params = new URLSearchParams(window.location.search);
  const request = searchRequestOf((name) => params.get(name));
  if (!out || !request.q.trim()) return;
  for (const [id, value] of [
    ['q', request.q],
    ['organ', request.organ],
    ['ar', request.ar],
    ['typ', request.typ],
  ] as const) {
    const field = document.getElementById(id);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value ?? '';
  }
  out.textContent = 'Söker …';
  try {
    const response = await fetch(out.dataset.index ?? 'index.json');
    if (!response.ok) throw new Error(String(response.status));
    const index = loadSearchIndex(await response.json());
    const result = index.search(request.q, { ...searchOptionsOf(request), limit: LIMIT });
    out.innerHTML =
      html`<section aria-labelledby="traffar"><h2 id="traffar">Träffar</h2>${hitList(result, new Urls(out.dataset.base ?? ''), 0)}${
        result.total > LIMIT
          ? html`<p>De ${LIMIT} bästa träffarna visas. Lägg till fler ord för att hitta rätt.</p>`
          : ''
      }</section>`.value;
    document.title = `Sök: ${request.q.trim()} – ${document.title.split(' – ').pop() ?? ''}`;
  } catch {
    out.textContent = 'Sökningen kunde inte läsa in sitt register. Försök igen senare.';
  }
}

void run();
