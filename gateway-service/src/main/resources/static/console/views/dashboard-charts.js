// The dashboard's charts as Apache ECharts options. Each takes an API answer and gives
// { option, summary }: the chart, and its caption with the figures a reader needs without it.
// Amounts are drawn as numbers (a chart's scale); every amount in words goes through money().
import { language, t } from '../i18n.js';
import { money } from '../dom.js';

const BUCKET_COLOURS = {
  CURRENT: '#047857', M1: '#ca8a04', M2: '#ea580c', M3: '#dc2626', M3_PLUS: '#991b1b', CHARGED_OFF: '#4b5563',
};
const GRADES = ['A', 'B', 'C', 'D', 'E'];
const GRADE_COLOURS = ['#1d4ed8', '#0891b2', '#16a34a', '#ca8a04', '#dc2626'];
const DECLINED_COLOUR = '#9ca3af';
const PSI_ALERT = 0.25;

const locale = () => (language() === 'zh' ? 'zh-CN' : 'en-GB');
const drawn = (m) => Number(m.amount);
const cny = (value) => money({ amount: value, currency: 'CNY' });
const compact = (value) => new Intl.NumberFormat(locale(), { notation: 'compact' }).format(value);
const percent = (rate) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
const sum = (values) => values.reduce((a, b) => a + b, 0);

/** What every chart shares: SVG-friendly, no animation, the page's font, labels kept inside. */
function chart(option) {
  return {
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 12, top: 44, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true },
    ...option,
  };
}

const moneyAxis = (extra = {}) => ({ type: 'value', axisLabel: { formatter: compact }, ...extra });
const countAxis = (extra = {}) => ({ type: 'value', minInterval: 1, ...extra });

export function buckets(d) {
  const pastDue = sum(d.buckets.filter((b) => b.bucket !== 'CURRENT' && b.bucket !== 'CHARGED_OFF')
    .map((b) => drawn(b.outstandingPrincipal)));
  return {
    summary: t('dashboard.buckets.summary', money(d.outstandingPrincipal), d.plans, cny(pastDue)),
    option: chart({
      legend: { top: 0 },
      xAxis: {
        type: 'category',
        data: d.buckets.map((b) => t(`dashboard.bucket.${b.bucket}`)),
        axisLabel: { interval: 0, hideOverlap: false },
      },
      yAxis: [moneyAxis(), countAxis({ splitLine: { show: false } })],
      series: [
        {
          name: t('dashboard.outstanding'),
          type: 'bar',
          tooltip: { valueFormatter: cny },
          data: d.buckets.map((b) => ({ value: drawn(b.outstandingPrincipal), itemStyle: { color: BUCKET_COLOURS[b.bucket] } })),
        },
        { name: t('dashboard.plans'), type: 'line', yAxisIndex: 1, data: d.buckets.map((b) => b.plans) },
      ],
    }),
  };
}

export function daysPastDue(d) {
  const late = d.daysPastDue.filter((b) => b.band !== 'CURRENT');
  const band = (b) => (b.to === null ? `${b.from}+` : `${b.from}-${b.to}`);
  return {
    summary: t('dashboard.dpd.summary', sum(late.map((b) => b.plans)), sum(d.daysPastDue.map((b) => b.plans))),
    option: chart({
      legend: { top: 0 },
      xAxis: {
        type: 'category', data: late.map(band), name: t('dashboard.dpd.axis'), nameLocation: 'middle', nameGap: 28,
        axisLabel: { interval: 0, hideOverlap: false },
      },
      yAxis: [countAxis(), moneyAxis({ splitLine: { show: false } })],
      grid: { left: 8, right: 12, top: 44, bottom: 24, containLabel: true },
      series: [
        { name: t('dashboard.plans'), type: 'bar', data: late.map((b) => b.plans), itemStyle: { color: '#ea580c' } },
        {
          name: t('dashboard.outstanding'), type: 'line', yAxisIndex: 1, tooltip: { valueFormatter: cny },
          data: late.map((b) => drawn(b.outstandingPrincipal)), itemStyle: { color: '#1d4ed8' },
        },
      ],
    }),
  };
}

export function approvals(report) {
  const weeks = report.weeks || [];
  const approved = (w) => sum(GRADES.map((g) => (w.gradeMix && w.gradeMix[g]) || 0));
  const applications = sum(weeks.map((w) => w.applications));
  return {
    summary: t('dashboard.approvals.summary', applications, weeks.length,
      percent(applications ? sum(weeks.map(approved)) / applications : 0)),
    option: chart({
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)), axisLabel: { hideOverlap: true } },
      yAxis: [countAxis(), { type: 'value', max: 1, axisLabel: { formatter: percent }, splitLine: { show: false } }],
      series: [
        ...GRADES.map((g, i) => ({
          name: g, type: 'bar', stack: 'applications', itemStyle: { color: GRADE_COLOURS[i] },
          data: weeks.map((w) => (w.gradeMix && w.gradeMix[g]) || 0),
        })),
        {
          name: t('dashboard.approvals.declined'), type: 'bar', stack: 'applications', itemStyle: { color: DECLINED_COLOUR },
          data: weeks.map((w) => Math.max(0, w.applications - approved(w))),
        },
        {
          name: t('dashboard.approvals.rate'), type: 'line', yAxisIndex: 1, tooltip: { valueFormatter: percent },
          itemStyle: { color: '#111827' }, data: weeks.map((w) => w.approvalRate),
        },
      ],
    }),
  };
}

export function vintages(report) {
  const shown = report.vintages.filter((v) => v.curve.length > 0).slice(-6);
  if (shown.length === 0) return { summary: t('dashboard.vintages.none'), option: null };
  const worst = shown.flatMap((v) => v.curve.map((p) => ({ month: v.month, rate: p.rate })))
    .reduce((a, b) => (b.rate > a.rate ? b : a));
  const longest = Math.max(...shown.map((v) => v.curve.length));
  return {
    summary: t('dashboard.vintages.summary', shown.length, percent(worst.rate), worst.month),
    option: chart({
      legend: { top: 0, type: 'scroll' },
      xAxis: {
        type: 'category', data: Array.from({ length: longest }, (_, i) => String(i + 1)),
        name: t('dashboard.vintages.axis'), nameLocation: 'middle', nameGap: 28,
      },
      yAxis: { type: 'value', axisLabel: { formatter: percent }, minInterval: 0.01 },
      grid: { left: 8, right: 12, top: 44, bottom: 24, containLabel: true },
      series: shown.map((v) => ({
        name: v.month, type: 'line', tooltip: { valueFormatter: percent }, data: v.curve.map((p) => p.rate),
      })),
    }),
  };
}

export function stability(report) {
  const rows = [{ name: t('dashboard.stability.score'), ...report.stability },
    ...(report.featureStability || []).map((f) => ({ name: f.feature, ...f }))];
  const model = report.champion ? `${report.champion.modelId} v${report.champion.version}` : '—';
  const index = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 }).format(n);
  return {
    summary: t('dashboard.stability.summary', model, index(report.stability.index), report.stability.recentApplications)
      + (report.stability.alert ? ` ${t('dashboard.stability.shifted')}` : ''),
    option: chart({
      tooltip: { trigger: 'axis', confine: true, valueFormatter: index },
      xAxis: { type: 'value', max: (v) => Math.max(PSI_ALERT * 1.2, v.max) },
      yAxis: { type: 'category', data: rows.map((r) => r.name), inverse: true, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } },
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      series: [{
        name: 'PSI', type: 'bar',
        data: rows.map((r) => ({ value: r.index, itemStyle: { color: r.alert ? '#b91c1c' : '#1d4ed8' } })),
        markLine: {
          symbol: 'none', data: [{ xAxis: PSI_ALERT }], lineStyle: { color: '#b91c1c', type: 'dashed' },
          label: { formatter: t('dashboard.stability.alert'), position: 'start' },
        },
      }],
    }),
  };
}

export function funders(list) {
  if (list.length === 0) return { summary: t('dashboard.funders.none'), option: null };
  const held = sum(list.map((f) => drawn(f.outstandingPrincipal)));
  const caps = sum(list.map((f) => drawn(f.terms.exposureCap)));
  return {
    summary: t('dashboard.funders.summary', cny(held), cny(caps)),
    option: chart({
      legend: { top: 0 },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: cny },
      xAxis: moneyAxis(),
      yAxis: { type: 'category', data: list.map((f) => f.name), inverse: true, axisLabel: { interval: 0, width: 170, overflow: 'truncate' } },
      grid: { left: 8, right: 32, top: 44, bottom: 8, containLabel: true },
      series: [
        { name: t('dashboard.funders.held'), type: 'bar', stack: 'cap', itemStyle: { color: '#1d4ed8' },
          data: list.map((f) => drawn(f.outstandingPrincipal)) },
        { name: t('dashboard.funders.room'), type: 'bar', stack: 'cap', itemStyle: { color: '#bfdbfe' },
          data: list.map((f) => drawn(f.exposureRoom)) },
      ],
    }),
  };
}

export function reserve(r) {
  return {
    summary: t('dashboard.reserve.summary', cny(sum(r.buckets.map((b) => drawn(b.required))))),
    facts: [
      ['dashboard.reserve.balance', money(r.reserveBalance)],
      ['dashboard.reserve.contributed', money(r.contributed)],
      ['dashboard.reserve.drawn', money(r.drawn)],
      ['dashboard.reserve.allowance', money(r.allowance)],
      ['dashboard.reserve.pastDue', money(r.principalPastDue)],
      ['dashboard.reserve.coverage', r.coverage === null ? '—' : percent(r.coverage)],
    ],
    option: chart({
      legend: { top: 0 },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: cny },
      xAxis: { type: 'category', data: r.buckets.map((b) => t(`dashboard.bucket.${b.bucket}`)), axisLabel: { interval: 0 } },
      yAxis: moneyAxis(),
      series: [
        { name: t('dashboard.outstanding'), type: 'bar', itemStyle: { color: '#93c5fd' },
          data: r.buckets.map((b) => drawn(b.principal)) },
        { name: t('dashboard.reserve.required'), type: 'bar', itemStyle: { color: '#b91c1c' },
          data: r.buckets.map((b) => drawn(b.required)) },
      ],
    }),
  };
}
