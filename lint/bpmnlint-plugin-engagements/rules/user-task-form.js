'use strict';

const { is } = require('./util');

/** Every user task has a form: camunda:formKey (embedded HTML under forms/) or camunda:formRef. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const formKey = (node.get('camunda:formKey') || '').trim();
    const formRef = (node.get('camunda:formRef') || '').trim();
    if (!formKey && !formRef) {
      reporter.report(node.id, 'Tâche utilisateur sans formulaire (camunda:formKey ou camunda:formRef)');
    }
  }
  return { check };
};
