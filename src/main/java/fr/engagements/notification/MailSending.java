package fr.engagements.notification;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.IdentityService;
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
 * Sends one e-mail: resolves its recipients now (a group means its members at the time of sending), attaches the
 * decision letter's PDF when it has a {@code letterId} (read now: the mail carries only the letter's id), and
 * throws when the mail server refuses or cannot be reached. Used by the outbox's worker and by the
 * {@code notification} process that retries a mail the worker could not send.
 */
@Component
public class MailSending {

  private static final Logger LOG = LoggerFactory.getLogger(MailSending.class);

  private final JavaMailSender mail;
  private final String from;
  private final boolean enabled;
  private final DecisionLetters letters;

  MailSending(JavaMailSender mail, @Value("${engagements.mail.from}") String from,
      @Value("${engagements.mail.enabled:true}") boolean enabled, DecisionLetters letters) {
    this.mail = mail;
    this.from = from;
    this.enabled = enabled;
    this.letters = letters;
  }

  /** Sends the mail; {@code identity} resolves users and groups (without authorization checks: the system sends). */
  public void send(OutboxMail message, IdentityService identity) {
    Set<String> to = recipients(message, identity);
    if (to.isEmpty()) {
      LOG.warn("Mail {} of {} has no recipient with an e-mail address", message.id(), message.caseKey());
      return;
    }
    if (!enabled) {
      LOG.info("Mail disabled; would send to {}: {}", to, message.subject());
      return;
    }
    if (message.letterId() != null) {
      sendWithLetter(message, to, message.letterId());
      return;
    }
    SimpleMailMessage simple = new SimpleMailMessage();
    simple.setFrom(from);
    simple.setTo(to.toArray(String[]::new));
    simple.setSubject(message.subject());
    simple.setText(message.body());
    mail.send(simple);
  }

  private void sendWithLetter(OutboxMail message, Set<String> to, long letterId) {
    Optional<Letter> letter = letters.find(letterId);
    Optional<byte[]> pdf = letter.flatMap(l -> letters.pdf(l.id()));
    try {
      var mime = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, pdf.isPresent(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(message.subject());
      helper.setText(message.body());
      if (pdf.isPresent()) {
        helper.addAttachment(letter.get().filename(), new ByteArrayResource(pdf.get()), "application/pdf");
      } else {
        // deleted after the retention period (or never stored): the text still tells the decision
        LOG.warn("Letter {} of {} has no PDF any more; mail sent without it", letterId, message.caseKey());
      }
      mail.send(mime);
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail with letter " + letterId + " could not be prepared", e);
    }
  }

  private static Set<String> recipients(OutboxMail message, IdentityService identity) {
    Set<String> to = new LinkedHashSet<>();
    if (message.toEmail() != null && !message.toEmail().isBlank()) {
      to.add(message.toEmail());
    }
    if (message.toUser() != null) {
      User user = identity.createUserQuery().userId(message.toUser()).singleResult();
      if (user != null && user.getEmail() != null) {
        to.add(user.getEmail());
      }
    }
    if (message.toGroup() != null) {
      identity.createUserQuery().memberOfGroup(message.toGroup()).listPage(0, 500).stream()
          .map(User::getEmail).filter(e -> e != null && !e.isBlank()).forEach(to::add);
    }
    return to;
  }
}
