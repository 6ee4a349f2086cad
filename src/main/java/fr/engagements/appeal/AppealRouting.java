package fr.engagements.appeal;

import java.util.Optional;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseType;
import fr.engagements.letter.Letter;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What each contract says about appeals against its decisions (implemented by the CER and the CESP): who answers an
 * appeal against a letter — the body that decided (ADM_1) — and how a withdrawn decision reopens the case.
 */
public interface AppealRouting {

  CaseType type();

  /** Who answers, or empty when this contract takes no appeal against this kind of letter (yet). */
  Optional<AppealRoute> route(CaseFile file, Letter letter);

  /**
   * The decision is withdrawn: resumes the case at the right step, in the transaction of the answer. Returns where it
   * resumed, in French (« à la vérification du dossier d'entrée »), or empty when nothing in the case changes.
   * Throws {@code CaseInputException} when the case cannot resume (the answer is then refused and stays to do).
   */
  Optional<String> reopen(DelegateExecution appeal, CaseFile file, Letter letter);

  /**
   * Who answers an appeal, in the appeal's variables: a group, one person, or a body in session ({@code collegium},
   * see {@link CollegialAnswer}) whose task is shown to {@code group} while it waits, never completed by a person.
   */
  record AppealRoute(String group, String assignee, String body, String session, String applicantAddress, String collegium) {

    public AppealRoute {
      if ((group == null) == (assignee == null)) {
        throw new IllegalArgumentException("An appeal is answered by a group or by one person");
      }
    }

    public AppealRoute(String group, String assignee, String body, String session, String applicantAddress) {
      this(group, assignee, body, session, applicantAddress, null);
    }

    public static AppealRoute group(String group, String body, String applicantAddress) {
      return new AppealRoute(group, null, body, null, applicantAddress);
    }

    public static AppealRoute person(String userId, String body, String session, String applicantAddress) {
      return new AppealRoute(null, userId, body, session, applicantAddress);
    }

    /** A body answering in session; its task is visible to {@code watchingGroup} (which cannot complete it). */
    public static AppealRoute collegial(String collegium, String watchingGroup, String body, String session, String applicantAddress) {
      return new AppealRoute(watchingGroup, null, body, session, applicantAddress, collegium);
    }
  }
}
