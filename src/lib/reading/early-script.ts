// The <head> script that applies stored reading choices, as it is inlined in
// every page (Base.astro) and allowed by its hash in the Content Security
// Policy (src/lib/content/csp.ts). A module of its own so that the browser
// bundle, which imports prefs.ts, does not carry this text.
import { READING_CHOICES, READING_STORAGE_KEY, SCRIPTED_ATTRIBUTE } from './prefs.ts';

/**
 * The <head> script, as it is inlined. It marks <html> as scripted (the
 * settings buttons show only then: `@media (scripting)` is unknown to iOS 16
 * and older in-app browsers) and copies stored choices onto it, before the
 * first paint, so a care-mode reader never sees the standard layout first.
 * Anything it cannot read is ignored (private mode, storage off, a hand-edited value).
 */
export const EARLY_SCRIPT = `document.documentElement.setAttribute(${JSON.stringify(SCRIPTED_ATTRIBUTE)},"");try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(READING_STORAGE_KEY)})||"{}"),d=document.documentElement,c=${JSON.stringify(READING_CHOICES)};for(var k in c)if(p[k]===c[k])d.setAttribute("data-"+k,c[k])}catch(e){}`;
