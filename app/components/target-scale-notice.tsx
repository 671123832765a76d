import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { checkTargetScale, type TargetScaleInput } from "../domain/target-scale";
import { AppLink } from "./app-link";

/**
 * On a measure's page, when its stored target cannot be reached in its scale: says so, and why no
 * target line or verdict about the target is shown. The link to the form is for those who may edit.
 */
export function TargetScaleNotice({ measure, editPath }: { measure: TargetScaleInput; editPath: string | null }) {
  const check = checkTargetScale(measure);
  if (check.fits) return null;
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        Målet passer ikke til skalaen
      </Heading>
      {check.problems
        .filter((p) => p.severity === "error")
        .map((p) => (
          <Paragraph key={p.message}>{p.message}</Paragraph>
        ))}
      <Paragraph>
        Uten et mål som passer, kan diagrammet verken vise en mållinje eller si om målet nås.
        {editPath ? (
          <>
            {" "}
            <AppLink to={editPath}>Endre målingen</AppLink>
          </>
        ) : null}
      </Paragraph>
    </Alert>
  );
}
