// The region picker of an indicator page: which regions the chart and table
// show, kept in the address (?regions=xianyang,jinzhong) so a comparison can
// be shared. Without JavaScript the picker stays hidden and the table holds
// every region.
import { SERIES_EVENT } from './reading-event.ts';

const PARAMETER = 'regions';

function regionsInAddress(): string[] | undefined {
  const value = new URLSearchParams(window.location.search).get(PARAMETER);
  return value ? value.split(',').filter(Boolean) : undefined;
}

/** The address with the chosen regions (ids are slugs: the commas stay readable). */
function addressWith(regions: string[]): string {
  const params = new URLSearchParams(window.location.search);
  params.delete(PARAMETER);
  const rest = params.toString();
  return `${window.location.pathname}?${PARAMETER}=${regions.join(',')}${rest ? `&${rest}` : ''}${window.location.hash}`;
}

function setUp(picker: HTMLFormElement): void {
  const figure = document.getElementById(picker.dataset.figure ?? '');
  if (!figure) return;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const rows = [...figure.querySelectorAll<HTMLTableRowElement>('tbody tr[data-region]')];
  const status = picker.querySelector<HTMLElement>('[role="status"]');
  const more = picker.querySelector('details');

  const asked = regionsInAddress()?.filter((id) => boxes.some((box) => box.value === id));
  if (asked?.length) for (const box of boxes) box.checked = asked.includes(box.value);
  if (more && boxes.some((box) => box.checked && more.contains(box))) more.open = true;

  const apply = (announce: boolean) => {
    const chosen = boxes.filter((box) => box.checked);
    for (const row of rows) row.hidden = !chosen.some((box) => box.value === row.dataset.region);
    figure.dispatchEvent(new Event(SERIES_EVENT));
    if (status && announce)
      status.textContent = `图表和数据表现在显示 ${chosen.length} 个地区：${chosen.map((box) => box.dataset.name).join('、')}。`;
  };
  picker.addEventListener('change', (event) => {
    const box = event.target;
    // At least one region: a chart of nothing tells nobody anything.
    if (box instanceof HTMLInputElement && !boxes.some((candidate) => candidate.checked)) {
      box.checked = true;
      if (status) status.textContent = '至少要显示一个地区。';
      return;
    }
    apply(true);
    window.history.replaceState(null, '', addressWith(boxes.filter((candidate) => candidate.checked).map((candidate) => candidate.value)));
  });
  picker.addEventListener('submit', (event) => event.preventDefault());
  picker.hidden = false;
  apply(false);
}

document.querySelectorAll<HTMLFormElement>('form[data-region-picker]').forEach(setUp);
