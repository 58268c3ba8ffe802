/** Characters XML 1.0 does not allow at all, even escaped: most C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML cannot carry, even escaped, for a writer that escapes markup itself (@astrojs/rss). */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Text for an XML element or a quoted attribute (the sitemap): the five
 * markup characters escaped, and characters XML cannot carry dropped, so no
 * title or abstract can break an XML parser.
 */
export function escapeXml(text: string): string {
  return xmlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
