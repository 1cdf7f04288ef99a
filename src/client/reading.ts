// The header's reading settings and the 朗读 button's presence. Kept small:
// every page loads it before any choice is made (the 1 KB budget with the
// <head> script, tests/site/budgets.test.ts); what a choice needs (the 繁體
// map and converter, the speech code, 复制引用's code) is loaded when it is made, as a script
// of its own (ReadingControls.astro has their URLs). Not import(): Vite wraps
// every dynamic import in a 0.9 KB preload helper.
import { READING_CHOICES, READING_STORAGE_KEY, type ReadingChoice, type ReadingPrefs } from '../lib/reading/prefs.ts';
import { READING_EVENT } from './reading-event.ts';

const root = document.documentElement;
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-choice]');
const isOn = (choice: ReadingChoice) => root.hasAttribute(`data-${choice}`);

function store(prefs: ReadingPrefs): void {
  try {
    localStorage.setItem(READING_STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Storage off: the choice holds for this page only.
  }
}

const loaded = new Set<string>();
function load(url: string | undefined): void {
  if (!url || loaded.has(url)) return;
  loaded.add(url);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = url;
  // A failed load (offline) may be tried again by the next press.
  script.addEventListener('error', () => loaded.delete(url));
  document.head.append(script);
}
const controls = document.querySelector<HTMLElement>('.reading-controls')?.dataset;
// Once loaded, the converter follows READING_EVENT itself.
const showScript = () => load(controls?.hantScript);

for (const button of buttons) {
  const choice = button.dataset.choice as ReadingChoice;
  button.setAttribute('aria-pressed', String(isOn(choice)));
  button.addEventListener('click', () => {
    const on = !isOn(choice);
    if (on) root.setAttribute(`data-${choice}`, READING_CHOICES[choice]);
    else root.removeAttribute(`data-${choice}`);
    button.setAttribute('aria-pressed', String(on));
    const prefs: ReadingPrefs = {};
    for (const name of Object.keys(READING_CHOICES) as ReadingChoice[])
      if (isOn(name)) Object.assign(prefs, { [name]: READING_CHOICES[name] });
    store(prefs);
    if (choice === 'script') showScript();
    window.dispatchEvent(new Event(READING_EVENT));
  });
}
if (isOn('script')) showScript();

const speech = document.querySelector<HTMLElement>('[data-read-aloud]');
if (speech && 'speechSynthesis' in window) {
  const offer = () => {
    if (speechSynthesis.getVoices().some((voice) => /^zh[-_]CN/i.test(voice.lang))) speech.hidden = false;
  };
  offer();
  speechSynthesis.addEventListener('voiceschanged', offer);
  // The first press loads the speech code, which starts reading and handles the buttons from then on.
  speech.addEventListener('click', () => load(controls?.speechScript), { once: true });
}

// 复制引用 (Citation.astro): shown where scripts run; the first press loads the code that copies.
const copy = document.querySelector<HTMLElement>('[data-citation-copy]');
if (copy) {
  copy.parentElement!.hidden = false;
  copy.addEventListener('click', () => load(copy.dataset.script), { once: true });
}
