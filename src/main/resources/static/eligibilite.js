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

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    result.hidden = true;
    status.className = '';
    status.textContent = 'Vérification…';
    fetch('/api/cer/eligibility-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(answers())
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (r) {
      if (!r.ok) {
        status.className = 'error';
        status.textContent = 'Réponses à corriger : ' + (r.json.message || 'requête refusée.').split(' ; ').join('\n');
        return;
      }
      var a = r.json;
      status.textContent = '';
      text('verdict', a.eligible ? 'Vous êtes éligible au CER.' : 'Vous n\'êtes pas éligible au CER.');
      text('explanation', a.explanation);
      text('rule', a.rule);
      text('decidedBy', a.decisionKey + ', version ' + a.decisionVersion);
      text('campaign', a.campaignYear + ' (délai de validation du doctorat : ' + a.graceMonths + ' mois après l\'entrée en DFASM1)');
      text('notice', a.notice);
      result.className = a.eligible ? 'eligible' : 'ineligible';
      result.hidden = false;
    }).catch(function () {
      status.className = 'error';
      status.textContent = 'Le service ne répond pas ; réessayez plus tard.';
    });
  });
}());
