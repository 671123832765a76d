// How a goal is named: the main goal, or a sub-goal by its number.

type GoalRef = { kind: string; number: number | null };

/** A goal's short name, as in a table or a list: «Hovedmål» or «Delmål 3». */
export const goalLabel = (g: GoalRef) => (g.kind === "hovedmal" ? "Hovedmål" : `Delmål ${g.number}`);

/** The same inside a sentence: «hovedmålet» or «delmål 3». */
export const goalNameInText = (g: GoalRef) => (g.kind === "hovedmal" ? "hovedmålet" : `delmål ${g.number}`);
