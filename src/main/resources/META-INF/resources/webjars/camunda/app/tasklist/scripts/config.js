/*
 * Replaces the webjar's tasklist/scripts/config.js (the starter serves the application's classpath first;
 * README, "中文界面 / Chinese webapps"). Tested by WebappLocalesTest.
 */
export default {
  app: {
    name: '任务列表',
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
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm:ss',
    short: 'YYYY年M月D日'
  },

  requireJsConfig: {
    // baseUrl is the app's folder (app/tasklist/)
    paths: {
      'yihui-chinese': '../yihui/chinese'
    },
    deps: ['yihui-chinese'],
    ngDeps: ['yihui.chinese']
  },

  // kept from the webjar's config.js, which this file replaces; descriptions in Chinese
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
