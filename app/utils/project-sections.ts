// The sections of a project, by the first part of their address under /prosjekter/:id. The project
// menu lists them, and breadcrumbs name a page's section with the same words.

export type ProjectSection = { path: string; label: string };

/** The project menu, in order; "" is the project's overview. */
export const PROJECT_MENU: readonly ProjectSection[] = [
  { path: "", label: "Oversikt" },
  { path: "aktiviteter", label: "Aktiviteter" },
  { path: "forankring", label: "Forankring" },
  { path: "konferanser", label: "Dialogkonferanser" },
  { path: "mal", label: "Mål" },
  { path: "malinger", label: "Målinger" },
  { path: "tiltak", label: "Tiltak" },
  { path: "barekraft", label: "Bærekraft" },
  { path: "klar-for-drift", label: "Klar for drift?" },
  { path: "styring", label: "Styring" },
  { path: "rapporter", label: "Rapporter" },
  { path: "organisasjoner", label: "Organisasjoner" },
  { path: "personer", label: "Personer" },
];

/** In the menu only for the roles that may read the audit log. */
export const AUDIT_LOG_SECTION: ProjectSection = { path: "logg", label: "Revisjonslogg" };

/** Pages reached from the overview rather than from the menu. */
const OTHER_PAGES: readonly ProjectSection[] = [
  { path: "steg", label: "Godkjenning av steg" },
  { path: "innstillinger", label: "Prosjektopplysninger" },
  { path: "organisering", label: "Prosjektorganisering" },
  { path: "sok", label: "Søk" },
];

/** The name of the section at `path` ("malinger" → "Målinger"), or undefined for an unknown one. */
export function sectionLabel(path: string): string | undefined {
  return [...PROJECT_MENU, AUDIT_LOG_SECTION, ...OTHER_PAGES].find((s) => s.path === path)?.label;
}
