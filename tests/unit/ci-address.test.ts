// Where a CI build publishes (src/lib/ci/address.ts): the host's Pages address
// unless the project set its own, and a preview under its own sub-path.
import { expect, test } from 'vitest';
import { addressLines, siteAddress } from '../../src/lib/ci/address.ts';
import { previewNote } from '../../src/lib/ci/preview-note.ts';

test('GitHub and GitLab Pages addresses become the site and its base path', () => {
  expect(siteAddress({ pagesUrl: 'https://hc.github.io/weijian' })).toEqual({ site: 'https://hc.github.io', base: '/weijian/' });
  expect(siteAddress({ pagesUrl: 'https://hc.github.io/' })).toEqual({ site: 'https://hc.github.io', base: '/' });
  // GitLab's CI_PAGES_URL of a parallel deployment ends in its path_prefix.
  expect(siteAddress({ pagesUrl: 'https://hc.gitlab.io/weijian/mr-7' })).toEqual({ site: 'https://hc.gitlab.io', base: '/weijian/mr-7/' });
});

test('the project’s own WEIJIAN_SITE and WEIJIAN_BASE win; an empty variable does not count', () => {
  expect(siteAddress({ site: 'https://wsjkw.example.gov.cn/', base: 'baogao', pagesUrl: 'https://hc.github.io/weijian' })).toEqual({
    site: 'https://wsjkw.example.gov.cn',
    base: '/baogao/',
  });
  expect(siteAddress({ site: '', base: '', pagesUrl: 'https://hc.github.io/weijian' })).toEqual({
    site: 'https://hc.github.io',
    base: '/weijian/',
  });
  expect(siteAddress({})).toEqual({ site: 'https://weijian.example.cn', base: '/' });
});

test('a preview goes under its own sub-path, and its note says where to open it', () => {
  const preview = siteAddress({ preview: 'pr-12' });
  expect(preview.base).toBe('/pr-12/');
  // Whatever the site's own base: the preview is served from the folder it is downloaded to.
  expect(siteAddress({ base: '/weijian/', preview: '/mr-3/', pagesUrl: 'https://hc.github.io/weijian' }).base).toBe('/mr-3/');
  expect(addressLines(preview)).toBe('WEIJIAN_SITE=https://weijian.example.cn\nWEIJIAN_BASE=/pr-12/\n');
  expect(previewNote('github', 'preview-pr-12', preview.base)).toContain('http://localhost:8000/pr-12/');
  expect(previewNote('github', 'preview-pr-12', preview.base)).toContain('`preview-pr-12`');
});
