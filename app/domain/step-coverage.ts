export type StepDefinition = {
  id: string;
  number: number;
  name: string;
  themes: { id: string; name: string }[];
};

export type WorkItem = { title: string; date: string; stepId: string; themeId: string };

export type ThemeCoverage = {
  id: string;
  name: string;
  count: number;
  latest: { title: string; date: string } | null;
  isGap: boolean;
};

export type StepCoverage = {
  id: string;
  number: number;
  name: string;
  count: number;
  gapCount: number;
  themes: ThemeCoverage[];
};

/**
 * Places registered work in the five steps and their themes, the way the seed report did by hand:
 * how much was done in each theme, the latest piece, and which themes have nothing (the gaps).
 * Work whose step/theme pair is unknown is ignored rather than credited to another theme.
 */
export function computeStepCoverage(steps: StepDefinition[], work: WorkItem[]): StepCoverage[] {
  return steps.map((step) => {
    const themes = step.themes.map((theme) => {
      const items = work.filter((w) => w.stepId === step.id && w.themeId === theme.id);
      const latest = items.reduce<WorkItem | null>(
        (best, item) => (best === null || item.date > best.date ? item : best),
        null,
      );
      return {
        id: theme.id,
        name: theme.name,
        count: items.length,
        latest: latest ? { title: latest.title, date: latest.date } : null,
        isGap: items.length === 0,
      };
    });
    return {
      id: step.id,
      number: step.number,
      name: step.name,
      count: themes.reduce((sum, t) => sum + t.count, 0),
      gapCount: themes.filter((t) => t.isGap).length,
      themes,
    };
  });
}
