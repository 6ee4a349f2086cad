package fr.engagements.web.board;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;

/**
 * The campaign boards (issue 13, part 2): who runs which campaigns sees which cases. Each board selects its rows by
 * the same facts {@link fr.engagements.casefile.CaseAccess} decides on (national group, jury agenda and declarations,
 * the institution groups of {@code case_party}); {@link Boards} checks every row with CaseAccess again.
 */
public enum Board {
  SECRETARIAT("secretariat", "Candidatures au CER", "Toutes les candidatures d'une campagne du CER.", CaseType.CER,
      Set.of(Groups.CER_SECRETARIAT), true),
  JURY("jury", "Jury national du CER", "Les candidatures à l'ordre du jour de vos sessions, hors récusations ;"
      + " l'avancement de chaque session.", CaseType.CER, Set.of(Groups.CER_JURY, Groups.CER_JURY_OBSERVERS), false),
  UFR("ufr", "CESP de ma faculté", "Les candidatures et contrats CESP de votre faculté.", CaseType.CESP, Set.of(Groups.UFR),
      false),
  CNG("cng", "Contrats CESP et paiements", "Tous les dossiers et contrats CESP, avec les allocations versées.",
      CaseType.CESP, Set.of(Groups.CNG), true),
  ARS("ars", "Contrats CESP de ma région", "Les dossiers et contrats CESP de votre région.", CaseType.CESP,
      Set.of(Groups.ARS), false);

  private final String id;
  private final String title;
  private final String description;
  private final CaseType type;
  private final Set<String> groups;
  private final boolean forAdministrators;

  Board(String id, String title, String description, CaseType type, Set<String> groups, boolean forAdministrators) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.type = type;
    this.groups = groups;
    this.forAdministrators = forAdministrators;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public CaseType type() {
    return type;
  }

  /** Whether this user runs campaigns this board is for (administrators: the national boards). */
  public boolean isFor(CurrentUser user) {
    if (user == null || user.isAnonymous()) {
      return false;
    }
    return (forAdministrators && user.isAdmin()) || user.groups().stream().anyMatch(groups::contains);
  }

  public static Optional<Board> of(String id) {
    return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
  }
}
