package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.Optional;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.CompletionNotice;
import fr.engagements.notification.CompletionNotice.Notice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Letters to the applicant when a task of {@code cer-candidacy} is completed with a decision that
 * concerns them: one bean per task key. A jury's decision (entry, post) comes with its dated letter
 * (PDF, kept with the case, attached). Automated decisions (eligibility, funding) and the closing
 * letter are sent where they are taken.
 */
@Configuration
class CerApplicantNotices {

  private final DecisionLetters letters;

  CerApplicantNotices(DecisionLetters letters) {
    this.letters = letters;
  }

  /** {@code verifyDossier} with {@code dossierComplete=false}: the dossier goes back to the applicant (CER_E5). */
  @Bean
  CompletionNotice dossierSentBackNotice() {
    return CompletionNotice.on(KEY, Tasks.VERIFY_DOSSIER, task -> {
      if (!Boolean.FALSE.equals(DOSSIER_COMPLETE.get(task))) {
        return Optional.empty();
      }
      return Notice.of("Votre dossier d'entrée est à compléter",
          "Le secrétariat national du CER vous renvoie votre dossier d'entrée pour complément.\n\nRemarques du secrétariat : "
              + Optional.ofNullable(DOSSIER_REMARKS.get(task)).orElse("(aucune)")
              + "\n\nComplétez-le dans Tasklist (tâche « Compléter le dossier d'entrée ») ; un courriel séparé vous en"
              + " donne l'échéance.");
    });
  }

  /** {@code decideEntry}: admitted or rejected by the national jury, with its written rationale (CER_J1, CER_J2). */
  @Bean
  CompletionNotice entryDecisionNotice() {
    return CompletionNotice.on(KEY, Tasks.DECIDE_ENTRY, task -> {
      EntryDecision decision = ENTRY_DECISION.get(task);
      Letter letter = letters.issue(LetterRequest.of(task.getExecution(), KEY, LetterKind.CER_ENTRY, 1, decision.name())
          .with("campaignYear", CAMPAIGN_YEAR.get(task))
          .with("session", ENTRY_SESSION.get(task))
          .with("rationale", ENTRY_RATIONALE.get(task)));
      String rationale = ENTRY_SESSION.find(task).map(s -> "\n\nDécision prise par le jury national réuni en séance (" + s + ").")
          .orElse("") + "\n\nMotivation du jury : " + Optional.ofNullable(ENTRY_RATIONALE.get(task)).orElse("");
      if (decision == EntryDecision.ADMITTED) {
        return Notice.of("Décision du jury : candidature admise",
            "Le jury national a admis votre candidature au Contrat d'Engagement Recherche." + rationale
                + "\n\nLa décision de financement (CER financé ou non financé) vous est communiquée dans un courriel séparé.",
            letter.id());
      }
      return Notice.of("Décision du jury : candidature non retenue",
          "Le jury national n'a pas retenu votre candidature au Contrat d'Engagement Recherche." + rationale, letter.id());
    });
  }

  /** {@code decidePost}: off-quota post granted or refused by the national jury, with its rationale (CER_P1, CER_P5). */
  @Bean
  CompletionNotice postDecisionNotice() {
    return CompletionNotice.on(KEY, Tasks.DECIDE_POST, task -> {
      PostDecision decision = POST_DECISION.get(task);
      Letter letter = letters.issue(LetterRequest.of(task.getExecution(), KEY, LetterKind.CER_POST, 1, decision.name())
          .with("campaignYear", CAMPAIGN_YEAR.get(task))
          .with("session", POST_SESSION.get(task))
          .with("specialty", SPECIALTY.get(task))
          .with("subdivision", SUBDIVISION.get(task))
          .with("researchMonths", RESEARCH_MONTHS.get(task))
          .with("defenseDate", DEFENSE_DATE.get(task))
          .with("rationale", POST_RATIONALE.get(task)));
      String rationale = POST_SESSION.find(task).map(s -> "\n\nDécision prise par le jury national réuni en séance (" + s + ").")
          .orElse("") + "\n\nMotivation du jury : " + Optional.ofNullable(POST_RATIONALE.get(task)).orElse("");
      if (decision == PostDecision.GRANTED) {
        return Notice.of("Décision du jury : poste hors contingent accordé",
            "Le jury national vous accorde un poste d'interne hors contingent : " + SPECIALTY.get(task) + " — "
                + SUBDIVISION.get(task) + "." + rationale, letter.id());
      }
      return Notice.of("Décision du jury : poste hors contingent refusé",
          "Le jury national ne vous accorde pas de poste d'interne hors contingent." + rationale, letter.id());
    });
  }
}
