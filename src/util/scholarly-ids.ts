/**
 * arXiv identifiers and DOIs: what a valid one looks like, and where a
 * listing's text names one. Shared by the paper schema (validation), ingest
 * (filling `arxiv` and `doi` from the seed) and the paper file writer
 * (telling an id ingest found from one a contributor typed).
 */

/**
 * A new-style arXiv id without version: `YYMM.NNNN` (April 2007 to 2014) or
 * `YYMM.NNNNN` (from 2015), with a real month.
 */
const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})$/;
/** An old-style id (before April 2007): archive, optional subject class, `/YYMMNNN`: `hep-th/9901001`, `math.GT/0309136`. */
const OLD_STYLE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/;

const validMonth = (month: string): boolean => Number(month) >= 1 && Number(month) <= 12;

/** True for an arXiv id without a version suffix: `2410.03355`, `0704.0001`, `hep-th/9901001`. */
export function isArxivId(id: string): boolean {
  const modern = NEW_STYLE.exec(id);
  if (modern) {
    const [, year, month, number] = modern as unknown as [string, string, string, string];
    const yymm = Number(year + month);
    if (!validMonth(month) || yymm < 704) return false;
    return number.length === (yymm < 1501 ? 4 : 5);
  }
  const old = OLD_STYLE.exec(id);
  if (!old) return false;
  const year = Number(old[1]);
  return validMonth(old[2]!) && (year >= 91 || year <= 7);
}

/** A DOI: `10.` a registrant code, `/`, and a suffix without spaces (Crossref's recommended pattern, widened to any printable suffix). */
const DOI = /^10\.\d{4,9}\/[^\s"<>]+$/;

/** True for a DOI such as `10.1145/3366423.3380211` (without `https://doi.org/` or `doi:`). */
export function isDoi(doi: string): boolean {
  return DOI.test(doi);
}

/** The DOI arXiv registers for each of its papers, `10.48550/arXiv.<id>`: it names the arXiv paper, not another publication. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** arXiv ids and DOIs named in a text, each once, in order of first appearance. */
export interface ScholarlyIds {
  arxiv: string[];
  doi: string[];
}

/** arXiv ids after `arXiv:` or in an arxiv.org address (abs, pdf, html); the version suffix is dropped. */
const ARXIV_IN_TEXT =
  /(?:\barxiv:\s?|\barxiv\.org\/(?:abs|pdf|html)\/)(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?!\d)(?:v\d+)?/gi;
/** DOIs after `doi:` or in a doi.org address, up to whitespace or a character no DOI in running text holds. */
const DOI_IN_TEXT = /(?:\bdoi:\s?|\bdoi\.org\/)(10\.\d{4,9}\/[^\s"<>{}[\]]+)/gi;

/** Sentence punctuation after a DOI, and a `)` the DOI did not open, belong to the sentence. */
function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const last = doi.at(-1) ?? '';
    const unbalanced = last === ')' && doi.split('(').length < doi.split(')').length;
    if (!/[.,;:!?'"*]/.test(last) && !unbalanced) return doi;
    doi = doi.slice(0, -1);
  }
}

/**
 * Every arXiv id and DOI a text names (`arXiv:2411.01234v2`,
 * `https://arxiv.org/pdf/2411.01234v1.pdf`, `https://doi.org/10.1145/...`,
 * `doi:10.1145/...`), versions dropped, invalid ones ignored. arXiv's own
 * DOIs (`10.48550/arXiv.2411.01234`) count as the arXiv id they stand for.
 */
export function findScholarlyIds(text: string): ScholarlyIds {
  const arxiv = new Set<string>();
  const doi = new Set<string>();
  for (const match of text.matchAll(ARXIV_IN_TEXT)) {
    if (isArxivId(match[1]!)) arxiv.add(match[1]!);
  }
  for (const match of text.matchAll(DOI_IN_TEXT)) {
    let value = trimDoi(match[1]!);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A stray % is part of the DOI as written.
    }
    const fromArxiv = ARXIV_DOI.exec(value)?.[1];
    if (fromArxiv !== undefined) {
      if (isArxivId(fromArxiv)) arxiv.add(fromArxiv);
    } else if (isDoi(value)) {
      doi.add(value);
    }
  }
  return { arxiv: [...arxiv], doi: [...doi] };
}
