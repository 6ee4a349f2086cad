package fr.engagements.cer.jury;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code closeSession}: the signed minutes become the session's PDF, and each decision reaches its candidacy. */
@Component
class CloseJurySessionDelegate implements JavaDelegate {

  private final JurySessions sessions;
  private final JuryMinutes minutes;

  CloseJurySessionDelegate(JurySessions sessions, JuryMinutes minutes) {
    this.sessions = sessions;
    this.minutes = minutes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long sessionId = CerJurySessionProcess.SESSION_ID.get(execution);
    Long letterId = minutes.issue(execution, sessionId);
    sessions.close(sessionId, letterId);
  }
}
