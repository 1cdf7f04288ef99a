// content/site.json: the site's name, description, publisher and licence. The
// check refuses a broken one on its line; the build warns while no licence is chosen.
import { expect, test } from 'vitest';
import { makeContentRoot, runScript } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';

const config = (license: string) =>
  [
    '{',
    '  "name": "某市卫健",',
    '  "description": "某市卫生健康工作报道",',
    '  "publisher": "某市卫生健康委员会",',
    `  "license": ${license}`,
    '}',
    '',
  ].join('\n');
const CC_BY = '{ "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/", "spdx": "CC-BY-4.0" }';

test('a site.json with a chosen licence passes, and the build does not warn about it', () => {
  const build = runScript('build', makeContentRoot({ 'content/site.json': config(CC_BY) }));
  expect(build.status).toBe(0);
  expect(build.stderr).not.toContain('许可协议');
});

test('no licence yet (null, or the sample’s placeholder) is valid but the build warns, naming the file', () => {
  for (const license of ['null', CC_BY.replace(' }', ', "placeholder": true }')]) {
    const build = runScript('build', makeContentRoot({ 'content/site.json': config(license) }));
    expect(build.status).toBe(0);
    expect(build.wroteSite).toBe(true);
    expect(build.stderr).toContain(messages.licenseUnchosen('content/site.json'));
  }
});

test('a bad licence or a missing field is refused on its line with the fix, and nothing is built', () => {
  const badUrl = runScript(
    'build',
    makeContentRoot({ 'content/site.json': config('{ "name": "CC BY 4.0", "url": "creativecommons.org" }') }),
  );
  expect(badUrl.status).toBe(1);
  expect(badUrl.wroteSite).toBe(false);
  expect(badUrl.problems).toEqual([`content/site.json:5: license.url：${messages.notUrl('creativecommons.org')}`]);
  const text = runScript('check', makeContentRoot({ 'content/site.json': config('"CC BY"') }));
  expect(text.problems).toEqual([`content/site.json:5: license：${messages.licenseShape()}`]);
  const missing = runScript(
    'check',
    makeContentRoot({ 'content/site.json': '{ "name": "卫健", "description": "报道", "license": null }\n' }),
  );
  expect(missing.problems).toEqual([`content/site.json:1: publisher：${messages.missingInJson('publisher')}`]);
});
