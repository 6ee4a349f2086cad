package fr.engagements.cer.project;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link SignaturePolicy} bean per {@link Signer} (CER_P3), named after its task ({@code signDeanPolicy},
 * {@code approveArsPolicy}): a new signer is a row of {@link Signer} and a task of the model, no code here.
 */
@Configuration
class SignaturePolicies {

  @Bean
  static BeanDefinitionRegistryPostProcessor signaturePolicyBeans() {
    return registry -> {
      for (Signer signer : Signer.values()) {
        registry.registerBeanDefinition(signer.taskKey() + "Policy", BeanDefinitionBuilder.genericBeanDefinition(SignaturePolicy.class)
            .addConstructorArgValue(signer)
            .setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR)
            .getBeanDefinition());
      }
    };
  }
}
