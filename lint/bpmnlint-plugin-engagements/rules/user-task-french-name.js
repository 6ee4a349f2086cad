'use strict';

const { is } = require('./util');

/**
 * Every user task has a French name: Tasklist shows it to French users as the task's title.
 *
 * The check is a heuristic, documented in processes/README.md:
 *  1. the name is not empty and has at least one word of two letters or more;
 *  2. it is not English: a name is refused when at least half of its words are common English words
 *     of task names (ENGLISH below: verbs such as "review", "check", "submit", nouns such as "task",
 *     "request", articles and prepositions) and it has none of the French marks that settle the matter
 *     (an accented letter, an elision such as "l'" or "d'", or a French article or preposition).
 * Words spelled the same in both languages ("document", "date", "message"…) are in neither list, so
 * they count for nothing. "Review the application" and "Check dossier" are refused; "Vérifier le
 * dossier d'entrée", "Décision d'entrée" and "Signature du doyen" pass.
 */
const ENGLISH = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'and', 'or', 'with', 'by', 'on', 'in', 'at', 'from', 'into', 'is', 'be', 'new',
  'my', 'your', 'all', 'if', 'not', 'no', 'yes', 'task', 'tasks', 'step', 'request', 'requests', 'review', 'reviews',
  'check', 'checks', 'verify', 'validate', 'approve', 'approval', 'reject', 'rejection', 'submit', 'submission', 'send',
  'receive', 'decide', 'decision', 'complete', 'completion', 'fill', 'upload', 'download', 'sign', 'signature', 'schedule',
  'confirm', 'confirmation', 'escalate', 'escalation', 'notify', 'notification', 'assign', 'create', 'update', 'delete',
  'handle', 'process', 'manage', 'enter', 'provide', 'prepare', 'wait', 'pay', 'payment', 'calculate', 'compute',
  'evaluate', 'assess', 'assessment', 'entry', 'funding', 'fund', 'project', 'applicant', 'application', 'candidate',
  'candidacy', 'file', 'files', 'documents', 'form', 'data', 'details', 'information', 'missing', 'late', 'head',
  'department', 'dean', 'director', 'lab', 'laboratory', 'research', 'period', 'post', 'defense', 'defence', 'jury',
  'secretariat', 'coordinator', 'student', 'user', 'manager', 'approver', 'contract', 'allowance', 'withdrawal',
  'reimbursement', 'eligibility', 'result', 'outcome', 'report', 'reports', 'letter', 'proof', 'plan', 'please', 'done'
]);

const FRENCH_MARKERS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'ou', 'pour', 'par', 'sur', 'dans', 'avec',
  'sans', 'en', 'à', 'son', 'sa', 'ses', 'leur', 'leurs'
]);

function words(name) {
  return name.toLowerCase().split(/[^a-zà-ÿœæ'’]+/).filter(Boolean)
    .flatMap(w => w.split(/['’]/))
    .filter(w => w.length > 0);
}

function frenchMarks(name) {
  const lower = name.toLowerCase();
  return /[àâäçéèêëîïôöùûüÿœæ]/.test(lower)
    || /\b[ldjnmcsq]['’][a-zà-ÿ]/.test(lower)
    || words(name).some(w => FRENCH_MARKERS.has(w));
}

function problem(name) {
  const trimmed = (name || '').trim();
  const all = words(trimmed);
  if (!all.some(w => w.length >= 2)) {
    return 'Tâche utilisateur sans nom (le titre affiché dans Tasklist)';
  }
  if (frenchMarks(trimmed)) {
    return null;
  }
  const english = all.filter(w => ENGLISH.has(w)).length;
  if (english * 2 >= all.length) {
    return 'Nom de tâche utilisateur en anglais : « ' + trimmed + ' » (nommez la tâche en français)';
  }
  return null;
}

module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const message = problem(node.name);
    if (message) {
      reporter.report(node.id, message);
    }
  }
  return { check };
};

module.exports.problem = problem;
