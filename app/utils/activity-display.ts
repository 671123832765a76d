import type { ActivityChoices } from "../forms/activity";

/** Readable text for an activity's type, step/theme and audiences, from the form's choice lists. */
export function describeActivity(
  activity: { typeId: string; stepId: string; themeId: string; audiences: { audienceId: string; leaderLevel: string }[] },
  choices: Pick<ActivityChoices, "types" | "stepThemes" | "audiences">,
) {
  const stepTheme = choices.stepThemes.find((c) => c.value === `${activity.stepId}/${activity.themeId}`);
  return {
    type: choices.types.find((c) => c.value === activity.typeId)?.label ?? activity.typeId,
    step: stepTheme?.group ?? activity.stepId,
    theme: stepTheme?.label ?? activity.themeId,
    audiences: activity.audiences.map((a) => {
      const value = a.leaderLevel ? `${a.audienceId}:${a.leaderLevel}` : a.audienceId;
      return choices.audiences.find((c) => c.value === value)?.label ?? value;
    }),
  };
}
