import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConflictNotice } from "../components/conflict-notice";
import { DataTable } from "../components/data-table";
import { useChoicesForm } from "../components/forms";
import { HearingForm, HearingResponseForm, StandardisationForm, StatusChangeForm } from "../components/tiltak-sections";
import { TiltakForm } from "../components/tiltak-form";
import { classifyStatusChange } from "../domain/tiltak-status";
import {
  DOCUMENT_KINDS,
  hearingSchema,
  HearingResponseSchema,
  StandardisationSchema,
  StatusChangeSchema,
  tiltakFormValues,
  tiltakSchema,
  toTiltakValues,
} from "../forms/tiltak";
import { changeTiltakStatus, createHearing, deleteTiltak, getTiltak, recordHearingResponse, saveStandardisation, updateTiltak } from "../models/tiltak.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { tiltakChoices } from "../services/choices.server";
import { formatDate } from "../utils/format";
import { canWriteProjectRecords, hasRole, PROJECT_WRITERS, RECORD_DELETERS } from "../utils/permissions";
import { IntentButton } from "../components/record-form";
import { todayIso } from "../utils/time";
import { AppLink } from "../components/app-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.tiltak.title ?? "Tiltak"} – Trinnvis` }];

function loadTiltak(projectId: number, tiltakIdParam: unknown) {
  const found = getTiltak(projectId, parseId(tiltakIdParam));
  if (!found) throw notFound();
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  return json({
    projectId,
    tiltak: loadTiltak(projectId, params.tiltakId),
    choices: tiltakChoices(projectId),
    canWrite: canWriteProjectRecords(role),
    canDelete: hasRole(role, RECORD_DELETERS),
    today: todayIso(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const intent = String(formData.get("intent"));
  if (intent === "slett") requireRecordDeleter(role);
  const current = loadTiltak(projectId, params.tiltakId);
  const here = `/prosjekter/${projectId}/tiltak/${current.id}`;
  const ids = { projectId, tiltakId: current.id, userId: user.id };
  const hearingId = Number(formData.get("hearingId")) || null;
  const reply = (result: unknown, status = 400, conflict: ReturnType<typeof getTiltak> = null) => json({ intent, hearingId, result, conflict }, { status });
  switch (intent) {
    case "slett":
      deleteTiltak(ids);
      return redirect(`/prosjekter/${projectId}/tiltak`);
    case "status": {
      const submission = parseWithZod(formData, { schema: StatusChangeSchema });
      if (submission.status !== "success") return reply(submission.reply());
      const result = changeTiltakStatus({ ...ids, version: submission.value.version, to: submission.value.to, reason: submission.value.reason });
      if (result.status === "not_found") throw notFound();
      if (result.status === "reason_required") {
        const kind = classifyStatusChange(current.status, submission.value.to).kind;
        const message = kind === "backward" ? "Skriv hvorfor tiltaket flyttes tilbake" : "Skriv hvorfor tiltaket hopper over en status";
        return reply(submission.reply({ fieldErrors: { reason: [message] } }));
      }
      if (result.status === "conflict") {
        return reply(submission.reply({ formErrors: ["Noen andre har endret tiltaket i mellomtiden. Statusen er ikke endret; se den lagrede statusen over."] }), 409);
      }
      return redirect(here);
    }
    case "horing": {
      const submission = parseWithZod(formData, { schema: hearingSchema(tiltakChoices(projectId)) });
      if (submission.status !== "success") return reply(submission.reply());
      createHearing({ ...ids, ...submission.value });
      return redirect(`${here}#horing`);
    }
    case "horingssvar": {
      const submission = parseWithZod(formData, { schema: HearingResponseSchema });
      if (submission.status !== "success") return reply(submission.reply());
      if (!recordHearingResponse({ ...ids, ...submission.value })) {
        return reply(submission.reply({ fieldErrors: { organisationId: ["Organisasjonen er ikke med i denne høringen"] } }));
      }
      return redirect(`${here}#horing`);
    }
    case "standard": {
      const submission = parseWithZod(formData, { schema: StandardisationSchema });
      if (submission.status !== "success") return reply(submission.reply());
      if (!current.organisations.some((o) => o.id === submission.value.organisationId)) {
        return reply(submission.reply({ fieldErrors: { organisationId: ["Velg en av organisasjonene som er med i tiltaket"] } }));
      }
      saveStandardisation({ ...ids, ...submission.value });
      return redirect(`${here}#standardisering`);
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: tiltakSchema(tiltakChoices(projectId)) });
      if (submission.status !== "success") return reply(submission.reply());
      const saved = updateTiltak({ ...ids, version: submission.value.version ?? 0, values: toTiltakValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return reply(submission.reply(), 409, saved.current);
      return redirect(here);
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

export default function TiltakPage() {
  const { projectId, tiltak, choices, canWrite, canDelete, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (intent: string, hearingId: number | null = null) =>
    data && data.intent === intent && data.hearingId === hearingId ? (data.result as Parameters<typeof StatusChangeForm>[0]["lastResult"]) : undefined;
  const [form, fields] = useChoicesForm(tiltakSchema, choices, resultFor("lagre"), tiltakFormValues(tiltak));
  const conflict = data?.intent === "lagre" ? data.conflict : null;
  const label = (list: { value: string; label: string }[], value: string) => list.find((c) => c.value === value)?.label ?? value;
  const involvedOptions = tiltak.organisations.map((o) => ({ value: String(o.id), label: o.name }));
  const standardisedIds = new Set(tiltak.standardisations.map((s) => s.organisationId));
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/tiltak`}>Alle tiltak</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {tiltak.title}
      </Heading>
      <dl className="details">
        <dt>Status</dt>
        <dd>
          <Tag data-color="info">{label(choices.statuses, tiltak.status)}</Tag>
        </dd>
        <dt>Prioritet</dt>
        <dd>{label(choices.priorities, tiltak.priority)}</dd>
        <dt>Beskrivelse</dt>
        <dd>{tiltak.description || "–"}</dd>
        <dt>Mål</dt>
        <dd>{tiltak.goalIds.map((id) => label(choices.goals, String(id))).join("; ") || "Ikke knyttet til mål"}</dd>
        <dt>Sviktområder</dt>
        <dd>{tiltak.failureAreaIds.map((id) => label(choices.failureAreas, id)).join("; ") || "–"}</dd>
        <dt>Samarbeidsavtaler</dt>
        <dd>{tiltak.agreementAreaIds.map((id) => label(choices.agreementAreas, id)).join("; ") || "Ikke knyttet til avtaler"}</dd>
        <dt>Ansvarlig</dt>
        <dd>{[tiltak.responsiblePerson, tiltak.responsibleOrganisation].filter(Boolean).join(", ") || "–"}</dd>
        <dt>Startdato</dt>
        <dd>{formatDate(tiltak.startDate) || "–"}</dd>
        <dt>Neste evaluering</dt>
        <dd>{formatDate(tiltak.nextEvaluationDate) || "Ikke satt"}</dd>
        <dt>Organisasjoner</dt>
        <dd>{tiltak.organisations.length} organisasjoner</dd>
      </dl>

      <section aria-labelledby="status-overskrift" className="stack">
        <Heading level={2} data-size="md" id="status-overskrift">
          Statushistorikk
        </Heading>
        <DataTable
          caption="Alle statusendringer"
          headers={["Dato", "Fra", "Til", "Begrunnelse"]}
          rows={tiltak.history.map((h) => ({
            key: h.id,
            cells: [formatDate(h.changedAt), h.fromStatus ? label(choices.statuses, h.fromStatus) : "–", label(choices.statuses, h.toStatus), h.reason],
          }))}
        />
        {canWrite ? <StatusChangeForm key={tiltak.version} version={tiltak.version} statuses={choices.statuses} current={tiltak.status} lastResult={resultFor("status")} /> : null}
      </section>

      <section aria-labelledby="horing" className="stack">
        <Heading level={2} data-size="md" id="horing">
          Høring
        </Heading>
        {tiltak.hearings.length === 0 ? <Paragraph>Tiltaket har ikke vært på høring.</Paragraph> : null}
        {tiltak.hearings.map((hearing) => (
          <div key={hearing.id} className="stack">
            <Heading level={3} data-size="xs">
              Høring sendt {formatDate(hearing.sentDate)}
              {hearing.deadline ? `, frist ${formatDate(hearing.deadline)}` : ""}
            </Heading>
            {hearing.note ? <Paragraph>{hearing.note}</Paragraph> : null}
            <DataTable
              caption={`Svar i høringen sendt ${formatDate(hearing.sentDate)}`}
              headers={["Organisasjon", "Svar", "Dato"]}
              rows={hearing.responses.map((r) => ({ key: r.organisationId, cells: [r.organisationName, r.answer || "Ikke svart", formatDate(r.responseDate)] }))}
            />
            {canWrite ? (
              <details open={Boolean(resultFor("horingssvar", hearing.id))}>
                <summary>Registrer svar</summary>
                <HearingResponseForm
                  key={hearing.responses.filter((r) => r.answer).length}
                  hearingId={hearing.id}
                  organisations={hearing.responses.map((r) => ({ value: String(r.organisationId), label: r.organisationName }))}
                  lastResult={resultFor("horingssvar", hearing.id)}
                  today={today}
                />
              </details>
            ) : null}
          </div>
        ))}
        {canWrite ? <HearingForm key={tiltak.hearings.length} choices={choices} involved={tiltak.organisations.map((o) => String(o.id))} lastResult={resultFor("horing")} today={today} /> : null}
      </section>

      <section aria-labelledby="standardisering" className="stack">
        <Heading level={2} data-size="md" id="standardisering">
          Standardisering
        </Heading>
        <Paragraph>Hvor den nye praksisen er skrevet ned i hver organisasjon som er med i tiltaket.</Paragraph>
        <DataTable
          caption="Standardisering per organisasjon"
          headers={["Organisasjon", "Dokument", "Hvor", "Registrert"]}
          rows={[
            ...tiltak.standardisations.map((s) => ({
              key: s.organisationId,
              cells: [s.organisationName, label(DOCUMENT_KINDS, s.documentKind), s.reference, formatDate(s.recordedAt)],
            })),
            ...tiltak.organisations
              .filter((o) => !standardisedIds.has(o.id))
              .map((o) => ({ key: o.id, cells: [o.name, "Ikke registrert", "", ""] })),
          ]}
        />
        {canWrite && involvedOptions.length > 0 ? <StandardisationForm key={tiltak.standardisations.map((s) => s.reference).join("|")} organisations={involvedOptions} lastResult={resultFor("standard")} /> : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="endre" className="stack">
          <Heading level={2} data-size="md" id="endre">
            Endre tiltaket
          </Heading>
          {conflict ? (
            <ConflictNotice>
              <Paragraph>
                {conflict.title}: {label(choices.priorities, conflict.priority)}, neste evaluering {formatDate(conflict.nextEvaluationDate) || "ikke satt"}.
              </Paragraph>
            </ConflictNotice>
          ) : null}
          <TiltakForm form={form} fields={fields} choices={choices} version={conflict?.version ?? tiltak.version} submitLabel="Lagre endringene" />
          {canDelete ? (
            <IntentButton intent="slett" confirmMessage="Vil du slette dette for godt?" variant="secondary" data-color="danger">
              Slett tiltaket
            </IntentButton>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
