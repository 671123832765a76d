// Page titles: what the page is, the project it belongs to, and the app, so tabs and history tell
// one project's «Aktiviteter» from another's.
type MatchLike = { id: string; data?: unknown };

/** The project layout's route id; its loader gives the project's name. */
const PROJECT_LAYOUT = "routes/prosjekter.$projectId";

export function projectPageTitle(page: string, matches: readonly MatchLike[]): string {
  const layout = matches.find((m) => m.id === PROJECT_LAYOUT)?.data as { project?: { name?: unknown } } | undefined;
  const project = typeof layout?.project?.name === "string" ? layout.project.name : null;
  return [page, project, "Trinnvis"].filter(Boolean).join(" – ");
}
