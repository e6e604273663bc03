// AKN: Tasklist configuration (replaces the file shipped with Camunda).
// German is offered and is the fallback for browsers in other languages.
export default {
  app: {
    name: 'Aufgaben',
    vendor: 'AKN im RKN'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  disableWelcomeMessage: true,

  // AKN extensions (plain JavaScript, no build step): the tab "Maßnahme" on a measure's tasks and
  // the German texts of Camunda Forms' own messages
  customScripts: ['akn/measure-tab', 'akn/form-texts', '../akn-sign-on'],

  // keyboard shortcuts as shipped by Camunda, described in German (the help Tasklist shows)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'übernimmt die ausgewählte Aufgabe'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'setzt den Fokus auf den ersten Filter der Liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'setzt den Fokus auf die erste Aufgabe der Liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'setzt den Fokus auf das erste Eingabefeld des Formulars'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öffnet den Dialog zum Starten eines Prozesses'
    }
  }
};
