package fr.engagements.cer.timeline;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case's history for people, read from the engine's history: every step, who did it, when, with
 * decisions and their rationale, then what is awaited now ({@link #nextSteps}). Never document contents
 * (only which documents were given). What a person reads ({@code label}, {@code text}, {@code by}…) is
 * French; {@code name}, {@code step} and {@code kind} stay the contract's names, for programs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(
    String businessKey,
    String process,
    Person applicant,
    Integer campaignYear,
    State state,
    String stateLabel,
    String outcome,
    String outcomeLabel,
    List<Event> events,
    List<NextStep> nextSteps) {

  public enum State { ACTIVE, ENDED }

  public enum Kind {
    /** The case was opened. */
    STARTED,
    /** A user task now awaits someone (assignee or candidate groups, due date). */
    TASK_CREATED,
    /** A user task was completed, without a decision variable. */
    TASK_COMPLETED,
    /** A user task was completed with a decision (…Decision, …Approved, dossierComplete) and its rationale. */
    DECISION,
    /** A user task was closed without completion (a deadline, a refusal elsewhere, the end of the case). */
    TASK_CANCELLED,
    /** A jury member declared no conflict of interest with the applicant (and may see the jury task). */
    DECLARATION,
    /** A jury member declared a conflict of interest: recused from the candidacy. */
    RECUSAL,
    /** A decision taken by a DMN table: which table and version (CRPA L311-3-1). */
    AUTOMATED_DECISION,
    /** An automatic step (payment, notification of a third party, computation). */
    STEP,
    /** A deadline passed (boundary timer). */
    TIMER,
    /** A message was received (e.g. a withdrawal). */
    MESSAGE,
    /** A decision letter (PDF) was issued to the applicant: {@code link} downloads it. */
    LETTER,
    /** Outside the process: an institution named or changed, an agent replaced, a task moved for want of an agent (issue 14). */
    HANDOVER,
    /** The jury's sessions: the candidacy put on a session's agenda, or deferred to the next one (CER_J5). */
    JURY,
    /** The case ended, with its outcome. */
    ENDED,
    /** What is awaited now (last in the list while the case is open): the step, from whom, until when. */
    NEXT_STEP
  }

  /** A user: id and display name ("Camille Dupont"). */
  public record Person(String id, String name) {
  }

  /** One fact of an event: contract name, French label, stored value and its French text. */
  public record Detail(String name, String label, Object value, String text) {
  }

  /**
   * @param by      who did it, in words: « Paul Durand (Jury national du CER) », « le système »
   * @param timeText {@code time} in French, Paris time: « 01/10/2026 à 09h00 »
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(
      OffsetDateTime time,
      Kind kind,
      String label,
      String step,
      String stepName,
      Person actor,
      String decision,
      String decisionText,
      String rationale,
      String table,
      Integer version,
      String outcome,
      List<Detail> details,
      String link,
      String by,
      String timeText) {
  }

  /**
   * A step the case waits for now.
   *
   * @param from    from whom, in words: a role (« Doyens »), or the applicant (« le demandeur (Camille Dupont) »)
   * @param due     until when, if the step has a deadline; {@code dueText} in French
   * @param overdue the deadline has passed
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NextStep(String step, String label, String from, OffsetDateTime due, String dueText, boolean overdue) {
  }
}
