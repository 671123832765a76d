// The breadcrumb path of a project page, read from the route matches: Prosjekter › the project ›
// the section › the record a page shows › a page under it ("Data", "Endre", "Utskrift").
// Route ids follow the address one segment at a time ("malinger.$measureId_.data" is
// /malinger/5/data), so each crumb's address is the start of the page's own.
import { formatDate } from "./format";
import { PROJECT_LAYOUT, projectNameFrom } from "./page-title";
import { sectionLabel } from "./project-sections";

export type Crumb = { label: string; to: string };
export type CrumbMatch = { id: string; pathname: string; data?: unknown };

type Data = Record<string, Record<string, unknown> | undefined> | undefined;
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** What a record is called, by its route parameter; the fallback when the page has no data. */
const RECORDS: Record<string, { name: (data: Data) => string | undefined; fallback: string }> = {
  activityId: { name: (d) => text(d?.activity?.title), fallback: "Aktivitet" },
  conferenceId: { name: (d) => text(d?.conference?.title), fallback: "Dialogkonferanse" },
  measureId: { name: (d) => text(d?.measure?.name), fallback: "Måling" },
  tiltakId: { name: (d) => text(d?.tiltak?.title), fallback: "Tiltak" },
  roundId: { name: (d) => text(d?.round?.title), fallback: "Bærekraftsrunde" },
  reportId: { name: (d) => text(d?.report?.title) ?? text(d?.content?.title), fallback: "Rapport" },
  meetingId: {
    name: (d) => (text(d?.meeting?.date) ? `Styringsgruppemøte ${formatDate(d?.meeting?.date as string)}` : undefined),
    fallback: "Styringsgruppemøte",
  },
};

/** Pages at the end of an address, by "section.page" or by the page alone. */
const PAGES: Record<string, string> = {
  "aktiviteter.ny": "Registrer aktivitet",
  "konferanser.ny": "Registrer dialogkonferanse",
  "malinger.ny": "Ny måling",
  "tiltak.ny": "Nytt tiltak",
  data: "Data",
  endre: "Endre",
  utskrift: "Utskrift",
};

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

/** The crumbs of the deepest match under the project layout; none outside a project. The last is the page shown. */
export function projectBreadcrumbs(matches: readonly CrumbMatch[]): Crumb[] {
  const layout = matches.find((m) => m.id === PROJECT_LAYOUT);
  const page = matches[matches.length - 1];
  if (!layout || !page) return [];
  const base = withoutTrailingSlash(layout.pathname);
  const crumbs: Crumb[] = [
    { label: "Prosjekter", to: "/prosjekter" },
    { label: projectNameFrom(matches) ?? "Prosjekt", to: base },
  ];
  const routeSegments = page.id
    .slice(PROJECT_LAYOUT.length)
    .split(".")
    .filter((s) => s && s !== "_index");
  const addressSegments = withoutTrailingSlash(page.pathname).slice(base.length).split("/").filter(Boolean);
  const section = routeSegments[0];
  let to = base;
  routeSegments.forEach((segment, i) => {
    to += `/${addressSegments[i]}`;
    if (i === 0) {
      crumbs.push({ label: sectionLabel(segment) ?? segment, to });
    } else if (segment.startsWith("$")) {
      const record = RECORDS[segment.slice(1).replace(/_$/, "")];
      crumbs.push({ label: record?.name(page.data as Data) ?? record?.fallback ?? segment, to });
    } else if (i === routeSegments.length - 1) {
      crumbs.push({ label: PAGES[`${section}.${segment}`] ?? PAGES[segment] ?? segment, to });
    }
    // A segment in the middle with no page of its own ("styring/moter/3") is only part of the address.
  });
  return crumbs;
}
