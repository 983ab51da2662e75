// The console's labels in Chinese and English: the shell's here, each screen's in its own
// views/<screen>-labels.js, added when the screen loads. The language chosen in the header is kept
// in localStorage; the first visit follows the browser (Chinese when it prefers zh).

const DICTIONARY = {
  en: {
    'app.title': 'Credit line operations',
    'app.skip': 'Skip to content',
    'app.loading': 'Loading…',
    'lang.label': 'Language',
    'signin.title': 'Sign in',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.failed': 'Unknown user or password.',
    'signin.provider': 'Sign in with {0}',
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
    'nav.queue': 'Collections queue',
    'error.generic': 'The request failed ({0}).',
    'error.forbidden': 'Your role may not do this.',
  },
  zh: {
    'app.title': '信用额度运营台',
    'app.skip': '跳到正文',
    'app.loading': '加载中…',
    'lang.label': '语言',
    'signin.title': '登录',
    'signin.username': '用户名',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.failed': '用户名或密码错误。',
    'signin.provider': '通过 {0} 登录',
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
    'nav.queue': '催收工作队列',
    'error.generic': '请求失败（{0}）。',
    'error.forbidden': '您的角色无权执行此操作。',
  },
};

export const LANGUAGES = Object.keys(DICTIONARY);

/** A screen's labels ({ en: {...}, zh: {...} }) join the dictionary. */
export function addLabels(labels) {
  for (const lang of LANGUAGES) {
    Object.assign(DICTIONARY[lang], labels[lang]);
  }
}
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
