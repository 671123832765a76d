import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DIGEST_FREQUENCIES } from "../../db/enums";
import { CsrfInput } from "../components/csrf-input";
import { FormErrorSummary } from "../components/error-summary";
import { useZodForm } from "../components/forms";
import { RadioGroup } from "../components/radio-group";
import { SubmitButton } from "../components/submit-button";
import { writeAudit } from "../models/audit.server";
import { getUserById, setDigestFrequency } from "../models/user.server";
import { requireCsrf } from "../services/csrf.server";
import { redirectWithMessage } from "../services/flash.server";
import { requireSession } from "../services/session.server";
import { readForm } from "../utils/form-body.server";

export const meta: MetaFunction = () => [{ title: "Profil – Trinnvis" }];

const FREQUENCY_LABELS = { daglig: "Daglig", ukentlig: "Ukentlig (mandager)", aldri: "Aldri" } as const;

const DigestSchema = z.object({
  digestFrequency: z.enum(DIGEST_FREQUENCIES, { errorMap: () => ({ message: "Velg hvor ofte du vil få påminnelser." }) }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const user = getUserById(session.user.id);
  if (!user) throw new Response("Fant ikke brukeren", { status: 404 });
  return json({ name: user.name, email: user.email, digestFrequency: user.digestFrequency });
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const formData = await readForm(request);
  requireCsrf(request, formData, session);
  const submission = parseWithZod(formData, { schema: DigestSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const frequency = submission.value.digestFrequency;
  const before = setDigestFrequency(session.user.id, frequency);
  if (before !== frequency) {
    writeAudit({ userId: session.user.id, action: "update", entityType: "user", entityId: session.user.id, detail: { changes: { digestFrequency: { før: before, etter: frequency } } } });
  }
  return redirectWithMessage("/profil", frequency === "aldri" ? "Du får ikke lenger påminnelser på e-post." : `Påminnelsene er lagret: ${FREQUENCY_LABELS[frequency].toLowerCase()}.`);
}

export default function ProfilePage() {
  const { name, email, digestFrequency } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(DigestSchema, lastResult, { digestFrequency });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Profil
      </Heading>
      <dl className="details">
        <dt>Navn</dt>
        <dd>{name}</dd>
        <dt>E-post</dt>
        <dd>{email}</dd>
      </dl>
      <Heading level={2} data-size="md">
        Påminnelser
      </Heading>
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <FormErrorSummary form={form} />
        <RadioGroup
          legend="Påminnelser på e-post"
          description="En e-post om det som er nytt eller har passert fristen blant det som venter på deg. Ingenting nytt, ingen e-post."
          name={fields.digestFrequency.name}
          options={DIGEST_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))}
          defaultValue={typeof fields.digestFrequency.initialValue === "string" ? fields.digestFrequency.initialValue : digestFrequency}
          error={fields.digestFrequency.errors?.[0]}
        />
        <div>
          <SubmitButton>Lagre</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
