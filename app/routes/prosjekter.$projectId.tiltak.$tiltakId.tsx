import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConflictNotice } from "../components/conflict-notice";
import { DataTable } from "../components/data-table";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { useChoicesForm } from "../components/forms";
import { EvaluationForm, EvaluationHistory } from "../components/tiltak-evaluation";
import { HearingForm, HearingResponseForm, StandardisationForm, StatusChangeForm } from "../components/tiltak-sections";
import { TiltakForm } from "../components/tiltak-form";
import { classifyStatusChange } from "../domain/tiltak-status";
import {
  DOCUMENT_KINDS,
  evaluationSchema,
  hearingSchema,
  HearingResponseSchema,
  standardisationSchema,
  statusChangeSchema,
  tiltakFormValues,
  tiltakSchema,
  toEvaluationValues,
  toTiltakValues,
} from "../forms/tiltak";
import { changeTiltakStatus, createHearing, deleteTiltak, getTiltak, recordEvaluation, recordHearingResponse, saveStandardisation, updateTiltak } from "../models/tiltak.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { tiltakChoices } from "../services/choices.server";
import { getContent } from "../utils/content.server";
import { countOf, formatDate } from "../utils/format";
import { canWriteProjectRecords, hasRole, PROJECT_WRITERS, RECORD_DELETERS } from "../utils/permissions";
import { IntentButton } from "../components/record-form";
import { todayIso } from "../utils/time";
import { AppLink } from "../components/app-link";
import { nextEvaluation } from "../domain/tiltak-status";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(data?.tiltak.title ?? "Tiltak", matches) }];

function loadTiltak(projectId: number, tiltakIdParam: unknown) {
  const found = getTiltak(projectId, parseId(tiltakIdParam));
  if (!found) throw notFound();
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const found = loadTiltak(projectId, params.tiltakId);
  const labels = getContent().labels;
  return json({
    projectId,
    tiltak: found,
    // The page lists evaluations newest first; the rule reads them in the order they were recorded.
    nextEvaluation: nextEvaluation(found.nextEvaluationDate, [...found.evaluations].reverse()),
    choices: tiltakChoices(projectId),
    evaluationLabels: { methods: labels.evaluationMethods, decisions: labels.evaluationDecisions },
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
  const today = todayIso();
  const statusNames = getContent().labels.tiltakStatuses;
  const respond = (result: unknown, options: { status?: number; conflict?: ReturnType<typeof getTiltak>; done?: string } = {}) =>
    json({ intent, hearingId, result, conflict: options.conflict ?? null, done: options.done ?? null }, { status: options.status ?? (options.done ? 200 : 400) });
  switch (intent) {
    case "slett":
      deleteTiltak(ids);
      return redirectWithMessage(`/prosjekter/${projectId}/tiltak`, "Tiltaket er slettet.");
    case "status": {
      const submission = parseWithZod(formData, { schema: statusChangeSchema(today) });
      if (submission.status !== "success") return respond(submission.reply());
      const { version, to, effectiveDate, reason } = submission.value;
      const result = changeTiltakStatus({ ...ids, version, to, reason, effectiveDate, today });
      if (result.status === "not_found") throw notFound();
      const kind = classifyStatusChange(current.status, to);
      const reasonMessage = kind.kind === "backward" ? "Skriv hvorfor tiltaket flyttes tilbake" : "Skriv hvorfor tiltaket hopper over en status";
      if (result.status === "invalid_date") {
        // Dated before the previous change without a reason: the date says so, and the reason is asked for.
        const previous = current.history[0]?.effectiveDate;
        const fieldErrors: Record<string, string[]> = { effectiveDate: [result.message] };
        if (effectiveDate <= today && !reason) fieldErrors.reason = [`Skriv hvorfor endringen gjelder fra før forrige endring${previous ? ` (${formatDate(previous)})` : ""}`];
        return respond(submission.reply({ fieldErrors }));
      }
      if (result.status === "reason_required") return respond(submission.reply({ fieldErrors: { reason: [reasonMessage] } }));
      if (result.status === "conflict") {
        return respond(submission.reply({ formErrors: ["Noen andre har endret tiltaket i mellomtiden. Statusen er ikke endret; se den lagrede statusen over."] }), { status: 409 });
      }
      if (result.status === "unchanged") return respond(submission.reply({ fieldErrors: { to: ["Tiltaket har allerede denne statusen"] } }));
      return respond(submission.reply({ resetForm: true }), { done: `Statusen er endret til «${statusNames[to]}» fra ${formatDate(effectiveDate)}.` });
    }
    case "horing": {
      const submission = parseWithZod(formData, { schema: hearingSchema({ ...tiltakChoices(projectId), today }) });
      if (submission.status !== "success") return respond(submission.reply());
      const hearing = createHearing({ ...ids, ...submission.value });
      if (!hearing) throw notFound();
      const moved = hearing.statusChangedTo ? ` Tiltaket er nå «${statusNames[hearing.statusChangedTo]}» fra ${formatDate(hearing.sentDate)}.` : "";
      return respond(submission.reply({ resetForm: true }), { done: `Høringen sendt ${formatDate(hearing.sentDate)} er registrert.${moved}` });
    }
    case "horingssvar": {
      const submission = parseWithZod(formData, { schema: HearingResponseSchema });
      if (submission.status !== "success") return respond(submission.reply());
      if (!recordHearingResponse({ ...ids, ...submission.value })) {
        return respond(submission.reply({ fieldErrors: { organisationId: ["Organisasjonen er ikke med i denne høringen"] } }));
      }
      const organisation = current.hearings.flatMap((h) => h.responses).find((r) => r.organisationId === submission.value.organisationId);
      return respond(submission.reply({ resetForm: true }), { done: `Svaret fra ${organisation?.organisationName ?? "organisasjonen"} er registrert.` });
    }
    case "standard": {
      const submission = parseWithZod(formData, { schema: standardisationSchema(today) });
      if (submission.status !== "success") return respond(submission.reply());
      const organisation = current.organisations.find((o) => o.id === submission.value.organisationId);
      if (!organisation) {
        return respond(submission.reply({ fieldErrors: { organisationId: ["Velg en av organisasjonene som er med i tiltaket"] } }));
      }
      const { organisationId, documentKind, reference, date } = submission.value;
      saveStandardisation({ ...ids, organisationId, documentKind, reference, date });
      return respond(submission.reply({ resetForm: true }), { done: `Standardiseringen i ${organisation.name} fra ${formatDate(date)} er registrert.` });
    }
    case "evaluering": {
      const submission = parseWithZod(formData, { schema: evaluationSchema(today) });
      if (submission.status !== "success") return respond(submission.reply());
      const evaluation = recordEvaluation({ ...ids, values: toEvaluationValues(submission.value) });
      if (!evaluation) throw notFound();
      const moved = evaluation.statusChangedTo ? ` Tiltaket er nå «${statusNames[evaluation.statusChangedTo]}» fra ${formatDate(evaluation.date)}.` : "";
      const stopped = evaluation.decision === "avslutte" ? " Tiltaket er avsluttet og skal ikke evalueres igjen." : "";
      return respond(submission.reply({ resetForm: true }), { done: `Evalueringen ${formatDate(evaluation.date)} er registrert.${moved}${stopped}` });
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: tiltakSchema(tiltakChoices(projectId)) });
      if (submission.status !== "success") return respond(submission.reply());
      const saved = updateTiltak({ ...ids, version: submission.value.version ?? 0, values: toTiltakValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return respond(submission.reply(), { status: 409, conflict: saved.current });
      return redirectWithMessage(here, "Endringene er lagret.");
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

export default function TiltakPage() {
  const { projectId, tiltak, nextEvaluation, choices, evaluationLabels, canWrite, canDelete, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (intent: string, hearingId: number | null = null) =>
    data && data.intent === intent && data.hearingId === hearingId ? (data.result as Parameters<typeof StatusChangeForm>[0]["lastResult"]) : undefined;
  /** The message of the action just done, for the section it belongs to. */
  const doneFor = (...intents: string[]) => (data && intents.includes(data.intent) ? data.done : null);
  const fresh = freshFormKey(data);
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
          {nextEvaluation.stopped ? (
            <>
              {" "}
              <Tag data-color="neutral">Avsluttet</Tag>
            </>
          ) : null}
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
        <dd>
          {nextEvaluation.stopped
            ? `Ingen, tiltaket ble avsluttet ved evalueringen ${formatDate(nextEvaluation.decidedOn)}`
            : nextEvaluation.date
              ? `${formatDate(nextEvaluation.date)} (${nextEvaluation.decidedOn ? `satt ved evalueringen ${formatDate(nextEvaluation.decidedOn)}` : "planlagt"})`
              : "Ikke satt"}
        </dd>
        <dt>Organisasjoner</dt>
        <dd>{countOf(tiltak.organisations.length, "organisasjon", "organisasjoner")}</dd>
      </dl>

      <section aria-labelledby="status-overskrift" className="stack">
        <Heading level={2} data-size="md" id="status-overskrift">
          Statushistorikk
        </Heading>
        <DoneMessage message={doneFor("status")} />
        <DataTable
          caption="Alle statusendringer"
          headers={["Gjelder fra", "Fra", "Til", "Begrunnelse"]}
          rows={tiltak.history.map((h) => ({
            key: h.id,
            cells: [
              <>
                {formatDate(h.effectiveDate)}
                {formatDate(h.changedAt) !== formatDate(h.effectiveDate) ? <span className="cell-note">registrert {formatDate(h.changedAt)}</span> : null}
              </>,
              h.fromStatus ? label(choices.statuses, h.fromStatus) : "–",
              label(choices.statuses, h.toStatus),
              h.reason,
            ],
          }))}
        />
        {canWrite ? (
          <StatusChangeForm
            key={`${tiltak.version}-${fresh}`}
            version={tiltak.version}
            statuses={choices.statuses}
            current={tiltak.status}
            lastResult={resultFor("status")}
            today={today}
            lastEffectiveDate={tiltak.history[0]?.effectiveDate ?? null}
          />
        ) : null}
      </section>

      <section aria-labelledby="horing" className="stack">
        <Heading level={2} data-size="md" id="horing">
          Høring
        </Heading>
        <DoneMessage message={doneFor("horing", "horingssvar")} />
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
                  key={`${hearing.responses.filter((r) => r.answer).length}-${fresh}`}
                  hearingId={hearing.id}
                  organisations={hearing.responses.map((r) => ({ value: String(r.organisationId), label: r.organisationName }))}
                  lastResult={resultFor("horingssvar", hearing.id)}
                  today={today}
                />
              </details>
            ) : null}
          </div>
        ))}
        {canWrite ? <HearingForm key={`${tiltak.hearings.length}-${fresh}`} choices={choices} involved={tiltak.organisations.map((o) => String(o.id))} lastResult={resultFor("horing")} today={today} /> : null}
      </section>

      <section aria-labelledby="standardisering" className="stack">
        <Heading level={2} data-size="md" id="standardisering">
          Standardisering
        </Heading>
        <Paragraph>Hvor den nye praksisen er skrevet ned i hver organisasjon som er med i tiltaket.</Paragraph>
        <DoneMessage message={doneFor("standard")} />
        <DataTable
          caption="Standardisering per organisasjon"
          headers={["Organisasjon", "Dokument", "Hvor", "I bruk fra"]}
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
        {canWrite && involvedOptions.length > 0 ? (
          <StandardisationForm key={`${tiltak.standardisations.map((s) => s.reference).join("|")}-${fresh}`} organisations={involvedOptions} lastResult={resultFor("standard")} today={today} />
        ) : null}
      </section>

      <section aria-labelledby="evaluering" className="stack">
        <Heading level={2} data-size="md" id="evaluering">
          Evaluering
        </Heading>
        <Paragraph>Hva evalueringene viste, hva som ble besluttet, og når tiltaket skal evalueres neste gang.</Paragraph>
        <DoneMessage message={doneFor("evaluering")} />
        <EvaluationHistory evaluations={tiltak.evaluations} methods={evaluationLabels.methods} decisions={evaluationLabels.decisions} />
        {canWrite ? (
          <EvaluationForm key={`${tiltak.evaluations.length}-${fresh}`} methods={evaluationLabels.methods} decisions={evaluationLabels.decisions} lastResult={resultFor("evaluering")} today={today} />
        ) : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="endre" className="stack">
          <Heading level={2} data-size="md" id="endre">
            Endre tiltaket
          </Heading>
          {conflict ? (
            <ConflictNotice>
              <Paragraph>
                {conflict.title}: {label(choices.priorities, conflict.priority)}, planlagt evaluering {formatDate(conflict.nextEvaluationDate) || "ikke satt"}.
              </Paragraph>
            </ConflictNotice>
          ) : null}
          <TiltakForm form={form} fields={fields} choices={choices} version={conflict?.version ?? tiltak.version} submitLabel="Lagre endringene" />
          {canDelete ? (
            <IntentButton intent="slett" confirmMessage={`Slette tiltaket «${tiltak.title}» for godt?`} variant="secondary" data-color="danger">
              Slett tiltaket
            </IntentButton>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
