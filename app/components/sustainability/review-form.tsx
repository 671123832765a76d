import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Heading } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { ReviewsSchema, type ReviewValues } from "../../forms/sustainability";
import { CsrfInput } from "../csrf-input";
import { TextField } from "../fields";
import { FormErrorSummary } from "../error-summary";
import { useZodForm } from "../forms";
import { RadioGroup } from "../radio-group";
import { shapeOf, type InstrumentView } from "./types";
import { SubmitButton } from "../submit-button";

const VERDICTS = [
  { value: "godkjent", label: "Godkjent" },
  { value: "trenger_arbeid", label: "Trenger arbeid" },
];

type Props = { instrument: InstrumentView; saved: Record<string, ReviewValues>; lastResult: SubmissionResult<string[]> | undefined };

/** The advisor's verdict, comment and planned action for every item. */
export function ReviewForm({ instrument, saved, lastResult }: Props) {
  const schema = useMemo(() => ReviewsSchema(shapeOf(instrument)), [instrument]);
  const [form] = useZodForm(schema, lastResult);
  const typed = (form.initialValue as { reviews?: Record<string, Partial<ReviewValues>> } | undefined)?.reviews;
  const valueOf = (itemId: string, key: keyof ReviewValues) => typed?.[itemId]?.[key] ?? saved[itemId]?.[key] ?? "";
  const errorOf = (itemId: string, key: keyof ReviewValues) => form.allErrors[`reviews.${itemId}.${key}`]?.[0];
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="lagre-vurdering" />
      <FormErrorSummary form={form} />
      {instrument.areas.map((area) => (
        <section key={area.id} className="stack" aria-labelledby={`vurdering-${area.id}`}>
          <Heading level={3} data-size="sm" id={`vurdering-${area.id}`}>
            {area.name}
          </Heading>
          {area.factors.map((item) => (
            <div key={item.id} className="stack answer-item">
              <RadioGroup legend={item.name} name={`reviews.${item.id}.verdict`} options={VERDICTS} defaultValue={valueOf(item.id, "verdict")} error={errorOf(item.id, "verdict")} />
              <TextField label="Kommentar" multiline rows={2} name={`reviews.${item.id}.comment`} defaultValue={valueOf(item.id, "comment")} error={errorOf(item.id, "comment")} />
              <TextField
                label="Planlagt tiltak"
                description="Hva som skal gjøres, av hvem og når"
                multiline
                rows={2}
                name={`reviews.${item.id}.plannedAction`}
                defaultValue={valueOf(item.id, "plannedAction")}
                error={errorOf(item.id, "plannedAction")}
              />
            </div>
          ))}
        </section>
      ))}
      <div>
        <SubmitButton variant="secondary">
          Lagre vurderingen
        </SubmitButton>
      </div>
    </Form>
  );
}
