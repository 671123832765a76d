import { useEffect, useState, type ReactNode } from "react";

/**
 * Draws a chart in the browser only: its size comes from the browser's layout (ResponsiveContainer),
 * which the server cannot know. The server sends the same description, and the numbers are in the
 * page's text or a linked table, so nothing is lost without JavaScript.
 */
export function ClientOnlyChart({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: () => ReactNode;
}) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div
      role="img"
      aria-label={label}
      className="chart"
      style={{ minHeight: height }}
    >
      {hydrated ? children() : null}
    </div>
  );
}
