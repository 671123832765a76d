import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { attemptLogin } from "../services/login.server";
import { getCurrentSession } from "../services/session.server";
import { requireSameOrigin } from "../services/csrf.server";
import { TextField } from "../components/fields";
import { AppLink } from "../components/app-link";
import { readForm } from "../utils/form-body.server";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Logg inn – Trinnvis" }];

const LoginSchema = z.object({
  email: z.string({ required_error: "Skriv inn e-postadressen din" }).trim().email("Skriv inn en gyldig e-postadresse"),
  password: z.string({ required_error: "Skriv inn passordet ditt" }).max(200, "Passordet er for langt"),
  neste: z.string().optional(),
});

/** Only same-site paths, so the login page cannot be used to send people elsewhere. */
function safeRedirect(target: string | undefined) {
  // Browsers read a backslash as "/" and drop tabs and newlines: "/%5Cevil.example" and "/%09/evil.example" would leave the site.
  if (!target || !target.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(target)) return "/til-meg";
  return new URL(target, "http://trinnvis.invalid").origin === "http://trinnvis.invalid" && !target.startsWith("//") ? target : "/til-meg";
}

export async function loader({ request }: LoaderFunctionArgs) {
  // Logged in already (in another tab, say): on to where the person was going.
  if (await getCurrentSession(request)) return redirect(safeRedirect(new URL(request.url).searchParams.get("neste") ?? undefined));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema });
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await attemptLogin(request, context, submission.value.email, submission.value.password);
  if (!result.ok) {
    return json(submission.reply({ formErrors: [result.message], hideFields: ["password"] }), {
      status: result.status,
      headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined,
    });
  }
  return redirect(safeRedirect(submission.value.neste), { headers: { "Set-Cookie": result.cookie } });
}

const sessionEndedTexts: Record<string, string> = {
  utlopt: "Økten din gikk ut fordi du ikke var aktiv på en stund. Logg inn igjen for å fortsette.",
  "skjema-tatt-vare-pa":
    "Økten din gikk ut før skjemaet ble lagret. Det du skrev, er tatt vare på: logg inn igjen, så kommer du tilbake til skjemaet, fylt ut og klart til å lagres.",
};

function SessionEndedNotice({ reason }: { reason: string | null }) {
  const text = reason ? sessionEndedTexts[reason] : undefined;
  if (!text) return null;
  return (
    <Alert data-color="warning" role="status">
      {text}
    </Alert>
  );
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useZodForm(LoginSchema, lastResult);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Logg inn
      </Heading>
      <Paragraph>Trinnvis følger forbedringsprosjekter steg for steg gjennom Modell for kvalitetsforbedring.</Paragraph>
      {searchParams.get("passord") === "endret" && !lastResult ? (
        <Alert data-color="success" role="status">
          Passordet er endret. Logg inn med det nye.
        </Alert>
      ) : null}
      <SessionEndedNotice reason={lastResult ? null : searchParams.get("grunn")} />
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="neste" value={searchParams.get("neste") ?? ""} />
        <TextField
          label="E-post"
          type="email"
          autoComplete="username"
          {...fieldProps(fields.email)}
        />
        <TextField
          label="Passord"
          type="password"
          autoComplete="current-password"
          {...fieldProps(fields.password)}
        />
        <div>
          <SubmitButton pendingLabel="Logger inn …">Logg inn</SubmitButton>
        </div>
      </Form>
      <Paragraph>
        <AppLink to="/glemt-passord">Glemt passord?</AppLink>
      </Paragraph>
    </div>
  );
}
