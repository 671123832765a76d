import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Button, Heading } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { DOCUMENT_KINDS, hearingSchema, HearingResponseSchema, StandardisationSchema, StatusChangeSchema, type TiltakChoices } from "../forms/tiltak";
import { CheckboxGroup } from "./checkbox-group";
import { CsrfInput } from "./csrf-input";
import { FormErrors } from "./form-errors";
import { checkedValues, fieldProps } from "./form-fields";
import { useChoicesForm, useZodForm } from "./forms";
import { SelectField } from "./select-field";
import { TextField } from "./fields";

type Result = SubmissionResult<string[]> | null | undefined;
type Option = { value: string; label: string };

export function StatusChangeForm(props: { version: number; statuses: Option[]; current: string; lastResult: Result }) {
  const [form, fields] = useZodForm(StatusChangeSchema, props.lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="version" value={props.version} key={props.version} />
      <FormErrors errors={form.errors} />
      <SelectField label="Ny status" placeholder="Velg ny status" options={props.statuses.filter((s) => s.value !== props.current)} {...fieldProps(fields.to)} />
      <TextField
        label="Begrunnelse"
        description="Påkrevd når tiltaket flyttes tilbake eller hopper over en status."
        multiline
        rows={2}
        {...fieldProps(fields.reason)}
      />
      <div>
        <Button type="submit">Endre status</Button>
      </div>
    </Form>
  );
}

export function HearingForm(props: { choices: Pick<TiltakChoices, "organisations">; involved: string[]; lastResult: Result; today: string }) {
  const [form, fields] = useChoicesForm(hearingSchema, props.choices, props.lastResult, { sentDate: props.today, organisationIds: props.involved });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="horing" />
      <Heading level={3} data-size="xs">
        Send på høring
      </Heading>
      <FormErrors errors={form.errors} />
      <TextField label="Sendt" type="date" {...fieldProps(fields.sentDate)} />
      <TextField label="Frist" type="date" {...fieldProps(fields.deadline)} />
      <CheckboxGroup
        legend="Organisasjoner som høres"
        name={fields.organisationIds.name}
        options={props.choices.organisations.map((o) => ({ value: String(o.id), label: o.name, group: o.levelName }))}
        defaultValue={checkedValues(fields.organisationIds)}
        error={fields.organisationIds.errors?.[0]}
      />
      <TextField label="Merknad" multiline rows={2} {...fieldProps(fields.note)} />
      <div>
        <Button type="submit" variant="secondary">
          Registrer høringen
        </Button>
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
      <FormErrors errors={form.errors} />
      <SelectField label="Organisasjon" placeholder="Velg organisasjon" options={props.organisations} {...fieldProps(fields.organisationId)} />
      <TextField label="Dato for svaret" type="date" {...fieldProps(fields.responseDate)} />
      <TextField label="Svar" multiline rows={2} {...fieldProps(fields.answer)} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          Registrer svaret
        </Button>
      </div>
    </Form>
  );
}

export function StandardisationForm(props: { organisations: Option[]; lastResult: Result }) {
  const [form, fields] = useZodForm(StandardisationSchema, props.lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="standard" />
      <FormErrors errors={form.errors} />
      <SelectField label="Organisasjon" placeholder="Velg organisasjon" options={props.organisations} {...fieldProps(fields.organisationId)} />
      <SelectField label="Type dokument" placeholder="Velg type" options={DOCUMENT_KINDS} {...fieldProps(fields.documentKind)} />
      <TextField label="Hvor praksisen er skrevet ned" description="For eksempel navn og nummer på rutinen i kvalitetssystemet." {...fieldProps(fields.reference)} />
      <div>
        <Button type="submit" variant="secondary">
          Registrer standardisering
        </Button>
      </div>
    </Form>
  );
}
