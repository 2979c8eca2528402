/*
 * Replaces the webjar's cockpit/scripts/config.js (the starter serves the application's classpath first;
 * README, "中文界面 / Chinese webapps"). Tested by WebappLocalesTest.
 */
export default {
  app: {
    name: '驾驶舱',
    vendor: 'Camunda'
  },

  // zh for everyone (yihui/chinese.js makes the first locale win over the browser's language);
  // en fills any key that zh.json lacks
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // moment formats; the webapps show the browser's local time (Asia/Shanghai on the users' machines)
  dateFormat: {
    monthName: 'MMMM',
    day: 'D日',
    abbr: 'M月D日 HH:mm',
    // Cockpit's own default has seconds: instances, incidents and jobs are told apart by them
    normal: 'YYYY年M月D日 HH:mm:ss',
    long: 'YYYY年M月D日 dddd HH:mm:ss',
    short: 'YYYY年M月D日'
  },

  requireJsConfig: {
    // baseUrl is the app's folder (app/cockpit/)
    paths: {
      'yihui-chinese': '../yihui/chinese'
    },
    deps: ['yihui-chinese'],
    ngDeps: ['yihui.chinese']
  }
};
