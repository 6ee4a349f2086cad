package fr.engagements.letter;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A stored decision letter, without its PDF. {@code ruleTable}/{@code ruleVersion} are set for automated decisions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Letter(long id, String businessKey, String processKey, @JsonIgnore String processInstanceId, LetterKind kind,
    int round, String decision, String ruleTable, Integer ruleVersion, LocalDate issuedOn, String recipientId,
    String recipientName, String filename, String sha256, Instant createdAt, Instant pdfPurgedAt) {

  @JsonProperty
  public String kindLabel() {
    return kind.label();
  }

  @JsonProperty
  public boolean automated() {
    return ruleTable != null;
  }

  /** Where the PDF is downloaded ({@code GET}); absent once the PDF was deleted after the retention period. */
  @JsonProperty
  public String download() {
    return pdfPurgedAt == null ? downloadPath(id) : null;
  }

  public static String downloadPath(long id) {
    return "/api/letters/" + id + ".pdf";
  }
}
