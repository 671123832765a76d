// Page titles: what the page is, the project it belongs to, and the app, so tabs and history tell
// one project's «Aktiviteter» from another's.
export type MatchLike = { id: string; data?: unknown };

/** The project layout's route id; its loader gives the project's name. */
export const PROJECT_LAYOUT = "routes/prosjekter.$projectId";

/** The project's name from the layout's data, or null when the layout has none (an error page). */
export function projectNameFrom(matches: readonly MatchLike[]): string | null {
  const layout = matches.find((m) => m.id === PROJECT_LAYOUT)?.data as { project?: { name?: unknown } } | undefined;
  return typeof layout?.project?.name === "string" ? layout.project.name : null;
}

export function projectPageTitle(page: string, matches: readonly MatchLike[]): string {
  return [page, projectNameFrom(matches), "Trinnvis"].filter(Boolean).join(" – ");
}
