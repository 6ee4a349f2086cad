package fr.engagements.notification;

import static fr.engagements.notification.NotificationService.*;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import jakarta.mail.MessagingException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * "Envoyer le courriel": resolves the recipients and sends; a failure is retried by the job executor.
 * With {@code letterId}, the decision letter's PDF is attached (read when sending: the mail process
 * carries only the letter's id).
 */
@Component
public class SendEmailDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendEmailDelegate.class);

  private final JavaMailSender mail;
  private final String from;
  private final boolean enabled;
  private final DecisionLetters letters;

  SendEmailDelegate(JavaMailSender mail, @Value("${engagements.mail.from}") String from,
      @Value("${engagements.mail.enabled:true}") boolean enabled, DecisionLetters letters) {
    this.mail = mail;
    this.letters = letters;
    this.from = from;
    this.enabled = enabled;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> to = recipients(execution);
    if (to.isEmpty()) {
      LOG.warn("Notification {} of {} has no recipient with an e-mail address", execution.getProcessInstanceId(),
          execution.getVariable(CASE_KEY));
      return;
    }
    if (!enabled) {
      LOG.info("Mail disabled; would send to {}: {}", to, execution.getVariable(SUBJECT));
      return;
    }
    if (execution.getVariable(LETTER_ID) instanceof Number letterId) {
      sendWithLetter(execution, to, letterId.longValue());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject((String) execution.getVariable(SUBJECT));
    message.setText((String) execution.getVariable(BODY));
    mail.send(message);
  }

  private void sendWithLetter(DelegateExecution execution, Set<String> to, long letterId) {
    Optional<Letter> letter = letters.find(letterId);
    Optional<byte[]> pdf = letter.flatMap(l -> letters.pdf(l.id()));
    try {
      var message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, pdf.isPresent(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject((String) execution.getVariable(SUBJECT));
      helper.setText((String) execution.getVariable(BODY));
      if (pdf.isPresent()) {
        helper.addAttachment(letter.get().filename(), new ByteArrayResource(pdf.get()), "application/pdf");
      } else {
        // deleted after the retention period (or never stored): the text still tells the decision
        LOG.warn("Letter {} of {} has no PDF any more; mail sent without it", letterId, execution.getVariable(CASE_KEY));
      }
      mail.send(message);
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail with letter " + letterId + " could not be prepared", e);
    }
  }

  private static Set<String> recipients(DelegateExecution execution) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Set<String> to = new LinkedHashSet<>();
    if (execution.getVariable(TO_EMAIL) instanceof String email && !email.isBlank()) {
      to.add(email);
    }
    if (execution.getVariable(TO_USER) instanceof String userId) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user != null && user.getEmail() != null) {
        to.add(user.getEmail());
      }
    }
    if (execution.getVariable(TO_GROUP) instanceof String group) {
      identity.createUserQuery().memberOfGroup(group).listPage(0, 500).stream()
          .map(User::getEmail).filter(e -> e != null && !e.isBlank()).forEach(to::add);
    }
    return to;
  }
}
