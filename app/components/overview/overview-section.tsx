import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/** A titled section of the project overview, labelled by its heading. */
export function OverviewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
