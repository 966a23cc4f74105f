/**
 * Comparison key for ANEEL's descriptive fields and acronyms: accents, case and separator
 * differences ("Não se aplica" / "NAO SE APLICA", "CEMIG-D" / "cemig d") do not matter.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toUpperCase()
    .replace(/[\s\-_./]+/g, " ")
    .trim()
}
