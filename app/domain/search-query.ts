// What a person types into the search box, made into an FTS5 MATCH expression that cannot be read as
// FTS syntax: only runs of letters and digits are kept, each one quoted as a prefix ("hjem"*), all of
// them required. Quotes, NEAR, AND/OR/NOT, *, ^, :, parentheses and column filters are therefore text.
// Also the kinds of records found and where each is shown, and the hit markers snippet() puts in.

/** At most this much of the text is read; a longer text still answers, with a notice. */
export const SEARCH_MAX_CHARS = 200;
/** At most this many words are looked for. */
export const SEARCH_MAX_TERMS = 12;

export type SearchQuery =
  | { ok: true; terms: string[]; match: string; shortened: boolean }
  | { ok: false; message: string };

export const EMPTY_SEARCH_MESSAGE = "Skriv minst ett ord eller tall å søke etter.";

/** The words of the text, lower-cased the Norwegian way, each once, in order. */
export function searchTerms(text: string): string[] {
  const words = text.normalize("NFC").toLocaleLowerCase("nb").match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return [...new Set(words)];
}

/** The MATCH expression for the words, or a message to show when there is nothing to look for. */
export function buildSearchQuery(input: string | null | undefined): SearchQuery {
  const text = input ?? "";
  const used = text.slice(0, SEARCH_MAX_CHARS);
  const all = searchTerms(used);
  if (all.length === 0) return { ok: false, message: EMPTY_SEARCH_MESSAGE };
  const terms = all.slice(0, SEARCH_MAX_TERMS);
  const shortened = used.length < text.length || terms.length < all.length;
  return { ok: true, terms, match: terms.map((t) => `"${t}"*`).join(" AND "), shortened };
}

/** The expression limited to the projects (by their `scope` token) and to the text columns. */
export function scopedMatch(match: string, projectIds: readonly number[]): string {
  const scope = projectIds.map((id) => `p${Math.trunc(id)}`).join(" OR ");
  return `{scope} : (${scope}) AND {title body} : (${match})`;
}

/** Characters of Unicode's private use area around each hit in snippet() and highlight(). */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

export type TextPart = { text: string; hit: boolean };

/** A marked text in parts, hits apart, for rendering as <mark> (never as HTML). */
export function splitHits(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  let hit = false;
  let current = "";
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      if (current) parts.push({ text: current, hit });
      current = "";
      hit = ch === HIT_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, hit });
  return parts;
}

/** The kinds of records in the index (the `kind` column) and what each is called. */
export const SEARCH_KIND_NAMES = {
  aktivitet: "Aktivitet",
  konferanse: "Dialogkonferanse",
  innspill: "Innspill fra dialogkonferanse",
  tiltak: "Tiltak",
  mal: "Mål",
  maling: "Måling",
  mote: "Styringsgruppemøte",
  beslutning: "Beslutning",
  rapport: "Rapport",
} as const;
export type SearchKind = keyof typeof SEARCH_KIND_NAMES;

export const isSearchKind = (kind: string): kind is SearchKind => Object.hasOwn(SEARCH_KIND_NAMES, kind);

/**
 * The page that shows the record. Every one of these pages opens for any member of the project
 * (their loaders ask requireProjectRole without roles; the access matrix holds them to it), so a hit
 * is shown exactly to the members of its project.
 */
export function searchHitHref(hit: { kind: SearchKind; projectId: number; recordId: number; parentId: number | null }): string {
  const base = `/prosjekter/${hit.projectId}`;
  switch (hit.kind) {
    case "aktivitet":
      return `${base}/aktiviteter/${hit.recordId}`;
    case "konferanse":
      return `${base}/konferanser/${hit.recordId}`;
    case "innspill":
      return `${base}/konferanser/${hit.parentId}`;
    case "tiltak":
      return `${base}/tiltak/${hit.recordId}`;
    case "mal":
      return `${base}/mal`;
    case "maling":
      return `${base}/malinger/${hit.recordId}`;
    case "mote":
      return `${base}/styring/moter/${hit.recordId}`;
    case "beslutning":
      return hit.parentId === null ? `${base}/styring` : `${base}/styring/moter/${hit.parentId}`;
    case "rapport":
      return `${base}/rapporter/${hit.recordId}`;
  }
}
