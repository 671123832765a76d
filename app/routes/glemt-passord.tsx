import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { AppLink } from "../components/app-link";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { mailConfigured } from "../services/mail.server";
import { requestPasswordReset } from "../services/password-reset.server";
import { requireSameOrigin } from "../services/csrf.server";
import { emailField } from "../utils/user-schemas";
import { readForm } from "../utils/form-body.server";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Glemt passord – Trinnvis" }];

const ForgotSchema = z.object({ email: emailField });

const RESET_REQUESTED_MESSAGE = "Hvis adressen er registrert hos oss, har vi sendt en lenke for å sette nytt passord. Lenken virker i én time.";
const MAIL_MISSING_MESSAGE = "E-post er ikke satt opp på denne installasjonen. Be administratoren om å sette et nytt passord for deg.";

// No session needed (and a signed-in user may use it too), so the origin check stands in for the CSRF token.
export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const submission = parseWithZod(await readForm(request), { schema: ForgotSchema });
  if (submission.status !== "success") return json({ result: submission.reply(), messages: null, mailMissing: false }, { status: 400 });
  await requestPasswordReset(request, submission.value.email);
  // The same answer whatever the address, with nothing of it echoed back.
  const mailMissing = !mailConfigured();
  return json({ result: submission.reply({ resetForm: true }), messages: [mailMissing ? MAIL_MISSING_MESSAGE : RESET_REQUESTED_MESSAGE], mailMissing });
}

export default function ForgotPasswordPage() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(ForgotSchema, actionData?.result);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Glemt passord?
      </Heading>
      <Paragraph>Skriv e-postadressen du logger inn med, så sender vi deg en lenke for å sette nytt passord.</Paragraph>
      {actionData?.messages ? (
        <Alert data-color={actionData.mailMissing ? "warning" : "info"} role="status">
          {actionData.messages.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      ) : null}
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField label="E-post" type="email" autoComplete="username" {...fieldProps(fields.email)} />
        <div>
          <SubmitButton pendingLabel="Sender …">Send lenke</SubmitButton>
        </div>
      </Form>
      <Paragraph>
        <AppLink to="/logg-inn">Tilbake til innlogging</AppLink>
      </Paragraph>
    </div>
  );
}
