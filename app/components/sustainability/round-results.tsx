import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { RoundProfile } from "../../domain/sustainability";
import { formatNumber } from "../../utils/format";
import { ProfileChart } from "../charts/profile-chart";
import { DataTable } from "../data-table";
import { answerLabel, itemsOf, type InstrumentView } from "./types";

type Answer = { userId: number; itemId: string; level: string | null; answer: string; note: string; evidence: string };
type Props = {
  instrument: InstrumentView;
  raters: { userId: number; name: string }[];
  answers: Answer[];
  profile: RoundProfile;
  weightedTotal: number | null;
};

const DISAGREEMENT = {
  none: { text: "Enige", color: "success" },
  some: { text: "Litt uenige", color: "warning" },
  strong: { text: "Uenige", color: "danger" },
} as const;

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatNumber(Math.abs(n))}`;

function AnswerCell({ instrument, answer }: { instrument: InstrumentView; answer: Answer | undefined }) {
  if (!answer) return <>Ikke besvart</>;
  const step = instrument.scale.find((s) => s.key === answer.level);
  const links = answer.evidence.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (
    <>
      <span title={answerLabel(instrument, answer.itemId, answer.level)}>{step?.label ?? "Ikke besvart"}</span>
      {answer.answer ? <span className="cell-note">Hvordan: {answer.answer}</span> : null}
      {answer.note ? <span className="cell-note">{answer.note}</span> : null}
      {links.map((href) => (
        <a key={href} className="cell-note ds-link" href={href} rel="noreferrer">
          {href}
        </a>
      ))}
    </>
  );
}

/** The submitted answers side by side, where the raters disagree, the profile, and the change since last round. */
export function RoundResults({ instrument, raters, answers, profile, weightedTotal }: Props) {
  const maxScore = Math.max(...instrument.scale.map((s) => s.score));
  const factor = (id: string) => profile.factors.find((f) => f.id === id)!;
  const strong = profile.factors.filter((f) => f.disagreement === "strong");
  return (
    <section aria-labelledby="resultat" className="stack">
      <Heading level={2} data-size="md" id="resultat">
        Svarene side om side
      </Heading>
      <Paragraph>
        Skala: {instrument.scale.map((s) => `${s.label} = ${s.score}`).join(", ")}. {strong.length ? `Vurdererne er uenige om ${strong.map((f) => f.name).join(", ")}: snakk sammen om dette før revisjonen signeres.` : "Ingen punkter der vurdererne står to trinn eller mer fra hverandre."}
      </Paragraph>
      <DataTable
        caption="Hver vurderers svar per punkt, med snitt, uenighet og endring siden forrige runde"
        headers={["Punkt", ...raters.map((r) => r.name), "Snitt", "Uenighet", "Endring"]}
        rows={itemsOf(instrument).map((item) => {
          const f = factor(item.id);
          const d = DISAGREEMENT[f.disagreement];
          return {
            key: item.id,
            cells: [
              item.name,
              ...raters.map((r) => <AnswerCell key={r.userId} instrument={instrument} answer={answers.find((a) => a.userId === r.userId && a.itemId === item.id)} />),
              formatNumber(f.mean),
              <Tag key="d" data-color={d.color}>
                {d.text}
              </Tag>,
              f.change === null ? "–" : signed(f.change),
            ],
          };
        })}
      />
      <Heading level={3} data-size="sm">
        Profil per faktor
      </Heading>
      <ProfileChart
        maxScore={maxScore}
        label={`Snitt per faktor, 1 til ${maxScore}. Svakest: ${profile.weakest.map((f) => f.name).join(", ") || "ingen svar"}.`}
        rows={profile.factors.map((f) => ({ name: f.name, mean: f.mean, previous: f.mean !== null && f.change !== null ? f.mean - f.change : null }))}
      />
      <DataTable
        caption="Snitt per område"
        headers={["Område", "Snitt"]}
        rows={profile.areas.map((a) => ({ key: a.id, cells: [a.name, formatNumber(a.mean)] }))}
      />
      <Paragraph>
        <strong>Svakeste faktorer:</strong> {profile.weakest.map((f) => f.name).join(", ") || "ingen svar ennå"}
      </Paragraph>
      <Paragraph data-size="sm">{weightedTotal !== null ? `Vektet totalsum: ${formatNumber(weightedTotal)}.` : instrument.weightsNote || "Resultatet vises som en profil per punkt."}</Paragraph>
    </section>
  );
}

/** The advisor's reviews, read-only. */
export function ReviewTable({ instrument, reviews }: { instrument: InstrumentView; reviews: { itemId: string; verdict: string | null; comment: string; plannedAction: string }[] }) {
  return (
    <DataTable
      caption="Rådgiverens vurdering per punkt"
      headers={["Punkt", "Vurdering", "Kommentar", "Planlagt tiltak"]}
      rows={itemsOf(instrument).map((item) => {
        const review = reviews.find((r) => r.itemId === item.id);
        return {
          key: item.id,
          cells: [
            item.name,
            review?.verdict === "godkjent" ? <Tag key="v" data-color="success">Godkjent</Tag> : review?.verdict === "trenger_arbeid" ? <Tag key="v" data-color="warning">Trenger arbeid</Tag> : "Ikke vurdert",
            review?.comment ?? "",
            review?.plannedAction ?? "",
          ],
        };
      })}
    />
  );
}
