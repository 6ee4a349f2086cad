'use strict';

const { is, isAny } = require('./util');

/**
 * Every timer and every message is named, so that Cockpit and the diagram say what is awaited:
 * events with a timer or message definition carry a name, message events reference a bpmn:message,
 * and every bpmn:message has a name (the name clients correlate with).
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Message')) {
      if (!(node.name || '').trim()) {
        reporter.report(node.id, 'Message sans nom (bpmn:message name)');
      }
      return;
    }
    if (!is(node, 'bpmn:Event')) {
      return;
    }
    const definitions = node.eventDefinitions || [];
    const timer = definitions.some(d => is(d, 'bpmn:TimerEventDefinition'));
    const messages = definitions.filter(d => is(d, 'bpmn:MessageEventDefinition'));
    if ((timer || messages.length) && !(node.name || '').trim()) {
      reporter.report(node.id, timer ? 'Minuterie sans nom' : 'Événement de message sans nom');
    }
    for (const definition of messages) {
      if (!definition.messageRef && !isAny(node, ['bpmn:EndEvent', 'bpmn:IntermediateThrowEvent'])) {
        reporter.report(node.id, 'Événement de message sans message référencé (messageRef)');
      }
    }
  }
  return { check };
};
