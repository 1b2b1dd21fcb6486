// The Agency's dashboard: Registry counts and stored compliance, violations and fines by article
// and month, inspections by status. Each section is one request with the viewer's key, whose role
// scope the hub applies; a section the key may not see says so and the others still show. Soms not
// known for a decision (no rate in force that day) are counted apart, never shown as zero.
import { useEffect, useState, type ReactNode } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AgencyImpactRunsDocument, AgencyInspectionsDocument, AgencyRegistryDocument, AgencyViolationsDocument, type RegionsQuery } from '../../client/index.js';
import { BarChart, type Bar } from '../shared/bar-chart.js';
import { Failure } from '../shared/failure.js';
import { hub } from '../shared/hub.js';
import { articleLabel, enumLabel, formatNumber, pickName, t, type Lang } from '../shared/i18n.js';

/** The first day of the month eleven months before today's: a year of months, this one included. */
function yearOfMonths(today = new Date()): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
}

/** One section's request: its answer, or its failure shown in place. */
function Section<D, V extends Record<string, unknown>>(props: { lang: Lang; keyValue: string; title: string; doc: TypedDocumentNode<D, V>; vars: V; children(data: D): ReactNode }) {
  const [state, setState] = useState<{ data?: D; error?: unknown }>({});
  useEffect(() => {
    setState({});
    hub(props.keyValue)
      .request(props.doc, props.vars)
      .then((data) => setState({ data }), (error: unknown) => setState({ error }));
  }, [props.keyValue, props.doc]);
  if (state.data) return <>{props.children(state.data)}</>;
  return (
    <section className="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      {state.error ? <Failure lang={props.lang} error={state.error} /> : <p role="status">{t(props.lang, 'loading')}</p>}
    </section>
  );
}

const bars = <T,>(rows: readonly T[], label: (r: T) => string, value: (r: T) => number): Bar[] => rows.map((r) => ({ label: label(r), value: value(r) }));

export function Dashboard(props: { lang: Lang; keyValue: string; regions: RegionsQuery['taxonomy'] }) {
  const { lang, keyValue } = props;
  const region = (code: string | null | undefined) => {
    const term = props.regions.find((r) => r.key === code);
    return term ? pickName(term.label, lang).text : (code ?? t(lang, 'unknown'));
  };
  const label = (key: string | null | undefined) => key ?? t(lang, 'unknown');
  return (
    <div className="grid">
      <Section lang={lang} keyValue={keyValue} title={t(lang, 'holders')} doc={AgencyRegistryDocument} vars={{}}>
        {(d) => (
          <>
            <BarChart id="by-region" lang={lang} horizontal title={t(lang, 'holdersByRegion')} unit={t(lang, 'holders')} bars={bars(d.byRegion, (r) => region(r.key), (r) => r.holders)} />
            <BarChart id="by-status" lang={lang} title={t(lang, 'holdersByStatus')} unit={t(lang, 'holders')} bars={bars(d.byStatus, (r) => enumLabel(lang, r.key), (r) => r.holders)} />
            <BarChart id="compliance" lang={lang} title={t(lang, 'compliance')} unit={t(lang, 'holders')} bars={bars(d.complianceDistribution, (r) => enumLabel(lang, r.status), (r) => r.holders)} />
          </>
        )}
      </Section>
      <Section lang={lang} keyValue={keyValue} title={t(lang, 'violations')} doc={AgencyViolationsDocument} vars={{ monthsFrom: yearOfMonths() }}>
        {(d) => {
          const unknownSoms = d.byArticle.reduce((s, r) => s + r.decisionsWithoutSoms, 0);
          const months = [...d.byMonth].sort((a, b) => label(a.key).localeCompare(label(b.key)));
          return (
            <>
              <BarChart id="violations-by-article" lang={lang} horizontal title={t(lang, 'violationsByArticle')} unit={t(lang, 'violations')} bars={bars(d.byArticle, (r) => articleLabel(lang, r.key), (r) => r.violations)} />
              <BarChart id="fines-by-article" lang={lang} horizontal title={t(lang, 'finesByArticle')} unit={t(lang, 'fineSoms')} bars={bars(d.byArticle, (r) => articleLabel(lang, r.key), (r) => r.fineSoms)} />
              {unknownSoms > 0 && (
                <p className="note">
                  {t(lang, 'fineUnknown')}: {formatNumber(lang, unknownSoms)}
                </p>
              )}
              <BarChart id="violations-by-month" lang={lang} title={t(lang, 'violationsByMonth')} unit={t(lang, 'violations')} bars={bars(months, (r) => label(r.key), (r) => r.violations)} />
            </>
          );
        }}
      </Section>
      <Section lang={lang} keyValue={keyValue} title={t(lang, 'inspectionsByStatus')} doc={AgencyInspectionsDocument} vars={{}}>
        {(d) => <BarChart id="inspections-by-status" lang={lang} title={t(lang, 'inspectionsByStatus')} unit={t(lang, 'inspections')} bars={bars(d.inspectionsByStatus, (r) => enumLabel(lang, r.key), (r) => r.inspections)} />}
      </Section>
      <Section lang={lang} keyValue={keyValue} title={t(lang, 'impact')} doc={AgencyImpactRunsDocument} vars={{}}>
        {(d) => {
          const run = d.impactRuns.edges.map((e) => e.node).find((r) => r.status === 'SUCCEEDED');
          if (!run) return <p className="note">{t(lang, 'impactNone')}</p>;
          const title = `${t(lang, 'impact')}: ${run.scenario.join(', ')}, ${run.asOf} — ${formatNumber(lang, run.totals?.holdersAffected ?? 0)} ${t(lang, 'affected')}`;
          return <BarChart id="impact" lang={lang} horizontal title={title} unit={t(lang, 'holders')} bars={bars(run.cells, (c) => `${c.requirementCode} (${enumLabel(lang, c.change)})`, (c) => c.holders)} />;
        }}
      </Section>
    </div>
  );
}
