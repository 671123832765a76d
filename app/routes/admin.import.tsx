import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import {
  json,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { CsrfInput } from "../components/csrf-input";
import { FormErrors } from "../components/form-errors";
import { projectImportWork } from "../jobs/project-import.server";
import { startJob } from "../jobs/runner.server";
import { requireAdmin } from "../services/access.server";
import { requireCsrf } from "../services/csrf.server";

export const meta: MetaFunction = () => [{ title: "Importer prosjekt – Trinnvis" }];

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;


export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const fail = (problems: string[], status = 400) => json({ problems }, { status });
  // Refuse an oversized upload before reading it; the upload handler also stops at the limit.
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return fail(["Filen er større enn 50 MB."], 413);
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return fail(["Filen er større enn 50 MB."], 413);
    return fail(["Filen kunne ikke leses."]);
  }
  requireCsrf(request, formData, session);
  const file = formData.get("fil");
  if (!(file instanceof File) || file.size === 0) return fail(["Velg en eksportfil (.json)."]);
  const jobId = startJob(
    { kind: "prosjektimport", userId: session.user.id, projectId: null, title: `Import av ${file.name}` },
    projectImportWork({ name: file.name, text: await file.text() }, session.user.id),
  );
  return redirect(`/jobber/${jobId}`);
}

export default function AdminImport() {
  const data = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Importer et prosjekt
      </Heading>
      <Paragraph>
        Velg en fil lastet ned med «Last ned hele prosjektet». Prosjektet blir lagt inn som et nytt prosjekt. Hvis noe i filen er
        feil, lagres ingenting. Store filer tar litt tid; du ser hvor langt importen har kommet, og kan lukke siden underveis.
      </Paragraph>
      <FormErrors errors={data?.problems} />
      <Form method="post" encType="multipart/form-data" className="form">
        <CsrfInput />
        <div>
          <label htmlFor="fil">Eksportfil (JSON, høyst 50 MB)</label>
          <br />
          <input id="fil" name="fil" type="file" accept="application/json,.json" />
        </div>
        <div>
          <Button type="submit">Importer</Button>
        </div>
      </Form>
    </div>
  );
}
