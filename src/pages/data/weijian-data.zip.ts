import { dataArchive } from '../../site/data-package.ts';

export async function GET() {
  return new Response(new Uint8Array(await dataArchive()), { headers: { 'Content-Type': 'application/zip' } });
}
