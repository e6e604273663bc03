// AKN: admin configuration (replaces the file shipped with Camunda).
// German is offered and is the fallback for browsers in other languages.
export default {
  app: {
    name: 'Verwaltung',
    vendor: 'AKN im RKN'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  // single sign-on: the logout link ends the provider's session too
  customScripts: ['../akn-sign-on']
};
