'use strict';

/**
 * The project's own bpmnlint rules (see processes/README.md, "Changing a model").
 * Rules are resolved by bpmnlint as `engagements/<name>` from ./rules/<name>.js.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-performer': 'error',
        'user-task-form': 'error',
        'user-task-french-name': 'error',
        'history-time-to-live': 'error',
        'named-timers-and-messages': 'error'
      }
    }
  }
};
