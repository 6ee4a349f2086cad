// Tasklist configuration of the engagements application (overrides the webjar's scripts/config.js).
// French first, English as the fallback for anything fr.json does not translate; the browser's language
// decides (navigator.languages), and a user may switch in "Mon profil".
export default {
  app: {
    name: 'Tasklist',
    vendor: 'CER · CESP'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  },
  // scripts of ours, relative to app/tasklist/ and without .js: one entry per line
  customScripts: [
    'scripts/mes-dossiers',
    'scripts/engagements-forms' // the embedded forms' shared behaviour (forms/cer, forms/cesp)
  ],
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prend la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'place le curseur sur le premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'place le curseur sur la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'place le curseur sur le premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvre la fenêtre « Démarrer un processus »'
    }
  }
};
