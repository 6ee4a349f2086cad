package fr.engagements.cer.project;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.process.TaskPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The five signatures of a project (CER_P3), each a {@link TaskPolicy} of its task. */
@Configuration
class SignaturePolicies {

  @Bean
  TaskPolicy signLabDirectorPolicy(SignatureRound round) {
    return new SignaturePolicy(Signer.LAB_DIRECTOR, round);
  }

  @Bean
  TaskPolicy signHeadOfDepartmentPolicy(SignatureRound round) {
    return new SignaturePolicy(Signer.HEAD_OF_DEPARTMENT, round);
  }

  @Bean
  TaskPolicy signDeanPolicy(SignatureRound round) {
    return new SignaturePolicy(Signer.DEAN, round);
  }

  @Bean
  TaskPolicy signDesCoordinatorPolicy(SignatureRound round) {
    return new SignaturePolicy(Signer.DES_COORDINATOR, round);
  }

  @Bean
  TaskPolicy approveArsPolicy(SignatureRound round) {
    return new SignaturePolicy(Signer.ARS, round);
  }
}
