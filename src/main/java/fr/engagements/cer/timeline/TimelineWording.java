package fr.engagements.cer.timeline;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.cer.CerLabels;
import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.cer.timeline.Timeline.Detail;
import fr.engagements.process.FrenchFormat;

/**
 * How variables read in history become facts people understand. Conventions of the contract: a
 * decision variable ends with {@code Decision} or {@code Approved} (or is {@code dossierComplete}); its
 * rationale ends with {@code Rationale}, {@code Comment} or {@code Remarks}; a table's decision is
 * recorded as {@code …DecidedBy = "<table> v<version>"}; amounts end with {@code Cents}. A variable
 * without a French label is never shown: a person never reads a contract name.
 */
final class TimelineWording {

  static final Pattern DECIDED_BY_TABLE = Pattern.compile("^(\\S+) v(\\d+)$");
  private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  /** Technical variables that tell a person nothing, contact data, and who signed (the event's actor says it). */
  private static final Set<String> HIDDEN = Stream.concat(
      Stream.of(CerCandidacyProcess.NEXT_ALLOWANCE_DATE, CerCandidacyProcess.ALLOWANCE_ACTIVE, CerCandidacyProcess.ALLOWANCE_MONTH,
          CerCandidacyProcess.APPLICANT_EMAIL, CerCandidacyProcess.APPLICANT_ADDRESS, CerCandidacyProcess.REMINDER_COUNT)
          .map(v -> v.name()),
      Stream.concat(Stream.of("jurySessionId"), Arrays.stream(Signer.values()).map(s -> s.signedBy().name())))
      .collect(Collectors.toUnmodifiableSet());
  /** French names the timeline needs beyond the contract's list ({@link CerLabels}). */
  private static final Map<String, String> LABELS = Map.of(
      CerCandidacyProcess.PROJECT_ROUND.name(), "Tour de signatures",
      CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.name(), "Mois de service public dus",
      CerCandidacyProcess.POST_DECIDED_BY.name(), "Décidé par");
  /** Who did a step the application took alone. */
  static final String SYSTEM = "le système";

  private TimelineWording() {
  }

  /** Not shown: technical, private, or without a French label. */
  static boolean hidden(String name) {
    return HIDDEN.contains(name) || knownLabel(name).isEmpty();
  }

  static Optional<String> knownLabel(String name) {
    return CerLabels.variable(name).or(() -> Optional.ofNullable(LABELS.get(name)));
  }

  static boolean isDecision(String name) {
    return name.endsWith("Decision") || name.endsWith("Approved") || name.equals("dossierComplete");
  }

  static boolean isRationale(String name) {
    return name.endsWith("Rationale") || name.endsWith("Comment") || name.endsWith("Remarks");
  }

  static boolean isDecidedBy(String name) {
    return name.endsWith("DecidedBy");
  }

  static String label(String name) {
    return knownLabel(name).orElse("Information du dossier");
  }

  /** « le directeur du laboratoire » → « Le directeur du laboratoire ». */
  static String capitalized(String text) {
    return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static Detail detail(String name, Object value) {
    return new Detail(name, label(name), value, text(name, value));
  }

  static Detail documents(Collection<String> names) {
    List<String> sorted = names.stream().sorted().toList();
    return new Detail("documents", "Documents déposés", sorted,
        String.join(", ", sorted.stream().map(DocumentLabels::of).toList()));
  }

  static String text(String name, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return FrenchFormat.yesNo(b);
    }
    if (value instanceof Number n && name.endsWith("Cents")) {
      return FrenchFormat.euros(n.longValue());
    }
    if (value instanceof String s) {
      if (ISO_DAY.matcher(s).matches()) {
        return FrenchFormat.isoDay(s);
      }
      return CerLabels.value(s).orElse(s);
    }
    return String.valueOf(value);
  }
}
