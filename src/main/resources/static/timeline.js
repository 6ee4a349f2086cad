// Historique d'un dossier (page /dossiers/{businessKey}) : lit GET /api/candidacies/{businessKey}/timeline avec la
// session du navigateur (connexion à Tasklist ou Cockpit) et l'affiche, avec un lien vers chaque courrier de décision (PDF). Aucun contenu de document n'est jamais affiché.
(function () {
  'use strict';

  var KINDS = {
    STARTED: 'Ouverture du dossier',
    TASK_CREATED: 'Tâche créée',
    TASK_COMPLETED: 'Tâche terminée',
    DECISION: 'Décision',
    TASK_CANCELLED: 'Tâche close',
    DECLARATION: "Déclaration d'intérêts",
    RECUSAL: 'Récusation',
    AUTOMATED_DECISION: 'Décision automatique',
    STEP: 'Étape automatique',
    TIMER: 'Délai',
    MESSAGE: 'Message',
    LETTER: 'Courrier de décision',
    ENDED: 'Clôture'
  };

  var status = document.getElementById('status');
  var summary = document.getElementById('summary');
  var list = document.getElementById('events');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function when(iso) {
    var date = new Date(iso);
    return date.toLocaleString('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
  }

  function say(message, isError) {
    status.textContent = message;
    status.className = isError ? 'error' : '';
  }

  function render(timeline) {
    document.getElementById('summaryKey').textContent = timeline.businessKey;
    document.getElementById('summaryApplicant').textContent = timeline.applicant ? timeline.applicant.name : '';
    document.getElementById('summaryCampaign').textContent = timeline.campaignYear || '';
    document.getElementById('summaryState').textContent = timeline.stateLabel + (timeline.outcomeLabel ? ' — ' + timeline.outcomeLabel : '');
    summary.hidden = false;
    list.textContent = '';
    (timeline.events || []).forEach(function (event) {
      var item = el('li', event.kind);
      item.appendChild(el('div', 'when', when(event.time) + ' · ' + (KINDS[event.kind] || event.kind)));
      item.appendChild(el('div', 'what', event.label));
      if (event.actor) { item.appendChild(el('div', 'who', 'Par ' + event.actor.name + ' (' + event.actor.id + ')')); }
      if (event.rationale) { item.appendChild(el('div', 'rationale', 'Motivation : « ' + event.rationale + ' »')); }
      if (event.table) {
        item.appendChild(el('div', 'table', 'Table de décision « ' + event.table + ' », version ' + event.version
          + ' (règles communicables sur demande, art. L311-3-1 du CRPA)'));
      }
      if (event.link) {
        var link = el('a', 'letter', 'Télécharger le courrier (PDF)');
        link.href = event.link;
        item.appendChild(el('div', 'download')).appendChild(link);
      }
      var shown = (event.details || []).filter(function (d) { return d.text !== ''; });
      if (shown.length) {
        var details = el('dl', 'details');
        shown.forEach(function (d) {
          details.appendChild(el('dt', null, d.label));
          details.appendChild(el('dd', null, d.text));
        });
        item.appendChild(details);
      }
      list.appendChild(item);
    });
    say(timeline.events.length + ' événement(s), du plus ancien au plus récent.', false);
  }

  function load(businessKey) {
    summary.hidden = true;
    list.textContent = '';
    say('Chargement…', false);
    fetch('/api/candidacies/' + encodeURIComponent(businessKey) + '/timeline', {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) { return render(body); }
        if (response.status === 401) {
          say('Votre session a expiré : connectez-vous à Tasklist (/camunda/app/tasklist/), puis rechargez cette page.', true);
        } else {
          say(body.message || ('Erreur ' + response.status + '.'), true);
        }
      });
    }).catch(function () {
      say('Le serveur ne répond pas. Réessayez dans un instant.', true);
    });
  }

  // The page is /dossiers/{businessKey}: the server checked who may read the case and wrote its key in the page;
  // the look-up form is a plain GET to /dossiers, which redirects to the key's page.
  var initial = document.getElementById('page').getAttribute('data-business-key');
  if (initial) {
    load(initial);
  } else {
    say('Saisissez un numéro de dossier.', false);
  }
}());
