package fr.engagements.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal of what a client sent (start or task completion), with reasons in French.
 *
 * <p>The engine wraps exceptions thrown by task listeners; the message keeps a marker with the HTTP
 * status so that {@code web.CaseInputGuardFilter} answers 4xx with the reasons instead of 500.
 */
public class CaseInputException extends BadUserRequestException {

  public static final String MARKER = "CASE-REFUSED";

  private final int status;
  private final List<String> reasons;

  public CaseInputException(int status, List<String> reasons) {
    super(MARKER + "(" + status + "): " + String.join(" ; ", reasons));
    this.status = status;
    this.reasons = List.copyOf(reasons);
  }

  public static CaseInputException badRequest(String reason) {
    return new CaseInputException(400, List.of(reason));
  }

  public static CaseInputException conflict(String reason) {
    return new CaseInputException(409, List.of(reason));
  }

  public static CaseInputException forbidden(String reason) {
    return new CaseInputException(403, List.of(reason));
  }

  public static CaseInputException unauthorized(String reason) {
    return new CaseInputException(401, List.of(reason));
  }

  public static CaseInputException notFound(String reason) {
    return new CaseInputException(404, List.of(reason));
  }

  public int status() {
    return status;
  }

  public List<String> reasons() {
    return reasons;
  }
}
