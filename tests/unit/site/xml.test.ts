import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/util/xml.ts';

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
