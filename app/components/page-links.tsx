// Links between the pages of a long table (Designsystemet's Pagination), as plain links: they work
// without JavaScript, and the page number is in the address (?side=2), so a page can be shared.
import { Pagination, usePagination } from "@digdir/designsystemet-react";
import { AppLink } from "./app-link";

type Props = {
  /** What the links page through, for screen readers: "Sider med datapunkter". */
  label: string;
  page: number;
  pageCount: number;
  /** The address of a page. */
  hrefFor: (page: number) => string;
};

/** Nothing when everything fits on one page. */
export function PageLinks({ label, page, pageCount, hrefFor }: Props) {
  const { pages, hasPrev, hasNext } = usePagination({ currentPage: page, totalPages: pageCount, showPages: 7 });
  if (pageCount <= 1) return null;
  const link = (to: number, text: string, ariaLabel: string, current = false) => (
    <AppLink to={hrefFor(to)} className="ds-button" data-variant={current ? "primary" : "tertiary"} aria-current={current ? "page" : undefined} aria-label={ariaLabel}>
      {text}
    </AppLink>
  );
  return (
    <Pagination aria-label={label} role="navigation">
      <Pagination.List>
        <Pagination.Item>{hasPrev ? link(page - 1, "Forrige", "Forrige side") : null}</Pagination.Item>
        {pages.map(({ page: p, itemKey }) => (
          <Pagination.Item key={itemKey}>{typeof p === "number" ? link(p, String(p), `Side ${p}`, p === page) : <span aria-hidden="true">…</span>}</Pagination.Item>
        ))}
        <Pagination.Item>{hasNext ? link(page + 1, "Neste", "Neste side") : null}</Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}

/** The address of the current page with `param` set to a page (1 leaves it out) and the rest of the query kept. */
export function pageHref(search: URLSearchParams, param: string, page: number, hash = "") {
  const next = new URLSearchParams(search);
  if (page <= 1) next.delete(param);
  else next.set(param, String(page));
  // An open edit form belongs to the page it was opened on.
  next.delete("endre");
  const query = next.toString();
  return `${query ? `?${query}` : "?"}${hash}`;
}
