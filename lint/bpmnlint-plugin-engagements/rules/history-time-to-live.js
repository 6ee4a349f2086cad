'use strict';

const { is } = require('./util');

/** Every process has a history time-to-live (required by Camunda 7.20+ and by the retention policy). */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process')) {
      return;
    }
    const ttl = node.get('camunda:historyTimeToLive');
    if (ttl === undefined || ttl === null || String(ttl).trim() === '') {
      reporter.report(node.id, 'Processus sans durée de conservation de l\'historique (camunda:historyTimeToLive)');
    }
  }
  return { check };
};
