package fr.engagements.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one real SMTP server (GreenMail) of the test JVM, on the host and port of application-test.yaml,
 * started with the shared Spring context. Tests read what it received, filtered by their own
 * recipients and business keys, and may stop it to play a mail server that is down (then {@link #start()}).
 */
public final class TestMailServer {

  private final ServerSetup setup;
  private GreenMail server;

  private TestMailServer(String host, int port) {
    this.setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
  }

  /**
   * The bean: started with the context, stopped with it. A second context of the JVM (e.g. the statement budget's) says
   * {@code engagements.test.mail-server=false}: the port is this one's.
   */
  @Configuration
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "engagements.test.mail-server",
      havingValue = "true", matchIfMissing = true)
  static class Bean {
    @org.springframework.context.annotation.Bean(destroyMethod = "stop")
    TestMailServer testMailServer(MailProperties mail) {
      TestMailServer server = new TestMailServer(mail.getHost(), mail.getPort());
      server.start();
      return server;
    }
  }

  /** A received message, decoded: the text, and the attachments of a multipart message. */
  public record Mail(List<String> to, String from, String subject, String body, List<Attachment> attachments) {
  }

  /** An attached file. */
  public record Attachment(String filename, String contentType, byte[] content) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Attachment a && a.filename.equals(filename) && a.contentType.equals(contentType)
          && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
      return filename.hashCode() * 31 + Arrays.hashCode(content);
    }
  }

  public synchronized void start() {
    if (server != null && server.isRunning()) {
      return;
    }
    server = new GreenMail(setup);
    server.start();
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop();
    }
  }

  public synchronized boolean isRunning() {
    return server != null && server.isRunning();
  }

  /** Every message received since the server last started. */
  public synchronized List<Mail> received() {
    return Arrays.stream(server.getReceivedMessages()).map(TestMailServer::decode).distinct().toList();
  }

  /** The messages received by this address. */
  public List<Mail> to(String address) {
    return received().stream().filter(m -> m.to().contains(address)).toList();
  }

  private static void collect(Multipart multipart, StringBuilder text, List<Attachment> attachments)
      throws MessagingException, IOException {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getFileName() != null) {
        attachments.add(new Attachment(MimeUtility.decodeText(part.getFileName()), part.getContentType().split(";")[0].strip(),
            part.getInputStream().readAllBytes()));
      } else if (part.getContent() instanceof Multipart nested) {
        collect(nested, text, attachments);
      } else if (part.isMimeType("text/plain")) {
        text.append(part.getContent());
      }
    }
  }

  private static Mail decode(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      Address[] from = message.getFrom();
      Object content = message.getContent();
      String body;
      List<Attachment> attachments = new ArrayList<>();
      if (content instanceof Multipart multipart) {
        StringBuilder text = new StringBuilder();
        collect(multipart, text, attachments);
        body = text.toString();
      } else {
        body = String.valueOf(content);
      }
      return new Mail(to == null ? List.of() : Stream.of(to).map(Address::toString).toList(),
          from == null || from.length == 0 ? null : from[0].toString(), message.getSubject(),
          body.replace("\r\n", "\n"), List.copyOf(attachments));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
