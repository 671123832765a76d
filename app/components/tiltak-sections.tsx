import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Heading } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { DOCUMENT_KINDS, hearingSchema, HearingResponseSchema, standardisationSchema, statusChangeSchema, type TiltakChoices } from "../forms/tiltak";
import { formatDate } from "../utils/format";
import { CheckboxGroup } from "./checkbox-group";
import { CsrfInput } from "./csrf-input";
import { FormErrorSummary } from "./error-summary";
import { checkedValues, fieldProps } from "./form-fields";
import { useChoicesForm, useZodForm } from "./forms";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";
import { SubmitButton } from "./submit-button";

type Result = SubmissionResult<string[]> | null | undefined;
type Option = { value: string; label: string };

export function StatusChangeForm(props: {
  version: number;
  statuses: Option[];
  current: string;
  lastResult: Result;
  today: string;
  /** The day the latest status change took effect. */
  lastEffectiveDate: string | null;
}) {
  const [form, fields] = useChoicesForm(statusChangeSchema, props.today, props.lastResult, { effectiveDate: props.today });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="version" value={props.version} key={props.version} />
      <FormErrorSummary form={form} />
      <SelectField label="Ny status" placeholder="Velg ny status" options={props.statuses.filter((s) => s.value !== props.current)} {...fieldProps(fields.to)} />
      <DateField
        label="Gjelder fra"
        description={`Dagen endringen skjedde, i dag eller tidligere.${props.lastEffectiveDate ? ` En dato før forrige endring (${formatDate(props.lastEffectiveDate)}) krever begrunnelse.` : ""}`}
        {...fieldProps(fields.effectiveDate)}
      />
      <TextField
        label="Begrunnelse"
        description="Påkrevd når tiltaket flyttes tilbake, hopper over en status eller gjelder fra før forrige endring."
        multiline
        rows={2}
        {...fieldProps(fields.reason)}
      />
      <div>
        <SubmitButton>Endre status</SubmitButton>
      </div>
    </Form>
  );
}

export function HearingForm(props: { choices: Pick<TiltakChoices, "organisations">; involved: string[]; lastResult: Result; today: string }) {
  const choices = useMemo(() => ({ organisations: props.choices.organisations, today: props.today }), [props.choices.organisations, props.today]);
  const [form, fields] = useChoicesForm(hearingSchema, choices, props.lastResult, { sentDate: props.today, organisationIds: props.involved });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="horing" />
      <Heading level={3} data-size="xs">
        Send på høring
      </Heading>
      <FormErrorSummary form={form} />
      <DateField label="Sendt" {...fieldProps(fields.sentDate)} />
      <DateField label="Frist" {...fieldProps(fields.deadline)} />
      <CheckboxGroup
        legend="Organisasjoner som høres"
        name={fields.organisationIds.name}
        options={props.choices.organisations.map((o) => ({ value: String(o.id), label: o.name, group: o.levelName }))}
        defaultValue={checkedValues(fields.organisationIds)}
        error={fields.organisationIds.errors?.[0]}
      />
      <TextField label="Merknad" multiline rows={2} {...fieldProps(fields.note)} />
      <div>
        <SubmitButton variant="secondary">
          Registrer høringen
        </SubmitButton>
      </div>
    </Form>
  );
}

export function HearingResponseForm(props: { hearingId: number; organisations: Option[]; lastResult: Result; today: string }) {
  const [form, fields] = useZodForm(HearingResponseSchema, props.lastResult, { responseDate: props.today });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="horingssvar" />
      <input type="hidden" name="hearingId" value={props.hearingId} />
      <FormErrorSummary form={form} />
      <SelectField label="Organisasjon" placeholder="Velg organisasjon" options={props.organisations} {...fieldProps(fields.organisationId)} />
      <DateField label="Dato for svaret" {...fieldProps(fields.responseDate)} />
      <TextField label="Svar" multiline rows={2} {...fieldProps(fields.answer)} />
      <div>
        <SubmitButton variant="secondary" data-size="sm">
          Registrer svaret
        </SubmitButton>
      </div>
    </Form>
  );
}

export function StandardisationForm(props: { organisations: Option[]; lastResult: Result; today: string }) {
  const [form, fields] = useChoicesForm(standardisationSchema, props.today, props.lastResult, { date: props.today });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="standard" />
      <FormErrorSummary form={form} />
      <SelectField label="Organisasjon" placeholder="Velg organisasjon" options={props.organisations} {...fieldProps(fields.organisationId)} />
      <SelectField label="Type dokument" placeholder="Velg type" options={DOCUMENT_KINDS} {...fieldProps(fields.documentKind)} />
      <TextField label="Hvor praksisen er skrevet ned" description="For eksempel navn og nummer på rutinen i kvalitetssystemet." {...fieldProps(fields.reference)} />
      <DateField label="I bruk fra" description="Dagen dokumentet ble tatt i bruk i organisasjonen, i dag eller tidligere." {...fieldProps(fields.date)} />
      <div>
        <SubmitButton variant="secondary">
          Registrer standardisering
        </SubmitButton>
      </div>
    </Form>
  );
}
