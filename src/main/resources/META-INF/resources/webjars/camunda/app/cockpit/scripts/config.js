// AKN: cockpit configuration (replaces the file shipped with Camunda).
// German is offered and is the fallback for browsers in other languages.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'AKN im RKN'
  },
  // AKN extensions (plain JavaScript, no build step): the dashboard "Maßnahmen der Allianz" and the
  // process-instance tab "Maßnahme"
  customScripts: ['akn/dashboard', '../akn-sign-on'],
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  }
};
