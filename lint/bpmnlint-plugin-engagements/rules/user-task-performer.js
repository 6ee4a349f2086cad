'use strict';

const { is } = require('./util');

/**
 * Every user task says who does it: camunda:candidateGroups or camunda:assignee.
 * (Candidate users alone are not enough: work goes to groups, or to one named person such as the applicant.)
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const groups = (node.get('camunda:candidateGroups') || '').trim();
    const assignee = (node.get('camunda:assignee') || '').trim();
    if (!groups && !assignee) {
      reporter.report(node.id, 'Tâche utilisateur sans groupe candidat ni responsable (camunda:candidateGroups ou camunda:assignee)');
    }
  }
  return { check };
};
