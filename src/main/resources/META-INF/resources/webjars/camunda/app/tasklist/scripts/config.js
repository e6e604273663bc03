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

  // keyboard shortcuts as shipped by Camunda
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
