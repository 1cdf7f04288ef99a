import { dataPackageText } from '../../site/data-package.ts';

export async function GET() {
  return new Response(await dataPackageText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
