// 朗读: the article read aloud by the browser's own speech synthesis, a
// paragraph per utterance (Chromium stops a long utterance after about 15 s),
// with pause, resume and stop. Loaded by src/client/reading.ts on the first
// press of 朗读全文, as a script of its own that starts reading at once.

// What is read: the title and the body's text blocks, not a figure's table,
// source and downloads (behind its 数据表、来源与下载 disclosure).
const BLOCKS = 'h1, .article-body :is(h2, h3, p, li, figcaption, .chart-summary)';
const SKIPPED = '.chart-details';

type State = 'idle' | 'speaking' | 'paused';
let queue: SpeechSynthesisUtterance[] = [];

function show(group: HTMLElement, state: State): void {
  const button = (name: string) => group.querySelector<HTMLButtonElement>(`[data-speech="${name}"]`)!;
  const hadFocus = group.contains(document.activeElement);
  button('play').hidden = state === 'speaking';
  button('play').textContent = state === 'paused' ? '继续' : '朗读全文';
  button('pause').hidden = state !== 'speaking';
  button('stop').hidden = state === 'idle';
  // The pressed button may just have been hidden: keep keyboard focus in the group.
  const active = document.activeElement as HTMLElement | null;
  if (hadFocus && (!active || !group.contains(active) || active.hidden)) button(state === 'speaking' ? 'pause' : 'play').focus();
}

/** Cancel what is queued; a paused synthesiser stays paused after cancel() in Chromium, so resume it. */
function silence(): void {
  speechSynthesis.cancel();
  speechSynthesis.resume();
}

function stop(group: HTMLElement): void {
  queue = [];
  silence();
  show(group, 'idle');
}

function start(group: HTMLElement): void {
  const article = group.closest('article') ?? document;
  const blocks = [...article.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    // A list item inside another is read with it, once.
    (block) => !block.closest(SKIPPED) && !block.parentElement?.closest('.article-body li'),
  );
  queue = blocks
    .map((block) => block.innerText.trim())
    .filter(Boolean)
    .map((text) => {
      const utterance = new SpeechSynthesisUtterance(text);
      // The browser picks its voice for the language (reading.ts offers 朗读 only if it has a zh-CN one).
      utterance.lang = 'zh-CN';
      return utterance;
    });
  const last = queue.at(-1);
  if (last) last.addEventListener('end', () => show(group, 'idle'));
  silence();
  for (const utterance of queue) speechSynthesis.speak(utterance);
  show(group, 'speaking');
}

function pressed(group: HTMLElement, action: string): void {
  if (action === 'stop') return stop(group);
  if (action === 'pause') {
    speechSynthesis.pause();
    return show(group, 'paused');
  }
  if (speechSynthesis.paused && queue.length) {
    speechSynthesis.resume();
    return show(group, 'speaking');
  }
  start(group);
}

const group = document.querySelector<HTMLElement>('[data-read-aloud]');
if (group) {
  group.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-speech]');
    if (button) pressed(group, button.dataset.speech!);
  });
  // Chromium goes on speaking after the reader has left the page; back on it, the buttons say 朗读全文.
  window.addEventListener('pagehide', () => stop(group));
  pressed(group, 'play');
}
