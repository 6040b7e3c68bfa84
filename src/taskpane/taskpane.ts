// The task pane page. In the shared runtime it also hosts the custom functions and the ribbon
// commands (webpack puts all three bundles on this page), so it loads even when hidden.
import type { Lang } from '../core/model';
import { langOf } from '../functions/env';
import { label } from './labels';

interface FnMeta { id: string; description?: string; parameters?: { name: string; optional?: boolean }[] }

let lang: Lang = 'en';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Text goes in as text, never as markup: names and descriptions are data. */
function el(tag: string, text: string, cls?: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function renderFunctions(): Promise<void> {
  const list = $('function-list');
  list.replaceChildren();
  try {
    const res = await fetch(lang === 'vi' ? 'functions.vi.json' : 'functions.json');
    const meta = (await res.json()) as { functions: FnMeta[] };
    for (const f of meta.functions) {
      const li = document.createElement('li');
      const params = (f.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(lang === 'vi' ? '; ' : ', ');
      li.append(el('code', `AID.${f.id}(${params})`), el('p', f.description ?? ''));
      list.append(li);
    }
  } catch {
    list.append(el('li', label('loadFailed', lang), 'error'));
  }
}

export function setLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = lang;
  $('title').textContent = label('title', lang);
  $('lang-label').textContent = label('language', lang);
  $('tab-functions').textContent = label('functions', lang);
  $('functions-intro').textContent = label('functionsIntro', lang);
  $<HTMLSelectElement>('lang').value = lang;
  void renderFunctions();
}

function start(displayLanguage: string | undefined): void {
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => setLanguage((e.target as HTMLSelectElement).value as Lang));
  setLanguage(langOf(displayLanguage));
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => start(Office.context?.displayLanguage));
} else {
  // Outside Office (a plain browser, the pane's own tests): English unless the browser says Vietnamese.
  document.addEventListener('DOMContentLoaded', () => start(navigator.language));
}
