// A search as the pages ask it: the person's text, the projects it may look in, the page of hits.
import { buildSearchQuery, SEARCH_MAX_CHARS } from "../domain/search-query";
import { searchInProjects, type SearchResult } from "../models/search.server";

/** What a search page shows: the text (cut for display), whether it was shortened, and the hits or a message; null before a search. */
export type SearchAnswer = { query: string; shortened: boolean; result: SearchResult | null };

export function answerSearch(text: string | null, projectIds: readonly number[], page: string | null): SearchAnswer {
  const query = (text ?? "").slice(0, SEARCH_MAX_CHARS * 2);
  if (query.trim() === "") return { query: "", shortened: false, result: null };
  const built = buildSearchQuery(text);
  if (!built.ok) return { query, shortened: false, result: { ok: false, message: built.message } };
  return { query, shortened: built.shortened, result: searchInProjects(projectIds, built.match, page) };
}
