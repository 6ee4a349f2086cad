// Recours gracieux d'un dossier (page /dossiers/{businessKey}) : liste les recours (GET /api/cases/{key}/appeals) et,
// pour la personne concernée, propose le formulaire de dépôt (décisions contestables aujourd'hui :
// GET /api/cases/{key}/appeals/contestable ; dépôt : POST /api/cases/{key}/appeals, pièces en base64). Le serveur
// décide de tout (délai de deux mois, un recours ouvert par décision) ; la page affiche ses raisons.
(function () {
  'use strict';

  var MAX_BYTES = 5 * 1024 * 1024;
  var page = document.getElementById('page');
  var key = page.getAttribute('data-business-key');
  var section = document.getElementById('appeals');
  if (!key || !section) { return; }
  var base = '/api/cases/' + encodeURIComponent(key) + '/appeals';
  var list = document.getElementById('appeals-list');
  var none = document.getElementById('appeals-none');
  var form = document.getElementById('appeal-form');
  var select = document.getElementById('appeal-letter');
  var text = document.getElementById('appeal-text');
  var files = document.getElementById('appeal-documents');
  var errors = document.getElementById('appeal-errors');
  var status = document.getElementById('appeal-status');

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    return node;
  }

  function day(iso) {
    if (!iso) { return ''; }
    var p = iso.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  }

  function renderAppeals(appeals) {
    list.textContent = '';
    none.hidden = appeals.length > 0;
    appeals.forEach(function (a) {
      var item = el('li', 'fr-mb-2w eng-appeal');
      item.appendChild(el('p', 'fr-badge fr-badge--sm ' + (a.status === 'OPEN' ? 'fr-badge--info' : a.status === 'WITHDRAWN'
        ? 'fr-badge--success' : 'fr-badge--warning'), a.statusLabel));
      item.appendChild(el('p', 'fr-text--bold fr-mb-1v', 'Recours n° ' + a.number + ' contre « ' + (a.contestedDecision || '') + ' »'));
      var facts = el('dl', 'details');
      [['Décision notifiée le', day(a.notifiedOn)], ['Recours déposé le', day(a.filedOn)],
        ['Traité par', a.answeringBody], ['Réponse décidée en', a.answeringSession], ['Sans réponse, réputé rejeté le', a.status === 'OPEN' ? day(a.implicitRejectionOn) : ''],
        ['Réponse du', day(a.answeredOn)], ['Motif de la réponse', a.answerRationale], ['Le dossier reprend', a.caseReopenedAt]]
        .filter(function (f) { return f[1]; }).forEach(function (f) {
          facts.appendChild(el('dt', null, f[0]));
          facts.appendChild(el('dd', null, f[1]));
        });
      item.appendChild(facts);
      list.appendChild(item);
    });
  }

  function renderForm(contestable) {
    select.textContent = '';
    form.hidden = !contestable.length;
    if (!contestable.length) { return; }
    select.appendChild(el('option', null, '— Choisir une décision —')).value = '';
    contestable.forEach(function (c) {
      var option = el('option', null, c.label + ' (notifiée le ' + day(c.notifiedOn) + ', contestable jusqu’au ' + day(c.deadline) + ')');
      option.value = c.letterId;
      select.appendChild(option);
    });
  }

  function load() {
    Promise.all([get(base), get(base + '/contestable')]).then(function (results) {
      if (!results[0]) { return; }
      section.hidden = false;
      renderAppeals(results[0]);
      renderForm(results[1] || []);
    });
  }

  function fieldError(field, message) {
    var holder = document.getElementById(field.id + '-error');
    holder.textContent = message || '';
    holder.hidden = !message;
    field.setAttribute('aria-invalid', message ? 'true' : 'false');
    var group = field.closest('.fr-select-group, .fr-input-group, .fr-upload-group');
    if (group) { group.classList.toggle(group.classList[0] + '--error', Boolean(message)); }
  }

  function showErrors(messages) {
    errors.textContent = '';
    if (!messages.length) { return; }
    var alert = el('div', 'fr-alert fr-alert--error fr-mb-2w');
    alert.appendChild(el('p', 'fr-alert__title', 'Le recours n’a pas été déposé'));
    var ul = el('ul');
    messages.forEach(function (m) { ul.appendChild(el('li', null, m)); });
    alert.appendChild(ul);
    errors.appendChild(alert);
    errors.focus();
  }

  function read(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve({ filename: file.name, contentBase64: String(reader.result).split(',')[1] || '' }); };
      reader.onerror = function () { reject(new Error(file.name)); };
      reader.readAsDataURL(file);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var problems = [];
    fieldError(select, select.value ? '' : 'Choisissez la décision que vous contestez.');
    if (!select.value) { problems.push('Choisissez la décision que vous contestez.'); }
    var length = text.value.trim().length;
    var textProblem = length < 20 || length > 5000 ? 'Vos arguments doivent compter de 20 à 5 000 caractères (' + length + ' actuellement).' : '';
    fieldError(text, textProblem);
    if (textProblem) { problems.push(textProblem); }
    var chosen = Array.prototype.slice.call(files.files || []);
    var fileProblem = chosen.length > 5 ? 'Au plus 5 pièces jointes.'
      : chosen.filter(function (f) { return f.size > MAX_BYTES; }).map(function (f) { return '« ' + f.name + ' » dépasse 5 Mo.'; }).join(' ');
    fieldError(files, fileProblem);
    if (fileProblem) { problems.push(fileProblem); }
    if (problems.length) { showErrors(problems); return; }
    showErrors([]);
    status.textContent = 'Envoi du recours…';
    Promise.all(chosen.map(read)).then(function (documents) {
      return fetch(base, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        body: JSON.stringify({ letterId: Number(select.value), text: text.value, documents: documents })
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          status.textContent = 'Votre recours n° ' + body.number + ' est déposé : un accusé de réception vous est adressé.';
          form.reset();
          load();
        } else {
          status.textContent = '';
          showErrors([body.message || ('Erreur ' + response.status + '.')]);
        }
      });
    }).catch(function () {
      status.textContent = '';
      showErrors(['Le serveur ne répond pas ou une pièce n’a pas pu être lue. Réessayez dans un instant.']);
    });
  });

  load();
}());
