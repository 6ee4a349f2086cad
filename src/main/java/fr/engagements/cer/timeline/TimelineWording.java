package fr.engagements.cer.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.engagements.cer.CerLabels;
import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.cer.timeline.Timeline.Detail;
import fr.engagements.process.FrenchFormat;

/**
 * How variables read in history become facts people understand. Conventions of the contract: a
 * decision variable ends with {@code Decision} or {@code Approved} (or is {@code dossierComplete}); its
 * rationale ends with {@code Rationale}, {@code Comment} or {@code Remarks}; a table's decision is
 * recorded as {@code …DecidedBy = "<table> v<version>"}; amounts end with {@code Cents}.
 */
final class TimelineWording {

  static final Pattern DECIDED_BY_TABLE = Pattern.compile("^(\\S+) v(\\d+)$");
  private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  /** Technical variables that tell a person nothing. */
  private static final Set<String> HIDDEN = Set.of("nextAllowanceDate", "allowanceActive", "allowanceMonth",
      "applicantEmail", "jurySessionId");

  private TimelineWording() {
  }

  static boolean hidden(String name) {
    return HIDDEN.contains(name);
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
    return CerLabels.variable(name).orElse(name);
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
