// 复制引用, loaded by its first press (src/client/reading.ts): the citation's
// 引用日期 becomes the reader's today and the text goes to the clipboard; where
// the clipboard is refused, the text is selected for Ctrl+C.
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

const button = document.querySelector<HTMLButtonElement>('[data-citation-copy]');
const text = document.querySelector<HTMLElement>('[data-citation-text]');
const statusLine = document.querySelector<HTMLElement>('[data-citation-status]');

function copy(): void {
  if (!text || !statusLine) return;
  text.querySelector('[data-citation-accessed]')!.textContent = today;
  const selectIt = () => {
    const range = document.createRange();
    range.selectNodeContents(text);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    statusLine.textContent = '无法直接复制：引用已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。';
  };
  if (!navigator.clipboard) return selectIt();
  navigator.clipboard.writeText(text.textContent ?? '').then(() => (statusLine.textContent = '已复制引用。'), selectIt);
}

button?.addEventListener('click', copy);
// This press loaded the code: it copies too.
copy();
