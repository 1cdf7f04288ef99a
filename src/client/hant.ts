// 繁體: converts the page's text in place with the site's own phrase map
// (fetched once, on the first switch), and back. Text added later (search
// results, status messages) is converted as it arrives. The page's `lang`
// follows, so screen readers pronounce it as Traditional Chinese. Loaded by
// src/client/reading.ts when 繁體 is chosen, as a script of its own that
// starts itself; charts redraw from their converted tables (data-series).
import { hantConverter, type HantConverter } from '../lib/reading/convert.ts';
import { HANS_LANG, HANT_LANG } from '../lib/reading/prefs.ts';
import { READING_EVENT } from './reading-event.ts';

// data-series and data-unit-title are what a chart draws its legend and axis title from.
const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt', 'data-series', 'data-unit-title'] as const;
const originalText = new WeakMap<Text, string>();
const originalAttributes = new WeakMap<Element, Map<string, string>>();
let converter: Promise<HantConverter> | undefined;
let showing = false;
let observer: MutationObserver | undefined;
const originalTitle = document.title;

function loadConverter(): Promise<HantConverter> {
  const url = document.querySelector<HTMLElement>('[data-hant-map]')?.dataset.hantMap;
  if (!url) return Promise.reject(new Error('no [data-hant-map] on this page'));
  converter ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    })
    .then(hantConverter);
  return converter;
}

const skipped = (element: Element) => element.closest('script, style, [data-no-convert], [translate="no"]') !== null;

function convertTree(node: Node, convert: HantConverter | undefined): void {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let current: Node | null = node; current; current = walker.nextNode()) {
    if (current instanceof Text) {
      const parent = current.parentElement;
      if (!parent || skipped(parent)) continue;
      const original = originalText.get(current) ?? current.data;
      originalText.set(current, original);
      const next = convert ? convert(original) : original;
      if (current.data !== next) current.data = next;
    } else if (current instanceof Element && !skipped(current)) {
      let saved = originalAttributes.get(current);
      for (const name of ATTRIBUTES) {
        const value = saved?.get(name) ?? current.getAttribute(name);
        if (value === null) continue;
        if (!saved) originalAttributes.set(current, (saved = new Map()));
        saved.set(name, value);
        current.setAttribute(name, convert ? convert(value) : value);
      }
    }
  }
}

async function showHant(on: boolean): Promise<void> {
  if (on === showing) return;
  showing = on;
  const root = document.documentElement;
  let convert: HantConverter | undefined;
  try {
    convert = on ? await loadConverter() : undefined;
  } catch (error) {
    // No map (offline, a failed deploy): the page stays in Simplified and the
    // button says so (unpressed); the stored choice stays for the next page.
    showing = false;
    converter = undefined;
    root.removeAttribute('data-script');
    document.querySelector('button[data-choice="script"]')?.setAttribute('aria-pressed', 'false');
    console.error('繁體转换表未能载入：', error);
    return;
  }
  if (showing !== on) return; // switched back while the map was loading
  convertTree(document.body, convert);
  document.title = convert ? convert(originalTitle) : originalTitle;
  root.lang = on ? HANT_LANG : HANS_LANG;
  observer?.disconnect();
  if (convert) {
    observer = new MutationObserver((records) => {
      for (const record of records) for (const added of record.addedNodes) convertTree(added, convert);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }
  // Charts redraw with the converted labels.
  window.dispatchEvent(new Event(READING_EVENT));
}

const follow = () => void showHant(document.documentElement.hasAttribute('data-script'));
window.addEventListener(READING_EVENT, follow);
follow();
