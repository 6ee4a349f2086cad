package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * A granted off-quota post (CER_P1, CER_P4): any specialty in any subdivision. The public service a funded candidacy
 * owes (CER_F3) is no longer written here: the allowance runs to the 3rd cycle whatever the post decision (CER_F1), so
 * the months owed are known, and recorded, only when it stops ({@code cer-public-service}).
 */
@Service
public class PostGrant {

  public static String assignedPost(String specialty, String subdivision) {
    return specialty.strip() + " — " + subdivision.strip();
  }

  public void grant(DelegateExecution execution) {
    ASSIGNED_POST.set(execution, assignedPost(SPECIALTY.get(execution), SUBDIVISION.get(execution)));
  }
}
