package fr.engagements.cer.funding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Décider le financement": no human task, the table and the quota decide (CER_J4, CER_F2). */
@Component("decideFundingDelegate")
public class DecideFundingDelegate implements JavaDelegate {

  private final FundingService funding;

  DecideFundingDelegate(FundingService funding) {
    this.funding = funding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    funding.decide(execution);
  }
}
