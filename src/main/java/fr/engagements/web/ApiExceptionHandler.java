package fr.engagements.web;

import java.util.Map;

import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The project's /api answers every refusal as JSON with a status and a French reason; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(CaseInputException.class)
  ResponseEntity<Map<String, Object>> refused(CaseInputException e) {
    return body(HttpStatus.valueOf(e.status()), String.join(" ; ", e.reasons()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "Vous n'avez pas accès à cette ressource.");
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, "Ressource introuvable.");
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, Object>> badRequest(BadUserRequestException e) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(RuntimeException e) {
    return body(HttpStatus.BAD_REQUEST, "Requête illisible : le corps doit être un objet JSON valide.");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
    return body(HttpStatus.BAD_REQUEST, "Requête invalide : " + e.getMessage());
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> failure(RuntimeException e) {
    LOG.error("Unexpected failure of an /api call", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne : l'incident est journalisé.");
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
  }
}
