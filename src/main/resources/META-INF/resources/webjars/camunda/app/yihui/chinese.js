/*
 * Chinese for every user of Tasklist, Cockpit, Admin and Welcome (README, "中文界面 / Chinese webapps").
 *
 * Each app's scripts/config.js loads this AngularJS module through `requireJsConfig` (`ngDeps`). The
 * apps bootstrap it after their own module, so its config blocks run after the app's and what they
 * set wins:
 *  - the first of `locales.availableLocales` (zh) is used whatever language the browser asks for: the
 *    apps would otherwise give English to a browser set to English, and `fallbackLocale` (en) stays the
 *    table that fills any key zh lacks;
 *  - `dateFormat` of config.js applies in every app: Tasklist reads it, but Cockpit hard-codes ISO
 *    dates and Admin and Welcome ignore it;
 *  - only the chosen locale's file sets moment's locale: the locale loader defines (or updates) the
 *    moment locale of every file it loads and makes it the global one, so the fallback table, loaded
 *    at the same time, could otherwise leave English weekdays and "a few seconds ago" behind.
 */
define([], function () {
  'use strict';

  var angular = window.angular;
  var DATE_FORMATS = ['monthName', 'day', 'abbr', 'normal', 'long', 'short'];

  angular.module('yihui.chinese', [])
    .config(['$injector', '$provide', function ($injector, $provide) {
      var configuration = $injector.get('configurationProvider');
      var locale = configuration.getAvailableLocales()[0];

      $injector.get('$translateProvider').preferredLanguage(locale);

      if ($injector.has('camDateFormatProvider')) {
        var camDateFormat = $injector.get('camDateFormatProvider');
        DATE_FORMATS.forEach(function (name) {
          camDateFormat.setDateFormat(configuration.getDateFormat(name), name);
        });
      }

      $provide.decorator('localeLoader', ['$delegate', function (load) {
        return function (options) {
          if (options && options.key !== locale) {
            options = angular.extend({}, options, {callback: angular.noop});
          }
          return load(options);
        };
      }]);
    }])
    .run(['configuration', function (configuration) {
      // the page says lang="en": browsers would pick fonts and line breaking for English
      var locale = configuration.getAvailableLocales()[0];
      document.documentElement.setAttribute('lang', locale === 'zh' ? 'zh-CN' : locale);
    }]);
});
