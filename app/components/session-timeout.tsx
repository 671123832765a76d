import { Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useFetcher, useFetchers, useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { durationText, sessionPhase, type SessionPhase } from "../utils/session-timer";
import { CsrfInput } from "./csrf-input";

type Props = { idleMs: number; endsAt: string };

/** The time of the latest answer from the server: every finished navigation and fetcher is a request. */
function useLastContact() {
  const navigation = useNavigation();
  const fetchers = useFetchers();
  const busy = navigation.state !== "idle" || fetchers.some((f) => f.state !== "idle");
  const [lastContactAt, setLastContactAt] = useState(() => Date.now());
  useEffect(() => {
    if (!busy) setLastContactAt(Date.now());
  }, [busy]);
  return [lastContactAt, setLastContactAt] as const;
}

/**
 * Warns a couple of minutes before the session ends for want of activity, and lets the person stay
 * logged in (POST /okt). Past the end it says what happens to an unsaved form: it is kept and comes
 * back after login (app/services/kept-forms.server.ts).
 */
export function SessionTimeout({ idleMs, endsAt }: Props) {
  const [lastContactAt, setLastContactAt] = useLastContact();
  const clock = { lastContactAt, idleMs, endsAt: Date.parse(endsAt) };
  const [phase, setPhase] = useState<SessionPhase>(() => sessionPhase(clock, lastContactAt));
  // The phase whose dialog the person closed; it opens again for the next phase.
  const [closedIn, setClosedIn] = useState<SessionPhase["phase"] | null>(null);
  const extend = useFetcher<{ ok: boolean; message: string | null }>();
  const { pathname, search } = useLocation();

  useEffect(() => {
    const tick = () => {
      const next = sessionPhase({ lastContactAt, idleMs, endsAt: Date.parse(endsAt) }, Date.now());
      // While active nothing is shown: no new render each second.
      setPhase((previous) => (previous.phase === "active" && next.phase === "active" ? previous : next));
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [lastContactAt, idleMs, endsAt]);

  useEffect(() => {
    if (extend.state === "idle" && extend.data?.ok) setLastContactAt(Date.now());
  }, [extend.state, extend.data, setLastContactAt]);

  useEffect(() => {
    if (phase.phase === "active") setClosedIn(null);
  }, [phase.phase]);

  const open = phase.phase !== "active" && closedIn !== phase.phase;
  const loginLink = `/logg-inn?${new URLSearchParams({ neste: pathname + search, grunn: "utlopt" })}`;
  return (
    <Dialog open={open} onClose={() => setClosedIn(phase.phase)} aria-labelledby="okt-tittel" closeButton="Lukk">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="okt-tittel">
          {phase.phase === "ended" ? "Økten din er utløpt" : "Økten din går snart ut"}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {phase.phase === "warning" ? (
          <>
            <Paragraph>
              Du blir logget ut om <span className="nowrap">{durationText(phase.endsIn)}</span>
              {phase.canExtend ? " fordi du ikke har vært aktiv. Det du har skrevet, er ikke lagret ennå." : ": en økt varer høyst noen timer. Lagre det du holder på med."}
            </Paragraph>
            {extend.state === "idle" && extend.data && !extend.data.ok ? <Paragraph>{extend.data.message}</Paragraph> : null}
            {phase.canExtend ? (
              <extend.Form method="post" action="/okt">
                <CsrfInput />
                <Button type="submit" aria-disabled={extend.state !== "idle" || undefined}>
                  Fortsett økten
                </Button>
              </extend.Form>
            ) : null}
          </>
        ) : (
          <>
            <Paragraph>
              Det du har skrevet på siden, er ikke borte. Lagrer du skjemaet, blir du bedt om å logge inn igjen, og etterpå er det fylt inn igjen, klart til å lagres. Du kan også logge inn i en ny fane og så lagre her.
            </Paragraph>
            <Paragraph>
              {/* A new tab, so this page and what is typed in it stay. */}
              <a className="ds-link" href={loginLink} target="_blank" rel="noopener">
                Logg inn igjen i en ny fane
              </a>
            </Paragraph>
          </>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
