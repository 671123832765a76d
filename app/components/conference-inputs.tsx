import { AppLink } from "./app-link";
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { followUpSchema, InputSchema, NEW_TILTAK, type ConferenceChoices } from "../forms/conference";
import { CsrfInput } from "./csrf-input";
import { FormErrors } from "./form-errors";
import { FormErrorSummary } from "./error-summary";
import { fieldProps } from "./form-fields";
import { useChoicesForm, useZodForm } from "./forms";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";
import { IntentButton } from "./record-form";
import { SubmitButton } from "./submit-button";

export type ConferenceInput = {
  id: number;
  text: string;
  raisedBy: string;
  followUp: string;
  tiltakId: number | null;
  tiltakTitle: string | null;
  followUpNote: string;
  version: number;
};

type Result = SubmissionResult<string[]> | null | undefined;

const followUpColour = (followUp: string) => (followUp === "ikke_vurdert" ? "warning" : followUp === "avvist" ? "neutral" : "success");

/** One input with its follow-up, and for writers the form to record what was done with it. */
export function InputCard(props: {
  input: ConferenceInput;
  choices: ConferenceChoices;
  canWrite: boolean;
  projectId: number;
  lastResult: Result;
  conflict: { followUp: string; tiltakTitle: string | null; followUpNote: string; version: number } | null;
}) {
  const { input, choices } = props;
  const [form, fields] = useChoicesForm(followUpSchema, choices, props.lastResult, {
    followUp: input.followUp,
    tiltakId: input.tiltakId ? String(input.tiltakId) : "",
    note: input.followUpNote,
  });
  const label = (value: string) => choices.followUps.find((c) => c.value === value)?.label ?? value;
  const version = props.conflict?.version ?? input.version;
  return (
    <Card data-color="neutral">
      <Paragraph>
        <strong>{input.text}</strong>
        {input.raisedBy ? ` (${input.raisedBy})` : ""}
      </Paragraph>
      <Paragraph>
        <Tag data-color={followUpColour(input.followUp)}>{label(input.followUp)}</Tag>{" "}
        {input.tiltakId ? (
          <AppLink to={`/prosjekter/${props.projectId}/tiltak/${input.tiltakId}`}>{input.tiltakTitle}</AppLink>
        ) : null}
        {input.followUpNote ? ` ${input.followUpNote}` : ""}
      </Paragraph>
      {props.conflict ? (
        <FormErrors
          errors={[
            `Noen andre har registrert oppfølging i mellomtiden: ${label(props.conflict.followUp)}${props.conflict.tiltakTitle ? ` (${props.conflict.tiltakTitle})` : ""}${props.conflict.followUpNote ? `: ${props.conflict.followUpNote}` : ""}. Det du valgte er ikke lagret.`,
          ]}
        />
      ) : null}
      {props.canWrite ? (
        <details open={Boolean(props.lastResult) || Boolean(props.conflict)}>
          <summary>Registrer oppfølging</summary>
          <Form method="post" className="form" {...getFormProps(form)}>
            <CsrfInput />
            <input type="hidden" name="intent" value="oppfolging" />
            <input type="hidden" name="inputId" value={input.id} />
            <input type="hidden" name="version" value={version} key={version} />
            <FormErrorSummary form={form} />
            <SelectField label="Oppfølging" options={choices.followUps} {...fieldProps(fields.followUp)} />
            <SelectField
              label="Tiltak"
              description="Når innspillet er tatt inn i et tiltak."
              placeholder="Ikke valgt"
              options={[...choices.tiltak, { value: NEW_TILTAK, label: "Opprett et nytt tiltak fra innspillet" }]}
              {...fieldProps(fields.tiltakId)}
            />
            <TextField label="Tittel på nytt tiltak" description="Bare når du oppretter et nytt tiltak." {...fieldProps(fields.newTiltakTitle)} />
            <TextField label="Begrunnelse eller svar" description="Påkrevd når innspillet er besvart på annen måte eller avvist." multiline rows={2} {...fieldProps(fields.note)} />
            <DateField label="Fulgt opp" description="Dagen innspillet ble fulgt opp. Tom betyr i dag." {...fieldProps(fields.date)} />
            <div className="actions">
              <SubmitButton data-size="sm">
                Lagre oppfølging
              </SubmitButton>
            </div>
          </Form>
          <IntentButton intent="slett-innspill" fields={{ inputId: input.id }} confirmMessage={`Slette innspillet «${input.text}»?`} variant="tertiary" data-color="danger" data-size="sm">
            Slett innspillet
          </IntentButton>
        </details>
      ) : null}
    </Card>
  );
}

/** Registers a new input raised at the conference. */
export function AddInputForm({ lastResult }: { lastResult: Result }) {
  const [form, fields] = useZodForm(InputSchema, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="innspill" />
      <Heading level={3} data-size="xs">
        Nytt innspill
      </Heading>
      <TextField label="Innspill" multiline rows={2} {...fieldProps(fields.text)} />
      <TextField label="Hvem kom med innspillet" description="For eksempel en organisasjon eller en gruppe." {...fieldProps(fields.raisedBy)} />
      <div>
        <SubmitButton variant="secondary">
          Legg til innspill
        </SubmitButton>
      </div>
    </Form>
  );
}
