package fr.engagements.cesp.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.engagements.casefile.Groups;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;
import org.springframework.stereotype.Service;

/**
 * The CESP's restricted data: bank details (the payer, {@code cng}, only) and health evidence of a
 * suspension ({@code cng} and {@code ars} only). They reach the engine only as <em>transient</em>
 * variables (never written to the runtime or history tables) and are kept here, in domain tables;
 * the process keeps a masked form. Every reading is recorded with its reader.
 */
@Service
public class RestrictedData {

  public static final String BANK_DETAILS = "BANK_DETAILS";
  public static final String HEALTH_EVIDENCE = "HEALTH_EVIDENCE";

  private final BankDetailsRepository bankDetails;
  private final SuspensionRecordRepository suspensions;
  private final RestrictedAccessRepository accesses;
  private final Clock clock;

  RestrictedData(BankDetailsRepository bankDetails, SuspensionRecordRepository suspensions,
      RestrictedAccessRepository accesses, Clock clock) {
    this.bankDetails = bankDetails;
    this.suspensions = suspensions;
    this.accesses = accesses;
    this.clock = clock;
  }

  /** The IBAN without spaces, in capitals, if its format and ISO 13616 mod-97 check digits are right; empty otherwise. */
  public static Optional<String> validIban(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String iban = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    try {
      IbanUtil.validate(iban);
      return Optional.of(iban);
    } catch (Iban4jException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What others may see of an IBAN: its country and check digits and its last four characters. */
  public static String mask(String iban) {
    return iban.substring(0, 4) + " **** **** **** " + iban.substring(iban.length() - 4);
  }

  /**
   * Refuses a restricted variable that is not transient: it would be written to the engine's tables
   * (and history), readable by every group. Clients send it with {@code valueInfo: {transient: true}}.
   */
  public static void requireTransient(VariableScope scope, String name, String label) {
    TypedValue value = scope.getVariableTyped(name, false);
    if (value != null && !value.isTransient()) {
      throw CaseInputException.badRequest(label + " (" + name + ") doit être transmis comme variable transitoire"
          + " (valueInfo.transient = true) : cette donnée n'est jamais conservée dans le moteur de processus.");
    }
  }

  /** Records (or replaces) the IBAN and holder; returns the masked IBAN for the process. */
  public String storeBankDetails(String businessKey, String iban, String holder) {
    BankDetails details = bankDetails.findById(businessKey).orElseGet(() -> new BankDetails(businessKey, clock.instant()));
    details.update(iban, holder, clock.instant());
    bankDetails.save(details);
    return mask(iban);
  }

  public void storeRib(String businessKey, FileValue rib) {
    BankDetails details = bankDetails.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("No bank details for " + businessKey));
    details.attachRib(rib.getFilename(), bytes(rib));
    bankDetails.save(details);
  }

  public boolean hasRib(String businessKey) {
    return bankDetails.findById(businessKey).map(d -> d.getRibDocument() != null).orElse(false);
  }

  /** Records a suspension's reason and, for an illness, its evidence (either may reveal health: restricted). */
  public void storeSuspension(String businessKey, String reason, LocalDate start, FileValue evidence) {
    suspensions.save(new SuspensionRecord(businessKey, reason, start, evidence == null ? null : evidence.getFilename(),
        evidence == null ? null : bytes(evidence), clock.instant()));
  }

  /** The bank details as the payer sees them. */
  public record BankDetailsView(String businessKey, String iban, String accountHolder, String ribFilename) {
  }

  public BankDetailsView readBankDetails(String businessKey, String userId, List<String> groups) {
    requireGroup(groups, List.of(Groups.CNG), "Les coordonnées bancaires ne sont visibles que du payeur (CNG).");
    BankDetails details = bankDetails.findById(businessKey)
        .orElseThrow(() -> new CaseInputException(404, List.of("Aucune coordonnée bancaire pour " + businessKey + ".")));
    accesses.save(new RestrictedAccess(businessKey, BANK_DETAILS, userId, clock.instant()));
    return new BankDetailsView(businessKey, details.getIban(), details.getAccountHolder(), details.getRibFilename());
  }

  public byte[] readRib(String businessKey, String userId, List<String> groups) {
    requireGroup(groups, List.of(Groups.CNG), "Le RIB n'est visible que du payeur (CNG).");
    BankDetails details = bankDetails.findById(businessKey).filter(d -> d.getRibDocument() != null)
        .orElseThrow(() -> new CaseInputException(404, List.of("Aucun RIB pour " + businessKey + ".")));
    accesses.save(new RestrictedAccess(businessKey, BANK_DETAILS, userId, clock.instant()));
    return details.getRibDocument();
  }

  public record SuspensionView(Long id, String reason, LocalDate suspensionStart, String evidenceFilename) {
  }

  public List<SuspensionView> readSuspensions(String businessKey, String userId, List<String> groups) {
    requireGroup(groups, List.of(Groups.CNG, Groups.ARS), "Les motifs de suspension et justificatifs de santé ne sont visibles que du CNG et de l'ARS.");
    accesses.save(new RestrictedAccess(businessKey, HEALTH_EVIDENCE, userId, clock.instant()));
    return suspensions.findByBusinessKeyOrderById(businessKey).stream()
        .map(e -> new SuspensionView(e.getId(), e.getReason(), e.getSuspensionStart(), e.getEvidenceFilename())).toList();
  }

  public byte[] readHealthEvidence(String businessKey, long id, String userId, List<String> groups) {
    requireGroup(groups, List.of(Groups.CNG, Groups.ARS), "Les justificatifs de santé ne sont visibles que du CNG et de l'ARS.");
    SuspensionRecord record = suspensions.findById(id).filter(e -> e.getBusinessKey().equals(businessKey) && e.getEvidence() != null)
        .orElseThrow(() -> new CaseInputException(404, List.of("Aucun justificatif " + id + " pour " + businessKey + ".")));
    accesses.save(new RestrictedAccess(businessKey, HEALTH_EVIDENCE, userId, clock.instant()));
    return record.getEvidence();
  }

  /** Who read this contract's restricted data: "user:KIND", oldest first. */
  public List<String> readers(String businessKey) {
    return accesses.findByBusinessKeyOrderById(businessKey).stream().map(a -> a.getUserId() + ":" + a.getDataKind()).toList();
  }

  private static void requireGroup(List<String> groups, List<String> allowed, String message) {
    if (groups == null || groups.stream().noneMatch(allowed::contains)) {
      throw CaseInputException.forbidden(message);
    }
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
