package fr.engagements.appeal;

import static fr.engagements.appeal.AppealProcess.*;

import java.util.List;
import java.util.Optional;

import fr.engagements.appeal.AppealProcess.AppealDecision;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The automated steps of an appeal, in the engine's transaction: the acknowledgement (letter and journal), the case
 * reopened after a withdrawal (by the case's contract), the answer (letter, journal, register). The letters belong to
 * the contested case (its business key), so the case's readers find them with its other letters; their round is the
 * appeal's number.
 */
@Service
class AppealSteps {

  static final String JOURNAL_FILED = "APPEAL_FILED";
  static final String JOURNAL_ANSWERED = "APPEAL_ANSWERED";
  static final String JOURNAL_REOPENED = "CASE_REOPENED";
  /** A withdrawal that changes nothing in the case (its note says why). */
  static final String JOURNAL_WITHDRAWAL_NOTED = "WITHDRAWAL_NOTED";

  private final DecisionLetters letters;
  private final CaseJournal journal;
  private final CaseAccess access;
  private final AppealRegister register;
  private final List<AppealRouting> routings;
  private final ApplicantNotifier notifier;

  AppealSteps(DecisionLetters letters, CaseJournal journal, CaseAccess access, AppealRegister register,
      List<AppealRouting> routings, ApplicantNotifier notifier) {
    this.letters = letters;
    this.journal = journal;
    this.access = access;
    this.register = register;
    this.routings = List.copyOf(routings);
    this.notifier = notifier;
  }

  /** acknowledgeAppeal: the acknowledgement with the dates of the two-month rule (CRPA L112-3, L231-4). */
  void acknowledge(DelegateExecution execution) {
    String caseKey = CASE_KEY.get(execution);
    Letter letter = letters.issue(request(execution, LetterKind.APPEAL_RECEIVED, "APPEAL_RECEIVED")
        .with("implicitRejectionOn", IMPLICIT_REJECTION_ON.get(execution)));
    journal.record(caseKey, JOURNAL_FILED, "Recours gracieux déposé le " + FrenchFormat.dayInWords(FILED_ON.get(execution))
        + " contre la décision « " + LETTER_LABEL.get(execution) + " » notifiée le " + FrenchFormat.dayInWords(NOTIFIED_ON.get(execution))
        + " (recours n° " + APPEAL_NUMBER.get(execution) + ", à traiter par " + ANSWERING_BODY.get(execution)
        + " ; sans réponse au " + FrenchFormat.dayInWords(IMPLICIT_REJECTION_ON.get(execution)) + ", il est réputé rejeté).");
    notifier.decision(execution, "Accusé de réception de votre recours gracieux",
        "Votre recours gracieux contre la décision « " + LETTER_LABEL.get(execution) + " » a été reçu le "
            + FrenchFormat.dayInWords(FILED_ON.get(execution)) + ". Il est transmis à " + ANSWERING_BODY.get(execution)
            + ". L'accusé de réception joint indique les délais qui s'appliquent.", letter.id());
  }

  /** reopenCase: the contract resumes the case at the right step; where it resumed is kept and journaled. */
  void reopen(DelegateExecution execution) {
    String caseKey = CASE_KEY.get(execution);
    CaseFile file = access.find(caseKey).orElseThrow(() -> new IllegalStateException("No case " + caseKey));
    Letter contested = letters.find(LETTER_ID.get(execution)).orElseThrow();
    Optional<String> where = routings.stream().filter(r -> r.type() == file.type()).findFirst()
        .flatMap(r -> r.reopen(execution, file, contested));
    where.ifPresent(w -> {
      REOPENED_AT.set(execution, w);
      journal.record(caseKey, JOURNAL_REOPENED, "Dossier rouvert après le retrait de la décision « " + LETTER_LABEL.get(execution)
          + " » : il reprend " + w + ".");
    });
    if (where.isEmpty() && WITHDRAWAL_NOTE.get(execution) != null) {
      journal.record(caseKey, JOURNAL_WITHDRAWAL_NOTED, "Retrait de la décision « " + LETTER_LABEL.get(execution) + " » : "
          + WITHDRAWAL_NOTE.get(execution));
    }
  }

  /** notifyAppealAnswer: the answer's letter with its rationale, the journal, the register. */
  void notifyAnswer(DelegateExecution execution) {
    AppealDecision decision = APPEAL_DECISION.get(execution);
    String caseKey = CASE_KEY.get(execution);
    Letter letter = letters.issue(request(execution, LetterKind.APPEAL_ANSWER, "DECISION_" + decision.name())
        .with("withdrawn", decision == AppealDecision.WITHDRAWN)
        .with("rationale", APPEAL_RATIONALE.get(execution))
        .with("reopenedAt", REOPENED_AT.get(execution))
        .with("withdrawalNote", WITHDRAWAL_NOTE.get(execution)));
    String words = decision == AppealDecision.WITHDRAWN ? "décision retirée" : "décision maintenue";
    journal.record(caseKey, JOURNAL_ANSWERED, "Réponse au recours : " + words + " (recours n° " + APPEAL_NUMBER.get(execution)
        + " contre « " + LETTER_LABEL.get(execution) + " »). Motif : " + APPEAL_RATIONALE.get(execution));
    register.answered(execution.getProcessBusinessKey(),
        decision == AppealDecision.WITHDRAWN ? AppealRegister.Status.WITHDRAWN : AppealRegister.Status.UPHELD);
    notifier.decision(execution, "Réponse à votre recours gracieux : " + words,
        "La réponse à votre recours gracieux contre la décision « " + LETTER_LABEL.get(execution) + " » est jointe : " + words
            + ".\n\nMotif : " + APPEAL_RATIONALE.get(execution), letter.id());
  }

  private static LetterRequest request(DelegateExecution execution, LetterKind kind, String decision) {
    String caseKey = CASE_KEY.get(execution);
    return LetterRequest.of(caseKey, KEY, execution.getProcessInstanceId(), kind, APPEAL_NUMBER.get(execution), decision,
            APPLICANT_ID.get(execution), APPLICANT_NAME.get(execution))
        .address(APPLICANT_ADDRESS.get(execution))
        .with("sender", caseKey.startsWith("CER-") ? "Secrétariat national du Contrat d’Engagement Recherche"
            : "Contrat d’Engagement de Service Public")
        .with("appealNumber", APPEAL_NUMBER.get(execution))
        .with("contestedDecision", LETTER_LABEL.get(execution))
        .with("contestedReference", caseKey + "/" + LetterKind.valueOf(LETTER_KIND.get(execution)).slug())
        .with("notifiedOn", NOTIFIED_ON.get(execution))
        .with("filedOn", FILED_ON.get(execution))
        .with("appealDeadline", APPEAL_DEADLINE.get(execution))
        .with("answeringBody", ANSWERING_BODY.get(execution))
        .with("decidingSession", DECIDING_SESSION.get(execution))
        .with("answeringSession", ANSWERING_SESSION.get(execution));
  }
}
