// A bar chart (Chart.js, canvas) with the same figures as a table beside it: the table is what
// screen readers, keyboard users and copy-paste get, so the chart itself is decorative.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatNumber, type Lang } from './i18n.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  value: number;
}

export function BarChart(props: { title: string; unit: string; bars: readonly Bar[]; horizontal?: boolean; id: string; lang: Lang }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: props.bars.map((b) => b.label), datasets: [{ label: props.unit, data: props.bars.map((b) => b.value), backgroundColor: '#2f6690' }] },
      options: { indexAxis: props.horizontal ? 'y' : 'x', animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } },
    });
    return () => chart.destroy();
  }, [props.bars, props.unit, props.horizontal]);
  const total = props.bars.reduce((s, b) => s + b.value, 0);
  return (
    <section className="card" aria-labelledby={`${props.id}-title`} data-chart={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div className="chart" style={{ height: Math.max(180, props.horizontal ? props.bars.length * 22 : 220) }}>
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.title}</th>
            <th scope="col" className="num">
              {props.unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td className="num">{formatNumber(props.lang, b.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Σ</th>
            <td className="num">{formatNumber(props.lang, total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
