// The labels of the audit log, in English and Chinese.

export default {
  en: {
    'audit.title': 'Audit log',
    'audit.at': 'When',
    'audit.actor': 'Who',
    'audit.request': 'Request',
    'audit.reason': 'Why',
    'audit.status': 'Answer',
    'audit.none': 'No entry.',
  },
  zh: {
    'audit.title': '审计日志',
    'audit.at': '时间',
    'audit.actor': '操作人',
    'audit.request': '请求',
    'audit.reason': '原因',
    'audit.status': '结果',
    'audit.none': '暂无记录。',
  },
};
