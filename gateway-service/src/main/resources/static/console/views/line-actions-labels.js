// The labels of the officer's actions on a line, in English and Chinese.

export default {
  en: {
    'limit.title': 'Change the permanent limit',
    'limit.new': 'New limit (CNY)',
    'limit.reason': 'Reason',
    'limit.submit': 'Change limit',
    'limit.done': 'The limit is now {0}.',
  },
  zh: {
    'limit.title': '调整固定额度',
    'limit.new': '新额度（元）',
    'limit.reason': '原因',
    'limit.submit': '调整额度',
    'limit.done': '额度已调整为 {0}。',
  },
};
