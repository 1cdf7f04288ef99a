// The 繁體 phrase map and converter, and the <head> script that applies a
// reader's stored choices.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { hantConverter } from '../../src/lib/reading/convert.ts';
import { HantMapBuilder } from '../../src/lib/reading/hant-map.ts';
import { EARLY_SCRIPT } from '../../src/lib/reading/early-script.ts';
import { READING_STORAGE_KEY, SCRIPTED_ATTRIBUTE } from '../../src/lib/reading/prefs.ts';
import { contentSecurityPolicy, hashSource } from '../../src/lib/content/csp.ts';
import { fixturesDir } from '../support/paths.ts';

const converterFor = (...texts: string[]) => {
  const builder = new HantMapBuilder();
  for (const text of texts) builder.add(text);
  return hantConverter(builder.build());
};

describe('phrase conversion', () => {
  test.each([
    ['头发', '頭髮'],
    ['干部', '幹部'],
    ['发展', '發展'],
    ['里面', '裡面'],
    ['乾县', '乾縣'],
    ['干净', '乾淨'],
    ['皇后', '皇后'],
    ['一只', '一隻'],
    ['面条', '麵條'],
    ['卫生健康委员会', '衛生健康委員會'],
  ])('%s → %s', (simplified, traditional) => {
    expect(converterFor(simplified)(simplified)).toBe(traditional);
  });

  test('phrases are matched within running text, longest first', () => {
    const text = '乾县干部说，头发里面有发展。';
    expect(converterFor(text)(text)).toBe('乾縣幹部說，頭髮裡面有發展。');
  });

  test('numbers, Latin text, punctuation and text already in Traditional are left alone', () => {
    const text = '2019年7月31日，CSV 文件 12.5%；醫院和衛生院。';
    expect(converterFor(text)(text)).toBe('2019年7月31日，CSV 文件 12.5%；醫院和衛生院。');
    expect(converterFor('')('')).toBe('');
    expect(converterFor('abc')('abc')).toBe('abc');
  });

  test('a character outside the BMP passes through whole', () => {
    const text = '𠀀发展';
    expect(converterFor(text)(text)).toBe('𠀀發展');
  });

  test('text the map was not built from still converts character by character', () => {
    expect(converterFor('卫生')('卫生院')).toBe('衛生院');
  });

  test('the map of a corpus converts that corpus exactly as OpenCC (cn → tw) does', () => {
    const dir = join(fixturesDir, 'site-articles');
    const lines = readdirSync(dir).flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'));
    const convert = converterFor(...lines);
    const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const differing = lines.filter((line) => convert(line) !== opencc(line));
    expect(lines.length).toBeGreaterThan(20);
    expect(differing).toEqual([]);
  });

  test('a script’s messages go in, cut at quotes and template holes', () => {
    const builder = new HantMapBuilder();
    builder.addScript('s.textContent=`正在搜索${q}…`;b.textContent="继续";x=\'发展\'');
    expect(builder.build()).toMatchObject({ 继: '繼', 续: '續', 发展: '發展' });
    expect(Object.keys(builder.build())).not.toContain('q');
  });

  test('the map holds only what the text uses', () => {
    const builder = new HantMapBuilder();
    builder.addHtml('<p title="发展">头发</p><script>var 干部 = 1;</script><style>.x::after{content:"里面"}</style>');
    expect(builder.build()).toEqual({ 发展: '發展', 头发: '頭髮' });
  });
});

describe('the <head> script', () => {
  function run(stored: string | null, storage: 'works' | 'throws' = 'works') {
    const attributes = new Map<string, string>();
    const context = {
      localStorage: {
        getItem: (key: string) => {
          if (storage === 'throws') throw new Error('SecurityError');
          return key === READING_STORAGE_KEY ? stored : null;
        },
      },
      document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
    };
    runInNewContext(EARLY_SCRIPT, context);
    return Object.fromEntries(attributes);
  }

  const scripted = { [SCRIPTED_ATTRIBUTE]: '' };
  test('marks <html> as scripted and copies each stored choice onto it', () => {
    expect(run('{"mode":"care","contrast":"high","script":"hant"}')).toEqual({
      ...scripted,
      'data-mode': 'care',
      'data-contrast': 'high',
      'data-script': 'hant',
    });
    expect(run('{"mode":"care"}')).toEqual({ ...scripted, 'data-mode': 'care' });
  });

  test('ignores nothing stored, unknown values, broken JSON and storage that refuses (still marked as scripted)', () => {
    expect(run(null)).toEqual(scripted);
    expect(run('{"mode":"huge","script":"<b>"}')).toEqual(scripted);
    expect(run('{"mode":')).toEqual(scripted);
    expect(run(null, 'throws')).toEqual(scripted);
  });

  test('is allowed by its hash in the Content Security Policy, and no other inline script is', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain(hashSource(EARLY_SCRIPT));
    expect(policy).not.toContain('unsafe-inline');
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
  });
});
