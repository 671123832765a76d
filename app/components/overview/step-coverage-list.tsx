import { Card, Heading, Tag } from "@digdir/designsystemet-react";
import type { StepCoverage } from "../../domain/step-coverage";
import { formatDate } from "../../utils/format";

/** The five steps with their themes: how much is registered, the latest, and the gaps. */
export function StepCoverageList({ steps, currentStep }: { steps: StepCoverage[]; currentStep: string }) {
  return (
    <ol className="steps">
      {steps.map((step) => (
        <li key={step.id}>
          <Card data-color="neutral">
            <Heading level={3} data-size="sm">
              Steg {step.number}: {step.name}
              {step.id === currentStep ? " (nåværende steg)" : ""}
            </Heading>
            <ul className="themes">
              {step.themes.map((theme) => (
                <li key={theme.id} className={theme.isGap ? "theme theme--gap" : "theme"}>
                  <span>
                    <strong>{theme.name}</strong>
                    <br />
                    {theme.latest ? (
                      <span>
                        Sist: {theme.latest.title} ({formatDate(theme.latest.date)})
                      </span>
                    ) : (
                      <span>Ingenting registrert</span>
                    )}
                  </span>
                  <span>
                    {theme.isGap ? (
                      <Tag data-color="warning">Hull</Tag>
                    ) : (
                      <Tag data-color="success">
                        {theme.count} {theme.count === 1 ? "aktivitet" : "aktiviteter"}
                      </Tag>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </li>
      ))}
    </ol>
  );
}
