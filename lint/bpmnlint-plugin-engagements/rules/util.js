'use strict';

/** Whether a moddle element is of a BPMN type (as bpmnlint-utils' is / isAny, without the dependency). */
function is(node, type) {
  return typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function isAny(node, types) {
  return types.some(type => is(node, type));
}

module.exports = { is, isAny };
