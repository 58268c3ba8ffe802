import { describe, expect, it } from 'vitest';
import { escapeXml, xmlCharacters } from '../../../src/util/xml.ts';

describe('escapeXml', () => {
  it.each([
    ['<b>"R&D"</b> isn\'t', '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; isn&apos;t'],
    ['tab\tnewline\ncarriage\r', 'tab\tnewline\ncarriage\r'],
    ['bell\u0007 nul\u0000 lone\uD800 nonchar\uFFFE', 'bell nul lone nonchar'],
    ['emoji 🦙, CJK 自回归, RTL نموذج', 'emoji 🦙, CJK 自回归, RTL نموذج'],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('xmlCharacters', () => {
  it('drops only what XML cannot carry, leaving markup for the feed writer to escape', () => {
    expect(xmlCharacters('<b>R&D</b>\u0007 🦙\uFFFE')).toBe('<b>R&D</b> 🦙');
  });
});
