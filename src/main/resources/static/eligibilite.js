// The self-check page: sends the answers to /api/cer/eligibility-check (anonymous, stores nothing) and shows
// the table's answer with the rule that decided it.
(function () {
  'use strict';
  var form = document.getElementById('check');
  var status = document.getElementById('status');
  var result = document.getElementById('result');

  function text(id, value) {
    document.getElementById(id).textContent = value == null ? '' : String(value);
  }

  function answers() {
    var body = {};
    ['applicantProfile', 'doctorateType', 'doctorateStatus', 'doctorateDate', 'dfasm1StartDate'].forEach(function (name) {
      body[name] = form.elements[name].value;
    });
    body.medicalStudiesReturnYear = form.elements.medicalStudiesReturnYear.value;
    if (form.elements.campaignYear.value) {
      body.campaignYear = form.elements.campaignYear.value;
    }
    return body;
  }

  // The refusal, in a DSFR error alert: one line per reason the API gives (joined by " ; ").
  function refused(message) {
    status.textContent = '';
    var alert = document.createElement('div');
    alert.className = 'fr-alert fr-alert--error fr-alert--sm';
    var title = document.createElement('p');
    title.textContent = 'Réponses à corriger :';
    alert.appendChild(title);
    var list = document.createElement('ul');
    (message || 'requête refusée.').split(' ; ').forEach(function (reason) {
      var item = document.createElement('li');
      item.textContent = reason;
      list.appendChild(item);
    });
    alert.appendChild(list);
    status.appendChild(alert);
  }

  function unavailable() {
    status.innerHTML = '<div class="fr-alert fr-alert--error fr-alert--sm"><p></p></div>';
    status.querySelector('p').textContent = 'Le service ne répond pas ; réessayez plus tard.';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    result.hidden = true;
    status.textContent = 'Vérification…';
    fetch('/api/cer/eligibility-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(answers())
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (r) {
      if (!r.ok) {
        refused(r.json.message);
        return;
      }
      var a = r.json;
      status.textContent = '';
      text('verdict', a.eligible ? 'Vous êtes éligible au CER.' : 'Vous n\'êtes pas éligible au CER.');
      text('explanation', a.explanation);
      text('rule', a.rule);
      text('decidedBy', a.decisionKey + ', version ' + a.decisionVersion);
      text('campaign', a.campaignYear + ' (délai de validation du doctorat : ' + a.graceMonths + ' mois après l\'entrée en DFASM1 ; '
          + (a.applicationWindowYears > 1
            ? 'mesures transitoires : candidature acceptée jusqu\'à ' + a.applicationWindowYears + ' ans après le retour en études médicales)'
            : 'candidature l\'année du retour en études médicales ou la suivante)'));
      text('notice', a.notice);
      result.className = 'fr-callout fr-mt-4w ' + (a.eligible ? 'fr-callout--green-emeraude' : 'fr-callout--pink-tuile');
      result.hidden = false;
      // the answer is where the reader goes next: shown whole at the top of the window, and a keyboard or
      // screen-reader user lands on the verdict
      document.getElementById('verdict').focus({ preventScroll: true });
      result.scrollIntoView({ block: 'start' });
    }).catch(unavailable);
  });
}());
