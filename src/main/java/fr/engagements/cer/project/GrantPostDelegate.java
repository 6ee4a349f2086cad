package fr.engagements.cer.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Attribuer le poste hors contingent": sets {@code assignedPost}; a funded candidacy's service obligation goes to the ledger (CER_F3). */
@Component("grantPostDelegate")
public class GrantPostDelegate implements JavaDelegate {

  private final PostGrant posts;

  GrantPostDelegate(PostGrant posts) {
    this.posts = posts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    posts.grant(execution);
  }
}
