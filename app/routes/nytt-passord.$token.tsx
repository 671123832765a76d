import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { findValidPasswordReset, consumePasswordReset } from "../models/password-reset.server";
import { getUserById } from "../models/user.server";
import { requireSameOrigin } from "../services/csrf.server";
import { NewPasswordSchema } from "../utils/user-schemas";
import { readForm } from "../utils/form-body.server";
import { SubmitButton } from "../components/submit-button";

// The token is in the path only: the form posts back to this URL and no field, title or link repeats it.
// Referrer-Policy (same-origin, for every response) keeps it from other sites; no-store keeps it out of caches.

export const meta: MetaFunction = () => [{ title: "Nytt passord – Trinnvis" }];

const NO_STORE = { "Cache-Control": "no-store" };

export const headers: HeadersFunction = () => NO_STORE;


const INVALID_LINK = "Lenken er brukt, utløpt eller ugyldig. Be om en ny.";

const invalidLink = () => json({ valid: false as const, message: INVALID_LINK, result: null }, { status: 410, headers: NO_STORE });

export async function loader({ params }: LoaderFunctionArgs) {
  const reset = findValidPasswordReset(params.token ?? "");
  const user = reset ? getUserById(reset.userId) : null;
  if (!reset || !user) return json({ valid: false as const, message: INVALID_LINK, email: null }, { status: 410, headers: NO_STORE });
  // The address only fills a read-only username field, so a password manager stores the new password for the right account.
  return json({ valid: true as const, email: user.email }, { headers: NO_STORE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const token = params.token ?? "";
  if (!findValidPasswordReset(token)) return invalidLink();
  const submission = parseWithZod(await readForm(request), { schema: NewPasswordSchema });
  if (submission.status !== "success") {
    return json({ valid: true as const, result: submission.reply({ hideFields: ["password", "repeat"] }) }, { status: 400, headers: NO_STORE });
  }
  // Sets the password, uses up the link and ends the account's sessions; false if the link was used meanwhile.
  if (!(await consumePasswordReset(token, submission.value.password))) return invalidLink();
  return redirect("/logg-inn?passord=endret");
}

export default function NewPasswordPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const valid = data.valid && actionData?.valid !== false;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Nytt passord
      </Heading>
      {valid && data.email ? (
        <NewPasswordForm email={data.email} lastResult={actionData?.result} />
      ) : (
        <Alert data-color="warning" role="status">
          <Paragraph>{INVALID_LINK}</Paragraph>
          <Paragraph>
            <AppLink to="/glemt-passord">Be om en ny lenke</AppLink>
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}

function NewPasswordForm({ email, lastResult }: { email: string; lastResult: Parameters<typeof useZodForm>[1] }) {
  const [form, fields] = useZodForm(NewPasswordSchema, lastResult);
  return (
    <>
      <Paragraph>Velg et nytt passord. Når det er lagret, blir du logget ut overalt og logger inn med det nye.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField label="E-post" type="email" name="email-visning" value={email} readOnly autoComplete="username" />
        <TextField label="Nytt passord" type="password" autoComplete="new-password" description="Minst 12 tegn." {...fieldProps(fields.password)} />
        <TextField label="Gjenta passordet" type="password" autoComplete="new-password" {...fieldProps(fields.repeat)} />
        <div>
          <SubmitButton>Lagre nytt passord</SubmitButton>
        </div>
      </Form>
    </>
  );
}
