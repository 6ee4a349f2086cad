// What every embedded form of the project (forms/cer, forms/cesp) shares, loaded once by Tasklist
// (config.js, customScripts). A form's cam-script only names what is its own:
//
//   EngagementsForms.form(camForm, $scope, { facts: [...], check: function (f) { ... } });
//
// It gives the form: the task's description, business key and facts (files as names and links), French
// labels and dates; checks in French before sending (required fields, numbers, dates, e-mail, PDF and
// size), an error summary (role="alert", focused, scrolled into view) and each error beside its field
// (aria-describedby); the server's refusals shown the same way, the files already chosen kept for the
// next try; a submit button never greyed out (a click says what is missing); after a start, the case
// number. It also hides Tasklist's « Créer une tâche » from users who may not create standalone tasks.
// Plain DOM and the Tasklist's own Angular: no library, nothing fetched from elsewhere.

const MAX_FILE_BYTES = 10485760;
const LABELS = {
  DOUBLE_CURSUS: 'Double cursus', PASSERELLE: 'Passerelle', RESEARCH: 'doctorat de recherche',
  EXERCISE: "thèse d'exercice", OBTAINED: 'obtenu', IMMINENT: 'validation imminente', NONE: 'aucun',
  INSERM_SCHOOL: "École de l'Inserm", ENS: 'ENS', OTHER: 'autre financement', ADMITTED: 'Admis(e)',
  REJECTED: 'Refusé(e)', FUNDED: 'CER financé', UNFUNDED: 'CER non financé', STUDENT: 'Étudiant(e) en médecine',
  RESIDENT: 'Interne', PRIVATE: 'libéral (secteur 1)', SALARIED: 'salarié', MIXED: 'mixte', LOCUM: 'remplacement'
};
/** The documents of both contracts, by variable (CER_E5, CER_P2, CESP_4). */
const DOCUMENTS = {
  doctorateProof: 'Preuve du doctorat', labAttachmentProof: 'Attestation de rattachement au laboratoire',
  motivationLetter: 'Lettre de motivation', scientificProject: 'Projet scientifique', residencyPlan: "Maquette d'internat",
  prerequisitesProof: 'Preuve des prérequis du 3e cycle', cv: 'CV', applicationForm: 'Formulaire de candidature',
  schoolingCertificate: 'Certificat de scolarité', identityDocument: "Pièce d'identité", residencePermit: 'Titre de séjour',
  rankingDeclaration: 'Déclaration de classement', transcripts: 'Relevés de notes'
};
const PREVENTED = 'camForm submission prevented';

const STYLE = `
.injected-form-wrapper form { max-width: 100%; overflow-wrap: anywhere; }
.injected-form-wrapper .table { table-layout: fixed; width: 100%; }
.injected-form-wrapper .table th { width: 38%; }
.injected-form-wrapper input, .injected-form-wrapper select, .injected-form-wrapper textarea { max-width: 100%; }
.injected-form-wrapper .ef-summary:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
.injected-form-wrapper .ef-summary ul { margin: 6px 0 0 0; padding-left: 20px; }
.injected-form-wrapper .ef-summary a { color: inherit; text-decoration: underline; }
.injected-form-wrapper .ef-error { color: #a94442; font-weight: bold; }
body:not(.ef-may-create-task) .create-task-action { display: none !important; }
`;

function installStyle() {
  if (document.getElementById('engagements-forms-style')) { return; }
  const style = document.createElement('style');
  style.id = 'engagements-forms-style';
  style.textContent = STYLE;
  document.head.appendChild(style);
}

/** "2026-09-01" → "01/09/2026" (dates are kept as ISO strings by the processes). */
function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso || '');
}

/** 120000 → "1 200,00 €" (amounts are kept in cents). */
function euros(cents) {
  return cents === undefined || cents === null || cents === '' ? ''
    : (Number(cents) / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' });
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** GET on the project's own /api with the Tasklist session; resolves with the JSON, or null on any error. */
function api(path) {
  return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((r) => (r.ok ? r.json() : null)).catch(() => null);
}

/**
 * The jury session a session task is about (/api/jury/sessions/{id}), into {@code scope.session} and its agenda into
 * {@code scope.agenda}; {@code then(session)} when given.
 */
function loadSession(scope, sessionId, then) {
  api('/api/jury/sessions/' + encodeURIComponent(sessionId)).then((session) => {
    scope.$evalAsync(() => {
      scope.session = session || { members: [], agenda: [], compositionProblems: [] };
      scope.agenda = scope.session.agenda || [];
      if (then && session) { then(session); }
    });
  });
}

/** ISO 13616: the first four characters moved to the end, letters as numbers, the remainder mod 97 is 1. */
function ibanValid(value) {
  const iban = String(value || '').replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) { return false; }
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const digits = c >= 65 ? String(c - 55) : moved[i];
    for (let j = 0; j < digits.length; j++) { rest = (rest * 10 + Number(digits[j])) % 97; }
  }
  return rest === 1;
}

function isPdf(file) {
  return /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
}

/** The form of one task or start form: its facts, its checks, its errors, its receipt. */
class Form {

  constructor(camForm, scope, options) {
    this.camForm = camForm;
    this.scope = scope;
    this.options = options || {};
    this.el = camForm.formElement[0];
    this.errors = [];
    this.serverRefused = false;
    installStyle();
    scope.facts = scope.facts || { present: {}, links: {} };
    scope.labels = Object.assign({}, LABELS, this.options.labels || {});
    scope.documentLabels = DOCUMENTS;
    scope.documents = this.options.documents || [];
    scope.day = day;
    scope.euros = euros;
    this.summary = this.makeSummary();
    this.neverBlockSubmit();
    this.el.addEventListener('input', (e) => this.clearField(e.target));
    this.el.addEventListener('change', (e) => this.clearField(e.target));
    camForm.on('form-loaded', () => this.load());
    // the SDK calls handlers with (camForm, [arguments of the event])
    camForm.on('submit', (form) => this.onSubmit(form));
    camForm.on('submit-failed', (form, args) => this.onRefused(args && args[0]));
    if (!camForm.taskId) {
      this.captureStart();
    }
  }

  /** A field of the form by id (or by the variable it carries). */
  field(idOrVariable) {
    return this.el.querySelector('#' + CSS.escape(idOrVariable))
      || this.el.querySelector('[cam-variable-name="' + idOrVariable + '"], [data-variable="' + idOrVariable + '"]');
  }

  /** The trimmed value of a field ('' when absent). */
  val(id) {
    const f = this.field(id);
    return f ? String(f.value || '').trim() : '';
  }

  /** The label of a field, without its required-mark. */
  label(field) {
    const label = field.id ? this.el.querySelector('label[for="' + field.id + '"]') : null;
    return label ? label.textContent.replace(/\s*\*\s*$/, '').trim() : (field.getAttribute('aria-label') || field.id);
  }

  /** Records a problem on a field (shown beside it and in the summary), or on the whole form. */
  error(id, message) {
    this.errors.push({ field: id ? this.field(id) : null, message: message });
  }

  problem(message) {
    this.error(null, message);
  }

  /**
   * Sends a variable that is no field of the form (a transient IBAN, a signer's decision…). Created anew at each
   * try: after a refusal Tasklist puts back the variables the form had when it opened.
   */
  send(name, type, value, valueInfo) {
    const variables = this.camForm.variableManager;
    if (variables.variables[name]) { variables.destroyVariable(name); }
    if (value !== null && value !== undefined) {
      variables.createVariable({ name: name, type: type, value: value, valueInfo: valueInfo || {} });
    }
  }

  /**
   * A PDF chosen in a field without variable, read in the browser to be sent as a transient File (the engine
   * never stores it: the RIB). {@code read()} gives {name, base64} once read, null before or without a file.
   */
  documentOf(id) {
    const field = this.field(id);
    let read = null;
    field.addEventListener('change', () => {
      const file = field.files && field.files[0];
      read = null;
      if (!file) { return; }
      const reader = new FileReader();
      reader.onloadend = (e) => {
        const bytes = new Uint8Array(e.target.result);
        let s = '';
        for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
        read = { name: file.name, base64: btoa(s) };
      };
      reader.readAsArrayBuffer(file);
    });
    return {
      read: () => read,
      pending: () => Boolean(field.files && field.files[0] && !read)
    };
  }

  // ---- loading what the form shows -------------------------------------------------------------

  load() {
    const camForm = this.camForm;
    const scope = this.scope;
    const facts = this.options.facts || [];
    if (camForm.taskId) {
      camForm.client.resource('task').get(camForm.taskId, (err, task) => {
        if (err) { return; }
        scope.$evalAsync(() => {
          scope.task = task;
          scope.description = task.description;
          if (this.options.taskLoaded) { this.options.taskLoaded(task, this); }
        });
        camForm.client.resource('process-instance').get(task.processInstanceId, (e, pi) => {
          if (e) { return; }
          scope.$evalAsync(() => { scope.facts.businessKey = pi.businessKey; });
          if (this.options.letters) {
            api('/api/letters?businessKey=' + encodeURIComponent(pi.businessKey)).then((letters) => {
              scope.$evalAsync(() => { scope.letters = (letters || []).filter((l) => l.download); });
            });
          }
          if (this.options.caseLoaded) { this.options.caseLoaded(pi.businessKey, this); }
        });
        if (this.options.signatures) { this.loadSignatures(task); }
      });
      const names = facts.concat(this.fileVariables(), scope.documents);
      if (names.length) {
        camForm.client.resource('task').formVariables({ id: camForm.taskId, names: names, deserializeValues: false }, (err, vars) => {
          if (err) { return; }
          scope.$evalAsync(() => {
            Object.keys(vars).forEach((k) => {
              if (vars[k].type === 'File') {
                scope.facts.present[k] = vars[k].valueInfo && vars[k].valueInfo.filename;
                scope.facts.links[k] = camForm.client.baseUrl + '/task/' + camForm.taskId + '/variables/' + k + '/data';
              } else {
                scope.facts[k] = vars[k].value;
              }
            });
            this.notePresentFiles();
            if (this.options.factsLoaded) { this.options.factsLoaded(scope.facts, this); }
          });
        });
      }
    }
    if (this.options.loaded) { this.options.loaded(this); }
    // a start form proposes the current campaign, outside Angular's digest
    camForm.on('variables-applied', () => setTimeout(() => {
      const year = this.field('campaignYear');
      if (year && !year.value && !camForm.taskId) {
        year.value = String(new Date().getFullYear());
        year.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, 0));
  }

  /**
   * The signatures of the project's current round (CER_P3): the signers come from the server's reference rows
   * (/api/reference/cer-signers), so that one form serves every signer and a new signer needs no form.
   * {@code scope.signer} is the row of this task's signer, if it is a signature; {@code scope.signatures} the others.
   */
  loadSignatures(task) {
    const scope = this.scope;
    api('/api/reference/cer-signers').then((signers) => {
      if (!signers) {
        scope.$evalAsync(() => { scope.signerError = 'La liste des signataires est indisponible : rechargez la page.'; });
        return;
      }
      const signer = signers.find((s) => s.taskKey === task.taskDefinitionKey) || null;
      const names = [].concat(...signers.map((s) => [s.approved, s.comment, s.signedBy]));
      this.camForm.client.resource('task').formVariables({ id: this.camForm.taskId, names: names, deserializeValues: false }, (err, vars) => {
        const value = (name) => (!err && vars[name] ? vars[name].value : undefined);
        scope.$evalAsync(() => {
          scope.signer = signer;
          scope.signatures = signers.filter((s) => s !== signer).map((s) => ({
            role: s.role.charAt(0).toUpperCase() + s.role.slice(1), approved: value(s.approved), comment: value(s.comment),
            signedBy: value(s.signedBy)
          }));
          scope.anySigned = scope.signatures.some((s) => s.approved === true || s.approved === false);
        });
        if (signer) {
          this.field('signerDecision').setAttribute('data-variable', signer.approved);
          this.field('signerComment').setAttribute('data-variable', signer.comment);
        }
      });
    });
  }

  /** The variables of the form's file fields. */
  fileVariables() {
    return Array.from(this.el.querySelectorAll('input[type=file][cam-variable-name]')).map((f) => f.getAttribute('cam-variable-name'));
  }

  /** Beside each file field whose document the case already has: its name, and that an empty field keeps it. */
  notePresentFiles() {
    this.el.querySelectorAll('input[type=file][cam-variable-name]').forEach((field) => {
      const filename = this.scope.facts.present[field.getAttribute('cam-variable-name')];
      if (!filename || this.el.querySelector('#' + CSS.escape('ef-present-' + field.id))) { return; }
      const note = document.createElement('p');
      note.className = 'help-block';
      note.id = 'ef-present-' + field.id;
      note.textContent = 'Déjà fourni : ' + filename + ' (laissez ce champ vide pour le garder).';
      (field.nextElementSibling && field.nextElementSibling.classList.contains('help-block') ? field.nextElementSibling : field).after(note);
      field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
    });
  }

  // ---- checks before sending ---------------------------------------------------------------------

  /** Before sending: the form's checks; {@code camForm.submitPrevented} stops the sending. */
  onSubmit(evt) {
    this.errors = [];
    this.serverRefused = false;
    this.checkFields();
    if (this.options.check) { this.options.check(this); }
    this.show();
    evt.submitPrevented = this.errors.length > 0;
    if (!evt.submitPrevented && this.options.prepare) {
      this.options.prepare(this);
    }
  }

  /** A field the person cannot see (a section hidden by ng-show) is neither required nor checked. */
  visible(field) {
    return !field.closest('.ng-hide') && !field.disabled;
  }

  checkFields() {
    this.el.querySelectorAll('input, select, textarea').forEach((field) => {
      if (!field.id || !this.visible(field)) { return; }
      const required = field.hasAttribute('required') || field.getAttribute('aria-required') === 'true';
      const label = this.label(field);
      if (field.type === 'file') {
        const file = field.files && field.files[0];
        const variable = field.getAttribute('cam-variable-name') || field.id;
        if (!file) {
          if (required && !this.scope.facts.present[variable]) { this.error(field.id, label + ' : pièce obligatoire, à joindre.'); }
          return;
        }
        if (!isPdf(file)) {
          this.error(field.id, label + ' : seul un fichier PDF est accepté (« ' + file.name + ' »).');
        } else if (file.size > (parseInt(field.getAttribute('cam-max-filesize'), 10) || MAX_FILE_BYTES)) {
          this.error(field.id, label + ' : le fichier dépasse 10 Mio.');
        }
        return;
      }
      const value = String(field.value || '').trim();
      if (!value) {
        if (required) { this.error(field.id, label + ' : ce champ est obligatoire.'); }
        return;
      }
      if (field.type === 'email' && !/^[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}$/.test(value)) {
        this.error(field.id, label + ' : indiquez une adresse électronique valide (ex. prenom.nom@exemple.fr).');
      } else if (field.type === 'number') {
        const n = Number(value);
        const min = field.getAttribute('min');
        const max = field.getAttribute('max');
        if (!/^-?\d+$/.test(value) || (min !== null && n < Number(min)) || (max !== null && n > Number(max))) {
          // a field may say its rule in its own words (data-range-message)
          this.error(field.id, label + ' : ' + (field.dataset.rangeMessage || 'indiquez un nombre entier' + (min !== null && max !== null
            ? ' entre ' + min + ' et ' + max : '') + '.'));
        }
      } else if (field.type === 'date') {
        const min = field.getAttribute('min');
        const max = field.getAttribute('max');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || (min && value < min) || (max && value > max)) {
          this.error(field.id, label + ' : indiquez une date valide (jj/mm/aaaa).');
        }
      }
    });
  }

  // ---- errors: the summary and each field's message ----------------------------------------------

  makeSummary() {
    let summary = this.el.querySelector('.ef-summary');
    if (!summary) {
      summary = document.createElement('div');
      summary.className = 'alert alert-danger ef-summary';
      const heading = this.el.querySelector('h3');
      if (heading) { heading.after(summary); } else { this.el.prepend(summary); }
    }
    summary.setAttribute('role', 'alert');
    summary.setAttribute('tabindex', '-1');
    summary.hidden = true;
    return summary;
  }

  clearField(field) {
    if (!field || !field.id || field.getAttribute('aria-invalid') !== 'true') { return; }
    field.removeAttribute('aria-invalid');
    const message = this.el.querySelector('#' + CSS.escape('ef-error-' + field.id));
    if (message) { message.remove(); }
    const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id && id !== 'ef-error-' + field.id);
    if (described.length) { field.setAttribute('aria-describedby', described.join(' ')); } else { field.removeAttribute('aria-describedby'); }
    const group = field.closest('.form-group');
    if (group && !group.querySelector('[aria-invalid="true"]')) { group.classList.remove('has-error'); }
  }

  show() {
    this.el.querySelectorAll('[aria-invalid="true"]').forEach((f) => this.clearField(f));
    this.summary.textContent = '';
    if (!this.errors.length) {
      this.summary.hidden = true;
      return;
    }
    const title = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = this.serverRefused
      ? "Votre envoi n'a pas été enregistré. Corrigez ce qui suit, puis envoyez de nouveau : les pièces déjà jointes sont gardées."
      : 'Le formulaire ne peut pas être envoyé :';
    title.appendChild(strong);
    const list = document.createElement('ul');
    const shown = new Set();
    this.errors.forEach((e) => {
      const item = document.createElement('li');
      if (e.field) {
        const link = document.createElement('a');
        link.href = '#' + e.field.id;
        link.textContent = e.message;
        // Tasklist routes on the URL's hash: move to the field without navigating
        link.addEventListener('click', (evt) => { evt.preventDefault(); e.field.focus(); e.field.scrollIntoView({ block: 'center' }); });
        item.appendChild(link);
        if (!shown.has(e.field)) { this.markField(e.field, e.message); shown.add(e.field); }
      } else {
        item.textContent = e.message;
      }
      list.appendChild(item);
    });
    this.summary.append(title, list);
    this.summary.hidden = false;
    this.summary.scrollIntoView({ block: 'center' });
    this.summary.focus({ preventScroll: true });
  }

  markField(field, message) {
    const id = 'ef-error-' + field.id;
    const p = document.createElement('p');
    p.className = 'help-block ef-error';
    p.id = id;
    const hidden = document.createElement('span');
    hidden.className = 'sr-only';
    hidden.textContent = 'Erreur : ';
    p.append(hidden, document.createTextNode(message));
    field.after(p);
    field.setAttribute('aria-invalid', 'true');
    const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    field.setAttribute('aria-describedby', [id].concat(described).join(' '));
    const group = field.closest('.form-group');
    if (group) { group.classList.add('has-error'); }
  }

  /**
   * The server refused (a document that is not a real PDF, a value out of range…): its reasons, separated by
   * « ; », name the variable in brackets ("La preuve du doctorat (doctorateProof) n'est pas un document PDF.").
   * Each goes beside its field, and the files chosen stay chosen: Tasklist resets the form's variables after a
   * failed submit but not its fields, which are read again at the next one.
   */
  onRefused(err) {
    if (!err || err.message === PREVENTED) { return; }
    this.errors = [];
    this.serverRefused = true;
    String(err.message || "Le serveur n'a pas pu enregistrer votre envoi. Réessayez dans un instant.")
      .split(/\s;\s/).map((r) => r.trim()).filter(Boolean).forEach((reason) => {
        const named = /\(([A-Za-z][A-Za-z0-9]*)\)/.exec(reason);
        const field = named ? this.field(named[1]) : null;
        const text = named && field ? reason.replace(' (' + named[1] + ')', '') : reason;
        this.errors.push({ field: field, message: text });
      });
    // Tasklist also shows the server's message on top of the dialog: the person's words, not the contract's names
    err.message = this.errors.map((e) => e.message).join(' ');
    this.show();
  }

  // ---- the submit button is never greyed out -----------------------------------------------------

  /**
   * Tasklist disables « Démarrer » / « Terminer » while Angular finds the form invalid, and says nothing of why.
   * Our checks run on the click instead and say what to correct, so the button stays usable (keyboard included).
   */
  neverBlockSubmit() {
    const controller = this.scope[this.el.getAttribute('name')];
    if (!controller) { return; }
    Object.defineProperty(controller, '$valid', { configurable: true, get: () => true, set: () => {} });
    Object.defineProperty(controller, '$invalid', { configurable: true, get: () => false, set: () => {} });
  }

  // ---- after a start: the case number ------------------------------------------------------------

  /** The engine answers a start with the new instance, whose business key the start listener has just assigned. */
  captureStart() {
    const camForm = this.camForm;
    const submitVariables = camForm.submitVariables;
    camForm.submitVariables = (done) => submitVariables.call(camForm, (err, result) => {
      if (!err && result) { this.receipt(result); }
      done(err, result);
    });
  }

  /**
   * The case number, in a notification that stays until closed. A notification added while the start dialog is
   * open goes to the dialog's own panel and closes with it: this one waits until the dialog has gone.
   */
  receipt(instance) {
    const what = this.options.receipt || 'Demande enregistrée';
    const key = instance.businessKey;
    const message = key
      ? 'Votre numéro de dossier : <strong class="ef-case-number">' + escapeHtml(key) + '</strong>. Notez-le : il figure sur chaque'
        + ' courrier. Suivez votre dossier dans <a href="/mes-dossiers">Mes dossiers</a>.'
      : 'Suivez votre dossier dans <a href="/mes-dossiers">Mes dossiers</a>.';
    const injector = this.camForm.formElement.injector();
    const show = () => {
      if (document.querySelector('.modal-dialog')) {
        setTimeout(show, 100);
        return;
      }
      injector.get('$rootScope').$evalAsync(() => {
        injector.get('Notifications').addMessage({ status: what, message: message, unsafe: true });
      });
    };
    setTimeout(show, 0);
  }
}

// ---- Tasklist's « Créer une tâche »: only for those the engine lets create standalone tasks ----------

let checking = false;
function checkTaskCreation() {
  const base = document.querySelector('base');
  if (checking || !base || !document.querySelector('.create-task-action')) { return; }
  checking = true;
  const engineApi = base.getAttribute('engine-api') || '/camunda/api/engine/';
  fetch(engineApi + 'engine/default/authorization/check?permissionName=CREATE&permissionValue=1&resourceName=task&resourceType=7',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : { authorized: false }))
    .then((answer) => document.body.classList.toggle('ef-may-create-task', answer.authorized === true))
    .catch(() => document.body.classList.remove('ef-may-create-task'))
    .finally(() => { checking = false; });
}

installStyle();
// the header's actions are drawn again at each login: check again for the person now logged in
new MutationObserver((changes) => {
  if (changes.some((c) => Array.from(c.addedNodes).some((n) => n.nodeType === 1
      && (n.matches('.create-task-action') || n.querySelector('.create-task-action'))))) {
    checkTaskCreation();
  }
}).observe(document.querySelector('[cam-widget-header]') || document.body, { childList: true, subtree: true });
checkTaskCreation();

window.EngagementsForms = {
  /** Sets up an embedded form: see the top of this file. Returns the form (val, error, field…). */
  form: (camForm, scope, options) => new Form(camForm, scope, options),
  session: loadSession,
  labels: LABELS,
  day: day,
  euros: euros,
  api: api,
  ibanValid: ibanValid
};
