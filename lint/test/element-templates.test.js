'use strict';

// The element templates under .camunda/element-templates/ follow the official Camunda 7 element-templates
// JSON schema (the validator Camunda Modeler itself uses), have unique ids, are written in French and
// hide the bean. Whether every bean exists and every delegate of processes/ has a template is checked
// by the JUnit test ElementTemplatesTest (it needs the Spring context).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { validateAll } = require('@bpmn-io/element-templates-validator');

const DIR = path.resolve(__dirname, '..', '..', '.camunda', 'element-templates');
const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';

function files() {
  return fs.readdirSync(DIR).filter(f => f.endsWith('.json'));
}

function templates() {
  return files().flatMap(f => {
    const content = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    return (Array.isArray(content) ? content : [content]).map(t => ({ file: f, template: t }));
  });
}

test('every template file is valid against the Camunda 7 element-templates schema', () => {
  assert.ok(files().length > 0, 'no template in ' + DIR);
  for (const f of files()) {
    const content = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    const { valid, results } = validateAll(Array.isArray(content) ? content : [content]);
    const errors = results.filter(r => !r.valid)
      .flatMap(r => r.errors.map(e => `${r.object && r.object.id}: ${e.instancePath} ${e.message}`));
    assert.ok(valid, `${f}:\n${errors.join('\n')}`);
  }
});

test('template ids are unique and every template declares the schema and a version', () => {
  const seen = new Map();
  for (const { file, template } of templates()) {
    assert.equal(template.$schema, SCHEMA, `${file}: ${template.id} must declare $schema ${SCHEMA}`);
    assert.ok(Number.isInteger(template.version), `${file}: ${template.id} needs a version`);
    assert.ok(!seen.has(template.id), `${template.id} is defined in ${seen.get(template.id)} and ${file}`);
    seen.set(template.id, file);
  }
});

test('beans and listeners are hidden, every visible field has a French label', () => {
  for (const { file, template } of templates()) {
    for (const property of template.properties) {
      const binding = property.binding;
      if (binding.name === 'camunda:delegateExpression' || binding.type === 'camunda:executionListener') {
        assert.equal(property.type, 'Hidden', `${file}: ${template.id} shows its bean ${property.value}`);
      } else if (property.type !== 'Hidden') {
        assert.ok(property.label && /[a-zàâçéèêëîïôûù]/i.test(property.label), `${file}: ${template.id} has a field without label`);
      }
    }
  }
});
