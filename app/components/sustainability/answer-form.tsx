import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { AnswersSchema, type AnswerValues } from "../../forms/sustainability";
import { CsrfInput } from "../csrf-input";
import { TextField } from "../fields";
import { FormErrorSummary } from "../error-summary";
import { useZodForm } from "../forms";
import { RadioGroup } from "../radio-group";
import { shapeOf, type InstrumentView } from "./types";
import { SubmitButton } from "../submit-button";

type Props = { instrument: InstrumentView; saved: Record<string, AnswerValues>; lastResult: SubmissionResult<string[]> | undefined };

/** A rater's own answers, area by area; saved as a draft or handed in. */
export function AnswerForm({ instrument, saved, lastResult }: Props) {
  const schema = useMemo(() => AnswersSchema(shapeOf(instrument)), [instrument]);
  const [form] = useZodForm(schema, lastResult);
  const typed = (form.initialValue as { answers?: Record<string, Partial<AnswerValues>> } | undefined)?.answers;
  const valueOf = (itemId: string, key: keyof AnswerValues) => typed?.[itemId]?.[key] ?? saved[itemId]?.[key] ?? "";
  const errorOf = (itemId: string, key: keyof AnswerValues) => form.allErrors[`answers.${itemId}.${key}`]?.[0];
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <FormErrorSummary form={form} />
      <Paragraph data-size="sm">{instrument.scaleNote}</Paragraph>
      {instrument.areas.map((area) => (
        <section key={area.id} className="stack" aria-labelledby={`omrade-${area.id}`}>
          <Heading level={3} data-size="sm" id={`omrade-${area.id}`}>
            {area.name}
          </Heading>
          {area.factors.map((item) => (
            <div key={item.id} className="stack answer-item">
              <RadioGroup
                legend={item.name}
                name={`answers.${item.id}.level`}
                options={instrument.scale.map((s) => ({ value: s.key, label: item.levels[s.key] ? `${s.label}: ${item.levels[s.key]}` : s.label }))}
                defaultValue={valueOf(item.id, "level")}
                error={errorOf(item.id, "level")}
              />
              {instrument.asksHow ? (
                <TextField label="Hvordan?" multiline rows={2} name={`answers.${item.id}.answer`} defaultValue={valueOf(item.id, "answer")} error={errorOf(item.id, "answer")} />
              ) : null}
              <TextField label="Begrunnelse" multiline rows={2} name={`answers.${item.id}.note`} defaultValue={valueOf(item.id, "note")} error={errorOf(item.id, "note")} />
              <TextField
                label="Dokumentasjon"
                description="Nettadresser, én per linje"
                multiline
                rows={1}
                name={`answers.${item.id}.evidence`}
                defaultValue={valueOf(item.id, "evidence")}
                error={errorOf(item.id, "evidence")}
              />
            </div>
          ))}
        </section>
      ))}
      <div className="button-row">
        <SubmitButton name="intent" value="lagre-svar" variant="secondary">
          Lagre utkast
        </SubmitButton>
        <SubmitButton name="intent" value="lever-svar">
          Lever svarene
        </SubmitButton>
      </div>
    </Form>
  );
}
