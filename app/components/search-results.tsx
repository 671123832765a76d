// The answer to a search: a message or the number of hits, then each hit with its kind, project,
// title and a piece of its text, the words found marked (as <mark>, from plain text, never as HTML).
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useSearchParams } from "@remix-run/react";
import { AppLink } from "./app-link";
import { PageLinks, pageHref } from "./page-links";
import { SEARCH_KIND_NAMES, SEARCH_MAX_CHARS, SEARCH_MAX_TERMS, searchHitHref, splitHits } from "../domain/search-query";
import type { SearchHit } from "../models/search.server";
import type { SearchAnswer } from "../services/search.server";
import { formatDate } from "../utils/format";
import { pagingSummary } from "../utils/paging";

function Marked({ text }: { text: string }) {
  return (
    <>
      {splitHits(text).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

function hitTitle(hit: SearchHit) {
  if (hit.kind === "innspill") return `Innspill på «${hit.context ?? "dialogkonferanse"}»`;
  if (hit.kind === "mote") return [`Styringsgruppemøte ${formatDate(hit.context)}`, hit.title].filter(Boolean).join(", ");
  return hit.title;
}

export function SearchResults({ answer, showProject }: { answer: SearchAnswer; showProject: boolean }) {
  const [params] = useSearchParams();
  const { result } = answer;
  if (answer.query.trim() === "") return <Paragraph>Skriv ett eller flere ord, så finner du aktiviteter, konferanser, tiltak, mål, målinger, møter, beslutninger og rapporter.</Paragraph>;
  return (
    <div className="stack">
      {answer.shortened ? (
        <Alert data-color="info">
          Søket var langt: bare de første {SEARCH_MAX_CHARS} tegnene og {SEARCH_MAX_TERMS} ordene er brukt.
        </Alert>
      ) : null}
      {result === null || !result.ok ? (
        <Alert data-color="warning" role="status">
          {result === null ? "Skriv minst ett ord eller tall å søke etter." : result.message}
        </Alert>
      ) : result.hits.length === 0 ? (
        <Paragraph role="status">Ingen treff på «{answer.query.slice(0, SEARCH_MAX_CHARS)}».</Paragraph>
      ) : (
        <>
          <Paragraph role="status">{pagingSummary(result.pages, "treff", "treff")}, de beste først.</Paragraph>
          <ol className="search-hits">
            {result.hits.map((hit) => (
              <li key={`${hit.kind}:${hit.recordId}`}>
                <Heading level={2} data-size="2xs">
                  <AppLink to={searchHitHref(hit)}>
                    <Marked text={hitTitle(hit) || SEARCH_KIND_NAMES[hit.kind]} />
                  </AppLink>
                </Heading>
                <Paragraph data-size="sm" className="search-hit-meta">
                  {SEARCH_KIND_NAMES[hit.kind]}
                  {hit.kind === "beslutning" && hit.context ? `, møte ${formatDate(hit.context)}` : ""}
                  {showProject ? ` · ${hit.projectName}` : ""}
                </Paragraph>
                {hit.snippet ? (
                  <Paragraph data-size="sm">
                    <Marked text={hit.snippet} />
                  </Paragraph>
                ) : null}
              </li>
            ))}
          </ol>
          <PageLinks label="Sider med treff" page={result.pages.page} pageCount={result.pages.pageCount} hrefFor={(n) => pageHref(params, "side", n)} />
        </>
      )}
    </div>
  );
}
