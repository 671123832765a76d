import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "../../utils/format";
import { ClientOnlyChart } from "./client-only-chart";

type Row = { name: string; mean: number | null; previous: number | null };

const shorten = (text: string) =>
  text.length > 38 ? `${text.slice(0, 36)}…` : text;

/** The mean score per factor as bars, beside the previous round's where there is one. Draws only. */
export function ProfileChart({
  rows,
  maxScore,
  label,
}: {
  rows: Row[];
  maxScore: number;
  label: string;
}) {
  const hasPrevious = rows.some((r) => r.previous !== null);
  const height = Math.max(200, rows.length * (hasPrevious ? 44 : 32) + 60);
  return (
    <ClientOnlyChart label={label} height={height}>
      {() => (
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={rows}
            layout="vertical"
            accessibilityLayer={false}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              stroke="#ddd"
              horizontal={false}
            />
            <XAxis
              type="number"
              domain={[0, maxScore]}
              tickCount={maxScore + 1}
              allowDecimals={false}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={240}
              tickFormatter={shorten}
              tick={{ fontSize: 12 }}
            />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Legend />
            {hasPrevious ? (
              <Bar
                dataKey="previous"
                name="Forrige runde"
                fill="#9aa5b1"
                isAnimationActive={false}
              />
            ) : null}
            <Bar
              dataKey="mean"
              name="Denne runden"
              fill="#1e5aa0"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ClientOnlyChart>
  );
}
