// Every label of the console, in Chinese and English. The language chosen in the header is kept in
// localStorage; the first visit follows the browser (Chinese when it prefers zh).

const DICTIONARY = {
  en: {
    'app.title': 'Credit line operations',
    'app.skip': 'Skip to content',
    'lang.label': 'Language',
    'signin.title': 'Sign in',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.failed': 'Unknown user or password.',
    'signin.hint': 'Local users: alice (admin), olga (credit officer), colin (collector), vera (viewer); password <name>-local.',
    'signout': 'Sign out',
    'user.signedInAs': 'Signed in as {0}',
    'nav.label': 'Main',
    'nav.customer': 'Customer 360',
    'nav.audit': 'Audit log',
    'role.ADMIN': 'Admin',
    'role.CREDIT_OFFICER': 'Credit officer',
    'role.COLLECTOR': 'Collector',
    'role.VIEWER': 'Viewer',
    'customer.title': 'Customer 360',
    'customer.id': 'Customer id',
    'customer.find': 'Find',
    'customer.loading': 'Loading…',
    'customer.noLine': 'This customer has no credit line.',
    'line.title': 'Credit line',
    'line.status': 'Status',
    'line.grade': 'Grade',
    'line.kind': 'Kind',
    'line.permanentLimit': 'Permanent limit',
    'line.effectiveLimit': 'Effective limit',
    'line.outstanding': 'Outstanding',
    'line.held': 'Held for orders',
    'line.available': 'Available',
    'line.cashAvailable': 'Cash available',
    'line.businessDate': 'Business date',
    'line.openedAt': 'Opened',
    'raises.title': 'Temporary raises',
    'raises.none': 'No temporary raise.',
    'raises.amount': 'Amount',
    'raises.startsOn': 'From',
    'raises.endsOn': 'To',
    'raises.source': 'Source',
    'raises.placedBy': 'Placed by',
    'raises.state': 'State',
    'history.title': 'Change history',
    'history.none': 'No change yet.',
    'history.at': 'When',
    'history.kind': 'Change',
    'history.from': 'From',
    'history.to': 'To',
    'history.actor': 'Who',
    'history.reason': 'Why',
    'limit.title': 'Change the permanent limit',
    'limit.new': 'New limit (CNY)',
    'limit.reason': 'Reason',
    'limit.submit': 'Change limit',
    'limit.done': 'The limit is now {0}.',
    'plans.title': 'Plans',
    'plans.none': 'No plan.',
    'plans.plan': 'Plan {0}',
    'plans.status': 'Status',
    'plans.product': 'Product',
    'plans.principal': 'Principal',
    'plans.outstanding': 'Principal outstanding',
    'plans.amountDue': 'Due now',
    'plans.captureDate': 'Captured',
    'schedule.caption': 'Schedule of plan {0}',
    'schedule.number': 'No.',
    'schedule.dueDate': 'Due date',
    'schedule.status': 'Status',
    'schedule.principal': 'Principal',
    'schedule.fee': 'Fee',
    'schedule.amountDue': 'Due',
    'cases.title': 'Collections',
    'cases.none': 'No collections case.',
    'cases.status': 'Status',
    'cases.bucket': 'Bucket',
    'cases.daysPastDue': 'Days past due',
    'cases.overdue': 'Overdue',
    'cases.openedOn': 'Opened',
    'cases.escalation': 'Escalation',
    'audit.title': 'Audit log',
    'audit.at': 'When',
    'audit.actor': 'Who',
    'audit.request': 'Request',
    'audit.reason': 'Why',
    'audit.status': 'Answer',
    'audit.none': 'No entry.',
    'error.generic': 'The request failed ({0}).',
    'error.forbidden': 'Your role may not do this.',
  },
  zh: {
    'app.title': '信用额度运营台',
    'app.skip': '跳到正文',
    'lang.label': '语言',
    'signin.title': '登录',
    'signin.username': '用户名',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.failed': '用户名或密码错误。',
    'signin.hint': '本地用户：alice（管理员）、olga（信贷专员）、colin（催收员）、vera（只读）；密码为 <用户名>-local。',
    'signout': '退出',
    'user.signedInAs': '当前用户：{0}',
    'nav.label': '主导航',
    'nav.customer': '客户360',
    'nav.audit': '审计日志',
    'role.ADMIN': '管理员',
    'role.CREDIT_OFFICER': '信贷专员',
    'role.COLLECTOR': '催收员',
    'role.VIEWER': '只读',
    'customer.title': '客户360',
    'customer.id': '客户编号',
    'customer.find': '查询',
    'customer.loading': '加载中…',
    'customer.noLine': '该客户没有信用额度。',
    'line.title': '信用额度',
    'line.status': '状态',
    'line.grade': '评级',
    'line.kind': '类型',
    'line.permanentLimit': '固定额度',
    'line.effectiveLimit': '有效额度',
    'line.outstanding': '未还本金',
    'line.held': '订单占用',
    'line.available': '可用额度',
    'line.cashAvailable': '可用取现额度',
    'line.businessDate': '营业日',
    'line.openedAt': '开立时间',
    'raises.title': '临时提额',
    'raises.none': '无临时提额。',
    'raises.amount': '金额',
    'raises.startsOn': '起始',
    'raises.endsOn': '截止',
    'raises.source': '来源',
    'raises.placedBy': '操作人',
    'raises.state': '状态',
    'history.title': '变更历史',
    'history.none': '暂无变更。',
    'history.at': '时间',
    'history.kind': '变更',
    'history.from': '原值',
    'history.to': '新值',
    'history.actor': '操作人',
    'history.reason': '原因',
    'limit.title': '调整固定额度',
    'limit.new': '新额度（元）',
    'limit.reason': '原因',
    'limit.submit': '调整额度',
    'limit.done': '额度已调整为 {0}。',
    'plans.title': '分期计划',
    'plans.none': '暂无分期计划。',
    'plans.plan': '计划 {0}',
    'plans.status': '状态',
    'plans.product': '产品',
    'plans.principal': '本金',
    'plans.outstanding': '未还本金',
    'plans.amountDue': '当前应还',
    'plans.captureDate': '请款日',
    'schedule.caption': '计划 {0} 的还款计划表',
    'schedule.number': '期数',
    'schedule.dueDate': '到期日',
    'schedule.status': '状态',
    'schedule.principal': '本金',
    'schedule.fee': '手续费',
    'schedule.amountDue': '应还',
    'cases.title': '催收',
    'cases.none': '无催收案件。',
    'cases.status': '状态',
    'cases.bucket': '逾期阶段',
    'cases.daysPastDue': '逾期天数',
    'cases.overdue': '逾期金额',
    'cases.openedOn': '立案日',
    'cases.escalation': '升级阶段',
    'audit.title': '审计日志',
    'audit.at': '时间',
    'audit.actor': '操作人',
    'audit.request': '请求',
    'audit.reason': '原因',
    'audit.status': '结果',
    'audit.none': '暂无记录。',
    'error.generic': '请求失败（{0}）。',
    'error.forbidden': '您的角色无权执行此操作。',
  },
};

export const LANGUAGES = Object.keys(DICTIONARY);
const STORED = 'creditline.console.lang';

let current = initial();

function initial() {
  const stored = localStorage.getItem(STORED);
  if (stored && DICTIONARY[stored]) {
    return stored;
  }
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages[0] : navigator.language;
  return String(preferred || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (DICTIONARY[lang]) {
    current = lang;
    localStorage.setItem(STORED, lang);
  }
}

/** The label for a key in the current language, with {0}, {1}... filled in. */
export function t(key, ...args) {
  const text = DICTIONARY[current][key] ?? DICTIONARY.en[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Fills every element's text (data-i18n) and attributes (data-i18n-attr="attr:key;..."). */
export function translate(root) {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    });
  });
}
