// A long operation's progress. It is read from the database, so it survives a reload and shows the
// same from every server process; while the job runs, the page asks again every second.
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { formatNumber } from "../utils/format";
import { requireOwnJob } from "../services/job-access.server";
import { AppLink } from "../components/app-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.job.title ?? "Jobb"} – Trinnvis` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { job } = await requireOwnJob(request, params.jobId);
  return json({ job }, { headers: { "Cache-Control": "no-store" } });
}

const STATUS = { venter: "Venter", kjorer: "Pågår", ferdig: "Ferdig", feilet: "Stoppet under" } as const;
const POLL_MS = 1000;

export default function JobPage() {
  const { job } = useLoaderData<typeof loader>();
  const running = job.status === "venter" || job.status === "kjorer";
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  const percent = job.total > 0 ? Math.floor((100 * job.done) / job.total) : null;
  const projectId = typeof job.result?.projectId === "number" ? job.result.projectId : null;
  const notes = Array.isArray(job.result?.notes) ? job.result.notes.filter((note): note is string => typeof note === "string") : [];

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {job.title}
      </Heading>
      {/* Announced when the step or the status changes, not at every percent. */}
      <Paragraph aria-live="polite" aria-atomic="true">
        {job.status === "ferdig" ? (
          <strong>Ferdig.</strong>
        ) : (
          <>
            <strong>{STATUS[job.status]}:</strong> {job.step}
          </>
        )}
      </Paragraph>
      {running ? (
        <>
          <progress id="jobb-framdrift" aria-label="Framdrift" max={job.total || undefined} value={job.total ? job.done : undefined} />
          <Paragraph data-size="sm">
            {percent === null
              ? "Du kan lukke siden og komme tilbake; jobben fortsetter."
              : `${formatNumber(job.done)} av ${formatNumber(job.total)} (${percent} %). Du kan lukke siden og komme tilbake; jobben fortsetter.`}{" "}
            <AppLink to={`/jobber/${job.id}`}>Oppdater</AppLink>
          </Paragraph>
        </>
      ) : null}
      {job.status === "feilet" ? (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            Jobben stoppet, og ingenting ble lagret
          </Heading>
          <ul>
            {job.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {job.status === "ferdig" && job.kind === "prosjektimport" && projectId !== null ? (
        <Alert data-color="success">
          Prosjektet er importert. <AppLink to={`/prosjekter/${projectId}`}>Åpne prosjektet</AppLink>, og gi deg selv eller andre tilgang under{" "}
          <AppLink to="/admin/medlemskap">Medlemskap</AppLink>.
          {notes.length ? (
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {job.status === "ferdig" && job.fileName ? (
        <Paragraph>
          {/* A file, not a page: an ordinary link. */}
          <a className="ds-link" href={`/jobber/${job.id}/fil`} download>
            Last ned {job.fileName}
          </a>
        </Paragraph>
      ) : null}
      {job.projectId !== null ? (
        <Paragraph>
          <AppLink to={`/prosjekter/${job.projectId}`}>Tilbake til prosjektet</AppLink>
        </Paragraph>
      ) : null}
    </div>
  );
}
