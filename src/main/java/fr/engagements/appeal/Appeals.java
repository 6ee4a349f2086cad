package fr.engagements.appeal;

import static fr.engagements.appeal.AppealProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import fr.engagements.appeal.AppealRegister.Row;
import fr.engagements.appeal.AppealRouting.AppealRoute;
import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and lists the appeals (recours gracieux, ADM_1) against the decisions of a case. Filing checks, in order: the
 * caller is the person the case is for ({@link CaseAccess}), the letter is a decision of this case that its contract
 * takes appeals against, the text and documents, the two-month rule (filed on or before the letter's date plus two
 * calendar months, on the engine's clock), one open appeal per letter; then the row and the {@code case-appeal}
 * instance are written in one transaction. Nothing is started when a check fails.
 */
@Service
public class Appeals {

  public static final int MIN_TEXT = 20;
  public static final int MAX_TEXT = 5000;
  public static final int MAX_DOCUMENTS = 5;
  public static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
  /** Letters that are no individual decision, or that answer an appeal already (their remedy is the court). */
  static final Set<LetterKind> NOT_APPEALABLE = EnumSet.of(LetterKind.JURY_MINUTES, LetterKind.APPEAL_RECEIVED,
      LetterKind.APPEAL_ANSWER);

  /** What the person sends. Documents: PDF, base64-encoded, at most {@value #MAX_DOCUMENTS} of 5 MiB each. */
  public record Filing(Long letterId, String text, List<Document> documents) {
  }

  public record Document(String filename, String contentBase64) {
  }

  /** One appeal as the case's readers see it. */
  public record Summary(String businessKey, int number, long letterId, String contestedDecision, LocalDate notifiedOn,
      LocalDate filedOn, LocalDate deadline, LocalDate implicitRejectionOn, String status, String statusLabel,
      String answeringBody, String decidingSession, String answerRationale, LocalDate answeredOn, String caseReopenedAt,
      int documents, String answeringSession) {
  }

  private final CaseAccess access;
  private final DecisionLetters letters;
  private final AppealRegister register;
  private final List<AppealRouting> routings;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final Clock clock;

  Appeals(CaseAccess access, DecisionLetters letters, AppealRegister register, List<AppealRouting> routings,
      @Lazy RuntimeService runtime, @Lazy HistoryService history, @Lazy IdentityService identity, Clock clock) {
    this.access = access;
    this.letters = letters;
    this.register = register;
    this.routings = List.copyOf(routings);
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.clock = clock;
  }

  /** The last day to file against a decision notified on this day: two calendar months later (ADM_1). */
  public static LocalDate deadline(LocalDate notifiedOn) {
    return notifiedOn.plusMonths(2);
  }

  @Transactional
  public Summary file(CurrentUser user, String caseKey, Filing filing) {
    CaseFile file = caseOf(user, caseKey);
    if (!file.isFor(user.id())) {
      throw CaseInputException.forbidden("Seule la personne concernée par ce dossier peut former un recours gracieux contre ses décisions.");
    }
    if (filing == null || filing.letterId() == null) {
      throw CaseInputException.badRequest("Indiquez le courrier de la décision contestée (letterId).");
    }
    Letter letter = letters.find(filing.letterId()).filter(l -> l.businessKey().equals(caseKey))
        .orElseThrow(() -> CaseInputException.notFound("Le courrier n° " + filing.letterId() + " n'appartient pas au dossier " + caseKey + "."));
    if (NOT_APPEALABLE.contains(letter.kind())) {
      throw CaseInputException.badRequest("Le courrier « " + letter.kind().label() + " » n'est pas une décision qui peut faire"
          + " l'objet d'un recours gracieux" + (letter.kind() == LetterKind.APPEAL_ANSWER
              ? " : la réponse à un recours ne peut plus être contestée que devant le tribunal administratif." : "."));
    }
    AppealRoute route = routings.stream().filter(r -> r.type() == file.type()).findFirst()
        .flatMap(r -> r.route(file, letter))
        .orElseThrow(() -> CaseInputException.badRequest("Le recours contre « " + letter.kind().label()
            + " » ne peut pas encore être déposé en ligne : adressez-le par courrier, comme l'indique la décision."));
    List<String> problems = new ArrayList<>();
    String text = filing.text() == null ? "" : filing.text().strip();
    if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
      problems.add("Le texte du recours doit compter de " + MIN_TEXT + " à " + MAX_TEXT + " caractères (" + text.length() + " reçus).");
    }
    List<Map.Entry<String, byte[]>> documents = documents(filing.documents(), problems);
    if (!problems.isEmpty()) {
      throw CaseInputException.badRequest(String.join(" ", problems));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate deadline = deadline(letter.issuedOn());
    if (today.isAfter(deadline)) {
      throw new CaseInputException(422, List.of("Le délai de recours de deux mois a expiré le " + FrenchFormat.dayInWords(deadline)
          + " : la décision « " + letter.kind().label() + " » vous a été notifiée le " + FrenchFormat.dayInWords(letter.issuedOn())
          + " (article L411-2 du code des relations entre le public et l'administration). Il reste possible de saisir le"
          + " tribunal administratif dans les conditions indiquées par la décision."));
    }
    if (register.openOn(letter.id())) {
      throw CaseInputException.conflict("Un recours gracieux contre ce courrier est déjà en cours d'examen : attendez sa réponse.");
    }
    int number = register.nextNumber(caseKey);
    String key = businessKey(caseKey, number);
    VariableMap variables = Variables.createVariables()
        .putValue(APPLICANT_ID.name(), file.applicantId())
        .putValue(APPLICANT_NAME.name(), file.applicantName())
        .putValue(APPLICANT_ADDRESS.name(), route.applicantAddress())
        .putValue(CASE_KEY.name(), caseKey)
        .putValue(APPEAL_NUMBER.name(), number)
        .putValue(LETTER_ID.name(), letter.id())
        .putValue(LETTER_KIND.name(), letter.kind().name())
        .putValue(LETTER_LABEL.name(), letter.kind().label())
        .putValue(NOTIFIED_ON.name(), NOTIFIED_ON.raw(letter.issuedOn()))
        .putValue(FILED_ON.name(), FILED_ON.raw(today))
        .putValue(APPEAL_DEADLINE.name(), APPEAL_DEADLINE.raw(deadline))
        .putValue(IMPLICIT_REJECTION_ON.name(), IMPLICIT_REJECTION_ON.raw(today.plusMonths(2)))
        .putValue(APPEAL_TEXT.name(), text)
        .putValue(DOCUMENT_COUNT.name(), documents.size())
        .putValue(ANSWER_GROUP.name(), route.group())
        .putValue(ANSWER_ASSIGNEE.name(), route.assignee())
        .putValue(ANSWERING_BODY.name(), route.body())
        .putValue(DECIDING_SESSION.name(), route.session())
        .putValue(ANSWER_COLLEGIUM.name(), route.collegium());
    for (int i = 0; i < documents.size(); i++) {
      variables.putValueTyped(document(i + 1).name(), Variables.fileValue(documents.get(i).getKey())
          .file(documents.get(i).getValue()).mimeType("application/pdf").create());
    }
    try {
      String instanceId = asSystem(() -> runtime.createProcessInstanceByKey(KEY).businessKey(key).setVariables(variables)
          .execute().getId());
      register.insert(key, caseKey, number, letter.id(), instanceId, file.applicantId(), letter.issuedOn(), today, deadline);
    } catch (DataIntegrityViolationException e) {
      // a concurrent filing against the same letter (or of the same number) won the race
      throw CaseInputException.conflict("Un recours gracieux contre ce courrier vient d'être déposé : il est en cours d'examen.");
    }
    return register.ofCase(caseKey).stream().filter(r -> r.businessKey().equals(key)).findFirst().map(this::summary).orElseThrow();
  }

  /** A decision the caller may contest now: its letter, and the last day to do so. */
  public record Contestable(long letterId, String label, LocalDate notifiedOn, LocalDate deadline) {
  }

  /**
   * The decisions of the case that the caller may contest today (for the case page's form): none unless the case is
   * theirs; within the two months; taken online by the contract; with no appeal against it waiting for its answer.
   */
  @Transactional(readOnly = true)
  public List<Contestable> contestable(CurrentUser user, String caseKey) {
    CaseFile file = caseOf(user, caseKey);
    if (!file.isFor(user.id())) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    AppealRouting routing = routings.stream().filter(r -> r.type() == file.type()).findFirst().orElse(null);
    if (routing == null) {
      return List.of();
    }
    return letters.ofCase(caseKey).stream()
        .filter(l -> !NOT_APPEALABLE.contains(l.kind()) && !today.isAfter(deadline(l.issuedOn())) && !register.openOn(l.id()))
        .filter(l -> routing.route(file, l).isPresent())
        .map(l -> new Contestable(l.id(), l.kind().label(), l.issuedOn(), deadline(l.issuedOn()))).toList();
  }

  @Transactional(readOnly = true)
  public List<Summary> list(CurrentUser user, String caseKey) {
    caseOf(user, caseKey);
    return register.ofCase(caseKey).stream().map(this::summary).toList();
  }

  /** An appeal as those who answer it read it: the text and the documents (links), with what is contested. */
  public record Detail(String businessKey, int number, String contestedDecision, LocalDate notifiedOn, LocalDate filedOn,
      String text, List<DocumentLink> documents) {
  }

  public record DocumentLink(String name, String filename, String href) {
  }

  /**
   * The appeal with this key, for a reader of its case ({@link CaseAccess}: for a jury member, once they declared no
   * link with the candidate); empty for anyone else or an unknown key. Its documents are links to
   * {@link #attachment}, checked again there.
   */
  @Transactional(readOnly = true)
  public Optional<Detail> detail(CurrentUser user, String appealKey) {
    int cut = appealKey == null ? -1 : appealKey.lastIndexOf(KEY_SEPARATOR);
    if (cut < 0) {
      return Optional.empty();
    }
    String caseKey = appealKey.substring(0, cut);
    Optional<CaseFile> file = access.find(caseKey);
    if (file.isEmpty() || !access.read(user, file.get()).allowed()) {
      return Optional.empty();
    }
    return register.ofCase(caseKey).stream().filter(r -> r.businessKey().equals(appealKey)).findFirst().map(row -> {
      Map<String, Object> vars = variables(row.processInstanceId());
      List<DocumentLink> documents = new ArrayList<>();
      int count = vars.get(DOCUMENT_COUNT.name()) instanceof Integer n ? n : 0;
      for (int i = 1; i <= count; i++) {
        String name = document(i).name();
        String filename = asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(row.processInstanceId())
            .variableName(name).list().stream().findFirst()
            .map(v -> ((org.camunda.bpm.engine.variable.value.FileValue) v.getTypedValue()).getFilename()).orElse(name));
        documents.add(new DocumentLink(name, filename, "/api/cases/" + caseKey + "/appeals/" + row.number() + "/documents/" + name));
      }
      return new Detail(row.businessKey(), row.number(), (String) vars.get(LETTER_LABEL.name()), row.notifiedOn(), row.filedOn(),
          (String) vars.get(APPEAL_TEXT.name()), documents);
    });
  }

  /** One document of an appeal (PDF), for a reader of its case; 404 when there is no such appeal or document. */
  @Transactional(readOnly = true)
  public org.camunda.bpm.engine.variable.value.FileValue attachment(CurrentUser user, String caseKey, int number, String name) {
    caseOf(user, caseKey);
    Row row = register.ofCase(caseKey).stream().filter(r -> r.number() == number).findFirst()
        .orElseThrow(() -> CaseInputException.notFound("Le dossier " + caseKey + " n'a pas de recours n° " + number + "."));
    if (name == null || !name.matches("appealDocument[1-" + MAX_DOCUMENTS + "]")) {
      throw CaseInputException.notFound("Le recours n° " + number + " n'a pas de pièce « " + name + " ».");
    }
    return asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(row.processInstanceId())
        .variableName(name).list().stream().findFirst()
        .map(v -> (org.camunda.bpm.engine.variable.value.FileValue) v.getTypedValue()))
        .orElseThrow(() -> CaseInputException.notFound("Le recours n° " + number + " n'a pas de pièce « " + name + " »."));
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> vars = new HashMap<>();
    asSystem(() -> {
      history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).disableBinaryFetching().list()
          .forEach((HistoricVariableInstance v) -> vars.put(v.getName(), v.getValue()));
      return null;
    });
    return vars;
  }

  private CaseFile caseOf(CurrentUser user, String caseKey) {
    CaseFile file = access.find(caseKey).orElse(null);
    Access decision = file == null ? Access.refused(NOT_YOURS) : access.read(user, file);
    if (user == null || user.isAnonymous()) {
      throw CaseInputException.unauthorized(decision.reason());
    }
    if (!decision.allowed()) {
      throw CaseInputException.forbidden(decision.reason());
    }
    return file;
  }

  /** Said for a case that does not exist as for one the caller may not read: no way to probe business keys. */
  static final String NOT_YOURS = "Ce dossier ne relève ni de vous ni de votre service : vous ne pouvez pas le consulter.";

  private static List<Map.Entry<String, byte[]>> documents(List<Document> given, List<String> problems) {
    List<Map.Entry<String, byte[]>> documents = new ArrayList<>();
    if (given == null) {
      return documents;
    }
    if (given.size() > MAX_DOCUMENTS) {
      problems.add("Au plus " + MAX_DOCUMENTS + " pièces jointes (" + given.size() + " reçues).");
      return documents;
    }
    for (int i = 0; i < given.size(); i++) {
      Document d = given.get(i);
      String name = d == null || d.filename() == null || d.filename().isBlank() ? "piece-" + (i + 1) + ".pdf"
          : d.filename().strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
      byte[] content;
      try {
        content = d == null || d.contentBase64() == null ? new byte[0] : Base64.getMimeDecoder().decode(d.contentBase64());
      } catch (IllegalArgumentException e) {
        problems.add("La pièce « " + name + " » n'est pas encodée en base64.");
        continue;
      }
      if (content.length > MAX_DOCUMENT_BYTES) {
        problems.add("La pièce « " + name + " » dépasse 5 Mo.");
      } else if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
        problems.add("La pièce « " + name + " » n'est pas un PDF.");
      } else {
        documents.add(Map.entry(name.length() > 200 ? name.substring(0, 200) : name, content));
      }
    }
    return documents;
  }

  private Summary summary(Row row) {
    Map<String, Object> vars = variables(row.processInstanceId());
    String status = row.status().name();
    String label = switch (row.status()) {
      case OPEN -> "En cours d'examen";
      case UPHELD -> "Décision maintenue";
      case WITHDRAWN -> "Décision retirée";
    };
    return new Summary(row.businessKey(), row.number(), row.letterId(), (String) vars.get(LETTER_LABEL.name()), row.notifiedOn(),
        row.filedOn(), row.deadline(), row.filedOn().plusMonths(2), status, label, (String) vars.get(ANSWERING_BODY.name()),
        (String) vars.get(DECIDING_SESSION.name()),
        row.status() == AppealRegister.Status.OPEN ? null : (String) vars.get(APPEAL_RATIONALE.name()),
        row.answeredAt() == null ? null : LocalDate.ofInstant(row.answeredAt(), clock.getZone()),
        (String) vars.get(REOPENED_AT.name()),
        vars.get(DOCUMENT_COUNT.name()) instanceof Integer n ? n : 0, (String) vars.get(ANSWERING_SESSION.name()));
  }

  /** Filing starts a process that the person has no right to start in the engine: our own rules decided above. */
  private <T> T asSystem(Supplier<T> work) {
    return SystemCalls.asSystem(identity, work);
  }
}
