import type { Kvalitetsberattelse } from '../../engine/index';
import { keepListRows } from '../../engine/index';
import { AtgarderSection } from './sections/AtgarderSection';
import { LedtiderSection } from './sections/LedtiderSection';
import { OvrigtSection } from './sections/OvrigtSection';
import { PackListSection } from './sections/PackListSection';
import { FigureTableView } from './FigureTableView';
import { PlanSection } from './sections/PlanSection';
import { SharesSection } from './sections/SharesSection';
import { TrendSection } from './sections/TrendSection';

/** Every figure of the kvalitetsberättelse: charts with table alternatives, each number leading to its ärenden. */
export function ReportSections({
  report,
  print = false,
  mayView,
}: {
  report: Kvalitetsberattelse;
  print?: boolean;
  mayView(arendeId: string): boolean;
}) {
  // Details (list rows, their CSV) only for ärenden the role may see; counts cover everything.
  const r: Kvalitetsberattelse = keepListRows(report, mayView);
  return (
    <>
      <TrendSection report={r} />
      {r.processer.flatMap((p) => [
        ...p.tables.flatMap((t) => [
          <SharesSection
            key={t.id}
            table={t.table}
            first={t.groupTitle}
            title={t.title}
            report={r}
            id={t.id}
            none={`Inga ${p.label.toLowerCase()} under perioden.`}
          />,
          // What "Övrigt" was about stands right under the kategori table it explains.
          ...(p.ovriga && t.id === `${p.processType}-kategori`
            ? [<OvrigtSection key={`${t.id}-ovrigt`} id={`${p.processType}-ovrigt`} ovriga={p.ovriga} mayView={mayView} />]
            : []),
        ]),
        ...(p.plan
          ? [<PlanSection key={p.plan.id} table={p.plan} report={r} none={`Inga ${p.label.toLowerCase()} planerade under perioden.`} />]
          : []),
        ...(p.figureTables ?? []).map((t) => <FigureTableView key={t.id} table={t} report={r} />),
      ])}
      {r.processer
        .filter((p) => p.lists?.length || p.trendColumns?.length)
        .map((p) => (
          <PackListSection key={p.processType} report={r} section={p} print={print} />
        ))}
      <AtgarderSection report={r} />
      <LedtiderSection report={r} />
    </>
  );
}
