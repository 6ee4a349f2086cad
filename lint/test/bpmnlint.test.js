'use strict';

// The project's lint rules catch what they promise: each deliberately broken model under lint/fixtures/
// fails bpmnlint with the element id and the rule, and a correct model passes.
// Run with `npm run test:lint` (node's test runner); .ci/run runs it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const BPMNLINT = require.resolve('bpmnlint/bin/bpmnlint.js', { paths: [ROOT] });

function lint(fixture) {
  const result = spawnSync(process.execPath, [BPMNLINT, path.join('lint', 'fixtures', fixture)], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }
  });
  const output = (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  // report lines: "<element id>  error  <message>  <rule>"
  const reports = output.split('\n')
    .map(line => line.trim().split(/\s{2,}/))
    .filter(cells => cells.length >= 4 && (cells[1] === 'error' || cells[1] === 'warning'))
    .map(([id, category, message, rule]) => ({ id, category, message, rule }));
  return { status: result.status, output, reports };
}

function assertFails(fixture, id, rule) {
  const { status, output, reports } = lint(fixture);
  assert.equal(status, 1, `${fixture} should fail the lint:\n${output}`);
  assert.ok(reports.some(r => r.id === id && r.rule === rule && r.category === 'error'),
    `${fixture} should report element ${id} with rule ${rule}, got:\n${output}`);
}

test('a correct model passes every rule', () => {
  const { status, output, reports } = lint('valid.bpmn');
  assert.equal(status, 0, output);
  assert.deepEqual(reports, []);
});

test('a user task without candidate group or assignee fails engagements/user-task-performer', () => {
  assertFails('user-task-without-performer.bpmn', 'taskWithoutPerformer', 'engagements/user-task-performer');
});

test('a user task without a form fails engagements/user-task-form', () => {
  assertFails('user-task-without-form.bpmn', 'taskWithoutForm', 'engagements/user-task-form');
});

test('a user task named in English fails engagements/user-task-french-name', () => {
  assertFails('user-task-english-name.bpmn', 'reviewApplication', 'engagements/user-task-french-name');
});

test('a process without history time-to-live fails engagements/history-time-to-live', () => {
  assertFails('process-without-history-ttl.bpmn', 'processWithoutTtl', 'engagements/history-time-to-live');
});

test('an unnamed timer fails engagements/named-timers-and-messages', () => {
  assertFails('unnamed-timer.bpmn', 'unnamedTimer', 'engagements/named-timers-and-messages');
});

test('an unnamed message and an unnamed message event fail engagements/named-timers-and-messages', () => {
  assertFails('unnamed-message.bpmn', 'unnamedMessage', 'engagements/named-timers-and-messages');
  assertFails('unnamed-message.bpmn', 'unnamedMessageEvent', 'engagements/named-timers-and-messages');
});

test('an implicit split (task with two unconditional outgoing flows) fails no-implicit-split', () => {
  assertFails('implicit-split.bpmn', 'splitsImplicitly', 'no-implicit-split');
});

test('an implicit join (task with two incoming flows) fails fake-join', () => {
  assertFails('implicit-join.bpmn', 'joinsImplicitly', 'fake-join');
});

test('the French-name heuristic accepts French task names and refuses English ones', () => {
  const { problem } = require('bpmnlint-plugin-engagements/rules/user-task-french-name');
  for (const name of ["Vérifier le dossier d'entrée", "Décision d'entrée", 'Signature du doyen', 'Approbation ARS',
    'Planifier la soutenance', 'Confirmer la période de recherche', 'Dossier']) {
    assert.equal(problem(name), null, name);
  }
  for (const name of ['Review the application', 'Check dossier', 'Approve', 'Submit project', 'Sign lab director', '', '  ']) {
    assert.notEqual(problem(name), null, JSON.stringify(name));
  }
});
