// « Tableaux de bord »: the filters left empty (and the default sort) stay out of the address, so that the link to
// share, the pages and the CSV export carry only what was chosen. Without JavaScript the form works the same.
(() => {
  const form = document.getElementById('filtres');
  if (!form) {
    return;
  }
  form.addEventListener('submit', () => {
    for (const field of form.elements) {
      if (field.name && (field.value === '' || (field.name === 'sort' && field.value === 'key'))) {
        field.disabled = true;
      }
    }
  });
  // back to this page from the browser's history: its fields usable again
  window.addEventListener('pageshow', () => {
    for (const field of form.elements) {
      field.disabled = false;
    }
  });
})();
