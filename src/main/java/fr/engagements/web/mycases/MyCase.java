package fr.engagements.web.mycases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One case of the person reading « Mes dossiers », as they see it: what it is, where it stands from their point of
 * view, what they can do now, the letters they received, the money of a contract, and how it ended. Everything a
 * person reads is French; {@code contract}, {@code step}, {@code kind} and {@code outcome} stay the contract's names,
 * for programs. Never another person's name: who holds a step is a role or an institution.
 *
 * @param link the case's own page (its timeline), {@code /dossiers/{businessKey}}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyCase(
    String businessKey,
    String contract,
    String contractLabel,
    int campaignYear,
    boolean open,
    String stateLabel,
    List<Step> steps,
    List<LetterLine> letters,
    Money money,
    String outcome,
    String outcomeLabel,
    String closedText,
    String link,
    List<Fact> facts) {

  /** A fact of the contract said to the person (CESP_2: who pays the allowance; CESP_8: the residency post chosen). */
  public record Fact(String label, String value) {
  }

  /** The steps that wait for you, first: what you can do now. */
  public boolean yourTurn() {
    return steps.stream().anyMatch(Step::yours);
  }

  /**
   * A step the case waits for now (the timeline's next step, said to the person).
   *
   * @param status   the step in plain French, from the person's point of view (« Votre dossier est examiné par le jury
   *                 national », « À vous d'agir : compléter votre dossier d'entrée »)
   * @param heldBy   who holds it: « vous », a role or an institution (« Doyen de la faculté — UFR de Médecine d'Amiens »)
   * @param since    since when (the task's creation), if it is a task
   * @param due      until when, if the step has a deadline
   * @param overdue  the deadline has passed (« délai dépassé »)
   * @param yours    the task is assigned or offered to the person: {@code taskLink} opens it in Tasklist
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String step, String label, String status, String heldBy, OffsetDateTime since, String sinceText,
      OffsetDateTime due, String dueText, boolean overdue, boolean yours, String taskLink) {
  }

  /** A decision letter of the case; {@code download} is absent once its PDF was deleted after the retention period. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LetterLine(String kind, String kindLabel, LocalDate issuedOn, String issuedOnText, String download) {
  }

  /**
   * The money of a contract, from the ledger (amounts in euro cents, and in French: « 2 400,00 € »).
   *
   * @param monthsPaid     months of allowance paid
   * @param monthsServed   months of the public-service commitment served so far (CESP_3), when it has started
   * @param monthsRequired months of the commitment required (CESP_3) or of public service owed (CER_F3), when known
   * @param dueCents       what the person owes back (reimbursement, penalty), when something is due
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Money(long allowancePaidCents, String allowancePaidText, long allowanceNetPaidCents, String allowanceNetPaidText,
      long monthsPaid, Integer monthsServed, Integer monthsRequired, Long dueCents, String dueText) {
  }
}
