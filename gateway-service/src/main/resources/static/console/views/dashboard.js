// The portfolio dashboard for every staff role: the book by delinquency bucket and days past due,
// approvals and grade mix, vintage bad rates, model stability, funders' exposure and the risk
// reserve, each from its owner's API, drawn by Apache ECharts (a WebJar the gateway serves, loaded
// when the screen is first shown) with its SVG renderer. A panel whose call fails says why alone.
import { get } from '../api.js';
import { addLabels, language, t } from '../i18n.js';
import { $, facts, h, problemText, screen, STAFF, statusLine } from '../dom.js';
import labels from './dashboard-labels.js';
import * as charts from './dashboard-charts.js';

addLabels(labels);

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const DELINQUENCY = '/api/v1/admin/portfolio/delinquency';
const MONITORING = '/api/v1/admin/risk/monitoring';

/** The panels in reading order: where each one's figures come from and how they are drawn. */
const PANELS = [
  { name: 'buckets', path: DELINQUENCY, draw: charts.buckets },
  { name: 'dpd', path: DELINQUENCY, draw: charts.daysPastDue },
  { name: 'approvals', path: MONITORING, draw: charts.approvals },
  { name: 'vintages', path: '/api/v1/admin/portfolio/vintages?months=12', draw: charts.vintages },
  { name: 'stability', path: MONITORING, draw: charts.stability },
  { name: 'funders', path: '/api/v1/admin/funders', draw: charts.funders },
  { name: 'reserve', path: '/api/v1/admin/journal/reserve', draw: charts.reserve },
];

const state = { drawn: [], reads: 0 };

function build() {
  window.addEventListener('resize', () => state.drawn.forEach((c) => c.resize()));
  return screen('dashboard', statusLine('dashboard-status'),
    h('div', { class: 'dashboard' }, PANELS.map((p) => h('figure', { class: 'card panel', dataset: { test: `panel-${p.name}` } },
      h('h3', { dataset: { i18n: `dashboard.${p.name}.title` } }),
      h('div', { id: `dashboard-${p.name}-facts` }),
      h('div', { class: 'chart', id: `dashboard-${p.name}-chart`, dataset: { test: `chart-${p.name}` } }),
      h('figcaption', { id: `dashboard-${p.name}-summary`, dataset: { test: `summary-${p.name}` } })))));
}

function clear() {
  state.drawn.forEach((c) => c.dispose());
  state.drawn = [];
  for (const p of PANELS) {
    $(`dashboard-${p.name}-facts`).replaceChildren();
    $(`dashboard-${p.name}-summary`).replaceChildren();
  }
}

function reset() {
  state.reads += 1;
  clear();
  $('dashboard-status').textContent = '';
}

/** Reads every source once and draws each panel as its answer comes; a later show overtakes this one. */
async function show() {
  const read = (state.reads += 1);
  clear();
  $('dashboard-status').textContent = t('app.loading');
  const answers = new Map();
  const answer = (path) => {
    if (!answers.has(path)) answers.set(path, get(path));
    return answers.get(path);
  };
  let echarts;
  try {
    echarts = await import(ECHARTS);
  } catch (error) {
    $('dashboard-status').textContent = problemText(error);
    return;
  }
  await Promise.all(PANELS.map(async (p) => {
    let drawing;
    try {
      drawing = p.draw(await answer(p.path));
    } catch (error) {
      drawing = { summary: problemText(error), failed: true };
    }
    if (read === state.reads) draw(echarts, p, drawing);
  }));
  if (read === state.reads) $('dashboard-status').textContent = '';
}

function draw(echarts, panel, { option, summary, facts: pairs, failed }) {
  const summaryLine = $(`dashboard-${panel.name}-summary`);
  summaryLine.textContent = summary || '';
  summaryLine.classList.toggle('error', !!failed);
  if (pairs) $(`dashboard-${panel.name}-facts`).replaceChildren(facts(pairs));
  const place = $(`dashboard-${panel.name}-chart`);
  place.hidden = !option;
  if (option) {
    const drawnChart = echarts.init(place, null, { renderer: 'svg', locale: language() === 'zh' ? 'ZH' : 'EN' });
    drawnChart.setOption(option);
    state.drawn.push(drawnChart);
  }
}

export default {
  name: 'dashboard', label: 'nav.dashboard', roles: STAFF, build, show, reset,
};
