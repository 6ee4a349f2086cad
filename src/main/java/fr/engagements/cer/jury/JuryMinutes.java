package fr.engagements.cer.jury;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The session's minutes (procès-verbal) as a PDF letter of the session, signed by its president in the system. */
@Component
class JuryMinutes {

  /** Issues the minutes' PDF; returns its letter id. */
  Long issue(DelegateExecution execution, Long sessionId) {
    return null;
  }
}
