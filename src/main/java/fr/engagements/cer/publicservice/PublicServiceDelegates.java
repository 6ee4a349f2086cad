package fr.engagements.cer.publicservice;

import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code cer-public-service} (CER_F3), each a bean named as the model calls it. */
@Configuration
class PublicServiceDelegates {

  /** "Inscrire l'obligation de service public". */
  @Bean
  JavaDelegate beginPublicServiceDelegate(PublicServiceObligation obligation) {
    return obligation::begin;
  }

  /** "Constater le manquement": the element's extension property {@code reason} says which. */
  @Bean
  JavaDelegate recordServiceBreachDelegate(PublicServiceObligation obligation) {
    return execution -> obligation.recordBreach(execution, ModelProperties.of(execution, "reason")
        .orElse("manquement à l'obligation de service public"));
  }

  /** "Réclamer les sommes versées", then the letter. */
  @Bean
  JavaDelegate billPublicServiceDelegate(PublicServiceObligation obligation, PublicServiceLetter letter) {
    return execution -> {
      obligation.bill(execution);
      letter.send(execution);
    };
  }

  /** On each end event: its extension property {@code outcome}, kept as the variable {@code outcome}. */
  @Bean
  ExecutionListener publicServiceOutcomeListener(PublicServiceLetter letter) {
    return (DelegateExecution execution) -> {
      String outcome = ModelProperties.of(execution, "outcome").orElseThrow();
      execution.getProcessInstance().setVariable("outcome", outcome);
      if ("FULFILLED".equals(outcome)) {
        letter.fulfilled(execution);
      }
    };
  }
}
