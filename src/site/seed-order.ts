/** What seed order reads of a paper's content entry. */
export interface SeedPlace {
  id: string;
  data: { source: { file: string; line: number } };
}

/** Seed order: by source file, then line; the id breaks ties so that two files claiming one seed line still sort the same way every build. */
export function bySeedOrder(a: SeedPlace, b: SeedPlace): number {
  const fileOrder = a.data.source.file < b.data.source.file ? -1 : a.data.source.file > b.data.source.file ? 1 : 0;
  return fileOrder || a.data.source.line - b.data.source.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
