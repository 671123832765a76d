import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { measureDefinitionAction } from "../actions/measure-page.server";
import { ConflictNotice } from "../components/conflict-notice";
import { useServerValidatedForm } from "../components/form-fields";
import { MeasureForm } from "../components/measure-form";
import { MeasureHeader } from "../components/measure-header";
import { IntentButton } from "../components/record-form";
import type { measureSchema } from "../forms/measure";
import { measureFormValues } from "../forms/measure-values";
import { notFound, parseId, requireProjectRole } from "../services/access.server";
import { measureEditPage } from "../services/measure-page.server";
import { hasRole, PROJECT_WRITERS, RECORD_DELETERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(`Endre ${data?.measure.name ?? "måling"}`, matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
  const page = measureEditPage(projectId, parseId(params.measureId));
  if (!page) throw notFound();
  return json({ projectId, ...page, canDelete: hasRole(role, RECORD_DELETERS) });
}

export const action = measureDefinitionAction;

export default function EditMeasurePage() {
  const { projectId, measure, choices, canDelete } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const lastResult = data?.intent === "lagre" ? (data.result as Parameters<typeof useServerValidatedForm>[0]) : undefined;
  const conflict = data?.intent === "lagre" ? (data.conflict as { name: string; version: number } | null) : null;
  const [form, fields] = useServerValidatedForm<z.input<ReturnType<typeof measureSchema>>>(lastResult, measureFormValues(measure));
  return (
    <div className="stack">
      <MeasureHeader projectId={projectId} measure={measure} canWrite />
      <section aria-labelledby="endre" className="stack">
        <Heading level={2} data-size="md" id="endre">
          Definisjon
        </Heading>
        {conflict ? (
          <ConflictNotice>
            <Paragraph>Lagret navn: {conflict.name}.</Paragraph>
          </ConflictNotice>
        ) : null}
        <MeasureForm form={form} fields={fields} choices={choices} version={conflict?.version ?? measure.version} submitLabel="Lagre endringene" />
      </section>
      {canDelete ? (
        <section aria-labelledby="slett" className="stack">
          <Heading level={2} data-size="md" id="slett">
            Slett målingen
          </Heading>
          <Paragraph>Målingen slettes med alle datapunktene og markeringene i diagrammet.</Paragraph>
          <IntentButton intent="slett" confirmMessage={`Slette målingen «${measure.name}» og alle datapunktene?`} variant="secondary" data-color="danger">
            Slett målingen
          </IntentButton>
        </section>
      ) : null}
    </div>
  );
}
