import { formatNumber } from '../../kit/format';

/** Colours with at least 3:1 contrast on white, told apart by pattern and label too. */
const COLOURS = ['#1f5f99', '#b3541e', '#2e7d32', '#6a3d9a'];

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars with the value written beside each: the table below the chart holds the same figures. */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelW = 210;
  const width = 640;
  const height = bars.length * row + 8;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${formatNumber(b.value)}`).join(', ')}`}
    >
      {bars.map((b, i) => {
        const w = ((width - labelW - 60) * b.value) / max;
        const y = 4 + i * row;
        return (
          <g key={b.label}>
            <text x={labelW - 8} y={y + 16} textAnchor="end" className="chart-label">
              {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
            </text>
            <rect x={labelW} y={y + 3} width={Math.max(w, b.value > 0 ? 2 : 0)} height={row - 8} fill={COLOURS[0]} />
            <text x={labelW + w + 6} y={y + 16} className="chart-value">
              {formatNumber(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface Series {
  label: string;
  values: readonly number[];
}

/** Lines over periods (the trend over years); each series has its own colour, dash and marker shape. */
export function LineChart({ title, periods, series }: { title: string; periods: readonly string[]; series: readonly Series[] }) {
  const width = 640;
  const height = 240;
  const pad = { l: 48, r: 150, t: 12, b: 32 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => pad.l + (periods.length === 1 ? 0 : (i * (width - pad.l - pad.r)) / (periods.length - 1));
  const y = (v: number) => pad.t + (height - pad.t - pad.b) * (1 - v / max);
  const dashes = ['', '6 4', '2 3', '10 3 2 3'];
  const summary = series.map((s) => `${s.label}: ${s.values.map((v, i) => `${periods[i]} ${formatNumber(v)}`).join(', ')}`).join('; ');
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
      <line x1={pad.l} y1={y(0)} x2={width - pad.r} y2={y(0)} className="chart-axis" />
      <line x1={pad.l} y1={pad.t} x2={pad.l} y2={y(0)} className="chart-axis" />
      <text x={pad.l - 6} y={y(max) + 4} textAnchor="end" className="chart-label">
        {formatNumber(max)}
      </text>
      <text x={pad.l - 6} y={y(0) + 4} textAnchor="end" className="chart-label">
        0
      </text>
      {periods.map((p, i) => (
        <text key={p} x={x(i)} y={height - 10} textAnchor="middle" className="chart-label">
          {p}
        </text>
      ))}
      {series.map((s, k) => (
        <g key={s.label}>
          <polyline
            points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            fill="none"
            stroke={COLOURS[k % COLOURS.length]}
            strokeWidth={2.5}
            strokeDasharray={dashes[k % dashes.length]}
          />
          {s.values.map((v, i) =>
            k % 2 ? (
              <rect key={i} x={x(i) - 4} y={y(v) - 4} width={8} height={8} fill={COLOURS[k % COLOURS.length]} />
            ) : (
              <circle key={i} cx={x(i)} cy={y(v)} r={4.5} fill={COLOURS[k % COLOURS.length]} />
            ),
          )}
          <text x={width - pad.r + 10} y={pad.t + 14 + k * 20} className="chart-label" fill={COLOURS[k % COLOURS.length]}>
            {k % 2 ? '■' : '●'} {s.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
