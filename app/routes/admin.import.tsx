import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { CsrfInput } from "../components/csrf-input";
import { FormErrors } from "../components/form-errors";
import { projectImportWork } from "../jobs/project-import.server";
import { startJob } from "../jobs/runner.server";
import { ImportError, parseProjectFile } from "../models/project-transfer.server";
import { requireAdmin } from "../services/access.server";
import { requireCsrf } from "../services/csrf.server";
import { MAX_IMPORT_BYTES, readUploadForm } from "../utils/upload-body.server";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Importer prosjekt – Trinnvis" }];

const TOO_LARGE = `Filen er større enn ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const fail = (problems: string[], status = 400) => json({ problems }, { status });
  // An oversized upload is refused before it is read, and reading stops at the limit.
  const upload = await readUploadForm(request, { maxFileBytes: MAX_IMPORT_BYTES, tooLarge: TOO_LARGE });
  if (!upload.ok) return fail([upload.message], upload.status);
  const { formData } = upload;
  requireCsrf(request, formData, session);
  const file = formData.get("fil");
  if (!(file instanceof File) || file.size === 0) return fail(["Velg en eksportfil (.json)."]);
  // Text that is not JSON is answered at once; the job checks the rows and saves.
  const text = (await file.text()).replace(/^\uFEFF/, "");
  try {
    parseProjectFile(text);
  } catch (error) {
    if (error instanceof ImportError) return fail(error.problems);
    throw error;
  }
  const jobId = startJob(
    { kind: "prosjektimport", userId: session.user.id, projectId: null, title: `Import av ${file.name}` },
    projectImportWork({ name: file.name, text }, session.user.id),
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
      <Paragraph>
        Hver rad i filen kontrolleres med de samme reglene som skjemaene i Trinnvis bruker: datoer, tall, lengder, valg og at
        fritekst ikke inneholder fødselsnumre. Feilene vises med tabell, rad og felt i filen. Prosjektet og alt i det får nye
        id-er; en henvisning til noe som ikke finnes i filen, stopper importen.
      </Paragraph>
      <Paragraph>
        Det en person har låst, tas ikke fra filen: en bærekraftsrunde som rådgiveren har signert, blir importert som åpen og må
        signeres på nytt; en sendt rapport blir et utkast, og de sendte versjonene tas ikke med; styringsgruppens godkjenninger
        og tilbakesendinger av steg tas ikke med (prosjektet beholder steget det står i). Vurderernes leverte svar beholdes.
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
          <SubmitButton>Importer</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
