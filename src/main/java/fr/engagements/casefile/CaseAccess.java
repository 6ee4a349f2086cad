package fr.engagements.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.engagements.casefile.CaseParticipants.Part;
import org.springframework.stereotype.Service;

/**
 * The one rule for who may read a case — its timeline, letters, documents, board rows, and the person's
 * own list of cases. In order:
 * <ol>
 * <li>an anonymous caller reads nothing;</li>
 * <li>an administrator reads everything;</li>
 * <li>the person the case is for reads it;</li>
 * <li>a participant excluded from the case (a recused juror) reads nothing of it, whatever their groups;</li>
 * <li>members of the kind's national groups (CER secretariat, CNG) read every case of that kind;</li>
 * <li>members of its participant groups read the cases they take part in ({@link CaseParticipants}); a
 * participant group with no {@link CaseParticipants} for it reads every case of the kind;</li>
 * <li>nobody else: in particular, applicants and actors of the other contract.</li>
 * </ol>
 */
@Service
public class CaseAccess {

  static final String ONLY_YOURS = "Vous ne pouvez consulter que vos propres dossiers.";
  static final String NOT_YOURS = "Ce dossier ne relève ni de vous ni de votre service : vous ne pouvez pas le consulter.";

  private final List<CaseParticipants> participants;
  private final List<CaseFileSource> sources;

  CaseAccess(List<CaseParticipants> participants, List<CaseFileSource> sources) {
    this.participants = List.copyOf(participants);
    this.sources = List.copyOf(sources);
  }

  /** The case with this business key, if it exists (any contract). */
  public Optional<CaseFile> find(String businessKey) {
    return CaseType.ofBusinessKey(businessKey).flatMap(type -> sources.stream().filter(s -> s.type() == type).findFirst())
        .flatMap(source -> source.find(businessKey));
  }

  /** The cases of one person, every contract, oldest first within each. */
  public List<CaseFile> ofApplicant(String userId) {
    List<CaseFile> cases = new ArrayList<>();
    for (CaseType type : CaseType.values()) {
      sources.stream().filter(s -> s.type() == type).forEach(s -> cases.addAll(s.ofApplicant(userId)));
    }
    return cases;
  }

  public Access read(CurrentUser user, CaseFile file) {
    return read(user, file, p -> p.part(user, file));
  }

  /**
   * {@link #read} for a page of cases (a board's rows), by business key: the same rule, each participant asked once for
   * the whole page ({@link CaseParticipants#parts}) instead of once per case.
   */
  public Map<String, Access> readAll(CurrentUser user, List<CaseFile> files) {
    Map<CaseParticipants, Map<String, Part>> parts = new HashMap<>();
    if (user != null && !user.isAnonymous() && !user.isAdmin()) {
      for (CaseParticipants p : participants) {
        if (user.groups().stream().anyMatch(p.groups()::contains)) {
          List<CaseFile> ofType = files.stream().filter(f -> f.type() == p.type() && !f.isFor(user.id())).toList();
          parts.put(p, ofType.isEmpty() ? Map.of() : p.parts(user, ofType));
        }
      }
    }
    Map<String, Access> answers = new LinkedHashMap<>();
    for (CaseFile file : files) {
      answers.put(file.businessKey(), read(user, file, p -> {
        Part part = parts.getOrDefault(p, Map.of()).get(file.businessKey());
        return part != null ? part : p.part(user, file);
      }));
    }
    return answers;
  }

  private Access read(CurrentUser user, CaseFile file, Function<CaseParticipants, Part> partOf) {
    if (user == null || user.isAnonymous()) {
      return Access.refused("Connectez-vous pour consulter un dossier.");
    }
    if (user.isAdmin() || file.isFor(user.id())) {
      return Access.granted();
    }
    List<Part> parts = new ArrayList<>();
    List<String> decided = new ArrayList<>();
    for (CaseParticipants p : participants) {
      if (p.type() == file.type() && user.groups().stream().anyMatch(p.groups()::contains)) {
        parts.add(partOf.apply(p));
        decided.addAll(p.groups());
      }
    }
    Optional<Part> excluded = parts.stream().filter(p -> p.kind() == Part.Kind.EXCLUDED).findFirst();
    if (excluded.isPresent()) {
      return Access.refused(excluded.get().reason());
    }
    if (user.groups().stream().anyMatch(file.type().nationalGroups()::contains)) {
      return Access.granted();
    }
    if (parts.stream().anyMatch(p -> p.kind() == Part.Kind.TAKES_PART)) {
      return Access.granted();
    }
    boolean undecidedParticipant = user.groups().stream()
        .anyMatch(g -> file.type().participantGroups().contains(g) && !decided.contains(g));
    if (undecidedParticipant) {
      return Access.granted();
    }
    boolean actor = Arrays.stream(CaseType.values())
        .anyMatch(t -> user.groups().stream().anyMatch(g -> t.nationalGroups().contains(g) || t.participantGroups().contains(g)));
    return Access.refused(parts.stream().map(Part::reason).filter(r -> r != null).findFirst()
        .orElse(actor ? NOT_YOURS : ONLY_YOURS));
  }

  /**
   * Who may read a deciding body's own record — a jury session (its agenda, votes, minutes): its members, the national
   * body of its contract (the CER secretariat), administrators. A member sees there only what concerns them: the
   * body's record says which candidacies they are recused from.
   */
  public Access readBody(CurrentUser user, CaseType type, Collection<String> memberIds) {
    if (user == null || user.isAnonymous()) {
      return Access.refused("Connectez-vous.");
    }
    if (user.isAdmin() || user.groups().stream().anyMatch(type.nationalGroups()::contains) || memberIds.contains(user.id())) {
      return Access.granted();
    }
    return Access.refused("Vous ne siégez pas dans cette instance : elle ne vous est pas accessible.");
  }

  /** Shortcut: may this user read the case with this business key (false when it does not exist). */
  public boolean mayRead(CurrentUser user, String businessKey) {
    return find(businessKey).map(f -> read(user, f).allowed()).orElse(false);
  }
}
