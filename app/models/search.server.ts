// Full-text search in the index migration 0015 keeps (search_index, FTS5), limited to the projects
// given. The index is not declared in db/schema.ts (drizzle has no FTS tables), so it is read with sql.
import { sql } from "drizzle-orm";
import { cachedRead, getDb } from "../../db/client.server";
import { HIT_END, HIT_START, isSearchKind, scopedMatch, type SearchKind } from "../domain/search-query";
import { pageNumber, paging, type Paging } from "../utils/paging";

export type SearchHit = {
  kind: SearchKind;
  projectId: number;
  projectName: string;
  recordId: number;
  parentId: number | null;
  /** The title with hits between HIT_START and HIT_END. */
  title: string;
  /** A short piece of the text around the hits, marked the same way ("" when the hits are in the title). */
  snippet: string;
  /** The conference an input was given at, or the date of a meeting (for a meeting and its decisions). */
  context: string | null;
};

export type SearchResult = { ok: true; pages: Paging; hits: SearchHit[] } | { ok: false; message: string };

export const SEARCH_PER_PAGE = 20;
export const SEARCH_FAILED_MESSAGE = "Søket kunne ikke gjennomføres. Prøv med andre ord.";

type Row = Omit<SearchHit, "kind"> & { kind: string };

/**
 * The hits for a MATCH expression (from buildSearchQuery) in the projects, best first (bm25, a hit in
 * the title counting ten times one in the text). An error from SQLite becomes a message, never a 5xx.
 */
export function searchInProjects(projectIds: readonly number[], match: string, requestedPage: string | null | undefined): SearchResult {
  const ids = [...new Set(projectIds)].sort((a, b) => a - b);
  if (ids.length === 0) return { ok: true, pages: paging(0, requestedPage, SEARCH_PER_PAGE), hits: [] };
  const expression = scopedMatch(match, ids);
  try {
    // The page as a number in the key, so odd ?side= values do not fill the shared cache.
    const page = pageNumber(requestedPage, Number.MAX_SAFE_INTEGER);
    return cachedRead(`search:${ids.join(",")}:${page}:${match}`, () => readHits(expression, requestedPage));
  } catch (error) {
    if (error instanceof Error && error.name === "SqliteError") return { ok: false, message: SEARCH_FAILED_MESSAGE };
    throw error;
  }
}

function readHits(expression: string, requestedPage: string | null | undefined): SearchResult {
  const db = getDb();
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ${expression}`).n;
  const pages = paging(total, requestedPage, SEARCH_PER_PAGE);
  if (total === 0) return { ok: true, pages, hits: [] };
  // The page of hits first, from the index alone; names and dates are looked up for those rows only.
  const rows = db.all<Row>(sql`
    SELECT h.kind, h.project_id AS projectId, p.name AS projectName, h.record_id AS recordId, h.parent_id AS parentId,
      h.title, h.snippet,
      CASE h.kind
        WHEN 'innspill' THEN (SELECT c.title FROM conferences c WHERE c.id = h.parent_id)
        WHEN 'mote' THEN (SELECT m.date FROM steering_meetings m WHERE m.id = h.record_id)
        WHEN 'beslutning' THEN (SELECT m.date FROM steering_meetings m WHERE m.id = h.parent_id)
      END AS context
    FROM (
      SELECT kind, project_id, record_id, parent_id,
        highlight(search_index, 0, ${HIT_START}, ${HIT_END}) AS title,
        snippet(search_index, 1, ${HIT_START}, ${HIT_END}, '…', 16) AS snippet,
        bm25(search_index, 10.0, 1.0, 0.0) AS score
      FROM search_index WHERE search_index MATCH ${expression}
      ORDER BY score LIMIT ${pages.perPage} OFFSET ${pages.offset}
    ) h
    JOIN projects p ON p.id = h.project_id
    ORDER BY h.score`);
  const hits = rows.flatMap((r) => (isSearchKind(r.kind) ? [{ ...r, kind: r.kind, snippet: r.snippet.includes(HIT_START) ? r.snippet : "" }] : []));
  return { ok: true, pages, hits };
}
