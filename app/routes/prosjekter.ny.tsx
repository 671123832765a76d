import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { STEP_IDS } from "../../db/enums";
import { AppLink } from "../components/app-link";
import { CsrfInput } from "../components/csrf-input";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { SelectField } from "../components/select-field";
import { NewProjectSchema } from "../forms/project-setup";
import { createProject } from "../models/project.server";
import { getContent, stepNames } from "../utils/content.server";
import { requireCsrf } from "../services/csrf.server";
import { redirectWithMessage } from "../services/flash.server";
import { projectCreationForAdminsOnly } from "../utils/env.server";
import { requireSession } from "../services/session.server";
import { readForm } from "../utils/form-body.server";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Nytt prosjekt – Trinnvis" }];

/** Everyone signed in may start a project, unless the operator has kept that for administrators. */
async function requireProjectCreator(request: Request) {
  const session = await requireSession(request);
  if (projectCreationForAdminsOnly() && !session.user.isAdmin) {
    throw new Response("På denne installasjonen er det bare administratorer som oppretter prosjekter.", { status: 403 });
  }
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireProjectCreator(request);
  const names = stepNames(getContent());
  return json({ steps: STEP_IDS.map((id) => ({ value: id, label: names[id] })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireProjectCreator(request);
  const formData = await readForm(request);
  requireCsrf(request, formData, session);
  const submission = parseWithZod(formData, { schema: NewProjectSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const project = createProject({ userId: session.user.id, values: submission.value });
  return redirectWithMessage(`/prosjekter/${project.id}`, "Prosjektet er opprettet.");
}

export default function NewProjectPage() {
  const { steps } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(NewProjectSchema, lastResult, { currentStep: "forberedelse" });
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to="/prosjekter">Tilbake til prosjektene</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Nytt prosjekt
      </Heading>
      <Paragraph>Du blir prosjektleder og kan deretter legge til organisasjoner, faser, grupper og personer.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <TextField label="Navn" autoComplete="off" {...fieldProps(fields.name)} />
        <TextField label="Bakgrunn og formål" multiline rows={5} description="Hvorfor prosjektet finnes, og hva det skal oppnå." {...fieldProps(fields.description)} />
        <TextField label="Eier" description="Organet som eier prosjektet, for eksempel et samarbeidsutvalg." {...fieldProps(fields.owner)} />
        <TextField label="Finansiering" description="Valgfritt: hvem som finansierer prosjektet." {...fieldProps(fields.funder)} />
        <DateField label="Startdato" {...fieldProps(fields.startDate)} />
        <DateField label="Sluttdato" description="Valgfri." {...fieldProps(fields.endDate)} />
        <SelectField label="Steget prosjektet er i nå" {...fieldProps(fields.currentStep)} options={steps} />
        <div>
          <SubmitButton>Opprett prosjektet</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
