// « Annuaire » (/admin/annuaire): reads and changes the directory through /api/admin/directory/*; the API checks the
// administrator and audits every change, the page only shows and asks.
(function () {
  'use strict';

  var KINDS = { LABORATORY: 'Laboratoires', DEPARTMENT: "Services hospitaliers d'accueil", FACULTY: 'Facultés',
    DES_COORDINATION: 'Coordinations de DES (spécialité et subdivision)', REGION: 'Régions (ARS)' };
  var ROLES = { LABORATORY: [['LAB_DIRECTOR', 'Directeur ou directrice du laboratoire']],
    DEPARTMENT: [['HEAD_OF_DEPARTMENT', "Chef du service d'accueil"]],
    FACULTY: [['DEAN', 'Doyen de la faculté'], ['UFR_OFFICER', "Agent de la scolarité de l'UFR"]],
    DES_COORDINATION: [['DES_COORDINATOR', 'Coordonnateur régional du DES']], REGION: [['ARS_AGENT', "Agent de l'ARS"]] };
  var all = [];

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  function call(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 204) { return null; }
        return r.json().catch(function () { return {}; }).then(function (json) {
          if (!r.ok) { throw new Error(json.message || ('Erreur ' + r.status)); }
          return json;
        });
      });
  }

  function say(text) {
    document.getElementById('error').replaceChildren();
    document.getElementById('status').replaceChildren(el('div', { 'class': 'fr-alert fr-alert--success fr-alert--sm fr-mb-3w' },
      [el('p', { text: text })]));
  }

  function fail(error) {
    document.getElementById('error').replaceChildren(el('div', { 'class': 'fr-alert fr-alert--error fr-alert--sm fr-mb-3w' },
      [el('p', { text: error.message })]));
    document.getElementById('error').focus();
  }

  function table(caption, headers, rows) {
    var head = el('tr', {}, headers.map(function (h) { return el('th', { scope: 'col', text: h }); }));
    return el('div', { 'class': 'fr-table fr-table--no-caption eng-table' }, [el('div', { 'class': 'fr-table__wrapper' }, [
      // a wide table scrolls inside its container: the container takes the focus, so a keyboard can scroll it (RGAA)
      el('div', { 'class': 'fr-table__container', tabindex: '0', role: 'region', 'aria-label': caption }, [el('div', { 'class': 'fr-table__content' }, [
        el('table', {}, [el('caption', { text: caption }), el('thead', {}, [head]), el('tbody', {}, rows)])])])])]);
  }

  function cells(values) {
    return el('tr', {}, values.map(function (v) {
      return typeof v === 'string' || v === null || v === undefined ? el('td', { text: v || '—' }) : el('td', {}, [v]);
    }));
  }

  function agentActions(agent, institution) {
    var id = 'replace-' + agent.id;
    var form = el('form', { 'class': 'eng-inline-form', 'aria-label': 'Remplacer ' + agent.name + ' (' + institution.name + ')' }, [
      el('label', { 'class': 'fr-label', 'for': id, text: 'Nouvel agent (identifiant)' }),
      el('input', { 'class': 'fr-input', id: id, name: 'userId', required: 'required', autocomplete: 'off' }),
      el('button', { 'class': 'fr-btn fr-btn--sm fr-btn--secondary', type: 'submit', text: 'Remplacer' })]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var userId = form.querySelector('input').value.trim();
      call('POST', '/api/admin/directory/agents/' + agent.id + '/replace', { userId: userId })
        .then(function () { say(agent.name + ' est remplacé par ' + userId + ' (' + institution.name + ') ; ses tâches ouvertes lui sont transmises.'); load(); })
        .catch(fail);
    });
    var remove = el('button', { 'class': 'fr-btn fr-btn--sm fr-btn--tertiary fr-mt-1w', type: 'button', text: 'Retirer' });
    remove.addEventListener('click', function () {
      if (!window.confirm('Retirer ' + agent.name + ' de ' + institution.name + ' ?')) { return; }
      call('DELETE', '/api/admin/directory/agents/' + agent.id)
        .then(function () { say(agent.name + ' est retiré de ' + institution.name + '.'); load(); }).catch(fail);
    });
    return el('div', {}, [form, remove]);
  }

  function addAgentForm(institution) {
    var roles = ROLES[institution.kind] || [];
    var rid = 'role-' + institution.id;
    var uid = 'user-' + institution.id;
    var did = 'deputy-' + institution.id;
    var form = el('form', { 'class': 'eng-inline-form', 'aria-label': 'Ajouter un agent à ' + institution.name }, [
      el('label', { 'class': 'fr-label', 'for': rid, text: 'Rôle' }),
      el('select', { 'class': 'fr-select', id: rid }, roles.map(function (r) { return el('option', { value: r[0], text: r[1] }); })),
      el('label', { 'class': 'fr-label', 'for': uid, text: 'Identifiant de l\u2019agent' }),
      el('input', { 'class': 'fr-input', id: uid, required: 'required', autocomplete: 'off' }),
      el('div', { 'class': 'fr-checkbox-group fr-checkbox-group--sm' }, [el('input', { type: 'checkbox', id: did }),
        el('label', { 'class': 'fr-label', 'for': did, text: 'Suppléant' })]),
      el('button', { 'class': 'fr-btn fr-btn--sm', type: 'submit', text: 'Ajouter' })]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var userId = document.getElementById(uid).value.trim();
      call('POST', '/api/admin/directory/institutions/' + institution.id + '/agents',
        { role: document.getElementById(rid).value, userId: userId, deputy: document.getElementById(did).checked })
        .then(function () { say(userId + ' est ajouté à ' + institution.name + '.'); load(); }).catch(fail);
    });
    return form;
  }

  function renderInstitutions() {
    var q = document.getElementById('filter').value.trim().toLowerCase();
    var box = document.getElementById('institutions');
    box.replaceChildren();
    Object.keys(KINDS).forEach(function (kind) {
      var rows = [];
      all.filter(function (row) { return row.institution.kind === kind; }).forEach(function (row) {
        var i = row.institution;
        var text = (i.code + ' ' + i.name + ' ' + row.agents.map(function (a) { return a.userId + ' ' + a.name; }).join(' ')).toLowerCase();
        if (q && text.indexOf(q) < 0) { return; }
        var agents = row.agents.length ? el('ul', { 'class': 'eng-agents' }, row.agents.map(function (a) {
          return el('li', {}, [el('p', { 'class': 'fr-mb-1w', text: a.name + ' (' + a.userId + ') — ' + a.roleLabel + (a.deputy ? ', suppléant' : '')
            + ' — groupe ' + a.group }), agentActions(a, i)]);
        })) : el('p', { 'class': 'fr-badge fr-badge--warning', text: 'Aucun agent : ses tâches attendent au secrétariat' });
        rows.push(cells([i.code, i.name, i.regionCode, agents, addAgentForm(i)]));
      });
      if (rows.length) {
        box.appendChild(el('h3', { 'class': 'fr-h6 fr-mt-4w', text: KINDS[kind] }));
        box.appendChild(table(KINDS[kind], ['Code', 'Nom', 'Région', 'Agents', 'Ajouter un agent'], rows));
      }
    });
    if (!box.children.length) { box.appendChild(el('p', { text: 'Aucun établissement ne correspond à « ' + q + ' ».' })); }
  }

  function load() {
    call('GET', '/api/admin/directory').then(function (rows) { all = rows; renderInstitutions(); }).catch(fail);
    call('GET', '/api/admin/directory/waiting').then(function (rows) {
      var box = document.getElementById('waiting');
      box.replaceChildren(rows.length ? table("Tâches en attente d'un agent", ['Tâche', 'Créée le', 'Groupe attendu', 'Raison'],
        rows.map(function (r) {
          return cells([el('a', { href: '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(r.taskId), text: r.task }),
            new Date(r.created).toLocaleString('fr-FR'), r.awaitedGroup, r.reason]);
        })) : el('p', { text: 'Aucune tâche n\u2019attend d\u2019agent : chaque établissement désigné par un dossier en a un.' }));
    }).catch(fail);
    call('GET', '/api/admin/directory/audit').then(function (rows) {
      document.getElementById('audit').replaceChildren(rows.length ? table('Dernières modifications', ['Quand', 'Qui', 'Action', 'Quoi', 'Avant', 'Après'],
        rows.slice(0, 50).map(function (r) {
          return cells([new Date(r.at).toLocaleString('fr-FR'), r.actor, r.action, r.entity + ' ' + r.entityKey, r.before, r.after]);
        })) : el('p', { text: 'Aucune modification.' }));
    }).catch(fail);
  }

  document.getElementById('filter').addEventListener('input', renderInstitutions);
  document.getElementById('error').setAttribute('tabindex', '-1');
  load();
})();
