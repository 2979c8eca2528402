/*
 * Replaces the webjar's welcome/scripts/config.js (the starter serves the application's classpath first;
 * README, "中文界面 / Chinese webapps"). Tested by WebappLocalesTest.
 */
export default {
  app: {
    name: '欢迎页',
    vendor: 'Camunda'
  },

  // the application's own pages share this sign-in (README "The application's pages")
  links: [
    {
      label: '一会一品 · 项目台账与统计',
      href: '/app/',
      description: '项目台账、项目详情、统计图表、导出与公示名单'
    }
  ],

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
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm:ss',
    short: 'YYYY年M月D日'
  },

  requireJsConfig: {
    // baseUrl is the app's folder (app/welcome/)
    paths: {
      'yihui-chinese': '../yihui/chinese'
    },
    deps: ['yihui-chinese'],
    ngDeps: ['yihui.chinese']
  }
};
