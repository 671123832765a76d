import { Paragraph } from "@digdir/designsystemet-react";
import type { RuleSet } from "../../domain/chart-model";
import { AppLink } from "../app-link";

/** The name as it is read out: Making Data Count is the NHS programme's English name. */
const Name = ({ name }: { name: string }) => (name === "Making Data Count" ? <span lang="en">{name}</span> : <>{name}</>);

const RULE_SETS: { rules: RuleSet; name: string; description: string }[] = [
  { rules: "anhoej", name: "Anhøj", description: "Anhøjs regler for serier og kryssinger, og tre-sigma-grenser for kontrolldiagram (som qicharts2)." },
  { rules: "ihi", name: "Anhøj og IHI", description: "I tillegg IHI-reglene: forskyvning (6 punkter på samme side) og trend (5 punkter som stiger eller synker)." },
  { rules: "mdc", name: "Making Data Count", description: "NHS-reglene for I-diagram: grenser fra glidende variasjonsbredde × 2,66, trend og forskyvning på 7 punkter, 2 av 3 nær grensen." },
];

/** Which rules the chart is read with; each choice is a link, so it works without JavaScript. */
export function RuleSetChoice({ base, rules, canUseMdc }: { base: string; rules: RuleSet; canUseMdc: boolean }) {
  const choices = RULE_SETS.filter((r) => r.rules !== "mdc" || canUseMdc);
  const current = RULE_SETS.find((r) => r.rules === rules)!;
  return (
    <nav aria-label="Regler for tolkningen" className="rule-sets">
      <Paragraph data-size="sm">
        Tolket med: <strong><Name name={current.name} /></strong>. {current.description}
      </Paragraph>
      <ul className="inline-list">
        {choices.map((choice) => (
          <li key={choice.rules}>
            {choice.rules === rules ? (
              <span aria-current="true">
                <Name name={choice.name} />
              </span>
            ) : (
              <AppLink to={choice.rules === "anhoej" ? base : `${base}?regler=${choice.rules}`}>
                Bruk <Name name={choice.name} />
              </AppLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
