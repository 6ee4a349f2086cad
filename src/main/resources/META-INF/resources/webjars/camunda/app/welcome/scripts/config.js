// Welcome configuration of the engagements application (overrides the webjar's scripts/config.js).
// French first, English as the fallback for anything fr.json does not translate; the browser's language
// decides (navigator.languages), and a user may switch in "Mon profil".
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  }
};
